//! `outreach build` on small fixture trees: publishing, fallback, escaping, errors, determinism.

use std::collections::BTreeSet;
use std::fs;
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::support::{campaign, fixture, outreach, outreach_with, read, snapshot_tree};

#[test]
fn builds_every_language_and_document() {
    let dir = fixture(None);
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = dir.path().join("output");
    for tag in ["en-US", "de", "ar"] {
        for file in ["index.html", "flyer.html"] {
            assert!(out.join(tag).join(file).is_file(), "{tag}/{file} is missing");
        }
    }
    assert!(out.join("assets/style.css").is_file());
    let picker = read(&out, "index.html");
    assert!(picker.contains("Deutsch:") && picker.contains("العربية:"), "{picker}");
    assert!(picker.contains(r#"href="de/flyer.html""#), "{picker}");
}

#[test]
fn pages_name_their_language_and_direction() {
    let dir = fixture(None);
    assert_eq!(outreach(dir.path(), &["build"]).code, 0);
    let out = dir.path().join("output");
    assert!(read(&out, "de/index.html").contains(r#"<html lang="de" dir="ltr">"#));
    let arabic = read(&out, "ar/index.html");
    assert!(arabic.contains(r#"<html lang="ar" dir="rtl">"#), "{arabic}");
    assert!(arabic.contains(r#"hreflang="de""#), "{arabic}");
}

#[test]
fn contacts_are_isolated_links_in_text_and_plain_in_titles() {
    let dir = fixture(None);
    assert_eq!(outreach(dir.path(), &["build"]).code, 0);
    let flyer = read(&dir.path().join("output"), "ar/flyer.html");
    let title = flyer.split("<title>").nth(1).and_then(|rest| rest.split("</title>").next()).unwrap();
    assert_eq!(title, "اتصل بالرقم 1-888-373-7888 أو أرسل رسالة إلى 233733.");
    let article = read(&dir.path().join("output"), "ar/index.html");
    assert!(
        article.contains(r#"<a class="contact" dir="ltr" href="tel:+18883737888">1-888-373-7888</a>"#),
        "{article}"
    );
    for page in [&flyer, &article] {
        let invisible = ['\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}', '\u{200E}', '\u{200F}', '\u{E000}'];
        assert!(!page.contains(invisible), "an invisible or marker character leaked into the page");
    }
}

#[test]
fn flyer_with_an_untranslated_line_is_withheld_and_article_falls_back() {
    let dir = fixture(Some("missing-flyer-message"));
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("warning: flyer not published for de: 1 message is not translated: flyer-tab (missing)"),
        "{}",
        run.stderr
    );
    let out = dir.path().join("output");
    assert!(!out.join("de/flyer.html").exists());
    assert!(out.join("ar/flyer.html").is_file());
    assert!(read(&out, "de/index.html").contains("Sie sind nicht allein."));
    let picker = read(&out, "index.html");
    assert!(picker.contains("flyer (not ready)"), "{picker}");
    // Other languages' flyers do not offer the missing one as an alternate.
    assert!(!read(&out, "ar/flyer.html").contains("de/flyer.html"));
}

#[test]
fn article_falls_back_message_by_message() {
    let dir = fixture(None);
    fs::write(dir.path().join("locales/de/main.ftl"), "title = Hilfe holen\n").unwrap();
    let run = outreach(dir.path(), &["build"]);
    // The flyer shows `call`, which is now missing too: it is held back, hence exit 1.
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("flyer not published for de: 1 message is not translated: call (missing)"),
        "{}",
        run.stderr
    );
    let article = read(&dir.path().join("output"), "de/index.html");
    assert!(article.contains("<title>Hilfe holen</title>"), "{article}");
    assert!(article.contains(r#"<span lang="en-US" dir="ltr">You are not alone.</span>"#), "{article}");
}

#[test]
fn translated_markup_and_script_are_rendered_inert() {
    let dir = fixture(Some("script-injection"));
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = read(&dir.path().join("output"), "de/index.html");
    assert!(!page.contains("<script"), "{page}");
    assert!(!page.contains("<img"), "{page}");
    assert!(!page.contains(r#"" onload=""#), "{page}");
    assert!(page.contains("&lt;/title&gt;&lt;script&gt;alert(&quot;title&quot;)"), "{page}");
    assert!(page.contains("&lt;script&gt;alert(&quot;intro&quot;)&lt;/script&gt;"), "{page}");
    assert!(page.contains("{{ 7*7 }}") && !page.contains("49"), "{page}");
}

#[test]
fn template_asking_for_an_unknown_message_names_template_and_line() {
    let dir = fixture(Some("unknown-message"));
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("error: templates/flyer.html:5: the reference has no message `flyer-footer`"),
        "{}",
        run.stderr
    );
    assert!(!dir.path().join("output").exists(), "a failed build must not leave output behind");
}

#[test]
fn failed_build_keeps_the_previous_output() {
    let dir = fixture(None);
    assert_eq!(outreach(dir.path(), &["build"]).code, 0);
    let before = snapshot_tree(&dir.path().join("output"));
    fs::write(dir.path().join("templates/flyer.html"), "{{ t(\"no-such-message\") }}").unwrap();
    assert_eq!(outreach(dir.path(), &["build"]).code, 2);
    assert_eq!(snapshot_tree(&dir.path().join("output")), before);
    let leftovers: Vec<_> = fs::read_dir(dir.path())
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(leftovers.is_empty(), "staging folders left behind: {leftovers:?}");
}

#[test]
fn two_builds_are_byte_identical() {
    let dir = fixture(None);
    assert_eq!(outreach(dir.path(), &["build", "--out", "first"]).code, 0);
    assert_eq!(outreach(dir.path(), &["build", "--out", "second"]).code, 0);
    let first = snapshot_tree(&dir.path().join("first"));
    assert!(first.len() > 5);
    assert_eq!(first, snapshot_tree(&dir.path().join("second")));
}

#[test]
fn locale_option_builds_only_those_languages() {
    let dir = fixture(None);
    let run = outreach(dir.path(), &["build", "--locale", "ar", "--out", "site"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = dir.path().join("site");
    assert!(out.join("ar/flyer.html").is_file());
    assert!(!out.join("de").exists() && !out.join("en-US").exists());

    let run = outreach(dir.path(), &["build", "--locale", "fr"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--locale fr: there is no folder `locales/fr`"), "{}", run.stderr);
}

#[test]
fn only_reviewed_leaves_drafts_out_of_the_site_and_the_picker() {
    let dir = fixture(None);
    let manifest = read(dir.path(), "outreach.toml")
        .replace("english-name = \"English\"", "english-name = \"English\"\nstatus = \"reviewed\"")
        .replace("english-name = \"German\"", "english-name = \"German\"\nstatus = \"reviewed\"");
    fs::write(dir.path().join("outreach.toml"), manifest).unwrap();
    let run = outreach(dir.path(), &["build", "--only-reviewed"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("--only-reviewed leaves out 1 draft: ar"), "{}", run.stderr);
    assert!(run.stderr.contains("for 2 languages") && !run.stderr.contains("reviewed by a native"), "{}", run.stderr);
    let out = dir.path().join("output");
    assert!(out.join("de/flyer.html").is_file() && !out.join("ar").exists());
    let picker = read(&out, "index.html");
    assert!(picker.contains("Deutsch") && !picker.contains("العربية"), "{picker}");
    let german = read(&out, "de/index.html");
    assert!(german.contains(r#"hreflang="en-US""#) && !german.contains(r#"hreflang="ar""#), "{german}");

    // Without the option the drafts are built, and the summary says how many there are.
    let run = outreach(dir.path(), &["build"]);
    assert!(run.stderr.contains("for 3 languages") && run.stderr.contains("1 of them has not been reviewed"));
}

#[test]
fn only_reviewed_with_nothing_reviewed_is_an_error_and_writes_nothing() {
    let dir = fixture(None);
    let run = outreach(dir.path(), &["build", "--only-reviewed"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no language to build has been reviewed (en-US, de, ar)"), "{}", run.stderr);
    assert!(run.stderr.contains("status = \"reviewed\""), "{}", run.stderr);
    assert!(!dir.path().join("output").exists());
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_write() {
    let dir = fixture(None);
    fs::create_dir(dir.path().join("notes")).unwrap();
    fs::write(dir.path().join("notes/todo.txt"), "keep me").unwrap();
    let run = outreach(dir.path(), &["build", "--out", "notes"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("`notes` exists and was not written by outreach build"), "{}", run.stderr);
    assert_eq!(read(dir.path(), "notes/todo.txt"), "keep me");
}

#[test]
fn a_language_folder_without_manifest_entry_gets_its_article_but_no_print() {
    let dir = fixture(None);
    crate::support::copy_tree(&dir.path().join("locales/de"), &dir.path().join("locales/fr"));
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("note: `fr` has no [[locale]] entry in outreach.toml"), "{}", run.stderr);
    assert!(
        run.stderr.contains("flyer not published for fr: the manifest has no [[locale]] entry for it"),
        "{}",
        run.stderr
    );
    let out = dir.path().join("output");
    assert!(out.join("fr/index.html").is_file() && !out.join("fr/flyer.html").exists());
    assert!(
        read(&out, "index.html").contains(r#"<li lang="fr">fr: <a href="fr/index.html">article</a> flyer (not ready)"#)
    );
}

#[test]
fn never_replaces_the_campaign_or_a_folder_with_someone_elses_files() {
    let dir = fixture(None);
    fs::create_dir(dir.path().join("thesis")).unwrap();
    fs::write(dir.path().join("thesis/README.md"), "# my thesis").unwrap();
    for out in ["thesis", ".", "..", "locales", "templates/assets/..", ""] {
        let run = outreach(dir.path(), &["build", "--out", out]);
        assert_eq!(run.code, 2, "--out {out:?} was accepted: {}", run.stderr);
    }
    assert_eq!(read(dir.path(), "thesis/README.md"), "# my thesis");
    assert!(dir.path().join("locales/en-US/main.ftl").is_file());
    assert!(dir.path().join("templates/flyer.html").is_file());

    let manifest = read(dir.path(), "outreach.toml");
    fs::write(dir.path().join("outreach.toml"), format!("output-dir = \".\"\n{manifest}")).unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(dir.path().join("locales/en-US/main.ftl").is_file());
}

#[test]
fn unknown_message_in_an_included_template_names_that_template() {
    let dir = fixture(Some("unknown-message-in-partial"));
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains(
            "error: templates/partials/footer.html:3: the reference has no message `footer-note`: fix the id, \
             or add the message to the reference (included from templates/article.html:4)"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_message_only_a_translation_has_is_still_unknown() {
    let dir = fixture(Some("unknown-message"));
    fs::write(dir.path().join("locales/de/extra.ftl"), "flyer-footer = Nur auf Deutsch\n").unwrap();
    let run = outreach(dir.path(), &["build", "--locale", "de"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("the reference has no message `flyer-footer`"), "{}", run.stderr);
}

#[test]
fn text_left_in_english_counts_as_untranslated_for_print() {
    let dir = fixture(None);
    fs::write(dir.path().join("locales/de/flyer.ftl"), "flyer-headline = Help is free.\nflyer-tab = Hilfe\n").unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "flyer not published for de: 1 message is not translated: flyer-headline (still the reference's text)"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn regional_variant_falls_back_to_its_language_before_the_reference() {
    let dir = fixture(Some("regional-variant"));
    let run = outreach(dir.path(), &["build", "--locale", "de-AT"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let article = read(&dir.path().join("output"), "de-AT/index.html");
    assert!(article.contains("<title>Hilfe holen (Österreich)</title>"), "{article}");
    assert!(article.contains(r#"<span lang="de" dir="ltr">Sie sind nicht allein.</span>"#), "{article}");
}

#[test]
fn a_syntax_error_is_reported_with_its_position_and_the_rest_still_builds() {
    let dir = fixture(None);
    fs::write(dir.path().join("locales/de/main.ftl"), "title = Hilfe holen\nintro = { $\ncall = Rufen Sie an.\n")
        .unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[FTL001]: syntax error"), "{}", run.stderr);
    assert!(run.stderr.contains("--> locales/de/main.ftl:2:"), "{}", run.stderr);
    let article = read(&dir.path().join("output"), "de/index.html");
    assert!(article.contains("<title>Hilfe holen</title>"), "{article}");
}

#[test]
fn input_that_crashes_the_parser_is_a_finding_not_a_crash() {
    let dir = fixture(None);
    fs::write(dir.path().join("locales/de/main.ftl"), "title = Hilfe holen\nintro = { \"\\u00é\" }\n").unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("error[FTL001]: a `\\u` escape must be followed by 4 hex digits"), "{}", run.stderr);
    assert!(run.stderr.contains("--> locales/de/main.ftl:2:12"), "{}", run.stderr);
}

#[test]
fn links_and_reserved_names_under_locales_are_skipped_with_a_note() {
    let dir = fixture(None);
    std::os::unix::fs::symlink("..", dir.path().join("locales/de/loop")).unwrap();
    std::os::unix::fs::symlink("../ar", dir.path().join("locales/fa")).unwrap();
    fs::create_dir(dir.path().join("locales/assets")).unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stderr.contains("note: skipped locales/de/loop: a link, which is not followed"), "{}", run.stderr);
    assert!(run.stderr.contains("note: skipped locales/fa: a link"), "{}", run.stderr);
    assert!(run.stderr.contains("note: skipped locales/assets: `assets` is reserved"), "{}", run.stderr);
    let out = dir.path().join("output");
    assert!(read(&out, "de/index.html").contains("Sie sind nicht allein."));
    assert!(!out.join("fa").exists());
}

#[test]
fn a_letter_no_shipped_font_has_is_named_with_its_page() {
    let dir = crate::support::campaign();
    let flyer = dir.path().join("locales/en-US/flyer.ftl");
    let text = fs::read_to_string(&flyer).unwrap();
    let line = "flyer-safety = Your phone may be checked.";
    assert!(text.contains(line));
    // An Egyptian hieroglyph: no Noto font the campaign ships has it.
    fs::write(&flyer, text.replace(line, &format!("{line} \u{13000}"))).unwrap();
    let run = outreach(dir.path(), &["build", "--locale", "en-US"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("has `\u{13000}` (U+13000), which output/en-US/flyer.html shows: it prints in the"),
        "{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("warning: no font").count(), 1, "{}", run.stderr);
}

/// `outreach build` in `dir`, its stdout thrown away, to be started and watched.
fn build_command(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_outreach"));
    command.arg("build").current_dir(dir).stdout(Stdio::null());
    command
}

/// The folders beside `output/` that builds leave while they run (staging, old builds).
fn leftovers(dir: &std::path::Path) -> Vec<String> {
    let names = fs::read_dir(dir).unwrap().map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned());
    names.filter(|name| name.starts_with(".output.")).collect()
}

#[test]
fn a_build_killed_at_any_moment_leaves_the_previous_whole_build() {
    let dir = campaign();
    let first = outreach(dir.path(), &["build"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    // The same inputs make the same bytes: a whole new build equals the old one.
    let whole = snapshot_tree(&dir.path().join("output"));
    let started = Instant::now();
    assert_eq!(outreach(dir.path(), &["build"]).code, 0);
    let takes = started.elapsed();

    for step in 0..5u32 {
        let mut child = build_command(dir.path()).stderr(Stdio::null()).spawn().unwrap();
        std::thread::sleep(takes * step / 5);
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        assert!(snapshot_tree(&dir.path().join("output")) == whole, "killed after {step}/5 of a build");
    }
    let last = outreach(dir.path(), &["build"]);
    assert_eq!(last.code, 0, "{}", last.stderr);
    assert_eq!(leftovers(dir.path()), Vec::<String>::new(), "a build clears what killed ones left");
}

#[test]
fn two_builds_at_once_leave_one_whole_build() {
    let dir = campaign();
    assert_eq!(outreach(dir.path(), &["build"]).code, 0);
    let whole = snapshot_tree(&dir.path().join("output"));
    let spawn = || build_command(dir.path()).stderr(Stdio::piped()).spawn().unwrap();
    let (one, two) = (spawn(), spawn());
    for child in [one, two] {
        let output = child.wait_with_output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    }
    assert!(snapshot_tree(&dir.path().join("output")) == whole, "the output is one whole build");
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn the_output_is_the_same_bytes_whatever_the_locale_time_zone_threads_or_file_order() {
    let build = |dir: &std::path::Path, env: &[(&str, &str)]| {
        let run = outreach_with(dir, &["build"], env);
        assert_eq!(run.code, 0, "{}", run.stderr);
        snapshot_tree(&dir.join("output"))
    };
    let dir = campaign();
    let plain = build(dir.path(), &[("RAYON_NUM_THREADS", "1")]);
    let other =
        [("LC_ALL", "tr_TR.UTF-8"), ("LANG", "ar_EG.UTF-8"), ("TZ", "Pacific/Chatham"), ("RAYON_NUM_THREADS", "8")];
    assert!(build(dir.path(), &other) == plain, "another locale, time zone and thread count");

    // The same files, made in the opposite order, so that the folders list them otherwise.
    let reversed = campaign();
    let locales = reversed.path().join("locales");
    let mut files: Vec<_> = snapshot_tree(&locales).into_iter().collect();
    fs::remove_dir_all(&locales).unwrap();
    files.reverse();
    for (path, bytes) in files {
        fs::create_dir_all(locales.join(&path).parent().unwrap()).unwrap();
        fs::write(locales.join(path), bytes).unwrap();
    }
    assert!(build(reversed.path(), &[]) == plain, "files made in another order");
}

#[test]
fn every_page_forbids_scripts_but_its_own_files() {
    let dir = campaign();
    assert_eq!(outreach(dir.path(), &["build"]).code, 0);
    let pages: Vec<_> = snapshot_tree(&dir.path().join("output"))
        .into_iter()
        .filter(|(path, _)| path.extension().is_some_and(|ext| ext == "html"))
        .collect();
    assert!(pages.len() > 80, "the picker, the dashboard and 27 × 3 pages");
    for (path, bytes) in pages {
        let page = String::from_utf8(bytes).unwrap();
        let policy =
            page.find("http-equiv=\"Content-Security-Policy\"").unwrap_or_else(|| panic!("{path:?} has no CSP"));
        assert!(page[policy..].contains("script-src 'self';"), "{path:?}");
        let first_script = page.find("<script").unwrap_or(page.len());
        assert!(policy < first_script, "{path:?}: the policy comes before any script");
        for script in page.match_indices("<script").map(|(at, _)| &page[at..]) {
            assert!(script.starts_with("<script src="), "{path:?}: an inline script");
        }
    }
}

#[test]
fn a_disk_that_fills_mid_build_is_a_clear_error_and_the_previous_build_stays() {
    use std::os::unix::process::CommandExt;
    let dir = campaign();
    assert_eq!(outreach(dir.path(), &["build"]).code, 0);
    let whole = snapshot_tree(&dir.path().join("output"));
    let mut command = build_command(dir.path());
    // SAFETY: only async-signal-safe calls between fork and exec. A file-size limit makes the
    // build's writes fail past 64 KiB (its fonts are larger), as a full disk would.
    unsafe {
        command.pre_exec(|| {
            libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
            let limit = libc::rlimit { rlim_cur: 64 * 1024, rlim_max: 64 * 1024 };
            match libc::setrlimit(libc::RLIMIT_FSIZE, &limit) {
                0 => Ok(()),
                _ => Err(std::io::Error::last_os_error()),
            }
        });
    }
    let output = command.output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("error: failed to"), "{stderr}");
    assert!(stderr.contains("File too large"), "the system's reason: {stderr}");
    assert!(snapshot_tree(&dir.path().join("output")) == whole, "the previous build is as it was");
    assert_eq!(leftovers(dir.path()), Vec::<String>::new(), "and the half-made one is gone");
}

#[test]
fn a_link_among_the_assets_is_refused_and_nothing_is_published() {
    let dir = campaign();
    assert_eq!(outreach(dir.path(), &["build"]).code, 0);
    let whole = snapshot_tree(&dir.path().join("output"));
    std::os::unix::fs::symlink("/etc/passwd", dir.path().join("templates/assets/notes.txt")).unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("templates/assets/notes.txt` is a link"), "{}", run.stderr);
    assert!(snapshot_tree(&dir.path().join("output")) == whole, "the previous build is as it was");
}

#[test]
fn a_template_that_links_outside_the_templates_folder_is_refused() {
    let dir = campaign();
    let outside = tempfile::tempdir().unwrap();
    let flyer = dir.path().join("templates/flyer.html");
    fs::rename(&flyer, outside.path().join("flyer.html")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("flyer.html"), &flyer).unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("flyer.html` leads outside the templates folder"), "{}", run.stderr);
    assert!(!dir.path().join("output/es/flyer.html").exists(), "nothing is published");
}

#[test]
fn check_and_build_agree_on_which_messages_are_untranslated() {
    let dir = fixture(None);
    let manifest = dir.path().join("outreach.toml");
    let text = fs::read_to_string(&manifest).unwrap();
    // Every document withholds untranslated text, so that the build names every such message.
    fs::write(&manifest, text.replace("template = \"article.html\"", "template = \"article.html\"\nfallback = false"))
        .unwrap();
    // German left in English, in every shape: prose, a single word with a number, contacts
    // among the words; and one message translated.
    fs::write(dir.path().join("locales/de/flyer.ftl"), "flyer-headline = Help is free.\nflyer-tab = Help 24/7\n")
        .unwrap();
    fs::write(
        dir.path().join("locales/de/main.ftl"),
        "title = Get help\nintro = Du bist nicht allein.\ncall = Call { -hotline-phone } or text { -hotline-text }.\n",
    )
    .unwrap();

    let check = outreach(dir.path(), &["check", "--locale", "de", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let checked: BTreeSet<String> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|found| found["code"] == "FTL050")
        .map(|found| found["id"].as_str().unwrap().to_string())
        .collect();
    let build = outreach(dir.path(), &["build", "--locale", "de"]);
    let built: BTreeSet<String> = build
        .stderr
        .lines()
        .filter(|line| line.contains("not published for de"))
        .flat_map(|line| line.split(": ").nth(3).unwrap_or_default().split(", "))
        .filter_map(|gap| gap.strip_suffix(" (still the reference's text)"))
        .map(str::to_string)
        .collect();
    let expected: BTreeSet<String> = ["call", "flyer-headline", "title"].map(String::from).into();
    assert_eq!(checked, expected, "check: {}", check.stdout);
    assert_eq!(built, expected, "build: {}", build.stderr);
}
