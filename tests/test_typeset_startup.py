"""What a print costs before the first page: reading an office file without sqlite-utils, the
symbol subset instead of the whole DejaVu Sans. Each check runs in a fresh interpreter (font
registration and imported modules are per process)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from itadesk.reports import fonts


def run_fresh(code: str, tmp_path) -> dict:
    env_code = textwrap.dedent(code)
    out = subprocess.run([sys.executable, "-c", env_code], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_symbols_come_from_the_subset_and_the_whole_font_only_when_needed(tmp_path):
    res = run_fresh("""
        import json
        from reportlab.pdfbase import pdfmetrics
        from itadesk.reports.layout import build_pdf
        from itadesk.reports.typesetter import Typesetter
        ts = Typesetter()
        p = ts.para("ผ่าน ✓ ☑ ☐ ▪ ○ ● ✗")
        build_pdf("a.pdf", [p], ts)
        after_symbols = sorted(pdfmetrics.getRegisteredFontNames())
        rare = ts.para("Ж").text
        none = ts.para("\\ue123").text  # private use: no font draws it
        print(json.dumps({"symbols": p.text, "after_symbols": after_symbols,
                          "rare": rare, "none": none}))
    """, tmp_path)
    assert res["symbols"].count(f'name="{fonts.SYMBOL_FONT}"') == 7
    assert fonts.SYMBOL_FONT in res["after_symbols"]
    assert fonts.FALLBACK_FONT not in res["after_symbols"]  # the 6,000-glyph font unread
    assert res["rare"] == f'<font name="{fonts.FALLBACK_FONT}">Ж</font>'
    assert res["none"] == f'<font name="{fonts.SYMBOL_FONT}">{fonts.MISSING_GLYPH}</font>'


def test_subset_has_the_symbols_of_the_whole_font():
    sym, whole, main = fonts.register_symbols(), fonts.register_fallback(), fonts.get_family()
    for ch in "✓✔✗✘☐☑☒▪▫□○●◦→←↑↓≤≥≠①②":
        assert sym.has_char(ch) or main.has_char(ch), ch
        assert not sym.has_char(ch) or whole.has_char(ch), ch
    assert sym.cmap - {"\uffff"} <= whole.cmap | set(" 0123456789")  # (format-4 end mark)


@pytest.mark.parametrize("read_only", [False, True])
def test_reading_an_office_file_does_not_import_sqlite_utils(tmp_path, read_only):
    from itadesk.domain.office import Office
    from itadesk.storage import operations as ops
    from itadesk.storage.database import open_db

    db = tmp_path / "office.db"
    with open_db(db, backups=False) as office:
        ops.save_office(office, Office(code="6710101", kind="อบต.", name="ทดสอบ",
                                       district="เมือง", province="ขอนแก่น"))
        ops.ensure_year(office, 2567)
    res = run_fresh(f"""
        import json, sys
        from itadesk.storage.database import open_db
        from itadesk.storage.queries import load_year
        with open_db({str(db)!r}, create=False, backups=False,
                     read_only={read_only}) as office:
            data = load_year(office, None)
        print(json.dumps({{"year": data.year, "name": data.office.name,
                          "sqlite_utils": "sqlite_utils" in sys.modules}}))
    """, tmp_path)
    assert res == {"year": 2567, "name": "ทดสอบ", "sqlite_utils": False}


def test_reportlabs_unused_regexes_compile_on_first_use(tmp_path):
    res = run_fresh(r"""
        import json, re
        import itadesk.reports
        import reportlab.platypus.paragraph as P
        import reportlab.lib.textsplit as T
        import yaml.reader as Y
        lazy = [type(p).__name__ for p in (P.uri_pat, T.rx, Y.Reader.NON_PRINTABLE)]
        url = "https://example.go.th/ita/2567?x=1"
        same = (P.uri_pat.match(url).group(1)
                == re._compiler.compile(P.uri_pat._pattern, 2).match(url).group(1))
        print(json.dumps({"lazy": lazy, "same": same, "split": T.rx.sub(r"\1 ", "ab中文"),
                          "bad": bool(Y.Reader.NON_PRINTABLE.search("ok\x07"))}))
    """, tmp_path)
    # a mismatch here means ReportLab/PyYAML changed: update reports/lazyre.py's PATTERNS
    assert res == {"lazy": ["LazyPattern"] * 3, "same": True, "split": "ab中 文 ",
                   "bad": True}


def test_layout_holds_off_the_garbage_collector_and_restores_it(tmp_path):
    import gc

    from itadesk.reports.layout import build_pdf
    from itadesk.reports.typesetter import Typesetter

    ts = Typesetter()
    rows = [[k, "โครงการส่งเสริมคุณธรรมและความโปร่งใส " * 3, 1000.5] for k in range(40)]
    story = [ts.para("รายงานผลการดำเนินงาน", "heading1"),
             ts.table([["ลำดับ", "รายการ", "งบประมาณ"]], rows, [40, 300, 100])]
    seen: list[int] = []

    def watch(phase, info):
        if phase == "start":
            seen.append(info["generation"])

    before = gc.get_threshold()
    gc.callbacks.append(watch)
    try:
        build_pdf(tmp_path / "t.pdf", story, ts)
    finally:
        gc.callbacks.remove(watch)
    assert 2 not in seen and len(seen) <= 3, seen  # 700-allocation collections: dozens
    assert gc.get_threshold() == before and gc.isenabled() and gc.get_freeze_count() == 0


def test_pillow_loads_only_when_a_page_carries_an_image(tmp_path):
    """`itadesk render` defers Pillow: a plan report never runs its code, a memo with the
    office's Garuda does, and the image is drawn all the same."""
    from PIL import Image

    from itadesk.demo import create_demo
    from itadesk.domain.settings import PrintSettings
    from itadesk.storage import operations as ops
    from itadesk.storage.database import open_db

    garuda = tmp_path / "garuda.png"
    Image.new("RGB", (120, 150), "black").save(garuda)
    db = tmp_path / "demo.db"
    with open_db(db, backups=False) as office:
        create_demo(office)
        ops.save_settings(office, PrintSettings(garuda_path=str(garuda)))
    res = run_fresh(f"""
        import json, sys
        from itadesk.cli import main
        main(["render", "plan", "--db", {str(db)!r}, "--out", "plan.pdf"])
        plan_loaded = "PIL.ImageMode" in sys.modules  # imported by PIL.Image's own code
        main(["render", "memo", "--db", {str(db)!r}, "--out", "memo.pdf"])
        print(json.dumps({{"plan": plan_loaded, "memo": "PIL.ImageMode" in sys.modules}}))
    """, tmp_path)
    assert res == {"plan": False, "memo": True}
    assert b"/Subtype /Image" in (tmp_path / "memo.pdf").read_bytes()
    assert b"/Subtype /Image" not in (tmp_path / "plan.pdf").read_bytes()
