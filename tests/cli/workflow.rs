//! The translator's workflow: `new-locale` starts a language that `check` counts as untranslated,
//! not broken; `sync` brings translations up to date with the English without losing a word.

use std::fs;
use std::path::Path;

use crate::support::{campaign, fixture, manifest, outreach, read, snapshot_tree};

#[test]
fn a_new_language_is_ready_to_translate_and_checks_clean() {
    let dir = campaign();
    let run = outreach(dir.path(), &["new-locale", "de"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.contains("Script: Latin; direction: left to right."), "{}", run.stdout);
    let entry =
        manifest(dir.path())["locale"].as_array().unwrap().iter().find(|l| l["tag"].as_str() == Some("de")).cloned();
    let entry = entry.expect("a [[locale]] entry for de");
    assert_eq!((entry["name"].as_str(), entry["english-name"].as_str()), (Some("Deutsch"), Some("German")));
    assert_eq!(entry["status"].as_str(), Some("draft"));
    // Every English file, each definition under its English.
    let flyer = fs::read_to_string(dir.path().join("locales/de/flyer.ftl")).unwrap();
    assert!(flyer.contains("# English: Scan to call\nflyer-scan-call = Scan to call\n"), "{flyer}");
    let check = outreach(dir.path(), &["check", "--locale", "de", "--format", "json"]);
    assert_eq!(check.code, 0, "a new language is not broken: {}", check.stdout);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let de = &json["locales"][0];
    assert_eq!(de["errors"], 0);
    // Only the messages without words to translate (`{ -hotline-name }`) count as translated.
    assert!(de["translated"].as_u64().unwrap() * 10 < de["messages"].as_u64().unwrap(), "{de}");

    let again = outreach(dir.path(), &["new-locale", "de"]);
    assert_eq!(again.code, 2);
    assert!(again.stderr.contains("de exists already"), "{}", again.stderr);
}

#[test]
fn a_language_cldr_cannot_name_needs_its_names_given() {
    let dir = fixture(None);
    let before = snapshot_tree(dir.path());
    let run = outreach(dir.path(), &["new-locale", "qaa"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("give --name"), "{}", run.stderr);
    assert_eq!(snapshot_tree(dir.path()), before, "a failed new-locale changes nothing");
    let run = outreach(dir.path(), &["new-locale", "qaa", "--name", "Qaa", "--english-name", "Private"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(outreach(dir.path(), &["check", "--locale", "qaa"]).code, 0);
}

/// Adds `new-line` to the English, changes the English of `flyer-lead` and removes
/// `flyer-scan-text`.
fn change_the_english(dir: &Path) {
    let path = dir.join("locales/en-US/flyer.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let changed = text
        .replace("flyer-lead = You are not alone.", "flyer-lead = You are never alone.")
        .replace("flyer-scan-text = Scan to text\n", "");
    assert_ne!(changed, text);
    fs::write(&path, format!("{changed}new-line = A new line.\n")).unwrap();
}

#[test]
fn sync_appends_flags_and_keeps_every_translated_byte() {
    let dir = campaign();
    assert_eq!(outreach(dir.path(), &["sync", "--locale", "es"]).code, 0, "the first sync records the English");
    let es = dir.path().join("locales/es/flyer.ftl");
    let translated = fs::read_to_string(&es).unwrap();
    change_the_english(dir.path());

    let before = snapshot_tree(dir.path());
    let dry = outreach(dir.path(), &["sync", "--locale", "es", "--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(dry.stdout.contains("+new-line = A new line."), "{}", dry.stdout);
    assert_eq!(snapshot_tree(dir.path()), before, "--dry-run writes nothing");

    let run = outreach(dir.path(), &["sync", "--locale", "es"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let synced = fs::read_to_string(&es).unwrap();
    assert!(synced.starts_with(&translated), "the translation is kept byte for byte");
    assert!(synced.ends_with("# English: A new line.\nnew-line = A new line.\n"), "{synced}");
    assert!(run.stdout.contains("locales/es/flyer.ftl:8: flyer-lead: the English changed"), "{}", run.stdout);
    assert!(run.stdout.contains("flyer-scan-text: the English no longer has it"), "{}", run.stdout);
    assert_eq!(outreach(dir.path(), &["check", "--locale", "es"]).code, 0);

    let after = snapshot_tree(dir.path());
    assert_eq!(outreach(dir.path(), &["sync", "--locale", "es"]).code, 0);
    assert_eq!(snapshot_tree(dir.path()), after, "a second sync changes nothing");

    // Translating the changed line clears it; pruning keeps the obsolete line as a comment.
    let retranslated = synced.replace("flyer-lead = No tienes", "flyer-lead = Nunca tienes");
    fs::write(&es, &retranslated).unwrap();
    let run = outreach(dir.path(), &["sync", "--locale", "es", "--prune"]);
    assert!(!run.stdout.contains("the English changed"), "{}", run.stdout);
    let pruned = fs::read_to_string(&es).unwrap();
    assert!(!pruned.contains("\nflyer-scan-text ="), "{pruned}");
    assert!(pruned.contains("\n# flyer-scan-text = Escanea y manda un texto\n"), "{pruned}");
}

/// A small random number generator, so that the property test needs no crate and repeats.
struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

#[test]
fn no_translator_line_is_ever_lost_whatever_the_english_does() {
    let dir = fixture(None);
    let reference = dir.path().join("locales/en-US");
    let translation = dir.path().join("locales/de");
    let mut random = Lcg(7);
    for round in 0..25 {
        // The English gains, changes and loses messages at random.
        let file = reference.join("flyer.ftl");
        let text = fs::read_to_string(&file).unwrap();
        let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
        let defining: Vec<usize> =
            (0..lines.len()).filter(|&i| lines[i].contains(" = ") && !lines[i].starts_with([' ', '#', '-'])).collect();
        match random.below(3) {
            0 => lines.push(format!("added-{round} = Added in round {round}.")),
            1 if !defining.is_empty() => {
                lines[defining[random.below(defining.len())]].push_str(&format!(" (changed {round})"))
            }
            _ if defining.len() > 1 => {
                lines.remove(defining[random.below(defining.len())]);
            }
            _ => {}
        }
        let text: String = lines.iter().map(|line| format!("{line}\n")).collect();
        fs::write(&file, &text).unwrap();
        let lines_before: Vec<(String, String)> = ftl_lines(&translation);
        let prune = random.below(2) == 0;
        let args: &[&str] = if prune { &["sync", "--locale", "de", "--prune"] } else { &["sync", "--locale", "de"] };
        let run = outreach(dir.path(), args);
        assert_eq!(run.code, 0, "round {round}: {}", run.stderr);
        let after = ftl_lines(&translation);
        for (file, line) in lines_before {
            let kept = after.iter().any(|(f, l)| *f == file && (*l == line || *l == format!("# {line}")));
            assert!(kept, "round {round}: {file}: lost the line {line:?}");
        }
    }
}

/// Every non-blank line of every `.ftl` file in `dir`, with its file name.
fn ftl_lines(dir: &Path) -> Vec<(String, String)> {
    let mut lines = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|ext| ext == "ftl") {
            let name = path.file_name().unwrap().to_string_lossy().to_string();
            let text = fs::read_to_string(&path).unwrap();
            lines.extend(
                text.lines().filter(|line| !line.trim().is_empty()).map(|line| (name.clone(), line.to_string())),
            );
        }
    }
    lines
}

#[test]
fn completions_know_every_subcommand() {
    let dir = fixture(None);
    let run = outreach(dir.path(), &["completions", "bash"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for subcommand in ["build", "check", "explain", "new-locale", "sync"] {
        assert!(run.stdout.contains(subcommand), "no {subcommand} in:\n{}", run.stdout);
    }
}

#[test]
fn status_shows_each_language_in_all_three_formats_and_as_a_dashboard() {
    let dir = campaign();
    assert_eq!(outreach(dir.path(), &["new-locale", "de"]).code, 0);
    // es records the English it was translated from; then the English of flyer-lead changes,
    // es loses its flyer-tab and keeps a message the English does not have.
    assert_eq!(outreach(dir.path(), &["sync", "--locale", "es"]).code, 0);
    let english = dir.path().join("locales/en-US/flyer.ftl");
    let text = fs::read_to_string(&english).unwrap();
    fs::write(&english, text.replace("flyer-lead = You are not alone.", "flyer-lead = You are never alone.")).unwrap();
    let es = dir.path().join("locales/es/flyer.ftl");
    let text = fs::read_to_string(&es).unwrap();
    fs::write(&es, text.replace("flyer-tab = Ayuda 24/7\n", "old-line = Ya no está en inglés\n")).unwrap();

    let json = outreach(dir.path(), &["status", "--format", "json", "--locale", "es", "--locale", "de"]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let json: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    assert_eq!(json["version"], 1);
    let [es, de] = [0, 1].map(|at| json["locales"][at].clone());
    assert_eq!((es["locale"].as_str(), de["locale"].as_str()), (Some("es"), Some("de")));
    assert_eq!(es["status"], "draft");
    assert_eq!(es["outdated"], 1, "flyer-lead's English changed since es translated it: {es}");
    assert_eq!(es["missing"], 1, "flyer-tab: {es}");
    assert_eq!(es["obsolete"], 1, "old-line: {es}");
    assert_eq!(es["words_left"], 2, "`Help 24/7` is two words: {es}");
    let published = |locale: &serde_json::Value, document: &str| {
        locale["documents"].as_array().unwrap().iter().find(|d| d["name"] == document).unwrap()["published"].clone()
    };
    assert_eq!(published(&es, "article"), true);
    assert_eq!(published(&es, "flyer"), false, "the flyer would show flyer-tab in English");
    assert!(de["percent"].as_u64().unwrap() < 15, "a new language is barely started: {de}");
    assert!(de["words_left"].as_u64().unwrap() > 500, "{de}");

    let table = outreach(dir.path(), &["status", "--locale", "de"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    let row = table.stdout.lines().find(|line| line.starts_with("de ")).expect("a row for de");
    assert!(row.contains("draft") && row.contains("article -flyer -cards"), "{}", table.stdout);

    let markdown = outreach(dir.path(), &["status", "--format", "markdown", "--locale", "es"]);
    assert_eq!(markdown.code, 0, "{}", markdown.stderr);
    let lines: Vec<&str> = markdown.stdout.lines().collect();
    assert!(lines[0].starts_with("| Language | Status | Translated |"), "{}", markdown.stdout);
    assert!(
        lines[2].starts_with("| Spanish `es` | draft | 98% (74/75) | 0 | 1 | 1 | 0/75 | 1 |"),
        "{}",
        markdown.stdout
    );
    assert!(markdown.stdout.contains("- flyer not published for es: 1 message is not translated: flyer-tab"));

    let build = outreach(dir.path(), &["build"]);
    assert_eq!(build.code, 1, "the es flyer is left out: {}", build.stderr);
    let dashboard = read(dir.path(), "output/status.html");
    for locale in manifest(dir.path())["locale"].as_array().unwrap() {
        let tag = locale["tag"].as_str().unwrap();
        assert!(dashboard.contains(&format!("<tr id=\"{tag}\">")), "a row for {tag}");
    }
    assert_eq!(dashboard.matches("<progress ").count(), 28, "a progress bar for each of the 28 languages");
    assert!(dashboard.contains(r#"<a href="ar/flyer.html">flyer</a>"#), "links to each published flyer");
    assert!(dashboard.contains("flyer: not published"), "and says which are left out");
}
