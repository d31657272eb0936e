"""Where the bundled data lives, in a checkout and in a frozen (PyInstaller) build.

The top-level folders `resources/`, `fonts/` and `translations/` sit beside `src/` in a
checkout; a frozen build puts them under `sys._MEIPASS`. `ITADESK_HOME` overrides both
(used by packaging smoke tests).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def app_root() -> Path:
    env = os.environ.get("ITADESK_HOME")
    if env:
        return Path(env)
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
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
    """Per-user data: the default office file, imported frameworks."""
    import platformdirs

    return Path(os.environ.get("ITADESK_DATA") or platformdirs.user_data_dir("itadesk", appauthor=False))


def user_frameworks_dir() -> Path:
    """Framework files the clerk imported for new years (they override bundled ones)."""
    return user_data_dir() / "frameworks"
