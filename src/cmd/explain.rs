//! `outreach explain`: what a check code finds, why it matters, an example and the fix.

use anyhow::{Result, bail};

use super::Outcome;
use crate::cli::ExplainArgs;
use crate::diagnostics::codes::{CODES, find};

/// Prints the explanation of one code, or the list of all codes.
pub fn run(args: &ExplainArgs) -> Result<Outcome> {
    let Some(asked) = args.code.as_deref().filter(|_| !args.list) else {
        for code in CODES {
            println!("{}  {:<24} {:<8} {}", code.code, code.name, code.severity, code.summary);
        }
        return Ok(Outcome::Clean);
    };
    let Some(code) = find(asked) else {
        bail!("there is no check `{asked}`; `outreach explain --list` lists them all");
    };
    let mut summary = code.summary.chars();
    let summary: String = summary.next().into_iter().flat_map(char::to_uppercase).chain(summary).collect();
    println!("{} {} ({} by default)\n{summary}.\n", code.code, code.name, code.severity);
    print!("{}", code.explanation);
    Ok(Outcome::Clean)
}
