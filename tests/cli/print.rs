//! The printed sheets: every step `fit.js` can take has a flyer and a card layout in the
//! stylesheet that keeps CONTENT.md's print rules, and in a real browser (`build --pdf`) every
//! language's flyer and card sheet print on one page.

use std::fs;
use std::path::Path;

use crate::support::{campaign, outreach, read, repo};

/// The declarations of the rule whose selector is exactly `selector`.
fn rule<'a>(css: &'a str, selector: &str) -> Option<&'a str> {
    let start = css.find(&format!("{selector} {{"))? + selector.len() + 2;
    Some(&css[start..start + css[start..].find('}')?])
}

/// The size in points a rule gives a custom property, if it sets it.
fn points(declarations: &str, property: &str) -> Option<f64> {
    let value = declarations.split(';').find_map(|item| item.trim().strip_prefix(&format!("{property}:")))?;
    value.trim().strip_suffix("pt")?.parse().ok()
}

#[test]
fn every_fit_step_has_a_layout_that_keeps_the_print_rules() {
    let templates = repo().join("templates/assets");
    let script = read(&templates, "fit.js");
    let css = read(&templates, "style.css");
    let tightest: u32 = script
        .split("const TIGHTEST = ")
        .nth(1)
        .and_then(|rest| rest.split(';').next())
        .and_then(|number| number.parse().ok())
        .expect("fit.js declares `const TIGHTEST = N;`");
    let base = rule(&css, ".flyer .page").expect("the flyer's base layout");
    assert_eq!(points(base, "font-size"), Some(16.0), "flyer body text must be 16 pt");
    for step in 1..=tightest {
        let flyer = rule(&css, &format!(".flyer .page[data-fit=\"{step}\"]"))
            .unwrap_or_else(|| panic!("style.css has no flyer layout for fit step {step}"));
        assert!(rule(&css, &format!(".cards .page[data-fit=\"{step}\"]")).is_some(), "no card layout for step {step}");
        assert!(!flyer.contains("font-size"), "step {step} must not change the flyer's body text size");
        for (property, least) in [("--phone", 36.0), ("--lead", 16.0), ("--h2", 16.0), ("--h1", 16.0)] {
            let size = points(flyer, property).or_else(|| points(base, property)).unwrap();
            assert!(size >= least, "fit step {step} sets {property} to {size} pt, below {least} pt");
        }
    }
    let tab_number = rule(&css, ".tab-number").expect("the tear-off tabs' number");
    assert!(points(tab_number, "font-size").is_some_and(|size| size >= 12.0), "tab numbers need 12 pt");
    for page in ["flyer.html", "cards.html"] {
        assert!(read(&repo().join("templates"), page).contains("assets/fit.js"), "{page} does not load fit.js");
    }
}

/// Whether a browser is there to print with. Without one the browser tests are skipped, with
/// the reason printed, except under `CI=true`, where a missing browser fails them.
fn have_browser() -> bool {
    let Err(missing) = outreach::print::find_browser() else { return true };
    assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true, and {missing}");
    eprintln!("skipped, no browser to print with: {missing}");
    false
}

/// The number of pages of a PDF.
fn pages(pdf: &Path) -> usize {
    lopdf::Document::load(pdf).unwrap_or_else(|err| panic!("{}: {err}", pdf.display())).get_pages().len()
}

#[test]
fn every_language_prints_its_flyer_on_one_page_of_letter_and_a4_and_its_cards_on_one_page() {
    if !have_browser() {
        return;
    }
    let dir = campaign();
    let run = outreach(dir.path(), &["build", "--pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let manifest: toml::Table = toml::from_str(&read(dir.path(), "outreach.toml")).unwrap();
    for locale in manifest["locale"].as_array().unwrap() {
        let folder = dir.path().join("output").join(locale["tag"].as_str().unwrap());
        for pdf in ["flyer-letter.pdf", "flyer-a4.pdf", "cards.pdf"] {
            assert_eq!(pages(&folder.join(pdf)), 1, "{}", folder.join(pdf).display());
        }
    }
}

#[test]
fn a_flyer_too_long_for_one_page_is_reported_and_fails_the_build() {
    if !have_browser() {
        return;
    }
    let dir = campaign();
    let flyer = dir.path().join("locales/en-US/flyer.ftl");
    let long = "Your phone may be checked. ".repeat(80);
    let text = fs::read_to_string(&flyer).unwrap().replace(
        "flyer-safety = Your phone may be checked. You can delete the call afterwards.",
        &format!("flyer-safety = {long}"),
    );
    fs::write(&flyer, text).unwrap();
    let run = outreach(dir.path(), &["build", "--pdf", "--locale", "en-US"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(run.stderr.contains("warning: en-US/flyer-letter.pdf is 2 pages long, not one"), "{}", run.stderr);
    assert!(pages(&dir.path().join("output/en-US/flyer-a4.pdf")) > 1);
    assert_eq!(pages(&dir.path().join("output/en-US/cards.pdf")), 1);
}
