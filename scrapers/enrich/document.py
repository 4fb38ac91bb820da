"""Enrich one parsed document: its region, and per part its targets, themes and keywords.

Pure: the classifier and the division table are loaded once by the caller and passed in.
"""

from __future__ import annotations

from scrapers.enrich.regions import REGIONS_VERSION, DivisionTable, resolve_region
from scrapers.enrich.targets import TARGETS_VERSION, doc_kind_for_section, extract_targets
from scrapers.enrich.themes import THEMES_VERSION, ThemeClassifier
from scrapers.models import DocumentEnrichment, DocumentToEnrich, Source, ThemeAssignment

ENRICH_VERSION = f"targets-{TARGETS_VERSION}.themes-{THEMES_VERSION}.regions-{REGIONS_VERSION}.keywords-2"

KEYWORDS_PER_ITEM = 8
# Without a lead sentence, jieba reads this much of the item's start.
LEAD_CHARS = 60


def item_keywords(classifier: ThemeClassifier, lead: str, assignment: ThemeAssignment) -> list[str]:
    """The item's policy terms (matched over its whole text by the theme classifier, no jieba),
    then jieba TF-IDF words of its lead sentence.

    jieba costs about 30 ms for a whole page, more than parsing and the other enrichers together;
    spent on the lead sentence only, it adds the open-vocabulary words that name what the item is
    about, while the full text's known terms come at no extra cost.
    """
    ranked_themes = [assignment.primary_theme, *assignment.secondary_themes]
    terms = [term for code in ranked_themes for term in assignment.evidence.get(code, [])]
    return list(dict.fromkeys(terms + classifier.keywords(lead, top_k=KEYWORDS_PER_ITEM)))[:KEYWORDS_PER_ITEM]




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
        assignment = classifier.classify(part["title"] or "", text, part["section_heading"])
        themes[part_id] = assignment
        keywords[part_id] = item_keywords(classifier, part["title"] or text[:LEAD_CHARS], assignment)
    return DocumentEnrichment(document=document, region=region, targets=targets, themes=themes, keywords=keywords)


# The enrichers a process has loaded: set once per process by load_enrichers (in each worker of
# a pool, as its initializer), then used by enrich_with_loaded for every document.
_loaded: dict[str, object] = {}


def load_enrichers(sources: dict[str, Source]) -> None:
    if "classifier" not in _loaded:
        classifier = ThemeClassifier.load()
        classifier.keywords("教育")  # jieba.analyse loads its IDF table on first use
        _loaded["classifier"] = classifier
        _loaded["divisions"] = DivisionTable.load()
    _loaded["sources"] = sources


def enrich_with_loaded(document: DocumentToEnrich) -> DocumentEnrichment:
    return enrich_document(
        document, _loaded["sources"].get(document.source_id), _loaded["classifier"], _loaded["divisions"]
    )
