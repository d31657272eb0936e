"""Write an output file (PDF, DOCX, package, summary, framework) whole or not at all, safely.

Every file itadesk produces goes through `write_bytes` (or `write_with`):

1. a temporary file is created in the destination folder with an unpredictable name,
   exclusively (`tempfile.mkstemp`: O_CREAT|O_EXCL, and O_NOFOLLOW where the OS has it), so
   a name planted in a shared folder — e.g. a symlink `plan.pdf.part` pointing at the
   office file — is never opened, let alone written through;
2. the content is written and fsynced;
3. the temporary file is renamed over the destination with `os.replace` (atomic on one
   volume): a reader sees the old file or the new one, never half of one.

Any failure removes the temporary file, leaves the previous file as it was and raises
`OutputError` naming the destination in Thai and English (read-only folder, a file held
open by a PDF reader or Word on Windows, disk full, a folder where a file was expected).
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from ..domain.errors import ItadeskError

# Windows: ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION — what
# os.replace gives when the destination is open in Acrobat, Edge or Word.
_WIN_IN_USE = (5, 32, 33)


class OutputError(ItadeskError):
    """An output file could not be written; the previous file (if any) is unchanged."""

    def __init__(self, path: Path, th: str, en: str, reason: str = "other"):
        self.path = Path(path)
        self.reason = reason  # "in_use" | "read_only" | "disk_full" | "is_dir" | "other"
        super().__init__(th, en)


def explain(exc: OSError, path: Path, stage: str) -> OutputError:
    """The OutputError an OSError at `stage` ("folder", "create", "write", "replace") means."""
    where = str(path)
    folder = str(path.parent)
    kept_th = "ไฟล์เดิม (ถ้ามี) ยังอยู่ครบ ไม่มีไฟล์ที่เขียนค้างครึ่งเดียว"
    kept_en = "the previous file (if any) is intact and nothing half-written was left"
    code = exc.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        return OutputError(
            path, f"พื้นที่ดิสก์เต็ม จึงเขียนไฟล์ {where} ไม่ได้ — {kept_th} "
                  f"กรุณาลบไฟล์ที่ไม่ใช้แล้วหรือเลือกไดรฟ์อื่น แล้วลองอีกครั้ง",
            f"the disk is full, so {where} could not be written; {kept_en}. Free some space "
            f"or choose another drive, then try again.", "disk_full")
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return OutputError(
            path, f"{where} เป็นโฟลเดอร์ ไม่ใช่ไฟล์ — กรุณาระบุชื่อไฟล์ที่จะเขียน",
            f"{where} is a folder, not a file; give the name of the file to write", "is_dir")
    if isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        return OutputError(
            path, f"เขียนไฟล์ {where} ไม่ได้ เพราะส่วนหนึ่งของเส้นทาง ({folder}) เป็นไฟล์ ไม่ใช่โฟลเดอร์",
            f"{where} cannot be written: part of its path ({folder}) is a file, not a folder",
            "other")
    in_use = stage == "replace" and (isinstance(exc, PermissionError)
                                     or getattr(exc, "winerror", None) in _WIN_IN_USE)
    if in_use:
        return OutputError(
            path, f"เขียนทับไฟล์ {where} ไม่ได้ เพราะไฟล์นี้เปิดอยู่ในโปรแกรมอื่น (เช่น โปรแกรมอ่าน PDF "
                  f"หรือ Word) หรือเป็นไฟล์อ่านอย่างเดียว — {kept_th} กรุณาปิดไฟล์นั้นแล้วลองอีกครั้ง",
            f"{where} cannot be replaced: it is open in another program (a PDF reader or Word) "
            f"or read-only; {kept_en}. Close it there and try again.", "in_use")
    if isinstance(exc, PermissionError) or code in (errno.EROFS, errno.EACCES, errno.EPERM):
        return OutputError(
            path, f"เขียนไฟล์ {where} ไม่ได้ เพราะโฟลเดอร์ {folder} เขียนไม่ได้ (อ่านอย่างเดียว "
                  f"หรือไม่มีสิทธิ์) — {kept_th} กรุณาเลือกโฟลเดอร์อื่น เช่น โฟลเดอร์เอกสาร",
            f"{where} cannot be written: the folder {folder} is read-only or not yours; "
            f"{kept_en}. Choose another folder, such as Documents.", "read_only")
    detail = exc.strerror or str(exc)
    return OutputError(
        path, f"เขียนไฟล์ {where} ไม่ได้ ({detail}) — {kept_th}",
        f"{where} could not be written ({detail}); {kept_en}", "other")


def long_path(path: str, windows: bool = sys.platform == "win32") -> str:
    """On Windows, a path of 248 characters or more (a folder's limit; files: 260) given
    the `\\\\?\\` prefix, with which the wide-character file APIs accept up to 32,767
    characters whatever the registry's LongPathsEnabled says. Elsewhere: unchanged."""
    if not windows or len(path) < 248 or path.startswith("\\\\?\\"):
        return path
    import ntpath

    full = ntpath.normpath(path)  # the prefix turns off "/" and ".." handling: do it first
    if full.startswith("\\\\"):
        return "\\\\?\\UNC\\" + full[2:]  # \\server\share\… (a network folder)
    if ntpath.isabs(full):
        return "\\\\?\\" + full
    return path


def _temp_prefix(name: str) -> str:
    # the leftover of a killed program should say what it was; a long (Thai: 3 bytes a
    # letter) name is cut so that prefix + random part stays under the 255-byte name limit
    return f".{name[:60]}."


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles for this)."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_with(path: str | os.PathLike, fill: Callable[[BinaryIO], object]) -> Path:
    """Write `path` with `fill(file)`, whole or not at all (see the module docstring)."""
    path = Path(path)
    folder = Path(long_path(str(path.absolute().parent)))
    target = folder / path.name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise explain(exc, path, "folder") from exc
    if target.is_dir():
        raise explain(IsADirectoryError(errno.EISDIR, "is a directory", str(path)), path, "create")
    try:
        fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(path.name), suffix=".tmp", dir=folder)
    except OSError as exc:
        raise explain(exc, path, "create") from exc
    stage = "write"
    try:
        with os.fdopen(fd, "wb") as fh:  # owns fd from here: closed on every path
            if hasattr(os, "fchmod"):
                # mkstemp makes the file private (0600); an output is an ordinary document
                mode = (target.stat().st_mode & 0o777) if target.exists() else _default_mode()
                os.fchmod(fh.fileno(), mode)
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
        stage = "replace"
        os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        if isinstance(exc, OSError):
            raise explain(exc, path, stage) from exc
        raise
    _fsync_folder(folder)
    return path


def write_bytes(path: str | os.PathLike, content: bytes) -> Path:
    """Write `content` to `path` whole or not at all; returns the path."""
    return write_with(path, lambda fh: fh.write(content))


def write_text(path: str | os.PathLike, text: str) -> Path:
    return write_bytes(path, text.encode("utf-8"))


_mode_cache: list[int] = []


def _default_mode() -> int:
    """0666 less the process umask (what open() would have given a new file)."""
    if not _mode_cache:
        mask = os.umask(0o022)
        os.umask(mask)
        _mode_cache.append(0o666 & ~mask)
    return _mode_cache[0]


__all__ = ["OutputError", "write_bytes", "write_text", "write_with", "explain"]
