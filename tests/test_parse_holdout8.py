"""Eighth blind holdout (tests/holdout8): the long tail of site templates, scored on the first set's bar.

Sixteen pages, each from a different site family (Hanweb ZJEG_RSS, gkmlpt variant, Epoint, VSB, TRS with
CSS-only labels, a WeChat article pasted into a portal, Word MSO paste, <font> soup, …), in UTF-8, GB18030
and GBK behind a lying header. Answers follow set 3's conventions: texts compared with all whitespace
removed; an item's text is its own part (it ends where its first sub-item starts); heads and tails are
given without the marker; a null answer marker is not compared. See tests/holdout8/README.md.
Run with -s for the per-page table; every failing assertion carries it too.
"""

from __future__ import annotations

from pathlib import Path

from tests.holdout_scoring import Conventions, HoldoutTests, cases_from_answer_files

HOLDOUT = Path(__file__).resolve().parent / "holdout8"
CONVENTIONS = Conventions(
    metadata_fields=("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind"),
    page_range=(15, 16), item_includes_subitems=False, squeeze_whitespace=True, answers_omit_markers=True,
    compare_null_markers=False, page_column=45, summary_shows_precision=True)


class TestHoldout8(HoldoutTests):
    conventions = CONVENTIONS
    load_cases = staticmethod(lambda: cases_from_answer_files(HOLDOUT, CONVENTIONS))
