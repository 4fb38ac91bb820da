"""Plain records passed between the pipeline's stages.

Every stage (crawl, parse, enrich) returns these; the warehouse turns them into rows. They hold
no behaviour beyond trivial derived values, so each stage can be tested without the others.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


# --------------------------------------------------------------------------- sources and fetching


@dataclass(frozen=True)
class Source:
    """One site to crawl, from the sources YAML file."""

    id: str
    name: str
    start_urls: tuple[str, ...]
    article_pattern: str
    region_code: str | None = None  # explicit GB/T 2260 hint; wins over nothing, loses to the page
    max_listing_pages: int = 50
    min_delay_seconds: float = 1.0  # between two requests to one host
    max_concurrency: int = 2  # per host


@dataclass(frozen=True)
class KnownPage:
    """What the warehouse already holds for a URL: enough for a conditional request."""

    url: str
    etag: str | None
    last_modified: str | None
    content_hash: str | None


@dataclass
class FetchedPage:
    """One HTTP exchange (or a failed attempt) for a URL.

    kind: 'listing', 'article', 'attachment' or 'robots'. body is None when the server answered
    304 Not Modified (not_modified=True) or when the fetch failed (error set).
    """

    source_id: str
    url: str
    kind: str
    fetched_at: dt.datetime
    status: int | None
    headers: dict[str, str]
    body: bytes | None
    content_hash: str | None
    final_url: str | None = None
    not_modified: bool = False
    error: str | None = None  # the reason, e.g. 'timeout', 'http 404', 'soft-404', 'too large'


@dataclass
class SourceCrawl:
    """Everything one source's crawl produced; one failing source never hides the others."""

    source_id: str
    started_at: dt.datetime
    finished_at: dt.datetime
    pages: list[FetchedPage] = field(default_factory=list)
    article_urls: list[str] = field(default_factory=list)  # every article link discovered
    error: str | None = None  # set when the source as a whole failed (e.g. start page down)

    @property
    def ok(self) -> bool:
        return self.error is None


# --------------------------------------------------------------------------- parsing


@dataclass
class Part:
    """A contiguous slice of a document's clean body: one row per item.

    kind: 'notice' (a wrapping notice), 'preamble', 'section' (a section heading line with any
    unnumbered text directly under it), 'item' (numbered 1.), 'subitem' ((一) / 一是 when they
    sit under an item), or 'paragraph' (unnumbered text inside a section with no numbered items).
    start/end are character offsets into ParsedDocument.body; parts tile the body exactly.
    """

    kind: str
    path: str  # stable within a document, e.g. '0', '3', '3.2', '3.2.1'
    start: int
    end: int
    text: str
    title: str  # lead sentence (up to the first 。；) without the marker
    section_no: int | None = None
    section_heading: str | None = None
    item_no: int | None = None
    item_marker: str | None = None  # as printed, e.g. '1.', '１．', '（一）', '一是'
    sub_no: int | None = None


@dataclass
class ParsedDocument:
    url: str
    title: str | None
    notice_title: str | None  # the wrapping 关于印发《X》的通知 title when there is one
    index_no: str | None
    doc_no: str | None
    pub_date: dt.date | None
    pub_date_raw: str | None  # as printed, kept when it could not be read
    written_date: dt.date | None  # 成文日期 or a notice's signing date
    publisher: str | None
    site_name: str | None
    site_id_code: str | None
    column_name: str | None
    topic: str | None  # 主题分类
    plan_year: int | None
    doc_kind: str  # 'plan', 'report', 'notice', 'other'
    encoding: str
    body: str  # clean body text, original characters, paragraphs joined by '\n'
    parts: list[Part]
    quality: dict  # numbering scheme, skipped/repeated numbers, leftovers, missing fields...
    metadata_sources: dict[str, str] = field(default_factory=dict)  # field -> where it came from


# --------------------------------------------------------------------------- enrichment


@dataclass
class Target:
    """A quantitative statement in an item's text."""

    span: str
    start: int  # offsets into the item text
    end: int
    value: float
    value_max: float | None
    unit: str | None  # as printed
    unit_normalized: str | None  # e.g. '元', '平方米', '%', '个百分点', '所'
    scale: float  # multiply value by scale to get unit_normalized
    comparator: str | None
    subject: str | None
    hedged: bool
    status: str  # 'planned' or 'achieved'
    deadline: str | None


@dataclass
class ThemeAssignment:
    primary_theme: str
    primary_score: float
    low_confidence: bool
    scores: dict[str, float]
    secondary_themes: list[str]
    evidence: dict[str, list[str]]  # theme code -> matched terms


@dataclass
class RegionResolution:
    region_code: str | None  # 6-digit GB/T 2260, None when unresolved
    region_name: str | None
    region_level: str | None  # 'province', 'prefecture', 'county'
    method: str  # which clue settled it: 'publisher', 'title', 'site_name', 'site_id_code', 'source_hint', 'unresolved'
    confidence: float
    ambiguous: bool
    candidates: list[str]
    uscc: str | None  # unified social credit code read from the 索引号
    uscc_valid: bool | None
    uscc_division: str | None  # characters 3-8 of the credit code


@dataclass(frozen=True)
class DocumentToEnrich:
    """A parsed document as the enrichers need it (read back from the warehouse)."""

    document_id: str
    source_id: str
    parsed_at: dt.datetime
    title: str | None
    publisher: str | None
    site_name: str | None
    site_id_code: str | None
    index_no: str | None
    doc_kind: str
    body_head: str  # the first few hundred characters: regional clues for the resolver
    parts: list[dict]  # part_id, kind, title, text, section_heading


@dataclass
class DocumentEnrichment:
    """What the enrichers made of one document, ready to load."""

    document: DocumentToEnrich
    region: RegionResolution
    targets: dict[str, list[Target]]  # part_id -> targets
    themes: dict[str, ThemeAssignment]  # part_id -> assignment
    keywords: dict[str, list[str]]  # part_id -> keywords
