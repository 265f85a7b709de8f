//! Numbers and links: FTL032 (a phone-like number differs), FTL033 (another number differs)
//! and FTL034 (URLs or e-mail addresses differ).
//!
//! Numbers are compared as digit strings: native digits (Arabic-Indic, Devanagari, Thai …) are
//! mapped to ASCII and separators dropped, so `١-٨٨٨` equals `1-888` and `1,000` equals `1 000`.
//! A contact term counts as the number it prints.

use std::collections::BTreeSet;
use std::ops::Range;

use fluent_syntax::ast::InlineExpression;
use linkify::{LinkFinder, LinkKind};

use super::language::{Entry, Language, Slot};
use super::{Context, Pair};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::{FTL032, FTL033, FTL034};
use crate::fluent::walk::{Use, typed, walk};
use crate::text::digit_value;

/// A number with this many digits or more is treated as a phone number.
const PHONE_DIGITS: usize = 5;

/// Words for large round numbers (ten thousand, a hundred thousand, ten million, a hundred
/// million…) that languages write beside digits.
const MAGNITUDES: &[&str] = &[
    "万",
    "萬",
    "億",
    "亿",
    "만",
    "억",
    "천",
    "千",
    "करोड़",
    "लाख",
    "कोटी",
    "কোটি",
    "লাখ",
    "ਕਰੋੜ",
    "ਲੱਖ",
    "કરોડ",
    "લાખ",
    "கோடி",
    "லட்சம்",
    "కోటి",
    "లక్ష",
    "ಕೋಟಿ",
    "ಲಕ್ಷ",
    "കോടി",
    "ലക്ഷം",
    "କୋଟି",
    "ล้าน",
    "แสน",
    "mijë",
    "milion",
];

/// What a reference's comment says when a translation may link a page of its own.
const OWN_LINK: &[&str] = &["your own link", "use your own", "a localized link", "link to a localized"];

/// Compares the numbers and links of every value and attribute shared with the reference.
pub fn check(cx: &Context, language: &Language, shared: &[Pair], out: &mut Vec<Diagnostic>) {
    if cx.is_reference(language) {
        return;
    }
    for (entry, theirs, mine) in shared {
        if theirs.marks.number || mine.marks.number {
            compare_numbers(cx, entry, theirs, mine, out);
        }
        // The reference's comment may let a language link its own page ("you can instead use
        // your own link if your community has a similar page").
        let links = theirs.marks.link || mine.marks.link;
        if links && !cx.reference.get(entry.id).is_some_and(|wanted| wanted.comment_says(OWN_LINK)) {
            compare_links(entry, theirs, mine, out);
        }
    }
}

/// A number in a value or attribute.
struct Number<'a> {
    /// Its digits in ASCII, without separators: what is compared.
    digits: String,
    /// How it is written (a contact's text, for a contact term).
    shown: &'a str,
    span: Range<usize>,
    /// The contact term that printed it, if one did.
    contact: Option<&'a str>,
    /// Whether it may stand for a reference's number but is never required or reported itself:
    /// glued to Latin letters (`36em`, `24h`: a unit or a code), or in a variant of a select on
    /// a number (`[one] 1 hour`, which a language may write `{ $hours } час`).
    optional: bool,
    /// Whether it is grouped in thousands (`10,000`): an amount, never a phone number.
    amount: bool,
}

fn compare_numbers(cx: &Context, entry: &Entry, theirs: &Slot, mine: &Slot, out: &mut Vec<Diagnostic>) {
    let expected = numbers_in(cx, cx.reference.get(entry.id).unwrap_or(entry), theirs);
    let actual = numbers_in(cx, entry, mine);
    let label = mine.label(entry.id);
    // A large number may be written with the language's word for ten thousand, a hundred
    // million or ten million (`1 億`, `10 करोड़`): its digits differ from the reference's.
    let magnitude = || typed(mine.pattern).any(|text| MAGNITUDES.iter().any(|word| text.contains(word)));
    // A number the reference writes in words, which a translation may write in digits.
    let spelled = spelled_numbers(cx, theirs);
    // Thai years may be of the Buddhist era: 543 more than the reference's.
    let buddhist = entry.tag.0.language.as_str() == "th";
    for phone in [true, false] {
        let (code, kind) = if phone { (&FTL032, "phone number") } else { (&FTL033, "number") };
        let of_kind = |number: &&Number| (number.digits.len() >= PHONE_DIGITS && !number.amount) == phone;
        // Other numbers are compared by value: `07` is `7`.
        fn value(digits: &str, phone: bool) -> &str {
            if phone { digits } else { digits.trim_start_matches('0') }
        }
        let era =
            |a: &str, b: &str| a.parse::<u32>().ok().zip(b.parse::<u32>().ok()).is_some_and(|(a, b)| a == b + 543);
        let has = |numbers: &[Number], digits: &str| {
            numbers.iter().any(|number| {
                let (mine, theirs) = (value(&number.digits, phone), value(digits, phone));
                mine == theirs || (buddhist && !phone && (era(mine, theirs) || era(theirs, mine)))
            })
        };
        let mut unmatched: Vec<&Number> = Vec::new();
        for number in expected.iter().filter(of_kind).filter(|number| !number.optional) {
            if !has(&actual, &number.digits) && !unmatched.iter().any(|seen| seen.digits == number.digits) {
                unmatched.push(number);
            }
        }
        let mut extra: Vec<&Number> = Vec::new();
        for number in actual.iter().filter(of_kind).filter(|number| !number.optional) {
            let in_words = !phone && spelled.contains(value(&number.digits, phone));
            if !has(&expected, &number.digits) && !in_words && !extra.iter().any(|seen| seen.digits == number.digits) {
                extra.push(number);
            }
        }
        // Other numbers are compared only where both texts have some: a translation may write
        // a number in words ("three", 三), and a reference's words may become digits.
        let none_in = |numbers: &[Number]| numbers.iter().filter(of_kind).all(|number| number.optional);
        if !phone && (none_in(&expected) || none_in(&actual) || magnitude()) {
            continue;
        }
        // On a web page, a number added beside all of the reference's (`2 個以上` for "more
        // than one", an exit status spelled out) changes no fact the reference states; one in
        // place of the reference's does. A flyer is stricter: any number on it is one a reader
        // may act on.
        if !phone && cx.setup.web_project && unmatched.is_empty() {
            continue;
        }
        let listed = unmatched.iter().map(|number| number.shown).collect::<Vec<_>>().join(", ");
        let contact = unmatched.iter().find_map(|number| number.contact);
        for number in &extra {
            let message = match unmatched.is_empty() {
                true => format!("{kind} {} in {label} is not in the reference", number.shown),
                false => format!("{kind} {} in {label} is not the reference's {listed}", number.shown),
            };
            let help = match contact {
                Some(name) => format!("never type a phone number: write {{ -{name} }} as the reference does"),
                None => "copy the number from the reference, digit for digit".to_string(),
            };
            out.push(entry.finding_at(code, number.span.clone(), message, help));
        }
        // A number typed in place of the reference's was reported above, naming the reference's;
        // a contact the translation dropped is reported once, as FTL030.
        if !extra.is_empty() {
            continue;
        }
        // A number the translation lacks may be written out in words ("three"): only a phone
        // number must be there in digits.
        for number in unmatched.iter().filter(|number| number.contact.is_none() && phone) {
            let message = format!("{label} lacks the {kind} {} that the reference shows", number.shown);
            let help = "copy the number from the reference, digit for digit".to_string();
            out.push(entry.finding_at(code, mine.span.clone(), message, help));
        }
    }
}

/// English words for small numbers, and the digits a translation may write for them (`two
/// times faster` → `快上 2 倍`).
const NUMBER_WORDS: &[(&str, &str)] = &[
    ("one", "1"),
    ("two", "2"),
    ("twice", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
];

/// The numbers an English reference's value or attribute writes in words, as digits.
fn spelled_numbers<'a>(cx: &Context, theirs: &Slot<'a>) -> BTreeSet<&'static str> {
    if cx.setup.source.0.language.as_str() != "en" {
        return BTreeSet::new();
    }
    let words = typed(theirs.pattern).flat_map(|text| text.split(|c: char| !c.is_alphabetic()));
    words
        .filter_map(|word| NUMBER_WORDS.iter().find(|(name, _)| word.eq_ignore_ascii_case(name)))
        .map(|(_, digits)| *digits)
        .collect()
}

/// The numbers a value or attribute shows, contact terms included.
fn numbers_in<'a>(cx: &'a Context, entry: &Entry<'a>, slot: &Slot<'a>) -> Vec<Number<'a>> {
    let mut counted = Vec::new();
    walk(slot.pattern, &mut |used| {
        let Use::Select(selector, variants) = used else { return };
        let on_number = match selector {
            InlineExpression::VariableReference { .. } => true,
            InlineExpression::FunctionReference { id, .. } => id.name == "NUMBER",
            _ => false,
        };
        if on_number {
            for variant in variants {
                walk(&variant.value, &mut |inner| {
                    if let Use::Text(text) | Use::Number(text) = inner {
                        counted.push(entry.span_of(text));
                    }
                });
            }
        }
    });
    let mut found = Vec::new();
    walk(slot.pattern, &mut |used| match used {
        Use::Text(text) | Use::Number(text) => {
            let start = entry.span_of(text).start;
            let in_variant = counted.iter().any(|range| range.contains(&start));
            found.extend(find_numbers(text).into_iter().map(|number| Number {
                shown: &text[number.span.clone()],
                span: start + number.span.start..start + number.span.end,
                contact: None,
                optional: number.optional || in_variant,
                amount: number.amount,
                digits: number.digits,
            }));
        }
        Use::Term(name, None) => {
            if let Some(contact) = cx.contact(name) {
                let span = entry.span_with_sigil(name);
                found.extend(find_numbers(&contact.text).into_iter().map(|number| Number {
                    digits: number.digits,
                    shown: &contact.text,
                    span: span.clone(),
                    contact: Some(name),
                    optional: false,
                    amount: false,
                }));
            }
        }
        _ => {}
    });
    found
}

/// A number as [`find_numbers`] finds it in a text.
#[derive(Debug, PartialEq, Eq)]
struct Found {
    /// Its digits in ASCII, without separators.
    digits: String,
    /// Its bytes in the text.
    span: Range<usize>,
    /// Glued to Latin letters (`36em`, `mp3`), or a date or a time of day (`06.05.2023`,
    /// `22:53`), which languages write in their own ways.
    optional: bool,
    /// Grouped in thousands (`10,000`, `1 000 000`): an amount, not a phone number.
    amount: bool,
}

/// The numbers in `text`. Groups of 3 or 4 digits continue a number after one separator
/// (`1-888-373-7888`, `10 000`, `1,000`) or a parenthesis (`1 (800) 225-5324`); other groups
/// start a new one, so that `1-10` is a range and `2.5` reads the same as `2,5`.
fn find_numbers(text: &str) -> Vec<Found> {
    const SEPARATORS: &[char] = &[
        '-', '.', ',', ' ', '\'', '’', '\u{A0}', '\u{202F}', '\u{2009}', '\u{066B}', '\u{066C}', '\u{2010}',
        '\u{2011}', '\u{2013}',
    ];
    const THOUSANDS: &[char] = &['.', ',', ' ', '\'', '’', '\u{A0}', '\u{202F}', '\u{2009}', '\u{066C}'];
    if !text.chars().any(|c| digit_value(c).is_some()) {
        return Vec::new();
    }
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let is_digit = |index: usize| chars.get(index).is_some_and(|&(_, c)| digit_value(c).is_some());
    let run = |start: usize| (start..chars.len()).take_while(|&at| is_digit(at)).count();
    let char_at = |index: usize| chars.get(index).map(|&(_, c)| c);
    // How many characters after `index` separate two groups of digits, if they do: one
    // separator, or up to three around a parenthesis (`) `, ` (`, `)-`).
    let gap = |index: usize| {
        // An HTML entity for a thin or no-break space groups digits as the character would.
        let entity = ["&thinsp;", "&nbsp;", "&#8201;"].iter().find_map(|entity| {
            let matches = entity.chars().enumerate().all(|(offset, c)| char_at(index + offset) == Some(c));
            matches.then(|| entity.chars().count())
        });
        if let Some(length) = entity {
            return (run(index + length) == 3).then_some(length);
        }
        let length = (index..chars.len().min(index + 3))
            .take_while(|&at| SEPARATORS.contains(&chars[at].1) || matches!(chars[at].1, '(' | ')'))
            .count();
        // One parenthesis (`1 (800) 225`), not two: `(9) (128+9)` is two numbers.
        let parentheses = (index..index + length).filter(|&at| matches!(chars[at].1, '(' | ')')).count();
        let has_parenthesis = parentheses == 1;
        (1..=length).rev().find(|&length| (length == 1 || has_parenthesis) && matches!(run(index + length), 3 | 4))
    };
    // `2008-2011`: a range of years, not one number.
    let is_year = |start: usize| run(start) == 4 && matches!(char_at(start), Some('1' | '2'));
    // The length of a date (`06.05.2023`, `2023/05/06`) or a time (`22:53`) starting at `index`.
    let date_or_time = |index: usize| {
        let first = run(index);
        let separator = char_at(index + first)?;
        let second = run(index + first + 1);
        if separator == ':' && (1..=2).contains(&first) && second == 2 {
            return Some(first + 1 + second);
        }
        let is_date_separator = matches!(separator, '.' | '/' | '-');
        if !is_date_separator || !(1..=4).contains(&first) || !(1..=2).contains(&second) {
            return None;
        }
        let after = index + first + 1 + second;
        let third = run(after + 1);
        (char_at(after) == Some(separator) && (2..=4).contains(&third)).then_some(after + 1 + third - index)
    };
    let mut found = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        if !is_digit(index) {
            index += 1;
            continue;
        }
        let start = index;
        let mut digits = String::new();
        let mut end;
        let mut amount = true;
        let mut groups = 0;
        if let Some(length) = date_or_time(index) {
            digits = (index..index + length)
                .filter_map(|at| digit_value(chars[at].1))
                .map(|d| char::from(b'0' + d))
                .collect();
            end = index + length - 1;
        } else {
            loop {
                let group = run(index);
                digits.extend(
                    (index..index + group).filter_map(|at| digit_value(chars[at].1)).map(|d| char::from(b'0' + d)),
                );
                end = index + group - 1;
                amount &= groups == 0 || group == 3;
                groups += 1;
                let Some(length) = gap(end + 1) else { break };
                let next = end + 1 + length;
                if groups == 1 && is_year(index) && is_year(next) && length == 1 {
                    break;
                }
                // Across a space, a first number goes on only with a group of three (`10 000`):
                // `Windows 10 2015` is two numbers, `1 (800) 225 5324` one.
                if groups == 1 && length == 1 && chars[end + 1].1.is_whitespace() && run(next) != 3 {
                    break;
                }
                amount &= length == 1 && THOUSANDS.contains(&chars[end + 1].1);
                index = end + 1 + length;
            }
        }
        // Glued to letters of any script (`36em`, `16進`, or a Burmese letter that looks like
        // a digit inside a word): a unit, a code or part of a word.
        let letter = |at: Option<usize>| at.and_then(char_at).is_some_and(char::is_alphabetic);
        // `2025 年 3 月 14 日`: the parts of a date, written as the language writes dates.
        let after = (end + 1..chars.len()).map(|at| chars[at].1).find(|c| !c.is_whitespace());
        let date_part = after.is_some_and(|c| "年月日년월일時时分".contains(c));
        let glued = letter(start.checked_sub(1)) || letter(Some(end + 1)) || date_part;
        let byte_end = chars[end].0 + chars[end].1.len_utf8();
        found.push(Found {
            digits,
            span: chars[start].0..byte_end,
            optional: glued || date_or_time(start).is_some(),
            amount: amount && groups > 1,
        });
        index = end + 1;
    }
    found
}

/// FTL034: the URLs and e-mail addresses of a value or attribute, compared as sets.
fn compare_links(entry: &Entry, theirs: &Slot, mine: &Slot, out: &mut Vec<Diagnostic>) {
    let expected = links_in(entry, theirs);
    let actual = links_in(entry, mine);
    let label = mine.label(entry.id);
    let has = |links: &[(String, Range<usize>)], link: &str| links.iter().any(|(other, _)| same_link(other, link));
    let unmatched: BTreeSet<_> =
        expected.iter().filter(|(link, _)| !has(&actual, link)).map(|(link, _)| link).collect();
    let extra: Vec<_> = actual.iter().filter(|(link, _)| !has(&expected, link)).collect();
    let help = "copy links and e-mail addresses from the reference exactly".to_string();
    let listed = unmatched.iter().map(|link| link.as_str()).collect::<Vec<_>>().join(", ");
    for (link, span) in &extra {
        let message = match unmatched.is_empty() {
            true => format!("{} {link} in {label} is not in the reference", kind(link)),
            false => format!("{} {link} in {label} is not the reference's {listed}", kind(link)),
        };
        out.push(entry.finding_at(&FTL034, span.clone(), message, help.clone()));
    }
    if extra.is_empty() {
        for link in unmatched {
            let message = format!("{label} lacks the {} {link} that the reference shows", kind(link));
            out.push(entry.finding_at(&FTL034, mine.span.clone(), message, help.clone()));
        }
    }
}

/// Whether two links or addresses are the same for a reader: a final `/` makes no difference,
/// nor does the case of an address; an example address (at `example.com`, or a placeholder
/// part of a domain: `yourname@your-domain.mozmail.com`) is meant to be localised, so only
/// its domain, or the part of it after the placeholder, is compared.
fn same_link(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim_end_matches('/'), b.trim_end_matches('/'));
    if a.eq_ignore_ascii_case(b) {
        return true;
    }
    // The same site in the reader's language: `https://pontoon.mozilla.org/pl/`.
    let localized = |long: &str, short: &str| {
        long.strip_prefix(short).and_then(|rest| rest.strip_prefix('/')).is_some_and(|rest| {
            rest.len() <= 7 && !rest.contains('/') && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
    };
    if a.contains("://") && (localized(a, b) || localized(b, a)) {
        return true;
    }
    let domain = |link: &str| link.rsplit_once('@').map(|(_, domain)| domain.to_ascii_lowercase());
    let (Some(first), Some(second)) = (domain(a), domain(b)) else { return false };
    let example = |domain: &str| {
        let labels: Vec<&str> = domain.split('.').collect();
        let registered = labels[labels.len().saturating_sub(2)..].join(".");
        let reserved = ["example.com", "example.net", "example.org"].contains(&registered.as_str())
            || ["example", "test", "invalid", "localhost"].contains(labels.last().unwrap_or(&""));
        (reserved, registered, labels.len() > 2)
    };
    let ((reserved_a, registered_a, placeholder_a), (reserved_b, registered_b, placeholder_b)) =
        (example(&first), example(&second));
    (reserved_a && reserved_b) || (placeholder_a && placeholder_b && registered_a == registered_b)
}

fn kind(link: &str) -> &'static str {
    if link.contains('@') && !link.contains('/') { "address" } else { "link" }
}

/// The URLs (with a scheme, or starting with `www.`) and e-mail addresses in a value or attribute.
fn links_in(entry: &Entry, slot: &Slot) -> Vec<(String, Range<usize>)> {
    let finder = LinkFinder::new();
    let mut found = Vec::new();
    walk(slot.pattern, &mut |used| {
        let Use::Text(text) = used else { return };
        let start = entry.span_of(text).start;
        for link in finder.links(text) {
            // A link ends where the text goes on in a script no address is written in (Korean
            // `mozilla.org는`, Japanese before an address) or at a guillemet.
            let pieces = link.as_str().split(is_beside_links).filter(|piece| piece.contains('.'));
            let Some(piece) = pieces.max_by_key(|piece| piece.len()) else { continue };
            // An address whose name was all in such a script (`（@subdomain.mozmail.com`) is a
            // domain written after an `@`, as the reference may write it too, not an address.
            if *link.kind() == LinkKind::Email
                && piece.trim_start_matches(|c: char| !c.is_alphanumeric()).find('@').is_none()
            {
                continue;
            }
            // Quotes and full stops of any script around an address are not part of it.
            let trimmed = piece.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
            let offset = link.start() + link.as_str().find(trimmed).unwrap_or(0);
            found.push((trimmed.to_string(), start + offset..start + offset + trimmed.len()));
        }
        for (offset, _) in text.match_indices("www.") {
            let end = text[offset..].find(|c: char| c.is_whitespace() || is_beside_links(c));
            let length = end.unwrap_or(text.len() - offset);
            let link = text[offset..offset + length].trim_end_matches(['.', ',', ')', ';', ':']);
            let after_scheme = text[..offset].ends_with("//");
            if !after_scheme && link.len() > 4 {
                found.push((link.to_string(), start + offset..start + offset + link.len()));
            }
        }
    });
    found
}

/// Whether a character never belongs to a link typed in a translation, though a link may run
/// into it: CJK, kana, Hangul, and guillemets.
fn is_beside_links(c: char) -> bool {
    matches!(c, '«' | '»' | '‹' | '›' | '\u{3000}'..='\u{9FFF}' | '\u{AC00}'..='\u{D7AF}' | '\u{FF00}'..='\u{FFEF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_are_the_same_for_a_reader_whatever_the_example_address() {
        assert!(same_link("https://www.mozilla.org/", "https://www.mozilla.org"));
        assert!(same_link("yourname@example.com", "votrenom@example.com"));
        assert!(same_link("shopping@your-domain.mozmail.com", "nakupy@vlastni-domena.mozmail.com"));
        assert!(!same_link("cpg-questions@mozilla.com", "cpg-report@mozilla.com"));
        assert!(!same_link("https://monitor.mozilla.org", "https://monitor.firefox.org"));
        assert!(same_link("https://pontoon.mozilla.org", "https://pontoon.mozilla.org/pl/"));
    }

    fn digits(text: &str) -> Vec<String> {
        find_numbers(text).into_iter().filter(|number| !number.optional).map(|number| number.digits).collect()
    }

    #[test]
    fn numbers_are_found_in_any_script_and_grouping() {
        assert_eq!(digits("Call 1-888-373-7888 or text 233733."), ["18883737888", "233733"]);
        assert_eq!(digits("اتصل ١-٨٨٨-٣٧٣-٧٨٨٨"), ["18883737888"]);
        assert_eq!(digits("फ़ोन ९११"), ["911"]);
        assert_eq!(digits("(888) 373-7888"), ["8883737888"]);
        assert_eq!(digits("1 (800) 225-5324, 1(800)225-5324 or 1–800–225–5324"), ["18002255324"; 3]);
        assert_eq!(digits("1,000 and 1 000 and 1.000"), ["1000", "1000", "1000"]);
        assert_eq!(digits("1-10, 2.5 and ٢٫٥"), ["1", "10", "2", "5", "2", "5"]);
        assert_eq!(digits("am 06.05.2023 um 22:53, 2023/05/06 10:53pm, ٠٦/٠٥/٢٠٢٣"), Vec::<String>::new());
        let amounts: Vec<_> =
            find_numbers("10,000 and 1 000 000, not 1-888-373-7888").into_iter().map(|n| n.amount).collect();
        assert_eq!(amounts, [true, true, false]);
        assert_eq!(digits("Help 24/7"), ["24", "7"]);
        assert_eq!(digits("width: 36em; mp3 h1"), Vec::<String>::new());
        assert_eq!(digits("1, 2, 3"), ["1", "2", "3"]);
        // Found on real trees: a year range, a version beside a year, grouping by entity.
        assert_eq!(digits("from 2008-2011"), ["2008", "2011"]);
        assert_eq!(digits("Windows 10 2015-ös"), ["10", "2015"]);
        assert_eq!(digits("1 (800) 225 5324"), ["18002255324"]);
        assert_eq!(digits("100&thinsp;985&thinsp;047 people"), ["100985047"]);
        assert_eq!(digits("2025 年 3 月 14 日"), Vec::<String>::new());
        assert_eq!(digits("(9) (128+9)"), ["9", "128", "9"]);
    }

    #[test]
    fn digits_of_every_script_have_their_value_and_nothing_else_has_one() {
        let values: Vec<_> = ['7', '٣', '۵', '१', '၉', '๐', '７', '𝟗'].into_iter().map(digit_value).collect();
        assert_eq!(values, [7, 3, 5, 1, 9, 0, 7, 9].map(Some));
        // Beside the runs of digits: letters, `٪` right after Arabic-Indic nine, `/` and `:`
        // around ASCII's.
        for c in ['a', 'ا', '٪', '/', ':', 'क', '\u{1FBFA}'] {
            assert_eq!(digit_value(c), None, "{c:?}");
        }
    }
}
