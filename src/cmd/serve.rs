//! `outreach serve`: the live preview. Builds, serves the output folder on 127.0.0.1, and
//! builds again what each change to the files affects, until Ctrl-C.

use std::io::IsTerminal;

use anyhow::Result;

use super::{Outcome, use_color};
use crate::cli::{Cli, ServeArgs};
use crate::serve::{Options, serve};

/// Serves the preview until Ctrl-C.
pub fn run(cli: &Cli, args: &ServeArgs) -> Result<Outcome> {
    let color = use_color(cli.color, std::io::stderr().is_terminal());
    serve(&Options { manifest: cli.config.clone(), port: args.port, quiet: cli.quiet, color })?;
    Ok(Outcome::Clean)
}
