//! The workbench: translate and review one language in the browser, over the repository's own
//! files. `outreach serve` shows it at `/_translate/<tag>/`; this module makes its page and
//! carries out what its forms ask, each request on the files as they are on disk now:
//!
//! - [`Bench::page`]: every message of the reference, in order, grouped by file, with its
//!   comment, the translation in editable fields, `check`'s findings and the review state;
//! - [`Bench::check_edit`]: the findings a translation being typed would have (the same checks,
//!   run on the files with the edit in place);
//! - [`Bench::save`]: writes one message's new text into its `.ftl` file, changing no other
//!   byte, and records the English it was translated from (as `outreach sync` does);
//! - [`Bench::review`]: records a reviewer's "looks right" or "needs a change" in
//!   `review.toml`.
//!
//! Whatever is refused ([`Refusal`]) changes nothing and says why, at the field.

mod text;

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use fluent_syntax::ast;
use minijinja::{Environment, context};
use serde::Serialize;

use crate::catalog::{Catalog, FtlFile, LocaleFiles, Read, load_languages, parse_file};
use crate::checks::{Setup, run_checks};
use crate::config::{Config, Paper};
use crate::diagnostics::{Diagnostic, Severity};
use crate::fonts;
use crate::output::{replace_file, write_web_fonts};
use crate::print::{self, Job};
use crate::review::{Reviews, State, Verdict};
use crate::scaffold::{self, Record, fingerprint};
use crate::tag::Tag;
pub use text::Edit;

/// The workbench's page template, built into the tool.
const PAGE: &str = include_str!("workbench.html");

/// The review sheet's template: every message on paper, for a reviewer who works there.
const SHEET: &str = include_str!("sheet.html");

/// The workbench's script, which `serve` sends at [`SCRIPT_PATH`].
pub const SCRIPT: &str = include_str!("workbench.js");

/// Where `serve` sends [`SCRIPT`].
pub const SCRIPT_PATH: &str = "/_translate/workbench.js";

/// The largest request the workbench takes: a message is a few hundred bytes.
pub const MAX_REQUEST_BYTES: usize = 64 * 1024;

/// Why a request was refused: said at the field, and nothing was written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Refusal {
    /// What is wrong and what to do.
    pub reason: String,
    /// The message's text on disk now, when someone else changed it since the page was loaded.
    pub disk: Option<String>,
}

impl Refusal {
    /// A refusal for `reason`.
    pub fn new(reason: impl Into<String>) -> Refusal {
        Refusal { reason: reason.into(), disk: None }
    }
}

/// What a save wrote.
#[derive(Debug, Clone)]
pub struct Saved {
    /// [`fingerprint`] of the message as written: what the page's next save must find.
    pub base: String,
    /// Its findings.
    pub findings: Vec<Finding>,
}

/// A reviewer's word on a message, as the workbench sends it.
#[derive(Debug, Clone)]
pub struct ReviewForm {
    /// The message or term id.
    pub id: String,
    /// "Looks right" or "Needs a change".
    pub verdict: Verdict,
    /// The reviewer's name, as they gave it.
    pub reviewer: String,
    /// What to change, or a note.
    pub comment: String,
    /// [`fingerprint`]s of the English and of the translation the page showed the reviewer.
    pub seen: (String, String),
}

/// One language's files and the reference's, as they are on disk now.
pub struct Bench {
    config: Config,
    catalog: Catalog,
    tag: Tag,
}

impl Bench {
    /// Reads the manifest at `manifest`, and the files of `tag` and of the reference. A
    /// language the campaign does not have, or the reference itself, cannot be worked on.
    pub fn load(manifest: &Path, tag: &str) -> Result<Bench> {
        let config = Config::load(manifest)?;
        let tag = Tag::parse(tag).map_err(|reason| anyhow::anyhow!("`{tag}` is not a language tag: {reason}"))?;
        anyhow::ensure!(tag != config.source_locale, "`{tag}` is the reference: it is written, not translated");
        let only = [config.source_locale.clone(), tag.clone()];
        let catalog = load_languages(&config.root, &config.locales_dir, &only, Read::Now)?;
        anyhow::ensure!(
            catalog.locale(&tag).is_some(),
            "the campaign has no `{tag}`; add it with `outreach new-locale {tag}`"
        );
        Ok(Bench { config, catalog, tag })
    }

    /// The language worked on.
    pub fn tag(&self) -> &Tag {
        &self.tag
    }

    fn reference(&self) -> &LocaleFiles {
        self.catalog.locale(&self.config.source_locale).expect("loaded with the reference")
    }

    fn language(&self) -> &LocaleFiles {
        self.catalog.locale(&self.tag).expect("loaded with the language")
    }

    /// The workbench page, whose forms carry `token`.
    pub fn page(&self, token: &str) -> Result<String> {
        let findings = self.findings(&self.catalog);
        let record = Record::load(&self.config.root.join(&self.language().dir)).unwrap_or_default();
        let reviews = Reviews::load(&self.config.root.join(&self.language().dir))?;
        let translations = self.language().definitions();
        let mut files = Vec::new();
        for file in &self.reference().files {
            let mut groups: Vec<Group> = vec![Group { comment: String::new(), messages: Vec::new() }];
            for block in text::entries(file.resource.source()) {
                let (english, comment, group) = (block.definition, block.comment, block.group);
                if let Some(group) = group {
                    groups.push(Group { comment: group, messages: Vec::new() });
                }
                let id = english.id.to_string();
                let translation = translations.get(id.as_str());
                let mine = translation.map(|text| text::fields(text));
                let theirs = text::fields(english.text);
                let state = match &mine {
                    None => "missing",
                    Some(mine) if *mine == theirs => "untranslated",
                    Some(_) => "translated",
                };
                let outdated = translation.is_some_and(|text| record.outdated(&id, english.text, text).is_some());
                let review = translation.map(|text| reviews.state(&id, english.text, text));
                let found: Vec<Finding> =
                    findings.iter().filter(|found| found.id.as_deref() == Some(id.as_str())).map(Finding::of).collect();
                let fields = theirs
                    .fields
                    .iter()
                    .map(|(name, english)| Field {
                        name: name.clone().unwrap_or_default(),
                        english: text::segments(english),
                        keep: text::placeables(english),
                        text: mine.as_ref().and_then(|mine| mine.get(name.as_deref())).unwrap_or_default().to_string(),
                    })
                    .collect();
                groups.last_mut().expect("a group").messages.push(Message {
                    fields,
                    comment,
                    state,
                    outdated,
                    review: review.map(ReviewView::of),
                    base: translation.map(|text| fingerprint(text)).unwrap_or_default(),
                    english_print: fingerprint(english.text),
                    findings: found,
                    id,
                });
            }
            groups.retain(|group| !group.messages.is_empty());
            files.push(FileView { name: file.name.to_string_lossy().into_owned(), groups });
        }
        let counts = Counts::of(&files);
        let page = context! {
            files => minijinja::value::Serde(&files),
            counts => minijinja::value::Serde(&counts),
            token,
            script => SCRIPT_PATH,
        };
        self.render("workbench.html", PAGE, page)
    }

    /// The page of template `source`, named `name`, given `page` and the language's tag, name
    /// and direction.
    fn render(&self, name: &str, source: &str, page: minijinja::Value) -> Result<String> {
        let mut env = Environment::new();
        env.add_template(name, source).with_context(|| format!("the template {name} is broken"))?;
        let template = env.get_template(name).with_context(|| format!("the template {name} is broken"))?;
        let meta = self.config.locale_meta(&self.tag);
        let language = context! {
            tag => self.tag.to_string(),
            name => meta.map(|meta| format!("{} ({})", meta.name, meta.english_name)),
            dir => self.tag.direction(),
            ..page
        };
        template.render(language).with_context(|| format!("cannot make {name}"))
    }

    /// The review sheet: every message of the reference, numbered, with where it appears, the
    /// English, the translation and an empty column for the reviewer's tick or correction.
    /// It links `assets/style.css` beside it for the language's fonts.
    pub fn review_sheet(&self) -> Result<String> {
        let translations = self.language().definitions();
        let mut rows = Vec::new();
        for file in &self.reference().files {
            let mut group = String::new();
            for entry in text::entries(file.resource.source()) {
                if let Some(started) = entry.group {
                    group = started;
                }
                let english = entry.definition;
                // Where it appears: its own comment, else its group's.
                let place = if entry.comment.is_empty() { group.clone() } else { entry.comment.clone() };
                let mine = translations.get(english.id).map(|text| text::fields(text));
                for (name, text) in text::fields(english.text).fields {
                    let translation = mine.as_ref().and_then(|mine| mine.get(name.as_deref())).unwrap_or_default();
                    let id = match &name {
                        Some(name) => format!("{}.{name}", english.id),
                        None => english.id.to_string(),
                    };
                    rows.push(SheetRow {
                        number: rows.len() + 1,
                        id,
                        place: place.clone(),
                        english: text,
                        translation: translation.to_string(),
                    });
                }
            }
        }
        self.render("sheet.html", SHEET, context! { rows => minijinja::value::Serde(&rows) })
    }

    /// Writes the review sheet into `dir` (`sheet.html`, its stylesheet and the fonts cut to
    /// its letters under `assets/`), and with `print` (a browser and a paper) prints it to
    /// `sheet-<paper>.pdf` there. Gives the files a reviewer opens.
    pub fn write_review_sheet(&self, dir: &Path, print: Option<(&Path, Paper)>) -> Result<Vec<PathBuf>> {
        let sheet = self.review_sheet()?;
        let page = dir.join("sheet.html");
        replace_file(&page, sheet.as_bytes())?;
        let assets = self.config.templates_dir.join("assets");
        if assets.join(fonts::STYLESHEET).is_file() {
            let chars = sheet.chars().collect();
            write_web_fonts(dir, &fonts::web_fonts(&assets, &chars, Some(&self.tag))?)?;
        }
        let mut written = vec![page.clone()];
        if let Some((browser, paper)) = print {
            let pdf = dir.join(format!("sheet-{}.pdf", paper.name()));
            let page = fs::canonicalize(&page).with_context(|| format!("failed to resolve `{}`", page.display()))?;
            let job = Job { page, prints: vec![(paper, pdf.clone())], preview: None };
            print::print(browser, &[job])?;
            written.push(pdf);
        }
        Ok(written)
    }

    /// The findings of message `id` if its text were `edit`, as `check` would report them.
    pub fn check_edit(&self, id: &str, edit: &Edit) -> Result<Vec<Finding>, Refusal> {
        let (catalog, _) = self.with_edit(id, edit)?;
        Ok(self.findings_of(&catalog, id))
    }

    /// `check`'s findings of message `id` of the language in `catalog`.
    fn findings_of(&self, catalog: &Catalog, id: &str) -> Vec<Finding> {
        self.findings(catalog).iter().filter(|found| found.id.as_deref() == Some(id)).map(Finding::of).collect()
    }

    /// Writes `edit` as the text of message `id`, over the translation whose [`fingerprint`]
    /// was `base` when the page was loaded (empty for a message the language did not have), and
    /// records the English it was translated from. Gives the new text's fingerprint, which the
    /// page's next save must find, and its findings.
    pub fn save(&self, id: &str, edit: &Edit, base: &str) -> Result<Saved, Refusal> {
        let now = self.language().definitions().get(id).map(|text| text.to_string());
        if now.as_deref().map(fingerprint).unwrap_or_default() != base {
            return Err(Refusal {
                reason: "someone changed this message on disk since the page was loaded: their text is below; \
                         copy what you need, then reload the page"
                    .to_string(),
                disk: Some(now.unwrap_or_default()),
            });
        }
        let (catalog, (path, text)) = self.with_edit(id, edit)?;
        let root = &self.config.root;
        replace_file(&root.join(&path), text.as_bytes()).map_err(|err| Refusal::new(format!("{err:#}")))?;
        // What it was translated from, for `outreach sync` and `status`'s outdated count.
        let dir = root.join(&self.language().dir);
        let english = self.reference().definitions().get(id).map(|text| text.to_string()).unwrap_or_default();
        let written =
            catalog.locale(&self.tag).expect("the language").definitions().get(id).map(|text| fingerprint(text));
        let base = written.unwrap_or_default();
        let mut record = Record::load(&dir).map_err(|err| Refusal::new(format!("{err:#}")))?;
        record.messages.insert(id.to_string(), scaffold::Seen { english, translation: base.clone() });
        let recorded =
            record.to_text().and_then(|text| replace_file(&dir.join(scaffold::RECORD_FILE), text.as_bytes()));
        recorded.map_err(|err| Refusal::new(format!("the translation is saved, but its record is not: {err:#}")))?;
        Ok(Saved { base, findings: self.findings_of(&catalog, id) })
    }

    /// Records `form` in the language's `review.toml`, dated `today`, if the English and the
    /// translation are still what the reviewer saw.
    pub fn review(&self, form: &ReviewForm, today: &str) -> Result<(), Refusal> {
        let english = self.reference().definitions().get(form.id.as_str()).map(|text| text.to_string());
        let Some(english) = english else { return Err(Refusal::new(format!("the reference has no `{}`", form.id))) };
        let Some(translation) = self.language().definitions().get(form.id.as_str()).map(|text| text.to_string()) else {
            return Err(Refusal::new("there is no translation to review yet"));
        };
        if (fingerprint(&english), fingerprint(&translation)) != form.seen {
            return Err(Refusal {
                reason: "the English or the translation changed since the page was loaded: reload it and review \
                         the text as it is now"
                    .to_string(),
                disk: Some(translation),
            });
        }
        if form.reviewer.trim().is_empty() {
            return Err(Refusal::new("give your name first, at the top of the page"));
        }
        if form.verdict == Verdict::NeedsChange && form.comment.trim().is_empty() {
            return Err(Refusal::new("say what needs to change, for the translator"));
        }
        let dir = self.config.root.join(&self.language().dir);
        let mut reviews = Reviews::load(&dir).map_err(|err| Refusal::new(format!("{err:#}")))?;
        let texts = (english.as_str(), translation.as_str());
        reviews.record(&form.id, form.verdict, form.reviewer.trim(), today, texts, form.comment.trim());
        let text = reviews.to_text().map_err(|err| Refusal::new(format!("{err:#}")))?;
        replace_file(&dir.join(crate::review::REVIEW_FILE), text.as_bytes())
            .map_err(|err| Refusal::new(format!("{err:#}")))
    }

    /// The catalog with message `id` of the language given `edit`'s text, and that file's path
    /// (relative to the campaign's folder) and new text.
    fn with_edit(&self, id: &str, edit: &Edit) -> Result<(Catalog, (PathBuf, String)), Refusal> {
        let no_such = || Refusal::new(format!("the reference has no `{id}`"));
        let file = self.reference_file(id).ok_or_else(no_such)?;
        let english = text::fields(self.reference().definitions().get(id).ok_or_else(no_such)?);
        let definition = text::definition(id, edit, &english).map_err(Refusal::new)?;
        let language = self.language();
        let mine = language.files.iter().find(|mine| mine.name == file.name);
        let path = mine.map_or_else(|| language.path_of(&file.name), |mine| mine.path.clone());
        // A file that is there but could not be read (its encoding, its size, a link) is not
        // empty: writing one message would put it in place of everything else in it.
        let on_disk = fs::symlink_metadata(self.config.root.join(&path)).is_ok();
        if mine.is_none() && (on_disk || language.unreadable.contains(&file.name)) {
            return Err(Refusal::new(format!(
                "`{}` could not be read (`outreach check` says why): fix it in a text editor first",
                path.display()
            )));
        }
        let old = mine.map(|mine| mine.resource.source()).unwrap_or_default();
        let new = text::with_definition(old, id, &definition);
        let (parsed, problems) = parse_file(&self.tag, new.as_bytes(), &path, &file.name);
        let parsed = parsed.ok_or_else(|| {
            Refusal::new(problems.first().map_or("the file would not parse".to_string(), |found| found.message.clone()))
        })?;
        let mut catalog = self.catalog.clone();
        catalog.diagnostics.retain(|found| found.file != path);
        catalog.diagnostics.extend(problems);
        let locale = catalog.locales.iter_mut().find(|locale| locale.tag == self.tag).expect("the language");
        match locale.files.iter_mut().find(|mine| mine.name == file.name) {
            Some(mine) => *mine = parsed,
            None => locale.files.push(parsed),
        }
        Ok((catalog, (path, new)))
    }

    /// The reference's file that defines `id` (the first, if several do).
    fn reference_file(&self, id: &str) -> Option<&FtlFile> {
        self.reference().files.iter().find(|file| {
            file.resource.entries().any(|entry| match entry {
                ast::Entry::Message(message) => message.id.name == id,
                ast::Entry::Term(term) => format!("-{}", term.id.name) == id,
                _ => false,
            })
        })
    }

    /// `check`'s findings of the language in `catalog`.
    fn findings(&self, catalog: &Catalog) -> Vec<Diagnostic> {
        let selected = [self.tag.clone()];
        run_checks(catalog, &Setup::of(&self.config, &selected)).diagnostics
    }
}

/// A finding as the workbench shows it beside a field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// `FTL020`.
    pub code: &'static str,
    /// `error` or `warning`.
    pub severity: &'static str,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub help: String,
}

impl Finding {
    fn of(found: &Diagnostic) -> Finding {
        Finding {
            code: found.code.code,
            severity: match found.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            },
            message: found.message.clone(),
            help: found.help.clone(),
        }
    }
}

/// One line of the review sheet: a value or an attribute.
#[derive(Debug, Serialize)]
struct SheetRow {
    number: usize,
    id: String,
    /// Where it appears (the reference's comment).
    place: String,
    english: String,
    translation: String,
}

/// A reference file on the page.
#[derive(Debug, Serialize)]
struct FileView {
    name: String,
    groups: Vec<Group>,
}

/// The messages under one group comment (`## Red flags`) of a file.
#[derive(Debug, Serialize)]
struct Group {
    comment: String,
    messages: Vec<Message>,
}

/// One message on the page.
#[derive(Debug, Serialize)]
struct Message {
    id: String,
    /// The reference's comment: where it appears, how long it may be.
    comment: String,
    /// The value (name empty) and each attribute.
    fields: Vec<Field>,
    /// `missing`, `untranslated` or `translated`.
    state: &'static str,
    /// Whether its English changed since it was translated.
    outdated: bool,
    review: Option<ReviewView>,
    /// [`fingerprint`] of the translation as loaded, which a save must still find on disk.
    base: String,
    /// [`fingerprint`] of the English as shown, which a review records.
    english_print: String,
    findings: Vec<Finding>,
}

/// The value or an attribute of a message.
#[derive(Debug, Serialize)]
struct Field {
    /// The attribute's name; empty for the value.
    name: String,
    /// The English, in pieces of text and placeables.
    english: Vec<(String, bool)>,
    /// The placeables, to keep as they are.
    keep: Vec<String>,
    /// The translation.
    text: String,
}

/// A message's review, as shown.
#[derive(Debug, Serialize)]
struct ReviewView {
    /// `approved`, `needs-change` or `changed`.
    state: &'static str,
    reviewer: String,
    date: String,
    comment: String,
}

impl ReviewView {
    fn of(state: State) -> ReviewView {
        let (name, review) = match state {
            State::Approved(review) => ("approved", Some(review)),
            State::NeedsChange(review) => ("needs-change", Some(review)),
            State::Changed(review) => ("changed", Some(review)),
            State::NotReviewed => ("not-reviewed", None),
        };
        ReviewView {
            state: name,
            reviewer: review.map(|review| review.reviewer.clone()).unwrap_or_default(),
            date: review.map(|review| review.date.clone()).unwrap_or_default(),
            comment: review.map(|review| review.comment.clone()).unwrap_or_default(),
        }
    }
}

/// How many messages of the page are in each state, for the filters.
#[derive(Debug, Default, Serialize)]
struct Counts {
    all: usize,
    missing: usize,
    untranslated: usize,
    outdated: usize,
    findings: usize,
    unreviewed: usize,
}

impl Counts {
    fn of(files: &[FileView]) -> Counts {
        let mut counts = Counts::default();
        for message in files.iter().flat_map(|file| &file.groups).flat_map(|group| &group.messages) {
            counts.all += 1;
            counts.missing += usize::from(message.state == "missing");
            counts.untranslated += usize::from(message.state == "untranslated");
            counts.outdated += usize::from(message.outdated);
            counts.findings += usize::from(!message.findings.is_empty());
            counts.unreviewed += usize::from(message.review.as_ref().is_none_or(|review| review.state != "approved"));
        }
        counts
    }
}
