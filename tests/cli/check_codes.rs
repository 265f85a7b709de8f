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

/// Runs one case and asserts what it must show: a trigger reports its code, a near miss does
/// not, and the output is the reviewed snapshot.
fn run_case(code: &str, case: &str) {
    let name = format!("{code}/{case}");
    assert!(repo().join("tests/fixtures/check").join(&name).is_dir(), "{name}: no fixture");
    let (exit, human, json) = check_case(&name);
    let parsed: serde_json::Value = serde_json::from_str(&json).unwrap();
    let found = parsed["diagnostics"].as_array().unwrap().iter().any(|found| found["code"] == code);
    let snapshot = format!("exit code: {exit}\n\n--- human ---\n{human}\n--- json ---\n{json}");
    insta::assert_snapshot!(format!("{code}-{case}"), snapshot);
    match case {
        "trigger" => assert!(found, "{name}: {code} was not reported"),
        _ => assert!(!found, "{name}: {code} was reported"),
    }
}

/// One test per case, named by its code (`check_codes::FTL020::trigger`), so that each
/// failure names its own case and none hides another.
macro_rules! cases {
    ($($code:ident),* $(,)?) => {
        /// The codes that have cases here.
        const TESTED: &[&str] = &[$(stringify!($code)),*];
        $(
            #[allow(non_snake_case)]
            mod $code {
                #[test]
                fn trigger() {
                    super::run_case(stringify!($code), "trigger");
                }

                #[test]
                fn near_miss() {
                    super::run_case(stringify!($code), "near-miss");
                }
            }
        )*
    };
}

cases!(
    FTL001, FTL002, FTL003, FTL004, FTL005, FTL010, FTL011, FTL012, FTL013, FTL014, FTL015, FTL016, FTL020, FTL021,
    FTL022, FTL023, FTL024, FTL030, FTL031, FTL032, FTL033, FTL034, FTL040, FTL041, FTL050, FTL051, FTL052, FTL053,
    FTL054,
);

#[test]
fn every_registered_code_has_its_cases() {
    let registered: Vec<&str> = CODES.iter().map(|code| code.code).collect();
    assert_eq!(TESTED, registered, "add the new code to `cases!` (and its fixtures)");
}
