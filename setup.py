"""Build hook: the wheel carries the data folders, mapped into the package.

`fonts/`, `resources/` and `translations/` stay at the top of the source tree (the design
card puts them there; the PyInstaller recipe and the checkout read them there). Building a
wheel copies them into the package as `itadesk/_data/` (found there by src/itadesk/paths.py
through importlib.resources) and compiles `translations/*.ts` to `.qm` with Qt's lrelease.

lrelease is looked for beside the building Python (pyside6-lrelease), on PATH, then inside
an importable PySide6. A build environment with none of them (an isolated `pip install .`
from the sdist on a machine without Qt tools) still makes a working wheel: it ships the
`.ts` files, and the program compiles them once at first start into the user cache with the
lrelease of its own PySide6 dependency (ui/i18n.py). Everything else is in pyproject.toml.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
# top-level folder -> which of its files the installed program reads
DATA = {
    "fonts": ("*.ttf", "*.txt"),
    "resources": ("**/*.yaml", "**/*.yml", "**/*.json", "**/*.txt", "**/*.md"),
    "translations": ("*.ts",),
}
TARGET = "_data"  # paths.BUNDLED


def find_lrelease() -> str | None:
    if os.environ.get("ITADESK_BUILD_WITHOUT_LRELEASE"):  # tests: a build env without Qt tools
        return None
    python = Path(sys.executable)
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if python.with_name(name).exists():
            return str(python.with_name(name))
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return found
    try:
        import PySide6
    except ImportError:
        return None
    for name in ("lrelease", "lrelease.exe"):
        exe = Path(PySide6.__file__).with_name(name)
        if exe.exists():
            return str(exe)
    return None


class build_py_with_data(build_py):  # noqa: N801 — setuptools command naming
    def run(self):
        super().run()
        if self.editable_mode:
            return  # an editable install reads the checkout's folders (paths.py)
        dest = Path(self.build_lib) / "itadesk" / TARGET
        if dest.exists():
            shutil.rmtree(dest)
        for folder, patterns in DATA.items():
            for pattern in patterns:
                for src in sorted((ROOT / folder).glob(pattern)):
                    if src.is_file() and "__pycache__" not in src.parts:
                        out = dest / src.relative_to(ROOT)
                        out.parent.mkdir(parents=True, exist_ok=True)
                        shutil.copy2(src, out)
        self.compile_translations(dest / "translations")

    def compile_translations(self, folder: Path) -> None:
        sources = sorted(folder.glob("*.ts"))
        exe = find_lrelease()
        if not exe:
            self.announce("itadesk: no lrelease here; the .ts files are shipped and compiled "
                          "at first start", level=3)
            return
        for ts in sources:
            subprocess.run([exe, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
                           check=True, timeout=120)
            ts.unlink()  # the .qm is what the program loads; a .ts beside it would be recompiled


setup(cmdclass={"build_py": build_py_with_data})
