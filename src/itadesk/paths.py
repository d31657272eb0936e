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
