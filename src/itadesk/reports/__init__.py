# Before anything imports ReportLab: its never-used costly regexes compile on first use.
from itadesk.reports import lazyre as _lazyre

_lazyre.install()
