"""Document metadata from every place real pages print it, resolved in a fixed order of trust.

See the package docstring for the order. Each resolved field records where it came from in
ParsedDocument.metadata_sources, e.g. {'title': 'xxgk', 'pub_date': 'meta:PubDate'}.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from bs4 import Tag

from scrapers.parse.dates import parse_date, year_in_title
from scrapers.parse.scan import LabelHit, PageScan, collapse_spaces

# 关于印发《X》的通知, 关于转发省教育厅《X》的通知, 印发《X》的通知 …
_NOTICE_TITLE = re.compile(r"^(?:关于)?.{0,30}?(?:印发|转发|下发|印送|公布|发布)[^《]{0,30}《(?P<inner>[^》]{2,120})》.{0,30}?通知$")
_REPORT_WORDS = re.compile(r"推进情况|总结|进展|完成情况|落实情况|执行情况|工作报告")
_PLAN_WORDS = re.compile(r"工作要点|计划|要点|工作安排|工作重点")
_NOTICE_WORDS = re.compile(r"通知|通告|公告")
_TITLE_SUFFIX = re.compile(r"\s*(?:[_|｜]|--?|—|－)\s*[^_|｜—－-]{2,40}$")

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


def compact(text: str | None) -> str:
    """Text without any whitespace, for comparing titles printed with different spacing."""
    return re.sub(r"[\s\u00a0\u3000]+", "", text or "")


def unwrap_notice(title: str | None) -> str | None:
    """X for a title 关于印发《X》的通知, else None."""
    if not title:
        return None
    match = _NOTICE_TITLE.match(compact(title))
    return match["inner"] if match else None


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


def _hits_outside(hits: list[LabelHit], container: Tag | None) -> list[LabelHit]:
    if container is None:
        return hits
    return [hit for hit in hits if not any(parent is container for parent in hit.node.parents)]


def _meta(scan: PageScan, name: str) -> tuple[str, str] | None:
    for key in META_FIELDS[name]:
        value = scan.metas.get(key)
        if value:
            return collapse_spaces(value), "meta:" + META_DISPLAY.get(key, key)
    return None


def _clean_title_tag(title_tag: str) -> str:
    """'2023年全县教育工作要点_庄浪县人民政府' → '2023年全县教育工作要点'."""
    title = title_tag
    while True:
        match = _TITLE_SUFFIX.search(title)
        if not match or match.start() < 4:
            return title
        title = title[: match.start()]


def _first_heading(scan: PageScan, container: Tag | None) -> str | None:
    """The first h1/h2/.title outside the body text that is not the site's own name."""
    site = compact(scan.metas.get("sitename"))
    for text, element in scan.headings:
        if container is not None and any(parent is container for parent in element.parents):
            continue
        if compact(text) != site and len(compact(text)) >= 4:
            return text
    return None


def resolve_metadata(scan: PageScan, container: Tag | None, content_is_cms: bool) -> Metadata:
    """Pick each field from the most trusted place that has it (see the package docstring)."""
    hits = _hits_outside(scan.label_hits, container) if content_is_cms else scan.label_hits
    xxgk: dict[str, list[tuple[str, str]]] = {}
    header: dict[str, list[tuple[str, str]]] = {}
    for hit in hits:
        if hit.value:
            (xxgk if hit.xxgk else header).setdefault(hit.field, []).append((hit.value, hit.label))
    meta = Metadata()

    def candidates(name: str) -> list[tuple[str, str]]:
        found = [(value, "xxgk") for value, _ in xxgk.get(name, [])]
        meta_value = _meta(scan, name) if name in META_FIELDS else None
        if meta_value:
            found.append(meta_value)
        found += [(value, "header") for value, _ in header.get(name, [])]
        return found

    for name in ("title", "index_no", "doc_no", "publisher", "topic", "site_name", "site_id_code", "column_name"):
        found = candidates(name)
        if found:
            setattr(meta, name, found[0][0])
            meta.sources[name] = found[0][1]
    if not meta.site_id_code and scan.footer_site_id:
        meta.site_id_code, meta.sources["site_id_code"] = scan.footer_site_id, "footer"

    heading = _first_heading(scan, container)
    if not meta.title and heading:
        meta.title, meta.sources["title"] = heading, "heading"
    if not meta.title and scan.title_tag:
        meta.title, meta.sources["title"] = _clean_title_tag(scan.title_tag), "title_tag"
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

    _resolve_dates(meta, xxgk, header, scan)
    meta.doc_kind = document_kind(meta.title)
    return meta


def _resolve_dates(meta: Metadata, xxgk: dict, header: dict, scan: PageScan) -> None:
    published = [(v, "xxgk") for v, _ in xxgk.get("pub_date", [])]
    issued = [(v, "xxgk:发文日期") for v, _ in xxgk.get("issued_date", [])]
    meta_value = _meta(scan, "pub_date")
    raw_candidates = published + issued + ([meta_value] if meta_value else [])
    raw_candidates += [(v, "header") for v, _ in header.get("pub_date", [])]
    read = [(parse_date(raw), raw, source) for raw, source in raw_candidates]
    for date, raw, source in read:
        if date is not None:
            meta.pub_date, meta.pub_date_raw, meta.sources["pub_date"] = date, raw, source
            break
    if meta.pub_date is None and read:
        meta.pub_date_raw = read[0][1]
        meta.date_flags.append("pub_date_unreadable")
    for date, raw, source in read:
        if date is None and meta.pub_date is not None:
            meta.date_flags.append(f"pub_date_unreadable_in:{source}")
    distinct = sorted({date.isoformat() for date, _, source in read if date and source != "xxgk:发文日期"})
    if len(distinct) > 1:
        meta.conflicts.append("pub_date:" + "|".join(distinct))

    for raw, _ in xxgk.get("written_date", []):
        meta.written_date_raw = raw
        meta.written_date = parse_date(raw)
        if meta.written_date is not None:
            meta.sources["written_date"] = "xxgk"
            break
    if meta.written_date_raw and meta.written_date is None:
        meta.date_flags.append("written_date_unreadable")


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


def apply_signing_date(meta: Metadata, raw: str, where: str) -> None:
    """A notice's or report's signing line gives the written date when no 成文日期 was printed."""
    if meta.written_date is not None or meta.written_date_raw:
        return
    meta.written_date_raw = raw
    meta.written_date = parse_date(raw)
    if meta.written_date is None:
        meta.date_flags.append("written_date_unreadable")
    else:
        meta.sources["written_date"] = where


def settle_plan_year(meta: Metadata) -> None:
    year = year_in_title(meta.title)
    if year is not None:
        meta.plan_year, meta.sources["plan_year"] = year, "title"
    elif meta.pub_date is not None:
        meta.plan_year, meta.sources["plan_year"] = meta.pub_date.year, "pub_date"
        meta.plan_year_from_pub_date = True


def missing_fields(meta: Metadata) -> list[str]:
    return [name for name in REQUIRED_FIELDS if getattr(meta, name) in (None, "")]
