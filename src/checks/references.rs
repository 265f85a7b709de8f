//! References between messages and terms: FTL022 (a reference to nothing), FTL023 (other
//! references than the reference's) and FTL024 (what Fluent's resolver would fail on: a cycle,
//! an unknown function, a message without a value, too many placeables).

use std::collections::BTreeSet;

use fluent_bundle::FluentError;
use fluent_bundle::resolver::ResolverError;

use super::codes::{FTL022, FTL023, FTL024};
use super::language::{Entry, Language};
use super::walk::{Use, walk};
use super::{Context, closest};
use crate::diagnostics::Diagnostic;
use crate::render::localizer::build_bundle;

/// Checks what the language's entries refer to.
pub fn check(cx: &Context, language: &Language, out: &mut Vec<Diagnostic>) {
    for entry in language.entries.values() {
        unresolved(cx, language, entry, out);
        resolver_errors(cx, language, entry, out);
        if let Some(wanted) = cx.reference.get(&entry.id).filter(|_| !cx.is_reference(language)) {
            mismatched(cx, wanted, entry, out);
        }
    }
    too_many_placeables(cx, language, out);
}

/// FTL022: references to what neither the language nor the reference defines. What only the
/// language lacks is reported as missing (FTL010, FTL012) instead.
fn unresolved(cx: &Context, language: &Language, entry: &Entry, out: &mut Vec<Diagnostic>) {
    for slot in entry.slots() {
        walk(slot.pattern, &mut |used| {
            let (target, name, attribute) = match used {
                Use::Message(name, attribute) => (name.to_string(), name, attribute),
                Use::Term(name, attribute) if cx.contact(name).is_some() => {
                    if attribute.is_none() {
                        return;
                    }
                    (format!("-{name}"), name, attribute)
                }
                Use::Term(name, attribute) => (format!("-{name}"), name, attribute),
                _ => return,
            };
            let here = language.get(&target);
            let there = cx.reference.get(&target);
            let described = match attribute {
                Some(attribute) => format!("{target}.{attribute}"),
                None => target.clone(),
            };
            let problem = match (here, attribute) {
                (None, _) if there.is_some() => return,
                (None, _) if cx.contact(name).is_some() => format!("the contact {target} has no attributes"),
                (None, _) => format!("{target} is not defined"),
                (Some(found), Some(attribute)) => {
                    let has = |entry: &Entry| entry.attributes.iter().any(|theirs| theirs.id.name == attribute);
                    if has(found) || (!found.is_term && there.is_some_and(has)) {
                        return;
                    }
                    format!("{target} has no attribute .{attribute}")
                }
                (Some(_), None) => return,
            };
            let span = entry.span_of(name);
            let span = if target.starts_with('-') { span.start.saturating_sub(1)..span.end } else { span };
            let message = format!("{} refers to {described}, but {problem}", slot.label(&entry.id));
            let known = language.entries.keys().chain(cx.reference.entries.keys()).map(String::as_str);
            let help = match closest(&target, known) {
                Some(close) => format!("did you mean {close}?"),
                None => "fix the id, or define it in the reference first".to_string(),
            };
            out.push(entry.finding_at(&FTL022, span, message, help));
        });
    }
}

/// FTL023: the messages and terms a translation refers to, other than the reference's.
/// Contacts are left to FTL030.
fn mismatched(cx: &Context, wanted: &Entry, entry: &Entry, out: &mut Vec<Diagnostic>) {
    let referenced = |entry: &Entry| {
        let mut found = BTreeSet::new();
        for slot in entry.slots() {
            walk(slot.pattern, &mut |used| match used {
                Use::Message(name, _) => {
                    found.insert(name.to_string());
                }
                Use::Term(name, _) if cx.contact(name).is_none() => {
                    found.insert(format!("-{name}"));
                }
                _ => {}
            });
        }
        found
    };
    let expected = referenced(wanted);
    let actual = referenced(entry);
    for extra in actual.difference(&expected) {
        let message = format!("{} refers to {extra}; the reference's does not", entry.id);
        let help = "check that this is intended: the reference's text does not use it".to_string();
        out.push(entry.finding(&FTL023, message, help));
    }
    for lacking in expected.difference(&actual) {
        let message = format!("{} does not refer to {lacking}; the reference's does", entry.id);
        let help = format!("use {{ {lacking} }} as the reference does, unless the language needs other words here");
        out.push(entry.finding(&FTL023, message, help));
    }
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
                let message = format!("{} calls the unknown function {name}()", slot.label(&entry.id));
                let help = format!("the functions available are: {}", known.join(", "));
                out.push(entry.finding_at(&FTL024, entry.span_of(name), message, help));
            }
            Use::Message(name, None) => {
                let Some(target) = language.get(name).or_else(|| cx.reference.get(name)) else { return };
                if target.value.is_some() {
                    return;
                }
                let message = format!("{} shows {name}, which has no value, only attributes", slot.label(&entry.id));
                let help = match target.attributes.first() {
                    Some(attribute) => format!("show one of its attributes, e.g. {{ {name}.{} }}", attribute.id.name),
                    None => "show another message".to_string(),
                };
                out.push(entry.finding_at(&FTL024, entry.span_of(name), message, help));
            }
            _ => {}
        });
    }
    if let Some(cycle) = cycle_through(language, entry) {
        let message = format!("{} refers to itself: {}", entry.id, cycle.join(" → "));
        let help = "break the cycle: one of these must not refer to the next".to_string();
        out.push(entry.finding(&FTL024, message, help));
    }
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
    let mut path = vec![start.id.clone()];
    visit(language, &start.id, &start.id, &mut path, &mut BTreeSet::new()).then_some(path)
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

/// FTL024 for placeables that expand past Fluent's limit (a "billion laughs"), found by
/// formatting each message's default variants as the build would.
fn too_many_placeables(cx: &Context, language: &Language, out: &mut Vec<Diagnostic>) {
    let bundle = build_bundle(language.locale, cx.contacts);
    for entry in language.entries.values().filter(|entry| !entry.is_term) {
        let Some(message) = bundle.get_message(&entry.id) else { continue };
        let patterns = message.value().into_iter().chain(message.attributes().map(|attribute| attribute.value()));
        for pattern in patterns {
            let mut errors = Vec::new();
            bundle.format_pattern(pattern, None, &mut errors);
            if errors.contains(&FluentError::ResolverError(ResolverError::TooManyPlaceables)) {
                let message = format!("{} expands to too many placeables to format", entry.id);
                let help =
                    "show each message once or a few times, not messages that repeat others many times".to_string();
                out.push(entry.finding(&FTL024, message, help));
                break;
            }
        }
    }
}
