"""The wheel, as a new user gets it (issue 15): built from a copy of the sources, installed
non-editable into a fresh virtualenv outside the checkout, and run there: `--version`,
`demo`, `render all` (six PDFs), `export`, `import` and the GUI start probe (offscreen).

To stay fast and offline, the fresh virtualenv gets only itadesk from the wheel (pip
--no-deps --no-index); the heavy dependencies (PySide6, ReportLab, …) are reached through a
.pth line naming this test run's site-packages. A line in a .pth is not itself a site
folder, so the editable install of the checkout found there is never activated; the test
checks that every module and data file comes from the new virtualenv.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
KINDS = ("analysis", "measures", "results", "oit", "plan", "memo")
SOURCES = ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "src", "fonts",
           "resources", "translations")
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _copy_sources(dest: Path) -> None:
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", "*.egg-info")
    for name in SOURCES:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=ignore)
        else:
            shutil.copy2(src, dest / name)


def _clean_env(**extra) -> dict:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "ITADESK_HOME", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(extra)
    return env


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("wheel")
    tree = tmp / "source"
    tree.mkdir()
    _copy_sources(tree)
    dist = tmp / "dist"
    script = ("import sys; from setuptools import build_meta as b; "
              "d = sys.argv[1]; s = b.build_sdist(d); w = b.build_wheel(d); print('BUILT', s, w)")
    proc = subprocess.run([sys.executable, "-c", script, str(dist)], cwd=tree,
                          env=_clean_env(), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    built_line = [line for line in proc.stdout.splitlines() if line.startswith("BUILT ")][-1]
    sdist, wheel = (dist / name for name in built_line.split()[1:])
    return tmp, sdist, wheel


@pytest.fixture(scope="module")
def venv(built):
    tmp, _sdist, wheel = built
    env_dir = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(env_dir)], check=True,
                   timeout=120, env=_clean_env())
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / ("python.exe" if sys.platform == "win32" else "python")
    proc = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install",
                           "--quiet", "--no-deps", "--no-index", "--disable-pip-version-check",
                           str(wheel)], capture_output=True, text=True, timeout=300,
                          env=_clean_env())
    assert proc.returncode == 0, proc.stderr[-4000:]
    site = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               capture_output=True, text=True, check=True, env=_clean_env()).stdout.strip())
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_itadesk_test_deps.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    work = tmp / "work"   # the programs run here: outside the checkout
    work.mkdir()
    return {"python": python, "itadesk": bindir / "itadesk", "site": site, "work": work,
            "env": _clean_env(ITADESK_DATA=str(tmp / "data"), HOME=str(tmp / "home"),
                              QT_QPA_PLATFORM="offscreen", PYTHAINLP_READ_ONLY="1",
                              PYTHONPYCACHEPREFIX=str(tmp / "pycache"))}


def run(v, *args, timeout=180, **env):
    proc = subprocess.run([str(v["itadesk"]), *args], cwd=v["work"], capture_output=True,
                          text=True, timeout=timeout, env={**v["env"], **env})
    assert proc.returncode == 0, (args, proc.stdout[-2000:], proc.stderr[-4000:])
    return proc.stdout


def test_the_wheel_and_sdist_carry_the_data(built):
    _tmp, sdist, wheel = built
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    for need in ("itadesk/_data/fonts/Sarabun-Regular.ttf", "itadesk/_data/fonts/Sarabun-Bold.ttf",
                 "itadesk/_data/fonts/OFL.txt", "itadesk/_data/resources/frameworks/ita-2567.yaml",
                 "itadesk/_data/resources/styles/house.yaml",
                 "itadesk/_data/translations/itadesk_en.qm", "itadesk/py.typed"):
        assert need in names, need
    with tarfile.open(sdist) as tf:
        members = {m.name.split("/", 1)[1] for m in tf.getmembers() if "/" in m.name}
    for need in ("setup.py", "fonts/Sarabun-Regular.ttf", "resources/frameworks/ita-2567.yaml",
                 "resources/styles/house.yaml", "translations/itadesk_en.ts",
                 "src/itadesk/paths.py"):
        assert need in members, need


def test_installed_program_runs_outside_the_checkout(venv, tmp_path):
    v = venv
    assert run(v, "--version").strip() == f"itadesk {VERSION}"

    # every module and data file comes from the new virtualenv, not the checkout
    probe = ("import itadesk, itadesk.paths as p, itadesk.reports.fonts; "
             "print(itadesk.__file__); print(p.fonts_dir()); print(p.frameworks_dir()); "
             "print(p.translations_dir()); print(itadesk.__version__)")
    lines = subprocess.run([str(v["python"]), "-c", probe], cwd=v["work"], capture_output=True,
                           text=True, check=True, env=v["env"]).stdout.split("\n")
    for line in lines[:4]:
        assert Path(line).is_relative_to(v["site"]) and not Path(line).is_relative_to(ROOT), line
    assert (Path(lines[3]) / "itadesk_en.qm").exists() and lines[4] == VERSION

    db = tmp_path / "อบต ตัวอย่าง.itadesk"
    run(v, "demo", "--db", str(db))
    out = tmp_path / "pdf"
    run(v, "render", "all", "--db", str(db), "--year", "2567", "--out", str(out))
    pdfs = sorted(p.name for p in out.glob("*.pdf"))
    assert pdfs == sorted(f"{k}.pdf" for k in KINDS)
    for p in out.glob("*.pdf"):
        body = p.read_bytes()
        assert body[:5] == b"%PDF-" and b"Sarabun" in body  # the bundled Thai font is embedded

    run(v, "export", "--db", str(db), "--year", "2567", "--out", str(tmp_path / "send") + os.sep)
    packages = list((tmp_path / "send").glob("*.ita.zip"))
    assert len(packages) == 1
    with zipfile.ZipFile(packages[0]) as zf:
        assert json.loads(zf.read("manifest.json"))["program_version"] == VERSION
    said = run(v, "import", "--into", str(tmp_path / "district.itadesk"), str(packages[0]))
    assert packages[0].name in said

    ready = run(v, "--db", str(db), ITADESK_STARTUP_PROBE="1")
    assert "itadesk-ready" in ready
