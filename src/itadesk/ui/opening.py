"""Opening a data file, and what to offer when storage refuses (storage/errors.py):

- another copy holds the file (LockedError): say who and since when; when that program is
  gone (`stale`) offer to take the file over (`take_over_stale_lock=True`); either way the
  file may be opened read-only to view and print;
- the file is damaged (CorruptFileError): offer to restore the newest good backup
  (`backups.restore`, which keeps a copy of the damaged file) and open it;
- the file or its folder cannot be written (ReadOnlyError): offer to open it read-only;
- the file opens but holds values the domain refuses (storage/health.py): say what is wrong
  and where, and offer the newest backup whose every value is valid;
- anything else (newer version, not our file…): the message, and nothing changes.

Questions go through `window.ask(box)` (a QMessageBox; returns the button clicked), so
tests can answer them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from ..domain.errors import ItadeskError
from ..storage.database import open_db
from ..storage.errors import CorruptFileError, LockedError, ReadOnlyError, when_en, when_th
from .i18n import lang, tr
from .session import Session

MAX_STEPS = 4  # take over → restore → … never loops for ever


def open_session(window, path: str | Path) -> Session | None:
    """A session on `path`, after whatever questions the refusals call for; None when the
    file stays closed (the reason was shown)."""
    path = Path(path)

    def attempt(**options):
        return Session(open_db(path, **options), parent=window)

    opener = attempt
    for _step in range(MAX_STEPS):
        try:
            session = opener()
            problems = _invalid_data(session)
            if not problems:
                return session
            session.close()  # the program could not show it: explain, offer a backup
            opener = _invalid(window, path, problems, attempt)
        except LockedError as exc:
            opener = _locked(window, path, exc, attempt)
        except CorruptFileError as exc:
            opener = _corrupt(window, path, exc, attempt)
        except ReadOnlyError as exc:
            opener = _read_only(window, path, exc, attempt)
        except ItadeskError as exc:
            window.show_error(tr("เปิดไฟล์ไม่ได้"), exc.message(lang()))
            return None
        except OSError as exc:
            window.show_error(tr("เปิดไฟล์ไม่ได้"), str(exc))
            return None
        if opener is None:
            return None
    return None


def _invalid_data(session: Session) -> list:
    """The values of the file the domain refuses (a score of 999, an unknown status, a
    damaged memo row): edited outside itadesk or written by a faulty version."""
    from ..storage.health import invalid_data

    return invalid_data(session.office)


def _invalid(window, path: Path, problems: list, attempt):
    """Say what is wrong and where; offer the newest backup whose every value is valid
    (restoring keeps a copy of this file). Cancel leaves the file closed and the program
    running: never a failed start, even when it is the last file opened."""
    from ..storage.health import newest_usable_backup

    shown = problems[:10]
    text = tr("ไฟล์ {0} มีข้อมูลที่ไม่ถูกต้อง {1} รายการ (อาจถูกแก้ไขด้วยโปรแกรมอื่นหรือเสียหาย) "
              "โปรแกรมจึงแสดงไฟล์นี้ไม่ได้").format(path.name, len(problems))
    box = _box(window, QMessageBox.Critical, tr("ข้อมูลในไฟล์ไม่ถูกต้อง"), text, "file_invalid_data")
    lines = "\n".join(f"• {p.message(lang())}" for p in shown)
    good = newest_usable_backup(path)
    if good is not None:
        info = tr("สำรองข้อมูลล่าสุดที่ข้อมูลถูกต้องครบ: {0} — กู้คืนแล้วเปิดได้ "
                  "(ไฟล์ปัจจุบันจะถูกเก็บสำเนาไว้ก่อน)").format(good.label(lang()))
    else:
        info = tr("ไม่พบสำรองข้อมูลที่ข้อมูลถูกต้องครบ กรุณาติดต่อผู้ดูแลระบบ และอย่าลบไฟล์นี้")
    box.setInformativeText(f"{lines}\n\n{info}")
    box.setDetailedText("\n".join(p.message(lang()) for p in problems))
    restore = box.addButton(tr("กู้คืนจากสำรองแล้วเปิด"), QMessageBox.AcceptRole) if good else None
    cancel = box.addButton(tr("ยกเลิก"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    answer = window.ask(box)
    if restore is None or answer is not restore:
        return None

    def restore_and_open():
        from ..storage.backups import restore as restore_backup

        restore_backup(path, good)
        session = attempt()
        window.statusBar().showMessage(tr("กู้คืนจาก {0} แล้ว").format(good.name), 10000)
        return session

    return restore_and_open


def _box(window, icon, title: str, text: str, name: str) -> QMessageBox:
    box = QMessageBox(icon, title, text, parent=window)
    box.setObjectName(name)
    return box


def _locked(window, path: Path, exc: LockedError, attempt):
    since = when_en(exc.since) if lang() == "en" else when_th(exc.since)
    who = exc.holder if exc.holder and exc.holder != "?" else tr("ไม่ทราบ")
    host = exc.host if exc.host and exc.host != "?" else tr("ไม่ทราบ")
    if exc.stale:
        box = _box(window, QMessageBox.Warning, tr("ไฟล์ถูกเปิดค้างไว้"), exc.message(lang()), "lock_stale")
        box.setInformativeText(tr("ผู้ใช้: {0}\nเครื่อง: {1}\nตั้งแต่: {2}").format(who, host, since))
        take = box.addButton(tr("เข้าใช้ไฟล์ต่อ"), QMessageBox.AcceptRole)
    else:
        box = _box(window, QMessageBox.Warning, tr("ไฟล์กำลังถูกใช้งาน"), exc.message(lang()), "lock_held")
        box.setInformativeText(tr("ผู้ใช้: {0}\nเครื่อง: {1}\nตั้งแต่: {2}\n\n"
                                  "ถ้าต้องการเพียงดูหรือพิมพ์เอกสาร เปิดแบบอ่านอย่างเดียวได้").format(who, host, since))
        take = None
    view = box.addButton(tr("เปิดแบบอ่านอย่างเดียว"), QMessageBox.ActionRole)
    cancel = box.addButton(tr("ยกเลิก"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    answer = window.ask(box)
    if take is not None and answer is take:
        return lambda: _took_over(window, attempt(take_over_stale_lock=True))
    if answer is view:
        return lambda: attempt(read_only=True)
    return None


def _took_over(window, session: Session) -> Session:
    info = session.office.took_over
    if info is not None:
        window.statusBar().showMessage(
            tr("เข้าใช้ไฟล์ต่อจาก {0} ที่เครื่อง {1} แล้ว").format(info.user, info.host), 10000)
    return session


def _corrupt(window, path: Path, exc: CorruptFileError, attempt):
    if exc.backup is None:
        window.show_error(tr("ไฟล์เสียหาย"), exc.message(lang()))
        return None
    box = _box(window, QMessageBox.Critical, tr("ไฟล์เสียหาย"), exc.message(lang()), "file_corrupt")
    if exc.detail:
        box.setDetailedText(exc.detail)
    restore = box.addButton(tr("กู้คืนจากสำรองแล้วเปิด"), QMessageBox.AcceptRole)
    cancel = box.addButton(tr("ยกเลิก"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    if window.ask(box) is not restore:
        return None

    def restore_and_open():
        from ..storage.backups import restore as restore_backup

        restore_backup(path, exc.backup)
        session = attempt()
        window.statusBar().showMessage(tr("กู้คืนจาก {0} แล้ว").format(exc.backup.name), 10000)
        return session

    return restore_and_open


def _read_only(window, path: Path, exc: ReadOnlyError, attempt):
    box = _box(window, QMessageBox.Warning, tr("ไฟล์อ่านอย่างเดียว"), exc.message(lang()), "file_read_only")
    view = box.addButton(tr("เปิดแบบอ่านอย่างเดียว"), QMessageBox.AcceptRole)
    cancel = box.addButton(tr("ยกเลิก"), QMessageBox.RejectRole)
    box.setDefaultButton(cancel)
    if window.ask(box) is not view:
        return None
    return lambda: attempt(read_only=True)
