//! `outreach status`: config → catalog → checks and render → how far each language is, as a
//! table, JSON or Markdown.

use anyhow::Result;

use super::{Outcome, selected_locales};
use crate::catalog::load_catalog;
use crate::cli::{Cli, StatusArgs, StatusFormat};
use crate::config::Config;
use crate::render::languages_to_build;
use crate::status::{collect_site, record_warnings, render_json, render_markdown, render_table};

/// Prints the status of every language (or those asked for).
pub fn run(cli: &Cli, args: &StatusArgs) -> Result<Outcome> {
    let config = Config::load(&cli.config)?;
    let catalog = load_catalog(&config.root, &config.locales_dir)?;
    let requested = selected_locales(&catalog, &config.locales_dir, &args.locales)?;
    let languages = languages_to_build(&config, &catalog, &requested);
    let statuses = collect_site(&config, &catalog, &languages)?;
    for warning in record_warnings(&statuses) {
        eprintln!("warning: {warning}");
    }
    print!(
        "{}",
        match args.format {
            StatusFormat::Table => render_table(&statuses),
            StatusFormat::Json => render_json(&statuses),
            StatusFormat::Markdown => render_markdown(&statuses),
        }
    );
    Ok(Outcome::Clean)
}
