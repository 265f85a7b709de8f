//! Findings about the user's files: a [`Diagnostic`] names a code, a file, a line and a column,
//! and says what is wrong and what to do. Findings are data, collected and all reported;
//! only failures of the tool itself are errors. The registry of codes ([`codes`]) and the
//! manifest's levels for them ([`Level`], [`apply_levels`]) live here, below every stage that
//! reports findings.

pub mod codes;
mod github;
mod human;
mod json;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;
use std::path::PathBuf;

pub use github::render_github;
pub use human::{Sources, render_human};
pub use json::{LocaleSummary, write_json};

use crate::tag::Tag;
pub use codes::Code;
use codes::CodeKey;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The files must be fixed.
    Error,
    /// Worth a look; does not fail by default.
    Warning,
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        })
    }
}

/// The severity a check's findings are reported with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Fails `check`.
    Error,
    /// Reported; fails `check` only with `--deny-warnings`.
    Warning,
    /// Not reported (compare-locales' filters call it `ignore`).
    #[serde(alias = "ignore")]
    Allow,
}

/// One finding about one place in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The check that found it.
    pub code: &'static Code,
    /// How serious it is: the code's default, or the manifest's level for it.
    pub severity: Severity,
    /// The language the file belongs to.
    pub locale: Tag,
    /// The file, relative to the project's folder.
    pub file: PathBuf,
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, in characters.
    pub column: usize,
    /// The bytes of the file the finding is about, if it is about some.
    pub span: Option<Range<usize>>,
    /// The message or term id, if the finding is about one.
    pub id: Option<String>,
    /// What is wrong.
    pub message: String,
    /// What to do about it.
    pub help: String,
}

impl Diagnostic {
    /// A finding about a whole file, or about a place in it that has no text to show.
    pub fn in_file(code: &'static Code, locale: &Tag, file: impl Into<PathBuf>, message: String, help: String) -> Self {
        Diagnostic {
            code,
            severity: code.severity,
            locale: locale.clone(),
            file: file.into(),
            line: 1,
            column: 1,
            span: None,
            id: None,
            message,
            help,
        }
    }

    /// Reports the finding at `level`: gives whether it is reported at all (not `allow`).
    pub fn set_level(&mut self, level: Level) -> bool {
        self.severity = match level {
            Level::Allow => return false,
            Level::Error => Severity::Error,
            Level::Warning => Severity::Warning,
        };
        true
    }

    /// The same finding, about the bytes `span` of `source` (the file's text).
    pub fn at(self, source: &str, span: Range<usize>) -> Self {
        self.at_indexed(source, &LineIndex::new(source), span)
    }

    /// [`Diagnostic::at`], with the lines of `source` already found.
    pub fn at_indexed(self, source: &str, lines: &LineIndex, span: Range<usize>) -> Self {
        let (line, column) = lines.line_column(source, span.start);
        Diagnostic { line, column, span: Some(span), ..self }
    }

    /// The same finding, about the message or term `id`.
    pub fn about(self, id: impl Into<String>) -> Self {
        Diagnostic { id: Some(id.into()), ..self }
    }

    /// The order findings are listed in: by locale, file, line, column, code.
    /// Sorts findings as they are reported: by language (its tag as written), file, line,
    /// column and code.
    pub fn sort(diagnostics: &mut [Diagnostic]) {
        // Tags compare by their subtags, not as written (`en-US` would come before `en-Latn`):
        // rank each language once by its text.
        let mut tags: Vec<&Tag> = diagnostics.iter().map(|found| &found.locale).collect();
        tags.sort_by_cached_key(|tag| tag.to_string());
        tags.dedup();
        let rank: HashMap<Tag, usize> = tags.into_iter().enumerate().map(|(rank, tag)| (tag.clone(), rank)).collect();
        let key =
            |found: &Diagnostic| (rank[&found.locale], found.file.clone(), found.line, found.column, found.code.code);
        diagnostics.sort_by_cached_key(key);
    }
}

/// Where each line of a file starts, so that the line of an offset is a binary search: a
/// language missing a fifth of a large file's messages would otherwise read the file from its
/// start once for every finding. A lone `\r` also ends a line.
#[derive(Debug, Clone)]
pub struct LineIndex(Vec<usize>);

impl LineIndex {
    /// The starts of the lines of `source`.
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut starts = vec![0];
        for (index, &byte) in bytes.iter().enumerate() {
            if byte == b'\n' || (byte == b'\r' && bytes.get(index + 1) != Some(&b'\n')) {
                starts.push(index + 1);
            }
        }
        LineIndex(starts)
    }

    /// The 1-based line and column (in characters) of a byte offset into `source`, the text
    /// this index was made from. An offset inside a character counts as that character.
    pub fn line_column(&self, source: &str, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(source.len());
        while !source.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.0.partition_point(|&start| start <= offset).max(1);
        let start = self.0[line - 1].min(offset);
        (line, source[start..offset].chars().count() + 1)
    }
}

/// Drops the findings whose code is allowed and sets the others to their configured level.
pub fn apply_levels(diagnostics: &mut Vec<Diagnostic>, levels: &BTreeMap<CodeKey, Level>) {
    diagnostics.retain_mut(|diagnostic| match levels.get(&CodeKey(diagnostic.code.code)) {
        Some(&level) => diagnostic.set_level(level),
        None => true,
    });
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    fn line_column(source: &str, offset: usize) -> (usize, usize) {
        LineIndex::new(source).line_column(source, offset)
    }

    #[test]
    fn columns_count_characters_and_all_line_endings() {
        let source = "a = 1\r\nb = é{\rc = x";
        assert_eq!(line_column(source, 0), (1, 1));
        assert_eq!(line_column(source, 7), (2, 1));
        assert_eq!(line_column(source, source.find('{').unwrap()), (2, 6));
        assert_eq!(line_column(source, source.find('c').unwrap()), (3, 1));
    }
}
