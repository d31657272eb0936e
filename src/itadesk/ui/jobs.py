"""Running slow work (rendering, exporting) off the GUI thread.

    job = BackgroundJob(lambda progress: do_work(..., progress=progress))
    job.signals.progress.connect(bar_update)   # 0.0 … 1.0
    job.signals.done.connect(on_result)        # the function's return value
    job.signals.failed.connect(on_message)     # a message for the user (Thai or English)
    QThreadPool.globalInstance().start(job)
    job.cancel()                               # the next progress call stops the work

The function gets only plain data (domain objects, paths), never the open file or a widget.
Cancelling raises `Cancelled` inside the worker at its next progress report, so writers that
write to a temporary file and rename (build_package, render_docx) leave nothing behind.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, Signal

from ..domain.errors import ItadeskError
from .i18n import lang, tr
from .signals import emit


def _log():
    from .. import logs

    return logs.get(__name__)


class Cancelled(Exception):
    """Raised in the worker when the user cancelled."""


class JobSignals(QObject):
    progress = Signal(float)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class BackgroundJob(QRunnable):
    def __init__(self, work: Callable[[Callable[[float], None]], object]):
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until `done`/`failed` arrive
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, value: float) -> None:
        if self._cancel.is_set():
            raise Cancelled()
        emit(self.signals.progress, float(value))

    def run(self):
        try:
            result = self.work(self._progress)
        except Cancelled:
            emit(self.signals.cancelled)
        except ItadeskError as exc:
            _log().warning("background job refused: %s", exc.en)
            emit(self.signals.failed, exc.message(lang()))
        except OSError as exc:
            _log().error("background job failed writing a file", exc_info=True)
            emit(self.signals.failed, tr("เขียนไฟล์ไม่สำเร็จ: {0}").format(exc))
        except Exception:  # noqa: BLE001 - shown to the user, the program goes on
            _log().error("background job failed", exc_info=True)
            emit(self.signals.failed, tr("ทำรายการไม่สำเร็จ:\n{0}").format(traceback.format_exc(limit=4)))
        else:
            emit(self.signals.done, result)
