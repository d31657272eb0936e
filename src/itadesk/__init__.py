"""itadesk: offline ITA reports for Thai local administrative offices."""


def __getattr__(name: str):
    # `from itadesk import __version__` reads the package metadata on first use only, so that
    # importing itadesk (the GUI's start, every command) does not scan the installed packages
    if name == "__version__":
        from .version import version

        return version()
    raise AttributeError(f"module 'itadesk' has no attribute {name!r}")
