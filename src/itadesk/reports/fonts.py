"""Font registry for printed documents: the bundled Sarabun family, an installed TH Sarabun
if the user chose one, a symbol fallback, and "official point" scaling.

Why official points: the sizes in the house style (16 pt body, 20 pt labels, 29 pt memo
title) are TH Sarabun PSK/New sizes, and point sizes are not portable between Thai fonts:
TH Sarabun New draws ก 400/1000 em tall, Sarabun 586/1000. So every size in the house style
is given in official points and multiplied by `FontFamily.scale`, measured from the font
file itself (never hard-coded per font), so that any font sets the same amount of text per
line as the offices' own documents.

Why a fallback font: Sarabun has no ✓ ☑ ☐ ▪ (and no emoji). We bundle DejaVu Sans
(fonts/DejaVuSans.ttf, Bitstream Vera licence + public-domain DejaVu changes, see
fonts/LICENSE-DejaVu.txt) and the typesetter wraps each character the main font lacks in a
<font> run of the fallback; a character neither font has is printed as □ (U+25A1) rather than
as an invisible .notdef box. The symbols themselves come from a subset of it,
fonts/DejaVuSans-Symbols.ttf (`register_symbols`, made by fonts/make_symbols_subset.py):
ReportLab reads its ~1,000 glyphs in ~3 ms, the whole DejaVu Sans in ~18 ms of a print, so
the whole font is read only for a character the subset lacks. ReportLab embeds only the glyphs used, so the file size cost is
a few hundred bytes per symbol used.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from itadesk.domain.errors import ItadeskError
from itadesk.paths import fonts_dir

# TH Sarabun New's ก is 400 units of a 1000-unit em: the reference for "official points".
OFFICIAL_KO_HEIGHT = 0.400
KO = 0x0E01

BUNDLED_FAMILY = "Sarabun"
FALLBACK_FONT = "DejaVuSans"
SYMBOL_FONT = "DejaVuSansSymbols"  # the symbol blocks of DejaVu Sans (a subset file)
MISSING_GLYPH = "\u25a1"  # □, printed (from the fallback font) for a character no font has

# OpenType features asked of HarfBuzz when shaping. Latin ligatures are off: with them
# "Official" is drawn with the ﬃ glyph and copies out of the PDF as "Oﬃcial" (U+FB03), and a
# web address with "fi"/"fl" copies out wrong, so a clerk cannot paste it into a browser.
# Thai shaping does not use liga/clig/dlig (its marks come from ccmp, mark, mkmk and the
# script's own lookups): tests/test_typeset_wrap.py checks the Thai glyphs stay the same.
SHAPING_FEATURES = {"kern": True, "liga": False, "clig": False, "dlig": False}


class FontError(ItadeskError):
    """A font file that is missing, unreadable or not a usable TrueType font."""


@dataclass
class FontFamily:
    """A registered family: ReportLab font names for each style plus its size scale."""

    name: str  # the name the user chose, e.g. "Sarabun", "TH Sarabun New"
    regular: str
    bold: str
    italic: str
    bold_italic: str
    scale: float  # multiply an official point size by this to get the PDF point size
    paths: dict[str, Path] = field(default_factory=dict)
    cmap: frozenset[str] = frozenset()  # characters the regular face has glyphs for

    def size(self, official_pt: float) -> float:
        """PDF point size for a size given in official (TH Sarabun) points."""
        return round(official_pt * self.scale, 3)

    def official(self, pdf_pt: float) -> float:
        return pdf_pt / self.scale

    def has_char(self, ch: str) -> bool:
        return ch in self.cmap


# Family name -> file names (lower-cased, spaces/hyphens/underscores removed) for each style.
# These are the names the SIPA / f0nt.com distributions use on Windows, Linux and macOS.
_KNOWN_FAMILIES: dict[str, dict[str, tuple[str, ...]]] = {
    "TH Sarabun New": {
        "regular": ("thsarabunnew.ttf",),
        "bold": ("thsarabunnewbold.ttf",),
        "italic": ("thsarabunnewitalic.ttf",),
        "bold_italic": ("thsarabunnewbolditalic.ttf",),
    },
    "TH SarabunIT๙": {
        "regular": ("thsarabunit๙.ttf", "thsarabunit9.ttf"),
        "bold": ("thsarabunit๙bold.ttf", "thsarabunit9bold.ttf"),
        "italic": ("thsarabunit๙italic.ttf", "thsarabunit9italic.ttf"),
        "bold_italic": ("thsarabunit๙bolditalic.ttf", "thsarabunit9bolditalic.ttf"),
    },
    "TH Sarabun PSK": {
        "regular": ("thsarabun.ttf", "thsarabunpsk.ttf"),
        "bold": ("thsarabunbold.ttf", "thsarabunpskbold.ttf"),
        "italic": ("thsarabunitalic.ttf", "thsarabunpskitalic.ttf"),
        "bold_italic": ("thsarabunbolditalic.ttf", "thsarabunpskbolditalic.ttf",
                        "thsarabunbolditalic.ttf"),
    },
}
_ALIASES = {
    "sarabun": BUNDLED_FAMILY,
    "thsarabunnew": "TH Sarabun New",
    "thsarabunit๙": "TH SarabunIT๙",
    "thsarabunit9": "TH SarabunIT๙",
    "thsarabunpsk": "TH Sarabun PSK",
    "thsarabun": "TH Sarabun PSK",
}

_lock = threading.RLock()
_families: dict[str, FontFamily] = {}


def _norm(name: str) -> str:
    return "".join(ch for ch in name.lower() if ch not in " -_")


def system_font_dirs() -> list[Path]:
    """Folders where Windows, Linux and macOS keep system-wide and per-user fonts."""
    home = Path.home()
    dirs: list[Path] = []
    if sys.platform.startswith("win"):
        windir = os.environ.get("WINDIR", r"C:\Windows")
        dirs.append(Path(windir) / "Fonts")
        local = os.environ.get("LOCALAPPDATA")
        if local:
            dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    elif sys.platform == "darwin":
        dirs += [home / "Library" / "Fonts", Path("/Library/Fonts"),
                 Path("/System/Library/Fonts"), Path("/System/Library/Fonts/Supplemental")]
    else:
        xdg = os.environ.get("XDG_DATA_HOME")
        dirs += [Path(xdg) / "fonts"] if xdg else []
        dirs += [home / ".local" / "share" / "fonts", home / ".fonts",
                 Path("/usr/local/share/fonts"), Path("/usr/share/fonts")]
    return dirs


def _scan(dirs: list[Path]) -> dict[str, Path]:
    """Normalised file name -> path for every .ttf under `dirs` (first one found wins)."""
    found: dict[str, Path] = {}
    for d in dirs:
        if not d.is_dir():
            continue
        try:
            for root, _subdirs, files in os.walk(d):
                for fn in files:
                    if fn.lower().endswith(".ttf"):
                        found.setdefault(_norm(fn), Path(root) / fn)
        except OSError:
            continue
    return found


def find_installed(family: str, dirs: list[Path] | None = None) -> dict[str, Path] | None:
    """Paths of an installed TH Sarabun family's style files, or None if it is not installed.

    Only the regular face is required; missing bold/italic faces fall back to the nearest
    face that exists (so <b> still works when only regular and bold are installed).
    """
    canonical = _ALIASES.get(_norm(family), family)
    patterns = _KNOWN_FAMILIES.get(canonical)
    if patterns is None:
        return None
    files = _scan(system_font_dirs() if dirs is None else dirs)
    paths: dict[str, Path] = {}
    for style, names in patterns.items():
        for n in names:
            if n in files:
                paths[style] = files[n]
                break
    if "regular" not in paths:
        return None
    paths.setdefault("bold", paths["regular"])
    paths.setdefault("italic", paths["regular"])
    paths.setdefault("bold_italic", paths.get("bold", paths["italic"]))
    return paths


def installed_families(dirs: list[Path] | None = None) -> list[str]:
    """Names of the TH Sarabun families found on this computer (for a settings menu)."""
    return [name for name in _KNOWN_FAMILIES if find_installed(name, dirs)]


def _load_ttf(rl_name: str, path: Path) -> TTFont:
    """Register one TrueType file under `rl_name`, turning any failure into a FontError."""
    if rl_name in pdfmetrics.getRegisteredFontNames():
        return pdfmetrics.getFont(rl_name)
    if not path.is_file():
        raise FontError(f"ไม่พบไฟล์ฟอนต์ {path}", f"font file not found: {path}")
    try:
        font = TTFont(rl_name, str(path), shapable=True)
    except Exception as exc:  # reportlab raises TTFError, struct.error, IndexError...
        raise FontError(
            f"ไฟล์ฟอนต์เสียหายหรือใช้ไม่ได้: {path.name} ({exc})",
            f"font file is damaged or unusable: {path.name} ({exc})",
        ) from exc
    pdfmetrics.registerFont(font)
    return font


def _ko_height(font: TTFont) -> float:
    """Height of ก above the baseline as a fraction of the em, read from the glyph outline."""
    import uharfbuzz

    hb_font = uharfbuzz.Font(font.hbFace)
    gid = hb_font.get_nominal_glyph(KO)
    if gid is None:
        raise FontError(
            f"ฟอนต์ {font.fontName} ไม่มีอักษรไทย", f"font {font.fontName} has no Thai glyphs"
        )
    ext = hb_font.get_glyph_extents(gid)
    upem = font.hbFace.upem
    if not ext or ext.y_bearing <= 0 or not upem:
        raise FontError(
            f"วัดขนาดอักษรของฟอนต์ {font.fontName} ไม่ได้",
            f"cannot measure the Thai glyph height of {font.fontName}",
        )
    return ext.y_bearing / upem


def _cmap(font: TTFont) -> frozenset[str]:
    # BMP only, private use excluded: ReportLab's ToUnicode map cannot express characters
    # beyond U+FFFF (copy-out would be wrong), and private-use glyphs are font internals.
    return frozenset(chr(c) for c in font.face.charToGlyph
                     if c <= 0xFFFF and not 0xE000 <= c <= 0xF8FF)


def register_family(name: str, paths: dict[str, Path]) -> FontFamily:
    """Register the four style files of `paths` under ReportLab names derived from `name`."""
    with _lock:
        if name in _families:
            return _families[name]
        base = "".join(ch for ch in name if ch.isalnum()) or "Font"
        rl = {
            "regular": base,
            "bold": f"{base}-Bold",
            "italic": f"{base}-Italic",
            "bold_italic": f"{base}-BoldItalic",
        }
        fonts = {style: _load_ttf(rl[style], Path(p)) for style, p in paths.items()}
        # registerFontFamily is what makes <b> and <i> inside a Paragraph pick the bold face.
        pdfmetrics.registerFontFamily(
            base, normal=rl["regular"], bold=rl["bold"], italic=rl["italic"],
            boldItalic=rl["bold_italic"],
        )
        addMapping(base, 0, 0, rl["regular"])
        fam = FontFamily(
            name=name, regular=rl["regular"], bold=rl["bold"], italic=rl["italic"],
            bold_italic=rl["bold_italic"],
            scale=round(OFFICIAL_KO_HEIGHT / _ko_height(fonts["regular"]), 4),
            paths={k: Path(v) for k, v in paths.items()},
            cmap=_cmap(fonts["regular"]),
        )
        _families[name] = fam
        return fam


def bundled_paths() -> dict[str, Path]:
    d = fonts_dir()
    return {
        "regular": d / "Sarabun-Regular.ttf",
        "bold": d / "Sarabun-Bold.ttf",
        "italic": d / "Sarabun-Italic.ttf",
        "bold_italic": d / "Sarabun-BoldItalic.ttf",
    }


def get_family(name: str = BUNDLED_FAMILY, dirs: list[Path] | None = None) -> FontFamily:
    """The registered family called `name` ("Sarabun", "TH Sarabun New", "TH SarabunIT๙",
    "TH Sarabun PSK"), registering it on first use. Raises FontError when it is not
    installed or its files are broken."""
    canonical = _ALIASES.get(_norm(name), name)
    with _lock:
        if canonical in _families:
            return _families[canonical]
        if canonical == BUNDLED_FAMILY:
            fam = register_family(BUNDLED_FAMILY, bundled_paths())
        else:
            paths = find_installed(canonical, dirs)
            if paths is None:
                raise FontError(
                    f"ไม่พบฟอนต์ {name} ในเครื่องนี้ กรุณาติดตั้งฟอนต์หรือเลือกฟอนต์ Sarabun",
                    f"font {name} is not installed on this computer; install it or choose Sarabun",
                )
            fam = register_family(canonical, paths)
        return fam  # the symbol fallback is registered when a text needs it (Typesetter)


def family_from_files(name: str, regular: Path, bold: Path | None = None,
                      italic: Path | None = None, bold_italic: Path | None = None) -> FontFamily:
    """Register a family from explicit files (a font the user picked in settings)."""
    paths = {"regular": Path(regular), "bold": Path(bold or regular),
             "italic": Path(italic or regular), "bold_italic": Path(bold_italic or bold or regular)}
    fam = register_family(name, paths)
    register_fallback()
    return fam


_fallback: FontFamily | None = None


def register_fallback() -> FontFamily:
    """The symbol fallback font (DejaVu Sans, bundled). Registered once."""
    global _fallback
    with _lock:
        if _fallback is None:
            path = fonts_dir() / "DejaVuSans.ttf"
            font = _load_ttf(FALLBACK_FONT, path)
            pdfmetrics.registerFontFamily(FALLBACK_FONT, normal=FALLBACK_FONT,
                                          bold=FALLBACK_FONT, italic=FALLBACK_FONT,
                                          boldItalic=FALLBACK_FONT)
            _fallback = FontFamily(FALLBACK_FONT, FALLBACK_FONT, FALLBACK_FONT, FALLBACK_FONT,
                                   FALLBACK_FONT, scale=1.0, paths={"regular": path},
                                   cmap=_cmap(font))
        return _fallback


_symbols: FontFamily | None = None


def register_symbols() -> FontFamily:
    """The symbol subset of the fallback (fonts/DejaVuSans-Symbols.ttf: arrows, operators,
    shapes, ballot boxes, check marks, dingbats; also □). Registered once."""
    global _symbols
    with _lock:
        if _symbols is None:
            path = fonts_dir() / "DejaVuSans-Symbols.ttf"
            font = _load_ttf(SYMBOL_FONT, path)
            pdfmetrics.registerFontFamily(SYMBOL_FONT, normal=SYMBOL_FONT, bold=SYMBOL_FONT,
                                          italic=SYMBOL_FONT, boldItalic=SYMBOL_FONT)
            _symbols = FontFamily(SYMBOL_FONT, SYMBOL_FONT, SYMBOL_FONT, SYMBOL_FONT,
                                  SYMBOL_FONT, scale=1.0, paths={"regular": path},
                                  cmap=_cmap(font))
        return _symbols
