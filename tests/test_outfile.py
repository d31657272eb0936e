"""Every output is written through storage.outfile: an exclusive, unpredictable temporary file
in the destination folder, fsynced, then renamed. A planted `<name>.part` link is never
followed; a destination that cannot be written (read-only folder, file open in a reader,
disk full) gets a message naming the path, exit code 2, the old file intact and no
temporary file left behind (issue 17 "Writing files", issue 15 "Bad input")."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from itadesk.cli import main
from itadesk.demo import DEMO_YEAR, create_demo
from itadesk.storage import outfile
from itadesk.storage.database import open_db

OLD = b"%PDF-1.4 the previous file, which must survive\n"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    d = tmp_path_factory.mktemp("outfile-demo")
    path = d / "office.itadesk"
    with open_db(path) as office:
        create_demo(office)
    return path


@pytest.fixture(scope="module")
def package(demo, tmp_path_factory):
    out = tmp_path_factory.mktemp("pkg") / "p.ita.zip"
    assert main(["export", "--db", str(demo), "--year", str(DEMO_YEAR), "--out", str(out)]) == 0
    return out


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith((".tmp", ".part")))


# ------------------------------------------------------------------ the module itself

def test_write_bytes_replaces_whole_and_leaves_nothing(tmp_path):
    target = tmp_path / "sub" / "ชื่อไทย.pdf"
    assert outfile.write_bytes(target, b"one") == target
    outfile.write_bytes(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["ชื่อไทย.pdf"]
    # an ordinary document, not mkstemp's private 0600
    assert stat.S_IMODE(target.stat().st_mode) & 0o044 == 0o044


def test_temporary_names_are_unpredictable_and_exclusive(tmp_path, monkeypatch):
    seen = []
    real = outfile.tempfile.mkstemp

    def spy(**kw):
        fd, name = real(**kw)
        seen.append(os.path.basename(name))
        return fd, name

    monkeypatch.setattr(outfile.tempfile, "mkstemp", spy)
    for _ in range(3):
        outfile.write_bytes(tmp_path / "plan.pdf", b"x")
    assert len(set(seen)) == 3 and all(n != "plan.pdf.part" for n in seen)


def test_long_thai_name_fits_the_name_limit(tmp_path):
    name = "ก" * 80 + ".pdf"  # 80 Thai letters = 240 bytes: a temp name of name+suffix would not fit
    outfile.write_bytes(tmp_path / name, b"x")
    assert (tmp_path / name).read_bytes() == b"x"


# ------------------------------------------------------------------ planted links

@pytest.mark.parametrize("fmt", ["pdf", "docx"])
def test_planted_part_link_to_the_office_file_is_not_followed(demo, tmp_path, fmt):
    before = demo.read_bytes()
    out = tmp_path / f"plan.{fmt}"
    link = tmp_path / f"plan.{fmt}.part"
    link.symlink_to(demo)
    assert main(["render", "plan", "--db", str(demo), "--year", str(DEMO_YEAR),
                 "--format", fmt, "--out", str(out)]) == 0
    assert demo.read_bytes() == before
    assert link.is_symlink() and os.readlink(link) == str(demo)
    assert out.stat().st_size > 1000 and not out.is_symlink()


def test_planted_link_for_export_and_summary(demo, package, tmp_path):
    before = demo.read_bytes()
    pkg = tmp_path / "out.ita.zip"
    (tmp_path / "out.ita.zip.part").symlink_to(demo)
    assert main(["export", "--db", str(demo), "--year", str(DEMO_YEAR), "--out", str(pkg)]) == 0
    assert demo.read_bytes() == before and pkg.read_bytes()[:2] == b"PK"

    agg = tmp_path / "agg.itadesk"
    assert main(["import", "--into", str(agg), str(package)]) == 0
    agg_before = agg.read_bytes()
    summary = tmp_path / "summary.pdf"
    (tmp_path / "summary.pdf.part").symlink_to(agg)
    assert main(["aggregate", "--db", str(agg), "--year", str(DEMO_YEAR),
                 "--out", str(summary)]) == 0
    assert agg.read_bytes() == agg_before
    assert summary.read_bytes()[:5] == b"%PDF-"


def test_planted_link_for_typeset_proof(demo, tmp_path):
    before = demo.read_bytes()
    text = tmp_path / "t.txt"
    text.write_text("ทดสอบการตัดคำภาษาไทย", encoding="utf-8")
    (tmp_path / "proof.pdf.part").symlink_to(demo)
    assert main(["typeset", "--text", str(text), "--out", str(tmp_path / "proof.pdf")]) == 0
    assert demo.read_bytes() == before


# ------------------------------------------------------------------ bad destinations

def _render_plan(demo, out, capsys):
    code = main(["render", "plan", "--db", str(demo), "--year", str(DEMO_YEAR), "--out", str(out)])
    return code, capsys.readouterr().err


def test_pdf_open_in_a_reader_on_windows(demo, tmp_path, monkeypatch, capsys):
    """Windows refuses to replace a file Acrobat or Word holds open: PermissionError
    (WinError 32) from os.replace. Simulated here."""
    out = tmp_path / "แผนปฏิบัติการ.pdf"
    out.write_bytes(OLD)
    real = os.replace

    def refuse(src, dst):
        if os.fspath(dst) == str(out):
            err = PermissionError(errno.EACCES, "The process cannot access the file because it "
                                  "is being used by another process", str(dst))
            err.winerror = 32
            raise err
        return real(src, dst)

    monkeypatch.setattr(outfile.os, "replace", refuse)
    code, err = _render_plan(demo, out, capsys)
    assert code == 2
    assert str(out) in err and "เปิดอยู่ในโปรแกรมอื่น" in err and "Traceback" not in err
    assert out.read_bytes() == OLD
    assert leftovers(tmp_path) == []


def test_pdf_open_in_a_reader_english(demo, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("ITADESK_LANG", "en")
    out = tmp_path / "plan.pdf"
    out.write_bytes(OLD)
    monkeypatch.setattr(outfile.os, "replace",
                        lambda s, d: (_ for _ in ()).throw(PermissionError(13, "denied")))
    code, err = _render_plan(demo, out, capsys)
    assert code == 2 and str(out) in err and "open in another program" in err
    assert out.read_bytes() == OLD and leftovers(tmp_path) == []


class _FullDisk:
    """A file object that takes some bytes, then fails as a full disk does."""

    def __init__(self, fh, room):
        self.fh, self.room = fh, room

    def write(self, data):
        if len(data) > self.room:
            self.fh.write(data[: self.room])
            raise OSError(errno.ENOSPC, "No space left on device")
        self.room -= len(data)
        return self.fh.write(data)

    def __getattr__(self, name):
        return getattr(self.fh, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()


@pytest.mark.parametrize("command", ["render", "export"])
def test_disk_full_while_writing(demo, tmp_path, monkeypatch, capsys, command):
    out = tmp_path / ("plan.pdf" if command == "render" else "p.ita.zip")
    out.write_bytes(OLD)
    real = os.fdopen

    def fdopen(fd, mode):  # the disk of the destination is full (export's work folder is not)
        fh = real(fd, mode)
        here = os.path.dirname(os.readlink(f"/proc/self/fd/{fd}")) == str(tmp_path)
        return _FullDisk(fh, 100) if here else fh

    monkeypatch.setattr(outfile.os, "fdopen", fdopen)
    if command == "render":
        code, err = _render_plan(demo, out, capsys)
    else:
        code = main(["export", "--db", str(demo), "--year", str(DEMO_YEAR), "--out", str(out)])
        err = capsys.readouterr().err
    assert code == 2
    assert str(out) in err and "พื้นที่ดิสก์เต็ม" in err and "Traceback" not in err
    assert out.read_bytes() == OLD
    assert leftovers(tmp_path) == []


@pytest.mark.parametrize("errno_code", [errno.EACCES, errno.EROFS])
def test_read_only_folder(demo, tmp_path, monkeypatch, capsys, errno_code):
    """A write-protected folder (simulated: the tests run as root here, where chmod does not
    protect anything)."""
    out = tmp_path / "plan.pdf"
    out.write_bytes(OLD)

    def refuse(**kw):
        raise (PermissionError if errno_code == errno.EACCES else OSError)(
            errno_code, os.strerror(errno_code), kw.get("dir"))

    monkeypatch.setattr(outfile.tempfile, "mkstemp", refuse)
    code, err = _render_plan(demo, out, capsys)
    assert code == 2 and str(out) in err and "เขียนไม่ได้" in err
    assert out.read_bytes() == OLD


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_for_real(demo, tmp_path, capsys):
    folder = tmp_path / "ro"
    folder.mkdir()
    (folder / "plan.pdf").write_bytes(OLD)
    folder.chmod(0o555)
    try:
        code, err = _render_plan(demo, folder / "plan.pdf", capsys)
    finally:
        folder.chmod(0o755)
    assert code == 2 and "plan.pdf" in err
    assert (folder / "plan.pdf").read_bytes() == OLD


def test_interrupted_write_leaves_no_temp(tmp_path):
    target = tmp_path / "x.pdf"
    target.write_bytes(OLD)

    def boom(fh):
        fh.write(b"half")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        outfile.write_with(target, boom)
    assert target.read_bytes() == OLD and leftovers(tmp_path) == []


@pytest.mark.gui
def test_preview_save_pdf_does_not_follow_a_planted_link(window, qapp, tmp_path):
    from test_ui_support import demo_window, wait_until

    office = tmp_path / "demo.itadesk"
    demo_window(window, office)
    preview = window.open_preview("plan")
    assert wait_until(qapp, lambda: preview.pdf_path is not None or preview.error is not None)
    before = office.read_bytes()
    # the old copyfile wrote through a link at the destination itself (into the office file)
    (tmp_path / "แผน.pdf").symlink_to(office)
    assert preview.save_pdf(str(tmp_path / "แผน.pdf"))
    assert office.read_bytes() == before
    saved = tmp_path / "แผน.pdf"
    assert not saved.is_symlink() and saved.read_bytes()[:5] == b"%PDF-"
    assert leftovers(tmp_path) == []
    preview.close()


pytest_plugins = ("test_ui_support",)
