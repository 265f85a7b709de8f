//! The printed sheets: every step `fit.js` can take has a flyer and a card layout in the
//! stylesheet that keeps CONTENT.md's print rules, and in a real browser (`build --pdf`) every
//! language's flyer and card sheet print on one page, read the phone number in order, and
//! print every letter in a font the build ships.

use std::fs;
use std::io::Write;
use std::path::Path;

use outreach::config::Paper;
use outreach::print::Job;

use crate::support::{campaign, manifest, outreach, read, repo};

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

/// Whether a browser to print with and poppler's pdftotext are there for the print test
/// `test`. Without them the test is skipped, with a `SKIP` line that `cargo test` shows, except
/// under `CI=true`, where it fails.
fn have_print_tools(test: &str) -> bool {
    let pdftotext = std::process::Command::new("pdftotext").arg("-v").output().is_ok_and(|out| out.status.success());
    let missing = match outreach::print::find_browser() {
        Err(err) => err.to_string(),
        Ok(_) if !pdftotext => "no pdftotext to read the PDFs (Debian: apt-get install poppler-utils)".into(),
        Ok(_) => return true,
    };
    assert!(std::env::var("CI").as_deref() != Ok("true"), "CI=true, and {missing}");
    // Written past the harness's capture (which takes only `eprintln!`), so that a skipped
    // test is seen as skipped, not taken for a pass.
    let _ = writeln!(std::io::stderr(), "SKIP print::{test}: {missing}");
    false
}

/// The number of pages of a PDF.
fn pages(pdf: &Path) -> usize {
    lopdf::Document::load(pdf).unwrap_or_else(|err| panic!("{}: {err}", pdf.display())).get_pages().len()
}

#[test]
fn every_language_prints_on_one_page_with_the_number_in_order_and_its_own_fonts() {
    if !have_print_tools("every_language_prints_on_one_page_with_the_number_in_order_and_its_own_fonts") {
        return;
    }
    let dir = campaign();
    let run = outreach(dir.path(), &["build", "--pdf"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let manifest = manifest(dir.path());
    let phone = manifest["contacts"]["hotline-phone"]["text"].as_str().unwrap();
    let picker = read(dir.path(), "output/index.html");
    for locale in manifest["locale"].as_array().unwrap() {
        let tag = locale["tag"].as_str().unwrap();
        let folder = dir.path().join("output").join(tag);
        // The picker shows the flyer's picture, taken by the same browser.
        assert!(picker.contains(&format!("<img src=\"{tag}/flyer-preview.jpg\"")), "no preview of {tag} in the picker");
        assert_eq!(jpeg_width(&folder.join("flyer-preview.jpg")), 240, "{tag}/flyer-preview.jpg");
        for pdf in ["flyer-letter.pdf", "flyer-a4.pdf", "cards.pdf"] {
            let pdf = folder.join(pdf);
            assert_eq!(pages(&pdf), 1, "{}", pdf.display());
            // What a reader sees, in reading order: the number must not come out reversed or
            // split in right-to-left text.
            let text = pdf_text(&pdf);
            assert!(text.contains(phone), "{} does not read {phone}:\n{text}", pdf.display());
            assert_every_letter_has_an_embedded_shipped_font(&pdf, &text);
        }
        // Right-to-left flyers mirror their layout: the big number stands on the right.
        let rtl = read(&folder, "flyer.html").contains(r#"dir="rtl""#);
        let (left, right) = big_number_position(&folder.join("flyer-letter.pdf"), phone);
        let centre = (left + right) / 2.0 / (8.5 * 72.0);
        assert_eq!(centre > 0.5, rtl, "{tag}: the phone number's centre is at {centre:.2} of the page's width");
    }
}

/// Every character the PDF shows is in a font the PDF embeds, and that font is one of those
/// the build ships: nothing prints as an empty box, and nothing depends on the printing
/// computer's fonts.
fn assert_every_letter_has_an_embedded_shipped_font(pdf: &Path, text: &str) {
    // The fonts the campaign ships, by PostScript name, which the build's cut fonts keep.
    let fonts_dir = pdf.ancestors().nth(3).unwrap().join("templates/assets/fonts");
    let shipped: Vec<(String, Vec<u8>)> = [fonts_dir.clone(), fonts_dir.join("subset")]
        .iter()
        .flat_map(|dir| fs::read_dir(dir).unwrap())
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "ttf"))
        .map(|path| {
            let data = fs::read(&path).unwrap();
            let face = ttf_parser::Face::parse(&data, 0).unwrap();
            let name = face.names().into_iter().find(|name| name.name_id == ttf_parser::name_id::POST_SCRIPT_NAME);
            (name.and_then(|name| name.to_string()).expect("a PostScript name"), data)
        })
        .collect();
    let output = std::process::Command::new("pdffonts").arg(pdf).output().expect("pdffonts runs");
    let listing = String::from_utf8(output.stdout).unwrap();
    // Lines after the header: `AAAAAA+NotoSansEthiopic-Bold CID TrueType …`. A font without a
    // name (`[none] Type 3`) is letters drawn as pictures: none of the shipped fonts.
    let fonts: Vec<&[u8]> = listing
        .lines()
        .skip(2)
        .map(|line| {
            let name = line.split_whitespace().next().unwrap_or_default();
            let name = name.split_once('+').map_or(name, |(_, name)| name);
            let shipped = shipped.iter().find(|(shipped, _)| shipped == name);
            shipped.unwrap_or_else(|| panic!("{} embeds `{name}`, which the build does not ship", pdf.display()))
        })
        .map(|(_, data)| data.as_slice())
        .collect();
    let faces: Vec<ttf_parser::Face> = fonts.iter().map(|data| ttf_parser::Face::parse(data, 0).unwrap()).collect();
    let invisible = |c: char| {
        c.is_whitespace()
            || c.is_control()
            || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    };
    let missing: String =
        text.chars().filter(|&c| !invisible(c) && !faces.iter().any(|face| face.glyph_index(c).is_some())).collect();
    assert!(missing.is_empty(), "{}: no embedded font has {missing:?}", pdf.display());
}

/// Where, from the left edge in points, the widest `number` in a PDF (the big one: the tabs'
/// numbers run upwards) starts and ends.
fn big_number_position(pdf: &Path, number: &str) -> (f64, f64) {
    let output =
        std::process::Command::new("pdftotext").arg("-bbox").arg(pdf).arg("-").output().expect("pdftotext runs");
    let listing = String::from_utf8(output.stdout).unwrap();
    let attribute = |line: &str, name: &str| -> f64 {
        let value = &line[line.find(&format!("{name}=\"")).unwrap() + name.len() + 2..];
        value[..value.find('"').unwrap()].parse().unwrap()
    };
    listing
        .lines()
        .filter(|line| line.contains(&format!(">{number}</word>")))
        .map(|line| (attribute(line, "xMin"), attribute(line, "xMax")))
        .max_by(|a, b| (a.1 - a.0).total_cmp(&(b.1 - b.0)))
        .unwrap_or_else(|| panic!("{} does not show {number}", pdf.display()))
}

/// The width in pixels of a baseline JPEG, from its start-of-frame marker.
fn jpeg_width(path: &Path) -> u16 {
    let data = fs::read(path).unwrap_or_else(|err| panic!("{}: {err}", path.display()));
    assert!(data.starts_with(&[0xFF, 0xD8]), "{} is not a JPEG", path.display());
    let frame = data.windows(2).position(|marker| marker == [0xFF, 0xC0]).expect("a start-of-frame marker");
    u16::from_be_bytes([data[frame + 7], data[frame + 8]])
}

/// The text of a PDF in reading order, as poppler's pdftotext reads it.
fn pdf_text(pdf: &Path) -> String {
    let output = std::process::Command::new("pdftotext").arg(pdf).arg("-").output().expect("pdftotext runs");
    assert!(output.status.success(), "pdftotext {}", pdf.display());
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn text_too_long_for_its_page_or_its_card_is_reported_and_fails_the_build() {
    if !have_print_tools("text_too_long_for_its_page_or_its_card_is_reported_and_fails_the_build") {
        return;
    }
    let dir = campaign();
    let lengthen = |file: &str, line: &str, repeated: &str| {
        let path = dir.path().join("locales/en-US").join(file);
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(line), "{file} has no line `{line}`");
        fs::write(&path, text.replace(line, &format!("{line} {}", repeated.repeat(80)))).unwrap();
    };
    lengthen("flyer.ftl", "flyer-safety = Your phone may be checked.", "Your phone may be checked. ");
    // A card clips what does not fit its box: only fit.js's mark shows it.
    lengthen("cards.ftl", "cards-tty = Deaf or hard of hearing: { -hotline-tty }", "Call. ");
    let run = outreach(dir.path(), &["build", "--pdf", "--locale", "en-US"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let out = dir.path().join("output/en-US");
    assert!(run.stderr.contains("warning: output/en-US/flyer-letter.pdf is 2 pages long, not one"), "{}", run.stderr);
    assert!(pages(&out.join("flyer-a4.pdf")) > 1);
    assert!(run.stderr.contains("warning: output/en-US/cards.pdf has text cut off"), "{}", run.stderr);
    assert_eq!(pages(&out.join("cards.pdf")), 1, "a card sheet that overflows still prints one page");
}

#[test]
fn a_sheet_that_fits_only_by_cutting_its_scripts_line_height_fails_the_build() {
    if !have_print_tools("a_sheet_that_fits_only_by_cutting_its_scripts_line_height_fails_the_build") {
        return;
    }
    // Burmese gets extra line height for its stacked marks. A flyer made long enough to need the
    // last-resort layout (here 12 more short sentences; 10 to 14 do) still prints on one
    // page, but its lines nearly touch: not good enough for a reader with little schooling.
    let dir = campaign();
    let path = dir.path().join("locales/my/flyer.ftl");
    let text = fs::read_to_string(&path).unwrap();
    let longer = text
        .lines()
        .map(|line| match line.starts_with("flyer-safety = ") {
            true => format!("{line}{}\n", " ဖုန်း စစ်ခံရနိုင်ပါတယ်။".repeat(12)),
            false => format!("{line}\n"),
        })
        .collect::<String>();
    fs::write(&path, longer).unwrap();
    let run = outreach(dir.path(), &["build", "--pdf", "--locale", "my"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let out = dir.path().join("output/my");
    for pdf in ["flyer-letter.pdf", "flyer-a4.pdf"] {
        assert!(
            run.stderr.contains(&format!(
                "warning: output/my/{pdf} fits only by cutting the extra line height its script needs"
            )),
            "{}",
            run.stderr
        );
        assert_eq!(pages(&out.join(pdf)), 1, "{pdf} still prints on one page");
    }
}

#[test]
fn the_article_prints_every_red_flag_whole_on_one_page() {
    if !have_print_tools("the_article_prints_every_red_flag_whole_on_one_page") {
        return;
    }
    let dir = campaign();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = std::path::absolute(dir.path().join("output")).unwrap();
    let manifest = manifest(dir.path());
    let tags: Vec<&str> = manifest["locale"].as_array().unwrap().iter().map(|l| l["tag"].as_str().unwrap()).collect();
    let jobs: Vec<Job> = tags
        .iter()
        .map(|tag| Job {
            page: out.join(tag).join("index.html"),
            prints: vec![(Paper::Letter, out.join(tag).join("article.pdf"))],
            preview: None,
        })
        .collect();
    let browser = outreach::print::find_browser().unwrap();
    outreach::print::print(&browser, &jobs).unwrap();
    // Compare without what differs between the page and the PDF's text: whitespace (line
    // breaks), direction marks, lam and alef (pdftotext reads their ligature backwards) and the
    // hamza above (it reads ۀ as ه and a hamza).
    let squeeze = |text: &str| {
        let dropped = |c: char| {
            c.is_whitespace()
                || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
                || matches!(c, '\u{0644}' | '\u{0622}' | '\u{0623}' | '\u{0625}' | '\u{0627}' | '\u{0654}')
        };
        text.chars().filter(|&c| !dropped(c)).map(|c| if c == '\u{06C0}' { '\u{0647}' } else { c }).collect::<String>()
    };
    // Nastaliq's letters sit on a slant across lines, and pdftotext cannot put Urdu back in order.
    for tag in tags.into_iter().filter(|&tag| tag != "ur") {
        let html = read(&out, &format!("{tag}/index.html"));
        let list = &html[html.find(r#"<ol class="red-flags">"#).unwrap()..];
        let flags: Vec<String> = list[..list.find("</ol>").unwrap()]
            .split("<li>")
            .skip(1)
            .map(|item| squeeze(&unescape(&strip_tags(item))))
            .collect();
        assert_eq!(flags.len(), 10, "{tag}");
        let pdf = out.join(tag).join("article.pdf");
        let pages: Vec<String> = (1..=pages(&pdf)).map(|page| squeeze(&pdf_page_text(&pdf, page))).collect();
        for flag in &flags {
            assert!(
                pages.iter().any(|page| page.contains(flag.as_str())),
                "{tag}: red flag {flag:?} is split or clipped"
            );
        }
    }
}

/// The text of one page of a PDF.
fn pdf_page_text(pdf: &Path, page: usize) -> String {
    let page = page.to_string();
    let args = ["-f", page.as_str(), "-l", page.as_str()];
    let output = std::process::Command::new("pdftotext").args(args).arg(pdf).arg("-").output().expect("pdftotext runs");
    String::from_utf8(output.stdout).unwrap()
}

/// `html` without its tags.
fn strip_tags(html: &str) -> String {
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

/// The text of the few character references the template engine writes.
fn unescape(text: &str) -> String {
    [("&quot;", "\""), ("&#x27;", "'"), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")]
        .iter()
        .fold(text.to_string(), |text, (reference, c)| text.replace(reference, c))
}
