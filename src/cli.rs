//! The command line: what a user can type, parsed by clap into plain values that `cmd` resolves.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand};

/// Turn Fluent translation files into validated, printable, multilingual outreach material.
#[derive(Debug, Parser)]
#[command(name = "outreach", version, about, long_about = None)]
pub struct Cli {
    /// The campaign manifest.
    #[arg(long, global = true, value_name = "PATH", default_value = "outreach.toml")]
    pub config: PathBuf,

    /// Print only warnings and errors.
    #[arg(long, short, global = true)]
    pub quiet: bool,

    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Render every language into web pages, printable flyers and wallet cards.
    ///
    /// Writes the language picker and, for each language, its article page, flyer and
    /// card sheet. A document whose text is not fully translated (and whose manifest
    /// entry says `fallback = false`) is left out for that language, and the exit code
    /// is 1. The output folder is replaced only once every page is written: a build that
    /// fails leaves the previous output as it was.
    Build(BuildArgs),
}

/// Options of `outreach build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// Build only this language (repeat for more). The reference is always used for fallback.
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,

    /// Write the site here instead of the manifest's `output-dir`.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
}
