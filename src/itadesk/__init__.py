"""itadesk: offline ITA reports for Thai local administrative offices."""

__version__ = "0.1.0"
