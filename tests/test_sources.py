from pathlib import Path

import pytest

from scrapers.models import Source
from scrapers.sources import SourcesConfigError, load_sources

SAMPLE = Path(__file__).resolve().parent.parent / "scrapers" / "sample_site"


def test_bundled_sample_resolves_relative_start_urls_to_file_urls():
    sources = load_sources(SAMPLE / "sources.yaml")
    root = SAMPLE.resolve().as_uri()
    assert sources == [
        Source(
            id="zibo",
            name="淄博市教育局",
            start_urls=(f"{root}/www.zibo.gov.cn/jyj/xxgk/index.html",),
            article_pattern=r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$",
        ),
        Source(
            id="zhuanglang",
            name="庄浪县教育局",
            start_urls=(f"{root}/www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/index.html",),
            article_pattern=r"/t\d{8}_\d+\.html$",
        ),
        Source(
            id="binhai",
            name="天津市滨海新区教育体育局",
            start_urls=(f"{root}/www.tjbh.gov.cn/jytyj/xxgk/zcwj/index.html",),
            article_pattern=r"/t\d{8}_\d+\.html$",
        ),
    ]


def test_optional_keys_and_absolute_urls(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text(
        """
sources:
  - id: demo-1
    name: 示例教育局
    start_urls: ["https://example.gov.cn/jyj/xxgk/index.html", "file:///srv/site/index.html"]
    article_pattern: '/art/.+\\.html$'
    region_code: "370300"
    max_listing_pages: 7
    min_delay_seconds: 2
    max_concurrency: 1
""",
        encoding="utf-8",
    )
    assert load_sources(str(path)) == [
        Source(
            id="demo-1",
            name="示例教育局",
            start_urls=("https://example.gov.cn/jyj/xxgk/index.html", "file:///srv/site/index.html"),
            article_pattern=r"/art/.+\.html$",
            region_code="370300",
            max_listing_pages=7,
            min_delay_seconds=2.0,
            max_concurrency=1,
        )
    ]


GOOD = {
    "id": "zibo",
    "name": "淄博市教育局",
    "start_urls": '["https://example.gov.cn/jyj/xxgk/index.html"]',
    "article_pattern": "'/art/.+'",
}


def _write(tmp_path, entries: list[dict[str, str]]) -> Path:
    lines = ["sources:"]
    for entry in entries:
        lines.append("  - " + "\n    ".join(f"{key}: {value}" for key, value in entry.items()))
    path = tmp_path / "sources.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"article_pattern": None}, "source 'zibo': key 'article_pattern': missing"),
        ({"start_urls": None}, "source 'zibo': key 'start_urls': missing"),
        ({"homepage": "'x'"}, "source 'zibo': key 'homepage': unknown key"),
        ({"article_pattern": "'/art/(['"}, "source 'zibo': key 'article_pattern': invalid regular expression"),
        ({"start_urls": "'https://example.gov.cn/'"}, "source 'zibo': key 'start_urls': must be a non-empty list"),
        ({"start_urls": '["ftp://example.gov.cn/x"]'}, "source 'zibo': key 'start_urls': 'ftp://example.gov.cn/x': not a usable URL"),
        ({"start_urls": '["/abs/index.html"]'}, "source 'zibo': key 'start_urls': '/abs/index.html': not a usable URL"),
        ({"start_urls": '["https:///nohost"]'}, "source 'zibo': key 'start_urls': 'https:///nohost': not a usable URL"),
        ({"start_urls": '["http://h.cn:abc/x"]'}, "source 'zibo': key 'start_urls': 'http://h.cn:abc/x': not a usable URL"),
        ({"max_listing_pages": "'5'"}, "source 'zibo': key 'max_listing_pages': must be a whole number"),
        ({"max_listing_pages": "0"}, "source 'zibo': key 'max_listing_pages': must be a whole number"),
        ({"max_concurrency": "true"}, "source 'zibo': key 'max_concurrency': must be a whole number"),
        ({"min_delay_seconds": "-1"}, "source 'zibo': key 'min_delay_seconds': must be a number"),
        ({"region_code": "370300"}, "source 'zibo': key 'region_code': must be a quoted 6-digit code"),
        ({"id": "Zibo City"}, "source 'Zibo City': key 'id': must be a slug"),
        ({"id": "7"}, "source #1: key 'id': must be a slug"),
        ({"name": "''"}, "source 'zibo': key 'name': must be a non-empty string"),
    ],
)
def test_malformed_entry_names_the_source_and_the_key(tmp_path, change, message):
    entry = {**GOOD, **change}
    entry = {key: value for key, value in entry.items() if value is not None}
    with pytest.raises(SourcesConfigError) as error:
        load_sources(_write(tmp_path, [entry]))
    assert str(error.value).startswith(message)


def test_duplicate_id(tmp_path):
    with pytest.raises(SourcesConfigError, match=r"^source 'zibo': key 'id': duplicate id$"):
        load_sources(_write(tmp_path, [GOOD, GOOD]))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources: []\n", "'sources' must be a non-empty list"),
        ("sauces: []\n", "exactly one top-level key, 'sources'"),
        ("sources: [\n", "not valid YAML"),
        ("sources:\n  - just a string\n", "source #1: must be a mapping"),
    ],
)
def test_malformed_file(tmp_path, text, message):
    path = tmp_path / "sources.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SourcesConfigError, match=message):
        load_sources(path)


def test_missing_file(tmp_path):
    with pytest.raises(SourcesConfigError, match="cannot read the sources file"):
        load_sources(tmp_path / "nope.yaml")
