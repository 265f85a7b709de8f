//! Completeness: does the language have what the reference has, and nothing it no longer has?
//! FTL010–FTL016, and the counts of the per-language summary.

use std::collections::BTreeSet;
use std::path::Path;

use super::Context;
use super::language::{Entry, Language};
use crate::config::Bundle;
use crate::diagnostics::codes::{FTL010, FTL011, FTL012, FTL013, FTL014, FTL015, FTL016, FTL050};
use crate::diagnostics::{Code, Diagnostic, LocaleSummary};
use crate::fluent::walk::{Use, walk};

/// Where the reference expects each of its messages and terms, in the reference's order: the
/// file and the id. With one bundle per file, an id is expected in every file the reference
/// defines it in; with one bundle per language, once, in the file of its first definition.
pub fn expected<'l>(cx: &Context<'l>, language: &Language) -> Vec<(&'l Path, &'l str)> {
    let reference = cx.reference;
    let mut seen = BTreeSet::new();
    let mut slots = Vec::new();
    // A project configuration may expect only some of the reference's files of a language.
    for (name, ids) in reference.by_file.iter().filter(|(name, _)| language.locale.expects(name)) {
        let mut in_file = BTreeSet::new();
        for id in ids {
            let new = match cx.setup.bundle {
                Bundle::File => in_file.insert(id.as_str()),
                Bundle::Language => seen.insert(id.as_str()),
            };
            if new {
                slots.push((*name, id.as_str()));
            }
        }
    }
    slots
}

/// The language's entry that fills the reference's `id` of the file `name`, if it has one.
fn found<'l, 'a>(cx: &Context, language: &'l Language<'a>, name: &Path, id: &str) -> Option<&'l Entry<'a>> {
    match cx.setup.bundle {
        Bundle::File => language.entry_in(name, id),
        Bundle::Language => language.get(id),
    }
}

/// Reports what the language lacks and what it has that the reference does not; `slots` are
/// what the reference expects of it ([`expected`]).
pub fn check(cx: &Context, language: &Language, slots: &[(&Path, &str)], out: &mut Vec<Diagnostic>) {
    if cx.is_reference(language) {
        return;
    }
    let reference = cx.reference;
    // Messages of files the language lacks, or could not read, are reported once per file.
    let mut told: BTreeSet<(&Path, &str)> = BTreeSet::new();
    for name in reference.by_file.keys().filter(|name| language.locale.expects(name)) {
        let in_file = slots.iter().filter(|(file, _)| file == name);
        if language.has_file(name) {
            if language.is_unreadable(name) {
                told.extend(in_file);
            }
            continue;
        }
        let missing: Vec<_> = in_file.filter(|(file, id)| found(cx, language, file, id).is_none()).collect();
        if missing.is_empty() {
            continue;
        }
        told.extend(missing.iter().copied());
        let reference_file = reference.locale.path_of(name);
        let message = format!(
            "missing file {}: {} of the reference's messages in it are not translated",
            language.locale.name_of(name).display(),
            missing.len()
        );
        let help = format!(
            "copy {} to {} and translate it",
            reference_file.display(),
            language.locale.path_of(name).display()
        );
        out.push(Diagnostic::in_file(&FTL011, language.tag(), language.locale.path_of(name), message, help));
    }

    // In the reference's order, so that several messages missing at one place are listed as
    // they should be written.
    for &(name, id) in slots {
        let Some(wanted) = reference.entry_in(name, id) else { continue };
        match found(cx, language, name, id) {
            Some(entry) => compare_fields(wanted, entry, out),
            None if told.contains(&(name, id)) || language.swallowed.contains(id) => {}
            None => out.push(missing_message(reference, language, wanted)),
        }
    }

    for file in language.locale.files.iter().filter(|file| !reference.has_file(&file.name)) {
        let (name, file) = (&file.name, file.path.clone());
        let message = format!("obsolete file {}: the reference has no such file", name.display());
        let help =
            "move the messages the reference still has to the file it keeps them in, and delete this file".to_string();
        out.push(Diagnostic::in_file(&FTL015, language.tag(), file, message, help));
    }
    for entry in obsolete(cx, language) {
        let kind = if entry.is_term { "term" } else { "message" };
        let message = match cx.setup.bundle {
            Bundle::File => {
                format!("obsolete {kind} {}: the reference's {} no longer has it", entry.id, entry.file.name.display())
            }
            Bundle::Language => format!("obsolete {kind} {}: the reference no longer has it", entry.id),
        };
        let help = "delete it, or add it to the reference if it is still needed".to_string();
        out.push(entry.finding(&FTL014, message, help));
    }
}

/// The language's messages and terms that the reference no longer has, in the files the
/// reference has (an obsolete file is one FTL015): with one bundle per file, those its file of
/// the reference lacks. A term named like a contact is FTL031's, and a message the reference
/// has but could not parse is the reference's syntax error.
fn obsolete<'l, 'a>(cx: &Context, language: &'l Language<'a>) -> Vec<&'l Entry<'a>> {
    let reference = cx.reference;
    let defined = language.entries.values().chain(language.duplicates.iter().map(|(_, again)| again));
    let mut seen = BTreeSet::new();
    defined
        .filter(|entry| cx.contact_of(entry).is_none() && !reference.swallowed.contains(&entry.id))
        .filter(|entry| reference.by_file.contains_key(entry.file.name.as_path()))
        .filter(|entry| match cx.setup.bundle {
            Bundle::File => {
                reference.entry_in(&entry.file.name, &entry.id).is_none()
                    && seen.insert((entry.file.name.as_path(), entry.id.as_str()))
            }
            Bundle::Language => reference.get(&entry.id).is_none() && seen.insert((Path::new(""), entry.id.as_str())),
        })
        .collect()
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
            language.locale.path_of(&wanted.file.name).display()
        );
        return Diagnostic::in_file(&FTL010, language.tag(), language.locale.path_of(&wanted.file.name), message, help)
            .about(&wanted.id);
    };
    let order = &reference.by_file[wanted.file.name.as_path()];
    let position = order.iter().position(|id| *id == wanted.id).unwrap_or(order.len());
    let next = order[position..].iter().find_map(|id| language.entry_in(&file.name, id));
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

/// How far the language is: of the messages and terms the reference expects (`slots`, see
/// [`expected`]), how many it has translated, still has in the reference's words, and lacks;
/// and how many obsolete messages and files `found_here` (its findings) reports.
pub fn counts(cx: &Context, language: &Language, slots: &[(&Path, &str)], found_here: &[Diagnostic]) -> LocaleSummary {
    let reference = cx.reference;
    // A message still in the reference's words (a new language's scaffold) is not translated:
    // what FTL050 found.
    let in_reference_text: BTreeSet<&str> =
        found_here.iter().filter(|found| found.code == &FTL050).filter_map(|found| found.id.as_deref()).collect();
    let (mut translated, mut untranslated, mut missing, mut words_left) = (0, 0, 0, 0);
    for &(name, id) in slots {
        let present = cx.is_reference(language) || found(cx, language, name, id).is_some();
        match (present, in_reference_text.contains(id)) {
            (true, false) => {
                translated += 1;
                continue;
            }
            (true, true) => untranslated += 1,
            (false, _) => missing += 1,
        }
        words_left += reference.entry_in(name, id).map_or(0, words);
    }
    let count = |code: &Code| found_here.iter().filter(|found| found.code == code).count();
    LocaleSummary {
        locale: language.tag().clone(),
        messages: slots.len(),
        translated,
        untranslated,
        missing,
        words_left,
        obsolete: count(&FTL014),
        obsolete_files: count(&FTL015),
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
