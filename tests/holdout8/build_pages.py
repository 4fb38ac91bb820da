"""Write the eighth holdout set: each page's HTML and its expected answers from one hand-written spec.

The answers come from the spec (what a careful reader of the page records), never from the parser.
Run `uv run python tests/holdout8/build_pages.py` to rewrite pages/ and answers/ (deterministic).

Spec body lines, one paragraph each:
  S <marker>|text   section heading (一、)             I <marker>|text  item (1. 1、 （一） １１．)
  U <marker>|text   sub-item on its own paragraph      X <marker>|text  sub-item inline, same paragraph
  P text            plain paragraph (notice, preamble, continuation of the part above)
  C text            closing / signature line (belongs to no part)
  H text            a title line inside the body (the plan's own title under a notice)

Each page's `style` says how a site family prints these lines: one format string per line kind
(`{x}` is the line's inner HTML), how an item's lead sentence is emphasised (`lead`) and whether
the marker sits in its own Word-export span (`marker_span`).
"""

from __future__ import annotations

import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
METADATA_FIELDS = ("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind")


def numeral(marker: str) -> int:
    digits = re.sub(r"\D", "", marker.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if digits:
        return int(digits)
    chinese = re.sub(f"[^{CN}]", "", marker)
    if chinese.startswith("十"):
        return 10 + (CN.index(chinese[1]) + 1 if len(chinese) > 1 else 0)
    return CN.index(chinese) + 1


def squash(text: str) -> str:
    return "".join(text.replace("\u3000", " ").replace("\xa0", " ").split())


def parse_spec(spec: str) -> list[tuple[str, str | None, str]]:
    lines = []
    for raw in spec.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        kind, rest = raw[0], raw[2:].strip()
        assert kind in "SIUXPCH", raw
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
        elif kind in "CH":
            current = None

    def answer(entry):
        flat = squash(entry["text"])
        out = {k: entry[k] for k in ("section_no", "item_no", "sub_no") if k in entry}
        out["item_marker"] = entry["item_marker"]
        out["head"] = flat[:20]
        out["tail"] = flat[-10:]
        return out

    return {"section_count": sections, "items": [answer(i) for i in items], "subitems": [answer(s) for s in subs]}


# --------------------------------------------------------------------------- rendering


def split_lead(text: str) -> tuple[str, str]:
    cut = text.find("。")
    return (text, "") if cut < 0 else (text[:cut + 1], text[cut + 1:])


def inner_html(kind: str, marker: str | None, text: str, style: dict) -> str:
    marker = marker or ""
    word_digit = marker[:1].isascii() and marker[:1].isdigit()  # Word tags only Latin digits with lang=EN-US
    printed = f'<span lang="EN-US">{marker}</span>' if word_digit and style.get("marker_span") else marker
    if kind in style.get("lead_kinds", "I") and style.get("lead"):
        lead, rest = split_lead(text)
        if style["lead"] == "b_outside":
            return f"{printed}<b>{lead}</b>{rest}"
        if style["lead"] == "strong_inside":
            return f"<strong>{printed}{lead}</strong>{rest}"
        if style["lead"] == "wechat":
            return f'<span style="color:rgb(0,112,192)"><strong>{printed}{lead}</strong></span>{rest}'
    return printed + text


def render(lines, style: dict) -> str:
    blocks: list[list] = []
    for kind, marker, text in lines:
        if kind == "X":
            blocks[-1][1] += f"{marker}{text}"
            continue
        blocks.append([kind, inner_html(kind, marker, text, style)])
    formats = style["formats"]
    return "\n".join(formats.get(kind, formats["P"]).replace("{x}", x) for kind, x in blocks)


def visible_text(html: str) -> str:
    html = re.sub(r"<(script|style)\b.*?</\1>", "", html, flags=re.S)
    return squash(re.sub(r"<[^>]+>", "", html).replace("&nbsp;", "").replace("&emsp;", "").replace("&gt;", ">"))


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    slugs = [p["slug"] for p in pages]
    assert len(slugs) == len(set(slugs))
    for p in pages:
        lines = parse_spec(p["spec"])
        content = render(lines, p["style"])
        html = p["html"].replace("{content}", content)
        body = html.encode(p["encoding"])
        assert body.decode(p["encoding"]) == html, p["slug"]  # every character is encodable
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(body)
        structure = expected_structure(lines)
        page_text, content_text = visible_text(html), visible_text(content)
        for furniture in p["must_not_appear"]:
            assert squash(furniture) in page_text, (p["slug"], furniture)  # the page really prints it
            assert furniture not in content_text, (p["slug"], furniture)  # and the body never does
        heads = [("i", u["head"]) for u in structure["items"]] + [("s", u["head"]) for u in structure["subitems"]]
        assert len(heads) == len(set(heads)), p["slug"]
        for name in p.get("tolerated", {}):
            assert name in METADATA_FIELDS, (p["slug"], name)
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"].get(k) for k in METADATA_FIELDS},
            **structure,
            "must_not_appear": p["must_not_appear"],
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(HERE))
    from spec_pages import PAGES  # the hand-written specs, kept apart from the machinery

    build(PAGES)
