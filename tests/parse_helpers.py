"""What the parser tests share: a minimal page around some HTML, views of a document's parts, and
the tiling invariant (the parts cover the clean body exactly, in order, each once)."""

from __future__ import annotations


def page(inner: str, head: str = "") -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{inner}</body></html>".encode()


def shape(doc) -> list[tuple]:
    return [(p.kind, p.path, p.item_marker) for p in doc.parts]


def numbers(doc) -> list[tuple]:
    return [(p.kind, p.section_no, p.item_no) for p in doc.parts if p.kind in ("section", "item", "subitem")]


def assert_tiles(doc) -> None:
    position = 0
    for part in doc.parts:
        assert part.start == position, part.path
        assert part.end > part.start, part.path
        assert part.text == doc.body[part.start:part.end]
        position = part.end
    assert position == len(doc.body)
    assert len({part.path for part in doc.parts}) == len(doc.parts)
