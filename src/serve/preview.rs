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
use crate::config::Config;
use crate::diagnostics::{Diagnostic, Severity, render_human};
use crate::fonts;
use crate::output::{MARKER_FILE, characters_by_folder, page_folder, replace_file, write_site, write_web_fonts};
use crate::render::{Options, Withheld};
use crate::site::{Campaign, Memory, Scope, build_site};
use crate::tag::Tag;
use crate::text::plural;

/// The preview between rebuilds: what was read, found, rendered and written.
pub struct Preview {
    /// The manifest, read again when it changes.
    manifest: PathBuf,
    /// The campaign as last read.
    campaign: Campaign,
    /// The output folder serve started with, which it serves whatever the manifest says later.
    out: PathBuf,
    /// What the last builds found, which the next one builds on.
    memory: Memory,
    /// The pages in the output folder as last written; `None` until a whole build is in place.
    written: Option<BTreeMap<PathBuf, String>>,
    /// The characters each page folder's fonts were cut down to.
    cut_for: BTreeMap<PathBuf, BTreeSet<char>>,
    withheld: Vec<Withheld>,
    /// Why the last rebuild failed, if it did.
    failure: Option<String>,
    /// What a failed rebuild could not apply, tried again with the next change.
    pending: Change,
}

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
            campaign: Campaign::new(config, Catalog::default(), &[]),
            memory: Memory::default(),
            written: None,
            cut_for: BTreeMap::new(),
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
        &self.campaign.config
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
        let findings = || self.memory.all_findings();
        let errors = findings().filter(|found| found.severity == Severity::Error).map(Problem::from).collect();
        let warnings = findings().filter(|found| found.severity == Severity::Warning).count();
        let unpublished = self
            .withheld
            .iter()
            .filter_map(|withheld| {
                // Every withheld document is one of the manifest's.
                let document =
                    self.campaign.config.documents.iter().find(|document| document.name.0 == withheld.document)?;
                Some(Unpublished { page: document.page(&withheld.locale), reason: withheld.to_string() })
            })
            .collect();
        Status { failure: self.failure.clone(), errors, warnings, unpublished }
    }

    /// The errors in the files of `languages`, drawn for a terminal.
    pub fn render_errors(&self, languages: &[Tag], color: bool) -> String {
        let errors: Vec<Diagnostic> =
            self.memory.findings(languages).filter(|found| found.severity == Severity::Error).cloned().collect();
        render_human(&errors, &self.campaign.catalog.sources(), color)
    }

    /// How many warnings the files of `languages` have.
    pub fn warnings(&self, languages: &[Tag]) -> usize {
        self.memory.findings(languages).filter(|found| found.severity == Severity::Warning).count()
    }

    /// The documents of `languages` that are left out.
    pub fn withheld<'a>(&'a self, languages: &'a [Tag]) -> impl Iterator<Item = &'a Withheld> {
        self.withheld.iter().filter(|withheld| languages.contains(&withheld.locale))
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
        let config = match change.manifest {
            true => {
                // Documents and languages may be others: no first pass found before holds.
                self.memory.forget_renders();
                Config::load(&self.manifest)?
            }
            false => self.campaign.config.clone(),
        };
        let catalog = load_catalog(&config.root, &config.locales_dir)?;
        let campaign = Campaign::new(config, catalog, &[]);
        let whole =
            self.written.is_none() || change.manifest || change.assets || campaign.languages != self.campaign.languages;
        let scope = match whole || change.templates {
            true => Scope::All,
            false => Scope::Changed(change.locales.clone()),
        };
        self.campaign = campaign;
        // After a write that failed half-way, no page is known to be in place to keep.
        self.memory.pages_in_place(self.written.is_some());
        let built = build_site(&self.campaign, &scope, &mut self.memory, Options { pages: true, previews: false })?;
        self.withheld = built.withheld;
        Ok(Rendered { pages: built.pages, languages: built.rendered, held: built.held, whole })
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
            Some(tag) => self.campaign.languages.contains(&tag) && (!rendered.contains(&tag) || held.contains(&tag)),
        });
        next.extend(fresh.into_iter().filter(|(path, _)| page_language(path).is_none_or(|tag| !held.contains(&tag))));
        next
    }

    /// Replaces the whole output folder, as `build` does (assets and fonts included). Gives
    /// every page.
    fn write_whole(&mut self, pages: BTreeMap<PathBuf, String>) -> Result<Vec<PathBuf>> {
        let config = &self.campaign.config;
        self.written = None;
        write_site(&pages, &config.templates_dir.join("assets"), &self.out, &config.protected_paths(), |_| Ok(()))?;
        self.cut_for = characters_by_folder(&pages);
        let paths = pages.keys().cloned().collect();
        self.written = Some(pages);
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
        // A page that shows a letter its folder's fonts were not cut for gets them cut again.
        let assets = self.campaign.config.templates_dir.join("assets");
        for path in touched.iter().filter(|path| next.contains_key(*path)) {
            let folder = page_folder(path);
            let cut_for = self.cut_for.entry(folder.clone()).or_default();
            let before = cut_for.len();
            cut_for.extend(next[path].chars());
            if cut_for.len() > before && assets.join(fonts::STYLESHEET).is_file() {
                let lang = Tag::parse(&folder.to_string_lossy()).ok();
                write_web_fonts(&self.out.join(&folder), &fonts::web_fonts(&assets, cut_for, lang.as_ref())?)?;
            }
        }
        self.written = Some(next);
        Ok(touched)
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

/// The language a page belongs to: the folder it is in (`es/flyer.html`); none for the picker.
fn page_language(path: &Path) -> Option<Tag> {
    let mut parts = path.iter();
    let folder = parts.next()?;
    parts.next()?;
    Tag::parse(&folder.to_string_lossy()).ok()
}
