"""The district/province window: import with progress and Cancel, refusals listed, replace
after confirmation, table, charts and the printed summary (offscreen)."""

from __future__ import annotations

import random
import time

import pytest

pytest.importorskip("PySide6")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from itadesk.domain.framework import framework_for  # noqa: E402
from itadesk.exchange import synthetic  # noqa: E402
from itadesk.storage.aggregation import count_packages  # noqa: E402

FW = framework_for(2567)


def wait_until(qapp, predicate, timeout: float = 60.0) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        qapp.processEvents()
        if predicate():
            return True
        time.sleep(0.01)
    return False


@pytest.fixture
def packages(tmp_path):
    rng = random.Random(2)
    files = []
    for code, prov, dist, tam in synthetic.country(18, provinces=2):
        f = tmp_path / f"{code}-2567.ita.zip"
        f.write_bytes(synthetic.synthetic_package(FW, rng, code, prov, dist, tam))
        files.append(f)
    return files


@pytest.fixture
def win(qapp, qtbot, tmp_path):
    from itadesk.ui.aggregation_window import AggregationWindow

    w = AggregationWindow(db_path=tmp_path / "district.db")
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _reexported(pkg: bytes) -> bytes:
    """The same office-year exported a day later."""
    import io
    import json
    import zipfile
    from datetime import datetime, timedelta

    from itadesk.exchange.package import DATA, PDF_KINDS, assemble_package, pdf_member

    with zipfile.ZipFile(io.BytesIO(pkg)) as zf:
        man = json.loads(zf.read("manifest.json"))
        data = zf.read(DATA)
        pdfs = {k: zf.read(pdf_member(k)) for k in PDF_KINDS}
    when = datetime.fromisoformat(man["created_at"]) + timedelta(days=1)
    return assemble_package(data, man["office_code"], man["office_name"], man["fiscal_year"],
                            pdfs, created_at=when)


def _import(qapp, win, files, replace=False):
    reports = []
    win.imported.connect(reports.append)
    win.start_import(files, replace=replace)
    assert wait_until(qapp, lambda: reports and win.job is None)
    win.imported.disconnect(reports.append)
    return reports[0]


def test_import_shows_table_summary_and_charts(qapp, win, packages, tmp_path):
    bad = tmp_path / "bad.ita.zip"
    bad.write_bytes(b"not a zip at all")
    report = _import(qapp, win, [*packages, bad])
    assert report.imported == 18 and report.refused == 1
    assert win.refusal_box.isVisible()
    assert "bad.ita.zip" in win.refusal_box.detailedText()
    assert win.model.rowCount() == 18
    assert win.model.columnCount() == 7 + 10
    s = win.summary
    assert str(s.passed) in win.headline.text() and "18" in win.headline.text()
    assert win.levels.count() == len(FW.levels)
    assert win.oit.count() == len(s.oit_weak)
    assert f"{s.plan.items}" in win.plan.text()
    assert [b[0] for b in win.indicator_chart.bars] == [str(n) for n in range(1, 11)]
    assert sum(v for _, v in win.histogram.bars) == s.scored
    shot = tmp_path / "aggregation.png"
    assert win.grab().save(str(shot))
    assert win.indicator_chart.grab().save(str(tmp_path / "chart.png"))


def test_area_filters(qapp, win, packages):
    _import(qapp, win, packages)
    win.set_area(2567, "ทดสอบ02")
    assert win.model.rowCount() == 9
    assert {r["province"] for r in win.model.rows} == {"ทดสอบ02"}
    win.set_area(2567, "ทดสอบ01", "อำเภอที่01")
    assert win.model.rowCount() == 9 and win.summary.district == "อำเภอที่01"


def test_reimport_asks_before_replacing(qapp, win, packages, monkeypatch, tmp_path):
    _import(qapp, win, packages[:3])
    same = _import(qapp, win, packages[:3])  # the very same files: nothing to ask
    assert [o.status for o in same.outcomes] == ["unchanged"] * 3
    # the offices export again later: newer packages of the same office-years
    (tmp_path / "later").mkdir()
    later = []
    for f in packages[:3]:
        g = tmp_path / "later" / f.name
        g.write_bytes(_reexported(f.read_bytes()))
        later.append(g)
    packages = later
    asked = []

    def answer(box):
        asked.append(box.detailedText())
        return QMessageBox.No

    monkeypatch.setattr(win, "confirm", answer)
    report = _import(qapp, win, packages[:3])
    assert report.imported == 0 and asked and packages[0].name in asked[0]
    with_yes = []
    monkeypatch.setattr(win, "confirm", lambda box: with_yes.append(1) or QMessageBox.Yes)
    win.imported.connect(with_yes.append)
    win.start_import(packages[:3])
    assert wait_until(qapp, lambda: len(with_yes) >= 3 and win.job is None)
    assert [o.status for o in with_yes[-1].outcomes] == ["replaced"] * 3
    assert count_packages(win.agg) == 3


def test_cancel_keeps_what_was_imported(qapp, win, packages):
    from itadesk.exchange import importer

    calls = {"n": 0}
    real = importer.check_file

    def slow_check(path, fw_for):
        calls["n"] += 1
        if calls["n"] == 3:
            win.cancel_import()  # as if Cancel were clicked while the third file is checked
        return real(path, fw_for)

    importer.check_file = slow_check
    try:
        report = _import(qapp, win, packages)
    finally:
        importer.check_file = real
    assert report.cancelled
    assert report.imported == 3
    assert count_packages(win.agg) == 3
    assert "ยกเลิก" in win.status.text()


def test_print_summary(qapp, win, packages, tmp_path):
    _import(qapp, win, packages[:5])
    out = win.print_to(tmp_path / "summary.pdf")
    assert out is not None and out.read_bytes().startswith(b"%PDF-")


def test_office_file_is_refused(qapp, qtbot, tmp_path):
    from itadesk.storage.database import open_db
    from itadesk.ui.aggregation_window import AggregationWindow

    with open_db(tmp_path / "office.db"):
        pass
    w = AggregationWindow()
    qtbot.addWidget(w)
    assert not w.open_db(tmp_path / "office.db")
    assert "หน่วยงาน" in w.error_box.text()
    assert not w.act_import.isEnabled()
    w.close()


def test_an_import_waits_for_another_run_and_can_be_cancelled(qapp, win, packages, monkeypatch):
    from itadesk.storage.lock import FileLock

    monkeypatch.setenv("ITADESK_LANG", "en")
    held = FileLock(str(win.db_path) + ".import").acquire()  # another import into the file
    try:
        reports = []
        win.imported.connect(reports.append)
        win.start_import(packages[:2])
        assert wait_until(qapp, lambda: "Waiting for that import to finish" in win.status.text()
                          or "กำลังรอให้การนำเข้านั้นเสร็จ" in win.status.text(), timeout=30)
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QPushButton

        button = win.progress.findChild(QPushButton)  # the user does not want to wait
        QTest.mouseClick(button, Qt.LeftButton)
        assert wait_until(qapp, lambda: reports and win.job is None, timeout=30)
    finally:
        held.release()
    (report,) = reports
    assert [o.reason for o in report.outcomes] == ["busy", "busy"]
    assert count_packages(win.agg) == 0
