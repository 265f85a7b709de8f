//! The workbench's requests (`/_translate/…`), between the web server and [`crate::workbench`]:
//!
//! | request | what it does |
//! |---|---|
//! | `GET /_translate/<tag>/` | the workbench page of a language |
//! | `GET /_translate/workbench.js` | its script |
//! | `POST /_translate/<tag>/check` | the findings of a message as typed (JSON) |
//! | `POST /_translate/<tag>/save` | writes a message into its file |
//! | `POST /_translate/<tag>/review` | records a review in `review.toml` |
//!
//! A POST must carry the process's token (in the page, never anywhere else) and, when the
//! browser names the page it comes from (`Origin`), come from this server: a page of another
//! site cannot write into a translator's files.

use std::io::Read;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::Mutex;
use std::time::SystemTime;

use serde::Serialize;
use tiny_http::{Method, Request};

use crate::review::Verdict;
use crate::workbench::{Bench, Edit, Finding, MAX_REQUEST_BYTES, Refusal, ReviewForm, SCRIPT, SCRIPT_PATH};

/// The start of every workbench address.
pub const PREFIX: &str = "/_translate/";

/// Held while a request writes into the files (a save, a review).
static WRITES: Mutex<()> = Mutex::new(());

/// A token no other process, and no page of another site, can know: 128 random bits.
pub fn new_token() -> String {
    let mut bytes = [0u8; 16];
    // Without the system's randomness there is no safe token: better not to serve at all.
    getrandom::fill(&mut bytes).expect("the system gives random bytes");
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// What a workbench request needs to know of the server.
pub struct Workbench<'a> {
    /// The campaign's manifest.
    pub manifest: &'a Path,
    /// The process's token.
    pub token: &'a str,
    /// The origins (`http://127.0.0.1:8000`) a page of this server has.
    pub origins: &'a [String],
}

/// An answer: its status, type and body.
pub type Answer = (u16, &'static str, Vec<u8>);

/// What the script is told.
#[derive(Serialize)]
struct Reply {
    ok: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    base: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    findings: Vec<Finding>,
    #[serde(skip_serializing_if = "String::is_empty")]
    reason: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    disk: Option<String>,
}

impl Workbench<'_> {
    /// Answers a request for `path` (under [`PREFIX`]). Whatever a translator typed, a bug it
    /// meets is an error answer, not a server thread lost.
    pub fn answer(&self, request: &mut Request, path: &str) -> Answer {
        catch_unwind(AssertUnwindSafe(|| self.answer_unguarded(request, path))).unwrap_or_else(|_| {
            let reply = Reply {
                ok: false,
                base: None,
                findings: Vec::new(),
                reason: "outreach failed on this request (a bug): nothing was written; please report it".to_string(),
                disk: None,
            };
            (500, "application/json", serde_json::to_vec(&reply).unwrap_or_default())
        })
    }

    fn answer_unguarded(&self, request: &mut Request, path: &str) -> Answer {
        if path == SCRIPT_PATH {
            return (200, "text/javascript; charset=utf-8", SCRIPT.into());
        }
        let rest = path.trim_start_matches(PREFIX);
        let (tag, action) = rest.split_once('/').unwrap_or((rest, ""));
        match (request.method(), action) {
            (Method::Get | Method::Head, "") => {
                match Bench::load(self.manifest, tag).and_then(|bench| bench.page(self.token)) {
                    Ok(page) => (200, "text/html; charset=utf-8", page.into_bytes()),
                    Err(err) => (404, "text/plain; charset=utf-8", format!("{err:#}\n").into_bytes()),
                }
            }
            (Method::Post, "check" | "save" | "review") => {
                let reply = match self.post(request, tag, action) {
                    Ok(reply) => reply,
                    Err(refusal) => Reply {
                        ok: false,
                        base: None,
                        findings: Vec::new(),
                        reason: refusal.reason,
                        disk: refusal.disk,
                    },
                };
                let status = if reply.ok { 200 } else { 422 };
                (status, "application/json", serde_json::to_vec(&reply).unwrap_or_default())
            }
            _ => (404, "text/plain; charset=utf-8", b"no such workbench page\n".to_vec()),
        }
    }

    fn post(&self, request: &mut Request, tag: &str, action: &str) -> Result<Reply, Refusal> {
        let origin =
            request.headers().iter().find(|header| header.field.equiv("Origin")).map(|header| header.value.to_string());
        if origin.is_some_and(|origin| !self.origins.contains(&origin)) {
            return Err(Refusal::new("refused: the request comes from a page of another site"));
        }
        let mut body = Vec::new();
        let read = request.as_reader().take(MAX_REQUEST_BYTES as u64 + 1).read_to_end(&mut body);
        if read.is_err() || body.len() > MAX_REQUEST_BYTES {
            return Err(Refusal::new(format!("refused: a request must be under {} KiB", MAX_REQUEST_BYTES / 1024)));
        }
        let form: Vec<(String, String)> = url::form_urlencoded::parse(&body).into_owned().collect();
        let field =
            |name: &str| form.iter().find(|(key, _)| key == name).map(|(_, value)| value.as_str()).unwrap_or_default();
        if field("token") != self.token {
            return Err(Refusal::new("refused: this page is not from the running `outreach serve`; reload it"));
        }
        // One change at a time: two saves into one file at once would each write it from the
        // text before the other's.
        let _one_at_a_time =
            if action == "check" { None } else { Some(WRITES.lock().unwrap_or_else(|poisoned| poisoned.into_inner())) };
        let bench = Bench::load(self.manifest, tag).map_err(|err| Refusal::new(format!("{err:#}")))?;
        let id = field("id");
        match action {
            "check" => Ok(found(bench.check_edit(id, &edit(&form))?)),
            "save" => {
                let saved = bench.save(id, &edit(&form), field("base"))?;
                Ok(Reply { base: Some(saved.base), ..found(saved.findings) })
            }
            _ => {
                let verdict = match field("verdict") {
                    "approved" => Verdict::Approved,
                    "needs-change" => Verdict::NeedsChange,
                    other => return Err(Refusal::new(format!("refused: `{other}` is not a verdict"))),
                };
                let form = ReviewForm {
                    id: id.to_string(),
                    verdict,
                    reviewer: field("reviewer").to_string(),
                    comment: field("comment").to_string(),
                    seen: (field("english").to_string(), field("translation").to_string()),
                };
                bench.review(&form, &today())?;
                Ok(found(Vec::new()))
            }
        }
    }
}

fn found(findings: Vec<Finding>) -> Reply {
    Reply { ok: true, base: None, findings, reason: String::new(), disk: None }
}

/// The fields of a message as the form sends them: `value`, then `attr.<name>` in order.
fn edit(form: &[(String, String)]) -> Edit {
    let fields = form
        .iter()
        .filter_map(|(key, text)| match key.as_str() {
            "value" => Some((None, text.clone())),
            _ => key.strip_prefix("attr.").map(|name| (Some(name.to_string()), text.clone())),
        })
        .collect();
    Edit { fields }
}

/// Today's date, `YYYY-MM-DD` (UTC).
fn today() -> String {
    humantime::format_rfc3339(SystemTime::now()).to_string().chars().take(10).collect()
}
