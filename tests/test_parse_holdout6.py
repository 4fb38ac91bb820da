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

from tests.holdout_scoring import AnswerFileHoldoutTests, answer_file_conventions


class TestHoldout6(AnswerFileHoldoutTests):
    holdout = Path(__file__).resolve().parent / "holdout6"
    conventions = answer_file_conventions(page_range=(15, 16), page_column=44)
