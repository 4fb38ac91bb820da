"""Write the seventh holdout set: each page's HTML and its expected answers from one hand-written spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser. Run `uv run python tests/holdout7/build_pages.py` to rewrite pages/ and answers/; the build
also checks its own output (every answer head is on the page, no furniture string occurs in the
document text, the page encodes strictly in its own encoding) without importing the parser.

Spec body lines, one paragraph each (same answer format as set 3):
  S <marker>|text   section heading (一、)          I <marker>|text  item (1. 1、 （一）)
  U <marker>|text   sub-item on its own paragraph   X <marker>|text  sub-item inline, same paragraph
  P text            plain paragraph: preamble, section text, or a continuation of the part above
  H text            centred line (文号, plan title repeated): belongs to no part
  C text            closing / signature line: belongs to no part
"""

from __future__ import annotations

import html
import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
METADATA = ("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind")


def numeral(marker: str) -> int:
    digits = re.sub(r"\D", "", marker.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if digits:
        return int(digits)
    chinese = re.sub(f"[^{CN}]", "", marker)
    if chinese.startswith("十"):
        return 10 + (CN.index(chinese[1]) + 1 if len(chinese) > 1 else 0)
    if len(chinese) == 2 and chinese[1] == "十":
        return (CN.index(chinese[0]) + 1) * 10
    return CN.index(chinese) + 1


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u3000", "").replace("\xa0", ""))


def parse_spec(spec: str) -> list[tuple[str, str | None, str]]:
    lines = []
    for raw in spec.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        kind, rest = raw[0], raw[2:].strip()
        if kind in "SIUX":
            marker, text = rest.split("|", 1)
            lines.append((kind, marker, text))
        else:
            lines.append((kind, None, rest))
    return lines


def expected_structure(lines) -> dict:
    sections, items, subs = 0, [], []
    section_no = None
    current = None  # the item or sub-item collecting continuation paragraphs
    for kind, marker, text in lines:
        if kind == "S":
            sections += 1
            section_no = numeral(marker)
            current = None
        elif kind == "I":
            current = {"section_no": section_no, "item_no": numeral(marker), "item_marker": marker, "text": text}
            items.append(current)
        elif kind in "UX":
            parent = items[-1]
            sub_no = 1 + sum(1 for s in subs if s["_parent"] is parent)
            current = {"section_no": parent["section_no"], "item_no": parent["item_no"], "sub_no": sub_no,
                       "item_marker": marker, "text": text, "_parent": parent}
            subs.append(current)
        elif kind == "P" and current is not None:
            current["text"] += text
        elif kind in "HC":
            current = None

    def answer(entry):
        flat = squash(entry["text"])
        out = {k: entry[k] for k in ("section_no", "item_no", "sub_no") if k in entry}
        out["item_marker"] = entry["item_marker"]
        out["head"] = flat[:20]
        out["tail"] = flat[-10:]
        return out

    return {"section_count": sections, "items": [answer(i) for i in items], "subitems": [answer(s) for s in subs]}


# --------------------------------------------------------------------------- rendering styles


def bold_lead(text: str) -> str:
    """Many sites bold an item's lead sentence: <strong>深化…。</strong>rest."""
    cut = text.find("。")
    if cut < 0 or cut == len(text) - 1:
        return text
    return f"<strong>{text[:cut + 1]}</strong>{text[cut + 1:]}"


def paragraphs(lines, style: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for kind, marker, text in lines:
        if kind == "X":
            previous_kind, previous = out[-1]
            out[-1] = (previous_kind, f"{previous}{marker}{text}")
            continue
        if kind == "I" and style in ("boldlead", "boldlead_div"):
            text = bold_lead(text)
        out.append((kind, f"{marker or ''}{text}"))
    return out


def render(lines, style: str) -> str:
    paras = paragraphs(lines, style)
    if style == "br":  # old table sites: one cell, paragraphs split by <br>, indented with full-width spaces
        return "<br />\n".join(("　　" if kind not in "HC" else "") + text for kind, text in paras)
    rows = []
    for kind, text in paras:
        if style in ("div", "boldlead_div"):
            if kind == "S":
                rows.append(f'<div style="text-indent:2em;font-family:黑体;font-size:16pt">{text}</div>')
            elif kind in "HC":
                align = "center" if kind == "H" else "right"
                rows.append(f'<div style="text-align:{align}">{text}</div>')
            else:
                rows.append(f'<div style="text-indent:2em;line-height:28pt;font-size:16pt">{text}</div>')
        elif style == "nbsp":
            if kind in "HC":
                rows.append(f'<p align="{"center" if kind == "H" else "right"}">{text}</p>')
            else:
                rows.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>")
        elif style == "span":
            if kind in "HC":
                rows.append(f'<p style="text-align:{"center" if kind == "H" else "right"}">'
                            f'<span style="font-family:仿宋_GB2312;font-size:21px">{text}</span></p>')
            else:
                font = "黑体" if kind == "S" else "仿宋_GB2312"
                rows.append(f'<p style="text-indent:2em;line-height:1.75em;margin-bottom:0">'
                            f'<span style="font-family:{font};font-size:21px">{text}</span></p>')
        else:  # plain <p>, optionally with a bold lead sentence
            if kind == "S":
                rows.append(f'<p style="text-indent:2em"><strong>{text}</strong></p>')
            elif kind in "HC":
                rows.append(f'<p style="text-align:{"center" if kind == "H" else "right"}">{text}</p>')
            else:
                rows.append(f'<p style="text-indent:2em">{text}</p>')
    return "\n".join(rows)


def visible_text(markup: str) -> str:
    markup = re.sub(r"<script.*?</script>|<style.*?</style>", "", markup, flags=re.S)
    return squash(html.unescape(re.sub(r"<[^>]+>", "", markup)))


def check(p: dict, lines, page_bytes: bytes, structure: dict, not_in_body: list[str]) -> None:
    """The build's own sanity checks: nothing here reads or runs the parser."""
    text = page_bytes.decode(p["encoding"])
    shown = visible_text(text)
    for unit in structure["items"] + structure["subitems"]:
        assert unit["head"] in shown and unit["tail"] in shown, (p["slug"], unit)
    document = "".join(f"{marker or ''}{body}" for _, marker, body in lines)
    for furniture in not_in_body:
        assert furniture not in document, (p["slug"], furniture)
        assert squash(furniture) in shown or furniture in text, (p["slug"], "furniture not on the page", furniture)
    heads = [u["head"] for u in structure["items"]] + [u["head"] for u in structure["subitems"]]
    assert len(heads) == len(set(heads)), p["slug"]
    for name in METADATA:
        assert name in p["expect"], (p["slug"], name)


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        page = p["template"].replace("{content}", render(lines, p["style"]))
        page_bytes = page.encode(p["encoding"])  # strict: a character the encoding lacks is a spec error
        structure = expected_structure(lines)
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"][k] for k in METADATA},
            **structure,
            "must_not_appear": p["must_not_appear"],
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        check(p, lines, page_bytes, structure, p["must_not_appear"])
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(page_bytes)
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
