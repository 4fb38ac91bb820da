"""Which place a document belongs to: a GB/T 2260 code read from its publisher, title and site.

The division table (``DivisionTable``, see ``scrapers.enrich.divisions`` for the choice of data)
is loaded once; resolution is a pure function of the table and the document's fields.

Order of clues: the first clue that names a place decides, the others cross-check it.

====================  =====================================================  ===========
method                what is read                                           confidence
====================  =====================================================  ===========
``publisher``         发布机构/来源, e.g. 临淄区教育和体育局                          0.90
``title``             the document's title                                   0.80
``site_name``         the SiteName meta tag, e.g. 庄浪县人民政府                    0.75
``site_id_code``      the first six digits of SiteIDCode when they are a     0.70
                      real code (3703000031 → 370300)
``source_hint``       the source's explicit ``region_code``, else its name   0.60 / 0.50
``unresolved``        nothing named a place                                  0
====================  =====================================================  ===========

Reading a text clue: bureau words (教育局, 教育和体育局, 教体局, 教育体育局, 教育委员会, 教委,
市委教育工委, 人民政府...) are cut out, then division names are found leftmost-longest: full
names, former names since 2010, and short names without their 省/市/县/自治州 suffix where that
short name is unambiguous (淄博, 庄浪; never for 区, see ``short_name``). County-level short names
are used in organisation names only (publisher, site name, source name), not in titles, where
合作, 公安, 通道 or 安宁 are everyday words. The first name found anchors the clue and a later
name inside it goes deeper: 天津市滨海新区教育体育局 → 天津市 → 滨海新区 120116. A later name
outside the anchor is ignored (a title can mention another place).

Ambiguous names (朝阳区: 北京 110105 and 长春 220104; 鼓楼区 in four cities) are settled by the
other clues: the unambiguous names of every other field, SiteIDCode, the source's hint,
``text_hint`` and the division of a valid credit code. A candidate is kept when one of those
contains it or lies in it. If exactly one is kept it is the answer; otherwise a single current
division beats retired ones with the same name (either way confidence −0.10); otherwise it stays
unresolved with ``ambiguous=True`` and the candidates listed. A later clue that contradicts every
candidate means the ambiguous "name" was an everyday word, and that later clue decides (−0.10).

The 索引号 often starts with the publisher's unified social credit code (GB 32100-2015):
``parse_uscc`` reads it, checks its check character with python-stdnum, and returns characters
3–8, the registering authority's division. That division is a clue for settling ambiguity and a
cross-check, never the answer: a district bureau is often registered by its city (临淄区
教育和体育局 carries 370300).

Cross-checks on the answer: +0.03 for each other clue (another field's answer or the credit
code's division) that contains it or lies in it, up to three; −0.10 if any of them points
elsewhere; −0.05 when the answer was found by a short name. Confidence stays within 0.05–0.99.
Unresolved documents get ``region_code=None``; the warehouse stores them under
``UNKNOWN_REGION_CODE``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from stdnum.cn import uscc as stdnum_uscc

from scrapers.enrich.divisions import DIVISIONS_SOURCE_VERSION, DivisionTable
from scrapers.models import RegionResolution

__all__ = ["DivisionTable", "REGIONS_VERSION", "UNKNOWN_REGION_CODE", "find_names", "parse_uscc", "resolve_region"]

REGIONS_VERSION = f"regions-1;{DIVISIONS_SOURCE_VERSION}"
UNKNOWN_REGION_CODE = "000000"
TEXT_HINT_CHARS = 2000  # the opening of a body names its place if anything does

_BASE_CONFIDENCE = {"publisher": 0.9, "title": 0.8, "site_name": 0.75, "site_id_code": 0.7, "source_hint": 0.6}
_SOURCE_NAME_CONFIDENCE = 0.5
_INFERRED = 0.1
_SHORT_NAME = 0.05
_AGREEING_CLUE = 0.03
_MAX_AGREEING = 3
_DISAGREEING = 0.1

_BUREAU_WORDS = re.compile(
    r"(?<=[省市县区州盟旗])委(?=教育)"  # the party committee's 委 in 市委教育工委
    r"|教育工作委员会|教育工委|教育和体育局|教育体育局|教育和科学技术局|教育科技局|教育局|教体局"
    r"|教育委员会|教委|教育厅|人民政府|办公室|中共"
)
# 18 characters at the start of the 索引号; the alphabet is checked by stdnum, so a mistyped
# character still reads as an invalid code rather than as no code at all.
_USCC_PREFIX = re.compile(r"\s*([0-9A-Z]{2}\d{6}[0-9A-Z]{10})(?![0-9A-Z])")


@dataclass(frozen=True)
class Mention:
    """A division name found in a clue: every division it can mean."""

    codes: tuple[str, ...]
    short: bool  # found by a short name (淄博 for 淄博市)


@dataclass(frozen=True)
class _Clue:
    method: str
    confidence: float
    mentions: list[Mention]


@dataclass
class _Outcome:
    """What one clue says on its own: a code, or the candidates it could not choose between."""

    code: str | None
    candidates: list[str] = field(default_factory=list)
    short: bool = False
    inferred: bool = False


# --------------------------------------------------------------------------- credit code


def parse_uscc(index_no: str | None) -> tuple[str | None, bool | None, str | None]:
    """The unified social credit code at the start of a 索引号: (code, check valid, division).

    >>> parse_uscc("11370300004224677M/2022-5300729")
    ('11370300004224677M', True, '370300')
    """
    match = _USCC_PREFIX.match(index_no.upper()) if index_no else None
    if not match:
        return None, None, None
    code = match.group(1)
    return code, stdnum_uscc.is_valid(code), code[2:8]


# --------------------------------------------------------------------------- reading names


def find_names(table: DivisionTable, text: str | None, *, organisation: bool) -> list[Mention]:
    """Division names in `text`, leftmost-longest, in order.

    organisation=True reads the name of an organisation (bureau words cut out, county-level short
    names allowed); False reads free text such as a title.
    """
    if not text:
        return []
    if organisation:
        text = _BUREAU_WORDS.sub("|", text)
    mentions = []
    i, end = 0, len(text)
    while i < end:
        found = None
        for length in table.name_lengths(text[i]):
            if i + length > end:
                continue
            entries = table.entries(text[i : i + length])
            if entries and not organisation:
                entries = tuple(e for e in entries if not (e.short and table.get(e.code).level == "county"))
            if entries:
                found = length, Mention(tuple(e.code for e in entries), short=entries[0].short)
                break
        if found:
            mentions.append(found[1])
            i += found[0]
        else:
            i += 1
    return mentions


def _site_code(table: DivisionTable, site_id_code: str | None) -> str | None:
    digits = site_id_code.strip() if site_id_code else ""
    code = digits[:6]
    return code if len(code) == 6 and code.isdigit() and code in table else None


# --------------------------------------------------------------------------- settling


def _narrow(table: DivisionTable, codes: tuple[str, ...] | list[str], context: set[str]) -> tuple[list[str], bool]:
    """The candidates left after the other clues and currency; True when either had to choose."""
    if len(codes) == 1:
        return list(codes), False
    supported = [c for c in codes if any(table.related(c, k) for k in context)]
    if len(supported) == 1:
        return supported, True
    pool = supported or list(codes)
    current = [c for c in pool if table.get(c).current]
    if len(current) == 1:
        return current, True
    if not current:  # only retired divisions bear the name: the latest one, if it is alone
        latest = max(table.get(c).valid_to for c in pool)
        newest = [c for c in pool if table.get(c).valid_to == latest]
        if len(newest) == 1:
            return newest, True
    return sorted(current or pool), False


def _settle(table: DivisionTable, mentions: list[Mention], context: set[str]) -> _Outcome:
    outcome = _Outcome(code=None)
    lead_candidates: list[str] | None = None
    for mention in mentions:
        if outcome.code is None and lead_candidates is None:
            pool, by_context = _narrow(table, mention.codes, context)
            if len(pool) == 1:
                outcome = _Outcome(pool[0], sorted(mention.codes) if len(mention.codes) > 1 else [], mention.short, by_context)
            else:
                lead_candidates = pool
            continue
        if outcome.code is None:  # the first name was ambiguous: does this one place it?
            placed = [c for c in lead_candidates if any(table.related(c, other) for other in mention.codes)]
            if len(placed) != 1:
                continue
            outcome = _Outcome(placed[0], sorted(lead_candidates))
            lead_candidates = None
        inside = [c for c in mention.codes if c != outcome.code and table.within(c, outcome.code)]
        if inside:
            pool, by_context = _narrow(table, inside, context)
            if len(pool) == 1:
                candidates = sorted(mention.codes) if len(mention.codes) > 1 else outcome.candidates
                outcome = _Outcome(pool[0], candidates, mention.short, outcome.inferred or by_context)
    if outcome.code is None and lead_candidates:
        outcome.candidates = lead_candidates
    return outcome


def _unresolved(uscc: tuple[str | None, bool | None, str | None], candidates: list[str] | None = None) -> RegionResolution:
    return RegionResolution(
        region_code=None,
        region_name=None,
        region_level=None,
        method="unresolved",
        confidence=0.0,
        ambiguous=bool(candidates),
        candidates=list(candidates or []),
        uscc=uscc[0],
        uscc_valid=uscc[1],
        uscc_division=uscc[2],
    )


def resolve_region(
    table: DivisionTable,
    *,
    publisher: str | None,
    title: str | None,
    site_name: str | None,
    site_id_code: str | None,
    index_no: str | None,
    source_name: str | None,
    source_region_code: str | None,
    text_hint: str | None = None,
) -> RegionResolution:
    """The document's division, by the clues in the order of the module docstring."""
    uscc = parse_uscc(index_no)
    credit_division = uscc[2] if uscc[1] and uscc[2] in table else None
    site_code = _site_code(table, site_id_code)
    hint_code = source_region_code.strip() if source_region_code and source_region_code.strip() in table else None

    clues = [
        _Clue("publisher", _BASE_CONFIDENCE["publisher"], find_names(table, publisher, organisation=True)),
        _Clue("title", _BASE_CONFIDENCE["title"], find_names(table, title, organisation=False)),
        _Clue("site_name", _BASE_CONFIDENCE["site_name"], find_names(table, site_name, organisation=True)),
        _Clue("site_id_code", _BASE_CONFIDENCE["site_id_code"], [Mention((site_code,), False)] if site_code else []),
        _Clue("source_hint", _BASE_CONFIDENCE["source_hint"], [Mention((hint_code,), False)])
        if hint_code
        else _Clue("source_hint", _SOURCE_NAME_CONFIDENCE, find_names(table, source_name, organisation=True)),
    ]
    hint_mentions = find_names(table, text_hint[:TEXT_HINT_CHARS], organisation=False) if text_hint else []
    context = {m.codes[0] for clue in clues for m in clue.mentions if len(m.codes) == 1}
    context |= {m.codes[0] for m in hint_mentions if len(m.codes) == 1}
    if credit_division:
        context.add(credit_division)

    outcomes = [(clue, _settle(table, clue.mentions, context)) for clue in clues if clue.mentions]
    ambiguity: list[str] | None = None
    for index, (clue, outcome) in enumerate(outcomes):
        if outcome.code is None:
            ambiguity = ambiguity or outcome.candidates
            continue
        if ambiguity and any(table.related(outcome.code, c) for c in ambiguity):
            return _unresolved(uscc, ambiguity)  # it narrows the place but cannot choose
        confidence = clue.confidence
        confidence -= _SHORT_NAME if outcome.short else 0
        confidence -= _INFERRED if outcome.inferred or ambiguity else 0
        others = [o.code for i, (_, o) in enumerate(outcomes) if i != index and o.code]
        others += [credit_division] if credit_division else []
        agreeing = sum(table.related(outcome.code, other) for other in others)
        confidence += _AGREEING_CLUE * min(agreeing, _MAX_AGREEING)
        confidence -= _DISAGREEING if agreeing < len(others) else 0
        division = table.get(outcome.code)
        return RegionResolution(
            region_code=division.code,
            region_name=division.name,
            region_level=division.level,
            method=clue.method,
            confidence=round(min(max(confidence, 0.05), 0.99), 2),
            ambiguous=False,
            candidates=outcome.candidates,
            uscc=uscc[0],
            uscc_valid=uscc[1],
            uscc_division=uscc[2],
        )
    return _unresolved(uscc, ambiguity)
