"""Hand-written specs of the fifteen holdout-3 pages (see build_pages.py for the line syntax)."""

COMMON = {"prev": "关于做好2023年寒假安全工作的通知", "next": "关于开展校园食品安全专项检查的通知",
          "icp": "豫ICP备05012345号", "ga": "41162502000123号", "must_not_appear": []}


def page(**kw):
    return {**COMMON, **kw}


PAGES = [
    # ------------------------------------------------------------------ 01 河南 county, td.bt_content, GBK
    page(
        slug="01_henan_dancheng_bt_content_gbk",
        what="河南 county; table template, body in td.bt_content; GBK bytes declared gb2312 (堃 is GBK-only); "
             "header line 发布时间/来源; 一、 sections, 1. items numbered through; closing signature",
        url="http://www.dancheng.gov.cn/news/jyj/2023/0315/1203.html",
        headers={"Content-Type": "text/html"},
        encoding="gbk",
        html_title="2023年郸城县教育工作要点-郸城县人民政府",
        column="部门动态",
        site="郸城县人民政府办公室", site_code="4116250001",
        style="p",
        template="""<table width="1000" align="center" class="main"><tr><td>
<table width="100%"><tr><td class="bt_title" align="center">2023年郸城县教育工作要点</td></tr>
<tr><td class="bt_info" align="center">发布时间：2023-03-15 10:22:31　来源：郸城县教育体育局　浏览次数：1256</td></tr>
<tr><td class="bt_content">
{content}
</td></tr></table></td></tr></table>""",
        expect=dict(title="2023年郸城县教育工作要点", pub_date="2023-03-15", publisher="郸城县教育体育局",
                    plan_year=2023, doc_kind="plan"),
        spec="""
P 2023年，全县教育工作的总体思路是：以党的二十大精神为指导，坚持教育优先发展，聚焦“办好人民满意的教育”，全面提升教育质量，加快建设教育强县。
S 一、|坚持党建引领，落实立德树人根本任务
I 1.|加强党对教育工作的全面领导。全面落实中小学校党组织领导的校长负责制，年内完成全县42所中小学校章程修订，党组织书记、校长“一肩挑”比例达到60%以上。
I 2.|深化思政课一体化建设。开齐开足思政课程，每学期组织思政课集体备课不少于4次，评选县级思政“金课”20节。
I 3.|加强师德师风建设。开展师德师风专项整治，师德考核合格率保持100%，对违反师德行为实行“零容忍”。
S 二、|扩大优质资源供给，推进各学段协调发展
I 4.|推进学前教育普及普惠。新建、改扩建公办幼儿园6所，新增学位1800个，公办园在园幼儿占比达到55%，普惠性幼儿园覆盖率达到88%以上。
I 5.|推进义务教育优质均衡。实施城区学校扩容工程，新建第七实验学校、改扩建城关镇第二初级中学，新增学位3600个，全面消除56人以上大班额。
I 6.|推动县域普通高中振兴。郸城一高、郸城二高创建省级示范性高中，普通高中毛入学率达到93%，一本上线人数力争突破1500人。
I 7.|办好特殊教育和职业教育。适龄残疾儿童义务教育入学率保持97%以上；县职业中专新增专业2个，与省内外企业共建实训基地5个。
S 三、|加强教师队伍建设
I 8.|补充师资力量。通过特岗计划、公开招聘等方式补充中小学教师320人，其中农村学校不少于200人。
I 9.|提升教师专业素养。组织全员培训不少于72学时，评选县级名师30名、骨干教师120名，支持“张堃名师工作室”等15个工作室开展送教下乡。
I 10.|落实教师待遇。确保中小学教师平均工资收入水平不低于当地公务员平均工资收入水平，乡村教师生活补助按月足额发放。
S 四、|守牢安全底线
I 11.|深化平安校园建设。中小学幼儿园专职保安员配备率、一键式紧急报警装置安装率、视频监控联网率均达到100%。
I 12.|抓好防溺水和交通安全。暑期前开展防溺水专题教育全覆盖，校车安全运行率保持100%，全年不发生重大安全责任事故。
C 郸城县教育体育局
C 2023年3月10日
""",
    ),
    # ------------------------------------------------------------------ 02 湖北 county, div#zoomcon, notice
    page(
        slug="02_hubei_zigui_zoomcon_notice",
        what="湖北 county; xxgk table (索引号 文号 发布机构 发布日期 成文日期); body in div#zoomcon; a notice "
             "关于印发《X》的通知 wrapping the plan, repeated plan title; 1. items restarting per section",
        url="http://www.zigui.gov.cn/zgxxgk/zc/gfxwj/202302/t20230224_1289765.shtml",
        headers={"Content-Type": "text/html; charset=utf-8"},
        encoding="utf-8",
        html_title="秭归县教育局关于印发《2023年全县教育工作要点》的通知_秭归县人民政府",
        column="其他文件",
        site="秭归县人民政府办公室", site_code="4205270001",
        style="p",
        icp="鄂ICP备05003456号", ga="42052702000045号",
        template="""<div class="xxgk_table"><table class="table_suoyin" width="100%">
<tr><td class="lab">索 引 号：</td><td>011443527/2023-00087</td><td class="lab">主题分类：</td><td>教育</td></tr>
<tr><td class="lab">发布机构：</td><td>秭归县教育局</td><td class="lab">成文日期：</td><td>2023-02-20</td></tr>
<tr><td class="lab">文　　号：</td><td>秭教发〔2023〕3号</td><td class="lab">发布日期：</td><td>2023-02-24</td></tr>
<tr><td class="lab">标　　题：</td><td colspan="3">秭归县教育局关于印发《2023年全县教育工作要点》的通知</td></tr>
</table></div>
<div class="article"><h2 class="article-title">秭归县教育局关于印发《2023年全县教育工作要点》的通知</h2>
<div id="zoomcon" class="article-content">
{content}
</div></div>""",
        expect=dict(title="2023年全县教育工作要点", notice_title="秭归县教育局关于印发《2023年全县教育工作要点》的通知",
                    index_no="011443527/2023-00087", doc_no="秭教发〔2023〕3号", pub_date="2023-02-24",
                    publisher="秭归县教育局", plan_year=2023, doc_kind="plan"),
        spec="""
P 各乡镇中心学校，县直各学校（单位）：
P 现将《2023年全县教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
C 秭归县教育局
C 2023年2月20日
P 2023年全县教育工作要点
S 一、|全面加强党的建设
I 1.|深化政治机关建设。坚持“第一议题”制度，全年开展局党组理论学习中心组学习不少于12次。
I 2.|夯实基层党建基础。推进“红色引擎工程”，年内创建党建示范校10所，实现学校党组织规范化建设达标率100%。
S 二、|推动教育优质均衡发展
I 1.|推进学前教育普惠发展。新建茅坪镇第二幼儿园，新增普惠性学位360个，学前三年毛入园率稳定在95%以上。
I 2.|推进义务教育均衡发展。实施薄弱学校改造项目8个，完成投资1.2亿元，义务教育巩固率达到99.5%。
I 3.|推进高中教育多样发展。支持秭归一中创建湖北省示范高中，本科上线率较上年提高3个百分点。
I 4.|推进职业教育提质培优。县职教中心新增中高职贯通专业1个，毕业生就业率保持在95%以上。
S 三、|提升教育治理水平
I 1.|深化“双减”工作。作业公示率、课后服务覆盖率保持100%，学科类校外培训机构保持动态清零。
I 2.|规范办学行为。开展春秋两季办学行为专项督导，督导覆盖全县63所中小学校和幼儿园。
I 3.|加强教育经费管理。全年争取上级资金不少于2.5亿元，确保教育经费“两个只增不减”。
""",
    ),
    # ------------------------------------------------------------------ 03 湖南 county, .xxgk_content, 推进情况
    page(
        slug="03_hunan_longhui_xxgk_content_progress",
        what="湖南 county; dl/dt/dd metadata with an empty 文号; body in .xxgk_content; 推进情况 with 一、 "
             "sections, （一） items restarting per section, 1. sub-points restarting per item",
        url="http://www.longhui.gov.cn/longhui/xxgk/bmxxgkml/jyj/gzjz/202307/t20230712_2345678.html",
        headers={"Content-Type": "text/html; charset=UTF-8"},
        encoding="utf-8",
        html_title="隆回县教育局2023年上半年工作推进情况 - 隆回县人民政府",
        column="工作进展",
        site="隆回县人民政府", site_code="4305240003",
        icp="湘ICP备12004567号", ga="43052402000078号",
        style="p",
        template="""<div class="xxgk_info"><dl>
<dt>索引号：</dt><dd>43052400/2023-07185</dd>
<dt>发布机构：</dt><dd>隆回县教育局</dd>
<dt>文号：</dt><dd></dd>
<dt>发布日期：</dt><dd>2023-07-12</dd>
</dl></div>
<div class="xxgk_title"><h1>隆回县教育局2023年上半年工作推进情况</h1></div>
<div class="xxgk_content">
{content}
</div>""",
        expect=dict(title="隆回县教育局2023年上半年工作推进情况", index_no="43052400/2023-07185",
                    pub_date="2023-07-12", publisher="隆回县教育局", plan_year=2023, doc_kind="report"),
        spec="""
P 2023年上半年，县教育局紧扣年度目标任务，扎实推进各项工作，现将推进情况报告如下。
S 一、|重点工作推进情况
I （一）|学位扩容项目进展顺利。
U 1.|县城第三中学新建项目完成主体工程，完成投资8600万元，占年度计划的72%。
U 2.|桃洪镇第二幼儿园改扩建项目完成竣工验收，新增学位270个。
U 3.|12所农村薄弱学校改造项目全部开工，已完工5所。
I （二）|“双减”工作持续深化。全县218所中小学课后服务覆盖率达到100%，学生参与率达到93.6%。
I （三）|教师队伍建设扎实推进。
U 1.|完成2023年教师招聘笔试、面试，拟录用新教师186人。
U 2.|组织暑期全员培训，参训教师4300人次。
S 二、|存在的主要问题
I （一）|城区学位依然紧张，部分学校班额超过50人。
I （二）|农村学校音体美教师缺口较大，结构性缺编约150人。
S 三、|下半年工作打算
I （一）|确保秋季开学前县城第三中学投入使用，新增学位2700个。
I （二）|完成农村学校改造剩余7所，年底前全部交付使用。
I （三）|开展教育质量提升年活动，力争高考本科上线率提高2个百分点。
""",
    ),
    # ------------------------------------------------------------------ 04 宁夏 city, div.art_con, 学期计划
    page(
        slug="04_ningxia_wuzhong_art_con_semester",
        what="宁夏 city; meta tags ArticleTitle/PubDate/ContentSource plus a visible info line; body in "
             "div.art_con; a 2023年秋季学期 plan with no sections; mixed-width markers 1． ２、 3.",
        url="http://www.wuzhong.gov.cn/xxgk/bmxxgkml/sjyj/gzjh/202309/t20230904_4123456.html",
        headers={"Content-Type": "text/html; charset=utf-8"},
        encoding="utf-8",
        html_title="吴忠市教育局2023年秋季学期工作计划_吴忠市人民政府门户网站",
        meta_tags={"ArticleTitle": "吴忠市教育局2023年秋季学期工作计划", "PubDate": "2023-09-04 09:30",
                   "ContentSource": "吴忠市教育局", "SiteName": "吴忠市人民政府门户网站"},
        column="工作计划",
        site="吴忠市人民政府办公室", site_code="6403000001",
        icp="宁ICP备05001234号", ga="64030202000011号",
        style="p",
        template="""<div class="art_title"><h1>吴忠市教育局2023年秋季学期工作计划</h1></div>
<div class="art_info"><span>发布日期：2023-09-04</span>　<span>来源：吴忠市教育局</span>　<span>阅读量：<em>366</em></span></div>
<div class="art_con">
{content}
</div>""",
        expect=dict(title="吴忠市教育局2023年秋季学期工作计划", pub_date="2023-09-04", publisher="吴忠市教育局",
                    plan_year=2023, doc_kind="plan"),
        spec="""
P 本学期，市教育局将围绕年度目标任务，突出重点、狠抓落实，确保各项工作取得实效。重点做好以下工作：
I 1．|做好秋季开学工作。9月1日前完成全市312所中小学幼儿园开学安全检查，教材“课前到书、人手一册”。
I ２、|推进新建学校投入使用。确保利通区第十二小学、吴忠市第五幼儿园秋季如期开学，新增学位2160个。
I 3.|抓好课后服务提质。课后服务覆盖率保持100%，学生自愿参加率达到95%以上，开设特色课程不少于800门。
I 4.|开展教学视导。10月至11月对全市中小学开展教学视导，覆盖学校不少于120所。
I ５．|加强教师培训。组织“国培计划”“区培计划”项目12个，培训教师2800人次。
I 6、|做好学生资助工作。确保家庭经济困难学生资助应助尽助，全学期发放资助资金不少于4500万元。
I 7.|推进数字校园建设。新建智慧教室150间，中小学校园网络千兆到校比例达到90%。
I 8．|做好冬季安全和疫病防控。11月底前完成全市学校燃气、取暖设施安全排查，排查隐患整改率100%。
""",
    ),
    # ------------------------------------------------------------------ 05 青海 city, div.detail-content, <ol>
    page(
        slug="05_qinghai_haidong_detail_content_ol",
        what="青海 city; info line 时间/来源; body in div.detail-content; items as <ol><li> (no printed "
             "numbers: item_no is the position in its list, restarting per section; item_marker null)",
        url="http://www.haidong.gov.cn/html/3456/287654.html",
        headers={"Content-Type": "text/html; charset=utf-8"},
        encoding="utf-8",
        html_title="海东市教育局2023年教育工作要点 - 海东市人民政府",
        column="通知公告",
        site="海东市人民政府办公室", site_code="6302000002",
        icp="青ICP备06000321号", ga="63020202000023号",
        style="p",
        template="""<div class="detail">
<div class="detail-title">海东市教育局2023年教育工作要点</div>
<div class="detail-info">时间：2023-03-02　来源：海东市教育局　阅读：<span id="hits">522</span></div>
<div class="detail-content">
{content}
</div></div>""",
        expect=dict(title="海东市教育局2023年教育工作要点", pub_date="2023-03-02", publisher="海东市教育局",
                    plan_year=2023, doc_kind="plan"),
        spec="""
S 一、|加强党的建设和思想政治工作
L 全面落实学校党组织领导的校长负责制，年内在全市126所中小学全面推行。
L 推进大中小学思政课一体化建设，组建市级思政课名师工作室6个。
L 深入开展民族团结进步教育，创建民族团结进步示范学校20所。
S 二、|推动各级各类教育协调发展
L 巩固提升学前教育普及普惠水平，学前三年毛入园率达到92%以上。
L 推进义务教育优质均衡，乐都区、平安区通过国家义务教育优质均衡发展督导评估。
L 实施普通高中攻坚计划，普通高中毛入学率达到90%。
L 推进职业教育产教融合，建成省级示范性实训基地3个，职业院校毕业生就业率达到92%。
S 三、|加强教师队伍建设
L 招聘中小学教师460名，优先补充音体美和心理健康教师。
L 实施骨干教师培养工程，新培养市级骨干教师200名。
S 四、|保障教育安全稳定
L 落实校园安全“四个百分百”，中小学幼儿园安全防范建设达标率100%。
L 深入开展防溺水、交通安全、食品安全专项整治，全年不发生重大安全责任事故。
""",
    ),
    # ------------------------------------------------------------------ 06 西藏 city, print.jsp
    page(
        slug="06_xizang_lasa_print_jsp",
        what="西藏 city; a /print.jsp print version (no nav, no footer, only 打印/关闭 buttons), &nbsp;-indented "
             "paragraphs, 1、 items numbered through; publisher printed nowhere",
        url="http://www.lasa.gov.cn/lasa/jyj/202304/print.jsp?docid=118234",
        headers={"Content-Type": "text/html;charset=UTF-8"},
        encoding="utf-8",
        style="nbsp",
        bare_page="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>拉萨市2023年教育工作要点</title>
<style type="text/css">body{font-size:16px}.print_title{font-size:22px;text-align:center}</style>
</head>
<body>
<div class="print_btn" align="right"><a href="javascript:window.print()">【打印本页】</a>　<a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="print_title">拉萨市2023年教育工作要点</div>
<div class="print_info" align="center">发布时间：2023年04月06日　　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
<hr>
<div class="print_content">
{content}
</div>
</body>
</html>
""",
        expect=dict(title="拉萨市2023年教育工作要点", pub_date="2023-04-06", plan_year=2023, doc_kind="plan"),
        spec="""
P 2023年是全面贯彻落实党的二十大精神的开局之年。全市教育系统要坚持稳中求进工作总基调，推动全市教育事业高质量发展。
S 一、|坚持正确办学方向
I 1、|深入学习宣传贯彻党的二十大精神，组织开展宣讲活动不少于200场次，实现全市各级各类学校全覆盖。
I 2、|深化国家通用语言文字教育，学前儿童普通话教育覆盖率达到100%，中小学国家通用语言文字教学质量明显提升。
I 3、|加强学校意识形态工作，每学期开展意识形态工作专项检查1次。
S 二、|提高教育普及水平
I 4、|巩固15年公费教育成果，学前教育毛入园率达到90%，高中阶段毛入学率达到92%。
I 5、|推进控辍保学常态化，义务教育巩固率保持在97%以上，确保适龄儿童少年“一个都不能少”。
I 6、|实施城关区、堆龙德庆区学校新建项目5个，新增学位4200个。
S 三、|提升教育教学质量
I 7、|深化内地援藏教育合作，与对口支援省市共建“组团式”帮扶学校12所。
I 8、|实施教育质量提升行动，高考本科上线率达到50%以上。
I 9、|推进教育信息化，中小学多媒体教室覆盖率达到100%。
S 四、|加强教育保障
I 10、|落实教育经费投入，年度教育经费支出不低于28亿元。
I 11、|加强校园安全管理，中小学幼儿园专职保安配备率达到100%。
""",
    ),
    # ------------------------------------------------------------------ 07 甘肃 city, <div> paragraphs
    page(
        slug="07_gansu_zhangye_div_paragraphs_gbk_wrong_header",
        what="甘肃 city; paragraphs are <div>s inside div.TRS_Editor; GBK body declared gb2312 but the HTTP "
             "header says ISO-8859-1 (the Tomcat default); xxgk as a div grid of spans; 1. items through, "
             "（1） sub-items under two items",
        url="http://www.zhangye.gov.cn/jyj/xxgk/fdzdgknr/ghjh/202303/t20230320_987654.html",
        headers={"Content-Type": "text/html; charset=ISO-8859-1"},
        encoding="gbk",
        html_title="张掖市教育局2023年工作要点_张掖市人民政府",
        column="规划计划",
        site="张掖市人民政府办公室", site_code="6207000014",
        icp="陇ICP备05004567号", ga="62070202000034号",
        style="div",
        template="""<div class="xxgk-head">
<div class="xxgk-row"><span class="lab">索 引 号：</span><span class="val">11620700013905876W/2023-00321</span>
<span class="lab">发布机构：</span><span class="val">张掖市教育局</span></div>
<div class="xxgk-row"><span class="lab">文　　号：</span><span class="val">张教发〔2023〕15号</span>
<span class="lab">发布日期：</span><span class="val">2023-03-20</span></div>
<div class="xxgk-row"><span class="lab">名　　称：</span><span class="val">张掖市教育局2023年工作要点</span></div>
</div>
<div class="content-box"><div class="TRS_Editor">
{content}
</div></div>""",
        expect=dict(title="张掖市教育局2023年工作要点", index_no="11620700013905876W/2023-00321",
                    doc_no="张教发〔2023〕15号", pub_date="2023-03-20", publisher="张掖市教育局",
                    plan_year=2023, doc_kind="plan"),
        spec="""
P 2023年全市教育工作的总体要求是：坚持以人民为中心的发展思想，深化教育领域综合改革，全力办好公平优质的教育。
S 一、|着力提升办学条件
I 1.|实施学前教育提升工程。新建改扩建幼儿园11所，新增学位2100个，普惠性幼儿园覆盖率达到90%。
I 2.|实施义务教育薄弱环节改善工程，重点抓好以下项目：
U （1）|甘州区南关学校、张掖市第五中学新建项目秋季投入使用，新增学位3150个；
U （2）|改造农村学校运动场地25块、学生宿舍1.2万平方米；
U （3）|为农村学校配备教学仪器设备1.8万台（套）。
I 3.|推进智慧教育建设。中小学宽带网络接入率达到100%，建成智慧校园示范校30所。
S 二、|着力提高教育质量
I 4.|深化课堂教学改革。评选市级优质课100节，推广优秀教学成果10项。
I 5.|加强考试招生管理，确保中高考组织零差错，高考本科上线率达到52%。
I 6.|加强体育美育劳动教育，国家学生体质健康标准测试优良率达到55%以上。
S 三、|着力建强教师队伍
I 7.|开展教师全员培训，组织市级培训项目：
U （1）|新任教师岗前培训，培训新教师380人；
U （2）|校（园）长任职资格培训，培训150人。
I 8.|推进县管校聘改革，城乡教师交流轮岗比例不低于10%。
""",
    ),
    # ------------------------------------------------------------------ 08 福建 district, <section> editor
    page(
        slug="08_fujian_siming_section_editor",
        what="福建 district; rich-editor <section> nesting, each paragraph a <section><section><p><span>; "
             "header line 来源/发布时间; section 四、 has only text, no numbered items",
        url="http://www.siming.gov.cn/xxgk/bmdt/jyj/202302/t20230228_876543.htm",
        headers={"Content-Type": "text/html; charset=utf-8"},
        encoding="utf-8",
        html_title="思明区教育局2023年工作要点",
        column="部门动态",
        site="厦门市思明区人民政府", site_code="3502030010",
        icp="闽ICP备06012345号", ga="35020302000056号",
        style="section",
        template="""<div class="article">
<h3 class="tit">思明区教育局2023年工作要点</h3>
<div class="info"><span>来源：思明区教育局</span><span>发布时间：2023-02-28 15:40</span></div>
<div class="rich_media_content" id="js_content">
{content}
</div></div>""",
        expect=dict(title="思明区教育局2023年工作要点", pub_date="2023-02-28", publisher="思明区教育局",
                    plan_year=2023, doc_kind="plan"),
        spec="""
P 2023年，思明区教育工作要以高质量发展为主题，以“品质教育”为引领，全力打造全国基础教育强区。
S 一、|深化立德树人
I 1.|实施“红领巾爱学习”工程，全区中小学少先队活动课开课率100%。
I 2.|建设区级劳动教育实践基地8个，学生每周劳动时间不少于2课时。
I 3.|开展心理健康教育全覆盖，中小学心理健康教师配备率达到100%。
S 二、|扩大优质教育资源
I 4.|推进厦门实验小学思明分校等5所学校建设，新增学位5400个。
I 5.|深化集团化办学，新组建教育集团3个，集团化办学覆盖率达到85%。
S 三、|提升教师队伍素质
I 6.|引进高层次教育人才50名，培养区级学科带头人100名。
I 7.|实施新教师三年成长计划，新入职教师培训考核合格率100%。
S 四、|强化教育保障
P 坚持教育经费投入“两个只增不减”，全年教育支出安排32.6亿元。完善校园安全风险防控体系，持续推进“平安校园”建设。
P 加强教育督导，完成对全区42所中小学校的综合督导评估。
""",
    ),
    # ------------------------------------------------------------------ 09 浙江 district, span-split numbering
    page(
        slug="09_zhejiang_gongshu_span_split_wrong_header",
        what="浙江 district; numbering in its own <span style> apart from the text; UTF-8 body while the "
             "HTTP header says GBK; xxgk table; 一、 sections with （一） items restarting per section",
        url="http://www.gongshu.gov.cn/art/2023/3/8/art_1229286539_58912345.html",
        headers={"Content-Type": "text/html; charset=GBK"},
        encoding="utf-8",
        html_title="拱墅区教育局2023年工作要点",
        column="计划总结",
        site="杭州市拱墅区人民政府", site_code="3301050019",
        icp="浙ICP备05067890号", ga="33010502000123号",
        style="span",
        template="""<table class="xxgk_table" width="100%" border="1">
<tr><th>索引号</th><td>002487452/2023-123456</td><th>文号</th><td>拱教〔2023〕6号</td></tr>
<tr><th>发布机构</th><td>拱墅区教育局</td><th>发布日期</th><td>2023-03-08</td></tr>
</table>
<div class="zw-title"><p class="title">拱墅区教育局2023年工作要点</p></div>
<div class="zw-content" id="zoom">
{content}
</div>""",
        expect=dict(title="拱墅区教育局2023年工作要点", index_no="002487452/2023-123456", doc_no="拱教〔2023〕6号",
                    pub_date="2023-03-08", publisher="拱墅区教育局", plan_year=2023, doc_kind="plan"),
        spec="""
S 一、|聚焦共同富裕，推进教育优质均衡
I （一）|加快学校建设。全年新开办中小学幼儿园12所，新增学位1.08万个。
I （二）|深化集团化办学。新增紧密型教育集团4个，义务教育阶段集团化办学覆盖率达到95%以上。
I （三）|推进城乡教共体建设。与淳安、建德结对学校达到30所，开展线上同步课堂不少于600节。
S 二、|聚焦育人方式变革，提升教育质量
I （一）|推进“双减”提质增效。义务教育学校课后服务参与率达到95%，作业设计案例评选入选200篇。
I （二）|实施“五育融合”行动。学生体质健康优良率提高到65%，近视率下降1个百分点。
S 三、|聚焦队伍建设，打造高素质教师队伍
I （一）|招引优秀毕业生350名，其中硕士研究生以上学历占比不低于40%。
I （二）|评选区级教坛新秀100名、优秀班主任80名。
I （三）|推进“县管校聘”改革，交流轮岗教师占符合条件教师的15%以上。
""",
    ),
    # ------------------------------------------------------------------ 10 北京 district 教委, li/b labels, 一是 paragraphs
    page(
        slug="10_beijing_haidian_jiaowei_yishi_paragraphs",
        what="北京 district 教委; xxgk labels as <li><b>索<span>&nbsp;</span>引号：</b>, no 文号 printed; "
             "div.TRS_UEDITOR; 1. items through with 一是/二是 paragraphs under two items as sub-items",
        url="https://www.bjhd.gov.cn/zfxxgk/auto10489_51767/zfxxgk_gzjh/202303/t20230303_4567890.shtml",
        headers={"Content-Type": "text/html"},
        encoding="utf-8",
        html_title="北京市海淀区教育委员会2023年工作要点-北京市海淀区人民政府",
        column="计划总结",
        site="北京市海淀区人民政府办公室", site_code="1101080001",
        icp="京ICP备10000123号", ga="11010802000456号",
        style="p",
        template="""<ul class="xxgk_info">
<li><b>索<span>&nbsp;</span>引<span>&nbsp;</span>号：</b>000014348/2023-00045</li>
<li><b>发<span>&nbsp;</span>布<span>&nbsp;</span>机<span>&nbsp;</span>构：</b>北京市海淀区教育委员会</li>
<li><b>发<span>&nbsp;</span>布<span>&nbsp;</span>日<span>&nbsp;</span>期：</b>2023-03-03</li>
<li><b>主<span>&nbsp;</span>题<span>&nbsp;</span>分<span>&nbsp;</span>类：</b>教育</li>
</ul>
<div class="zfxxgk_title"><h2>北京市海淀区教育委员会2023年工作要点</h2></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{content}
</div>""",
        expect=dict(title="北京市海淀区教育委员会2023年工作要点", index_no="000014348/2023-00045",
                    pub_date="2023-03-03", publisher="北京市海淀区教育委员会", plan_year=2023, doc_kind="plan"),
        spec="""
P 2023年海淀教育工作的总体思路是：坚持首善标准，深化教育综合改革，办好公平而有质量的海淀教育。
S 一、|落实立德树人根本任务
I 1.|深化思政课改革创新。
U 一是|建设思政课实践教学基地30个，实现中小学全覆盖；
U 二是|开展“大思政课”优质课例展评，评选优秀课例150节。
I 2.|全面加强体育美育工作，中小学生每天校内体育活动时间不少于1小时，体质健康达标率达到95%。
S 二、|扩大优质教育资源供给
I 3.|推进学位建设。
U 一是|新建、改扩建学校15所，新增学位1.2万个；
U 二是|新增普惠性幼儿园学位3000个，普惠性幼儿园覆盖率保持在90%以上；
U 三是|推进北部地区优质学校布局，新建九年一贯制学校2所。
I 4.|深化学区制改革，组建学区教研共同体17个。
S 三、|建设高素质专业化教师队伍
I 5.|实施海淀名师培养工程，新培养区级学科带头人120名、骨干教师600名。
I 6.|推进干部教师交流轮岗，交流轮岗人数不少于符合条件人数的10%。
""",
    ),
    # ------------------------------------------------------------------ 11 天津 district, notice + 附件 label
    page(
        slug="11_tianjin_nankai_notice_fujian_label",
        what="天津 district; a notice 关于印发X的通知 without 《》, its plan printed after a 附件 label and "
             "the plan's own title; xxgk table (发文机关 label) plus a 来源 line; （一） items under 一、",
        url="https://www.tjnk.gov.cn/NKQZF/ZWGK5712/zfxxgk/qzfbm/qjyj/fdzdgknr/ghxx/202303/t20230306_6123456.html",
        headers={"Content-Type": "text/html; charset=utf-8"},
        encoding="utf-8",
        html_title="关于印发2023年南开区教育系统工作要点的通知_南开区人民政府",
        column="规划信息",
        site="天津市南开区人民政府办公室", site_code="1201040003",
        icp="津ICP备05004321号", ga="12010402000078号",
        style="p",
        template="""<table class="xxgk_table">
<tr><td>索引号：</td><td>11120104MB1K45678X/2023-00023</td><td>发文机关：</td><td>南开区教育局</td></tr>
<tr><td>文号：</td><td>南开教〔2023〕12号</td><td>成文日期：</td><td>2023年03月01日</td></tr>
<tr><td>发布日期：</td><td>2023年03月06日</td><td>主题分类：</td><td>教育</td></tr>
</table>
<div class="article_title"><h1>关于印发2023年南开区教育系统工作要点的通知</h1>
<p class="article_info">来源：南开区教育局</p></div>
<div class="article_content">
{content}
</div>""",
        expect=dict(title="2023年南开区教育系统工作要点", notice_title="关于印发2023年南开区教育系统工作要点的通知",
                    index_no="11120104MB1K45678X/2023-00023", doc_no="南开教〔2023〕12号", pub_date="2023-03-06",
                    publisher="南开区教育局", plan_year=2023, doc_kind="plan"),
        must_not_appear=[],
        spec="""
P 各中小学校、幼儿园，各直属单位：
P 现将2023年南开区教育系统工作要点印发给你们，请结合本单位实际，认真贯彻执行。
P 附件：2023年南开区教育系统工作要点
C 南开区教育局
C 2023年3月1日
P 附件
P 2023年南开区教育系统工作要点
S 一、|全面加强党对教育工作的领导
I （一）|落实意识形态工作责任制，每季度开展一次意识形态风险研判。
I （二）|推进清廉学校建设，年内建成清廉学校示范校15所。
S 二、|推动基础教育高质量发展
I （一）|实施学前教育普惠提升行动，新增普惠性学位900个，普惠性幼儿园覆盖率达到91%。
I （二）|推进义务教育优质均衡发展，南开中学新校区等3所学校投入使用，新增学位3240个。
I （三）|深化“双减”改革，学科类校外培训机构压减率保持在95%以上。
S 三、|加强教师队伍建设
I （一）|实施“南开名师”培养计划，培养市级学科领航教师20名。
I （二）|完成中小学教师全员培训，培训时长人均不少于72学时。
S 四、|提升教育治理能力
I （一）|完善教育督导体系，对32所中小学开展办学质量督导评估。
I （二）|加强校园安全管理，校园安全隐患整改率达到100%。
""",
    ),
    # ------------------------------------------------------------------ 12 甘肃省教育厅, provincial
    page(
        slug="12_gansu_jyt_provincial_th_td",
        what="provincial 教育厅; xxgk table with <th> labels incl. 标题; a long plan, 一、…八、 sections, "
             "1.–22. items numbered through; closing signature",
        url="http://jyt.gansu.gov.cn/jyt/c107622/202302/2198765.shtml",
        headers={"Content-Type": "text/html; charset=utf-8"},
        encoding="utf-8",
        html_title="甘肃省教育厅2023年工作要点 - 甘肃省教育厅",
        column="工作计划",
        site="甘肃省教育厅", site_code="6200000021",
        icp="陇ICP备05000001号", ga="62010202000101号",
        style="p",
        template="""<table class="gk_table" cellspacing="0">
<tr><th>索引号</th><td>11620000013904213L/2023-00012</td><th>主题分类</th><td>教育</td></tr>
<tr><th>发布机构</th><td>甘肃省教育厅</td><th>发布日期</th><td>2023-02-17</td></tr>
<tr><th>标题</th><td colspan="3">甘肃省教育厅2023年工作要点</td></tr>
<tr><th>文号</th><td colspan="3">甘教办〔2023〕8号</td></tr>
</table>
<div class="main-title"><h1>甘肃省教育厅2023年工作要点</h1></div>
<div class="main-content" id="content">
{content}
</div>""",
        expect=dict(title="甘肃省教育厅2023年工作要点", index_no="11620000013904213L/2023-00012", doc_no="甘教办〔2023〕8号",
                    pub_date="2023-02-17", publisher="甘肃省教育厅", plan_year=2023, doc_kind="plan"),
        spec="""
P 2023年全省教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，加快建设教育强省。
S 一、|坚持和加强党对教育工作的全面领导
I 1.|深入学习宣传贯彻党的二十大精神，组织全省教育系统开展专题培训，培训干部教师不少于10万人次。
I 2.|全面推进中小学校党组织领导的校长负责制，年底前在全省中小学校全面落实。
I 3.|加强高校党建工作，创建全国党建工作示范高校2所、标杆院系5个。
S 二、|落实立德树人根本任务
I 4.|推进大中小学思政课一体化建设，建设省级思政课示范课堂100个。
I 5.|加强学生心理健康教育，全省中小学心理健康教育专兼职教师配备率达到100%。
I 6.|实施学生体质强健计划，学生体质健康合格率达到92%以上。
S 三、|推动学前教育和义务教育优质均衡发展
I 7.|学前三年毛入园率达到93%，公办园在园幼儿占比达到65%。
I 8.|新增义务教育学位5万个，义务教育巩固率达到97%以上。
I 9.|推动5个县（市、区）通过国家义务教育优质均衡发展督导评估。
S 四、|推动普通高中多样化发展
I 10.|实施县域普通高中振兴计划，普通高中毛入学率达到93%。
I 11.|完成第二批新课程新教材实施示范校建设，建设省级示范校20所。
S 五、|增强职业教育适应性
I 12.|建设高水平职业院校10所、高水平专业群30个。
I 13.|职业院校毕业生就业率达到90%以上。
S 六、|推进高等教育内涵发展
I 14.|支持兰州大学“双一流”建设，推动省属高校建设一流学科15个。
I 15.|高等教育毛入学率达到53%。
I 16.|深化产教融合，建设省级现代产业学院20个。
S 七、|建设高素质专业化教师队伍
I 17.|实施“特岗计划”，招聘特岗教师3000名。
I 18.|实施乡村教师支持计划，乡村教师生活补助标准每月不低于400元。
I 19.|培养省级骨干教师2000名、“陇原名师”100名。
S 八、|提升教育治理和保障水平
I 20.|确保一般公共预算教育支出逐年只增不减，按在校学生人数平均的一般公共预算教育支出逐年只增不减。
I 21.|推进教育数字化转型，中小学校智慧校园建设覆盖率达到60%。
I 22.|巩固拓展教育脱贫攻坚成果，家庭经济困难学生资助覆盖率100%。
C 甘肃省教育厅
C 2023年2月15日
""",
    ),
    # ------------------------------------------------------------------ 13 湖北 city, 工作总结 with inline 一是
    page(
        slug="13_hubei_jingmen_summary_inline_yishi",
        what="湖北 city; a 工作总结 (report); 一、 sections, （一） items whose long paragraphs carry 一是…二是…"
             "三是… inline (expected as sub-items, split inside the paragraph); header line 发布时间/来源",
        url="http://www.jingmen.gov.cn/col/col1234/art/2024/art_98765432.html",
        headers={"Content-Type": "text/html; charset=utf-8"},
        encoding="utf-8",
        html_title="荆门市教育局2023年工作总结",
        column="计划总结",
        site="荆门市人民政府办公室", site_code="4208000005",
        icp="鄂ICP备05009876号", ga="42080202000321号",
        style="p",
        template="""<div class="article-box">
<div class="article-tit">荆门市教育局2023年工作总结</div>
<div class="article-attr">发布时间：2024-01-10　来源：荆门市教育局　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="article-con">
{content}
</div></div>""",
        must_not_appear=["字体：", "发布时间："],
        expect=dict(title="荆门市教育局2023年工作总结", pub_date="2024-01-10", publisher="荆门市教育局",
                    plan_year=2023, doc_kind="report"),
        spec="""
P 2023年，市教育局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，各项工作取得新成效。现将有关情况总结如下。
S 一、|2023年工作完成情况
I （一）|聚焦立德树人，育人质量稳步提升。
X 一是|思政教育扎实开展，建成市级思政课实践基地18个，评选思政“金课”60节。
X 二是|体育美育持续加强，全市学生体质健康优良率达到58.3%，较上年提高4.1个百分点。
X 三是|高考成绩再创新高，本科上线率达到61.2%。
I （二）|聚焦民生实事，教育资源持续扩容。
X 一是|新建改扩建中小学幼儿园21所，新增学位1.36万个，提前完成年度目标。
X 二是|新增普惠性幼儿园学位2400个，普惠性幼儿园覆盖率达到92.5%。
I （三）|聚焦队伍建设，教师素质全面提升。全年招聘教师820人，培训教师3.2万人次，评选市级名师50名。
I （四）|聚焦安全稳定，校园环境和谐平安。
X 一是|完成中小学幼儿园“一键报警”改造412所；
X 二是|开展防溺水专项行动，全年未发生学生溺亡事故。
S 二、|存在的问题
P 城乡教育发展仍不均衡，农村学校优质师资不足；学前教育公办学位供给仍有缺口。
S 三、|2024年工作打算
I （一）|持续扩大优质资源，新增学位8000个。
I （二）|深化教育评价改革，推进义务教育学校办学质量评价全覆盖。
""",
    ),
    # ------------------------------------------------------------------ 14 河南 district, meta tags only, 学期计划
    page(
        slug="14_henan_jinshui_meta_only_spring_term",
        what="河南 district; date and source only in <meta> (PubDate, ContentSource), nothing visible; "
             "div#zoom.news_content; a 2024年春季学期 plan; section 一、 is text only, 1、 items restart per section",
        url="https://www.zzjs.gov.cn/jyj/gzdt/20240226/1046789.html",
        headers={"Content-Type": "text/html; charset=utf-8"},
        encoding="utf-8",
        html_title="金水区教育局2024年春季学期工作计划-郑州市金水区人民政府",
        meta_tags={"PubDate": "2024-02-26 16:08:12", "ContentSource": "金水区教育局",
                   "SiteName": "郑州市金水区人民政府", "ColumnName": "工作动态"},
        column="工作动态",
        site="郑州市金水区人民政府办公室", site_code="4101050008",
        style="p",
        template="""<div class="news">
<h1 class="news_title">金水区教育局2024年春季学期工作计划</h1>
<div class="news_content" id="zoom">
{content}
</div></div>""",
        expect=dict(title="金水区教育局2024年春季学期工作计划", pub_date="2024-02-26", publisher="金水区教育局",
                    plan_year=2024, doc_kind="plan"),
        spec="""
S 一、|指导思想
P 本学期，全区教育系统要紧紧围绕“建设教育强区”目标，坚持稳中求进，确保新学期各项工作开好局、起好步。
S 二、|重点工作
I 1、|做好春季开学工作。2月26日前完成全区186所学校开学前安全大检查，确保平稳有序开学。
I 2、|推进重点项目建设。金水区第二实验中学等4所学校主体完工，新增学位5220个。
I 3、|抓好毕业年级教学。组织初三质量分析会2次，中招优质高中录取率力争提高2个百分点。
I 4、|深化课后服务。课后服务覆盖率100%，学生参与率达到95%以上。
S 三、|保障措施
I 1、|强化督导检查，每月对学校工作落实情况开展督导1次。
I 2、|强化经费保障，春季学期安排公用经费1.6亿元。
""",
    ),
    # ------------------------------------------------------------------ 15 浙江 county, 发文日期 + 成文日期 only
    page(
        slug="15_zhejiang_anji_fawen_date_subitems",
        what="浙江 county; xxgk table with 发文日期 and 成文日期 but no 发布日期 (pub_date is the 发文日期); "
             "div.zw-con; 1. items numbered through with （1） sub-items; the 成文日期 must not become pub_date",
        url="http://www.anji.gov.cn/art/2023/2/27/art_1229211234_3987654.html",
        headers={"Content-Type": "text/html; charset=UTF-8"},
        encoding="utf-8",
        html_title="安吉县教育局2023年教育工作要点",
        column="计划总结",
        site="安吉县人民政府", site_code="3305230022",
        icp="浙ICP备05034567号", ga="33052302000189号",
        style="p",
        template="""<table class="xxgk" width="100%">
<tr><td class="lab">索引号：</td><td>11330523002574321P/2023-45678</td><td class="lab">发布机构：</td><td>安吉县教育局</td></tr>
<tr><td class="lab">成文日期：</td><td>2023-02-21</td><td class="lab">发文日期：</td><td>2023-02-27</td></tr>
<tr><td class="lab">文号：</td><td>安教〔2023〕7号</td><td class="lab">主题分类：</td><td>教育</td></tr>
</table>
<div class="zw-tit">安吉县教育局2023年教育工作要点</div>
<div class="zw-con">
{content}
</div>""",
        expect=dict(title="安吉县教育局2023年教育工作要点", index_no="11330523002574321P/2023-45678",
                    doc_no="安教〔2023〕7号", pub_date="2023-02-27", publisher="安吉县教育局",
                    plan_year=2023, doc_kind="plan"),
        spec="""
P 2023年，全县教育系统要以“两山”理念为引领，深入推进共同富裕示范区教育先行县建设。
S 一、|推进教育公平
I 1.|实施学校建设三年行动，年内重点推进：
U （1）|昌硕高级中学扩建工程完成投资1.5亿元；
U （2）|新建递铺街道第四幼儿园，新增学位360个；
U （3）|完成12所学校食堂“阳光厨房”提升改造。
I 2.|推进城乡教共体建设，融合型、共建型教共体覆盖率达到100%。
S 二、|提升教育质量
I 3.|深化“双减”工作，学生作业负担满意度达到90%以上。
I 4.|推进普通高中特色多样发展，创建浙江省特色示范高中1所。
I 5.|加强劳动教育，建成县级劳动教育实践基地6个：
U （1）|依托白茶产业建设茶文化劳动基地3个；
U （2）|依托竹产业建设竹工艺劳动基地3个。
S 三、|建强教师队伍
I 6.|引进优秀毕业生180人，新评选县级名师名校长20名。
I 7.|落实教师减负清单，非教学任务进校园事项压减30%以上。
""",
    ),
]
