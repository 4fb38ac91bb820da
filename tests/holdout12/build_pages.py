"""Write the twelfth holdout set: each page's HTML and its expected answer from one hand-written spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser. Run `uv run python tests/holdout12/build_pages.py` to rewrite pages/ and answers/.

Spec body lines, one paragraph each:
  S <marker>|text   section heading (一、)            I <marker>|text  item (1. １． 1、 （一）)
  U <marker>|text   sub-item on its own paragraph     P text           plain paragraph (notice,
  C text            closing / signature line                           preamble, continuation)
  T text            a centred line (document number, plan title inside a notice)

Each page's `shell` is the whole served page with `{content}` where the article body goes; its
`style` says how the body's paragraphs are marked up (the site's editor).
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
        if kind in "SIU":
            marker, text = rest.split("|", 1)
            lines.append((kind, marker, text))
        elif kind in "PCT":
            lines.append((kind, None, rest))
        else:
            raise ValueError(f"unknown spec line {raw!r}")
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
        elif kind in "CT":
            current = None

    def answer(entry):
        flat = squash(entry["text"])
        out = {k: entry[k] for k in ("section_no", "item_no", "sub_no") if k in entry}
        out["item_marker"] = entry["item_marker"]
        out["head"] = flat[:20]
        out["tail"] = flat[-10:]
        return out

    return {"section_count": sections, "items": [answer(i) for i in items], "subitems": [answer(s) for s in subs]}


# --------------------------------------------------------------------------- the sites' editors


def split_lead(text: str) -> tuple[str, str]:
    """The lead sentence (through the first 。) and the rest: some editors bold the lead."""
    cut = text.find("。")
    return (text, "") if cut < 0 else (text[:cut + 1], text[cut + 1:])


def render(lines, style: str) -> str:
    if style == "br":  # one container, paragraphs split by <br>, indented with nbsp
        out = []
        for kind, marker, text in lines:
            if kind in "CT":
                out.append("&nbsp;" * 24 + text)
            else:
                out.append("&nbsp;&nbsp;&nbsp;&nbsp;" + (marker or "") + text)
        return "<br />\n".join(out)
    return "\n".join(render_line(kind, marker or "", text, style) for kind, marker, text in lines)


def render_line(kind: str, marker: str, text: str, style: str) -> str:
    if style == "word":  # pasted from Word: MsoNormal paragraphs, fonts per level, <o:p>
        if kind in "CT":
            align = "right" if kind == "C" else "center"
            return (f'<p class="MsoNormal" align="{align}" style="text-align:{align};line-height:28.0pt">'
                    f'<span style="font-size:16.0pt;font-family:仿宋_GB2312">{text}<o:p></o:p></span></p>')
        font = "黑体" if kind == "S" else "楷体_GB2312" if marker.startswith("（") else "仿宋_GB2312"
        return (f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">'
                f'<span style="font-size:16.0pt;font-family:{font}">{marker}{text}</span>'
                f'<span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>')
    if style == "lead":  # sections and each item's lead sentence in <strong>
        if kind == "S":
            return f'<p style="text-indent:2em;"><strong>{marker}{text}</strong></p>'
        if kind in "IU":
            lead, rest = split_lead(text)
            return f'<p style="text-indent:2em;"><strong>{marker}{lead}</strong>{rest}</p>'
        if kind == "C":
            return f'<p style="text-align:right;">{text}</p>'
        if kind == "T":
            return f'<p style="text-align:center;"><strong>{text}</strong></p>'
        return f'<p style="text-indent:2em;">{text}</p>'
    if style == "font":  # old CMS: <p> with <font> sizes, headings in <b>
        if kind == "S":
            return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<font face="黑体" size="4"><b>{marker}{text}</b></font></p>'
        if kind == "C":
            return f'<p align="right"><font size="4">{text}</font></p>'
        if kind == "T":
            return f'<p align="center"><font size="4"><b>{text}</b></font></p>'
        return f'<p>&nbsp;&nbsp;&nbsp;&nbsp;<font size="4">{marker}{text}</font></p>'
    if style == "ueditor":  # UEditor output: inline styles on every <p>, section headings bold spans
        if kind == "S":
            return (f'<p style="text-indent: 2em; line-height: 2em; margin-top: 5px;"><span style="font-family: 黑体, SimHei; '
                    f'font-size: 16px;">{marker}{text}</span></p>')
        if kind == "C":
            return f'<p style="text-align: right; line-height: 2em;"><span style="font-size: 16px;">{text}</span></p>'
        if kind == "T":
            return (f'<p style="text-align: center; line-height: 2em;"><span style="font-size: 18px;"><strong>{text}'
                    f'</strong></span></p>')
        return (f'<p style="text-indent: 2em; line-height: 2em; margin-top: 5px;"><span style="font-family: 仿宋, FangSong; '
                f'font-size: 16px;">{marker}{text}</span></p>')
    # plain <p> with indent, section headings in <strong>
    if kind == "S":
        return f'<p style="text-indent:2em"><strong>{marker}{text}</strong></p>'
    if kind == "C":
        return f'<p style="text-align:right">{text}</p>'
    if kind == "T":
        return f'<p style="text-align:center">{text}</p>'
    return f'<p style="text-indent:2em">{marker}{text}</p>'


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        html = p["shell"].replace("{content}", render(lines, p["style"]))
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(html.encode(p["encoding"]))
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"].get(k) for k in METADATA},
            **expected_structure(lines),
            "must_not_appear": p["must_not_appear"],
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
