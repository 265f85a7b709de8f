//! Character classes that more than one stage needs: the manifest rejects them, the renderer
//! strips them from titles and attributes.

/// The invisible characters that change the direction of text: harmless in a paragraph, but
/// confusing or spoofing in a link, a `<title>` or an attribute.
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}
