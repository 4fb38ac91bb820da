"""The numbered structure of a clean body: notice, preamble, sections, items, sub-items.

Markers are read only at a paragraph's start, on a view with full-width digits and punctuation
folded to ASCII one character for one (so positions in the view are positions in the body):
  section   一、 二. …                  item/sub-item  1. 1、 １． (一) （一） (1) ①
  inline    一是 … 二是 …, (1) … (2) …  (after 。；，： inside an item), ① … ②, ⑴ … ⑵ anywhere in it
The section family is 一、 when printed; without it, （一） when a finer family (1. （1） ①) is
numbered under most of them (county plans that start at （一））; otherwise the document has items
only.
The item family is decided per document by first appearance after the sections (plans use 1.
under 一、 or （一）; progress reports use (一) under 一、), except in a section printing none of it,
whose first family numbers its items (a report's 三、下一步打算 with 1. items); the sub-item
family per item, by the first other family printed under it, so one item's (1) paragraphs and
the next item's ① are both sub-items. A line starting with 附件 (附件：1.… / 附件1 / 附件： / 附表：
/ 附：) after the numbering began ends the items: the list and anything after it (and a signature
just before it) form the closing part; unless the numbering goes on right after it (item 5 after
item 4, 三、 after 二、), when it names an attachment inside the item before it. A trailing 版记
(抄送：…, …2022年3月1日印发) or note (注：…) closes the document too, with the signature before it.
'N.' run into digits (3.12所…) is marker N when the 1. sequence under the same parent expects N
next, or when it is 1. and the next numbered line is 2.; elsewhere (1.5万人… opening the text) it
is a decimal. A section heading printed at the start of its first item's paragraph
(<strong>三、下半年工作打算</strong>（一）确保…) is split off as its own line. Paragraphs opening the
<li> of an <ol> with no printed markers are items numbered by their place in the list
(item_marker None) when the list sits under a section heading, or at the top and reading like
sentences.
A marker whose number breaks its sequence badly (e.g. a paragraph opening with 1、2年级) is read
as text and reported. Unnumbered paragraphs continue the part before them, except in a section
with no numbered items, where each becomes a 'paragraph' part so that no text is lost.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from scrapers.models import Part
from scrapers.parse.body import ListItemLine
from scrapers.parse.dates import FULLWIDTH_TO_ASCII, is_date_line, parse_date, small_chinese_number
from scrapers.parse.metadata import compact
from scrapers.parse.scan import LABEL_AT_START

_MARKERS = (
    ("cn", re.compile(r"([一二三四五六七八九十]{1,3})[ \t]*[、.][ \t]*")),
    ("paren_cn", re.compile(r"\([ \t]*([一二三四五六七八九十]{1,3})[ \t]*\)[ \t]*[、.]?[ \t]*")),
    ("arabic", re.compile(r"(\d{1,3})[ \t]*[.、]{1,2}(?!\d)[ \t]*")),  # 5.、 typed twice counts once
    ("paren_arabic", re.compile(r"\([ \t]*(\d{1,3})[ \t]*\)[ \t]*[、.]?[ \t]*")),
    ("circled", re.compile(r"([\u2460-\u2473])[ \t]*")),
)
# Sub-items printed inside an item's paragraph, after its lead sentence: 一是…二是…, ①…②…,
# ⑴…⑵…, (1)…(2)… / （１）…（２）…. Each family with the number it reads (int reads full-width digits)
# and whether it must follow a punctuation mark (一是 and (1) are ordinary text elsewhere).
_INLINE_SUB_FAMILIES = (
    (re.compile(r"([一二三四五六七八九十]{1,2})是"), small_chinese_number, True),
    (re.compile(r"[\u2460-\u2473]"), lambda token: ord(token) - 0x245F, False),
    (re.compile(r"[\u2474-\u2487]"), lambda token: ord(token) - 0x2473, False),
    (re.compile(r"[(（][ \t]*([0-9０-９]{1,2})[ \t]*[)）]"), int, True),
)
_INLINE_SUB_BEFORE = set("。；;，,：:\n")
# Whether any of those families is printed at all (most items have none): the same four shapes,
# written to open with one character class so that the regex engine scans for it quickly
# instead of trying four alternatives at every character.
_ANY_INLINE_SUB = re.compile(
    r"[一二三四五六七八九十\u2460-\u2487(（]"
    r"(?:(?<=[一二三四五六七八九十])[一二三四五六七八九十]?是|(?<=[\u2460-\u2487])|(?<=[(（])[ \t]*[0-9０-９]{1,2}[ \t]*[)）])")
# A line opening the attachments list (附件：1.… / 附件1 / 附件:): it ends the item hierarchy.
# 附件：… 附件1 附表：… 附：… (a schedule or list appended to a plan)
_ATTACHMENTS_LINE = re.compile(r"^附[ \t\u3000]*[件表]?[ \t\u3000]*(?:[0-9０-９一二三四五六七八九十]{1,2}[ \t\u3000]*)?(?:[:：.．、 \t\u3000]|$)")
_NUMBERED_ATTACHMENT = re.compile(r"^附[ \t\u3000]*[件表]?[ \t\u3000]*(?:[0-9０-９一二三四五六七八九十]|[:：][ \t\u3000]*[0-9０-９])")
_SENTENCE_MARK = re.compile(r"[。；;]")
_MAX_FILE_NAME_LINE = 60
_LEAD_END = re.compile(r"[。；;！？!?]")
_PUBLICITY = re.compile(r"^[(（]?此件.{0,6}(?:公开|发布)[)）]?$")
_NOTICE_LINE = re.compile(r"现将|印发给你们|转发给你们|印发给各|请认真贯彻|遵照执行|请结合实际|^附件[:：]")
_ORG_LINE = re.compile(r"^[^。，；,;：:！？!?]{2,30}$")
# 版记, the colophon closing an official document: 抄送/抄报 lines, the issuing office's
# “XX办公室 2022年3月1日印发” line, a print-run line.
_COLOPHON_LINE = re.compile(r"^(?:(?:抄[ \t\u3000]*送|抄[ \t\u3000]*报|分[ \t\u3000]*送)[:：]|共印[0-9０-９]+份)")
# A note on the whole document closing it (注：以上项目投资数额以…为准。).
_NOTE_LINE = re.compile(r"^(?:注|备注|说明)[ \t\u3000]*[:：]")
_PRINTED_ON_LINE = re.compile(r"^[^，。；,;]{0,40}印[ \t\u3000]*发[)）]?$")
_HEADER_LINE = re.compile(r"^(?:作者|编辑|责任编辑|审核|供稿)[:：]")
_MAX_SKIP = 3
# Families that can be the section level: 一、 when printed, else （一） when a finer family is
# numbered under it (county plans and reports that start at （一）).
_SECTION_FAMILIES = ("cn", "paren_cn")
_FINER_THAN_PAREN_CN = ("arabic", "paren_arabic", "circled")


@dataclass(frozen=True)
class Marker:
    level: str
    number: int
    printed: str  # as printed, e.g. '１．', '（一）'
    length: int  # characters it takes at the paragraph start, trailing blanks included


# The families a marker can belong to, by the first character of the folded line: the families
# start with different characters, so only these are tried (in _MARKERS order).
_FAMILY = dict(_MARKERS)
_MARKERS_BY_FIRST = {
    **{first: (("cn", _FAMILY["cn"]),) for first in "一二三四五六七八九十"},
    "(": (("paren_cn", _FAMILY["paren_cn"]), ("paren_arabic", _FAMILY["paren_arabic"])),
    **{first: (("arabic", _FAMILY["arabic"]),) for first in "0123456789"},
    **{chr(code): (("circled", _FAMILY["circled"]),) for code in range(0x2460, 0x2474)},
}


def read_marker(line: str) -> Marker | None:
    view = line[:20].translate(FULLWIDTH_TO_ASCII)
    families = _MARKERS_BY_FIRST.get(view[:1])
    if families is None:
        return None
    for level, pattern in families:
        match = pattern.match(view)
        if not match:
            continue
        token = match[1]
        if level in ("cn", "paren_cn"):
            number = small_chinese_number(token)
        elif level == "circled":
            number = ord(token) - 0x245F
        else:
            number = int(token)
        if not number:
            return None
        return Marker(level, number, line[: match.end()].rstrip(" \t\u3000\u00a0"), match.end())
    return None


# "3.12所学校…": a 1. marker run into the digits that follow it, read as a decimal by read_marker.
_GLUED_ARABIC = re.compile(r"(\d{1,3})\.(?=\d)")


_HEADING_BREAK = re.compile(r"[。；;，,：:！？!?]")
# First characters (folded) of every marker family but 一、's, where a run-in item can start.
_FINER_MARKER_FIRST = frozenset(first for first, families in _MARKERS_BY_FIRST.items()
                                if any(level != "cn" for level, _ in families))
_MAX_RUN_IN_HEADING = 30


def _lines_and_markers(lines: list[str]) -> tuple[list[str], list[Marker | None]]:
    """Each line's marker, read once; a section heading printed bold at the start of its first
    item's paragraph (<strong>三、下半年工作打算</strong>（一）确保…) becomes a line of its own: split
    where, within a short heading without punctuation, a finer marker begins (not a decimal: 1.5万
    stays text)."""
    split: list[str] = []
    markers: list[Marker | None] = []
    for line in lines:
        marker = read_marker(line)
        cut = inner = None
        if marker is not None and marker.level == "cn" and len(line) > marker.length + 2:
            cut, inner = _run_in_item(line, marker)
        if cut is None:
            split.append(line)
            markers.append(marker)
        else:
            split.extend((line[:cut], line[cut:]))
            markers.extend((marker, inner))
    return split, markers


def _run_in_item(line: str, heading: Marker) -> tuple[int | None, Marker | None]:
    """(offset, marker) of a finer marker run into a section heading's line, else (None, None)."""
    limit = min(len(line) - 1, heading.length + _MAX_RUN_IN_HEADING)
    view = line[:limit].translate(FULLWIDTH_TO_ASCII)
    for position in range(heading.length + 2, limit):
        if _HEADING_BREAK.match(line, position):
            break
        if view[position] not in _FINER_MARKER_FIRST:
            continue
        inner = read_marker(line[position:])
        if inner is not None and inner.level != "cn" and line[position:position + inner.length].strip() \
                and not line[position + inner.length:position + inner.length + 1].translate(FULLWIDTH_TO_ASCII).isdigit():
            return position, inner
    return None, None


def _read_glued_markers(lines: list[str], markers: list[Marker | None]) -> list[Marker | None]:
    """Markers with 'N.' taken before digits (3.12所…) where the 1. sequence under the same parent
    expects N next, or a '1.' before digits that the next numbered line continues with 2. (1.2024年
    中考… then 2.…): there reading it as a decimal would break the sequence. A decimal opening a
    paragraph outside such a sequence (1.5万人参加… as the first line) stays text."""
    expected = None  # the next number of the current 1. sequence
    for index, marker in enumerate(markers):
        if marker is not None:
            if marker.level == "arabic":
                expected = marker.number + 1
            elif marker.level in ("cn", "paren_cn"):
                expected = None  # a new parent restarts the 1. sequence
            continue
        match = _GLUED_ARABIC.match(lines[index][:8].translate(FULLWIDTH_TO_ASCII))
        if match and expected is None and match[1] == "1":
            following = next((m for m in markers[index + 1:] if m is not None), None)
            if following is not None and following.level == "arabic" and following.number == 2:
                expected = 1
        if match and int(match[1]) == expected:
            markers[index] = Marker("arabic", expected, lines[index][: match.end()], match.end())
            expected += 1
    return markers


def _list_position_markers(lines: list[str], markers: list[Marker | None]) -> list[Marker | None]:
    """Markers for <ol> items numbered only by their place in the list (printed '' — the number
    is not in the text): a list none of whose items prints a marker, under a section heading (the
    nearest marker above it is 一、 or （一）), or at the top with most items reading like
    sentences (…。). Under a 1. item, a list is left as its text."""
    lists: dict[int, list[int]] = {}
    for index, line in enumerate(lines):
        if isinstance(line, ListItemLine):
            lists.setdefault(line.list_id, []).append(index)
    for indexes in lists.values():
        if any(markers[i] is not None for i in indexes):
            continue
        above = next((m for m in reversed(markers[: indexes[0]]) if m is not None), None)
        if above is None:
            sentences = sum(1 for i in indexes if "。" in lines[i])
            if len(indexes) < 2 or sentences * 2 < len(indexes):
                continue
        elif above.level not in ("cn", "paren_cn"):
            continue
        for i in indexes:
            markers[i] = Marker("arabic", lines[i].position, "", 0)
    return markers


def lead_sentence(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    match = _LEAD_END.search(first_line)
    return (first_line[: match.start()] if match else first_line).strip()


@dataclass
class Structure:
    body: str
    parts: list[Part]
    signing_date_raw: str = ""  # the date line closing a wrapping notice
    closing_date_raw: str = ""  # the date line closing the document
    quality: dict = field(default_factory=dict)


@dataclass
class _Block:
    kind: str
    first: int  # line indexes, inclusive
    last: int
    path: str
    marker: Marker | None = None
    section_no: int | None = None
    section_heading: str | None = None
    item_no: int | None = None
    title: str | None = None


def _notice_end(lines: list[str], first_numbered: int, plan_title: str, wrapped: bool) -> tuple[int, int | None]:
    """(index after the notice, index of the plan's own title line or None); (0, None) when the
    body does not open with a notice."""
    head = lines[:first_numbered]
    if not wrapped:
        # A notice wrapper printed in the body even though the page title is the plan's own.
        opens_like_notice = any("现将" in line and "《" in line for line in head[:4])
        if not opens_like_notice:
            return 0, None
    if plan_title:
        for index, line in enumerate(head):
            if index > 0 and compact(line) == plan_title:
                return index, index
    end = 0
    for index, line in enumerate(head):
        if is_date_line(line) or _PUBLICITY.match(line) or _NOTICE_LINE.search(line):
            end = index + 1
    return end, None


def _colophon_start(lines: list[str], floor: int) -> int:
    """Start of a trailing 版记 (抄送：…, …2022年3月1日印发) or note (注：…), else len(lines)."""
    start = len(lines)
    while start - 1 >= floor and len(lines[start - 1]) <= 120 and read_marker(lines[start - 1]) is None and (
            _COLOPHON_LINE.match(lines[start - 1]) or _NOTE_LINE.match(lines[start - 1])
            or (_PRINTED_ON_LINE.match(lines[start - 1]) and parse_date(lines[start - 1]) is not None)):
        start -= 1
    return start


def _closing_start(lines: list[str], floor: int) -> int:
    """Start of a trailing signature (organisation lines then a date line), else len(lines)."""
    index = len(lines) - 1
    if index < floor or not is_date_line(lines[index]):
        return len(lines)
    start = index
    while start - 1 >= floor and start - 1 >= len(lines) - 4 and _ORG_LINE.match(lines[start - 1]) \
            and read_marker(lines[start - 1]) is None and not lines[start - 1].endswith(("：", ":")):
        start -= 1
    return start if start > floor else len(lines)


def _unmark_attachment_lists(lines: list[str], markers: list[Marker | None]) -> list[Marker | None]:
    """The 2. 3. … lines continuing an 附件：1.… line name files, not items: a notice listing its
    attachments (附件：1.X 2.Y) before printing them must not start the numbering there."""
    markers = list(markers)
    for index, line in enumerate(lines):
        if not _NUMBERED_ATTACHMENT.match(line):
            continue
        expected = 2
        for following in range(index + 1, len(lines)):
            marker = markers[following]
            if marker is None or marker.level != "arabic" or marker.number != expected \
                    or len(lines[following]) > _MAX_FILE_NAME_LINE or _SENTENCE_MARK.search(lines[following]):
                break
            markers[following] = None
            expected += 1
    return markers


def _attachments_start(lines: list[str], markers: list[Marker | None], floor: int) -> int:
    """Index of the line opening the closing attachments list (附件：1.… then file names), else
    len(lines). Once numbering has begun, a line starting with 附件 ends the item hierarchy unless
    the numbering goes on after it (then it names an attachment inside an item); before numbering,
    only when no section follows (an attached plan printed in full is the document itself)."""
    last_number: dict[str, int] = {}  # the last number printed in each marker family so far
    for index in range(floor, len(lines)):
        if _ATTACHMENTS_LINE.match(lines[index]):
            if last_number:
                if not _numbering_goes_on(lines, markers, index, last_number):
                    return index
            elif not any(m is not None and m.level in _SECTION_FAMILIES for m in markers[index + 1:]):
                return index
        marker = markers[index]
        if marker is not None:
            last_number[marker.level] = marker.number
    return len(lines)


def _numbering_goes_on(lines: list[str], markers: list[Marker | None], attachments: int,
                       last_number: dict[str, int]) -> bool:
    """True when the first numbered line after a 附件 line continues a family's sequence (item 5
    after item 4, 三、 after 二、). A list 附件：1.… goes on with 2.…, so after a numbered 附件 line
    only a 1. line that reads like an item (a sentence, not a file name) counts."""
    index, marker = next(((i, m) for i, m in enumerate(markers[attachments + 1:], attachments + 1) if m is not None),
                         (None, None))
    if marker is None or marker.level not in last_number:
        return False
    previous = last_number[marker.level]
    if not previous < marker.number <= previous + _MAX_SKIP:
        return False
    if marker.level == "arabic" and _NUMBERED_ATTACHMENT.match(lines[attachments]):
        return _SENTENCE_MARK.search(lines[index]) is not None
    return True


def build_structure(lines: list[str], title_variants: set[str], plan_title: str | None,
                    notice_title: str | None) -> Structure:
    """Parts tiling the body made of these lines. plan_title is the document's title; notice_title
    is set when the page is a 关于印发《…》的通知 wrapping it (and titles the notice part)."""
    lines, markers = _lines_and_markers(lines)
    markers = _list_position_markers(lines, _read_glued_markers(lines, markers))
    markers = _unmark_attachment_lists(lines, markers)
    first_numbered = next((i for i, m in enumerate(markers) if m is not None), len(lines))
    plan_compact = compact(plan_title or "")
    notice_end, plan_title_line = _notice_end(lines, first_numbered, plan_compact, bool(notice_title))

    # Before the first numbered paragraph: the title printed again, 时间：/来源： lines.
    dropped_titles = 0
    keep = [True] * len(lines)
    for index in range(first_numbered):
        line = lines[index]
        if index == plan_title_line or (len(line) <= 120 and compact(line) in title_variants):
            keep[index], dropped_titles = False, dropped_titles + 1
        elif len(line) <= 120 and (LABEL_AT_START.match(line) or _HEADER_LINE.match(line)):
            keep[index] = False

    signing_raw = ""
    for index in range(notice_end):
        if keep[index] and is_date_line(lines[index]):
            signing_raw = lines[index]

    kept_index = [i for i in range(len(lines)) if keep[i]]
    final_lines = [lines[i] for i in kept_index]
    final_markers = [markers[i] for i in kept_index]
    notice_count = sum(1 for i in kept_index if i < notice_end)
    attachments = _attachments_start(final_lines, final_markers, notice_count)
    text_end = _colophon_start(final_lines[:attachments], max(notice_count, 1))
    closing = min(_closing_start(final_lines[:text_end], max(notice_count, 1)), text_end)
    if closing < text_end:  # a note above the signature (注：… / 某局 / 2020年3月18日) closes with it
        closing = _colophon_start(final_lines[:closing], max(notice_count, 1))
    # The signing date closes the text before the attachments list or 版记, or the page after it.
    if closing < text_end:
        closing_raw = final_lines[text_end - 1]
    elif attachments < len(final_lines) and is_date_line(final_lines[-1]):
        closing_raw = final_lines[-1]
    else:
        closing_raw = ""

    blocks, quality = _blocks(final_lines, final_markers, notice_count, closing, notice_title)
    body = "\n".join(final_lines)
    parts = _parts(body, final_lines, blocks)
    quality["title_repeats_dropped"] = dropped_titles
    return Structure(body, parts, signing_raw, closing_raw, quality)


def _blocks(lines: list[str], markers: list[Marker | None], notice_count: int, closing: int,
            notice_title: str | None):
    blocks: list[_Block] = []
    if notice_count:
        blocks.append(_Block("notice", 0, notice_count - 1, "notice", title=notice_title))
    region = range(max(notice_count, 0), closing)

    present = [markers[i].level for i in region if markers[i] is not None]
    section_level = _section_level(present)
    has_sections = section_level is not None
    # Item and sub-item families are the first two that appear under the sections (a stray (1)
    # in the preamble does not decide them).
    under_sections = present[present.index(section_level):] if has_sections else present
    others = [level for level in under_sections if level != section_level]
    item_level = others[0] if others else None
    # The sub-item family is chosen per item: the first other family printed under it ((1), ①,
    # 1. under (一) …), so one item's ① and the next item's (1) are both sub-items.
    sub_level = None
    # A section printing none of the document's item family numbers its items its own way (a
    # report's （一） items, then 三、下一步打算 with 1. items): its first family is its items'.
    section_item_level = _section_item_levels(markers, region, section_level, item_level)
    current_item_level = item_level

    roles: list[tuple[str, Marker | None]] = [("text", None)] * len(lines)
    rejected: list[str] = []
    last_section = last_item = last_sub = None
    items_in_section = 0
    seen_structure = False
    for index in region:
        marker = markers[index]
        if marker is None:
            continue
        if marker.level == section_level:
            if _accept(marker.number, last_section, first_limit=_MAX_SKIP):
                roles[index] = ("section", marker)
                last_section, last_sub, sub_level, items_in_section, seen_structure = marker.number, None, None, 0, True
                current_item_level = section_item_level.get(index, item_level)
                continue
        elif marker.level == current_item_level and (seen_structure or not has_sections):
            restart_ok = items_in_section == 0
            if _accept(marker.number, last_item, first_limit=_MAX_SKIP, restart_ok=restart_ok):
                roles[index] = ("item", marker)
                last_item, last_sub, sub_level, seen_structure = marker.number, None, None, True
                items_in_section += 1
                continue
        elif marker.level != section_level and marker.level != current_item_level and sub_level in (None, marker.level) \
                and last_item is not None and items_in_section:
            if _accept(marker.number, last_sub, first_limit=_MAX_SKIP):
                roles[index] = ("sub", marker)
                last_sub, sub_level = marker.number, marker.level
                continue
        if seen_structure or marker.level in (section_level, current_item_level):
            rejected.append(marker.printed)

    first_structured = next((i for i in region if roles[i][0] != "text"), closing)
    if first_structured > region.start:
        if first_structured == closing and closing > region.start:
            # No numbering at all: every paragraph is its own row.
            for k, index in enumerate(range(region.start, closing), start=1):
                blocks.append(_Block("paragraph", index, index, str(k)))
        else:
            blocks.append(_Block("preamble", region.start, first_structured - 1, "0"))

    sections: list[_Block] = []
    section_items: dict[int, list[_Block]] = {}
    current_section: _Block | None = None
    current_item: _Block | None = None
    section_has_items = _sections_with_items(roles, first_structured, closing)
    paragraph_counter = item_counter = sub_counter = 0
    for index in range(first_structured, closing):
        role, marker = roles[index]
        if role == "section":
            current_section = _Block("section", index, index, str(len(sections) + 1), marker,
                                     section_no=marker.number, section_heading=lines[index][marker.length:].strip())
            sections.append(current_section)
            section_items[len(sections)] = []
            blocks.append(current_section)
            current_item = None
            paragraph_counter = item_counter = 0
        elif role == "item":
            item_counter += 1
            path = f"{current_section.path}.{item_counter}" if current_section else str(item_counter)
            current_item = _Block("item", index, index, path, marker, item_no=marker.number)
            _inherit_section(current_item, current_section)
            if current_section:
                section_items[len(sections)].append(current_item)
            else:
                section_items.setdefault(0, []).append(current_item)
            blocks.append(current_item)
            sub_counter = 0
        elif role == "sub":
            sub_counter += 1
            sub = _Block("subitem", index, index, f"{current_item.path}.{sub_counter}", marker,
                         item_no=current_item.item_no)
            _inherit_section(sub, current_section)
            blocks.append(sub)
        elif current_section is not None and not section_has_items.get(len(sections)) and current_item is None:
            paragraph_counter += 1
            paragraph = _Block("paragraph", index, index, f"{current_section.path}.{paragraph_counter}")
            _inherit_section(paragraph, current_section)
            blocks.append(paragraph)
        else:
            blocks[-1].last = index  # continues the part before it

    if closing < len(lines):
        blocks.append(_Block("paragraph", closing, len(lines) - 1, "closing"))

    quality = _numbering_quality(sections, section_items, blocks, has_sections, item_level)
    quality["rejected_markers"] = rejected
    quality["section_style"] = sections[0].marker.printed if sections else ""
    first_item = next((b for b in blocks if b.kind == "item"), None)
    quality["item_style"] = first_item.marker.printed if first_item else ""
    return blocks, quality


def _section_item_levels(markers: list[Marker | None], region: range, section_level: str | None,
                         item_level: str | None) -> dict[int, str]:
    """For each section heading line whose section prints no marker of the document's item family,
    the first family it does print."""
    if section_level is None:
        return {}
    families: dict[int, list[str]] = {}
    heading = None
    for index in region:
        marker = markers[index]
        if marker is None:
            continue
        if marker.level == section_level:
            heading = index
            families[heading] = []
        elif heading is not None:
            families[heading].append(marker.level)
    return {heading: levels[0] for heading, levels in families.items() if levels and item_level not in levels}


def _section_level(present: list[str]) -> str | None:
    """The outermost section-capable family printed with a finer numbered family under it: 一、
    whenever it is printed (its items may be （一） or 1.), else （一） when at least half of the
    （N） have 1./（1）/① numbered under them (a report of （一） items where one item has (1)
    sub-items stays items only). Without one, the document is items only."""
    if "cn" in present:
        return "cn"
    headings = with_finer = 0
    finer_seen = False
    for level in present:
        if level == "paren_cn":
            with_finer += finer_seen
            headings, finer_seen = headings + 1, False
        elif headings and level in _FINER_THAN_PAREN_CN:
            finer_seen = True
    with_finer += finer_seen
    return "paren_cn" if headings and 2 * with_finer >= headings else None


def _sections_with_items(roles, start: int, end: int) -> dict[int, bool]:
    found: dict[int, bool] = {}
    section = 0
    for index in range(start, end):
        role = roles[index][0]
        if role == "section":
            section += 1
            found[section] = False
        elif role == "item" and section:
            found[section] = True
    return found


def _inherit_section(block: _Block, section: _Block | None) -> None:
    if section is not None:
        block.section_no, block.section_heading = section.section_no, section.section_heading


def _accept(number: int, previous: int | None, first_limit: int, restart_ok: bool = False) -> bool:
    if previous is None:
        return number <= first_limit
    if restart_ok and number <= first_limit:
        return True
    return previous <= number <= previous + _MAX_SKIP


def _gaps(numbers: list[int], label) -> tuple[list[str], list[str]]:
    skipped, repeated = [], []
    expected = 1
    for number in numbers:
        if number > expected:
            skipped += [label(n) for n in range(expected, number)]
        elif number < expected:
            repeated.append(label(number))
        expected = max(expected, number + 1)
    return skipped, repeated


def _numbering_quality(sections, section_items, blocks, has_sections: bool, item_level) -> dict:
    skipped, repeated = _gaps([s.section_no for s in sections], lambda n: f"section {n}")
    item_runs = [items for _, items in sorted(section_items.items()) if items]
    restarts = throughs = 0
    for before, after in zip(item_runs, item_runs[1:]):
        if after[0].item_no <= before[-1].item_no:
            restarts += 1
        else:
            throughs += 1
    items = [b for b in blocks if b.kind == "item"]
    if not sections and not items:
        scheme = "flat"
    elif not items:
        scheme = "sections-only"
    elif not sections:
        scheme = "items-only"
    elif len(item_runs) < 2:
        scheme = "sections+items:single-run"
    elif restarts and throughs:
        scheme = "sections+items:mixed"
    else:
        scheme = "sections+items:" + ("per-section" if restarts else "through")
    if scheme.endswith("per-section") or scheme.endswith("mixed"):
        for section_index, run in sorted(section_items.items()):
            section_no = sections[section_index - 1].section_no if section_index else 0
            s, r = _gaps([b.item_no for b in run], lambda n, sec=section_no: f"item {n} of section {sec}")
            skipped += s
            repeated += r
    else:
        s, r = _gaps([b.item_no for b in items], lambda n: f"item {n}")
        skipped += s
        repeated += r
    subs_by_item: dict[str, list[int]] = {}
    for block in blocks:
        if block.kind == "subitem":
            subs_by_item.setdefault(block.path.rsplit(".", 1)[0], []).append(block.marker.number)
    for item in items:
        s, r = _gaps(subs_by_item.get(item.path, []), lambda n, i=item.item_no: f"subitem {n} of item {i}")
        skipped += s
        repeated += r
    return {"numbering_scheme": scheme, "skipped_numbers": skipped, "repeated_numbers": repeated}


def _parts(body: str, lines: list[str], blocks: list[_Block]) -> list[Part]:
    starts = []
    offset = 0
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    body_length = len(body)

    def span(block: _Block) -> tuple[int, int]:
        end = starts[block.last + 1] if block.last + 1 < len(lines) else body_length
        return starts[block.first], end

    parts: list[Part] = []
    has_block_subs = {b.path.rsplit(".", 1)[0] for b in blocks if b.kind == "subitem"}
    for block in blocks:
        start, end = span(block)
        marker_length = block.marker.length if block.marker else 0
        if block.kind == "item" and block.path not in has_block_subs:
            parts.extend(_item_with_inline_subs(body, block, start, end, marker_length))
            continue
        parts.append(_part(body, block, start, end, marker_length))
    return parts


def _part(body: str, block: _Block, start: int, end: int, marker_length: int) -> Part:
    text = body[start:end]
    marker = block.marker
    return Part(
        kind=block.kind,
        path=block.path,
        start=start,
        end=end,
        text=text,
        title=block.title if block.title is not None else lead_sentence(text[marker_length:]),
        section_no=block.section_no,
        section_heading=block.section_heading,
        item_no=block.item_no,
        item_marker=(marker.printed or None) if marker else None,  # '' for an <ol> position
        sub_no=marker.number if block.kind == "subitem" and marker else None,
    )


def _inline_sub_positions(text: str, marker_length: int) -> list[tuple[int, str]]:
    """(offset, marker as printed) of the inline sub-items in an item's text: the family whose
    sequence 1, 2, … (at least two, or one right after a colon) starts earliest; [] when there is none."""
    best: list[tuple[int, str]] = []
    if _ANY_INLINE_SUB.search(text, marker_length) is None:  # most items: one pass, not four
        return best
    for pattern, number_of, after_punctuation in _INLINE_SUB_FAMILIES:
        positions, expected = [], 1
        for match in pattern.finditer(text, marker_length):
            before = text[match.start() - 1] if match.start() > marker_length else "\n"
            if after_punctuation and before not in _INLINE_SUB_BEFORE:
                continue
            if number_of(match[match.lastindex or 0]) == expected:
                positions.append((match.start(), match[0]))
                expected += 1
        # One alone counts only where the item announces it (重点做好：一是…).
        announced = len(positions) == 1 and text[:positions[0][0]].rstrip().endswith(("：", ":"))
        if (len(positions) >= 2 or announced) and (not best or positions[0][0] < best[0][0]):
            best = positions
    return best


def _item_with_inline_subs(body: str, block: _Block, start: int, end: int, marker_length: int) -> list[Part]:
    """An item printed as '…。一是…；二是…' (or ①…②…, (1)…(2)…) becomes the item head plus one
    sub-item per marker."""
    text = body[start:end]
    positions = _inline_sub_positions(text, marker_length)
    if not positions:
        return [_part(body, block, start, end, marker_length)]
    parts = [_part(body, block, start, start + positions[0][0], marker_length)]
    bounds = [p for p, _ in positions] + [len(text)]
    for number, ((position, printed), next_position) in enumerate(zip(positions, bounds[1:]), start=1):
        sub = _Block("subitem", 0, 0, f"{block.path}.{number}", Marker("inline", number, printed, len(printed)),
                     section_no=block.section_no, section_heading=block.section_heading, item_no=block.item_no)
        parts.append(_part(body, sub, start + position, start + next_position, len(printed)))
    return parts
