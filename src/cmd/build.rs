//! `outreach build`: loads the campaign, builds its site through [`build_site`], writes it
//! (and, with `--pdf` or `--previews`, prints it), then reports what was published.

use std::io::IsTerminal;
use std::path::Path;
use std::time::Instant;

use anyhow::{Context, Result};

use super::{Outcome, use_color};
use crate::cli::{BuildArgs, Cli};
use crate::config::Config;
use crate::diagnostics::{Severity, apply_levels, render_human};
use crate::fonts::{self, Missing};
use crate::output::write_site;
use crate::print::{self, Printed, find_browser};
use crate::render::Options;
use crate::site::{Built, Campaign, Memory, Scope, build_site};
use crate::status;
use crate::tag::Tag;
use crate::text::plural;

/// Builds the site and reports every document that was held back.
pub fn run(cli: &Cli, args: &BuildArgs) -> Result<Outcome> {
    let mut campaign = Campaign::load(&cli.config, &args.locales)?;
    if !cli.quiet {
        for note in campaign.notes() {
            eprintln!("note: {note}");
        }
    }
    if args.only_reviewed {
        let drafts: Vec<String> = campaign.leave_out_drafts()?.iter().map(Tag::to_string).collect();
        if !cli.quiet && !drafts.is_empty() {
            eprintln!("note: --only-reviewed leaves out {}: {}", plural(drafts.len(), "draft"), drafts.join(", "));
        }
    }
    let config = &campaign.config;
    let mut diagnostics = campaign.catalog.diagnostics.clone();
    apply_levels(&mut diagnostics, &config.checks);
    let color = use_color(cli.color, std::io::stderr().is_terminal());
    eprint!("{}", render_human(&diagnostics, &campaign.catalog.sources(), color));

    let previews = args.pdf || args.previews;
    let built = build_site(&campaign, &Scope::All, &mut Memory::default(), Options { pages: true, previews })?;
    for warning in status::record_warnings(&built.statuses) {
        eprintln!("warning: {warning}");
    }
    let out = args.out.as_ref().unwrap_or(&config.output_dir);
    let browser = if previews { Some(find_browser()?) } else { None };
    let mut printed = Vec::new();
    write_site(&built.pages, &config.templates_dir.join("assets"), out, &config.protected_paths(), |written| {
        if let Some(browser) = &browser {
            printed = print_site(&campaign, &built, browser, (written, out), args.pdf, cli.quiet)?;
        }
        Ok(())
    })?;
    let missing = fonts::missing_characters(&config.templates_dir.join("assets/fonts"), &built.pages)?;
    warn_missing_fonts(config, &missing, out);
    let unfit: Vec<&Printed> = printed.iter().filter(|printed| !printed.fits()).collect();
    for printed in &unfit {
        let problem = if printed.pages > 1 {
            format!("is {} long, not one", plural(printed.pages, "page"))
        } else if printed.overflows {
            "has text cut off: it does not fit its boxes even in the tightest layout".to_string()
        } else {
            "fits only by cutting the extra line height its script needs, so the marks of its lines \
             may touch"
                .to_string()
        };
        eprintln!("warning: {} {problem}; shorten the language's longest lines", printed.pdf.display());
    }
    for withheld in &built.withheld {
        eprintln!("warning: {withheld}");
    }
    if !cli.quiet {
        summary(&campaign, &built, out);
    }
    let has_errors = diagnostics.iter().any(|diagnostic| diagnostic.severity == Severity::Error);
    let problems = has_errors || !built.withheld.is_empty() || !unfit.is_empty() || !missing.is_empty();
    Ok(if problems { Outcome::Problems } else { Outcome::Clean })
}

/// Prints the published documents of the build written to `written` (which will be `out`) to
/// PDF (with `pdf`) and takes their pictures; gives the PDFs, named where they will be.
fn print_site(
    campaign: &Campaign,
    built: &Built,
    browser: &Path,
    (written, out): (&Path, &Path),
    pdf: bool,
    quiet: bool,
) -> Result<Vec<Printed>> {
    let started = Instant::now();
    let written = std::path::absolute(written).context("cannot find the output folder")?;
    let jobs = print::jobs(campaign, &built.pages, &written, pdf);
    let mut printed = print::print(browser, &jobs)?;
    for pdf in &mut printed {
        pdf.pdf = out.join(pdf.pdf.strip_prefix(&written).unwrap_or(&pdf.pdf));
    }
    if !quiet {
        let seconds = started.elapsed().as_secs_f64();
        let previews = jobs.iter().filter(|job| job.preview.is_some()).count();
        let made: Vec<String> = [(printed.len(), "PDF"), (previews, "preview")]
            .into_iter()
            .filter(|&(count, _)| count > 0)
            .map(|(count, noun)| plural(count, noun))
            .collect();
        eprintln!("Made {} in {seconds:.1} s", made.join(" and "));
    }
    Ok(printed)
}

/// A warning for each character a page shows that no shipped font has.
fn warn_missing_fonts(config: &Config, missing: &[Missing], out: &Path) {
    let fonts_dir = config.templates_dir.join("assets/fonts");
    for Missing { ch, pages } in missing {
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
}

/// What was built, and how many of the languages are drafts.
fn summary(campaign: &Campaign, built: &Built, out: &Path) {
    let languages = &campaign.languages;
    let (pages, count) = (plural(built.pages.len(), "page"), plural(languages.len(), "language"));
    eprintln!("Built {pages} for {count} into {}", out.display());
    let drafts = languages.iter().filter(|tag| !campaign.config.is_reviewed(tag)).count();
    if drafts > 0 {
        eprintln!(
            "{} not been reviewed by a native speaker; `outreach build --only-reviewed` leaves \
             drafts out of a print run",
            if drafts == 1 { "1 of them has".to_string() } else { format!("{drafts} of them have") }
        );
    }
}
