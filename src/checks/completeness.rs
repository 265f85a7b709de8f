//! Completeness: does the language have what the reference has, and nothing it no longer has?
//! FTL010–FTL016, and the counts of the per-language summary.

use std::collections::BTreeSet;
use std::path::Path;

use super::language::{Entry, Language};
use super::{Context, Pair};
use crate::diagnostics::codes::{FTL010, FTL011, FTL012, FTL013, FTL014, FTL015, FTL016};
use crate::diagnostics::{Diagnostic, LocaleSummary};
use crate::fluent::walk::{Use, walk};

/// Reports what the language lacks and what it has that the reference does not.
pub fn check(cx: &Context, language: &Language, out: &mut Vec<Diagnostic>) {
    if cx.is_reference(language) {
        return;
    }
    let reference = cx.reference;
    let has_file = |name: &Path| {
        language.by_file.contains_key(name) || language.locale.unreadable.iter().any(|unreadable| unreadable == name)
    };
    // Messages of files the language lacks, or could not read, are reported once per file.
    let mut told = BTreeSet::new();
    for (name, ids) in &reference.by_file {
        if has_file(name) {
            if language.locale.unreadable.iter().any(|unreadable| unreadable == name) {
                told.extend(ids.iter().cloned());
            }
            continue;
        }
        let missing: Vec<_> = ids.iter().filter(|id| language.get(id).is_none()).collect();
        if missing.is_empty() {
            continue;
        }
        told.extend(missing.iter().map(|id| id.to_string()));
        let reference_file = reference.locale.dir.join(name);
        let message = format!(
            "missing file {}: {} of the reference's messages in it are not translated",
            name.display(),
            missing.len()
        );
        let help = format!(
            "copy {} to {} and translate it",
            reference_file.display(),
            language.locale.dir.join(name).display()
        );
        out.push(Diagnostic::in_file(&FTL011, language.tag(), language.locale.dir.join(name), message, help));
    }

    // In the reference's order, so that several messages missing at one place are listed as
    // they should be written.
    let mut seen = BTreeSet::new();
    for ids in reference.by_file.values() {
        for id in ids.iter().filter(|id| seen.insert(id.as_str())) {
            let wanted = &reference.entries[id];
            match language.get(id) {
                Some(entry) => compare_fields(wanted, entry, out),
                None if told.contains(id) || language.swallowed.contains(id) => {}
                None => out.push(missing_message(reference, language, wanted)),
            }
        }
    }

    let reference_has = |name: &Path| {
        reference.by_file.contains_key(name) || reference.locale.unreadable.iter().any(|unreadable| unreadable == name)
    };
    for name in language.by_file.keys().filter(|name| !reference_has(name)) {
        let file = language.locale.dir.join(name);
        let message = format!("obsolete file {}: the reference has no such file", name.display());
        let help =
            "move the messages the reference still has to the file it keeps them in, and delete this file".to_string();
        out.push(Diagnostic::in_file(&FTL015, language.tag(), file, message, help));
    }
    // A term named like a contact is reported as FTL031.
    for entry in language.entries.values().filter(|entry| cx.contact_of(entry).is_none()) {
        // A message the reference has but could not parse is its syntax error, not obsolete here.
        let gone = reference.get(&entry.id).is_none() && !reference.swallowed.contains(&entry.id);
        if gone && reference.by_file.contains_key(entry.file.name.as_path()) {
            let kind = if entry.is_term { "term" } else { "message" };
            let message = format!("obsolete {kind} {}: the reference no longer has it", entry.id);
            let help = "delete it, or add it to the reference if it is still needed".to_string();
            out.push(entry.finding(&FTL014, message, help));
        }
    }
}

/// The FTL010 finding, placed where the message belongs: before the entry that follows it in
/// the reference's file, or at the end of the file.
fn missing_message(reference: &Language, language: &Language, wanted: &Entry) -> Diagnostic {
    let kind = if wanted.is_term { "term" } else { "message" };
    let (line, _) = wanted.file.line_column(wanted.span.start);
    let message = format!("missing {kind} {}", wanted.id);
    let defined = format!("{}:{line}", wanted.file.path.display());
    let file = language.locale.files.iter().find(|file| file.name == wanted.file.name);
    let Some(file) = file else {
        let help = format!(
            "add it to {} (the reference defines it at {defined}) and translate it",
            language.locale.dir.join(&wanted.file.name).display()
        );
        return Diagnostic::in_file(
            &FTL010,
            language.tag(),
            language.locale.dir.join(&wanted.file.name),
            message,
            help,
        )
        .about(&wanted.id);
    };
    let order = &reference.by_file[wanted.file.name.as_path()];
    let position = order.iter().position(|id| *id == wanted.id).unwrap_or(order.len());
    let next = order[position..].iter().filter_map(|id| language.get(id)).find(|entry| entry.file.name == file.name);
    let source = file.resource.source();
    let (span, help) = match next {
        Some(next) => (
            next.span.clone(),
            format!("add it before {} (the reference defines it at {defined}) and translate it", next.id),
        ),
        None => (
            // After the last line's text, not on the empty line a final newline starts.
            source.trim_end().len()..source.trim_end().len(),
            format!("add it at the end (the reference defines it at {defined}) and translate it"),
        ),
    };
    file.locate(Diagnostic::in_file(&FTL010, language.tag(), &file.path, message, help), span).about(&wanted.id)
}

/// FTL012, FTL013 and FTL016: the value and attributes of an entry both languages have. A
/// term's attributes belong to the language's grammar (`.gender`, `.case`), so they are not
/// compared.
fn compare_fields(wanted: &Entry, entry: &Entry, out: &mut Vec<Diagnostic>) {
    if wanted.is_term {
        return;
    }
    match (wanted.value.is_some(), entry.value.is_some()) {
        (true, false) => {
            let message = format!("{} has no value; the reference's has one", entry.id);
            let help = format!("translate the reference's value: write it after `{} =`", entry.id);
            out.push(entry.finding(&FTL013, message, help));
        }
        (false, true) => {
            let message = format!("{} has a value; the reference's has only attributes", entry.id);
            let help = "remove the value, keep the attributes".to_string();
            out.push(entry.finding(&FTL016, message, help));
        }
        _ => {}
    }
    for attribute in wanted.attributes {
        let name = attribute.id.name;
        if !entry.attributes.iter().any(|theirs| theirs.id.name == name) {
            let message = format!("missing attribute .{name} in {}", entry.id);
            let help = format!("add `.{name} = …` under {}, translated from the reference", entry.id);
            out.push(entry.finding(&FTL012, message, help));
        }
    }
    for attribute in entry.attributes {
        let name = attribute.id.name;
        if !wanted.attributes.iter().any(|theirs| theirs.id.name == name) {
            let message = format!("obsolete attribute .{name} in {}: the reference's has no such attribute", entry.id);
            let help = "delete it, or check its name against the reference".to_string();
            out.push(entry.finding_at(&FTL016, entry.span_of(name), message, help));
        }
    }
}

/// How many of the reference's messages and terms the language has, lacks, and has extra.
pub fn counts(cx: &Context, language: &Language, shared: &[Pair]) -> LocaleSummary {
    let reference = cx.reference;
    // A message still in the reference's words (a new language's scaffold) is not translated.
    let in_reference_text = super::text::still_in_reference_text(cx, language, shared);
    let (done, left): (Vec<&Entry>, Vec<&Entry>) = reference
        .entries
        .values()
        .partition(|entry| language.get(&entry.id).is_some() && !in_reference_text.contains(&entry.id));
    LocaleSummary {
        locale: language.tag().clone(),
        messages: reference.entries.len(),
        translated: done.len(),
        missing: left.len(),
        words_left: left.iter().map(|entry| words(entry)).sum(),
        obsolete: language
            .entries
            .values()
            .filter(|entry| reference.get(&entry.id).is_none() && cx.contact_of(entry).is_none())
            .count(),
        errors: 0,
        warnings: 0,
    }
}

/// How many words a translator reads in `entry`: those of its value and attributes, in every
/// variant (each is translated), not those of the messages and terms it refers to.
fn words(entry: &Entry) -> usize {
    let mut count = 0;
    for slot in entry.slots() {
        walk(slot.pattern, &mut |used| {
            if let Use::Text(text) = used {
                count += text.split_whitespace().count();
            }
        });
    }
    count
}
