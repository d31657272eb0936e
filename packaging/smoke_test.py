"""Smoke test of the frozen one-folder build (Linux here; the same steps apply on Windows).

    .venv/bin/python packaging/smoke_test.py --build      # build with PyInstaller, then test
    .venv/bin/python packaging/smoke_test.py              # test an existing build/dist/itadesk

Runs the bundled program from an empty temporary folder with a fresh HOME and data folder,
no PYTHONPATH and (where `unshare -rn` works) no network at all:

1. `itadesk --version`; the bundle holds fonts/, resources/frameworks, translations,
   pythainlp's word list and python-docx's template;
2. `itadesk demo --db X` — the demo office;
3. `itadesk render all --db X --year 2567 --out DIR` — six PDFs, each a real PDF with pages;
4. `itadesk render all ... --format docx` — six Word files that open as ZIPs with a body;
5. a GUI start (QT_QPA_PLATFORM=offscreen, ITADESK_STARTUP_PROBE=1: ui/app.py prints
   "itadesk-ready" once the main window is shown on the demo office, then quits).

Prints the build time, the bundle size and each step's time; exits 1 on the first failure.
Not part of `make test` (a build takes about a minute and ~200 MB of disk).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "build" / "dist"
WORK = ROOT / "build" / "work"
KINDS = ("analysis", "measures", "results", "oit", "plan", "memo")
EXE = "itadesk.exe" if sys.platform == "win32" else "itadesk"
CLI = "itadesk-cli.exe" if sys.platform == "win32" else "itadesk"
BUNDLED = [
    "fonts/Sarabun-Regular.ttf", "fonts/Sarabun-Bold.ttf", "fonts/OFL.txt",
    "resources/frameworks/ita-2567.yaml", "resources/styles",
    "pythainlp/corpus/words_th.txt", "docx/templates/default.docx",
]


def project_version() -> str:
    import tomllib

    with open(ROOT / "pyproject.toml", "rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


def no_network_prefix() -> list[str]:
    """`unshare -rn` (a private network namespace with no interfaces) when it works here."""
    if sys.platform.startswith("linux") and shutil.which("unshare"):
        probe = subprocess.run(["unshare", "-rn", "true"], capture_output=True)
        if probe.returncode == 0:
            return ["unshare", "-rn"]
    return []


class Smoke:
    def __init__(self, app_dir: Path):
        self.app = app_dir
        self.tmp = Path(tempfile.mkdtemp(prefix="itadesk-smoke-"))
        home = self.tmp / "home"
        home.mkdir()
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(home), "USERPROFILE": str(home),
            "ITADESK_DATA": str(self.tmp / "data"),
            "LANG": "C.UTF-8",
            # if anything tried the network, the proxy would refuse it at once
            "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
            "HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
        }
        for keep in ("SYSTEMROOT", "TEMP", "TMP", "XDG_RUNTIME_DIR"):
            if keep in os.environ:
                self.env[keep] = os.environ[keep]
        self.prefix = no_network_prefix()
        self.times: list[tuple[str, float]] = []

    def run(self, label: str, args: list[str], exe: str = CLI, env: dict | None = None,
            timeout: float = 300) -> str:
        cmd = [*self.prefix, str(self.app / exe), *args]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=self.tmp, env={**self.env, **(env or {})},
                              capture_output=True, text=True, timeout=timeout)
        dt = time.perf_counter() - t0
        self.times.append((label, dt))
        print(f"  {label:<34} {dt:6.2f} s  (exit {proc.returncode})")
        if proc.returncode != 0:
            print(proc.stdout[-2000:], proc.stderr[-4000:], sep="\n", file=sys.stderr)
            raise SystemExit(f"FAILED: {label}")
        return proc.stdout + proc.stderr

    def check_bundle(self) -> None:
        internal = self.app / "_internal"
        base = internal if internal.is_dir() else self.app
        missing = [p for p in BUNDLED if not (base / p).exists()]
        if missing:
            raise SystemExit(f"FAILED: not in the bundle: {missing}")
        print(f"  bundled data present               {len(BUNDLED)} paths")

    def steps(self) -> None:
        db = self.tmp / "demo.itadesk"
        out = self.run("--version", ["--version"])
        if out.strip() != f"itadesk {project_version()}":  # the metadata travelled with it
            raise SystemExit(f"FAILED: --version says {out.strip()!r}")
        self.check_bundle()
        self.run("demo --db X", ["demo", "--db", str(db)])
        pdf_dir, docx_dir = self.tmp / "pdf", self.tmp / "docx"
        self.run("render all (PDF)", ["render", "all", "--db", str(db), "--year", "2567",
                                      "--out", str(pdf_dir)])
        for kind in KINDS:
            data = (pdf_dir / f"{kind}.pdf").read_bytes()
            pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + \
                data.count(b"/Type /Page>") + data.count(b"/Type/Page")
            if not data.startswith(b"%PDF") or len(data) < 5000:
                raise SystemExit(f"FAILED: {kind}.pdf is not a PDF")
            if shutil.which("pdfinfo"):
                info = subprocess.run(["pdfinfo", str(pdf_dir / f"{kind}.pdf")],
                                      capture_output=True, text=True).stdout
                pages = int(next(line.split()[-1] for line in info.splitlines()
                                 if line.startswith("Pages:")))
            print(f"    {kind}.pdf {len(data) // 1024:5d} KB {pages:3d} pages")
        self.run("render all --format docx", ["render", "all", "--db", str(db), "--year",
                                              "2567", "--format", "docx", "--out",
                                              str(docx_dir)])
        for kind in KINDS:
            with zipfile.ZipFile(docx_dir / f"{kind}.docx") as z:
                body = z.read("word/document.xml")
                if z.testzip() is not None or b"<w:tbl>" not in body and kind != "memo":
                    raise SystemExit(f"FAILED: {kind}.docx")
        print(f"    {len(KINDS)} DOCX files open, tables present")
        out = self.run("GUI start (offscreen)", ["--db", str(db)], exe=EXE,
                       env={"QT_QPA_PLATFORM": "offscreen", "ITADESK_STARTUP_PROBE": "1"},
                       timeout=120)
        if "itadesk-ready" not in out:
            raise SystemExit("FAILED: the main window did not report ready")


def build() -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    str(ROOT / "packaging" / "itadesk.spec"), "--distpath", str(DIST),
                    "--workpath", str(WORK), "--log-level", "WARN"], check=True, cwd=ROOT)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--build", action="store_true", help="build with PyInstaller first")
    ap.add_argument("--dist", type=Path, default=DIST / "itadesk",
                    help="the one-folder build to test (default build/dist/itadesk)")
    args = ap.parse_args(argv)
    if args.build:
        print("building with PyInstaller …", flush=True)
        print(f"build time: {build():.1f} s")
    app = args.dist
    if not (app / EXE).exists():
        print(f"no build at {app}: run with --build", file=sys.stderr)
        return 1
    size = folder_size(app)
    files = sum(1 for f in app.rglob("*") if f.is_file())
    print(f"bundle: {app}  {size / 2**20:.1f} MB in {files} files")
    smoke = Smoke(app)
    print("network: " + ("none (unshare -rn)" if smoke.prefix else "proxy set to a dead port"))
    t0 = time.perf_counter()
    try:
        smoke.steps()
    finally:
        shutil.rmtree(smoke.tmp, ignore_errors=True)
    print(f"smoke test passed in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
