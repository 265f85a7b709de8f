//! `outreach check`: a manifest, a bare Fluent tree or a compare-locales project → catalog →
//! checks → findings in the chosen format, and an exit code for CI.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, anyhow, bail};

use super::{Outcome, use_color};
use crate::catalog::{Catalog, LocaleFiles, Read, load_languages};
use crate::checks::{BUILD_FUNCTIONS, Report, Setup, run_checks_reading};
use crate::cli::{CheckArgs, Cli, Format};
use crate::config::{Bundle, Config, Contact, Identifier};
use crate::diagnostics::Level;
use crate::diagnostics::codes::CodeKey;
use crate::diagnostics::{LocaleSummary, Severity, render_github, render_human, write_json};
use crate::project::{Filters, load_project};
use crate::tag::Tag;
use crate::text::plural;

/// What to check, however it was described: a campaign's manifest, a bare folder of language
/// folders, or a compare-locales project configuration.
struct Subject {
    catalog: Catalog,
    source: Tag,
    /// The folder of language folders, for `--locale`'s error.
    locales_dir: PathBuf,
    contacts: BTreeMap<Identifier, Contact>,
    functions: Option<&'static [&'static str]>,
    levels: BTreeMap<CodeKey, Level>,
    bundle: Bundle,
    /// A project configuration's filters.
    filters: Option<Filters>,
}

/// Checks the languages and prints what was found.
pub fn run(cli: &Cli, args: &CheckArgs) -> Result<Outcome> {
    // Each language is read where it is checked, and let go after, unless the findings are to
    // quote its lines once every language is checked.
    let when = match args.format {
        Format::Human => Read::Now,
        Format::Json | Format::Github => Read::Later,
    };
    let subject = match (&args.project, &args.locales_dir, &args.source_locale) {
        (Some(project), _, _) => from_project(project, &args.locales, when)?,
        (None, Some(dir), Some(source)) => from_locales_dir(dir, source, &args.locales, when)?,
        _ => from_manifest(&cli.config, cli.quiet, &args.locales, when)?,
    };
    let Subject { catalog, source, locales_dir, contacts, functions, levels, bundle, filters } = subject;
    let selected = match filters {
        // The project read only the languages asked for.
        Some(_) => Vec::new(),
        None => catalog.select(&locales_dir, &args.locales)?,
    };
    let bundle = args.bundle.unwrap_or(bundle);
    // Files without a manifest are taken to be a web project's.
    let web_project = functions.is_none();
    let setup = Setup {
        source: &source,
        contacts: &contacts,
        functions,
        levels: &levels,
        selected: &selected,
        bundle,
        web_project,
    };
    let mut report = run_checks_reading(&catalog, &setup)?;
    if let Some(filters) = &filters {
        filters.apply(&mut report);
    }

    if !cli.quiet {
        for note in &report.notes {
            eprintln!("note: {note}");
        }
    }
    match args.format {
        Format::Human => {
            let color = use_color(cli.color, std::io::stdout().is_terminal());
            print!("{}", render_human(&report.diagnostics, &catalog.sources(), color));
            if !cli.quiet {
                print!("{}", summary(&report, &source));
            }
        }
        Format::Json => {
            let mut out = std::io::BufWriter::new(std::io::stdout().lock());
            write_json(&mut out, &report.diagnostics, &report.locales)
                .and_then(|()| out.flush())
                .context("cannot write the findings")?;
        }
        Format::Github => print!("{}", render_github(&report.diagnostics)),
    }
    let count = |severity| report.diagnostics.iter().filter(|found| found.severity == severity).count();
    let failed = count(Severity::Error) > 0 || (args.deny_warnings && count(Severity::Warning) > 0);
    Ok(if failed { Outcome::Problems } else { Outcome::Clean })
}

/// The languages to read: those `requested` and the reference, or every one.
fn to_read(requested: &[String], source: &Tag) -> Result<Vec<Tag>> {
    let mut tags: Vec<Tag> = requested
        .iter()
        .map(|text| Tag::parse(text).map_err(|reason| anyhow!("--locale {text}: {reason}")))
        .collect::<Result<_>>()?;
    if !tags.is_empty() {
        tags.push(source.clone());
    }
    Ok(tags)
}

/// The campaign of the manifest at `manifest` (the `requested` languages and the reference):
/// its contacts, functions, levels and bundles.
fn from_manifest(manifest: &Path, quiet: bool, requested: &[String], when: Read) -> Result<Subject> {
    let config = Config::load(manifest)?;
    let only = to_read(requested, &config.source_locale)?;
    let catalog = load_languages(&config.root, &config.locales_dir, &only, when)?;
    require_folder(&catalog, &config.source_locale, &config.locale_dir(&config.source_locale))?;
    if !quiet {
        for note in &catalog.skipped {
            eprintln!("note: skipped {note}");
        }
    }
    Ok(Subject {
        catalog,
        source: config.source_locale,
        locales_dir: config.locales_dir,
        contacts: config.contacts,
        functions: Some(BUILD_FUNCTIONS),
        levels: config.checks,
        bundle: config.bundle,
        filters: None,
    })
}

/// A bare tree of language folders (the `requested` ones and `source`, the reference's): no
/// contacts, any function (the application registers its own), and a bundle per file.
fn from_locales_dir(dir: &Path, source: &str, requested: &[String], when: Read) -> Result<Subject> {
    let source = Tag::parse(source).map_err(|reason| anyhow!("--source-locale {source}: {reason}"))?;
    let mut catalog = load_languages(dir, dir, &to_read(requested, &source)?, when)?;
    // A bare tree holds all sorts of folders; only those with Fluent files are languages.
    catalog.locales.retain(LocaleFiles::has_files);
    require_folder(&catalog, &source, &dir.join(source.to_string()))?;
    Ok(Subject {
        catalog,
        source,
        locales_dir: dir.to_path_buf(),
        contacts: BTreeMap::new(),
        functions: None,
        levels: BTreeMap::new(),
        bundle: Bundle::File,
        filters: None,
    })
}

/// The files a compare-locales project configuration lists, of the `requested` languages.
fn from_project(path: &Path, requested: &[String], when: Read) -> Result<Subject> {
    let project = load_project(path, requested, when)?;
    Ok(Subject {
        locales_dir: project.root.clone(),
        catalog: project.catalog,
        source: project.reference,
        contacts: BTreeMap::new(),
        functions: None,
        levels: BTreeMap::new(),
        bundle: Bundle::File,
        filters: Some(project.filters),
    })
}

fn require_folder(catalog: &Catalog, source: &Tag, dir: &Path) -> Result<()> {
    if catalog.locale(source).is_none() {
        bail!("there is no folder `{}` with the reference language's .ftl files", dir.display());
    }
    Ok(())
}

/// One line per language, then the totals.
fn summary(report: &Report, source: &Tag) -> String {
    let width = report.locales.iter().map(|locale| locale.locale.to_string().len()).max().unwrap_or(0);
    let mut out = String::new();
    for locale in &report.locales {
        let LocaleSummary {
            messages,
            translated,
            untranslated,
            missing,
            obsolete,
            obsolete_files,
            errors,
            warnings,
            ..
        } = locale;
        let progress = if locale.locale == *source {
            format!("{messages} messages, the reference")
        } else {
            // Rare counts only where they are not 0, so that the usual line stays short.
            let untranslated = match untranslated {
                0 => String::new(),
                count => format!(", {count} untranslated"),
            };
            let files = match obsolete_files {
                0 => String::new(),
                count => format!(", {}", plural(*count, "obsolete file")),
            };
            format!("{translated}/{messages} translated{untranslated}, {missing} missing, {obsolete} obsolete{files}")
        };
        out += &format!(
            "{:<width$}  {progress}; {}, {}\n",
            locale.locale.to_string(),
            plural(*errors, "error"),
            plural(*warnings, "warning")
        );
    }
    let count = |severity| report.diagnostics.iter().filter(|found| found.severity == severity).count();
    out += &format!(
        "checked {}: {}, {}\n",
        plural(report.locales.len(), "language"),
        plural(count(Severity::Error), "error"),
        plural(count(Severity::Warning), "warning")
    );
    out
}
