//! What the server tells the open pages: `reload` when a rebuild changed their page, and
//! `status`, the problems of the last rebuild, which the page draws over itself. Each open page
//! holds one Server-Sent Events stream; [`Live`] keeps a sender for each.

use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use serde::Serialize;

use crate::diagnostics::Diagnostic;
use crate::tag::Tag;

/// The problems of the last rebuild, as the pages and `/__outreach/status` get them (JSON).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Status {
    /// Why the last rebuild failed (a template or manifest error), if it did.
    pub failure: Option<String>,
    /// Every error in the translation files, of every language.
    pub errors: Vec<Problem>,
    /// How many warnings there are; `outreach check` lists them.
    pub warnings: usize,
    /// The pages that are not published, and why.
    pub unpublished: Vec<Unpublished>,
}

/// One error in a translation file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The check's code, e.g. `FTL001`.
    pub code: String,
    /// The language of the file.
    pub locale: Tag,
    /// The file, relative to the manifest's folder.
    pub file: String,
    /// The 1-based line.
    pub line: usize,
    /// The 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl From<&Diagnostic> for Problem {
    fn from(found: &Diagnostic) -> Problem {
        Problem {
            code: found.code.code.to_string(),
            locale: found.locale.clone(),
            file: found.file.to_string_lossy().replace('\\', "/"),
            line: found.line,
            column: found.column,
            message: found.message.clone(),
        }
    }
}

/// A page that a language does not publish.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Unpublished {
    /// The page, relative to the output folder (`es/flyer.html`).
    pub page: String,
    /// Why it is left out.
    pub reason: String,
}

/// Which pages a rebuild changed, relative to the output folder; `all` when the whole folder
/// was replaced (a stylesheet may have changed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reload {
    /// Every page may look different.
    pub all: bool,
    /// The pages written or deleted.
    pub pages: Vec<String>,
}

/// The open pages' event streams, and the status each new one starts with.
#[derive(Debug)]
pub struct Live {
    inner: Mutex<Inner>,
}

#[derive(Debug)]
struct Inner {
    status: Status,
    streams: Vec<Sender<Arc<str>>>,
}

impl Live {
    /// No stream open yet; `status` is the first build's.
    pub fn new(status: Status) -> Live {
        Live { inner: Mutex::new(Inner { status, streams: Vec::new() }) }
    }

    /// Opens a stream: its first event (the current status), and a receiver of those to come.
    pub fn subscribe(&self) -> (String, Receiver<Arc<str>>) {
        let (sender, receiver) = channel();
        let mut inner = self.lock();
        inner.streams.push(sender);
        (frame("status", &inner.status), receiver)
    }

    /// The current status.
    pub fn status(&self) -> Status {
        self.lock().status.clone()
    }

    /// Sets the status, and sends it to every open page if it changed.
    pub fn set_status(&self, status: Status) {
        let mut inner = self.lock();
        if inner.status != status {
            let frame = frame("status", &status);
            inner.status = status;
            inner.broadcast(frame);
        }
    }

    /// Tells every open page which pages changed; each reloads if its own did.
    pub fn reload(&self, reload: &Reload) {
        self.lock().broadcast(frame("reload", reload));
    }

    /// Ends every stream, as the server stops.
    pub fn close(&self) {
        self.lock().streams.clear();
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        // A thread that panicked while holding the lock left plain data, still good to read.
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

impl Inner {
    /// Sends `frame` to every stream, and forgets those whose page has gone.
    fn broadcast(&mut self, frame: String) {
        let frame: Arc<str> = frame.into();
        self.streams.retain(|stream| stream.send(Arc::clone(&frame)).is_ok());
    }
}

/// One Server-Sent Event. JSON has no raw line breaks, so the data fits on its one `data:` line.
fn frame(event: &str, data: &impl Serialize) -> String {
    let data = serde_json::to_string(data).unwrap_or_else(|_| "null".to_string());
    format!("event: {event}\ndata: {data}\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stream_starts_with_the_status_and_gets_only_changes() {
        let live = Live::new(Status::default());
        let (first, events) = live.subscribe();
        assert_eq!(
            first,
            "event: status\ndata: {\"failure\":null,\"errors\":[],\"warnings\":0,\"unpublished\":[]}\n\n"
        );
        live.set_status(Status::default());
        assert!(events.try_recv().is_err(), "an unchanged status is not sent again");
        let failed = Status { failure: Some("templates/a.html:3: bad\nthing".into()), ..Status::default() };
        live.set_status(failed);
        let sent = events.try_recv().unwrap();
        assert!(sent.starts_with("event: status\ndata: {\"failure\":\"templates/a.html:3: bad\\nthing\""), "{sent}");
        assert_eq!(sent.matches('\n').count(), 3, "one data line: {sent}");
        live.reload(&Reload { all: false, pages: vec!["es/index.html".into()] });
        assert_eq!(
            &*events.try_recv().unwrap(),
            "event: reload\ndata: {\"all\":false,\"pages\":[\"es/index.html\"]}\n\n"
        );
        live.close();
        assert!(events.recv().is_err(), "closing ends the stream");
    }
}
