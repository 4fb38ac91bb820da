"""Write the ninth holdout set: each page's HTML and its expected answers from one hand-written spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser. Run `uv run python tests/holdout9/build_pages.py` to rewrite pages/ and answers/.

Spec body lines, one paragraph each:
  S <marker>|text   section heading (一、, （一） when a plan has no 一、 level)
  I <marker>|text   item (1. 1、 （一）)
  U <marker>|text   sub-item on its own paragraph (（1） 1.)
  X <marker>|text   sub-item inline, in the same paragraph as the line above (①, 一是)
  P text            plain paragraph: notice, preamble, or continuation of the part above
  H text            a centred heading (a plan's title printed again); ends the part above
  C text            closing line (signature, date, 附 schedule); ends the part above
Text between ** and ** is printed bold (a lead sentence); the answers drop the asterisks.
"""

from __future__ import annotations

import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
METADATA = ("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind")
FURNITURE = ["打印本页", "关闭窗口", "网站标识码", "上一篇", "下一篇", "字号", "当前位置", "索引号", "发布机构",
             "主办单位", "ICP备", "政府网站找错"]


def numeral(marker: str) -> int:
    digits = re.sub(r"\D", "", marker.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    if digits:
        return int(digits)
    circled = "①②③④⑤⑥⑦⑧⑨⑩"
    if marker[0] in circled:
        return circled.index(marker[0]) + 1
    chinese = re.sub(f"[^{CN}]", "", marker)
    if chinese.startswith("十"):
        return 10 + (CN.index(chinese[1]) + 1 if len(chinese) > 1 else 0)
    if len(chinese) == 2 and chinese[1] == "十":
        return (CN.index(chinese[0]) + 1) * 10
    return CN.index(chinese[0]) + 1


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text.replace("\u3000", "").replace("\xa0", "").replace("**", ""))


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


def body_text(lines) -> str:
    """The page's body as a reader sees it, squeezed: for checking furniture strings stay out of it."""
    return "".join(squash((marker or "") + text) for _, marker, text in lines)


# --------------------------------------------------------------------------- rendering styles


def bold(text: str, tag: str) -> str:
    return re.sub(r"\*\*(.+?)\*\*", rf"<{tag}>\1</{tag}>", text)


def blocks_of(lines, tag: str) -> list[list]:
    """[kind, marker, inner html] per printed paragraph; an inline sub-item joins the paragraph above."""
    blocks: list[list] = []
    for kind, marker, text in lines:
        if kind == "X":
            blocks[-1][2] += marker + bold(text, tag)
            continue
        if marker and text.startswith("**"):  # the marker is printed inside the bold lead sentence
            text, marker = f"**{marker}{text[2:]}", ""
        blocks.append([kind, marker or "", bold(text, tag)])
    return blocks


def render(lines, style: str) -> str:
    if style == "br":
        return render_br(lines)
    tag = "b" if style in ("mso", "emsp") else "strong"
    return "\n".join(render_block(kind, marker, inner, style) for kind, marker, inner in blocks_of(lines, tag))


def render_br(lines) -> str:
    """Older CMS: a section heading and everything under it in one <p>, lines split by <br>."""
    out: list[str] = []
    group: list[str] | None = None
    for kind, marker, inner in blocks_of(lines, "strong"):
        if kind == "S":
            if group:
                out.append("<p>" + "<br />\n".join(group) + "</p>")
            group = [f"　　<strong>{marker}{inner}</strong>"]
        elif kind in "CH" or group is None:
            if group:
                out.append("<p>" + "<br />\n".join(group) + "</p>")
                group = None
            align = "right" if kind == "C" else "center" if kind == "H" else "left"
            out.append(f'<p align="{align}">　　{marker}{inner}</p>')
        else:
            group.append(f"　　{marker}{inner}")
    if group:
        out.append("<p>" + "<br />\n".join(group) + "</p>")
    return "\n".join(out)


def render_block(kind: str, marker: str, inner: str, style: str) -> str:
    if style == "mso":  # pasted from Word
        span = '<span style="font-size:16.0pt;font-family:仿宋_GB2312">'
        if kind == "S":
            return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0"><b><span '
                    f'style="font-size:16.0pt;font-family:黑体">{marker}{inner}</span></b><span lang="EN-US" '
                    f'style="font-size:16.0pt"><o:p></o:p></span></p>')
        if kind == "C":
            return f'<p class="MsoNormal" align="right" style="text-align:right">{span}{inner}</span></p>'
        if kind == "H":
            return f'<p class="MsoNormal" align="center" style="text-align:center"><b>{span}{inner}</span></b></p>'
        return (f'<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt;mso-line-height-rule:exactly">'
                f'{span}{marker}{inner}</span><span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>')
    if style == "emsp":
        if kind == "S":
            return f"<p>&emsp;&emsp;<b>{marker}{inner}</b></p>"
        if kind == "C":
            return f'<p style="text-align: right;">{inner}</p>'
        if kind == "H":
            return f'<p style="text-align: center;"><b>{inner}</b></p>'
        return f"<p>&emsp;&emsp;{marker}{inner}</p>"
    if style == "div":
        if kind == "S":
            return f'<div style="text-indent:2em;font-weight:bold;line-height:2">{marker}{inner}</div>'
        if kind == "C":
            return f'<div style="text-align:right;line-height:2">{inner}</div>'
        if kind == "H":
            return f'<div style="text-align:center;font-size:20px;font-weight:bold">{inner}</div>'
        return f'<div style="text-indent:2em;line-height:2">{marker}{inner}</div>'
    if style == "pspan":
        font = "黑体" if kind == "S" else "仿宋"
        if kind == "C":
            return f'<p style="text-align:right;line-height:2em"><span style="font-family:仿宋;font-size:16px">{inner}</span></p>'
        if kind == "H":
            return f'<p style="text-align:center"><span style="font-family:方正小标宋简体;font-size:22px">{inner}</span></p>'
        return (f'<p style="line-height:2em;text-indent:2em;margin-bottom:0"><span style="font-family:{font};'
                f'font-size:16px">{marker}{inner}</span></p>')
    if style == "pj":
        if kind == "S":
            return f'<p align="justify">　　<strong>{marker}{inner}</strong></p>'
        if kind == "C":
            return f'<p align="right">{inner}　　</p>'
        if kind == "H":
            return f'<p align="center"><strong>{inner}</strong></p>'
        return f'<p align="justify">　　{marker}{inner}</p>'
    # plain <p>
    if kind == "S":
        return f'<p style="text-indent:2em;"><strong>{marker}{inner}</strong></p>'
    if kind == "C":
        return f'<p style="text-align:right;">{inner}</p>'
    if kind == "H":
        return f'<p style="text-align:center;"><strong>{inner}</strong></p>'
    return f'<p style="text-indent:2em;">{marker}{inner}</p>'


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        html = p["html"].replace("{content}", render(lines, p["style"]))
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(html.encode(p["encoding"]))
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"].get(k) for k in METADATA},
            **expected_structure(lines),
            "must_not_appear": FURNITURE + p.get("must_not_appear", []),
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
