"""Is a path on a network share? (UNC paths and mapped drives on Windows, SMB/NFS/CIFS mounts on
Linux via /proc/mounts, smbfs/nfs/afpfs on macOS via `mount`.)

    share = network_share(path)          # -> NetworkShare(kind, where) or None

Everything the answer depends on can be injected for tests: `platform` ("win32", "linux",
"darwin"), `mounts` (a list of `Mount`, or the text of /proc/mounts / macOS `mount`), and
`drive_type` (a function from "X:\\" to the Windows GetDriveTypeW code).
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

NETWORK_FSTYPES = {
    "cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afs", "ncpfs", "ncp", "coda",
    "davfs", "webdav", "afpfs", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.smbnetfs",
    "fuse.gvfsd-fuse", "glusterfs", "fuse.glusterfs", "ceph", "fuse.ceph", "lustre", "gpfs",
    "ocfs2", "gfs2", "vboxsf", "prl_fs", "vmhgfs", "fuse.vmhgfs-fuse",
}
DRIVE_REMOTE = 4


@dataclass(frozen=True)
class Mount:
    mountpoint: str
    fstype: str
    source: str = ""


@dataclass(frozen=True)
class NetworkShare:
    kind: str   # "unc", "mapped-drive", or the file-system type ("cifs", "nfs4", "smbfs", ...)
    where: str  # what to show the user: \\server\share, the drive, or source on mountpoint


def _unescape(field: str) -> str:
    # /proc/mounts writes space, tab, newline and backslash as octal escapes
    return re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), field)


def parse_proc_mounts(text: str) -> list[Mount]:
    mounts = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            mounts.append(Mount(_unescape(parts[1]), parts[2].lower(), _unescape(parts[0])))
    return mounts


_MAC_LINE = re.compile(r"^(?P<src>.+?) on (?P<mp>.+) \((?P<type>[^,)]+)[,)]")


def parse_macos_mount(text: str) -> list[Mount]:
    mounts = []
    for line in text.splitlines():
        m = _MAC_LINE.match(line.strip())
        if m:
            mounts.append(Mount(m.group("mp"), m.group("type").strip().lower(), m.group("src")))
    return mounts


def _system_mounts(platform: str) -> list[Mount]:
    try:
        if platform.startswith("linux"):
            with open("/proc/mounts", encoding="utf-8", errors="replace") as fh:
                return parse_proc_mounts(fh.read())
    except OSError:
        return []
    if platform == "darwin":
        import subprocess  # macOS only: ~7 ms of start-up elsewhere

        try:
            out = subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5)
            return parse_macos_mount(out.stdout)
        except (OSError, subprocess.SubprocessError):
            pass
    return []


def _windows_drive_type(root: str) -> int:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))


def _unc(path: str) -> str | None:
    p = path.replace("/", "\\")
    if p.startswith("\\\\?\\UNC\\"):
        p = "\\\\" + p[8:]
    elif p.startswith("\\\\?\\") or p.startswith("\\\\.\\"):
        return None
    if p.startswith("\\\\"):
        parts = [x for x in p[2:].split("\\") if x]
        if len(parts) >= 2:
            return f"\\\\{parts[0]}\\{parts[1]}"
        if parts:
            return f"\\\\{parts[0]}"
    return None


def network_share(path: str | os.PathLike, *, platform: str | None = None,
                  mounts: list[Mount] | str | None = None,
                  drive_type: Callable[[str], int] | None = None) -> NetworkShare | None:
    """The network share holding `path`, or None for a local disk (or when unsure)."""
    platform = platform or sys.platform
    raw = os.fspath(path)
    if platform == "win32":
        unc = _unc(raw)
        if unc:
            return NetworkShare("unc", unc)
        if platform == sys.platform:
            try:
                raw = os.path.abspath(raw)
            except (OSError, ValueError):
                pass
        m = re.match(r"^(?:\\\\\?\\)?([A-Za-z]):", raw)
        if m:
            root = f"{m.group(1).upper()}:\\"
            try:
                kind = (drive_type or _windows_drive_type)(root)
            except (OSError, AttributeError, ValueError):
                return None
            if kind == DRIVE_REMOTE:
                return NetworkShare("mapped-drive", root.rstrip("\\"))
        return None
    if isinstance(mounts, str):
        mounts = parse_macos_mount(mounts) if platform == "darwin" else parse_proc_mounts(mounts)
    if mounts is None:
        mounts = _system_mounts(platform)
    if platform == sys.platform:
        try:
            raw = os.path.realpath(raw)
        except (OSError, ValueError):
            pass
    best: Mount | None = None
    for m in mounts:
        mp = m.mountpoint.rstrip("/") or "/"
        if raw == mp or raw.startswith(mp if mp.endswith("/") else mp + "/") or mp == "/":
            if best is None or len(mp) > len(best.mountpoint.rstrip("/") or "/"):
                best = m
    if best is not None and best.fstype in NETWORK_FSTYPES:
        where = f"{best.source} ({best.mountpoint})" if best.source else best.mountpoint
        return NetworkShare(best.fstype, where)
    return None


def is_network_path(path: str | os.PathLike, **kw) -> bool:
    return network_share(path, **kw) is not None


def folder_writable(path: Path) -> bool:
    """Whether the file (if it exists) and its folder can be written by this user."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return False
    return os.access(folder, os.W_OK)
