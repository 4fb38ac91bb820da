"""Bytes to text, the way Chinese government pages need it.

Order: a byte-order mark; the HTTP Content-Type charset; the page's own <meta charset> or
http-equiv declaration; strict UTF-8; detection with charset-normalizer; GB18030 with
replacement as the last resort. A declaration is only used when the bytes decode under it
without error, so a page that lies about its charset falls through to the next clue.
gb2312/gbk are read as gb18030: old pages declare gb2312 but contain GBK-only characters
(e.g. 镕), which a strict gb2312 decoder rejects.
A Western single-byte charset in the HTTP header (often a server default, not the page's
choice) yields to the page's own declaration. Bytes that are valid UTF-8 and not plain ASCII
are read as UTF-8 whatever was declared: CMS templates keep a stale gb2312 declaration after
moving to UTF-8, and GBK text that happens to be valid UTF-8 is vanishingly rare.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "cp936"}
# WHATWG labels of the GBK family that Python's codec registry does not know.
_GB_LABELS = {"gb_2312-80", "gb_2312", "csgb2312", "x-gbk", "chinese", "iso-ir-58", "csiso58gb231280", "x-euc-cn"}
_SERVER_DEFAULTS = {"latin_1", "iso8859-1", "cp1252", "ascii"}
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec that produced text, e.g. 'utf-8', 'gb18030'
    source: str  # 'bom', 'http-header', 'meta', 'utf-8-valid', 'detected', 'fallback'
    declared: str  # what the page or server declared, as written ('' when nothing)
    replaced_chars: int  # U+FFFD characters introduced by a lossy last-resort decode


def canonical_codec(label: str | None) -> str | None:
    """Python's codec name for a charset label, with the GB family widened to gb18030."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_LABELS:
        return "gb18030"
    try:
        name = codecs.lookup(label).name
    except (LookupError, ValueError):
        return None
    if name in _GB_FAMILY:
        return "gb18030"
    return name


def header_charset(headers: dict[str, str] | None) -> str | None:
    for key, value in (headers or {}).items():
        if isinstance(key, str) and key.lower() == "content-type" and isinstance(value, str):
            match = _HEADER_CHARSET.search(value)
            return match[1] if match else None
    return None


def meta_charset(body: bytes) -> str | None:
    match = _META_CHARSET.search(body[:4096])
    return match[1].decode("ascii", "ignore") if match else None


def _strict(body: bytes, codec: str) -> str | None:
    try:
        return body.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(body: bytes, headers: dict[str, str] | None = None) -> Decoded:
    for bom, codec in _BOMS:
        if body.startswith(bom):
            text = _strict(body[len(bom):], codec)
            if text is not None:
                return Decoded(text, codec, "bom", codec, 0)

    from_header = header_charset(headers)
    from_meta = meta_charset(body)
    declared = from_header or from_meta or ""
    header_codec, meta_codec = canonical_codec(from_header), canonical_codec(from_meta)
    if (header_codec or meta_codec) not in (None, "utf-8") and not body.isascii():
        text = _strict(body, "utf-8")
        if text is not None:
            return Decoded(text, "utf-8", "utf-8-valid", declared, 0)
    candidates = []
    if header_codec and not (header_codec in _SERVER_DEFAULTS and meta_codec):
        candidates.append((header_codec, "http-header"))
    if meta_codec:
        candidates.append((meta_codec, "meta"))
    for codec, source in candidates:
        text = _strict(body, codec)
        if text is not None:
            return Decoded(text, codec, source, declared, 0)

    text = _strict(body, "utf-8")
    if text is not None:
        return Decoded(text, "utf-8", "utf-8-valid", declared, 0)

    best = from_bytes(body[:65536]).best()
    if best is not None:
        codec = canonical_codec(best.encoding)
        text = _strict(body, codec) if codec else None
        if text is not None:
            return Decoded(text, codec, "detected", declared, 0)

    text = body.decode("gb18030", errors="replace")
    return Decoded(text, "gb18030", "fallback", declared, text.count("\ufffd"))
