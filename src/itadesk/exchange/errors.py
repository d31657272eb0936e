"""Why a package was refused: one error type naming the file and the reason, Thai and English."""

from __future__ import annotations

from ..domain.errors import ItadeskError

# Reason codes (stable: tests, the CLI's report and the aggregation window use them).
REASONS = {
    "not_zip": ("ไม่ใช่ไฟล์ ZIP", "not a ZIP file"),
    "damaged_zip": ("ไฟล์ ZIP เสียหายหรือไม่ครบ", "the ZIP file is damaged or truncated"),
    "unsafe_path": ("ชื่อไฟล์ภายในไม่ปลอดภัย", "unsafe member path"),
    "link": ("มีลิงก์ (symlink) อยู่ภายใน", "the package contains a link"),
    "duplicate": ("มีชื่อไฟล์ภายในซ้ำกัน", "duplicate member names"),
    "too_large": ("ขนาดใหญ่เกินกำหนด", "too large"),
    "zip_bomb": ("อัตราการบีบอัดผิดปกติ (ZIP bomb)", "abnormal compression ratio (ZIP bomb)"),
    "encrypted": ("ไฟล์ภายในถูกเข้ารหัส", "encrypted member"),
    "unsupported": ("วิธีบีบอัดที่ไม่รองรับ", "unsupported compression"),
    "missing_member": ("ไฟล์ภายในไม่ครบ", "a member is missing"),
    "unexpected_member": ("มีไฟล์ภายในที่ไม่ได้ระบุไว้", "an unlisted member"),
    "newer_format": ("สร้างด้วยโปรแกรมรุ่นใหม่กว่า", "made by a newer program"),
    "bad_manifest": ("รายการกำกับ (manifest) ไม่ถูกต้อง", "invalid manifest"),
    "hash_mismatch": ("ค่าตรวจสอบ (SHA-256) ไม่ตรงกัน", "a SHA-256 does not match"),
    "bad_utf8": ("ข้อความไม่ใช่ UTF-8", "invalid UTF-8"),
    "bad_json": ("รูปแบบ JSON ไม่ถูกต้อง", "invalid JSON"),
    "bad_pdf": ("ไฟล์เอกสารไม่ใช่ PDF", "a document is not a PDF"),
    "invalid_value": ("ข้อมูลไม่ถูกต้อง", "invalid value"),
    "unknown_code": ("รหัสข้อไม่มีในกรอบการประเมิน", "unknown item code"),
    "too_long": ("ข้อความยาวเกินจริง", "absurdly long text"),
    "mismatch": ("ข้อมูลไม่ตรงกับรายการกำกับ", "data does not match the manifest"),
    "no_framework": ("ไม่มีกรอบการประเมินของปีนั้น", "no framework for that year"),
    "already_imported": ("นำเข้าไว้แล้ว", "already imported"),
    "cannot_read": ("อ่านไฟล์ไม่ได้", "cannot read the file"),
    "office_db": ("เป็นไฟล์ข้อมูลของหน่วยงาน ไม่ใช่ฐานข้อมูลรวม", "an office's own data file"),
    "older_package": ("เก่ากว่าฉบับที่นำเข้าไว้แล้ว", "older than the package already imported"),
    "not_stored": ("บันทึกลงฐานข้อมูลรวมไม่ได้", "could not be stored in the aggregation database"),
    "busy": ("ฐานข้อมูลรวมกำลังถูกใช้นำเข้าโดยโปรแกรมอื่น", "another import is using the aggregation database"),
    "internal": ("โปรแกรมตรวจไฟล์นี้ไม่สำเร็จ", "the program failed while checking this file"),
}


class PackageError(ItadeskError):
    """A package refused at import (or a package that cannot be built).

    `message(lang)` reads "ไฟล์ ก.ita.zip ถูกปฏิเสธ: <reason>: <detail>".
    """

    def __init__(self, file: str, reason: str, th: str = "", en: str = ""):
        self.file = file
        self.reason = reason
        rth, ren = REASONS.get(reason, (reason, reason))
        full_th = f"ไฟล์ {file} ถูกปฏิเสธ: {rth}" + (f": {th}" if th else "")
        full_en = f"{file} refused: {ren}" + (f": {en}" if en else "")
        super().__init__(full_th, full_en, field=reason)
        self.detail_th = th
        self.detail_en = en
