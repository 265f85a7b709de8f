//! Small text helpers that more than one stage needs: bidi controls (the manifest rejects them,
//! the renderer strips them), Fluent identifiers (the manifest, the catalog and `sync` read
//! them), counted nouns for messages to the user, and the digits of every script (the number
//! checks compare them; the checks' index marks the texts that hold any).

/// The invisible characters that change the direction of text: harmless in a paragraph, but
/// confusing or spoofing in a link, a `<title>` or an attribute.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// `1 error`, `2 errors`: a count with its noun, for messages to the user.
pub fn plural(count: usize, noun: &str) -> String {
    if count == 1 { format!("1 {noun}") } else { format!("{count} {noun}s") }
}

/// The candidate most like `word`, if one is close enough to be a typo of it.
pub fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .filter(|candidate| *candidate != word)
        .map(|candidate| (strsim::damerau_levenshtein(word, candidate), candidate))
        .filter(|(distance, candidate)| *distance <= 2 && *distance < candidate.chars().count())
        .min()
        .map(|(_, candidate)| candidate)
}

/// Whether `text` is a Fluent identifier (an ASCII letter, then ASCII letters, digits, `-` or
/// `_`), as message, term and attribute names are, and the manifest's names must be.
pub fn is_identifier(text: &str) -> bool {
    !text.is_empty() && identifier_len(text) == text.len()
}

/// The length of the identifier `text` starts with; 0 when it starts with none.
fn identifier_len(text: &str) -> usize {
    if !text.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return 0;
    }
    text.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(text.len())
}

/// The id a line defines, if it starts a message (`id =`) or a term (`-id =`, given with its
/// `-`). Read from the text, not the syntax tree, where a file does not parse or must be
/// edited byte for byte.
pub fn definition_id(line: &str) -> Option<&str> {
    let sigil = usize::from(line.starts_with('-'));
    let length = identifier_len(&line[sigil..]);
    let defines = length > 0 && line[sigil + length..].trim_start_matches(' ').starts_with('=');
    defines.then(|| &line[..sigil + length])
}

/// The value of a decimal digit of any script (Unicode's `Nd` category).
pub fn digit_value(c: char) -> Option<u8> {
    // Every run of Unicode decimal digits is 0–9 in order, so a digit's value is its distance
    // from the run's zero. The zeros, from UnicodeData.txt (General_Category=Nd): no well-kept
    // crate exposes a digit's numeric value for every script.
    const ZEROS: &[u32] = &[
        0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6, 0x0D66, 0x0DE6,
        0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40,
        0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x11066, 0x110F0,
        0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0, 0x11730, 0x118E0, 0x11950, 0x11C50, 0x11D50,
        0x11DA0, 0x11F50, 0x16A60, 0x16AC0, 0x16B50, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0,
        0x1E4F0, 0x1E950, 0x1FBF0,
    ];
    // Most text is ASCII, and this runs for every character of every message.
    if c.is_ascii() {
        return c.is_ascii_digit().then(|| c as u8 - b'0');
    }
    let code = u32::from(c);
    // The zeros are sorted: the run `c` may be in starts at the last zero not above it.
    let zero = ZEROS[..ZEROS.partition_point(|&zero| zero <= code)].last()?;
    (code - zero < 10).then(|| (code - zero) as u8)
}
