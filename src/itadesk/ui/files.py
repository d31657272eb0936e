"""Where save dialogs start and the names they propose: the user's Documents folder (not
the program's working folder or the home folder), names a clerk recognises in Thai
("D5 รายงานผลแผนปฏิบัติการป้องกันการทุจริต ปี 2567.pdf"), never internal keys."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from .i18n import tr

_UNSAFE = re.compile(r'[\\/:*?"<>|\n\r\t]+')  # not allowed in Windows file names


def start_folder() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
    return Path(folder) if folder else Path.home()


def safe_name(text: str) -> str:
    return _UNSAFE.sub(" ", text).strip(" .") or "itadesk"


def document_file_name(kind: str, year: int, suffix: str) -> str:
    from .main_window import document_titles

    return safe_name(tr("{0} ปี {1}").format(document_titles()[kind], year)) + suffix


def office_file_name(office=None) -> str:
    """The office file's proposed name: the office's short name, else a plain Thai name."""
    stem = office.short_name if office is not None else tr("ข้อมูล ITA ของหน่วยงาน")
    return safe_name(stem)
