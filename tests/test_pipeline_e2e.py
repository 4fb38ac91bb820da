"""The real nightly job, end to end, on the bundled sample site, into a temporary warehouse."""

from __future__ import annotations

import os
import subprocess
import sys

import duckdb

from tests.conftest import REPO_ROOT, query, table_snapshot

ZIBO_PLAN = "www.zibo.gov.cn/jyj/art/2022/12/1/art_2158_5300729.html"
ZHUANGLANG_PLAN = "www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202304/t20230419_1234567.html"
BINHAI_PLAN = "www.tjbh.gov.cn/jytyj/xxgk/zcwj/202203/t20220301_5811234.html"
BINHAI_REPORT = "www.tjbh.gov.cn/jytyj/xxgk/zcwj/202201/t20220110_5800001.html"


def by_page(rows):
    """Key rows by the sample site's path of their URL (the first column)."""
    return {row[0].split("sample_site/", 1)[1]: row[1:] for row in rows}


def test_documents_and_items_per_document_as_printed(sample_run):
    rows = query(
        sample_run["warehouse"],
        """
        SELECT url, source_id, doc_kind, plan_year, pub_date::VARCHAR, region_code, item_count
        FROM marts.dim_documents ORDER BY url
        """,
    )
    assert by_page(rows) == {
        "www.tjbh.gov.cn/jytyj/xxgk/zcwj/202201/t20220110_5800001.html": ("binhai", "report", 2021, "2022-01-10", "120116", 4),
        BINHAI_PLAN: ("binhai", "plan", 2022, "2022-03-01", "120116", 32),
        "www.zhuanglang.gov.cn/zljyj/zwgk/ghjh/202302/t20230210_1230001.html": ("zhuanglang", "other", 2023, "2023-02-10", "620825", 0),
        ZHUANGLANG_PLAN: ("zhuanglang", "plan", 2023, "2023-04-19", "620825", 45),
        "www.zibo.gov.cn/jyj/art/2022/5/20/art_2158_5200101.html": ("zibo", "notice", 2022, "2022-05-20", "370300", 0),
        ZIBO_PLAN: ("zibo", "plan", 2022, "2022-12-01", "370300", 42),
    }


def test_plan_metadata_and_sections_as_printed(sample_run):
    rows = query(
        sample_run["warehouse"],
        """
        SELECT d.url, d.title, d.notice_title, d.index_no, d.doc_no, d.publisher,
               count(DISTINCT i.section_no), min(i.item_no), max(i.item_no)
        FROM marts.dim_documents d JOIN marts.fct_items i USING (document_id)
        WHERE d.doc_kind = 'plan' AND i.part_kind = 'item'
        GROUP BY ALL ORDER BY d.url
        """,
    )
    assert by_page(rows) == {
        BINHAI_PLAN: ("滨海新区2022年教育体育工作要点", "关于印发《滨海新区2022年教育体育工作要点》的通知",
                      "11120116MB1234567X/2022-00031", "津滨教体〔2022〕8号", "天津市滨海新区教育体育局", 8, 1, 32),
        ZHUANGLANG_PLAN: ("2023年全县教育工作要点", None, None, None, "庄浪县教育局", 8, 1, 45),
        ZIBO_PLAN: ("淄博市教育局 2022年工作要点", None, "11370300004224677M/2022-5300729", None, "淄博市教育局", 12, 1, 42),
    }


def test_items_keep_their_printed_text(sample_run):
    rows = query(
        sample_run["warehouse"],
        """
        SELECT i.item_marker, i.section_heading, i.title, left(i.text, 30)
        FROM marts.fct_items i JOIN marts.dim_documents d USING (document_id)
        WHERE d.url LIKE '%' || ? AND i.item_no IN (1, 30)
        ORDER BY i.item_no
        """,
        [BINHAI_PLAN],
    )
    assert rows == [
        ("1.", "加强党对教育工作的全面领导,坚定不移用习近平新时代中国特色社会主义思想铸魂育人", "学习宣传贯彻党的创新理论",
         "1.学习宣传贯彻党的创新理论。把深入学习贯彻习近平新时代中国"),
        ("30.", "加快公共体育服务体系建设,满足人民群众需求", "加快体育设施建设",
         "30.加快体育设施建设。完善城市社区“15分钟健身圈”建设,"),
    ]


def test_targets_regions_and_themes_reach_the_marts(sample_run):
    warehouse = sample_run["warehouse"]
    target = query(
        warehouse,
        """
        SELECT t.span, t.value, t.unit_normalized, t.status, t.region_code, t.plan_year, t.primary_theme
        FROM marts.mart_targets t WHERE t.span = '40处'
        """,
    )
    assert target == [("40处", 40.0, "处", "planned", "120116", 2022, "public_sports")]

    regions = query(
        warehouse,
        """
        SELECT region_code, region_name, region_level, province_code, prefecture_code, document_count, item_count
        FROM marts.mart_regions ORDER BY region_code
        """,
    )
    assert regions == [
        ("120116", "滨海新区", "county", "120000", None, 2, 36),
        ("370300", "淄博市", "prefecture", "370000", "370300", 2, 42),
        ("620825", "庄浪县", "county", "620000", "620800", 2, 45),
    ]

    shares = query(
        warehouse,
        "SELECT region_code, plan_year, round(sum(item_share), 9), count(*) FROM marts.mart_themes GROUP BY ALL ORDER BY ALL",
    )
    assert all(total == 1.0 and themes == 22 for _, _, total, themes in shares)
    unthemed = query(warehouse, "SELECT count(*) FROM marts.fct_items WHERE part_kind = 'item' AND primary_theme IS NULL")
    assert unthemed == [(0,)]


def test_marts_keep_their_public_columns(sample_run):
    public = {
        "dim_documents": "document_id source_id url title index_no doc_no pub_date publisher region_code plan_year doc_kind",
        "fct_items": "item_id document_id section_no section_heading item_no item_marker title text primary_theme",
        "mart_targets": "target_id item_id document_id region_code plan_year primary_theme span value value_max unit "
        "comparator subject hedged status",
        "mart_themes": "region_code plan_year theme_code theme_name item_count target_count item_share",
        "mart_regions": "region_code region_name region_level province_code province_name prefecture_code "
        "prefecture_name document_count item_count target_count latest_plan_year",
    }
    for table, columns in public.items():
        present = {
            name: dtype
            for name, dtype in query(
                sample_run["warehouse"],
                "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'marts' AND table_name = ?",
                [table],
            )
        }
        assert set(columns.split()) <= set(present), table
    pub_date_type = query(
        sample_run["warehouse"],
        "SELECT data_type FROM information_schema.columns WHERE table_name = 'dim_documents' AND column_name = 'pub_date'",
    )
    assert pub_date_type == [("DATE",)]


def test_second_run_leaves_the_same_rows_and_downloads_no_unchanged_body(sample_run):
    warehouse = sample_run["warehouse"]
    assert table_snapshot(warehouse) == sample_run["first_snapshot"]

    second_run_id = sample_run["second"].run_id
    fetches = query(
        warehouse,
        "SELECT kind, status, not_modified, content_hash IS NULL FROM raw.fetches WHERE run_id = ? ORDER BY ALL",
        [second_run_id],
    )
    # Each source's first listing page answered 304 Not Modified, so nothing behind it was asked
    # for again; known articles are re-checked in a weekly rotation, and those also answer 304.
    # No body crossed the wire twice.
    assert [row for row in fetches if row[0] == "listing"] == [("listing", 304, True, True)] * 3
    assert all(row[1:] == (304, True, True) for row in fetches)
    assert query(warehouse, "SELECT count(*), count(DISTINCT url) FROM raw.pages") == [(13, 13)]


def test_published_copy_holds_the_marts(sample_run):
    published = sample_run["warehouse"].parent / "published"
    con = duckdb.connect(str(published / "gazette.duckdb"), read_only=True)
    try:
        tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables WHERE table_schema = 'marts'").fetchall()}
        assert {"dim_documents", "fct_items", "mart_targets", "mart_themes", "mart_regions"} <= tables
        assert con.execute("SELECT count(*) FROM marts.dim_documents").fetchone()[0] == 6
    finally:
        con.close()
    parquet_rows = duckdb.sql(f"SELECT count(*) FROM '{published / 'parquet' / 'fct_items.parquet'}'").fetchone()[0]
    assert parquet_rows == query(sample_run["warehouse"], "SELECT count(*) FROM marts.fct_items")[0][0]


def test_definitions_load_the_way_dagster_dev_loads_them():
    result = subprocess.run(
        [sys.executable, "-m", "dagster", "definitions", "validate", "-w", "workspace.yaml"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "DAGSTER_HOME": ""},
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr

    from orchestration.definitions import defs

    nightly = defs.resolve_job_def("nightly")
    schedule = defs.resolve_schedule_def("nightly_at_two")
    assert (schedule.cron_schedule, schedule.execution_timezone, schedule.job_name) == ("0 2 * * *", "Asia/Shanghai", "nightly")
    job_assets = {key.to_user_string() for key in nightly.asset_layer.executable_asset_keys}
    assert {"raw_pages", "documents", "items", "item_targets", "item_themes", "document_regions", "divisions",
            "marts/dim_documents", "marts/mart_targets", "published_marts"} <= job_assets
