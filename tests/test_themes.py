"""Theme classification: accuracy against hand-labelled items, behaviour, jieba set-up, speed."""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path

import jieba
import pytest

from scrapers.enrich import themes
from scrapers.enrich.themes import THEMES_VERSION, ThemeClassifier
from scrapers.models import ThemeAssignment

LABELLED = Path(__file__).parent / "labelled" / "themes"
CODEBOOK = Path(__file__).parents[1] / "dbt_project" / "seeds" / "themes.csv"

PRIMARY_BAR = 0.85  # the classifier's primary equals the human's primary
COVERED_BAR = 0.95  # the human's primary is the classifier's primary or one of its secondaries


@pytest.fixture(scope="module")
def clf() -> ThemeClassifier:
    return ThemeClassifier.load()


def read_labelled(split: str) -> list[dict[str, str]]:
    with (LABELLED / f"{split}.tsv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def codebook_codes() -> list[str]:
    with CODEBOOK.open(encoding="utf-8", newline="") as f:
        return [row["theme_code"] for row in csv.DictReader(f)]


# --------------------------------------------------------------------------- labelled items


def test_labelled_sets_are_well_formed_and_disjoint():
    codes = set(codebook_codes())
    dev, holdout = read_labelled("dev"), read_labelled("holdout")
    assert len(holdout) >= 40 and len(dev) + len(holdout) >= 120
    for row in dev + holdout:
        assert row["primary"] in codes, row["id"]
        others = [code for code in row["acceptable"].split(",") if code]
        assert set(others) <= codes and row["primary"] not in others, row["id"]
        assert row["title"] and row["title"] in row["text"], row["id"]
    assert len({row["id"] for row in dev + holdout}) == len(dev) + len(holdout)
    # holdout sentences are not dev sentences
    sentences = lambda rows: {s for row in rows for s in re.split(r"[。；]", row["text"]) if len(s) > 8}
    assert sentences(dev) & sentences(holdout) == set()
    # every theme is exercised by both splits
    assert {row["primary"] for row in dev} == codes
    assert {row["primary"] for row in holdout} == codes


@pytest.mark.parametrize("split", ["dev", "holdout"])
def test_accuracy_against_human_labels(clf, split, capsys, record_property):
    rows = read_labelled(split)
    primary_hits = covered_hits = 0
    misses = []
    for row in rows:
        got = clf.classify(row["title"], row["text"], row["section_heading"] or None)
        primary_hits += got.primary_theme == row["primary"]
        covered_hits += row["primary"] in [got.primary_theme, *got.secondary_themes]
        if got.primary_theme != row["primary"]:
            misses.append(f"{row['id']}: human {row['primary']}, got {got.primary_theme} {got.secondary_themes}")
    primary_acc, covered_acc = primary_hits / len(rows), covered_hits / len(rows)
    record_property("primary_accuracy", primary_acc)
    record_property("covered_accuracy", covered_acc)
    with capsys.disabled():
        print(f"\n[themes] {split}: {len(rows)} items, primary {primary_acc:.1%}, primary-or-secondary {covered_acc:.1%}")
    assert primary_acc >= PRIMARY_BAR, misses
    assert covered_acc >= COVERED_BAR, misses


# --------------------------------------------------------------------------- behaviour


def test_assignment_carries_scores_for_every_code_and_the_evidence(clf):
    text = "加快扩增公办学前教育资源。新改扩建幼儿园42处，招聘公办幼儿教师800人以上，公办园在园幼儿占比达到55%以上。"
    got = clf.classify("加快扩增公办学前教育资源", text, None)
    assert isinstance(got, ThemeAssignment)
    assert list(got.scores) == codebook_codes()
    assert got.primary_theme == "preschool"
    # 学前教育 3x(4+1) + 幼儿园 3 + 公办园 3 + 在园幼儿 3
    assert got.primary_score == 24.0 == got.scores["preschool"]
    assert got.scores["teachers"] == 4.0 and got.scores["facilities"] == 3.0
    assert got.evidence == {
        "preschool": ["学前教育", "幼儿园", "公办园", "在园幼儿"],
        "teachers": ["招聘", "幼儿教师"],
        "facilities": ["新改扩建"],
    }
    assert got.secondary_themes == [] and got.low_confidence is False


def test_multi_label_item_gets_secondary_themes(clf):
    text = "加强特殊教育学校建设。新建特殊教育学校1所，改扩建校舍3000平方米，推进随班就读。"
    got = clf.classify("加强特殊教育学校建设", text, None)
    assert got.primary_theme == "special_education" and got.secondary_themes == ["facilities"]
    assert {code: score for code, score in got.scores.items() if score} == {"special_education": 20.079, "facilities": 10.0}
    assert got.evidence == {"special_education": ["特殊教育", "随班就读"], "facilities": ["新建", "改扩建", "校舍", "平方米"]}


def test_section_heading_decides_a_thin_item_and_marks_it_low_confidence(clf):
    got = clf.classify("健全工作机制", "健全工作机制，明确责任分工。", "九、实施校园安全筑基固本行动")
    assert (got.primary_theme, got.low_confidence, got.primary_score) == ("safety", True, 4.5)
    assert got.evidence == {"safety": ["校园安全"]}


def test_section_heading_does_not_outvote_a_clear_title(clf):
    text = "实施师生心理健康守护工程。每所中小学至少配备1名专职心理健康教育教师。"
    got = clf.classify("实施师生心理健康守护工程", text, "九、实施校园安全筑基固本行动")
    assert got.primary_theme == "pe_health" and got.low_confidence is False
    assert got.secondary_themes == []


def test_item_without_any_evidence_falls_back_to_governance(clf):
    got = clf.classify("做好年度各项工作", "做好年度各项工作，确保取得实效。", None)
    assert (got.primary_theme, got.primary_score, got.low_confidence) == ("governance", 0.0, True)
    assert got.secondary_themes == [] and got.evidence == {}
    assert set(got.scores.values()) == {0.0}


def test_longest_term_wins_and_neutral_words_block_false_hits(clf):
    # 兼职教研员 holds 职教 (vocational); 食品安全 is read whole, not as 安全
    got = clf.classify("配齐兼职教研员", "配齐兼职教研员，落实校园食品安全责任。", None)
    assert got.scores["vocational"] == 0.0
    assert got.evidence == {
        "curriculum_research": ["教研员"],
        "pe_health": ["食品安全"],
        "safety": ["食品安全"],
    }


def test_named_policies_are_read_before_their_generic_parts(clf):
    # 网络基础设施 is digital, not 基础设施 (facilities); 同步课堂 is digital, not 课堂; 入学准备 is the
    # kindergarten's half of the transition, not 入学; 城乡学校共同体 leans compulsory, not 共同体
    got = clf.classify("改善网络基础设施", "改善网络基础设施，推进城乡同步课堂，做好入学准备，组建城乡学校共同体。", None)
    assert got.evidence == {
        "digital": ["网络基础设施", "同步课堂"],
        "compulsory": ["城乡学校共同体"],
        "preschool": ["入学准备"],
        "governance": ["城乡学校共同体"],
    }
    assert got.primary_theme == "digital"
    # 优质课程 (good courses) is not 优质课 (a demonstration-lesson contest)
    assert clf.classify("共享优质课程", "共享优质课程。", None).evidence == {"curriculum_research": ["优质课程"]}


def test_full_width_characters_and_slogan_quotes_do_not_hide_terms(clf):
    got = clf.classify("开展１＋Ｘ证书试点", "开展１＋Ｘ证书试点，坚持“五育”并举，落实“双减”。", None)
    assert got.evidence == {"vocational": ["1+X"], "moral_education": ["五育并举"], "double_reduction": ["双减"]}
    assert got.primary_theme == "vocational"


def test_classify_many_matches_classify(clf):
    rows = [(row["title"], row["text"], row["section_heading"] or None) for row in read_labelled("holdout")[:10]]
    assert clf.classify_many(rows) == [clf.classify(*row) for row in rows]


def test_theme_names_come_from_the_codebook(clf):
    names = clf.theme_names
    assert len(names) == 22 and list(names) == codebook_codes()
    assert names["safety"] == "校园安全与稳定" and names["double_reduction"] == "双减与课后服务"


def test_version_names_rules_and_reference_files(clf):
    assert re.fullmatch(r"\d+\+[0-9a-f]{10}", THEMES_VERSION)
    assert clf.version == THEMES_VERSION


# --------------------------------------------------------------------------- keywords and jieba


def test_keywords_keep_policy_terms_whole_and_drop_numbers_and_stop_words(clf):
    text = "深化中小学教师“县管校聘”改革，推进教师交流轮岗，2023年交流轮岗教师860人，其中骨干教师占比22%。"
    assert clf.keywords(text, top_k=4) == ["交流轮岗", "教师", "骨干教师", "县管校聘"]
    every = clf.keywords(text, top_k=50)
    assert not any(re.search(r"\d", word) for word in every)
    assert not {"深化", "推进", "中小学", "其中"} & set(every)


def test_user_dictionary_keeps_education_policy_terms_whole(clf):
    terms = [
        "普惠性", "优质均衡", "集团化办学", "双减", "课后服务", "县管校聘", "强镇筑基", "随班就读",
        "智慧校园", "控辍保学", "产教融合", "师德师风", "近视防控", "防溺水", "校外培训",
    ]
    sentence = (
        "发展普惠性学前教育，推进义务教育优质均衡，深化集团化办学，落实双减和课后服务，"
        "推行县管校聘，实施强镇筑基，做好随班就读，建设智慧校园，抓实控辍保学，深化产教融合，"
        "加强师德师风，推进近视防控，开展防溺水教育，规范校外培训。"
    )
    tokens = set(jieba.dt.lcut(sentence))
    assert [term for term in terms if term not in tokens] == []
    later = ["同步课堂", "强校扩优", "城乡学校共同体", "入学准备", "合作框架协议", "结对帮扶", "网络基础设施"]
    tokens = set(jieba.dt.lcut("推进城乡同步课堂，实施强校扩优行动，组建城乡学校共同体，做好入学准备，"
                               "签署合作框架协议，开展结对帮扶，完成网络基础设施改造。"))
    assert [term for term in later if term not in tokens] == []


def test_jieba_initialises_once_per_process():
    first = ThemeClassifier.load()
    dictionary, total = jieba.dt.FREQ, jieba.dt.total
    second = ThemeClassifier.load()
    # initialize() would build a new FREQ table; loading the user dict again would raise total
    assert jieba.dt.initialized and jieba.dt.FREQ is dictionary and jieba.dt.total == total
    assert first._tokenizer is second._tokenizer is jieba.dt
    assert themes._loaded_userdicts == {str(themes.DEFAULT_USERDICT.resolve())}


# --------------------------------------------------------------------------- analysts' files


def test_unknown_theme_code_in_keywords_is_refused(tmp_path):
    keywords = tmp_path / "kw.yaml"
    keywords.write_text(
        themes.DEFAULT_KEYWORDS.read_text(encoding="utf-8") + "  school_buses:\n    校车: 3\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="school_buses"):
        ThemeClassifier.load(keywords_path=keywords)


def test_term_listed_twice_under_one_theme_is_refused(tmp_path):
    keywords = tmp_path / "kw.yaml"
    text = themes.DEFAULT_KEYWORDS.read_text(encoding="utf-8")
    keywords.write_text(text.replace("    校车: 3\n", "    校车: 3\n    校车: 1\n", 1), encoding="utf-8")
    with pytest.raises(ValueError, match="duplicate key '校车'"):
        ThemeClassifier.load(keywords_path=keywords)


# --------------------------------------------------------------------------- speed


def test_ten_thousand_items_classify_in_seconds(clf, capsys):
    rows = [(row["title"], row["text"], row["section_heading"] or None) for row in read_labelled("dev")]
    batch = (rows * (10_000 // len(rows) + 1))[:10_000]
    started = time.perf_counter()
    assignments = clf.classify_many(batch)
    elapsed = time.perf_counter() - started
    with capsys.disabled():
        print(f"\n[themes] 10,000 items classified in {elapsed:.2f} s")
    assert len(assignments) == 10_000
    assert elapsed < 15.0
