//! `outreach serve`: the real binary on a copy of the campaign, spoken to over plain TCP as a
//! browser would: the pages it sends, what it refuses, the events an edit brings, and Ctrl-C.

use std::fs;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStderr, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::Value;
use tempfile::TempDir;

use crate::support::{campaign, snapshot_tree};

/// How long the first, whole build may take before the server is ready: the debug binary takes
/// a few seconds for the 27 languages, more when the other tests build at the same time.
const STARTUP: Duration = Duration::from_secs(90);

/// How long an event, an answer or the end of the process may take. A rebuild of one language
/// takes tens of milliseconds; this is only there so that a broken server fails the test.
const PATIENCE: Duration = Duration::from_secs(20);

/// The Spanish flyer's tear-off line, as the campaign has it.
const TAB: &str = "flyer-tab = Ayuda 24/7";

/// A new tear-off line: no character the template escapes, none the fonts were not cut for.
const NEW_TAB_TEXT: &str = "Ayuda privada a toda hora";

/// The tag the server adds to every page it sends.
const LIVE_SCRIPT_TAG: &str = r#"<script src="/__outreach/live.js"></script>"#;

/// The Spanish flyer's headline, which every served copy of the page shows.
const SPANISH_HEADLINE: &str = "Alguien te obliga a tener sexo por dinero?";

/// A running `outreach serve --port 0`, killed when dropped so that a failed test leaves no
/// process behind.
pub struct Server {
    child: Child,
    pub port: u16,
    pub dir: TempDir,
    /// The lines of its stderr after the `Serving` line, as they come.
    lines: Receiver<String>,
    /// Everything it wrote to stderr, for the failure messages.
    log: Arc<Mutex<String>>,
}

impl Server {
    /// Copies the campaign and starts serving it; returns once the server says where it listens.
    pub fn start() -> Server {
        Server::start_with(|_| {})
    }

    /// [`Server::start`], with the copy changed by `prepare` first.
    fn start_with(prepare: impl FnOnce(&Path)) -> Server {
        let dir = campaign();
        prepare(dir.path());
        let mut child = Command::new(env!("CARGO_BIN_EXE_outreach"))
            .args(["serve", "--port", "0"])
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("cannot start outreach serve");
        let log = Arc::new(Mutex::new(String::new()));
        let lines = read_lines(child.stderr.take().unwrap(), Arc::clone(&log));
        let mut server = Server { child, port: 0, dir, lines, log };
        let deadline = Instant::now() + STARTUP;
        server.port = loop {
            let line = server.next_line(deadline).unwrap_or_else(|| server.fail("never said where it listens"));
            if let Some(port) = port_of(&line) {
                assert!(line.starts_with("Serving output at "), "{line}");
                break port;
            }
        };
        server
    }

    pub fn out(&self) -> PathBuf {
        self.dir.path().join("output")
    }

    /// The next line of stderr, or `None` at its end or at the deadline.
    fn next_line(&self, deadline: Instant) -> Option<String> {
        self.lines.recv_timeout(deadline.saturating_duration_since(Instant::now())).ok()
    }

    /// Fails the test, with what the server printed.
    pub fn fail(&self, why: &str) -> ! {
        panic!("outreach serve {why}; its stderr:\n{}", self.log.lock().unwrap())
    }

    /// `GET path`, by the server's own name.
    pub fn get(&self, path: &str) -> Answer {
        self.get_as(path, &format!("127.0.0.1:{}", self.port))
    }

    /// `GET path` with the `Host` header `host`.
    fn get_as(&self, path: &str, host: &str) -> Answer {
        self.request(&format!("GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"), path)
    }

    /// `POST path` of the form `fields`, with the extra header lines `headers`, as a page of
    /// the server's would send it.
    pub fn post(&self, path: &str, fields: &[(&str, &str)], headers: &str) -> Answer {
        let body: String = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(fields).finish();
        let request = format!(
            "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: {}\r\n{headers}Connection: close\r\n\r\n{body}",
            self.port,
            body.len()
        );
        self.request(&request, path)
    }

    /// Sends `request` and reads the whole answer.
    fn request(&self, request: &str, path: &str) -> Answer {
        let mut stream = self.connect();
        stream.write_all(request.as_bytes()).unwrap();
        let mut bytes = Vec::new();
        stream.read_to_end(&mut bytes).unwrap_or_else(|err| self.fail(&format!("did not answer GET {path}: {err}")));
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let (head, body) = text.split_once("\r\n\r\n").unwrap_or_else(|| self.fail(&format!("sent no head: {text}")));
        let status = head.split(' ').nth(1).and_then(|code| code.parse().ok()).unwrap_or(0);
        assert!(!head.to_ascii_lowercase().contains("transfer-encoding: chunked"), "unexpected chunked body: {head}");
        Answer { status, head: head.to_string(), body: body.to_string() }
    }

    /// Opens the event stream, as an open page does, and waits for its first event: the
    /// status. From then on, every rebuild is sent to it.
    pub fn events(&self) -> Events {
        let mut stream = self.connect();
        let request = format!(
            "GET /__outreach/events HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nAccept: text/event-stream\r\n\r\n",
            self.port
        );
        stream.write_all(request.as_bytes()).unwrap();
        // Only the reading thread's own timeout: it ends with the stream or the test.
        stream.set_read_timeout(None).unwrap();
        let mut reader = BufReader::new(stream);
        let mut head = String::new();
        loop {
            let mut line = String::new();
            match reader.read_line(&mut line) {
                Ok(0) | Err(_) => self.fail(&format!("closed the event stream before its head ended: {head}")),
                Ok(_) if line == "\r\n" => break,
                Ok(_) => head.push_str(&line),
            }
        }
        assert!(head.starts_with("HTTP/1.1 200"), "{head}");
        assert!(head.to_ascii_lowercase().contains("content-type: text/event-stream"), "{head}");
        let (sender, received) = channel();
        thread::spawn(move || {
            let (mut event, mut data) = (String::new(), String::new());
            for line in reader.lines() {
                let Ok(line) = line else { return };
                if let Some(name) = line.strip_prefix("event: ") {
                    event = name.to_string();
                } else if let Some(more) = line.strip_prefix("data: ") {
                    data.push_str(more);
                } else if line.is_empty() && !event.is_empty() {
                    let value =
                        serde_json::from_str(&data).unwrap_or_else(|err| panic!("bad event data {data}: {err}"));
                    if sender.send(Event { name: std::mem::take(&mut event), data: value }).is_err() {
                        return;
                    }
                    data.clear();
                }
            }
        });
        let mut events = Events { received };
        let first = events.next(self).unwrap_or_else(|| self.fail("sent no first event"));
        assert_eq!(first.name, "status", "a stream starts with the status: {first:?}");
        events
    }

    fn connect(&self) -> TcpStream {
        let stream = TcpStream::connect(("127.0.0.1", self.port))
            .unwrap_or_else(|err| self.fail(&format!("refused a connection: {err}")));
        stream.set_read_timeout(Some(PATIENCE)).unwrap();
        stream
    }

    /// The status JSON, as `/__outreach/status` gives it.
    fn status(&self) -> Value {
        let answer = self.get("/__outreach/status");
        assert_eq!(answer.status, 200, "{answer:?}");
        serde_json::from_str(&answer.body).unwrap()
    }

    /// Sends SIGINT, as Ctrl-C in its terminal does, and waits for the process to end.
    fn interrupt(&mut self) -> i32 {
        let pid = libc::pid_t::try_from(self.child.id()).unwrap();
        // SAFETY: kill only sends a signal, to the child this test started and has not reaped.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGINT) }, 0, "cannot send SIGINT");
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.code().unwrap_or_else(|| self.fail(&format!("was killed: {status}")));
            }
            if Instant::now() > deadline {
                self.fail("did not stop on SIGINT");
            }
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// Everything printed to stderr, once the process has ended and closed it.
    fn stderr_at_exit(&self) -> String {
        let deadline = Instant::now() + PATIENCE;
        while self.next_line(deadline).is_some() {}
        self.log.lock().unwrap().clone()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Sends each line of `stderr` on, and keeps it in `log`. Reads to the end whether or not
/// anyone listens, so that the server never blocks on a full pipe.
fn read_lines(stderr: ChildStderr, log: Arc<Mutex<String>>) -> Receiver<String> {
    let (sender, lines) = channel();
    thread::spawn(move || {
        for line in BufReader::new(stderr).lines() {
            let Ok(line) = line else { return };
            let mut log = log.lock().unwrap();
            log.push_str(&line);
            log.push('\n');
            let _ = sender.send(line);
        }
    });
    lines
}

/// The port of `Serving <out> at http://127.0.0.1:<port>/ (Ctrl-C to stop)`.
fn port_of(line: &str) -> Option<u16> {
    let (_, rest) = line.split_once(" at http://127.0.0.1:")?;
    rest.split_once("/ (Ctrl-C to stop)")?.0.parse().ok()
}

/// One HTTP answer.
#[derive(Debug)]
pub struct Answer {
    pub status: u16,
    pub head: String,
    pub body: String,
}

/// One Server-Sent Event, its data parsed.
#[derive(Debug)]
pub struct Event {
    pub name: String,
    pub data: Value,
}

/// The events of one open stream.
pub struct Events {
    received: Receiver<Event>,
}

impl Events {
    /// The next event, or `None` if none comes in time.
    fn next(&mut self, server: &Server) -> Option<Event> {
        match self.received.recv_timeout(PATIENCE) {
            Ok(event) => Some(event),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => server.fail("closed the event stream"),
        }
    }

    /// The first event named `name`; the others before it are passed over.
    pub fn next_named(&mut self, server: &Server, name: &str) -> Event {
        let deadline = Instant::now() + PATIENCE;
        while Instant::now() < deadline {
            match self.next(server) {
                Some(event) if event.name == name => return event,
                Some(_) => continue,
                None => break,
            }
        }
        server.fail(&format!("sent no `{name}` event in {PATIENCE:?}"))
    }
}

/// Saves `text` as `path` the way many editors do: written beside it under a hidden name, then
/// renamed over it, so that the server never reads half a file.
fn save(path: &Path, text: &str) {
    let scratch = path.with_file_name(format!(".{}.saving", path.file_name().unwrap().to_string_lossy()));
    fs::write(&scratch, text).unwrap();
    fs::rename(&scratch, path).unwrap();
}

/// The Spanish flyer's file in `server`'s campaign, with the tear-off line set to `line`.
fn save_tab(server: &Server, line: &str) {
    let path = server.dir.path().join("locales/es/flyer.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let old = text.lines().find(|old| old.starts_with("flyer-tab =")).expect("es/flyer.ftl has flyer-tab");
    save(&path, &text.replacen(old, line, 1));
}

/// The 1-based line of the Spanish flyer's file that starts with `start`.
fn line_of(server: &Server, start: &str) -> usize {
    let text = fs::read_to_string(server.dir.path().join("locales/es/flyer.ftl")).unwrap();
    1 + text.lines().position(|line| line.starts_with(start)).unwrap_or_else(|| panic!("no line {start}"))
}

/// The pages a `reload` event names.
pub fn pages(reload: &Event) -> Vec<&str> {
    reload.data["pages"].as_array().unwrap().iter().map(|page| page.as_str().unwrap()).collect()
}

#[test]
fn serves_the_built_pages_on_127_0_0_1_and_nothing_outside_the_output_folder() {
    let server = Server::start();
    let flyer = server.get("/es/flyer.html");
    assert_eq!(flyer.status, 200, "{flyer:?}");
    assert!(flyer.head.to_ascii_lowercase().contains("content-type: text/html"), "{}", flyer.head);
    assert!(flyer.body.contains(SPANISH_HEADLINE), "the Spanish flyer: {}", flyer.body);
    assert_eq!(flyer.body.matches(LIVE_SCRIPT_TAG).count(), 1, "the live script: {}", flyer.body);
    let file = fs::read_to_string(server.out().join("es/flyer.html")).unwrap();
    assert!(!file.contains("__outreach"), "the live script is added as the page is sent, never to the file");
    assert!(flyer.body.replace(LIVE_SCRIPT_TAG, "") == file, "the page sent is the file built, with the script");
    let dashboard = server.get("/status.html");
    assert_eq!(dashboard.status, 200, "the status dashboard, as build writes it");
    assert!(dashboard.body.contains(r#"<tr id="es">"#), "{}", dashboard.body);
    let script = server.get("/__outreach/live.js");
    assert_eq!(script.status, 200);
    assert!(script.body.contains("EventSource(\"/__outreach/events\")"), "{}", script.body);
    let picker = server.get("/");
    assert_eq!(picker.status, 200);
    assert!(picker.body.contains("Español"), "the picker: {}", picker.body);
    assert_eq!(server.status()["errors"], Value::Array(Vec::new()), "the campaign has no errors");

    let manifest = fs::read_to_string(server.dir.path().join("outreach.toml")).unwrap();
    let secret = manifest.lines().find(|line| line.starts_with("source-locale")).unwrap();
    for path in ["/../outreach.toml", "/%2e%2e/outreach.toml", "/..%2foutreach.toml", "/es/../../outreach.toml"] {
        let answer = server.get(path);
        assert!((400..500).contains(&answer.status), "{path} is refused: {answer:?}");
        assert!(!answer.body.contains(secret), "{path} sent the manifest: {}", answer.body);
    }

    // A web page could point a name of its own at 127.0.0.1 (DNS rebinding) to read the preview.
    let foreign = server.get_as("/es/flyer.html", &format!("attacker.example:{}", server.port));
    assert_eq!(foreign.status, 403, "{foreign:?}");
    assert!(!foreign.body.contains(SPANISH_HEADLINE));
    let by_name = server.get_as("/es/flyer.html", &format!("localhost:{}", server.port));
    assert_eq!(by_name.status, 200, "localhost is this computer too: {by_name:?}");
}

#[test]
fn saving_a_translation_reloads_its_page_with_the_new_text() {
    let server = Server::start();
    assert!(!server.get("/es/flyer.html").body.contains(NEW_TAB_TEXT));
    assert!(
        fs::read_to_string(server.dir.path().join("locales/es/flyer.ftl")).unwrap().contains(TAB),
        "the campaign's tear-off line changed: update this test"
    );
    let mut events = server.events();
    save_tab(&server, &format!("flyer-tab = {NEW_TAB_TEXT}"));
    let reload = events.next_named(&server, "reload");
    assert_eq!(reload.data["all"], false, "one language changed: {reload:?}");
    let pages = pages(&reload);
    assert!(pages.contains(&"es/flyer.html"), "{reload:?}");
    assert!(pages.iter().all(|page| page.starts_with("es/")), "only Spanish pages changed: {reload:?}");
    let flyer = server.get("/es/flyer.html");
    assert_eq!(flyer.status, 200);
    assert!(flyer.body.contains(NEW_TAB_TEXT), "the reloaded page has the new text: {}", flyer.body);
    assert!(!flyer.body.contains("Ayuda 24&#x2f;7"), "every tab has the new text");
}

#[test]
fn a_broken_translation_keeps_the_last_good_page_and_shows_its_error_until_fixed() {
    let server = Server::start();
    let mut events = server.events();
    let good = server.get("/es/flyer.html");
    assert_eq!(good.status, 200);

    let line = line_of(&server, "flyer-tab =");
    save_tab(&server, "flyer-tab = { $broken");
    let status = events.next_named(&server, "status");
    assert_eq!(status.data["failure"], Value::Null, "{status:?}");
    let errors = status.data["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{status:?}");
    let error = &errors[0];
    assert_eq!(error["code"], "FTL001", "{error}");
    assert_eq!(error["locale"], "es", "{error}");
    assert_eq!(error["file"], "locales/es/flyer.ftl", "{error}");
    // The broken entry is the file's last line: the error is on it, not past the end.
    assert_eq!(error["line"].as_u64(), Some(line as u64), "{error}");
    assert!(error["message"].as_str().unwrap().contains("flyer-tab"), "{error}");
    assert_eq!(server.status()["errors"], status.data["errors"], "/__outreach/status says the same");

    let kept = server.get("/es/flyer.html");
    assert_eq!(kept.status, 200, "the last good page is still served: {kept:?}");
    assert_eq!(kept.body, good.body, "the page stays the last good render");
    assert!(fs::read_to_string(server.out().join("es/flyer.html")).unwrap().contains("Ayuda 24&#x2f;7"));
    // What Spanish publishes stays as it was too: the other pages still link its flyer.
    assert_eq!(status.data["unpublished"], Value::Array(Vec::new()), "{status:?}");
    let french = fs::read_to_string(server.out().join("fr/flyer.html")).unwrap();
    assert!(french.contains(r#"hreflang="es""#), "the French flyer still links the Spanish one");

    save_tab(&server, &format!("flyer-tab = {NEW_TAB_TEXT}"));
    let fixed = events.next_named(&server, "status");
    assert_eq!(fixed.data["errors"], Value::Array(Vec::new()), "fixing the file clears the errors: {fixed:?}");
    assert_eq!(fixed.data["failure"], Value::Null);
    let reload = events.next_named(&server, "reload");
    assert!(reload.data["all"] == true || pages(&reload).contains(&"es/flyer.html"), "{reload:?}");
    assert!(server.get("/es/flyer.html").body.contains(NEW_TAB_TEXT));
    assert_eq!(server.status()["errors"], Value::Array(Vec::new()));
}

#[test]
fn ctrl_c_stops_it_with_code_0_and_leaves_the_output_whole() {
    let mut server = Server::start();
    // An open page, as there is when someone stops the preview.
    let _events = server.events();
    let before = snapshot_tree(&server.out());
    assert!(before.iter().any(|(path, _)| path == Path::new(".outreach-build")), "the build's marker");
    let flyer = PathBuf::from("es/flyer.html");
    let old_flyer = before.iter().find(|(path, _)| *path == flyer).expect("es/flyer.html").1.clone();

    // Stopped just after a save, perhaps while the rebuild is under way.
    save_tab(&server, &format!("flyer-tab = {NEW_TAB_TEXT}"));
    let code = server.interrupt();
    let stderr = server.stderr_at_exit();
    assert_eq!(code, 0, "{stderr}");
    assert!(stderr.contains("Stopped; output holds the last build"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");

    let after = snapshot_tree(&server.out());
    let paths = |tree: &[(PathBuf, Vec<u8>)]| tree.iter().map(|(path, _)| path.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&after), paths(&before), "no page lost, no half-written file left");
    for ((path, bytes), (_, old)) in after.iter().zip(&before) {
        if *path == flyer {
            let page = String::from_utf8_lossy(bytes);
            assert!(
                *bytes == old_flyer || (page.contains(NEW_TAB_TEXT) && page.trim_end().ends_with("</html>")),
                "es/flyer.html is the old page or the whole new one"
            );
        } else {
            assert!(bytes == old, "{} changed", path.display());
        }
    }
}

#[test]
fn a_language_with_an_error_it_already_had_still_shows_each_new_save() {
    // Spanish lacks a message before the preview starts (the English gained it, say): an error,
    // FTL010, that the translator has not come to yet.
    let without_title = |text: &str| -> String {
        text.lines().filter(|line| !line.starts_with("article-title =")).map(|line| format!("{line}\n")).collect()
    };
    let server = Server::start_with(|dir| {
        let article = dir.join("locales/es/article.ftl");
        fs::write(&article, without_title(&fs::read_to_string(&article).unwrap())).unwrap();
    });
    let mut events = server.events();
    let first = server.status();
    assert!(first["errors"].as_array().unwrap().iter().any(|error| error["code"] == "FTL010"), "{first}");

    // A save that changes another line, and leaves that error as it was, shows on the page.
    let article = server.dir.path().join("locales/es/article.ftl");
    let text = fs::read_to_string(&article).unwrap();
    let lead = text.lines().find(|line| line.starts_with("article-lead =")).unwrap();
    save(&article, &text.replacen(lead, "article-lead = Un texto nuevo.", 1));
    let reload = events.next_named(&server, "reload");
    assert!(pages(&reload).contains(&"es/index.html"), "{reload:?}");
    assert!(server.get("/es/index.html").body.contains("Un texto nuevo."), "the new line is on the page");
}
