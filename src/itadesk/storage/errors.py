"""Why a data file could not be opened or written, in words a clerk can act on (Thai and English).

Every refusal of the storage layer is an `ItadeskError` subclass from this module (also
importable from `itadesk.storage.database`). The GUI shows `err.message(lang)`; the extra
attributes let it offer the next step:

- `LockedError` — another copy of itadesk holds the file. `holder`, `host`, `pid`, `since`
  (datetime or None), `stale` (True when that program is gone: crash, power cut) and
  `stale_reason`. When `stale`, offer "take over" = `open_db(path, take_over_stale_lock=True)`.
- `LockLostError` — while the file was open, another computer took it over (this one looked
  crashed, e.g. it slept); nothing more is written; close and reopen.
- `NewerVersionError` — written by a newer itadesk (`file_version`, `supported_version`).
- `CorruptFileError` — damaged file; `backup` is the newest backup that passed its check (or
  None): offer `backups.restore(path, err.backup)`.
- `NotItadeskFileError` — not our file at all.
- `DiskFullError`, `ReadOnlyError` — the change was not saved; what was saved before is intact.
- `BackupError` — a backup could not be made or restored.
- `NetworkShareWarning` — not raised: put in `office.warnings` when the file is on a network
  share.
"""

from __future__ import annotations

import errno
import sqlite3
from datetime import datetime
from pathlib import Path

from ..domain.errors import ItadeskError
from ..domain.thaitext import MONTHS_SHORT


def when_th(dt: datetime | None) -> str:
    if dt is None:
        return "ไม่ทราบเวลา"
    return f"{dt.day} {MONTHS_SHORT[dt.month - 1]} {dt.year + 543} เวลา {dt:%H:%M} น."


def when_en(dt: datetime | None) -> str:
    return "an unknown time" if dt is None else f"{dt:%d %b %Y %H:%M}"


class StorageError(ItadeskError):
    """A problem with the data file, explained to the user."""


class NotItadeskFileError(StorageError):
    def __init__(self, path: Path):
        self.path = Path(path)
        super().__init__(f"ไฟล์ {self.path.name} ไม่ใช่ไฟล์ข้อมูลของ itadesk",
                         f"{self.path.name} is not an itadesk data file")


class LockedError(StorageError):
    """Another copy of itadesk (here or on another computer) has the file open."""

    def __init__(self, path: Path, holder: str, host: str, pid: int | None,
                 since: datetime | None, stale: bool = False, stale_reason: str | None = None,
                 heartbeat: datetime | None = None, same_host: bool = False):
        self.path = Path(path)
        self.holder, self.host, self.pid, self.since = holder, host, pid, since
        self.stale, self.stale_reason, self.heartbeat = stale, stale_reason, heartbeat
        self.same_host = same_host
        name = self.path.name
        if holder and holder != "?":
            who_th = f"คุณ {holder} ที่เครื่อง {host}"
            who_en = f"{holder} on computer {host}"
        else:  # the lock file could not be read
            who_th, who_en = "โปรแกรมอื่น", "another program"
        if not stale:
            th = (f"ไฟล์ {name} กำลังเปิดใช้งานอยู่โดย{who_th} ตั้งแต่ {when_th(since)} "
                  f"— เปิดแก้ไขได้ทีละโปรแกรมเท่านั้น เพื่อไม่ให้การบันทึกทับกันจนข้อมูลหาย "
                  f"กรุณาปิดโปรแกรม itadesk ที่เครื่องนั้นก่อน แล้วลองเปิดอีกครั้ง")
            en = (f"{name} is open in itadesk by {who_en} since {when_en(since)}. "
                  f"Only one program may edit it at a time so that no saved change is "
                  f"overwritten; close itadesk there first, then try again.")
        else:
            if stale_reason == "old_heartbeat":
                why_th = "แต่โปรแกรมนั้นไม่ตอบสนองมานานแล้ว (อาจปิดเครื่องหรือไฟดับโดยไม่ได้ปิดโปรแกรม)"
                why_en = ("but that program has not signalled for a long time (the computer "
                          "was probably switched off without closing it)")
            elif stale_reason == "unreadable":
                why_th = "แต่ไฟล์ล็อกอ่านไม่ได้และไม่มีการใช้งานมานานแล้ว"
                why_en = "but the lock file is unreadable and has not been used for a long time"
            else:
                why_th = "แต่โปรแกรมนั้นไม่ได้ทำงานอยู่แล้ว (โปรแกรมปิดตัวผิดปกติหรือไฟดับ)"
                why_en = "but that program is no longer running (it crashed or the power went off)"
            th = (f"ไฟล์ {name} ถูกเปิดค้างไว้โดย{who_th} ตั้งแต่ {when_th(since)} {why_th} "
                  f"ข้อมูลที่บันทึกไว้แล้วยังอยู่ครบ ท่านสามารถเข้าใช้ไฟล์ต่อได้ "
                  f"(ตรวจสอบก่อนว่าไม่มีใครใช้ไฟล์นี้อยู่ที่เครื่องนั้น)")
            en = (f"{name} was left open by {who_en} since {when_en(since)}, {why_en}. "
                  f"Everything saved is still there; you can take the file over (first make "
                  f"sure nobody is using it on that computer).")
        super().__init__(th, en)


class LockLostError(StorageError):
    def __init__(self, path: Path, by: str = "", host: str = ""):
        self.path = Path(path)
        self.by, self.host = by, host
        who_th = f" (คุณ {by} ที่เครื่อง {host})" if by else ""
        who_en = f" ({by} on {host})" if by else ""
        super().__init__(
            f"โปรแกรมอื่น{who_th} ได้เข้าใช้ไฟล์ {self.path.name} แทนแล้ว เพราะโปรแกรมนี้ไม่ตอบสนองนานเกินไป "
            f"การแก้ไขล่าสุดจึงไม่ได้บันทึก (ข้อมูลที่บันทึกก่อนหน้านี้ไม่หาย) กรุณาปิดแล้วเปิดไฟล์ใหม่",
            f"another program{who_en} took over {self.path.name} because this one stopped "
            f"responding for too long; the last change was not saved (everything saved before is "
            f"intact). Close and reopen the file.",
        )


class NewerVersionError(StorageError):
    def __init__(self, path: Path, file_version: int, supported_version: int):
        self.path = Path(path)
        self.file_version, self.supported_version = file_version, supported_version
        super().__init__(
            f"ไฟล์ {self.path.name} สร้างด้วย itadesk รุ่นที่ใหม่กว่า (รุ่นข้อมูล {file_version} "
            f"แต่โปรแกรมนี้รู้จักถึงรุ่น {supported_version}) จึงไม่เปิดไฟล์เพื่อไม่ให้ข้อมูลเสียหาย "
            f"กรุณาปรับปรุงโปรแกรม itadesk ให้เป็นรุ่นล่าสุดก่อน",
            f"{self.path.name} was written by a newer itadesk (data version {file_version}; this "
            f"program knows up to {supported_version}), so it is not opened to keep it safe; "
            f"update itadesk first.",
        )


class CorruptFileError(StorageError):
    def __init__(self, path: Path, backup: Path | None, detail: str = "",
                 backup_time: datetime | None = None):
        self.path = Path(path)
        self.backup = Path(backup) if backup else None
        self.detail = detail
        self.backup_time = backup_time
        name = self.path.name
        if self.backup is not None:
            th_next = (f"มีสำรองข้อมูลที่ตรวจแล้วว่าสมบูรณ์เมื่อ {when_th(backup_time)} "
                       f"({self.backup.name}) ท่านสามารถกู้คืนจากสำรองนี้ได้ "
                       f"(ไฟล์ที่เสียหายจะถูกเก็บสำเนาไว้ก่อน)")
            en_next = (f"A backup that passed its check was made at {when_en(backup_time)} "
                       f"({self.backup.name}); you can restore it (a copy of the damaged file is "
                       f"kept first).")
        else:
            th_next = "ไม่พบสำรองข้อมูลที่สมบูรณ์ กรุณาติดต่อผู้ดูแลระบบ และอย่าลบไฟล์นี้"
            en_next = "No good backup was found; ask for help and do not delete this file."
        super().__init__(
            f"ไฟล์ {name} เสียหาย เปิดใช้งานไม่ได้ {th_next}",
            f"{name} is damaged and cannot be opened. {en_next}",
        )


class StructureError(CorruptFileError):
    """The file's tables are not the ones itadesk makes (a table or column missing or changed,
    a data version that cannot be): damaged or edited outside itadesk. `detail` says what."""

    def __init__(self, path: Path, backup: Path | None, detail: str = "",
                 backup_time: datetime | None = None):
        super().__init__(path, backup, detail, backup_time)
        name = self.path.name
        self.th = self.th.replace(
            f"ไฟล์ {name} เสียหาย เปิดใช้งานไม่ได้",
            f"ไฟล์ {name} เสียหายหรือถูกแก้ไขด้วยโปรแกรมอื่น โครงสร้างไม่ตรงกับของ itadesk ({detail}) "
            f"จึงไม่เปิดใช้งาน", 1)
        self.en = self.en.replace(
            f"{name} is damaged and cannot be opened.",
            f"{name} is damaged or was edited by another program: its structure differs from "
            f"itadesk's ({detail}), so it is not opened.", 1)
        self.args = (f"{self.th} ({self.en})",)


class ForeignSqlError(StorageError):
    """A read-only open of a file carrying triggers or views itadesk did not create."""

    def __init__(self, path: Path, names: list[str]):
        self.path = Path(path)
        self.names = list(names)
        shown = ", ".join(self.names[:5]) + (" …" if len(self.names) > 5 else "")
        super().__init__(
            f"ไฟล์ {self.path.name} มีคำสั่ง SQL ที่ itadesk ไม่ได้สร้าง ({shown}) ซึ่งอาจแก้ไขข้อมูลโดยไม่รู้ตัว "
            f"จึงไม่เปิดแบบอ่านอย่างเดียว กรุณาเปิดไฟล์ตามปกติในโปรแกรม itadesk "
            f"(โปรแกรมจะสำรองไฟล์ไว้ก่อนแล้วลบคำสั่งเหล่านั้นออก) หรือใช้สำรองข้อมูลฉบับก่อนหน้า",
            f"{self.path.name} carries SQL that itadesk did not create ({shown}), which could change "
            f"data behind your back, so it is not opened read-only. Open it normally in itadesk "
            f"(it backs the file up, then removes them), or use an earlier backup.",
        )


class ForeignSqlRemoved(ItadeskError):
    """Not raised: in `office.warnings` after triggers/views we did not create were removed."""

    def __init__(self, path: Path, names: list[str], backup: Path):
        self.path = Path(path)
        self.names = list(names)
        self.backup = Path(backup)
        shown = ", ".join(self.names[:5]) + (" …" if len(self.names) > 5 else "")
        super().__init__(
            f"ไฟล์ {self.path.name} มีคำสั่ง SQL ที่ itadesk ไม่ได้สร้าง ({shown}) ซึ่งอาจแก้ไขข้อมูลที่ท่านพิมพ์ "
            f"โดยไม่รู้ตัว โปรแกรมได้ลบออกแล้ว (ไฟล์ก่อนลบสำรองไว้ที่ {self.backup.name}) "
            f"กรุณาตรวจข้อมูลอีกครั้ง โดยเฉพาะถ้าได้รับไฟล์นี้มาจากผู้อื่น",
            f"{self.path.name} carried SQL that itadesk did not create ({shown}), which could "
            f"change what you type; it has been removed (the file as it was is kept as "
            f"{self.backup.name}). Check the data, especially if the file came from someone else.",
        )


class HotJournalError(StorageError):
    """A crash left a half-written change (a hot `-journal`) that cannot be undone here."""

    def __init__(self, path: Path):
        self.path = Path(path)
        name = self.path.name
        super().__init__(
            f"ไฟล์ {name} มีการบันทึกที่ค้างอยู่ครึ่งทาง (โปรแกรมปิดตัวผิดปกติระหว่างบันทึก) "
            f"และโฟลเดอร์หรือไฟล์นี้เขียนไม่ได้ จึงยกเลิกส่วนที่ค้างไม่ได้ — ไม่เปิดไฟล์ "
            f"เพื่อไม่ให้แสดงข้อมูลที่ยังไม่ได้บันทึกเหมือนบันทึกแล้ว กรุณาคัดลอกไฟล์ {name} "
            f"พร้อมไฟล์ {name}-journal (ทั้งสองไฟล์พร้อมกัน) ไปไว้ในโฟลเดอร์ที่เขียนได้ แล้วเปิดจากที่นั่น",
            f"{name} holds a half-written change (the program stopped while saving) and the "
            f"folder or the file cannot be written, so it cannot be undone here; the file is not "
            f"opened, so that unsaved text is never shown as saved. Copy {name} together with "
            f"{name}-journal (both files) to a writable folder and open it there.",
        )


class DiskFullError(StorageError):
    def __init__(self, path: Path | None, what_th: str = "การแก้ไขล่าสุด", what_en: str = "the last change"):
        self.path = Path(path) if path else None
        super().__init__(
            f"พื้นที่ดิสก์เต็ม จึงบันทึก{what_th}ไม่ได้ — ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ "
            f"กรุณาลบไฟล์ที่ไม่ใช้แล้ว (หรือย้ายไฟล์ข้อมูลไปไว้ในไดรฟ์ที่มีที่ว่าง) แล้วลองอีกครั้ง",
            f"The disk is full, so {what_en} could not be saved; everything saved before is "
            f"intact. Free some space (or move the data file to a drive with room) and try again.",
        )


class ReadOnlyError(StorageError):
    def __init__(self, path: Path | None, at_open: bool = False):
        self.path = Path(path) if path else None
        self.at_open = at_open
        name = self.path.name if self.path else "ข้อมูล"
        if at_open:
            th = (f"ไฟล์ {name} เป็นไฟล์อ่านอย่างเดียว (หรืออยู่ในโฟลเดอร์ที่เขียนไม่ได้ เช่น แผ่นซีดี "
                  f"หรือโฟลเดอร์ที่ถูกป้องกัน) จึงเปิดเพื่อแก้ไขไม่ได้ ไฟล์ไม่ได้ถูกเปลี่ยนแปลง "
                  f"กรุณาคัดลอกไฟล์ไปไว้ในโฟลเดอร์เอกสารของท่าน หรือยกเลิกการตั้งค่าอ่านอย่างเดียว "
                  f"(หรือเปิดแบบอ่านอย่างเดียวเพื่อดูและพิมพ์)")
            en = (f"{name} is read-only (or in a folder that cannot be written, such as a CD or a "
                  f"protected folder), so it cannot be opened for editing; it was not changed. "
                  f"Copy it into your Documents folder or clear its read-only setting (or open it "
                  f"read-only to view and print).")
        else:
            th = (f"ไฟล์ {name} เขียนไม่ได้ (อ่านอย่างเดียว) จึงบันทึกการแก้ไขล่าสุดไม่ได้ "
                  f"— ข้อมูลที่บันทึกไว้ก่อนหน้านี้ยังอยู่ครบ กรุณาตรวจสอบสิทธิ์ของไฟล์หรือคัดลอกไฟล์ไปไว้ในเครื่อง")
            en = (f"{name} cannot be written (read-only), so the last change was not saved; "
                  f"everything saved before is intact. Check the file's permissions or copy it "
                  f"to this computer.")
        super().__init__(th, en)


class BackupError(StorageError):
    """A backup could not be made, verified or restored (the data file itself is untouched)."""


class NetworkShareWarning(ItadeskError):
    """Not raised: listed in `office.warnings` when the file lives on a network share."""

    def __init__(self, path: Path, kind: str, where: str):
        self.path = Path(path)
        self.kind, self.where = kind, where
        super().__init__(
            f"ไฟล์ {self.path.name} อยู่ในโฟลเดอร์ที่ใช้ร่วมกันผ่านเครือข่าย ({where}) "
            f"ถ้าเครือข่ายหลุดหรือไฟดับระหว่างบันทึก ไฟล์อาจเสียหายได้ และการป้องกันการเปิดซ้อนจากหลายเครื่อง"
            f"อาจไม่ได้ผลทุกกรณี แนะนำให้คัดลอกไฟล์มาไว้ในเครื่องนี้ (เช่น โฟลเดอร์เอกสาร) แล้วเปิดจากที่นั่น "
            f"และส่งสำเนากลับเมื่อทำเสร็จ",
            f"{self.path.name} is on a network share ({where}). If the network drops or the "
            f"power fails while saving, the file can be damaged, and protection against two "
            f"computers editing it at once may not always work. Copy it to this computer (e.g. "
            f"Documents), work on it there, and copy it back when done.",
        )


# SQLite primary result codes (extended codes carry them in the low byte)
SQLITE_BUSY, SQLITE_LOCKED, SQLITE_READONLY, SQLITE_IOERR = 5, 6, 8, 10
SQLITE_CORRUPT, SQLITE_FULL, SQLITE_CANTOPEN, SQLITE_NOTADB = 11, 13, 14, 26


def sqlite_code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def translate(exc: BaseException, path: Path | None) -> StorageError | None:
    """The StorageError a low-level failure means to the user, or None to let it through."""
    if isinstance(exc, StorageError):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return DiskFullError(path)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyError(path)
        return None
    code = sqlite_code(exc)
    if code is None:
        return None
    name = path.name if path else "ข้อมูล"
    if code == SQLITE_FULL:
        return DiskFullError(path)
    if code == SQLITE_READONLY:
        return ReadOnlyError(path)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StorageError(
            f"ไฟล์ {name} กำลังถูกใช้งานโดยโปรแกรมอื่นอยู่ชั่วคราว การแก้ไขล่าสุดยังไม่ได้บันทึก กรุณาลองอีกครั้ง",
            f"{name} is busy in another program; the last change was not saved, please try again",
        )
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return StorageError(
            f"อ่านหรือเขียนไฟล์ {name} ไม่ได้ (ดิสก์ แฟลชไดรฟ์ หรือเครือข่ายมีปัญหา) "
            f"การแก้ไขล่าสุดยังไม่ได้บันทึก ข้อมูลที่บันทึกก่อนหน้านี้ไม่หาย ({exc})",
            f"{name} could not be read or written (disk, USB drive or network trouble); the last "
            f"change was not saved, everything saved before is intact ({exc})",
        )
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return CorruptFileError(path or Path("?"), None, str(exc))
    return None
