"""The program's one version number, from the package metadata.

`pyproject.toml` is the only place it is written. An installed wheel (pip, pipx) and the
frozen bundle (PyInstaller copies the metadata) read it with importlib.metadata; a checkout
run with PYTHONPATH=src reads the checkout's own pyproject.toml, so a stale editable install
of another version never shows through. Shown by `itadesk --version`, Help ▸ About, the
lock file and the export manifest.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

UNKNOWN = "0+unknown"


def _checkout_version() -> str | None:
    if getattr(sys, "frozen", False):
        return None
    here = Path(__file__).resolve().parent          # …/src/itadesk
    pyproject = here.parents[1] / "pyproject.toml"
    if here.parent.name != "src" or not pyproject.is_file():
        return None
    import tomllib

    try:
        with open(pyproject, "rb") as fh:
            project = tomllib.load(fh).get("project", {})
    except (OSError, tomllib.TOMLDecodeError):
        return None
    return project.get("version") if project.get("name") == "itadesk" else None


@cache
def version() -> str:
    found = _checkout_version()
    if found:
        return found
    from importlib import metadata

    try:
        return metadata.version("itadesk")
    except metadata.PackageNotFoundError:
        return UNKNOWN


__all__ = ["version", "UNKNOWN"]
