"""Shared scorer for the blind parser holdouts (tests/holdout, tests/holdout2, … tests/holdout15).

Each set's test file reads its answer files into `Case`s and states how its answers are written
(`Conventions`); `HoldoutTests` then scores `parse_page` on every page and asserts the common bar:
at least 98% of items and of sub-items found with exact boundaries and numbering, at least 98% of the
numbered parts the parser emits matching an expected one, every section count right, every metadata
field a page carries read exactly and none invented, no page furniture in the body.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

from scrapers.models import ParsedDocument, Part
from scrapers.parse import parse_page

BAR = 0.98
NUMBERED_KINDS = ("item", "subitem")


@dataclass(frozen=True)
class Conventions:
    """How one set's answers are written, so the parser's output is compared like with like."""

    metadata_fields: tuple[str, ...]
    page_range: tuple[int, int]  # how many pages the set must hold, inclusive
    # True: an item's answer runs on through the sub-items under it; False: it is the item's own part.
    item_includes_subitems: bool
    # True: texts are compared with all whitespace removed; False: only trimmed.
    squeeze_whitespace: bool
    # True: heads and tails are given without the printed marker (an <ol><li> item prints none).
    answers_omit_markers: bool
    # False: a null answer marker means the marker is not judged.
    compare_null_markers: bool
    page_column: int  # width of the table's page column; longer names are cut
    summary_shows_precision: bool  # the summary gives precision (True) or the bare count of extra parts


@dataclass
class Case:
    """One page's answers, in the same shape whatever the set's file layout."""

    name: str
    page: Path
    url: str
    headers: dict
    section_count: int
    metadata: dict  # only the fields the answers speak to; None means the page does not carry it
    tolerated: dict  # alternative values accepted for a field
    units: list[tuple[str, dict]]  # (kind, answer) for every expected item and sub-item
    not_in_body: list[str] = field(default_factory=list)
    not_lines: list[str] = field(default_factory=list)  # whole lines the body must not keep


@dataclass
class PageScore:
    name: str
    carried: int = 0
    carried_correct: int = 0
    invented: int = 0
    items: int = 0
    items_found: int = 0
    items_exact: int = 0
    subitems: int = 0
    subitems_found: int = 0
    subitems_exact: int = 0
    extra: int = 0
    sections_expected: int = 0
    sections_found: int = 0
    leaks: int = 0
    problems: list[str] = field(default_factory=list)


def squeezed(text: str) -> str:
    return "".join(text.split())


def comparable(value):
    return value.isoformat() if isinstance(value, dt.date) else value


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


class Scorer:
    def __init__(self, conventions: Conventions):
        self.conventions = conventions

    def normalized(self, text: str) -> str:
        return squeezed(text) if self.conventions.squeeze_whitespace else text.strip()

    def extent(self, doc: ParsedDocument, part: Part) -> str:
        """An item's text together with the sub-item parts under it (they tile the body right after it)."""
        end = part.end
        for other in doc.parts:
            if other.start >= part.end and other.path.startswith(part.path + "."):
                end = max(end, other.end)
        return doc.body[part.start:end]

    def answer_text(self, doc: ParsedDocument, part: Part, expected_marker: str | None) -> str:
        """The part's text as the answers write it (the answer's marker cut first: the parser's may be wrong)."""
        whole = self.conventions.item_includes_subitems and part.kind == "item"
        text = self.normalized(self.extent(doc, part) if whole else part.text)
        if self.conventions.answers_omit_markers:
            for marker in (expected_marker, part.item_marker):
                if marker and text.startswith(self.normalized(marker)):
                    return text[len(self.normalized(marker)):]
        return text

    def describe(self, part: Part) -> str:
        return f"{part.kind} {part.path} ({part.item_marker}) {self.normalized(part.text)[:16]!r}"

    def score_metadata(self, case: Case, doc: ParsedDocument, score: PageScore) -> None:
        for name in self.conventions.metadata_fields:
            if name not in case.metadata:
                continue
            expected, got = case.metadata[name], comparable(getattr(doc, name))
            accepted = {expected, case.tolerated.get(name, expected)}
            if expected is None:
                if got not in accepted:
                    score.invented += 1
                    score.problems.append(f"{name}: invented {got!r} (the page does not carry it)")
                continue
            score.carried += 1
            if got in accepted:
                score.carried_correct += 1
            else:
                score.problems.append(f"{name}: got {got!r}, expected {expected!r}")

    def score_units(self, case: Case, doc: ParsedDocument, score: PageScore) -> None:
        numbered = [part for part in doc.parts if part.kind in NUMBERED_KINDS]
        matched: set[int] = set()
        for kind, unit in case.units:
            sub_no, marker = unit.get("sub_no"), unit["item_marker"]
            label = f"{kind} {unit['section_no']}/{unit['item_no']}/{sub_no} {unit['head'][:12]!r}"
            if kind == "item":
                score.items += 1
            else:
                score.subitems += 1
            match = next((part for part in numbered if id(part) not in matched and part.kind == kind
                          and self.answer_text(doc, part, marker).startswith(unit["head"])), None)
            if match is None:
                elsewhere = next((part for part in doc.parts
                                  if self.normalized(part.text).startswith(unit["head"])), None)
                inside = next((part for part in doc.parts if unit["head"] in self.normalized(part.text)), None)
                if elsewhere is not None:
                    score.problems.append(f"{label}: not found; parsed as {self.describe(elsewhere)}")
                elif inside is not None:
                    score.problems.append(f"{label}: not found; its text is inside {self.describe(inside)}")
                else:
                    score.problems.append(f"{label}: not found; not in the body")
                continue
            matched.add(id(match))
            if kind == "item":
                score.items_found += 1
            else:
                score.subitems_found += 1
            text = self.answer_text(doc, match, marker)
            judged_marker = marker is not None or self.conventions.compare_null_markers
            expected_numbers = (unit["section_no"], unit["item_no"], sub_no, marker)
            got_numbers = (match.section_no, match.item_no, match.sub_no if kind == "subitem" else None,
                           match.item_marker if judged_marker else None)
            wrong = []
            if text[-10:] != unit["tail"]:
                wrong.append(f"ends {text[-10:]!r}, expected {unit['tail']!r}")
            if got_numbers != expected_numbers:
                wrong.append(f"(section, item, sub, marker) {got_numbers}, expected {expected_numbers}")
            if wrong:
                score.problems.append(f"{label} as {self.describe(match)}: " + "; ".join(wrong))
            elif kind == "item":
                score.items_exact += 1
            else:
                score.subitems_exact += 1
        for part in numbered:
            if id(part) not in matched:
                score.extra += 1
                score.problems.append(f"extra {self.describe(part)}")

    def score_page(self, case: Case) -> PageScore:
        doc = parse_page(case.page.read_bytes(), case.url, case.headers)
        score = PageScore(name=case.name[:self.conventions.page_column], sections_expected=case.section_count,
                          sections_found=sum(part.kind == "section" for part in doc.parts))
        if score.sections_found != score.sections_expected:
            score.problems.append(f"sections: {score.sections_found}, expected {score.sections_expected}")
        self.score_metadata(case, doc, score)
        self.score_units(case, doc, score)
        lines = {line.strip() for line in doc.body.split("\n")}
        for text in case.not_in_body:
            if text in doc.body:
                score.leaks += 1
                score.problems.append(f"body leaks {text!r}")
        for text in case.not_lines:
            if text in lines:
                score.leaks += 1
                score.problems.append(f"body keeps the line {text!r}")
        return score

    def table(self, scores: list[PageScore]) -> str:
        width = self.conventions.page_column
        header = (f"{'page':{width}} {'meta':>6} {'inv':>3} {'items exact/found/all':>21} {'subs exact/found/all':>20} "
                  f"{'extra':>5} {'sect':>5} {'leak':>4}")
        rows = [header, "-" * len(header)]
        for s in scores:
            rows.append(f"{s.name:{width}} {s.carried_correct:>2}/{s.carried:<3} {s.invented:>3} "
                        f"{s.items_exact:>11}/{s.items_found}/{s.items:<3} "
                        f"{s.subitems_exact:>12}/{s.subitems_found}/{s.subitems:<3} "
                        f"{s.extra:>5} {s.sections_found:>2}/{s.sections_expected:<2} {s.leaks:>4}")
        total = PageScore(name="TOTAL")
        for s in scores:
            for name in ("carried", "carried_correct", "invented", "items", "items_found", "items_exact", "subitems",
                         "subitems_found", "subitems_exact", "extra", "leaks"):
                setattr(total, name, getattr(total, name) + getattr(s, name))
        found = total.items_found + total.subitems_found
        if self.conventions.summary_shows_precision:
            invented_parts = f"precision {found}/{found + total.extra} = {ratio(found, found + total.extra):.1%}"
        else:
            invented_parts = f"extra {total.extra}"
        rows.append("-" * len(header))
        rows.append(f"metadata {total.carried_correct}/{total.carried} = {ratio(total.carried_correct, total.carried):.1%}, "
                    f"invented {total.invented}; items exact {total.items_exact}/{total.items} = "
                    f"{ratio(total.items_exact, total.items):.1%} (found {ratio(total.items_found, total.items):.1%}); "
                    f"sub-items exact {total.subitems_exact}/{total.subitems} = "
                    f"{ratio(total.subitems_exact, total.subitems):.1%}; {invented_parts}; pages with section "
                    f"count right {sum(s.sections_found == s.sections_expected for s in scores)}/{len(scores)}; "
                    f"leaks {total.leaks}")
        for s in scores:
            rows.extend(f"  {s.name}: {problem}" for problem in s.problems)
        return "\n".join(rows)


def answer_file_conventions(page_range: tuple[int, int], page_column: int = 40) -> Conventions:
    """Set 3's conventions, which every later set follows: texts compared with all whitespace
    removed, an item's text its own part, heads and tails without the marker, a null answer
    marker not compared."""
    return Conventions(
        metadata_fields=("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year",
                         "doc_kind"),
        page_range=page_range, item_includes_subitems=False, squeeze_whitespace=True, answers_omit_markers=True,
        compare_null_markers=False, page_column=page_column, summary_shows_precision=True)


def cases_from_answer_files(holdout: Path, conventions: Conventions) -> list[Case]:
    """Sets 3 onwards: answer files sit under answers/, name their page, and answer every metadata
    field at their top level."""
    cases = []
    for path in sorted((holdout / "answers").glob("*.yaml")):
        answers = yaml.safe_load(path.read_text(encoding="utf-8"))
        page = holdout / answers["page"]
        cases.append(Case(name=page.stem, page=page, url=answers["url"], headers=answers["headers"],
                          section_count=answers["section_count"],
                          metadata={name: answers[name] for name in conventions.metadata_fields},
                          tolerated=answers.get("tolerated") or {},
                          units=[("item", unit) for unit in answers["items"]]
                          + [("subitem", unit) for unit in answers["subitems"]],
                          not_in_body=answers["must_not_appear"]))
    return cases


class HoldoutTests:
    """The bar every holdout is held to; a set's test file subclasses it as `Test...` and fills in both hooks."""

    conventions: Conventions
    load_cases: Callable[[], list[Case]]  # set as staticmethod(...) by the subclass

    @pytest.fixture(scope="class")
    def scorer(self) -> Scorer:
        return Scorer(self.conventions)

    @pytest.fixture(scope="class")
    def scores(self, scorer) -> list[PageScore]:
        results = [scorer.score_page(case) for case in self.load_cases()]
        print("\n" + scorer.table(results))
        return results

    def test_the_holdout_is_complete_and_unambiguous(self):
        cases = self.load_cases()
        fewest, most = self.conventions.page_range
        assert fewest <= len(cases) <= most
        for case in cases:
            assert case.page.is_file()
            assert set(case.metadata) <= set(self.conventions.metadata_fields), case.name
            assert set(case.tolerated) <= set(self.conventions.metadata_fields), case.name
            heads = [(kind, unit["head"]) for kind, unit in case.units]
            assert len(heads) == len(set(heads)), case.name

    def test_items_found_with_exact_boundaries(self, scorer, scores):
        exact, total = sum(s.items_exact for s in scores), sum(s.items for s in scores)
        assert ratio(exact, total) >= BAR, scorer.table(scores)

    def test_subitems_found_with_exact_boundaries(self, scorer, scores):
        exact, total = sum(s.subitems_exact for s in scores), sum(s.subitems for s in scores)
        assert ratio(exact, total) >= BAR, scorer.table(scores)

    def test_no_invented_items(self, scorer, scores):
        found = sum(s.items_found + s.subitems_found for s in scores)
        extra = sum(s.extra for s in scores)
        assert ratio(found, found + extra) >= BAR, scorer.table(scores)

    def test_section_counts(self, scorer, scores):
        assert [s.name for s in scores if s.sections_found != s.sections_expected] == [], scorer.table(scores)

    def test_every_carried_metadata_field_is_read_exactly(self, scorer, scores):
        assert sum(s.carried_correct for s in scores) == sum(s.carried for s in scores), scorer.table(scores)

    def test_no_metadata_is_invented(self, scorer, scores):
        assert sum(s.invented for s in scores) == 0, scorer.table(scores)

    def test_no_page_furniture_in_the_body(self, scorer, scores):
        assert sum(s.leaks for s in scores) == 0, scorer.table(scores)


class AnswerFileHoldoutTests(HoldoutTests):
    """A set written in set 3's layout (answers/*.yaml beside pages/); a set's test file subclasses it
    as `Test...` and names its folder and conventions."""

    holdout: Path

    def load_cases(self) -> list[Case]:
        return cases_from_answer_files(self.holdout, self.conventions)
