//! The workbench of `outreach serve` (`/_translate/<tag>/`): what a translator's save writes,
//! what it refuses, what a review records and what `status` then counts; and, in headless
//! Chromium, a right-to-left and a Chinese translator typing and saving.

use std::ffi::OsStr;
use std::fs;
use std::time::{Duration, Instant};

use headless_chrome::{Browser, LaunchOptions, Tab};
use serde_json::Value;

use crate::serve::{Answer, Server, pages};
use crate::support::outreach;

/// The Spanish flyer's tear-off line, as the campaign has it.
const TAB: &str = "flyer-tab = Ayuda 24/7";

/// What the workbench page of `tag` gives a form: the token, and the fingerprint of `id`'s
/// translation (`base`) and of its English.
struct Form {
    token: String,
    base: String,
    english: String,
}

fn form(server: &Server, tag: &str, id: &str) -> Form {
    let page = server.get(&format!("/_translate/{tag}/"));
    assert_eq!(page.status, 200, "{}", page.body);
    let after = |from: &str, start: &str| -> String {
        let at = from.find(start).unwrap_or_else(|| panic!("no {start} in the workbench page")) + start.len();
        from[at..].split('"').next().unwrap().to_string()
    };
    let token = after(&page.body, "data-token=\"");
    let message = &page.body[page.body.find(&format!("data-message-id=\"{id}\"")).expect("the message's form")..];
    Form { token, base: after(message, "name=\"base\" value=\""), english: after(message, "data-english=\"") }
}

fn json(answer: &Answer) -> Value {
    serde_json::from_str(&answer.body).unwrap_or_else(|_| panic!("not JSON: {}", answer.body))
}

#[test]
fn a_save_changes_only_its_message_and_the_page_shows_it() {
    let server = Server::start();
    let file = server.dir.path().join("locales/es/flyer.ftl");
    let before = fs::read_to_string(&file).unwrap();
    let form = form(&server, "es", "flyer-tab");
    let mut events = server.events();

    let fields = [
        ("token", form.token.as_str()),
        ("id", "flyer-tab"),
        ("base", form.base.as_str()),
        ("value", "Ayuda privada a toda hora"),
    ];
    let saved = server.post("/_translate/es/save", &fields, "Origin: http://127.0.0.1\r\n");
    // An Origin of another port is another site: refused.
    assert_eq!(saved.status, 422, "{}", saved.body);
    let origin = format!("Origin: http://127.0.0.1:{}\r\n", server.port);
    let saved = server.post("/_translate/es/save", &fields, &origin);
    assert_eq!(saved.status, 200, "{}", saved.body);
    assert_eq!(json(&saved)["ok"], true);

    let after = fs::read_to_string(&file).unwrap();
    assert_eq!(after, before.replacen(TAB, "flyer-tab = Ayuda privada a toda hora", 1), "only the message's bytes");
    let record = fs::read_to_string(server.dir.path().join("locales/es/translated-from.toml")).unwrap();
    assert!(record.contains("[messages.flyer-tab]"), "what it was translated from is recorded");
    let check = outreach(server.dir.path(), &["check", "--locale", "es"]);
    assert_eq!(check.code, 0, "{}{}", check.stdout, check.stderr);

    let reload = events.next_named(&server, "reload");
    assert!(pages(&reload).contains(&"es/flyer.html"), "{reload:?}");
    assert!(server.get("/es/flyer.html").body.contains("Ayuda privada a toda hora"));
}

#[test]
fn what_would_break_the_file_or_overwrite_another_edit_is_refused_and_nothing_changes() {
    let server = Server::start();
    let file = server.dir.path().join("locales/es/flyer.ftl");
    let before = fs::read_to_string(&file).unwrap();
    let form = form(&server, "es", "flyer-tab");
    let refused = |value: &str, token: &str, base: &str| -> String {
        let fields = [("token", token), ("id", "flyer-tab"), ("base", base), ("value", value)];
        let answer = server.post("/_translate/es/save", &fields, "");
        assert_eq!(answer.status, 422, "{value:?} was taken: {}", answer.body);
        assert_eq!(fs::read_to_string(&file).unwrap(), before, "{value:?} changed the file");
        json(&answer)["reason"].as_str().unwrap().to_string()
    };
    let (token, base) = (form.token.as_str(), form.base.as_str());
    assert!(refused("Llama al { -hotline-phone", token, base).contains("Fluent cannot read this"));
    let injected = refused("Ayuda\n-hotline-phone = 1-800-000-0000", token, base);
    assert!(injected.contains("starts like a new message (`-hotline-phone`)"), "{injected}");
    assert!(refused("Ayuda", "not-the-token", base).contains("not from the running `outreach serve`"));
    let huge = "a".repeat(70 * 1024);
    assert!(refused(&huge, token, base).contains("under 64 KiB"));

    // Someone edits the message on disk after the page was loaded: their text is kept.
    let theirs = before.replacen(TAB, "flyer-tab = Ayuda, día y noche", 1);
    fs::write(&file, &theirs).unwrap();
    let fields = [("token", token), ("id", "flyer-tab"), ("base", base), ("value", "Mi texto")];
    let answer = server.post("/_translate/es/save", &fields, "");
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert_eq!(json(&answer)["disk"], "flyer-tab = Ayuda, día y noche");
    assert_eq!(fs::read_to_string(&file).unwrap(), theirs);

    // A file that cannot be read (here, not UTF-8) is not taken for an empty one.
    let help = server.dir.path().join("locales/es/help.ftl");
    let mut damaged = fs::read(&help).unwrap();
    damaged.extend([0xff, 0xfe, b'\n']);
    fs::write(&help, &damaged).unwrap();
    let fields = [("token", token), ("id", "help-heading"), ("base", ""), ("value", "Ayuda")];
    let answer = server.post("/_translate/es/save", &fields, "");
    assert_eq!(answer.status, 422, "{}", answer.body);
    assert!(json(&answer)["reason"].as_str().unwrap().contains("could not be read"), "{}", answer.body);
    assert_eq!(fs::read(&help).unwrap(), damaged);
}

#[test]
fn an_approval_counts_in_status_until_the_english_changes() {
    let server = Server::start();
    let form = form(&server, "es", "flyer-tab");
    let review = |verdict: &str, comment: &str| {
        let fields = [
            ("token", form.token.as_str()),
            ("id", "flyer-tab"),
            ("verdict", verdict),
            ("reviewer", "Ana Pérez"),
            ("comment", comment),
            ("english", form.english.as_str()),
            ("translation", form.base.as_str()),
        ];
        server.post("/_translate/es/review", &fields, "")
    };
    assert_eq!(review("needs-change", "").status, 422, "a change asked for says what");
    assert_eq!(review("approved", "").status, 200);
    let records = fs::read_to_string(server.dir.path().join("locales/es/review.toml")).unwrap();
    assert!(records.contains("reviewer = \"Ana Pérez\""), "{records}");

    let status = |dir: &std::path::Path| -> Value {
        let run = outreach(dir, &["status", "--format", "json", "--locale", "es"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        serde_json::from_str::<Value>(&run.stdout).unwrap()["locales"][0]["review"].clone()
    };
    assert_eq!(status(server.dir.path())["approved"], 1);
    assert_eq!(status(server.dir.path())["changed"], 0);

    let english = server.dir.path().join("locales/en-US/flyer.ftl");
    let text = fs::read_to_string(&english).unwrap();
    let line = text.lines().find(|line| line.starts_with("flyer-tab =")).unwrap().to_string();
    fs::write(&english, text.replacen(&line, &format!("{line}, free"), 1)).unwrap();
    let review = status(server.dir.path());
    assert_eq!((review["approved"].as_u64(), review["changed"].as_u64()), (Some(0), Some(1)), "{review}");
}

/// Headless Chromium, or `None` (with a SKIP line) where there is none and CI does not ask.
fn browser(test: &str) -> Option<Browser> {
    let path = match outreach::print::find_browser() {
        Ok(path) => path,
        Err(err) => {
            assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true, and {err}");
            eprintln!("SKIP workbench::{test}: {err}");
            return None;
        }
    };
    let options = LaunchOptions::default_builder()
        .path(Some(path))
        .sandbox(false)
        .window_size(Some((1000, 1400)))
        .args(vec![OsStr::new("--no-first-run")])
        .idle_browser_timeout(Duration::from_secs(120))
        .build()
        .unwrap();
    Some(Browser::new(options).unwrap())
}

/// The value of `script` in `tab`, once it is true, or a failure after 30 s.
fn wait_for(tab: &Tab, script: &str) {
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if tab.evaluate(script, false).ok().and_then(|value| value.value) == Some(Value::Bool(true)) {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let state = tab
        .evaluate("[document.URL, document.readyState, ...performance.getEntriesByType('resource').map(e => e.name + ' ' + Math.round(e.duration)), ...[...document.fonts].map(f => f.family + ' ' + f.weight + ' ' + f.status), ...[...document.querySelectorAll('.wb-refusal:not([hidden])')].map(box => box.textContent)].join(' | ')", false)
        .ok()
        .and_then(|value| value.value);
    panic!("never true: {script} ({state:?})");
}

#[test]
fn a_right_to_left_and_a_chinese_translator_type_check_save_and_approve_in_the_browser() {
    let test = "a_right_to_left_and_a_chinese_translator_type_check_save_and_approve_in_the_browser";
    let Some(browser) = browser(test) else { return };
    let server = Server::start();
    let tab = browser.new_tab().unwrap();
    let form = "document.querySelector('form[data-message-id=\"flyer-tab\"]')";
    let field = format!("{form}.querySelector('textarea')");
    let save = format!("{form}.querySelector('button[type=submit]')");
    let refusal = format!("{form}.querySelector('.wb-refusal')");
    let review = "document.querySelector('.wb-review[data-id=\"flyer-tab\"]')";
    for (tag, dir, text) in [("ar", "rtl", "مساعدة سرية في أي وقت"), ("zh-Hans", "ltr", "随时提供保密帮助")]
    {
        let file = server.dir.path().join(format!("locales/{tag}/flyer.ftl"));
        let before = fs::read_to_string(&file).unwrap();
        let old = before.lines().find(|line| line.starts_with("flyer-tab =")).unwrap().to_string();
        tab.navigate_to(&format!("http://127.0.0.1:{}/_translate/{tag}/", server.port)).unwrap();
        wait_for(&tab, &format!("{field} !== null && {field}.dir === '{dir}' && {field}.lang === '{tag}'"));

        // A variable the reference does not pass is found as it is typed.
        let typed = format!("{text} {{ $nobody }}");
        tab.evaluate(
            &format!("{field}.value = '{typed}'; {field}.dispatchEvent(new Event('input', {{bubbles: true}})); true"),
            false,
        )
        .unwrap();
        wait_for(&tab, &format!("{form}.querySelector('.wb-findings').textContent.includes('FTL020')"));

        // A placeable left open is refused at the field, and the file stays as it was.
        tab.evaluate(&format!("{field}.value = '{text} {{ -hotline-phone'; {save}.click(); true"), false).unwrap();
        wait_for(&tab, &format!("!{refusal}.hidden && {refusal}.textContent.includes('Fluent cannot read this')"));
        assert_eq!(fs::read_to_string(&file).unwrap(), before, "{tag}: a refused save wrote");

        // Fixed and saved with the keyboard (Enter on the button): only the message's bytes change.
        tab.evaluate(&format!("{field}.value = '{text}'; {save}.focus(); true"), false).unwrap();
        tab.press_key("Enter").unwrap();
        wait_for(&tab, &format!("{form}.querySelector('.wb-saved').textContent === 'Saved.'"));
        let saved = fs::read_to_string(&file).unwrap();
        assert_eq!(saved, before.replacen(&old, &format!("flyer-tab = {text}"), 1), "{tag}: only the message's bytes");

        // A reviewer gives their name and approves it: status counts it.
        tab.evaluate(
            &format!(
                "const name = document.getElementById('reviewer'); name.value = 'Reviewer'; \
                 name.dispatchEvent(new Event('change')); {review}.querySelector('[data-verdict=\"approved\"]').click(); true"
            ),
            false,
        )
        .unwrap();
        wait_for(
            &tab,
            &format!("{review}.querySelector('.wb-review-state').textContent.startsWith('Approved by Reviewer')"),
        );
        let status = outreach(server.dir.path(), &["status", "--format", "json", "--locale", tag]);
        let status: Value = serde_json::from_str(&status.stdout).unwrap();
        assert_eq!(status["locales"][0]["review"]["approved"], 1, "{tag}: {status}");

        // The preview shows the new text once it has rebuilt.
        let shown = |page: &Tab| {
            page.evaluate(&format!("document.body.textContent.includes('{text}')"), false)
                .ok()
                .and_then(|value| value.value)
                == Some(Value::Bool(true))
        };
        let preview = browser.new_tab().unwrap();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            preview.navigate_to(&format!("http://127.0.0.1:{}/{tag}/flyer.html", server.port)).unwrap();
            let _ = preview.wait_until_navigated();
            if shown(&preview) {
                break;
            }
            assert!(Instant::now() < deadline, "{tag}: the flyer never showed the saved text");
            std::thread::sleep(Duration::from_millis(200));
        }
        // While serve runs, the page's draft notice links the workbench.
        let link = format!("document.querySelector('.draft-notice a[href=\"/_translate/{tag}/\"]') !== null");
        wait_for(&preview, &link);
        preview.close(true).unwrap();

        if tag == "ar" {
            let png = headless_chrome::protocol::cdp::Page::CaptureScreenshotFormatOption::Png;
            let shot = std::env::temp_dir().join("outreach-workbench-ar.png");
            fs::write(&shot, tab.capture_screenshot(png, None, None, true).unwrap()).unwrap();
            eprintln!("workbench: a picture of the Arabic workbench is at {}", shot.display());
        }
    }
}

#[test]
fn a_review_sheet_lists_every_message_with_its_english_and_translation_and_prints() {
    let dir = crate::support::campaign();
    let pdf = outreach::print::find_browser().is_ok() || std::env::var("CI").as_deref() == Ok("true");
    let args: &[&str] = if pdf { &["review-sheet", "ar", "--pdf", "--paper", "a4"] } else { &["review-sheet", "ar"] };
    let run = outreach(dir.path(), args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let sheet = fs::read_to_string(dir.path().join("review/ar/sheet.html")).unwrap();
    let english = fs::read_to_string(dir.path().join("locales/en-US/flyer.ftl")).unwrap();
    let arabic = fs::read_to_string(dir.path().join("locales/ar/flyer.ftl")).unwrap();
    let line = |text: &str| text.lines().find(|line| line.starts_with("flyer-tab =")).unwrap()[12..].to_string();
    let row = &sheet[sheet.find(">flyer-tab<").expect("a row for flyer-tab")..];
    let row = row[..row.find("</tr>").unwrap()].replace("&#x2f;", "/");
    assert!(row.contains(&line(&english)) && row.contains(&line(&arabic)), "{row}");
    assert!(row.contains(r#"lang="ar" dir="rtl""#), "{row}");
    let rows = sheet.matches("<td class=\"number\">").count();
    assert!(rows >= 75, "every message, each attribute a line of its own: {rows}");
    assert!(dir.path().join("review/ar/assets/style.css").is_file(), "with the fonts of its letters");
    if pdf {
        let printed = fs::read(dir.path().join("review/ar/sheet-a4.pdf")).unwrap();
        assert!(printed.starts_with(b"%PDF"), "a PDF");
    } else {
        eprintln!("SKIP workbench::a_review_sheet…: no browser, so no PDF was printed");
    }
}

#[test]
fn a_language_whose_every_message_is_approved_is_reviewed_until_one_changes() {
    let dir = crate::support::campaign();
    let locales = dir.path().join("locales");
    let catalog = outreach::catalog::load_catalog(dir.path(), &locales).unwrap();
    let definitions = |tag: &str| catalog.locale(&outreach::tag::Tag::parse(tag).unwrap()).unwrap().definitions();
    let (english, spanish) = (definitions("en-US"), definitions("es"));
    let notice = |dir: &std::path::Path| {
        let page = outreach(dir, &["build", "--locale", "es"]);
        assert_eq!(page.code, 0, "{}", page.stderr);
        fs::read_to_string(dir.join("output/es/index.html")).unwrap().contains("class=\"draft-notice")
    };
    assert!(notice(dir.path()), "a draft's page says so");
    let mut reviews = outreach::review::Reviews::default();
    for (id, text) in &english {
        let texts = (*text, spanish[id]);
        reviews.record(id, outreach::review::Verdict::Approved, "Ana", "2026-12-05", texts, "");
    }
    fs::write(locales.join("es/review.toml"), reviews.to_text().unwrap()).unwrap();
    let status = |dir: &std::path::Path| -> Value {
        let run = outreach(dir, &["status", "--format", "json", "--locale", "es"]);
        serde_json::from_str::<Value>(&run.stdout).unwrap()["locales"][0].clone()
    };
    assert_eq!(status(dir.path())["status"], "reviewed", "every message approved");
    assert!(!notice(dir.path()), "a reviewed language's page has no draft notice");

    let file = locales.join("en-US/flyer.ftl");
    let text = fs::read_to_string(&file).unwrap();
    assert!(text.contains("flyer-tab = Help 24/7"), "en-US/flyer.ftl has flyer-tab");
    fs::write(&file, text.replacen("flyer-tab = Help 24/7", "flyer-tab = Help, 24/7", 1)).unwrap();
    assert_eq!(status(dir.path())["status"], "draft", "the approval of flyer-tab lapsed with its English");
}
