"""Hand-written specs of the fifth holdout's pages: template, body text, and what a reader records.

Every page is a full page as a crawler receives it from a 2023–2025 集约化 government platform; the
body text was written for this set in the genre of real county and city education plans. The
answers (`expect`, and the structure derived from `spec` by build_pages.py) are what a careful
reader of the rendered page records; see README.md for the decisions a reader could make otherwise.
"""

from __future__ import annotations

UTF8 = {"Content-Type": "text/html; charset=utf-8"}
NO_CHARSET = {"Content-Type": "text/html"}

PAGES: list[dict] = []

# --------------------------------------------------------------------------- 01 安徽 肥东县: Hanweb 集约化, #barrierfree_container
PAGES.append({
    "slug": "01-anhui-feidong-2024-plan",
    "url": "https://www.feidong.gov.cn/public/2000003171/1109876543.html",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "安徽 county 信息公开 page on the new Hanweb 集约化 template: 无障碍/关怀版/繁體 toolbar, div.xxgk-info "
            "rows of label/value spans (索 引 号 padded, empty 文号, 有 效 性), div.article-content#zoom inside "
            "#barrierfree_container, Word-pasted 仿宋_GB2312 spans with digits in their own Times New Roman spans, "
            "preamble 总体要求 in bold, items 1.–16. numbered through; 相关附件/相关解读(政策解读)/分享到/收藏 after the body",
    "style": "word",
    "expect": {"title": "肥东县教育体育局2024年工作要点", "notice_title": None,
               "index_no": "11340122003121452Q/202403-00018", "doc_no": None, "pub_date": "2024-03-08",
               "publisher": "肥东县教育体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["欢迎访问", "移动版", "一图读懂", "微博"],
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="SiteName" content="肥东县人民政府">
<meta name="SiteDomain" content="www.feidong.gov.cn">
<meta name="SiteIDCode" content="3401220001">
<meta name="ColumnName" content="计划总结">
<meta name="ArticleTitle" content="肥东县教育体育局2024年工作要点">
<meta name="PubDate" content="2024-03-08 16:20">
<meta name="ContentSource" content="肥东县教育体育局">
<title>肥东县教育体育局2024年工作要点_计划总结_肥东县人民政府</title>
<link rel="stylesheet" href="/assets/css/common.css">
<link rel="stylesheet" href="/assets/css/xxgk.css">
<script src="/assets/js/jquery.min.js"></script>
<script src="/assets/js/barrierfree/slh.js" id="barrierfree_js"></script>
</head>
<body>
<div class="topbar"><div class="container">
<span class="welcome">欢迎访问肥东县人民政府网站！</span>
<div class="topbar-r"><a href="javascript:void(0)" id="cniil_wza">无障碍</a><a href="javascript:void(0)" class="j-care">关怀版</a><a href="javascript:void(0)" id="StranLink">繁體</a><a href="/site/tpl/5341">移动版</a></div>
</div></div>
<div id="barrierfree_container">
<div class="header"><div class="container"><a href="/" class="logo"><img src="/assets/images/logo.png" alt="肥东县人民政府"></a>
<form class="search" action="/site/search/6789" method="get"><input type="text" name="searchWord" placeholder="请输入搜索内容"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="container"><li><a href="/">首页</a></li><li><a href="/zjfd/">走进肥东</a></li><li><a href="/xwzx/">新闻中心</a></li><li class="on"><a href="/public/column/2000003171">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="wz-position container">您现在的位置：<a href="/">首页</a> &gt; <a href="/public/column/2000003171">信息公开</a> &gt; <a href="/public/column/2000003171?type=4&amp;catId=6717041">肥东县教育体育局</a> &gt; <span>计划总结</span></div>
<div class="container xxgk-detail">
<div class="xxgk-info">
<div class="row"><span class="label">索 引 号：</span><span class="value">11340122003121452Q/202403-00018</span><span class="label">信息分类：</span><span class="value">计划总结</span></div>
<div class="row"><span class="label">发布机构：</span><span class="value">肥东县教育体育局</span><span class="label">生成日期：</span><span class="value">2024-03-08</span></div>
<div class="row"><span class="label">文　　号：</span><span class="value"></span><span class="label">有 效 性：</span><span class="value">有效</span></div>
<div class="row"><span class="label">名　　称：</span><span class="value">肥东县教育体育局2024年工作要点</span></div>
</div>
<div class="article">
<h1 class="newstitle">肥东县教育体育局2024年工作要点</h1>
<div class="newsinfo"><span>发布时间：2024-03-08 16:20</span><span>来源：肥东县教育体育局</span><span>浏览次数：<em id="hits">1253</em></span>
<span class="fontsize">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="article-content" id="zoom">
@@CONTENT@@
</div>
<div class="xgfj"><h4>相关附件</h4><ul><li><a href="/group4/M00/0A/1B/rBIAAmXq.pdf">肥东县教育体育局2024年工作要点.pdf</a></li></ul></div>
<div class="xgjd"><h4>相关解读</h4><ul><li><a href="/public/2000003171/1109877001.html">【政策解读】一图读懂《肥东县教育体育局2024年工作要点》</a></li></ul></div>
<div class="share-box"><span>分享到：</span><a class="wx" href="javascript:void(0)">微信</a><a class="wb" href="javascript:void(0)">微博</a><a class="qz" href="javascript:void(0)">QQ空间</a>
<a href="javascript:addFavorite()">收藏</a><a href="javascript:window.print()">打印</a><a href="javascript:window.close()">关闭</a></div>
<div class="mobile-qr"><img src="/qrcode?w=120" alt=""><p>扫一扫在手机打开当前页</p></div>
</div>
</div>
<div class="footer"><div class="container">
<p><a href="/about">关于我们</a> | <a href="/sitemap">网站地图</a> | <a href="/contact">联系我们</a> | <a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
<p>主办单位：肥东县人民政府办公室　承办单位：肥东县数据资源局</p>
<p>网站标识码：3401220001　<a href="https://beian.miit.gov.cn/">皖ICP备05006532号</a>　<img src="/assets/images/ga.png" alt="">皖公网安备 34012202000123号</p>
</div></div>
</div>
<script>$(function(){ $.get("/site/hits?id=1109876543", function(n){ $("#hits").text(n); }); });</script>
</body>
</html>
""",
    "spec": """
P **总体要求：**坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，认真落实全国、全省教育大会部署，坚持教育优先发展，聚焦“办好人民满意的教育”目标，深入实施基础教育扩优提质行动，加快建设教育强县，为肥东高质量发展提供有力人才支撑。
S 一、|坚持党建引领，筑牢教育发展政治根基
I 1.|加强党的政治建设。深入学习贯彻习近平新时代中国特色社会主义思想，落实“第一议题”制度，全年开展局党委理论学习中心组集中学习不少于12次。健全中小学校党组织领导的校长负责制运行机制，完成全县86所中小学章程修订。
I 2.|深化党建品牌创建。实施“一校一品”党建品牌培育工程，新培育县级党建示范校10所、“五星级”党支部15个，推动党建与教育教学、校园文化深度融合。
I 3.|压实全面从严治党责任。严格落实党风廉政建设责任制，开展教育系统内部巡察4轮，持续整治群众身边不正之风和腐败问题，推进清廉学校建设全覆盖。
S 二、|落实立德树人，促进学生全面发展
I 4.|推进大中小学思政课一体化建设。组建县级思政课名师工作室3个，开展思政课教学展示活动20场以上，用好红色资源，打造“行走的思政课”品牌。
I 5.|强化体育美育劳动教育。保障学生每天校内体育活动时间不少于2小时，新建标准化足球场3片，举办全县中小学生运动会和艺术展演，建设县级劳动教育实践基地5个。
I 6.|加强学生心理健康教育。配齐配强专兼职心理健康教育教师，每所中小学至少配备1名专职心理教师，开展学生心理健康筛查和家校协同干预，建立“一生一档”心理成长档案。
S 三、|推进优质均衡，扩大优质教育资源供给
I 7.|加快学校建设项目推进。续建肥东第八中学、店埠镇第二小学等项目9个，新建撮镇镇中心幼儿园等项目4个，全年新增学位5400个，秋季学期全部按期投入使用。
I 8.|深化集团化办学改革。新组建紧密型教育集团6个，实现城区优质学校与乡镇学校结对帮扶全覆盖，推动集团内教师交流轮岗比例不低于15%。
I 9.|办好特殊教育和专门教育。完善残疾儿童少年“一人一案”安置机制，适龄残疾儿童少年义务教育入学率保持在97%以上，推进特殊教育学校康复教室建设。
S 四、|深化教育改革，增强教育发展动力
I 10.|持续深化“双减”工作。提升课后服务质量，推行“5+2”课后服务模式，课后服务学生参与率稳定在95%以上，严格规范校外培训机构管理。
I 11.|推进“县管校聘”管理改革。科学核定学校教职工编制和岗位，统筹调配中小学教师120名以上，着力解决乡村学校结构性缺员问题。
I 12.|推动职业教育产教融合。支持肥东职教中心与县域重点企业共建产业学院2个，新增校企合作订单班8个，中职毕业生双证书获取率达到90%以上。
S 五、|建强教师队伍，提升教书育人能力
I 13.|加强师德师风建设。开展师德师风专题教育，严格落实师德失范行为负面清单和问责办法，评选表彰“肥东好老师”50名。
I 14.|提升教师专业素养。实施新教师“青蓝工程”，培育省市县级骨干教师200名，组织全员培训不少于72学时，全年招聘新教师260名。
S 六、|守牢安全底线，营造良好育人环境
I 15.|抓好校园安全管理。深化平安校园建设，开展防溺水、交通、消防等专项整治，校园“一键式紧急报警”装置和视频监控联网率保持100%。
I 16.|加强教育督导评估。完成对18个乡镇（园区）人民政府履行教育职责督导评价，开展中小学校责任督学挂牌督导全覆盖，督导结果作为考核重要依据。
""",
})

# --------------------------------------------------------------------------- 02 江苏 宿城区: notice wrapping a plan, table.zwgk-table, div.zwgk_comr
PAGES.append({
    "slug": "02-jiangsu-sucheng-2025-notice",
    "url": "http://www.sqsc.gov.cn/scqjyj/jhzj/202502/b4c1e8f2a3d14e7f9a61c0d2e5b7f813.shtml",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "江苏 district notice 关于印发《…》的通知 (issuer-prefixed heading) wrapping the plan: table.zwgk-table with "
            "发文机关/成文日期/文号/发布日期/有效性/主题分类 and no 发布机构; body in div.zwgk_comr; notice, signature, "
            "（此件公开发布）, the plan's heading printed again, preamble; items 1.–14. whose lead sentence is in "
            "<strong>; （1）（2）（3） sub-items on their own paragraphs under items ending with a colon; 相关解读 block",
    "style": "strong_p",
    "expect": {"title": "宿城区教育局2025年工作要点",
               "notice_title": "宿迁市宿城区教育局关于印发《宿城区教育局2025年工作要点》的通知",
               "index_no": "014042736/2025-00041", "doc_no": "宿城教发〔2025〕5号", "pub_date": "2025-02-19",
               "publisher": "宿迁市宿城区教育局", "plan_year": 2025, "doc_kind": "plan"},
    "tolerated": {"notice_title": "关于印发《宿城区教育局2025年工作要点》的通知"},
    "must_not_appear": ["政务公开", "苏ICP备", "图解"],
    "html": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="宿迁市宿城区人民政府" />
<meta name="ColumnName" content="计划总结" />
<meta name="ArticleTitle" content="宿迁市宿城区教育局关于印发《宿城区教育局2025年工作要点》的通知" />
<title>宿迁市宿城区教育局关于印发《宿城区教育局2025年工作要点》的通知 - 宿迁市宿城区人民政府</title>
<link href="/css/zwgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="head_top"><div class="w1200"><span id="today"></span><div class="fr"><a href="javascript:;" onclick="aged()">关怀版</a> | <a href="javascript:;" id="wza">无障碍</a> | <a href="/m/">手机版</a></div></div></div>
<div class="banner w1200"><img src="/images/banner_zwgk.jpg" alt="宿城区人民政府 政务公开" /></div>
<div class="menu w1200"><a href="/">首页</a><a href="/sczx/">宿城资讯</a><a href="/zwgk/" class="cur">政务公开</a><a href="/zmhd/">政民互动</a><a href="/bsfw/">办事服务</a></div>
<div class="w1200 weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/scqjyj/">区教育局</a> &gt; <a href="/scqjyj/jhzj/">计划总结</a></div>
<div class="w1200 zwgk_con">
<table class="zwgk-table" cellspacing="0" cellpadding="0" width="100%">
<tr><th width="12%">索引号</th><td width="38%">014042736/2025-00041</td><th width="12%">分类</th><td>计划总结</td></tr>
<tr><th>发文机关</th><td>宿迁市宿城区教育局</td><th>成文日期</th><td>2025-02-17</td></tr>
<tr><th>名称</th><td colspan="3">宿迁市宿城区教育局关于印发《宿城区教育局2025年工作要点》的通知</td></tr>
<tr><th>文号</th><td>宿城教发〔2025〕5号</td><th>发布日期</th><td>2025-02-19</td></tr>
<tr><th>有效性</th><td>有效</td><th>主题分类</th><td>教育</td></tr>
</table>
<div class="zwgk_title"><h2>宿迁市宿城区教育局关于印发《宿城区教育局2025年工作要点》的通知</h2></div>
<div class="zwgk_comr">
@@CONTENT@@
</div>
<div class="zwgk_jd"><p class="jd_tit">相关解读</p><ul><li><a href="/scqjyj/zcjd/202502/c71e.shtml">图解：宿城区教育局2025年工作要点</a></li></ul></div>
<div class="zwgk_tool"><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：宿迁市宿城区人民政府办公室 地址：宿迁市宿城区青海湖路 联系电话：0527-84360000</p>
<p>网站标识码：3213020004 <a href="https://beian.miit.gov.cn">苏ICP备12043719号-1</a> <a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
<script type="text/javascript">var d=new Date();document.getElementById("today").innerHTML=d.getFullYear()+"年"+(d.getMonth()+1)+"月"+d.getDate()+"日";</script>
</body>
</html>
""",
    "spec": """
P 各中小学、幼儿园，局机关各科室、直属单位：
P 现将《宿城区教育局2025年工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
C 宿迁市宿城区教育局
C 2025年2月17日
C （此件公开发布）
H 宿城区教育局2025年工作要点
P 2025年是“十四五”规划收官之年，也是谋划“十五五”教育发展的关键之年。全区教育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届三中全会精神，锚定教育强区建设目标，以“优质均衡、人民满意”为主线，推动全区教育高质量发展走在全市前列。
S 一、|强化政治引领，坚持党对教育工作的全面领导
I 1.|**加强政治理论武装。**健全理论学习常态化机制，开展“思想铸魂”系列宣讲活动，推动党的创新理论进校园、进课堂、进头脑。
I 2.|**夯实基层党建基础。**深化“红色宿教”党建品牌建设，培育“一校一品”党建特色品牌12个，全面推行党组织领导的校长负责制。
I 3.|**持续正风肃纪反腐。**开展教育领域群众身边不正之风和腐败问题集中整治，推进清廉学校建设，完成对8所学校的内部巡察。
S 二、|坚持五育并举，全面提升育人质量
I 4.|**深化思政育人。**推进大中小学思政课一体化建设，开展“开学第一课”“国旗下讲话”等主题教育，建成区级思政教育实践基地6个。
I 5.|**加强体美劳教育。**全面落实学生每天综合体育活动时间不少于2小时，国家学生体质健康标准优良率提高2个百分点，每名学生掌握1至2项运动技能。
I 6.|**促进学生身心健康。**实施学生心理健康促进行动，重点做好以下工作：
U （1）|建立区、校、班三级心理健康预警网络，每学期开展一次全员心理健康测评。
U （2）|中小学校心理辅导室建设达标率100%，专兼职心理健康教师持证上岗率达到80%以上。
U （3）|落实儿童青少年近视防控措施，全区学生总体近视率较上年下降1个百分点。
S 三、|聚焦优质均衡，扩大优质教育资源供给
I 7.|**推进学前教育普及普惠。**新建、改扩建公办幼儿园3所，公办园在园幼儿占比保持在60%以上，创成省优质幼儿园2所。
I 8.|**推动义务教育优质均衡。**加快洋河新区实验学校等项目建设，新增义务教育学位2700个，积极创建国家义务教育优质均衡发展区。
I 9.|**促进普通高中多样化发展。**支持宿城中学创建省高品质示范高中，推进普通高中学科特色建设，本科达线率稳步提升。
S 四、|深化综合改革，激发教育发展活力
I 10.|**深化集团化办学。**优化调整教育集团布局，推动城乡学校“捆绑式”发展，实现乡村学校集团化办学覆盖率100%。
I 11.|**推进教育评价改革。**坚决克服“五唯”顽瘴痼疾，重点推进：
U （1）|完善学校办学质量评价，建立以发展性评价为核心的学校考核体系。
U （2）|改进学生评价，全面实施中小学生综合素质评价，推动评价结果在招生录取中合理运用。
I 12.|**推进数字教育建设。**建成智慧校园示范校10所，推动国家中小学智慧教育平台常态化应用，教师数字素养培训覆盖率达到100%。
S 五、|加强队伍建设，筑牢安全稳定防线
I 13.|**建设高素质教师队伍。**实施名师培育工程，新增市级以上骨干教师80名，落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。
I 14.|**维护校园安全稳定。**健全校园安全风险防控体系，常态化开展安全隐患排查整治，确保全年不发生重大安全责任事故。
""",
})

# --------------------------------------------------------------------------- 03 四川 仁寿县: 2024—2025学年 plan, div#ivs_content
PAGES.append({
    "slug": "03-sichuan-renshou-2024-2025-xuenian",
    "url": "https://www.rs.gov.cn/rsxjyj/c109345/2024-08/30/content_8f31d2a6c5e44b0f9d3a7e1c2b6d5f40.shtml",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "四川 county 2024—2025学年 plan in div#ivs_content (UEditor spans), header line of spans 发布时间/来源/"
            "浏览次数 with 【字体：大 中 小】 and 分享到; items 1、 restarting in every section, two items continuing "
            "over a second paragraph; closing signature and date after the last item",
    "style": "ueditor",
    "expect": {"title": "仁寿县教育局2024—2025学年工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-08-30", "publisher": "仁寿县教育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"plan_year": 2025},
    "must_not_appear": ["微信", "川公网安备"],
    "html": """<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>仁寿县教育局2024—2025学年工作计划 - 仁寿县人民政府</title>
<link rel="stylesheet" href="/rsxjyj/css/ivs_style.css">
<script src="/rsxjyj/js/jquery-3.6.0.min.js"></script>
<script src="/rsxjyj/js/ivs_fontsize.js"></script>
</head>
<body>
<div class="ivs-top"><div class="wrap"><span>眉山市仁寿县人民政府</span><div class="r"><a href="javascript:;" class="ivs-elder">长者模式</a><a href="javascript:;" class="ivs-jt">简体</a>|<a href="javascript:;" class="ivs-ft">繁體</a></div></div></div>
<div class="ivs-header wrap"><img src="/rsxjyj/images/logo.png" alt=""><div class="ivs-search"><input type="text" placeholder="搜索本站"><a href="javascript:;">搜索</a></div></div>
<div class="ivs-nav"><div class="wrap"><a href="/">网站首页</a><a href="/rsxjyj/c109301/">教育动态</a><a href="/rsxjyj/c109345/" class="on">通知公告</a><a href="/rsxjyj/c109360/">政策文件</a><a href="/rsxjyj/c109377/">办事指南</a></div></div>
<div class="wrap ivs-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/rsxjyj/">仁寿县教育局</a> &gt; <a href="/rsxjyj/c109345/">通知公告</a></div>
<div class="wrap ivs-main">
<div class="ivs-article">
<h1 class="ivs-title">仁寿县教育局2024—2025学年工作计划</h1>
<div class="ivs-info">
<span class="time">发布时间：2024-08-30 09:12</span>
<span class="source">来源：仁寿县教育局</span>
<span class="views">浏览次数：<i id="ivs_views">--</i></span>
<span class="font">【字体：<a href="javascript:ivsFont(20)">大</a> <a href="javascript:ivsFont(16)">中</a> <a href="javascript:ivsFont(14)">小</a>】</span>
</div>
<div id="ivs_content" class="ivs-content">
@@CONTENT@@
</div>
<div class="ivs-share">分享到：<a class="bds_weixin" title="分享到微信">微信</a><a class="bds_tsina" title="分享到新浪微博">微博</a><a class="bds_qzone">QQ空间</a></div>
<div class="ivs-page"><p>上一篇：<a href="/rsxjyj/c109345/2024-08/27/content_b1.shtml">关于做好2024年秋季学期开学工作的通知</a></p><p>下一篇：<a href="/rsxjyj/c109345/2024-09/02/content_c2.shtml">仁寿县2024年教师节表彰名单公示</a></p></div>
</div>
</div>
<div class="ivs-footer"><div class="wrap">
<p>主办单位：仁寿县教育局　技术支持：仁寿县融媒体中心</p>
<p>网站标识码：5114210017　<a href="https://beian.miit.gov.cn/">蜀ICP备13021637号-2</a>　川公网安备51142102000156号</p>
</div></div>
<script>$.getJSON("/ivs/api/views?id=8f31d2a6", function(r){ $("#ivs_views").text(r.count); });</script>
</body>
</html>
""",
    "spec": """
P 为全面贯彻党的教育方针，落实立德树人根本任务，推动全县教育高质量发展，结合我县教育工作实际，制定本学年工作计划。
S 一、|加强党的建设，把牢办学方向
I 1、|深化理论学习。坚持每月开展一次党组理论学习中心组学习，组织全县教职工开展学习贯彻党的二十届三中全会精神专题培训，实现全覆盖。
I 2、|建强基层组织。推进中小学校党组织领导的校长负责制走深走实，开展党支部标准化规范化建设，新创建市级“五好”党支部5个。
I 3、|严肃纪律规矩。开展违规收费、违规补课、有偿家教等问题专项治理，畅通举报渠道，对查实问题一律从严处理。
S 二、|推进均衡发展，办好公平教育
I 1、|扩大学前教育资源。新建文林镇第三幼儿园、视高幼儿园，新增学前学位720个，学前三年毛入园率稳定在93%以上。
P 加强幼儿园保教质量评估，全面消除“小学化”倾向，普惠性幼儿园覆盖率达到92%。
I 2、|推进城乡义务教育一体化。实施薄弱学校改造提升项目12个，完成龙正中学教学楼、汪洋小学运动场建设，义务教育巩固率保持在99%以上。
I 3、|做好控辍保学和资助工作。落实“一生一案”劝返复学机制，义务教育阶段辍学学生动态清零；全年发放各类学生资助资金3600万元。
S 三、|聚焦内涵发展，提升教育质量
I 1、|深化课堂教学改革。推广“四环节”高效课堂教学模式，举办县级优质课评选活动，开展送教下乡活动30次。
I 2、|加强教研科研工作。建立县、片区、学校三级教研网络，组建学科中心教研组18个，立项市级以上课题15项。
P 办好仁寿县第五届教育科研成果评选，推广优秀成果在课堂教学中的应用。
I 3、|提高普通高中办学水平。推进仁寿一中、仁寿二中特色化办学，高考本科上线人数力争突破6500人。
S 四、|建设教师队伍，夯实发展根基
I 1、|加强教师培养培训。实施“名师、名校长”培育工程，开展新入职教师岗前培训和全员培训，年内培训教师4000人次。
I 2、|优化教师资源配置。落实教师“县管校聘”，统筹推进城区学校教师到农村学校交流轮岗，交流人数不少于300人。
S 五、|守牢安全底线，维护和谐稳定
I 1、|强化校园安全管理。落实校园安全“一岗双责”，每月开展安全隐患排查，常态化开展应急疏散演练，确保师生生命安全。
I 2、|加强校园食品安全监管。全面落实校长（园长）陪餐制度，学校食堂“明厨亮灶”覆盖率达到100%，严防食品安全事故发生。
C 仁寿县教育局
C 2024年8月28日
""",
})

# --------------------------------------------------------------------------- 04 湖南 溆浦县: 2025年春季学期, TRS_Editor > Custom_UnionStyle
PAGES.append({
    "slug": "04-hunan-xupu-2025-spring",
    "url": "https://www.xupu.gov.cn/xupu/c118076/202502/6a2d9f1b3c8e4f7a9b0c1d2e3f4a5b6c.shtml",
    "headers": NO_CHARSET,
    "encoding": "utf-8",
    "what": "湖南 county 2025年春季学期 plan: div.TRS_Editor > div.Custom_UnionStyle of MsoNormal paragraphs indented "
            "with &nbsp; before the 仿宋_GB2312 span, the plan title repeated centred at the top of the body; "
            "metadata in meta tags (content before name) and a header line 信息来源/发布时间; items （一） restarting "
            "per section with 楷体 lead sentences; 一是/二是/三是 sub-items on their own paragraphs; a continuation "
            "paragraph under an item",
    "style": "trs_mso",
    "expect": {"title": "溆浦县教育局2025年春季学期工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2025-02-24", "publisher": "溆浦县教育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["湘ICP备", "【打印】"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta content="溆浦县人民政府" name="SiteName">
<meta content="www.xupu.gov.cn" name="SiteDomain">
<meta content="4312240001" name="SiteIDCode">
<meta content="工作计划" name="ColumnName">
<meta content="溆浦县教育局2025年春季学期工作计划" name="ArticleTitle">
<meta content="2025-02-24 16:05" name="PubDate">
<meta content="溆浦县教育局" name="ContentSource">
<title>溆浦县教育局2025年春季学期工作计划_溆浦县人民政府</title>
<link rel="stylesheet" type="text/css" href="/xupu/xhtml/css/common.css">
<script type="text/javascript" src="/xupu/xhtml/js/jquery.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="/xupu/wza/">无障碍浏览</a><a href="javascript:;" id="oldman">关怀版</a><a href="javascript:;" id="translate">繁體版</a></div></div>
<div class="header w1200"><img src="/xupu/xhtml/images/logo.png" alt="溆浦县人民政府"></div>
<div class="navbar"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/xupu/c118001/">政务要闻</a></li><li><a href="/xupu/c118070/">政务公开</a></li><li><a href="/xupu/c118090/">政务服务</a></li><li><a href="/xupu/c118099/">政民互动</a></li></ul></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="/xupu/c118070/">政务公开</a> &gt; <a href="/xupu/c118076/">部门信息</a></div>
<div class="w1200 main-detail">
<div class="detail-title"><h1>溆浦县教育局2025年春季学期工作计划</h1>
<div class="detail-info">信息来源：溆浦县教育局　　发布时间：2025-02-24　　【字体：<a href="javascript:void(0);" onclick="doZoom(18)">大</a> <a href="javascript:void(0);" onclick="doZoom(16)">中</a> <a href="javascript:void(0);" onclick="doZoom(14)">小</a>】</div></div>
<div class="detail-content" id="zoom">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
@@CONTENT@@
</div></div>
</div>
<div class="detail-bottom"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="detail-qrcode"><div id="qrcode"></div><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：溆浦县人民政府办公室　承办单位：溆浦县政务服务中心</p>
<p>网站标识码：4312240001　<a href="https://beian.miit.gov.cn">湘ICP备05009876号</a>　<a href="http://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
<script type="text/javascript">new QRCode(document.getElementById("qrcode"), location.href);</script>
</body>
</html>
""",
    "spec": """
H 溆浦县教育局2025年春季学期工作计划
P 本学期，全县教育系统将以习近平新时代中国特色社会主义思想为指导，深入贯彻全国、全省教育大会精神，围绕“建设教育强县”目标，突出抓好以下几个方面的工作。
S 一、|抓党建，凝聚发展合力
I （一）|**强化理论武装。**开学初组织全县教育系统开展党的创新理论集中学习，局党组理论学习中心组本学期集中学习不少于6次。
I （二）|**加强阵地管理。**落实意识形态工作责任制，加强对校园网站、微信公众号、宣传栏等阵地的日常管理，做好舆情监测和处置。
I （三）|**推进清廉学校建设。**开展“清廉校园”创建活动，本学期完成15所学校创建验收，营造风清气正的育人环境。
S 二、|抓质量，提升育人水平
I （一）|**落实教学常规。**开展教学常规“月查月评”，规范学校课程设置和作息时间，严禁随意增减课时。
I （二）|**抓好毕业年级备考。**做好初三、高三年级复习备考工作，重点做好以下三方面：
U 一是|3月上旬召开全县中考、高考备考工作会议，分析学情，明确目标。
U 二是|组织高三年级两次全县联考，开展质量分析和试卷讲评。
U 三是|建立毕业年级学困生帮扶台账，落实“一对一”辅导。
I （三）|**丰富校园文体活动。**举办全县中小学生田径运动会、“三独”比赛和经典诵读比赛，每校至少组建3个学生社团。
S 三、|抓保障，改善办学条件
I （一）|**推进项目建设。**加快溆浦县第二中学扩建、卢峰镇中心小学综合楼等项目建设，确保秋季学期新增学位1350个。
I （二）|**做好学生资助工作。**落实国家各项资助政策，做到应助尽助，本学期计划发放资助资金1860万元，惠及学生2.1万人次。
P 同时做好脱贫家庭学生、农村低保家庭学生等重点群体的精准识别和动态监测。
I （三）|**改善农村学校办学条件。**本学期重点实施：
U 一是|为12所乡村小规模学校配备多媒体教学设备和图书。
U 二是|完成8所农村学校厕所改造和饮水设施提升工程。
S 四、|抓安全，守护平安校园
I （一）|**开展开学安全大检查。**2月下旬对全县学校开展开学安全大检查，重点排查校舍、消防、食堂、校车等安全隐患，建立问题整改台账。
I （二）|**抓好防溺水工作。**4月起全面启动防溺水专项行动，落实“六不两会”教育要求，开展家访全覆盖。
I （三）|**加强校园周边综合治理。**会同公安、市场监管等部门开展校园周边环境专项整治，确保校园及周边安全稳定。
""",
})

# --------------------------------------------------------------------------- 05 广西 右江区: 2024年度, div.view, mixed markers
PAGES.append({
    "slug": "05-guangxi-youjiang-2024-niandu",
    "url": "http://www.youjiang.gov.cn/xxgk/zfxxgkml/jyj/ghjh/t18273645.shtml",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "广西 district 2024年度 plan in div.view: metadata as label/value <span> pairs (索引号, 发布机构, 文号, "
            "发布日期 printed 2024年04月12日); items numbered through with markers mixed in one document "
            "(1. 2、 3．), lines indented by NBSPs on some paragraphs and ideographic spaces on others",
    "style": "lead_mixed",
    "expect": {"title": "右江区教育局2024年度工作计划", "notice_title": None,
               "index_no": "11451002MB1594372T/2024-00112", "doc_no": "右教发〔2024〕9号", "pub_date": "2024-04-12",
               "publisher": "百色市右江区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["桂ICP备", "桂公网安备"],
    "html": """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>右江区教育局2024年度工作计划-百色市右江区人民政府门户网站</title>
<link rel="stylesheet" href="/css/gxgk_detail.css">
<script src="/js/jquery.min.js"></script>
<script src="/js/aria.js?appid=c3f8e1" charset="utf-8" defer></script>
</head>
<body>
<div class="g-top"><div class="g-w"><span>百色市右江区人民政府门户网站</span><span class="fr"><a href="javascript:;" onclick="aria.start()">无障碍阅读</a> <a href="javascript:;" onclick="aria.oldFixedStart()">长者模式</a></span></div></div>
<div class="g-head g-w"><img src="/images/logo_yj.png" alt=""></div>
<div class="g-nav"><div class="g-w"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="g-w g-crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/zfxxgkml/">政府信息公开目录</a> &gt; <a href="/xxgk/zfxxgkml/jyj/">区教育局</a> &gt; 规划计划</div>
<div class="g-w g-detail">
<div class="people-desc">
<div class="people-desc-row"><span class="lbl">索引号：</span><span class="val">11451002MB1594372T/2024-00112</span></div>
<div class="people-desc-row"><span class="lbl">发布机构：</span><span class="val">百色市右江区教育局</span><span class="lbl">主题分类：</span><span class="val">教育</span></div>
<div class="people-desc-row"><span class="lbl">文号：</span><span class="val">右教发〔2024〕9号</span><span class="lbl">发布日期：</span><span class="val">2024年04月12日</span></div>
<div class="people-desc-row"><span class="lbl">标题：</span><span class="val">右江区教育局2024年度工作计划</span></div>
</div>
<div class="article-title"><h1>右江区教育局2024年度工作计划</h1></div>
<div class="article-tools"><span>字号：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a></span><span><a href="javascript:window.print()">打印本页</a></span></div>
<div class="view">
@@CONTENT@@
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/xxgk/zfxxgkml/jyj/ghjh/t17654321.shtml">右江区教育局2023年度工作总结</a></li><li><a href="/xxgk/zfxxgkml/jyj/ghjh/t16543210.shtml">右江区教育局2023年度工作计划</a></li></ul></div>
</div>
<div class="g-foot"><div class="g-w">
<p>主办单位：百色市右江区人民政府办公室</p>
<p>网站标识码：4510020001　<a href="https://beian.miit.gov.cn">桂ICP备16005843号</a>　桂公网安备45100202000312号</p>
<p><a href="http://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
</body>
</html>
""",
    "spec": """
P 2024年，右江区教育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，坚持稳中求进、以进促稳，着力办好人民满意的教育。具体工作计划如下：
S 一、|全面加强党对教育工作的领导
I 1.|落实党组织领导的校长负责制。年内全区中小学全面完成党组织领导的校长负责制改革，健全议事决策制度和运行机制。
I 2、|推进铸牢中华民族共同体意识教育。深入开展民族团结进步创建活动，创建自治区级民族团结进步示范学校2所。
I 3．|加强教育系统意识形态工作。定期分析研判意识形态领域情况，加强教材、读物和校园文化阵地管理。
S 二、|推动各学段教育协调发展
I 4.|学前教育。新建城东幼儿园、龙景街道中心幼儿园分园2所，学前三年毛入园率达到92%，普惠性幼儿园覆盖率达到88%。
I 5、|义务教育。推进百色市第六初级中学扩容工程，新增义务教育学位1800个，全面消除56人以上大班额。
I 6.|普通高中教育。推进百色高级中学等学校特色多样发展，普通高中毛入学率达到93%。
I 7．|职业教育。支持右江区职业技术学校开设智能制造、电子商务等专业，与区内企业共建实训基地3个。
S 三、|提升教育教学质量
I 8.|深化课堂教学改革。开展“一师一优课”活动，组织教学能手评选，推动信息技术与教育教学深度融合。
I 9、|加强教研队伍建设。配齐各学科专职教研员，建设学科教研基地校10所，开展区域联片教研活动40次以上。
S 四、|加强教师队伍建设
I 10.|严格教师管理。全面落实新时代中小学教师职业行为十项准则，开展师德师风专项整治。
I 11.|补充优化教师队伍。公开招聘中小学教师150名，推进教师跨校交流，乡村学校教师补充率达到100%。
S 五、|维护教育系统安全稳定
I 12、|加强安全教育和管理。开展安全教育日、防溺水、防校园欺凌等主题教育活动，完善学校安全风险防控体系。
I 13.|做好信访维稳工作。健全矛盾纠纷排查化解机制，及时回应群众诉求，确保教育系统和谐稳定。
""",
})

# --------------------------------------------------------------------------- 06 山东 寿光市: 1-6月推进情况, <article>
PAGES.append({
    "slug": "06-shandong-shouguang-2024-h1-report",
    "url": "http://www.shouguang.gov.cn/sgjyj/zwgk/gzbg/202407/t20240708_6812345.html",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "山东 county-level city 2024年1-6月推进情况 in an HTML5 <article> (header with <time>, 来源 span, "
            "浏览次数); sections 一、 with （一） items restarting per section, bold lead sentences, 一是/二是/三是 "
            "both on their own paragraphs and inline after the lead sentence; a section of problems",
    "style": "article",
    "expect": {"title": "寿光市教育和体育局2024年1-6月重点工作推进情况", "notice_title": None, "index_no": None,
               "doc_no": None, "pub_date": "2024-07-08", "publisher": "寿光市教育和体育局", "plan_year": 2024,
               "doc_kind": "report"},
    "must_not_appear": ["鲁ICP备", "微信扫一扫"],
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="寿光市人民政府">
<meta name="ColumnName" content="工作报告">
<title>寿光市教育和体育局2024年1-6月重点工作推进情况_寿光市人民政府</title>
<link rel="stylesheet" href="/sgjyj/static/css/main.css">
</head>
<body>
<header class="site-header">
<div class="toolbar container"><a href="javascript:;" class="care">关怀版</a><a href="javascript:;" class="wza">无障碍</a><a href="/m/">移动端</a></div>
<div class="brand container"><a href="/"><img src="/sgjyj/static/img/logo.png" alt="寿光市人民政府"></a></div>
<nav class="main-nav container"><a href="/">首页</a><a href="/sgjyj/">教育和体育局</a><a href="/sgjyj/zwgk/">政务公开</a><a href="/sgjyj/hdjl/">互动交流</a></nav>
</header>
<main class="container">
<div class="crumb">当前位置：<a href="/">首页</a> / <a href="/sgjyj/zwgk/">政务公开</a> / <a href="/sgjyj/zwgk/gzbg/">工作报告</a></div>
<article class="article">
<header class="article-header">
<h1>寿光市教育和体育局2024年1-6月重点工作推进情况</h1>
<p class="article-meta"><time datetime="2024-07-08">2024-07-08</time> <span class="source">来源：寿光市教育和体育局</span> <span class="views">浏览次数：<b>862</b></span></p>
</header>
<div class="article-body">
@@CONTENT@@
</div>
<footer class="article-footer">
<div class="share">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a><span class="wx-qr">微信扫一扫</span></div>
<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</footer>
</article>
<aside class="related"><h3>相关链接</h3><ul><li><a href="/sgjyj/zwgk/gzbg/202401/t20240115_6611111.html">寿光市教育和体育局2023年工作总结</a></li></ul></aside>
</main>
<footer class="site-footer"><div class="container">
<p>主办单位：寿光市人民政府办公室　承办单位：寿光市教育和体育局</p>
<p>网站标识码：3707830001　<a href="https://beian.miit.gov.cn">鲁ICP备05022011号</a>　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></footer>
</body>
</html>
""",
    "spec": """
P 今年以来，市教育和体育局坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕年度工作目标，扎实推进各项重点工作。现将1-6月重点工作推进情况报告如下：
S 一、|上半年重点工作推进情况
I （一）|**党建引领持续加强。**
U 一是|扎实开展党纪学习教育，举办专题读书班2期，全系统1.2万名党员干部参加学习。
U 二是|深化“党建+”品牌创建，新评选市级党建示范校8所。
U 三是|开展清廉学校建设“回头看”，排查整改问题23个。
I （二）|**学前教育普惠发展。**
X 一是|新建改扩建幼儿园4所，已完成主体工程3所；
X 二是|启动省级示范幼儿园创建，洛城街道中心幼儿园通过初评。
I （三）|**义务教育优质均衡。**
U 一是|新建圣城中学、文家小学2所学校，目前主体已封顶，9月份可投入使用。
U 二是|组建城乡教育共同体16个，覆盖全市所有乡村学校。
U 三是|“双减”工作持续深化，课后服务参与率达到97.6%。
I （四）|**普通高中多样化发展。**
X 一是|寿光现代中学科技高中建设有序推进；
X 二是|完成普通高中新课程新教材省级示范区中期评估；
X 三是|2024年高考本科上线率较去年提高1.8个百分点。
I （五）|**职业教育提质培优。**寿光市职业教育中心学校新增现代农业技术专业群，与58家企业签订校企合作协议，新增订单班5个。
I （六）|**教师队伍建设。**
U 一是|完成2024年教师招聘计划，新招聘中小学教师320名。
U 二是|组织暑期全员培训，参训教师5600余人次。
S 二、|存在的问题
I （一）|**优质教育资源分布仍不均衡。**城区学校大班额压力依然存在，部分乡镇学校生源流失较多。
I （二）|**教师结构性缺编问题突出。**音体美、心理健康等学科教师缺口较大，教师年龄结构老化。
S 三、|下半年工作打算
I （一）|**确保新建学校按期启用。**
X 一是|8月底前完成圣城中学、文家小学配套设施建设；
X 二是|做好新校区教师调配和招生工作。
I （二）|**抓好秋季开学工作。**制定秋季开学工作方案，开展开学安全大检查，确保开学平稳有序。
I （三）|**推进教育领域重点改革。**深化县域普通高中振兴行动，推进教育评价改革，完善学校内部治理结构。
""",
})

# --------------------------------------------------------------------------- 07 广东 南海区: Vue/Nuxt, metadata only in meta tags
PAGES.append({
    "slug": "07-guangdong-nanhai-2025-vue",
    "url": "https://www.nanhai.gov.cn/fsnhq/bmdh/qzfgzbm/qjyj/jhzj/content/post_6123987.html",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "广东 district page rendered by Nuxt: the article is server-rendered inside <div id=\"app\"> (h1 + "
            "rich-text div), the same content JSON-escaped again in window.__NUXT__; metadata only in <meta> tags "
            "in varying attribute order (ArticleTitle, PubDate with seconds, ContentSource, ColumnName, SiteName); "
            "长者模式/字号/分享到/收藏 toolbar; items 1.–12. with bold lead sentences",
    "style": "vue",
    "expect": {"title": "佛山市南海区教育局2025年工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2025-03-03", "publisher": "佛山市南海区教育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["粤ICP备", "返回顶部", "2024年工作总结"],
    "html": """<!doctype html>
<html lang="zh-CN" data-n-head-ssr>
<head>
<meta charset="utf-8">
<meta data-n-head="ssr" content="佛山市南海区教育局2025年工作要点" name="ArticleTitle">
<meta data-n-head="ssr" content="2025-03-03 10:20:15" name="PubDate">
<meta data-n-head="ssr" name="ContentSource" content="佛山市南海区教育局">
<meta data-n-head="ssr" content="计划总结" name="ColumnName">
<meta data-n-head="ssr" name="SiteName" content="佛山市南海区人民政府网站">
<meta data-n-head="ssr" name="Keywords" content="工作要点,教育">
<title>佛山市南海区教育局2025年工作要点 - 佛山市南海区人民政府网站</title>
<link rel="preload" href="/_nuxt/runtime.8c1e2a.js" as="script">
<link rel="preload" href="/_nuxt/app.4f2c1a.js" as="script">
<link rel="stylesheet" href="/_nuxt/css/app.9b7d3e.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__layout"><div id="app" class="page-detail">
<div class="g-header"><div class="g-topbar"><div class="w"><span>佛山市南海区人民政府网站</span><div class="r"><a href="javascript:;" class="elder">长者模式</a><a href="javascript:;" class="aria">无障碍</a><a href="/search" class="search-link">搜索</a></div></div></div>
<div class="g-nav"><div class="w"><a href="/" class="nuxt-link-active">首页</a><a href="/fsnhq/zwgk/">政务公开</a><a href="/fsnhq/zwfw/">政务服务</a><a href="/fsnhq/hdjl/">互动交流</a></div></div></div>
<div class="w breadcrumb">当前位置：<a href="/">首页</a><i>&gt;</i><a href="/fsnhq/bmdh/">部门导航</a><i>&gt;</i><a href="/fsnhq/bmdh/qzfgzbm/qjyj/">区教育局</a><i>&gt;</i><span>计划总结</span></div>
<main class="w detail-wrap">
<h1 class="detail-title">佛山市南海区教育局2025年工作要点</h1>
<div class="detail-tools"><span class="font-size">字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></span><span class="share">分享到：<a href="javascript:;">微信</a><a href="javascript:;">微博</a></span><a href="javascript:;" class="collect">收藏</a><a href="javascript:;" class="print">打印本页</a></div>
<div class="detail-article rich-text">@@CONTENT@@</div>
<div class="detail-related"><h3>相关链接</h3><ul><li><a href="/fsnhq/bmdh/qzfgzbm/qjyj/jhzj/content/post_5987654.html">佛山市南海区教育局2024年工作总结</a></li></ul></div>
</main>
<div class="g-footer"><div class="w"><p>主办单位：佛山市南海区人民政府办公室</p><p>网站标识码：4406050003　<a href="https://beian.miit.gov.cn">粤ICP备11080342号</a>　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p></div></div>
<a href="javascript:;" class="back-top">返回顶部</a>
</div></div></div>
<script>window.__NUXT__={layout:"default",data:[{detail:{id:"6123987",title:"佛山市南海区教育局2025年工作要点",publishTime:"2025-03-03 10:20:15",source:"佛山市南海区教育局",content:@@CONTENT_JSON@@}}],fetch:{},error:null,serverRendered:true,routePath:"\\u002Ffsnhq\\u002Fbmdh\\u002Fqzfgzbm\\u002Fqjyj\\u002Fjhzj\\u002Fcontent\\u002Fpost_6123987.html"};</script>
<script src="/_nuxt/runtime.8c1e2a.js" defer></script><script src="/_nuxt/app.4f2c1a.js" defer></script>
</body>
</html>
""",
    "spec": """
P 2025年，区教育局将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实全国教育大会精神，以建设教育强区为目标，重点抓好以下工作。
S 一、|坚持立德树人，构建高质量育人体系
I 1.|**深化思政教育改革创新。**建设区级“大思政课”实践教学基地15个，打造“湾区少年说”思政品牌活动。
I 2.|**促进学生体质健康提升。**实施学校体育“一校一品”工程，国家学生体质健康标准测试合格率达到95%以上。
I 3.|**加强美育和劳动教育。**推进艺术进校园活动，每所学校建设至少1个劳动教育实践场所。
S 二、|优化资源配置，扩大优质教育供给
I 4.|**加快学位建设。**全年新建、改扩建中小学和幼儿园22所，新增公办学位1.8万个。
I 5.|**推进学前教育优质普惠发展。**公办幼儿园在园幼儿占比保持在50%以上，新增省一级幼儿园4所。
I 6.|**推进义务教育优质均衡发展。**深化镇街教育共同体建设，推动优质学校跨镇街结对帮扶全覆盖。
S 三、|深化改革创新，增强教育发展活力
I 7.|**推进教育数字化转型。**建成区级智慧教育平台2.0版，打造人工智能教育示范学校20所。
I 8.|**深化产教融合。**支持区内中职学校与制造业龙头企业共建现代产业学院，新增产教融合实训基地6个。
I 9.|**推进教育评价改革。**完善中小学办学质量评价指标体系，发布区域教育质量年度报告。
S 四、|加强队伍建设，夯实教育发展基础
I 10.|**深化教师管理改革。**推进中小学教师“区管校聘”，年内交流轮岗教师不少于600人。
I 11.|**实施名师名校长培养工程。**遴选区级名师、名校长培养对象100名，建设名师工作室30个。
I 12.|**提升教师待遇保障。**落实中小学教师工资待遇保障长效机制，完善教师荣誉表彰制度。
""",
})

# --------------------------------------------------------------------------- 08 河北 威县: hidden print copy, fullwidth markers
PAGES.append({
    "slug": "08-hebei-weixian-2024-printcopy",
    "url": "http://www.weixian.gov.cn/col/1597/art/2024/art_8d1c2e3f4a5b6c7d8e9f0a1b2c3d4e5f.html",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "河北 county page whose body sits in div.news_content and again, whole, in a hidden "
            "<div id=\"printContent\" style=\"display:none\"> used by the print button (the body must hold it once); "
            "header line 发布时间 with seconds/来源/作者/阅读次数; paragraphs indented with literal ideographic spaces; "
            "fullwidth markers １．–１３． numbered through",
    "style": "ideo",
    "expect": {"title": "威县2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-22", "publisher": "威县教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["冀ICP备", "作者：", "打印正文"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="威县,教育,工作要点" />
<title>威县2024年教育工作要点--威县人民政府</title>
<link rel="stylesheet" href="/css/wx_content.css" />
<script src="/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">
function printPage(){var w=window.open("","_blank");w.document.write(document.getElementById("printContent").innerHTML);w.print();w.close();}
</script>
</head>
<body>
<div class="topline"><div class="main"><span class="l">今天是：<span id="date"></span></span><span class="r"><a href="javascript:;">无障碍</a> | <a href="javascript:;">关怀版</a> | <a href="/col/1/index.html">返回首页</a></span></div></div>
<div class="logo main"><img src="/images/wx_logo.png" alt="" /></div>
<div class="menu main"><a href="/">首页</a><a href="/col/1501/">走进威县</a><a href="/col/1590/">政务公开</a><a href="/col/1620/">政务服务</a><a href="/col/1650/">公众参与</a></div>
<div class="main place">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/col/1590/">政务公开</a> &gt;&gt; <a href="/col/1597/">部门动态</a></div>
<div class="main news">
<div class="news_title"><h3>威县2024年教育工作要点</h3></div>
<div class="news_info">发布时间：2024-03-22 10:15:36　　来源：威县教育局　　作者：县教育局办公室　　阅读次数：<span id="readcount">1046</span></div>
<div class="news_content">
@@CONTENT@@
</div>
<div id="printContent" style="display:none"><h2 style="text-align:center">威县2024年教育工作要点</h2>
@@CONTENT@@
</div>
<div class="news_bottom"><a href="javascript:printPage()">打印正文</a>　<a href="javascript:window.close()">关闭窗口</a>　<a href="javascript:window.scrollTo(0,0)">返回顶部</a></div>
<div class="news_page"><p>上一篇：<a href="/col/1597/art/2024/art_71.html">威县召开2024年全县教育工作会议</a></p><p>下一篇：<a href="/col/1597/art/2024/art_72.html">威县开展春季学期开学安全检查</a></p></div>
</div>
<div class="bottom"><div class="main">
<p>主办单位：威县人民政府办公室　　网站标识码：1305330002</p>
<p><a href="https://beian.miit.gov.cn">冀ICP备09017764号</a>　　冀公网安备13053302000101号　　<a href="http://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
<script type="text/javascript">var d=new Date();document.getElementById("date").innerHTML=d.toLocaleDateString();</script>
</body>
</html>
""",
    "spec": """
P 2024年全县教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持教育优先发展，聚焦“学有优教”，深化教育综合改革，加快推进教育现代化，努力办好人民满意的教育。
S 一、|坚持党建统领，提升教育治理水平
I １．|加强党的全面领导。完善县委教育工作领导小组工作机制，定期研究解决教育改革发展重大问题。
I ２．|推进基层党组织建设。实施中小学党建工作质量提升行动，打造“一校一品”党建品牌20个。
I ３．|推进依法治教。深化依法治校示范校创建，建立中小学法治副校长聘任管理制度，全县中小学法治副校长配备率达到100%。
S 二、|坚持五育并举，促进学生全面发展
I ４．|深化德育工作。开展“红色基因传承”主题教育，依托县域红色资源建设德育实践基地8个。
I ５．|加强体育美育工作。开齐开足体育与健康课，全面实施大课间活动，举办全县中小学生篮球联赛。
I ６．|抓好劳动教育。每周安排不少于1课时劳动教育课，建成县级劳动教育实践基地3个。
S 三、|坚持优质均衡，推进各类教育协调发展
I ７．|扩充学前教育资源。新建公办幼儿园4所，新增学位1080个，普惠性幼儿园覆盖率达到90%以上。
I ８．|推进义务教育优质均衡发展。实施义务教育薄弱环节改善与能力提升项目，完成21所学校校舍维修改造。
I ９．|推进普通高中特色发展。支持威县第一中学创建市级示范性特色高中，高考本科上线率比上年提高2个百分点。
S 四、|坚持改革创新，激发教育发展活力
I １０．|深化集团化办学。组建城乡教育集团5个，推动集团内课程共建、资源共享、教师互派。
I １１．|推进“智慧教育”建设。实现全县中小学千兆宽带接入全覆盖，建设智慧教室60间。
S 五、|坚持守正固本，筑牢教育安全防线
I １２．|强化校园安全管理。健全“人防、物防、技防”校园安全防控体系，开展校园安全隐患排查整治行动。
I １３．|加强教育经费管理。规范学校财务管理，开展教育经费使用绩效评价，确保资金使用安全高效。
""",
})

# --------------------------------------------------------------------------- 09 江西 信丰县: div.pages_content, &emsp;, "3 ." markers
PAGES.append({
    "slug": "09-jiangxi-xinfeng-2024-emsp",
    "url": "https://www.xinfeng.gov.cn/xfxxxgk/c100321/202402/0a1b2c3d4e5f46789abcdef012345678.shtml",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "江西 county 信息公开 page: label/value span rows with labels padded by &nbsp; (索&nbsp;&nbsp;引&nbsp;&nbsp;号, "
            "发文字号, 有效性), body in div.pages_content indented with &emsp;&emsp;; items numbered through where three "
            "markers print a space before the dot (3 . / 8 . / 11 .); 一是/二是 inline after two items' lead sentence",
    "style": "emsp",
    "expect": {"title": "信丰县教育局2024年工作要点", "notice_title": None,
               "index_no": "11360722014473089D/2024-00031", "doc_no": "信教字〔2024〕11号", "pub_date": "2024-02-29",
               "publisher": "信丰县教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["赣ICP备", "发文字号"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="ArticleTitle" content="信丰县教育局2024年工作要点">
<meta name="PubDate" content="2024-02-29 11:02">
<meta name="ContentSource" content="信丰县教育局">
<title>信丰县教育局2024年工作要点 - 信丰县人民政府</title>
<link rel="stylesheet" href="/xfxxxgk/css/xxgk_v2.css">
<script src="/xfxxxgk/js/jquery.js"></script>
</head>
<body>
<div class="top"><div class="w"><a href="javascript:;" id="wza_btn">无障碍</a><a href="javascript:;" id="ghb_btn">关怀版</a><a href="javascript:;" onclick="toTrad()">繁體</a></div></div>
<div class="head w"><img src="/xfxxxgk/images/xxgk_logo.png" alt="信丰县政府信息公开"></div>
<div class="w crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xfxxxgk/">政府信息公开</a> &gt; <a href="/xfxxxgk/c100300/">部门信息公开</a> &gt; <a href="/xfxxxgk/c100321/">县教育局</a></div>
<div class="w xxgk-detail">
<div class="xxgk-meta">
<div class="meta-row"><span class="meta-lab">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</span><span class="meta-val">11360722014473089D/2024-00031</span><span class="meta-lab">发布机构：</span><span class="meta-val">信丰县教育局</span></div>
<div class="meta-row"><span class="meta-lab">发文字号：</span><span class="meta-val">信教字〔2024〕11号</span><span class="meta-lab">发布日期：</span><span class="meta-val">2024-02-29</span></div>
<div class="meta-row"><span class="meta-lab">主题分类：</span><span class="meta-val">教育</span><span class="meta-lab">有&nbsp;&nbsp;效&nbsp;&nbsp;性：</span><span class="meta-val">有效</span></div>
</div>
<h1 class="article-tit">信丰县教育局2024年工作要点</h1>
<div class="article-tool">【字体：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a>】　<a href="javascript:window.print()">【打印】</a></div>
<div class="pages_content">
@@CONTENT@@
</div>
<div class="xgjd"><span>相关解读：</span><a href="/xfxxxgk/c100321/202403/b7.shtml">《信丰县教育局2024年工作要点》政策解读</a></div>
</div>
<div class="foot"><div class="w">
<p>主办单位：信丰县人民政府办公室　网站标识码：3607220018</p>
<p><a href="https://beian.miit.gov.cn">赣ICP备05004327号</a>　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
</body>
</html>
""",
    "spec": """
P 2024年，全县教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，以建设赣南教育强县为目标，着力推动教育高质量发展。
S 一、|全面加强党的建设
I 1.|深入学习贯彻党的二十大精神。把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，组织全县教育系统开展专题学习研讨。
I 2.|推进“党建+教育”深度融合。开展“一支部一特色”创建活动，评选县级党建示范学校8所。
I 3 .|落实全面从严治党主体责任。制定年度党风廉政建设责任清单，开展廉政谈话全覆盖。
S 二、|全面推进教育优质均衡发展
I 4.|扩大学前教育普惠资源。新建大塘埠镇中心幼儿园等3所公办幼儿园，新增学位540个。
I 5.|推进义务教育优质均衡。
X 一是|加快信丰县第七小学、思源实验学校建设，新增学位2250个；
X 二是|推进乡村温馨校园建设，年内建成温馨校园20所。
I 6.|推动普通高中特色发展。支持信丰中学创建省级特色高中，深化普通高中育人方式改革。
S 三、|全面提升教育教学质量
I 7.|加强教学常规管理。开展教学常规检查每学期不少于2次，规范作业布置和考试管理。
I 8 .|深化教研教改。组建县级学科中心组12个，开展“同课异构”联片教研活动，推动优质课例共享。
I 9.|加强学生综合素质培养。开展科技创新大赛、中小学生艺术节等活动，培养学生创新精神和实践能力。
S 四、|全面建设高素质教师队伍
I 10.|加强教师队伍补充。
X 一是|招聘新教师180名，优先补充农村学校和紧缺学科；
X 二是|落实乡村教师生活补助政策，稳定乡村教师队伍。
I 11 .|加强教师培训。开展校长、骨干教师、班主任等专项培训，全年培训教师3500人次。
S 五、|全面守牢安全稳定底线
I 12.|抓实校园安全。开展防溺水、防欺凌、交通安全等专项教育，完善校园安全风险防控体系。
I 13.|加强食品卫生管理。落实学校食品安全校长负责制，校园食品安全“互联网+明厨亮灶”实现全覆盖。
""",
})

# --------------------------------------------------------------------------- 10 山西 榆社县: GBK declared gb2312, GBK-only names
PAGES.append({
    "slug": "10-shanxi-yushe-2024-gbk",
    "url": "http://www.sxyushe.gov.cn/zwgk/zfxxgkml/jykjj/202403/t20240314_1843212.shtml",
    "headers": NO_CHARSET,
    "encoding": "gbk",
    "what": "山西 county page in GBK declared charset=gb2312 (no charset in the HTTP header) whose items end with "
            "（牵头领导：…；责任股室：…） naming leaders with GBK-only characters 犇 堃 昇; header line 发布日期 "
            "printed 2024年3月14日 and 信息来源; body in div.conTxt of 宋体 spans; closing signature and date",
    "style": "songti",
    "expect": {"title": "榆社县教育科技局2024年工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-14", "publisher": "榆社县教育科技局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["晋ICP备", "信息来源"],
    "html": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>榆社县教育科技局2024年工作计划_榆社县人民政府</title>
<link href="/images/ys_style.css" rel="stylesheet" type="text/css" />
<script language="javascript" src="/js/fontZoom.js"></script>
</head>
<body>
<div class="ys_top"><div class="ys_w"><a href="javascript:;">无障碍</a>&nbsp;|&nbsp;<a href="javascript:;">关怀版</a>&nbsp;|&nbsp;<a href="/">返回首页</a></div></div>
<div class="ys_logo ys_w"><img src="/images/ys_logo.jpg" /></div>
<div class="ys_menu ys_w"><a href="/">首页</a><a href="/zjys/">走进榆社</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="ys_w ys_pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgkml/">信息公开目录</a> &gt; 教育科技局</div>
<div class="ys_w ys_article">
<div class="ys_tit">榆社县教育科技局2024年工作计划</div>
<div class="ys_info">发布日期：2024年3月14日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：榆社县教育科技局&nbsp;&nbsp;&nbsp;&nbsp;【字号：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</div>
<div class="conTxt" id="conTxt">
@@CONTENT@@
</div>
<div class="ys_tools"><a href="javascript:window.print();">【打印本页】</a>&nbsp;&nbsp;<a href="javascript:window.close();">【关闭窗口】</a></div>
</div>
<div class="ys_foot ys_w">
<p>主办单位：榆社县人民政府办公室&nbsp;&nbsp;网站标识码：1407210009</p>
<p><a href="https://beian.miit.gov.cn">晋ICP备12003458号</a>&nbsp;&nbsp;<a href="http://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div>
</body>
</html>
""",
    "spec": """
P 为深入贯彻落实全国教育大会精神，推动全县教育事业高质量发展，现制定2024年工作计划如下。
S 一、|加强党建和思想政治工作
I 1.|落实党建工作责任制。健全局党组统一领导、基层党组织具体落实的党建工作格局，开展基层党组织书记述职评议。（牵头领导：王犇；责任股室：党建办）
I 2.|加强思想政治教育。推进思政课程与课程思政协同育人，开展“开学第一课”“清明祭英烈”等主题教育活动。（牵头领导：王犇；责任股室：德育股）
I 3.|加强宣传和舆论引导。全年在市级以上媒体刊发教育宣传稿件60篇以上，讲好榆社教育故事。（牵头领导：李堃；责任股室：办公室）
S 二、|推进各类教育均衡发展
I 4.|推进学前教育普惠发展。改造提升乡镇公办幼儿园3所，公办园在园幼儿占比达到65%以上。（牵头领导：李堃；责任股室：基础教育股）
I 5.|推进义务教育均衡发展。实施云竹镇中心校综合楼改造工程，推进城乡学校结对帮扶全覆盖。（牵头领导：李堃；责任股室：基础教育股）
I 6.|提升高中教育质量。深化榆社中学育人方式改革，实施高考质量提升工程，本科达线人数较上年增长5%。（牵头领导：赵昇；责任股室：高中教育股）
I 7.|推进职业教育和科技工作。支持县职业中学与本地企业合作开设订单班，开展青少年科技创新活动。（牵头领导：赵昇；责任股室：职成科技股）
S 三、|加强教师队伍和教育保障
I 8.|加强教师队伍建设。公开招聘教师45名，开展教师全员培训，培训率达到100%。（牵头领导：王犇；责任股室：人事股）
I 9.|落实学生资助政策。全年发放学生资助资金860万元，确保家庭经济困难学生应助尽助。（牵头领导：赵昇；责任股室：资助中心）
I 10.|规范教育经费管理。加强学校财务管理和内部审计，推进教育经费预算绩效管理。（牵头领导：李堃；责任股室：计财股）
S 四、|维护校园安全稳定
I 11.|抓好校园安全工作。落实校园安全网格化管理，开展安全隐患排查整治，确保全年零重大安全事故。（牵头领导：赵昇；责任股室：安全股）
I 12.|做好信访维稳工作。落实领导干部接访下访制度，及时化解教育领域矛盾纠纷。（牵头领导：王犇；责任股室：办公室）
C 榆社县教育科技局
C 2024年3月12日
""",
})

# --------------------------------------------------------------------------- 11 云南 会泽县: GBK, charset only in the HTTP header
PAGES.append({
    "slug": "11-yunnan-huize-2025-header-gbk",
    "url": "http://www.huize.gov.cn/info/1085/152433.htm",
    "headers": {"Content-Type": "text/html; charset=GBK"},
    "encoding": "gbk",
    "what": "云南 county page in GBK whose charset is given only by the HTTP header (no meta charset); "
            "div.xxgk-info of <p><em>label</em>value</p> rows (索引号, 发布机构, 文号, 发布日期), body in "
            "div.article-con of bare <p>; items 1.–13. numbered through; 无障碍/关怀版 links, 浏览次数 via script",
    "style": "plain",
    "expect": {"title": "会泽县教育体育局2025年工作要点", "notice_title": None,
               "index_no": "11530326015195370R/2025-00009", "doc_no": "会教体发〔2025〕6号", "pub_date": "2025-03-04",
               "publisher": "会泽县教育体育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["滇ICP备", "文　　号"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>会泽县教育体育局2025年工作要点-会泽县人民政府</title>
<link rel="stylesheet" href="/style/hz_article.css">
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="hz-top"><div class="hz-w"><a href="javascript:;">无障碍</a> <a href="javascript:;">关怀版</a> <a href="/">会泽县人民政府</a></div></div>
<div class="hz-nav hz-w"><a href="/">首页</a><a href="/zwgk.htm">政务公开</a><a href="/zwfw.htm">政务服务</a><a href="/hdjl.htm">互动交流</a></div>
<div class="hz-w hz-pos">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk.htm">政务公开</a> &gt;&gt; <a href="/zwgk/bmxxgk.htm">部门信息公开</a> &gt;&gt; 县教育体育局</div>
<div class="hz-w hz-article">
<div class="xxgk-info">
<p><em>索引号：</em>11530326015195370R/2025-00009</p>
<p><em>发布机构：</em>会泽县教育体育局</p>
<p><em>文　　号：</em>会教体发〔2025〕6号</p>
<p><em>发布日期：</em>2025-03-04</p>
</div>
<h2 class="tit">会泽县教育体育局2025年工作要点</h2>
<div class="sub">浏览次数：<script>_showDynClicks("wbnews", 1730118562, 152433)</script></div>
<div class="article-con" id="vsb_content">
@@CONTENT@@
</div>
<div class="art-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="hz-foot"><div class="hz-w">
<p>主办单位：会泽县人民政府办公室　网站标识码：5303260003</p>
<p><a href="https://beian.miit.gov.cn">滇ICP备10001982号</a>　<a href="http://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
</body>
</html>
""",
    "spec": """
P 2025年全县教育体育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届三中全会精神，认真落实全国全省全市教育大会部署，加快建设教育强县、体育强县，为谱写中国式现代化会泽篇章提供坚实支撑。
S 一、|坚持党建引领，全面加强党对教育体育工作的领导
I 1.|加强政治建设。坚持用党的创新理论武装头脑，落实“第一议题”制度，全年开展理论学习中心组学习12次以上。
I 2.|加强基层组织建设。推进党组织领导的校长负责制落地见效，实施基层党组织“达标创星”行动，创建“五星”党支部10个。
S 二、|坚持立德树人，促进学生全面发展
I 3.|加强思想政治教育。深化铸牢中华民族共同体意识教育，创建州市级民族团结进步示范学校5所。
I 4.|加强体育和健康教育。开展阳光体育运动，举办全县中小学生运动会、篮球赛、足球赛，学生体质健康达标率达到92%以上。
I 5.|加强控辍保学工作。落实“双线四级”控辍保学责任制，义务教育巩固率达到96%以上。
S 三、|坚持优质均衡，推进各类教育协调发展
I 6.|推动学前教育普及普惠。新建、改扩建幼儿园6所，学前三年毛入园率达到90%。
I 7.|推动义务教育优质均衡。实施县城学校扩容工程，新增义务教育学位3000个，有效化解城区大班额。
I 8.|推动高中阶段教育多样化发展。支持会泽县第一中学、会泽县茚旺高级中学提质发展，普通高中本科上线率提高3个百分点。
I 9.|推动职业教育提质增效。会泽县职业技术学校新增专业2个，中职学校毕业生就业率保持在95%以上。
S 四、|坚持强师惠师，建设高素质教师队伍
I 10.|加强师德师风建设。开展师德师风专项整治，严肃查处违反教师职业行为准则的行为。
I 11.|提升教师专业能力。实施“国培”“省培”计划，组织教师参加各级各类培训8000人次以上。
S 五、|坚持体教融合，加快建设体育强县
I 12.|推进全民健身。新建全民健身路径工程20个，组织开展全民健身赛事活动30场次以上。
I 13.|提升竞技体育水平。组队参加曲靖市第七届运动会，力争金牌数、奖牌总数进入全市前三。
""",
})

# --------------------------------------------------------------------------- 12 陕西 宝鸡市: notice with 文号 line, 总体要求 section, text-only sections
PAGES.append({
    "slug": "12-shaanxi-baoji-2024-notice",
    "url": "http://jyj.baoji.gov.cn/art/2024/3/7/art_12345_1789012.html",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "陕西 city notice 宝鸡市教育局关于印发《2024年全市教育工作要点》的通知: 文号 line at the top of the body, "
            "notice, signature and date, the plan's heading printed again; plan sections 一、总体要求 and 二、主要目标 "
            "and 四、保障措施 hold only unnumbered paragraphs, 三、重点任务 holds （一）–（十） items with 楷体 leads, "
            "two of them with inline 一是/二是/三是; metadata in a th/td table with 发布机构 and 成文日期",
    "style": "notice_kai",
    "expect": {"title": "2024年全市教育工作要点",
               "notice_title": "宝鸡市教育局关于印发《2024年全市教育工作要点》的通知",
               "index_no": "11610300016085937K/2024-00026", "doc_no": "宝市教发〔2024〕12号", "pub_date": "2024-03-07",
               "publisher": "宝鸡市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"notice_title": "关于印发《2024年全市教育工作要点》的通知"},
    "must_not_appear": ["陕ICP备", "发文字号"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="宝鸡市教育局">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="宝鸡市教育局关于印发《2024年全市教育工作要点》的通知">
<meta name="PubDate" content="2024-03-07 09:40">
<meta name="ContentSource" content="宝鸡市教育局">
<title>宝鸡市教育局关于印发《2024年全市教育工作要点》的通知 宝鸡市教育局</title>
<link rel="stylesheet" href="/css/bj_jyj.css">
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="bj-top"><div class="bj-w"><a href="javascript:;" class="wza">无障碍</a><a href="javascript:;" class="zlnb">长者模式</a><a href="javascript:;" class="jf">繁體</a></div></div>
<div class="bj-head bj-w"><img src="/images/bj_logo.png" alt="宝鸡市教育局"></div>
<div class="bj-nav"><div class="bj-w"><a href="/">首页</a><a href="/col/col1001/">教育要闻</a><a href="/col/col1002/">通知公告</a><a href="/col/col1003/">政府信息公开</a><a href="/col/col1004/">政务服务</a></div></div>
<div class="bj-w bj-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1003/">政府信息公开</a> &gt; <a href="/col/col1002/">通知公告</a></div>
<div class="bj-w bj-detail">
<table class="table_xxgk" width="100%" border="1" cellspacing="0">
<tbody>
<tr><th>索引号</th><td>11610300016085937K/2024-00026</td><th>发布机构</th><td>宝鸡市教育局</td></tr>
<tr><th>发文字号</th><td>宝市教发〔2024〕12号</td><th>主题分类</th><td>教育</td></tr>
<tr><th>成文日期</th><td>2024-03-05</td><th>发布日期</th><td>2024-03-07</td></tr>
<tr><th>有效性</th><td colspan="3">有效</td></tr>
</tbody>
</table>
<h1 class="bj-title">宝鸡市教育局关于印发《2024年全市教育工作要点》的通知</h1>
<div class="bj-tools">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】<span>浏览次数：<b id="count">2318</b></span></div>
<div class="zw-text" id="zoom">
@@CONTENT@@
</div>
<div class="bj-relate"><h4>相关解读</h4><p><a href="/art/2024/3/8/art_12345_1789100.html">一图读懂2024年全市教育工作要点</a></p></div>
<div class="bj-bottom"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="bj-foot"><div class="bj-w">
<p>主办单位：宝鸡市教育局　地址：宝鸡市金台区行政中心</p>
<p>网站标识码：6103000027　<a href="https://beian.miit.gov.cn">陕ICP备05003127号</a>　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
</body>
</html>
""",
    "spec": """
C 宝市教发〔2024〕12号
P 各县区教育（体）局，高新区教育局，市直各学校：
P 现将《2024年全市教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
C 宝鸡市教育局
C 2024年3月5日
H 2024年全市教育工作要点
S 一、|总体要求
P 2024年全市教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实全国、全省教育工作会议部署，坚持教育优先发展，着力提升教育公共服务水平，加快推进教育现代化，为谱写宝鸡高质量发展新篇章提供有力支撑。
P 全市教育系统要牢牢把握“稳中求进、提质增效”工作基调，突出抓好教育强市建设，以教育之进助力全市发展之进。
S 二、|主要目标
P 全市学前三年毛入园率达到95%，普惠性幼儿园覆盖率达到92%；义务教育巩固率保持在99.5%以上；高中阶段毛入学率达到97%；新增公办学位1.2万个。
S 三、|重点任务
I （一）|**加强党的全面领导。**健全市县两级党委教育工作领导小组运行机制，推进中小学校党组织领导的校长负责制全面落地。
I （二）|**落实立德树人根本任务。**
X 一是|推进大中小学思政课一体化建设，建设市级思政课教学名师工作室10个；
X 二是|实施学生体质强健计划，中小学生体质健康优良率达到55%。
I （三）|**推进学前教育普及普惠。**实施学前教育提升行动，新建改扩建公办幼儿园20所，持续扩大普惠性资源。
I （四）|**推进义务教育优质均衡。**
X 一是|推进陈仓区、凤翔区创建全国义务教育优质均衡发展区；
X 二是|深化集团化办学，组建紧密型教育集团15个；
X 三是|巩固“双减”成果，课后服务覆盖率保持100%。
I （五）|**推进普通高中多样化发展。**实施县域普通高中振兴行动，创建省级示范高中2所。
I （六）|**推进职业教育提质培优。**推动中职学校与企业共建产业学院，建设省级高水平示范专业5个。
I （七）|**推进教育数字化转型。**建设宝鸡智慧教育云平台，创建省级智慧校园示范校12所。
I （八）|**建设高素质教师队伍。**实施“宝鸡名师”培养工程，全年招聘中小学教师900名。
I （九）|**深化教育综合改革。**推进中考改革和教育评价改革，完善教育督导问责机制。
I （十）|**维护校园安全稳定。**落实校园安全责任制，深化平安校园建设，提升学校应急处置能力。
S 四、|保障措施
P 各县区要把教育工作摆在优先发展的战略地位，健全经费投入长效机制，确保一般公共预算教育支出逐年只增不减。
P 各级教育行政部门要细化任务分工，明确责任主体和完成时限，加强督查考核，确保各项工作落到实处。
""",
})

# --------------------------------------------------------------------------- 13 重庆 綦江区: PC copy + hidden mobile copy
PAGES.append({
    "slug": "13-chongqing-qijiang-2025-mobilecopy",
    "url": "http://www.cqqj.gov.cn/bm/qjwh/zwgk_97146/fdzdgknr/ghjh/202502/t20250227_14321567.html",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "重庆 district page carrying the article twice: div.pc-article and a mobile copy in "
            "<div class=\"wap-article\" style=\"display: none;\"> (the body must hold it once); meta tags ArticleTitle/"
            "PubDate/ColumnName/SiteName without ContentSource, visible 发布日期/来源 (short name 綦江区教委); "
            "paragraphs of 16px 仿宋 spans, bold lead sentences, one item with 一是/二是/三是 paragraphs",
    "style": "span16",
    "expect": {"title": "綦江区教育委员会2025年工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2025-02-27", "publisher": "綦江区教委", "plan_year": 2025, "doc_kind": "plan"},
    "tolerated": {"publisher": "綦江区教育委员会"},
    "must_not_appear": ["渝ICP备", "渝公网安备"],
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<meta name="SiteName" content="重庆市綦江区人民政府">
<meta name="ColumnName" content="规划计划">
<meta name="ArticleTitle" content="綦江区教育委员会2025年工作要点">
<meta name="PubDate" content="2025-02-27">
<title>綦江区教育委员会2025年工作要点_重庆市綦江区人民政府</title>
<link rel="stylesheet" href="/images/qj2023/css/detail.css">
<script src="/images/qj2023/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="wrap"><span>重庆市綦江区人民政府</span><div class="fr"><a href="javascript:;" id="zlms">长者模式</a><a href="javascript:;" id="wza">无障碍</a><a href="javascript:;" id="jt">简</a>/<a href="javascript:;" id="ft">繁</a></div></div></div>
<div class="header wrap hidden-xs"><img src="/images/qj2023/img/logo.png" alt=""></div>
<div class="nav hidden-xs"><div class="wrap"><a href="/">首页</a><a href="/zwxx_209/">政务信息</a><a href="/zwgk_97146/">政务公开</a><a href="/bmfw/">便民服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="wrap crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bm/">部门</a> &gt; <a href="/bm/qjwh/">区教委</a> &gt; <a href="/bm/qjwh/zwgk_97146/fdzdgknr/ghjh/">规划计划</a></div>
<div class="wrap detail">
<h1 class="detail-tit">綦江区教育委员会2025年工作要点</h1>
<div class="detail-msg"><span>发布日期：2025-02-27</span><span>来源：綦江区教委</span><span class="zh">字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></span></div>
<div class="view-main">
<div class="pc-article hidden-xs">
@@CONTENT@@
</div>
<div class="wap-article visible-xs" style="display: none;">
@@CONTENT@@
</div>
</div>
<div class="detail-share">分享到：<a href="javascript:;" class="wx">微信</a><a href="javascript:;" class="wb">微博</a> <a href="javascript:;" onclick="window.print()">打印本页</a> <a href="javascript:;" onclick="addFav()">收藏</a></div>
<div class="detail-link"><h4>相关链接</h4><a href="/bm/qjwh/zwgk_97146/fdzdgknr/ghjh/202402/t20240220_12876543.html">綦江区教育委员会2024年工作要点</a></div>
</div>
<div class="footer"><div class="wrap">
<p>主办单位：重庆市綦江区人民政府办公室　承办单位：重庆市綦江区大数据应用发展管理局</p>
<p>网站标识码：5001100022　<a href="https://beian.miit.gov.cn">渝ICP备05003209号</a>　渝公网安备50011002500018号　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
</body>
</html>
""",
    "spec": """
P 2025年，全区教育工作以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届三中全会精神，全面落实市委、区委决策部署，加快建设新时代教育强区。
S 一、|强化党建统领
I 1.|**深化党的创新理论学习。**健全“第一议题”学习制度，开展教育系统党员干部全覆盖轮训。
I 2.|**提升基层党建质量。**深化“渝教先锋”党建品牌建设，培育市级党建示范校3所、区级15所。
I 3.|**推进全面从严治党。**落实管党治党“两个责任”，持续纠治“四风”，深化清廉学校建设。
S 二、|推进教育优质均衡
I 4.|**扩大优质学前教育资源。**推进普惠性幼儿园扩容提质，新增公办学位900个，创建市级示范幼儿园2所。
I 5.|**办好公平优质义务教育。**重点抓好以下工作：
U 一是|完成古南街道新建小学、文龙街道中学建设，新增学位3150个；
U 二是|推进城乡学校共同体建设，实现农村学校全覆盖；
U 三是|全面落实“双减”政策，课后服务参与率保持在95%以上。
I 6.|**推动高中多样化特色发展。**支持綦江中学创建市级普通高中特色学校，高考本科上线率达到80%以上。
I 7.|**提升职业教育服务能力。**推动綦江职业教育中心与重点企业合作，建设市级高水平专业群2个。
S 三、|深化教育综合改革
I 8.|**推进教育评价改革。**完善学校办学质量和教师考核评价体系，扭转不科学的教育评价导向。
I 9.|**推进教育数字化。**建设区级教育大数据中心，培育市级智慧校园示范校5所。
I 10.|**深化招生制度改革。**优化义务教育招生入学政策，严格落实公民同招、免试就近入学。
S 四、|筑牢发展保障
I 11.|**建设高素质专业化教师队伍。**招聘教师260名，培养区级骨干教师300名，推进教师交流轮岗。
I 12.|**加大教育经费投入。**落实教育经费“两个只增不减”，全年教育支出不低于25亿元。
I 13.|**守牢校园安全底线。**开展校园安全专项整治，实现校园安全“零事故”目标。
""",
})

# --------------------------------------------------------------------------- 14 内蒙古 准格尔旗: <br/> lines, multi-paragraph items
PAGES.append({
    "slug": "14-neimenggu-zhungeer-2024-br",
    "url": "http://www.zge.gov.cn/zwgk/zfxxgk/fdzdgknr/ghxx/202403/t20240318_3456789.html",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "内蒙古 banner page whose whole body is one UEditor <p> broken by <br/> with &emsp;&emsp; indents; items "
            "continue over two or three lines, continuation lines start with 到2025年， / 3.5万平方米 / "
            "2024年秋季学期起 (not markers); metadata in div.detail-info table (索引号, 发布机构, 发布日期, 文号 empty)",
    "style": "br",
    "expect": {"title": "准格尔旗教育体育局2024年工作计划", "notice_title": None,
               "index_no": "11150622011405237U/2024-00058", "doc_no": None, "pub_date": "2024-03-18",
               "publisher": "准格尔旗教育体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["蒙ICP备", "蒙公网安备"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="ArticleTitle" content="准格尔旗教育体育局2024年工作计划">
<meta name="PubDate" content="2024-03-18 15:47">
<title>准格尔旗教育体育局2024年工作计划_准格尔旗人民政府</title>
<link rel="stylesheet" href="/images/zge/style.css">
<script src="/images/zge/jquery.js"></script>
</head>
<body>
<div class="zge-top"><div class="w1100"><a href="javascript:;">无障碍</a> <a href="javascript:;">关怀版</a> <a href="javascript:;">蒙古文</a></div></div>
<div class="zge-logo w1100"><img src="/images/zge/logo.png" alt="准格尔旗人民政府"></div>
<div class="zge-nav"><div class="w1100"><a href="/">首页</a><a href="/zjzge/">走进准旗</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="w1100 zge-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgk/">政府信息公开</a> &gt; <a href="/zwgk/zfxxgk/fdzdgknr/ghxx/">规划信息</a></div>
<div class="w1100 zge-main">
<div class="detail-info">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td class="t1">索引号：</td><td class="t2">11150622011405237U/2024-00058</td><td class="t1">发布机构：</td><td class="t2">准格尔旗教育体育局</td></tr>
<tr><td class="t1">发布日期：</td><td class="t2">2024-03-18</td><td class="t1">文号：</td><td class="t2"></td></tr>
<tr><td class="t1">标题：</td><td class="t2" colspan="3">准格尔旗教育体育局2024年工作计划</td></tr>
</table>
</div>
<div class="detail-title">准格尔旗教育体育局2024年工作计划</div>
<div class="detail-bar">【字体：<a href="javascript:;">大</a> <a href="javascript:;">中</a> <a href="javascript:;">小</a>】 浏览次数：<span id="clicks">0</span></div>
<div class="detail-con content-text">
@@CONTENT@@
</div>
<div class="detail-foot"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="detail-next"><p>上一篇：<a href="/zwgk/zfxxgk/fdzdgknr/ghxx/202403/t20240311_3441234.html">准格尔旗2024年全民健身工作计划</a></p><p>下一篇：<a href="/zwgk/zfxxgk/fdzdgknr/ghxx/202403/t20240322_3460001.html">准格尔旗2024年卫生健康工作要点</a></p></div>
</div>
<div class="zge-foot"><div class="w1100">
<p>主办单位：准格尔旗人民政府办公室　网站标识码：1506220001</p>
<p><a href="https://beian.miit.gov.cn">蒙ICP备05002143号</a>　蒙公网安备15062202000107号　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
</body>
</html>
""",
    "spec": """
P 2024年，旗教育体育局将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，聚焦“办好人民满意的教育”，着力推动全旗教育体育事业高质量发展。
S 一、|加强党的建设
I 1.|深化理论武装。认真落实“第一议题”制度，深入开展党纪学习教育，组织党员干部专题培训4期。
I 2.|建强基层党组织。实施基层党组织“提质增效”工程，推动学校党建工作与教育教学深度融合。
P 年内实现全旗中小学校党组织领导的校长负责制全覆盖，打造“北疆先锋”党建示范校5所。
S 二、|推进各学段教育高质量发展
I 3.|推动学前教育普惠发展。新建薛家湾第十幼儿园，改扩建大路镇中心幼儿园，新增学位630个。
P 到2025年，全旗学前三年毛入园率达到98%以上，普惠性幼儿园覆盖率达到95%以上。
I 4.|推动义务教育优质均衡。实施城区学校扩容提质工程，新建准格尔旗第八小学。
P 3.5万平方米的准格尔旗第五中学新校区建设项目年内主体完工，2025年秋季学期投入使用。
P 同步推进农村牧区学校标准化建设，全旗义务教育学校办学条件全部达到国家标准。
I 5.|推动高中教育特色发展。支持准格尔旗第一中学创建自治区级特色示范高中，高考本科上线率保持在85%以上。
I 6.|推动职业教育提质培优。准格尔旗职业高级中学与旗内能源化工企业共建实训基地4个，新增订单班3个。
S 三、|提升教育教学质量
I 7.|深化课堂教学改革。全面推进“新课标”落地实施，开展课堂教学大比武活动。
P 2024年秋季学期起，全旗初中全面实施分层走班教学试点，试点学校达到6所。
I 8.|加强国家通用语言文字教育。全面推行使用国家统编教材，开展经典诵读和规范汉字书写大赛。
S 四、|建设高素质教师队伍
I 9.|强化师德师风建设。落实师德师风第一标准，开展师德先进典型评选表彰活动。
I 10.|加强教师培养培训。实施“名师名校长”工程，组织教师赴区外名校跟岗研修200人次。
S 五、|推进体育事业发展
I 11.|广泛开展全民健身活动。举办准格尔旗第十届全民运动会，开展各类群众性体育赛事活动40项以上。
I 12.|加强青少年体育工作。推进校园足球、篮球特色学校建设，组建青少年业余训练队伍12支。
P 全年向自治区、市输送体育后备人才30名以上。
""",
})

# --------------------------------------------------------------------------- 15 新疆 昌吉市: 发文机关 vs 来源, 一是 paragraphs
PAGES.append({
    "slug": "15-xinjiang-changji-2025-yishi",
    "url": "http://www.cjs.gov.cn/zwgk/jyj/jhzj/202502/t20250228_987654.html",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "新疆 city page with both 发文机关 (昌吉市教育局, in a 信息公开 grid of <li><label>) and a 来源 naming the "
            "portal (昌吉市人民政府网) under the title; body in div#ArticleContent inside div.xl-content; items 1.–12. "
            "numbered through, three of them ending with a colon and followed by 一是/二是/三是 paragraphs",
    "style": "strong_p",
    "expect": {"title": "昌吉市教育局2025年工作要点", "notice_title": None,
               "index_no": "11652301010381726F/2025-00017", "doc_no": "昌市教发〔2025〕7号", "pub_date": "2025-02-28",
               "publisher": "昌吉市教育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["新ICP备", "昌吉市人民政府网"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="昌吉市人民政府网">
<meta name="ColumnName" content="计划总结">
<title>昌吉市教育局2025年工作要点 - 昌吉市人民政府网</title>
<link rel="stylesheet" href="/res/css/xl.css">
<script src="/res/js/jquery.min.js"></script>
</head>
<body>
<div class="cj-top"><div class="cj-w"><span class="date"></span><span class="tools"><a href="javascript:;">无障碍</a><a href="javascript:;">关怀版</a><a href="javascript:;">国家通用语言</a></span></div></div>
<div class="cj-head cj-w"><img src="/res/img/logo.png" alt="昌吉市人民政府网"></div>
<div class="cj-nav"><div class="cj-w"><a href="/">首页</a><a href="/zwdt/">政务动态</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="cj-w cj-pos">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jyj/">市教育局</a> &gt; <a href="/zwgk/jyj/jhzj/">计划总结</a></div>
<div class="cj-w xl-box">
<ul class="xxgk-grid">
<li><label>索引号：</label><span>11652301010381726F/2025-00017</span></li>
<li><label>发文机关：</label><span>昌吉市教育局</span></li>
<li><label>文号：</label><span>昌市教发〔2025〕7号</span></li>
<li><label>成文日期：</label><span>2025-02-26</span></li>
<li><label>发布日期：</label><span>2025-02-28</span></li>
<li><label>主题分类：</label><span>教育</span></li>
</ul>
<div class="xl-title"><h1>昌吉市教育局2025年工作要点</h1><p class="xl-sub">来源：昌吉市人民政府网　　发布时间：2025-02-28 12:30　　浏览次数：<span id="hit">573</span></p></div>
<div class="xl-content">
<div class="txt" id="ArticleContent">
@@CONTENT@@
</div>
</div>
<div class="xl-tool">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="cj-foot"><div class="cj-w">
<p>主办单位：昌吉市人民政府办公室　网站标识码：6523010001</p>
<p><a href="https://beian.miit.gov.cn">新ICP备06001234号</a>　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
</body>
</html>
""",
    "spec": """
P 2025年是“十四五”规划的收官之年。全市教育工作要坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新时代党的治疆方略，落实立德树人根本任务，推动全市教育高质量发展。
S 一、|坚持和加强党的全面领导
I 1.|加强政治理论学习。坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，开展教育系统干部教师全员轮训。
I 2.|深入推进铸牢中华民族共同体意识教育。重点抓好三项工作：
U 一是|将铸牢中华民族共同体意识教育融入课程教学全过程，开展主题班会、主题团队日活动。
U 二是|深化各民族学生交往交流交融，开展“石榴籽”结对活动，组织城乡学校手拉手活动。
U 三是|创建自治区级民族团结进步示范学校3所。
I 3.|加强基层党组织建设。推进中小学校党组织领导的校长负责制规范运行，创建党建示范校10所。
S 二、|推进教育优质均衡发展
I 4.|扩大学前教育资源。新建、改扩建公办幼儿园5所，学前三年毛入园率保持在98%以上。
I 5.|推动义务教育优质均衡发展。具体措施如下：
U 一是|新建昌吉市第十九小学，新增学位1620个。
U 二是|推进城乡学校一体化办学，组建教育集团8个。
U 三是|做好进城务工人员随迁子女入学保障工作。
I 6.|推动高中阶段教育多样化发展。推动昌吉市第一中学、第四中学特色发展，普通高中本科上线率提高2个百分点。
S 三、|全面提高教育教学质量
I 7.|加强国家通用语言文字教学。全面提高学生国家通用语言文字应用能力，开展“书香校园”建设。
I 8.|深化课程教学改革。推进基础教育国家级课程改革实验，开展优质课例评选和教学成果推广活动。
I 9.|加强教育数字化建设。推动国家中小学智慧教育平台规模化应用，建设智慧课堂示范校6所。
S 四、|建设高素质专业化教师队伍
I 10.|加强教师队伍补充和培训。从以下方面着力：
U 一是|招聘教师200名，重点补充紧缺学科教师。
U 二是|实施援疆教师“传帮带”工程，结对培养青年教师150名。
I 11.|完善教师激励保障机制。落实教师工资待遇保障政策，开展优秀教师和教育工作者表彰。
S 五、|守牢教育安全底线
I 12.|加强校园安全和后勤管理。健全校园安全防控体系，落实学校食品安全校长负责制，确保师生安全。
""",
})

# --------------------------------------------------------------------------- 16 贵州 播州区: Epoint-style detail, （一） items and （1） sub-items
PAGES.append({
    "slug": "16-guizhou-bozhou-2024-epoint",
    "url": "https://www.bozhou.gov.cn/zwgk/bmxxgkml/qjyj/ghjh/202402/t20240226_83456712.html",
    "headers": UTF8,
    "encoding": "utf-8",
    "what": "贵州 district page on an Epoint-style template: div.ewb-article-info, metadata as <span> label/value "
            "pairs in one line (信息来源 absent; 发布机构, 发布时间 with minutes, 索引号), body in "
            "div.ewb-article-info > div#mainText; （一） items restarting per section, （1）（2） sub-items on "
            "their own paragraphs; 相关附件 link and 扫一扫 after the body",
    "style": "epoint",
    "expect": {"title": "遵义市播州区教育局2024年教育工作要点", "notice_title": None,
               "index_no": "11520321009506478N/2024-00015", "doc_no": None, "pub_date": "2024-02-26",
               "publisher": "遵义市播州区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["黔ICP备", "黔公网安备", ".docx"],
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="遵义市播州区人民政府">
<meta name="ColumnName" content="规划计划">
<title>遵义市播州区教育局2024年教育工作要点_规划计划_遵义市播州区人民政府</title>
<link rel="stylesheet" href="/css/ewb-common.css">
<link rel="stylesheet" href="/css/ewb-detail.css">
<script src="/js/lib/jquery.min.js"></script>
<script src="/js/elder.js"></script>
</head>
<body>
<div class="ewb-top"><div class="ewb-container"><span class="ewb-welcome">您好，欢迎访问遵义市播州区人民政府网站</span><div class="ewb-top-r"><a href="javascript:;" class="ewb-elder">关怀版</a><a href="javascript:;" class="ewb-wza">无障碍</a><a href="javascript:;" class="ewb-jf">繁體</a></div></div></div>
<div class="ewb-header ewb-container"><a href="/"><img src="/images/logo.png" alt=""></a></div>
<div class="ewb-nav"><div class="ewb-container"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/zwgk/" class="current">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="ewb-container ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgkml/">部门信息公开目录</a> &gt; <a href="/zwgk/bmxxgkml/qjyj/">区教育局</a></div>
<div class="ewb-container ewb-main">
<div class="ewb-article">
<h2 class="ewb-article-tt">遵义市播州区教育局2024年教育工作要点</h2>
<div class="ewb-article-sources"><span>索引号：</span><span>11520321009506478N/2024-00015</span>　<span>发布机构：</span><span>遵义市播州区教育局</span>　<span>发布时间：</span><span>2024-02-26 15:30</span>　<span>浏览次数：</span><span id="viewcount">--</span></div>
<div class="ewb-article-info">
<div id="mainText">
@@CONTENT@@
</div>
</div>
<div class="ewb-article-attach"><h4>相关附件</h4><a href="/attach/2024/02/26/bz_jyj_2024gzyd.docx">遵义市播州区教育局2024年教育工作要点.docx</a></div>
<div class="ewb-article-qr"><img src="/qr/t20240226_83456712.png" alt=""><span>扫一扫在手机打开当前页</span></div>
<div class="ewb-article-tool"><a href="javascript:;" onclick="window.print()">打印本页</a><a href="javascript:;" onclick="window.close()">关闭窗口</a></div>
</div>
</div>
<div class="ewb-footer"><div class="ewb-container">
<p>主办单位：遵义市播州区人民政府办公室　网站标识码：5203210002</p>
<p><a href="https://beian.miit.gov.cn">黔ICP备13004316号</a>　黔公网安备52032102000034号　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div></div>
<script>$.get("/rest/visit/count?infoid=83456712", function(c){ $("#viewcount").text(c); });</script>
</body>
</html>
""",
    "spec": """
P 2024年全区教育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，坚持围绕中心、服务大局，加快建设教育强区，办好人民满意的教育。
S 一、|加强党对教育工作的全面领导
I （一）|深化理论武装。落实“第一议题”制度，开展党的创新理论进校园活动，全年开展专题宣讲50场次。
I （二）|加强基层党建。推进党组织领导的校长负责制，培育“一校一品”党建品牌15个。
I （三）|加强意识形态工作。落实意识形态工作责任制，强化校园阵地管理和网络舆情引导。
S 二、|推动各类教育高质量发展
I （一）|推进学前教育普惠发展。新增公办幼儿园3所，学前三年毛入园率达到93%。
I （二）|推进义务教育优质均衡发展。重点实施以下项目：
U （1）|新建播州区第三小学，新增学位1800个。
U （2）|改造提升乡村薄弱学校15所，改善农村学校寄宿条件。
I （三）|推进普通高中多样化发展。支持播州区第一高级中学创建省级一类示范性高中。
I （四）|推进职业教育产教融合。播州区中等职业学校新增校企合作企业10家，中职学生实习就业率达到96%。
S 三、|提升教育质量和队伍素质
I （一）|深化教学改革。开展课堂教学改革攻坚行动，建设区级教研基地学校12所。
I （二）|加强教师队伍建设。通过以下途径补充和培养教师：
U （1）|公开招聘和人才引进教师150名。
U （2）|实施“强师工程”，开展教师全员培训，培训教师5000人次。
I （三）|落实教师待遇。确保义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。
S 四、|守牢教育安全底线
I （一）|加强校园安全管理。常态化开展校园安全隐患排查，实现校园安全专职保安配备率100%。
I （二）|做好学生资助工作。落实各项学生资助政策，全年资助学生3.6万人次。
""",
})
