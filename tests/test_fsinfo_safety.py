"""Network share detection with injected mount tables and drive types."""

from __future__ import annotations

from itadesk.storage.fsinfo import DRIVE_REMOTE, network_share, parse_macos_mount, parse_proc_mounts

PROC_MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid 0 0
//fileserver/ita\\040docs /mnt/ita\\040docs cifs rw,vers=3.0 0 0
nas:/export/office /home/clerk/office nfs4 rw 0 0
/dev/sdb1 /home/clerk/office/usb vfat rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


def test_linux_mounts():
    mounts = parse_proc_mounts(PROC_MOUNTS)
    assert mounts[2].mountpoint == "/mnt/ita docs" and mounts[2].source == "//fileserver/ita docs"
    kw = {"platform": "linux", "mounts": mounts}
    share = network_share("/mnt/ita docs/2568/office.db", **kw)
    assert share.kind == "cifs" and "//fileserver/ita docs" in share.where
    assert network_share("/home/clerk/office/a.db", **kw).kind == "nfs4"
    # the longest mount point wins: a USB stick mounted inside the NFS folder is local
    assert network_share("/home/clerk/office/usb/a.db", **kw) is None
    assert network_share("/home/clerk/a.db", **kw) is None
    assert network_share("/mnt/ita docsX/a.db", **kw) is None  # a prefix is not a parent
    assert network_share("/tmp/x.db", platform="linux", mounts=PROC_MOUNTS) is None


def test_macos_mount_output():
    text = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
//clerk@NAS._smb._tcp.local/ITA on /Volumes/ITA (smbfs, nodev, nosuid, mounted by clerk)
nas:/exports on /Volumes/nfs (nfs, asynchronous)
"""
    mounts = parse_macos_mount(text)
    assert [m.fstype for m in mounts] == ["apfs", "smbfs", "nfs"]
    assert network_share("/Volumes/ITA/office.db", platform="darwin", mounts=text).kind == "smbfs"
    assert network_share("/Users/clerk/office.db", platform="darwin", mounts=text) is None


def test_windows_unc_and_mapped_drives():
    types = {"C:\\": 3, "Z:\\": DRIVE_REMOTE, "E:\\": 2}
    kw = {"platform": "win32", "drive_type": lambda root: types[root]}
    assert network_share(r"\\server\ita\office.db", **kw).where == r"\\server\ita"
    assert network_share("//server/ita/office.db", **kw).kind == "unc"
    assert network_share(r"\\?\UNC\server\ita\office.db", **kw).where == r"\\server\ita"
    assert network_share(r"\\?\C:\data\office.db", **kw) is None
    mapped = network_share(r"Z:\ITA\office.db", **kw)
    assert mapped.kind == "mapped-drive" and mapped.where == "Z:"
    assert network_share(r"c:\Users\clerk\office.db", **kw) is None
    assert network_share(r"E:\office.db", **kw) is None  # a USB stick is local
