"""LibreOffice (headless) opens every DOCX and converts it to PDF without error: the text
reads back, landscape documents come out on landscape pages. Slow (~20 s); skipped when
soffice or pdftotext is not installed (`apt-get install -y libreoffice-writer poppler-utils`)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from itadesk.reports.docx import KINDS, render_docx

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                       reason="needs LibreOffice (soffice) and poppler-utils"),
]


def test_libreoffice_converts_every_docx(tmp_path):
    from itadesk.demo import DEMO_YEAR, create_demo
    from itadesk.storage.database import open_db
    from itadesk.storage.queries import load_year

    with open_db(tmp_path / "demo.itadesk.db") as office:
        create_demo(office)
        data = load_year(office, DEMO_YEAR)
    src = tmp_path / "docx"
    for kind in KINDS:
        render_docx(data, kind, src / f"{kind}.docx")
    out = tmp_path / "pdf"
    profile = tmp_path / "lo-profile"  # a private profile: no clash with a running soffice
    proc = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to",
         "pdf", "--outdir", str(out), *[str(src / f"{k}.docx") for k in KINDS]],
        capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    for kind in KINDS:
        pdf = out / f"{kind}.pdf"
        assert pdf.exists(), f"{kind}: {proc.stdout} {proc.stderr}"
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        assert pages >= 1
        text = re.sub(r"\s+", "", subprocess.run(["pdftotext", str(pdf), "-"],
                                                 capture_output=True, text=True).stdout)
        assert re.sub(r"\s+", "", data.office.full_name) in text, kind
        w, h = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups())
        assert (w > h) == (kind in ("measures", "results", "oit")), kind
    # the plan's landscape tables: some page of it is wide
    sizes = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(out / "plan.pdf")],
                           capture_output=True, text=True).stdout
    assert any(float(a) > float(b) for a, b in
               re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", sizes))
