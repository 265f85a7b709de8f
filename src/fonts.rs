//! Fonts, part of stage 4 (output): cuts the shipped Chinese and Korean fonts down to the
//! characters the pages use, and finds the characters that no shipped font has.
//!
//! The Chinese and Korean fonts under `assets/fonts/subset/` keep thousands of common characters
//! (2 MB a face, see `scripts/cut-cjk-fonts.py`) so that a translator's new word prints; the
//! campaign's pages use a few hundred. Every build cuts them down to those, so that a page
//! carries its own Chinese or Korean letters for about 150 KB. The other fonts are copied
//! whole: allsorts' subsetter drops a font's shaping rules (GSUB/GPOS), which Arabic, Indic,
//! Myanmar and Ethiopic text cannot do without, and Han and Hangul can.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use allsorts::binary::read::ReadScope;
use allsorts::font::{Font, MatchingPresentation};
use allsorts::font_data::{DynamicFontTableProvider, FontData};
use allsorts::subset::{CmapTarget, SubsetProfile, subset as cut};
use anyhow::{Context, Result, anyhow};

/// Where, under a site's `assets/` folder, the fonts that every build cuts down live.
pub const SUBSET_DIR: &str = "fonts/subset";

/// The font `data` cut down to the glyphs of `chars` that it has, with a Unicode `cmap`.
/// Characters it lacks are left out.
pub fn subset(data: &[u8], chars: &BTreeSet<char>) -> Result<Vec<u8>> {
    let mut font = read_font(data)?;
    // Glyph 0 (.notdef) must come first.
    let mut glyphs: Vec<u16> = chars
        .iter()
        .map(|&ch| font.lookup_glyph_index(ch, MatchingPresentation::NotRequired, None).0)
        .filter(|&glyph| glyph != 0)
        .collect();
    glyphs.push(0);
    glyphs.sort_unstable();
    glyphs.dedup();
    cut(&font.font_table_provider, &glyphs, &SubsetProfile::Minimal, CmapTarget::Unicode)
        .map_err(|err| anyhow!("cannot cut the font down: {err}"))
}

/// Cuts every font file in `dir` down to `chars`, in place. A folder that does not exist holds
/// nothing to cut.
pub fn subset_dir(dir: &Path, chars: &BTreeSet<char>) -> Result<()> {
    let Ok(entries) = fs::read_dir(dir) else { return Ok(()) };
    for entry in entries {
        let path = entry.with_context(|| format!("failed to read `{}`", dir.display()))?.path();
        if !is_font(&path) {
            continue;
        }
        let data = fs::read(&path).with_context(|| format!("failed to read `{}`", path.display()))?;
        let cut = subset(&data, chars).with_context(|| format!("cannot cut down `{}`", path.display()))?;
        fs::write(&path, cut).with_context(|| format!("failed to write `{}`", path.display()))?;
    }
    Ok(())
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
        let mut font = read_font(&data).with_context(|| format!("cannot read `{}`", path.display()))?;
        wanted.retain(|&ch, _| font.lookup_glyph_index(ch, MatchingPresentation::NotRequired, None).0 == 0);
    }
    Ok(wanted.into_iter().map(|(ch, pages)| Missing { ch, pages }).collect())
}

/// The font in `data`, with its character map.
fn read_font(data: &[u8]) -> Result<Font<DynamicFontTableProvider<'_>>> {
    let font = ReadScope::new(data).read::<FontData<'_>>().map_err(|err| anyhow!("cannot read the font: {err}"))?;
    let provider = font.table_provider(0).map_err(|err| anyhow!("cannot read the font: {err}"))?;
    Font::new(provider).map_err(|err| anyhow!("cannot read the font: {err}"))
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

    #[test]
    fn a_cut_font_keeps_the_characters_asked_for_and_drops_the_others() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/assets/fonts/subset/NotoSansKR-Regular.ttf");
        let whole = fs::read(path).unwrap();
        let cut = subset(&whole, &"핫라인 1-888".chars().collect()).unwrap();
        assert!(cut.len() < whole.len() / 20, "{} of {} bytes", cut.len(), whole.len());
        let face = ttf_parser::Face::parse(&cut, 0).unwrap();
        for kept in "핫라인1-8".chars() {
            assert!(face.glyph_index(kept).is_some(), "{kept} was dropped");
        }
        for dropped in "한국어2".chars() {
            assert!(face.glyph_index(dropped).is_none(), "{dropped} was kept");
        }
    }
}
