"""Write the eleventh holdout set: each page's HTML and its expected answers from one hand-written spec.

The answers come from the spec (what a careful reader of the page records), never from the parser.
Run `uv run python tests/holdout11/build_pages.py` to rewrite pages/ and answers/; it also checks
that every page decodes in its own encoding, holds its body text, and that no furniture string
named in `must_not_appear` occurs in the body text itself.

Spec body lines, one paragraph each:
  S <marker>|text   section heading (一、 十一、)
  K <marker>|text   section heading printed in bold at the start of the next item's paragraph
  I <marker>|text   item (1. 1、 １．（一）)
  U <marker>|text   sub-item on its own paragraph ((1) 一是 1. under （一）)
  X <marker>|text   sub-item inline, appended to the paragraph above
  P text            plain paragraph: preamble, section text, or continuation of the part above
  N text            notice paragraph (addressee, body) before the plan: never a continuation
  T text            a title line inside the body (centred)
  C text            closing line: signature, date, 版记, 附件 list (belongs to no part)
"""

from __future__ import annotations

import html as html_module
import pathlib
import re
import sys

import yaml

HERE = pathlib.Path(__file__).parent
CN = "一二三四五六七八九十"
FIELDS = ("title", "notice_title", "index_no", "doc_no", "pub_date", "publisher", "plan_year", "doc_kind")


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
    return re.sub(r"\s+", "", text.replace("\u3000", "").replace("\xa0", ""))


def parse_spec(spec: str) -> list[tuple[str, str | None, str]]:
    lines = []
    for raw in spec.strip().splitlines():
        raw = raw.strip()
        if not raw:
            continue
        kind, rest = raw[0], raw[2:].strip()
        if kind in "SKIUX":
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
        if kind in "SK":
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
        elif kind in "NTC":
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
# Each style renders one paragraph as [opening, inner, closing]; an X line is appended to the inner
# part of the paragraph above, a K line is held and printed at the start of the next item's paragraph.


def lead_split(text: str) -> tuple[str, str]:
    """The item's lead sentence (up to and including the first 。) and the rest."""
    cut = text.find("。")
    return (text[:cut + 1], text[cut + 1:]) if cut >= 0 else (text, "")


def paragraph(kind: str, marker: str, text: str, style: str, held: str) -> list[str]:
    if style == "mso":  # Word paste: marker digits and dot in their own spans, lead sentence bold
        fs = 'style="font-size:16.0pt;font-family:仿宋_GB2312;mso-hansi-font-family:宋体"'
        opening = ('<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;'
                   'mso-line-height-rule:exactly">')
        closing = '<span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>'
        if kind == "S":
            return [opening, f'<span style="font-size:16.0pt;font-family:黑体">{marker}{text}</span>', closing]
        if kind == "I":
            digits, dot = marker[:-1], marker[-1]
            lead, rest = lead_split(text)
            return [opening, f'<b><span lang="EN-US" {fs}>{digits}</span><span {fs}>{dot}{lead}</span></b>'
                             f'<span {fs}>{rest}</span>', closing]
        if kind in "TC":
            align = "center" if kind == "T" else "right"
            return [f'<p class="MsoNormal" align="{align}" style="text-align:{align}">', f"<span {fs}>{text}</span>",
                    closing]
        return [opening, f"<span {fs}>{marker or ''}{text}</span>", closing]
    if style == "br":  # one container, lines separated by <br/>, indented with &emsp;
        if kind == "S":
            return ["&emsp;&emsp;", f"<strong>{marker}{text}</strong>", "<br/>\n"]
        if kind == "T":
            return ["", f"<strong>{text}</strong>", "<br/>\n"]
        return ["&emsp;&emsp;", f"{marker or ''}{text}", "<br/>\n"]
    if style == "upper":  # an old editor: upper-case tags, &nbsp; indents
        if kind == "S":
            return ["<P align=justify>&nbsp;&nbsp;&nbsp;&nbsp;", f"<STRONG>{marker}{text}</STRONG>", "</P>\n"]
        if kind == "C":
            return ["<P align=right>", text, "</P>\n"]
        return ["<P align=justify>&nbsp;&nbsp;&nbsp;&nbsp;", f"{marker or ''}{text}", "</P>\n"]
    if style == "vsb":  # 博达 VSB: every paragraph's text in a styled span
        span = '<span style="font-family: 仿宋_GB2312; font-size: 21px">'
        if kind == "S":
            span = '<span style="font-family: 黑体; font-size: 21px">'
        return ['<p style="text-indent: 43px; line-height: 37px">', f"{span}{marker or ''}{text}</span>", "</p>\n"]
    if style in ("bold_lead", "bold_lead_fw"):  # item lead sentence in <strong>
        gap = "\u3000" if style == "bold_lead_fw" else ""
        if kind in "SK":
            return ['<p style="text-indent:2em;">', f"<strong>{marker}{text}</strong>", "</p>\n"]
        if kind == "I":
            lead, rest = lead_split(text)
            head = f"<strong>{held}</strong>{gap}" if held else ""
            return ['<p style="text-indent:2em;">', f"{head}<strong>{marker}{lead}</strong>{rest}", "</p>\n"]
        if kind == "C":
            return ['<p style="text-align:right;">', text, "</p>\n"]
        if kind == "T":
            return ['<p style="text-align:center;">', f"<strong>{text}</strong>", "</p>\n"]
        return ['<p style="text-indent:2em;">', f"{marker or ''}{text}", "</p>\n"]
    if style == "fw":  # marker followed by a full-width space; section headings in a 黑体 span
        if kind == "S":
            return ['<p style="text-indent:2em">', f'<span style="font-family:黑体">{marker}{text}</span>', "</p>\n"]
        return ['<p style="text-indent:2em">', f"{marker}\u3000{text}" if marker else text, "</p>\n"]
    if style == "wp":  # WebPlus: class-indented paragraphs
        if kind == "S":
            return ['<p class="p_text_indent_2">', f'<span style="font-weight:bold">{marker}{text}</span>', "</p>\n"]
        return ['<p class="p_text_indent_2">', f"{marker or ''}{text}", "</p>\n"]
    if style == "div":  # <div> paragraphs with <font>-less spans
        if kind in "SK":
            return ['<div style="text-indent:2em;line-height:2">', f"<b>{marker}{text}</b>", "</div>\n"]
        if kind == "C":
            return ['<div style="text-align:right;line-height:2">', text, "</div>\n"]
        return ['<div style="text-indent:2em;line-height:2">', f"<span>{marker or ''}{text}</span>", "</div>\n"]
    # plain <p>, sections bold; a held K heading is printed bold at the start of the item's paragraph
    if kind in "SK":
        return ['<p style="text-indent:2em">', f"<strong>{marker}{text}</strong>", "</p>\n"]
    if kind == "T":
        return ['<p style="text-align:center">', f"<strong>{text}</strong>", "</p>\n"]
    if kind == "C":
        return ['<p style="text-align:right">', text, "</p>\n"]
    head = f"<strong>{held}</strong>" if held else ""
    return ['<p style="text-indent:2em">', f"{head}{marker or ''}{text}", "</p>\n"]


def render(lines, style: str) -> str:
    out: list[list[str]] = []
    held = ""
    for kind, marker, text in lines:
        if kind == "X":
            out[-1][1] += f"{marker}{text}"
            continue
        if kind == "K":
            held = f"{marker}{text}"
            continue
        out.append(paragraph(kind, marker, text, style, held))
        held = ""
    return "".join("".join(p) for p in out)


def body_text(lines) -> str:
    return "".join(f"{marker or ''}{text}" for _, marker, text in lines)


def build(pages: list[dict]) -> None:
    (HERE / "pages").mkdir(exist_ok=True)
    (HERE / "answers").mkdir(exist_ok=True)
    problems = []
    for p in pages:
        lines = parse_spec(p["spec"])
        html = p["html"].replace("{content}", render(lines, p["style"]))
        raw = html.encode(p["encoding"])
        (HERE / "pages" / f"{p['slug']}.html").write_bytes(raw)
        structure = expected_structure(lines)
        answer = {
            "page": f"pages/{p['slug']}.html",
            "url": p["url"],
            "headers": p["headers"],
            "what": p["what"],
            **{k: p["expect"].get(k) for k in FIELDS},
            **structure,
            "must_not_appear": p["furniture"],
        }
        if p.get("tolerated"):
            answer["tolerated"] = p["tolerated"]
        with open(HERE / "answers" / f"{p['slug']}.yaml", "w", encoding="utf-8") as out:
            yaml.safe_dump(answer, out, allow_unicode=True, sort_keys=False, width=200)
        # self-checks that need no parser
        decoded = html_module.unescape(re.sub(r"<[^>]*>", "", raw.decode(p["encoding"])))  # the visible text
        text = body_text(lines)
        if squash(text) not in squash(decoded):
            problems.append(f"{p['slug']}: the rendered page does not hold the spec's body text in order")
        for word in p["furniture"]:
            if word not in decoded:
                problems.append(f"{p['slug']}: furniture {word!r} is not on the page")
            if word in text:
                problems.append(f"{p['slug']}: furniture {word!r} occurs in the body text")
        for kind in ("items", "subitems"):
            heads = [u["head"] for u in structure[kind]]
            if len(heads) != len(set(heads)):
                problems.append(f"{p['slug']}: duplicate {kind} heads")
        printed = {**p["expect"], "pub_date": p.get("pub_date_printed", p["expect"]["pub_date"])}
        for name, value in printed.items():
            if isinstance(value, str) and name != "doc_kind" and value not in decoded:
                problems.append(f"{p['slug']}: metadata {value!r} not printed on the page")
    if problems:
        sys.exit("\n".join(problems))


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from spec_pages import PAGES  # noqa: E402  (the hand-written specs, kept apart from the machinery)

    build(PAGES)
