"""Write the fourth holdout set: each page's HTML and its expected answer from one hand-written spec.

The answers come from the spec (what a careful reader of the page would record), never from the
parser. Run `uv run python tests/holdout4/build_pages.py` to rewrite pages/ and answers/.

Spec body lines, one paragraph each (the answer format is set 3's, so one loader reads both):
  S <marker>|text   section heading (一、, or （一） on a page whose top level is （一）)
  I <marker>|text   item (1. 1、 １． （一）)
  U <marker>|text   sub-item on its own paragraph (1. under （一）, (一) under 1．, （1）)
  P text            plain paragraph: preamble or notice text, or a continuation of the part above
  T a¦b//c¦d        a data table inside the body (cells ¦, rows //): its text belongs to the part above
  H text            a heading line inside the body (the plan's title after 附件): ends the part above
  C text            closing line (signature, date, 附件 label, 此件公开发布): ends the part above
  V text            a 版记 line (抄送 / 印发), rendered as the ruled 版记 table: ends the part above
  B                 paragraph break for the styles that pack several lines into one <p>/<div> with <br>
A marker may carry leading spaces (NBSP, ideographic) as printed; the answer's marker is trimmed.
"""

from __future__ import annotations

import pathlib
import re

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
TABLE_CELL, TABLE_ROW = "¦", "//"


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
    return re.sub(r"\s+", "", text.replace("&nbsp;", "").replace("&emsp;", ""))


def table_rows(text: str) -> list[list[str]]:
    return [row.split(TABLE_CELL) for row in text.split(TABLE_ROW)]


def parse_spec(spec: str) -> list[tuple[str, str | None, str]]:
    lines = []
    for raw in spec.strip("\n").splitlines():
        if not raw.strip():
            continue
        kind, rest = raw.lstrip()[0], raw.lstrip()[2:]
        if kind in "SIU":
            marker, text = rest.split("|", 1)
            lines.append((kind, marker, text))
        else:
            lines.append((kind, None, rest))
    return lines


def expected_structure(lines) -> dict:
    sections, items, subs = 0, [], []
    section_no = None
    current = None  # the item or sub-item collecting continuation paragraphs and tables
    for kind, marker, text in lines:
        if kind == "S":
            sections += 1
            section_no = numeral(marker)
            current = None
        elif kind == "I":
            current = {"section_no": section_no, "item_no": numeral(marker), "item_marker": squash(marker),
                       "text": text}
            items.append(current)
        elif kind == "U":
            parent = items[-1]
            sub_no = 1 + sum(1 for s in subs if s["_parent"] is parent)
            current = {"section_no": parent["section_no"], "item_no": parent["item_no"], "sub_no": sub_no,
                       "item_marker": squash(marker), "text": text, "_parent": parent}
            subs.append(current)
        elif kind == "P" and current is not None:
            current["text"] += text
        elif kind == "T" and current is not None:
            current["text"] += "".join(cell for row in table_rows(text) for cell in row)
        elif kind in "HCV":
            current = None

    def answer(entry):
        flat = squash(entry["text"])
        out = {k: entry[k] for k in ("section_no", "item_no", "sub_no") if k in entry}
        out["item_marker"] = entry["item_marker"]
        out["head"] = flat[:20]
        out["tail"] = flat[-10:]
        return out

    return {"section_count": sections, "items": [answer(i) for i in items], "subitems": [answer(s) for s in subs]}


# --------------------------------------------------------------------------- body rendering


def data_table(text: str) -> str:
    rows = []
    for row in table_rows(text):
        cells = "".join(f'<td width="{100 // len(row)}%" valign="center" style="border:solid windowtext 1.0pt;'
                        f'padding:0 5.4pt"><p align="center" style="text-align:center">{cell}</p></td>'
                        for cell in row)
        rows.append(f"<tr>{cells}</tr>")
    return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" align="center" '
            'style="border-collapse:collapse;border:none">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>")


def banji_table(lines: list[str]) -> str:
    rows = "\n".join(f'<tr><td style="border-top:solid windowtext 1pt;border-bottom:solid windowtext 1pt;'
                     f'padding:0 5.4pt"><p style="text-indent:1em">{line}</p></td></tr>' for line in lines)
    return f'<table width="100%" cellspacing="0" cellpadding="0" style="border-collapse:collapse;margin-top:40px">\n{rows}\n</table>'


def lead_split(text: str) -> tuple[str, str]:
    """The lead sentence (up to the first 。) and the rest."""
    cut = text.find("。")
    return (text[:cut + 1], text[cut + 1:]) if cut >= 0 else (text, "")


def line_html(kind: str, marker: str, text: str, style: str) -> str:
    """One paragraph's HTML in a page's body style (not used for T/V/B, which every style renders alike)."""
    bare = squash(marker) if marker else ""
    lead_space = marker[: marker.index(bare)] if marker else ""
    if style == "table_rows":  # a layout table: each paragraph one <tr><td>
        if kind == "S":
            return f'<tr><td style="text-indent:2em;line-height:200%"><b>{marker}{text}</b></td></tr>'
        if kind in "CH":
            align = "right" if kind == "C" else "center"
            return f'<tr><td align="{align}" style="line-height:200%">{text}</td></tr>'
        return f'<tr><td style="text-indent:2em;line-height:200%">{marker}{text}</td></tr>'
    if style == "br":  # one line of a <br>-joined block
        if kind == "S":
            return f"&emsp;&emsp;<strong>{marker}{text}</strong>"
        if kind == "C":
            return f"&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;&emsp;{text}"
        return f"&emsp;&emsp;{marker}{text}"
    if style == "br_fullwidth":
        if kind == "C":
            return "\u3000" * 16 + text
        return f"\u3000\u3000{marker}{text}"
    if style == "split_bold":  # <b>1</b>.<b>lead。</b>rest
        if kind == "S":
            return f'<p style="text-indent:2em;line-height:1.8"><b>{marker}{text}</b></p>'
        if kind in "IU":
            number, punctuation = re.match(r"(\d+)(\D+)", bare).groups()
            lead, rest = lead_split(text)
            return (f'<p style="text-indent:2em;line-height:1.8"><b>{number}</b>{punctuation}'
                    f'<b>{lead}</b>{rest}</p>')
        return f'<p style="text-indent:2em;line-height:1.8">{text}</p>'
    if style == "bold_lead":  # <strong>1.lead。</strong>rest
        if kind == "S":
            return f'<p style="text-indent:2em"><span style="font-family:黑体">{marker}{text}</span></p>'
        if kind in "IU":
            lead, rest = lead_split(text)
            return f'<p style="text-indent:2em"><strong>{marker}{lead}</strong>{rest}</p>'
        if kind == "C":
            return f'<p style="text-align:right">{text}</p>'
        return f'<p style="text-indent:2em">{text}</p>'
    if style == "strong_span":  # <strong>（一）</strong><span>lead。</span><span>rest</span>
        if kind == "S":
            return f'<p style="text-indent:2em"><strong><span style="font-family:黑体">{marker}{text}</span></strong></p>'
        if kind in "IU":
            lead, rest = lead_split(text)
            tail = f'<span style="font-family:仿宋_GB2312">{rest}</span>' if rest else ""
            return (f'<p style="text-indent:2em"><strong>{bare}</strong>'
                    f'<span style="font-family:楷体_GB2312">{lead}</span>{tail}</p>')
        if kind == "C":
            return f'<p style="text-align:right"><span style="font-family:仿宋_GB2312">{text}</span></p>'
        return f'<p style="text-indent:2em"><span style="font-family:仿宋_GB2312">{text}</span></p>'
    if style == "mso":  # Word "save as web page": MsoNormal paragraphs, the number in its own lang=EN-US span
        span = '<span style="font-size:16.0pt;font-family:仿宋_GB2312">'
        if kind == "S":
            return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt">'
                    f'<span style="font-size:16.0pt;font-family:黑体">{marker}{text}</span></p>')
        if kind in "IU":
            number, punctuation = re.match(r"(\d+)(\D+)", bare).groups()
            return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt">'
                    f'<span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312">{number}</span>'
                    f'{span}{punctuation}{text}<span lang="EN-US"><o:p></o:p></span></span></p>')
        if kind in "CH":
            align = "right" if kind == "C" else "center"
            return f'<p class="MsoNormal" align="{align}" style="text-align:{align};line-height:28.0pt">{span}{text}</span></p>'
        return (f'<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt">'
                f'{span}{text}<span lang="EN-US"><o:p></o:p></span></span></p>')
    if style == "div":
        if kind == "S":
            return f'<div style="text-indent:2em;line-height:2;font-weight:bold">{marker}{text}</div>'
        if kind in "CH":
            align = "right" if kind == "C" else "center"
            return f'<div style="text-align:{align};line-height:2">{text}</div>'
        return f'<div style="text-indent:2em;line-height:2">{marker}{text}</div>'
    if style == "spaced_p":  # indentation typed as NBSP / ideographic spaces, no CSS indent
        if kind == "S":
            return f"<p>{lead_space}<strong>{bare}{text}</strong></p>"
        if kind == "C":
            return f'<p align="right">{text}</p>'
        if kind == "P":
            return f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>"
        return f"<p>{marker}{text}</p>"
    # plain <p>
    if kind == "S":
        return f'<p style="text-indent:2em"><strong>{marker}{text}</strong></p>'
    if kind == "H":
        return f'<p style="text-align:center"><strong>{text}</strong></p>'
    if kind == "C" and not text.startswith(("附件", "（此件")):  # signatures and dates sit on the right
        return f'<p style="text-align:right">{text}</p>'
    return f'<p style="text-indent:2em">{marker}{text}</p>'


def render(lines, style: str) -> str:
    out: list[str] = []
    banji: list[str] = []
    block: list[str] = []  # lines of a <br>-joined block
    packed = style.startswith("br")
    block_tag = "div" if style == "br_fullwidth" else "p"
    joiner = "<br><br>\n" if style == "br_fullwidth" else "<br>\n"

    def close_block():
        if block:
            out.append(f"<{block_tag}>" + joiner.join(block) + f"</{block_tag}>")
            block.clear()

    for kind, marker, text in lines:
        if kind == "V":
            banji.append(text)
            continue
        if kind == "B":
            close_block()
            continue
        if kind == "T":
            close_block()
            out.append(data_table(text))
            continue
        if packed:
            block.append(line_html(kind, marker or "", text, style))
        else:
            out.append(line_html(kind, marker or "", text, style))
    close_block()
    if banji:
        out.append(banji_table(banji))
    return "\n".join(out)


def build(pages: list[dict], shells: dict) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    for p in pages:
        lines = parse_spec(p["spec"])
        html = shells[p["shell"]](p, render(lines, p["style"]))
        missing = [text for text in p["furniture"] if text not in html]
        assert not missing, f"{p['slug']}: furniture the page does not print: {missing}"
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(html.encode(p["encoding"]))
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"].get(k) for k in ("title", "notice_title", "index_no", "doc_no", "pub_date",
                                                "publisher", "plan_year", "doc_kind")},
            **expected_structure(lines),
            "must_not_appear": p["furniture"],
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)


if __name__ == "__main__":
    from shells import SHELLS  # noqa: E402  (the site templates)
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES, SHELLS)
