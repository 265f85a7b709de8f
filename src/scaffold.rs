//! Translation files as text: the files `new-locale` creates and the entries `sync` appends,
//! and the fingerprints that tell `sync` when the English of a translation changed.
//!
//! This works on the files' text, line by line, not on a parsed and re-serialised tree: a
//! translator's file must keep every byte they wrote, comments and blank lines included, and
//! fluent-syntax's serialiser would rewrite them.

use std::collections::BTreeMap;
use std::fs;
use std::ops::Range;
use std::path::Path;

use anyhow::{Context, Result};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::text::definition_id;

/// One message or term definition in a file's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block<'a> {
    /// The id, terms with their leading `-`.
    pub id: &'a str,
    /// The definition: the `id = …` line and its indented continuation lines, without the
    /// blank lines after it.
    pub text: &'a str,
    /// Where `text` is in the file, in bytes.
    pub range: Range<usize>,
}

/// The message and term definitions of `source`, in order. A definition starts at a line
/// that begins with an identifier and `=`, and runs over the lines that are indented or blank
/// (as Fluent reads them), without the blank lines at its end.
pub fn blocks(source: &str) -> Vec<Block<'_>> {
    let mut blocks = Vec::new();
    let mut open: Option<(&str, usize, usize)> = None; // id, start, end of its last non-blank line
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let starts_entry = definition_id(line);
        let continues = line.starts_with([' ', '\t']) || line.trim().is_empty();
        if (starts_entry.is_some() || !continues)
            && let Some((id, start, end)) = open.take()
        {
            blocks.push(Block { id, text: &source[start..end], range: start..end });
        }
        if let Some(id) = starts_entry {
            open = Some((id, offset, offset + line.trim_end().len()));
        } else if let Some((_, _, end)) = open.as_mut().filter(|_| !line.trim().is_empty()) {
            *end = offset + line.trim_end().len();
        }
        offset += line.len();
    }
    if let Some((id, start, end)) = open {
        blocks.push(Block { id, text: &source[start..end], range: start..end });
    }
    blocks
}

/// Each id's definition among `texts` (a language's files, by a key such as the file's name,
/// in the order a bundle adds them): the first definition wins, as in a bundle.
pub fn first_definitions<'a, K>(texts: impl IntoIterator<Item = (K, &'a str)>) -> BTreeMap<&'a str, (K, Block<'a>)>
where
    K: Clone,
{
    let mut found = BTreeMap::new();
    for (key, text) in texts {
        for block in blocks(text) {
            found.entry(block.id).or_insert_with(|| (key.clone(), block));
        }
    }
    found
}

/// A reference definition ready to translate: the English as a comment, then the definition
/// itself, still in English, for the translator to write over. Until they do, `check` counts
/// it as untranslated (FTL050) and print documents are not published in that language.
pub fn to_translate(block: &Block) -> String {
    let english = block.text[block.text.find('=').map_or(0, |eq| eq + 1)..].trim_start_matches([' ', '\t']);
    let mut text = String::new();
    let mut lines = english.lines();
    text.push_str(&format!("# English: {}\n", lines.next().unwrap_or_default()));
    for line in lines {
        text.push_str(&format!("#   {}\n", line.trim_start()));
    }
    text.push_str(block.text);
    text.push('\n');
    text
}

/// A whole reference file made ready to translate: its comments and layout as they are, each
/// definition as [`to_translate`] writes it, under a note that says how.
pub fn scaffold(reference: &str) -> String {
    let mut out = String::from(
        "# Translate the text after each `=` (and after each `.attribute =`), writing over the English.\n\
         # The line above each one shows the English. Leave `{ … }` parts as they are.\n\n",
    );
    let mut copied = 0;
    for block in blocks(reference) {
        out.push_str(&reference[copied..block.range.start]);
        out.push_str(to_translate(&block).trim_end_matches('\n'));
        copied = block.range.end;
    }
    out.push_str(&reference[copied..]);
    out
}

/// A fingerprint of a definition's text, stable across runs and versions (FNV-1a, 64 bits),
/// written as 16 hex digits. Whitespace at line ends is left out, so that an editor trimming
/// lines does not count as a change.
pub fn fingerprint(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for line in text.lines() {
        for byte in line.trim_end().bytes().chain([b'\n']) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// A record kept in a language's folder (sync's, the reviewers'), read from its TOML file at
/// `path`: the default when there is none yet, and an error that names the file and says
/// `what_to_do` when it is damaged.
pub fn load_record<T: DeserializeOwned + Default>(path: &Path, what_to_do: &str) -> Result<T> {
    match fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).with_context(|| format!("`{}` is damaged; {what_to_do}", path.display())),
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(T::default()),
        Err(err) => Err(err).with_context(|| format!("failed to read `{}`", path.display())),
    }
}

/// The file in each language's folder where `sync` keeps its [`Record`].
pub const RECORD_FILE: &str = "translated-from.toml";

/// What `sync` remembers of a language: for each message, the reference's definition that its
/// translation was made from, and a fingerprint of that translation. When the reference's
/// definition changes and the translation has not, the translation is outdated.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// By message or term id.
    #[serde(default)]
    pub messages: BTreeMap<String, Seen>,
}

/// A translation and the English it was made from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Seen {
    /// The reference's definition, as text.
    pub english: String,
    /// [`fingerprint`] of the translation's definition.
    pub translation: String,
}

impl Record {
    /// The record in `dir` (empty when there is none yet).
    pub fn load(dir: &Path) -> Result<Record> {
        load_record(&dir.join(RECORD_FILE), "delete it and run `outreach sync` again to start it afresh")
    }

    /// What the translation `translation` of `id` was made from, when the reference's definition
    /// is now `english`, other than that, and the translation has not changed since: the
    /// translation is outdated. Line endings and trailing spaces do not count as changes.
    pub fn outdated(&self, id: &str, english: &str, translation: &str) -> Option<&Seen> {
        let same = |a: &str, b: &str| a.lines().map(str::trim_end).eq(b.lines().map(str::trim_end));
        self.messages
            .get(id)
            .filter(|seen| !same(&seen.english, english) && seen.translation == fingerprint(translation))
    }

    /// The record as the text of its file.
    pub fn to_text(&self) -> Result<String> {
        let body = toml::to_string(self).context("cannot write the sync record")?;
        Ok(format!(
            "# Written by `outreach sync`: the English each translation was made from, to tell when it\n\
             # changes. Do not edit; delete it to start afresh.\n\n{body}"
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str =
        "### Resource comment\n\n# A note\nhello = Hello\n    world\n\n-brand = Brand\n    .short = B\nplain = x\n";

    #[test]
    fn blocks_are_definitions_with_their_continuation_lines() {
        let ids: Vec<(&str, &str)> = blocks(FILE).iter().map(|block| (block.id, block.text)).collect();
        assert_eq!(
            ids,
            [
                ("hello", "hello = Hello\n    world"),
                ("-brand", "-brand = Brand\n    .short = B"),
                ("plain", "plain = x")
            ]
        );
    }

    #[test]
    fn a_scaffold_keeps_the_comments_and_shows_the_english_above_each_definition() {
        let scaffold = scaffold(FILE);
        assert!(
            scaffold
                .contains("### Resource comment\n\n# A note\n# English: Hello\n#   world\nhello = Hello\n    world\n")
        );
        assert!(scaffold.contains("# English: Brand\n#   .short = B\n-brand = Brand\n    .short = B\n"));
        assert!(scaffold.ends_with("# English: x\nplain = x\n"));
        let parsed = fluent_syntax::parser::parse(scaffold.as_str()).expect("a scaffold parses");
        assert_eq!(parsed.body.len(), 5, "a resource comment, hello, -brand, plain and the note");
    }

    #[test]
    fn fingerprints_ignore_trailing_spaces_only() {
        assert_eq!(fingerprint("a = b"), fingerprint("a = b  "));
        assert_ne!(fingerprint("a = b"), fingerprint("a = c"));
    }
}
