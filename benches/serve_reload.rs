//! How long `outreach serve` takes from a save to the open page's `reload` event.
//!
//! Runs the release binary (`target/release/outreach`, or the one `OUTREACH_BIN` names; it
//! builds nothing itself) on a temporary copy of the campaign, opens the event stream as a page
//! does, then saves one line of a Spanish file again and again, alternating two texts, and times
//! each save until the `reload` event that names `es/flyer.html` arrives; then saves the same
//! message through the workbench (`POST /_translate/es/save`, as its Save button does), timed
//! from the request to the `reload` event. The target for a change to one language is under
//! 100 ms.
//!
//! ```sh
//! cargo build --release && cargo bench --bench serve_reload
//! ```

use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitCode, Stdio};
use std::sync::mpsc::{Receiver, channel};
use std::thread;
use std::time::{Duration, Instant};

/// Timed saves.
const SAVES: usize = 30;

/// The two texts of the Spanish tear-off line that the saves alternate between. Neither has a
/// character the other pages lack, so that no save has the fonts cut again.
const TEXTS: [&str; 2] = ["flyer-tab = Ayuda privada 24/7", "flyer-tab = Ayuda 24/7"];

/// What a change to one language should take, save to reload.
const TARGET_MS: f64 = 100.0;

/// How long the first, whole build may take.
const STARTUP: Duration = Duration::from_secs(120);

/// How long one save may take before the benchmark gives up on the server.
const PATIENCE: Duration = Duration::from_secs(10);

/// A pause between saves, so that each starts on an idle server.
const BETWEEN: Duration = Duration::from_millis(100);

fn main() -> ExitCode {
    // `cargo test --benches` runs this without `--bench`: there is nothing to test.
    if !std::env::args().any(|arg| arg == "--bench") {
        println!("serve_reload: a benchmark; run it with `cargo bench --bench serve_reload`");
        return ExitCode::SUCCESS;
    }
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let binary = std::env::var_os("OUTREACH_BIN").map_or_else(|| repo.join("target/release/outreach"), PathBuf::from);
    if !binary.is_file() {
        eprintln!(
            "serve_reload: {} is missing; build it first with `cargo build --release` (or name another \
             binary in OUTREACH_BIN)",
            binary.display()
        );
        return ExitCode::FAILURE;
    }
    let dir = tempfile::tempdir().expect("cannot make a temporary folder");
    copy_campaign(&repo, dir.path());

    let mut server = Server::start(&binary, dir.path());
    let events = server.events();
    let file = dir.path().join("locales/es/flyer.ftl");
    let original = fs::read_to_string(&file).unwrap();
    assert!(original.contains(TEXTS[1]), "locales/es/flyer.ftl no longer has `{}`: update the benchmark", TEXTS[1]);

    // The first save after the start is timed apart: it is the only one on a cold server.
    let first = server.save_and_wait(&events, &file, &original.replacen(TEXTS[1], TEXTS[0], 1));
    let mut times = Vec::with_capacity(SAVES);
    for save in 0..SAVES {
        thread::sleep(BETWEEN);
        let text = original.replacen(TEXTS[1], TEXTS[(save + 1) % 2], 1);
        times.push(server.save_and_wait(&events, &file, &text));
    }
    // The same message, saved through the workbench.
    let mut form = server.workbench_form();
    let mut through = Vec::with_capacity(SAVES);
    for save in 0..SAVES {
        thread::sleep(BETWEEN);
        // The file saves left the first text in place: start from the other.
        let value = TEXTS[(save + SAVES + 1) % 2].trim_start_matches("flyer-tab = ");
        let (took, base) = server.post_and_wait(&events, &form, value);
        form.1 = base;
        through.push(took);
    }
    let rebuilds = server.stop();

    let ms = |time: &Duration| time.as_secs_f64() * 1000.0;
    let saved = sorted(times.iter().map(ms).collect());
    println!("serve_reload: {SAVES} saves of one line of locales/es/flyer.ftl, save to `reload` event");
    println!("  binary      {}", binary.display());
    println!("  first save  {:.1} ms (not counted)", ms(&first));
    print_spread(&saved);
    // The server's own "Rebuilt es in N ms" lines (of both kinds of save), the first left out.
    if rebuilds.len() > 1 {
        let rebuilds = sorted(rebuilds[1..].to_vec());
        println!(
            "  of which the rebuild, as the server reports it: median {:.0} ms, max {:.0} ms",
            median(&rebuilds),
            rebuilds[rebuilds.len() - 1]
        );
    }
    let posted = sorted(through.iter().map(ms).collect());
    println!("serve_reload: {SAVES} saves of the same message through the workbench, request to `reload` event");
    print_spread(&posted);
    let all = sorted([saved, posted].concat());
    let verdict = if percentile(&all, 0.95) < TARGET_MS { "met" } else { "NOT met" };
    println!("  target: under {TARGET_MS:.0} ms for a change to one language ({verdict} at p95)");
    ExitCode::SUCCESS
}

/// `values`, sorted.
fn sorted(mut values: Vec<f64>) -> Vec<f64> {
    values.sort_by(f64::total_cmp);
    values
}

/// The spread of sorted times in milliseconds, on one line.
fn print_spread(values: &[f64]) {
    println!(
        "  min {:.1} ms | median {:.1} ms | p95 {:.1} ms | max {:.1} ms",
        values[0],
        median(values),
        percentile(values, 0.95),
        values[values.len() - 1]
    );
}

/// The middle of sorted `values`.
fn median(values: &[f64]) -> f64 {
    let middle = values.len() / 2;
    match values.len() % 2 {
        0 => (values[middle - 1] + values[middle]) / 2.0,
        _ => values[middle],
    }
}

/// The nearest-rank `share` percentile of sorted `values`.
fn percentile(values: &[f64], share: f64) -> f64 {
    let rank = (share * values.len() as f64).ceil() as usize;
    values[rank.clamp(1, values.len()) - 1]
}

/// What a clone has of the campaign: the manifest, the locales, the templates, and the
/// output folder with only its committed files (its marker lets serve replace it).
fn copy_campaign(repo: &Path, to: &Path) {
    fs::copy(repo.join("outreach.toml"), to.join("outreach.toml")).unwrap();
    fs::create_dir(to.join("output")).unwrap();
    for committed in ["README.md", ".outreach-build"] {
        fs::copy(repo.join("output").join(committed), to.join("output").join(committed)).unwrap();
    }
    for folder in ["locales", "templates"] {
        copy_tree(&repo.join(folder), &to.join(folder));
    }
}

fn copy_tree(from: &Path, to: &Path) {
    fs::create_dir_all(to).unwrap();
    for entry in fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            fs::copy(entry.path(), target).unwrap();
        }
    }
}

/// A running `outreach serve --port 0`, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
    /// Its stderr, line by line.
    lines: Receiver<String>,
}

/// One event of the stream: its name and its data.
type Event = (String, String);

impl Server {
    fn start(binary: &Path, dir: &Path) -> Server {
        let mut child = Command::new(binary)
            .args(["serve", "--port", "0"])
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap_or_else(|err| panic!("cannot start {}: {err}", binary.display()));
        let stderr = child.stderr.take().unwrap();
        let (sender, lines) = channel();
        // Read to the end, so that the server never blocks on a full pipe.
        thread::spawn(move || {
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                let _ = sender.send(line);
            }
        });
        let deadline = Instant::now() + STARTUP;
        let port = loop {
            let line = lines
                .recv_timeout(deadline.saturating_duration_since(Instant::now()))
                .unwrap_or_else(|_| panic!("outreach serve did not say where it listens"));
            let port = line.split_once(" at http://127.0.0.1:").and_then(|(_, rest)| rest.split_once('/'));
            if let Some(port) = port.and_then(|(port, _)| port.parse().ok()) {
                break port;
            }
            eprintln!("  serve: {line}");
        };
        Server { child, port, lines }
    }

    /// Opens the event stream and waits for its first event, after which every rebuild is sent.
    fn events(&self) -> Receiver<Event> {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("cannot reach outreach serve");
        let request = format!("GET /__outreach/events HTTP/1.1\r\nHost: 127.0.0.1:{}\r\n\r\n", self.port);
        stream.write_all(request.as_bytes()).unwrap();
        let (sender, events) = channel();
        thread::spawn(move || {
            let (mut event, mut data) = (String::new(), String::new());
            for line in BufReader::new(stream).lines().map_while(Result::ok) {
                if let Some(name) = line.strip_prefix("event: ") {
                    event = name.to_string();
                } else if let Some(more) = line.strip_prefix("data: ") {
                    data.push_str(more);
                } else if line.is_empty()
                    && !event.is_empty()
                    && sender.send((std::mem::take(&mut event), std::mem::take(&mut data))).is_err()
                {
                    return;
                }
            }
        });
        let (name, _) = events.recv_timeout(PATIENCE).expect("the event stream sent nothing");
        assert_eq!(name, "status", "a stream starts with the status");
        events
    }

    /// Saves `text` as `file` (written beside it and renamed over it, as many editors save) and
    /// waits for the `reload` event that names the Spanish flyer. Gives the time between.
    fn save_and_wait(&self, events: &Receiver<Event>, file: &Path, text: &str) -> Duration {
        let scratch = file.with_file_name(".flyer.ftl.saving");
        let started = Instant::now();
        fs::write(&scratch, text).unwrap();
        fs::rename(&scratch, file).unwrap();
        loop {
            let left = PATIENCE.saturating_sub(started.elapsed());
            let (name, data) = events.recv_timeout(left).expect("no `reload` event for a save");
            if name == "reload" {
                let took = started.elapsed();
                assert!(data.contains("\"es/flyer.html\""), "the reload does not name es/flyer.html: {data}");
                return took;
            }
            // A `status` event means the save broke something.
            assert!(!data.contains("\"code\""), "the save made errors: {data}");
        }
    }

    /// `method path` with `body`; gives the answer's body.
    fn request(&self, method: &str, path: &str, body: &str) -> String {
        let mut stream = TcpStream::connect(("127.0.0.1", self.port)).expect("cannot reach outreach serve");
        let request = format!(
            "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{}\r\nContent-Type: application/x-www-form-urlencoded\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
            self.port,
            body.len()
        );
        stream.write_all(request.as_bytes()).unwrap();
        let mut answer = String::new();
        std::io::Read::read_to_string(&mut stream, &mut answer).unwrap();
        answer.split_once("\r\n\r\n").map(|(_, body)| body.to_string()).unwrap_or_default()
    }

    /// The workbench page's token, and the fingerprint of the Spanish tear-off line it shows.
    fn workbench_form(&self) -> (String, String) {
        let page = self.request("GET", "/_translate/es/", "");
        let after = |from: &str, start: &str| {
            let at = from.find(start).expect("the workbench page") + start.len();
            from[at..].split('"').next().unwrap().to_string()
        };
        let form = &page[page.find("data-message-id=\"flyer-tab\"").expect("the flyer-tab form")..];
        (after(&page, "data-token=\""), after(form, "name=\"base\" value=\""))
    }

    /// Saves `value` as the Spanish tear-off line through the workbench and waits for the
    /// `reload` event; gives the time between and the new fingerprint of the line.
    fn post_and_wait(&self, events: &Receiver<Event>, form: &(String, String), value: &str) -> (Duration, String) {
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs([
                ("token", form.0.as_str()),
                ("id", "flyer-tab"),
                ("base", form.1.as_str()),
                ("value", value),
            ])
            .finish();
        let started = Instant::now();
        let answer = self.request("POST", "/_translate/es/save", &body);
        let base = answer.split("\"base\":\"").nth(1).and_then(|rest| rest.split('"').next());
        let base = base.unwrap_or_else(|| panic!("the save was refused: {answer}")).to_string();
        loop {
            let left = PATIENCE.saturating_sub(started.elapsed());
            let (name, data) = events.recv_timeout(left).expect("no `reload` event for a save");
            if name == "reload" {
                assert!(data.contains("\"es/flyer.html\""), "the reload does not name es/flyer.html: {data}");
                return (started.elapsed(), base);
            }
            assert!(!data.contains("\"code\""), "the save made errors: {data}");
        }
    }

    /// Stops the server with SIGINT, as Ctrl-C does; gives the rebuild times it printed.
    fn stop(&mut self) -> Vec<f64> {
        let pid = libc::pid_t::try_from(self.child.id()).unwrap();
        // SAFETY: kill only sends a signal, to the child started here and not yet reaped.
        unsafe { libc::kill(pid, libc::SIGINT) };
        let status = self.child.wait().unwrap();
        assert!(status.success(), "outreach serve ended with {status}");
        // "Rebuilt es in 12 ms: 1 page changed"
        self.lines
            .iter()
            .filter_map(|line| {
                let took = line.strip_prefix("Rebuilt es in ")?.split_once(" ms")?.0;
                took.parse().ok()
            })
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
