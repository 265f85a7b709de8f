//! One thin file per subcommand: it reads its arguments, calls the library (the pipeline is
//! [`crate::site::build_site`]) and prints. [`run`] dispatches the parsed command line to it.

mod build;
mod check;
mod explain;
mod new_locale;
mod review_sheet;
mod serve;
mod status;
mod sync;

use anyhow::Result;

use clap::CommandFactory;

use crate::cli::{Cli, ColorChoice, Command};

/// How a command that ran to the end went: decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing wrong: exit 0.
    Clean,
    /// The files have errors, or a language could not be published: exit 1.
    Problems,
}

impl Outcome {
    /// The process exit code for this outcome.
    pub fn code(self) -> u8 {
        match self {
            Outcome::Clean => 0,
            Outcome::Problems => 1,
        }
    }
}

/// Runs the command the user asked for.
pub fn run(cli: Cli) -> Result<Outcome> {
    match &cli.command {
        Command::Build(args) => build::run(&cli, args),
        Command::Check(args) => check::run(&cli, args),
        Command::Status(args) => status::run(&cli, args),
        Command::Explain(args) => explain::run(args),
        Command::NewLocale(args) => new_locale::run(&cli, args),
        Command::Sync(args) => sync::run(&cli, args),
        Command::Serve(args) => serve::run(&cli, args),
        Command::ReviewSheet(args) => review_sheet::run(&cli, args),
        Command::Completions(args) => {
            clap_complete::generate(args.shell, &mut Cli::command(), "outreach", &mut std::io::stdout());
            Ok(Outcome::Clean)
        }
    }
}

/// Whether to colour what is written to a stream, given `--color` and whether the stream is
/// a terminal. `NO_COLOR` (<https://no-color.org>) turns `auto` off.
fn use_color(choice: ColorChoice, is_terminal: bool) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => is_terminal && std::env::var_os("NO_COLOR").is_none_or(|value| value.is_empty()),
    }
}
