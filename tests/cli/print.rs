//! The printed sheets' layouts: every step `fit.js` can take has a flyer and a card layout in
//! the stylesheet, and no step breaks CONTENT.md's print rules. (Page counts in a real browser
//! are measured by `scripts/print-check.sh`.)

use crate::support::{read, repo};

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
