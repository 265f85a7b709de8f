//! The `json` format, version 1, exactly as DESIGN.md fixes it: the findings, a summary per
//! language, and the totals.

use std::io::{self, Write};

use serde::{Serialize, Serializer};

use super::{Diagnostic, Severity};
use crate::tag::Tag;

/// How far one language is, for the `locales` list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleSummary {
    /// The language's tag.
    pub locale: Tag,
    /// The reference's messages and terms.
    pub messages: usize,
    /// How many of them the language has in its own words.
    pub translated: usize,
    /// How many of them it has, still word for word the reference's (FTL050).
    pub untranslated: usize,
    /// How many of them it lacks, those of missing files included:
    /// `translated + untranslated + missing = messages`.
    pub missing: usize,
    /// Its messages and terms that the reference no longer has: the FTL014 findings.
    pub obsolete: usize,
    /// Its files that the reference does not have: the FTL015 findings.
    pub obsolete_files: usize,
    /// Findings at error level.
    pub errors: usize,
    /// Findings at warning level.
    pub warnings: usize,
    /// The words of the reference's text (every variant) in the messages not translated: what
    /// is left to do. `outreach status` shows it; it is not part of the JSON format of `check`.
    #[serde(skip)]
    pub words_left: usize,
}

#[derive(Serialize)]
struct Report<'a> {
    version: u32,
    diagnostics: Findings<'a>,
    locales: &'a [LocaleSummary],
    summary: Totals,
}

#[derive(Serialize)]
struct Finding<'a> {
    code: &'a str,
    name: &'a str,
    severity: String,
    locale: &'a Tag,
    file: String,
    line: usize,
    column: usize,
    id: Option<&'a str>,
    message: &'a str,
    help: &'a str,
}

#[derive(Serialize)]
struct Totals {
    errors: usize,
    warnings: usize,
}

/// Writes findings and summaries to `out` as one pretty-printed JSON document, as it goes: a
/// large tree's findings are many megabytes, which need not be held twice.
pub fn write_json(out: &mut impl Write, diagnostics: &[Diagnostic], locales: &[LocaleSummary]) -> io::Result<()> {
    let count = |severity| diagnostics.iter().filter(|diagnostic| diagnostic.severity == severity).count();
    let report = Report {
        version: 1,
        diagnostics: Findings(diagnostics),
        locales,
        summary: Totals { errors: count(Severity::Error), warnings: count(Severity::Warning) },
    };
    serde_json::to_writer_pretty(&mut *out, &report)?;
    out.write_all(b"\n")
}

/// The findings, each turned into its JSON shape only as it is written.
struct Findings<'a>(&'a [Diagnostic]);

impl Serialize for Findings<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.0.iter().map(|diagnostic| Finding {
            code: diagnostic.code.code,
            name: diagnostic.code.name,
            severity: diagnostic.severity.to_string(),
            locale: &diagnostic.locale,
            file: diagnostic.file.to_string_lossy().into_owned(),
            line: diagnostic.line,
            column: diagnostic.column,
            id: diagnostic.id.as_deref(),
            message: &diagnostic.message,
            help: &diagnostic.help,
        }))
    }
}
