//! The reader's phone, in a real browser: what every page of the built campaign costs to open
//! with an empty cache, against its byte budget; that no page asks anything of another site or
//! tells a followed link where the reader came from; and that the quick exit leaves the page
//! so that Back does not return to it.

use std::ffi::OsStr;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use headless_chrome::{Browser, LaunchOptions, Tab};
use outreach::tag::Tag;
use serde_json::Value;

use crate::support::{campaign, outreach};

/// The budgets, in bytes (1 KB = 1,000 bytes), of ../shared/CONTENT.md's phone issue.
const LATIN_OR_CYRILLIC: u64 = 100_000;
const OTHER_SCRIPTS: u64 = 250_000;
const PICKER: u64 = 150_000;
const STATUS: u64 = 150_000;

/// A static file server on 127.0.0.1 for a built site, which logs every request it answers:
/// Python's threading `http.server`, as a plain static host would serve the pages. (tiny_http,
/// which the tests used first, now and then left one request of a page unanswered when
/// Chromium opened many connections at once: 5 runs of the budget test in 16 hung, none in 6
/// with this server.)
struct Server {
    origin: String,
    /// Each request's path and the status it got.
    log: Arc<Mutex<Vec<(String, u16)>>>,
    child: Child,
}

impl Server {
    fn start(root: &Path) -> Server {
        // A free port: the system's choice, let go of for the server to take.
        let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut child = Command::new("python3")
            .args(["-u", "-m", "http.server", &port.to_string(), "--bind", "127.0.0.1", "--directory"])
            .arg(root)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("python3, for a static file server");
        let log = Arc::new(Mutex::new(Vec::new()));
        let (stderr, written) = (child.stderr.take().unwrap(), Arc::clone(&log));
        // `127.0.0.1 - - [date] "GET /es/index.html HTTP/1.1" 200 -`
        thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let Some((_, request)) = line.split_once("\"GET ") else { continue };
                let Some((path, rest)) = request.split_once(' ') else { continue };
                let status = rest.split('"').nth(1).and_then(|rest| rest.split_whitespace().next());
                if let Some(status) = status.and_then(|status| status.parse().ok()) {
                    let path = path.split(['?', '#']).next().unwrap_or_default().to_string();
                    written.lock().unwrap().push((path, status));
                }
            }
        });
        for _ in 0..200 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Server { origin: format!("http://127.0.0.1:{port}"), log, child };
            }
            thread::sleep(Duration::from_millis(25));
        }
        let _ = child.kill();
        let _ = child.wait();
        panic!("python3 -m http.server did not start on port {port}");
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether a browser is there; without one the test is skipped with a `SKIP` line, except
/// under `CI=true`, where it fails.
fn have_browser(test: &str) -> bool {
    let Err(err) = outreach::print::find_browser() else { return true };
    assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true, and {err}");
    let _ = writeln!(std::io::stderr(), "SKIP phone::{test}: {err}");
    false
}

/// Headless Chromium with a phone's window, which makes no request of its own (updates,
/// sync, safe browsing) that could be taken for the page's.
fn browser() -> Browser {
    let args = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
    let options = LaunchOptions::default_builder()
        .path(Some(outreach::print::find_browser().unwrap()))
        .sandbox(false)
        .window_size(Some((360, 740)))
        .args(args.iter().map(OsStr::new).collect())
        .idle_browser_timeout(Duration::from_secs(120))
        .build()
        .unwrap();
    Browser::new(options).unwrap()
}

/// What a page cost to open: its bytes on the wire (the page and every file it loaded, as
/// Resource Timing counts them, headers included) and the addresses it asked for.
fn open(tab: &Tab, url: &str) -> (u64, Vec<String>) {
    go(tab, url);
    let measured = tab
        .evaluate(
            r#"(async () => {
                await document.fonts.ready;
                // Scripts run after the load event; what they ask for is counted too.
                await new Promise(done => setTimeout(done, 300));
                const page = performance.getEntriesByType("navigation")[0];
                const files = performance.getEntriesByType("resource");
                return JSON.stringify({
                    bytes: files.reduce((sum, file) => sum + file.transferSize, page.transferSize),
                    urls: files.map(file => file.name),
                });
            })()"#,
            true,
        )
        .unwrap();
    let measured: Value = serde_json::from_str(measured.value.unwrap().as_str().unwrap()).unwrap();
    let urls = measured["urls"].as_array().unwrap().iter().map(|url| url.as_str().unwrap().to_string()).collect();
    (measured["bytes"].as_u64().unwrap(), urls)
}

/// Every page of the site in `output`, by path, with its budget.
fn pages_and_budgets(output: &Path) -> Vec<(String, u64)> {
    let mut pages = vec![("index.html".to_string(), PICKER), ("status.html".to_string(), STATUS)];
    for entry in fs::read_dir(output).unwrap() {
        let folder = entry.unwrap().path();
        let Ok(tag) = Tag::parse(&folder.file_name().unwrap().to_string_lossy()) else { continue };
        let light = tag.scripts().iter().any(|script| matches!(script.full_name(), "Latin" | "Cyrillic"));
        let budget = if light { LATIN_OR_CYRILLIC } else { OTHER_SCRIPTS };
        for page in ["index.html", "flyer.html", "cards.html"] {
            if folder.join(page).is_file() {
                pages.push((format!("{tag}/{page}"), budget));
            }
        }
    }
    pages.sort();
    pages
}

#[test]
fn every_page_opens_within_its_byte_budget_and_asks_nothing_of_another_site() {
    if !have_browser("every_page_opens_within_its_byte_budget_and_asks_nothing_of_another_site") {
        return;
    }
    let dir = campaign();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let output = dir.path().join("output");
    let server = Server::start(&output);
    let browser = browser();
    let pages = pages_and_budgets(&output);
    // Every language's article, flyer and cards: 27 languages.
    assert!(pages.len() > 80, "{} pages", pages.len());
    let (over, elsewhere) = (Mutex::new(Vec::new()), Mutex::new(Vec::new()));
    let next = Mutex::new(pages.iter());
    // Three pages at a time: the time goes to waiting on the browser.
    thread::scope(|scope| {
        for _ in 0..3 {
            scope.spawn(|| {
                while let Some((page, budget)) = { next.lock().unwrap().next() } {
                    // A context of its own for each page: an empty cache, as on a phone that
                    // never saw the site.
                    let context = browser.new_context().unwrap();
                    let tab = context.new_tab().unwrap();
                    let (bytes, urls) = open(&tab, &format!("{}/{page}", server.origin));
                    if bytes > *budget {
                        over.lock().unwrap().push(format!("{page}: {bytes} bytes, over its {budget}"));
                    }
                    let origin = format!("{}/", server.origin);
                    let outside = urls.into_iter().filter(|url| !url.starts_with(&origin));
                    elsewhere.lock().unwrap().extend(outside.map(|url| format!("{page}: {url}")));
                    tab.close(true).unwrap();
                }
            });
        }
    });
    let (mut over, elsewhere) = (over.into_inner().unwrap(), elsewhere.into_inner().unwrap());
    over.sort();
    assert!(over.is_empty(), "pages over their byte budget:\n{}", over.join("\n"));
    assert!(elsewhere.is_empty(), "requests that leave the site:\n{}", elsewhere.join("\n"));
    let failed: Vec<String> = server
        .log
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, status)| *status != 200)
        .map(|(path, status)| format!("{path}: {status}"))
        .collect();
    assert!(failed.is_empty(), "requests that failed:\n{}", failed.join("\n"));
}

#[test]
fn the_quick_exit_leaves_for_a_neutral_page_that_back_does_not_return_from() {
    if !have_browser("the_quick_exit_leaves_for_a_neutral_page_that_back_does_not_return_from") {
        return;
    }
    let dir = campaign();
    let output = dir.path().join("output");
    // The server first: the neutral page is one of its own, so the test needs no network.
    let server = Server::start(&output);
    let neutral = format!("{}/neutral.html", server.origin);
    let manifest = fs::read_to_string(dir.path().join("outreach.toml")).unwrap();
    fs::write(dir.path().join("outreach.toml"), format!("quick-exit = \"{neutral}\"\n{manifest}")).unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for (name, text) in [("neutral.html", "Weather"), ("before.html", "Before")] {
        fs::write(output.join(name), format!("<!doctype html><title>{text}</title><p>{text}")).unwrap();
    }
    let browser = browser();
    for page in ["en-US/index.html", "ar/flyer.html", "my/cards.html"] {
        let tab = browser.new_context().unwrap().new_tab().unwrap();
        go(&tab, &format!("{}/before.html", server.origin));
        go(&tab, &format!("{}/{page}", server.origin));
        // On a phone's screen without scrolling, and the first thing a keyboard reaches.
        let placed = tab
            .evaluate(
                r#"(() => {
                    const exit = document.getElementById("quick-exit");
                    const box = exit.getBoundingClientRect();
                    const first = document.querySelector("a[href], button, input, select, textarea");
                    return box.top >= 0 && box.bottom <= window.innerHeight && box.height >= 40 && first === exit;
                })()"#,
                false,
            )
            .unwrap();
        assert_eq!(placed.value, Some(Value::Bool(true)), "{page}: the quick exit is not first and in view");
        tab.find_element("#quick-exit").unwrap().click().unwrap();
        wait_for_url(&tab, &neutral, page);
        // Back goes to the page before, not to the one left.
        tab.evaluate("history.back()", false).unwrap();
        wait_for_url(&tab, &format!("{}/before.html", server.origin), page);
    }
}

#[test]
fn a_link_followed_from_a_page_carries_no_referrer() {
    if !have_browser("a_link_followed_from_a_page_carries_no_referrer") {
        return;
    }
    let dir = campaign();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let server = Server::start(&dir.path().join("output"));
    let browser = browser();
    let tab = browser.new_context().unwrap().new_tab().unwrap();
    go(&tab, &format!("{}/es/index.html", server.origin));
    // The link to the language picker.
    tab.find_element(".document-nav a").unwrap().click().unwrap();
    wait_for_url(&tab, &format!("{}/index.html", server.origin), "es/index.html");
    let referrer = tab.evaluate("document.referrer", false).unwrap();
    assert_eq!(referrer.value, Some(Value::String(String::new())));
}

/// Opens `url` in the tab and waits until it has loaded. (headless_chrome's own wait misses
/// the second navigation of a tab.)
fn go(tab: &Tab, url: &str) {
    tab.navigate_to(url).unwrap();
    wait_for_url(tab, url, url);
    // Up to 30 s: the whole test suite may be using every core.
    for _ in 0..1200 {
        let state = tab.evaluate("document.readyState", false).map(|state| state.value);
        if matches!(state, Ok(Some(Value::String(state))) if state == "complete") {
            return;
        }
        thread::sleep(Duration::from_millis(25));
    }
    // What it was waiting for: the files that did come, and the fonts' states.
    let state = tab
        .evaluate(
            "[document.readyState, ...performance.getEntriesByType('resource').map(e => e.name), \
              ...[...document.fonts].map(f => `${f.family} ${f.weight} ${f.style} ${f.status}`)].join('\\n')",
            false,
        )
        .ok()
        .and_then(|state| state.value);
    panic!("{url} did not finish loading: {state:?}");
}

/// Waits until the tab shows `url`, or fails naming `page`.
fn wait_for_url(tab: &Tab, url: &str, page: &str) {
    for _ in 0..600 {
        if tab.get_url() == url {
            return;
        }
        thread::sleep(Duration::from_millis(50));
    }
    panic!("{page}: the tab shows {}, not {url}", tab.get_url());
}
