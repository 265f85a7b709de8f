//! Fonts, part of stage 4 (output): cuts the shipped fonts down to the characters a group of
//! pages shows, as WOFF2, with the stylesheet that loads them; and finds the characters that
//! no shipped font has.
//!
//! A page is read on a cheap phone with a prepaid plan: a whole Noto Sans face is 500 KB, and
//! an English page uses about 80 of its 3,000 glyphs. Every build cuts each font down to the
//! characters of one language's pages (the picker and the status page form a group of their
//! own) with skera, Google's port of HarfBuzz's subsetter, which keeps the shaping rules
//! (GSUB/GPOS) that Arabic, Indic, Myanmar and Ethiopic text cannot do without, and compresses
//! the result as WOFF2. The letters and their shapes are the shipped fonts', so a page prints
//! as before.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use anyhow::{Context, Result, anyhow};
use read_fonts::collections::IntSet;
use read_fonts::types::{GlyphId, NameId, Tag as TableTag};
use read_fonts::{FontRef, TableProvider};
use regex::Regex;
use skera::{DEFAULT_LAYOUT_FEATURES, Plan, SubsetFlags, subset_font};
use skrifa::MetadataProvider;
use unicode_normalization::UnicodeNormalization;
use unicode_script::{Script, UnicodeScript};

use crate::tag::Tag;

/// The stylesheet, under a site's `assets/` folder, whose `@font-face` rules name the fonts.
pub const STYLESHEET: &str = "style.css";

/// The fonts folder under `assets/`, which the stylesheet's font URLs start with.
pub const FONTS_DIR: &str = "fonts";

/// The web fonts of a group of pages, and the stylesheet that loads them.
#[derive(Debug)]
pub struct WebFonts {
    /// The stylesheet, its `@font-face` rules pointing at the cut fonts. A font that has none
    /// of the group's characters loses its rule, so that no page asks for a file not written.
    pub stylesheet: String,
    /// Each cut font (WOFF2), by its path under `assets/`.
    pub files: Vec<(PathBuf, Vec<u8>)>,
    /// The cut fonts the pages' text is set in (the upright faces of the family the stylesheet
    /// gives their language first), by their paths under `assets/`: a page asks for them at
    /// once, beside its stylesheet, so that its text is not drawn first in a phone's own font
    /// and then moved when these arrive.
    pub preload: Vec<PathBuf>,
}

/// The `@font-face` rules of a stylesheet (one per line), and in each the URL of a TrueType or
/// OpenType font under `fonts/`. A regular expression serves: the stylesheet is the template's
/// own, and the rules are written one to a line; a CSS parser would add a large dependency to
/// read ten lines.
static FONT_FACE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"(?m)^@font-face\s*\{[^}\n]*url\("(fonts/[^"]+\.(?:ttf|otf))"\)\s*format\("(?:truetype|opentype)"\)[^}\n]*\}[^\n]*\n"#)
        .expect("a valid pattern")
});

/// The stylesheet's rules outside `@font-face`, as selectors and the first family their
/// `font-family` names (`:lang(ar), :lang(fa)` and `Outreach Arabic`).
static FAMILY_RULE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r#"([^{}@;]+)\{[^{}]*?font-family:\s*"([^"]+)""#).expect("a valid pattern"));

/// A CSS comment.
static COMMENT: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?s)/\*.*?\*/").expect("a valid pattern"));

/// Cuts the fonts that `assets_dir`'s stylesheet names down to `chars`, as WOFF2 files beside
/// the originals' names (`fonts/NotoSans-Regular.woff2`), and rewrites the stylesheet to load
/// them. With `lang` (the pages' language), only the fonts made for one of its scripts, or for
/// Latin, are cut: a Chinese font has Latin letters too, but an English page never asks for it.
pub fn web_fonts(assets_dir: &Path, chars: &BTreeSet<char>, lang: Option<&Tag>) -> Result<WebFonts> {
    let chars = &with_parts(chars);
    let scripts = lang.map(Tag::scripts).filter(|scripts| !scripts.is_empty());
    let path = assets_dir.join(STYLESHEET);
    let css = fs::read_to_string(&path).with_context(|| format!("failed to read `{}`", path.display()))?;
    let text_family = text_family(&css, lang);
    let mut stylesheet = String::with_capacity(css.len());
    let mut files = Vec::new();
    let mut preload = Vec::new();
    let mut last = 0;
    for rule in FONT_FACE.captures_iter(&css) {
        let (whole, url) = (rule.get(0).expect("the match"), &rule[1]);
        stylesheet.push_str(&css[last..whole.start()]);
        last = whole.end();
        let source = assets_dir.join(url);
        let data = fs::read(&source)
            .with_context(|| format!("failed to read `{}`, which `{}` names", source.display(), path.display()))?;
        let made_for = main_script(&data).with_context(|| format!("cannot read `{}`", source.display()))?;
        if scripts.as_ref().is_some_and(|scripts| made_for != Script::Latin && !scripts.contains(&made_for)) {
            continue;
        }
        let Some(cut) = cut(&data, chars).with_context(|| format!("cannot cut down `{}`", source.display()))? else {
            continue;
        };
        // Brotli's level 6, not 11: measured on the campaign, 11 makes the fonts 7 % smaller
        // (2.90 against 3.12 MB for every folder) and the build ten times slower (5 s).
        let woff2 = ttf2woff2::encode(&cut, ttf2woff2::BrotliQuality::from(6))
            .map_err(|err| anyhow!("cannot compress `{}` as WOFF2: {err}", source.display()))?;
        let name = Path::new(url).file_stem().expect("a file name").to_string_lossy();
        let target = format!("{FONTS_DIR}/{name}.woff2");
        let rule = whole.as_str().replace(&format!("url(\"{url}\")"), &format!("url(\"{target}\")"));
        stylesheet.push_str(
            &rule
                .replace("format(\"truetype\")", "format(\"woff2\")")
                .replace("format(\"opentype\")", "format(\"woff2\")"),
        );
        let upright = !rule.contains("italic");
        if upright && text_family.as_deref().is_some_and(|family| rule.contains(&format!("font-family: \"{family}\"")))
        {
            preload.push(PathBuf::from(&target));
        }
        files.push((PathBuf::from(target), woff2));
    }
    stylesheet.push_str(&css[last..]);
    Ok(WebFonts { stylesheet, files, preload })
}

/// The family a page in `lang` sets its text in: the first one `font-family` names for
/// `:lang()` of the language (the last such rule, as in CSS), else for `:root`, `html` or
/// `body`. A selector that is more than that (`.picker :lang(ur)`) is a part of a page.
fn text_family(css: &str, lang: Option<&Tag>) -> Option<String> {
    let css = COMMENT.replace_all(css, "");
    let lang = lang.map(|tag| tag.to_string().to_ascii_lowercase());
    let (mut page, mut language) = (None, None);
    for rule in FAMILY_RULE.captures_iter(&css) {
        for selector in rule[1].split(',').map(str::trim) {
            let asked = selector.strip_prefix("html").unwrap_or(selector);
            let named = asked.strip_prefix(":lang(").and_then(|rest| rest.strip_suffix(')'));
            // `:lang(pa)` is Punjabi in any script or country, as `pa-IN`.
            let matches = |named: &str| {
                let named = named.trim().to_ascii_lowercase();
                lang.as_deref().is_some_and(|lang| lang == named || lang.starts_with(&format!("{named}-")))
            };
            match named {
                Some(named) if matches(named) => language = Some(rule[2].to_string()),
                None if matches!(selector, ":root" | "html" | "body") => page = Some(rule[2].to_string()),
                _ => {}
            }
        }
    }
    language.or(page)
}

/// `chars` and the letters a shaper may take them apart into before it looks in the font (Thai
/// `ำ` is `ํ` and `า`, a Bengali `ো` is `ে` and `া`), with the dotted circle it marks a broken
/// cluster with: a cut font must have those too, or the browser draws them from no font at all.
fn with_parts(chars: &BTreeSet<char>) -> BTreeSet<char> {
    let mut all = chars.clone();
    for ch in chars {
        let text = ch.to_string();
        all.extend(text.nfd().chain(text.nfkd()));
    }
    all.insert('\u{25CC}');
    all
}

/// The script a font is made for: the one most of its characters are in (Noto Sans has
/// Latin, Greek and Cyrillic, and is Latin; Noto Sans KR has Hangul, and many more Han).
fn main_script(data: &[u8]) -> Result<Script> {
    let font = FontRef::new(data).map_err(|err| anyhow!("cannot read the font: {err}"))?;
    let mut counts: BTreeMap<&str, (Script, usize)> = BTreeMap::new();
    for (code, _) in font.charmap().mappings() {
        let script = char::from_u32(code).map_or(Script::Unknown, |ch| ch.script());
        if !matches!(script, Script::Common | Script::Inherited | Script::Unknown) {
            counts.entry(script.short_name()).or_insert((script, 0)).1 += 1;
        }
    }
    Ok(counts.into_values().max_by_key(|&(_, count)| count).map_or(Script::Common, |(script, _)| script))
}

/// The font `data` cut down to the characters of `chars` it has, with every glyph its layout
/// rules can put in their place (a joined Arabic form, a Myanmar medial); `None` when it has
/// none of them.
pub fn cut(data: &[u8], chars: &BTreeSet<char>) -> Result<Option<Vec<u8>>> {
    let font = FontRef::new(data).map_err(|err| anyhow!("cannot read the font: {err}"))?;
    let cmap = font.cmap().map_err(|err| anyhow!("the font has no character map: {err}"))?;
    let unicodes: IntSet<u32> =
        chars.iter().map(|&ch| u32::from(ch)).filter(|&code| cmap.map_codepoint(code).is_some()).collect();
    // A font is needed for the letters of its script: one that has only digits and signs of
    // the pages (as every Noto font does) is never the one that draws them, as the pages name
    // the font of their script first, and the Latin one after it.
    let needed = chars.iter().any(|&ch| {
        !matches!(ch.script(), Script::Common | Script::Inherited | Script::Unknown) && cmap.map_codepoint(ch).is_some()
    });
    if !needed {
        return Ok(None);
    }
    // The tables a browser does not use for drawing (`DSIG`, bitmaps, Apple's and Graphite's
    // layout) are dropped, as HarfBuzz's subsetter does by default.
    let dropped: IntSet<TableTag> = [
        b"morx", b"mort", b"kerx", b"kern", b"JSTF", b"DSIG", b"EBDT", b"EBLC", b"EBSC", b"SVG ", b"PCLT", b"LTSH",
        b"feat", b"Glat", b"Gloc", b"Silf", b"Sill",
    ]
    .into_iter()
    .map(TableTag::new)
    .collect();
    let mut scripts = IntSet::<TableTag>::empty();
    scripts.invert();
    let features: IntSet<TableTag> = DEFAULT_LAYOUT_FEATURES.iter().copied().collect();
    // The family's names (ids 0 to 6): a PDF names its fonts by them.
    let mut names = IntSet::<NameId>::empty();
    names.insert_range(NameId::from(0)..=NameId::from(6));
    let languages: IntSet<u16> = [0x0409].into_iter().collect();
    let plan = Plan::new(
        &IntSet::<GlyphId>::empty(),
        &unicodes,
        &font,
        SubsetFlags::SUBSET_FLAGS_NO_HINTING,
        &dropped,
        &scripts,
        &features,
        &names,
        &languages,
    );
    subset_font(&font, &plan).map(Some).map_err(|err| anyhow!("cannot cut the font down: {err}"))
}

/// A character that a page shows and no shipped font has: it prints in the computer's own
/// font, or as an empty box.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    /// The character.
    pub ch: char,
    /// The pages that show it, relative to the output folder.
    pub pages: Vec<PathBuf>,
}

/// The characters of `pages` that none of the fonts in `fonts_dir` (or its subfolders) has,
/// leaving out spaces and the invisible marks that steer joining and direction. Templates that
/// ship no fonts at all leave every letter to the computer's fonts: nothing is missing.
pub fn missing_characters<'a>(
    fonts_dir: &Path,
    pages: impl IntoIterator<Item = (&'a PathBuf, &'a String)>,
) -> Result<Vec<Missing>> {
    let mut wanted: BTreeMap<char, Vec<PathBuf>> = BTreeMap::new();
    for (path, page) in pages {
        let chars: BTreeSet<char> = page.chars().filter(|&ch| !is_invisible(ch)).collect();
        for ch in chars {
            wanted.entry(ch).or_default().push(path.clone());
        }
    }
    let files = font_files(fonts_dir)?;
    if files.is_empty() {
        return Ok(Vec::new());
    }
    for path in files {
        let data = fs::read(&path).with_context(|| format!("failed to read `{}`", path.display()))?;
        let font = FontRef::new(&data).map_err(|err| anyhow!("cannot read `{}`: {err}", path.display()))?;
        let cmap = font.cmap().map_err(|err| anyhow!("`{}` has no character map: {err}", path.display()))?;
        wanted.retain(|&ch, _| cmap.map_codepoint(ch).is_none());
    }
    Ok(wanted.into_iter().map(|(ch, pages)| Missing { ch, pages }).collect())
}

/// Spaces, and the marks no font needs a glyph for: joiners, direction marks and isolates,
/// the soft hyphen and the byte order mark.
fn is_invisible(ch: char) -> bool {
    ch.is_whitespace()
        || ch.is_control()
        || matches!(ch, '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// The font files in `dir` and its subfolders.
fn font_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let Ok(entries) = fs::read_dir(dir) else { return Ok(files) };
    for entry in entries {
        let path = entry.with_context(|| format!("failed to read `{}`", dir.display()))?.path();
        if path.is_dir() {
            files.extend(font_files(&path)?);
        } else if is_font(&path) {
            files.push(path);
        }
    }
    Ok(files)
}

/// Whether `path` names a font file (`.otf` or `.ttf`).
pub fn is_font(path: &Path) -> bool {
    path.extension().is_some_and(|ext| ext == "otf" || ext == "ttf")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shipped(name: &str) -> Vec<u8> {
        fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/assets/fonts").join(name)).unwrap()
    }

    #[test]
    fn a_cut_font_keeps_the_characters_asked_for_and_drops_the_others() {
        let whole = shipped("subset/NotoSansKR-Regular.ttf");
        let cut = cut(&whole, &"핫라인 1-888".chars().collect()).unwrap().unwrap();
        assert!(cut.len() < whole.len() / 20, "{} of {} bytes", cut.len(), whole.len());
        let face = ttf_parser::Face::parse(&cut, 0).unwrap();
        for kept in "핫라인1-8".chars() {
            assert!(face.glyph_index(kept).is_some(), "{kept} was dropped");
        }
        for dropped in "한국어2".chars() {
            assert!(face.glyph_index(dropped).is_none(), "{dropped} was kept");
        }
    }

    #[test]
    fn a_cut_arabic_font_keeps_its_joining_rules() {
        let whole = shipped("NotoSansArabic-Regular.ttf");
        let cut = cut(&whole, &"خط المساعدة".chars().collect()).unwrap().unwrap();
        let face = ttf_parser::Face::parse(&cut, 0).unwrap();
        // The joined forms are glyphs no character maps to, reached only through GSUB.
        let gsub = face.tables().gsub.expect("GSUB kept");
        assert!(!gsub.lookups.is_empty());
        assert!(face.number_of_glyphs() > 12, "{} glyphs: the joined forms were dropped", face.number_of_glyphs());
        assert!(cut.len() < whole.len() / 5, "{} of {} bytes", cut.len(), whole.len());
    }

    #[test]
    fn the_letters_a_shaper_takes_apart_are_kept() {
        // Found by the print test: Thai `ตำ` printed from no font once `ํ` was cut away.
        let parts = with_parts(&"ตำ বো".chars().collect());
        for part in ['\u{0E4D}', '\u{0E32}', '\u{09C7}', '\u{09BE}', '\u{25CC}'] {
            assert!(parts.contains(&part), "{part:?} is not kept");
        }
    }

    #[test]
    fn each_font_is_made_for_its_script() {
        assert_eq!(main_script(&shipped("NotoSans-Regular.ttf")).unwrap(), Script::Latin);
        assert_eq!(main_script(&shipped("NotoNastaliqUrdu-Regular.ttf")).unwrap(), Script::Arabic);
        assert_eq!(main_script(&shipped("subset/NotoSansSC-Regular.ttf")).unwrap(), Script::Han);
    }

    #[test]
    fn a_page_is_set_in_the_family_its_language_is_given_first() {
        let css = r#":root { color: #111; font-family: "Outreach Sans", sans-serif; }
/* :lang(ar) { font-family: "Commented Out"; } */
:lang(ar), :lang(fa) { font-family: "Outreach Arabic", "Outreach Sans", sans-serif; }
.picker :lang(ur) { font-family: "Outreach Arabic"; }
:lang(ur) { font-family: "Outreach Nastaliq", "Outreach Arabic"; }
:lang(pa) { font-family: "Outreach Gurmukhi", "Outreach Sans"; }
"#;
        let family = |tag: &str| text_family(css, Tag::parse(tag).ok().as_ref());
        assert_eq!(family("fa").as_deref(), Some("Outreach Arabic"));
        assert_eq!(family("ur").as_deref(), Some("Outreach Nastaliq"));
        assert_eq!(family("pa-IN").as_deref(), Some("Outreach Gurmukhi"));
        assert_eq!(family("es").as_deref(), Some("Outreach Sans"));
        assert_eq!(text_family(css, None).as_deref(), Some("Outreach Sans"));
    }

    #[test]
    fn a_font_with_none_of_the_characters_is_not_cut() {
        assert!(cut(&shipped("NotoSansThai-Regular.ttf"), &"Help 123".chars().collect()).unwrap().is_none());
    }
}
