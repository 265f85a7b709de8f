//! `outreach review-sheet TAG`: writes a language's review sheet (and its PDF) through
//! [`Bench::write_review_sheet`], and says where.

use anyhow::Result;

use super::Outcome;
use crate::cli::{Cli, PaperChoice, ReviewSheetArgs};
use crate::config::Paper;
use crate::print::find_browser;
use crate::workbench::Bench;

/// Writes the sheet of `args.tag` into `args.out` (default `review/<tag>/` beside the manifest).
pub fn run(cli: &Cli, args: &ReviewSheetArgs) -> Result<Outcome> {
    let bench = Bench::load(&cli.config, &args.tag)?;
    let dir = match &args.out {
        Some(dir) => dir.clone(),
        None => cli.config.parent().unwrap_or(std::path::Path::new("")).join("review").join(bench.tag().to_string()),
    };
    let browser = if args.pdf { Some(find_browser()?) } else { None };
    let paper = match args.paper {
        PaperChoice::Letter => Paper::Letter,
        PaperChoice::A4 => Paper::A4,
    };
    for file in bench.write_review_sheet(&dir, browser.as_deref().map(|browser| (browser, paper)))? {
        println!("Wrote {}", file.display());
    }
    Ok(Outcome::Clean)
}
