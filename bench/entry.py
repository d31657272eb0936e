"""How many user actions a clerk needs to enter a year's tables, against a spreadsheet.

Drives the real program offscreen (a MainWindow on a fresh office file, real mouse clicks
and key chords through QTest) through the fastest route a clerk has to enter:

- seed 004 (an action-plan report, D5): the summary table of its 20 projects, their detail
  (method, KPI, budget, period, unit) and their results (ผลการดำเนินงาน), and
- seed 000 (a measures report): its six tables of measures with their results — as this
  year's results (D3) and as next year's measures (D2),

with the tables as Word puts them on the clipboard (fixtures copied from the seeds under
tests/fixtures/; the program never reads ../shared). Copying in Word is the same on both
sides and not counted. Every click, key chord, paste and typed value counts as one action;
navigation (opening a document, choosing a page, closing a window) counts too.

The route (what `run_route` does, action by action):
  D5  click “กรอกข้อมูล” of D5 (1); click the page “โครงการ/กิจกรรม” (1); choose the
      round “12 เดือน” (click the list, Down, Enter: 3);
      summary: click “วางจาก Word/Excel…” (1), click OK in the preview (1);
      detail: click the first row's cell (1), Ctrl+V (1) — the table's headers put วิธีการ,
      ตัวชี้วัด, งบประมาณ, ระยะเวลา, หน่วยงาน into the 20 rows —, OK (1);
      results: click the page “ผลการดำเนินงานรายโครงการ” (1), click the first cell (1),
      Ctrl+V (the same table: ผลการดำเนินงาน) (1), OK (1); close the window (1)    = 15
  D3  click “กรอกข้อมูล” of D3 (1); the six tables copied at once: “วางจาก…” (1), OK (1);
      status: click the first status cell (1), type “ดำเนินการแล้ว” (1), Enter (1),
      Shift+click the last status cell (1), Ctrl+D (1); close (1)                 =  9
  D2  click “กรอกข้อมูล” of D2 (1); “วางจาก…” (1), OK (1); close (1)             =  4

EXCEL_ACTIONS — the same work in a spreadsheet, counted the same way (issue #12: "about 7
pastes and 2 fill-downs plus navigation"), the Word tables pasted as they are:
  open the D5 sheet (1); summary: click A1 (1), Ctrl+V (1)                         =  3
  detail with its results (one Word table): click the first cell beside the summary (1),
      Ctrl+V (1)                                                                   =  2
  two fill-downs (round status and unit): click, Shift+click, Ctrl+D (3 each)      =  6
  open the D2/D3 sheet (1); seed 000's six tables, each: click the cell below the
      previous one (1), Ctrl+V (1)                                                 = 13
                                                                          total   = 24
(The spreadsheet route sets no D3 status — seed 000 has no such column — and needs one
paste per Word table; the program takes the six tables in one paste, twice.)

    .venv/bin/python bench/entry.py [--quick]

Also printed: the time to refuse an exploding HTML clipboard (#17, target < 1 s). The last
line reads `actions=N seconds=S excel_actions=M` (target: actions ≤ 1.5 × excel_actions).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("ITADESK_DATA", tempfile.mkdtemp(prefix="itadesk-bench-data-"))

EXCEL_ACTIONS = 3 + 2 + 6 + 13
FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures"


class Clerk:
    """Real input events, each one counted."""

    def __init__(self, app):
        from PySide6.QtTest import QTest

        self.app, self.QTest = app, QTest
        self.actions = 0
        self.log: list[str] = []

    def _count(self, what: str) -> None:
        self.actions += 1
        self.log.append(what)

    def settle(self) -> None:
        for _ in range(3):
            self.app.processEvents()

    def click(self, widget, pos=None, mods=None, what: str = "click") -> None:
        from PySide6.QtCore import Qt

        self.QTest.mouseClick(widget, Qt.LeftButton, mods or Qt.NoModifier, pos) if pos is not None \
            else self.QTest.mouseClick(widget, Qt.LeftButton, mods or Qt.NoModifier)
        self._count(what)
        self.settle()

    def click_cell(self, table, row: int, col: int, mods=None, what: str = "click a cell") -> None:
        index = table.view_index(table.model.index(row, col))
        table.view.scrollTo(index)  # the wheel: not counted (a spreadsheet scrolls too)
        self.settle()
        self.click(table.view.viewport(), table.view.visualRect(index).center(), mods, what)
        if self.app.focusWidget() is None:  # offscreen, a click does not activate the window
            table.view.activateWindow()
            table.view.setFocus()
            self.settle()

    def page(self, wizard, number: int) -> None:
        item = wizard.sections.item(number)
        self.click(wizard.sections.viewport(), wizard.sections.visualItemRect(item).center(),
                   what=f"page {item.text()}")

    def chord(self, key, mods, what: str) -> None:
        self.QTest.keyClick(self.app.focusWidget(), key, mods)
        self._count(what)
        self.settle()

    def type(self, text: str) -> None:
        """One typed value (counted once, as in the spreadsheet)."""
        from PySide6.QtCore import Qt

        for ch in text:
            self.QTest.sendKeyEvent(self.QTest.KeyAction.Click, self.app.focusWidget(), Qt.Key_unknown, ch,
                                    Qt.NoModifier)
            self.app.processEvents()
        self._count(f"type {text}")
        self.settle()

    def ok(self, dialog) -> None:
        from PySide6.QtWidgets import QDialogButtonBox

        button = dialog.buttons.button(QDialogButtonBox.Ok)
        if not button.isEnabled():
            raise SystemExit("paste refused: " + " | ".join(dialog.error_messages))
        self.click(button, what="OK")


def copy_to_clipboard(html: str) -> None:
    """What Word's Ctrl+C leaves on the clipboard (not counted: the same on both sides)."""
    from PySide6.QtCore import QMimeData
    from PySide6.QtWidgets import QApplication

    mime = QMimeData()
    mime.setHtml(html)
    QApplication.clipboard().setMimeData(mime)


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def new_office(window, path: Path) -> None:
    """The office and its year, as the office wizard makes them (not part of the tables)."""
    assert window.new_file(str(path))
    form = window.wizards["office"].profile_form
    form.field("name").widget.setText("บางเตย")
    form.field("name").commit()
    form.field("code").widget.setText("6730801")
    form.field("code").commit()
    window.wizards["office"].close()
    window.start_next_year(2567)


def col(table, key: str) -> int:
    return [c.key for c in table.model.columns].index(key)


def run_route(app, window) -> Clerk:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox

    clerk = Clerk(app)
    # ---- D5: summary, detail, results of seed 004
    clerk.click(window.findChild(object, "edit_plan"), what="open D5")
    plan = window.wizards[f"plan:{window.session.year}"]
    clerk.page(plan, 1)
    # seed 004 reports the 12-month round: choose it (the paste dialog names the round)
    combo = plan.currentPage().findChild(QComboBox, "round")
    clerk.click(combo, what="open the round list")
    clerk.chord(Qt.Key_Down, Qt.NoModifier, "Down")
    clerk.chord(Qt.Key_Return, Qt.NoModifier, "Enter: รอบ 12 เดือน")
    assert plan.round == 12, plan.round
    copy_to_clipboard(fixture("seed004_summary.html"))
    items = plan.items_table
    clerk.click(items.paste_button, what="paste button")
    clerk.ok(items.last_paste_dialog)
    copy_to_clipboard(fixture("seed004_detail.html"))
    clerk.click_cell(items, 0, col(items, "method"))
    clerk.chord(Qt.Key_V, Qt.ControlModifier, "Ctrl+V")
    clerk.ok(items.last_paste_dialog)
    clerk.page(plan, 2)
    results = plan.results_table
    clerk.click_cell(results, 0, col(results, "result"))
    clerk.chord(Qt.Key_V, Qt.ControlModifier, "Ctrl+V")
    clerk.ok(results.last_paste_dialog)
    clerk.click(plan.button(plan.WizardButton.FinishButton), what="close D5")
    plan.close()
    # ---- D3: seed 000's tables as this year's results
    copy_to_clipboard(fixture("seed000_measures.html"))
    clerk.click(window.findChild(object, "edit_results"), what="open D3")
    d3 = window.wizards[f"results:{window.session.year}"]
    table = d3.table
    clerk.click(table.paste_button, what="paste button")
    clerk.ok(table.last_paste_dialog)
    status = col(table, "status")
    clerk.click_cell(table, 0, status)
    clerk.type("ดำเนินการแล้ว")
    clerk.chord(Qt.Key_Return, Qt.NoModifier, "Enter")
    clerk.click_cell(table, len(table.model.rows) - 1, status, Qt.ShiftModifier, "Shift+click")
    clerk.chord(Qt.Key_D, Qt.ControlModifier, "Ctrl+D")
    clerk.click(d3.button(d3.WizardButton.FinishButton), what="close D3")
    d3.close()
    # ---- D2: the same tables as next year's measures
    clerk.click(window.findChild(object, "edit_measures"), what="open D2")
    d2 = window.wizards[f"measures:{window.session.year}"]
    clerk.click(d2.table.paste_button, what="paste button")
    clerk.ok(d2.table.last_paste_dialog)
    clerk.click(d2.button(d2.WizardButton.FinishButton), what="close D2")
    d2.close()
    return clerk


def verify(session) -> None:
    """The route entered what the seeds hold (else the count means nothing)."""
    from itadesk.storage import queries

    office, year = session.office, session.year
    items = queries.load_plan_items(office, year)
    assert len(items) == 20, len(items)
    assert items[0].method.startswith("แต่งตั้งคณะกรรมการ") and items[19].unit == "สำนักงานปลัด อบต."
    assert {i.period for i in items} == {"ต.ค. ๖๖ - ก.ย. ๖๗"}
    results = queries.load_round_results(office, year)
    rnd = max(results)
    assert rnd == 12 and sum(1 for r in results[rnd].values() if r.status == "done") == 17
    assert all(r.result for r in results[rnd].values())
    d3 = queries.load_measures(office, year)
    assert len(d3) == 6 and all(m.status == "done" and m.summary and m.outcome for m in d3), d3
    d2 = queries.load_measures(office, year + 1)
    assert len(d2) == 6 and all(m.steps and m.period and m.units for m in d2)


def html_bomb_seconds() -> float:
    from itadesk.domain.paste import PasteTooLarge, parse_paste

    bombs = ["<table><tr>" + "<td rowspan=1000 colspan=1000>x</td>" * 400 + "</tr></table>",
             "<table><tr><td>" + "<span>" * 50_000 + "x</td></tr></table>",
             "<table>" + "<tr><td>a</td></tr>" * 20_000 + "</table>"]
    worst = 0.0
    for html in bombs:
        start = time.perf_counter()
        try:
            parse_paste(html=html)
        except PasteTooLarge:
            pass
        worst = max(worst, time.perf_counter() - start)
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="one run (the default is the best of three)")
    parser.add_argument("--verbose", action="store_true", help="list every action")
    args = parser.parse_args()
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

    from PySide6.QtWidgets import QApplication

    from itadesk.ui.app import setup_application
    from itadesk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(["itadesk-bench"])
    setup_application(app, language="th")
    runs = 1 if args.quick else 3
    best = None
    clerk = None
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="itadesk-entry-") as tmp:
            window = MainWindow()
            window.resize(1366, 728)
            window.show()
            new_office(window, Path(tmp) / "office.itadesk")
            app.processEvents()
            start = time.perf_counter()
            clerk = run_route(app, window)
            elapsed = time.perf_counter() - start
            verify(window.session)
            window.close()
            window.deleteLater()
            app.processEvents()
            best = elapsed if best is None else min(best, elapsed)
    if args.verbose:
        for n, what in enumerate(clerk.log, start=1):
            print(f"{n:3d} {what}")
    QApplication.clipboard().setText("")
    print(f"html_bomb_refusal_s={html_bomb_seconds():.3f}")
    print(f"ratio={clerk.actions / EXCEL_ACTIONS:.2f} (target <= 1.5)")
    print(f"actions={clerk.actions} seconds={best:.2f} excel_actions={EXCEL_ACTIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
