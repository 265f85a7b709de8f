//! The pipeline in one function. A [`Campaign`] is loaded once (the manifest, the catalog and
//! the languages to build); [`build_site`] checks it, renders it and gives everything a caller
//! needs: the pages (with the status dashboard), the documents held back, every language's
//! findings and status. `build`, `status` and `serve` all call it; none assembles a site
//! itself. Serve keeps a [`Memory`] between calls, so that a save checks and renders again only
//! the languages it affects.
//!
//! ```text
//! Campaign ─► checks ─► (languages with new errors keep their pages) ─► render ─► status ─► Built
//! ```

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use anyhow::{Result, bail};

use crate::catalog::{Catalog, load_catalog};
use crate::checks::{Setup, run_checks};
use crate::config::Config;
use crate::diagnostics::{Diagnostic, LocaleSummary, Severity};
use crate::fluent::fallback_chain;
use crate::render::{Options, Trials, Withheld, languages_to_build, render_update};
use crate::status::{self, LocaleStatus, Records};
use crate::tag::Tag;

/// A campaign as loaded: its manifest, its languages' files, and the languages to build.
#[derive(Debug)]
pub struct Campaign {
    /// The manifest.
    pub config: Config,
    /// Every language's files, as read.
    pub catalog: Catalog,
    /// The languages to build, in the order the picker lists them.
    pub languages: Vec<Tag>,
    /// What the records in each language's folder say (sync's and the reviewers').
    pub records: BTreeMap<Tag, Records>,
}

impl Campaign {
    /// Reads the manifest at `manifest` and the languages' files, and picks the `requested`
    /// languages (every one when none is).
    pub fn load(manifest: &Path, requested: &[String]) -> Result<Campaign> {
        let config = Config::load(manifest)?;
        let catalog = load_catalog(&config.root, &config.locales_dir)?;
        let requested = catalog.select(&config.locales_dir, requested)?;
        Ok(Campaign::new(config, catalog, &requested))
    }

    /// The campaign of files already read, building `requested` (every language when empty).
    /// A language whose every message a reviewer approved in the workbench, at its current
    /// text, is reviewed as if its manifest entry said so; worked out anew at every load, so
    /// that an approval lapses when the text changes.
    pub fn new(mut config: Config, catalog: Catalog, requested: &[Tag]) -> Campaign {
        let languages = languages_to_build(&config, &catalog, requested);
        let records = status::records(&config, &catalog, &languages);
        for meta in &mut config.locales {
            let review = records.get(&meta.tag).and_then(|records| records.review.as_ref().ok());
            meta.approved = review.is_some_and(|(tally, _)| tally.all_approved());
        }
        Campaign { config, catalog, languages, records }
    }

    /// `--only-reviewed`: keeps the languages a native speaker has reviewed and gives the drafts
    /// it left out. Fails when none is left, so that a print run never publishes nothing.
    pub fn leave_out_drafts(&mut self) -> Result<Vec<Tag>> {
        let config = &self.config;
        let (reviewed, drafts): (Vec<Tag>, Vec<Tag>) =
            std::mem::take(&mut self.languages).into_iter().partition(|tag| config.is_reviewed(tag));
        if reviewed.is_empty() {
            let drafts: Vec<String> = drafts.iter().map(Tag::to_string).collect();
            bail!(
                "--only-reviewed: no language to build has been reviewed ({}); once a native speaker has \
                 reviewed one, set `status = \"reviewed\"` in its [[locale]] entry in {}",
                drafts.join(", "),
                config.manifest_path.display()
            );
        }
        self.languages = reviewed;
        Ok(drafts)
    }

    /// What the user may want to know about folders that were skipped or are incomplete.
    pub fn notes(&self) -> Vec<String> {
        let skipped = self.catalog.skipped.iter().map(|note| format!("skipped {note}"));
        let unlisted = self.catalog.locales.iter().filter(|locale| self.config.locale_meta(&locale.tag).is_none());
        let unlisted = unlisted.map(|locale| {
            format!(
                "`{}` has no [[locale]] entry in {}: the picker names it by its tag",
                locale.tag,
                self.config.manifest_path.display()
            )
        });
        skipped.chain(unlisted).collect()
    }

    /// The languages to check and render again when the files of `touched` changed: those, and
    /// every language that falls back to one of them (all of them, for the reference).
    fn affected(&self, touched: &BTreeSet<Tag>) -> Vec<Tag> {
        let available: BTreeSet<Tag> = self.catalog.locales.iter().map(|locale| locale.tag.clone()).collect();
        let source = &self.config.source_locale;
        let reaches = |tag: &Tag| fallback_chain(tag, source, &available).iter().any(|link| touched.contains(link));
        self.languages.iter().filter(|tag| reaches(tag)).cloned().collect()
    }
}

/// Which languages a build is about.
#[derive(Debug, Clone)]
pub enum Scope {
    /// Every language of the campaign.
    All,
    /// The languages whose files changed since the last build with the same [`Memory`]; they
    /// and the languages that fall back to them are checked and rendered again.
    Changed(BTreeSet<Tag>),
}

/// What a build remembers for the next one with the same campaign's manifest: the first
/// render pass, every language's findings and how far it is, and the errors each language's
/// pages were made with. `Memory::default()` for a build from nothing.
#[derive(Debug, Default)]
pub struct Memory {
    trials: Trials,
    findings: BTreeMap<Tag, Vec<Diagnostic>>,
    summaries: BTreeMap<Tag, LocaleSummary>,
    /// The errors each language had when its pages were last made ([`Memory::error_keys`]).
    shown_errors: BTreeMap<Tag, BTreeSet<ErrorKey>>,
    /// Whether an earlier build's pages are in place, which a language with new errors keeps.
    pages_in_place: bool,
}

/// An error as [`Memory::error_keys`] tells it apart: code, id and message.
type ErrorKey = (&'static str, Option<String>, String);

impl Memory {
    /// Says whether the pages of the last build are in place (written whole): only then does a
    /// language with new errors keep its pages instead of being built again.
    pub fn pages_in_place(&mut self, in_place: bool) {
        self.pages_in_place = in_place;
    }

    /// Forgets what the first pass found: after the manifest changed, documents and languages
    /// may be others.
    pub fn forget_renders(&mut self) {
        self.trials = Trials::default();
    }

    /// The findings of `languages`, levels applied.
    pub fn findings<'a>(&'a self, languages: &'a [Tag]) -> impl Iterator<Item = &'a Diagnostic> + 'a {
        languages.iter().filter_map(|tag| self.findings.get(tag)).flatten()
    }

    /// Every language's findings.
    pub fn all_findings(&self) -> impl Iterator<Item = &Diagnostic> {
        self.findings.values().flatten()
    }

    /// Checks the `changed` languages again; the other languages of `campaign` keep their
    /// findings, and those it no longer has are forgotten.
    fn check(&mut self, campaign: &Campaign, changed: &[Tag]) {
        let current = &campaign.languages;
        self.findings.retain(|tag, _| current.contains(tag) && !changed.contains(tag));
        self.summaries.retain(|tag, _| current.contains(tag));
        // An empty selection would check every language.
        if changed.is_empty() {
            return;
        }
        let report = run_checks(&campaign.catalog, &Setup::of(&campaign.config, changed));
        for found in report.diagnostics {
            self.findings.entry(found.locale.clone()).or_default().push(found);
        }
        self.summaries.extend(report.locales.into_iter().map(|summary| (summary.locale.clone(), summary)));
    }

    /// What tells the errors of `tag` apart: their code, id and message, not where they are
    /// (editing a line above one moves it).
    fn error_keys(&self, tag: &Tag) -> BTreeSet<ErrorKey> {
        let errors = self.findings(std::slice::from_ref(tag)).filter(|found| found.severity == Severity::Error);
        errors.map(|found| (found.code.code, found.id.clone(), found.message.clone())).collect()
    }

    /// Whether `tag` has errors that its pages, as last made, did not have.
    fn has_new_errors(&self, tag: &Tag) -> bool {
        let shown = self.shown_errors.get(tag);
        self.error_keys(tag).iter().any(|key| shown.is_none_or(|shown| !shown.contains(key)))
    }
}

/// What [`build_site`] made.
#[derive(Debug)]
pub struct Built {
    /// The pages rendered, by path relative to the output folder: the picker, the status
    /// dashboard and the published documents of `rendered` but `held` (none without
    /// `options.pages`).
    pub pages: BTreeMap<PathBuf, String>,
    /// The documents left out, for every language, and why.
    pub withheld: Vec<Withheld>,
    /// Where every language stands, in the picker's order.
    pub statuses: Vec<LocaleStatus>,
    /// The languages checked and rendered again (all of them for [`Scope::All`]).
    pub rendered: Vec<Tag>,
    /// Those of them whose files have errors their pages did not have: their pages are not
    /// in `pages`, so that the last good ones stay. Only where [`Memory::pages_in_place`].
    pub held: Vec<Tag>,
}

/// Builds the site of `campaign`: checks the languages of `scope`, renders them (the pages
/// with `options.pages`), and gives every language's status. `memory` holds what an earlier
/// build with the same manifest found and takes what this one finds.
pub fn build_site(campaign: &Campaign, scope: &Scope, memory: &mut Memory, options: Options) -> Result<Built> {
    let changed = match scope {
        Scope::All => campaign.languages.clone(),
        Scope::Changed(touched) => campaign.affected(touched),
    };
    memory.check(campaign, &changed);
    // A save that brings a language new errors leaves its last good pages in place, and what
    // it publishes, which every other page links to; so too for the languages that fall back
    // to it: their first pass is not run again. Errors a language already had when its pages
    // were last made do not hold it, so that a translator can fix them one at a time. A first
    // build makes every page: there is none to keep.
    let broken: BTreeSet<Tag> = match memory.pages_in_place {
        true => changed.iter().filter(|tag| memory.has_new_errors(tag)).cloned().collect(),
        false => BTreeSet::new(),
    };
    let held = match broken.is_empty() {
        true => Vec::new(),
        false => campaign.affected(&broken).into_iter().filter(|tag| changed.contains(tag)).collect(),
    };
    let fresh: Vec<Tag> = changed.iter().filter(|tag| !held.contains(tag)).cloned().collect();
    for tag in &fresh {
        let errors = memory.error_keys(tag);
        memory.shown_errors.insert(tag.clone(), errors);
    }

    let Campaign { config, catalog, languages, records } = campaign;
    let update = render_update(config, catalog, languages, &fresh, &mut memory.trials, options)?;
    let summaries: Vec<LocaleSummary> = memory.summaries.values().cloned().collect();
    let statuses = status::collect(config, &summaries, records, &update.site.withheld, languages);
    let mut pages = update.site.pages;
    if options.pages {
        pages.insert(PathBuf::from(status::PAGE), status::render_html(&statuses)?);
    }
    let mut rendered = update.rendered;
    rendered.extend(held.iter().filter(|tag| !rendered.contains(tag)).cloned().collect::<Vec<_>>());
    Ok(Built { pages, withheld: update.site.withheld, statuses, rendered, held })
}
