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
import os
from pathlib import Path

LOGGER = "itadesk"
LOG_NAME = "itadesk.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s [%(role)s %(process)d %(threadName)s] %(name)s: %(message)s"


def log_dir() -> Path:
    env = os.environ.get("ITADESK_DATA")
    if env:
        return Path(env) / "logs"
    import platformdirs

    return Path(platformdirs.user_log_dir("itadesk", appauthor=False))


def log_file() -> Path:
    return log_dir() / LOG_NAME


def _rotating(path: Path) -> logging.Handler:
    import logging.handlers  # socket, pickle, queue…: ~10 ms, paid at the first record only

    class Rotating(logging.handlers.RotatingFileHandler):
        """Rotation that never fails the program: on Windows the file cannot be renamed
        while another itadesk (a second window, a console command) has it open — then keep
        writing to the same file and try again at the next record."""

        def doRollover(self):  # noqa: N802 — logging's name
            try:
                super().doRollover()
            except OSError:
                if self.stream is None:
                    self.stream = self._open()

    path.parent.mkdir(parents=True, exist_ok=True)
    return Rotating(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8", delay=True)


class _Role(logging.Filter):
    def __init__(self, role: str):
        super().__init__()
        self.role = role

    def filter(self, record):
        record.role = self.role
        return True


class _LazyFile(logging.Handler):
    """The log file, opened (and its folder made) when the first record arrives, so that a
    start that logs nothing costs nothing. A folder that cannot be written disables it: the
    program goes on without a log."""

    def __init__(self, path: Path):
        super().__init__(logging.INFO)
        self.path = path
        self.target: logging.Handler | None = None
        self.broken = False
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record):
        if self.broken:
            return
        if self.target is None:
            try:
                self.target = _rotating(self.path)
            except OSError:
                self.broken = True
                return
            self.target.setFormatter(self.formatter)
        self.target.emit(record)

    def flush(self):
        if self.target is not None:
            self.target.flush()

    def close(self):
        if self.target is not None:
            self.target.close()
        super().close()


def setup(role: str = "cli") -> Path:
    """Attach the log file to the "itadesk" logger (once per folder); returns its path.
    `role` ("gui", "cli render", …) names the process in its records."""
    logger = logging.getLogger(LOGGER)
    path = log_file()
    for h in list(logger.handlers):
        if isinstance(h, _LazyFile):
            if h.path == path:
                return path
            logger.removeHandler(h)  # ITADESK_DATA changed (tests): follow it
            h.close()
    handler = _LazyFile(path)
    handler.addFilter(_Role(role))
    logger.addHandler(handler)
    if logger.level == logging.NOTSET or logger.level > logging.INFO:
        logger.setLevel(logging.INFO)
    # no "started" line: a start that logs nothing must not open the file (startup time)
    return path


def version() -> str:
    from .version import version as read

    return read()


def get(name: str) -> logging.Logger:
    """The logger of module `name` (under "itadesk" even for `__main__`)."""
    return logging.getLogger(name if name.startswith(LOGGER) else f"{LOGGER}.{name}")


__all__ = ["setup", "log_dir", "log_file", "get"]
