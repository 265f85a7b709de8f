//! A bad manifest is a clear error that names the file and the key, with exit code 2.

use std::fs;

use crate::support::{fixture, outreach};

/// Runs a build with `edit` applied to the base fixture's manifest, expecting exit code 2,
/// and returns what it printed.
fn build_with_manifest(edit: impl Fn(&str) -> String) -> String {
    let dir = fixture(None);
    let path = dir.path().join("outreach.toml");
    let manifest = fs::read_to_string(&path).unwrap();
    let edited = edit(&manifest);
    assert_ne!(edited, manifest, "the edit changed nothing");
    fs::write(&path, edited).unwrap();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(!dir.path().join("output").exists());
    run.stderr
}

#[test]
fn unknown_key() {
    let stderr = build_with_manifest(|m| m.replace("[contacts]", "colour = \"red\"\n\n[contacts]"));
    insta::assert_snapshot!(stderr);
}

#[test]
fn bad_language_tag() {
    let stderr = build_with_manifest(|m| m.replace("tag = \"de\"", "tag = \"de_DE!\""));
    insta::assert_snapshot!(stderr);
}

#[test]
fn missing_reference_folder() {
    let stderr = build_with_manifest(|m| m.replace("source-locale = \"en-US\"", "source-locale = \"en-GB\""));
    insta::assert_snapshot!(stderr);
}

#[test]
fn unsafe_contact_link() {
    let stderr = build_with_manifest(|m| m.replace("sms:233733", "javascript:alert(1)"));
    insta::assert_snapshot!(stderr);
}

#[test]
fn contact_without_text() {
    let stderr = build_with_manifest(|m| m.replace("text = \"233733\", ", ""));
    insta::assert_snapshot!(stderr);
}

#[test]
fn contact_whose_text_and_link_differ() {
    let stderr = build_with_manifest(|m| m.replace("text = \"233733\"", "text = \"2333733\""));
    insta::assert_snapshot!(stderr);
}

#[test]
fn language_listed_twice() {
    let stderr = build_with_manifest(|m| m.replace("tag = \"ar\"", "tag = \"de\""));
    insta::assert_snapshot!(stderr);
}

#[test]
fn missing_manifest() {
    let dir = fixture(None);
    let run = outreach(dir.path(), &["build", "--config", "nowhere.toml"]);
    assert_eq!(run.code, 2);
    insta::assert_snapshot!(run.stderr);
}
