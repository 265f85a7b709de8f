//! `outreach check` as translators and CI use it: exit codes, formats, levels, filters and
//! the standalone mode. Each code's own fixtures are in `check_codes.rs`.

use std::fs;

use serde_json::Value;

use crate::support::{campaign, check_fixture, copy_tree, outreach, outreach_with, repo, write};

fn json(stdout: &str) -> Value {
    serde_json::from_str(stdout).unwrap_or_else(|err| panic!("not JSON ({err}):\n{stdout}"))
}

/// `(code, file, line, column)` of every finding.
fn places(report: &Value) -> Vec<(String, String, u64, u64)> {
    let findings = report["diagnostics"].as_array().unwrap();
    let text = |found: &Value, key: &str| found[key].as_str().unwrap().to_string();
    findings
        .iter()
        .map(|found| {
            (
                text(found, "code"),
                text(found, "file"),
                found["line"].as_u64().unwrap(),
                found["column"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn the_campaign_checks_clean() {
    let dir = campaign();
    let run = outreach(dir.path(), &["check", "--format", "json"]);
    let report = json(&run.stdout);
    assert_eq!(report["diagnostics"], Value::Array(vec![]), "{}", run.stdout);
    assert_eq!(run.code, 0);
    for locale in report["locales"].as_array().unwrap() {
        assert_eq!(locale["missing"], 0, "{locale}");
        assert_eq!(locale["translated"], locale["messages"], "{locale}");
    }
}

#[test]
fn a_mistyped_number_a_dropped_contact_and_a_renamed_variable_are_all_named() {
    let dir = campaign();
    let edit = |path: &str, from: &str, to: &str| {
        let path = dir.path().join(path);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{} does not contain {from:?}", path.display());
        fs::write(&path, text.replacen(from, to, 1)).unwrap();
    };
    let append = |path: &str, text: &str| {
        let path = dir.path().join(path);
        fs::write(&path, fs::read_to_string(&path).unwrap() + text).unwrap();
    };
    // The source article's typo, typed into the Spanish text instead of the contact term.
    edit("locales/es/help.ftl", "al { -hotline-text }.", "al 2333733.");
    edit("locales/ar/help.ftl", ": { -hotline-phone }.", ".");
    // A translator translates a variable's name along with the sentence.
    append("locales/en-US/site.ftl", "site-updated = Updated on { $date }.\n");
    append("locales/ar/site.ftl", "site-updated = تم التحديث في { $date }.\n");
    append("locales/es/site.ftl", "site-updated = Actualizado el { $fecha }.\n");

    let run = outreach(dir.path(), &["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    let found = places(&json(&run.stdout));
    let line_of = |path: &str, needle: &str| {
        let text = fs::read_to_string(dir.path().join(path)).unwrap();
        text.lines().position(|line| line.contains(needle)).unwrap() as u64 + 1
    };
    let es_help = line_of("locales/es/help.ftl", "2333733");
    let ar_help = line_of("locales/ar/help.ftl", "help-call =");
    let es_site = line_of("locales/es/site.ftl", "$fecha");
    let column = |path: &str, line: u64, needle: &str| {
        let text = fs::read_to_string(dir.path().join(path)).unwrap();
        let line = text.lines().nth(line as usize - 1).unwrap();
        line[..line.find(needle).unwrap()].chars().count() as u64 + 1
    };
    for expected in [
        (
            "FTL032".to_string(),
            "locales/es/help.ftl".to_string(),
            es_help,
            column("locales/es/help.ftl", es_help, "2333733"),
        ),
        ("FTL030".to_string(), "locales/es/help.ftl".to_string(), es_help, 1),
        ("FTL030".to_string(), "locales/ar/help.ftl".to_string(), ar_help, 1),
        (
            "FTL020".to_string(),
            "locales/es/site.ftl".to_string(),
            es_site,
            column("locales/es/site.ftl", es_site, "$fecha"),
        ),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {found:#?}");
    }

    let human = outreach(dir.path(), &["check"]);
    assert_eq!(human.code, 1);
    assert!(human.stdout.contains(&format!("--> locales/es/help.ftl:{es_help}:")), "{}", human.stdout);
    assert!(human.stdout.contains("unknown variable $fecha in site-updated; the reference passes $date"));
    assert!(human.stdout.contains("help: write $date"), "{}", human.stdout);
}

#[test]
fn json_counts_add_up() {
    let dir = check_fixture("FTL011/trigger");
    let report = json(&outreach(dir.path(), &["check", "--format", "json"]).stdout);
    assert_eq!(report["version"], 1);
    for locale in report["locales"].as_array().unwrap() {
        let number = |key: &str| locale[key].as_u64().unwrap();
        assert_eq!(number("translated") + number("untranslated") + number("missing"), number("messages"), "{locale}");
    }
    let de = report["locales"].as_array().unwrap().iter().find(|locale| locale["locale"] == "de").unwrap();
    assert_eq!(de["missing"], 2, "{de}");
    assert_eq!(report["summary"]["errors"], de["errors"]);
}

#[test]
fn github_format_annotates_the_line() {
    let dir = check_fixture("FTL020/trigger");
    let run = outreach(dir.path(), &["check", "--format", "github"]);
    assert_eq!(run.code, 1);
    let line = run.stdout.lines().find(|line| line.contains("title=FTL020")).expect(&run.stdout);
    assert!(line.starts_with("::error file=locales/de/main.ftl,line="), "{line}");
    assert!(line.contains("::unknown variable $nmae"), "{line}");
    assert!(line.contains("%0Ahelp: "), "{line}");
}

#[test]
fn levels_from_the_manifest_change_or_silence_a_code() {
    let dir = check_fixture("FTL021/trigger");
    assert_eq!(outreach(dir.path(), &["check"]).code, 0, "FTL021 is a warning by default");
    assert_eq!(outreach(dir.path(), &["check", "--deny-warnings"]).code, 1);

    let manifest = dir.path().join("outreach.toml");
    let base = fs::read_to_string(&manifest).unwrap();
    fs::write(&manifest, format!("{base}\n[checks]\nFTL021 = \"error\"\n")).unwrap();
    let run = outreach(dir.path(), &["check", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("\"severity\": \"error\""), "{}", run.stdout);

    fs::write(&manifest, format!("{base}\n[checks]\nFTL021 = \"allow\"\n")).unwrap();
    let run = outreach(dir.path(), &["check", "--format", "json", "--deny-warnings"]);
    assert_eq!(run.code, 0);
    assert!(!run.stdout.contains("FTL021"), "{}", run.stdout);
}

#[test]
fn locale_filter_reports_only_that_language() {
    let dir = check_fixture("FTL020/trigger");
    let run = outreach(dir.path(), &["check", "--locale", "ar", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    let report = json(&run.stdout);
    let locales: Vec<_> = report["locales"].as_array().unwrap().iter().map(|locale| locale["locale"].clone()).collect();
    assert_eq!(locales, ["ar"]);

    let run = outreach(dir.path(), &["check", "--locale", "xx"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--locale xx"), "{}", run.stderr);
}

#[test]
fn standalone_mode_checks_a_bare_fluent_tree() {
    let dir = tempfile::tempdir().unwrap();
    let write = |path: &str, text: &str| write(dir.path(), path, text);
    // Many files in nested folders, markup, terms with attributes and functions the
    // application registers (PLATFORM, DATETIME): all normal, none of it a finding.
    let reference = "-brand-short-name = Firefox\n    .gender = masculine\n\
        about = About { -brand-short-name }\n    .accesskey = A\n\
        update = Updated { DATETIME($date, month: \"long\") }\n\
        quit = { PLATFORM() ->\n    [windows] Exit\n   *[other] Quit\n}\n\
        learn = <a data-l10n-name=\"link\">Learn more</a> about { -brand-short-name }.\n\
        dialog =\n    .style = width: 36em\n";
    let german = "-brand-short-name = Firefox\n    .gender = masculine\n    .case-genitive = Firefoxs\n\
        about = Über { -brand-short-name }\n    .accesskey = b\n\
        update = Aktualisiert am { DATETIME($date, month: \"long\") }\n\
        quit = { PLATFORM() ->\n    [windows] Beenden\n   *[other] Schließen\n}\n\
        learn = <a data-l10n-name=\"link\">Mehr erfahren</a> über { -brand-short-name }.\n\
        dialog =\n    .style = width: 42em\n";
    for index in 0..120 {
        write(&format!("l10n/en-US/browser/panel-{index}.ftl"), &format!("panel-{index} = Panel number {{ $n }}\n"));
        write(&format!("l10n/de/browser/panel-{index}.ftl"), &format!("panel-{index} = Bereich Nummer {{ $n }}\n"));
    }
    write("l10n/en-US/browser/main.ftl", reference);
    write("l10n/de/browser/main.ftl", german);
    write("l10n/templates/README.md", "not a language");
    write("l10n/ja-JP-mac/notes.txt", "not a language tag, and no Fluent files");
    write("l10n/fr/.keep", "");

    let run = outreach(dir.path(), &["check", "--locales-dir", "l10n", "--source-locale", "en-US", "--format", "json"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
    let report = json(&run.stdout);
    assert_eq!(report["diagnostics"], Value::Array(vec![]));
    let locales: Vec<_> = report["locales"].as_array().unwrap().iter().map(|locale| locale["locale"].clone()).collect();
    assert_eq!(locales, ["de", "en-US"]);

    write("l10n/de/browser/main.ftl", &german.replace("($date,", "($datum,"));
    let run = outreach(dir.path(), &["check", "--locales-dir", "l10n", "--source-locale", "en-US", "--format", "json"]);
    assert_eq!(run.code, 1);
    assert_eq!(places(&json(&run.stdout))[0].1, "de/browser/main.ftl", "paths are relative to --locales-dir");

    let run = outreach(dir.path(), &["check", "--locales-dir", "l10n", "--source-locale", "en-GB"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("l10n/en-GB"), "{}", run.stderr);
}

#[test]
fn explain_prints_what_why_and_an_example() {
    let dir = tempfile::tempdir().unwrap();
    let run = outreach(dir.path(), &["explain", "FTL032"]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("FTL032 phone-number-mismatch (error by default)"), "{}", run.stdout);
    for section in ["## What it does", "## Why it matters", "## Example"] {
        assert!(run.stdout.contains(section), "{}", run.stdout);
    }
    assert!(outreach(dir.path(), &["explain", "unknown-variable"]).stdout.starts_with("FTL020"));

    let list = outreach(dir.path(), &["explain", "--list"]);
    assert_eq!(list.stdout.lines().count(), outreach::diagnostics::codes::CODES.len());

    let run = outreach(dir.path(), &["explain", "FTL999"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("explain --list"), "{}", run.stderr);
}

#[test]
fn findings_are_the_same_bytes_on_one_thread_as_on_many() {
    // The campaign's 27 languages, each copied under a regional tag too, with faults: a large
    // enough tree for the work to spread over threads.
    let dir = campaign();
    let locales = dir.path().join("locales");
    for entry in fs::read_dir(&locales).unwrap() {
        let tag = entry.unwrap().file_name().into_string().unwrap();
        if tag.contains('-') || tag == "en" {
            continue;
        }
        let copy = locales.join(format!("{tag}-CA"));
        copy_tree(&locales.join(&tag), &copy);
        let flyer = copy.join("flyer.ftl");
        let text = fs::read_to_string(&flyer).unwrap();
        fs::write(&flyer, text.replacen("flyer-tab", "flyer-tub", 1) + "broken = { $x\n").unwrap();
    }
    let args = ["check", "--locales-dir", "locales", "--source-locale", "en-US", "--format", "json"];
    let one = outreach_with(dir.path(), &args, &[("RAYON_NUM_THREADS", "1")]);
    let many = outreach_with(dir.path(), &args, &[("RAYON_NUM_THREADS", "8")]);
    assert_eq!(one.code, 1, "{}", one.stderr);
    assert!(one.stdout.matches("\"FTL001\"").count() >= 20, "the faults are found");
    assert!(one.stdout == many.stdout, "the findings differ between 1 and 8 threads");

    // JSON reads each language where it checks it; the human format reads them all first (it
    // quotes their lines once all are checked): the same findings either way.
    let human = outreach(dir.path(), &args[..5]);
    let mut shown = std::collections::BTreeMap::new();
    for line in human.stdout.lines().filter(|line| line.starts_with("error[") || line.starts_with("warning[")) {
        let code = line.split(['[', ']']).nth(1).unwrap().to_string();
        *shown.entry(code).or_insert(0) += 1;
    }
    let mut reported = std::collections::BTreeMap::new();
    for found in json(&one.stdout)["diagnostics"].as_array().unwrap() {
        *reported.entry(found["code"].as_str().unwrap().to_string()).or_insert(0) += 1;
    }
    assert_eq!(shown, reported, "the human format and JSON report different findings");
}

/// Each finding of `check --bundle BUNDLE` on `tests/fixtures/bundles` as `code file:line id`,
/// and each language's counts as `locale messages translated untranslated missing obsolete`.
fn bundles(bundle: &str) -> (Vec<String>, Vec<String>) {
    let dir = repo().join("tests/fixtures/bundles");
    let args = ["check", "--locales-dir", ".", "--source-locale", "en", "--format", "json", "--bundle", bundle];
    let report = json(&outreach(&dir, &args).stdout);
    let findings = report["diagnostics"].as_array().unwrap().iter().map(|found| {
        format!(
            "{} {}:{} {}",
            found["code"].as_str().unwrap(),
            found["file"].as_str().unwrap(),
            found["line"],
            found["id"]
        )
    });
    let counts = report["locales"].as_array().unwrap().iter().map(|locale| {
        let number = |key: &str| locale[key].as_u64().unwrap().to_string();
        let keys = ["messages", "translated", "untranslated", "missing", "obsolete"];
        format!("{} {}", locale["locale"].as_str().unwrap(), keys.map(number).join(" "))
    });
    (findings.collect(), counts.collect())
}

#[test]
fn with_a_bundle_per_file_a_message_is_expected_in_each_file_the_reference_defines_it_in() {
    // The reference defines `shared` in both of its files (two pages that both show it), and
    // `moved` in a.ftl; German has `shared` only in a.ftl and `moved` in b.ftl. Counted as
    // compare-locales 9 counts the same tree: missing 2, obsolete 1, changed 3.
    let (findings, counts) = bundles("file");
    assert_eq!(
        findings,
        [r#"FTL010 de/a.ftl:2 "moved""#, r#"FTL010 de/b.ftl:1 "shared""#, r#"FTL014 de/b.ftl:2 "moved""#],
        "no FTL004: each file is its own bundle"
    );
    assert_eq!(counts, ["de 5 3 0 2 1", "en 5 5 0 0 0"]);
}

#[test]
fn with_a_bundle_per_language_a_message_is_expected_once_and_a_second_file_is_a_conflict() {
    let (findings, counts) = bundles("language");
    // Only the reference's own duplicate is one: German mirrors the reference's files.
    assert_eq!(findings, [r#"FTL004 en/b.ftl:1 "shared""#]);
    assert_eq!(counts, ["de 4 4 0 0 0", "en 4 4 0 0 0"]);
}

#[test]
fn a_compare_locales_project_configuration_decides_which_files_each_language_has() {
    // tests/fixtures/project/l10n.toml: [env] in a path, `**` globs, a path only French
    // translates, an included configuration, a filter that ignores missing beta strings and
    // one that makes a file's errors warnings. compare-locales 9 counts the same tree as
    // de: missing 2, changed 2; fr: missing 1, obsolete 1, changed 5.
    let dir = repo().join("tests/fixtures/project");
    let run = outreach(&dir, &["check", "--project", "l10n.toml", "--format", "json"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = json(&run.stdout);
    let findings: Vec<String> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|found| {
            let (code, severity, file) = (found["code"].as_str(), found["severity"].as_str(), found["file"].as_str());
            format!("{} {} {}:{} {}", code.unwrap(), severity.unwrap(), file.unwrap(), found["line"], found["id"])
        })
        .collect();
    assert_eq!(
        findings,
        [
            "FTL011 error de/more/x.ftl:1 null",
            r#"FTL010 error de/pages/app.ftl:1 "welcome""#,
            r#"FTL020 warning de/pages/sub/deep.ftl:1 "deep""#,
            "FTL011 error fr/extra.ftl:1 null",
            r#"FTL014 warning fr/pages/app.ftl:4 "old""#,
        ]
    );
    let counts: Vec<String> = report["locales"]
        .as_array()
        .unwrap()
        .iter()
        .map(|locale| {
            let keys = ["messages", "translated", "missing", "obsolete"];
            format!("{} {}", locale["locale"].as_str().unwrap(), keys.map(|key| locale[key].to_string()).join(" "))
        })
        .collect();
    assert_eq!(counts, ["de 4 2 2 0", "en 6 6 0 0", "fr 6 5 1 1"]);

    let only = outreach(&dir, &["check", "--project", "l10n.toml", "--locale", "fr", "--format", "json"]);
    let locales: Vec<String> =
        json(&only.stdout)["locales"].as_array().unwrap().iter().map(|locale| locale["locale"].to_string()).collect();
    assert_eq!(locales, [r#""en""#, r#""fr""#], "--locale reads only that language and the reference");
}

#[test]
fn a_bad_project_configuration_is_an_error_naming_the_place() {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/project"), dir.path());
    let config = dir.path().join("l10n.toml");
    let text = fs::read_to_string(&config).unwrap();
    for (from, to, expected) in [
        ("basepath = \".\"", "basepath = \".\"\ncolour = \"red\"", "TOML parse error at line 3, column 1"),
        ("    l10n = \"{locale}/extra.ftl\"", "    l10n = \"{locale}/[extra].ftl\"", "[[paths]] #2"),
        ("    path = \"more.toml\"", "    path = \"less.toml\"", "the included configuration"),
        ("{locale}/{pages}/**/*.ftl", "{locale}/{page}/**/*.ftl", "uses `{page}`"),
    ] {
        fs::write(&config, text.replacen(from, to, 1)).unwrap();
        let run = outreach(dir.path(), &["check", "--project", "l10n.toml"]);
        assert_eq!(run.code, 2, "{to}: {}", run.stderr);
        assert!(run.stderr.contains(expected), "{to}: {}", run.stderr);
        assert!(run.stderr.contains("l10n.toml"), "{to}: {}", run.stderr);
    }
}

#[test]
fn real_translations_that_were_falsely_reported_stay_quiet_and_real_mistakes_are_still_found() {
    // tests/fixtures/real: excerpts (MPL-2.0) of mozilla.org's and Firefox Relay's translations,
    // one message per case of a hand triage: a range of years and a version beside a year read
    // as phone numbers, a Buddhist-era year, `1 億`, a Chinese date, `&thinsp;` grouping, an
    // example address, Korean after a link, a localized link, French [many], a message of tags
    // and terms only, emphasis added, "two times" as `2 倍`, Hebrew without [two] beside digits,
    // a place name and a product name kept in Latin script, a brand as the start of a Czech
    // compound word, names joined by `vs`, the German gender star, a link of the community's
    // own and English kept where the comment allows it, 10 crore, `@domain` in Chinese text, a
    // term's words in another order, a title three languages of twenty keep (`The Coral
    // Project`); and seven mistakes a reviewer would fix (`Visual Editing`, kept by two of twenty).
    let dir = repo().join("tests/fixtures/real");
    let run = outreach(&dir, &["check", "--locales-dir", ".", "--source-locale", "en", "--format", "json"]);
    let completeness = ["FTL010", "FTL011", "FTL014", "FTL015"];
    let found: Vec<String> = json(&run.stdout)["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|found| !completeness.contains(&found["code"].as_str().unwrap()))
        .map(|found| {
            format!("{} {} {}", found["code"].as_str().unwrap(), found["locale"].as_str().unwrap(), found["id"])
        })
        .collect();
    assert_eq!(
        found,
        [
            r#"FTL053 am "history-not-many-people-noticed""#,
            r#"FTL050 bn "firefox-developer-visual-editing""#,
            r#"FTL050 ja "firefox-developer-visual-editing""#,
            r#"FTL053 ms "features-adblocker-there-are-scores-of-content""#,
            r#"FTL033 pa-IN "firefox-enterprise-windows-32-bit""#,
            r#"FTL052 uk "offer-countdown-timer-seconds""#,
            r#"FTL052 zh-TW "navigation-refresh-mozilla-manifesto""#,
        ]
    );
}

#[test]
fn a_message_that_expands_past_fluents_placeable_limit_is_named_once_and_one_under_it_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let write = |path: &str, text: &str| write(dir.path(), path, text);
    // `ten` writes 10 placeables; `many` shows it 10 times (110 in all, past the limit of 100),
    // `fewer` 9 times (99), and `more` shows `many`, which is reported, not `more`.
    let ten = format!("ten = {}\n", "{ $x }".repeat(10));
    let text = format!(
        "{ten}many = {}\nfewer = {}\nmore = {{ many }}\n-term = {{ ten }}{{ ten }}\nterm-user = {{ -term }}\n",
        "{ ten }".repeat(10),
        "{ ten }".repeat(9)
    );
    write("l10n/en/main.ftl", &text);
    write("l10n/de/main.ftl", &text);
    let run = outreach(dir.path(), &["check", "--locales-dir", "l10n", "--source-locale", "en", "--format", "json"]);
    let report = json(&run.stdout);
    let expanding: Vec<_> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|found| found["message"].as_str().unwrap().contains("too many placeables"))
        .map(|found| format!("{} {}", found["locale"].as_str().unwrap(), found["id"].as_str().unwrap()))
        .collect();
    assert_eq!(expanding, ["de many", "en many"], "{}", run.stdout);
}
