"""Translation for the user interface.

Source strings are Thai (the default language, so the program is Thai even before any
`.qm` file is compiled); `translations/itadesk_en.ts` gives the English. Every string the
user sees goes through `tr()`, which `pyside6-lupdate` collects (context "").
Domain errors carry both languages and are shown with `.message(lang())`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from ..paths import translations_dir

LANGUAGES = {"th": "ไทย", "en": "English"}

_state = {"lang": "th", "translator": None, "qt": None}


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)


def void(fn, *args, **kwargs) -> None:
    """Call `fn` for a signal and return None: PySide6 6.12 mis-counts references to a
    True/False returned by a slot (the program aborts later), so slots never return one."""
    fn(*args, **kwargs)


_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def shown_date(d) -> str:
    """A date in a message: Thai month and B.E. year with Arabic digits (like the rest of
    the interface's numbers) in Thai; "1 Oct B.E. 2566" in English — never ISO or C.E."""
    from ..domain.thaitext import be_year, date_full

    if lang() == "en":
        return f"{d.day} {_MONTHS_EN[d.month - 1]} B.E. {be_year(d)}"
    return date_full(d, thai_digits=False)


def lang() -> str:
    """The current user-interface language: "th" or "en"."""
    return _state["lang"]


def install_language(code: str) -> bool:
    """Switch the interface language; True when the language is available.

    Thai needs no file (the source strings are Thai); English loads itadesk_en.qm,
    compiling it from the .ts with pyside6-lrelease when only the .ts is present
    (a checkout without `make translations`).
    """
    app = QCoreApplication.instance()
    for key in ("translator", "qt"):
        old = _state[key]
        if old is not None and app is not None:
            app.removeTranslator(old)
        _state[key] = None
    if code != "en":
        _state["lang"] = "th"
        _install_qt_thai(app)
        return code == "th"
    qm = _qm_file("en")
    translator = QTranslator(app)
    if qm is None or not translator.load(str(qm)):
        _state["lang"] = "th"
        return False
    if app is not None:
        app.installTranslator(translator)
    _state["translator"] = translator
    _state["lang"] = "en"
    return True


def _install_qt_thai(app) -> None:
    """Qt's own words (OK, Cancel, Yes, No, Show Details…, the file dialog) in Thai: Qt ships
    no Thai qtbase, so translations/qt_th.ts gives them (contexts QPlatformTheme, QMessageBox,
    QFileDialog, QWizard…)."""
    if app is None:
        return
    qm = _qm_file("th", stem="qt")
    translator = QTranslator(app)
    if qm is not None and translator.load(str(qm)):
        app.installTranslator(translator)
        _state["qt"] = translator


def _qm_file(code: str, stem: str = "itadesk"):
    folder = translations_dir()
    qm = folder / f"{stem}_{code}.qm"
    ts = folder / f"{stem}_{code}.ts"
    if qm.is_file() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        return qm if qm.is_file() else None
    return _compile(ts) or (qm if qm.is_file() else None)


def _compile(ts):
    """Compile a .ts next to itself, else into the user cache, else the temp folder."""
    import shutil
    import subprocess
    import sys
    import tempfile
    from pathlib import Path

    from ..paths import user_cache_dir

    # an installed wheel built without lrelease ships only the .ts: compile it once into the
    # user cache (site-packages may be read-only), the temp folder as the last resort
    places = (ts.with_suffix(".qm"), user_cache_dir() / "translations" / f"{ts.stem}.qm",
              Path(tempfile.gettempdir()) / f"itadesk-{ts.stem}.qm")
    for out in places[1:]:
        if out.exists() and out.stat().st_mtime >= ts.stat().st_mtime:
            return out  # compiled at an earlier start
    exe = _lrelease(Path(sys.executable), shutil.which)
    if not exe:
        return None
    for out in places:
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([exe, "-silent", str(ts), "-qm", str(out)], check=True,
                           capture_output=True, timeout=60)
            return out
        except (OSError, subprocess.SubprocessError) as exc:
            import logging

            logging.getLogger(__name__).warning("translation %s not compiled to %s: %s",
                                                ts, out, exc)
            continue
    return None


def _lrelease(python, which) -> str | None:
    """pyside6-lrelease beside the interpreter (a venv, pipx), on PATH, or the lrelease
    PySide6 itself ships."""
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if python.with_name(name).exists():
            return str(python.with_name(name))
    found = which("pyside6-lrelease")
    if found:
        return found
    import PySide6

    for name in ("lrelease", "lrelease.exe"):
        exe = python.__class__(PySide6.__file__).with_name(name)
        if exe.exists():
            return str(exe)
    return None
