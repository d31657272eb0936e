"""A wheel built where no lrelease was found carries the .ts files; the program then compiles
them once, at first start, into the user cache (issue 15), since site-packages may be
read-only."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def ts_only_install(tmp_path, monkeypatch):
    """An installed data folder (as the wheel's itadesk/_data) holding only the .ts files,
    in which nothing can be written (a system-wide site-packages)."""
    home = tmp_path / "_data"
    (home / "translations").mkdir(parents=True)
    shutil.copy2(ROOT / "translations" / "itadesk_en.ts", home / "translations")
    # root may write anywhere, so "not writable" is simulated: a folder stands where
    # lrelease would write the .qm beside the .ts
    (home / "translations" / "itadesk_en.qm").mkdir()
    monkeypatch.setenv("ITADESK_HOME", str(home))
    monkeypatch.setenv("ITADESK_DATA", str(tmp_path / "data"))
    from itadesk import paths

    paths.app_root.cache_clear()
    yield tmp_path
    paths.app_root.cache_clear()


def test_english_compiled_once_into_the_user_cache(ts_only_install, qapp):
    from itadesk.ui import i18n

    try:
        assert i18n.install_language("en")
        assert i18n.tr("เกี่ยวกับ itadesk") == "About itadesk"
        cached = ts_only_install / "data" / "cache" / "translations" / "itadesk_en.qm"
        assert cached.is_file() and cached.stat().st_size > 1000
        # the next start uses the compiled file without compiling again
        stamp = cached.stat().st_mtime_ns
        assert i18n._qm_file("en") == cached and cached.stat().st_mtime_ns == stamp
    finally:
        i18n.install_language("th")


def test_wheel_built_without_lrelease_ships_the_ts(tmp_path):
    import os
    import subprocess
    import sys
    import zipfile

    from test_wheel_install import _clean_env, _copy_sources

    tree = tmp_path / "source"
    tree.mkdir()
    _copy_sources(tree)
    script = ("import sys; from setuptools import build_meta as b; d = sys.argv[1]; "
              "print('BUILT', b.build_wheel(d))")
    proc = subprocess.run([sys.executable, "-c", script, str(tmp_path / "dist")], cwd=tree,
                          env=_clean_env(ITADESK_BUILD_WITHOUT_LRELEASE="1"),
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    name = [line for line in proc.stdout.splitlines() if line.startswith("BUILT ")][-1].split()[1]
    with zipfile.ZipFile(tmp_path / "dist" / name) as zf:
        names = set(zf.namelist())
    assert "itadesk/_data/translations/itadesk_en.ts" in names
    assert not any(n.endswith(".qm") for n in names)
    assert "itadesk/_data/fonts/Sarabun-Regular.ttf" in names
    assert os.environ.get("ITADESK_BUILD_WITHOUT_LRELEASE") is None
