"""Read and check the sources YAML file: the sites to crawl.

    sources:
      - id: zibo                          # unique slug: lower-case letters, digits, - and _
        name: 淄博市教育局                   # display name, publisher hint
        start_urls: ["https://example.gov.cn/xxgk/index.html"]   # listing pages
        article_pattern: '/art/[^/]+\\.html$'   # regex searched in each absolute link
        region_code: "370300"             # optional, a quoted 6-digit GB/T 2260 code
        max_listing_pages: 50             # optional, pages per start URL's pagination chain
        min_delay_seconds: 1.0            # optional, between two requests to one host
        max_concurrency: 2                # optional, requests in flight per host

A start URL without a scheme is a path relative to the sources file's own folder and becomes a
file:// URL (the bundled sample site works that way). Any mistake raises SourcesConfigError
naming the source and the key, so a bad file fails at load, not halfway through a night.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from scrapers.models import Source

REQUIRED_KEYS = ("id", "name", "start_urls", "article_pattern")
OPTIONAL_KEYS = ("region_code", "max_listing_pages", "min_delay_seconds", "max_concurrency")
SOURCE_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
REGION_CODE = re.compile(r"^\d{6}$")


class SourcesConfigError(ValueError):
    """The sources file cannot be used; the message names the source and the key."""


def load_sources(path: str | Path) -> list[Source]:
    path = Path(path)
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourcesConfigError(f"{path}: cannot read the sources file: {exc}") from exc
    except yaml.YAMLError as exc:
        raise SourcesConfigError(f"{path}: not valid YAML: {exc}") from exc

    if not isinstance(document, dict) or set(document) != {"sources"}:
        raise SourcesConfigError(f"{path}: the file must hold exactly one top-level key, 'sources'")
    entries = document["sources"]
    if not isinstance(entries, list) or not entries:
        raise SourcesConfigError(f"{path}: 'sources' must be a non-empty list")

    sources: list[Source] = []
    seen_ids: set[str] = set()
    for position, entry in enumerate(entries, start=1):
        source = _source_from_entry(entry, position, path.parent.resolve())
        if source.id in seen_ids:
            raise SourcesConfigError(f"source {source.id!r}: key 'id': duplicate id")
        seen_ids.add(source.id)
        sources.append(source)
    return sources


def _source_from_entry(entry: object, position: int, base_folder: Path) -> Source:
    label = f"source #{position}"
    if not isinstance(entry, dict):
        raise SourcesConfigError(f"{label}: must be a mapping of keys to values")
    if isinstance(entry.get("id"), str):
        label = f"source {entry['id']!r}"

    def fail(key: str, problem: str) -> SourcesConfigError:
        return SourcesConfigError(f"{label}: key {key!r}: {problem}")

    for key in entry:
        if key not in REQUIRED_KEYS and key not in OPTIONAL_KEYS:
            raise fail(str(key), f"unknown key (allowed: {', '.join(REQUIRED_KEYS + OPTIONAL_KEYS)})")
    for key in REQUIRED_KEYS:
        if key not in entry:
            raise fail(key, "missing")

    source_id = entry["id"]
    if not isinstance(source_id, str) or not SOURCE_ID.match(source_id):
        raise fail("id", "must be a slug of lower-case letters, digits, '-' and '_'")
    name = entry["name"]
    if not isinstance(name, str) or not name.strip():
        raise fail("name", "must be a non-empty string")

    start_urls = entry["start_urls"]
    if not isinstance(start_urls, list) or not start_urls:
        raise fail("start_urls", "must be a non-empty list of URLs")
    resolved_urls = []
    for url in start_urls:
        if not isinstance(url, str) or not url.strip():
            raise fail("start_urls", f"{url!r} is not a URL string")
        resolved = _resolve_start_url(url.strip(), base_folder)
        if resolved is None:
            raise fail("start_urls", f"{url!r}: not a usable URL (only http, https, file or a relative path)")
        resolved_urls.append(resolved)

    pattern = entry["article_pattern"]
    if not isinstance(pattern, str) or not pattern:
        raise fail("article_pattern", "must be a non-empty regular expression string")
    try:
        re.compile(pattern)
    except re.error as exc:
        raise fail("article_pattern", f"invalid regular expression: {exc}") from exc

    optional: dict[str, object] = {}
    if "region_code" in entry:
        code = entry["region_code"]
        if not isinstance(code, str) or not REGION_CODE.match(code):
            raise fail("region_code", 'must be a quoted 6-digit code, e.g. "370300"')
        optional["region_code"] = code
    for key in ("max_listing_pages", "max_concurrency"):
        if key in entry:
            value = entry[key]
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                raise fail(key, "must be a whole number of at least 1")
            optional[key] = value
    if "min_delay_seconds" in entry:
        value = entry["min_delay_seconds"]
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
            raise fail("min_delay_seconds", "must be a number of seconds, 0 or more")
        optional["min_delay_seconds"] = float(value)

    return Source(
        id=source_id,
        name=name.strip(),
        start_urls=tuple(resolved_urls),
        article_pattern=pattern,
        **optional,
    )


def _resolve_start_url(url: str, base_folder: Path) -> str | None:
    parts = urlsplit(url)
    if parts.scheme in ("http", "https"):
        try:
            parts.port  # raises ValueError for a port that is not a number
        except ValueError:
            return None
        return url if parts.hostname else None
    if parts.scheme == "file":
        return url
    if parts.scheme or parts.netloc or url.startswith("/"):
        return None  # another scheme, or an absolute path that is not a file:// URL
    return (base_folder / url).resolve().as_uri()
