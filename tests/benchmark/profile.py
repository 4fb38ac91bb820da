"""Where the CPU stages spend their time: cProfile over our parse and enrich on benchmark pages.

    uv run python -m tests.benchmark.profile [--pages 500] [--top 20]

Generates a corpus (corpus.py), profiles scrapers.parse.parse_page over its article pages, then
enrich_document over the documents those pages parse into (converted as the warehouse would
hand them to the enricher), one core, in this process. Prints the top functions by own time
and by cumulative time for each stage.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import tempfile
import time
from pathlib import Path

from tests.benchmark.corpus import generate


def to_enrich(document, source_id: str):
    """A ParsedDocument as warehouse.load.documents_to_enrich returns it (part ids made up)."""
    import datetime as dt

    from scrapers.models import DocumentToEnrich

    parts = [
        {"part_id": f"{document.url}#{part.path}", "kind": part.kind, "title": part.title, "text": part.text,
         "section_heading": part.section_heading}
        for part in document.parts
    ]
    return DocumentToEnrich(
        document_id=document.url, source_id=source_id, parsed_at=dt.datetime.now(dt.timezone.utc),
        title=document.title, publisher=document.publisher, site_name=document.site_name,
        site_id_code=document.site_id_code, index_no=document.index_no, doc_kind=document.doc_kind,
        body_head=document.body[:400], parts=parts,
    )


def report(profile: cProfile.Profile, top: int) -> str:
    out = io.StringIO()
    stats = pstats.Stats(profile, stream=out).strip_dirs()
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args(argv)

    from scrapers.enrich.document import enrich_document
    from scrapers.enrich.regions import DivisionTable
    from scrapers.enrich.themes import ThemeClassifier
    from scrapers.parse import parse_page

    with tempfile.TemporaryDirectory(prefix="gazette-profile-") as work:
        corpus = generate(Path(work), args.pages, args.seed)
        charsets = corpus.header_charsets()
        pages = []
        for source in corpus.sources:
            charset = charsets[source.host]
            headers = {"content-type": f"text/html; charset={charset}" if charset else "text/html"}
            for article in source.articles:
                body = (corpus.site_dir / article.path.lstrip("/")).read_bytes()
                pages.append((source.id, body, "http://127.0.0.1" + article.path, headers))

    started = time.perf_counter()
    classifier, divisions = ThemeClassifier.load(), DivisionTable.load()
    classifier.keywords("预热")  # jieba loads its dictionary on first use
    print(f"enricher set-up (classifier, division table, jieba): {time.perf_counter() - started:.2f} s")

    parse_profile = cProfile.Profile()
    started = time.perf_counter()
    parse_profile.enable()
    documents = [(source_id, parse_page(body, url, headers)) for source_id, body, url, headers in pages]
    parse_profile.disable()
    parse_seconds = time.perf_counter() - started

    inputs = [to_enrich(document, source_id) for source_id, document in documents]
    enrich_profile = cProfile.Profile()
    started = time.perf_counter()
    enrich_profile.enable()
    for document in inputs:
        enrich_document(document, None, classifier, divisions)
    enrich_profile.disable()
    enrich_seconds = time.perf_counter() - started
    parts = sum(len(document.parts) for document in inputs)

    print(f"parse:  {len(pages)} pages in {parse_seconds:.2f} s (profiled) = {len(pages) / parse_seconds:.1f} pages/s")
    print(f"enrich: {len(inputs)} documents, {parts} parts in {enrich_seconds:.2f} s (profiled) = "
          f"{len(inputs) / enrich_seconds:.1f} documents/s")
    print("\n==== parse ====\n" + report(parse_profile, args.top))
    print("\n==== enrich ====\n" + report(enrich_profile, args.top))


if __name__ == "__main__":
    main()
