"""Hand-written specs of the tenth holdout's pages: metadata as real 2018–2025 sites print it.

Each page: its template (the article block with its metadata printed its own way), its body spec
(see build_pages.py for the line letters) and what a careful reader records (`expect`, `tolerated`).
"""

from __future__ import annotations

UTF8 = {"content-type": "text/html; charset=utf-8"}

PAGES: list[dict] = []

# --------------------------------------------------------------------------- 01 山西 晋中市榆次区: th/td, two pairs a row
PAGES.append({
    "slug": "01_yuci_th_td_pairs",
    "what": "山西 county-level district; Hanweb-like 信息公开 table, th/td two pairs a row, 标题 colspan=3, labels "
            "padded with ideographic spaces; items 1.–14. numbered through",
    "url": "http://www.yuci.gov.cn/zwgk/zfxxgk/fdzdgknr/jhzj/202302/t20230224_1843207.shtml",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "a", "style": "p",
    "site": "晋中市榆次区人民政府", "short": "榆次", "host": "榆次区人民政府办公室", "code": "1407020001",
    "icp": "晋ICP备05003457号", "ga": "晋公网安备 14070202000118号", "column": "计划总结",
    "prev": "榆次区2022年教育工作总结", "next": "榆次区2023年学前教育资助工作实施方案",
    "html_title": "晋中市榆次区2023年教育工作要点_晋中市榆次区人民政府",
    "head": """<meta name="SiteName" content="晋中市榆次区人民政府">
<meta name="ColumnName" content="计划总结">""",
    "article": """<div class="xxgk_table_box">
<table class="xxgk_table" cellspacing="0" cellpadding="0" width="100%">
<tr><th>索　引　号：</th><td>11140702MB1956472R/2023-00008</td><th>主题分类：</th><td>教育</td></tr>
<tr><th>发布机构：</th><td>晋中市榆次区教育局</td><th>成文日期：</th><td>2023-02-20</td></tr>
<tr><th>文　　号：</th><td>榆区教发〔2023〕6号</td><th>发布日期：</th><td>2023-02-24</td></tr>
<tr><th>标　　题：</th><td colspan="3">晋中市榆次区2023年教育工作要点</td></tr>
</table>
</div>
<div class="article">
<h1 class="title">晋中市榆次区2023年教育工作要点</h1>
<div class="article-content" id="zoom">
{content}
</div>
</div>""",
    "spec": """
P 2023年，全区教育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，落实立德树人根本任务，围绕“办好人民满意的教育”目标，统筹推进各级各类教育高质量发展。
S 一、|坚持党建引领，筑牢教育发展政治根基
I 1.|加强党的政治建设。把学习贯彻党的二十大精神作为首要政治任务，全年组织中心组专题学习不少于12次，实现全区中小学校党组织书记培训全覆盖。
I 2.|深化校长负责制改革。在全区42所中小学全面落实党组织领导的校长负责制，修订完善学校党组织会议和校长办公会议议事规则。
I 3.|推进清廉学校建设。开展“清廉校园”示范校创建，年内创建区级示范校10所，持续整治教育领域群众身边不正之风和腐败问题。
S 二、|优化资源配置，扩大优质教育供给
I 4.|实施学前教育提质行动。新建、改扩建公办幼儿园3所，新增学位540个，公办园在园幼儿占比达到55%以上，普惠性幼儿园覆盖率稳定在90%以上。
I 5.|推进义务教育优质均衡。完成榆次区第十一中学扩建工程，组建紧密型教育集团6个，集团内骨干教师交流比例不低于15%。
I 6.|加快普通高中特色发展。支持榆次一中创建省级示范性普通高中，推动2所高中开展科技、体育特色课程建设。
P 完善高中阶段招生制度，优质普通高中招生指标分配到校比例不低于60%。
I 7.|办好特殊教育和职业教育。适龄残疾儿童少年入学率保持在97%以上；深化产教融合，新增校企合作项目5个。
S 三、|聚焦内涵发展，全面提升育人质量
I 8.|深化课堂教学改革。开展“一师一优课”评选活动，建设区级精品课程资源200节，推广大单元教学和项目式学习。
I 9.|加强体育美育劳动教育。落实中小学生每天校内体育活动时间不少于1小时，建设劳动教育实践基地8个。
I 10.|落实“双减”工作要求。作业公示制度覆盖所有义务教育学校，课后服务参与率保持在95%以上。
I 11.|加强心理健康教育。配齐专兼职心理健康教师，每校至少1名，开展学生心理健康筛查全覆盖。
S 四、|强化保障措施，营造良好发展环境
I 12.|建设高素质教师队伍。招聘新教师120名，组织全员培训不少于72学时，评选区级学科带头人和骨干教师150名。
I 13.|保障教育经费投入。确保一般公共预算教育支出逐年只增不减，按时足额发放教师工资和绩效。
I 14.|守牢校园安全底线。完善校园安全风险防控体系，实现“一键式紧急报警”和视频监控联网率100%，开展防溺水、交通安全专题教育。
""",
    "expect": {"title": "晋中市榆次区2023年教育工作要点", "notice_title": None,
               "index_no": "11140702MB1956472R/2023-00008", "doc_no": "榆区教发〔2023〕6号", "pub_date": "2023-02-24",
               "publisher": "晋中市榆次区教育局", "plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["11140702MB1956472R", "主题分类", "成文日期", "索　引　号", "标　　题："],
})

# --------------------------------------------------------------------------- 02 江西 南康区: td/td, three pairs a row, GBK
PAGES.append({
    "slug": "02_nankang_three_pairs_gbk",
    "what": "江西 district; GBK; td/td table with three label/value pairs a row, labels padded with &nbsp; and no colon, "
            "publisher inside <a>, dates 2022年03月08日; notice wrapping the plan (《》), items 1、 restart per section",
    "url": "http://www.nkjy.gov.cn/xxgk/gzjh/202203/t20220308_589124.html",
    "headers": {"content-type": "text/html; charset=GBK"}, "encoding": "gbk", "charset": "gbk", "chrome": "b",
    "style": "nbsp",
    "site": "赣州市南康区教育局", "address": "赣州市南康区蓉江街道东山路28号", "code": "3607030012",
    "icp": "赣ICP备12003861号", "ga": "赣公网安备36070302000145号", "column": "工作计划",
    "prev": "南康区2021年教育工作总结", "next": "关于做好2022年春季学期开学工作的通知",
    "html_title": "南康区教育局关于印发《赣州市南康区2022年教育工作要点》的通知 - 赣州市南康区教育局",
    "article": """<table class="gk-info" width="100%" border="1" cellspacing="0" bordercolor="#d9d9d9">
<tr><td class="tit">索&nbsp;引&nbsp;号</td><td>K36070312/2022-00017</td><td class="tit">发布机构</td><td><a href="/xxgk/jg/" target="_blank">南康区教育局</a></td><td class="tit">公开方式</td><td>主动公开</td></tr>
<tr><td class="tit">文&nbsp;&nbsp;&nbsp;&nbsp;号</td><td>康教字〔2022〕9号</td><td class="tit">成文日期</td><td>2022年03月04日</td><td class="tit">发布日期</td><td>2022年03月08日</td></tr>
<tr><td class="tit">名&nbsp;&nbsp;&nbsp;&nbsp;称</td><td colspan="5">南康区教育局关于印发《赣州市南康区2022年教育工作要点》的通知</td></tr>
</table>
<div class="detail">
<div class="detail-title">南康区教育局关于印发《赣州市南康区2022年教育工作要点》的通知</div>
<div class="detail-text">
{content}
</div>
</div>""",
    "spec": """
P 各乡镇（街道）中心学校，区直各学校、幼儿园，局机关各股室：
P 现将《赣州市南康区2022年教育工作要点》印发给你们，请结合工作实际，认真抓好贯彻落实。
C 南康区教育局
C 2022年3月4日
T 赣州市南康区2022年教育工作要点
P 2022年是实施“十四五”规划承上启下的关键之年。全区教育系统要紧扣“教育强区”目标，着力补短板、强弱项、提质量，推动全区教育事业高质量发展。
S 一、|坚持立德树人，提升育人水平
I 1、|深入推进思政课程建设。建立区领导联系学校思政课制度，全年开展思政课集体备课活动不少于20场次。
I 2、|加强家校社协同育人。建立健全家长学校，家长学校建校率达到100%，组织“家庭教育大讲堂”10期。
I 3、|推进校园文化建设。开展“书香校园”创建活动，年内创建市级以上书香校园5所，中小学图书生均册数达标。
S 二、|补齐办学短板，推动均衡发展
I 1、|加快学校建设项目进度。续建蓉江新区第三小学等4个项目，新增学位4320个，逐步消除56人以上大班额。
I 2、|改善农村学校办学条件。完成18所农村学校厕所改造和12所学校运动场建设，实现农村寄宿制学校热水供应全覆盖。
I 3、|推进教育信息化。建成智慧教室160间，实现“三个课堂”常态化应用，区域教育资源公共服务平台注册率达到95%。
I 4、|规范民办教育发展。完成民办学校年检，对无证幼儿园实施分类治理，年底前清零。
S 三、|建强教师队伍，激发队伍活力
I 1、|加强师德师风建设。开展师德师风专项整治，严肃查处有偿补课、违规收受礼品礼金等行为。
I 2、|深化“县管校聘”改革。全年交流轮岗校长教师不少于300名，其中骨干教师占比不低于20%。
I 3、|提升教师专业能力。实施青年教师“青蓝工程”，组织新任教师岗前培训和骨干教师研修，培训覆盖面达到100%。
S 四、|强化安全稳定，守牢发展底线
I 1、|抓好校园安全管理。落实校园安全“人防、物防、技防”建设标准，专职保安配备率达到100%。
I 2、|做好教育民生保障。全面落实学生资助政策，确保家庭经济困难学生应助尽助。
P 实施农村义务教育学生营养改善计划，惠及学生3.6万人。
""",
    "expect": {"title": "赣州市南康区2022年教育工作要点",
               "notice_title": "南康区教育局关于印发《赣州市南康区2022年教育工作要点》的通知",
               "index_no": "K36070312/2022-00017", "doc_no": "康教字〔2022〕9号", "pub_date": "2022-03-08",
               "publisher": "南康区教育局", "plan_year": 2022, "doc_kind": "plan"},
    "must_not_appear": ["K36070312/2022-00017", "公开方式", "主动公开", "成文日期"],
})

# --------------------------------------------------------------------------- 03 广西 临桂区: dl per field + header line
PAGES.append({
    "slug": "03_lingui_dl_and_header",
    "what": "广西 district; one <dl> per field (dt label with colon, dd value) above the title, then a header line "
            "发布时间 with seconds + 来源 + 浏览次数 that agrees with it; items 1. restart, （1） sub-items",
    "url": "http://www.lingui.gov.cn/xxgk/jcxxgk/jyxx/t15503817.shtml",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "c", "style": "span",
    "site": "桂林市临桂区人民政府", "phone": "0773-5581234", "code": "4503120003",
    "icp": "桂ICP备10003362号-1", "ga": "桂公网安备 45031202000087号", "column": "教育信息",
    "prev": "临桂区2023年春季学期开学工作方案", "next": "临桂区教育局2023年部门预算公开",
    "html_title": "临桂区2023年教育工作要点 - 桂林市临桂区人民政府门户网站",
    "article": """<div class="xxgk-info clearfix">
<dl><dt>索引号：</dt><dd>000014349/2023-01126</dd></dl>
<dl><dt>文号：</dt><dd>临教发〔2023〕11号</dd></dl>
<dl><dt>发布机构：</dt><dd>桂林市临桂区教育局</dd></dl>
<dl><dt>发布日期：</dt><dd>2023-03-16</dd></dl>
</div>
<div class="article-box">
<h1>临桂区2023年教育工作要点</h1>
<div class="article-meta">发布时间：2023-03-16 15:40:12　　来源：桂林市临桂区教育局　　浏览次数：<span id="hits">0</span></div>
<div class="article-body">
{content}
</div>
</div>""",
    "spec": """
P 为推动全区教育事业高质量发展，根据自治区、桂林市教育工作会议精神，结合我区实际，制定本要点。
S 一、|全面加强党的领导
I 1.|落实全面从严治党主体责任。
U （1）|局党组每半年专题研究党风廉政建设工作不少于1次，签订党风廉政建设责任书覆盖率100%。
U （2）|开展“一校一品”党建品牌创建，年内培育区级党建示范点6个。
I 2.|加强意识形态阵地管理。健全学校意识形态工作责任清单，规范校园网站、公众号、讲座论坛审核管理。
S 二、|推动各类教育协调发展
I 1.|扩大普惠性学前教育资源。
U （1）|新建临桂区第五幼儿园，新增公办学位360个。
U （2）|全区学前三年毛入园率达到93%，普惠性幼儿园覆盖率达到88%。
I 2.|推进义务教育优质均衡发展。完成秧塘小学、会仙中学教学楼建设，义务教育巩固率保持在98%以上。
I 3.|促进普通高中多样化发展。支持临桂中学创建自治区示范性高中，高考本科上线率比上年提高2个百分点。
I 4.|加快职业教育提质培优。推动区职校与桂林经开区企业共建订单班4个，毕业生就业率保持在95%以上。
S 三、|提升教育教学质量
I 1.|深化基础教育教学改革。
U （1）|实施小学低年级“零起点”教学，开展课堂教学常规督查每学期不少于2次。
U （2）|组建学科教研共同体10个，推进城乡学校结对帮扶全覆盖。
P 每个共同体每学期开展联合教研活动不少于4次。
I 2.|深入实施“双减”政策。义务教育学校课后服务“5+2”全覆盖，学科类校外培训机构压减率保持在95%以上。
S 四、|加强教育保障能力建设
I 1.|补充优化教师队伍。通过公开招聘、特岗计划补充教师180名，统筹调配紧缺学科教师。
I 2.|筑牢校园安全防线。
U （1）|全面排查校舍、消防、食品安全隐患，整改率达到100%。
U （2）|每学期开展应急疏散演练不少于2次，防溺水安全教育覆盖全体学生和家长。
""",
    "expect": {"title": "临桂区2023年教育工作要点", "notice_title": None, "index_no": "000014349/2023-01126",
               "doc_no": "临教发〔2023〕11号", "pub_date": "2023-03-16", "publisher": "桂林市临桂区教育局",
               "plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["000014349/2023-01126", "浏览次数", "发布时间", "15:40:12"],
})

# --------------------------------------------------------------------------- 04 四川 涪城区: ul/li <label>, header with 丨
PAGES.append({
    "slug": "04_fucheng_ul_label_pipe",
    "what": "四川 district; <ul><li><label>…</label><span>…</span> block with 生成日期 (no 发布日期) and a full-name 发布机构, "
            "then a header line 涪城区教育和体育局丨2024-01-29 10:05丨阅读 with a shorter name; items （一） restart",
    "url": "https://www.fucheng.gov.cn/zwgk/fdzdgknr/ghjh/jhzj/202401/t20240129_2211583.html",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "a", "style": "div",
    "site": "绵阳市涪城区人民政府", "short": "涪城", "host": "涪城区政务服务和大数据管理局", "code": "5107030001",
    "icp": "蜀ICP备11018572号", "ga": "川公网安备 51070302000162号", "column": "计划总结",
    "prev": "涪城区2023年教育体育工作总结", "next": "涪城区2024年义务教育阶段招生入学工作方案",
    "html_title": "涪城区2024年教育体育工作要点-绵阳市涪城区人民政府",
    "article": """<div class="zwgk-doc">
<ul class="doc-info clearfix">
<li><label>索 引 号：</label><span>11510703MB1A46320W/2024-00031</span></li>
<li><label>信息分类：</label><span>规划计划</span></li>
<li><label>发布机构：</label><span>绵阳市涪城区教育和体育局</span></li>
<li><label>生成日期：</label><span>2024-01-29</span></li>
<li><label>文　　号：</label><span>涪教体〔2024〕4号</span></li>
<li><label>名　　称：</label><span>涪城区2024年教育体育工作要点</span></li>
</ul>
<h1 class="doc-title">涪城区2024年教育体育工作要点</h1>
<div class="doc-sub">涪城区教育和体育局丨2024-01-29 10:05丨阅读：<span id="readcount">--</span></div>
<div class="doc-content">
{content}
</div>
</div>""",
    "spec": """
P 2024年，全区教育体育工作坚持以人民为中心的发展思想，聚焦“建设教育强区、打造体育名城”目标，推动教育体育事业提质增效。
S 一、|坚持铸魂育人，落实立德树人根本任务
I （一）|推进大中小学思政一体化建设。与西南科技大学共建思政教育联盟，开展“思政大讲堂”进校园活动30场。
I （二）|加强学生综合素质培养。开展科技创新、艺术展演等活动，中小学生体质健康测试优良率达到55%。
I （三）|深化家校共育。全区中小学家长委员会建立率达到100%，组织家访活动覆盖全体学生家庭。
S 二、|聚焦优质均衡，扩大教育资源供给
I （一）|加快项目建设。建成投用绵阳市涪城区实验学校二期，开工建设青义中心幼儿园，新增学位2700个。
I （二）|推动集团化办学。新组建城乡教育共同体4个，实现乡镇学校共同体全覆盖。
I （三）|规范民办教育和校外培训。开展民办学校办学行为专项检查，加强预收费监管，监管覆盖率达到100%。
S 三、|建设高素质专业化教师队伍
I （一）|强化师德建设。将师德表现作为教师评优评先、职称评聘的首要标准，实行师德失范“一票否决”。
I （二）|提升教师能力。实施“涪城名师”培养工程，培养市级以上名师名校长20名。
S 四、|发展群众体育和竞技体育
I （一）|完善全民健身设施。新建社区健身路径15条、智能健身驿站3个，人均体育场地面积达到2.6平方米。
I （二）|办好体育赛事。承办省级以上体育赛事3项，举办全区中小学生运动会和全民健身运动会。
""",
    "expect": {"title": "涪城区2024年教育体育工作要点", "notice_title": None,
               "index_no": "11510703MB1A46320W/2024-00031", "doc_no": "涪教体〔2024〕4号", "pub_date": "2024-01-29",
               "publisher": "绵阳市涪城区教育和体育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"publisher": "涪城区教育和体育局"},
    "must_not_appear": ["11510703MB1A46320W", "信息分类", "生成日期", "阅读：", "2024-01-29 10:05"],
})

# --------------------------------------------------------------------------- 05 浙江 黄岩区: div grid + meta, 文号 无
PAGES.append({
    "slug": "05_huangyan_div_grid_meta_report",
    "what": "浙江 district; metadata in a div grid (div.g-label / div.g-value, two pairs a row) and in <meta> "
            "ArticleTitle/PubDate/ContentSource; 文号 printed as 无; a half-year 工作总结 with a text-only section",
    "url": "http://www.zjhy.gov.cn/art/2023/7/14/art_1229185432_3987211.html",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "b", "style": "p",
    "site": "台州市黄岩区人民政府", "address": "台州市黄岩区劳动北路118号", "code": "3310030004",
    "icp": "浙ICP备05012394号", "ga": "浙公网安备 33100302000108号", "column": "计划总结",
    "prev": "黄岩区教育局2023年部门整体支出绩效目标", "next": "黄岩区2023年暑期学生安全教育工作方案",
    "html_title": "黄岩区教育局2023年上半年工作总结",
    "head": """<meta name="SiteName" content="台州市黄岩区人民政府">
<meta name="SiteDomain" content="www.zjhy.gov.cn">
<meta name="SiteIDCode" content="3310030004">
<meta name="ColumnName" content="计划总结">
<meta name="ColumnType" content="政府信息公开">
<meta name="ArticleTitle" content="黄岩区教育局2023年上半年工作总结">
<meta name="PubDate" content="2023-07-14 09:26">
<meta name="ContentSource" content="黄岩区教育局">
<meta name="Keywords" content="工作总结">""",
    "article": """<div class="zfxxgk-grid">
<div class="grid-row"><div class="g-label">索引号</div><div class="g-value">002650012/2023-51208</div><div class="g-label">主题分类</div><div class="g-value">教育</div></div>
<div class="grid-row"><div class="g-label">发布机构</div><div class="g-value">黄岩区教育局</div><div class="g-label">成文日期</div><div class="g-value">2023-07-10</div></div>
<div class="grid-row"><div class="g-label">文号</div><div class="g-value">无</div><div class="g-label">发布日期</div><div class="g-value">2023-07-14</div></div>
<div class="grid-row"><div class="g-label">有效性</div><div class="g-value">--</div></div>
</div>
<div class="art-main">
<div class="art-title">黄岩区教育局2023年上半年工作总结</div>
<div class="art-text" id="zoom">
{content}
</div>
</div>""",
    "spec": """
P 2023年上半年，区教育局在区委、区政府的坚强领导下，紧紧围绕年度目标任务，扎实推进各项工作，现将有关情况总结如下。
S 一、|上半年工作成效
I 1.|教育资源扩容提质。东城中学新校区、北城小学迁建工程完成主体结顶，上半年新增学位1800个。
I 2.|育人方式持续改进。开展“学科节”活动120场，全区中小学生近视率较上年下降0.8个百分点。
I 3.|共同富裕示范建设有力推进。组建城乡教共体42个，实现乡村学校全覆盖，结对学校同步课堂开课2600余节。
I 4.|教师队伍建设成效明显。新招聘教师176名，评选区级名师工作室12个，2名教师获评省特级教师。
I 5.|校园安全形势平稳。完成校园安全隐患排查整治342处，上半年未发生重大安全责任事故。
S 二、|存在的问题
P 一是城区学位供需矛盾依然突出，部分学校大班额尚未消除；二是教师结构性缺编问题仍然存在，音体美等学科教师不足；三是职业教育与产业发展契合度有待提高。
S 三、|下半年工作思路
I 1.|全力保障秋季开学。确保新建学校9月如期投用，做好义务教育招生和教师调配工作。
I 2.|深化“双减”改革。提升课后服务质量，拓展优质服务资源，学生参与率保持在92%以上。
I 3.|推进职业教育改革。建设省级高水平专业群2个，深化产教融合，新增订单培养学生300人。
I 4.|加强安全稳定工作。开展暑期防溺水专项行动，确保全年不发生学生溺水死亡事故。
""",
    "expect": {"title": "黄岩区教育局2023年上半年工作总结", "notice_title": None, "index_no": "002650012/2023-51208",
               "doc_no": None, "pub_date": "2023-07-14", "publisher": "黄岩区教育局", "plan_year": 2023,
               "doc_kind": "report"},
    "must_not_appear": ["002650012/2023-51208", "主题分类", "有效性", "成文日期"],
})

# --------------------------------------------------------------------------- 06 河北 信都区: label | value rows, meta disagrees
PAGES.append({
    "slug": "06_xindu_label_bar_meta_disagrees",
    "what": "河北 district; metadata as label | value rows (span.attr-name, a '|' span, span.attr-val); a PubDate "
            "<meta> one day later than the printed 发布日期; no sections, preamble then items 1.–12.",
    "url": "http://www.xtxindu.gov.cn/xxgk/jyj/gzjh/202202/t20220217_408812.html",
    "headers": {"content-type": "text/html"}, "encoding": "utf-8", "charset": "utf-8", "chrome": "c",
    "style": "br",
    "site": "邢台市信都区人民政府", "phone": "0319-2681100", "code": "1305030008",
    "icp": "冀ICP备09021176号-2", "ga": "冀公网安备13050302000039号", "column": "教育局",
    "prev": "信都区2021年教育工作总结", "next": "信都区教育局关于2022年春季开学疫情防控工作的通知",
    "html_title": "信都区2022年教育工作要点_邢台市信都区人民政府",
    "head": """<meta name="ArticleTitle" content="信都区2022年教育工作要点">
<meta name="PubDate" content="2022-02-18 08:30:12">
<meta name="ContentSource" content="信都区教育局">""",
    "article": """<div class="article-attr">
<p><span class="attr-name">索引号</span><span class="attr-sep">|</span><span class="attr-val">130503-JY-2022-0004</span></p>
<p><span class="attr-name">发布机构</span><span class="attr-sep">|</span><span class="attr-val">信都区教育局</span></p>
<p><span class="attr-name">文号</span><span class="attr-sep">|</span><span class="attr-val">信教〔2022〕3号</span></p>
<p><span class="attr-name">发布日期</span><span class="attr-sep">|</span><span class="attr-val">2022-02-17</span></p>
</div>
<h2 class="article-title">信都区2022年教育工作要点</h2>
<div class="article-con">
{content}
</div>""",
    "spec": """
P 2022年全区教育工作的总体思路是：坚持稳中求进工作总基调，以巩固义务教育优质均衡发展成果为主线，以深化教育教学改革为动力，全面提升教育治理能力和服务水平。重点抓好以下工作：
I 1.|抓实党建工作。全面推行中小学校党组织领导的校长负责制，开展基层党组织标准化规范化建设，达标率100%。
I 2.|加快学校建设。推进信都区第二十四中学、将军墓镇中心校等6个项目建设，新增学位3150个。
I 3.|扩充学前教育资源。新建改扩建公办幼儿园4所，普惠性幼儿园覆盖率达到87%。
I 4.|推动高中提质。加快普通高中“走班制”教学改革，新高考选科组合开设率达到100%。
I 5.|提高教学质量。完善区、片、校三级教研网络，开展送教下乡活动40场次，举办青年教师优质课大赛。
I 6.|落实“双减”任务。作业总量和时长全面达标，课后服务时间与当地正常下班时间相衔接。
I 7.|强化队伍建设。补充教师260名，选派200名城区教师到农村学校支教，开展校长任期目标考核。
I 8.|推进智慧教育。完成全区中小学千兆光纤接入，多媒体教室配备率达到100%。
I 9.|加强体育卫生工作。开足开齐体育与健康课，学生体质健康达标率达到93%以上。
I 10.|做好学生资助。严格落实各学段资助政策，建档立卡等家庭经济困难学生资助率100%。
I 11.|维护安全稳定。健全校园安全管理责任体系，深化平安校园建设，校园及周边治安环境持续改善。
I 12.|改进机关作风。深化“放管服”改革，教育政务服务事项网上可办率达到100%。
""",
    "expect": {"title": "信都区2022年教育工作要点", "notice_title": None, "index_no": "130503-JY-2022-0004",
               "doc_no": "信教〔2022〕3号", "pub_date": "2022-02-17", "publisher": "信都区教育局", "plan_year": 2022,
               "doc_kind": "plan"},
    "tolerated": {"pub_date": "2022-02-18"},
    "must_not_appear": ["130503-JY-2022-0004", "2022-02-17"],
})

# --------------------------------------------------------------------------- 07 湖南 武陵区: bracketed labels
PAGES.append({
    "slug": "07_wuling_bracket_labels",
    "what": "湖南 district; bracketed labels 【索引号】【文号】【发布时间】(with time)【信息来源】 on two lines next to 【字体】; "
            "items 1、 numbered through with 一是/二是 sub-items on their own paragraphs",
    "url": "http://www.cdwl.gov.cn/zwgk/bmxxgk/jyj/gzjh/content_1894520.html",
    "headers": UTF8, "encoding": "utf-8", "charset": "UTF-8", "chrome": "a", "style": "p",
    "site": "常德市武陵区人民政府", "short": "武陵", "host": "武陵区人民政府办公室", "code": "4307020007",
    "icp": "湘ICP备13004627号", "ga": "湘公网安备 43070202000241号", "column": "区教育局",
    "prev": "武陵区教育局2022年工作总结", "next": "武陵区2023年中小学招生工作方案",
    "html_title": "武陵区教育局2023年工作要点 - 常德市武陵区人民政府",
    "article": """<div class="content-box">
<h2 class="c-title">武陵区教育局2023年工作要点</h2>
<div class="c-info">
<span>【索引号】430702-02-2023-0006</span>　<span>【文号】武教通〔2023〕2号</span><br>
<span>【发布时间】2023-02-08 10:31</span>　<span>【信息来源】武陵区教育局</span>　<span>【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</span>
</div>
<div class="c-txt">
{content}
</div>
</div>""",
    "spec": """
S 一、|全面加强党的建设
I 1、|坚持党建统领。落实党组织领导的校长负责制，推动学校党建工作与教育教学深度融合。
U 一是|开展“一校一品”党建品牌培育，打造区级示范品牌8个；
U 二是|实施党员教师“亮身份、当先锋”行动，党员教师公开承诺率达到100%。
I 2、|加强作风建设。持续整治形式主义、官僚主义，精简会议文件，切实为基层学校减负。
S 二、|着力推进教育优质均衡
I 3、|扩大优质学位供给。建成丹阳学校二期、芙蓉小学综合楼，新增学位1500个。
I 4、|深化集团化办学。
U 一是|新组建育英教育集团、芷兰教育集团，集团化办学覆盖率达到80%；
U 二是|推动集团内课程共建、师资共享、质量共评，每学期联合教研不少于6次。
I 5、|办好学前教育。公办园在园幼儿占比达到52%，学前教育普及率保持在95%以上。
S 三、|持续提升教育教学质量
I 6、|推进课程改革。落实义务教育新课程方案，开展跨学科主题学习案例评选。
I 7、|加强五育并举。开齐开足体育、艺术、劳动课程，建设校园足球特色学校5所。
I 8、|提升作业管理水平。建立作业校内公示制度，小学一二年级不布置书面家庭作业。
S 四、|强化教育发展保障
I 9、|建强教师队伍。
U 一是|招聘教师150名，重点补充音体美和心理健康教师；
U 二是|实施“武陵名师”培养计划，培养区级骨干教师100名。
P 完善教师荣誉表彰制度，评选表彰优秀教师和优秀教育工作者。
I 10、|加大经费投入。落实生均公用经费标准，保障教师平均工资收入水平不低于当地公务员平均工资收入水平。
I 11、|守好安全底线。开展校园安全隐患“大排查大整治”，食品安全示范食堂创建率达到60%。
""",
    "expect": {"title": "武陵区教育局2023年工作要点", "notice_title": None, "index_no": "430702-02-2023-0006",
               "doc_no": "武教通〔2023〕2号", "pub_date": "2023-02-08", "publisher": "武陵区教育局", "plan_year": 2023,
               "doc_kind": "plan"},
    "must_not_appear": ["【索引号】", "【信息来源】", "【发布时间】", "字体：", "430702-02-2023-0006"],
})

# --------------------------------------------------------------------------- 08 云南 麒麟区: date written by a script
PAGES.append({
    "slug": "08_qilin_script_date_gb18030",
    "what": "云南 district; GB18030; header line joined by &nbsp; runs: 发布时间 written by <script>document.write(…)"
            " (the only place the date is), 信息来源, 作者, 点击数 by script; items （一） restart, ① sub-items",
    "url": "http://www.qjqilin.gov.cn/jytyj/zwgk/gzjh/202203/t20220304_1172208.html",
    "headers": {"content-type": "text/html; charset=gb18030"}, "encoding": "gb18030", "charset": "gb18030",
    "chrome": "b", "style": "nbsp",
    "site": "曲靖市麒麟区教育体育局", "address": "曲靖市麒麟区麒麟西路168号", "code": "5303020015",
    "icp": "滇ICP备08102577号", "ga": "滇公网安备 53030202000076号", "column": "工作计划",
    "prev": "麒麟区2021年教育体育工作总结", "next": "麒麟区2022年中考体育考试工作方案",
    "html_title": "麒麟区2022年教育体育工作要点--曲靖市麒麟区教育体育局",
    "article": """<div class="arc">
<div class="arc-title"><h1>麒麟区2022年教育体育工作要点</h1></div>
<div class="arc-info">发布时间：<script type="text/javascript">document.write("2022-03-04 16:21:09".substring(0,10));</script>&nbsp;&nbsp;&nbsp;&nbsp;信息来源：曲靖市麒麟区教育体育局&nbsp;&nbsp;&nbsp;&nbsp;作者：办公室&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script src="/plus/count.php?aid=3312&amp;mid=1"></script></div>
<div class="arc-body">
{content}
</div>
</div>""",
    "spec": """
P 2022年，全区教育体育工作以推动高质量发展为主题，以深化教育综合改革为动力，努力办好公平而有质量的教育，加快建设体育强区。
S 一、|加强党的全面领导
I （一）|压实管党治党责任。健全党建工作责任制考核机制，将党建考核结果与学校年度考核挂钩。
I （二）|抓好基层组织建设。
U ①|规范党支部设置，实现公办学校党组织全覆盖；
U ②|每学期开展党支部书记述职评议，评议结果在一定范围内公开。
S 二、|推进教育事业协调发展
I （一）|学前教育方面。新建城区公办幼儿园2所，新增公办学位720个，学前三年毛入园率达到92%。
I （二）|义务教育方面。
U ①|完成麒麟区第七中学、太和小学扩建，缓解城区学位紧张问题；
U ②|控辍保学动态清零，义务教育巩固率达到97.5%；
U ③|随迁子女在公办学校就读比例保持在90%以上。
I （三）|高中阶段教育方面。高中阶段毛入学率达到93%，普通高中优质生源流失率明显下降。
S 三、|深化教育教学改革
I （一）|推进课堂教学改革。开展“有效课堂”建设年活动，评选区级优质课100节。
I （二）|完善评价体系。建立学校发展性评价机制，实施中小学教育质量绿色评价。
S 四、|加快体育事业发展
I （一）|广泛开展全民健身。举办麒麟区第四届全民运动会，经常参加体育锻炼人数比例达到40%。
I （二）|提升竞技体育水平。组队参加曲靖市第七届运动会，奖牌数保持全市前列。
""",
    "expect": {"title": "麒麟区2022年教育体育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2022-03-04", "publisher": "曲靖市麒麟区教育体育局", "plan_year": 2022, "doc_kind": "plan"},
    "must_not_appear": ["点击数", "作者：", "document.write", "信息来源", "substring"],
})

# --------------------------------------------------------------------------- 09 安徽 金安区: weekday header + meta abbreviation
PAGES.append({
    "slug": "09_jinan_weekday_meta_abbrev",
    "what": "安徽 district; no table: a date line 2023年03月21日 星期二 + 来源 under the title, and <meta> "
            "ArticleTitle/PubDate/ContentSource where ContentSource is the short name 金安区教体局; items 1. through",
    "url": "https://www.ahjinan.gov.cn/public/6616811/2023032118.html",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "c", "style": "p",
    "site": "六安市金安区人民政府", "phone": "0564-3378050", "code": "3415020006",
    "icp": "皖ICP备05008312号", "ga": "皖公网安备 34150202000093号", "column": "计划总结",
    "prev": "金安区教育体育局2022年工作总结", "next": "金安区2023年学校体育工作要点",
    "html_title": "金安区2023年教育体育工作要点_六安市金安区人民政府",
    "head": """<meta name="ArticleTitle" content="金安区2023年教育体育工作要点">
<meta name="PubDate" content="2023-03-21 10:48">
<meta name="ContentSource" content="金安区教体局">
<meta name="ColumnName" content="计划总结">
<meta name="Description" content="金安区2023年教育体育工作要点">""",
    "article": """<div class="wenzhang">
<h1 class="wz-title">金安区2023年教育体育工作要点</h1>
<div class="wz-date"><span>2023年03月21日 星期二</span>　<span>来源：六安市金安区教育体育局</span>　<span class="fx">分享：<a href="#">微信</a></span></div>
<div class="wz-con j-fontContent">
{content}
</div>
</div>""",
    "spec": """
P 2023年全区教育体育工作的总体要求是：全面贯彻党的二十大精神，坚持教育优先发展，深化教育体育综合改革，办好人民满意的教育体育。
S 一、|坚持以党建引领教育体育事业发展
I 1.|深入学习宣传贯彻党的二十大精神。开展专题宣讲进校园活动，实现全区中小学全覆盖。
I 2.|全面落实意识形态工作责任制。每学期开展意识形态领域风险排查，及时处置苗头性倾向性问题。
I 3.|推进清廉学校建设。建成清廉学校示范点15个，开展廉政警示教育月活动。
S 二、|推动各级各类教育优质发展
I 4.|推进学前教育普及普惠。新建公办幼儿园3所，学前三年毛入园率达到94%。
I 5.|推进义务教育优质均衡。实施薄弱学校改造提升工程，改造校舍面积2.1万平方米，创建义务教育优质均衡发展区。
I 6.|推进普通高中多样化发展。实施普通高中新课程新教材，建设学科创新实验室6个。
I 7.|推进职业教育产教融合。支持金安职业学校建设省级示范专业2个，年培训农村劳动力1200人次。
S 三、|加快建设高质量教育体育支撑体系
I 8.|加强教师队伍建设。招聘中小学教师210名，开展“国培”“省培”项目培训教师3000人次。
I 9.|推进教育数字化。完成“皖教云”平台应用推广，智慧课堂覆盖全区所有初中。
I 10.|深化体教融合。开展“一校一品”体育特色项目建设，新建校园足球场3块。
I 11.|发展群众体育。完善城乡健身设施，新建多功能运动场5个，举办全民健身赛事活动20场次。
I 12.|确保安全稳定。扎实做好校园安全、食品安全、疫情防控等工作，平安校园创建达标率100%。
""",
    "expect": {"title": "金安区2023年教育体育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2023-03-21", "publisher": "六安市金安区教育体育局", "plan_year": 2023, "doc_kind": "plan"},
    "tolerated": {"publisher": "金安区教体局"},
    "must_not_appear": ["星期二", "2023年03月21日", "分享："],
})

# --------------------------------------------------------------------------- 10 黑龙江 道里区: <b> labels, 公开日期, 发文机关
PAGES.append({
    "slug": "10_daoli_bold_labels_notice",
    "what": "黑龙江 district; th/td table with labels in <b> and no colon: 发文机关, 发文字号, 成文日期, 公开日期 (no 发布日期), "
            "标题 colspan; a notice (signed 二〇二三年二月二十日) wrapping the plan; items （一） restart per section",
    "url": "http://www.hrbdl.gov.cn/art/2023/2/23/art_18322_904315.html",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "a", "style": "div",
    "site": "哈尔滨市道里区人民政府", "short": "道里", "host": "道里区人民政府办公室", "code": "2301020002",
    "icp": "黑ICP备11001938号-1", "ga": "黑公网安备 23010202000551号", "column": "规划计划",
    "prev": "道里区教育局2022年工作总结", "next": "道里区2023年义务教育招生入学工作实施方案",
    "html_title": "关于印发《道里区2023年教育工作要点》的通知 哈尔滨市道里区人民政府",
    "article": """<table class="xxgk-table" width="100%" cellpadding="6">
<tr><th><b>索引号</b></th><td>00301432-7/2023-0015</td><th><b>发文机关</b></th><td>哈尔滨市道里区教育局</td></tr>
<tr><th><b>发文字号</b></th><td>里教发〔2023〕5号</td><th><b>成文日期</b></th><td>2023年02月20日</td></tr>
<tr><th><b>标题</b></th><td colspan="3">关于印发《道里区2023年教育工作要点》的通知</td></tr>
<tr><th><b>公开日期</b></th><td>2023年02月23日</td><th><b>主题分类</b></th><td>教育</td></tr>
</table>
<div class="zw-box">
<h1 class="zw-title">关于印发《道里区2023年教育工作要点》的通知</h1>
<div class="zw-con">
{content}
</div>
</div>""",
    "spec": """
P 各中小学、幼儿园，局机关各科室、直属各单位：
P 现将《道里区2023年教育工作要点》印发给你们，请认真抓好落实。
C 哈尔滨市道里区教育局
C 二〇二三年二月二十日
P （此件公开发布）
T 道里区2023年教育工作要点
P 2023年全区教育工作要坚持稳中求进，着力提升教育服务冰城发展能力，推动道里教育高质量发展。
S 一、|坚持立德树人，加强思想政治工作
I （一）|推进党史学习教育常态化长效化。组织开展“红领巾心向党”主题活动，覆盖全区少先队员。
I （二）|加强中小学德育工作。评选区级德育示范校8所，建设劳动教育实践基地4个。
I （三）|构建心理健康教育体系。中小学心理辅导室建设达标率100%，建立学生心理健康档案。
S 二、|优化教育结构，促进公平发展
I （一）|加快补齐学前教育短板。新增普惠性学位900个，普惠性幼儿园覆盖率达到85%。
I （二）|推动义务教育优质均衡。实施新阳路小学、哈尔滨市第十九中学改扩建，推进学区制管理改革。
I （三）|关爱特殊群体学生。适龄残疾儿童少年入学率达到96%以上，落实随迁子女同城待遇。
S 三、|深化教育改革，提高教育质量
I （一）|深化课堂教学改革。开展“冰城好课堂”展示活动，推广优秀教学成果12项。
I （二）|加强冰雪运动进校园。冰雪特色学校达到30所，每年开展冰雪体育活动不少于4次。
S 四、|加强队伍建设，夯实发展保障
I （一）|提升教师专业素养。开展教师全员培训，培养区级骨干教师和学科带头人200名。
I （二）|改善办学条件。完成26所学校供暖、消防设施改造，更新教学仪器设备1.8万台套。
I （三）|维护校园安全稳定。健全校园安全防控体系，确保全年不发生重大安全责任事故。
""",
    "expect": {"title": "道里区2023年教育工作要点", "notice_title": "关于印发《道里区2023年教育工作要点》的通知",
               "index_no": "00301432-7/2023-0015", "doc_no": "里教发〔2023〕5号", "pub_date": "2023-02-23",
               "publisher": "哈尔滨市道里区教育局", "plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["00301432-7/2023-0015", "发文机关", "发文字号", "公开日期", "主题分类"],
})

# --------------------------------------------------------------------------- 11 江苏 亭湖区: ASCII-colon table + full-width date
PAGES.append({
    "slug": "11_tinghu_fullwidth_date",
    "what": "江苏 district; a td/td table (labels end in ASCII ':', values in <span>) with 索引号/文号/发布单位 and no date; "
            "the date only in the header line, in full-width digits ２０２３年０２月１５日; items １．–１２． full-width",
    "url": "http://www.tinghu.gov.cn/col/col18874/art/2023/art_8a73cd2f1b.html",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "b", "style": "p",
    "site": "盐城市亭湖区人民政府", "address": "盐城市亭湖区青年东路36号", "code": "3209020003",
    "icp": "苏ICP备10048251号", "ga": "苏公网安备 32090202000114号", "column": "计划总结",
    "prev": "亭湖区教育局2022年工作总结", "next": "亭湖区2023年教育民生实事项目清单",
    "html_title": "亭湖区2023年教育工作要点 - 盐城市亭湖区人民政府",
    "article": """<table class="info-table" width="100%">
<tr><td class="lab">索引号:</td><td><span>014109425/2023-00023</span></td><td class="lab">分类:</td><td><span>教育\\计划总结</span></td></tr>
<tr><td class="lab">文号:</td><td><span>亭教发〔2023〕8号</span></td><td class="lab">发布单位:</td><td><span>盐城市亭湖区教育局</span></td></tr>
</table>
<div class="news-title"><h1>亭湖区2023年教育工作要点</h1></div>
<div class="news-sub">发布日期：２０２３年０２月１５日　　来源：盐城市亭湖区教育局　　【<a href="javascript:window.print()">打印</a>】</div>
<div class="news-content">
{content}
</div>""",
    "spec": """
P 2023年，全区教育系统将以党的二十大精神为统领，深入实施教育现代化建设工程，奋力建设“教育强区”。
S 一、|着力推进党建工作高质量
I １．|全面学习贯彻党的二十大精神。组织全区教师开展专题学习，举办专题读书班4期。
I ２．|深化基层党组织建设。打造“一校一品”党建品牌，创成市级党建示范学校3所。
I ３．|加强师德师风建设。开展“四有”好老师评选，师德考核覆盖全体教职工。
S 二、|着力推进教育发展高水平
I ４．|优化学校布局。完成亭湖区实验小学东校区建设，新增学位1620个，公办幼儿园在园幼儿占比达到70%。
I ５．|深化集团化办学。组建教育集团10个，实现优质教育资源区域内全覆盖。
I ６．|提升高中办学品质。创建省高品质示范高中1所，高考本科达线率稳步提升。
I ７．|促进职业教育发展。建设省级现代化专业群1个，职业学校毕业生双证率达到95%。
S 三、|着力推进教育改革高效能
I ８．|推进课堂教学变革。开展“学为中心”课堂教学改革，评选区级教学能手60名。
I ９．|深化“双减”改革。课后服务覆盖全部义务教育学校，学生自愿参与率达到96%。
I １０．|推进教育评价改革。建立中小学教育质量综合评价体系，开展学业质量监测2次。
S 四、|着力推进教育保障高标准
I １１．|加强教育经费保障。确保教育经费“两个只增不减”，落实教师待遇保障政策。
I １２．|建设平安和谐校园。深化校园安全专项整治，智慧安防系统覆盖率达到100%。
""",
    "expect": {"title": "亭湖区2023年教育工作要点", "notice_title": None, "index_no": "014109425/2023-00023",
               "doc_no": "亭教发〔2023〕8号", "pub_date": "2023-02-15", "publisher": "盐城市亭湖区教育局",
               "plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["014109425/2023-00023", "发布单位", "２０２３年０２月１５日", "计划总结"],
})

# --------------------------------------------------------------------------- 12 贵州 汇川区: table and header line disagree
PAGES.append({
    "slug": "12_huichuan_table_header_disagree",
    "what": "贵州 district; th/td table (发布日期 2022-04-08, 发布机构 遵义市汇川区教育局, 文号 cell empty) and a header line "
            "(发布时间 2022-04-11 09:15:33, 来源 汇川区人民政府办公室) that disagree; a 推进情况 report, items （一） "
            "with inline 一是/二是 sub-items",
    "url": "http://www.zyhc.gov.cn/zwgk/xxgkml/zdlyxx/jy/202204/t20220411_73391205.html",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "c", "style": "span",
    "site": "遵义市汇川区人民政府", "phone": "0851-27618120", "code": "5203030004",
    "icp": "黔ICP备09005628号", "ga": "贵公网安备 52030302000057号", "column": "教育",
    "prev": "汇川区2022年教育工作要点", "next": "汇川区2022年春季学期学生资助工作情况",
    "html_title": "汇川区教育局2022年一季度重点工作推进情况_遵义市汇川区人民政府",
    "article": """<div class="xxgk-top">
<table class="table_xxgk" width="100%">
<tr><th>索引号：</th><td>009487313/2022-00041</td><th>信息分类：</th><td>计划总结</td></tr>
<tr><th>发布机构：</th><td>遵义市汇川区教育局</td><th>发布日期：</th><td>2022-04-08</td></tr>
<tr><th>文号：</th><td></td><th>是否有效：</th><td>是</td></tr>
<tr><th>标题：</th><td colspan="3">汇川区教育局2022年一季度重点工作推进情况</td></tr>
</table>
</div>
<div class="article">
<h1>汇川区教育局2022年一季度重点工作推进情况</h1>
<div class="article-info">发布时间：2022-04-11 09:15:33　　来源：汇川区人民政府办公室　　浏览量：<span id="views"></span></div>
<div class="view TRS_UEDITOR">
{content}
</div>
</div>""",
    "spec": """
P 一季度以来，区教育局紧紧围绕年度工作目标，统筹推进教育改革发展各项工作，现将推进情况报告如下。
S 一、|重点工作推进情况
I （一）|教育项目建设有序推进。
X 一是|汇川区第十五小学主体工程完成60%，预计秋季学期投入使用；
X 二是|高坪中心幼儿园完成土地平整和基础施工。
I （二）|“双减”工作持续深化。全区义务教育学校课后服务实现全覆盖，一季度开展专项检查3次，查处违规培训机构2家。
I （三）|教师队伍建设稳步推进。
X 一是|完成2022年教师招聘计划申报，拟招聘教师95名；
X 二是|开展新学期校长专题培训，参训人员140人。
I （四）|校园安全保持稳定。开展春季开学安全大检查，排查整改隐患56处，整改率100%。
S 二、|存在的困难和问题
I （一）|城区学位供给仍然紧张。部分学校班额偏大，新建项目建设进度受资金影响。
I （二）|教师结构性矛盾突出。音乐、美术、心理健康等学科专任教师缺口较大。
S 三、|下一步工作打算
I （一）|加快项目建设。
X 一是|倒排工期，确保第十五小学按期交付；
X 二是|积极争取专项债券资金，保障项目资金需求。
I （二）|强化师资配备。通过招聘、交流、走教等方式缓解学科教师不足问题。
I （三）|抓好安全稳定。持续开展防溺水、交通安全和食品安全专项整治。
""",
    "expect": {"title": "汇川区教育局2022年一季度重点工作推进情况", "notice_title": None,
               "index_no": "009487313/2022-00041", "doc_no": None, "pub_date": "2022-04-08",
               "publisher": "遵义市汇川区教育局", "plan_year": 2022, "doc_kind": "report"},
    "tolerated": {"pub_date": "2022-04-11", "publisher": "汇川区人民政府办公室"},
    "must_not_appear": ["009487313/2022-00041", "浏览量", "是否有效", "信息分类", "09:15:33"],
})

# --------------------------------------------------------------------------- 13 陕西 秦都区: placeholder values
PAGES.append({
    "slug": "13_qindu_placeholders",
    "what": "陕西 district; td/td table whose 索引号 is &nbsp;, 发布机构 '--' and 文号 '/', with 发布日期 filled; a 来源 / "
            "时间 header line names the publisher; old-editor body (one div, <br> lines); items 1. through",
    "url": "http://www.snqindu.gov.cn/zfxxgk/fdzdgknr/ghjh/202402/t20240219_1489306.html",
    "headers": {"content-type": "text/html;charset=UTF-8"}, "encoding": "utf-8", "charset": "UTF-8",
    "chrome": "a", "style": "br",
    "site": "咸阳市秦都区人民政府", "short": "秦都", "host": "秦都区人民政府办公室", "code": "6104020005",
    "icp": "陕ICP备05006619号-1", "ga": "陕公网安备 61040202000062号", "column": "规划计划",
    "prev": "秦都区2023年教育工作总结", "next": "秦都区2024年学前教育宣传月活动方案",
    "html_title": "秦都区2024年教育工作要点-咸阳市秦都区人民政府",
    "article": """<div class="xxgk-head">
<table class="xxgk-tb" width="100%">
<tr><td class="l">索 引 号</td><td class="v">&nbsp;</td><td class="l">公开形式</td><td class="v">主动公开</td></tr>
<tr><td class="l">发布机构</td><td class="v">--</td><td class="l">发布日期</td><td class="v">2024-02-19</td></tr>
<tr><td class="l">文　　号</td><td class="v">/</td><td class="l">有 效 性</td><td class="v">有效</td></tr>
</table>
</div>
<h1 class="art-tit">秦都区2024年教育工作要点</h1>
<div class="laiyuan">来源：咸阳市秦都区教育局　　时间：2024-02-19 11:20　　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
<div class="art-con">
{content}
</div>""",
    "spec": """
P 2024年是全面贯彻落实党的二十大精神的关键之年，全区教育工作要锚定教育强区建设目标，推动秦都教育提质增效。
S 一、|强化政治引领
I 1.|深化党建与业务融合。开展“党建+教学质量提升”行动，打造党建与业务深度融合示范校10所。
I 2.|加强思政课建设。落实思政课教师配备标准，中小学思政课专职教师占比达到70%以上。
S 二、|促进教育优质均衡
I 3.|实施学位扩容工程。建成秦都区渭滨学校、沣东路幼儿园，新增学位2430个。
I 4.|推进城乡一体化发展。深化“名校+”改革，新组建“名校+”教育联合体8个，覆盖农村学校100%。
I 5.|规范招生入学管理。严格落实免试就近入学政策，民办义务教育学校招生全面实行电脑随机录取。
I 6.|提升特殊教育质量。完善随班就读支持保障体系，建设资源教室5个。
S 三、|提高育人质量
I 7.|深化课堂教学改革。推广“高效课堂”教学模式，组织教学能手评选和优质课赛教活动。
I 8.|落实五育并举。开展学生体育联赛和艺术展演，中小学生体质健康达标率达到94%。
I 9.|推进教育数字化转型。建成区级智慧教育平台，实现优质数字资源校校通、班班通。
S 四、|夯实发展保障
I 10.|加强教师队伍建设。招聘教师200名，组织交流轮岗教师380人次。
I 11.|优化教育经费管理。规范学校财务管理，开展学校内部审计全覆盖。
I 12.|筑牢安全稳定防线。完善校园安全隐患排查整治长效机制，确保师生生命财产安全。
""",
    "expect": {"title": "秦都区2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-02-19", "publisher": "咸阳市秦都区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["公开形式", "有 效 性", "时间：2024-02-19", "字体："],
})

# --------------------------------------------------------------------------- 14 山东 东港区: CMS header with 本站原创
PAGES.append({
    "slug": "14_donggang_cms_placeholder_source",
    "what": "山东 district bureau site on a small CMS; header line 作者：admin 来源：本站原创 发布时间：2024-3-5 9:30:12 "
            "点击数 (unpadded date with time, placeholder source); items 1. restart, (1) sub-items with ASCII parentheses",
    "url": "http://jyj.rzdonggang.gov.cn/html/gzjh/2024/0305/1187.html",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx"}, "encoding": "utf-8",
    "charset": "utf-8", "chrome": "b", "style": "p",
    "site": "日照市东港区教育和体育局", "address": "日照市东港区烟台路60号", "code": "3711020021",
    "icp": "鲁ICP备12017405号", "ga": "鲁公网安备 37110202000139号", "column": "工作计划",
    "prev": "东港区教育和体育局2023年工作总结", "next": "东港区2024年春季学期开学工作安排",
    "html_title": "东港区2024年教育工作要点-日照市东港区教育和体育局",
    "head": """<meta name="keywords" content="东港区,教育工作要点,2024">
<meta name="description" content="2024年，全区教育工作以办好人民满意的教育为目标……">""",
    "article": """<div class="showtitle"><h1>东港区2024年教育工作要点</h1></div>
<div class="showinfo">作者：admin&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;发布时间：2024-3-5 9:30:12&nbsp;&nbsp;点击数：<script src="/e/public/ViewClick/?classid=12&amp;id=1187&amp;addclick=1"></script></div>
<div class="showcontent">
{content}
</div>""",
    "spec": """
P 2024年，全区教育工作以办好人民满意的教育为目标，坚持改革创新、提质增效，加快建设高质量教育体系。
S 一、|加强党的建设
I 1.|强化理论武装。坚持“第一议题”制度，全年开展理论中心组学习12次以上。
I 2.|提升基层党组织组织力。
U (1)|开展中小学党组织“双培养”工作，年内把30名骨干教师培养成党员；
U (2)|实施支部书记“领航”工程，组织专题培训2期。
S 二、|推进教育优质均衡
I 1.|优化教育资源布局。完成北京路小学、秦楼街道中心幼儿园等5个项目建设，新增学位3600个。
I 2.|深化集团化办学改革。
U (1)|新组建教育集团3个，集团化办学覆盖率达到85%；
U (2)|推行集团内教师统筹调配、教学统一管理、质量统一评价。
I 3.|办好人民满意的学前教育。公办园在园幼儿占比达到60%，省级示范幼儿园达到25所。
S 三、|提升教育教学质量
I 1.|深化课程教学改革。实施基础教育课程教学改革深化行动，建设区级精品课程50门。
I 2.|加强体育美育工作。
U (1)|实施学生体质健康促进行动，中小学生体质健康优良率达到60%。
P 开展阳光体育大课间评比活动，每学期不少于1次。
I 3.|推进教育数字化。建设智慧校园示范校10所，推广使用国家中小学智慧教育平台。
S 四、|强化教育保障
I 1.|建强教师队伍。公开招聘教师280名，实施中小学教师全员培训，完成继续教育学时认定。
I 2.|维护校园安全。完善校园安全风险防控体系，全面落实校园“护学岗”制度。
""",
    "expect": {"title": "东港区2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-05", "publisher": None, "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"publisher": "日照市东港区教育和体育局"},
    "must_not_appear": ["本站原创", "admin", "点击数", "9:30:12"],
})

# --------------------------------------------------------------------------- 15 内蒙古 赛罕区: three pairs, date with time
PAGES.append({
    "slug": "15_saihan_three_pairs_datetime_report",
    "what": "内蒙古 district; th/td table with three pairs a row and a colspan=5 标题 row, 发布日期 printed with seconds; "
            "ArticleTitle/PubDate meta agreeing; a 2022年工作总结 published in January 2023; items （一） restart",
    "url": "http://www.saihan.gov.cn/zfxxgk/bmxxgkml/sjyj/jhzj/202301/t20230109_1521146.html",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "c", "style": "div",
    "site": "呼和浩特市赛罕区人民政府", "phone": "0471-4951315", "code": "1501050001",
    "icp": "蒙ICP备05003189号", "ga": "蒙公网安备 15010502000112号", "column": "计划总结",
    "prev": "赛罕区教育局2023年部门预算", "next": "赛罕区2022年教育民生实事完成情况",
    "html_title": "赛罕区教育局2022年工作总结-呼和浩特市赛罕区人民政府",
    "head": """<meta name="ArticleTitle" content="赛罕区教育局2022年工作总结">
<meta name="PubDate" content="2023-01-09 16:02">
<meta name="ContentSource" content="赛罕区教育局">""",
    "article": """<table class="zwgk-info" width="100%">
<tr><th>索引号：</th><td>11150105011566173D/2023-00003</td><th>发布机构：</th><td>赛罕区教育局</td><th>主题分类：</th><td>教育</td></tr>
<tr><th>文号：</th><td>赛教发〔2023〕2号</td><th>成文日期：</th><td>2023-01-06</td><th>发布日期：</th><td>2023-01-09 16:02:35</td></tr>
<tr><th>标题：</th><td colspan="5">赛罕区教育局2022年工作总结</td></tr>
</table>
<div class="detail">
<h1>赛罕区教育局2022年工作总结</h1>
<div class="detail-con">
{content}
</div>
</div>""",
    "spec": """
P 2022年，区教育局坚持稳字当头、稳中求进，统筹疫情防控和教育事业发展，较好完成了全年目标任务。现将工作情况总结如下：
S 一、|主要工作完成情况
I （一）|党建引领作用充分发挥。全区中小学党组织领导的校长负责制实现全覆盖，创建自治区级党建示范校2所。
I （二）|教育资源供给持续扩大。新建改扩建学校和幼儿园9所，新增学位5400个，大班额比例降至1.2%。
I （三）|教育教学质量稳步提升。中考各学科平均分均高于全市平均水平，高考本科上线率达到78.6%。
I （四）|“双减”工作取得实效。课后服务参与率达到97%，学科类校外培训机构压减96%。
I （五）|铸牢中华民族共同体意识教育扎实开展。开展民族团结进步创建活动，创建示范学校12所。
I （六）|教师队伍素质不断提高。招聘教师320名，培训教师1.2万人次，新增自治区级骨干教师18名。
S 二、|存在的问题
I （一）|城乡、校际之间办学水平仍有差距，农村学校优质师资相对不足。
I （二）|教育信息化应用水平有待提高，部分学校设备使用率不高。
S 三、|2023年工作打算
I （一）|持续推进学校建设和学位扩容，力争新增学位3000个，全面消除大班额。
""",
    "expect": {"title": "赛罕区教育局2022年工作总结", "notice_title": None,
               "index_no": "11150105011566173D/2023-00003", "doc_no": "赛教发〔2023〕2号", "pub_date": "2023-01-09",
               "publisher": "赛罕区教育局", "plan_year": 2022, "doc_kind": "report"},
    "must_not_appear": ["11150105011566173D", "主题分类", "16:02:35", "成文日期"],
})

# --------------------------------------------------------------------------- 16 福建 同安区: <strong> label lines, notice, 附件
PAGES.append({
    "slug": "16_tongan_strong_lines_notice_attachments",
    "what": "福建 district; a box of <p><strong>label：</strong>value</p> lines (标题, 索引号, 发文机关 in <a>, 发文字号, "
            "成文日期, 发布日期 2025年2月21日 星期五); a notice without 《》 wrapping the plan; 附件 list after the last item",
    "url": "https://www.xmta.gov.cn/zwgk/zfxxgkzl/qzfxxgkml/jyj/ghjh/202502/t20250221_1178043.htm",
    "headers": UTF8, "encoding": "utf-8", "charset": "utf-8", "chrome": "a", "style": "p",
    "site": "厦门市同安区人民政府", "short": "同安", "host": "同安区人民政府办公室", "code": "3502120009",
    "icp": "闽ICP备05003912号", "ga": "闽公网安备 35021202000043号", "column": "规划计划",
    "prev": "同安区教育局2024年工作总结", "next": "同安区2025年中小学校招生工作方案",
    "html_title": "同安区教育局关于印发2025年全区教育工作要点的通知_厦门市同安区人民政府",
    "article": """<div class="xxgk-box">
<p><strong>标　　题：</strong>同安区教育局关于印发2025年全区教育工作要点的通知</p>
<p><strong>索 引 号：</strong>XM00113-0200-2025-00009</p>
<p><strong>发文机关：</strong><a href="/zwgk/jg/jyj/">厦门市同安区教育局</a></p>
<p><strong>发文字号：</strong>同教〔2025〕12号</p>
<p><strong>成文日期：</strong>2025-02-18</p>
<p><strong>发布日期：</strong>2025年2月21日 星期五</p>
</div>
<div class="xl-main">
<h1 class="xl-title">同安区教育局关于印发2025年全区教育工作要点的通知</h1>
<div class="xl-content TRS_Editor">
{content}
</div>
</div>""",
    "spec": """
P 各中小学、幼儿园，局机关各科室、直属各单位：
P 现将《同安区2025年教育工作要点》印发给你们，请结合实际，认真贯彻落实。
C 同安区教育局
C 2025年2月18日
T 同安区2025年教育工作要点
P 2025年是“十四五”规划收官之年，全区教育系统要深入实施教育强国建设规划纲要，奋力推进同安教育高质量发展。
S 一、|坚持党建引领，落实根本任务
I 1.|深化党建品牌建设。培育“一校一品”党建品牌20个，创建市级党建示范校2所。
I 2.|推进大中小学思政一体化。建设思政教育实践基地10个，开展思政课“大练兵”活动。
I 3.|加强未成年人心理健康工作。建立“一生一档”心理健康档案，心理健康教师配备率达到100%。
S 二、|扩大优质资源，促进均衡发展
I 4.|加快学校项目建设。建成同安区新城小学、祥平幼儿园等7个项目，新增学位6300个。
I 5.|深化集团化办学。新组建教育集团3个，集团化办学覆盖率达到90%。
I 6.|推动高中多样化发展。支持同安一中创建省一级达标高中特色学校，开设科技创新实验班。
I 7.|提升职业教育服务能力。建设省级高水平专业群1个，订单培养学生达到800人。
S 三、|深化教育改革，提升育人质量
I 8.|推进教育教学改革。开展新课程新教材实施示范校建设，评选区级教学成果奖30项。
I 9.|加强科学教育和数字教育。建设科学教育特色学校15所，推进人工智能教育进课堂。
S 四、|强化要素保障，守牢安全底线
I 10.|建强高素质教师队伍。招聘教师350名，实施名师名校长培养工程，培养省市级名师40名。
I 11.|守牢校园安全稳定底线。完善校园安全风险防控体系，确保不发生重大安全责任事故。
C 附件：1.同安区2025年教育重点项目清单
C 2.同安区2025年教育民生实事任务分解表
""",
    "expect": {"title": "同安区2025年教育工作要点", "notice_title": "同安区教育局关于印发2025年全区教育工作要点的通知",
               "index_no": "XM00113-0200-2025-00009", "doc_no": "同教〔2025〕12号", "pub_date": "2025-02-21",
               "publisher": "厦门市同安区教育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["XM00113-0200-2025-00009", "发文机关", "发文字号", "星期五", "标　　题"],
})
