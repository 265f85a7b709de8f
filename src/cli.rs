//! The command line: what a user can type, parsed by clap into plain values that `cmd` resolves.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::config::Bundle;

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

    /// When to colour the output.
    #[arg(long, global = true, value_name = "WHEN", default_value = "auto")]
    pub color: ColorChoice,

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
    #[command(
        after_long_help = "Examples:\n  outreach build\n  outreach build --locale es --out preview\n  outreach build --only-reviewed --pdf"
    )]
    Build(BuildArgs),

    /// Check every language against the reference: what is missing, broken or risky.
    ///
    /// Reports each finding with its code, file, line and column. Exits 1 when there
    /// are errors (or warnings, with --deny-warnings), 2 when the check could not run.
    /// Run `outreach explain CODE` for what a finding means and how to fix it.
    ///
    /// Without a manifest, `--locales-dir DIR --source-locale TAG` checks any Fluent tree
    /// laid out as DIR/<tag>/**/*.ftl.
    #[command(
        after_long_help = "Examples:\n  outreach check --locale es\n  outreach check --format github --deny-warnings\n  outreach check --locales-dir l10n --source-locale en-US"
    )]
    Check(CheckArgs),

    /// Show how far each language is: translated, missing, outdated, errors, words left, and
    /// which documents are published.
    ///
    /// "Outdated" counts translations whose English changed since they were made (as recorded
    /// by `outreach sync`). "Reviewed" counts the messages a reviewer approved in the workbench
    /// (`outreach serve`), `!` the changes asked for and `~` those to review again. The markdown format is made for a pull-request comment. `build`
    /// writes the same as a dashboard, output/status.html. Exits 0 whatever it finds; use
    /// `outreach check` to block a change.
    #[command(
        after_long_help = "Examples:\n  outreach status\n  outreach status --locale es --locale ar\n  outreach status --format markdown > status.md"
    )]
    Status(StatusArgs),

    /// Explain a check code: what it finds, why it matters, an example and the fix.
    #[command(
        after_long_help = "Examples:\n  outreach explain FTL032\n  outreach explain unknown-variable\n  outreach explain --list"
    )]
    Explain(ExplainArgs),

    /// Start a new language: its folder, ready to translate, and its manifest entry.
    ///
    /// Creates locales/TAG/ with one file per English file: every message is there with the
    /// English as a comment above it and the English again after `=`, for you to write over.
    /// Adds the language to the manifest with its own name and its English name (from CLDR,
    /// or --name and --english-name) and status "draft".
    #[command(
        after_long_help = "Examples:\n  outreach new-locale de\n  outreach new-locale om --name Oromoo --english-name Oromo"
    )]
    NewLocale(NewLocaleArgs),

    /// Bring translations up to date after the English changed, without touching a word
    /// anyone translated.
    ///
    /// Appends the messages the English gained to the end of each file (ready to translate),
    /// lists the messages whose English changed since they were translated, and lists the
    /// messages the English no longer has (--prune moves them to the end of their file as
    /// comments). Running it twice changes nothing the second time.
    #[command(
        after_long_help = "Examples:\n  outreach sync --dry-run\n  outreach sync --locale de\n  outreach sync --prune"
    )]
    Sync(SyncArgs),

    /// Preview the site while you translate: build, serve it on 127.0.0.1, rebuild on every save.
    ///
    /// Open the address it prints. Each time you save a file under locales/ or templates/, or
    /// the manifest, it builds again only what the change affects and the open page reloads
    /// itself. When a change breaks something, the page shows the errors (file, line and what
    /// is wrong) over the last good version until you fix it. Ctrl-C stops it.
    ///
    /// It also serves the workbench, at /_translate/TAG/ (e.g. /_translate/es/): every English
    /// message with its translation in a field to edit and save, the findings of `check` as you
    /// type, and "Looks right" / "Needs a change" for a reviewer, kept in locales/TAG/review.toml.
    #[command(after_long_help = "Examples:\n  outreach serve\n  outreach serve --port 8080")]
    Serve(ServeArgs),

    /// Write a language's review sheet: every message on paper, for a reviewer who works there.
    ///
    /// Lists each message with its number, where it appears, the English, the translation
    /// and an empty column to tick or correct; the coordinator enters the result in the
    /// workbench (`outreach serve`, then /_translate/TAG/). Writes review/TAG/sheet.html
    /// (and sheet-letter.pdf or sheet-a4.pdf with --pdf).
    #[command(after_long_help = "Examples:\n  outreach review-sheet ar\n  outreach review-sheet so --pdf --paper a4")]
    ReviewSheet(ReviewSheetArgs),

    /// Print the shell completion script for outreach.
    #[command(
        after_long_help = "Examples:\n  outreach completions bash > ~/.local/share/bash-completion/completions/outreach   (bash)"
    )]
    Completions(CompletionsArgs),
}

/// When to colour the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// When writing to a terminal and NO_COLOR is not set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Options of `outreach review-sheet`.
#[derive(Debug, Args)]
pub struct ReviewSheetArgs {
    /// The language, e.g. `ar`.
    pub tag: String,

    /// Write the sheet here instead of review/TAG/.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,

    /// Also print it to PDF, with the headless Chromium or Chrome that `build --pdf` uses.
    #[arg(long)]
    pub pdf: bool,

    /// The paper of the PDF.
    #[arg(long, value_name = "PAPER", default_value = "letter")]
    pub paper: PaperChoice,
}

/// A paper size, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PaperChoice {
    /// US Letter.
    Letter,
    /// ISO A4.
    A4,
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

    /// Also print each document that names a `paper` in the manifest to PDF, beside its page
    /// (flyer-letter.pdf, flyer-a4.pdf, cards.pdf), with a headless Chromium or Chrome found on
    /// the PATH or named by OUTREACH_BROWSER. A PDF longer than one page is reported.
    #[arg(long)]
    pub pdf: bool,

    /// Show a small picture of each language's flyer in the language picker, taken by the same
    /// browser as --pdf (which makes them too).
    #[arg(long)]
    pub previews: bool,

    /// Leave out every language not marked `status = "reviewed"` in the manifest: for print
    /// runs, publish only what a native speaker has reviewed.
    #[arg(long)]
    pub only_reviewed: bool,
}

/// Options of `outreach check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Check only this language (repeat for more).
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,

    /// How to print the findings.
    #[arg(long, value_name = "FORMAT", default_value = "human")]
    pub format: Format,

    /// Exit 1 on warnings too, not only on errors.
    #[arg(long)]
    pub deny_warnings: bool,

    /// Check this folder of language folders instead of the manifest's (no manifest needed).
    #[arg(long, value_name = "DIR", requires = "source_locale")]
    pub locales_dir: Option<PathBuf>,

    /// Check the Fluent files a compare-locales project configuration (`l10n.toml`) lists,
    /// with its locales, paths, filters and includes (no manifest needed).
    #[arg(long, value_name = "TOML", conflicts_with_all = ["locales_dir", "source_locale"])]
    pub project: Option<PathBuf>,

    /// The reference language of --locales-dir, e.g. en-US.
    #[arg(long, value_name = "TAG", requires = "locales_dir")]
    pub source_locale: Option<String>,

    /// What the application loads into one Fluent bundle, which decides where a message is
    /// expected: `file` (each file on its own, as compare-locales counts; the default for
    /// --locales-dir) or `language` (all of a language's files; the manifest's `bundle` key,
    /// `language` unless it says otherwise).
    #[arg(long, value_name = "BUNDLE")]
    pub bundle: Option<Bundle>,
}

/// How `check` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// For people: each finding with the source line and a caret, then a summary per language.
    Human,
    /// For programs: one JSON document (version 1).
    Json,
    /// For GitHub Actions: workflow commands that annotate the pull request.
    Github,
}

/// Options of `outreach status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Show only this language (repeat for more).
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,

    /// How to print the status.
    #[arg(long, value_name = "FORMAT", default_value = "table")]
    pub format: StatusFormat,
}

/// How `status` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum StatusFormat {
    /// A table for the terminal.
    Table,
    /// For programs: one JSON document (version 1).
    Json,
    /// A Markdown table, for a pull-request comment.
    Markdown,
}

/// Options of `outreach new-locale`.
#[derive(Debug, Args)]
pub struct NewLocaleArgs {
    /// The language's BCP 47 tag, e.g. `am`, `fa-AF`, `zh-Hant`.
    pub tag: String,

    /// The language's name in itself, for the language picker (default: from CLDR).
    #[arg(long)]
    pub name: Option<String>,

    /// The language's name in English, for "I speak: …" (default: from CLDR).
    #[arg(long)]
    pub english_name: Option<String>,
}

/// Options of `outreach sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Sync only this language (repeat for more).
    #[arg(long = "locale", value_name = "TAG")]
    pub locales: Vec<String>,

    /// Show what would change, as a diff, and change nothing.
    #[arg(long)]
    pub dry_run: bool,

    /// Move the messages the English no longer has to the end of their file, as comments.
    #[arg(long)]
    pub prune: bool,
}

/// Options of `outreach serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The port to listen on, on 127.0.0.1 only (0: any free port).
    #[arg(long, short, default_value_t = 8000)]
    pub port: u16,
}

/// Options of `outreach completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in.
    pub shell: clap_complete::Shell,
}

/// Options of `outreach explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// The code (e.g. FTL020) or its name (e.g. unknown-variable).
    #[arg(required_unless_present = "list")]
    pub code: Option<String>,

    /// List every code with its name, default level and summary.
    #[arg(long, conflicts_with = "code")]
    pub list: bool,
}
