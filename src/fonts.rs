//! Fonts, part of stage 4 (output): cuts the shipped Chinese and Korean fonts down to the
//! characters the pages use.
//!
//! The Chinese and Korean fonts under `assets/fonts/subset/` keep thousands of common characters
//! (2 MB a face, see `scripts/cut-cjk-fonts.py`) so that a translator's new word prints; the
//! campaign's pages use a few hundred. Every build cuts them down to those, so that a page
//! carries its own Chinese or Korean letters for about 150 KB. The other fonts are copied
//! whole: allsorts' subsetter drops a font's shaping rules (GSUB/GPOS), which Arabic, Indic,
//! Myanmar and Ethiopic text cannot do without, and Han and Hangul can.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use allsorts::binary::read::ReadScope;
use allsorts::font::{Font, MatchingPresentation};
use allsorts::font_data::FontData;
use allsorts::subset::{CmapTarget, SubsetProfile, subset as cut};
use anyhow::{Context, Result, anyhow};

/// Where, under a site's `assets/` folder, the fonts that every build cuts down live.
pub const SUBSET_DIR: &str = "fonts/subset";

/// The font `data` cut down to the glyphs of `chars` that it has, with a Unicode `cmap`.
/// Characters it lacks are left out.
pub fn subset(data: &[u8], chars: &BTreeSet<char>) -> Result<Vec<u8>> {
    let font = ReadScope::new(data).read::<FontData<'_>>().map_err(|err| anyhow!("cannot read the font: {err}"))?;
    let provider = font.table_provider(0).map_err(|err| anyhow!("cannot read the font: {err}"))?;
    let mut font = Font::new(provider).map_err(|err| anyhow!("cannot read the font: {err}"))?;
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
        if !path.extension().is_some_and(|ext| ext == "otf" || ext == "ttf") {
            continue;
        }
        let data = fs::read(&path).with_context(|| format!("failed to read `{}`", path.display()))?;
        let cut = subset(&data, chars).with_context(|| format!("cannot cut down `{}`", path.display()))?;
        fs::write(&path, cut).with_context(|| format!("failed to write `{}`", path.display()))?;
    }
    Ok(())
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
