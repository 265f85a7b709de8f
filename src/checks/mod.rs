//! Stage 3, checks: pure functions from the [`Catalog`] to [`Diagnostic`]s. Every language is
//! compared with the reference, and every language (the reference included) is checked on its
//! own: one file per family of checks, each finding with a stable code from the registry
//! ([`crate::diagnostics::codes`]). The checks read only the catalog, the manifest and what
//! [`crate::fluent`] says of Fluent text, never the renderer.

mod completeness;
mod contacts;
mod language;
mod markup;
mod numbers;
mod plurals;
mod references;
mod syntax;
mod text;
mod variables;

pub use plurals::plural_categories;
pub use text::script_names;

use std::collections::{BTreeMap, BTreeSet};
use std::convert::Infallible;

use rayon::prelude::*;
use rustc_hash::FxHashMap;

use crate::catalog::{Catalog, LocaleFiles};
use crate::config::{Bundle, Config, Contact, Identifier};
use crate::diagnostics::codes::{CodeKey, FTL050};
use crate::diagnostics::{Diagnostic, Level, LocaleSummary, Severity, apply_levels};
use crate::fluent::Contacts;
use crate::tag::Tag;
use language::{Entry, Language, Slot};

/// What the checks need to know beyond the files.
#[derive(Debug)]
pub struct Setup<'a> {
    /// The reference language, which the others are compared with.
    pub source: &'a Tag,
    /// The manifest's contacts, which every language reaches as terms (none without a manifest).
    pub contacts: &'a BTreeMap<Identifier, Contact>,
    /// The functions messages may call, or `None` when the application is not known (a Fluent
    /// tree checked without a manifest may call functions its application registers).
    pub functions: Option<&'a [&'a str]>,
    /// The level of each code, where the manifest changes it.
    pub levels: &'a BTreeMap<CodeKey, Level>,
    /// The languages to report on; empty for all.
    pub selected: &'a [Tag],
    /// What one bundle holds, which decides where each message is expected.
    pub bundle: Bundle,
    /// Whether the files are a web project's, not a campaign outreach builds. A web page shows
    /// the translations' HTML, so a translation may add or drop a line break or balanced
    /// emphasis (FTL053; outreach's templates print every tag as text); and text most languages
    /// keep as the reference's is a name, not untranslated (FTL050; outreach's build would
    /// still leave such a document out, and must agree with `check`).
    pub web_project: bool,
}

/// The functions the build's bundles give messages (fluent-bundle's built-ins).
pub const BUILD_FUNCTIONS: &[&str] = &["NUMBER"];

impl<'a> Setup<'a> {
    /// The setup of a campaign's own check: its reference, contacts, the build's functions and
    /// the manifest's levels, reporting on `selected` (all languages if empty).
    pub fn of(config: &'a Config, selected: &'a [Tag]) -> Setup<'a> {
        Setup {
            source: &config.source_locale,
            contacts: &config.contacts,
            functions: Some(BUILD_FUNCTIONS),
            levels: &config.checks,
            selected,
            bundle: config.bundle,
            web_project: false,
        }
    }
}

/// The findings of a check, and how far each language is.
#[derive(Debug)]
pub struct Report {
    /// Every finding, sorted by locale, file, line, column and code.
    pub diagnostics: Vec<Diagnostic>,
    /// One summary per language, sorted by tag.
    pub locales: Vec<LocaleSummary>,
    /// What could not be checked, and why: notes for the user, not findings.
    pub notes: Vec<String>,
}

/// A value or attribute that a language shares with the reference: the language's entry, then
/// the reference's text and the language's.
type Pair<'l, 'a> = (&'l Entry<'a>, Slot<'a>, Slot<'a>);

/// What every check of one language sees: the setup and the reference.
pub struct Context<'a> {
    setup: &'a Setup<'a>,
    reference: &'a Language<'a>,
    /// The contacts as the build adds them to every bundle.
    contacts: &'a Contacts,
    /// The variables each of the reference's messages receives.
    passed: &'a FxHashMap<&'a str, BTreeSet<&'a str>>,
    /// What each of the reference's entries refers to.
    referenced: FxHashMap<&'a str, BTreeSet<String>>,
    /// The references of the reference's entries that do not resolve, by entry.
    broken: FxHashMap<&'a str, BTreeSet<String>>,
    /// How many words each of the reference's entries holds (see [`completeness::words`]).
    words: FxHashMap<&'a str, usize>,
    /// The reference's messages whose text is a title (`Fast Company`), in a web project.
    titles: BTreeSet<&'a str>,
    /// The reference's entries in the order of their ids, each with its value and attributes
    /// [scanned](Slot::scanned) once for every language.
    wanted: Vec<(&'a Entry<'a>, Vec<Slot<'a>>)>,
}

impl<'a> Context<'a> {
    /// Whether `language` is the reference itself.
    fn is_reference(&self, language: &Language) -> bool {
        language.tag() == self.setup.source
    }

    /// Every value and attribute that `language` shares with the reference: the language's
    /// entry, then the reference's text and the language's.
    fn shared_slots<'l>(&self, language: &'l Language<'a>) -> Vec<Pair<'l, 'a>> {
        let mut pairs = Vec::new();
        for (wanted, scanned) in &self.wanted {
            let Some(entry) = language.get(wanted.id) else { continue };
            pairs.extend(entry.shared_slots(scanned).into_iter().map(|(theirs, mine)| (entry, theirs, mine)));
        }
        pairs
    }

    /// The contact a term name (without its `-`) stands for, if it is one.
    fn contact(&self, term: &str) -> Option<&Contact> {
        self.setup.contacts.iter().find(|(name, _)| name.0 == term).map(|(_, contact)| contact)
    }

    /// The contact `entry` redefines, if it is a term named like one.
    fn contact_of(&self, entry: &Entry) -> Option<&Contact> {
        entry.id.strip_prefix('-').and_then(|name| self.contact(name))
    }
}

/// Checks the catalog's languages, read already, against the reference `setup.source`, which
/// must be in it.
pub fn run_checks(catalog: &Catalog, setup: &Setup) -> Report {
    let Ok(report) = check_languages(catalog, setup, |_| Ok::<_, Infallible>(None));
    report
}

/// Checks the catalog's languages against the reference `setup.source`, which must be in it,
/// reading each where it is checked if it was found but not read ([`Read::Later`]), and letting
/// it go after. Fails if a file cannot be read.
///
/// [`Read::Later`]: crate::catalog::Read::Later
pub fn run_checks_reading(catalog: &Catalog, setup: &Setup) -> anyhow::Result<Report> {
    check_languages(catalog, setup, LocaleFiles::read)
}

/// A language read where it is checked, and the findings about its files.
type ReadHere = Option<(LocaleFiles, Vec<Diagnostic>)>;

/// Checks the catalog's languages, each as `read` gives it: read here, or `None` if it was
/// read with the catalog.
fn check_languages<E: Send>(
    catalog: &Catalog,
    setup: &Setup,
    read: impl Fn(&LocaleFiles) -> Result<ReadHere, E> + Sync,
) -> Result<Report, E> {
    let wanted = |tag: &Tag| setup.selected.is_empty() || setup.selected.contains(tag);
    let Some(reference) = catalog.locale(setup.source) else {
        return Ok(Report { diagnostics: Vec::new(), locales: Vec::new(), notes: Vec::new() });
    };
    let reference_read = read(reference)?;
    let (reference, reference_found) = match &reference_read {
        Some((files, found)) => (files, found.as_slice()),
        None => (reference, &[][..]),
    };
    let reference = &Language::new(reference);
    let contacts = Contacts::new(setup.contacts);
    let passed = variables::passed_variables(reference);
    let titles = match setup.web_project {
        true => reference
            .entries
            .values()
            .filter(|entry| !entry.is_term && entry.value.is_some_and(text::is_a_title))
            .map(|entry| entry.id)
            .collect(),
        false => BTreeSet::new(),
    };
    let scanned = reference
        .entries
        .values()
        .map(|entry| (entry, entry.slots().into_iter().map(Slot::scanned).collect()))
        .collect();
    let mut cx = Context {
        setup,
        reference,
        contacts: &contacts,
        passed: &passed,
        referenced: FxHashMap::default(),
        broken: FxHashMap::default(),
        words: reference.entries.values().map(|entry| (entry.id, completeness::words(entry))).collect(),
        titles,
        wanted: scanned,
    };
    cx.referenced = references::referenced_by_reference(&cx);
    cx.broken = references::broken_in_reference(&cx);

    let mut diagnostics: Vec<Diagnostic> = catalog
        .diagnostics
        .iter()
        .chain(reference_found)
        .filter(|diagnostic| wanted(&diagnostic.locale))
        .cloned()
        .collect();
    // Each language is indexed where it is checked, so that only a few indexes are in memory
    // at once; the reference's serves them all.
    let mut checked: Vec<_> = catalog
        .locales
        .par_iter()
        .filter(|locale| wanted(&locale.tag))
        .map(|locale| {
            let (own, read_here);
            let mut found = Vec::new();
            let language = match &locale.tag == setup.source {
                true => reference,
                false => {
                    read_here = read(locale)?;
                    let files = match &read_here {
                        Some((files, about_files)) => {
                            found.extend_from_slice(about_files);
                            files
                        }
                        None => locale,
                    };
                    own = Language::new(files);
                    &own
                }
            };
            // Most families compare the text the language shares with the reference: pair it once.
            let shared = cx.shared_slots(language);
            syntax::check(&cx, language, &mut found);
            let slots = completeness::expected(&cx, language);
            completeness::check(&cx, language, &slots, &mut found);
            variables::check(&cx, language, &mut found);
            references::check(&cx, language, &mut found);
            contacts::check(&cx, language, &shared, &mut found);
            numbers::check(&cx, language, &shared, &mut found);
            plurals::check(&cx, language, &shared, &mut found);
            text::check(&cx, language, &shared, &mut found);
            markup::check(&cx, language, &shared, &mut found);
            // A translation's, as `spare_names` counts them: the reference (and `en-GB` beside
            // `en`) keeps its own titles, which says nothing of their being names.
            let translation = language.tag().0.language != setup.source.0.language;
            let titles = cx
                .titles
                .iter()
                .filter(|_| translation)
                .filter_map(|&id| Some((id, language.get(id)?.value? == cx.reference.get(id)?.value?)))
                .collect();
            let summary = completeness::counts(&cx, language, &slots, &found);
            Ok(Checked { summary, found, titles })
        })
        .collect::<Result<_, E>>()?;

    if setup.web_project {
        spare_names(setup, &mut checked);
    }
    let mut locales = Vec::new();
    for Checked { summary, found, .. } in checked {
        diagnostics.extend(found);
        locales.push(summary);
    }
    apply_levels(&mut diagnostics, setup.levels);
    Diagnostic::sort(&mut diagnostics);
    // A language CLDR has no plural rules for: what its selects need cannot be told.
    let notes = locales
        .iter()
        .filter(|summary| summary.locale != *setup.source && plural_categories(&summary.locale).is_none())
        .map(|summary| {
            format!(
                "{}: CLDR (as ICU4X ships it) has no plural rules for it; its plural selects were not checked",
                summary.locale
            )
        })
        .collect();
    let mut report = Report { diagnostics, locales, notes };
    report.count_findings();
    Ok(report)
}

/// What checking one language gave.
struct Checked<'a> {
    /// How far the language is.
    summary: LocaleSummary,
    /// Its findings.
    found: Vec<Diagnostic>,
    /// The reference's titles it has (see [`Context::titles`]), each with whether it keeps it
    /// word for word.
    titles: Vec<(&'a str, bool)>,
}

/// Drops the FTL050 findings of the messages that translations keep word for word as the
/// reference's: a name, which a language keeps, not text left in English. A message is a name
/// when most translations keep it (needs four at least to tell), or when it is a title one in
/// seven of the languages that have it keep (seven at least). Measured on mozilla.org's
/// translations: the titles that are names (`The Coral Project`, `Shape of the Web`) are kept
/// by a fifth to nine tenths of the languages, the ones left in English by mistake (`Visual
/// Editing`, `Firefox for Desktop`) by a tenth or fewer.
fn spare_names(setup: &Setup, checked: &mut [Checked]) {
    let source = &setup.source.0.language;
    let translations = checked.iter().filter(|language| language.summary.locale.0.language != *source).count();
    if translations < 4 {
        return;
    }
    let mut kept: BTreeMap<&str, usize> = BTreeMap::new();
    // A title's languages, and those that keep it (a language written in the reference's
    // script may keep it without an FTL050 finding: see `text::keeps_a_name`).
    let mut titles: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for language in checked.iter() {
        let ids: BTreeSet<&str> = language
            .found
            .iter()
            .filter(|found| std::ptr::eq(found.code, &FTL050))
            .filter_map(|found| found.id.as_deref())
            .collect();
        for id in ids {
            *kept.entry(id).or_default() += 1;
        }
        for &(id, same) in &language.titles {
            let title = titles.entry(id).or_default();
            title.0 += 1;
            title.1 += usize::from(same);
        }
    }
    let names: BTreeSet<String> = kept
        .into_iter()
        .filter(|&(id, count)| {
            let (had, same) = titles.get(id).copied().unwrap_or_default();
            count * 2 > translations || (had >= 7 && same * 7 >= had)
        })
        .map(|(id, _)| id.to_string())
        .collect();
    for Checked { summary, found, .. } in checked.iter_mut() {
        let mut spared = BTreeSet::new();
        found.retain(|found| {
            let name = std::ptr::eq(found.code, &FTL050) && found.id.as_ref().is_some_and(|id| names.contains(id));
            if name {
                spared.insert((found.file.clone(), found.id.clone()));
            }
            !name
        });
        let spared = spared.len().min(summary.untranslated);
        summary.untranslated -= spared;
        summary.translated += spared;
    }
}

impl Report {
    /// Sets each language's counts of errors and warnings from the findings (again, once
    /// their levels changed).
    pub fn count_findings(&mut self) {
        // One pass over the findings, not one per language: a large tree has many of both.
        let mut counts: BTreeMap<&Tag, (usize, usize)> = BTreeMap::new();
        for found in &self.diagnostics {
            let count = counts.entry(&found.locale).or_default();
            match found.severity {
                Severity::Error => count.0 += 1,
                Severity::Warning => count.1 += 1,
            }
        }
        for summary in &mut self.locales {
            (summary.errors, summary.warnings) = counts.get(&summary.locale).copied().unwrap_or_default();
        }
    }
}
