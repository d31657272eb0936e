"""Where the bundled data lives: in a checkout, an installed wheel and a frozen bundle.

The data folders `resources/` (frameworks, styles), `fonts/` and `translations/` are kept at
the top of the source tree (beside `src/`). They are found, in this order:

1. `ITADESK_HOME` (packaging smoke tests point it at a folder holding the three);
2. a frozen (PyInstaller) build: under `sys._MEIPASS` (packaging/itadesk.spec puts them there);
3. an installed wheel (pip, pipx): inside the package as `itadesk/_data/`, where the build
   hook in setup.py copies them (translations compiled to .qm), found with
   importlib.resources;
4. a checkout (run with PYTHONPATH=src or an editable install): the folders beside `src/`.

User data (the office file, imported frameworks, the log) lives in per-user folders from
platformdirs (`%LOCALAPPDATA%\\itadesk` on Windows); `ITADESK_DATA` overrides it (tests).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

BUNDLED = "_data"  # the package folder the build hook fills (see setup.py)


def _installed_root() -> Path | None:
    from importlib.resources import files

    try:
        root = files("itadesk") / BUNDLED
    except (ModuleNotFoundError, TypeError):
        return None
    # wheels are always installed unpacked, so the resource is a real folder
    return Path(str(root)) if root.is_dir() else None


@cache
def app_root() -> Path:
    env = os.environ.get("ITADESK_HOME")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    installed = _installed_root()
    if installed is not None:
        return installed
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return app_root() / "resources"


def frameworks_dir() -> Path:
    return resources_dir() / "frameworks"


def fonts_dir() -> Path:
    return app_root() / "fonts"


def translations_dir() -> Path:
    return app_root() / "translations"


def user_data_dir() -> Path:
    """Per-user data: the default office file, imported frameworks
    (`%LOCALAPPDATA%\\itadesk` on Windows: not roaming, an office file is no profile setting)."""
    import platformdirs

    return Path(os.environ.get("ITADESK_DATA")
                or platformdirs.user_data_dir("itadesk", appauthor=False, roaming=False))


def user_cache_dir() -> Path:
    """Rebuildable files (translations compiled at first run when a build had no lrelease)."""
    env = os.environ.get("ITADESK_DATA")
    if env:
        return Path(env) / "cache"
    import platformdirs

    return Path(platformdirs.user_cache_dir("itadesk", appauthor=False))


def user_frameworks_dir() -> Path:
    """Framework files the clerk imported for new years (they override bundled ones)."""
    return user_data_dir() / "frameworks"
