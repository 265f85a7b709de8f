//! The preview's web server (tiny_http): sends the files of the output folder and nothing else,
//! adds the live script to each HTML page as it is sent (never to the files), and keeps an
//! event stream open to each page.
//!
//! | path | what it is |
//! |---|---|
//! | `/__outreach/events` | the Server-Sent Events stream: `status`, then `reload` and `status` |
//! | `/__outreach/status` | the problems of the last rebuild, as JSON |
//! | `/__outreach/live.js` | the script that reloads the page and shows the problems |
//! | `/_translate/…` | the workbench (see [`super::translate`]) |
//! | anything else | a file of the output folder |

use std::fs;
use std::io::{self, Write};
use std::net::TcpListener;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use anyhow::{Context, Result, anyhow};
use minijinja::HtmlEscape;
use tiny_http::{Header, Method, Request, Response, Server};

use super::events::Live;
use super::files::{LIVE_SCRIPT_TAG, Target, content_type, resolve, with_live_script};
use super::translate::{self, Workbench};

/// The script every page gets: reloads it, and draws the problems over it.
const LIVE_SCRIPT: &str = include_str!("live.js");

/// Requests answered at once; each event stream has a thread of its own besides.
const WORKERS: usize = 4;

/// How often an idle event stream gets a comment, so that a closed page is noticed and its
/// thread ends.
const KEEP_ALIVE: Duration = Duration::from_secs(15);

/// Starts answering on `listener`, from the folder `out` and with the workbench of the
/// campaign of `manifest`, in threads that last until the process ends.
pub fn start(listener: TcpListener, live: Arc<Live>, out: PathBuf, manifest: PathBuf, port: u16) -> Result<()> {
    let server = Server::from_listener(listener, None).map_err(|err| anyhow!("cannot start the web server: {err}"))?;
    let server = Arc::new(server);
    let mut hosts = vec![format!("127.0.0.1:{port}"), format!("localhost:{port}")];
    if port == 80 {
        // The port a browser leaves out of the address, and of the Host it sends.
        hosts.extend(["127.0.0.1".to_string(), "localhost".to_string()]);
    }
    let origins = hosts.iter().map(|host| format!("http://{host}")).collect();
    let site = Arc::new(Site { live, out, hosts, manifest, token: translate::new_token(), origins });
    for _ in 0..WORKERS {
        let (server, site) = (Arc::clone(&server), Arc::clone(&site));
        thread::Builder::new()
            .name("serve-http".to_string())
            .spawn(move || {
                while let Ok(request) = server.recv() {
                    site.answer(request);
                }
            })
            .context("cannot start the web server")?;
    }
    Ok(())
}

/// What every answer needs.
struct Site {
    live: Arc<Live>,
    out: PathBuf,
    /// The names a page may reach the server by.
    hosts: Vec<String>,
    /// The campaign's manifest, for the workbench.
    manifest: PathBuf,
    /// The token every workbench form carries.
    token: String,
    /// The origins of this server's pages (`http://127.0.0.1:8000`).
    origins: Vec<String>,
}

impl Site {
    fn answer(&self, mut request: Request) {
        if !self.is_local(&request) {
            return send(
                request,
                403,
                "text/plain; charset=utf-8",
                b"outreach serve answers only 127.0.0.1\n".to_vec(),
            );
        }
        let url = request.url().to_string();
        let path = url.split(['?', '#']).next().unwrap_or_default();
        if path.starts_with(translate::PREFIX) {
            let workbench = Workbench { manifest: &self.manifest, token: &self.token, origins: &self.origins };
            let (status, kind, body) = workbench.answer(&mut request, path);
            // No other site may show the workbench in a frame and have a reviewer click in it.
            let framed = [("X-Frame-Options", "DENY"), ("Content-Security-Policy", "frame-ancestors 'none'")];
            return send_with(request, status, kind, body, &framed);
        }
        if !matches!(request.method(), Method::Get | Method::Head) {
            return send(request, 405, "text/plain; charset=utf-8", b"outreach serve only answers GET\n".to_vec());
        }
        match path {
            "/__outreach/events" => self.stream(request),
            "/__outreach/status" => {
                let status = serde_json::to_vec(&self.live.status()).unwrap_or_default();
                send(request, 200, "application/json", status);
            }
            "/__outreach/live.js" => send(request, 200, "text/javascript; charset=utf-8", LIVE_SCRIPT.into()),
            _ => self.file(request, &url),
        }
    }

    /// Whether the request came for this server by its own name. A web site open in the
    /// browser could point a name of its own at 127.0.0.1 (DNS rebinding) to read the preview;
    /// the `Host` header gives that away.
    fn is_local(&self, request: &Request) -> bool {
        let host = request.headers().iter().find(|header| header.field.equiv("Host"));
        // An HTTP/1.0 client may send no Host; a page in a browser, the one that could be
        // rebound, always does.
        host.is_none_or(|host| self.hosts.iter().any(|name| host.value.as_str().eq_ignore_ascii_case(name)))
    }

    fn file(&self, request: Request, url: &str) {
        // The folder is looked up for every request: each whole build swaps in a new one.
        let target = match fs::canonicalize(&self.out) {
            Ok(root) => resolve(&root, url),
            Err(_) => Target::Missing(url.trim_start_matches('/').to_string()),
        };
        match target {
            Target::File(path) => match fs::read(&path) {
                Ok(bytes) if path.extension().is_some_and(|ext| ext == "html") => {
                    let page = with_live_script(&String::from_utf8_lossy(&bytes));
                    send(request, 200, content_type(&path), page.into_bytes());
                }
                Ok(bytes) => send(request, 200, content_type(&path), bytes),
                Err(_) => self.not_found(request, url.trim_start_matches('/')),
            },
            Target::Folder(location) => match Header::from_bytes("Location", location) {
                Ok(location) => {
                    let _ = request.respond(Response::empty(301).with_header(location));
                }
                Err(()) => send(request, 400, "text/plain; charset=utf-8", b"bad address\n".to_vec()),
            },
            Target::Missing(page) => self.not_found(request, &page),
            Target::Refused => {
                let text = b"outreach serve sends only the files of the output folder\n".to_vec();
                send(request, 403, "text/plain; charset=utf-8", text);
            }
        }
    }

    /// A page that says what is missing, and why when the build left it out. It carries the
    /// live script, so that it turns into the page once a rebuild makes it.
    fn not_found(&self, request: Request, page: &str) {
        let status = self.live.status();
        let reason = status.unpublished.iter().find(|unpublished| unpublished.page == page);
        let why = match reason {
            Some(unpublished) => format!("<p>{}</p>", HtmlEscape(&unpublished.reason)),
            None => "<p>It is not in the output folder.</p>".to_string(),
        };
        let body = format!(
            "<!doctype html>\n<html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\"><title>Not found</title>\
             </head>\n<body><h1>{} is not there</h1>\n{why}\n<p><a href=\"/\">The language picker</a></p>\
             {LIVE_SCRIPT_TAG}</body></html>\n",
            HtmlEscape(page)
        );
        send(request, 404, "text/html; charset=utf-8", body.into_bytes());
    }

    /// Hands the connection to a thread of its own that sends the page its events.
    fn stream(&self, request: Request) {
        let (first, events) = self.live.subscribe();
        let mut writer = request.into_writer();
        // A stream that cannot get a thread ends at once; the page tries again.
        let _ = thread::Builder::new().name("serve-events".to_string()).spawn(move || {
            // An error means the page went away: the stream is over.
            let _ = send_events(&mut writer, &first, &events);
        });
    }
}

/// Writes the stream's head and its first event, then each event as it comes and, when none
/// comes for a while, a comment; until the page goes away or the server stops. tiny_http
/// buffers a response's body, so the stream is written on the bare connection.
fn send_events(writer: &mut impl Write, first: &str, events: &Receiver<Arc<str>>) -> io::Result<()> {
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\n\
                Connection: close\r\n\r\nretry: 1000\n\n";
    writer.write_all(head.as_bytes())?;
    writer.write_all(first.as_bytes())?;
    writer.flush()?;
    loop {
        match events.recv_timeout(KEEP_ALIVE) {
            Ok(frame) => writer.write_all(frame.as_bytes())?,
            Err(RecvTimeoutError::Timeout) => writer.write_all(b": waiting for changes\n\n")?,
            Err(RecvTimeoutError::Disconnected) => return Ok(()),
        }
        writer.flush()?;
    }
}

/// Answers with `body`, never cached: every rebuild may change it.
fn send(request: Request, status: u16, content_type: &str, body: Vec<u8>) {
    send_with(request, status, content_type, body, &[]);
}

/// [`send`], with the headers `extra` too.
fn send_with(request: Request, status: u16, content_type: &str, body: Vec<u8>, extra: &[(&str, &str)]) {
    // The length is known: sent whole, not in chunks (tiny_http chunks bodies over 32 KiB).
    let length = body.len();
    let mut response = Response::from_data(body).with_status_code(status).with_chunked_threshold(length + 1);
    for &(field, value) in [("Content-Type", content_type), ("Cache-Control", "no-store")].iter().chain(extra) {
        if let Ok(header) = Header::from_bytes(field, value) {
            response.add_header(header);
        }
    }
    // An error means the browser went away; there is no one to tell.
    let _ = request.respond(response);
}
