//! Completeness: does the language have what the reference has, and nothing it no longer has?
//! FTL010–FTL016, and the counts of the per-language summary.

use std::collections::BTreeSet;
use std::path::Path;

use super::Context;
use super::language::{Entry, Language, same_name};
use crate::catalog::FtlFile;
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
                Bundle::File => in_file.insert(*id),
                Bundle::Language => seen.insert(*id),
            };
            if new {
                slots.push((*name, *id));
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
    // `expected` lists the slots file by file: each file's are checked together.
    for in_file in slots.chunk_by(|a, b| same_name(a.0, b.0)) {
        let name = in_file[0].0;
        let file = language.locale.files.iter().find(|file| same_name(&file.name, name));
        // Messages of a file the language lacks are reported once, for the file; those of a
        // file it could not read, by the syntax error.
        if file.is_none() && !language.is_unreadable(name) {
            let missing = in_file.iter().filter(|(file, id)| found(cx, language, file, id).is_none()).count();
            if missing > 0 {
                out.push(missing_file(reference, language, name, missing));
            }
        }
        // In the reference's order, so that several messages missing at one place are listed
        // as they should be written.
        let mut places = file.map(|file| Places::new(reference, language, file));
        for &(name, id) in in_file {
            let Some(wanted) = reference.entry_in(name, id) else { continue };
            match (found(cx, language, name, id), &mut places) {
                (Some(entry), _) => compare_fields(wanted, entry, out),
                (None, Some(places)) if !language.swallowed.contains(id) => out.push(places.missing_message(wanted)),
                (None, _) => {}
            }
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
    // With one bundle a language, an id is one wherever it is.
    let place = |entry: &Entry<'a>| match cx.setup.bundle {
        Bundle::File => entry.file.name.as_path(),
        Bundle::Language => Path::new(""),
    };
    // Most entries are the reference's: that is asked first, as it is the quickest to tell.
    defined
        .filter(|entry| found(cx, reference, &entry.file.name, entry.id).is_none())
        .filter(|entry| cx.contact_of(entry).is_none() && !reference.swallowed.contains(entry.id))
        .filter(|entry| reference.by_file.contains_key(entry.file.name.as_path()))
        .filter(|entry| seen.insert((place(entry), entry.id)))
        .collect()
}

/// The FTL011 finding for the reference's file `name`, which the language lacks: `missing` of
/// the reference's messages in it are nowhere else in the language.
fn missing_file(reference: &Language, language: &Language, name: &Path, missing: usize) -> Diagnostic {
    let message = format!(
        "missing file {}: {missing} of the reference's messages in it are not translated",
        language.locale.name_of(name).display(),
    );
    let help = format!(
        "copy {} to {} and translate it",
        reference.locale.path_of(name).display(),
        language.locale.path_of(name).display()
    );
    Diagnostic::in_file(&FTL011, language.tag(), language.locale.path_of(name), message, help)
}

/// Where the messages missing from one of the language's files belong: before the entry that
/// follows each in the reference's file, or at the end of the file.
struct Places<'l, 'a> {
    language: &'l Language<'a>,
    file: &'a FtlFile,
    /// The ids of the reference's file, in its order.
    order: &'l [&'a str],
    /// For each place in `order`, the first entry from there on that the language's file has;
    /// worked out, from the end, at the first missing message (most files miss none).
    next: Vec<Option<&'l Entry<'a>>>,
    /// Where the last missing message was in `order`: the next is after it.
    cursor: usize,
}

impl<'l, 'a> Places<'l, 'a> {
    fn new(reference: &'l Language<'a>, language: &'l Language<'a>, file: &'a FtlFile) -> Self {
        let order = reference.by_file.get(file.name.as_path()).map_or(&[][..], Vec::as_slice);
        Places { language, file, order, next: Vec::new(), cursor: 0 }
    }

    /// The FTL010 finding for the reference's `wanted`, which the file lacks.
    fn missing_message(&mut self, wanted: &Entry) -> Diagnostic {
        let (language, file) = (self.language, self.file);
        if self.next.is_empty() {
            let mut next = None;
            self.next = self
                .order
                .iter()
                .rev()
                .map(|id| {
                    next = language.entry_in(&file.name, id).or(next);
                    next
                })
                .collect();
            self.next.reverse();
        }
        // The missing messages come in the reference's order, so each is found after the last.
        let position = match self.order[self.cursor..].iter().position(|id| *id == wanted.id) {
            Some(after) => self.cursor + after,
            None => self.order.iter().position(|id| *id == wanted.id).unwrap_or(self.order.len()),
        };
        self.cursor = position.min(self.order.len());
        let kind = if wanted.is_term { "term" } else { "message" };
        let (line, _) = wanted.file.line_column(wanted.span.start);
        let message = format!("missing {kind} {}", wanted.id);
        let defined = format!("{}:{line}", wanted.file.path.display());
        let source = file.resource.source();
        let (span, help) = match self.next.get(position).copied().flatten() {
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
        file.locate(Diagnostic::in_file(&FTL010, language.tag(), &file.path, message, help), span).about(wanted.id)
    }
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
        words_left += reference.entry_in(name, id).map_or(0, |wanted| words_of(cx, wanted));
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

/// [`words`] of one of the reference's entries: counted once for every language that lacks it
/// (mozilla.org's tree lacks 35,000 messages), unless it is a second definition.
fn words_of(cx: &Context, wanted: &Entry) -> usize {
    match cx.reference.get(wanted.id) {
        Some(first) if std::ptr::eq(first, wanted) => cx.words.get(wanted.id).copied().unwrap_or_default(),
        _ => words(wanted),
    }
}

/// How many words a translator reads in `entry`: those of its value and attributes, in every
/// variant (each is translated), not those of the messages and terms it refers to.
pub fn words(entry: &Entry) -> usize {
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
