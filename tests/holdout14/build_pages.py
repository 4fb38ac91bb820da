"""Write the fourteenth holdout set: each page's HTML and its expected answers from one hand-written spec.

The answers come from the spec (what a careful reader of the page records), never from the parser.
Run `uv run python tests/holdout14/build_pages.py` to rewrite pages/ and answers/ (deterministic).

Spec body lines, one paragraph each:
  S <marker>|text   section heading (一、)             I <marker>|text  item (1. １． 1、 （一）)
  U <marker>|text   sub-item on its own paragraph      X <marker>|text  sub-item inline, same paragraph
  P text            plain paragraph (notice, preamble, continuation of the part above)
  T text            centred line inside the body (a plan's own title under a notice): no part's text
  C text            closing line (signature, date, 附件 list, 版记): belongs to no item
An item's text may hold one '^': the text before it is the bold lead sentence of the 'bold' style.
"""

from __future__ import annotations

import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
METADATA = ("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind")
FURNITURE = ["打印本页", "关闭窗口", "网站标识码", "上一篇", "下一篇", "字号", "当前位置", "ICP备", "主办单位",
             "政府网站找错", "索引号", "发布机构", "来源："]


def numeral(marker: str) -> int:
    digits = re.sub(r"\D", "", marker.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if digits:
        return int(digits)
    chinese = re.sub(f"[^{CN}]", "", marker)
    if chinese.startswith("十"):
        return 10 + (CN.index(chinese[1]) + 1 if len(chinese) > 1 else 0)
    if len(chinese) == 2 and chinese[1] == "十":
        return (CN.index(chinese[0]) + 1) * 10
    return CN.index(chinese[0]) + 1


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u3000", "").replace("\xa0", "").replace("^", ""))


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
            assert kind in "PTC", raw
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
            current = {"section_no": section_no, "item_no": numeral(marker), "item_marker": marker, "text": text,
                       "subs": 0}
            items.append(current)
        elif kind in "UX":
            parent = items[-1]
            parent["subs"] += 1
            current = {"section_no": parent["section_no"], "item_no": parent["item_no"], "sub_no": parent["subs"],
                       "item_marker": marker, "text": text}
            subs.append(current)
        elif kind == "P" and current is not None:
            current["text"] += text
        elif kind in "TC":
            current = None

    def answer(entry):
        flat = squash(entry["text"])
        out = {k: entry[k] for k in ("section_no", "item_no", "sub_no") if k in entry}
        out["item_marker"] = entry["item_marker"]
        out["head"] = flat[:20]
        out["tail"] = flat[-10:]
        return out

    return {"section_count": sections, "items": [answer(i) for i in items], "subitems": [answer(s) for s in subs]}


# --------------------------------------------------------------------------- paragraph styles


def render(lines, style: str) -> str:
    out: list[str] = []
    for kind, marker, text in lines:
        if kind == "X":
            closing = "<br>" if style == "br" else "</p>"
            head, _, tail = out[-1].rpartition(closing)
            inline = f"{marker}{text}" if style != "word" else f"<span style='font-family:仿宋_GB2312'>{marker}{text}</span>"
            out[-1] = f"{head}{inline}{closing}{tail}" if closing in out[-1] else out[-1] + inline
            continue
        out.append(render_line(kind, marker or "", text, style))
    return "\n".join(out)


def render_line(kind: str, marker: str, text: str, style: str) -> str:
    lead, _, rest = text.partition("^") if "^" in text else ("", "", text)
    if style == "br":  # an old table layout: one cell, paragraphs split by <br>
        if kind in "TC":
            return f"　　　　　　　　　　　　{text}<br>"
        if kind == "S":
            return f"　　<b>{marker}{text}</b><br>"
        return f"　　{marker}{text}<br>"
    if style == "word":  # a Word document saved as HTML and pasted whole
        if kind in "TC":
            return (f"<p class=MsoNormal align=right style='text-align:right;line-height:28.0pt'>"
                    f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{text}<span lang=EN-US><o:p></o:p></span></span></p>")
        font = "黑体" if kind == "S" else "楷体_GB2312" if marker.startswith("（") else "仿宋_GB2312"
        number = (f"<span lang=EN-US style='font-size:16.0pt;font-family:仿宋_GB2312'>{marker}</span>"
                  if marker and marker[0].isdigit() else f"<span style='font-size:16.0pt;font-family:{font}'>{marker}</span>"
                  if marker else "")
        return (f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly'>"
                f"{number}<span style='font-size:16.0pt;font-family:{font if kind == 'S' else '仿宋_GB2312'}'>{text}</span>"
                f"<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>")
    if style == "nbsp":
        if kind in "TC":
            return f'<p align="right">{text}</p>'
        if kind == "S":
            return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;<b>{marker}{text}</b></p>"
        return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{marker}{text}</p>"
    if style == "fullwidth":  # indentation typed as ideographic spaces
        if kind == "T":
            return f'<p style="text-align:center">{text}</p>'
        if kind == "C":
            return f'<p style="text-align:right">{text}</p>'
        return f"<p>　　{marker}{text}</p>"
    if style == "bold":
        if kind == "C":
            return f'<p style="text-align:right;">{text}</p>'
        if kind == "S":
            return f'<p style="text-indent:2em;"><span style="font-family:黑体;">{marker}{text}</span></p>'
        if lead:
            return f'<p style="text-indent:2em;"><strong>{marker}{lead}</strong>{rest}</p>'
        return f'<p style="text-indent:2em;">{marker}{text}</p>'
    # plain <p>
    if kind == "S":
        return f'<p style="text-indent:2em"><strong>{marker}{text}</strong></p>'
    if kind == "T":
        return f'<p style="text-align:center"><strong>{text}</strong></p>'
    if kind == "C":
        return f'<p style="text-align:right">{text}</p>'
    return f'<p style="text-indent:2em">{marker}{text}</p>'


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        content = render(lines, p["style"])
        html = p["template"].replace("{content}", content)
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(html.encode(p["encoding"]))
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"][k] for k in METADATA},
            **expected_structure(lines),
            "must_not_appear": [t for t in FURNITURE if t in html] + p.get("must_not_appear", []),
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
