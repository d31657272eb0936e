"""Recipe for fonts/DejaVuSans-Symbols.ttf (run once by a developer; never at run time).

The symbol fallback of printed documents (reports/fonts.py): the characters of DejaVu Sans
that Sarabun lacks in the arrows, mathematical operators, enclosed alphanumerics, box
drawing, geometric shapes, miscellaneous symbols and dingbats blocks (✓ ☑ ☐ ▪ □ ○ ● ✗ → ≤ ...)
plus space and digits: ~1,000 glyphs that ReportLab reads in ~3 ms, against ~18 ms for the
whole 6,000-glyph DejaVu Sans (which stays the fallback for any other character). Renamed
"DejaVu Sans Symbols itadesk" as a modified font (the Bitstream Vera licence asks modified
fonts not to use the Bitstream/Vera names; see LICENSE-DejaVu.txt).

    .venv/bin/pip install fonttools && .venv/bin/python fonts/make_symbols_subset.py
"""

from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).parent
RANGES = [(0x2190, 0x21FF), (0x2200, 0x22FF), (0x2460, 0x24FF), (0x2500, 0x25FF),
          (0x2600, 0x26FF), (0x2700, 0x27BF)]
NAMES = {1: "DejaVu Sans Symbols itadesk", 4: "DejaVu Sans Symbols itadesk",
         16: "DejaVu Sans Symbols itadesk", 6: "DejaVuSans-SymbolsItadesk",
         3: "DejaVuSans-SymbolsItadesk (subset of DejaVu Sans 2.37)"}


def main() -> None:
    dejavu = TTFont(HERE / "DejaVuSans.ttf").getBestCmap()
    sarabun = TTFont(HERE / "Sarabun-Regular.ttf").getBestCmap()
    chars = [c for a, b in RANGES for c in range(a, b + 1) if c in dejavu and c not in sarabun]
    chars += [ord(c) for c in " 0123456789"]
    opts = subset.Options()
    opts.hinting = False
    opts.layout_features = []
    opts.notdef_outline = True
    opts.name_IDs = ["*"]
    opts.name_languages = ["*"]
    opts.glyph_names = False
    font = TTFont(HERE / "DejaVuSans.ttf")
    sub = subset.Subsetter(opts)
    sub.populate(unicodes=chars)
    sub.subset(font)
    for rec in font["name"].names:
        if rec.nameID in NAMES:
            rec.string = NAMES[rec.nameID]
    font.save(HERE / "DejaVuSans-Symbols.ttf")
    print(f"{len(chars)} characters, {font['maxp'].numGlyphs} glyphs")


if __name__ == "__main__":
    main()
