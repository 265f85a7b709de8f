//! Syntax checks beyond the parser's, for every language including the reference: FTL004
//! (an id defined twice) and FTL005 (an attribute or a variant key repeated). FTL001–FTL003 are
//! found while the catalog reads the files.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_syntax::ast::VariantKey;

use super::Context;
use super::language::{Entry, Language};
use crate::config::Bundle;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::codes::{FTL004, FTL005};
use crate::fluent::walk::{Use, walk};

/// Reports duplicate ids and duplicate keys.
pub fn check(cx: &Context, language: &Language, out: &mut Vec<Diagnostic>) {
    // The earliest definition of each id in each file, as the duplicates go by.
    let mut earliest: BTreeMap<(&Path, &str), &Entry> = BTreeMap::new();
    for (first, again) in &language.duplicates {
        earliest.entry((first.file.name.as_path(), first.id)).or_insert(first);
        // What `again` repeats: an earlier definition in its own file, or else the first.
        let key = (again.file.name.as_path(), again.id);
        let repeated = match earliest.get(&key) {
            Some(earlier) => *earlier,
            None => {
                earliest.insert(key, again);
                first
            }
        };
        if !conflicts(cx, language, repeated, again) {
            continue;
        }
        let (line, _) = repeated.file.line_column(repeated.span.start);
        let message = format!(
            "`{}` is defined twice; the first definition is at {}:{line}",
            again.id,
            repeated.file.path.display()
        );
        let help = "keep one of them: only the first is used".to_string();
        out.push(again.finding(&FTL004, message, help));
    }
    for entry in language.entries.values().chain(language.duplicates.iter().map(|(_, again)| again)) {
        duplicate_attributes(entry, out);
        duplicate_variant_keys(entry, out);
    }
}

/// Whether a second definition of an id is a conflict: always within one file. Across files,
/// only where one bundle holds all of a language's files (then the first wins), and, in a
/// translation, only where the reference does not define the id in both files too: a
/// translation that mirrors the reference's files does right (the reference's own duplicate
/// is reported in the reference).
fn conflicts(cx: &Context, language: &Language, first: &Entry, again: &Entry) -> bool {
    if first.file.name == again.file.name {
        return true;
    }
    let reference = cx.reference;
    let mirrored = || {
        !cx.is_reference(language)
            && reference.entry_in(&first.file.name, first.id).is_some()
            && reference.entry_in(&again.file.name, again.id).is_some()
    };
    cx.setup.bundle == Bundle::Language && !mirrored()
}

fn duplicate_attributes(entry: &Entry, out: &mut Vec<Diagnostic>) {
    for (index, attribute) in entry.attributes.iter().enumerate() {
        if entry.attributes[..index].iter().any(|earlier| earlier.id.name == attribute.id.name) {
            let message = format!("attribute .{} of {} is defined twice", attribute.id.name, entry.id);
            let help = "keep one of them: only the first is used".to_string();
            out.push(entry.finding_at(&FTL005, entry.span_of(attribute.id.name), message, help));
        }
    }
}

fn duplicate_variant_keys(entry: &Entry, out: &mut Vec<Diagnostic>) {
    for slot in entry.slots() {
        walk(slot.pattern, &mut |used| {
            let Use::Select(_, variants) = used else { return };
            let mut seen = BTreeMap::new();
            for variant in variants {
                let (name, key) = match &variant.key {
                    VariantKey::Identifier { name } => (*name, name.to_string()),
                    // [1] and [1.0] select the same numbers.
                    VariantKey::NumberLiteral { value } => {
                        (*value, value.parse::<f64>().map_or_else(|_| value.to_string(), |number| number.to_string()))
                    }
                };
                if seen.insert(key, name).is_some() {
                    let message = format!("variant [{name}] appears twice in one select of {}", slot.label(entry.id));
                    let help = "keep one of them: the first is the one chosen".to_string();
                    out.push(entry.finding_at(&FTL005, entry.span_of(name), message, help));
                }
            }
        });
    }
}
