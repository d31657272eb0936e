"""The packaging recipe and installer script say what the brief asks (fast checks; the
frozen build itself is tested by packaging/smoke_test.py, outside `make test`)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PKG = ROOT / "packaging"


def test_spec_is_python_and_one_folder_without_upx():
    text = (PKG / "itadesk.spec").read_text(encoding="utf-8")
    ast.parse(text)
    assert "COLLECT(" in text and "exclude_binaries=True" in text  # one-folder
    assert "upx=True" not in text and text.count("upx=False") >= 2
    for data in ('"fonts"', '"resources"', '"translations"', 'collect_data_files("pythainlp")',
                 'collect_data_files("docx")', 'collect_submodules("itadesk")'):
        assert data in text, data
    assert '"docx.parts": "pyz+py"' in text  # python-docx opens parts/../templates


def test_spec_keeps_the_data_the_program_reads():
    """The trimming filter of the recipe keeps pythainlp's word lists and th/en locales."""
    text = (PKG / "itadesk.spec").read_text(encoding="utf-8")
    src = text[text.index("UNUSED_PYTHAINLP"):text.index("a.datas = [")]
    ns: dict = {}
    exec(src, ns)  # noqa: S102 - our own recipe's pure function
    wanted = ns["wanted"]
    for keep in ("pythainlp/corpus/words_th.txt", "pythainlp/corpus/syllables_th.txt",
                 "pythainlp/corpus/tnc_freq.txt", "babel/locale-data/th.dat",
                 "babel/locale-data/en_US.dat", "babel/locale-data/root.dat",
                 "fonts/Sarabun-Regular.ttf", "docx/templates/default-header.xml"):
        assert wanted(keep), keep
    for drop in ("pythainlp/corpus/thai2rom_decoder.onnx", "pythainlp/corpus/wordnet_th.db",
                 "babel/locale-data/de.dat", "babel/locale-data/zh_Hant_TW.dat"):
        assert not wanted(drop), drop


def test_paths_find_data_under_meipass(monkeypatch, tmp_path):
    import sys

    from itadesk import paths

    monkeypatch.delenv("ITADESK_HOME", raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    paths.app_root.cache_clear()
    try:
        assert paths.fonts_dir() == tmp_path / "fonts"
        assert paths.frameworks_dir() == tmp_path / "resources" / "frameworks"
        assert paths.translations_dir() == tmp_path / "translations"
    finally:
        paths.app_root.cache_clear()


def _iss() -> str:
    raw = (PKG / "itadesk.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Inno Setup reads the Thai text
    return raw.decode("utf-8-sig")


def test_installer_start_menu_associations_and_runtime():
    iss = _iss()
    assert re.search(r"^\[Icons\]\s*\nName: \"\{group\}\\itadesk\"", iss, re.M)
    assert "OutputBaseFilename=itadesk-setup-" in iss
    # "Open with" for the office file (.itadesk.db is a .db to Explorer) and the package
    assert 'Subkey: "Software\\Classes\\.db\\OpenWithProgids"; ValueType: string; ' \
           'ValueName: "itadesk.OfficeData"' in iss
    assert 'Subkey: "Software\\Classes\\.zip\\OpenWithProgids"; ValueType: string; ' \
           'ValueName: "itadesk.Package"' in iss
    assert '--db ""%1""' in iss and "import --into" in iss
    # the default program of .db/.zip is never replaced
    assert not re.search(r'Subkey: "Software\\Classes\\\.(db|zip)"; ValueType', iss)
    assert "vc_redist.x64.exe" in iss and "NeedsVCRedist" in iss
    assert "Thai.isl" in iss


def test_uninstall_keeps_the_users_data():
    iss = _iss()
    sections = re.findall(r"^\[(\w+)\]", iss, re.M)
    assert "UninstallDelete" not in sections
    assert "{localappdata}" not in "".join(
        line for line in iss.splitlines() if line.startswith(("Type:", "Name:"))
        and "delete" in line.lower())
    # associations are removed on uninstall, files are not
    for line in iss.splitlines():
        if line.startswith("Root:") and "Flags:" in line:
            assert re.search(r"uninsdelete(key|value)", line), line


def test_smoke_script_covers_every_step():
    text = (PKG / "smoke_test.py").read_text(encoding="utf-8")
    ast.parse(text)
    for step in ('"demo"', '"render", "all"', '"--format", "docx"', "ITADESK_STARTUP_PROBE",
                 "QT_QPA_PLATFORM", "unshare", "folder_size", "build time"):
        assert step in text, step
    readme = (PKG / "README.md").read_text(encoding="utf-8")
    for topic in ("ISCC", "sign", "bootloader", "UPX", "one-file", "vc_redist",
                  "platform plugin", "OpenGL"):
        assert topic.lower() in readme.lower(), topic


def test_startup_probe_hook_exists_for_the_smoke_test():
    app = (ROOT / "src" / "itadesk" / "ui" / "app.py").read_text(encoding="utf-8")
    assert "ITADESK_STARTUP_PROBE" in app and "itadesk-ready" in app


def test_installer_associates_the_itadesk_extension():
    """A double-click on an .itadesk office file opens it in itadesk (issue 15)."""
    iss = _iss()
    assert 'Subkey: "Software\\Classes\\.itadesk"; ValueType: string; ValueName: ""; ' \
           'ValueData: "itadesk.OfficeData"; Flags: uninsdeletevalue' in iss
    assert 'Subkey: "Software\\Classes\\itadesk.OfficeData\\shell\\open\\command"' in iss
    assert 'ValueName: ".itadesk"' in iss  # SupportedTypes of the application
    assert re.search(r"^ChangesAssociations=yes", iss, re.M)


def test_spec_bundles_the_package_metadata_for_the_version():
    text = (PKG / "itadesk.spec").read_text(encoding="utf-8")
    assert 'copy_metadata("itadesk")' in text
