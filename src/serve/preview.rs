//! The preview's builds. The first is whole: every language checked and rendered, and the
//! output folder replaced as `build` replaces it. After that, a change to a language's files
//! reads the catalog again but checks and renders only that language and those that fall back
//! to it, and writes only the pages that differ; a change to the templates renders every
//! language, and one to the manifest or the assets replaces the whole folder again.
//!
//! A language whose files have errors keeps the pages it had: the open page stays the last good
//! render, with the errors drawn over it, until the files are fixed.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::{Context, Result, bail};

use super::events::{Problem, Reload, Status, Unpublished};
use super::watch::Change;
use crate::catalog::{Catalog, load_catalog};
use crate::checks::{Setup, run_checks};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, LocaleSummary, Severity, render_human};
use crate::fluent::fallback_chain;
use crate::fonts;
use crate::output::{MARKER_FILE, replace_file, write_site};
use crate::render::{Site, Trials, Withheld, languages_to_build, render_update};
use crate::status;
use crate::tag::Tag;
use crate::text::plural;

/// The preview between rebuilds: what was read, found, rendered and written.
pub struct Preview {
    /// The manifest, read again when it changes.
    manifest: PathBuf,
    config: Config,
    /// The output folder serve started with, which it serves whatever the manifest says later.
    out: PathBuf,
    catalog: Catalog,
    languages: Vec<Tag>,
    trials: Trials,
    /// The pages in the output folder as last written; `None` until a whole build is in place.
    written: Option<BTreeMap<PathBuf, String>>,
    /// The characters the output folder's subset fonts were cut down to.
    cut_for: BTreeSet<char>,
    /// Every language's findings, levels applied, by tag.
    findings: BTreeMap<Tag, Vec<Diagnostic>>,
    /// The errors each language had when its pages were last made ([`Preview::error_keys`]).
    shown_errors: BTreeMap<Tag, BTreeSet<ErrorKey>>,
    /// How many of each language's translations are outdated, for the status page.
    outdated: BTreeMap<Tag, status::Outdated>,
    /// How far every language is, by tag, for the status page.
    summaries: BTreeMap<Tag, LocaleSummary>,
    withheld: Vec<Withheld>,
    /// Why the last rebuild failed, if it did.
    failure: Option<String>,
    /// What a failed rebuild could not apply, tried again with the next change.
    pending: Change,
}

/// An error as [`Preview::error_keys`] tells it apart: code, id and message.
type ErrorKey = (&'static str, Option<String>, String);

/// What one rebuild did.
#[derive(Debug, Default)]
pub struct Rebuilt {
    /// The languages rendered again.
    pub languages: Vec<Tag>,
    /// Those of them whose pages were kept as they were, because their files have errors.
    pub held: Vec<Tag>,
    /// The pages written or deleted, relative to the output folder.
    pub pages: Vec<PathBuf>,
    /// Whether the whole output folder was replaced.
    pub whole: bool,
    /// How long it took.
    pub took: Duration,
}

/// Pages rendered and not yet written.
struct Rendered {
    pages: BTreeMap<PathBuf, String>,
    languages: Vec<Tag>,
    held: Vec<Tag>,
    whole: bool,
}

impl Preview {
    /// Reads the manifest and makes the first, whole build. A template error does not stop
    /// it (the pages show it until it is fixed); a bad manifest, or an output folder that
    /// `build` would not replace, does.
    pub fn start(manifest: &Path) -> Result<(Preview, Rebuilt)> {
        let started = Instant::now();
        let config = Config::load(manifest)?;
        let mut preview = Preview {
            manifest: manifest.to_path_buf(),
            out: config.output_dir.clone(),
            config,
            catalog: Catalog::default(),
            languages: Vec::new(),
            trials: Trials::default(),
            written: None,
            cut_for: BTreeSet::new(),
            findings: BTreeMap::new(),
            shown_errors: BTreeMap::new(),
            outdated: BTreeMap::new(),
            summaries: BTreeMap::new(),
            withheld: Vec::new(),
            failure: None,
            pending: Change::default(),
        };
        let rebuilt = match preview.render(&Change::default()) {
            Ok(rendered) => preview.write(rendered)?,
            Err(err) => {
                preview.require_own_output()?;
                preview.fail(err, Change::default());
                Rebuilt::default()
            }
        };
        Ok((preview, Rebuilt { took: started.elapsed(), ..rebuilt }))
    }

    /// Builds again what `change` (and any change a failed rebuild left) affects. Never fails:
    /// a failure is kept for [`Preview::status`] and the pages stay as they were.
    pub fn rebuild(&mut self, change: Change) -> Rebuilt {
        let started = Instant::now();
        let change = std::mem::take(&mut self.pending).merge(change);
        let rebuilt = match self.render(&change).and_then(|rendered| self.write(rendered)) {
            Ok(rebuilt) => {
                self.failure = None;
                rebuilt
            }
            Err(err) => {
                // The errors in the files just saved may be why: the terminal shows them too.
                let languages = change.locales.iter().cloned().collect();
                self.fail(err, change);
                Rebuilt { languages, ..Rebuilt::default() }
            }
        };
        Rebuilt { took: started.elapsed(), ..rebuilt }
    }

    /// The manifest as last read.
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// The output folder, which the server serves.
    pub fn out(&self) -> &Path {
        &self.out
    }

    /// Why the last rebuild failed, if it did.
    pub fn failure(&self) -> Option<&str> {
        self.failure.as_deref()
    }

    /// What the open pages show: the failure, every error, and the pages left out.
    pub fn status(&self) -> Status {
        let findings = || self.findings.values().flatten();
        let errors = findings().filter(|found| found.severity == Severity::Error).map(Problem::from).collect();
        let warnings = findings().filter(|found| found.severity == Severity::Warning).count();
        let unpublished = self
            .withheld
            .iter()
            .filter_map(|withheld| {
                // Every withheld document is one of the manifest's.
                let document = self.config.documents.iter().find(|document| document.name.0 == withheld.document)?;
                Some(Unpublished { page: document.page(&withheld.locale), reason: withheld.to_string() })
            })
            .collect();
        Status { failure: self.failure.clone(), errors, warnings, unpublished }
    }

    /// The errors in the files of `languages`, drawn for a terminal.
    pub fn render_errors(&self, languages: &[Tag], color: bool) -> String {
        let errors: Vec<Diagnostic> =
            self.findings_of(languages).filter(|found| found.severity == Severity::Error).cloned().collect();
        render_human(&errors, &self.catalog.sources(), color)
    }

    /// How many warnings the files of `languages` have.
    pub fn warnings(&self, languages: &[Tag]) -> usize {
        self.findings_of(languages).filter(|found| found.severity == Severity::Warning).count()
    }

    /// The documents of `languages` that are left out.
    pub fn withheld<'a>(&'a self, languages: &'a [Tag]) -> impl Iterator<Item = &'a Withheld> {
        self.withheld.iter().filter(|withheld| languages.contains(&withheld.locale))
    }

    fn findings_of<'a>(&'a self, languages: &'a [Tag]) -> impl Iterator<Item = &'a Diagnostic> + 'a {
        languages.iter().filter_map(|tag| self.findings.get(tag)).flatten()
    }

    fn fail(&mut self, err: anyhow::Error, change: Change) {
        self.failure = Some(format!("{err:#}"));
        self.pending = change;
    }

    /// Refuses to serve a folder that no build wrote: it may hold anything.
    fn require_own_output(&self) -> Result<()> {
        let empty = fs::read_dir(&self.out).map_or(true, |mut entries| entries.next().is_none());
        if !empty && !self.out.join(MARKER_FILE).is_file() {
            bail!("`{}` was not written by outreach build; serve serves only a build's output", self.out.display());
        }
        Ok(())
    }

    /// Reads what changed, then checks and renders the languages it affects.
    fn render(&mut self, change: &Change) -> Result<Rendered> {
        if change.manifest {
            self.config = Config::load(&self.manifest)?;
            // Documents and languages may be others: nothing found before holds.
            self.trials = Trials::default();
        }
        let catalog = load_catalog(&self.config.root, &self.config.locales_dir)?;
        let languages = languages_to_build(&self.config, &catalog, &[]);
        let whole = self.written.is_none() || change.manifest || change.assets || languages != self.languages;
        let changed = match whole || change.templates {
            true => languages.clone(),
            false => affected(&self.config, &catalog, &change.locales, &languages),
        };
        self.catalog = catalog;
        self.languages = languages;
        self.check(&changed);
        // A save that brings a language new errors leaves its last good pages in place, and what
        // it publishes, which every other page links to; so too for the languages that fall back
        // to it: their first pass is not run again. Errors a language already had when its pages
        // were last made do not hold it, so that a translator can fix them one at a time. The
        // first build writes every page, as `build` does: there is none to keep.
        let broken: BTreeSet<Tag> = match self.written {
            None => BTreeSet::new(),
            Some(_) => changed.iter().filter(|tag| self.has_new_errors(tag)).cloned().collect(),
        };
        let held =
            if broken.is_empty() { Vec::new() } else { affected(&self.config, &self.catalog, &broken, &changed) };
        let fresh: Vec<Tag> = changed.iter().filter(|tag| !held.contains(tag)).cloned().collect();
        for tag in &fresh {
            let errors = self.error_keys(tag);
            self.shown_errors.insert(tag.clone(), errors);
        }
        let update = render_update(&self.config, &self.catalog, &self.languages, &fresh, &mut self.trials, false)?;
        self.withheld = update.site.withheld;
        let mut pages = update.site.pages;
        let summaries: Vec<LocaleSummary> = self.summaries.values().cloned().collect();
        let statuses = status::collect(&self.config, &summaries, &self.outdated, &self.withheld, &self.languages);
        pages.insert(PathBuf::from(status::PAGE), status::render_html(&statuses)?);
        let mut languages = update.rendered;
        languages.extend(held.iter().filter(|tag| !languages.contains(tag)).cloned().collect::<Vec<_>>());
        Ok(Rendered { pages, languages, held, whole })
    }

    /// Checks the `changed` languages again; the others keep their findings.
    fn check(&mut self, changed: &[Tag]) {
        self.findings.retain(|locale, _| self.languages.contains(locale) && !changed.contains(locale));
        self.summaries.retain(|locale, _| self.languages.contains(locale));
        // An empty selection would check every language.
        if changed.is_empty() {
            return;
        }
        let report = run_checks(&self.catalog, &Setup::of(&self.config, changed));
        for found in report.diagnostics {
            self.findings.entry(found.locale.clone()).or_default().push(found);
        }
        self.summaries.extend(report.locales.into_iter().map(|summary| (summary.locale.clone(), summary)));
        // Only the changed languages' files (or the English they are compared with) changed.
        self.outdated.retain(|tag, _| self.languages.contains(tag));
        self.outdated.extend(status::outdated_counts(&self.config, &self.catalog, changed));
    }

    /// What tells the errors of `tag` apart: their code, id and message, not where they are
    /// (editing a line above one moves it).
    fn error_keys(&self, tag: &Tag) -> BTreeSet<ErrorKey> {
        let errors = self.findings_of(std::slice::from_ref(tag)).filter(|found| found.severity == Severity::Error);
        errors.map(|found| (found.code.code, found.id.clone(), found.message.clone())).collect()
    }

    /// Whether `tag` has errors that its pages, as last made, did not have.
    fn has_new_errors(&self, tag: &Tag) -> bool {
        let shown = self.shown_errors.get(tag);
        self.error_keys(tag).iter().any(|key| shown.is_none_or(|shown| !shown.contains(key)))
    }

    /// Puts the rendered pages in the output folder: the whole folder, or the pages that differ.
    fn write(&mut self, rendered: Rendered) -> Result<Rebuilt> {
        let next = self.next_pages(rendered.pages, &rendered.languages, &rendered.held);
        let pages = match rendered.whole {
            true => self.write_whole(next)?,
            false => self.write_changed(next)?,
        };
        let (languages, held, whole) = (rendered.languages, rendered.held, rendered.whole);
        Ok(Rebuilt { languages, held, pages, whole, took: Duration::ZERO })
    }

    /// The pages the output folder is to hold: the `fresh` ones of the `rendered` languages but
    /// those `held` back, whose last written pages stay, and the others' last written pages.
    fn next_pages(
        &self,
        fresh: BTreeMap<PathBuf, String>,
        rendered: &[Tag],
        held: &[Tag],
    ) -> BTreeMap<PathBuf, String> {
        let mut next = self.written.clone().unwrap_or_default();
        next.retain(|path, _| match page_language(path) {
            None => true,
            Some(tag) => self.languages.contains(&tag) && (!rendered.contains(&tag) || held.contains(&tag)),
        });
        next.extend(fresh.into_iter().filter(|(path, _)| page_language(path).is_none_or(|tag| !held.contains(&tag))));
        next
    }

    /// Replaces the whole output folder, as `build` does (assets and fonts included). Gives
    /// every page.
    fn write_whole(&mut self, pages: BTreeMap<PathBuf, String>) -> Result<Vec<PathBuf>> {
        let config = &self.config;
        let protected = [&*config.root, &config.locales_dir, &config.templates_dir, &config.manifest_path];
        let site = Site { pages, withheld: Vec::new() };
        self.written = None;
        write_site(&site, &config.templates_dir.join("assets"), &self.out, &protected, |_| Ok(()))?;
        self.cut_for = site.pages.values().flat_map(|page| page.chars()).collect();
        let paths = site.pages.keys().cloned().collect();
        self.written = Some(site.pages);
        Ok(paths)
    }

    /// Writes the pages of `next` that differ from those written and deletes those it no longer
    /// has; cuts the fonts again when a page shows a character they were not cut for. Gives the
    /// pages written or deleted.
    fn write_changed(&mut self, next: BTreeMap<PathBuf, String>) -> Result<Vec<PathBuf>> {
        // Until every page is written, what the folder holds is not known for sure.
        let written = self.written.take().unwrap_or_default();
        let mut touched = Vec::new();
        for (path, page) in &next {
            if written.get(path) != Some(page) {
                replace_file(&self.out.join(path), page.as_bytes())?;
                touched.push(path.clone());
            }
        }
        for path in written.keys().filter(|path| !next.contains_key(*path)) {
            let file = self.out.join(path);
            match fs::remove_file(&file) {
                Err(err) if err.kind() != std::io::ErrorKind::NotFound => {
                    return Err(err).with_context(|| format!("failed to delete `{}`", file.display()));
                }
                _ => touched.push(path.clone()),
            }
        }
        let pages = touched.iter().filter_map(|path| next.get(path));
        let new: BTreeSet<char> = pages.flat_map(|page| page.chars()).filter(|ch| !self.cut_for.contains(ch)).collect();
        if !new.is_empty() {
            self.cut_for.extend(new);
            self.cut_fonts()?;
        }
        self.written = Some(next);
        Ok(touched)
    }

    /// Cuts the templates' subset fonts down to the characters of every page again, into the
    /// output folder.
    fn cut_fonts(&self) -> Result<()> {
        let from = self.config.templates_dir.join("assets").join(fonts::SUBSET_DIR);
        let to = self.out.join("assets").join(fonts::SUBSET_DIR);
        let Ok(entries) = fs::read_dir(&from) else { return Ok(()) };
        for entry in entries {
            let path = entry.with_context(|| format!("failed to read `{}`", from.display()))?.path();
            let Some(name) = path.file_name().filter(|_| fonts::is_font(&path)) else { continue };
            let data = fs::read(&path).with_context(|| format!("failed to read `{}`", path.display()))?;
            let cut =
                fonts::subset(&data, &self.cut_for).with_context(|| format!("cannot cut down `{}`", path.display()))?;
            replace_file(&to.join(name), &cut)?;
        }
        Ok(())
    }
}

impl Rebuilt {
    /// What the open pages are told, if anything was written.
    pub fn reload(&self) -> Option<Reload> {
        let name = |path: &PathBuf| path.iter().map(|part| part.to_string_lossy()).collect::<Vec<_>>().join("/");
        match (self.whole, self.pages.is_empty()) {
            (true, _) => Some(Reload { all: true, pages: Vec::new() }),
            (false, true) => None,
            (false, false) => Some(Reload { all: false, pages: self.pages.iter().map(name).collect() }),
        }
    }

    /// One line for the terminal.
    pub fn summary(&self) -> String {
        let took = self.took.as_millis();
        let pages = plural(self.pages.len(), "page");
        if self.whole {
            return format!("Built {pages} for {} in {took} ms", plural(self.languages.len(), "language"));
        }
        let languages = match self.languages.len() {
            0..=3 => self.languages.iter().map(Tag::to_string).collect::<Vec<_>>().join(", "),
            count => plural(count, "language"),
        };
        match self.pages.len() {
            0 => format!("Rebuilt {languages} in {took} ms: no page changed"),
            _ => format!("Rebuilt {languages} in {took} ms: {pages} changed"),
        }
    }
}

/// The languages to render again when the files of `touched` changed: those, and every
/// language that falls back to one of them (all of them, for the reference).
fn affected(config: &Config, catalog: &Catalog, touched: &BTreeSet<Tag>, languages: &[Tag]) -> Vec<Tag> {
    let available: BTreeSet<Tag> = catalog.locales.iter().map(|locale| locale.tag.clone()).collect();
    let reaches =
        |tag: &Tag| fallback_chain(tag, &config.source_locale, &available).iter().any(|link| touched.contains(link));
    languages.iter().filter(|tag| reaches(tag)).cloned().collect()
}

/// The language a page belongs to: the folder it is in (`es/flyer.html`); none for the picker.
fn page_language(path: &Path) -> Option<Tag> {
    let mut parts = path.iter();
    let folder = parts.next()?;
    parts.next()?;
    Tag::parse(&folder.to_string_lossy()).ok()
}
