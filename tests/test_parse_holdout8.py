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

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout8(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout8"
    conventions = answer_file_conventions(page_range=(15, 16), page_column=45)
