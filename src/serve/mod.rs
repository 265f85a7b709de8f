//! The live preview behind `outreach serve`: builds the site, serves the output folder on
//! 127.0.0.1, watches the manifest, `locales/` and `templates/`, builds again what a change
//! affects, and tells the open pages to reload.
//!
//! ```text
//! file events ─► watch (debounced, mapped to languages) ─► preview (check, render, write)
//!                                                              │
//! browser ◄── http (output/ + live.js) ◄── events (reload, status) ◄┘
//! ```
//!
//! A change that breaks something never stops the server: the rebuild's errors go to every
//! open page, drawn over the last good render, until the file is fixed.

mod events;
mod files;
mod http;
mod preview;
mod translate;
mod watch;

use std::net::{Ipv4Addr, TcpListener};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc;
use std::time::Duration;

use anyhow::{Context, Result, bail};

use crate::text::plural;
use events::Live;
use preview::{Preview, Rebuilt};
use watch::{Message, Watch};

/// How long the files must stay quiet after a change before the preview builds: long enough to
/// take a save as one change, short enough to go unnoticed.
const SETTLE: Duration = Duration::from_millis(10);

/// How `serve` runs.
#[derive(Debug, Clone)]
pub struct Options {
    /// The campaign manifest.
    pub manifest: PathBuf,
    /// The port to listen on, on 127.0.0.1; 0 lets the system choose a free one.
    pub port: u16,
    /// Print only warnings and errors.
    pub quiet: bool,
    /// Colour the findings printed to the terminal.
    pub color: bool,
}

/// Builds, serves and rebuilds until Ctrl-C. Fails only when it cannot start: a bad manifest,
/// a port in use, an output folder it may not replace.
pub fn serve(options: &Options) -> Result<()> {
    let listener = bind(options.port)?;
    let port = listener.local_addr().context("cannot find the port the server listens on")?.port();
    let (mut preview, first) = Preview::start(&options.manifest)?;
    print_rebuild(&preview, &first, options);
    let live = Arc::new(Live::new(preview.status()));
    http::start(listener, Arc::clone(&live), preview.out().to_path_buf(), options.manifest.clone(), port)?;

    let (sender, messages) = mpsc::channel();
    let mut watch = Watch::start(preview.config(), sender.clone())?;
    // The handler only asks the loop below to stop, so that a rebuild under way finishes and
    // the output folder is left whole.
    ctrlc::set_handler(move || {
        let _ = sender.send(Message::Stop);
    })
    .context("cannot catch Ctrl-C")?;
    eprintln!("Serving {} at http://127.0.0.1:{port}/ (Ctrl-C to stop)", preview.out().display());
    eprintln!("Translate and review at http://127.0.0.1:{port}/_translate/<language>/, e.g. /_translate/es/");

    while let Ok(message) = messages.recv() {
        match message {
            Message::Stop => break,
            Message::Failed(reason) => eprintln!("warning: watching the files: {reason}"),
            Message::Changed(mut paths) => {
                let stop = settle(&messages, &mut paths);
                let change = watch.classify(&paths);
                if change.is_empty() && stop {
                    break;
                }
                if change.is_empty() {
                    continue;
                }
                let rebuilt = preview.rebuild(change);
                print_rebuild(&preview, &rebuilt, options);
                live.set_status(preview.status());
                if let Some(reload) = rebuilt.reload() {
                    live.reload(&reload);
                }
                // The old folders are still watched: a warning, not a reason to stop serving.
                if let Err(err) = watch.follow(preview.config()) {
                    eprintln!("warning: {err:#}");
                }
                if stop {
                    break;
                }
            }
        }
    }
    live.close();
    eprintln!("Stopped; {} holds the last build", preview.out().display());
    Ok(())
}

/// Adds to `paths` those of the events that follow within [`SETTLE`] of each other, so that a
/// save made of several events (write, rename) is built once. Says whether Ctrl-C came meanwhile.
fn settle(messages: &mpsc::Receiver<Message>, paths: &mut Vec<PathBuf>) -> bool {
    loop {
        match messages.recv_timeout(SETTLE) {
            Ok(Message::Changed(more)) => paths.extend(more),
            Ok(Message::Failed(reason)) => eprintln!("warning: watching the files: {reason}"),
            Ok(Message::Stop) => return true,
            Err(_) => return false,
        }
    }
}

/// Listens on 127.0.0.1 only: the preview is for the person at this computer, not the network.
fn bind(port: u16) -> Result<TcpListener> {
    TcpListener::bind((Ipv4Addr::LOCALHOST, port)).or_else(|err| match err.kind() {
        std::io::ErrorKind::AddrInUse => bail!(
            "port {port} on 127.0.0.1 is in use (by another `outreach serve`?); choose another with \
             --port, e.g. --port {}",
            port.wrapping_add(1).max(1024)
        ),
        _ => Err(err).with_context(|| format!("cannot listen on 127.0.0.1:{port}; choose another port with --port")),
    })
}

/// What the terminal shows of a rebuild: a failure, the errors in full, a count of warnings,
/// the documents left out, and one line of what was done.
fn print_rebuild(preview: &Preview, rebuilt: &Rebuilt, options: &Options) {
    if let Some(failure) = preview.failure() {
        eprint!("{}", preview.render_errors(&rebuilt.languages, options.color));
        eprintln!("error: {failure}");
        eprintln!("The pages stay as they were until this is fixed.");
        return;
    }
    eprint!("{}", preview.render_errors(&rebuilt.languages, options.color));
    for withheld in preview.withheld(&rebuilt.languages) {
        eprintln!("warning: {withheld}");
    }
    let warnings = preview.warnings(&rebuilt.languages);
    if warnings > 0 && !options.quiet {
        eprintln!("note: {}; `outreach check` lists them", plural(warnings, "warning"));
    }
    if !rebuilt.held.is_empty() {
        let held: Vec<String> = rebuilt.held.iter().map(ToString::to_string).collect();
        eprintln!(
            "The pages of {} stay as they were until the errors above are fixed; the open pages show them.",
            held.join(", ")
        );
    }
    if !options.quiet {
        eprintln!("{}", rebuilt.summary());
    }
}
