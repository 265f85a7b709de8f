#!/usr/bin/env python3
"""Makes the Chinese and Korean fonts in templates/assets/fonts/subset/ from Noto Sans CJK.

A whole Noto Sans CJK face is 16 MB, too much to keep in the repository, and every build cuts
these files down again to the characters its pages use (src/fonts.rs). So that a translator's
new word still prints, each file keeps its language's common characters: the 6,763 Hanzi of
GB 2312 (Simplified), the 5,401 common Hanzi of Big5 (Traditional), the 2,350 Hangul syllables
of KS X 1001, the punctuation and Latin letters around them, and every character that the
language's .ftl files and outreach.toml use today.

Noto CJK draws its letters as CFF (cubic) outlines. Chromium's PDF writer embeds only TrueType
(quadratic) outlines as a font; CFF letters it draws as Type 3 pictures, without the font's name,
which some printers render poorly. So the outlines are converted to TrueType here, once.

    python3 -m venv /tmp/fonttools && /tmp/fonttools/bin/pip install fonttools==4.68.0
    /tmp/fonttools/bin/python scripts/cut-cjk-fonts.py \\
        /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc \\
        /usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc

(Debian's fonts-noto-cjk; templates/assets/fonts/SOURCES.md records which version.)
"""

import sys
from pathlib import Path

from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTCollection, newTable

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "templates/assets/fonts/subset"

# (face, file, encoding, lead bytes, trail bytes, locales)
CUTS = [
    # GB 2312 rows 16-87: all 6,763 Hanzi (levels 1 and 2).
    ("Noto Sans CJK SC", "NotoSansSC", "gb2312", (0xB0, 0xF7), (0xA1, 0xFE), ["zh-Hans"]),
    # Big5 A440-C67E: the 5,401 common Hanzi (level 1).
    ("Noto Sans CJK TC", "NotoSansTC", "big5", (0xA4, 0xC6), (0x40, 0xFE), ["zh-Hant"]),
    # KS X 1001 rows 16-40: the 2,350 Hangul syllables.
    ("Noto Sans CJK KR", "NotoSansKR", "euc_kr", (0xB0, 0xC8), (0xA1, 0xFE), ["ko"]),
]

# Latin letters and signs, general punctuation, CJK punctuation, full-width forms.
COMMON = [(0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x205E), (0x3000, 0x303F), (0xFF01, 0xFF64)]


def characters(encoding, leads, trails, locales):
    chars = {chr(c) for low, high in COMMON for c in range(low, high + 1)}
    for lead in range(leads[0], leads[1] + 1):
        for trail in range(trails[0], trails[1] + 1):
            try:
                chars.update(bytes([lead, trail]).decode(encoding))
            except UnicodeDecodeError:
                pass
    for tag in locales:
        for ftl in (ROOT / "locales" / tag).glob("*.ftl"):
            chars.update(ftl.read_text(encoding="utf-8"))
    chars.update((ROOT / "outreach.toml").read_text(encoding="utf-8"))
    return {c for c in chars if c.isprintable()}


def to_truetype(font):
    """Replaces the font's CFF outlines with TrueType ones (fontTools' otf2ttf recipe)."""
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err=1.0, reverse_direction=True))
        glyf.glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    glyf.compile(font)
    for name, glyph in glyf.glyphs.items():
        font["hmtx"][name] = (font["hmtx"][name][0], getattr(glyph, "xMin", 0))
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for field in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                  "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, field, 1 if field == "maxZones" else 0)
    maxp.compile(font)
    font["post"].formatType = 3.0
    font.sfntVersion = "\0\1\0\0"


def main(paths):
    if not paths:
        sys.exit(__doc__)
    OUT.mkdir(parents=True, exist_ok=True)
    for path in paths:
        weight = "Bold" if "Bold" in path else "Regular"
        faces = {face["name"].getDebugName(1): face for face in TTCollection(path).fonts}
        for family, file, encoding, leads, trails, locales in CUTS:
            font = faces[family]
            chars = characters(encoding, leads, trails, locales)
            options = Options()
            # The cmap of each face already picks its region's glyphs, and Han and Hangul need no
            # shaping: without layout rules the files keep only the glyphs of the characters.
            options.layout_features = []
            options.drop_tables += ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "vhea", "vmtx", "VORG"]
            options.name_IDs = ["*"]
            options.notdef_outline = True
            subsetter = Subsetter(options)
            subsetter.populate(unicodes=[ord(c) for c in chars])
            subsetter.subset(font)
            to_truetype(font)
            target = OUT / f"{file}-{weight}.ttf"
            font.save(target)
            print(f"{target.relative_to(ROOT)}: {len(chars)} characters, {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main(sys.argv[1:])
