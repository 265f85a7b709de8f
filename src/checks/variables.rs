//! Variables: FTL020 (a variable the reference never passes) and FTL021 (a variable the
//! reference shows and the translation drops).
//!
//! A message shares its arguments with the messages it references, so a message's variables
//! are gathered through message references, transitively, across every variant and attribute.
//! A term's variables are its own parameters, set by the language's own grammar (`case`,
//! `gender` …), so terms are not compared and term references are not followed.

use std::collections::BTreeSet;

use rustc_hash::FxHashMap;

use super::Context;
use super::language::{Entry, Language};
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::{FTL020, FTL021};
use crate::fluent::walk::{Use, walk};
use crate::text::closest;

/// Compares the variables of every entry the language shares with the reference.
pub fn check(cx: &Context, language: &Language, out: &mut Vec<Diagnostic>) {
    if cx.is_reference(language) {
        return;
    }
    let nothing = BTreeSet::new();
    for wanted in cx.reference.entries.values() {
        let id = wanted.id;
        let Some(entry) = language.get(id).filter(|entry| !entry.is_term) else { continue };
        let passed = cx.passed.get(id).unwrap_or(&nothing);
        // Most messages are passed no variables (nor are those they show, nor can the
        // reference's show any): then only a variable the translation uses itself is wrong.
        if passed.is_empty() && !entry.any_use(|used| matches!(used, Use::Variable(_))) {
            continue;
        }
        let shown = reachable_variables(language, entry);
        // A variable the translation uses in place of one it dropped was most likely renamed.
        let dropped: Vec<_> = passed.difference(&shown).copied().collect();
        let mut reported = BTreeSet::new();
        for slot in entry.slots() {
            walk(slot.pattern, &mut |used| {
                let Use::Variable(name) = used else { return };
                if passed.contains(name) || !reported.insert(name) {
                    return;
                }
                let message = format!("unknown variable ${name} in {}; {}", slot.label(id), describe(passed));
                let guess = match dropped.as_slice() {
                    [only] => Some(*only),
                    _ => closest(name, passed.iter().copied()),
                };
                let help = match guess {
                    Some(guess) => format!("write ${guess}: variable names stay as the reference has them"),
                    None => "remove it, or use one of the variables the reference passes".to_string(),
                };
                out.push(entry.finding_at(&FTL020, entry.span_with_sigil(name), message, help));
            });
        }
        for name in own_variables(wanted).difference(&shown) {
            let message = format!("{id} never shows ${name}; the reference does");
            let help = format!("add {{ ${name} }} where it belongs in the sentence");
            out.push(entry.finding(&FTL021, message, help));
        }
    }
}

/// The variables `entry` uses itself.
fn own_variables<'a>(entry: &Entry<'a>) -> BTreeSet<&'a str> {
    let mut found = BTreeSet::new();
    for slot in entry.slots() {
        walk(slot.pattern, &mut |used| {
            if let Use::Variable(name) = used {
                found.insert(name);
            }
        });
    }
    found
}

/// The variables each of the reference's messages receives: those it and the messages it
/// references use. Found once for every language to be compared with.
pub fn passed_variables<'l>(reference: &'l Language) -> FxHashMap<&'l str, BTreeSet<&'l str>> {
    let messages = reference.entries.values().filter(|entry| !entry.is_term);
    messages.map(|entry| (entry.id, reachable_variables(reference, entry))).collect()
}

/// The variables `entry` and the messages it references (transitively) use.
fn reachable_variables<'l>(language: &'l Language, entry: &'l Entry) -> BTreeSet<&'l str> {
    let mut found = BTreeSet::new();
    let mut seen = BTreeSet::from([entry.id]);
    let mut queue = vec![entry];
    while let Some(entry) = queue.pop() {
        for slot in entry.slots() {
            walk(slot.pattern, &mut |used| match used {
                Use::Variable(name) => {
                    found.insert(name);
                }
                Use::Message(id, _) => {
                    if let Some(next) = language.get(id).filter(|_| seen.insert(id)) {
                        queue.push(next);
                    }
                }
                _ => {}
            });
        }
    }
    found
}

fn describe(passed: &BTreeSet<&str>) -> String {
    if passed.is_empty() {
        return "the reference passes no variables".to_string();
    }
    let names: Vec<_> = passed.iter().map(|name| format!("${name}")).collect();
    format!("the reference passes {}", names.join(", "))
}
