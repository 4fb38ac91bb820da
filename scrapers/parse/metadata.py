"""Document metadata from every place real pages print it, resolved in a fixed order of trust.

See the package docstring for the order. Each resolved field records where it came from in
ParsedDocument.metadata_sources, e.g. {'title': 'xxgk', 'pub_date': 'meta:PubDate'}.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from lxml import etree

from scrapers.parse.dates import FULLWIDTH_TO_ASCII, parse_date, read_unseparated_date, year_in_title
from scrapers.parse.scan import XXGK_BOUND_LABELS, LabelHit, PageScan, collapse_spaces
from scrapers.parse.tree import is_inside

# 关于印发《X》的通知, 关于转发省教育厅《X》的通知, 印发《X》的通知 …
_NOTICE_TITLE = re.compile(r"^(?:关于)?.{0,30}?(?:印发|转发|下发|印送|公布|发布)[^《]{0,30}《(?P<inner>[^》]{2,120})》.{0,30}?通知$")
# The same without 《》 (关于印发2023年某区教育系统工作要点的通知): only a plan-like document is
# unwrapped, so 关于公布…名单的通知 stays a notice.
_BARE_NOTICE_TITLE = re.compile(
    r"^(?:[^《》]{0,30}?关于)?(?:印发|转发|下发|印送)(?P<inner>[^《》]{2,120}?(?:工作要点|要点|计划|方案|安排|总结|意见|规划|办法|细则|报告))的?通知$")
# 关于转发市教育局2023年…要点的通知: the office forwarded from is not part of the document's title.
_FORWARDED_FROM = re.compile(r"^[^\d《》]{1,20}?(?:局|厅|委员会|教委|政府|办公室|中心|部)(?=(?:19|20)\d{2})")
# What a table prints in a field the document does not have (文号：无, 来源：未知);
# 来源：本站 / 本网 / 本站原创 names the website, not the body that issued the document.
_PLACEHOLDER = re.compile(r"^(?:无|暂无|空|未知|不详|/|-+|—+|－+|none|null|n/?a|本站|本网|原创|本站原创|本网原创)$", re.I)
# A poster (发布者) that names an office, not a person.
_OFFICE = re.compile(r"(?:局|厅|委员会|教委|政府|办公室|中心|学校|学院|研究院|部|处|科|站|所|办)$")
_REPORT_WORDS = re.compile(r"推进情况|总结|进展|完成情况|落实情况|执行情况|工作报告")
_PLAN_WORDS = re.compile(r"工作要点|计划|要点|工作安排|工作重点")
_NOTICE_WORDS = re.compile(r"通知|通告|公告")
# Separators between a <title>'s document and site parts; a hyphen between digits (2022-2023学年)
# belongs to the title.
_TITLE_SEPARATOR = re.compile(r"\s*(?:[_|｜]+|-{2,}|—+|－+|\s-\s|(?<!\d)-(?!\d))\s*")
# Words a document's own title carries; a heading with one of them beats any other heading.
_DOCUMENT_WORDS = re.compile(r"要点|计划|总结|通知|方案|意见|报告|情况|规划|安排|办法|决定|通报|公告|年")
# A site's or an office's bare name (祁东县人民政府门户网站, 新乡市红旗区人民政府, 某县教育局): the
# masthead, never a document's title.
_SITE_NAME = re.compile(
    r"^[^，。；：,;:]{0,30}?(?:人民政府|政府|门户网站|政府网|网站|门户|政务网|信息网|官网|教育局|教育和体育局|教育体育局|教体局)"
    r"(?:门户网站|网站|门户|官网)?$"
)
_MIN_DOCUMENT_TITLE = 8  # column names (通知公告, 工作动态) are shorter than any document title
# 涞教字〔2023〕9号 printed alone on a line under a notice's title.
_DOC_NO_LINE = re.compile(r"^[\u4e00-\u9fff]{1,15}[〔\[［(（【]\s*(?:19|20)\d{2}\s*[〕\]］)）】]\s*第?\s*\d{1,5}\s*号$")
_DOC_NO_SEARCH_LINES = 8

META_FIELDS = {
    "title": ("articletitle", "title", "og:title"),
    "pub_date": ("pubdate", "publishdate", "firstpublishedtime"),
    "publisher": ("contentsource", "source"),
    "site_name": ("sitename",),
    "site_id_code": ("siteidcode",),
    "column_name": ("columnname",),
}
META_DISPLAY = {"articletitle": "ArticleTitle", "pubdate": "PubDate", "contentsource": "ContentSource",
                "sitename": "SiteName", "siteidcode": "SiteIDCode", "columnname": "ColumnName"}
REQUIRED_FIELDS = ("title", "index_no", "doc_no", "pub_date", "publisher")


@dataclass
class Metadata:
    title: str | None = None
    notice_title: str | None = None
    index_no: str | None = None
    doc_no: str | None = None
    pub_date: dt.date | None = None
    pub_date_raw: str | None = None
    written_date: dt.date | None = None
    written_date_raw: str = ""
    publisher: str | None = None
    site_name: str | None = None
    site_id_code: str | None = None
    column_name: str | None = None
    topic: str | None = None
    plan_year: int | None = None
    doc_kind: str = "other"
    sources: dict[str, str] = field(default_factory=dict)
    date_flags: list[str] = field(default_factory=list)
    conflicts: list[str] = field(default_factory=list)
    title_variants: set[str] = field(default_factory=set)  # compacted titles seen on the page
    plan_year_from_pub_date: bool = False


_ANY_SPACE = re.compile(r"[\s\u00a0\u3000]+")


def compact(text: str | None) -> str:
    """Text without any whitespace, for comparing titles printed with different spacing."""
    return _ANY_SPACE.sub("", text or "")


def unwrap_notice(title: str | None) -> str | None:
    """X for a title 关于印发《X》的通知 (or 关于印发X的通知 when X is a plan-like document), else None."""
    if not title:
        return None
    compacted = compact(title)
    match = _NOTICE_TITLE.match(compacted)
    if match:
        return match["inner"]
    match = _BARE_NOTICE_TITLE.match(compacted)
    return _FORWARDED_FROM.sub("", match["inner"], count=1) if match else None


def document_kind(title: str | None) -> str:
    if not title:
        return "other"
    if _REPORT_WORDS.search(title):
        return "report"
    if _PLAN_WORDS.search(title):
        return "plan"
    if _NOTICE_WORDS.search(title):
        return "notice"
    return "other"


def _hits_outside(hits: list[LabelHit], container: etree._Element | str | None) -> list[LabelHit]:
    if container is None:
        return hits
    return [hit for hit in hits if not is_inside(hit.node, container)]


def _meta(scan: PageScan, name: str) -> tuple[str, str] | None:
    for key in META_FIELDS[name]:
        value = scan.metas.get(key)
        if value:
            return collapse_spaces(value), "meta:" + META_DISPLAY.get(key, key)
    return None


def is_site_name(text: str | None) -> bool:
    """True for a masthead: a site's or an office's bare name, no document words."""
    compacted = compact(text)
    return bool(compacted) and _SITE_NAME.match(compacted) is not None and not _PLAN_WORDS.search(compacted) \
        and not _REPORT_WORDS.search(compacted) and not _NOTICE_WORDS.search(compacted)


def looks_like_document_title(text: str | None) -> bool:
    compacted = compact(text)
    return len(compacted) >= _MIN_DOCUMENT_TITLE and _DOCUMENT_WORDS.search(compacted) is not None \
        and not is_site_name(compacted)


def _clean_title_tag(title_tag: str, site: str) -> str | None:
    """The document's part of a <title>: '2023年全县教育工作要点_庄浪县人民政府' → '2023年全县教育
    工作要点'; None when the <title> is only the site's name."""
    pieces = [piece for piece in _TITLE_SEPARATOR.split(title_tag) if len(compact(piece)) >= 2]
    pieces = [piece for piece in pieces if compact(piece) != site and not is_site_name(piece)]
    if not pieces:
        return None
    return next((piece for piece in pieces if looks_like_document_title(piece)), pieces[0])


_SUBTITLE_DASH = ("——", "—", "--", "－－")
_SUBTITLE_DISTANCE = 3  # elements between a main heading and its subtitle (a wrapper, a <br>)


def _with_subtitles_joined(scan: PageScan) -> list[tuple[str, etree._Element]]:
    """Headings, with a ——subtitle naming the document printed right under a main heading joined
    to it (办好人民满意的教育 / ——某区2022年教育工作要点 is one title; ——某局办公室 is a byline)."""
    joined: list[tuple[str, etree._Element]] = []
    for text, element in scan.headings:
        if joined and text.startswith(_SUBTITLE_DASH) and looks_like_document_title(compact(text)) and \
                scan.order.get(element, 0) - scan.order.get(joined[-1][1], 0) <= _SUBTITLE_DISTANCE:
            joined[-1] = (joined[-1][0] + text, joined[-1][1])
        else:
            joined.append((text, element))
    return joined


def _page_heading(scan: PageScan, container: etree._Element | str | None) -> tuple[str, bool] | None:
    """The page's own heading outside the body text, and whether it looks like a document title.

    A heading that looks like a document title wins over one that does not; among equals, the one
    nearest above the content (a left menu's headings come before the article's own, a related
    list's after it). Mastheads (h1.site, the site's name) never count."""
    site = compact(scan.metas.get("sitename"))
    container_order = scan.order.get(container) if container is not None else None
    best, best_key = None, None
    for text, element in _with_subtitles_joined(scan):
        if container is not None and is_inside(element, container):
            continue
        compacted = compact(text)
        if len(compacted) < 4 or compacted == site or is_site_name(compacted):
            continue
        documentish = looks_like_document_title(compacted)
        order = scan.order.get(element, 0)
        above = container_order is not None and order < container_order
        key = (documentish, above, order if above else -order)
        if best_key is None or key > best_key:
            best, best_key = (text, documentish), key
    return best


def resolve_metadata(scan: PageScan, container: etree._Element | str | None, content_is_cms: bool) -> Metadata:
    """Pick each field from the most trusted place that has it (see the package docstring)."""
    hits = _hits_outside(scan.label_hits, container) if content_is_cms else scan.label_hits
    xxgk: dict[str, list[tuple[str, str]]] = {}
    header: dict[str, list[tuple[str, str]]] = {}
    for hit in hits:
        if not hit.value or _PLACEHOLDER.match(hit.value) or (not hit.xxgk and hit.label in XXGK_BOUND_LABELS):
            continue
        (xxgk if hit.xxgk else header).setdefault(hit.field, []).append((hit.value, hit.label))
    meta = Metadata()

    def candidates(name: str) -> list[tuple[str, str]]:
        found = [(value, "xxgk") for value, _ in xxgk.get(name, [])]
        meta_value = _meta(scan, name) if name in META_FIELDS else None
        if meta_value:
            found.append(meta_value)
        found += [(value, "header") for value, _ in header.get(name, [])]
        if name == "title":
            found = [(value, where) for value, where in found if not is_site_name(value)]
        if name == "publisher":  # last of all, a 发布者 that names an office
            found += [(value, where) for where, labelled in (("xxgk", xxgk), ("header", header))
                      for value, _ in labelled.get("poster", []) if _OFFICE.search(value)]
        return found

    for name in ("title", "index_no", "doc_no", "publisher", "topic", "site_name", "site_id_code", "column_name"):
        found = candidates(name)
        if found:
            setattr(meta, name, found[0][0])
            meta.sources[name] = found[0][1]
    if not meta.site_id_code and scan.footer_site_id:
        meta.site_id_code, meta.sources["site_id_code"] = scan.footer_site_id, "footer"

    found_heading = _page_heading(scan, container)
    heading = found_heading[0] if found_heading else None
    title_tag = _clean_title_tag(scan.title_tag, compact(scan.metas.get("sitename"))) if scan.title_tag else None
    if not meta.title:
        # A heading that reads like a document title, then such a <title>, then any heading, then
        # any <title> that is not the site's name.
        ranked = [(heading, "heading", found_heading and found_heading[1]),
                  (title_tag, "title_tag", looks_like_document_title(title_tag))]
        for value, where, _ in sorted(ranked, key=lambda entry: not entry[2]):
            if value:
                meta.title, meta.sources["title"] = value, where
                break
    meta.title_variants = {compact(v) for v, _ in candidates("title")} | {compact(heading)}
    meta.title_variants.discard("")

    # A wrapping notice: the page is titled 关于印发《X》的通知 and X is the document.
    inner = unwrap_notice(meta.title)
    if inner is None and heading and compact(unwrap_notice(heading)) == compact(meta.title):
        meta.notice_title, meta.sources["notice_title"] = heading, "heading"
    if inner:
        meta.notice_title, meta.title = meta.title, inner
        meta.sources["notice_title"] = meta.sources.get("title", "")
        meta.sources["title"] = "notice"
        meta.title_variants.add(compact(inner))

    # A <time> in the text is a date the document mentions, not the page's.
    times = [stamp for stamp, element in scan.times if not (content_is_cms and is_inside(element, container))]
    _resolve_dates(meta, xxgk, header, scan, times)
    meta.doc_kind = document_kind(meta.title)
    return meta


def _read_date(raw: str) -> tuple[dt.date | None, bool]:
    """The date printed in raw, and whether it had to be read from digits typed without 年月日."""
    date = parse_date(raw)
    if date is not None:
        return date, False
    date = read_unseparated_date(raw)
    return date, date is not None


def _resolve_dates(meta: Metadata, xxgk: dict, header: dict, scan: PageScan, times: list[str]) -> None:
    # pub_date, most trusted first: the 信息公开 block's 发布日期/发布时间/公开日期, the PubDate meta
    # tag, a header line's 发布时间/时间, an HTML5 <time> outside the text, and only then the block's
    # 发文日期/生成日期 (the day it was issued or entered, not published).
    meta_value = _meta(scan, "pub_date")
    raw_candidates = [(v, "xxgk") for v, _ in xxgk.get("pub_date", [])]
    raw_candidates += [meta_value] if meta_value else []
    raw_candidates += [(v, "header") for v, _ in header.get("pub_date", [])]
    raw_candidates += [(stamp, "time") for stamp in times]
    printed_as_published = len(raw_candidates)  # the rest are fallbacks: they may differ without conflict
    raw_candidates += [(v, f"xxgk:{label}") for v, label in xxgk.get("issued_date", [])]
    # Last, the day the page was updated (更新时间), which at least bounds the publication.
    raw_candidates += [(v, f"{where}:{label}") for where, labelled in (("xxgk", xxgk), ("header", header))
                       for v, label in labelled.get("updated_date", [])]
    read = [(*_read_date(raw), raw, source) for raw, source in raw_candidates]
    for date, unseparated, raw, source in read:
        if date is not None:
            meta.pub_date, meta.pub_date_raw, meta.sources["pub_date"] = date, raw, source
            if unseparated:
                meta.date_flags.append("pub_date_read_without_separators")
            break
    if meta.pub_date is None and read:
        meta.pub_date_raw = read[0][2]
        meta.date_flags.append("pub_date_unreadable")
    for date, _, raw, source in read:
        if date is None and meta.pub_date is not None:
            meta.date_flags.append(f"pub_date_unreadable_in:{source}")
    distinct = sorted({date.isoformat() for date, _, _, _ in read[:printed_as_published] if date})
    if len(distinct) > 1:
        meta.conflicts.append("pub_date:" + "|".join(distinct))

    for raw, _ in xxgk.get("written_date", []):
        if _set_written_date(meta, raw):
            meta.sources["written_date"] = "xxgk"
            break
    if meta.written_date_raw and meta.written_date is None:
        meta.date_flags.append("written_date_unreadable")


def _set_written_date(meta: Metadata, raw: str) -> bool:
    meta.written_date_raw = raw
    meta.written_date, unseparated = _read_date(raw)
    if unseparated:
        meta.date_flags.append("written_date_read_without_separators")
    return meta.written_date is not None


_BODY_TITLE = re.compile(r"^[^。；;：:，,！？!?]{4,50}$")


def adopt_body_title(meta: Metadata, first_line: str | None) -> None:
    """With no title anywhere else, a short first body line naming a document is the title."""
    if meta.title or not first_line or not _BODY_TITLE.match(first_line):
        return
    if document_kind(first_line) == "other":
        return
    meta.title, meta.sources["title"] = first_line, "body"
    meta.title_variants.add(compact(first_line))
    meta.doc_kind = document_kind(first_line)


# A label line standing alone above an attached plan: 附件, 附件1, 附件：.
_ATTACHMENT_LABEL = re.compile(r"^附件\s*[0-9０-９]{0,2}\s*[:：]?$")
_ATTACHED_TITLE_SEARCH_LINES = 20


def adopt_attached_plan_title(meta: Metadata, lines: list[str]) -> None:
    """A notice printing its plan in full under a bare 附件 label line: the line after the label,
    when it names a plan or report, is the document's own title, and the notice's title (the
    page's) becomes notice_title ('attachment')."""
    if meta.title and not meta.notice_title and document_kind(meta.title) != "other" \
            and not compact(meta.title).endswith("通知"):
        return  # the page is titled by the plan itself
    head = lines[:_ATTACHED_TITLE_SEARCH_LINES]
    for label, candidate in zip(head, head[1:]):
        if not _ATTACHMENT_LABEL.match(compact(label)) or not _BODY_TITLE.match(candidate):
            continue
        if document_kind(candidate) not in ("plan", "report") or compact(candidate) == compact(meta.title):
            return
        if meta.title and not meta.notice_title:
            meta.notice_title, meta.sources["notice_title"] = meta.title, meta.sources.get("title", "")
        meta.title, meta.sources["title"] = candidate, "attachment"
        meta.title_variants.add(compact(candidate))
        meta.doc_kind = document_kind(candidate)
        return


_QUOTED_DOCUMENT = re.compile(r"《(?P<name>[^《》]{4,80})》")


def adopt_quoted_plan_title(meta: Metadata, lines: list[str]) -> None:
    """A notice titled without 《》 (关于印发2025年全区教育工作要点的通知) names its plan loosely; the
    notice's text quoting the plan (现将《同安区2025年教育工作要点》印发…) gives its exact title,
    when the quoted name is the same kind of document for the same year."""
    if meta.sources.get("title") != "notice" or "《" in (meta.notice_title or ""):
        return
    for line in lines[:_ATTACHED_TITLE_SEARCH_LINES]:
        for match in _QUOTED_DOCUMENT.finditer(line):
            name = match["name"]
            if document_kind(name) == document_kind(meta.title) and year_in_title(name) == year_in_title(meta.title):
                meta.title = name
                meta.title_variants.add(compact(name))
                return


def adopt_body_doc_no(meta: Metadata, lines: list[str]) -> None:
    """With no 文号 anywhere else, a line that is nothing but a document number (涞教字〔2023〕9号)
    near the top of the body, before the addressee line (各学校：), is the doc_no."""
    if meta.doc_no:
        return
    for line in lines[:_DOC_NO_SEARCH_LINES]:
        if _DOC_NO_LINE.match(compact(line).translate(FULLWIDTH_TO_ASCII)):
            meta.doc_no, meta.sources["doc_no"] = line.strip(), "body"
            return
        if line.endswith(("：", ":")) or len(line) > 60:
            return


def apply_signing_date(meta: Metadata, raw: str, where: str) -> None:
    """A notice's or report's signing line gives the written date when no 成文日期 was printed."""
    if meta.written_date is not None or meta.written_date_raw:
        return
    if _set_written_date(meta, raw):
        meta.sources["written_date"] = where
    else:
        meta.date_flags.append("written_date_unreadable")


def keep_notice_without_plan(meta: Metadata, parts: list) -> None:
    """A notice whose plan is only attached (a .docx), not printed after it, is the page's document:
    its heading is the title and the document kind is notice."""
    if meta.notice_title and parts and parts[0].kind == "notice" and all(
            part.kind == "notice" or part.path == "closing" for part in parts):
        meta.title, meta.notice_title = meta.notice_title, None
        meta.sources["title"] = meta.sources.pop("notice_title", "")
        meta.doc_kind = "notice"


def settle_plan_year(meta: Metadata) -> None:
    year = year_in_title(meta.title)
    if year is not None:
        meta.plan_year, meta.sources["plan_year"] = year, "title"
    elif meta.pub_date is not None:
        meta.plan_year, meta.sources["plan_year"] = meta.pub_date.year, "pub_date"
        meta.plan_year_from_pub_date = True


def missing_fields(meta: Metadata) -> list[str]:
    return [name for name in REQUIRED_FIELDS if getattr(meta, name) in (None, "")]
