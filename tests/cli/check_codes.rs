//! Every check code has a fixture that triggers it and a near miss that must not:
//! `tests/fixtures/check/<CODE>/trigger/` and `…/near-miss/`, each laid over
//! `tests/fixtures/check/base/`. The human and JSON output of each is a reviewed snapshot.

use outreach::diagnostics::codes::CODES;

use crate::support::{check_fixture, outreach, repo};

/// Runs `check` on a case and returns its exit code, human output and JSON output.
fn check_case(case: &str) -> (i32, String, String) {
    let dir = check_fixture(case);
    let human = outreach(dir.path(), &["check"]);
    let json = outreach(dir.path(), &["check", "--format", "json"]);
    assert_eq!(human.code, json.code, "{case}: the exit code must not depend on the format");
    assert!(json.stderr.is_empty(), "{case}: unexpected stderr:\n{}", json.stderr);
    (json.code, human.stdout, json.stdout)
}

#[test]
fn every_code_has_a_trigger_and_a_near_miss() {
    let mut failures = Vec::new();
    for code in CODES {
        for case in ["trigger", "near-miss"] {
            let name = format!("{}/{case}", code.code);
            if !repo().join("tests/fixtures/check").join(&name).is_dir() {
                failures.push(format!("{name}: no fixture"));
                continue;
            }
            let (exit, human, json) = check_case(&name);
            let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
            let found = parsed["diagnostics"].as_array().unwrap().iter().any(|found| found["code"] == code.code);
            match (case, found) {
                ("trigger", false) => failures.push(format!("{name}: {} was not reported", code.code)),
                ("near-miss", true) => failures.push(format!("{name}: {} was reported", code.code)),
                _ => {}
            }
            let snapshot = format!("exit code: {exit}\n\n--- human ---\n{human}\n--- json ---\n{json}");
            insta::assert_snapshot!(format!("{}-{case}", code.code), snapshot);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
