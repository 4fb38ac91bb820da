"""Parse one gazette page (bytes as fetched) into a ParsedDocument. Pure: no I/O, never raises.

    from scrapers.parse import parse_page, PARSER_VERSION
    doc = parse_page(body, url, headers)

Steps: decode (decode.py) → one lxml parse of the page (tree.py) → one walk over it gathering
clues (scan.py) → content container, parsed by BeautifulSoup, and its clean paragraphs (body.py)
→ metadata (metadata.py) → notice, preamble, sections, items, sub-items (hierarchy.py).

Metadata order of trust (the first place that has a readable value wins; metadata_sources
records which one: 'xxgk', 'meta:<Name>', 'header', 'notice', 'signature', 'heading',
'title_tag', 'body', 'attachment', 'footer', 'time', 'xxgk:发文日期', 'xxgk:生成日期',
'header:更新时间'):
  1. the 信息公开 block ('xxgk'): labels 索引号 (索取号) 文号 (发文字号, 文件编号) 发文日期 成文日期
     发布日期 发布机构 主题分类 标题 (名称/信息名称 only there), matched on the label element's
     text with all spacing removed however it is nested (<b>索<span>&nbsp;</span>引号：</b>), in
     th/td, dt/dd, li, spans or div grids, never by position; a label ends with a colon, a bar
     (索引号|…) or its element, or is wrapped in brackets ([索引号] 【发文字号】 〔发布机构〕), and its
     value is what follows, up to a wide gap, a widget or the next label of the line, whatever
     it is (来源：某局 作者：张三); a placeholder (无, /, —) is no value. Every label inside the
     grid that holds the block's 索引号/文号/发布机构… labels belongs to the block, and its
     values beat every later source (the block's 发布机构 over a fuller ContentSource meta tag);
  2. gov <meta> tags ('meta:ArticleTitle', PubDate, ContentSource, SiteName, SiteIDCode,
     ColumnName), whatever the order of name= and content=;
  3. header lines near the title ('header'): 标题： 时间： 来源： 发布日期： 发布时间：, a date
     printed unlabelled before a line's labels (2023-02-16 10:21 来源：…), 发布者： when it names
     an office rather than a person;
  4. the document itself: a wrapping 关于印发《X》的通知 (or 某办关于转发某局X的通知, X a plan)
     makes X the title and keeps the notice title in notice_title ('notice'); the notice's signing line, or a closing signature, gives
     written_date when no 成文日期 was printed ('notice', 'signature'); a line that is only a
     document number (某教字〔2023〕9号) above the addressee line gives doc_no ('body'); a notice
     printing its plan under a bare 附件/附件1 label line takes that plan's title line as the
     title and keeps its own as notice_title ('attachment'); a notice whose plan is not printed
     after it (only attached as a file) keeps its own heading as the title, doc_kind notice;
  5. the title only: the page heading (h1-h3, .title/.tit/.bt outside the body text; the one
     nearest above the content) when it reads like a document title (要点/计划/总结/通知/方案/
     意见/报告/情况/年…), then such a <title> less its site part ('title_tag'), then any other
     heading, then any <title> part; a short first body line naming a plan/report/notice ('body').
     A ——subtitle naming the document joins the heading above it. A site's or office's bare
     name (…人民政府, …门户网站, …教育局) is never a title, wherever printed;
  6. the footer's 网站标识码 for site_id_code ('footer').
pub_date applies the same order with two additions: an HTML5 <time> outside the text comes after
the header lines ('time'), and the block's 发文日期 (or 生成日期, the day the entry was made) is
used only when no 发布日期/发布时间 (block, PubDate meta, header line, <time>) was printed
('xxgk:发文日期', 'xxgk:生成日期'), and an 更新时间 only when nothing else dates the page;
成文日期 is written_date, never pub_date.
Label values inside the content container are not metadata (a meeting notice's 时间：… line).
Dates that cannot be read are never guessed: pub_date stays None, pub_date_raw keeps the text,
and quality['date_flags'] says so. A date typed without 年月日 (2020415) is read only when its
digits split into a month and day one way (date_flags: 'pub_date_read_without_separators').
plan_year comes from the title (2022年工作要点, 2022-2023学年), else from pub_date with
quality['plan_year_from_pub_date'] = True.

quality keys (always all present, JSON-serialisable; lists and True flags name defects):
  numbering_scheme, section_style, item_style, subitem_style, section_count, item_count,
  subitem_total, skipped_numbers, repeated_numbers, rejected_markers, leftover_chars,
  title_repeats_dropped, missing_fields, date_flags, metadata_conflicts, written_date_raw,
  plan_year_from_pub_date, encoding, encoding_source, encoding_declared, decode_replaced_chars,
  content_container, empty_body, parser_error, parser_error_message.
"""

from __future__ import annotations

from scrapers.models import ParsedDocument
from scrapers.parse.body import extract_content
from scrapers.parse.decode import decode_html
from scrapers.parse.hierarchy import build_structure
from scrapers.parse.metadata import (
    Metadata,
    adopt_body_doc_no,
    adopt_attached_plan_title,
    adopt_quoted_plan_title,
    adopt_body_title,
    apply_signing_date,
    keep_notice_without_plan,
    missing_fields,
    resolve_metadata,
    settle_plan_year,
)
from scrapers.parse.scan import scan_tree
from scrapers.parse.tree import parse_document

__all__ = ["PARSER_VERSION", "parse_page"]

PARSER_VERSION = "1.4"


def parse_page(body: bytes, url: str, headers: dict[str, str] | None = None) -> ParsedDocument:
    """The document on one fetched page; problems are reported in quality, never raised."""
    quality = _blank_quality()
    try:
        return _parse(body, url, headers, quality)
    except Exception as error:  # the warehouse must get a row for every page, even a broken one
        quality.update(parser_error=True, parser_error_message=f"{type(error).__name__}: {error}"[:300],
                       empty_body=True)
        return _document(url if isinstance(url, str) else str(url), Metadata(), quality.get("encoding", ""),
                         "", [], quality)


def _parse(body: bytes, url: str, headers: dict[str, str] | None, quality: dict) -> ParsedDocument:
    if isinstance(body, str):
        body = body.encode("utf-8")
    decoded = decode_html(bytes(body or b""), headers if isinstance(headers, dict) else None)
    quality.update(encoding=decoded.encoding, encoding_source=decoded.source,
                   encoding_declared=decoded.declared, decode_replaced_chars=decoded.replaced_chars)

    root = parse_document(decoded.text)
    scan = scan_tree(root)
    content = extract_content(root, scan, decoded.text)
    meta = resolve_metadata(scan, content.container, content.is_cms)
    adopt_body_title(meta, content.lines[0] if content.lines else None)
    adopt_attached_plan_title(meta, content.lines)
    adopt_quoted_plan_title(meta, content.lines)
    adopt_body_doc_no(meta, content.lines)
    structure = build_structure(content.lines, meta.title_variants, meta.title, meta.notice_title)
    if structure.signing_date_raw:
        apply_signing_date(meta, structure.signing_date_raw, "notice")
    if structure.closing_date_raw:
        apply_signing_date(meta, structure.closing_date_raw, "signature")
    keep_notice_without_plan(meta, structure.parts)
    settle_plan_year(meta)

    parts = structure.parts
    items = sum(1 for part in parts if part.kind == "item")
    quality.update(structure.quality)
    quality.update(
        section_count=sum(1 for part in parts if part.kind == "section"),
        item_count=items,
        subitem_total=sum(1 for part in parts if part.kind == "subitem"),
        subitem_style=next((part.item_marker for part in parts if part.kind == "subitem"), ""),
        leftover_chars=sum(len(p.text) for p in parts if p.kind == "paragraph" and p.path != "closing") if items else 0,
        missing_fields=missing_fields(meta),
        date_flags=meta.date_flags,
        metadata_conflicts=meta.conflicts,
        written_date_raw=meta.written_date_raw,
        plan_year_from_pub_date=meta.plan_year_from_pub_date,
        content_container=content.how,
        empty_body=not structure.body,
    )
    return _document(url, meta, decoded.encoding, structure.body, parts, quality)


def _blank_quality() -> dict:
    return {
        "numbering_scheme": "flat",
        "section_style": "",
        "item_style": "",
        "subitem_style": "",
        "section_count": 0,
        "item_count": 0,
        "subitem_total": 0,
        "skipped_numbers": [],
        "repeated_numbers": [],
        "rejected_markers": [],
        "leftover_chars": 0,
        "title_repeats_dropped": 0,
        "missing_fields": ["title", "index_no", "doc_no", "pub_date", "publisher"],
        "date_flags": [],
        "metadata_conflicts": [],
        "written_date_raw": "",
        "plan_year_from_pub_date": False,
        "encoding": "",
        "encoding_source": "",
        "encoding_declared": "",
        "decode_replaced_chars": 0,
        "content_container": "none",
        "empty_body": False,
        "parser_error": False,
        "parser_error_message": "",
    }


def _document(url: str, meta: Metadata, encoding: str, body: str, parts: list, quality: dict) -> ParsedDocument:
    return ParsedDocument(
        url=url,
        title=meta.title,
        notice_title=meta.notice_title,
        index_no=meta.index_no,
        doc_no=meta.doc_no,
        pub_date=meta.pub_date,
        pub_date_raw=meta.pub_date_raw,
        written_date=meta.written_date,
        publisher=meta.publisher,
        site_name=meta.site_name,
        site_id_code=meta.site_id_code,
        column_name=meta.column_name,
        topic=meta.topic,
        plan_year=meta.plan_year,
        doc_kind=meta.doc_kind,
        encoding=encoding,
        body=body,
        parts=parts,
        quality=quality,
        metadata_sources=dict(meta.sources),
    )
