"""Modules ReportLab imports unconditionally but a print rarely uses, loaded on first use.

`reportlab.lib.utils` runs `from PIL import Image` at import (~17 ms of the ~0.2 s a print
spends importing), yet only an image on the page (the memo's Garuda, an office logo) needs
Pillow. `defer()` puts a module object in `sys.modules` whose code runs when one of its
attributes is first read (importlib's LazyLoader), so a document without images never pays.

Only the one-shot command line calls it: LazyLoader in Python 3.11 is not safe when two threads
touch the module first at the same moment, and the GUI renders in a worker thread.
"""

from __future__ import annotations

import importlib.util
import sys

DEFERRED = ("PIL.Image",)


def defer(names: tuple[str, ...] = DEFERRED) -> list[str]:
    """Make each not-yet-imported module in `names` load lazily; returns those deferred."""
    done = []
    for name in names:
        if name in sys.modules:
            continue
        try:
            spec = importlib.util.find_spec(name)  # imports the parent package (cheap)
        except ImportError:
            continue
        if spec is None or spec.loader is None:
            continue
        loader = importlib.util.LazyLoader(spec.loader)
        spec.loader = loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        loader.exec_module(module)  # sets the module up to run its code on first use
        parent, _, child = name.rpartition(".")
        if parent:
            setattr(sys.modules[parent], child, module)
        done.append(name)
    return done
