//! `outreach sync`: plans each language's sync ([`crate::sync::plan`]), prints what a
//! translator should know, and writes the files (or, with `--dry-run`, shows the diff).

use std::path::PathBuf;

use anyhow::{Result, anyhow};

use super::Outcome;
use crate::catalog::load_catalog;
use crate::cli::{Cli, SyncArgs};
use crate::config::Config;
use crate::output::replace_file;
use crate::sync::{plan, read};
use crate::text::plural;

/// Syncs every language (or those asked for) and reports what it did and what needs a translator.
pub fn run(cli: &Cli, args: &SyncArgs) -> Result<Outcome> {
    let config = Config::load(&cli.config)?;
    let catalog = load_catalog(&config.root, &config.locales_dir)?;
    let requested = catalog.select(&config.locales_dir, &args.locales)?;
    let reference = catalog
        .locale(&config.source_locale)
        .ok_or_else(|| anyhow!("the reference language {} has no folder", config.source_locale))?;
    let english: Vec<(PathBuf, String)> = reference
        .files
        .iter()
        .map(|file| Ok((file.name.clone(), read(&reference.dir.join(&file.name))?)))
        .collect::<Result<_>>()?;
    let mut totals = (0, 0, 0);
    for locale in &catalog.locales {
        if locale.tag == config.source_locale || !(requested.is_empty() || requested.contains(&locale.tag)) {
            continue;
        }
        let sync = plan(&config.root, locale, &english, args.prune)?;
        totals = (totals.0 + sync.added, totals.1 + sync.outdated.len(), totals.2 + sync.obsolete.len());
        for line in sync.report(&locale.tag.to_string(), args.prune) {
            println!("{line}");
        }
        for change in &sync.changes {
            if args.dry_run {
                print!("{}", change.diff(&config.root));
            } else {
                replace_file(&change.path, change.after.as_bytes())?;
            }
        }
    }
    if !cli.quiet {
        let (added, outdated, obsolete) = totals;
        let verb = if args.dry_run { "to add" } else { "added" };
        println!(
            "{} {verb}; {} to check against the new English; {} the English no longer has.",
            plural(added, "new message"),
            plural(outdated, "translation"),
            plural(obsolete, "message")
        );
    }
    Ok(Outcome::Clean)
}
