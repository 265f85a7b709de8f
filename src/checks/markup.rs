//! Markup: FTL053, HTML tags that differ from the reference's. A translator keeps the
//! reference's tags and translates the text between them. Where the application shows the HTML
//! ([`Setup::web_project`](super::Setup)), a translation may also add or drop a line break
//! or balanced emphasis, which languages place differently. Angle brackets around a word that is
//! no HTML element (`<digest>`, `<FILE>`) are text: a command-line tool's placeholders.

use std::collections::BTreeMap;

use super::language::{Language, Slot};
use super::{Context, Pair};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::FTL053;
use crate::fluent::walk::{Use, any_use, uses};

/// Compares the tags of every value and attribute the language shares with the reference.
pub fn check(cx: &Context, language: &Language, shared: &[Pair], out: &mut Vec<Diagnostic>) {
    if cx.is_reference(language) {
        return;
    }
    // Every problem this family finds needs a `<` in one of the two texts, and most have none.
    for (entry, theirs, mine) in shared.iter().filter(|(_, theirs, mine)| theirs.marks.angle || mine.marks.angle) {
        // Variants repeat tags as often as the language has plural forms, so where there
        // are selects only which tags appear is compared, not how often.
        let counted = !has_select(theirs) && !has_select(mine);
        let rendered = cx.setup.web_project;
        let mut expected = tags(theirs, counted, rendered);
        let mut actual = tags(mine, counted, rendered);
        // Emphasis the translation opens and closes as often may differ from the reference's.
        for name in EMPHASIS.iter().filter(|_| rendered) {
            let count = |tags: &Tags, closing| tags.get(&(*name, closing)).copied().unwrap_or(0);
            if count(&actual, false) == count(&actual, true) {
                for closing in [false, true] {
                    expected.remove(&(*name, closing));
                    actual.remove(&(*name, closing));
                }
            }
        }
        if let Some(problem) = emphasis_problem(theirs, mine) {
            let message = format!("markup of {} {problem}", mine.label(entry.id));
            let help = "keep the reference's tags as they are and translate only the text between them".to_string();
            out.push(entry.finding_at(&FTL053, mine.span.clone(), message, help));
            continue;
        }
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
            format!("markup of {} differs from the reference: it {}", mine.label(entry.id), parts.join(" and "));
        let help = "keep the reference's tags as they are and translate only the text between them".to_string();
        out.push(entry.finding_at(&FTL053, mine.span.clone(), message, help));
    }
}

/// What is wrong with a translation's emphasis, even balanced: an element left empty
/// (`<em></em>`), or asterisks (`*word*`, which show as such) where the reference has tags.
fn emphasis_problem(theirs: &Slot, mine: &Slot) -> Option<String> {
    // What placeables show stands as `{}`: `<span>{ -brand }</span>` is not empty.
    let text = |slot: &Slot| -> String {
        uses(slot.pattern).into_iter().map(|used| if let Use::Text(text) = used { text } else { "{}" }).collect()
    };
    let translation = text(mine);
    // `<name>`, then nothing but white space before `</name>`; the first of EMPHASIS's order.
    let empty = translation
        .match_indices('<')
        .filter_map(|(at, _)| {
            let (name, after) = translation[at + 1..].split_once('>')?;
            let close = after.trim_start().strip_prefix("</")?.strip_prefix(name)?;
            close.starts_with('>').then_some(())?;
            EMPHASIS.iter().position(|emphasis| *emphasis == name)
        })
        .min();
    if let Some(name) = empty.map(|at| EMPHASIS[at]) {
        return Some(format!("has an empty <{name}></{name}>"));
    }
    if !translation.contains('*') {
        return None;
    }
    let reference = text(theirs);
    // An asterisk between two letters is German's gender star (`Übersetzer*in`), not emphasis.
    let chars: Vec<char> = translation.chars().collect();
    let stars = (0..chars.len())
        .filter(|&at| chars[at] == '*')
        .filter(|&at| {
            !(at > 0 && chars[at - 1].is_alphabetic() && chars.get(at + 1).is_some_and(|c| c.is_alphabetic()))
        })
        .count();
    let starred = stars >= 2 && !reference.contains('*');
    let reference_has_tags = !find_tags(&reference).is_empty();
    (starred && reference_has_tags).then(|| "uses asterisks for emphasis, which show as they are".to_string())
}

fn has_select(slot: &Slot) -> bool {
    any_use(slot.pattern, |used| matches!(used, Use::Select(..)))
}

/// Tags, each with how often it appears: a tag is an element's name and whether it closes, so
/// that `<b>` sorts before `</b>`.
type Tags = BTreeMap<(&'static str, bool), usize>;

/// The tags of a value or attribute (`<b>`, `</b>`, `<br/>` …), each with how often it appears
/// (or 1 when `counted` is false).
fn tags(slot: &Slot, counted: bool, rendered: bool) -> Tags {
    let mut found = BTreeMap::new();
    for used in uses(slot.pattern) {
        let Use::Text(text) = used else { continue };
        // A line break is layout where the HTML is shown; text that would print where not.
        let breaks = |(name, _): &(&str, bool)| !rendered || !matches!(*name, "br" | "wbr");
        for tag in find_tags(text).into_iter().filter(breaks) {
            let count = found.entry(tag).or_insert(0);
            *count = if counted { *count + 1 } else { 1 };
        }
    }
    found
}

/// Elements a translation may wrap around other words, or leave out, as its language needs:
/// emphasis without attributes.
const EMPHASIS: &[&str] = &["b", "cite", "em", "i", "mark", "q", "small", "span", "strong", "sub", "sup", "u"];

/// The elements of HTML (the living standard's index of elements). Hand-written: no small crate
/// lists them.
#[rustfmt::skip]
const ELEMENTS: &[&str] = &[
    "a", "abbr", "address", "area", "article", "aside", "audio", "b", "bdi", "bdo", "blockquote", "body", "br",
    "button", "canvas", "caption", "cite", "code", "col", "colgroup", "data", "datalist", "dd", "del", "details",
    "dfn", "dialog", "div", "dl", "dt", "em", "embed", "fieldset", "figcaption", "figure", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins",
    "kbd", "label", "legend", "li", "link", "main", "map", "mark", "menu", "meta", "meter", "nav", "noscript",
    "object", "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt",
    "ruby", "s", "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strong",
    "style", "sub", "summary", "sup", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
    "title", "tr", "track", "u", "ul", "var", "video", "wbr",
];

/// The HTML tags in `text`: `<` and an element's name (after `/` for a closing tag), followed
/// by a space, `>`, `/` or the end of the text (a placeable may hold the attributes). `a < b`
/// and `<digest>` are not tags. Each name is the element's, in lower case.
fn find_tags(text: &str) -> Vec<(&'static str, bool)> {
    let mut found = Vec::new();
    for (start, _) in text.match_indices('<') {
        let rest = &text[start + 1..];
        let closing = rest.starts_with('/');
        let name_start = &rest[usize::from(closing)..];
        let length = name_start.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-')).unwrap_or(name_start.len());
        let name = &name_start[..length];
        let after = name_start[length..].chars().next();
        let ends_well = matches!(after, None | Some('>' | '/')) || after.is_some_and(char::is_whitespace);
        let name = name.to_ascii_lowercase();
        if let (true, Ok(at)) = (ends_well, ELEMENTS.binary_search(&name.as_str())) {
            found.push((ELEMENTS[at], closing));
        }
    }
    found
}

/// The tags `a` has more often than `b`, written out: `<b> </b>`.
fn difference(a: &Tags, b: &Tags) -> String {
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
        let tag = |name: &'static str, closing| (name, closing);
        assert_eq!(find_tags("<b>Call</b> now<BR/>"), [tag("b", false), tag("b", true), tag("br", false)]);
        assert_eq!(find_tags("<a href=\""), [tag("a", false)]);
        assert_eq!(find_tags("1 < 2 and <3"), []);
        assert_eq!(find_tags("--<digest> <FILE> <undef>"), [], "a command's placeholders are text");
    }

    #[test]
    fn the_elements_are_sorted_for_the_search() {
        assert!(super::ELEMENTS.windows(2).all(|pair| pair[0] < pair[1]));
    }
}
