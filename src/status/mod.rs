//! The status report: how far each language is. From the check's summaries, the sync and review records
//! of each language and the documents the render left out, one [`LocaleStatus`] per language,
//! written as a terminal table, JSON, Markdown (for a pull-request comment), or the
//! `status.html` dashboard that the site carries. The pipeline (`site`) gathers what
//! it needs.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use anyhow::{Context, Result};
use minijinja::{Environment, context};
use serde::Serialize;

use crate::catalog::Catalog;
use crate::config::Config;
use crate::diagnostics::LocaleSummary;
use crate::render::Withheld;
use crate::review::{Asked, Reviews, Tally};
use crate::scaffold::Record;
use crate::tag::Tag;

/// The dashboard's template, built into the tool: every campaign gets the same dashboard.
const DASHBOARD: &str = include_str!("status.html");

/// The dashboard's page in the output folder.
pub const PAGE: &str = "status.html";

/// Where one language stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LocaleStatus {
    /// The language's tag.
    pub locale: Tag,
    /// Its name in itself, from the manifest (the tag when it has no entry).
    pub name: String,
    /// Its name in English.
    pub english_name: String,
    /// `ltr` or `rtl`.
    pub dir: &'static str,
    /// `reference`, `draft` or `reviewed`.
    pub status: &'static str,
    /// The reference's messages and terms.
    pub messages: usize,
    /// How many of them the language has in its own words.
    pub translated: usize,
    /// `translated` out of `messages`, in whole percent, rounded down: 100 means done.
    pub percent: usize,
    /// How many it has, still in the reference's words.
    pub untranslated: usize,
    /// How many it lacks.
    pub missing: usize,
    /// Translations whose English changed since they were made (from `outreach sync`'s record);
    /// `None` when the record cannot be read.
    pub outdated: Option<usize>,
    /// Why the record cannot be read, for a warning.
    #[serde(skip)]
    pub record_problem: Option<String>,
    /// Where its messages stand in review (from `review.toml`, which the workbench writes);
    /// `None` when that file cannot be read.
    pub review: Option<Tally>,
    /// The changes reviewers asked for that are not made yet.
    pub changes_asked: Vec<Asked>,
    /// Messages the reference no longer has.
    pub obsolete: usize,
    /// Findings at error level (`outreach check` lists them).
    pub errors: usize,
    /// Findings at warning level.
    pub warnings: usize,
    /// Words of English in the messages still to translate.
    pub words_left: usize,
    /// Each document of the manifest, published or not.
    pub documents: Vec<DocumentStatus>,
}

/// Whether one document is published for a language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocumentStatus {
    /// The document's name, e.g. `flyer`.
    pub name: String,
    /// Its page, relative to the output folder, e.g. `es/flyer.html`.
    pub page: String,
    /// Whether the build publishes it.
    pub published: bool,
    /// Why it is not published.
    pub reason: Option<String>,
}

/// What the records in a language's folder say: how many of its translations are outdated
/// (`outreach sync`'s record) and where its messages stand in review (`review.toml`); each, or
/// why it is not known.
#[derive(Debug, Clone)]
pub struct Records {
    /// Translations made from English that has changed since.
    pub outdated: Result<usize, String>,
    /// The review of its messages, and the changes reviewers asked for.
    pub review: Result<(Tally, Vec<Asked>), String>,
}

/// The [`Records`] of each of `languages` but the reference, from the files in its folder.
pub fn records(config: &Config, catalog: &Catalog, languages: &[Tag]) -> BTreeMap<Tag, Records> {
    let Some(reference) = catalog.locale(&config.source_locale) else { return BTreeMap::new() };
    let english = reference.definitions();
    let translations = languages.iter().filter(|tag| **tag != config.source_locale);
    let located = translations.filter_map(|tag| Some((tag, catalog.locale(tag)?)));
    let problem = |err: anyhow::Error| format!("{err:#}");
    located
        .map(|(tag, locale)| {
            let translations = locale.definitions();
            let dir = config.root.join(&locale.dir);
            let records = Records {
                outdated: outdated(&english, &translations, &dir).map_err(problem),
                review: Reviews::load(&dir)
                    .map(|reviews| {
                        let tally = crate::review::tally(&reviews, &english, &translations);
                        (tally, crate::review::asked(&reviews, &english, &translations))
                    })
                    .map_err(problem),
            };
            (tag.clone(), records)
        })
        .collect()
}

/// The status of `languages` (in that order), from the check's `summaries` of them, their
/// `records` (see [`records`]) and the documents the render left out.
pub fn collect(
    config: &Config,
    summaries: &[LocaleSummary],
    records: &BTreeMap<Tag, Records>,
    withheld: &[Withheld],
    languages: &[Tag],
) -> Vec<LocaleStatus> {
    let summaries: BTreeMap<&Tag, _> = summaries.iter().map(|summary| (&summary.locale, summary)).collect();
    let mut statuses = Vec::new();
    for tag in languages {
        let Some(summary) = summaries.get(tag) else { continue };
        let is_reference = *tag == config.source_locale;
        // A damaged record leaves only its column unknown: the rest is worth seeing.
        let record = records.get(tag);
        let (outdated, mut record_problem) = match record.map(|record| &record.outdated) {
            Some(Ok(count)) => (Some(*count), None),
            Some(Err(problem)) => (None, Some(problem.clone())),
            None => (Some(0), None),
        };
        let (review, changes_asked) = match record.map(|record| &record.review) {
            Some(Ok((tally, asked))) => (Some(*tally), asked.clone()),
            Some(Err(problem)) => {
                record_problem.get_or_insert_with(|| problem.clone());
                (None, Vec::new())
            }
            None => (Some(Tally::default()), Vec::new()),
        };
        let meta = config.locale_meta(tag);
        let documents = config
            .documents
            .iter()
            .map(|document| {
                let reason = withheld
                    .iter()
                    .find(|withheld| withheld.locale == *tag && withheld.document == document.name.0)
                    .map(ToString::to_string);
                DocumentStatus {
                    name: document.name.0.clone(),
                    page: document.page(tag),
                    published: reason.is_none(),
                    reason,
                }
            })
            .collect();
        statuses.push(LocaleStatus {
            name: meta.map_or_else(|| tag.to_string(), |meta| meta.name.clone()),
            english_name: meta.map_or_else(|| tag.to_string(), |meta| meta.english_name.clone()),
            dir: tag.direction(),
            // Reviewed in the manifest, or message by message in the workbench.
            status: match (is_reference, config.is_reviewed(tag)) {
                (true, _) => "reference",
                (false, true) => "reviewed",
                (false, false) => "draft",
            },
            messages: summary.messages,
            translated: summary.translated,
            percent: (summary.translated * 100).checked_div(summary.messages).unwrap_or(100),
            untranslated: summary.untranslated,
            missing: summary.missing,
            outdated,
            record_problem,
            review,
            changes_asked,
            obsolete: summary.obsolete,
            errors: summary.errors,
            warnings: summary.warnings,
            words_left: summary.words_left,
            documents,
            locale: tag.clone(),
        });
    }
    statuses
}

/// A warning for each language whose sync record cannot be read, so its outdated translations
/// are not known.
pub fn record_warnings(statuses: &[LocaleStatus]) -> impl Iterator<Item = String> + '_ {
    statuses.iter().filter_map(|status| {
        let problem = status.record_problem.as_ref()?;
        Some(format!("{}: which translations are outdated is not known: {problem}", status.locale))
    })
}

/// How many of `locale`'s translations were made from English that has changed since, by the
/// record `outreach sync` keeps in the language's folder `dir`.
fn outdated(english: &BTreeMap<&str, &str>, translations: &BTreeMap<&str, &str>, dir: &Path) -> Result<usize> {
    let record = Record::load(dir)?;
    if record.messages.is_empty() {
        return Ok(0);
    }
    Ok(english
        .iter()
        .filter(|(id, english)| {
            translations.get(*id).is_some_and(|translation| record.outdated(id, english, translation).is_some())
        })
        .count())
}

/// The documents of a language as one cell: `article flyer -cards` (a `-` marks one left out).
fn documents_cell(status: &LocaleStatus) -> String {
    let cell: Vec<String> = status
        .documents
        .iter()
        .map(|document| if document.published { document.name.clone() } else { format!("-{}", document.name) })
        .collect();
    cell.join(" ")
}

/// A table for the terminal, one line per language, then what a `-` means.
pub fn render_table(statuses: &[LocaleStatus]) -> String {
    let header = [
        "language",
        "status",
        "translated",
        "untranslated",
        "missing",
        "outdated",
        "reviewed",
        "obsolete",
        "errors",
        "warnings",
        "words left",
        "documents",
    ];
    let rows: Vec<[String; 12]> = statuses
        .iter()
        .map(|status| {
            [
                status.locale.to_string(),
                status.status.to_string(),
                format!("{:>3}% {}/{}", status.percent, status.translated, status.messages),
                status.untranslated.to_string(),
                status.missing.to_string(),
                status.outdated.map_or("?".to_string(), |count| count.to_string()),
                reviewed_cell(status),
                status.obsolete.to_string(),
                status.errors.to_string(),
                status.warnings.to_string(),
                status.words_left.to_string(),
                documents_cell(status),
            ]
        })
        .collect();
    let mut widths = header.map(|title| title.chars().count());
    for row in &rows {
        for (width, cell) in widths.iter_mut().zip(row) {
            *width = (*width).max(cell.chars().count());
        }
    }
    let mut out = String::new();
    let mut line = |cells: &[&str]| {
        let mut text = String::new();
        for (column, (cell, width)) in cells.iter().zip(widths).enumerate() {
            // Text to the left, numbers to the right.
            let _ = match column {
                0 | 1 | 11 => write!(text, "{cell:<width$}  "),
                _ => write!(text, "{cell:>width$}  "),
            };
        }
        out += text.trim_end();
        out.push('\n');
    };
    line(&header);
    for row in &rows {
        line(&row.each_ref().map(String::as_str));
    }
    if statuses.iter().any(|status| status.documents.iter().any(|document| !document.published)) {
        out += "\n-document: not published (`outreach build` says why)\n";
    }
    if statuses.iter().any(|status| status.review.is_some_and(|review| review.needs_change + review.changed > 0)) {
        out +=
            "reviewed: messages approved of the reference's; ! changes asked; ~ to review again (the text changed)\n";
    }
    out
}

/// A language's review as one cell: `12/75` approved of the reference's messages, with `!2`
/// changes asked and `~1` to review again.
fn reviewed_cell(status: &LocaleStatus) -> String {
    let Some(review) = status.review else { return "?".to_string() };
    let total = review.approved + review.needs_change + review.changed + review.not_reviewed;
    let mut cell = format!("{}/{total}", review.approved);
    if review.needs_change > 0 {
        let _ = write!(cell, " !{}", review.needs_change);
    }
    if review.changed > 0 {
        let _ = write!(cell, " ~{}", review.changed);
    }
    cell
}

/// The statuses as one JSON document, `{"version": 1, "locales": [...]}`.
pub fn render_json(statuses: &[LocaleStatus]) -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        version: u32,
        locales: &'a [LocaleStatus],
    }
    // Serialising plain strings and numbers cannot fail.
    serde_json::to_string_pretty(&Document { version: 1, locales: statuses }).unwrap_or_default() + "\n"
}

/// A Markdown table for a pull-request comment, then why each unpublished document is left out.
pub fn render_markdown(statuses: &[LocaleStatus]) -> String {
    // A `|` in a cell would end it.
    let cell = |text: &str| text.replace('|', "\\|");
    let mut out = String::from(
        "| Language | Status | Translated | Untranslated | Missing | Outdated | Reviewed | Obsolete | Errors | Warnings | Words left | Documents |\n\
         |---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|---|\n",
    );
    for status in statuses {
        let documents: Vec<String> = status
            .documents
            .iter()
            .map(|document| match document.published {
                true => document.name.clone(),
                false => format!("~~{}~~", document.name),
            })
            .collect();
        let _ = writeln!(
            out,
            "| {} `{}` | {} | {}% ({}/{}) | {} | {} | {} | {} | {} | {} | {} | {} | {} |",
            cell(&status.english_name),
            status.locale,
            status.status,
            status.percent,
            status.translated,
            status.messages,
            status.untranslated,
            status.missing,
            status.outdated.map_or("?".to_string(), |count| count.to_string()),
            reviewed_cell(status),
            status.obsolete,
            status.errors,
            status.warnings,
            status.words_left,
            documents.join(" ")
        );
    }
    let reasons: Vec<&str> = statuses
        .iter()
        .flat_map(|status| &status.documents)
        .filter_map(|document| document.reason.as_deref())
        .collect();
    if !reasons.is_empty() {
        out += "\nNot published (struck through above):\n\n";
        for reason in reasons {
            let _ = writeln!(out, "- {}", cell(reason));
        }
    }
    let asked: Vec<(&LocaleStatus, &Asked)> =
        statuses.iter().flat_map(|status| status.changes_asked.iter().map(move |asked| (status, asked))).collect();
    if !asked.is_empty() {
        out += "\nChanges reviewers asked for (Reviewed: `!` these, `~` to review again):\n\n";
        for (status, asked) in asked {
            let _ = writeln!(
                out,
                "- `{}` `{}`: {} ({}, {})",
                status.locale,
                asked.id,
                cell(&asked.comment),
                cell(&asked.reviewer),
                asked.date
            );
        }
    }
    out
}

/// The `status.html` dashboard: a progress bar per language and links to its documents.
pub fn render_html(statuses: &[LocaleStatus]) -> Result<String> {
    let mut env = Environment::new();
    env.add_template("status.html", DASHBOARD).context("the dashboard's template is broken")?;
    let template = env.get_template("status.html").context("the dashboard's template is broken")?;
    let total = |count: fn(&LocaleStatus) -> usize| statuses.iter().map(count).sum::<usize>();
    let rendered = template.render(context! {
        locales => minijinja::value::Serde(statuses),
        errors => total(|status| status.errors),
        left => total(|status| status.missing + status.untranslated),
        words_left => total(|status| status.words_left),
    });
    rendered.context("cannot render the status dashboard")
}
