"""Emitting Qt signals from Python safely.

PySide6 6.12.0 returns a borrowed `True` from `SignalInstance.emit()`: every emit called
from Python drops one reference to True, and after a few thousand edits the interpreter
aborts ("bool_dealloc: deallocating True or False"). `emit()` puts the missing reference
back when (and only when) the running PySide6 has the bug. Slots must not return True or
False either (the same version mis-counts them): see `i18n.void`.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_drops_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.ping.emit()
    return sys.getrefcount(True) < before - 4


_BROKEN = _emit_drops_a_reference()
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def emit(signal, *args) -> None:
    result = signal.emit(*args)
    if _BROKEN and (result is True or result is False):
        _incref(result)
