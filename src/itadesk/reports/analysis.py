"""D1 — รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใส (seeds 001, 003).

Title block; overall score and result level by the year's framework rule; the summary
table of the 10 indicators (แบบ | ลำดับ | รายละเอียดตัวชี้วัด | คะแนน); a bar chart of the
indicator scores with the pass line; the analysis by indicator (framework.analysis_by ==
"indicator", up to 2566) or by issue with question-level score rows (2567 on) and the column
ข้อบกพร่อง/ข้อแก้ไข/ปรับปรุง/รักษาระดับ; then the two lists the OIT item asks for: the
weaknesses to fix urgently and the points to develop (Finding.urgency).
"""

from __future__ import annotations

from reportlab.lib.units import cm
from reportlab.platypus import CondPageBreak, Flowable

from itadesk.domain.assessment import Finding
from itadesk.domain.errors import ItadeskError, ValidationError
from itadesk.domain.memo import DOCUMENT_KINDS
from itadesk.reports.chart import ScoreBarChart
from itadesk.reports.common import (
    PORTRAIT_WIDTH,
    DocContext,
    fmt_int,
    fmt_score,
    labelled,
    no_data,
    office_lines,
    signature_block,
    target_name,
    target_sort_key,
    title_block,
)

TITLE = "รายงานการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ"
FINDING_HEADER = "ข้อบกพร่อง/ข้อแก้ไข/ปรับปรุง/รักษาระดับ"


def build(ctx: DocContext) -> list[Flowable]:
    ts, fw = ctx.ts, ctx.framework
    story: list[Flowable] = []
    story += title_block(ts, [TITLE, f"ประจำปีงบประมาณ พ.ศ. {ctx.y()}", *office_lines(ctx)])
    story += overall(ctx)
    story += [CondPageBreak(9 * cm), ts.para("แผนภูมิแสดงคะแนนรายตัวชี้วัด", "heading3"),
              chart(ctx), ts.spacer(6)]
    unit = "ประเด็น" if fw.analysis_by == "issue" else "ตัวชี้วัด"
    story.append(ts.para(f"๒. การวิเคราะห์ผลการประเมินราย{unit}", "heading1"))
    story += analysis_tables(ctx)
    story += urgency_lists(ctx)
    story += signature_block(ts, ctx.office.person_with_role("proposer"), label="ผู้วิเคราะห์")
    return story


# ------------------------------------------------------------------ overall and summary


def overall(ctx: DocContext) -> list[Flowable]:
    ts, fw, data = ctx.ts, ctx.framework, ctx.data
    out: list[Flowable] = [ts.para("๑. ผลการประเมินภาพรวม", "heading1")]
    res = ctx.score
    if res is None:
        out.append(no_data(ts, "ผลคะแนน ITA"))
        return out
    office = ctx.office.full_name
    if res.total is not None:
        text = (f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ{office} "
                f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} ได้คะแนนภาพรวม {fmt_score(ts, res.total)} คะแนน "
                f"ผลการประเมินอยู่ในระดับ “{res.level.label_th if res.level else '-'}” "
                f"({'ผ่าน' if res.passed else 'ไม่ผ่าน'}เกณฑ์ {ts.digits(f'{fw.pass_threshold:g}')} คะแนน)")
    else:
        missing = ", ".join(ts.digits(n) for n in res.missing)
        text = (f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ{office} "
                f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} ยังคำนวณคะแนนภาพรวมไม่ได้ "
                f"เพราะยังไม่มีคะแนนตัวชี้วัดที่ {missing}")
    if data.assessment.national_rank:
        text += f" อยู่ในลำดับที่ {fmt_int(ts, data.assessment.national_rank)} ของประเทศ"
    out.append(ts.para(text, "body_indent"))
    out.append(ts.para("คะแนนรายแบบวัด", "body_indent"))
    for ins in fw.instruments:
        score = res.instrument_scores.get(ins.code)
        out.append(ts.para(f"- {ins.name_th} ({ins.code}) {fmt_score(ts, score)} คะแนน "
                           f"(น้ำหนักร้อยละ {ts.digits(f'{ins.weight:g}')})", "body_indent"))
    out.append(ts.spacer(6))
    out.append(summary_table(ctx))
    return out


def summary_table(ctx: DocContext):
    """แบบ | ลำดับ | รายละเอียดตัวชี้วัด | คะแนน, the instrument code spanning its rows, and
    the total in the last row."""
    ts, fw = ctx.ts, ctx.framework
    res = ctx.score
    rows, spans = [], []
    r = 1
    for ins in fw.instruments:
        inds = fw.indicators_of(ins.code)
        for k, ind in enumerate(inds):
            score = res.indicator_scores.get(ind.no) if res else None
            rows.append([ins.code if k == 0 else "", ts.digits(ind.no), ind.name_th,
                         fmt_score(ts, score)])
        if len(inds) > 1:
            spans.append(((0, r), (0, r + len(inds) - 1)))
        r += len(inds)
    rows.append(["คะแนนรวม", "", "", fmt_score(ts, res.total if res else None)])
    spans.append(((0, r), (2, r)))
    w = PORTRAIT_WIDTH
    return ts.table([["แบบ", "ลำดับ", "รายละเอียดตัวชี้วัด", "คะแนน"]], rows,
                    [0.14 * w, 0.12 * w, 0.54 * w, 0.20 * w], numeric_cols=[3],
                    center_cols=[0, 1], spans=spans,
                    extra_style=[("VALIGN", (0, 1), (0, -1), "MIDDLE")])


def chart(ctx: DocContext) -> Flowable:
    ts, fw = ctx.ts, ctx.framework
    res = ctx.score
    bars = [(ts.digits(ind.no), res.indicator_scores.get(ind.no) if res else None)
            for ind in fw.indicators]
    return ScoreBarChart(ts, bars, pass_line=float(fw.pass_threshold), width=PORTRAIT_WIDTH,
                         height=7.5 * cm)


# ------------------------------------------------------------------ analysis tables


def _targets(ctx: DocContext) -> list[str]:
    """Framework order (indicators or issues), then any other target a finding names."""
    fw = ctx.framework
    if fw.analysis_by == "issue":
        keys = [f"issue:{iss.no}" for iss in fw.issues]
    else:
        keys = [f"ind:{ind.no}" for ind in fw.indicators]
    extra = sorted({f.target for f in ctx.data.findings} - set(keys), key=target_sort_key)
    return keys + extra


def _codes_for(ctx: DocContext, target: str) -> list[str]:
    fw = ctx.framework
    kind, _, no_s = target.partition(":")
    no = int(no_s) if no_s else 0
    if kind == "issue":
        iss = fw.issue(no)
        return list(iss.codes) if iss else []
    if kind == "ind":
        codes = [q.code for q in fw.questions_of(no)]
        codes += [o.code for o in fw.oit_items if o.indicator == no]
        scored = ctx.data.assessment.question_scores if ctx.data.assessment else {}
        return [c for c in codes if c in scored]  # up to 2566 only scored codes are shown
    return []


def _instrument_of_code(ctx: DocContext, code: str) -> str:
    fw = ctx.framework
    try:
        return fw.instrument_of_indicator(fw.item(code).indicator).code
    except (ItadeskError, KeyError, ValidationError):
        return ""


def finding_cell(ctx: DocContext, findings: list[Finding]) -> list[Flowable] | str:
    ts = ctx.ts
    cell: list[Flowable] = []
    for f in findings:
        for label, text in (("ข้อบกพร่อง:", f.weaknesses), ("ข้อแก้ไข/ปรับปรุง:", f.fixes),
                            ("รักษาระดับ:", f.keep)):
            p = labelled(ts, label, text, "table_cell")
            if p is not None:
                cell.append(p)
    return cell or "-"


def analysis_tables(ctx: DocContext) -> list[Flowable]:
    ts, fw, data = ctx.ts, ctx.framework, ctx.data
    scored = data.assessment.question_scores if data.assessment else {}
    res = ctx.score
    by_target: dict[str, list[Finding]] = {}
    for f in sorted(data.findings, key=lambda f: f.position):
        by_target.setdefault(f.target, []).append(f)
    targets = _targets(ctx)
    if not targets:
        return [no_data(ts)]
    w = PORTRAIT_WIDTH
    widths = [0.06 * w, 0.19 * w, 0.11 * w, 0.10 * w, 0.10 * w, 0.44 * w]
    header = [["ลำดับ", "หัวข้อ", "เครื่องมือการประเมิน", "ข้อคำถาม", "คะแนน", FINDING_HEADER]]
    out: list[Flowable] = []
    for n, target in enumerate(targets, 1):
        name = target_name(fw, target, ts)
        parts = name.split(" ", 2)
        topic = parts[2] if len(parts) == 3 else name
        rows = []
        codes = _codes_for(ctx, target)
        last_ins = None
        for code in codes:
            ins = _instrument_of_code(ctx, code)
            rows.append(["", "", ins if ins != last_ins else "", f"ข้อ {code}",
                         fmt_score(ts, scored.get(code))])
            last_ins = ins
        if not rows:  # no question rows: the indicator's own score (or none)
            score = None
            if target.startswith("ind:") and res is not None:
                score = res.indicator_scores.get(int(target[4:]))
            ins = ""
            if target.startswith("ind:"):
                try:
                    ins = fw.indicator(int(target[4:])).instrument
                except ItadeskError:
                    ins = ""
            rows.append(["", "", ins, "-", fmt_score(ts, score)])
        rows[0][0] = ts.digits(n)
        rows[0][1] = topic
        rows[0].append(finding_cell(ctx, by_target.get(target, [])))
        out.append(ts.para(name, "heading3"))
        out.append(ts.table(header, rows, widths, numeric_cols=[4], center_cols=[0, 2, 3]))
        out.append(ts.spacer(6))
    return out


# ------------------------------------------------------------------ urgent / develop lists


def urgency_lists(ctx: DocContext) -> list[Flowable]:
    ts, fw = ctx.ts, ctx.framework
    out: list[Flowable] = []
    findings = sorted(ctx.data.findings, key=lambda f: (target_sort_key(f.target), f.position))
    for no, (key, heading) in enumerate((("urgent", "ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน"),
                                         ("develop", "ประเด็นที่ต้องพัฒนา")), 3):
        out.append(ts.para(f"{ts.digits(no)}. {heading}", "heading1"))
        chosen = [f for f in findings if f.urgency == key]
        if not chosen:
            out.append(no_data(ts))
            continue
        for k, f in enumerate(chosen, 1):
            out.append(ts.markup(f"<b>{ts.digits(no)}.{ts.digits(k)} "
                                 f"{ts.escape(target_name(fw, f.target, ts))}</b>", "body"))
            for label, text in (("ข้อบกพร่อง:", f.weaknesses), ("แนวทางแก้ไข/พัฒนา:", f.fixes)):
                p = labelled(ts, label, text, "body_indent")
                if p is not None:
                    out.append(p)
    return out


TITLE_TH = DOCUMENT_KINDS["analysis"][0]
