//! `outreach check`: config (or a bare Fluent tree) → catalog → checks → findings in the
//! chosen format, and an exit code for CI.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::{Context, Result, anyhow, bail};

use super::{Outcome, use_color};
use crate::catalog::{Catalog, load_catalog};
use crate::checks::{BUILD_FUNCTIONS, Report, Setup, run_checks};
use crate::cli::{CheckArgs, Cli, Format};
use crate::config::{Bundle, Config};
use crate::diagnostics::{LocaleSummary, Severity, render_github, render_human, write_json};
use crate::tag::Tag;
use crate::text::plural;

/// Checks the languages and prints what was found.
pub fn run(cli: &Cli, args: &CheckArgs) -> Result<Outcome> {
    let no_levels = BTreeMap::new();
    let no_contacts = BTreeMap::new();
    let config;
    let (catalog, source, locales_dir, setup_parts) = match (&args.locales_dir, &args.source_locale) {
        (Some(dir), Some(source)) => {
            let source = Tag::parse(source).map_err(|reason| anyhow!("--source-locale {source}: {reason}"))?;
            let mut catalog = load_catalog(dir, dir)?;
            // A bare tree holds all sorts of folders; only those with Fluent files are languages.
            catalog.locales.retain(|locale| !locale.files.is_empty() || !locale.unreadable.is_empty());
            require_folder(&catalog, &source, &dir.join(source.to_string()))?;
            (catalog, source, dir.clone(), (&no_contacts, None, &no_levels, Bundle::File))
        }
        _ => {
            config = Config::load(&cli.config)?;
            let catalog = load_catalog(&config.root, &config.locales_dir)?;
            require_folder(&catalog, &config.source_locale, &config.locale_dir(&config.source_locale))?;
            if !cli.quiet {
                for note in &catalog.skipped {
                    eprintln!("note: skipped {note}");
                }
            }
            let source = config.source_locale.clone();
            let setup = (&config.contacts, Some(BUILD_FUNCTIONS), &config.checks, config.bundle);
            (catalog, source, config.locales_dir.clone(), setup)
        }
    };
    let selected = catalog.select(&locales_dir, &args.locales)?;
    let (contacts, functions, levels, bundle) = setup_parts;
    let bundle = args.bundle.unwrap_or(bundle);
    let setup = Setup { source: &source, contacts, functions, levels, selected: &selected, bundle };
    let report = run_checks(&catalog, &setup);

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
