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
