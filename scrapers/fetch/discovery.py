"""Finding things in fetched bytes: links, pagination, scope, what a response is. No I/O.

Scope: a source never leaves the host of its start URLs nor their *site root path*, the first
path segment of each start URL's directory. zibo's listing is /jyj/xxgk/index.html and its
articles live under /jyj/art/, so the scope is the host plus /jyj/; a start URL at the host's
root (/index.html) scopes the whole host. http and https count as one site; file:// URLs are in
scope only for a file:// start URL.

file:// sites (the bundled sample): a site is a folder named like its host (sample_site/
www.zibo.gov.cn/). That folder is the document root, so a root-relative link such as
/jyj/art/x.html resolves inside it, as it would on the real host, and the site root path is
counted from it. A file:// URL with no host-like folder uses the filesystem root.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, quote, urljoin, urlsplit, urlunsplit

import lxml.etree
import lxml.html

ATTACHMENT_EXTENSIONS = frozenset(
    {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".wps", ".et", ".ofd", ".zip", ".rar", ".7z"}
)
ATTACHMENT_CONTENT_TYPES = frozenset(
    {
        "application/pdf",
        "application/msword",
        "application/zip",
        "application/x-zip-compressed",
        "application/vnd.rar",
        "application/x-rar-compressed",
        "application/x-7z-compressed",
        "application/ofd",
    }
)
ATTACHMENT_CONTENT_TYPE_PREFIXES = ("application/vnd.ms-", "application/vnd.openxmlformats-officedocument.", "application/wps-office")
HTML_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml"})
# Magic numbers: PDF, ZIP (docx/xlsx too), OLE2 (doc/xls), RAR, 7z. Some servers send these as
# text/html, and no attachment must ever reach the HTML parser.
ATTACHMENT_MAGIC = (b"%PDF-", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"Rar!", b"7z\xbc\xaf")

SOFT_404_MARKERS = ("您访问的页面不存在", "页面不存在", "该信息已删除", "信息已删除", "页面已删除")
PAGE_QUERY_PARAMS = frozenset(
    {"page", "pageno", "page_no", "pageindex", "pagenum", "pn", "p", "curpage", "currentpage", "pagecurrent"}
)
NEXT_PAGE_WORDS = frozenset({"下一页", "下页", "后一页", "后页", "下一頁", "next", "next page", "›", "»", ">"})

_HOST_LIKE = re.compile(r"^(?:[a-z0-9-]+\.)+[a-z]{2,}$", re.IGNORECASE)
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title", re.IGNORECASE | re.DOTALL)
_SCRIPT_OR_STYLE = re.compile(rb"<(script|style)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(rb"<[^>]*>")
_WHITESPACE = re.compile(rb"\s+|&nbsp;")
# An error page's own words fit in a few hundred characters; an article's do not (UTF-8 bytes).
SOFT_404_MAX_TEXT_BYTES = 3000
_STANDALONE_404 = re.compile(rb"(?<!\d)404(?!\d)")
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([a-z0-9_-]+)""", re.IGNORECASE)
# TRS publishing systems draw pagination with a script and print no plain link:
#   createPageHTML(10, 0, "index", "html");  or  createPageHTML('page_div', 10, 0, 'index', 'html', 200);
_CREATE_PAGE_HTML = re.compile(
    r"""createPageHTML\(\s*(?:["'][^"']*["']\s*,\s*)?(\d+)\s*,\s*(\d+)\s*,\s*["']([\w-]+)["']\s*,\s*["'](\w+)["']"""
)
_DEFAULT_PORTS = {"http": "80", "https": "443"}


# --------------------------------------------------------------------------- URLs and scope


def normalize_url(url: str) -> str:
    """Lower-case scheme and host, drop the default port and the fragment, escape unsafe characters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    netloc = parts.netloc.lower()
    host, _, port = netloc.rpartition(":")
    if host and _DEFAULT_PORTS.get(scheme) == port:
        netloc = host
    path = quote(parts.path or "/", safe="/%:@!$&'()*+,;=~-._")
    query = quote(parts.query, safe="=&%:@!$'()*+,;/?~-._")
    return urlunsplit((scheme, netloc, path, query, ""))


def file_document_root(url_path: str) -> str:
    """For a file:// URL path, the folder acting as the site's web root (see the module docstring)."""
    folders = url_path.split("/")[:-1]
    for index in range(len(folders) - 1, 0, -1):
        if _HOST_LIKE.match(folders[index]):
            return "/".join(folders[: index + 1])
    return ""


def resolve_link(base_url: str, href: str) -> str | None:
    """Absolute, normalized URL for a link on a page at base_url; None for non-navigational or
    malformed links (a broken href on a page must not stop the crawl)."""
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        scheme = urlsplit(href).scheme.lower()
        if scheme and scheme not in ("http", "https", "file"):
            return None  # javascript:, mailto:, tel:, data:
        base = urlsplit(base_url)
        if base.scheme == "file" and href.startswith("/") and not href.startswith("//"):
            href = file_document_root(base.path) + href
            return normalize_url(urlunsplit(("file", "", *urlsplit(href)[2:])))
        return normalize_url(urljoin(base_url, href))
    except ValueError:  # e.g. 'http://[broken' (an unclosed IPv6 bracket)
        return None


@dataclass(frozen=True)
class Scope:
    family: str  # 'http' (http and https) or 'file'
    netloc: str
    path_prefix: str  # ends with '/'

    @classmethod
    def of_start_url(cls, start_url: str) -> Scope:
        parts = urlsplit(normalize_url(start_url))
        directory = parts.path.rsplit("/", 1)[0] + "/"
        root = file_document_root(parts.path) if parts.scheme == "file" else ""
        below_root = [segment for segment in directory[len(root) :].split("/") if segment]
        prefix = root + "/" + (below_root[0] + "/" if below_root else "")
        return cls(_family(parts.scheme), parts.netloc, prefix)

    def contains(self, url: str) -> bool:
        parts = urlsplit(url)
        return (
            _family(parts.scheme) == self.family
            and parts.netloc == self.netloc
            and (parts.path or "/").startswith(self.path_prefix)
        )


def _family(scheme: str) -> str:
    return "http" if scheme in ("http", "https") else scheme


def has_attachment_extension(url: str) -> bool:
    path = urlsplit(url).path.lower()
    return any(path.endswith(extension) for extension in ATTACHMENT_EXTENSIONS)


# --------------------------------------------------------------------------- what a response is


def media_type(content_type: str | None) -> str:
    return (content_type or "").split(";")[0].strip().lower()


def body_kind(url: str, content_type: str | None, body: bytes) -> str:
    """'html', 'attachment' (PDF, Office, archives: kept, never parsed) or 'unsupported'."""
    declared = media_type(content_type)
    if body.startswith(ATTACHMENT_MAGIC):
        return "attachment"
    if declared in ATTACHMENT_CONTENT_TYPES or declared.startswith(ATTACHMENT_CONTENT_TYPE_PREFIXES):
        return "attachment"
    if declared in HTML_CONTENT_TYPES:
        return "html"
    loosely_typed = declared in ("", "application/octet-stream") or declared.startswith("text/")
    if loosely_typed and has_attachment_extension(url):
        return "attachment"
    head = body[:1024].lstrip().lower()
    if loosely_typed and (head.startswith(b"<!doctype html") or b"<html" in head):
        return "html"
    return "unsupported"


def is_soft_404(body: bytes) -> bool:
    """An error page served with status 200: a '404' in the title or a Chinese not-found notice.

    A notice counts in the title, or anywhere on a page with little text of its own: a real
    article is long, and may well quote "页面不存在" in a script or a help line.
    Searched in the bytes under both UTF-8 and GB18030, so no decoding guess is needed.
    """
    title = _TITLE.search(body[:65536])
    title_bytes = title.group(1) if title else b""
    if _STANDALONE_404.search(title_bytes):
        return True
    searched = body if len(_visible_text(body)) <= SOFT_404_MAX_TEXT_BYTES else title_bytes
    return any(marker.encode(encoding) in searched for marker in SOFT_404_MARKERS for encoding in ("utf-8", "gb18030"))


def _visible_text(body: bytes) -> bytes:
    return _WHITESPACE.sub(b"", _TAG.sub(b"", _SCRIPT_OR_STYLE.sub(b"", body)))


def decode_html(body: bytes, content_type: str | None) -> str:
    """Text good enough to find links in: declared charset, else UTF-8, else GB18030.

    gb2312/gbk declarations are read as gb18030 (its superset); the parser does its own decoding.
    """
    declared = [match.split("=", 1)[1].strip("\"' ") for match in (content_type or "").split(";") if "charset=" in match]
    meta = _META_CHARSET.search(body[:4096])
    candidates = declared + ([meta.group(1).decode("ascii")] if meta else []) + ["utf-8"]
    for charset in candidates:
        charset = "gb18030" if charset.lower() in ("gb2312", "gbk", "x-gbk") else charset
        try:
            return body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("gb18030", errors="replace")


# --------------------------------------------------------------------------- links and pagination


@dataclass(frozen=True)
class Link:
    url: str
    text: str


def extract_links(html: str, page_url: str) -> list[Link]:
    """Every navigational <a>/<area> link, resolved against <base href> or the page URL, in page order."""
    try:
        document = lxml.html.document_fromstring(_XML_DECLARATION.sub("", html, count=1))
    except (lxml.etree.ParserError, ValueError):
        return []
    base_url = page_url
    for base in document.iter("base"):
        if base.get("href"):
            base_url = resolve_link(page_url, base.get("href")) or page_url
            break
    links = []
    for anchor in document.iter("a", "area"):
        href = anchor.get("href")
        url = resolve_link(base_url, href) if href else None
        if url:
            links.append(Link(url, " ".join(anchor.text_content().split())))
    return links


def listing_page_number(url: str, start_url: str) -> int | None:
    """Which page of start_url's listing url is (0 = the start page), or None if it is not one.

    Recognised: sibling files index.html / index_N.html (stem and extension of the start URL,
    index.html for a URL ending in '/'), and the same path with one page-like query parameter
    changed or added (?page=N, pageNo=N...).
    """
    start, candidate = urlsplit(start_url), urlsplit(url)
    if _family(start.scheme) != _family(candidate.scheme) or start.netloc != candidate.netloc:
        return None
    start_dir, start_name = start.path.rsplit("/", 1)
    candidate_dir, candidate_name = candidate.path.rsplit("/", 1)
    if candidate.path == start.path:
        start_query, candidate_query = dict(parse_qsl(start.query)), dict(parse_qsl(candidate.query))
        changed = {key for key in start_query.keys() | candidate_query.keys() if start_query.get(key) != candidate_query.get(key)}
        if not changed:
            return 0
        if len(changed) == 1:
            key = changed.pop()
            value = candidate_query.get(key, "")
            if key.lower() in PAGE_QUERY_PARAMS and value.isdigit():
                return int(value)
        return None
    if candidate_dir != start_dir or candidate.query != start.query:
        return None
    stem, dot, extension = start_name.rpartition(".")
    if not start_name:
        stem, extension = "index", "(?:html?|shtml)"
    elif not dot:
        return None
    else:
        stem, extension = re.escape(stem), re.escape(extension)
    match = re.fullmatch(rf"{stem}(?:_(\d+))?\.{extension}", candidate_name)
    return int(match.group(1) or 0) if match else None


def script_pagination(html: str, page_url: str) -> list[tuple[int, str]]:
    """Pages announced by a TRS createPageHTML(total, current, "index", "html") call: page i > 0 is
    index_i.html beside the page (index.html is page 0)."""
    match = _CREATE_PAGE_HTML.search(html)
    if not match:
        return []
    total, stem, extension = int(match.group(1)), match.group(3), match.group(4)
    return [(number, urljoin(page_url, f"{stem}_{number}.{extension}")) for number in range(1, total)]


def pagination_links(html: str, links: list[Link], page_url: str, start_url: str) -> list[tuple[int, str]]:
    """(page number, URL) of the listing pages this page points to, in page order.

    A 下一页/next link that matches no known shape counts as the page after this one.
    """
    current = listing_page_number(page_url, start_url) or 0
    found: dict[str, int] = {}
    for link in links:
        number = listing_page_number(link.url, start_url)
        if number is None and link.text.lower() in NEXT_PAGE_WORDS:
            number = current + 1
        if number is not None:
            found.setdefault(link.url, number)
    for number, url in script_pagination(html, page_url):
        found.setdefault(normalize_url(url), number)
    return sorted(((number, url) for url, number in found.items()), key=lambda pair: pair[0])
