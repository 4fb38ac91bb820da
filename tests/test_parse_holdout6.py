"""Sixth blind holdout (tests/holdout6): pages written without reading the parser, scored on the first set's bar.

The long tail: education bureaus' own sites on small CMSs (DedeCMS, PHPCMS, 帝国CMS, 动易, 博达 VSB,
SiteServer, 新点, 大汉 JCMS), a 街道 school-district table layout, a provincial 教育厅, a 市政府办公室 转发
notice, 2020-2025. The bar (tests/holdout_scoring.py): at least 98% of items and of sub-items found with
exact boundaries and numbering, at least 98% of the numbered parts the parser emits matching an expected
one, every section count right, every metadata field a page carries read exactly and none invented, no
page furniture in the body. Texts are compared with all whitespace removed; an item's text is its own
part (it ends where its first sub-item starts); heads and tails are given without the marker, and
zero-width characters are not part of any answer (see tests/holdout6/README.md).
Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.holdout_scoring import Case, Conventions, HoldoutTests

HOLDOUT = Path(__file__).resolve().parent / "holdout6"
CONVENTIONS = Conventions(
    metadata_fields=("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind"),
    page_range=(15, 16), item_includes_subitems=False, squeeze_whitespace=True, answers_omit_markers=True,
    compare_null_markers=False, page_column=44, summary_shows_precision=True)


def load_cases() -> list[Case]:
    """Answer files sit under answers/, name their page, and answer every metadata field at their top level."""
    cases = []
    for path in sorted((HOLDOUT / "answers").glob("*.yaml")):
        answers = yaml.safe_load(path.read_text(encoding="utf-8"))
        page = HOLDOUT / answers["page"]
        cases.append(Case(name=page.stem, page=page, url=answers["url"], headers=answers["headers"],
                          section_count=answers["section_count"],
                          metadata={name: answers[name] for name in CONVENTIONS.metadata_fields},
                          tolerated=answers.get("tolerated") or {},
                          units=[("item", unit) for unit in answers["items"]]
                          + [("subitem", unit) for unit in answers["subitems"]],
                          not_in_body=answers["must_not_appear"]))
    return cases


class TestHoldout6(HoldoutTests):
    conventions = CONVENTIONS
    load_cases = staticmethod(load_cases)
