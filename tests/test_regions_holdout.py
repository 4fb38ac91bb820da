"""Region resolution measured on pages the resolver was not written against.

The three holdout page sets were written by other engineers to test the parser, from publishers
all over the country. Each page is parsed and placed on the division map exactly as the pipeline
does; the expected codes were checked by hand against GB/T 2260.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from scrapers.enrich.regions import DivisionTable, resolve_region
from scrapers.parse import parse_page

TESTS = Path(__file__).resolve().parent

EXPECTED = {
    "holdout/01_jiangsu_hanweb_table": ("320282", "county"),  # 宜兴市
    "holdout/02_zhejiang_ul_span_restart": ("330523", "county"),  # 安吉县
    "holdout/03_guangdong_ucap_report": ("440114", "county"),  # 广州市花都区
    "holdout/04_beijing_trs_ueditor_strong": ("110108", "county"),  # 北京市海淀区
    "holdout/05_guowuyuan_pages_content_notice": ("140000", "province"),  # 山西省教育厅
    "holdout/06_hebei_gbk_notice_header_lines": ("130623", "county"),  # 涞水县
    "holdout/07_sichuan_gb18030_meta_report": ("510115", "county"),  # 成都市温江区
    "holdout/08_jiangxi_latin1_header_gbk": ("360731", "county"),  # 于都县
    "holdout/09_hunan_br_single_div": ("430426", "county"),  # 祁东县
    "holdout/10_yunnan_sections_without_items": ("532500", "prefecture"),  # 红河州
    "holdout/11_shandong_fullwidth_subitems": ("370112", "county"),  # 济南市历城区
    "holdout/12_fujian_title_thrice_restart": ("350404", "county"),  # 三明市三元区
    "holdout/13_hubei_meta_only_attachments": ("420506", "county"),  # 宜昌市夷陵区
    "holdout/14_henan_word_paste": ("410702", "county"),  # 新乡市红旗区
    "holdout2/01_anhui_shushan_hanweb_suoyin": ("340104", "county"),  # 合肥市蜀山区
    "holdout2/02_jiangxi_ganzhou_trs_notice_gbk": ("360700", "prefecture"),  # 赣州市
    "holdout2/03_yunnan_qilin_bootstrap_report": ("530302", "county"),  # 曲靖市麒麟区
    "holdout2/04_guizhou_huichuan_gb18030_dl": ("520303", "county"),  # 遵义市汇川区
    "holdout2/05_shanxi_yuci_frontpage_nodecl_gbk": ("140702", "county"),  # 晋中市榆次区
    "holdout2/06_shaanxi_baoji_bom_bold_leads_meta_below": ("610300", "prefecture"),  # 宝鸡市
    "holdout2/07_heilongjiang_qiqihar_header_meta_disagree": ("230200", "prefecture"),  # 齐齐哈尔市
    "holdout2/08_jilin_chaoyang_wechat_laiyuan_only": ("220104", "county"),  # 长春市朝阳区, not 北京's
    "holdout2/09_liaoning_ganjingzi_trs_script_info": ("210211", "county"),  # 大连市甘井子区
    "holdout2/10_neimenggu_kundulun_hanweb_fujian_two_sources": ("150203", "county"),  # 包头市昆都仑区
    "holdout2/11_guangdong_qingxin_gkmlpt": ("441803", "county"),  # 清远市清新区
    "holdout2/12_guangxi_guilin_xuenian_subitems": ("450300", "prefecture"),  # 桂林市
    "holdout2/13_hainan_meilan_split_labels_fullwidth": ("460108", "county"),  # 海口市美兰区
    "holdout2/14_chongqing_yubei_zwxl_report": ("500112", "county"),  # 重庆市渝北区
    "holdout2/15_shanghai_jinshan_sections_without_items": ("310116", "county"),  # 上海市金山区
    "holdout2/16_xinjiang_changji_bootstrap_fujian_list": ("652300", "prefecture"),  # 昌吉州
    "holdout3/pages/01_henan_dancheng_bt_content_gbk": ("411625", "county"),  # 郸城县
    "holdout3/pages/02_hubei_zigui_zoomcon_notice": ("420527", "county"),  # 秭归县
    "holdout3/pages/03_hunan_longhui_xxgk_content_progress": ("430524", "county"),  # 隆回县
    "holdout3/pages/04_ningxia_wuzhong_art_con_semester": ("640300", "prefecture"),  # 吴忠市
    "holdout3/pages/05_qinghai_haidong_detail_content_ol": ("630200", "prefecture"),  # 海东市
    "holdout3/pages/06_xizang_lasa_print_jsp": ("540100", "prefecture"),  # 拉萨市
    "holdout3/pages/07_gansu_zhangye_div_paragraphs_gbk_wrong_header": ("620700", "prefecture"),  # 张掖市
    "holdout3/pages/08_fujian_siming_section_editor": ("350203", "county"),  # 厦门市思明区
    "holdout3/pages/09_zhejiang_gongshu_span_split_wrong_header": ("330105", "county"),  # 杭州市拱墅区
    "holdout3/pages/10_beijing_haidian_jiaowei_yishi_paragraphs": ("110108", "county"),  # 北京市海淀区
    "holdout3/pages/11_tianjin_nankai_notice_fujian_label": ("120104", "county"),  # 天津市南开区
    "holdout3/pages/12_gansu_jyt_provincial_th_td": ("620000", "province"),  # 甘肃省教育厅
    "holdout3/pages/13_hubei_jingmen_summary_inline_yishi": ("420800", "prefecture"),  # 荆门市
    "holdout3/pages/14_henan_jinshui_meta_only_spring_term": ("410105", "county"),  # 郑州市金水区
    "holdout3/pages/15_zhejiang_anji_fawen_date_subitems": ("330523", "county"),  # 安吉县
}


def _headers(page: Path) -> dict[str, str]:
    answers = [page.with_suffix(".yaml"), page.parent.parent / "answers" / f"{page.stem}.yaml"]
    for answer in answers:
        if answer.exists():
            return (yaml.safe_load(answer.read_text(encoding="utf-8")) or {}).get("headers") or {}
    return {}


@pytest.fixture(scope="module")
def divisions() -> DivisionTable:
    return DivisionTable.load()


@pytest.mark.parametrize("stem", sorted(EXPECTED))
def test_holdout_publishers_are_placed_on_the_map(stem, divisions):
    page = TESTS / f"{stem}.html"
    document = parse_page(page.read_bytes(), page.as_uri(), _headers(page))
    resolution = resolve_region(
        divisions, publisher=document.publisher, title=document.title, site_name=document.site_name,
        site_id_code=document.site_id_code, index_no=document.index_no, source_name=None,
        source_region_code=None, text_hint=document.body[:400],
    )
    assert (resolution.region_code, resolution.region_level, resolution.ambiguous) == (*EXPECTED[stem], False)


def test_every_holdout_page_is_covered():
    pages = {str(p.relative_to(TESTS).with_suffix("")) for d in ("holdout", "holdout2", "holdout3") for p in (TESTS / d).rglob("*.html")}
    assert pages == set(EXPECTED)
