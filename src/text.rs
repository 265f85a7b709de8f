//! Small text helpers that more than one stage needs: bidi controls (the manifest rejects them,
//! the renderer strips them), Fluent identifiers (the manifest, the catalog and `sync` read
//! them) and counted nouns for messages to the user.

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
