//! Hostile and broken input: bad encodings, line endings, huge and deeply nested files, odd
//! folders and links, bad manifests and templates, and translations that try to inject markup.
//! Each case asserts the exact finding (code, file, line, column) or error, and the exit code:
//! 1 for findings about the files, 2 when the tool cannot do its job. `support::outreach`
//! asserts that nothing panicked.

use std::fs;
use std::path::Path;

use serde_json::Value;
use tempfile::TempDir;

use crate::support::{copy_tree, fixture, outreach, read, repo, snapshot_tree, write};

/// A fresh copy of `tests/fixtures/check/base`: a reference, a German and an Arabic translation.
fn base() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&repo().join("tests/fixtures/check/base"), dir.path());
    dir
}

/// Runs `outreach check --format json` (with `extra` arguments) and returns the exit code, the
/// report, and what was printed on stderr.
fn check_json(dir: &Path, extra: &[&str]) -> (i32, Value, String) {
    let mut args = vec!["check", "--format", "json"];
    args.extend_from_slice(extra);
    let run = outreach(dir, &args);
    let report = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|err| panic!("not JSON ({err}):\n{}\n{}", run.stdout, run.stderr));
    (run.code, report, run.stderr)
}

/// Every finding of a report as `CODE file:line:column`.
fn places(report: &Value) -> Vec<String> {
    let findings = report["diagnostics"].as_array().unwrap();
    findings
        .iter()
        .map(|found| {
            format!(
                "{} {}:{}:{}",
                found["code"].as_str().unwrap(),
                found["file"].as_str().unwrap(),
                found["line"],
                found["column"]
            )
        })
        .collect()
}

/// The message of the only finding of a report.
fn only_message(report: &Value) -> String {
    let findings = report["diagnostics"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{report:#}");
    findings[0]["message"].as_str().unwrap().to_string()
}

/// Runs `check` on the base with `locales/de/help.ftl` replaced by `bytes`.
fn check_german_help(bytes: impl AsRef<[u8]>) -> (i32, Value, String) {
    let dir = base();
    write(dir.path(), "locales/de/help.ftl", bytes);
    check_json(dir.path(), &[])
}

const HELP: &str = "locales/de/help.ftl";

// ---------------------------------------------------------------------------------------------
// Encodings

#[test]
fn invalid_utf8_mid_file_is_ftl002_at_its_line_and_column() {
    let bytes = b"help-intro = Sie sind nicht allein.\nhelp-safe = K\xC3\xB6nnen Sie \xFF bitten.\n";
    let (code, report, _) = check_german_help(bytes);
    // "help-safe = Können Sie " is 23 characters (ö is one): the bad byte is column 24.
    assert_eq!(places(&report), [format!("FTL002 {HELP}:2:24")]);
    assert_eq!(only_message(&report), "the file is not valid UTF-8 here");
    assert_eq!(code, 1);

    let dir = base();
    write(dir.path(), HELP, bytes);
    let human = outreach(dir.path(), &["check"]);
    assert!(
        human.stdout.contains(&format!("error[FTL002]: the file is not valid UTF-8 here\n--> {HELP}:2:24")),
        "{}",
        human.stdout
    );
    assert_eq!(human.code, 1);
}

#[test]
fn utf16_with_a_byte_order_mark_is_ftl002() {
    let text = "help-intro = Sie sind nicht allein.\nhelp-safe = Sie können um Hilfe bitten.\n";
    let little: Vec<u8> = [0xFF, 0xFE].into_iter().chain(text.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    let big: Vec<u8> = [0xFE, 0xFF].into_iter().chain(text.encode_utf16().flat_map(u16::to_be_bytes)).collect();
    for bytes in [little, big] {
        let (code, report, _) = check_german_help(&bytes);
        assert_eq!(places(&report), [format!("FTL002 {HELP}:1:1")]);
        assert_eq!(only_message(&report), "the file is UTF-16, not UTF-8");
        assert_eq!(code, 1);
    }
}

#[test]
fn a_utf8_byte_order_mark_is_accepted_and_columns_do_not_count_it() {
    let text = "help-intro = Sie sind { $wer } allein.\nhelp-safe = Sie können { $x } bitten.\n";
    let expected = [format!("FTL020 {HELP}:1:25"), format!("FTL020 {HELP}:2:26")];
    let (code, report, _) = check_german_help(text);
    assert_eq!(places(&report), expected, "without a BOM");
    assert_eq!(code, 1);
    let (code, report, _) = check_german_help(format!("\u{FEFF}{text}"));
    assert_eq!(places(&report), expected, "with a BOM");
    assert_eq!(report["diagnostics"][0]["id"], "help-intro");
    assert_eq!(code, 1);
}

#[test]
fn nul_bytes_are_ftl002_at_the_first_one() {
    let (code, report, _) = check_german_help("help-intro = Sie sind nicht allein.\nhelp-safe = Sie\0 k\0nnen\n");
    assert_eq!(places(&report), [format!("FTL002 {HELP}:2:16")]);
    assert_eq!(only_message(&report), "the file holds a NUL character");
    assert_eq!(code, 1);
}

// ---------------------------------------------------------------------------------------------
// Line endings

#[test]
fn crlf_line_endings_keep_lines_and_columns() {
    let lf = "help-intro = Sie sind { $wer } allein.\nhelp-safe = Sie können { $x bitten.\n";
    let expected = [format!("FTL020 {HELP}:1:25"), format!("FTL001 {HELP}:2:29")];
    let (code, report, _) = check_german_help(lf);
    assert_eq!(places(&report), expected, "LF");
    assert_eq!(code, 1);
    let (code, report, _) = check_german_help(lf.replace('\n', "\r\n"));
    assert_eq!(places(&report), expected, "CRLF");
    assert_eq!(report["diagnostics"][1]["id"], "help-safe");
    assert_eq!(code, 1);
}

#[test]
fn lone_cr_line_endings_keep_lines_and_columns() {
    // Fluent does not end lines with a lone CR, so the parser reads this file as one message;
    // the findings still point where an editor shows the text (line 2 after the CR).
    let (code, report, _) =
        check_german_help("help-intro = Sie sind { $wer } allein.\rhelp-safe = Sie können { $x } bitten.\r");
    let found = places(&report);
    for expected in [format!("FTL020 {HELP}:1:25"), format!("FTL020 {HELP}:2:26")] {
        assert!(found.contains(&expected), "{expected} not in {found:#?}");
    }
    assert_eq!(code, 1);
}

// ---------------------------------------------------------------------------------------------
// Size and nesting

#[test]
fn a_50_mb_file_is_ftl003_and_not_read() {
    let dir = base();
    let path = dir.path().join(HELP);
    fs::write(&path, "help-intro = Sie sind nicht allein.\n").unwrap();
    // The rest is zeros: had the file been read, it would be FTL002 (NUL), not FTL003.
    fs::OpenOptions::new().write(true).open(&path).unwrap().set_len(50 * 1024 * 1024).unwrap();
    let (code, report, _) = check_json(dir.path(), &[]);
    assert_eq!(places(&report), [format!("FTL003 {HELP}:1:1")]);
    assert_eq!(only_message(&report), "the file is 52428800 bytes, over the limit of 4194304; it was not read");
    assert_eq!(code, 1);
}

#[test]
fn a_single_5_mb_line_is_over_the_limit_and_a_3_mb_line_is_checked() {
    let line =
        |words: usize| format!("help-intro = Sie sind nicht allein.\nhelp-safe = {}{{ $x }}\n", "Hilfe ".repeat(words));

    let (code, report, _) = check_german_help(line(5 * 1024 * 1024 / 6));
    assert_eq!(places(&report), [format!("FTL003 {HELP}:1:1")]);
    assert!(only_message(&report).starts_with("the file is 5242"), "{report:#}");
    assert_eq!(code, 1);

    // Under the limit, the line is parsed and checked, and the column is still exact.
    let words = 3 * 1024 * 1024 / 6;
    let dir = base();
    write(dir.path(), HELP, line(words));
    let (code, report, _) = check_json(dir.path(), &[]);
    let column = "help-safe = ".len() + 6 * words + "{ ".len() + 1;
    assert_eq!(places(&report), [format!("FTL020 {HELP}:2:{column}")]);
    assert_eq!(code, 1);
    // The human report quotes a cut-down piece of the line, not 3 MB of it.
    let human = outreach(dir.path(), &["check"]);
    assert!(
        human.stdout.contains(&format!("--> {HELP}:2:{column}")),
        "{}",
        &human.stdout[..human.stdout.len().min(2000)]
    );
    assert!(human.stdout.len() < 4000, "the report is {} bytes", human.stdout.len());
    assert_eq!(human.code, 1);
}

#[test]
fn nesting_100000_deep_is_ftl003_and_not_parsed() {
    let deep = format!("help-intro = Sie sind nicht allein.\nhelp-safe = {}\n", "{".repeat(100_000));
    let (code, report, _) = check_german_help(deep);
    // The 101st `{`, after "help-safe = " (12 characters) and 100 others.
    assert_eq!(places(&report), [format!("FTL003 {HELP}:2:113")]);
    assert_eq!(only_message(&report), "placeables are nested more than 100 deep; the file was not parsed");
    assert_eq!(code, 1);

    // The same, one indented `{` a line.
    let deep = format!("help-intro = Sie sind nicht allein.\nhelp-safe =\n{}\n", "    {\n".repeat(100_000));
    let (code, report, _) = check_german_help(deep);
    assert_eq!(places(&report), [format!("FTL003 {HELP}:103:5")]);
    assert_eq!(code, 1);
}

#[test]
fn nesting_through_lines_that_start_with_a_letter_is_ftl003() {
    // Each line calls a function inside the placeable the line before opened: the parser would
    // recurse once a line, past its stack.
    let deep = format!("help-intro = Sie sind nicht allein.\nhelp-safe = {{\n{}", "A({\n".repeat(20_000));
    let (code, report, stderr) = check_german_help(deep);
    assert_eq!(places(&report), [format!("FTL003 {HELP}:102:3")], "{stderr}");
    assert_eq!(code, 1);
}

#[test]
fn a_file_of_junk_lists_a_hundred_syntax_errors_then_counts_the_rest() {
    let junk = format!("help-intro = Sie sind nicht allein.\n{}", "x\n".repeat(100_000));
    let (code, report, _) = check_german_help(junk);
    let errors = report["diagnostics"].as_array().unwrap();
    let syntax: Vec<_> = errors.iter().filter(|found| found["code"] == "FTL001").collect();
    assert_eq!(syntax.len(), 101, "100 errors and the count of the rest");
    assert_eq!(syntax[100]["message"], "99900 more syntax errors from here on; is this a Fluent file?");
    assert_eq!(syntax[100]["line"], 102);
    assert_eq!(code, 1);
}

#[test]
fn a_pipe_named_like_an_ftl_file_is_not_read() {
    let dir = base();
    let pipe = dir.path().join("locales/de/pipe.ftl");
    let made = std::process::Command::new("mkfifo").arg(&pipe).status().unwrap();
    assert!(made.success());
    // Reading a pipe that no one writes to would wait for ever.
    let (code, report, _) = check_json(dir.path(), &[]);
    assert_eq!(code, 0, "{report:#}");
}

// ---------------------------------------------------------------------------------------------
// Parser hazards

#[test]
fn the_escape_that_panics_the_parser_is_ftl001() {
    let (code, report, stderr) = check_german_help("help-intro = Sie sind nicht allein.\nhelp-safe = { \"\\u00é\" }\n");
    assert_eq!(places(&report), [format!("FTL001 {HELP}:2:16")]);
    assert!(only_message(&report).starts_with("a `\\u` escape must be followed by 4 hex digits"), "{report:#}");
    assert_eq!(code, 1);
    assert_eq!(stderr, "");
}

#[test]
fn the_escape_that_panics_the_parser_is_found_on_a_line_of_its_own_too() {
    // Inside a placeable, on a line that starts with a letter: not a new entry, so the guard
    // still finds the escape before the parser would panic on it.
    let (code, report, stderr) =
        check_german_help("help-intro = Sie sind nicht allein.\nhelp-safe = {\nNUMBER(\"\\u00é\") }\n");
    assert_eq!(places(&report), [format!("FTL001 {HELP}:3:9")]);
    assert!(only_message(&report).starts_with("a `\\u` escape must be followed by 4 hex digits"), "{report:#}");
    assert_eq!(code, 1);
    assert_eq!(stderr, "");
}

// ---------------------------------------------------------------------------------------------
// Empty files

#[test]
fn an_empty_file_lacks_every_message() {
    let (code, report, _) = check_german_help("");
    assert_eq!(places(&report), [format!("FTL010 {HELP}:1:1"), format!("FTL010 {HELP}:1:1")]);
    assert_eq!(report["diagnostics"][0]["id"], "help-intro");
    assert_eq!(report["diagnostics"][1]["id"], "help-safe");
    assert_eq!(code, 1);

    // Empty everywhere, reference included: nothing is wrong.
    let dir = base();
    for locale in ["en-US", "de", "ar"] {
        write(dir.path(), &format!("locales/{locale}/help.ftl"), "");
    }
    let (code, report, _) = check_json(dir.path(), &[]);
    assert_eq!(places(&report), Vec::<String>::new());
    assert_eq!(code, 0);
}

#[test]
fn a_file_of_only_comments_lacks_every_message() {
    let (code, report, _) = check_german_help("# nur ein Kommentar\n## Gruppe\n### Datei\n");
    // Missing messages are to be added at the end of the file: after "### Datei".
    assert_eq!(places(&report), [format!("FTL010 {HELP}:3:10"), format!("FTL010 {HELP}:3:10")]);
    assert_eq!(code, 1);

    let dir = base();
    write(dir.path(), "locales/en-US/help.ftl", "# Kommentar\n");
    write(dir.path(), HELP, "### Datei\n\n## Gruppe\n");
    write(dir.path(), "locales/ar/help.ftl", "");
    let (code, report, _) = check_json(dir.path(), &[]);
    assert_eq!(places(&report), Vec::<String>::new());
    assert_eq!(code, 0);
}

// ---------------------------------------------------------------------------------------------
// Folders, names and links

#[test]
fn folders_whose_names_are_not_tags_are_skipped_with_a_note() {
    let dir = base();
    let german = fs::read_to_string(dir.path().join(HELP)).unwrap();
    for name in ["not a tag", "de_DE", "DE", "de-", "...", "..de", ".git", "x..y", "assets"] {
        write(dir.path(), &format!("locales/{name}/help.ftl"), &german);
    }
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert_eq!(places(&report), Vec::<String>::new());
    let locales: Vec<_> = report["locales"].as_array().unwrap().iter().map(|locale| locale["locale"].clone()).collect();
    assert_eq!(locales, ["ar", "de", "en-US"]);
    assert_eq!(code, 0);
    for note in [
        "note: skipped locales/not a tag: not a language folder (`not a tag` is not a valid BCP 47 language tag",
        "note: skipped locales/de_DE: not a language folder (write the language tag `de_DE` as `de-DE`)",
        "note: skipped locales/DE: not a language folder (write the language tag `DE` as `de`)",
        "note: skipped locales/de-: not a language folder (`de-` is not a valid BCP 47 language tag",
        "note: skipped locales/...: not a language folder (`...` is not a valid BCP 47 language tag",
        "note: skipped locales/..de: not a language folder (`..de` is not a valid BCP 47 language tag",
        "note: skipped locales/.git: not a language folder",
        "note: skipped locales/x..y: not a language folder",
        "note: skipped locales/assets: `assets` is reserved for the output's files",
    ] {
        assert!(stderr.contains(note), "{note:?} not in\n{stderr}");
    }
}

#[test]
fn dot_dot_as_a_language_is_refused() {
    let dir = base();
    let before = snapshot_tree(dir.path());
    for tag in ["..", "../de", "de/../ar"] {
        let run = outreach(dir.path(), &["check", "--locale", tag]);
        assert_eq!(run.code, 2, "{tag}");
        assert!(
            run.stderr.contains(&format!("error: --locale {tag}: `{tag}` is not a valid BCP 47 language tag")),
            "{}",
            run.stderr
        );

        let run = outreach(dir.path(), &["new-locale", tag]);
        assert_eq!(run.code, 2, "{tag}");
        assert!(run.stderr.contains(&format!("error: `{tag}` is not a language tag")), "{}", run.stderr);
    }
    assert!(snapshot_tree(dir.path()) == before, "new-locale wrote into the project");
}

#[cfg(unix)]
#[test]
fn links_that_lead_outside_the_project_are_not_followed() {
    use std::os::unix::fs::symlink;
    let outside = tempfile::tempdir().unwrap();
    write(outside.path(), "secret.ftl", "secret = top secret\n");
    write(outside.path(), "fr/help.ftl", "help-intro = Vous n'êtes pas seul.\n");
    let dir = base();
    symlink(outside.path().join("secret.ftl"), dir.path().join("locales/de/extra.ftl")).unwrap();
    symlink(outside.path().join("fr"), dir.path().join("locales/fr")).unwrap();
    symlink("../en-US", dir.path().join("locales/de/sub")).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    // Followed, extra.ftl would be an obsolete file (FTL015) and fr a language with findings.
    assert_eq!(places(&report), Vec::<String>::new());
    let locales: Vec<_> = report["locales"].as_array().unwrap().iter().map(|locale| locale["locale"].clone()).collect();
    assert_eq!(locales, ["ar", "de", "en-US"]);
    assert_eq!(code, 0);
    for note in [
        "note: skipped locales/fr: a link, which is not followed",
        "note: skipped locales/de/extra.ftl: a link, which is not followed",
        "note: skipped locales/de/sub: a link, which is not followed",
    ] {
        assert!(stderr.contains(note), "{note:?} not in\n{stderr}");
    }

    // A translation file replaced by a link is missing.
    fs::remove_file(dir.path().join(HELP)).unwrap();
    symlink(outside.path().join("secret.ftl"), dir.path().join(HELP)).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert_eq!(places(&report), [format!("FTL011 {HELP}:1:1")]);
    assert!(stderr.contains(&format!("note: skipped {HELP}: a link, which is not followed")), "{stderr}");
    assert_eq!(code, 1);
}

#[cfg(unix)]
#[test]
fn an_unreadable_file_is_a_tool_failure_that_names_it() {
    use std::os::unix::fs::PermissionsExt;
    let dir = base();
    let path = dir.path().join(HELP);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    let blocked = fs::File::open(&path).is_err();
    let run = outreach(dir.path(), &["check"]);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
    if !blocked {
        // Root (or a capability like CAP_DAC_OVERRIDE) reads the file whatever its mode.
        eprintln!(
            "an_unreadable_file_is_a_tool_failure_that_names_it: skipping the unreadable-file assertions: \
             this process can read a file with mode 000 (it runs as root or with CAP_DAC_OVERRIDE)"
        );
        assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);
        return;
    }
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(run.stderr.contains(&format!("error: failed to read `{}`", HELP)), "{}", run.stderr);
    assert!(run.stderr.contains("Permission denied"), "{}", run.stderr);
}

#[test]
fn a_folder_named_like_an_ftl_file_is_a_folder() {
    let dir = base();
    fs::create_dir(dir.path().join("locales/de/extra.ftl")).unwrap();
    let (code, report, stderr) = check_json(dir.path(), &[]);
    assert_eq!(places(&report), Vec::<String>::new(), "an empty `extra.ftl/` holds no file");
    assert_eq!(code, 0, "{stderr}");

    // `help.ftl/` in place of the file: the file is missing, and what the folder holds is
    // another file.
    fs::remove_file(dir.path().join(HELP)).unwrap();
    write(dir.path(), "locales/de/help.ftl/inner.ftl", "help-intro = Sie sind nicht allein.\n");
    let (code, report, _) = check_json(dir.path(), &[]);
    assert_eq!(places(&report), [format!("FTL011 {HELP}:1:1"), "FTL015 locales/de/help.ftl/inner.ftl:1:1".into()]);
    assert_eq!(code, 1);
}

#[test]
fn ten_thousand_language_folders_are_checked() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "l10n/en-US/main.ftl", "hello = Hello, { $name }!\n");
    for index in 0..10_000 {
        let text = if index == 4321 { "hello = Hallo, { $nmae }!\n" } else { "hello = Hallo, { $name }!\n" };
        write(dir.path(), &format!("l10n/de-v{index:05}/main.ftl"), text);
    }
    let (code, report, _) = check_json(dir.path(), &["--locales-dir", "l10n", "--source-locale", "en-US"]);
    // The misspelt variable is unknown (FTL020), and the one it should be goes unused (FTL021).
    assert_eq!(places(&report), ["FTL021 de-v04321/main.ftl:1:1", "FTL020 de-v04321/main.ftl:1:18"]);
    assert_eq!(report["locales"].as_array().unwrap().len(), 10_001);
    assert_eq!(report["summary"]["errors"], 1);
    assert_eq!(code, 1);
}

// ---------------------------------------------------------------------------------------------
// The manifest

/// Runs `check` on the build fixture with `from` replaced by `to` in its manifest, expecting exit code 2,
/// and returns stderr.
fn check_with_manifest(from: &str, to: &str) -> String {
    let dir = fixture(None);
    let path = dir.path().join("outreach.toml");
    let manifest = fs::read_to_string(&path).unwrap();
    assert!(manifest.contains(from), "{from:?} not in the manifest");
    fs::write(&path, manifest.replacen(from, to, 1)).unwrap();
    let run = outreach(dir.path(), &["check"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert_eq!(run.stdout, "");
    assert!(run.stderr.starts_with("error: invalid manifest `outreach.toml`\n"), "{}", run.stderr);
    run.stderr
}

#[test]
fn manifest_with_unknown_keys_names_line_and_key() {
    let stderr = check_with_manifest("[contacts]", "colour = \"red\"\n\n[contacts]");
    assert!(stderr.contains("TOML parse error at line 4, column 1"), "{stderr}");
    assert!(stderr.contains("unknown field `colour`, expected one of `source-locale`"), "{stderr}");

    let stderr = check_with_manifest("english-name = \"German\"", "english-name = \"German\"\nflag = \"de\"");
    assert!(stderr.contains("TOML parse error at line 17, column 1"), "{stderr}");
    assert!(
        stderr.contains("unknown field `flag`, expected one of `tag`, `name`, `english-name`, `status`"),
        "{stderr}"
    );

    let stderr = check_with_manifest("hotline-phone = { text", "hotline-phone = { colour = \"red\", text");
    assert!(stderr.contains("TOML parse error at line 5, column 19"), "{stderr}");
    assert!(stderr.contains("unknown field `colour`, expected `text` or `href`"), "{stderr}");
}

#[test]
fn manifest_with_wrong_types_names_line_and_key() {
    for (from, to, place, reason) in [
        (
            "source-locale = \"en-US\"",
            "source-locale = 5",
            "line 2, column 17",
            "invalid type: integer `5`, expected a string",
        ),
        (
            "fallback = false",
            "fallback = \"no\"",
            "line 31, column 12",
            "invalid type: string \"no\", expected a boolean",
        ),
        (
            "name = \"Deutsch\"",
            "name = [\"Deutsch\"]",
            "line 15, column 8",
            "invalid type: sequence, expected a string",
        ),
        (
            "[contacts]",
            "contacts = \"none\"\n[x]",
            "line 4, column 12",
            "invalid type: string \"none\", expected a map",
        ),
        (
            "[contacts]",
            "[checks]\nFTL050 = \"loud\"\n\n[contacts]",
            "line 5, column 10",
            "unknown variant `loud`, expected one of `error`, `warning`, `allow`",
        ),
    ] {
        let stderr = check_with_manifest(from, to);
        assert!(stderr.contains(&format!("TOML parse error at {place}")), "{to}: {stderr}");
        assert!(stderr.contains(reason), "{to}: {stderr}");
    }
}

#[test]
fn an_unknown_check_code_is_refused_at_load_with_its_line_and_the_nearest_code() {
    for (key, place, reason) in [
        ("FTL099", "line 5, column 1", "`FTL099` is not a check code or name (`outreach"),
        ("FTL502", "line 5, column 1", "`FTL502` is not a check code or name; did you mean `FTL002`?"),
        ("unknown-varaible", "line 5, column 1", "did you mean `unknown-variable`?"),
    ] {
        let stderr = check_with_manifest("[contacts]", &format!("[checks]\n{key} = \"allow\"\n\n[contacts]"));
        assert!(stderr.contains(&format!("TOML parse error at {place}")), "{key}: {stderr}");
        assert!(stderr.contains(reason), "{key}: {stderr}");
        assert!(stderr.contains("outreach explain --list"), "{key}: {stderr}");
    }
}

#[test]
fn check_levels_accept_a_code_or_its_name() {
    for key in ["FTL050", "untranslated"] {
        let dir = fixture(None);
        let path = dir.path().join("outreach.toml");
        let manifest = fs::read_to_string(&path).unwrap();
        fs::write(&path, manifest.replacen("[contacts]", &format!("[checks]\n{key} = \"error\"\n\n[contacts]"), 1))
            .unwrap();
        fs::write(dir.path().join("locales/de/flyer.ftl"), "flyer-headline = Help is free.\nflyer-tab = Hilfe\n")
            .unwrap();
        let run = outreach(dir.path(), &["check", "--format", "json"]);
        assert_eq!(run.code, 1, "{key}: {}", run.stderr);
        let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        let untranslated = json["diagnostics"].as_array().unwrap().iter().find(|found| found["code"] == "FTL050");
        assert_eq!(untranslated.map(|found| found["severity"].clone()), Some("error".into()), "{key}: {}", run.stdout);
    }
}

#[test]
fn manifest_listing_a_language_twice_names_the_entry() {
    let stderr = check_with_manifest("tag = \"ar\"", "tag = \"de\"");
    assert_eq!(
        stderr,
        "error: invalid manifest `outreach.toml`\ncaused by: [[locale]] #3 (tag = \"de\"): the language is listed twice\n"
    );
}

#[test]
fn manifest_contact_with_a_script_link_names_line_and_key() {
    for href in ["javascript:alert(1)", "JavaScript:alert(1)", "https://x.org/\\\"onload=\\\"alert(1)"] {
        let stderr = check_with_manifest("href = \"sms:233733\"", &format!("href = \"{href}\""));
        assert!(stderr.contains("TOML parse error at line 6, column 16"), "{href}: {stderr}");
        assert!(stderr.contains("6 | hotline-text = { text = \"233733\", href = "), "{href}: {stderr}");
        assert!(
            stderr.contains("is not allowed: use `tel:+15551234567`, `sms:12345`, `https://…` or `mailto:…`"),
            "{href}: {stderr}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Templates

/// Builds the build fixture with `from` replaced by `to` in `templates/flyer.html`, expecting
/// exit code 2 and no output, and returns stderr.
fn build_with_flyer(from: &str, to: &str) -> String {
    let dir = fixture(None);
    let path = dir.path().join("templates/flyer.html");
    let template = fs::read_to_string(&path).unwrap();
    assert!(template.contains(from), "{from:?} not in the template");
    fs::write(&path, template.replacen(from, to, 1)).unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 2, "{}{}", run.stdout, run.stderr);
    assert!(!dir.path().join("output").exists(), "a failed build wrote output");
    run.stderr
}

#[test]
fn template_with_a_syntax_error_is_named_with_its_line() {
    let stderr = build_with_flyer("<body>", "<body>{% if %}");
    assert_eq!(stderr, "error: templates/flyer.html:4: unexpected end of block\n");
}

#[test]
fn template_calling_an_unknown_function_is_named_with_its_line() {
    let stderr = build_with_flyer("<body>", "<body>{{ nosuch(1) }}");
    assert_eq!(stderr, "error: templates/flyer.html:4: nosuch is unknown\n");
}

#[test]
fn template_that_includes_itself_is_named_with_its_line() {
    let stderr = build_with_flyer("<body>", "<body>{% include \"flyer.html\" %}");
    assert!(
        stderr.starts_with(
            "error: templates/flyer.html:4: recursion limit exceeded (included from templates/flyer.html:4"
        ),
        "{stderr}"
    );
}

#[test]
fn template_including_a_file_outside_the_templates_is_refused() {
    for outside in ["../outreach.toml", "/etc/passwd"] {
        let stderr = build_with_flyer("<body>", &format!("<body>{{% include \"{outside}\" %}}"));
        assert_eq!(
            stderr,
            format!("error: templates/flyer.html:4: tried to include non-existing template '{outside}'\n")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Injection through translations

#[test]
fn markup_script_and_template_code_in_a_translation_are_shown_as_text() {
    let dir = fixture(None);
    copy_tree(&repo().join("tests/fixtures/hostile/injection"), dir.path());
    let manifest = dir.path().join("outreach.toml");
    let text = fs::read_to_string(&manifest).unwrap();
    fs::write(
        &manifest,
        text.replacen("name = \"Deutsch\"", "name = \"Deutsch <script>alert(9)</script> \\\" onload=\\\"x\"", 1),
    )
    .unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}{}", run.stdout, run.stderr);

    let article = read(dir.path(), "output/de/index.html");
    let flyer = read(dir.path(), "output/de/flyer.html");
    let picker = read(dir.path(), "output/index.html");
    let status = read(dir.path(), "output/status.html");
    for (page, html) in [("article", &article), ("flyer", &flyer), ("picker", &picker), ("status", &status)] {
        assert!(!html.contains("<script>alert"), "{page}: live script\n{html}");
        assert!(!html.contains("<img"), "{page}: live image\n{html}");
        assert!(!html.contains("href=\"javascript:"), "{page}: live javascript: link\n{html}");
        assert!(!html.contains("\" onload="), "{page}: unescaped onload=\n{html}");
        assert!(!html.contains("onload=\""), "{page}: unescaped onload=\n{html}");
    }
    // The text is there, escaped, and the template syntax in it was not run.
    assert!(article.contains("<title>Hilfe holen &lt;script&gt;alert(1)&lt;/script&gt;</title>"), "{article}");
    assert!(article.contains("&lt;script&gt;alert(2)&lt;/script&gt; {{ lang.tag }} {% if true %}ja"), "{article}");
    assert!(article.contains("&lt;a href=&quot;javascript:alert(3)&quot;&gt;hier&lt;/a&gt;"), "{article}");
    assert!(article.contains("&lt;img src=x &quot; onload=&quot;alert(4)&quot;&gt;"), "{article}");
    assert!(
        flyer.contains(
            "<h1>Hilfe ist kostenlos. &lt;script&gt;alert(5)&lt;/script&gt; &quot; onload=&quot;alert(6)</h1>"
        ),
        "{flyer}"
    );
    // In an attribute (the QR code's label) too.
    assert!(
        flyer.contains(
            "aria-label=\"Hilfe rund um die Uhr &quot; onload=&quot;alert(7)&quot; {{ contacts }} javascript:alert(8)\""
        ),
        "{flyer}"
    );
    assert!(picker.contains("Deutsch &lt;script&gt;alert(9)&lt;/script&gt; &quot; onload=&quot;x"), "{picker}");
}
