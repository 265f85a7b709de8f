//! `outreach status`: loads the campaign, checks it and runs the render's first pass through
//! [`build_site`] (no pages), and prints how far each language is, as a table, JSON or Markdown.

use anyhow::Result;

use super::Outcome;
use crate::cli::{Cli, StatusArgs, StatusFormat};
use crate::render::Options;
use crate::site::{Campaign, Memory, Scope, build_site};
use crate::status::{record_warnings, render_json, render_markdown, render_table};

/// Prints the status of every language (or those asked for).
pub fn run(cli: &Cli, args: &StatusArgs) -> Result<Outcome> {
    let campaign = Campaign::load(&cli.config, &args.locales)?;
    // Which documents each language publishes needs only the render's first pass.
    let built = build_site(&campaign, &Scope::All, &mut Memory::default(), Options { pages: false, previews: false })?;
    for warning in record_warnings(&built.statuses) {
        eprintln!("warning: {warning}");
    }
    print!(
        "{}",
        match args.format {
            StatusFormat::Table => render_table(&built.statuses),
            StatusFormat::Json => render_json(&built.statuses),
            StatusFormat::Markdown => render_markdown(&built.statuses),
        }
    );
    Ok(Outcome::Clean)
}
