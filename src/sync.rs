//! Sync: brings a translation up to date with the reference. It appends the messages the
//! reference gained, reports the ones whose English changed since they were translated (from
//! the language's [`Record`]) and the ones the reference lost, and with `prune` moves those to
//! the end of their file as comments. It edits the files' text: every byte it does not add
//! stays as it was, so no translator's word is ever lost. It plans; `outreach sync` writes.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use similar::TextDiff;

use crate::catalog::LocaleFiles;
use crate::scaffold::{self, Block, RECORD_FILE, Record, Seen};
use crate::text::plural;

/// What syncing one language does.
#[derive(Debug, Default)]
pub struct Sync {
    /// The files to write, with their text before and after.
    pub changes: Vec<Change>,
    /// How many messages were appended (new files included).
    pub added: usize,
    /// Where messages were appended.
    pub appended: Vec<Appended>,
    /// Translations made from English that has changed since.
    pub outdated: Vec<Outdated>,
    /// Messages the reference no longer has.
    pub obsolete: Vec<Obsolete>,
}

/// Messages appended to one file (or a new file): where the first one is, and their ids.
#[derive(Debug)]
pub struct Appended {
    file: PathBuf,
    line: usize,
    ids: Vec<String>,
}

/// A translation made from English that has changed since: where it is, and both Englishes.
#[derive(Debug)]
pub struct Outdated {
    file: PathBuf,
    line: usize,
    id: String,
    was: String,
    now: String,
}

/// A message the reference no longer has, and where it is.
#[derive(Debug)]
pub struct Obsolete {
    file: PathBuf,
    line: usize,
    id: String,
}

/// A language's text as sync reads it: each file (by its name in the language's folder) as it
/// is on disk, and each id's first definition in them (the one a bundle uses).
struct Texts<'a> {
    before: &'a BTreeMap<PathBuf, String>,
    translated: BTreeMap<&'a str, (&'a PathBuf, Block<'a>)>,
    /// Shows a file's name from the campaign's folder.
    show: &'a dyn Fn(&Path) -> PathBuf,
}

/// A file to write.
#[derive(Debug)]
pub struct Change {
    /// The file.
    pub path: PathBuf,
    /// Its text now, if it exists.
    pub before: Option<String>,
    /// Its text once synced.
    pub after: String,
}

impl Change {
    /// The change as a unified diff, paths shown from `root`.
    pub fn diff(&self, root: &Path) -> String {
        let name = self.path.strip_prefix(root).unwrap_or(&self.path).display().to_string();
        let before = self.before.as_deref().unwrap_or_default();
        let old = if self.before.is_some() { format!("a/{name}") } else { "/dev/null".to_string() };
        TextDiff::from_lines(before, &self.after).unified_diff().header(&old, &format!("b/{name}")).to_string()
    }
}

/// Works out what syncing `locale` against the reference files `english` (name, text) changes.
pub fn plan(root: &Path, locale: &LocaleFiles, english: &[(PathBuf, String)], prune: bool) -> Result<Sync> {
    let show =
        |name: &Path| locale.dir.join(name).strip_prefix(root).map(Path::to_path_buf).unwrap_or(locale.dir.join(name));
    // The language's own text, read from disk as it is (the catalog's copy has its line
    // endings normalised). Files the catalog could not read are left alone.
    let mut texts: BTreeMap<PathBuf, String> = BTreeMap::new();
    for file in &locale.files {
        texts.insert(file.name.clone(), read(&locale.dir.join(&file.name))?);
    }
    let before = texts.clone();
    let translated = scaffold::first_definitions(before.iter().map(|(name, text)| (name, text.as_str())));
    let known = Texts { before: &before, translated, show: &show };
    let reference = scaffold::first_definitions(english.iter().map(|(name, text)| (name, text.as_str())));

    let mut sync = Sync::default();
    append_new(&mut sync, &mut texts, locale, english, &known);
    let old_record = Record::load(&locale.dir)?;
    let record = record_outdated(&mut sync, &old_record, &reference, &known);
    find_obsolete(&mut sync, &mut texts, &reference, &known, prune);

    for (name, after) in texts {
        let old = before.get(&name).cloned();
        if old.as_ref() != Some(&after) {
            sync.changes.push(Change { path: locale.dir.join(&name), before: old, after });
        }
    }
    if record != old_record {
        let path = locale.dir.join(RECORD_FILE);
        let old = fs::read_to_string(&path).ok();
        sync.changes.push(Change { path, before: old, after: record.to_text()? });
    }
    Ok(sync)
}

/// Appends what the reference gained to the file of the same name in `texts`, or adds the file.
fn append_new(
    sync: &mut Sync,
    texts: &mut BTreeMap<PathBuf, String>,
    locale: &LocaleFiles,
    english: &[(PathBuf, String)],
    known: &Texts,
) {
    for (name, text) in english {
        let new: Vec<Block> =
            scaffold::blocks(text).into_iter().filter(|block| !known.translated.contains_key(block.id)).collect();
        if new.is_empty() || locale.unreadable.contains(name) {
            continue;
        }
        sync.added += new.len();
        let ids = new.iter().map(|block| block.id.to_string()).collect();
        let file = (known.show)(name);
        match texts.get_mut(name) {
            None => {
                texts.insert(name.clone(), scaffold::scaffold(text));
                sync.appended.push(Appended { file, line: 1, ids });
            }
            Some(mine) => {
                let newline = if mine.contains("\r\n") { "\r\n" } else { "\n" };
                let mut section =
                    String::from("\n## New in the English (added by `outreach sync`): translate these.\n");
                for block in &new {
                    section.push('\n');
                    section.push_str(&scaffold::to_translate(block));
                }
                if !mine.is_empty() && !mine.ends_with('\n') {
                    mine.push_str(newline);
                }
                mine.push_str(&section.replace('\n', newline));
                let first = mine.rfind(&format!("\n{}", new[0].text.replace('\n', newline))).map_or(0, |at| at + 1);
                sync.appended.push(Appended { file, line: mine[..first].matches('\n').count() + 1, ids });
            }
        }
    }
}

/// Notes the translations whose English changed since they were made, and gives the new
/// record: the English each translation was made from.
fn record_outdated(
    sync: &mut Sync,
    old_record: &Record,
    reference: &BTreeMap<&str, (&PathBuf, Block)>,
    known: &Texts,
) -> Record {
    let mut record = Record::default();
    for (id, (_, block)) in reference {
        let seen_now = |translation: &str| Seen {
            english: block.text.to_string(),
            translation: scaffold::fingerprint(translation),
        };
        let Some((name, translation)) = known.translated.get(id) else {
            // Just appended: its translation is the English itself.
            if sync.appended.iter().any(|appended| appended.ids.iter().any(|added| added == id)) {
                record.messages.insert(id.to_string(), seen_now(block.text));
            }
            continue;
        };
        let seen = match old_record.outdated(id, block.text, translation.text) {
            Some(seen) => {
                sync.outdated.push(Outdated {
                    file: (known.show)(name),
                    line: line_of(&known.before[*name], translation.text),
                    id: id.to_string(),
                    was: seen.english.clone(),
                    now: block.text.to_string(),
                });
                seen.clone()
            }
            _ => seen_now(translation.text),
        };
        record.messages.insert(id.to_string(), seen);
    }
    record
}

/// Notes the messages the English no longer has; with `prune`, moves each to the end of its
/// file in `texts`, as a comment.
fn find_obsolete(
    sync: &mut Sync,
    texts: &mut BTreeMap<PathBuf, String>,
    reference: &BTreeMap<&str, (&PathBuf, Block)>,
    known: &Texts,
    prune: bool,
) {
    let mut moved: BTreeMap<PathBuf, String> = BTreeMap::new();
    for (id, (name, translation)) in &known.translated {
        if reference.contains_key(id) {
            continue;
        }
        let line = line_of(&known.before[*name], translation.text);
        sync.obsolete.push(Obsolete { file: (known.show)(name), line, id: id.to_string() });
        if prune {
            // Cannot fail: `translated` was read from these texts, and nothing before this
            // removes a definition.
            let text = texts.get_mut(*name).expect("the file the definition came from");
            let start = text.find(translation.text).expect("the definition is in its file");
            let end =
                start + translation.text.len() + usize::from(text[start + translation.text.len()..].starts_with('\n'));
            text.replace_range(start..end, "");
            let commented: String = translation.text.lines().map(|line| format!("# {line}\n")).collect();
            moved.entry((*name).clone()).or_default().push_str(&commented);
        }
    }
    for (name, commented) in moved {
        // Cannot fail: `moved` holds only names of files in `texts`.
        let text = texts.get_mut(&name).expect("the file the definitions came from");
        if !text.ends_with('\n') {
            text.push('\n');
        }
        text.push_str("\n## Obsolete (moved here by `outreach sync --prune`): the English no longer has these.\n");
        text.push_str(&commented);
    }
}

impl Sync {
    /// One line per thing a translator should know, `tag: file:line: …`.
    pub fn report(&self, tag: &str, prune: bool) -> Vec<String> {
        let mut lines = Vec::new();
        for Appended { file, line, ids } in &self.appended {
            let what = plural(ids.len(), "new message");
            lines.push(format!("{tag}: {}:{line}: {what} to translate: {}", file.display(), ids.join(", ")));
        }
        for Outdated { file, line, id, was, now } in &self.outdated {
            lines.push(format!("{tag}: {}:{line}: {id}: the English changed since it was translated", file.display()));
            lines.push(format!("    was: {}", was.replace('\n', "\n         ")));
            lines.push(format!("    now: {}", now.replace('\n', "\n         ")));
        }
        for Obsolete { file, line, id } in &self.obsolete {
            let what = if prune {
                "moved to the end of its file, as a comment"
            } else {
                "--prune moves it to the end of its file, as a comment"
            };
            lines.push(format!("{tag}: {}:{line}: {id}: the English no longer has it; {what}", file.display()));
        }
        lines
    }
}

/// The line (from 1) on which `part`, a slice of `text`'s content, starts.
fn line_of(text: &str, part: &str) -> usize {
    text.find(part).map_or(1, |start| text[..start].matches('\n').count() + 1)
}

/// A file's text as it is on disk, byte order mark included: what sync writes back must keep it.
pub fn read(path: &Path) -> Result<String> {
    fs::read_to_string(path).with_context(|| format!("failed to read `{}`", path.display()))
}
