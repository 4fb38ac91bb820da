"""Enrich one parsed document: its region, and per part its targets, themes and keywords.

Pure: the classifier and the division table are loaded once by the caller and passed in.
"""

from __future__ import annotations

from scrapers.enrich.regions import REGIONS_VERSION, DivisionTable, resolve_region
from scrapers.enrich.targets import TARGETS_VERSION, doc_kind_for_section, extract_targets
from scrapers.enrich.themes import THEMES_VERSION, ThemeClassifier
from scrapers.models import DocumentEnrichment, DocumentToEnrich, Source

ENRICH_VERSION = f"targets-{TARGETS_VERSION}.themes-{THEMES_VERSION}.regions-{REGIONS_VERSION}"


def enrich_document(
    document: DocumentToEnrich,
    source: Source | None,
    classifier: ThemeClassifier,
    divisions: DivisionTable,
) -> DocumentEnrichment:
    region = resolve_region(
        divisions,
        publisher=document.publisher,
        title=document.title,
        site_name=document.site_name,
        site_id_code=document.site_id_code,
        index_no=document.index_no,
        source_name=source.name if source else None,
        source_region_code=source.region_code if source else None,
        text_hint=document.body_head,
    )
    targets, themes, keywords = {}, {}, {}
    for part in document.parts:
        part_id, text = part["part_id"], part["text"] or ""
        # A report's 下一步打算 section states plans: its targets are goals, not results.
        found = extract_targets(text, doc_kind=doc_kind_for_section(document.doc_kind, part["section_heading"]))
        if found:
            targets[part_id] = found
        themes[part_id] = classifier.classify(part["title"] or "", text, part["section_heading"])
        keywords[part_id] = classifier.keywords(text)
    return DocumentEnrichment(document=document, region=region, targets=targets, themes=themes, keywords=keywords)
