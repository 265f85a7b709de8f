//! The repository's own campaign: every language's flyer must carry the hotline exactly.

use std::fs;

use crate::support::{campaign, manifest, outreach, read};

#[test]
fn every_language_publishes_a_flyer_with_the_hotline_and_i_speak_line() {
    let dir = campaign();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let manifest = manifest(dir.path());
    let contact = |name: &str, field: &str| manifest["contacts"][name][field].as_str().unwrap().to_string();
    let locales = manifest["locale"].as_array().unwrap();
    assert!(locales.len() >= 3);
    let out = dir.path().join("output");
    for locale in locales {
        let tag = locale["tag"].as_str().unwrap();
        let flyer = read(&out, &format!("{tag}/flyer.html"));
        for name in ["hotline-phone", "hotline-text"] {
            let shown = format!(">{}<", contact(name, "text"));
            assert!(flyer.contains(&shown), "{tag}: the flyer lacks {shown}");
            assert!(flyer.contains(&format!("href=\"{}\"", contact(name, "href"))), "{tag}: no {name} link");
        }
        let english_name = locale["english-name"].as_str().unwrap();
        assert!(
            flyer.contains(&format!(r#"<bdi lang="en" dir="ltr">{english_name}</bdi></p>"#)),
            "{tag}: the flyer does not say which language its reader speaks"
        );
        assert_eq!(flyer.matches("<svg class=\"qr\"").count(), 2, "{tag}: two QR codes expected");
        assert!(out.join(tag).join("cards.html").is_file() && out.join(tag).join("index.html").is_file());
    }
}

#[test]
fn the_english_flyer_and_card_say_that_texts_are_read_in_english_or_spanish_only() {
    // "In your language" stands beside the text number: a reader must not text in a language
    // the text line cannot read (calls have interpreters, texts do not).
    let dir = campaign();
    let run = outreach(dir.path(), &["build", "--locale", "en-US"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let out = dir.path().join("output/en-US");
    let line = r#"<p>Text HELP to <a class="contact" dir="ltr" href="sms:233733">233733</a> in English or Spanish</p>"#;
    for page in ["flyer.html", "cards.html"] {
        let html = read(&out, page);
        let lines = html.matches(line).count();
        assert!(lines >= 1, "{page} does not say that texts are read in English or Spanish only");
        assert_eq!(lines, html.matches("href=\"sms:233733\"").count(), "{page}: every text line must say it");
    }
}

#[test]
fn the_picker_lists_every_language_by_its_own_name_in_manifest_order() {
    let dir = campaign();
    let run = outreach(dir.path(), &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let picker = read(&dir.path().join("output"), "index.html");
    let manifest = manifest(dir.path());
    let mut rest = picker.as_str();
    for locale in manifest["locale"].as_array().unwrap() {
        let (tag, name) = (locale["tag"].as_str().unwrap(), locale["name"].as_str().unwrap());
        let entry = format!(r#"<span class="autonym">{name}</span>"#);
        let at =
            rest.find(&entry).unwrap_or_else(|| panic!("{tag}: the picker lacks {entry}, or lists it out of order"));
        rest = &rest[at..];
        let item = &rest[..rest.find("</li>").unwrap()];
        for document in ["index", "flyer", "cards"] {
            assert!(item.contains(&format!(r#"href="{tag}/{document}.html""#)), "{tag}: no link to its {document}");
        }
    }
    // Pictures of the flyers come only with --previews or --pdf (print.rs).
    assert!(!picker.contains("<img"), "a build without a browser shows pictures it did not take");
}

#[test]
fn no_translation_or_template_types_a_phone_number() {
    let dir = campaign();
    let manifest = manifest(dir.path());
    let numbers: Vec<String> = manifest["contacts"]
        .as_table()
        .unwrap()
        .values()
        .map(|contact| contact["text"].as_str().unwrap().to_string())
        .filter(|text| text.chars().filter(char::is_ascii_digit).count() >= 5)
        .collect();
    let mut pending = vec![dir.path().join("locales"), dir.path().join("templates")];
    while let Some(folder) = pending.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "ftl" || ext == "html") {
                let text = fs::read_to_string(&path).unwrap();
                let digits: String = text.chars().filter(char::is_ascii_digit).collect();
                for number in &numbers {
                    let bare: String = number.chars().filter(char::is_ascii_digit).collect();
                    assert!(!digits.contains(&bare), "{} types the number {number}", path.display());
                }
            }
        }
    }
}

/// The text a QR code in an inline SVG scans to: rendered with resvg at 8 pixels a module,
/// then read with rqrr, as a phone's camera would.
fn scan(svg: &str) -> String {
    let tree = resvg::usvg::Tree::from_str(svg, &resvg::usvg::Options::default()).expect("a QR code is valid SVG");
    let size = tree.size().to_int_size().scale_to_width(8 * tree.size().width().round() as u32).unwrap();
    let mut pixmap = resvg::tiny_skia::Pixmap::new(size.width(), size.height()).unwrap();
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    let scale = size.width() as f32 / tree.size().width();
    resvg::render(&tree, resvg::tiny_skia::Transform::from_scale(scale, scale), &mut pixmap.as_mut());
    let (width, height) = (pixmap.width() as usize, pixmap.height() as usize);
    let mut image =
        rqrr::PreparedImage::prepare_from_greyscale(width, height, |x, y| pixmap.data()[(y * width + x) * 4]);
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code per SVG");
    grids[0].decode().expect("the QR code decodes").1
}

#[test]
fn every_flyers_qr_codes_scan_to_exactly_the_hotlines_call_and_text_links() {
    let dir = campaign();
    assert_eq!(outreach(dir.path(), &["build"]).code, 0);
    let manifest = manifest(dir.path());
    let href = |name: &str| manifest["contacts"][name]["href"].as_str().unwrap().to_string();
    for locale in manifest["locale"].as_array().unwrap() {
        let tag = locale["tag"].as_str().unwrap();
        let flyer = read(&dir.path().join("output"), &format!("{tag}/flyer.html"));
        let codes: Vec<String> = flyer
            .match_indices("<svg class=\"qr\"")
            .map(|(start, _)| scan(&flyer[start..start + flyer[start..].find("</svg>").unwrap() + 6]))
            .collect();
        assert_eq!(codes, [href("hotline-phone"), href("hotline-text")], "{tag}");
    }
}
