"""Fifth blind holdout (tests/holdout5): pages written without reading the parser, scored on the first set's bar.

Sixteen pages from 2023–2025 集约化 platforms (无障碍/关怀版 toolbars, xxgk-info rows, Vue-rendered articles,
hidden print and mobile copies of the body, header-only and gb2312-declared GBK). The bar
(tests/holdout_scoring.py): at least 98% of items and of sub-items found with exact boundaries and numbering,
at least 98% of the numbered parts the parser emits matching an expected one, every section count right, every
metadata field a page carries read exactly and none invented, no page furniture in the body. Conventions are
set 3's: texts compared with all whitespace removed; an item's text is its own part (it ends where its first
sub-item starts); heads and tails without the marker; a null answer marker (a marker printed with a space
inside, `3 .`) is not compared. Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import Conventions, HoldoutTests, cases_from_answer_files

HOLDOUT = Path(__file__).resolve().parent / "holdout5"
CONVENTIONS = Conventions(
    metadata_fields=("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind"),
    page_range=(15, 16), item_includes_subitems=False, squeeze_whitespace=True, answers_omit_markers=True,
    compare_null_markers=False, page_column=40, summary_shows_precision=True)


class TestHoldout5(HoldoutTests):
    conventions = CONVENTIONS
    load_cases = staticmethod(lambda: cases_from_answer_files(HOLDOUT, CONVENTIONS))
