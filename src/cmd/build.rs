//! `outreach build`: config → catalog → render → output, then a report of what was published.

use std::io::IsTerminal;

use anyhow::{Result, bail};

use super::{Outcome, plural, selected_locales, use_color};
use crate::catalog::{Catalog, load_catalog};
use crate::checks::apply_levels;
use crate::cli::{BuildArgs, Cli};
use crate::config::{Config, Status, Tag};
use crate::diagnostics::{Severity, render_human};
use crate::output::write_site;
use crate::render::render_site;

/// Builds the site and reports every document that was held back.
pub fn run(cli: &Cli, args: &BuildArgs) -> Result<Outcome> {
    let config = Config::load(&cli.config)?;
    let catalog = load_catalog(&config.root, &config.locales_dir)?;
    let mut selected = selected_locales(&catalog, &config.locales_dir, &args.locales)?;
    if selected.is_empty() {
        selected = catalog.locales.iter().map(|locale| locale.tag.clone()).collect();
    }
    if !cli.quiet {
        for note in notes(&config, &catalog) {
            eprintln!("note: {note}");
        }
    }
    let is_draft = |tag: &Tag| config.locale_meta(tag).is_none_or(|meta| meta.status == Status::Draft);
    if args.only_reviewed {
        selected = leave_out_drafts(&config, selected, is_draft, cli.quiet)?;
    }
    let mut diagnostics = catalog.diagnostics.clone();
    apply_levels(&mut diagnostics, &config.checks);
    let sources = catalog.sources();
    eprint!("{}", render_human(&diagnostics, &sources, use_color(cli.color, std::io::stderr().is_terminal())));

    let site = render_site(&config, &catalog, &selected)?;
    let out = args.out.as_ref().unwrap_or(&config.output_dir);
    let protected = [&*config.root, &config.locales_dir, &config.templates_dir, &config.manifest_path];
    write_site(&site, &config.templates_dir.join("assets"), out, &protected)?;

    for withheld in &site.withheld {
        eprintln!("warning: {withheld}");
    }
    if !cli.quiet {
        let drafts = selected.iter().filter(|tag| is_draft(tag)).count();
        eprintln!("Built {} pages for {} languages into {}", site.pages.len(), selected.len(), out.display());
        if drafts > 0 {
            eprintln!(
                "{drafts} of them are drafts, not yet reviewed by a native speaker; \
                 `outreach build --only-reviewed` leaves drafts out of a print run"
            );
        }
    }
    let has_errors = diagnostics.iter().any(|diagnostic| diagnostic.severity == Severity::Error);
    Ok(if has_errors || !site.withheld.is_empty() { Outcome::Problems } else { Outcome::Clean })
}

/// `--only-reviewed`: the languages of `selected` that are not drafts. Fails when all are, so
/// that a print run never silently publishes nothing.
fn leave_out_drafts(
    config: &Config,
    selected: Vec<Tag>,
    is_draft: impl Fn(&Tag) -> bool,
    quiet: bool,
) -> Result<Vec<Tag>> {
    let (drafts, reviewed): (Vec<Tag>, Vec<Tag>) = selected.into_iter().partition(|tag| is_draft(tag));
    let drafts: Vec<String> = drafts.iter().map(Tag::to_string).collect();
    if reviewed.is_empty() {
        bail!(
            "--only-reviewed: every language to build is a draft ({}); once a native speaker has \
             reviewed one, set `status = \"reviewed\"` in its [[locale]] entry in {}",
            drafts.join(", "),
            config.manifest_path.display()
        );
    }
    if !quiet && !drafts.is_empty() {
        eprintln!("note: --only-reviewed leaves out {}: {}", plural(drafts.len(), "draft language"), drafts.join(", "));
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
