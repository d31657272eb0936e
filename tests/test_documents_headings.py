"""A group heading never ends a page alone (D2, D3, D4 of the demo office)."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from itadesk.cli import main

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("headings") / "d.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def _last_lines(pdf) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    out = []
    for page in text.split("\f"):
        lines = [ln.strip() for ln in page.splitlines() if ln.strip()]
        if lines:
            out.append(lines[-1])
    return out


@needs_poppler
@pytest.mark.parametrize("kind", ["measures", "results", "oit"])
def test_no_page_ends_with_a_group_heading(demo, tmp_path, kind):
    out = tmp_path / f"{kind}.pdf"
    assert main(["render", kind, "--db", str(demo), "--year", "2567", "--out", str(out)]) == 0
    lasts = _last_lines(out)
    assert len(lasts) > 1
    for line in lasts[:-1]:
        assert not line.startswith(("ตัวชี้วัดที่", "ประเด็นที่", "ตัวชี้วัดย่อย")), lasts
