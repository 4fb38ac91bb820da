"""Thirteenth blind holdout (tests/holdout13): sixteen pages sampled as a crawler would save them from sixteen
local governments' portals and education bureau sites, written without reading the parser and scored on the
first set's bar.

The bar (tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and
numbering, at least 98% of the numbered parts the parser emits matching an expected one, every section
count right, every metadata field a page carries read exactly and none invented, no page furniture in the
body. Same conventions as set 3: texts compared with all whitespace removed; an item's text is its own part
(it ends where its first sub-item starts); heads and tails given without the marker; a null answer marker
is not compared. Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import Conventions, HoldoutTests, cases_from_answer_files

HOLDOUT = Path(__file__).resolve().parent / "holdout13"
CONVENTIONS = Conventions(
    metadata_fields=("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind"),
    page_range=(15, 16), item_includes_subitems=False, squeeze_whitespace=True, answers_omit_markers=True,
    compare_null_markers=False, page_column=40, summary_shows_precision=True)


class TestHoldout13(HoldoutTests):
    conventions = CONVENTIONS
    load_cases = staticmethod(lambda: cases_from_answer_files(HOLDOUT, CONVENTIONS))
