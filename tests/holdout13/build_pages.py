"""Write the thirteenth holdout set: each page's HTML and its expected answer from one hand-written spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser. Run `uv run python tests/holdout13/build_pages.py` to rewrite pages/ and answers/.

Spec body lines, one paragraph each (set 3's letters, plus T and A):
  S <marker>|text   section heading (一、)              I <marker>|text  item (1. １、 （一）)
  U <marker>|text   sub-item on its own paragraph       P text           plain paragraph (notice,
  C text            closing line: signature, date                        preamble, continuation)
                    (right-aligned) — belongs to no part
  A text            附件, 注, 版记 line printed like a   T text           a title printed in the body
                    paragraph — belongs to no part
Each page's template (in spec_pages.py) is the whole page as its site serves it, with {content}
where the article body goes.
"""

from __future__ import annotations

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
    chinese = re.sub(f"[^{CN}]", "", marker.replace("是", ""))
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
        if kind in "SIU":
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
        elif kind == "U":
            parent = items[-1]
            sub_no = 1 + sum(1 for s in subs if s["_parent"] is parent)
            current = {"section_no": parent["section_no"], "item_no": parent["item_no"], "sub_no": sub_no,
                       "item_marker": marker, "text": text, "_parent": parent}
            subs.append(current)
        elif kind == "P" and current is not None:
            current["text"] += text
        elif kind in "CAT":
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


def lead_split(text: str) -> tuple[str, str]:
    """The lead sentence (through the first 。) and the rest, for pages that print leads in bold."""
    cut = text.find("。")
    return (text, "") if cut < 0 else (text[:cut + 1], text[cut + 1:])


def runs(text: str, size: int = 4) -> str:
    """A heading pasted from Word: the same bold text split over several runs."""
    return "".join(f"<strong>{text[i:i + size]}</strong>" for i in range(0, len(text), size))


def render(lines, opts: dict) -> str:
    return "\n".join(render_line(kind, marker or "", text, opts) for kind, marker, text in lines)


def render_line(kind: str, marker: str, text: str, opts: dict) -> str:
    style = opts["style"]
    body = text
    if opts.get("bold_lead") and kind == "I":
        lead, rest = lead_split(text)
        body = f"<strong>{lead}</strong>{rest}" if rest else f"<strong>{lead}</strong>"
    if style == "br":  # old CMS: one table cell, paragraphs separated by <br>
        if kind == "T":
            return f'<div align="center"><b>{text}</b></div>'
        if kind == "C":
            return f"　　　　　　　　　　　　　　　　{text}<br>"
        if kind == "S":
            return f"　　<b>{marker}{text}</b><br>"
        return f"　　{marker}{body}<br>"
    if style == "mso":  # pasted from Word
        font = "黑体" if kind == "S" else "楷体_GB2312" if marker.startswith(("（", "(")) and kind == "I" else "仿宋_GB2312"
        if kind == "T":
            return ('<p class="MsoNormal" align="center" style="text-align:center;line-height:28.0pt">'
                    f'<span style="font-size:22.0pt;font-family:方正小标宋简体">{text}</span></p>')
        align = "text-align:right;" if kind == "C" else "text-indent:32.0pt;"
        return (f'<p class="MsoNormal" style="{align}line-height:28.0pt;mso-line-height-rule:exactly">'
                f'<span style="font-size:16.0pt;font-family:{font}">{marker}{body}</span>'
                f'<span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>')
    if style == "vsb":  # 博达 editor: every paragraph carries its class and inline font
        if kind == "T":
            return f'<p class="vsbcontent_start" style="text-align:center;"><strong>{text}</strong></p>'
        if kind == "C":
            return f'<p class="vsbcontent_img" style="text-align:right;">{text}</p>'
        inner = runs(marker + text) if kind == "S" else f"{marker}{body}"
        return f'<p style="text-indent:2em;line-height:2em;"><span style="font-family:宋体;font-size:16px;">{inner}</span></p>'
    # plain <p> with an indent, the common case
    if kind == "T":
        return f'<p style="text-align:center;"><strong>{text}</strong></p>'
    if kind == "C":
        return f'<p style="text-align:right;">{text}</p>'
    if kind == "S":
        heading = runs(marker + text, opts.get("run_size", 4)) if opts.get("heading_runs") else f"<strong>{marker}{text}</strong>"
        return f'<p style="text-indent:2em;">{heading}</p>'
    return f'<p style="text-indent:2em;">{marker}{body}</p>'


FURNITURE = ["打印", "关闭", "网站标识码", "字号", "公网安备", "当前位置", "来源：", "索引号", "主办"]


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        html = p["template"].replace("{content}", render(lines, p["opts"]))
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(html.encode(p["encoding"]))
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"].get(k) for k in METADATA},
            **expected_structure(lines),
            # the common furniture words this page's template prints, then the page's own
            "must_not_appear": [w for w in FURNITURE if w in p["template"]] + p.get("must_not_appear", []),
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
