//! Numbers and links: FTL032 (a phone-like number differs), FTL033 (another number differs)
//! and FTL034 (URLs or e-mail addresses differ).
//!
//! Numbers are compared as digit strings: native digits (Arabic-Indic, Devanagari, Thai …) are
//! mapped to ASCII and separators dropped, so `١-٨٨٨` equals `1-888` and `1,000` equals `1 000`.
//! A contact term counts as the number it prints.

use std::collections::BTreeSet;
use std::ops::Range;

use linkify::LinkFinder;

use super::Context;
use super::codes::{FTL032, FTL033, FTL034};
use super::language::{Entry, Language, Slot};
use super::walk::{Use, walk};
use crate::diagnostics::Diagnostic;

/// A number with this many digits or more is treated as a phone number.
const PHONE_DIGITS: usize = 5;

/// Compares the numbers and links of every value and attribute shared with the reference.
pub fn check(cx: &Context, language: &Language, out: &mut Vec<Diagnostic>) {
    if cx.is_reference(language) {
        return;
    }
    for (id, wanted) in &cx.reference.entries {
        let Some(entry) = language.get(id) else { continue };
        for (theirs, mine) in entry.shared_slots(wanted) {
            compare_numbers(cx, entry, &theirs, &mine, out);
            compare_links(entry, &theirs, &mine, out);
        }
    }
}

/// A number found in a text, where it came from, and whether a contact term printed it.
struct Number {
    digits: String,
    span: Range<usize>,
    from_contact: bool,
}

fn compare_numbers(cx: &Context, entry: &Entry, theirs: &Slot, mine: &Slot, out: &mut Vec<Diagnostic>) {
    let expected = numbers_in(cx, entry, theirs);
    let actual = numbers_in(cx, entry, mine);
    let label = mine.label(&entry.id);
    let is_phone = |number: &&Number| number.digits.len() >= PHONE_DIGITS;
    for phone in [true, false] {
        let (code, kind) = if phone { (&FTL032, "phone number") } else { (&FTL033, "number") };
        let wanted: BTreeSet<_> =
            expected.iter().filter(|number| is_phone(number) == phone).map(|number| number.digits.as_str()).collect();
        let listed = wanted.iter().copied().collect::<Vec<_>>().join(", ");
        let mut found = BTreeSet::new();
        let mut replaced = false;
        for number in actual.iter().filter(|number| is_phone(number) == phone) {
            found.insert(number.digits.as_str());
            if wanted.contains(number.digits.as_str()) {
                continue;
            }
            replaced = true;
            let message = match wanted.len() {
                0 => format!("{kind} {} in {label} is not in the reference", number.digits),
                _ => format!("{kind} {} in {label} is not the reference's {listed}", number.digits),
            };
            let help = match (phone, cx.setup.contacts.is_empty()) {
                (true, false) => "never type a phone number: use the contact term the reference uses".to_string(),
                _ => "copy the number from the reference, digit for digit".to_string(),
            };
            out.push(entry.finding_at(code, number.span.clone(), message, help));
        }
        // A number typed in place of the reference's was reported above, naming the reference's;
        // a contact the translation dropped is reported once, as FTL030.
        if replaced {
            continue;
        }
        for number in expected.iter().filter(|number| is_phone(number) == phone && !number.from_contact) {
            if !found.contains(number.digits.as_str()) {
                let message = format!("{label} lacks the {kind} {} that the reference shows", number.digits);
                let help = "copy the number from the reference, digit for digit".to_string();
                out.push(entry.finding_at(code, mine.span.clone(), message, help));
                found.insert(number.digits.as_str());
            }
        }
    }
}

/// The numbers a value or attribute shows, contact terms included.
fn numbers_in(cx: &Context, entry: &Entry, slot: &Slot) -> Vec<Number> {
    let mut found = Vec::new();
    walk(slot.pattern, &mut |used| match used {
        Use::Text(text) | Use::Number(text) => {
            let start = entry.span_of(text).start;
            found.extend(find_numbers(text).into_iter().map(|(digits, span)| Number {
                digits,
                span: start + span.start..start + span.end,
                from_contact: false,
            }));
        }
        Use::Term(name, None) => {
            if let Some(contact) = cx.contact(name) {
                let span = entry.span_of(name);
                found.extend(find_numbers(&contact.text).into_iter().map(|(digits, _)| Number {
                    digits,
                    span: span.start.saturating_sub(1)..span.end,
                    from_contact: true,
                }));
            }
        }
        _ => {}
    });
    found
}

/// The numbers in `text`, as ASCII digit strings, with their byte ranges. Digits may be
/// grouped by one separator (`1-888-373-7888`, `1 000`, `(888) 373`); a number glued to Latin
/// letters (`36em`, `mp3`) is a code or a unit, not a number to compare.
fn find_numbers(text: &str) -> Vec<(String, Range<usize>)> {
    const SEPARATORS: &[char] = &[
        '-', '.', ',', ' ', '\'', '’', '\u{A0}', '\u{202F}', '\u{2009}', '\u{066B}', '\u{066C}', '\u{2010}', '\u{2011}',
    ];
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut found = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if digit_value(chars[index].1).is_none() {
            index += 1;
            continue;
        }
        let start = index;
        let mut digits = String::new();
        let mut end = index;
        while index < chars.len() {
            let c = chars[index].1;
            if let Some(value) = digit_value(c) {
                digits.push(char::from(b'0' + value));
                end = index;
                index += 1;
                continue;
            }
            let next = |offset: usize| chars.get(index + offset).map(|&(_, c)| c);
            let is_digit = |c: Option<char>| c.and_then(digit_value).is_some();
            let gap = match c {
                ')' if next(1) == Some(' ') => 2,
                _ if SEPARATORS.contains(&c) || c == ')' => 1,
                _ => 0,
            };
            if gap > 0 && is_digit(next(gap)) {
                index += gap;
            } else {
                break;
            }
        }
        let glued = |position: Option<&(usize, char)>| position.is_some_and(|&(_, c)| c.is_ascii_alphabetic());
        let before = start.checked_sub(1).and_then(|before| chars.get(before));
        if !glued(before) && !glued(chars.get(end + 1)) {
            let byte_end = chars[end].0 + chars[end].1.len_utf8();
            found.push((digits, chars[start].0..byte_end));
        }
        index = end + 1;
    }
    found
}

/// The value of a decimal digit of any script (Unicode's `Nd` category).
fn digit_value(c: char) -> Option<u8> {
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
    let code = u32::from(c);
    ZEROS.iter().find(|&&zero| (zero..zero + 10).contains(&code)).map(|zero| (code - zero) as u8)
}

/// FTL034: the URLs and e-mail addresses of a value or attribute, compared as sets.
fn compare_links(entry: &Entry, theirs: &Slot, mine: &Slot, out: &mut Vec<Diagnostic>) {
    let expected: BTreeSet<_> = links_in(entry, theirs).into_iter().map(|(link, _)| link).collect();
    let actual = links_in(entry, mine);
    let label = mine.label(&entry.id);
    let mut found = BTreeSet::new();
    for (link, span) in &actual {
        found.insert(link.clone());
        if !expected.contains(link) {
            let message = format!("link {link} in {label} is not in the reference");
            let help = "copy links and e-mail addresses from the reference exactly".to_string();
            out.push(entry.finding_at(&FTL034, span.clone(), message, help));
        }
    }
    for link in expected.difference(&found) {
        let message = format!("{label} lacks the link {link} that the reference shows");
        let help = "copy links and e-mail addresses from the reference exactly".to_string();
        out.push(entry.finding_at(&FTL034, mine.span.clone(), message, help));
    }
}

/// The URLs (with a scheme, or starting with `www.`) and e-mail addresses in a value or attribute.
fn links_in(entry: &Entry, slot: &Slot) -> Vec<(String, Range<usize>)> {
    let finder = LinkFinder::new();
    let mut found = Vec::new();
    walk(slot.pattern, &mut |used| {
        let Use::Text(text) = used else { return };
        let start = entry.span_of(text).start;
        for link in finder.links(text) {
            found.push((link.as_str().to_string(), start + link.start()..start + link.end()));
        }
        let mut rest = text;
        while let Some(at) = rest.find("www.") {
            let offset = text.len() - rest.len() + at;
            let length = text[offset..].find(|c: char| c.is_whitespace()).unwrap_or(text.len() - offset);
            let link = text[offset..offset + length].trim_end_matches(['.', ',', ')', ';', ':']);
            let preceded_by_scheme = text[..offset].ends_with("//");
            if !preceded_by_scheme && !link.is_empty() {
                found.push((link.to_string(), start + offset..start + offset + link.len()));
            }
            rest = &text[offset + 4..];
        }
    });
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digits(text: &str) -> Vec<String> {
        find_numbers(text).into_iter().map(|(digits, _)| digits).collect()
    }

    #[test]
    fn numbers_are_found_in_any_script_and_grouping() {
        assert_eq!(digits("Call 1-888-373-7888 or text 233733."), ["18883737888", "233733"]);
        assert_eq!(digits("اتصل ١-٨٨٨-٣٧٣-٧٨٨٨"), ["18883737888"]);
        assert_eq!(digits("फ़ोन ९११"), ["911"]);
        assert_eq!(digits("(888) 373-7888"), ["8883737888"]);
        assert_eq!(digits("1,000 and 1 000 and 1.000"), ["1000", "1000", "1000"]);
        assert_eq!(digits("Help 24/7"), ["24", "7"]);
        assert_eq!(digits("width: 36em; mp3 h1"), Vec::<String>::new());
        assert_eq!(digits("1, 2, 3"), ["1", "2", "3"]);
    }
}
