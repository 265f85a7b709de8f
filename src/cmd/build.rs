//! `outreach build`: config → catalog → render (and the status dashboard) → output, then a
//! report of what was published.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result, bail};

use super::{Outcome, selected_locales, use_color};
use crate::catalog::{Catalog, load_catalog};
use crate::checks::{Setup, run_checks};
use crate::cli::{BuildArgs, Cli};
use crate::config::Config;
use crate::diagnostics::{Severity, apply_levels, render_human};
use crate::fonts::{self, Missing};
use crate::output::write_site;
use crate::print::{Job, Printed, find_browser, print};
use crate::render::{Site, languages_to_build, render_site};
use crate::status;
use crate::tag::Tag;
use crate::text::plural;

/// Builds the site and reports every document that was held back.
pub fn run(cli: &Cli, args: &BuildArgs) -> Result<Outcome> {
    let config = Config::load(&cli.config)?;
    let catalog = load_catalog(&config.root, &config.locales_dir)?;
    let requested = selected_locales(&catalog, &config.locales_dir, &args.locales)?;
    if !cli.quiet {
        for note in notes(&config, &catalog) {
            eprintln!("note: {note}");
        }
    }
    let mut languages = languages_to_build(&config, &catalog, &requested);
    if args.only_reviewed {
        languages = leave_out_drafts(&config, languages, cli.quiet)?;
    }
    let mut diagnostics = catalog.diagnostics.clone();
    apply_levels(&mut diagnostics, &config.checks);
    let sources = catalog.sources();
    eprint!("{}", render_human(&diagnostics, &sources, use_color(cli.color, std::io::stderr().is_terminal())));

    let previews = args.pdf || args.previews;
    let mut site = render_site(&config, &catalog, &languages, previews)?;
    let report = run_checks(&catalog, &Setup::of(&config, &languages));
    let outdated = status::outdated_counts(&config, &catalog, &languages);
    let statuses = status::collect(&config, &report.locales, &outdated, &site.withheld, &languages);
    site.pages.insert(PathBuf::from(status::PAGE), status::render_html(&statuses)?);
    for warning in status::record_warnings(&statuses) {
        eprintln!("warning: {warning}");
    }
    let out = args.out.as_ref().unwrap_or(&config.output_dir);
    let protected = [&*config.root, &config.locales_dir, &config.templates_dir, &config.manifest_path];
    let browser = if previews { Some(find_browser()?) } else { None };
    let mut printed = Vec::new();
    write_site(&site, &config.templates_dir.join("assets"), out, &protected, |written| {
        if let Some(browser) = &browser {
            let started = Instant::now();
            let written = std::path::absolute(written).context("cannot find the output folder")?;
            let jobs = print_jobs(&config, &languages, &site, &written, args.pdf);
            printed = print(browser, &jobs)?;
            // Name each PDF where it will be once the build is in place.
            for pdf in &mut printed {
                pdf.pdf = out.join(pdf.pdf.strip_prefix(&written).unwrap_or(&pdf.pdf));
            }
            if !cli.quiet {
                let seconds = started.elapsed().as_secs_f64();
                let previews = jobs.iter().filter(|job| job.preview.is_some()).count();
                let made: Vec<String> = [(printed.len(), "PDF"), (previews, "preview")]
                    .into_iter()
                    .filter(|&(count, _)| count > 0)
                    .map(|(count, noun)| plural(count, noun))
                    .collect();
                eprintln!("Made {} in {seconds:.1} s", made.join(" and "));
            }
        }
        Ok(())
    })?;
    let fonts_dir = config.templates_dir.join("assets/fonts");
    let missing = fonts::missing_characters(&fonts_dir, &site.pages)?;
    for Missing { ch, pages } in &missing {
        let others = match pages.len() - 1 {
            0 => String::new(),
            count => format!(" (and {})", plural(count, "other page")),
        };
        eprintln!(
            "warning: no font in {} has `{ch}` (U+{:04X}), which {}{others} shows: it prints in the \
             computer's own font, or as an empty box; use another word, or add a font that has it \
             (see SOURCES.md there)",
            fonts_dir.display(),
            *ch as u32,
            out.join(&pages[0]).display(),
        );
    }
    let unfit: Vec<&Printed> = printed.iter().filter(|printed| !printed.fits()).collect();
    for printed in &unfit {
        let problem = if printed.pages == 1 {
            "has text cut off: it does not fit its boxes even in the tightest layout".to_string()
        } else {
            format!("is {} long, not one", plural(printed.pages, "page"))
        };
        eprintln!("warning: {} {problem}; shorten the language's longest lines", printed.pdf.display());
    }

    for withheld in &site.withheld {
        eprintln!("warning: {withheld}");
    }
    if !cli.quiet {
        let (pages, count) = (plural(site.pages.len(), "page"), plural(languages.len(), "language"));
        eprintln!("Built {pages} for {count} into {}", out.display());
        let drafts = languages.iter().filter(|tag| !config.is_reviewed(tag)).count();
        if drafts > 0 {
            eprintln!(
                "{} not been reviewed by a native speaker; `outreach build --only-reviewed` leaves \
                 drafts out of a print run",
                if drafts == 1 { "1 of them has".to_string() } else { format!("{drafts} of them have") }
            );
        }
    }
    let has_errors = diagnostics.iter().any(|diagnostic| diagnostic.severity == Severity::Error);
    let problems = has_errors || !site.withheld.is_empty() || !unfit.is_empty() || !missing.is_empty();
    Ok(if problems { Outcome::Problems } else { Outcome::Clean })
}

/// What the browser does in the folder `written` (absolute): the picture of every published
/// document that has one, and, with `pdf`, every paper size of every published document that
/// names one.
fn print_jobs(config: &Config, languages: &[Tag], site: &Site, written: &Path, pdf: bool) -> Vec<Job> {
    let mut jobs = Vec::new();
    for tag in languages {
        let folder = written.join(tag.to_string());
        for document in &config.documents {
            let page = PathBuf::from(tag.to_string()).join(document.output_file());
            let prints: Vec<_> = match pdf {
                true => document.pdf_files().into_iter().map(|(paper, file)| (paper, folder.join(file))).collect(),
                false => Vec::new(),
            };
            let preview = document.preview_file().map(|file| folder.join(file));
            if site.pages.contains_key(&page) && (!prints.is_empty() || preview.is_some()) {
                jobs.push(Job { page: written.join(&page), prints, preview });
            }
        }
    }
    jobs
}

/// `--only-reviewed`: the languages a native speaker has reviewed, in the order given. Fails
/// when there is none, so that a print run never silently publishes nothing.
fn leave_out_drafts(config: &Config, languages: Vec<Tag>, quiet: bool) -> Result<Vec<Tag>> {
    let (reviewed, drafts): (Vec<Tag>, Vec<Tag>) = languages.into_iter().partition(|tag| config.is_reviewed(tag));
    let drafts: Vec<String> = drafts.iter().map(Tag::to_string).collect();
    if reviewed.is_empty() {
        bail!(
            "--only-reviewed: no language to build has been reviewed ({}); once a native speaker has \
             reviewed one, set `status = \"reviewed\"` in its [[locale]] entry in {}",
            drafts.join(", "),
            config.manifest_path.display()
        );
    }
    if !quiet && !drafts.is_empty() {
        eprintln!("note: --only-reviewed leaves out {}: {}", plural(drafts.len(), "draft"), drafts.join(", "));
    }
    Ok(reviewed)
}

/// What the user may want to know about folders that were skipped or are incomplete.
fn notes(config: &Config, catalog: &Catalog) -> Vec<String> {
    let skipped = catalog.skipped.iter().map(|note| format!("skipped {note}"));
    let unlisted = catalog.locales.iter().filter(|locale| config.locale_meta(&locale.tag).is_none()).map(|locale| {
        format!(
            "`{}` has no [[locale]] entry in {}: the picker names it by its tag",
            locale.tag,
            config.manifest_path.display()
        )
    });
    skipped.chain(unlisted).collect()
}
