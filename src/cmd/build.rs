//! `outreach build`: config → catalog → render → output, then a report of what was published.

use anyhow::{Result, bail};

use super::Outcome;
use crate::catalog::load_catalog;
use crate::cli::{BuildArgs, Cli};
use crate::config::{Config, Tag};
use crate::diagnostics::Severity;
use crate::output::write_site;
use crate::render::render_site;

/// Builds the site and reports every document that was held back.
pub fn run(cli: &Cli, args: &BuildArgs) -> Result<Outcome> {
    let config = Config::load(&cli.config)?;
    let catalog = load_catalog(&config.root, &config.locales_dir)?;
    let mut selected = Vec::new();
    for text in &args.locales {
        let tag = Tag::parse(text).map_err(anyhow::Error::msg)?;
        if catalog.locale(&tag).is_none() {
            let known: Vec<_> = catalog
                .locales
                .iter()
                .map(|locale| locale.tag.to_string())
                .collect();
            bail!(
                "--locale {tag}: there is no folder `{}`; the languages are: {}",
                config.locale_dir(&tag).display(),
                known.join(", ")
            );
        }
        selected.push(tag);
    }
    for note in &catalog.skipped {
        eprintln!("note: skipped {note}");
    }
    for locale in &catalog.locales {
        if config.locale_meta(&locale.tag).is_none() {
            eprintln!(
                "note: `{}` has no [[locale]] entry in {}: the picker names it by its tag",
                locale.tag,
                config.manifest_path.display()
            );
        }
    }
    for diagnostic in &catalog.diagnostics {
        eprintln!("{diagnostic}");
    }

    let site = render_site(&config, &catalog, &selected)?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| config.output_dir.clone());
    let protected = [
        config.root.as_path(),
        &config.locales_dir,
        &config.templates_dir,
        &config.manifest_path,
    ];
    write_site(
        &site,
        &config.templates_dir.join("assets"),
        &out,
        &protected,
    )?;

    for withheld in &site.withheld {
        eprintln!("warning: {withheld}");
    }
    if !cli.quiet {
        eprintln!("Built {} pages into {}", site.pages.len(), out.display());
    }
    let has_errors = catalog
        .diagnostics
        .iter()
        .any(|diagnostic| diagnostic.severity == Severity::Error);
    Ok(if has_errors || !site.withheld.is_empty() {
        Outcome::Problems
    } else {
        Outcome::Clean
    })
}
