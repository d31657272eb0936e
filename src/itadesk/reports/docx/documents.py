"""D1–D5 as Word documents, section for section and table for table like the PDFs.

The data is prepared by the PDF modules' own helpers (grouping, names, round summaries,
counts), called with a `DocxText` in place of the Typesetter; only the layout is Word's.
"""

from __future__ import annotations

from itadesk.domain.measures import STATUSES
from itadesk.domain.oit import OIT_STATUSES, OitProgress
from itadesk.domain.plan import DIMENSIONS, ROUND_STATUSES, RoundReport, item_remaining
from itadesk.reports import analysis, measures_report, oit_checklist, plan_report, results_report
from itadesk.reports.common import (
    TICK,
    DocContext,
    item_title,
    status_lines,
    target_name,
    target_sort_key,
)
from itadesk.reports.docx.chart import score_chart_png
from itadesk.reports.docx.writer import Cell, DocxWriter, Run
from itadesk.reports.typesetter import NO_DATA

PORTRAIT_W = 16.0
LANDSCAPE_W = 29.7 - 2.5 - 2.0

# Column widths (cm) of the Word tables. The PDF's fractions are kept where they fit; Word
# and LibreOffice lay TH Sarabun out a little wider than the PDF's measured Sarabun, so
# "ลำดับ" gets at least 1.4 cm and money columns room for "๑๒๓,๔๕๖.๗๘" on one line.
ANALYSIS_WIDTHS = (1.4, 2.6, 2.0, 1.65, 1.5, 6.85)
PLAN_SUMMARY_WIDTHS = (1.4, 5.5, 0.9, 1.3, 1.7, 3.3, 1.6, 3.3, 3.3, 2.9)
PLAN_DETAIL_WIDTHS = (1.4, 3.6, 4.0, 3.1, 2.8, 2.2, 3.7, 2.8, 1.6)


def widths(fractions, total: float, first_min: float = 1.4) -> list[float]:
    """The PDF's column fractions of `total`, with the first (ลำดับ/ข้อ) column widened to
    `first_min` cm at the expense of the widest one."""
    out = [f * total for f in fractions]
    extra = first_min - out[0]
    if extra > 0:
        out[0] = first_min
        k = max(range(1, len(out)), key=lambda i: out[i])
        out[k] -= extra
    return out


def _t(ctx: DocContext):
    return ctx.ts  # a DocxText


def title_block(w: DocxWriter, lines: list[str]) -> None:
    for line in lines:
        if line:
            w.para(line, size=20, bold=True, align="center")
    w.spacer(10)


def office_lines(ctx: DocContext) -> list[str]:
    return [ctx.office.full_name, ctx.office.location]


def no_data(w: DocxWriter, what: str = "") -> None:
    text = f"{what}: {NO_DATA}" if what else NO_DATA
    w.para(f"– {text} –", align="center")


def signature(w: DocxWriter, person, label: str, left_cm: float) -> None:
    """'(ลงชื่อ) ........ ผู้รายงาน / (name) / position' on the right, kept together."""
    if person is None:
        return
    w.spacer(24)
    lines = [f"(ลงชื่อ) {'.' * 40} {label}", f"({person.name})"]
    if person.position:
        lines.append(person.position)
    for k, line in enumerate(lines):
        w.para(line, align="center", left_indent_cm=left_cm,
               keep_with_next=k < len(lines) - 1)


def section(w: DocxWriter, heading: str, text: str, level: int = 3) -> None:
    if heading:
        w.heading(heading, level)
    paras = [p.strip() for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]
    if paras:
        for p in paras:
            w.para(p, first_indent_cm=2.5, align="thai")
    else:
        no_data(w)


def labelled_runs(label: str, text: str) -> list[Run] | None:
    if not text or not text.strip():
        return None
    return [Run(label, bold=True), Run(" " + text)]


# ------------------------------------------------------------------ D1 analysis


def overall_text(ctx: DocContext) -> str:
    """The paragraph of analysis.overall(): total score, level, pass mark, rank."""
    t, fw, res = _t(ctx), ctx.framework, ctx.score
    office = ctx.office.full_name
    if res.total is not None:
        text = (f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ{office} "
                f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} ได้คะแนนภาพรวม {t.score(res.total)} คะแนน "
                f"ผลการประเมินอยู่ในระดับ “{res.level.label_th if res.level else '-'}” "
                f"({'ผ่าน' if res.passed else 'ไม่ผ่าน'}เกณฑ์ {t.digits(f'{fw.pass_threshold:g}')} คะแนน)")
    else:
        missing = ", ".join(t.digits(n) for n in res.missing)
        text = (f"ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของ{office} "
                f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} ยังคำนวณคะแนนภาพรวมไม่ได้ "
                f"เพราะยังไม่มีคะแนนตัวชี้วัดที่ {missing}")
    if ctx.data.assessment.national_rank:
        text += f" อยู่ในลำดับที่ {t.count(ctx.data.assessment.national_rank)} ของประเทศ"
    return text


def build_analysis(w: DocxWriter, ctx: DocContext) -> None:
    t, fw = _t(ctx), ctx.framework
    title_block(w, [analysis.TITLE, f"ประจำปีงบประมาณ พ.ศ. {ctx.y()}", *office_lines(ctx)])
    w.heading("๑. ผลการประเมินภาพรวม", 1)
    res = ctx.score
    if res is None:
        no_data(w, "ผลคะแนน ITA")
    else:
        w.para(overall_text(ctx), first_indent_cm=2.5, align="thai")
        w.para("คะแนนรายแบบวัด", first_indent_cm=2.5)
        for ins in fw.instruments:
            score = res.instrument_scores.get(ins.code)
            w.para(f"- {ins.name_th} ({ins.code}) {t.score(score)} คะแนน "
                   f"(น้ำหนักร้อยละ {t.digits(f'{ins.weight:g}')})", first_indent_cm=2.5)
        w.spacer(6)
        rows, spans, r = [], [], 1
        for ins in fw.instruments:
            inds = fw.indicators_of(ins.code)
            for k, ind in enumerate(inds):
                rows.append([ins.code if k == 0 else "", t.digits(ind.no), ind.name_th,
                             t.score(res.indicator_scores.get(ind.no))])
            if len(inds) > 1:
                spans.append(((0, r), (0, r + len(inds) - 1)))
            r += len(inds)
        rows.append([Cell(["คะแนนรวม"], bold=True), "", "", Cell([t.score(res.total)],
                                                                  align="right", bold=True)])
        spans.append(((0, r), (2, r)))
        W = PORTRAIT_W
        w.table([["แบบ", "ลำดับ", "รายละเอียดตัวชี้วัด", "คะแนน"]], rows,
                [0.14 * W, 0.12 * W, 0.54 * W, 0.20 * W], numeric_cols=[3],
                center_cols=[0, 1], spans=spans)
    # chart: a picture of the bars, the caption and legend as text
    w.heading("แผนภูมิแสดงคะแนนรายตัวชี้วัด", 3)
    bars = [(t.digits(ind.no), res.indicator_scores.get(ind.no) if res else None)
            for ind in fw.indicators]
    w.picture(score_chart_png(bars, float(fw.pass_threshold)), PORTRAIT_W)
    w.para(f"แกนนอน: ตัวชี้วัดที่ ๑–{t.digits(len(bars))}  แกนตั้ง: คะแนน  "
           f"เส้นประสีแดง: เกณฑ์ผ่าน {t.digits(f'{float(fw.pass_threshold):g}')} คะแนน "
           "(แท่งสีน้ำเงิน: ผ่านเกณฑ์ แท่งสีส้ม: ต่ำกว่าเกณฑ์)", size=12, align="center")
    unit = "ประเด็น" if fw.analysis_by == "issue" else "ตัวชี้วัด"
    w.heading(f"๒. การวิเคราะห์ผลการประเมินราย{unit}", 1)
    analysis_tables(w, ctx)
    urgency_lists(w, ctx)
    signature(w, ctx.office.person_with_role("proposer"), "ผู้วิเคราะห์", 7.5)


def _finding_cell(findings) -> list:
    paras = []
    for f in findings:
        for label, text in (("ข้อบกพร่อง:", f.weaknesses), ("ข้อแก้ไข/ปรับปรุง:", f.fixes),
                            ("รักษาระดับ:", f.keep)):
            runs = labelled_runs(label, text)
            if runs:
                paras.append(runs)
    return paras or ["-"]


def analysis_tables(w: DocxWriter, ctx: DocContext) -> None:
    t, fw, data = _t(ctx), ctx.framework, ctx.data
    scored = data.assessment.question_scores if data.assessment else {}
    res = ctx.score
    by_target: dict[str, list] = {}
    for f in sorted(data.findings, key=lambda f: f.position):
        by_target.setdefault(f.target, []).append(f)
    targets = analysis._targets(ctx)
    if not targets:
        no_data(w)
        return
    header = [["ลำดับ", "หัวข้อ", "เครื่องมือการประเมิน", "ข้อคำถาม", "คะแนน",
               analysis.FINDING_HEADER]]
    for n, target in enumerate(targets, 1):
        name = target_name(fw, target, t)
        parts = name.split(" ", 2)
        topic = parts[2] if len(parts) == 3 else name
        rows = []
        last_ins = None
        for code in analysis._codes_for(ctx, target):
            ins = analysis._instrument_of_code(ctx, code)
            rows.append(["", "", ins if ins != last_ins else "", f"ข้อ {code}",
                         t.score(scored.get(code))])
            last_ins = ins
        if not rows:
            score, ins = None, ""
            if target.startswith("ind:"):
                if res is not None:
                    score = res.indicator_scores.get(int(target[4:]))
                try:
                    ins = fw.indicator(int(target[4:])).instrument
                except Exception:
                    ins = ""
            rows.append(["", "", ins, "-", t.score(score)])
        rows[0][0] = t.digits(n)
        rows[0][1] = topic
        for row in rows:
            row.append("")
        rows[0][5] = _finding_cell(by_target.get(target, []))
        spans = []
        if len(rows) > 1:  # ลำดับ, หัวข้อ and the findings span the question rows
            last = len(rows)
            spans = [((0, 1), (0, last)), ((1, 1), (1, last)), ((5, 1), (5, last))]
        w.heading(name, 3)
        w.table(header, rows, ANALYSIS_WIDTHS, numeric_cols=[4], center_cols=[0, 2, 3],
                spans=spans)


def urgency_lists(w: DocxWriter, ctx: DocContext) -> None:
    t, fw = _t(ctx), ctx.framework
    findings = sorted(ctx.data.findings, key=lambda f: (target_sort_key(f.target), f.position))
    for no, (key, heading) in enumerate((("urgent", "ข้อบกพร่องที่ต้องแก้ไขอย่างเร่งด่วน"),
                                         ("develop", "ประเด็นที่ต้องพัฒนา")), 3):
        w.heading(f"{t.digits(no)}. {heading}", 1)
        chosen = [f for f in findings if f.urgency == key]
        if not chosen:
            no_data(w)
            continue
        for k, f in enumerate(chosen, 1):
            w.para(Run(f"{t.digits(no)}.{t.digits(k)} {target_name(fw, f.target, t)}",
                       bold=True), keep_with_next=True)
            for label, text in (("ข้อบกพร่อง:", f.weaknesses),
                                ("แนวทางแก้ไข/พัฒนา:", f.fixes)):
                runs = labelled_runs(label, text)
                if runs:
                    w.para(runs, first_indent_cm=2.5, align="thai")


# ------------------------------------------------------------------ D2 measures


def build_measures(w: DocxWriter, ctx: DocContext) -> None:
    t, fw = _t(ctx), ctx.framework
    year = ctx.year + 1
    title_block(w, [measures_report.TITLE, f"ประจำปีงบประมาณ พ.ศ. {t.digits(year)}",
                    *office_lines(ctx)])
    measures = ctx.data.next_measures
    w.para(f"จากผลการวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ "
           f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} {ctx.office.full_name} ได้กำหนดมาตรการ โครงการ "
           f"หรือกิจกรรมเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ในปีงบประมาณ พ.ศ. "
           f"{t.digits(year)} จำนวน {t.digits(len(measures))} รายการ ดังนี้",
           first_indent_cm=2.5, align="thai")
    w.spacer(6)
    if not measures:
        no_data(w, "มาตรการ")
        return
    rows = []
    for target, items in measures_report.grouped(measures):
        rows.append([target_name(fw, target, t)])
        for k, m in enumerate(items, 1):
            rows.append([t.digits(k), m.title, m.steps or "-", m.period or "-", m.units or "-",
                         m.follow_up or "-"])
    w.table([measures_report.HEADER], rows, widths(measures_report.WIDTHS, LANDSCAPE_W),
            center_cols=[0])
    signature(w, ctx.office.person_with_role("proposer"), "ผู้จัดทำ", 14)


# ------------------------------------------------------------------ D3 results


def build_results(w: DocxWriter, ctx: DocContext) -> None:
    t = _t(ctx)
    group_by = ctx.options.get("group_by", "target") or "target"
    if group_by not in results_report.GROUP_BY:
        from itadesk.domain.errors import ItadeskError

        raise ItadeskError(
            f"จัดกลุ่มได้เฉพาะ {' หรือ '.join(results_report.GROUP_BY)} ไม่ใช่ “{group_by}”",
            f"group_by must be one of {', '.join(results_report.GROUP_BY)}, not “{group_by}”",
            field="group_by")
    fw = results_report.measures_framework(ctx)
    measures = ctx.data.measures
    title_block(w, [results_report.TITLE, f"ประจำปีงบประมาณ พ.ศ. {ctx.y()}", *office_lines(ctx)])
    w.para(f"ตามที่{ctx.office.full_name} ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการ"
           f"ดำเนินงานของหน่วยงานภาครัฐ ประจำปีงบประมาณ พ.ศ. {t.digits(ctx.year - 1)} และกำหนด"
           f"มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงานเพื่อดำเนินการในปีงบประมาณ พ.ศ. "
           f"{ctx.y()} นั้น ขอรายงานผลการดำเนินการตามมาตรการ ดังนี้",
           first_indent_cm=2.5, align="thai")
    w.spacer(6)
    if not measures:
        no_data(w, "มาตรการ")
        return
    rows = []
    for heading, subgroups in results_report._groups(ctx, fw, group_by):
        rows.append([heading])
        for sub, items in subgroups:
            if sub:
                rows.append([sub])
            for k, m in enumerate(items, 1):
                result = [m.summary or "-"]
                if m.evidence:
                    result.append(f"หลักฐาน: {m.evidence}")
                rows.append([t.digits(k), m.title, m.steps or "-", m.period or "-",
                             m.units or "-", status_lines(t, STATUSES, m.status).split("\n"),
                             result, m.outcome or "-"])
    w.table([results_report.HEADER], rows, widths(results_report.WIDTHS, LANDSCAPE_W),
            center_cols=[0])
    c = results_report.counts(measures)
    total = len(measures)
    rate = 100.0 * c["done"] / total if total else 0.0
    w.spacer(8)
    w.para(f"สรุป: มาตรการทั้งหมด {t.digits(total)} รายการ "
           f"ดำเนินการแล้ว {t.digits(c['done'])} รายการ "
           f"อยู่ระหว่างดำเนินการ {t.digits(c['in_progress'])} รายการ "
           f"ยังไม่ได้ดำเนินการ {t.digits(c['not_started'])} รายการ "
           f"(ดำเนินการแล้วร้อยละ {t.digits(f'{rate:.2f}')})")
    signature(w, ctx.office.person_with_role("proposer"), "ผู้รายงาน", 14)


# ------------------------------------------------------------------ D4 OIT


def oit_groups(ctx: DocContext) -> list[tuple[str, list]]:
    """[(heading, items)] in the order of oit_checklist.build: sub-indicators, then items
    without one under their indicator."""
    fw = ctx.framework
    groups = fw.items_by_sub_indicator()
    ordered: list[tuple[str, list]] = []
    for key, group in groups.items():
        if key is not None:
            ordered.append((oit_checklist._group_heading(ctx, key, group[0].indicator),
                            list(group)))
    by_ind: dict[int, list] = {}
    for item in groups.get(None, ()):
        by_ind.setdefault(item.indicator, []).append(item)
    for ind, group in sorted(by_ind.items()):
        ordered.append((oit_checklist._group_heading(ctx, None, ind), group))
    return ordered


def build_oit(w: DocxWriter, ctx: DocContext) -> None:
    t, fw, data = _t(ctx), ctx.framework, ctx.data
    title_block(w, [oit_checklist.TITLE, f"ประจำปีงบประมาณ พ.ศ. {ctx.y()}", *office_lines(ctx)])
    progress: dict[str, OitProgress] = {fw.normalize_code(p.code): p for p in data.oit}
    items = list(fw.oit_items)
    w.para(f"ประเด็นการประเมินการเปิดเผยข้อมูลสาธารณะ (OIT) ตามกรอบการประเมินประจำปีงบประมาณ "
           f"พ.ศ. {t.digits(fw.fiscal_year)} จำนวน {t.digits(len(items))} ข้อ "
           f"และความก้าวหน้าการดำเนินการของ{ctx.office.full_name} ดังนี้",
           first_indent_cm=2.5, align="thai")
    w.spacer(6)
    if not items:
        no_data(w, "ข้อการประเมิน OIT")
        return
    rows = []
    for heading, group in oit_groups(ctx):
        rows.append([heading])
        last_group_th = None
        for item in group:
            if item.group_th and item.group_th != last_group_th:
                rows.append([item.group_th])
                last_group_th = item.group_th
            p = progress.get(item.code)
            rows.append([
                item.code,
                item_title(fw, data, item.code, p.title_override if p else ""),
                [f"- {c}" for c in item.components_th] or ["-"],
                (p.unit if p else "") or "-",
                status_lines(t, OIT_STATUSES, p.status if p else "not_started").split("\n"),
                (p.progress if p else "") or "-",
                (p.evidence_url if p else "") or "-",
            ])
    w.table([oit_checklist.HEADER], rows, widths(oit_checklist.WIDTHS, LANDSCAPE_W),
            center_cols=[0])
    c = oit_checklist.counts(items, progress)
    w.spacer(8)
    w.para(f"สรุป: ข้อการประเมินทั้งหมด {t.digits(len(items))} ข้อ "
           f"ดำเนินการแล้ว {t.digits(c['done'])} ข้อ "
           f"อยู่ระหว่างดำเนินการ {t.digits(c['in_progress'])} ข้อ "
           f"ยังไม่ได้ดำเนินการ {t.digits(c['not_started'])} ข้อ")
    signature(w, ctx.office.person_with_role("proposer"), "ผู้รายงาน", 14)


# ------------------------------------------------------------------ D5 action plan


def build_plan(w: DocxWriter, ctx: DocContext) -> None:
    """Cover, คำนำ, สารบัญ (a Word TOC field), ๑. ความเป็นมา (portrait), then ๒. the summary
    table and ๓. the detailed table on landscape pages."""
    t, data = _t(ctx), ctx.data
    rep = data.round_reports.get(ctx.round) or RoundReport(year=ctx.year, round=ctx.round)
    rs = plan_report.round_summary(ctx)
    rnd = f"รอบ {t.digits(ctx.round)} เดือน"
    plan = data.plan
    plan_name = plan.title if plan else "แผนปฏิบัติการป้องกันการทุจริต"
    plan_span = (f"(พ.ศ. {t.digits(plan.start_year)} – {t.digits(plan.end_year)})"
                 if plan else "")
    office = ctx.office
    period = plan_report.period_text(ctx)
    # cover
    w.spacer(80)
    w.para(plan_report.TITLE, size=32, bold=True, align="center", space_after=12)
    for s in (office.full_name, f"ประจำปีงบประมาณ พ.ศ. {ctx.y()} {rnd}", f"({period})"):
        w.para(s, size=24, bold=True, align="center", space_after=8)
    w.spacer(40)
    for s in ["จัดทำโดย", *([rep.prepared_by] if rep.prepared_by else []),
              office.full_name, office.location]:
        if s:
            w.para(s, size=20, align="center")
    w.page_break()
    # คำนำ
    w.para("คำนำ", size=20, bold=True, align="center", space_after=6)
    paras = [p.strip() for p in (rep.preface or "").split("\n\n") if p.strip()]
    for p in paras:
        w.para(p, first_indent_cm=2.5, align="thai")
    if not paras:
        no_data(w)
    w.spacer(16)
    w.para(rep.prepared_by or office.full_name, align="right")
    w.page_break()
    # สารบัญ
    w.para("สารบัญ", size=20, bold=True, align="center", space_after=6)
    headings = ["๑. ความเป็นมา", "๒. สรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต",
                "๓. รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต"]
    toc = w.para("", tabs=[(PORTRAIT_W, "right", "dot")])
    w.field(toc, 'TOC \\o "1-2" \\h \\z \\u', "")
    # the field's cached result: the headings (Word fills in the page numbers on opening)
    fld_end = toc._p[-1]
    toc._p.remove(fld_end)
    for k, h in enumerate(headings):
        if k:
            toc.add_run().add_break()
        w.runs(toc, [h, "\t"])
    toc._p.append(fld_end)
    w.update_fields_on_open()
    w.page_break()
    # ๑. ความเป็นมา
    w.heading("๑. ความเป็นมา", 1)
    section(w, "ที่มาและความสำคัญ", rep.background)
    w.heading("ปัจจัยที่มีผลต่อความสำเร็จของโครงการ/กิจกรรม", 3)
    for label, text in (("Context (บริบท)", rep.context), ("Input (ปัจจัยนำเข้า)", rep.input),
                        ("Process (กระบวนการ)", rep.process), ("Product (ผลผลิต)", rep.product)):
        section(w, label, text)
    w.heading(f"ผลการดำเนินงาน ({period})", 3)
    w.para(f"{plan_name} {plan_span} ประจำปีงบประมาณ พ.ศ. {ctx.y()} ของ{office.full_name} "
           f"ประกอบด้วยโครงการ/กิจกรรม/มาตรการ จำนวน {t.count(rs.total)} รายการ ดังนี้",
           first_indent_cm=2.5, align="thai")
    for dim, name in DIMENSIONS.items():
        w.para(f"- มิติที่ {t.digits(dim)} {name} ประกอบด้วย "
               f"{t.count(rs.by_dimension.get(dim, 0))} รายการ", first_indent_cm=2.5)
    w.para(f"ผลการดำเนินงานรอบ {t.digits(ctx.round)} เดือน ดังนี้", first_indent_cm=2.5)
    lines = [f"อยู่ระหว่างดำเนินการ {t.count(rs.in_progress)} โครงการ",
             f"ดำเนินการแล้วเสร็จ {t.count(rs.done)} โครงการ",
             f"ไม่สามารถดำเนินการได้ {t.count(rs.cannot)} โครงการ"]
    if rs.pending:
        lines.append(f"ยังไม่ได้รายงานผล {t.count(rs.pending)} โครงการ")
    lines += [f"เบิกจ่ายงบประมาณ {t.money(rs.disbursed)} บาท จากงบประมาณ {t.money(rs.budget)} บาท "
              f"คงเหลือ {t.money(rs.remaining)} บาท",
              f"มีการนำแผนฯ ไปปฏิบัติอยู่ในระดับ {rs.level} ร้อยละ {t.digits(f'{rs.rate:.2f}')} "
              f"(ดำเนินการแล้วเสร็จ {t.count(rs.done)} จาก {t.count(rs.total)} รายการ)"]
    for k, line in enumerate(lines, 1):
        w.para(f"{t.digits(k)}. {line}", first_indent_cm=2.5)
    for heading, text in (("ผลสัมฤทธิ์ของงาน/โครงการ", rep.achievements),
                          ("ประโยชน์ที่ประชาชนได้รับจากการดำเนินโครงการ", rep.benefits),
                          ("ปัญหาและอุปสรรคในการดำเนินงาน", rep.problems),
                          ("ข้อเสนอแนะ", rep.suggestions),
                          ("แผนการดำเนินงานในระยะต่อไป", rep.next_steps)):
        section(w, heading, text)
    # ๒. summary table (landscape)
    w.landscape()
    w.heading("๒. สรุปผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", 1)
    w.para(f"{plan_name} {plan_span} ประจำปีงบประมาณ พ.ศ. {ctx.y()} {rnd} ({period})")
    w.spacer(6)
    rows = []
    for k, (item, res) in enumerate(rs.rows, 1):
        remark = [res.remark] if res.remark else []
        if res.status == "cannot" and res.reason:
            remark.insert(0, res.reason)
        if res.status in ("in_progress", "pending"):
            remark.insert(0, ROUND_STATUSES[res.status][0])
        rows.append([
            t.digits(k), item.name, t.digits(item.dimension),
            TICK if res.status == "done" else "",
            TICK if res.status == "cannot" else "",
            t.money(item.budget) if item.uses_budget else "-",
            TICK if not item.uses_budget else "",
            t.money(res.disbursed or 0) if item.uses_budget or res.disbursed else "-",
            t.money(item_remaining(item, res)) if item.uses_budget else "-",
            " ".join(remark),
        ])
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (4, 0)),
             ((5, 0), (8, 0)), ((9, 0), (9, 1))]
    if rows:
        rows.append([Cell(["รวม"], bold=True, align="center"), "", "",
                     Cell([t.count(rs.done)], bold=True, align="center"),
                     Cell([t.count(rs.cannot)], bold=True, align="center"),
                     Cell([t.money(rs.budget)], bold=True, align="right"),
                     Cell([t.count(rs.non_budget_items)], bold=True, align="center"),
                     Cell([t.money(rs.disbursed)], bold=True, align="right"),
                     Cell([t.money(rs.remaining)], bold=True, align="right"), ""])
        last = len(rows) + 1
        spans.append(((0, last), (2, last)))
    w.table(plan_report.SUMMARY_HEADER, rows,
            PLAN_SUMMARY_WIDTHS, numeric_cols=[5, 7, 8],
            center_cols=[0, 2, 3, 4, 6], spans=spans)
    h3 = w.heading("๓. รายงานผลการดำเนินงานตามแผนปฏิบัติการป้องกันการทุจริต", 1)
    h3.paragraph_format.page_break_before = True  # (a break paragraph could leave a blank page)
    w.para(f"{office.full_name} ประจำปีงบประมาณ พ.ศ. {ctx.y()} {rnd} ({period})")
    w.spacer(6)
    rows = []
    for k, (item, res) in enumerate(rs.rows, 1):
        result: list = [[Run(ROUND_STATUSES[res.status][0], bold=True)]]
        if res.result:
            result.append(res.result)
        if res.status == "cannot" and res.reason:
            result.append(f"เหตุผล: {res.reason}")
        rows.append([
            t.digits(k), item.name, item.method or "-", item.kpi or "-",
            t.money(item.budget) if item.uses_budget else plan_report.NO_BUDGET,
            item.period or "-", result,
            t.money(res.disbursed or 0) if item.uses_budget else plan_report.NO_BUDGET,
            item.unit or "-",
        ])
    w.table([plan_report.DETAIL_HEADER], rows,
            PLAN_DETAIL_WIDTHS, center_cols=[0],
            numeric_cols=[4, 7])


BUILDERS = {
    "analysis": (build_analysis, False),   # (builder, landscape)
    "measures": (build_measures, True),
    "results": (build_results, True),
    "oit": (build_oit, True),
    "plan": (build_plan, False),
}
