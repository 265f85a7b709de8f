//! References between messages and terms: FTL022 (a reference to nothing), FTL023 (other
//! references than the reference's) and FTL024 (what Fluent's resolver would fail on: a cycle,
//! an unknown function, a message without a value, too many placeables).

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use fluent_bundle::FluentError;
use fluent_bundle::resolver::ResolverError;
use rustc_hash::FxHashMap;

use super::Context;
use super::language::{Entry, Language};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::{FTL022, FTL023, FTL024};
use crate::fluent::build_bundle;
use crate::fluent::walk::{Use, typed, walk};
use crate::text::closest;

/// Checks what the language's entries refer to.
pub fn check(cx: &Context, language: &Language, out: &mut Vec<Diagnostic>) {
    let mut dropped = Dropped::default();
    for entry in language.entries.values() {
        // Most entries refer to nothing, and neither do the reference's: nothing to resolve or
        // to compare (a walk, where the checks below allocate for every reference).
        let expected = cx.referenced.get(entry.id).is_some_and(|expected| !expected.is_empty());
        if !expected && !refers(entry) {
            continue;
        }
        unresolved(cx, language, entry, out);
        resolver_errors(cx, language, entry, out);
        if let Some(wanted) = cx.reference.get(entry.id).filter(|_| !cx.is_reference(language)) {
            mismatched(cx, language, wanted, entry, &mut dropped, out);
        }
    }
    // On a web page, a language that writes a name its own way in most of the messages that
    // use it (Tamil `மொசில்லாவின்`, "of Mozilla", which a term cannot inflect; Malayalam
    // `മോസില്ല`) does so on purpose: its translators chose, message by message, not to use
    // the term. Three messages at least tell a habit from a slip.
    for (term, found) in dropped.findings {
        let (uses, drops) = dropped.counts.get(term.as_str()).copied().unwrap_or_default();
        if !(cx.setup.web_project && uses >= 3 && drops * 2 > uses) {
            out.push(found);
        }
    }
    too_many_placeables(cx, language, out);
}

/// The terms a language's messages do not refer to where the reference's do: how many of its
/// messages the reference's use each in, how many of those do without it, and a finding for
/// each.
#[derive(Default)]
struct Dropped {
    counts: BTreeMap<String, (usize, usize)>,
    findings: Vec<(String, Diagnostic)>,
}

/// FTL022: references to what neither the language nor the reference defines. What only the
/// language lacks is reported as missing (FTL010, FTL012) instead, and a broken reference the
/// reference's own message has too is reported once, in the reference: a translation that
/// copies it cannot do better.
fn unresolved(cx: &Context, language: &Language, entry: &Entry, out: &mut Vec<Diagnostic>) {
    let nothing = BTreeSet::new();
    let inherited = match cx.is_reference(language) {
        true => &nothing,
        false => cx.broken.get(entry.id).unwrap_or(&nothing),
    };
    for slot in entry.slots() {
        walk(slot.pattern, &mut |used| {
            let Some(problem) = unresolved_reference(cx, language, entry, used) else { return };
            if inherited.contains(&problem.written) {
                return;
            }
            let message = format!("{} refers to {}, but {}", slot.label(entry.id), problem.written, problem.reason);
            let help = match (problem.guess, problem.term_attribute) {
                (Some(guess), _) => format!("did you mean {guess}?"),
                (None, Some((term, attribute))) => {
                    let file = term.file.path.display();
                    format!("add `.{attribute} = …` to {} in {file}, or show another of its attributes", term.id)
                }
                (None, None) => "fix the id, or define it in the reference first".to_string(),
            };
            out.push(entry.finding_at(&FTL022, problem.span, message, help));
        });
    }
}

/// A reference that does not resolve.
struct Unresolved<'a> {
    /// The reference as written: `-term`, `message.attribute`.
    written: String,
    /// Why it does not resolve.
    reason: String,
    /// What was probably meant.
    guess: Option<String>,
    /// The part that is wrong: the id, or the attribute.
    span: Range<usize>,
    /// The language's own term and the attribute it lacks, when that is the problem.
    term_attribute: Option<(&'a Entry<'a>, &'a str)>,
}

/// Why `used`, in `entry`, does not resolve in `language`; `None` if it does, or if what it
/// lacks is reported as missing instead.
fn unresolved_reference<'a>(
    cx: &Context,
    language: &'a Language<'a>,
    entry: &Entry,
    used: Use<'a>,
) -> Option<Unresolved<'a>> {
    let (id, name, attribute) = match used {
        Use::Message(name, attribute) => (name.to_string(), name, attribute),
        Use::Term(name, attribute) => (format!("-{name}"), name, attribute),
        _ => return None,
    };
    let is_term = id.starts_with('-');
    // Made only for a reference that does not resolve: most do.
    let written = || match attribute {
        Some(attribute) => format!("{id}.{attribute}"),
        None => id.clone(),
    };
    let contact = is_term.then(|| cx.contact(name)).flatten();
    let there = cx.reference.get(&id);
    let Some(found) = language.get(&id) else {
        if contact.is_some() {
            let attribute = attribute?;
            let reason = format!("the contact {id} has no attributes");
            let span = entry.span_of(attribute);
            return Some(Unresolved { written: written(), reason, guess: Some(id), span, term_attribute: None });
        }
        // Missing here (FTL010), or unreadable (FTL001): reported as such.
        if there.is_some() || language.swallowed.contains(&id) || cx.reference.swallowed.contains(&id) {
            return None;
        }
        let contacts = cx.setup.contacts.keys().map(|name| format!("-{name}"));
        let known: Vec<String> = language
            .entries
            .keys()
            .chain(cx.reference.entries.keys())
            .map(|id| id.to_string())
            .chain(contacts)
            .collect();
        let same_kind = known.iter().filter(|known| known.starts_with('-') == is_term && **known != entry.id);
        let guess = closest(&id, same_kind.map(String::as_str)).map(str::to_string);
        let reason = format!("{id} is not defined");
        let span = if is_term { entry.span_with_sigil(name) } else { entry.span_of(name) };
        return Some(Unresolved { written: written(), reason, guess, span, term_attribute: None });
    };
    let attribute = attribute?;
    // A message's attribute that only the language lacks is FTL012's; a term's attributes are
    // the language's own.
    let owners = if found.is_term { vec![found] } else { [Some(found), there].into_iter().flatten().collect() };
    let known: Vec<&str> =
        owners.iter().flat_map(|owner| owner.attributes.iter().map(|theirs| theirs.id.name)).collect();
    if known.contains(&attribute) {
        return None;
    }
    let guess = closest(attribute, known.into_iter()).map(|guess| format!("{id}.{guess}"));
    let reason = format!("{id} has no attribute .{attribute}");
    let term_attribute = found.is_term.then_some((found, attribute));
    Some(Unresolved { written: written(), reason, guess, span: entry.span_of(attribute), term_attribute })
}

/// FTL023: the messages and terms a translation refers to, other than the reference's.
/// Contacts are left to FTL030, references to nothing to FTL022.
fn mismatched(
    cx: &Context,
    language: &Language,
    wanted: &Entry,
    entry: &Entry,
    dropped: &mut Dropped,
    out: &mut Vec<Diagnostic>,
) {
    let nothing = BTreeSet::new();
    let expected = cx.referenced.get(wanted.id).unwrap_or(&nothing);
    let (actual, broken) = referenced(cx, language, entry);
    for term in expected.iter().filter(|id| id.starts_with('-')) {
        let count = dropped.counts.entry(term.clone()).or_default();
        count.0 += 1;
        count.1 += usize::from(!actual.contains(term));
    }
    for extra in actual.difference(expected) {
        let message = format!("{} refers to {extra}; the reference's does not", entry.id);
        let help = "check that this is intended: the reference's text does not use it".to_string();
        out.push(entry.finding(&FTL023, message, help));
    }
    // A broken reference (FTL022) usually stands for the one that seems to be lacking.
    if broken {
        return;
    }
    let written = typed_text(entry);
    for lacking in expected.difference(&actual) {
        let names = [language.get(lacking), cx.reference.get(lacking)].into_iter().flatten().map(typed_text);
        if names.into_iter().any(|name| writes_out(&written, name.trim())) {
            continue;
        }
        let message = format!("{} does not refer to {lacking}; the reference's does", entry.id);
        let help = format!("use {{ {lacking} }} as the reference does, unless the language needs other words here");
        dropped.findings.push((lacking.clone(), entry.finding(&FTL023, message, help)));
    }
}

/// The text typed into an entry's value and attributes.
fn typed_text(entry: &Entry) -> String {
    let mut text = String::new();
    for slot in entry.slots() {
        for part in typed(slot.pattern) {
            text.push_str(part);
            text.push(' ');
        }
    }
    text
}

/// Whether `written` writes the term text `name` out where the term cannot serve: capitalised
/// (`Navigateur Firefox` for a term `navigateur Firefox`; not `IOS` for `iOS`, a name whose
/// case is its own), as a handle (`@Mozilla`), inflected (`Mozillan`) or the start of a
/// compound word (Czech `betaverzích`, "beta versions", for `Beta`), or every word of it in
/// another order. The name typed as it is, or misspelt (`FIrefox`), is not.
fn writes_out(written: &str, name: &str) -> bool {
    let Some(first) = name.chars().next() else { return false };
    let rest = &name[first.len_utf8()..];
    let first_word = rest.split_whitespace().next().unwrap_or_default();
    let capital: String = first.to_uppercase().chain(rest.chars()).collect();
    let capitalised = first.is_lowercase() && !first_word.contains(char::is_uppercase) && written.contains(&capital);
    let lower = name.to_lowercase();
    let inflected = [name, lower.as_str()].into_iter().any(|name| {
        written.match_indices(name).any(|(at, _)| written[at + name.len()..].starts_with(char::is_alphabetic))
    });
    // Every word of the name, in another order (`Firefox est un navigateur` for a term
    // `navigateur Firefox`), each as it is spelt in the name.
    let words = name.split_whitespace().filter(|word| word.chars().count() >= 3);
    let reordered = name.contains(' ')
        && !written.contains(name)
        && words.clone().count() >= 2
        && words.into_iter().all(|word| {
            written
                .split(|c: char| !c.is_alphanumeric())
                .any(|theirs| theirs == word || capitalised_word(word) == theirs)
        });
    capitalised || written.contains(&format!("@{name}")) || inflected || reordered
}

/// A word with its first letter in capitals.
fn capitalised_word(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// What each of the reference's entries refers to (see [`referenced`]): found once for every
/// language to be compared with.
pub fn referenced_by_reference<'l>(cx: &Context<'l>) -> FxHashMap<&'l str, BTreeSet<String>> {
    cx.reference.entries.values().map(|entry| (entry.id, referenced(cx, cx.reference, entry).0)).collect()
}

/// The references of each of the reference's entries that do not resolve (as written: `-term`,
/// `message.attribute`), for the entries that have any: found once for every language, each
/// of which is not told again of what it copied.
pub fn broken_in_reference<'l>(cx: &Context<'l>) -> FxHashMap<&'l str, BTreeSet<String>> {
    let mut broken = FxHashMap::default();
    for entry in cx.reference.entries.values() {
        let mut written = BTreeSet::new();
        for slot in entry.slots() {
            walk(slot.pattern, &mut |used| {
                written.extend(unresolved_reference(cx, cx.reference, entry, used).map(|problem| problem.written));
            });
        }
        if !written.is_empty() {
            broken.insert(entry.id, written);
        }
    }
    broken
}

/// The messages and terms (not contacts) `entry` refers to, and whether one of its references
/// is broken.
fn referenced(cx: &Context, language: &Language, entry: &Entry) -> (BTreeSet<String>, bool) {
    let mut found = BTreeSet::new();
    let mut broken = false;
    for slot in entry.slots() {
        walk(slot.pattern, &mut |used| match used {
            _ if unresolved_reference(cx, language, entry, used).is_some() => broken = true,
            Use::Message(name, _) => {
                found.insert(name.to_string());
            }
            Use::Term(name, _) if cx.contact(name).is_none() => {
                found.insert(format!("-{name}"));
            }
            _ => {}
        });
    }
    (found, broken)
}

/// FTL024 found without formatting: unknown functions, messages shown without a value, and
/// entries that refer back to themselves.
fn resolver_errors(cx: &Context, language: &Language, entry: &Entry, out: &mut Vec<Diagnostic>) {
    for slot in entry.slots() {
        walk(slot.pattern, &mut |used| match used {
            Use::Function(name) => {
                let Some(known) = cx.setup.functions else { return };
                if known.contains(&name) {
                    return;
                }
                let message = format!("{} calls the unknown function {name}()", slot.label(entry.id));
                let help = format!("the functions available are: {}", known.join(", "));
                out.push(entry.finding_at(&FTL024, entry.span_of(name), message, help));
            }
            Use::Message(name, None) => {
                let Some(target) = language.get(name).or_else(|| cx.reference.get(name)) else { return };
                if target.value.is_some() {
                    return;
                }
                let message = format!("{} shows {name}, which has no value, only attributes", slot.label(entry.id));
                let help = match target.attributes.first() {
                    Some(attribute) => format!("show one of its attributes, e.g. {{ {name}.{} }}", attribute.id.name),
                    None => "show another message".to_string(),
                };
                out.push(entry.finding_at(&FTL024, entry.span_of(name), message, help));
            }
            _ => {}
        });
    }
    // A cycle is reported once, at its first member by id.
    let first_of = |cycle: &Vec<String>| cycle.iter().min().is_some_and(|first| first == entry.id);
    if let Some(cycle) = cycle_through(language, entry).filter(first_of) {
        let message = format!("{} refers to itself: {}", entry.id, cycle.join(" → "));
        let help = "break the cycle: one of these must not refer to the next".to_string();
        out.push(entry.finding(&FTL024, message, help));
    }
}

/// Whether `entry` refers to a message, a term or a function.
fn refers(entry: &Entry) -> bool {
    entry.any_use(|used| matches!(used, Use::Message(..) | Use::Term(..) | Use::Function(..)))
}

/// The path by which `start` refers back to itself, if it does.
fn cycle_through(language: &Language, start: &Entry) -> Option<Vec<String>> {
    fn visit(language: &Language, id: &str, start: &str, path: &mut Vec<String>, seen: &mut BTreeSet<String>) -> bool {
        let Some(entry) = language.get(id) else { return false };
        for next in referenced_ids(entry) {
            path.push(next.clone());
            if next == start || (seen.insert(next.clone()) && visit(language, &next, start, path, seen)) {
                return true;
            }
            path.pop();
        }
        false
    }
    let mut path = vec![start.id.to_string()];
    visit(language, start.id, start.id, &mut path, &mut BTreeSet::new()).then_some(path)
}

/// The ids (terms with their `-`) an entry refers to, in reading order, each once.
fn referenced_ids(entry: &Entry) -> Vec<String> {
    let mut found = Vec::new();
    for slot in entry.slots() {
        walk(slot.pattern, &mut |used| {
            let id = match used {
                Use::Message(name, _) => name.to_string(),
                Use::Term(name, _) => format!("-{name}"),
                _ => return,
            };
            if !found.contains(&id) {
                found.push(id);
            }
        });
    }
    found
}

/// How many placeables fluent-bundle writes at most before it stops with `TooManyPlaceables`.
const MAX_PLACEABLES: usize = 100;

/// At most how many placeables formatting `entry` writes: those of its value and every
/// attribute and variant, and for each reference, those of what it shows; `None` on a cycle
/// (`known` holds each entry's count, and `None` for those being counted).
fn placeables<'a>(
    language: &Language<'a>,
    entry: &Entry<'a>,
    known: &mut FxHashMap<&'a str, Option<usize>>,
) -> Option<usize> {
    if let Some(&count) = known.get(entry.id) {
        return count;
    }
    known.insert(entry.id, None);
    let mut count = 0usize;
    let mut shown = Vec::new();
    for slot in entry.slots() {
        // Every placeable uses something (a variable, a literal, a reference, a select…).
        walk(slot.pattern, &mut |used| {
            count += 1;
            match used {
                Use::Message(name, _) => shown.push(name.to_string()),
                Use::Term(name, _) => shown.push(format!("-{name}")),
                _ => {}
            }
        });
    }
    for id in shown {
        // A contact, or an id the language lacks, shows no placeables.
        if let Some(target) = language.get(&id) {
            count = count.saturating_add(placeables(language, target, known)?);
        }
    }
    known.insert(entry.id, Some(count));
    Some(count)
}

/// FTL024 for placeables that expand past Fluent's limit (a "billion laughs"), found by
/// formatting each message's default variants as the build would. Only the messages where the
/// expansion first goes over are reported, not every message that shows them.
fn too_many_placeables(cx: &Context, language: &Language, out: &mut Vec<Diagnostic>) {
    // Only a message that may write more placeables than the limit (fluent-bundle's, 100) is
    // formatted, and a language with none gets no bundle: building one and formatting every
    // message that shows a term took a tenth of a check of mozilla.org's tree.
    let mut known = FxHashMap::default();
    let suspects: Vec<&Entry> = language
        .entries
        .values()
        .filter(|entry| !entry.is_term)
        .filter(|entry| placeables(language, entry, &mut known).is_none_or(|count| count > MAX_PLACEABLES))
        .collect();
    if suspects.is_empty() {
        return;
    }
    let bundle = build_bundle(language.locale, cx.contacts);
    let overflows = |entry: &Entry| {
        let Some(message) = bundle.get_message(entry.id) else { return false };
        let mut patterns = message.value().into_iter().chain(message.attributes().map(|attribute| attribute.value()));
        patterns.any(|pattern| {
            let mut errors = Vec::new();
            bundle.format_pattern(pattern, None, &mut errors);
            errors.contains(&FluentError::ResolverError(ResolverError::TooManyPlaceables))
        })
    };
    let overflowing: BTreeMap<&str, &Entry> =
        suspects.into_iter().filter(|entry| overflows(entry)).map(|entry| (entry.id, entry)).collect();
    for (id, entry) in &overflowing {
        if referenced_ids(entry).iter().any(|shown| overflowing.contains_key(shown.as_str())) {
            continue;
        }
        let message = format!("{id} expands to too many placeables to format");
        let help = "show each message once or a few times, not messages that repeat others many times".to_string();
        out.push(entry.finding(&FTL024, message, help));
    }
}
