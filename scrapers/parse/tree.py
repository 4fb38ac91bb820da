"""The page's lxml tree, read the way BeautifulSoup would read the same parse, and the content
fragment handed to BeautifulSoup.

BeautifulSoup(text, "lxml") is libxml2 parsing the text and BeautifulSoup turning every element
and string into Python objects, which costs about fifteen times the parse itself. Most of a page
(navigation, scripts, sidebars, footers) is only looked at, never kept, so the page is parsed
once by lxml with the parser BeautifulSoup drives (an HTMLParser fed the decoded text), the
clues are read on that tree (scan.py), and BeautifulSoup parses only the content container's
HTML (soup_for). Everything read here reproduces what BeautifulSoup's tree would give:
  - a string made only of ASCII whitespace is one '\n' (if it holds one) or one ' ', except
    under <pre>/<textarea>;
  - get_text() of an element skips comments and the strings of <script>, <style>, <template>,
    <rt> and <rp> unless the element is that kind of tag itself (BeautifulSoup gives those
    strings their own classes and leaves them out of their ancestors' text);
  - where libxml2's own tree would differ from the one BeautifulSoup builds from the same parser
    events (a DOCTYPE inside the page, content after </html>, nesting past libxml2's depth limit)
    the tree is built from those events instead (_EventTree).
A string of the tree is a Text: the element that holds it as .text, or the element it follows
as .tail.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable

from bs4 import BeautifulSoup, Tag
from bs4.builder import LXMLTreeBuilder
from lxml import etree

_ASCII_SPACES = " \n\t\x0c\r"
_PRESERVE_WHITESPACE = {"pre", "textarea"}
# Tags whose strings BeautifulSoup keeps out of their ancestors' get_text().
_SPECIAL_STRING_TAGS = {"script", "style", "template", "rt", "rp"}
# Elements whose text the HTML parser reads raw (no entities): serialised unescaped.
_RAW_TEXT = {"script", "style", "xmp", "iframe", "noembed", "noframes", "plaintext"}
_VOID = {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "img", "input",
         "keygen", "link", "meta", "param", "source", "track", "wbr", "isindex"}


# libxml2 stops nesting elements this deep when it builds the tree itself; fed to a target (as
# BeautifulSoup feeds it) it does not.
_MAX_TREE_DEPTH = 2040


def parse_document(text: str) -> etree._Element | None:
    """The root of the page as libxml2 builds it when BeautifulSoup feeds it the same text; None
    for a page with no element at all."""
    if text.startswith("\ufeff"):  # BeautifulSoup drops a leading BOM before feeding lxml
        text = text[1:]
    if _odd_structure(text):
        return _parse_by_events(text)
    parser = etree.HTMLParser(recover=True, huge_tree=True)
    try:
        parser.feed(text)
        root = parser.close()
    except (etree.XMLSyntaxError, etree.ParserError):
        return None
    if text.count("<") >= _MAX_TREE_DEPTH and root.xpath(f"boolean(//*[count(ancestor::*) >= {_MAX_TREE_DEPTH}])"):
        return _parse_by_events(text)  # garbage nested past the limit, never a real page
    return root


_DOCTYPE_OR_HTML_END = re.compile(r"<(?:!doctype|/html)", re.I)
_NOTHING_AFTER_HTML_END = re.compile(r"</html\s*>(?:\s|<!--.*?-->)*\Z", re.I | re.S)


def _odd_structure(text: str) -> bool:
    """True for a page whose lxml tree would not hold what BeautifulSoup's does: a <!DOCTYPE …>
    after the page began (a whole page pasted into a template; BeautifulSoup keeps a node
    between the strings around it, lxml drops it and runs them together), or anything but
    comments after a </html> (BeautifulSoup opens a second <html> for it, lxml drops it)."""
    for match in _DOCTYPE_OR_HTML_END.finditer(text):
        position = match.start()
        if text[position + 1] == "!":
            if text[:position].strip(_ASCII_SPACES):
                return True
        elif not _NOTHING_AFTER_HTML_END.match(text, position):
            return True
    return False


_NAME_CHECK = etree.HTMLParser()
_ODD_NAME_CHARS = re.compile(r"[&<>/\"'\s=]")


def _valid_attribute(name: str) -> bool:
    try:
        _NAME_CHECK.makeelement("x", {name: ""})
        return True
    except ValueError:
        return False


def _storable_comment(text: str) -> str:
    """Comment text lxml accepts (no '--', no '-' at the end); the content markers read on
    comments never contain either."""
    while "--" in text:
        text = text.replace("--", "- -")
    return text + " " if text.endswith("-") else text


# The element standing for BeautifulSoup's document node in a tree built from events: it holds
# what BeautifulSoup holds at the top, a second <html> after the first one's end included.
DOCUMENT_TAG = "gazette-document"


class _EventTree:
    """Parser target building the tree from the events BeautifulSoup receives, the way it builds
    its own: under a DOCUMENT_TAG element, no depth limit, a DOCTYPE kept as a comment (both are
    nodes no step reads), an end event closing up to the innermost open element of its name,
    elements still open at the end of the page closed there."""

    def __init__(self):
        self._builder = etree.TreeBuilder(parser=_NAME_CHECK)  # HTML names: <o:p> is one
        self._builder.start(DOCUMENT_TAG, {})
        self._open: list[str] = []

    def start(self, tag, attrib):
        try:
            _NAME_CHECK.makeelement(tag, attrib)
        except ValueError:  # a name no lxml element can carry (a<b): made one it can (a_b)
            tag = _ODD_NAME_CHARS.sub("_", tag) or "_"
            attrib = {name: value for name, value in attrib.items() if _valid_attribute(name)}
        self._builder.start(tag, attrib)
        self._open.append(tag)

    def end(self, tag):
        # As BeautifulSoup does: close up to the innermost open element of that name, if any.
        if tag not in self._open:
            return
        while True:
            name = self._open.pop()
            self._builder.end(name)
            if name == tag:
                return

    def data(self, data):
        self._builder.data(data)

    def comment(self, text):
        self._builder.comment(_storable_comment(text))

    def doctype(self, name, pubid, system):
        self._builder.comment(_storable_comment(f"DOCTYPE {name}"))

    def close(self):
        while self._open:
            self._builder.end(self._open.pop())
        self._builder.end(DOCUMENT_TAG)
        return self._builder.close()


def _parse_by_events(text: str) -> etree._Element | None:
    parser = etree.HTMLParser(recover=True, target=_EventTree())
    parser.feed(text)
    document = parser.close()
    return document if any(isinstance(child.tag, str) for child in document) else None


def is_comment_like(node) -> bool:
    """Comments and processing instructions: BeautifulSoup's PreformattedStrings."""
    return isinstance(node, etree._Element) and not isinstance(node.tag, str)


class Text:
    """One string of the tree: owner.text (tail False) or owner.tail (tail True)."""

    __slots__ = ("owner", "tail")

    def __init__(self, owner: etree._Element, tail: bool):
        self.owner = owner
        self.tail = tail

    @property
    def parent(self) -> etree._Element | None:
        return self.owner.getparent() if self.tail else self.owner


def parent_of(node) -> etree._Element | None:
    return node.parent if isinstance(node, Text) else node.getparent()


def ancestors(node):
    """The elements holding node, nearest first."""
    parent = parent_of(node)
    while parent is not None:
        yield parent
        parent = parent.getparent()


# The page itself as a container (the densest block of a page with no <body>): holds every node.
DOCUMENT = "document"


def is_inside(node, container) -> bool:
    return container is DOCUMENT or any(parent is container for parent in ancestors(node))


def soup_string(raw: str, preserve: bool) -> str:
    """The string BeautifulSoup keeps for raw text: whitespace-only runs become one character."""
    if not preserve and not raw.strip(_ASCII_SPACES):
        return "\n" if "\n" in raw else " "
    return raw


def preserves_whitespace(element: etree._Element | None) -> bool:
    """True when a string held by element sits under <pre> or <textarea>."""
    while element is not None:
        if element.tag in _PRESERVE_WHITESPACE:
            return True
        element = element.getparent()
    return False


def _special_above(element: etree._Element | None) -> str | None:
    """The innermost <script>/<style>/<template>/<rt>/<rp> holding element (itself included)."""
    while element is not None:
        if element.tag in _SPECIAL_STRING_TAGS:
            return element.tag
        element = element.getparent()
    return None


def text_of(node: Text) -> str:
    """A Text's string as BeautifulSoup holds it."""
    raw = node.owner.tail if node.tail else node.owner.text
    return raw if raw.strip(_ASCII_SPACES) else soup_string(raw, preserves_whitespace(node.parent))


def _interesting(element: etree._Element):
    """(holder, is_tail, string) for the strings get_text() joins for element, in order."""
    wanted = element.tag if element.tag in _SPECIAL_STRING_TAGS else None
    outer = wanted or _special_above(element.getparent())
    # (node, is its tail, special tag around it, whitespace preserved), in document order.
    stack: list = [(element, False, outer, preserves_whitespace(element.getparent()))]
    while stack:
        node, tail, special, keep = stack.pop()
        if tail:
            raw = node.tail
        else:
            if node is not element and node.tail:
                stack.append((node, True, special, keep))
            if not isinstance(node.tag, str):
                continue
            if node.tag in _SPECIAL_STRING_TAGS:
                special = node.tag
            keep = keep or node.tag in _PRESERVE_WHITESPACE
            stack.extend((child, False, special, keep) for child in reversed(node))
            raw = node.text
        if raw and special == wanted:
            yield node, tail, soup_string(raw, keep)


def get_text(element: etree._Element) -> str:
    return "".join(string for _, _, string in _interesting(element))


def short_text(element: etree._Element, limit: int) -> str | None:
    """get_text(), or None as soon as it is longer than limit."""
    pieces, length = [], 0
    for _, _, string in _interesting(element):
        length += len(string)
        if length > limit:
            return None
        pieces.append(string)
    return "".join(pieces)


def text_keys(element: etree._Element) -> set:
    """Identities (holder, is_tail) of the strings get_text() joins for element."""
    return {(node, tail) for node, tail, _ in _interesting(element)}


def child_count(element: etree._Element) -> int:
    """len(tag.contents) in BeautifulSoup: child elements, comments and strings."""
    count = 1 if element.text else 0
    for child in element:
        count += 2 if child.tail else 1
    return count


def next_siblings(node):
    """The nodes after node under the same parent, in order: elements, comments and Texts."""
    if isinstance(node, Text) and not node.tail:
        following = iter(node.owner)
    else:
        owner = node.owner if isinstance(node, Text) else node
        if not isinstance(node, Text) and owner.tail:
            yield Text(owner, True)
        following = owner.itersiblings()
    for sibling in following:
        yield sibling
        if sibling.tail:
            yield Text(sibling, True)


class _Unserialisable(Exception):
    """A subtree whose HTML the parser would not read back the same."""


def serialise(element: etree._Element, paragraph_break: Callable[[etree._Element], bool] | None = None) -> str:
    """HTML for element and its subtree (no tail) that the HTML parser reads back into the same
    elements and strings. Not lxml's tostring: that percent-escapes href values and escapes the
    raw text of <xmp>/<iframe>. Raises _Unserialisable for the one known exception, a <script>
    left open at the end of the page after a '<!--<script' (its text would swallow the tags
    closing the fragment).
    With paragraph_break (true for an element whose start or end ends the paragraph being read),
    a string of whitespace only right before such an element's start or end is left out: the
    paragraph it would end is stripped of it anyway."""
    out: list[str] = []
    append = out.append
    for event, node in etree.iterwalk(element, events=("start", "end", "comment", "pi")):
        if event == "start":
            tag = node.tag
            attributes = node.attrib
            if attributes:
                append(f"<{tag}{''.join(_attribute(name, value) for name, value in attributes.items())}>")
            else:
                append(f"<{tag}>")
            text = node.text
            if text:
                if tag in _RAW_TEXT:
                    if tag == "script" and "<!--" in text and "<script" in text.lower():
                        raise _Unserialisable(tag)
                    append(text)
                elif not (paragraph_break and text.isspace() and _breaks_after(node, None, element, paragraph_break)):
                    append(_escape_text(text))
            continue
        if event == "end":
            if node.tag not in _VOID or len(node) or node.text:
                append(f"</{node.tag}>")
        elif event == "comment":
            append(f"<!--{node.text or ''}-->")
        else:  # a processing instruction; the HTML parser reads <?…> as a comment anyway
            append(f"<!--?{node.target} {node.text or ''}?-->")
        tail = node.tail
        if tail and node is not element and not (
                paragraph_break and tail.isspace() and _breaks_after(node.getparent(), node, element, paragraph_break)):
            append(_escape_text(tail))
    return "".join(out)


def _breaks_after(parent: etree._Element, before, root: etree._Element, paragraph_break) -> bool:
    """True when what follows a string in parent (after node before, or at parent's start)
    ends a paragraph: a breaking element starts, or parent (breaking, or the root) ends."""
    following = before.getnext() if before is not None else (parent[0] if len(parent) else None)
    if following is None:
        return parent is root or paragraph_break(parent)
    return isinstance(following.tag, str) and paragraph_break(following)


def _attribute(name: str, value: str) -> str:
    if "&" in value or '"' in value or "\r" in value:
        value = value.replace("&", "&amp;").replace('"', "&quot;").replace("\r", "&#13;")
    return f' {name}="{value}"'


def _escape_text(text: str) -> str:
    if "&" in text or "<" in text or ">" in text:
        text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\r", "&#13;") if "\r" in text else text


class _ContentBuilder(LXMLTreeBuilder):
    """BeautifulSoup's lxml builder, keeping its lxml parser from one page to the next: lxml
    inspects the builder's signature each time a parser is made for it, a tenth of the cost of
    parsing a content fragment. Class attributes stay strings (multi_valued_attributes=None)."""

    def __init__(self):
        super().__init__(multi_valued_attributes=None)
        self._parser: etree.HTMLParser | None = None

    def default_parser(self, encoding):
        if encoding is not None:
            return super().default_parser(encoding)
        if self._parser is None:
            self._parser = etree.HTMLParser(target=self, recover=True, huge_tree=self.huge_tree)
        return self._parser

    def feed(self, markup) -> None:
        try:
            super().feed(markup)
        except Exception:
            self._parser = None  # never reuse a parser left mid-document
            raise


_builders = threading.local()


def content_soup(markup: str) -> BeautifulSoup:
    """BeautifulSoup(markup, "lxml") with class attributes as strings; one builder per thread."""
    builder = getattr(_builders, "builder", None)
    if builder is None:
        builder = _builders.builder = _ContentBuilder()
    return BeautifulSoup(markup, builder=builder)


def soup_for(element: etree._Element, paragraph_break: Callable[[etree._Element], bool] | None = None) -> Tag | None:
    """BeautifulSoup's tree for element's HTML, inside its ancestors' tags so that the parser
    reads it in the same context (a <td> in a table row, text under <pre>); with paragraph_break,
    less the whitespace that serialise() leaves out. None when the parse does not give back the
    element where it was (never seen on real pages)."""
    if next(element.iter("plaintext"), None) is not None:
        return None  # its text runs to the end of the page: no closing tag can end it
    chain = [parent for parent in element.iterancestors() if parent.tag != DOCUMENT_TAG][::-1]
    try:
        html = serialise(element, paragraph_break)
    except _Unserialisable:
        return None
    markup = "".join(f"<{parent.tag}>" for parent in chain) + html + "".join(f"</{parent.tag}>" for parent in reversed(chain))
    soup = content_soup(markup)
    node: Tag = soup
    for expected in chain + [element]:
        children = [child for child in node.contents if isinstance(child, Tag)]
        if len(children) != 1 or children[0].name != expected.tag:
            return None
        node = children[0]
    return node
