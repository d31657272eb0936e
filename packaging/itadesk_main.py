"""Entry point of the frozen program (PyInstaller): the same as `python -m itadesk`."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # harmless when nothing forks; required if anything does
    from itadesk.__main__ import main

    sys.exit(main())
