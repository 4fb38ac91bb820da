"""The document's own text: find the content container, walk it into paragraphs, drop furniture.

The container is the first of: TRS_Editor, #zoom/#Zoom (and a few other CMS content ids and
classes), CMS ContentStart/ContentEnd markers, and otherwise the block holding the most sentence
text, furniture subtrees (footers, navigation, share bars, hidden elements) and links not counted.
Inside it, scripts, hidden elements, share/print/tool bars, QR codes, attachment and related
link lists and footers are skipped by tag or by class/id (print buttons only: a print version's
print_content/print_title hold the document; an …info element only when it is short, since some
CMSs wrap the article in one); short widget and footer lines
(字号, 打印, 扫一扫, 浏览次数, 网站标识码, ICP备 …) are dropped by text, and so are the credit
lines closing the text (来源：… 编辑：… 审核：…, 责任编辑：…, 原标题：…, 【纠错】, 分享到：).
The container is chosen on the page's lxml tree; BeautifulSoup parses the container's HTML only
(tree.soup_for) and its paragraphs are walked there. A paragraph opening an <li> of an <ol> is
a ListItemLine carrying its number in the list, for the hierarchy step.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bs4 import BeautifulSoup, Tag
from bs4.element import Comment, NavigableString, PreformattedString
from lxml import etree

from scrapers.parse.scan import MARKER_END, MARKER_START, PageScan, collapse_spaces
from scrapers.parse.tree import DOCUMENT, DOCUMENT_TAG, content_soup, is_inside, soup_for

_SKIP_TAGS = {
    "script", "style", "noscript", "template", "iframe", "button", "select", "input",
    "textarea", "object", "embed", "svg", "canvas", "audio", "video", "nav", "footer", "aside",
    "header", "head", "title", "meta", "link", "map", "option",
}
# No <form>: 博达 VSB pages print the whole article inside one; a search form's inputs are skipped.
_BLOCK_TAGS = {
    "form", "p", "div", "br", "li", "ul", "ol", "tr", "table", "tbody", "thead", "tfoot", "h1", "h2",
    "h3", "h4", "h5", "h6", "section", "article", "main", "blockquote", "pre", "center", "hr",
    "dl", "dt", "dd", "address", "caption", "fieldset", "figure", "figcaption", "body", "html",
}
_CELL_TAGS = {"td", "th"}
# Furniture blocks by class or id token (share bars, tools, QR codes, footers, related links …).
# Print *buttons and toolbars* only (print, btn-print, print_btn, printBtn, print-bar): a print
# version's own containers (print_content, print_title, print_info) hold the document.
_JUNK_TOKEN = re.compile(
    r"^(?:.*[-_])?(?:share|bdshare|print|tools?|toolbar|qrcode|qr|ewm|erweima|footer|foot|nav|navbar|menu|"
    r"related|xgwz|xglj|fujian|attach|attachments?|appendix|pager|crumbs?|breadcrumb|position|location|"
    r"info|hits|comments?|gotop|backtop|fontsize|zihao)$"
    r"|^(?:share|bdshare|qrcode|footer|nav|related|fujian|attach|breadcrumb|crumbs?)(?:[-_].*)?$"
    r"|^print[-_]?(?:btn|button|bar|tools?|toolbar|icon|link|page|this)s?$",
    re.I,
)
_INFO_TOKEN = re.compile(r"^(?:.*[-_])?info$", re.I)
# A link that prints the page (href="javascript:window.print()", onclick="printPage()").
_PRINT_SCRIPT = re.compile(r"print\s*\(|^\s*javascript:.*print", re.I)
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|wps|et|zip|rar|7z|ofd|txt|pptx?)(?:[?#].*)?$", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# Lines that are page furniture wherever they appear (only short lines are tested).
_WIDGET_LINE = re.compile(
    r"网站标识码|ICP[备证]|公网安备|版权所有|Copyright|©|建议使用.{0,30}(?:浏览器|分辨率)|"
    r"推荐使用.{0,30}浏览器|分辨率|扫一扫|手机(?:上)?(?:打开|浏览|阅读)|"
    r"^【?\s*(?:字[号体]|打印|关闭|收藏|分享|浏览次数|阅读次数|点击[数量率]?|访问量|上一篇|下一篇|返回顶部|"
    r"相关链接|相关文章|相关文件|附件下载|相关附件)|关闭窗口|打印本页|"
    r"^[:：]?$|^[\[【(（]?\s*[大中小](?:[\s\]】)）|/\[【(（]+[大中小])+[\s\]】)）]*$",
    re.I,
)
# Lines that are furniture when the container was guessed (not a CMS content element).
_FRAME_LINE = re.compile(r"^(?:主办单位|承办单位|主办|承办|技术支持|联系方式|联系我们|地址|当前位置|您当前的位置|您现在的位置)[:：]")
_MAX_FURNITURE_LINE = 80
# Credits that close an article inside its container (来源：… 编辑：… 审核：…, （责任编辑：…）,
# 原标题：…, 【纠错】, 分享到：): page furniture, dropped only from the end of the text, since the
# same labels near the top are header lines that the hierarchy step reads past.
_CREDIT_LINE = re.compile(
    r"^[\[【(（]?\s*(?:来源|信息来源|文章来源|稿件来源|责任编辑|责编|编辑|主编|审核|审校|审稿|初审|复审|终审|校对|"
    r"供稿|文字|摄影|图片|图文|作者|记者|通讯员|原标题|排版|美编)\s*[:：]"
    r"|^[\[【]\s*纠错\s*[\]】]|^分享到"
)
_MAX_CREDIT_LINE = 120
_MIN_BODY_CHARS = 20
_MIN_PROSE_CHARS, _MIN_PROSE_SENTENCES = 150, 6


class ListItemLine(str):
    """A paragraph that opens an <li> of an <ol>: its number there (from the list's start=) and
    which list it is in, for items numbered only by their place in the list."""

    list_id: int
    position: int

    def __new__(cls, text: str, list_id: int, position: int) -> ListItemLine:
        line = super().__new__(cls, text)
        line.list_id, line.position = list_id, position
        return line


# Ends an <li> of an <ol> in walk_lines' stack, so an empty one numbers no later paragraph.
_LIST_ITEM_END = object()


def _list_start(ordered_list: Tag) -> int:
    start = ordered_list.get("start")
    return int(start) if isinstance(start, str) and start.strip().isdigit() else 1


@dataclass
class Content:
    lines: list[str]
    container: etree._Element | str | None  # an lxml element, DOCUMENT or None
    how: str  # '.TRS_Editor', '#zoom', 'markers', 'densest', 'none'
    is_cms: bool  # found by a CMS class/id or markers rather than guessed


def _is_junk_element(element: Tag) -> bool:
    if element.name in _SKIP_TAGS:
        return True
    attrs = element.attrs
    if not attrs:
        return False
    style = attrs.get("style")
    if style is not None and _hidden_style(style):
        return True
    if attrs.get("hidden") is not None:
        return True
    element_id = attrs.get("id")
    if _is_junk_named(attrs.get("class"), element_id if isinstance(element_id, str) else None, element.get_text):
        return True
    if element.name == "a":
        href = attrs.get("href")
        if isinstance(href, str) and (_FILE_LINK.search(href.strip()) or _PRINT_SCRIPT.search(href)):
            return True
        onclick = attrs.get("onclick")
        if isinstance(onclick, str) and _PRINT_SCRIPT.search(onclick):
            return True
    return False


@lru_cache(maxsize=4096)
def _junk_name(css_class: str | None, element_id: str | None) -> str | None:
    """'furniture' when a class token or the id names furniture (share, footer, related …);
    'info' when only an …info name does, which CMSs give metadata lines and article wrappers
    (div.ewb-article-info around #mainText) alike; else None. Cached: pages repeat their names."""
    names = [*(css_class.split() if css_class else ()), *([element_id] if element_id else ())]
    matched = [name for name in names if _JUNK_TOKEN.match(name)]
    if not matched:
        return None
    return "info" if all(_INFO_TOKEN.match(name) for name in matched) else "furniture"


def _is_junk_named(css_class: str | None, element_id: str | None, text_of_element) -> bool:
    kind = _junk_name(css_class, element_id)
    if kind == "info":
        # A metadata line is short; an …info element holding paragraphs of sentences wraps the article.
        text = text_of_element()
        return not (len(text) >= _MIN_PROSE_CHARS and text.count("。") + text.count("；") >= _MIN_PROSE_SENTENCES)
    return kind is not None


@lru_cache(maxsize=1024)
def _hidden_style(style: str) -> bool:
    """True for display:none or visibility:hidden (pages repeat the same few styles)."""
    return _HIDDEN_STYLE.search(style) is not None


def _is_junk_lxml(element: etree._Element) -> bool:
    """_is_junk_element on the lxml tree (class is one string there, not a list of tokens)."""
    name = element.tag
    if name in _SKIP_TAGS:
        return True
    attrs = element.attrib
    if not len(attrs):
        return False
    style = attrs.get("style")
    if style is not None and _hidden_style(style):
        return True
    if "hidden" in attrs:
        return True
    if _is_junk_named(attrs.get("class"), attrs.get("id"), lambda: "".join(element.itertext())):
        return True
    if name == "a":
        href = attrs.get("href")
        if href is not None and (_FILE_LINK.search(href.strip()) or _PRINT_SCRIPT.search(href)):
            return True
        onclick = attrs.get("onclick")
        if onclick is not None and _PRINT_SCRIPT.search(onclick):
            return True
    return False


def _paragraph_break(element: etree._Element) -> bool:
    """True for an element whose start and end flush the paragraph walk_lines is reading."""
    return element.tag in _BLOCK_TAGS and not _is_junk_lxml(element)


def _marker(node) -> str | None:
    """'start' or 'end' for a CMS content marker (<meta name="ContentStart">, <!--content.begin-->)
    in BeautifulSoup's tree, the same nodes scan.py collects on the lxml tree."""
    if isinstance(node, Comment):
        return "start" if MARKER_START.search(node) else "end" if MARKER_END.search(node) else None
    meta_name = node.get("name") or node.get("property") or ""
    if isinstance(meta_name, str) and meta_name:
        lowered = meta_name.strip().lower()
        return "start" if lowered == "contentstart" else "end" if lowered == "contentend" else None
    return None


def walk_lines(root: Tag, use_markers: bool) -> list[str]:
    """Paragraph texts under root, in order; with use_markers only text between the markers."""
    lines: list[str] = []
    buffer: list[str] = []
    collecting = not use_markers
    list_item: tuple[int, int] | None = None  # (list id, number) of the <ol> item being read

    def flush() -> None:
        nonlocal list_item
        text = collapse_spaces("".join(buffer))
        if text:
            if list_item is not None:
                text, list_item = ListItemLine(text, *list_item), None
            lines.append(text)
        buffer.clear()

    # Iterative walk over nodes; None marks the end of a block element.
    stack: list = root.contents[::-1]
    while stack:
        node = stack.pop()
        if node is None or node is _LIST_ITEM_END:
            if collecting and buffer:
                flush()
            if node is _LIST_ITEM_END:
                list_item = None
            continue
        kind = type(node)
        if kind is NavigableString:
            if collecting:
                buffer.append(node)
            continue
        if kind is Tag:
            name = node.name
            if name == "meta":  # page furniture; maybe a ContentStart/ContentEnd marker
                marker = _marker(node)
            elif _is_junk_element(node):
                continue
            else:
                if name in _BLOCK_TAGS:
                    if collecting and buffer:
                        flush()
                    if name == "li" and node.parent is not None and node.parent.name == "ol":
                        siblings = (child for child in node.parent.contents if type(child) is Tag and child.name == "li")
                        place = next(i for i, child in enumerate(siblings) if child is node)
                        list_item = (id(node.parent), _list_start(node.parent) + place)
                        stack.append(_LIST_ITEM_END)
                    else:
                        stack.append(None)
                elif name in _CELL_TAGS and collecting and buffer:
                    buffer.append(" ")
                stack.extend(node.contents[::-1])
                continue
        elif kind is Comment:
            marker = _marker(node)
        elif isinstance(node, PreformattedString):
            continue
        else:  # the other kinds of string (<rt> text …)
            if collecting:
                buffer.append(node)
            continue
        if marker == "start":
            if use_markers:
                buffer.clear()
                lines.clear()
                collecting = True
        elif marker == "end" and use_markers and collecting:
            if buffer:
                flush()
            collecting = False
    if buffer:
        flush()
    return lines


_SCORED_BLOCKS = {"div", "td", "article", "section", "main", "body"}


def _densest_block(root: etree._Element) -> etree._Element | str | None:
    """The block that directly holds the most sentence text. Link text does not count, nor does
    anything inside furniture (footers, navigation, share bars, hidden elements …), so a long
    copyright notice or a menu never outweighs the article."""
    scores: dict = {}
    body = next(root.iter("body"), None)
    if body is not None:
        start, top = body, [body]
    else:
        start, top = DOCUMENT, [*reversed(list(root.itersiblings(preceding=True))), root, *root.itersiblings()]
    # Iterative walk in document order: (node or string, nearest scored block above it).
    stack: list = []
    for node in reversed(top):
        if node is body:
            stack.extend(_children(body, body))
        else:
            stack.append((node, start))
    while stack:
        node, block = stack.pop()
        if not isinstance(node, str):
            if not isinstance(node.tag, str) or node.tag == "a" or _is_junk_lxml(node):
                continue
            inner = node if node.tag in _SCORED_BLOCKS else block
            stack.extend(_children(node, inner))
            continue
        length = len(node.strip())
        if length < 2:
            continue
        weight = length + 20 * (node.count("。") + node.count("；"))
        target = block
        for share in (1.0, 0.5):
            if target is None:
                break
            scores[target] = scores.get(target, 0.0) + weight * share
            target = _scored_parent(target)
    if not scores:
        return None
    return max(scores, key=scores.get)


def _children(element: etree._Element, block) -> list:
    """element's text, children and their tails as stack entries, last first."""
    entries = []
    for child in reversed(element):
        if child.tail:
            entries.append((child.tail, block))
        entries.append((child, block))
    if element.text:
        entries.append((element.text, block))
    return entries


def _scored_parent(block) -> etree._Element | None:
    if block is DOCUMENT:
        return None
    parent = block.getparent()
    while parent is not None and parent.tag not in _SCORED_BLOCKS:
        parent = parent.getparent()
    return parent


def _is_furniture(line: str, guessed: bool) -> bool:
    if len(line) > _MAX_FURNITURE_LINE:
        return False
    if _WIDGET_LINE.search(line):
        return True
    return guessed and _FRAME_LINE.match(line) is not None


def extract_content(root: etree._Element | None, scan: PageScan, text: str) -> Content:
    """The content's paragraphs; root is the page's lxml tree (tree.parse_document(text))."""
    if root is None:
        return Content([], None, "none", False)
    full_soup: list[BeautifulSoup] = []  # parsed on demand only, when a fragment cannot stand alone

    def soup_of(element) -> Tag:
        fragment = soup_for(element, _paragraph_break) if element is not DOCUMENT else None
        if fragment is not None:
            return fragment
        if not full_soup:
            full_soup.append(content_soup(text))
        return full_soup[0] if element is DOCUMENT else _same_tag(full_soup[0], element)

    for _, _, element, why in scan.containers:
        if _is_junk_lxml(element):
            continue
        use_markers = any(is_inside(marker, element) for marker in scan.start_markers)
        lines = walk_lines(soup_of(element), use_markers)
        if sum(map(len, lines)) >= _MIN_BODY_CHARS:
            return Content(_drop_furniture(lines, guessed=False), element, why, True)
    if scan.start_markers:
        body = next(root.iter("body"), None)
        lines = walk_lines(soup_of(body if body is not None else DOCUMENT), True)
        if sum(map(len, lines)) >= _MIN_BODY_CHARS:
            return Content(_drop_furniture(lines, guessed=False), None, "markers", True)
    block = _densest_block(root)
    if block is not None:
        return Content(_drop_furniture(walk_lines(soup_of(block), False), guessed=True), block, "densest", False)
    return Content([], None, "none", False)


def _same_tag(soup: BeautifulSoup, element: etree._Element) -> Tag:
    """The tag of the page's full BeautifulSoup tree that is element of its lxml tree (both trees
    come from the same parse, so the same child positions lead to it)."""
    path = []
    node = element
    while node.getparent() is not None:
        parent = node.getparent()
        path.append([child for child in parent if isinstance(child.tag, str)].index(node))
        node = parent
    # A tree built from events holds the page under a node standing for BeautifulSoup's own.
    tag = soup if node.tag == DOCUMENT_TAG else next(child for child in soup.contents if isinstance(child, Tag))
    for index in reversed(path):
        tag = [child for child in tag.contents if isinstance(child, Tag)][index]
    return tag


def _drop_furniture(lines: list[str], guessed: bool) -> list[str]:
    kept = [line for line in lines if not _is_furniture(line, guessed)]
    end = len(kept)
    while end > 1 and len(kept[end - 1]) <= _MAX_CREDIT_LINE and _CREDIT_LINE.match(kept[end - 1]):
        end -= 1
    return kept[:end]
