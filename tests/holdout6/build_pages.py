"""Write the sixth holdout set: each page's HTML and its expected answers from one hand-written spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser; this script does not import `scrapers`. Run `uv run python tests/holdout6/build_pages.py`
to rewrite pages/ and answers/ (deterministic: same spec, same bytes).

Spec body lines, one paragraph each (text may hold inline HTML: <b>, <wbr>, &#8203;, &#12288;):
  S <marker>|text   section heading (一、)             I <marker>|text  item (1. １、 （一） (一))
  U <marker>|text   sub-item on its own paragraph      X <marker>|text  sub-item inline, same paragraph
  P text            plain paragraph (notice, preamble, continuation of the item or sub-item above)
  H text            unnumbered heading (总体思路): not a section, ends any continuation
  Z text            centred title line inside the body (plan title, issuer): ends any continuation
  C text            closing / signature line: ends any continuation
  T a|b|c;;d|e|f    a table (rows ;; cells |): its cells continue the item above
"""

from __future__ import annotations

import html
import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"

# Furniture most pages carry: kept for a page when it prints it; each page adds its own (always checked).
FURNITURE = ["上一篇", "下一篇", "网站标识码", "当前位置", "来源：", "主办单位", "ICP备"]


def visible(text: str) -> str:
    """What a reader sees of a spec fragment: tags dropped, entities decoded, zero-width characters gone."""
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return "".join(ch for ch in text if ch not in ZERO_WIDTH)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", visible(text).replace("\u3000", "").replace("\xa0", ""))


def numeral(marker: str) -> int:
    marker = squash(marker)
    digits = re.sub(r"\D", "", marker.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if digits:
        return int(digits)
    chinese = re.sub(f"[^{CN}]", "", marker)
    if chinese.startswith("十"):
        return 10 + (CN.index(chinese[1]) + 1 if len(chinese) > 1 else 0)
    if len(chinese) == 2 and chinese[1] == "十":
        return (CN.index(chinese[0]) + 1) * 10
    return CN.index(chinese[0]) + 1


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


def table_cells(spec: str) -> list[list[str]]:
    return [row.split("|") for row in spec.split(";;")]


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
        elif kind == "T" and current is not None:
            current["text"] += "".join(cell for row in table_cells(text) for cell in row)
        elif kind in "HZC":
            current = None

    def answer(entry):
        flat = squash(entry["text"])
        out = {k: entry[k] for k in ("section_no", "item_no", "sub_no") if k in entry}
        out["item_marker"] = squash(entry["item_marker"])
        out["head"] = flat[:20]
        out["tail"] = flat[-10:]
        return out

    return {"section_count": sections, "items": [answer(i) for i in items], "subitems": [answer(s) for s in subs]}


# --------------------------------------------------------------------------- rendering


SECTION_STYLES = {
    "p_strong": '<p style="text-indent:2em"><strong>{text}</strong></p>',
    "p_b": '<p><b>&#12288;&#12288;{text}</b></p>',
    "p_hei": '<p style="text-indent:2em;line-height:2"><span style="font-family:黑体;font-size:16pt">{text}</span></p>',
    "h3": "<h3>{text}</h3>",
    "h4": '<h4 style="text-indent:2em">{text}</h4>',
}


def table_html(spec: str) -> str:
    rows = []
    for number, row in enumerate(table_cells(spec)):
        tag = "th" if number == 0 else "td"
        rows.append("<tr>" + "".join(f'<{tag} style="border:1px solid #000;padding:4px">{cell}</{tag}>' for cell in row)
                    + "</tr>")
    return ('<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin:0 auto" '
            'width="90%"><tbody>\n' + "\n".join(rows) + "\n</tbody></table>")


def render(lines, style: dict) -> str:
    """Paragraph HTML for one page. style: section (key of SECTION_STYLES), p (attributes of a <p>),
    indent (printed before every paragraph's text), join ('p' or 'brbr': a section's paragraphs share one
    <p>, separated by <br><br>), close (attributes of a signature line)."""
    section = SECTION_STYLES[style.get("section", "p_strong")]
    p_attrs = style.get("p", ' style="text-indent:2em"')
    indent = style.get("indent", "")
    close = style.get("close", ' style="text-align:right"')
    blocks: list[list[str]] = []
    for kind, marker, text in lines:
        if kind == "X":
            blocks[-1][1] += marker + text
        else:
            blocks.append([kind, (marker or "") + text])
    out: list[str] = []
    run: list[str] = []

    def flush():
        if run:
            out.append(f"<p{p_attrs}>" + "<br>\n<br>".join(indent + r for r in run) + "</p>")
            run.clear()

    for kind, text in blocks:
        if style.get("join") == "brbr" and kind in "IUP":
            run.append(text)
            continue
        flush()
        if kind == "S":
            out.append(section.format(text=text))
        elif kind == "H":
            out.append(f"<p{p_attrs}><strong>{indent}{text}</strong></p>")
        elif kind == "Z":
            out.append(f'<p style="text-align:center"><strong>{text}</strong></p>')
        elif kind == "C":
            out.append(f"<p{close}>{text}</p>")
        elif kind == "T":
            out.append(table_html(text))
        else:
            out.append(f"<p{p_attrs}>{indent}{text}</p>")
    flush()
    return "\n".join(out)


def body_text(lines) -> str:
    parts = []
    for kind, marker, text in lines:
        if kind == "T":
            parts.extend(cell for row in table_cells(text) for cell in row)
        else:
            parts.append(visible((marker or "") + text))
    return "\n".join(parts)


def encode(page_html: str, encoding: str) -> bytes:
    if encoding == "utf-8-bom":
        return b"\xef\xbb\xbf" + page_html.encode("utf-8")
    return page_html.encode(encoding)


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        page_html = p["template"].replace("{content}", render(lines, p.get("style", {})))
        text = body_text(lines)
        page_text = visible(page_html)
        furniture = [piece for piece in FURNITURE if piece in page_text] + p.get("must_not_appear", [])
        for piece in furniture:  # each furniture check must be able to fail, and must not hit the text itself
            assert piece in page_text, (p["slug"], piece)
            assert piece not in text, (p["slug"], piece)
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(encode(page_html, p["encoding"]))
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"].get(k) for k in ("title", "notice_title", "index_no", "doc_no", "pub_date",
                                                "publisher", "plan_year", "doc_kind")},
            **expected_structure(lines),
            "must_not_appear": furniture,
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
