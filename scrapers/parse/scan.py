"""One walk over the parsed tree that gathers every clue the later steps need.

Collected in document order: gov <meta> tags, labelled metadata (信息公开 tables and grids,
header lines; a label split by inline elements is read on its element's whole text), page
headings, the <title>, candidate content containers, CMS content markers, the site identifier
printed in footers, and every element's place in document order. Nothing here decides;
metadata.py and body.py do.
The walk reads the page's lxml tree as BeautifulSoup would hold it (tree.py): no BeautifulSoup
objects are built for the page's furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree

from scrapers.parse.tree import (
    DOCUMENT_TAG,
    Text,
    ancestors,
    child_count,
    get_text,
    is_comment_like,
    next_siblings,
    parent_of,
    short_text,
    text_keys,
    text_of,
)

# Labels as printed, mapped to the field they feed. Spaces (NBSP, ideographic) may pad them.
LABEL_FIELDS = {
    "标题": "title",
    "名称": "title",
    "信息名称": "title",
    "文件名称": "title",
    "索引号": "index_no",
    "信息索引号": "index_no",
    "索取号": "index_no",  # 上海's name for the 索引号
    "文号": "doc_no",
    "发文字号": "doc_no",
    "文件编号": "doc_no",
    "发布日期": "pub_date",
    "公开日期": "pub_date",
    "发文日期": "issued_date",
    "生成日期": "issued_date",
    "更新时间": "updated_date",
    "更新日期": "updated_date",
    "成文日期": "written_date",
    "发布机构": "publisher",
    "发文机关": "publisher",
    "发文机构": "publisher",
    "发布机关": "publisher",
    "发布单位": "publisher",
    "发文单位": "publisher",
    "主题分类": "topic",
    "发布时间": "pub_date",
    "时间": "pub_date",
    "信息时间": "pub_date",
    "发稿时间": "pub_date",
    "发表时间": "pub_date",
    "日期": "pub_date",
    "来源": "publisher",
    "信息来源": "publisher",
    "文章来源": "publisher",
    "发布者": "poster",  # a person or an office: the publisher only when it names an office
}
# Labels that only an 信息公开 block prints; the rest are header lines unless they sit in a cell.
XXGK_ONLY_LABELS = {"索引号", "信息索引号", "索取号", "文号", "发文字号", "文件编号", "发文日期", "生成日期", "成文日期", "发布机构", "发文机关", "发文机构", "发布机关", "主题分类", "公开日期"}
# Labels too common in running text to count anywhere but in an 信息公开 block.
XXGK_BOUND_LABELS = {"名称", "信息名称", "文件名称"}

_SPACES = r"[\s\u00a0\u3000]*"


def _spaced(label: str) -> str:
    return _SPACES.join(map(re.escape, label))


_LABEL_ALTERNATION = "|".join(_spaced(label) for label in sorted(LABEL_FIELDS, key=len, reverse=True))
_OPEN_BRACKETS = "\\[【〔［(（"
_CLOSE_BRACKETS = "\\]】〕］)）"
# A label must not continue a word (资金来源：… is not a 来源 label). It ends with a colon, a bar
# (索引号|…) or the node; or is wrapped in square brackets, its value right after them
# ([索引号] 【发布时间】2023-02-08 〔发布机构〕：); or in round ones followed by a colon, a space or
# the node's end (（时间）安排… is running text).
_LABEL = (rf"(?:(?P<square>[\[【〔［])|(?P<round>[(（]))?{_SPACES}(?P<label>{_LABEL_ALTERNATION}){_SPACES}"
          rf"(?(square)[\]】〕］](?:{_SPACES}[:：])?"
          rf"|(?(round)[)）](?:{_SPACES}[:：]|[\s\u00a0\u3000]|$)|(?:[:：|｜]|$)))")
LABEL_IN_TEXT = re.compile(rf"(?<![\u4e00-\u9fff]){_LABEL}")
LABEL_AT_START = re.compile(rf"^{_SPACES}{_LABEL}")
_NOT_LABEL_CHARS = re.compile(rf"[\s\u00a0\u3000:：|｜{_OPEN_BRACKETS}{_CLOSE_BRACKETS}]")
# A whole element that is nothing but a label, once its spacing is removed (索<span> </span>引号：).
_LABEL_ONLY = re.compile(rf"^(?:{'|'.join(map(re.escape, sorted(LABEL_FIELDS, key=len, reverse=True)))})$")
_LABEL_FRAGMENT = re.compile(
    rf"^[\s\u00a0\u3000{_OPEN_BRACKETS}]*[{''.join(sorted(set(''.join(LABEL_FIELDS))))}]{{1,4}}"
    rf"[\s\u00a0\u3000:：{_CLOSE_BRACKETS}]*$")
_MAX_SPLIT_LABEL = 40  # characters of text (spaces included) an element printing one label can hold

_CELL_TAGS = {"td", "th", "dd", "dt", "li"}
_LABEL_BLOCKS = {"table", "ul", "ol", "dl", "div"}
# Where an inline value ends when a header line prints several things in one run of text.
# Where a value printed on a label's line ends: a wide gap, a counter or widget, or the next
# label of the line whatever it is (来源：某局 作者：张三).
_VALUE_END = re.compile(r"[\s\u00a0\u3000]{2,}|(?:浏览|阅读|点击|访问)(?:次数|量)?[:：]|字[号体][:：]|[【\[]"
                        r"|[\s\u00a0\u3000][\u4e00-\u9fff]{2,5}[:：]")
_CLIMB_STOP = {"tr", "table", "tbody", "thead", "dl", "ul", "ol", "body", "html", "head", "form"}
_SKIP_STRING_PARENTS = {"script", "style", "noscript", "template", "title", "textarea", "option", "select"}
# Classes of elements that print a page's heading: .title, .zw_title, .tit, .bt, .wzbt, .biaoti …
_HEADING_CLASS = re.compile(r"title|biaoti|(?:^|[-_])(?:tit|bt)$|^(?:wz|zw|nr|xl|art|news|detail)_?(?:tit|bt)$", re.I)
_HEADING_TAGS = {"h1", "h2", "h3"}
_MAX_HEADINGS = 40
_MAX_LABEL_NODE = 240
_MAX_VALUE = 200

_CONTAINER_CLASSES = {
    "trs_editor": 0,
    "article-content": 2,
    "article_content": 2,
    "articlecontent": 2,
    "art_con": 2,
    "artcon": 2,
    "pages_content": 2,
    "zwnr": 2,
    "content_text": 2,
    "trs_ueditor": 2,
    "wzcon": 2,
    "v_news_content": 2,  # 博达 VSB
}
_CONTAINER_IDS = {"zoom": 1, "ucap-content": 1, "fontzoom": 1, "content_text": 2, "artibody": 2, "js_content": 2,
                  "maintext": 2}  # maintext: Epoint (新点) portals
MARKER_START = re.compile(r"content\s*[._-]?\s*(?:start|begin)", re.I)
MARKER_END = re.compile(r"content\s*[._-]?\s*end", re.I)
_SITE_ID = re.compile(r"网站标识码[\s\u00a0\u3000]*[:：]?[\s\u00a0\u3000]*([0-9A-Za-z]{6,20})")


@dataclass
class LabelHit:
    label: str  # canonical label, e.g. '索引号'
    field: str
    value: str
    node: Text | etree._Element  # the string holding the label, or the element of a split label
    xxgk: bool  # part of an 信息公开 block rather than a header line


@dataclass
class PageScan:
    metas: dict[str, str] = field(default_factory=dict)  # lower-cased name → content, first wins
    label_hits: list[LabelHit] = field(default_factory=list)
    headings: list[tuple[str, etree._Element]] = field(default_factory=list)  # (text, element) of h1-h3/.title/.tit
    order: dict[etree._Element, int] = field(default_factory=dict)  # element → its place in document order
    title_tag: str = ""
    containers: list[tuple[int, int, etree._Element, str]] = field(default_factory=list)  # (rank, order, el, why)
    start_markers: list = field(default_factory=list)
    end_markers: list = field(default_factory=list)
    footer_site_id: str = ""
    times: list[tuple[str, etree._Element]] = field(default_factory=list)  # (datetime or text, element) of <time>


_SPACE_RUN = re.compile(r"[\s\u00a0]+")
# Zero-width characters (editors' &#8203;, a BOM pasted mid-text) print nothing and would hide markers.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def collapse_spaces(text: str) -> str:
    """Whitespace runs with a line break in them are source formatting: drop them between CJK
    characters, make every other run one space. Zero-width characters are dropped."""
    if _ZERO_WIDTH.search(text):  # rare: searching first is far cheaper than rewriting every string
        text = _ZERO_WIDTH.sub("", text)
    return _SPACE_RUN.sub(_space_for, text).strip()


def _space_for(match: re.Match) -> str:
    run = match[0]
    if "\n" not in run and "\r" not in run:
        return " " if "\u3000" not in run else run
    string, start, end = match.string, match.start(), match.end()
    before = string[start - 1] if start else ""
    after = string[end] if end < len(string) else ""
    return "" if (before > "\u2e7f" and after > "\u2e7f") else " "


# A label the table knows nothing of (有 效 性：, 生效日期：): the cell after an empty value.
_BARE_LABEL = re.compile(r"^[\u4e00-\u9fff\s\u00a0\u3000]{1,10}[:：]$")


def _value_after(node) -> str:
    """The value printed right after a label with nothing after its colon: the next cell, or the
    next non-empty sibling, climbing a few levels out of inline wrappers."""
    current = node
    for _ in range(4):
        for sibling in next_siblings(current):
            if isinstance(sibling, Text):
                text = text_of(sibling)
            elif is_comment_like(sibling):
                continue
            else:
                text = get_text(sibling)
            stripped = text.strip()
            is_cell = not isinstance(sibling, Text) and sibling.tag in _CELL_TAGS
            if not is_cell and not stripped.strip("|｜:："):
                continue  # nothing, or a separator (索引号 | 值)
            return "" if LABEL_AT_START.match(stripped) or _BARE_LABEL.match(stripped) else stripped
        parent = parent_of(current)
        if parent is None or parent.tag in _CLIMB_STOP:
            return ""
        current = parent
    return ""


def _in_cell(node) -> bool:
    parent = node.parent if isinstance(node, Text) else node
    for _ in range(3):
        if parent is None:
            return False
        if parent.tag in ("td", "th", "dt", "dd"):
            return True
        parent = parent.getparent()
    return False


def _block_of(node) -> etree._Element | None:
    """The list, table or div that holds a label, to group labels printed together."""
    for parent in ancestors(node):
        if parent.tag in _LABEL_BLOCKS:
            return parent
    return None


_MAX_GRID_DEPTH = 8  # levels between a label and the element holding the whole 信息公开 grid


def _ancestors_below_body(node, depth: int) -> list[etree._Element]:
    found = []
    for parent in ancestors(node):
        if len(found) == depth or parent.tag in ("body", "html"):
            break
        found.append(parent)
    return found


def _grid_of(hits: list[LabelHit]) -> etree._Element | None:
    """The closest element holding every 索引号/文号/发布机构… label when there are several: the
    信息公开 grid, however its rows and cells are nested (div.row > div.col > label …)."""
    chains = [_ancestors_below_body(hit.node, _MAX_GRID_DEPTH) for hit in hits if hit.label in XXGK_ONLY_LABELS]
    if len(chains) < 2:
        return None
    shared = set(chains[0]).intersection(*chains[1:])
    return next((element for element in chains[0] if element in shared), None)


def _mark_xxgk_blocks(hits: list[LabelHit]) -> None:
    """Labels printed in the same block (or grid) as an 索引号/文号/发布机构… label belong to it."""
    blocks = {_block_of(hit.node) for hit in hits if hit.label in XXGK_ONLY_LABELS}
    grid = _grid_of(hits)
    for hit in hits:
        if hit.xxgk or hit.label == "来源":
            continue
        if _block_of(hit.node) in blocks or (grid is not None and grid in _ancestors_below_body(hit.node, _MAX_GRID_DEPTH + 2)):
            hit.xxgk = True


# Classes naming an element that prints the page's date (time, pubtime, publish-date, fbsj …).
_DATE_CLASS = re.compile(r"^(?:.*[-_])?(?:time|date|pubtime|pubdate|publishtime|publishdate|fbsj|fbrq|rq)$", re.I)
_MAX_DATE_TEXT = 40


@lru_cache(maxsize=4096)
def _names_a_date(css_class: str) -> bool:
    return any(_DATE_CLASS.match(token) for token in css_class.split())
_VALUE_PADDING = " \t\r\n\u00a0\u3000|｜丨"
_BARE_DATE = re.compile(
    r"^[\s\u00a0\u3000]*(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:[\s\u00a0\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u00a0\u3000]*$")


def _label_hits(node, text: str) -> list[LabelHit]:
    matches = list(LABEL_IN_TEXT.finditer(text))
    hits = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        value = text[match.end():end].strip(_VALUE_PADDING)
        value = value[: _VALUE_END.search(value).start()] if _VALUE_END.search(value) else value
        value = value.rstrip(_VALUE_PADDING)  # 发布机构：某局 | 字号：… keeps no bar
        if not value and index + 1 == len(matches):
            value = _value_after(node)
        label = _NOT_LABEL_CHARS.sub("", match["label"])
        value = collapse_spaces(value)
        if len(value) <= _MAX_VALUE:
            in_cell = _in_cell(node)
            xxgk = label in XXGK_ONLY_LABELS or (in_cell and label != "来源")
            hits.append(LabelHit(label, LABEL_FIELDS[label], value, node, xxgk))
    if matches and _BARE_DATE.match(text[:matches[0].start()]):
        # A meta line printing its date unlabelled before the labels (2023-02-16 10:21 来源：…).
        hits.append(LabelHit("日期", "pub_date", text[:matches[0].start()].strip(), node, False))
    return hits


def _split_label(element: etree._Element) -> str | None:
    """The text of an element that prints one label broken up by inline children
    (<b>索<span>&nbsp;</span>引<span>&nbsp;</span>号：</b>): labels are matched on the element's
    full text with its spacing removed, however it is nested."""
    if element.tag in _CLIMB_STOP or child_count(element) < 2:
        return None
    text = short_text(element, _MAX_SPLIT_LABEL)
    if not text or not _LABEL_ONLY.match(_NOT_LABEL_CHARS.sub("", text)):
        return None
    return text


@lru_cache(maxsize=4096)
def _is_heading_class(css_class: str) -> bool:
    return _HEADING_CLASS.search(css_class) is not None


def _heading_text(element: etree._Element, classes: list[str]) -> str | None:
    if element.tag not in _HEADING_TAGS and (not classes or not any(_is_heading_class(c) for c in classes)):
        return None
    text = short_text(element, 400)
    text = collapse_spaces(text) if text else ""
    # A label cell styled as a title (<span class="tit">信息名称：</span>) is not a heading.
    if not 0 < len(text) <= 200 or text.endswith((":", "：")) or LABEL_AT_START.match(text):
        return None
    return text


# Every string of the page in document order, each knowing its holder (getparent) and is_tail.
_ALL_STRINGS = etree.XPath("//text()")
# The last character of every label: a string without one holds no label.
_LABEL_ENDS = re.compile(f"[{''.join(sorted({label[-1] for label in LABEL_FIELDS}))}]")


def scan_tree(root: etree._Element | None) -> PageScan:
    """Every clue on the page, in document order (root from tree.parse_document)."""
    scan = PageScan()
    if root is None:
        return scan
    order = 0
    elements = root.iter()
    if root.tag == DOCUMENT_TAG:
        next(elements)  # BeautifulSoup's document node, not an element of the page
    for node in (*reversed(list(root.itersiblings(preceding=True))), *elements, *root.itersiblings()):
        name = node.tag
        if not isinstance(name, str):  # a comment (or processing instruction)
            comment = node.text or ""
            if MARKER_START.search(comment):
                scan.start_markers.append(node)
            elif MARKER_END.search(comment):
                scan.end_markers.append(node)
            continue
        order += 1
        scan.order[node] = order
        if name == "meta":
            meta_name = node.get("name") or node.get("property") or ""
            if meta_name:
                lowered = meta_name.strip().lower()
                if lowered == "contentstart":
                    scan.start_markers.append(node)
                elif lowered == "contentend":
                    scan.end_markers.append(node)
                content = node.get("content")
                if content is not None and lowered not in scan.metas:
                    scan.metas[lowered] = content.strip()
            continue
        if name == "time":
            stamp = node.get("datetime") or get_text(node)
            if stamp and stamp.strip():
                scan.times.append((stamp.strip(), node))
        if name == "title" and not scan.title_tag:
            scan.title_tag = collapse_spaces(get_text(node))
            continue
        if name in _SKIP_STRING_PARENTS:
            continue
        css_class = node.get("class")
        classes = css_class.split() if css_class else ()
        if (name in _HEADING_TAGS or classes) and len(scan.headings) < _MAX_HEADINGS:
            heading = _heading_text(node, classes)
            if heading:
                scan.headings.append((heading, node))
        if css_class and _names_a_date(css_class):
            # <span class="time">2024-02-28 10:15</span>: a date whose label the stylesheet draws.
            # The element's whole text, or the text it opens with (2025-02-26 15:30 <span>来源：…</span>).
            for stamp in (short_text(node, _MAX_DATE_TEXT), node.text):
                if stamp and _BARE_DATE.match(stamp):
                    scan.times.append((stamp.strip(), node))
                    break
        for token in classes:
            rank = _CONTAINER_CLASSES.get(token.lower())
            if rank is not None:
                scan.containers.append((rank, order, node, "." + token))
                break
        element_id = node.get("id")
        if element_id is not None:
            rank = _CONTAINER_IDS.get(element_id.lower())
            if rank is not None:
                scan.containers.append((rank, order, node, "#" + element_id))
    _scan_strings(scan, root)
    scan.containers.sort(key=lambda entry: (entry[0], entry[1]))
    _mark_xxgk_blocks(scan.label_hits)
    return scan


def _scan_strings(scan: PageScan, root: etree._Element) -> None:
    """Labels and the footer's 网站标识码 in the page's strings. Only strings that can hold one are
    looked at closely (BeautifulSoup would hold them unchanged: they are not whitespace only)."""
    label_strings: set[tuple] = set()  # strings already read as part of a split label
    fragment_match, label_end = _LABEL_FRAGMENT.match, _LABEL_ENDS.search
    for string in _ALL_STRINGS(root):
        length = len(string)
        fragment = length <= 8 and fragment_match(string) is not None
        if not fragment and (length > _MAX_LABEL_NODE or label_end(string) is None) and "标识码" not in string:
            continue
        holder, tail = string.getparent(), string.is_tail
        parent = holder.getparent() if tail else holder
        if parent is None or parent.tag in _SKIP_STRING_PARENTS:
            continue
        if label_strings and (holder, tail) in label_strings:
            continue
        text = str(string)
        if fragment:
            # The first piece of a label split by inline elements: read the label on the
            # closest enclosing element whose whole text is that label.
            element, split = parent, None
            for _ in range(3):
                split = _split_label(element)
                if split is not None:
                    label_strings.update(text_keys(element))
                    scan.label_hits.extend(_label_hits(element, split))
                    break
                element = element.getparent()
                if element is None:
                    break
            if split is not None:
                continue
        if length <= _MAX_LABEL_NODE and LABEL_IN_TEXT.search(text):
            scan.label_hits.extend(_label_hits(Text(holder, tail), text))
        if not scan.footer_site_id and "标识码" in text:
            match = _SITE_ID.search(text)
            if match:
                scan.footer_site_id = match[1]
