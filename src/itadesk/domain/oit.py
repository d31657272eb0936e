"""Progress on each OIT item (D4): what the office has published and where."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from . import validate
from .errors import ValidationError

OIT_STATUSES = {
    "not_started": ("ยังไม่ได้ดำเนินการ", "not started"),
    "in_progress": ("อยู่ระหว่างดำเนินการ", "in progress"),
    "done": ("ดำเนินการแล้ว", "done"),
}


OIT_ANSWERS = ("", "มี", "ไม่มี")

MAX_LINKS = 5  # ITAS and the LAO website systems keep several; LAO CMSs have link1..link5
MAX_IMAGE_BYTES = 5 * 2**20
IMAGE_TYPES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@dataclass(frozen=True)
class OitLink:
    """One evidence link of an OIT item with what it shows."""

    url: str
    description: str = ""


def check_links(code: str, links) -> list[OitLink]:
    """Up to MAX_LINKS links, each http(s) with a host; blank rows dropped. ValidationError
    naming the field ("ลิงก์ที่ 2 ของข้อ o5") otherwise."""
    out: list[OitLink] = []
    rows = list(links or [])
    for n, link in enumerate(rows, 1):
        if isinstance(link, OitLink):
            url, desc = link.url, link.description
        elif isinstance(link, dict):
            url, desc = link.get("url", ""), link.get("description", "")
        elif isinstance(link, (tuple, list)):
            url, desc = (list(link) + ["", ""])[:2]
        else:
            url, desc = link, ""
        label = f"ลิงก์ที่ {n} ของข้อ {code}"
        url = validate.text(label, url, max_len=2000).strip()
        desc = validate.text(f"คำอธิบายลิงก์ที่ {n} ของข้อ {code}", desc, max_len=1000).strip()
        if not url and not desc:
            continue
        if not url:
            raise ValidationError(label, "มีคำอธิบายแต่ไม่มีลิงก์", "a description without a link")
        parts = urlsplit(url)
        if parts.scheme.lower() not in ("http", "https") or not parts.netloc or any(
                ch.isspace() for ch in url):
            raise ValidationError(label, f"ลิงก์ “{url[:80]}” ต้องขึ้นต้นด้วย http:// หรือ https://",
                                  f"the link “{url[:80]}” must start with http:// or https://")
        out.append(OitLink(url, desc))
    if len(out) > MAX_LINKS:
        raise ValidationError(f"ลิงก์ของข้อ {code}",
                              f"มีลิงก์ {len(out)} รายการ ใส่ได้ไม่เกิน {MAX_LINKS} รายการต่อข้อ",
                              f"{len(out)} links: at most {MAX_LINKS} per item")
    return out


def check_image(code: str, data: bytes) -> str:
    """The MIME type of an item's image (PNG or JPEG, at most 5 MB); ValidationError otherwise."""
    label = f"รูปภาพของข้อ {code}"
    if not isinstance(data, (bytes, bytearray)) or not data:
        raise ValidationError(label, "ไม่มีข้อมูลรูปภาพ", "no image data")
    if len(data) > MAX_IMAGE_BYTES:
        raise ValidationError(label, f"ไฟล์ใหญ่ {len(data) / 2**20:.1f} MB เกิน 5 MB",
                              f"the file is {len(data) / 2**20:.1f} MB, over 5 MB")
    for magic, mime in IMAGE_TYPES.items():
        if bytes(data[:len(magic)]) == magic:
            return mime
    raise ValidationError(label, "ต้องเป็นรูปภาพ PNG หรือ JPEG", "must be a PNG or JPEG image")


def check_components(code: str, text) -> tuple[str, ...]:
    """An item's components typed by the clerk, one a line (blank lines dropped)."""
    lines = validate.text(f"องค์ประกอบของข้อ {code}", text, max_len=20_000).splitlines()
    return tuple(line.strip() for line in lines if line.strip())


@dataclass
class OitProgress:
    year: int
    code: str  # canonical item code of the year's framework (checked against it by storage)
    status: str = "not_started"
    progress: str = ""  # ความก้าวหน้า
    evidence_url: str = ""
    unit: str = ""  # หน่วยงานรับผิดชอบ
    title_override: str = ""  # the clerk's title for an item whose framework title is unknown
    id: int | None = None

    # ITAS's OIT form (issue 13): "มี/ไม่มี", the consultant's verdict, the office's
    # explanation (the ชี้แจงเพิ่มเติม window). Links, image and typed components are kept
    # beside the row (storage: oit_links, oit_images, oit_components; YearData has them)
    answer: str = ""  # "มี" | "ไม่มี" | "" (not answered yet)
    verdict: str = ""  # what the consultant (ผู้ตรวจ) decided / wrote
    explanation: str = ""  # the office's ชี้แจงเพิ่มเติม

    def __post_init__(self):
        self.year = validate.year_be("ปีงบประมาณ", self.year)
        self.code = validate.text("รหัสข้อ", self.code, required=True, max_len=20).strip()
        validate.choice("สถานะ", self.status, OIT_STATUSES)
        self.progress = validate.text("ความก้าวหน้า", self.progress)
        self.evidence_url = validate.text("ลิงก์หลักฐาน", self.evidence_url, max_len=2000).strip()
        self.unit = validate.text("หน่วยงานรับผิดชอบ", self.unit, max_len=500)
        self.title_override = validate.text("ชื่อข้อ", self.title_override, max_len=1000)
        self.answer = (self.answer or "").strip()
        validate.choice("คำตอบ (มี/ไม่มี)", self.answer, OIT_ANSWERS)
        self.verdict = validate.text("ผลการตรวจของผู้ตรวจ", self.verdict, max_len=5000)
        self.explanation = validate.text("คำชี้แจงเพิ่มเติม", self.explanation, max_len=5000)


def oit_gaps(fw, data) -> list[str]:
    """The year's OIT codes still without a title (framework's or the clerk's) or without
    components (framework's or typed for the year): gaps of D4, not ✓ (issue 16). For the
    completeness view (domain/completeness.py) and the consistency check."""
    typed_titles = data.title_overrides
    progress = {p.code: p for p in data.oit}
    gaps = []
    for item in fw.oit_items:
        p = progress.get(item.code)
        title = item.title_th or typed_titles.get(item.code) or (p.title_override if p else "")
        comps = item.components_th or data.item_components.get(item.code, ())
        if not title or not comps:
            gaps.append(item.code)
    return gaps
