"""Fifteenth blind holdout (tests/holdout15): an education-policy researcher's crawl, scored on the common bar.

Sixteen pages found by searching government sites for 教育工作要点 / 工作计划 / 工作总结 / 推进情况 (a 省教育厅,
a 市政府 republishing its 教育局's plan, 区 pages under 政务公开 catalogues, small county bureau sites, 教体局 and
教育科技局 pages, 2018–2025), written without reading the parser. The bar (tests/holdout_scoring.py): at least 98%
of items and of sub-items found with exact boundaries and numbering, at least 98% of the numbered parts the
parser emits matching an expected one, every section count right, every metadata field a page carries read
exactly and none invented, no page furniture in the body. Texts are compared with all whitespace removed; an
item's text is its own part (it ends where its first sub-item starts); heads and tails are given without the
marker; a null answer marker is not compared. Run with -s for the per-page table.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import Conventions, HoldoutTests, cases_from_answer_files

HOLDOUT = Path(__file__).resolve().parent / "holdout15"
CONVENTIONS = Conventions(
    metadata_fields=("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind"),
    page_range=(15, 16), item_includes_subitems=False, squeeze_whitespace=True, answers_omit_markers=True,
    compare_null_markers=False, page_column=40, summary_shows_precision=True)


class TestHoldout15(HoldoutTests):
    conventions = CONVENTIONS
    load_cases = staticmethod(lambda: cases_from_answer_files(HOLDOUT, CONVENTIONS))
