//! The `outreach` command: parses the command line, runs the subcommand, prints the error
//! chain and exits 0 (all good), 1 (the files have problems) or 2 (the tool could not work).

use std::process::ExitCode;

use clap::Parser;
use outreach::cli::Cli;

fn main() -> ExitCode {
    // Rust ignores SIGPIPE, so `outreach check | head` would panic on the next print once head
    // has gone; like other Unix tools, stop quietly instead.
    #[cfg(unix)]
    // SAFETY: restoring a signal's default action before any thread starts.
    unsafe {
        libc::signal(libc::SIGPIPE, libc::SIG_DFL);
    }
    let cli = Cli::parse();
    match outreach::cmd::run(cli) {
        Ok(outcome) => ExitCode::from(outcome.code()),
        Err(err) => {
            eprintln!("error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}
