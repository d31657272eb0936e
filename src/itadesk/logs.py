"""The program's log: a rotating UTF-8 file in the user's log folder.

Offices have no console, so what the program cannot show goes here: unexpected exceptions
(the GUI's crash box, the command line), failed background jobs, and the silent fallbacks
(a translation that could not be compiled, a word-index cache that could not be written).
Help ▸ "Log file" shows the folder.

Where: `%LOCALAPPDATA%\\itadesk\\Logs` on Windows, `~/.local/state/itadesk/log` on Linux
(platformdirs' user_log_dir); `$ITADESK_DATA/logs` when ITADESK_DATA is set (tests, portable
use). Three files of at most 1 MB each are kept. Every module logs through
`logging.getLogger(__name__)` (children of the "itadesk" logger); `setup()` attaches the file.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
from pathlib import Path

LOGGER = "itadesk"
LOG_NAME = "itadesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s [%(process)d %(threadName)s] %(name)s: %(message)s"


def log_dir() -> Path:
    env = os.environ.get("ITADESK_DATA")
    if env:
        return Path(env) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir("itadesk", appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


class _Handler(logging.handlers.RotatingFileHandler):
    """Rotation that never fails the program: on Windows the file cannot be renamed while
    another itadesk (a second window, a console command) has it open — then keep writing
    to the same file and try again at the next record."""

    def doRollover(self):  # noqa: N802 — logging's name
        try:
            super().doRollover()
        except OSError:
            if self.stream is None:
                self.stream = self._open()


def _ours(handler: logging.Handler) -> bool:
    return getattr(handler, "_itadesk", False)


def setup(role: str = "cli") -> Path | None:
    """Attach the log file to the "itadesk" logger (once per folder); returns its path, or
    None when the folder cannot be written (then nothing is logged — the program goes on)."""
    logger = logging.getLogger(LOGGER)
    path = log_file()
    for h in list(logger.handlers):
        if _ours(h):
            if Path(h.baseFilename) == path.resolve():
                return path
            logger.removeHandler(h)  # ITADESK_DATA changed (tests): follow it
            h.close()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = _Handler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8",
                           delay=True)
    except OSError:
        return None
    handler._itadesk = True
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    from . import __version__

    logger.info("itadesk %s started (%s)", __version__, role)
    return path


def get(name: str) -> logging.Logger:
    """The logger of module `name` (under "itadesk" even for `__main__`)."""
    return logging.getLogger(name if name.startswith(LOGGER) else f"{LOGGER}.{name}")


__all__ = ["setup", "log_dir", "log_file", "get"]
