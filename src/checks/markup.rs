//! Markup: FTL053, HTML-like tags that differ from the reference's. A translator keeps the
//! reference's tags and translates the text between them.

use std::collections::BTreeMap;

use super::language::{Language, Slot};
use super::{Context, Pair};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::FTL053;
use crate::fluent::walk::{Use, uses};

/// Compares the tags of every value and attribute the language shares with the reference.
pub fn check(cx: &Context, language: &Language, shared: &[Pair], out: &mut Vec<Diagnostic>) {
    if cx.is_reference(language) {
        return;
    }
    for (entry, theirs, mine) in shared {
        // Variants repeat tags as often as the language has plural forms, so where there
        // are selects only which tags appear is compared, not how often.
        let counted = !has_select(theirs) && !has_select(mine);
        let expected = tags(theirs, counted);
        let actual = tags(mine, counted);
        if expected == actual {
            continue;
        }
        let lacking = difference(&expected, &actual);
        let extra = difference(&actual, &expected);
        let mut parts = Vec::new();
        if !lacking.is_empty() {
            parts.push(format!("lacks {lacking}"));
        }
        if !extra.is_empty() {
            parts.push(format!("adds {extra}"));
        }
        let message =
            format!("markup of {} differs from the reference: it {}", mine.label(&entry.id), parts.join(" and "));
        let help = "keep the reference's tags as they are and translate only the text between them".to_string();
        out.push(entry.finding_at(&FTL053, mine.span.clone(), message, help));
    }
}

fn has_select(slot: &Slot) -> bool {
    uses(slot.pattern).iter().any(|used| matches!(used, Use::Select(..)))
}

/// The tags of a value or attribute (`<b>`, `</b>`, `<br/>` …), each with how often it appears
/// (or 1 when `counted` is false). A tag is its name and whether it closes, so that `<b>` sorts
/// before `</b>`.
fn tags(slot: &Slot, counted: bool) -> BTreeMap<(String, bool), usize> {
    let mut found = BTreeMap::new();
    for used in uses(slot.pattern) {
        let Use::Text(text) = used else { continue };
        for tag in find_tags(text) {
            let count = found.entry(tag).or_insert(0);
            *count = if counted { *count + 1 } else { 1 };
        }
    }
    found
}

/// The tags in `text`: `<` and a name (after `/` for a closing tag), followed by a space, `>`,
/// `/` or the end of the text (a placeable may hold the attributes). `a < b` is not a tag.
fn find_tags(text: &str) -> Vec<(String, bool)> {
    let mut found = Vec::new();
    for (start, _) in text.match_indices('<') {
        let rest = &text[start + 1..];
        let closing = rest.starts_with('/');
        let name_start = &rest[usize::from(closing)..];
        let length = name_start.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(name_start.len());
        let name = &name_start[..length];
        let after = name_start[length..].chars().next();
        let ends_well = matches!(after, None | Some('>' | '/')) || after.is_some_and(char::is_whitespace);
        if name.starts_with(|c: char| c.is_ascii_alphabetic()) && ends_well {
            found.push((name.to_ascii_lowercase(), closing));
        }
    }
    found
}

/// The tags `a` has more often than `b`, written out: `<b> </b>`.
fn difference(a: &BTreeMap<(String, bool), usize>, b: &BTreeMap<(String, bool), usize>) -> String {
    let mut listed = Vec::new();
    for (tag, &count) in a {
        let (name, closing) = tag;
        let written = format!("<{}{name}>", if *closing { "/" } else { "" });
        let lacking = count.saturating_sub(b.get(tag).copied().unwrap_or(0));
        listed.extend(std::iter::repeat_n(written, lacking));
    }
    listed.join(" ")
}

#[cfg(test)]
mod tests {
    use super::find_tags;

    #[test]
    fn tags_are_found_but_comparisons_are_not() {
        let tag = |name: &str, closing| (name.to_string(), closing);
        assert_eq!(find_tags("<b>Call</b> now<BR/>"), [tag("b", false), tag("b", true), tag("br", false)]);
        assert_eq!(find_tags("<a href=\""), [tag("a", false)]);
        assert_eq!(find_tags("1 < 2 and <3"), []);
    }
}
