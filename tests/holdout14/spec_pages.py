"""Hand-written specs of the fourteenth holdout's pages: sixteen education bureaus' pages in sixteen
provinces and autonomous regions, 2018–2025, each in its own site's template, encoding and structure.
See build_pages.py for the body line format and README.md for the answer decisions."""

PAGES = []

# --------------------------------------------------------------------------- 01 河北 邢台市信都区
PAGES.append({
    "slug": "01-hebei-xindu-2024-yaodian",
    "url": "http://www.xtxindu.gov.cn/zwgk/jyxx/202403/t20240308_418822.html",
    "headers": {"content-type": "text/html; charset=UTF-8", "server": "nginx"},
    "encoding": "utf-8",
    "what": "county-level district site; info line of spans (发布时间/来源/浏览次数); sections 一、 with items 1.–14. numbered through; preamble",
    "style": "p",
    "expect": {"title": "信都区2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-08", "publisher": "邢台市信都区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["浏览次数", "分享到", "扫一扫", "冀ICP备"],
    "template": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>信都区2024年教育工作要点-邢台市信都区人民政府</title>
<link rel="stylesheet" href="/static/css/common.css">
<script src="/static/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header"><div class="logo"><img src="/static/images/logo.png" alt="邢台市信都区人民政府"></div>
<div class="search"><input type="text" id="searchword" placeholder="请输入搜索内容"><button>搜索</button></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xwzx/">新闻中心</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zmhd/">政民互动</a></li><li><a href="/bsfw/">办事服务</a></li></ul></div>
<div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/jyxx/">教育信息</a></div>
<div class="article">
<h1 class="article-title">信都区2024年教育工作要点</h1>
<div class="article-info"><span>发布时间：2024-03-08 15:42</span><span>来源：邢台市信都区教育局</span><span>浏览次数：<em id="hits">1267</em></span>
<span class="share">分享到：<a class="wx"></a><a class="wb"></a></span></div>
<div class="article-content" id="article-content">
{content}
</div>
<div class="article-foot"><a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a></div>
<div class="prev-next"><p>上一篇：<a href="./t20240301_417930.html">信都区2024年中小学招生入学工作方案</a></p><p>下一篇：<a href="./t20240312_419011.html">关于做好2024年春季学期开学工作的通知</a></p></div>
</div>
<div class="footer"><p>主办单位：邢台市信都区人民政府办公室　地址：邢台市信都区中兴西大街</p>
<p>网站标识码：1305030018　<a href="https://beian.miit.gov.cn">冀ICP备05004318号</a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1305030018">政府网站找错</a></p>
<p>扫一扫在手机打开当前页</p></div>
<script>$(function(){ $.get('/hits.jsp?id=418822', function(n){ $('#hits').text(n); }); });</script>
</body>
</html>
""",
    "spec": """
P 2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，落实立德树人根本任务，以建设教育强区为目标，聚焦“办好人民满意的教育”，推动全区教育高质量发展。
S 一、|坚持党建引领，筑牢教育发展根基
I 1.|深入开展党纪学习教育。组织全区教育系统党员干部原原本本学习《中国共产党纪律处分条例》，开展警示教育不少于2次，引导党员干部知敬畏、存戒惧、守底线。
I 2.|全面落实中小学校党组织领导的校长负责制。6月底前全区37所中小学全部完成章程修订，健全党组织会议、校长办公会议议事规则，推动学校党组织把方向、管大局、作决策、保落实。
I 3.|加强思想政治工作。推进大中小学思政课一体化建设，开展“同上一堂思政课”活动，每学期区级思政课示范课不少于10节。
S 二、|优化资源配置，扩大优质教育供给
I 4.|推进学前教育普及普惠。新建、改扩建公办幼儿园3所，新增学位810个，全区公办园在园幼儿占比达到55%以上，普惠性幼儿园覆盖率稳定在90%以上。
I 5.|推动义务教育优质均衡发展。加快信都区第二实验小学、将军墓镇中心学校教学楼建设，年内新增义务教育学位1620个，消除56人以上大班额。
P 深化集团化办学，新组建教育集团2个，集团内校际间干部教师交流比例不低于15%。
I 6.|提升县域普通高中办学水平。支持区第一中学创建省级示范性高中，推进普通高中新课程新教材实施，高考本科上线率较上年提高2个百分点。
I 7.|办好特殊教育。适龄残疾儿童少年入学率保持在97%以上，为重度残疾儿童提供送教上门服务每月不少于2次。
S 三、|深化教育改革，激发办学活力
I 8.|深化“双减”工作。规范课后服务，课后服务覆盖率保持100%，学科类校外培训机构动态清零，加强非学科类培训机构日常监管。
I 9.|推进教育评价改革。完善中小学校办学质量评价和教师评价办法，严禁给学校下达升学指标。
I 10.|推进教育数字化转型。完成28所学校智慧校园改造，建成区级教育资源公共服务平台，教师信息技术应用能力提升培训全员覆盖。
S 四、|加强队伍建设，提升教师素质
I 11.|强化师德师风建设。开展师德师风专项整治，落实师德失范行为“一票否决”，评选区级“最美教师”20名。
I 12.|加大教师补充和培训力度。年内招聘教师120名，组织教师全员培训，开展新任教师岗前培训不少于120学时。
S 五、|守牢安全底线，营造良好育人环境
I 13.|抓好校园安全。深化校园安全专项整治，学校“一键报警”和视频监控系统接入率达到100%，开展防溺水、防欺凌专题教育。
I 14.|加强学生健康管理。落实学生每天校内体育活动时间不少于1小时，全区学生体质健康达标率达到93%以上，近视率较上年下降1个百分点。
""",
})

# --------------------------------------------------------------------------- 02 山西 长治市潞州区 (GBK)
PAGES.append({
    "slug": "02-shanxi-luzhou-2019-yaodian-gbk",
    "url": "http://www.czlz.gov.cn/xxgk/bmxxgk/jyj/201902/t20190228_1382.shtml",
    "headers": {"content-type": "text/html; charset=GBK"},
    "encoding": "gbk",
    "what": "GBK (meta charset=gbk, header GBK); 信息公开 table of td pairs with 成文日期 and 发布日期; 一、 sections, （一） items restarting per section, 1. sub-items under some items",
    "style": "fullwidth",
    "expect": {"title": "潞州区2019年教育工作要点", "notice_title": None, "index_no": "11140402012671053X/2019-00031",
               "doc_no": "潞州教字〔2019〕8号", "pub_date": "2019-02-28", "publisher": "长治市潞州区教育局",
               "plan_year": 2019, "doc_kind": "plan"},
    "must_not_appear": ["成文日期", "主题分类", "晋ICP备", "【打印】"],
    "template": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>潞州区2019年教育工作要点 - 长治市潞州区人民政府</title>
<link href="/css/xxgk.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="top"><img src="/images/banner.jpg" width="1000" height="160" /></div>
<div id="menu"><a href="/">网站首页</a>|<a href="/xxgk/">政府信息公开</a>|<a href="/xxgk/zc/">政策文件</a>|<a href="/hdjl/">互动交流</a></div>
<div id="place">当前位置：<a href="/">首页</a> &raquo; <a href="/xxgk/">信息公开</a> &raquo; <a href="/xxgk/bmxxgk/">部门信息公开</a> &raquo; 区教育局</div>
<div id="xxgk_main">
<table class="xxgk_table" width="100%" border="1" cellspacing="0" cellpadding="0">
<tr><td class="lb">索引号：</td><td>11140402012671053X/2019-00031</td><td class="lb">主题分类：</td><td>教育</td></tr>
<tr><td class="lb">发布机构：</td><td>长治市潞州区教育局</td><td class="lb">成文日期：</td><td>2019-02-25</td></tr>
<tr><td class="lb">文　　号：</td><td>潞州教字〔2019〕8号</td><td class="lb">发布日期：</td><td>2019-02-28</td></tr>
<tr><td class="lb">标　　题：</td><td colspan="3">潞州区2019年教育工作要点</td></tr>
</table>
<div class="xxgk_title">潞州区2019年教育工作要点</div>
<div class="xxgk_con">
{content}
</div>
<div class="xxgk_tool"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div id="footer">主办单位：长治市潞州区人民政府　承办单位：潞州区行政审批服务管理局<br />
网站标识码：1404020001　晋ICP备06000127号　<a href="/zhaocuo/">政府网站找错</a></div>
</body>
</html>
""",
    "spec": """
P 2019年全区教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和全国教育大会精神，围绕“建设教育强区”目标，抓党建、补短板、提质量、促公平，努力办好人民满意的教育。
S 一、|全面加强党的建设
I （一）|落实管党治党责任。制定教育系统党建工作责任清单，实行局党组成员联系学校制度，每名班子成员联系学校不少于3所。
I （二）|加强基层党组织建设。开展基层党组织“堡垒工程”建设，年内创建“五星级”学校党支部10个。
U 1.|规范“三会一课”制度，学校党支部每月开展主题党日活动。
U 2.|做好发展党员工作，全年在教师中发展党员不少于30名。
I （三）|推进党风廉政建设。开展教育系统“不忘初心、牢记使命”警示教育，严肃查处有偿补课、违规收受礼金等问题。
S 二、|统筹推进各类教育协调发展
I （一）|加快学前教育发展。实施第三期学前教育行动计划，新建公办幼儿园2所，学前三年毛入园率达到92%。
I （二）|推进义务教育均衡发展。巩固义务教育发展基本均衡区成果，启动优质均衡创建工作。
U 1.|完成英雄南路小学、太行东街学校扩建工程，新增学位1350个。
U 2.|严格落实免试就近入学政策，公办学校划片招生，民办学校招生全部纳入审批地统一管理。
U 3.|关爱农村留守儿童和进城务工人员随迁子女，保障随迁子女入学率100%。
I （三）|提升特殊教育水平。完善“一人一案”教育安置方式，三类残疾儿童少年义务教育入学率达到95%以上。
S 三、|着力提高教育教学质量
I （一）|深化课堂教学改革。推广“自主—合作—展示”课堂教学模式，评选区级优质课60节。
U 1.|组织开展中小学教学开放周活动，全年不少于2次。
U 2.|建立区级学科教研基地校12所，实行教研员包校指导。
I （二）|加强教师队伍建设。实施“名师、名校长”培养工程，年内培养区级骨干教师100名，落实教师交流轮岗，交流比例不低于10%。
I （三）|推进教育信息化。实现“宽带网络校校通”全覆盖，多媒体教室配备比例达到100%。
U 1.|建设录播教室8个，开展“一师一优课、一课一名师”晒课活动。
""",
})

# --------------------------------------------------------------------------- 03 内蒙古 鄂尔多斯市康巴什区 (report)
PAGES.append({
    "slug": "03-neimenggu-kangbashi-2021-zongjie",
    "url": "http://www.kbs.gov.cn/xxgk/bmxxgk/jytyj/gzzj/202201/t20220112_3085214.html",
    "headers": {"content-type": "text/html"},
    "encoding": "utf-8",
    "what": "工作总结 published the next January; header line (发布时间/作者/来源/点击数); 一、 sections, （一） items restarting, 一是/二是 sub-items on their own paragraphs, a section with text only",
    "style": "p",
    "expect": {"title": "康巴什区教育体育局2021年工作总结", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2022-01-12", "publisher": "康巴什区教育体育局", "plan_year": 2021, "doc_kind": "report"},
    "must_not_appear": ["点击数", "作者：", "蒙ICP备", "今天是", "相关链接"],
    "template": """<!doctype html>
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="康巴什区人民政府">
<meta name="ColumnName" content="工作总结">
<title>康巴什区教育体育局2021年工作总结_康巴什区人民政府</title>
<link rel="stylesheet" href="/images/xl.css">
</head>
<body>
<div class="topbar"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span><a href="/wza/">无障碍</a> <a href="/en/">English</a></div>
<div class="mainnav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/gzhd/">公众互动</a><a href="/zjkbs/">走进康巴什</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/bmxxgk/">部门信息公开</a> &gt; <a href="/xxgk/bmxxgk/jytyj/">区教体局</a> &gt; 工作总结</div>
<div class="xl-box">
<div class="xl-tit">康巴什区教育体育局2021年工作总结</div>
<div class="xl-info">发布时间：2022-01-12　　作者：　　来源：康巴什区教育体育局　　点击数：<span id="clicks">386</span>　　【<a href="#" onclick="doZoom(18)">大</a> <a href="#" onclick="doZoom(16)">中</a> <a href="#" onclick="doZoom(14)">小</a>】</div>
<div class="xl-con" id="zoomcon">
{content}
</div>
<div class="xl-tool"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/xxgk/bmxxgk/jytyj/gzjh/202202/t20220222_3101880.html">康巴什区教育体育局2022年工作计划</a></li><li><a href="/xxgk/bmxxgk/jytyj/gzzj/202101/t20210115_2790113.html">康巴什区教育体育局2020年工作总结</a></li></ul></div>
<div class="foot">主办单位：鄂尔多斯市康巴什区人民政府办公室　网站标识码：1506030002　蒙ICP备05002964号-1<br>
<a href="http://www.beian.gov.cn/">蒙公网安备 15060302000117号</a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1506030002">政府网站找错</a></div>
<script src="/images/zoom.js"></script>
</body>
</html>
""",
    "spec": """
P 2021年，区教育体育局在区委、区政府的坚强领导下，以党史学习教育为契机，聚焦“办好人民满意的教育”，各项工作取得了新成效。现将全年工作总结如下：
S 一、|2021年工作完成情况
I （一）|党史学习教育扎实开展。
U 一是|组织全系统党员干部开展集中学习研讨42场次，举办专题读书班3期，覆盖党员1180余人。
U 二是|深入开展“我为群众办实事”实践活动，梳理办实事清单26项，已全部办结。
I （二）|教育资源供给持续扩大。全年投入教育资金3.2亿元，康巴什区第四小学、第六幼儿园建成投用，新增学位2160个。
I （三）|教育教学质量稳步提升。
U 一是|2021年高考本科上线率达到78.6%，较上年提高3.1个百分点。
U 二是|中考全科合格率达到91.2%，位居全市前列。
U 三是|在全市中小学课堂教学评比中，我区教师获一等奖17人次。
I （四）|“双减”工作有序推进。全区18所义务教育学校课后服务实现全覆盖，学生参与率达到96.3%，校外培训机构压减率达到87%。
I （五）|教师队伍建设不断加强。公开招聘教师95名，培养自治区级骨干教师12名、市级教学能手36名。
I （六）|体育事业蓬勃发展。
U 一是|成功承办自治区青少年足球联赛鄂尔多斯赛区比赛。
U 二是|新建社区健身场地9处，全民健身活动参与人数达8.6万人次。
S 二、|存在的问题
P 一是优质教育资源总量仍然不足，部分学校学位紧张；二是教师队伍结构性矛盾依然存在，音体美等学科教师短缺；三是体育场馆利用率有待进一步提高。
S 三、|2022年工作思路
I （一）|持续加强党的建设。巩固拓展党史学习教育成果，推进学校党建品牌创建，年内打造党建示范校5所。
I （二）|扩大优质资源供给。开工建设康巴什区第七小学，完成2所幼儿园提质改造。
I （三）|深化教育综合改革。深入推进“双减”工作和集团化办学，推动城乡学校结对帮扶全覆盖。
I （四）|加快体育强区建设。办好全区第三届运动会，筹备2022年自治区冰雪运动会相关赛事。
""",
})

# --------------------------------------------------------------------------- 04 辽宁 大连市旅顺口区
PAGES.append({
    "slug": "04-liaoning-lvshunkou-2022-jihua",
    "url": "https://www.dllsk.gov.cn/xxgk/zfxxgkml/jyj/202202/t20220216_2093415.html",
    "headers": {"content-type": "text/html; charset=utf-8", "x-frame-options": "SAMEORIGIN"},
    "encoding": "utf-8",
    "what": "metadata on one line split by | (索引号 | 发布日期 | 发布机构); 一、 sections; items １．–１５． in full-width digits numbered through",
    "style": "p",
    "expect": {"title": "旅顺口区教育局2022年工作计划", "notice_title": None, "index_no": "LSK-JYJ-2022-00045",
               "doc_no": None, "pub_date": "2022-02-16", "publisher": "旅顺口区教育局", "plan_year": 2022,
               "doc_kind": "plan"},
    "must_not_appear": ["辽ICP备", "【打印】", "【关闭】", "微信", "发布日期"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<title>旅顺口区教育局2022年工作计划 - 大连市旅顺口区人民政府</title>
<meta name="keywords" content="教育局,工作计划,2022">
<link rel="stylesheet" href="/res/css/detail.css">
</head>
<body class="gray">
<header class="site-head"><a class="logo" href="/"><img src="/res/img/logo.png" alt="大连市旅顺口区人民政府"></a>
<nav><a href="/">首页</a><a href="/xxgk/">政府信息公开</a><a href="/ywdt/">要闻动态</a><a href="/zwfw/">政务服务</a><a href="/zmhd/">政民互动</a></nav></header>
<div class="bread">当前位置：<a href="/">首页</a> / <a href="/xxgk/">政府信息公开</a> / <a href="/xxgk/zfxxgkml/">法定主动公开内容</a> / 区教育局</div>
<main class="detail">
<h2 class="detail-title">旅顺口区教育局2022年工作计划</h2>
<div class="detail-meta">索引号：LSK-JYJ-2022-00045 | 发布日期：2022-02-16 | 发布机构：旅顺口区教育局 | 字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></div>
<div class="detail-body">
{content}
</div>
<div class="detail-share">分享到：<a class="icon-wechat">微信</a><a class="icon-weibo">微博</a>　<a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</main>
<footer class="site-foot"><p>主办单位：大连市旅顺口区人民政府办公室　版权所有</p><p>网站标识码：2102120001　<a href="https://beian.miit.gov.cn/">辽ICP备10204433号</a></p></footer>
</body>
</html>
""",
    "spec": """
P 2022年，全区教育工作以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九届六中全会精神，按照区委、区政府工作部署，坚持稳中求进，着力推动旅顺口区教育高质量发展。
S 一、|加强党对教育工作的全面领导
I １．|巩固拓展党史学习教育成果。建立学党史、悟思想、办实事、开新局长效机制，推动党史教育进课堂、进教材、进头脑。
I ２．|推进中小学校党组织领导的校长负责制。完成全区中小学校领导体制改革试点工作，制定学校党组织会议和校长办公会议议事规则。
I ３．|落实意识形态工作责任制。加强校园阵地管理，每学期开展意识形态领域风险排查不少于1次。
S 二、|推动各级各类教育优质发展
I ４．|扩大学前教育普惠资源。新建龙河幼儿园，新增普惠性学位360个，普惠性幼儿园覆盖率达到86%。
I ５．|推进义务教育优质均衡。完成旅顺口区实验小学改扩建，推进5所学校标准化改造，巩固“义务教育发展基本均衡区”成果。
I ６．|促进普通高中特色发展。支持旅顺中学创建省级特色高中，高中阶段毛入学率保持在98%以上。
I ７．|发展现代职业教育。推进旅顺口区职业教育中心产教融合，新增校企合作企业4家。
I ８．|关注特殊群体教育。落实残疾儿童少年“一人一案”，扎实做好家庭经济困难学生资助工作，资助覆盖率100%。
S 三、|深化教育改革和内涵建设
I ９．|全面落实“双减”政策。义务教育学校课后服务“5+2”全覆盖，作业公示制度执行率100%。
I １０．|深化课程教学改革。推进国家课程校本化实施，建设区级精品课程20门。
I １１．|加强体育美育劳动教育。开足开齐体育与健康课程，组建学校艺术团队40个，建设劳动实践基地3处。
I １２．|推进智慧教育。建设“旅顺教育云”平台，完成15所学校千兆光纤入校，推广使用国家中小学智慧教育平台。
S 四、|强化保障和安全稳定
I １３．|建设高素质教师队伍。补充中小学教师80名，实施新一轮区级名师工作室建设，评选区级骨干教师150名。
I １４．|加强校园安全管理。实现中小学幼儿园专职保安配备率、封闭化管理达标率、“一键式紧急报警”达标率三个100%。
I １５．|做好校园疫情防控。落实常态化疫情防控各项措施，确保全区学校教育教学秩序安全平稳。
""",
})

# --------------------------------------------------------------------------- 05 吉林 延吉市 (old table layout, <br>)
PAGES.append({
    "slug": "05-jilin-yanji-2020-yaodian-br",
    "url": "http://www.yanji.gov.cn/zwgk/bmxx/jyj/202003/t20200306_216734.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "what": "old table layout: one <td> holding the whole text, paragraphs split by <br> and indented with ideographic spaces; date printed 2020年3月6日; items 1、–12、 numbered through",
    "style": "br",
    "expect": {"title": "延吉市2020年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2020-03-06", "publisher": "延吉市教育局", "plan_year": 2020, "doc_kind": "plan"},
    "must_not_appear": ["发布日期", "吉ICP备", "技术支持", "延吉新闻"],
    "template": """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>延吉市人民政府--延吉市2020年教育工作要点</title>
<style type="text/css">
td { font-size: 12px; } .wz { font-size: 16px; line-height: 30px; }
</style>
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/top_banner.jpg" width="980" height="150"></td></tr>
<tr><td class="daohang" height="36"><a href="/">首　页</a> | <a href="/zwgk/">政务公开</a> | <a href="/yjxw/">延吉新闻</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="30">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/bmxx/">部门信息</a></td></tr>
<tr><td align="center" height="50"><font style="font-size:22px;color:#c00000"><b>延吉市2020年教育工作要点</b></font></td></tr>
<tr><td align="center" height="26" style="border-bottom:1px dashed #ccc">发布日期：2020年3月6日　　来源：延吉市教育局　　【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</td></tr>
<tr><td class="wz" valign="top" style="padding:15px 30px">
{content}
</td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#e8e8e8">
<tr><td align="center" height="80">主办单位：延吉市人民政府办公室　　技术支持：延吉市大数据中心<br>
网站标识码：2224010001　　<a href="http://beian.miit.gov.cn">吉ICP备05003212号</a></td></tr>
</table>
</body>
</html>
""",
    "spec": """
P 2020年全市教育工作的指导思想是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中全会精神，落实全国、全省、全州教育工作会议部署，以“提质量、促均衡、强队伍、保安全”为重点，推动延吉教育现代化建设。
S 一、|加强党的建设和思想政治工作
I 1、|落实全面从严治党责任。推进“不忘初心、牢记使命”主题教育常态化制度化，开展教育系统廉政风险排查，签订党风廉政建设责任书100%。
I 2、|深化民族团结进步教育。将民族团结教育纳入学校课程体系，创建民族团结进步示范学校5所。
I 3、|加强学生思想道德教育。开展“开学第一课”“我和我的祖国”等主题教育活动，评选市级“三好学生”“优秀学生干部”300名。
S 二、|促进各类教育均衡发展
I 4、|推进学前教育普及普惠。新建、改扩建幼儿园4所，学前三年毛入园率达到95%，普惠性幼儿园覆盖率达到82%。
I 5、|提高义务教育均衡水平。启动延吉市第十三中学新建工程，实施12所薄弱学校改造，推动城乡学校一体化发展。
I 6、|推动普通高中多样化发展。稳步实施高考综合改革，做好选课走班教学准备，高中阶段毛入学率达到96%以上。
I 7、|加强双语教育。完善朝汉双语教学体系，举办全市中小学双语教学成果展示活动。
S 三、|全面提高教育质量
I 8、|深化课堂教学改革。推进“小组合作学习”课堂模式，全年开展市级教学视导2轮，组织中小学优质课评选活动。
I 9、|加强体育卫生和艺术教育。保证学生每天校园体育活动1小时，中小学生体质健康测试合格率达到92%。
P 做好新冠肺炎疫情防控期间的学生健康监测和线上教学，确保“停课不停学”。
S 四、|强化教育保障
I 10、|加强教师队伍建设。招聘中小学教师110名，完成中小学教师全员培训，组织骨干教师到省内外研修不少于200人次。
I 11、|提升教育信息化水平。实现中小学“班班通”全覆盖，建成市级教育资源平台。
I 12、|确保校园安全稳定。落实校园安全“网格化”管理，全年开展应急疏散演练每学期不少于2次，坚决防范重特大安全事故发生。
""",
})

# --------------------------------------------------------------------------- 06 江苏 宿迁市宿城区
PAGES.append({
    "slug": "06-jiangsu-sucheng-2023-yaodian",
    "url": "https://www.sqsc.gov.cn/scqjyj/gzjh/202302/c75a64ef0c8b4e4db21b6b9cf4f5e6a1.shtml",
    "headers": {"content-type": "text/html;charset=UTF-8", "cache-control": "max-age=600"},
    "encoding": "utf-8",
    "what": "信息公开 table with th/td (索引号, 文号, 公开日期, 发布机构) and meta tags; 一、 sections; （一） items restarting per section",
    "style": "p",
    "expect": {"title": "宿城区2023年教育工作要点", "notice_title": None, "index_no": "014069130/2023-00021",
               "doc_no": "宿城教发〔2023〕6号", "pub_date": "2023-02-21", "publisher": "宿迁市宿城区教育局",
               "plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["公开日期", "公开方式", "苏ICP备", "分享到"],
    "template": """<!DOCTYPE html>
<html lang="zh">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="SiteName" content="宿迁市宿城区人民政府">
<meta name="ColumnName" content="工作计划">
<meta name="ArticleTitle" content="宿城区2023年教育工作要点">
<meta name="PubDate" content="2023-02-21 09:12">
<meta name="ContentSource" content="宿迁市宿城区教育局">
<title>宿城区2023年教育工作要点 宿迁市宿城区人民政府</title>
<link rel="stylesheet" type="text/css" href="/static/css/xxgk_detail.css"/>
</head>
<body>
<div class="head"><div class="head-top"><a href="/">宿迁市宿城区人民政府</a><span class="tools"><a href="/wza">无障碍浏览</a> <a href="/old">长者模式</a></span></div></div>
<div class="nav-bar"><ul><li><a href="/">首页</a></li><li><a href="/xxgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="crumbs">当前位置：<a href="/">首页</a>&gt;<a href="/scqjyj/">区教育局</a>&gt;<a href="/scqjyj/gzjh/">计划总结</a></div>
<div class="xxgk-detail">
<table class="xxgk-table">
<tr><th>索引号</th><td>014069130/2023-00021</td><th>分类</th><td>教育；计划总结</td></tr>
<tr><th>发布机构</th><td>宿迁市宿城区教育局</td><th>公开日期</th><td>2023-02-21</td></tr>
<tr><th>文号</th><td>宿城教发〔2023〕6号</td><th>公开方式</th><td>主动公开</td></tr>
<tr><th>名称</th><td colspan="3">宿城区2023年教育工作要点</td></tr>
</table>
<div class="detail-title"><h1>宿城区2023年教育工作要点</h1></div>
<div class="detail-content" id="zoom">
{content}
</div>
<div class="detail-bottom"><span class="share">分享到：<a class="bds_weixin"></a><a class="bds_tsina"></a></span><a class="print" href="javascript:window.print();">打印本页</a><a class="close" href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="footer"><p>主办单位：宿迁市宿城区人民政府办公室　联系电话：0527-84370000</p>
<p><a href="https://beian.miit.gov.cn/">苏ICP备05006237号-1</a>　网站标识码：3213020003　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3213020003">政府网站找错</a></p></div>
<script type="text/javascript">window._bd_share_config={"common":{"bdSnsKey":{},"bdText":"","bdMini":"2"},"share":{}};</script>
</body>
</html>
""",
    "spec": """
P 2023年是全面贯彻落实党的二十大精神的开局之年。全区教育系统要坚持以习近平新时代中国特色社会主义思想为指导，深入实施科教兴国战略，以“教育强区”建设为统领，奋力推进宿城教育现代化。
S 一、|坚持党建统领，全面落实立德树人根本任务
I （一）|深入学习宣传贯彻党的二十大精神。把学习贯彻党的二十大精神作为首要政治任务，组建教育系统宣讲团，开展宣讲200场次以上。
I （二）|深化党建品牌创建。实施“一校一品”党建品牌培育工程，年内创成市级党建示范品牌3个。
I （三）|加强和改进学校思政工作。配齐建强思政课教师队伍，中小学思政课专职教师比例达到70%以上。
S 二、|坚持优质均衡，扩大优质教育资源供给
I （一）|加快推进学校建设。续建宿城区第二实验学校等6个学校建设项目，新增学位4500个。
I （二）|推进学前教育普惠发展。新增公办幼儿园学位900个，公办园在园幼儿占比达到86%，省市优质园占比达到75%。
I （三）|推动义务教育优质均衡发展。开展“县管校聘”管理改革，推进城乡教育共同体建设，结对覆盖率100%。
I （四）|推进高中多样特色发展。支持宿迁市宿城中学创建省高品质示范高中，提升普通高中办学水平。
S 三、|坚持内涵发展，全面提升育人质量
I （一）|深化课堂教学改革。推进“学讲课堂”2.0版建设，开展区级课堂教学展示活动50场次。
I （二）|扎实推进“双减”落地见效。规范课后服务，确保课后服务学生参与率保持在95%以上，学科类培训机构压减率稳定在100%。
I （三）|加强学生心理健康教育。中小学心理健康教育专兼职教师配备率达到100%，建立学生心理健康档案。
S 四、|坚持守正创新，夯实教育发展保障
I （一）|加强教师队伍建设。新招聘教师260名，新增市级以上名师10名，落实教师工资待遇“两不低于”。
I （二）|推进教育数字化。建成智慧校园示范校8所，完成全区中小学教室照明改造。
I （三）|守牢校园安全底线。落实“护学岗”制度，开展校园安全隐患大排查大整治，实现学校安全事故“零发生”。
""",
})

# --------------------------------------------------------------------------- 07 安徽 阜阳市颍州区 (推进情况)
PAGES.append({
    "slug": "07-anhui-yingzhou-2024-tuijin",
    "url": "https://www.yingzhou.gov.cn/public/6615931/38297465.html",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "Apache"},
    "encoding": "utf-8",
    "what": "上半年推进情况 (report); Anhui 信息公开 table with 生成日期 and 文号 printed as 无; 一、 sections, （一） items restarting, 一是/二是 inline inside some items' paragraphs, a section with text only",
    "style": "p",
    "expect": {"title": "颍州区教育局2024年上半年工作推进情况", "notice_title": None, "index_no": "003150862/202407-00012",
               "doc_no": None, "pub_date": "2024-07-10", "publisher": "阜阳市颍州区教育局", "plan_year": 2024,
               "doc_kind": "report"},
    "must_not_appear": ["生成日期", "组配分类", "皖ICP备", "浏览量", "【打印】"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>颍州区教育局2024年上半年工作推进情况_颍州区人民政府</title>
<link rel="stylesheet" href="/assets/css/public_info.css">
<script src="/assets/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/assets/images/logo.png"></a><div class="search-box"><input type="text" placeholder="搜索"><a class="btn">搜索</a></div></div></div>
<div class="navbar"><a href="/">首页</a><a href="/public/column/6615931">信息公开</a><a href="/zxzx/">资讯中心</a><a href="/site/tpl/zmhd">政民互动</a></div>
<div class="wz-position">您所在的位置：<a href="/">首页</a> &gt; <a href="/public/column/6615931">信息公开</a> &gt; 区教育局 &gt; 计划总结</div>
<div class="public-detail">
<table class="table_suoyin" cellspacing="0" cellpadding="0">
<tr><th>索引号：</th><td>003150862/202407-00012</td><th>组配分类：</th><td>计划总结</td></tr>
<tr><th>发布机构：</th><td>阜阳市颍州区教育局</td><th>主题分类：</th><td>教育</td></tr>
<tr><th>名称：</th><td colspan="3">颍州区教育局2024年上半年工作推进情况</td></tr>
<tr><th>文号：</th><td>无</td><th>生成日期：</th><td>2024-07-10</td></tr>
</table>
<div class="wztit"><h1>颍州区教育局2024年上半年工作推进情况</h1></div>
<div class="wzinfo">发布时间：2024-07-10 10:21　浏览量：<span id="hits">211</span>　字号：<a class="fontsize" data-size="18">大</a> <a class="fontsize" data-size="16">中</a> <a class="fontsize" data-size="14">小</a></div>
<div class="wzcon j-fontContent">
{content}
</div>
<div class="wzbtn"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
</div>
<div class="footer">主办单位：阜阳市颍州区人民政府办公室　网站标识码：3412020017<br><a href="https://beian.miit.gov.cn/">皖ICP备11018431号</a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3412020017">政府网站找错</a></div>
<script>$.getJSON('/site/count?id=38297465', function(d){ $('#hits').text(d.count); });</script>
</body>
</html>
""",
    "spec": """
P 今年以来，区教育局坚持以习近平新时代中国特色社会主义思想为指导，围绕年初确定的目标任务，扎实推进各项工作。现将上半年工作推进情况报告如下：
S 一、|上半年工作推进情况
I （一）|党建引领持续深化。
X 一是|扎实开展党纪学习教育，组织专题读书班2期、警示教育大会1次；
X 二是|推进“一校一品”党建品牌创建，新培育区级党建品牌12个。
I （二）|重点项目加快推进。颍州区第十五中学、清河路小学主体工程已完工，预计秋季学期投入使用，可新增学位3150个。
I （三）|学前教育普惠发展。完成3所公办幼儿园提升改造，全区普惠性幼儿园覆盖率达到91.5%。
I （四）|“双减”工作成效巩固。
X 一是|课后服务实现义务教育学校全覆盖，学生参与率达到94.7%；
X 二是|开展校外培训专项治理行动，查处无证培训机构7家；
X 三是|推行作业公示制度，抽查作业公示情况45校次。
I （五）|教育教学质量稳步提升。2024年高考本科达线人数较上年增加216人，在全市中小学教学技能大赛中获一等奖9人。
I （六）|教师队伍不断加强。完成新招聘教师岗前培训138人，组织校长教师交流轮岗226人。
I （七）|学生资助应助尽助。上半年发放各类资助资金1362.8万元，惠及学生2.3万人次。
I （八）|校园安全形势平稳。
X 一是|开展校园安全隐患排查整治，整改隐患93处；
X 二是|组织防溺水专题教育，覆盖全区中小学生。
S 二、|存在的问题
P 城区学位供需矛盾依然突出，部分学校大班额问题尚未彻底解决；乡村学校教师结构性缺员，音体美专业教师不足。
S 三、|下半年工作打算
I （一）|确保新建学校按期投用。加快项目收尾和设备采购，确保秋季学期新增学位全部投入使用。
I （二）|做好秋季招生入学工作。坚持阳光招生，严格落实免试就近入学，确保适龄儿童少年应入尽入。
I （三）|持续提升教育质量。开展课堂教学质量提升年活动，组织区级教学视导不少于2轮。
I （四）|加强安全稳定工作。开展秋季开学安全大检查，防范化解校园安全风险。
""",
})

# --------------------------------------------------------------------------- 08 江西 赣州市南康区
PAGES.append({
    "slug": "08-jiangxi-nankang-2025-yaodian",
    "url": "http://www.nkjx.gov.cn/nkqxxgk/c116451/202502/5b9e0a3d7c214a03b6a8e1f3c2d09b74.shtml",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "what": "信息公开 table of four-column rows (label, value, label, value) with 成文日期 and 发布日期; sections 一、; items 1.–15. numbered through with continuation paragraphs",
    "style": "p",
    "expect": {"title": "南康区2025年教育工作要点", "notice_title": None, "index_no": "K10041-0214-2025-0007",
               "doc_no": "康教字〔2025〕3号", "pub_date": "2025-02-18", "publisher": "赣州市南康区教育科技体育局",
               "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["成文日期", "信息分类", "赣ICP备", "扫一扫"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>南康区2025年教育工作要点 | 赣州市南康区人民政府</title>
<link rel="stylesheet" href="/css/xxgk2020.css">
</head>
<body>
<div id="header"><div class="w1200"><img src="/images/nk_logo.png" alt="赣州市南康区人民政府"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/nkqxxgk/">信息公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjnk/">走进南康</a></li></ul></div></div>
<div class="w1200 position">当前位置：<a href="/">首页</a> &gt; <a href="/nkqxxgk/">信息公开</a> &gt; <a href="/nkqxxgk/c116451/">区教育科技体育局</a></div>
<div class="w1200 content-box">
<div class="xxgk-info">
<table width="100%">
<tr><td class="t1">索 引 号：</td><td class="t2">K10041-0214-2025-0007</td><td class="t1">信息分类：</td><td class="t2">教育 / 计划规划</td></tr>
<tr><td class="t1">发布机构：</td><td class="t2">赣州市南康区教育科技体育局</td><td class="t1">成文日期：</td><td class="t2">2025-02-14</td></tr>
<tr><td class="t1">文　　号：</td><td class="t2">康教字〔2025〕3号</td><td class="t1">发布日期：</td><td class="t2">2025-02-18</td></tr>
<tr><td class="t1">信息名称：</td><td class="t2" colspan="3">南康区2025年教育工作要点</td></tr>
</table>
</div>
<h1 class="art-title">南康区2025年教育工作要点</h1>
<div class="art-content" id="Zoom">
{content}
</div>
<div class="art-tool"><span>【字号：<a onclick="fontZoom(18)">大</a> <a onclick="fontZoom(16)">中</a> <a onclick="fontZoom(14)">小</a>】</span><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="art-qr"><img src="/images/qrcode.png"><p>扫一扫在手机上查看当前页面</p></div>
</div>
<div id="footer"><p>主办单位：赣州市南康区人民政府办公室</p><p>网站标识码：3607030003　<a href="https://beian.miit.gov.cn">赣ICP备05003698号</a>　赣公网安备 36078202000101号</p></div>
</body>
</html>
""",
    "spec": """
P 2025年是“十四五”规划收官之年，也是谋划“十五五”教育发展的关键之年。全区教育工作要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入落实《教育强国建设规划纲要（2024—2035年）》，加快建设教育强区。
S 一、|全面加强党对教育工作的领导
I 1.|深化理论武装。落实“第一议题”制度，推进习近平新时代中国特色社会主义思想进教材、进课堂、进头脑，全年开展集中学习研讨不少于12次。
I 2.|加强学校党建工作。健全中小学校党组织领导的校长负责制配套制度，开展党组织书记抓党建述职评议，创建“五好”党支部20个。
I 3.|推进清廉学校建设。深化教育领域群众身边不正之风和腐败问题集中整治，建成清廉学校示范点10个。
S 二、|加快构建优质均衡的基本公共教育服务体系
I 4.|推进学前教育普及普惠安全优质发展。新增公办学位600个，学前三年毛入园率稳定在93%以上。
I 5.|推进义务教育优质均衡发展。实施义务教育学校标准化建设项目8个，城区学校大班额比例控制在2%以内。
P 持续推进乡村温馨校园建设，年内新建乡村温馨校园15所。
I 6.|推进县域普通高中振兴。实施县中提升行动，推进南康中学、南康三中特色多样发展，普通高中优质学位占比提高到60%。
I 7.|推动职业教育提质增效。围绕家具产业集群，建设实训基地2个，职业院校毕业生本地就业率达到65%。
I 8.|办好特殊教育和专门教育。残疾儿童少年义务教育入学率保持在97%以上。
S 三、|深入推进育人方式变革
I 9.|提升思政育人实效。建好用好思政教育实践基地，举办“大思政课”展示活动。
I 10.|加强体育美育和劳动教育。推进校园足球特色学校建设，学生体质健康优良率达到56%以上。
I 11.|推进科学教育和人工智能教育。建设科技创新实验室20个，全区中小学人工智能教育课程开设率达到100%。
P 组织参加全国青少年科技创新大赛等赛事，力争获省级以上奖项50项。
S 四、|建设高素质专业化教师队伍
I 12.|强化师德师风建设。将师德表现作为教师评价首要标准，严肃查处师德失范行为。
I 13.|提升教师专业素养。实施“名师名校长”培养工程，新增省级骨干教师30名，完成教师培训4800人次。
S 五、|筑牢教育发展安全底线
I 14.|加强校园安全管理。深化校园安全专项整治，常态化开展防溺水、防欺凌、交通安全教育。
I 15.|强化教育经费保障。确保一般公共预算教育支出逐年只增不减，按在校学生人数平均的一般公共预算教育支出逐年只增不减。
""",
})

# --------------------------------------------------------------------------- 09 山东 临沂市兰陵县 (bold lead sentences)
PAGES.append({
    "slug": "09-shandong-lanling-2022-yaodian-bold",
    "url": "http://www.lanling.gov.cn/info/1093/86512.htm",
    "headers": {"content-type": "text/html", "server": "VWebServer"},
    "encoding": "utf-8",
    "what": "VSB-style page; metadata as div rows of label/value cells; sections 一、 in 黑体 spans; items 1.–14. numbered through, the marker and lead sentence bold",
    "style": "bold",
    "expect": {"title": "兰陵县2022年教育工作要点", "notice_title": None, "index_no": "11371324004197025B/2022-01136",
               "doc_no": None, "pub_date": "2022-03-01", "publisher": "兰陵县教育和体育局", "plan_year": 2022,
               "doc_kind": "plan"},
    "must_not_appear": ["鲁ICP备", "点击：", "成文日期", "有效性"],
    "template": """<!DOCTYPE html>
<html>
<head>
<META Name="keywords" Content="兰陵县人民政府,教育工作要点">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>兰陵县2022年教育工作要点-兰陵县人民政府</title>
<link rel="stylesheet" href="/style/style.css" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
</head>
<body>
<div class="top"><div class="topnav"><a href="/">首页</a><a href="/xxgk.htm">政府信息公开</a><a href="/lldt.htm">兰陵动态</a><a href="/zmhd.htm">政民互动</a></div></div>
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xxgk.htm">政府信息公开</a> &gt;&gt; <a href="../../bmxxgk.htm">部门信息公开</a> &gt;&gt; 县教体局</div>
<form name="_newscontent_fromname">
<div class="xxgk-meta">
<div class="row"><div class="lbl">索引号：</div><div class="val">11371324004197025B/2022-01136</div><div class="lbl">发布机构：</div><div class="val">兰陵县教育和体育局</div></div>
<div class="row"><div class="lbl">成文日期：</div><div class="val">2022-02-24</div><div class="lbl">发布日期：</div><div class="val">2022-03-01</div></div>
<div class="row"><div class="lbl">有效性：</div><div class="val">有效</div><div class="lbl">点击：</div><div class="val"><script>_showDynClicks("wbnews", 1698723151, 86512)</script></div></div>
</div>
<div class="contitle"><h1>兰陵县2022年教育工作要点</h1></div>
<div id="vsb_content"><div class="v_news_content">
{content}
</div></div>
</form>
<div class="bottomtool"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="footer">主办单位：兰陵县人民政府办公室　网站标识码：3713240010　<a href="http://beian.miit.gov.cn">鲁ICP备05028936号</a><br><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3713240010">政府网站找错</a></div>
</body>
</html>
""",
    "spec": """
P 2022年全县教育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，围绕“建设鲁南教育强县”目标，深化改革、提升质量、促进公平，以优异成绩迎接党的二十大胜利召开。
S 一、|坚持党建引领，把牢教育发展正确方向
I 1.|加强政治建设。^坚持用习近平新时代中国特色社会主义思想武装头脑，健全落实“第一议题”制度，全年组织理论中心组学习不少于12次。
I 2.|深化党建与业务融合。^实施“党建+教学质量提升”工程，培育县级党建品牌学校15所。
I 3.|加强意识形态工作。^严格落实意识形态工作责任制，建立教材、读本、讲座、论坛审核备案制度。
S 二、|坚持优质均衡，推动各学段协调发展
I 4.|扩充学前教育资源。^新建、改扩建公办幼儿园10所，新增学位2700个，公办园在园幼儿占比达到65%。
I 5.|加快城区学校建设。^建成兰陵县第八小学、第五实验中学，新增学位6300个，彻底消除66人以上超大班额。
I 6.|提升乡村学校办学水平。^实施乡村教育振兴计划，改造提升乡镇寄宿制学校6所，乡村小规模学校办学条件全部达到省定标准。
I 7.|推进普通高中特色发展。^深化普通高中育人方式改革，推动兰陵四中创建省级特色高中。
S 三、|坚持五育并举，全面提升教育质量
I 8.|落实“双减”要求。^课后服务做到义务教育学校全覆盖、有需求学生全覆盖，书面作业时间达标率100%。
I 9.|深化教学改革。^推进“学案导学、精讲精练”课堂教学改革，组织县级教学视导4轮，开展同课异构活动100场次。
I 10.|加强体卫艺劳工作。^学生体质健康测试优良率达到50%，建成县级劳动教育实践基地2处。
S 四、|坚持固本强基，建设高素质教师队伍
I 11.|加强师德师风建设。^开展师德师风专项整治行动，建立教师师德档案，师德考核不合格者职称评聘一票否决。
I 12.|补充优秀教师资源。^全年招聘教师650名，其中幼儿教师200名。
S 五、|坚持底线思维，确保教育安全稳定
I 13.|提升校园安全防范水平。^全县中小学幼儿园实现封闭化管理，专职保安员配备率100%，开展安全应急演练每月1次。
I 14.|做好疫情防控。^严格落实校园疫情防控各项措施，师生新冠疫苗应接尽接。
""",
})

# --------------------------------------------------------------------------- 10 广东 清远英德市
PAGES.append({
    "slug": "10-guangdong-yingde-2023-yaodian",
    "url": "http://www.yingde.gov.cn/ydsjyj/zwgk/jhzj/content/post_1782390.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "what": "portal article page: header line 发布时间 with seconds, 来源; 一、 sections; （一） items restarting per section; closing signature and date",
    "style": "fullwidth",
    "expect": {"title": "英德市2023年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2023-03-02", "publisher": "英德市教育局", "plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["粤ICP备", "分享：", "【字体", "粤公网安备"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=Edge">
<title>英德市2023年教育工作要点-英德市人民政府门户网站</title>
<meta name="description" content="英德市2023年教育工作要点">
<link rel="stylesheet" href="/css/article.css">
<script src="/js/jquery.js"></script>
</head>
<body>
<div class="top_bar">英德市人民政府门户网站　<a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/zwfw/">政务服务</a> | <a href="/hdjl/">互动交流</a> | <a href="/ydgk/">英德概况</a></div>
<div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/ydsjyj/">英德市教育局</a> &gt; <a href="/ydsjyj/zwgk/">政务公开</a> &gt; <span>计划总结</span></div>
<div class="article_box">
<div class="article_title"><h2>英德市2023年教育工作要点</h2></div>
<div class="article_attr">发布时间：2023-03-02 16:45:12　　来源：英德市教育局　　【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】　分享：<span class="bshare"></span></div>
<div class="article_content" id="article_content">
{content}
</div>
<div class="article_btn"><a href="javascript:window.print()">打印本页</a> | <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer"><p>主办单位：英德市人民政府办公室　承办：英德市政务服务数据管理局</p>
<p>网站标识码：4418810001　<a href="https://beian.miit.gov.cn/">粤ICP备12006311号</a>　<img src="/images/ga.png">粤公网安备 44188102000012号</p></div>
</body>
</html>
""",
    "spec": """
P 2023年全市教育工作总体要求：以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，紧扣“百县千镇万村高质量发展工程”，以推进基础教育扩优提质为主线，加快建设清远北部教育高地。
S 一、|坚持党的全面领导，铸牢教育之魂
I （一）|深入学习贯彻党的二十大精神。组织全市教育系统开展全员轮训，实现党员干部和教师培训全覆盖。
I （二）|全面加强学校党的建设。健全中小学校党组织领导的校长负责制，学校党组织书记、校长分设比例逐步提高。
I （三）|落实立德树人根本任务。深化“大思政课”建设，打造红色研学线路5条。
S 二、|坚持扩优提质，推动基础教育高质量发展
I （一）|扩大学前教育优质资源。新增公办幼儿园学位1200个，公办幼儿园在园幼儿占比达到52%，省一级幼儿园达到6所。
I （二）|推动义务教育优质均衡。推进英德市第二中学扩建、英城街第三小学新建等项目，新增学位3600个。
I （三）|提升高中教育质量。推进英德中学、英德市第一中学高水平发展，全市高考本科上线人数力争突破3000人。
I （四）|加快职业教育发展。推动英德市职业技术学校与茶产业、旅游产业企业合作，创建省级高水平专业群1个。
S 三、|坚持改革创新，增强教育发展活力
I （一）|深化教育评价改革。建立以发展素质教育为导向的学校评价体系，推行学生综合素质评价。
I （二）|推进集团化办学和镇域教育共同体建设。组建教育集团4个、镇域教育共同体24个，实现乡镇全覆盖。
I （三）|推进教育信息化。建设“智慧教育示范区”，全市中小学多媒体教学设备覆盖率达到100%。
S 四、|坚持强师兴教，夯实教育发展基础
I （一）|加强教师队伍补充。通过公开招聘、“银龄讲学计划”等补充教师400名。
I （二）|提高教师待遇。确保中小学教师平均工资收入水平不低于当地公务员平均工资收入水平。
C 英德市教育局
C 2023年2月27日
""",
})

# --------------------------------------------------------------------------- 11 广西 桂林市临桂区 (GB18030)
PAGES.append({
    "slug": "11-guangxi-lingui-2020-jihua-gb18030",
    "url": "http://www.lingui.gov.cn/zwgk/jcxxgk/ghjh/202002/t20200226_1625017.html",
    "headers": {"content-type": "text/html"},
    "encoding": "gb18030",
    "what": "GB18030 declared only in <meta>; metadata in a 信息公开 table of label cells; 一、 sections; items 1. numbered through; （1） sub-items on their own paragraphs under some items",
    "style": "p",
    "expect": {"title": "临桂区教育局2020年工作计划", "notice_title": None, "index_no": "000014349/2020-14201",
               "doc_no": None, "pub_date": "2020-02-26", "publisher": "桂林市临桂区教育局", "plan_year": 2020,
               "doc_kind": "plan"},
    "must_not_appear": ["桂ICP备", "信息类别", "【打印】", "【关闭】"],
    "template": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030" />
<title>临桂区教育局2020年工作计划--桂林市临桂区人民政府门户网站</title>
<link rel="stylesheet" type="text/css" href="../../../images/xxgk_xl.css" />
</head>
<body>
<div class="top"><div class="logo"></div><div class="topmenu"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/lgyw/">临桂要闻</a> <a href="/hdjl/">互动交流</a></div></div>
<div class="wz">当前位置：<a href="../../../">首页</a>&nbsp;&gt;&nbsp;<a href="../../">政务公开</a>&nbsp;&gt;&nbsp;<a href="../">规划计划</a></div>
<div class="xl_main">
<table class="xxgk_tb" cellpadding="0" cellspacing="1">
<tr><td class="td_lb">索&nbsp;引&nbsp;号：</td><td>000014349/2020-14201</td><td class="td_lb">信息类别：</td><td>规划计划</td></tr>
<tr><td class="td_lb">发布机构：</td><td>桂林市临桂区教育局</td><td class="td_lb">发布日期：</td><td>2020-02-26</td></tr>
<tr><td class="td_lb">标&nbsp;&nbsp;&nbsp;&nbsp;题：</td><td colspan="3">临桂区教育局2020年工作计划</td></tr>
</table>
<h1 class="xl_title">临桂区教育局2020年工作计划</h1>
<div class="xl_con" id="fontzoom">
{content}
</div>
<div class="xl_gn"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="footer">主办单位：桂林市临桂区人民政府办公室<br />网站标识码：4503120002　<a href="https://beian.miit.gov.cn">桂ICP备05003417号</a></div>
</body>
</html>
""",
    "spec": """
P 2020年，区教育局将以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和十九届二中、三中、四中全会精神，认真落实全国、全区教育工作会议部署，统筹做好疫情防控和教育改革发展各项工作，全面推进临桂教育现代化。
S 一、|抓好疫情防控和开学准备
I 1.|落实疫情防控责任。严格执行“日报告、零报告”制度，做好师生健康监测，储备口罩、消毒液、体温计等防控物资。
I 2.|做好延期开学期间线上教学。
U （1）|利用“广西空中课堂”组织中小学生居家学习，确保“停课不停学”。
U （2）|做好农村学生、建档立卡贫困家庭学生线上学习保障，对无网络、无终端学生提供纸质学习资料。
I 3.|做好开学条件核验。开学前对全区中小学幼儿园开学条件逐校核验，不具备条件的一律不得开学。
S 二、|推动各类教育协调发展
I 4.|扩大学前教育资源。新建公办幼儿园3所，学前三年毛入园率达到90%，普惠性幼儿园覆盖率达到80%。
I 5.|推进城区学校建设。
U （1）|加快临桂区第五中学、西城小学建设，确保秋季学期投入使用。
U （2）|启动临桂新区第二初级中学规划选址，缓解城区学位紧张。
U （3）|年内新增义务教育学位3200个，基本消除56人以上大班额。
I 6.|提升农村学校办学条件。实施薄弱学校改造项目12个，改善乡镇寄宿制学校食堂、宿舍条件。
I 7.|巩固控辍保学成果。落实控辍保学“七长”责任制，义务教育巩固率达到96%以上，建档立卡贫困家庭适龄子女无因贫失学辍学。
S 三、|全面提升教育质量
I 8.|加强教学常规管理。开展教学常规专项检查每学期1次，组织中小学教学质量监测。
I 9.|推进高考综合改革准备。组织高中教师参加新课程新教材培训，完成走班教学设施改造。
I 10.|加强教师队伍建设。
U （1）|公开招聘中小学幼儿园教师150名，补齐乡村学校紧缺学科教师。
U （2）|开展“国培计划”“区培计划”项目培训，全年培训教师2000人次。
I 11.|做好学生资助。落实各学段资助政策，确保家庭经济困难学生应助尽助。
""",
})

# --------------------------------------------------------------------------- 12 重庆 璧山区 (a notice wrapping the plan)
PAGES.append({
    "slug": "12-chongqing-bishan-2021-tongzhi",
    "url": "http://www.bishan.gov.cn/bm/qjw/zwgk_69146/fdzdgknr/ghxx/202103/t20210315_8931042.html",
    "headers": {"content-type": "text/html; charset=UTF-8"},
    "encoding": "utf-8",
    "what": "a 关于印发《…》的通知 wrapping the plan; Chongqing xxgk table (索引号, 发文字号, 发布机构, 成文日期, 发布日期); signature and date, then the plan's own title; items 1.–16. numbered through; 版记 (抄送) at the end",
    "style": "p",
    "expect": {"title": "璧山区2021年教育工作要点",
               "notice_title": "重庆市璧山区教育委员会关于印发《璧山区2021年教育工作要点》的通知",
               "index_no": "11500227009346210W/2021-00012", "doc_no": "璧山教委发〔2021〕12号",
               "pub_date": "2021-03-15", "publisher": "重庆市璧山区教育委员会", "plan_year": 2021, "doc_kind": "plan"},
    "tolerated": {"notice_title": "关于印发《璧山区2021年教育工作要点》的通知"},
    "must_not_appear": ["渝ICP备", "发文字号", "成文日期", "主题分类"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="重庆市璧山区人民政府">
<meta name="ColumnName" content="规划信息">
<meta name="ArticleTitle" content="重庆市璧山区教育委员会关于印发《璧山区2021年教育工作要点》的通知">
<title>重庆市璧山区教育委员会关于印发《璧山区2021年教育工作要点》的通知_重庆市璧山区人民政府</title>
<link rel="stylesheet" href="../../../../../../images/bm_zwgk.css">
</head>
<body>
<div class="bm-head"><h1>重庆市璧山区教育委员会</h1><div class="bm-nav"><a href="../../../../">首页</a><a href="../../../">政务公开</a><a href="../../../../gzdt/">工作动态</a></div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="../../../../">区教委</a> &gt; <a href="../../../">政务公开</a> &gt; <a href="../../">法定主动公开内容</a> &gt; 规划信息</div>
<div class="zwxl">
<table class="zwxl-table">
<tr><td class="t1">索引号：</td><td class="t2">11500227009346210W/2021-00012</td><td class="t1">发文字号：</td><td class="t2">璧山教委发〔2021〕12号</td></tr>
<tr><td class="t1">主题分类：</td><td class="t2">教育</td><td class="t1">体裁分类：</td><td class="t2">通知</td></tr>
<tr><td class="t1">发布机构：</td><td class="t2">重庆市璧山区教育委员会</td><td class="t1">成文日期：</td><td class="t2">2021-03-10</td></tr>
<tr><td class="t1">发布日期：</td><td class="t2">2021-03-15</td><td class="t1">有效性：</td><td class="t2">有效</td></tr>
</table>
<div class="zwxl-title"><p class="tit">重庆市璧山区教育委员会关于印发《璧山区2021年教育工作要点》的通知</p></div>
<div class="zwxl-article">
{content}
</div>
<div class="zwxl-bottom"><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a></div>
</div>
<div class="footer"><p>主办：重庆市璧山区人民政府办公室　承办：璧山区大数据应用发展管理局</p><p>网站标识码：5002270010　<a href="https://beian.miit.gov.cn">渝ICP备12004658号</a></p></div>
</body>
</html>
""",
    "spec": """
P 各镇街中心校，区属各中小学、幼儿园，委机关各科室、直属单位：
P 现将《璧山区2021年教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
C 重庆市璧山区教育委员会
C 2021年3月10日
T 璧山区2021年教育工作要点
P 2021年是中国共产党成立100周年，是“十四五”开局之年。全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，围绕建设“教育强区”目标，推动璧山教育高质量发展。
S 一、|坚持党的全面领导
I 1.|扎实开展党史学习教育。组织全区教育系统党员开展党史专题学习，开展“学党史、颂党恩、跟党走”主题活动，覆盖全体师生。
I 2.|加强基层党组织建设。推进“一校一品”党建品牌建设，新创建区级党建示范点5个。
I 3.|落实全面从严治党主体责任。开展教育系统廉政风险防控，对学校财务、招生等重点领域开展专项检查。
S 二、|推进教育优质均衡发展
I 4.|扩大学前教育普惠资源。新建公办幼儿园3所，普惠性幼儿园在园幼儿占比达到90%以上。
I 5.|推动义务教育优质均衡。加快璧山中学新校区、璧泉小学等项目建设，新增学位5400个。
I 6.|推进普通高中特色多样发展。支持来凤中学创建市级特色学校，高中阶段毛入学率保持在99%以上。
I 7.|促进职业教育提质培优。推进璧山职教中心与园区企业深度合作，订单班学生达到800人。
I 8.|做好特殊教育和资助工作。残疾儿童少年入学率达到97%，资助家庭经济困难学生1.5万人次。
S 三、|深化教育综合改革
I 9.|深化教育评价改革。落实《深化新时代教育评价改革总体方案》，完善学校、教师、学生评价体系。
I 10.|推进“县管校聘”改革。完善教师交流轮岗机制，年度交流教师比例达到10%以上。
I 11.|推进教育信息化2.0。建设智慧校园30所，实现中小学千兆进校、百兆进班。
S 四、|提升教育教学质量
I 12.|加强课程教学管理。严格执行国家课程方案，开展区级优质课大赛，推广优秀教学成果10项。
I 13.|加强体育美育劳动教育。开展区级学生运动会和艺术展演，中小学生体质健康合格率达到93%以上。
I 14.|加强教师队伍建设。招聘教师300名，评选区级名师、骨干教师200名。
S 五、|守牢安全稳定底线
I 15.|抓好常态化疫情防控。落实校园疫情防控各项制度，做好师生健康监测。
I 16.|加强校园安全管理。推进平安校园建设，市级平安校园达标率达到100%。
C 抄送：区委办公室，区人大常委会办公室，区政府办公室，区政协办公室。
C 重庆市璧山区教育委员会办公室　　　　2021年3月15日印发
""",
})

# --------------------------------------------------------------------------- 13 四川 凉山州西昌市 (GBK)
PAGES.append({
    "slug": "13-sichuan-xichang-2019-yaodian-gbk",
    "url": "http://www.xichang.gov.cn/zwgk/bmxxgk/sjytj/201903/t20190312_1137452.html",
    "headers": {"content-type": "text/html; charset=GBK"},
    "encoding": "gbk",
    "what": "GBK (meta gb2312, header GBK); header line (信息来源/发布时间/阅读次数); 一、 sections; （一） items restarting per section; signature, date and a 附件 list after the last item",
    "style": "nbsp",
    "expect": {"title": "西昌市2019年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2019-03-12", "publisher": "西昌市教育和体育局", "plan_year": 2019, "doc_kind": "plan"},
    "must_not_appear": ["阅读次数", "信息来源", "蜀ICP备", "【返回顶部】"],
    "template": """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>西昌市2019年教育工作要点 - 西昌市人民政府</title>
<link href="/css/xc_main.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="head"><img src="/images/xc_head.jpg" alt="西昌市人民政府"></div>
<div class="menu"><a href="/">首页</a> <a href="/zwgk/">政务公开</a> <a href="/xcyw/">西昌要闻</a> <a href="/zsyz/">招商引资</a> <a href="/lyxc/">旅游西昌</a></div>
<div class="position">当前位置：<a href="/">首页</a> - <a href="/zwgk/">政务公开</a> - <a href="/zwgk/bmxxgk/">部门信息公开</a></div>
<div class="newscon">
<div class="newstitle">西昌市2019年教育工作要点</div>
<div class="newsinfo">信息来源：西昌市教育和体育局　　发布时间：2019-03-12 11:06:37　　阅读次数：<script language="javascript" src="/counter.asp?id=1137452"></script></div>
<div class="newstext">
{content}
</div>
<div class="newsfoot"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a> <a href="#top">【返回顶部】</a></div>
</div>
<div class="copyright">主办单位：西昌市人民政府办公室　网站标识码：5134010007<br><a href="https://beian.miit.gov.cn">蜀ICP备08105927号-1</a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5134010007">政府网站找错</a></div>
</body>
</html>
""",
    "spec": """
P 2019年全市教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻落实全国、全省、全州教育大会精神，以脱贫攻坚为统揽，以控辍保学为重点，加快推进教育现代化，努力办好人民满意的教育。
S 一、|全力推进教育脱贫攻坚
I （一）|抓实控辍保学。落实“双线四包”责任制，建立辍学学生动态台账，义务教育巩固率达到95%以上。
I （二）|深入推进“学前学普”行动。在全市幼儿园和村级幼教点开展普通话教育，学前学普覆盖率达到100%。
I （三）|落实教育资助政策。全面落实15年免费教育和各项资助政策，确保不让一个学生因家庭经济困难而失学。
S 二、|加快补齐教育发展短板
I （一）|推进学校建设。完成西昌市第二中学新校区、川兴小学建设，新建、改扩建校舍5.6万平方米。
I （二）|推进义务教育均衡发展。完成全面改善贫困地区义务教育薄弱学校基本办学条件项目，迎接国家义务教育发展基本均衡县复查。
I （三）|加快学前教育发展。新增公办幼儿园4所，学前三年毛入园率达到86%。
S 三、|着力提升教育教学质量
I （一）|深化课堂教学改革。推进“三段六环”课堂教学模式，组织开展中小学优质课展评活动。
I （二）|加强高中教育教学管理。加强高三教学研究与指导，确保高考本科上线人数稳中有升。
I （三）|加强民族团结教育。深入开展民族团结进步教育，创建民族团结进步示范学校8所。
I （四）|推进体育艺术教育。举办全市中小学生田径运动会和艺术节，推进校园足球特色学校建设。
S 四、|加强教师队伍和安全保障
I （一）|加强教师队伍建设。招聘教师220名，实施乡村教师支持计划，落实乡村教师生活补助。
I （二）|强化校园安全管理。开展校园及周边环境综合治理，创建平安校园示范校10所。
C 西昌市教育和体育局
C 2019年3月8日
C 附件：1.西昌市2019年教育工作目标任务分解表
C 　　　2.西昌市2019年教育重点项目清单
""",
})

# --------------------------------------------------------------------------- 14 贵州 遵义市汇川区 (Word HTML)
PAGES.append({
    "slug": "14-guizhou-huichuan-2024-yaodian-word",
    "url": "https://www.zyhc.gov.cn/zwgk/xxgkml/bmxxgk/qjyj/ghjh/202402/t20240227_83416620.html",
    "headers": {"content-type": "text/html; charset=UTF-8", "content-language": "zh-CN"},
    "encoding": "utf-8",
    "what": "Word document pasted as MsoNormal paragraphs (digit markers in lang=EN-US spans, <o:p>); xxgk table of cells with bold labels (发文日期 and 发布日期); 一、 sections; items 1.–13. numbered through; （1） sub-items",
    "style": "word",
    "expect": {"title": "汇川区2024年教育工作要点", "notice_title": None, "index_no": "000014349/2024-1182604",
               "doc_no": "汇教通〔2024〕7号", "pub_date": "2024-02-27", "publisher": "遵义市汇川区教育局",
               "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["黔ICP备", "信息分类", "浏览次数", "生效日期"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="SiteName" content="遵义市汇川区人民政府">
<title>汇川区2024年教育工作要点_遵义市汇川区人民政府</title>
<link rel="stylesheet" href="/static/css/xxgk-detail.css">
</head>
<body>
<div class="hc-top"><div class="hc-logo"><img src="/static/img/logo.png" alt="遵义市汇川区人民政府"></div><div class="hc-menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjhc/">走进汇川</a></div></div>
<div class="hc-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgkml/">信息公开目录</a> &gt; <a href="/zwgk/xxgkml/bmxxgk/qjyj/">区教育局</a> &gt; 规划计划</div>
<div class="hc-detail">
<div class="xxgk-head">
<table>
<tr><td><b>索引号：</b>000014349/2024-1182604</td><td><b>信息分类：</b>规划计划</td></tr>
<tr><td><b>发布机构：</b>遵义市汇川区教育局</td><td><b>发文日期：</b>2024-02-26</td></tr>
<tr><td><b>文号：</b>汇教通〔2024〕7号</td><td><b>发布日期：</b>2024-02-27</td></tr>
<tr><td><b>生效日期：</b>2024-02-26</td><td><b>浏览次数：</b><span id="views">152</span></td></tr>
</table>
</div>
<h1 class="hc-title">汇川区2024年教育工作要点</h1>
<div class="hc-content" id="NewsContent">
<div class=WordSection1 style='layout-grid:15.6pt'>
{content}
</div>
</div>
<div class="hc-tools"><a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a></div>
<div class="hc-pager"><div>上一篇：<a href="./t20240220_83401177.html">汇川区2024年春季学期开学工作方案</a></div><div>下一篇：<a href="./t20240305_83450912.html">汇川区2024年学前教育宣传月活动方案</a></div></div>
</div>
<div class="hc-foot"><p>主办单位：遵义市汇川区人民政府办公室</p><p>网站标识码：5203030001　<a href="https://beian.miit.gov.cn">黔ICP备15005273号</a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5203030001">政府网站找错</a></p></div>
</body>
</html>
""",
    "spec": """
P 2024年全区教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，深入落实省委“强省会”、市委“都市圈”部署要求，围绕“建设黔北教育高地”目标，推动汇川教育高质量发展。
S 一、|坚持党建引领，加强教育系统党的建设
I 1.|深化主题教育成果运用。健全理论学习长效机制，推动学习贯彻习近平新时代中国特色社会主义思想常态化制度化。
I 2.|推进清廉学校建设。开展清廉学校创建活动，年内建成清廉学校示范校10所。
I 3.|加强教育系统党组织建设。
U （1）|全面实施中小学校党组织领导的校长负责制，规范议事决策程序。
U （2）|开展“党建带团建、队建”工作，推进党、团、队一体化育人。
S 二、|坚持优质均衡，扩大优质教育资源覆盖面
I 4.|推进学前教育普惠发展。新增公办学位540个，普惠性幼儿园覆盖率达到92%以上。
I 5.|推进义务教育优质均衡发展。
U （1）|建成汇川区第十五小学、高坪街道中学，新增学位3600个。
U （2）|深化城乡学校共同体建设，实现乡村学校结对帮扶全覆盖。
U （3）|控制义务教育学校班额，全面消除56人以上大班额。
I 6.|推进普通高中多样化有特色发展。支持汇川区第一高级中学创建省级示范性普通高中，高考一本上线率较上年提高2个百分点。
I 7.|办好特殊教育。特殊教育学校在校生人数达到180人，残疾儿童少年义务教育入学率达到97%以上。
S 三、|坚持五育并举，提升教育教学质量
I 8.|深化课堂教学改革。推进“新课堂”建设，开展区级教学竞赛活动10项。
I 9.|加强体育美育工作。建设足球、篮球特色学校20所，每名学生掌握1至2项运动技能。
I 10.|推进劳动教育和研学实践。建设劳动教育实践基地5个，开展中小学生研学实践活动覆盖率达到80%。
S 四、|坚持固本强基，打造高素质教师队伍
I 11.|加强师德师风建设。开展师德师风专题教育，评选“汇川好老师”50名。
I 12.|加强教师培养培训。实施“强师工程”，完成教师全员培训3200人次，培养市级以上骨干教师40名。
I 13.|保障教师待遇。落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。
""",
})

# --------------------------------------------------------------------------- 15 云南 曲靖市麒麟区
PAGES.append({
    "slug": "15-yunnan-qilin-2023-jihua",
    "url": "http://www.ql.gov.cn/qlqjytyj/gkml/ghjh/202303/t20230315_2215907.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "what": "header line with a Chinese date (2023年03月15日) and 信息来源; 一、 sections; （一） items restarting per section; 1. sub-items on their own paragraphs under some items",
    "style": "p",
    "expect": {"title": "麒麟区教育体育局2023年工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2023-03-15", "publisher": "麒麟区教育体育局", "plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["阅读次数", "滇ICP备", "信息来源", "【打印】"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>麒麟区教育体育局2023年工作计划 - 曲靖市麒麟区人民政府</title>
<link rel="stylesheet" href="/skin/css/show.css">
<script src="/skin/js/jquery.js"></script>
</head>
<body>
<div class="ql-head"><a href="/"><img src="/skin/images/ql_logo.png"></a><span class="date"><script>showDate();</script></span></div>
<div class="ql-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/qlyw/">麒麟要闻</a><a href="/bmdt/">部门动态</a><a href="/hdjl/">互动交流</a></div>
<div class="ql-place">当前位置：<a href="/">首页</a> &gt; <a href="/qlqjytyj/">区教育体育局</a> &gt; <a href="/qlqjytyj/gkml/">信息公开目录</a> &gt; 规划计划</div>
<div class="ql-show">
<h1>麒麟区教育体育局2023年工作计划</h1>
<div class="show-info"><span>发布时间：2023年03月15日</span><span>信息来源：麒麟区教育体育局</span><span>阅读次数：<i id="readnum">473</i></span></div>
<div class="show-body" id="show-body">
{content}
</div>
<div class="show-tool"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
<div class="show-next"><p>上一篇：<a href="./t20230301_2201876.html">麒麟区2023年中小学幼儿园安全工作要点</a></p><p>下一篇：没有了</p></div>
</div>
<div class="ql-foot">主办单位：曲靖市麒麟区人民政府办公室　网站标识码：5303020001<br><a href="https://beian.miit.gov.cn/">滇ICP备05001522号</a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=5303020001">政府网站找错</a></div>
</body>
</html>
""",
    "spec": """
P 2023年，区教育体育局将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，紧扣“稳中求进、提质增效”工作总基调，统筹推进教育和体育事业高质量发展。主要工作计划如下：
S 一、|加强党建和意识形态工作
I （一）|学习宣传贯彻党的二十大精神。把学习贯彻党的二十大精神作为全系统首要政治任务，开展专题培训和宣讲活动。
I （二）|夯实基层党建基础。
U 1.|推进中小学校党组织领导的校长负责制落地见效，年内完成全部中小学校议事规则修订。
U 2.|开展党支部标准化规范化建设提质增效行动，打造党建示范点8个。
I （三）|抓好意识形态和宣传工作。全年在市级以上媒体刊发教育宣传稿件不少于100篇。
S 二、|推动教育优质均衡发展
I （一）|推进学前教育普惠发展。新建公办幼儿园2所，新增学位630个，学前三年毛入园率达到95%以上。
I （二）|推进义务教育优质均衡。
U 1.|完成麒麟区第十一中学扩建工程，新增学位1500个。
U 2.|推进教育集团化办学，新组建教育集团3个，覆盖学校30所。
U 3.|深化“双减”工作，校内课后服务实现有需求学生全覆盖。
I （三）|推动普通高中提质发展。实施县中振兴行动，力争高考一本上线人数增长5%。
S 三、|提升育人质量
I （一）|加强教育教学管理。开展教学质量监测，组织区级教学视导2轮、教研活动120场次。
I （二）|推进学校体育工作。开展中小学生阳光体育运动，全区学生体质健康达标率达到95%。
I （三）|加强心理健康教育。配齐心理健康教师，建立“一生一档”心理健康档案。
S 四、|加快体育事业发展
I （一）|推进全民健身。新建改建全民健身场地设施15个，组织全民健身赛事活动30场次以上。
I （二）|提高竞技体育水平。组队参加曲靖市第八届运动会，力争金牌数进入全市前三。
U 1.|加强业余训练网点学校建设，新认定训练网点学校6所。
""",
})

# --------------------------------------------------------------------------- 16 陕西 宝鸡市陈仓区
PAGES.append({
    "slug": "16-shaanxi-chencang-2018-yaodian",
    "url": "http://www.chencang.gov.cn/art/2018/3/20/art_5331_411268.html",
    "headers": {"content-type": "text/html"},
    "encoding": "utf-8",
    "what": "older article template (meta charset only, no header charset); source/date line in div.laiyuan; sections 一、; items 1.–14. numbered through; a continuation paragraph",
    "style": "fullwidth",
    "expect": {"title": "陈仓区2018年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2018-03-20", "publisher": "陈仓区教育局", "plan_year": 2018, "doc_kind": "plan"},
    "must_not_appear": ["陕ICP备", "浏览：", "作者：", "您的位置"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>陈仓区2018年教育工作要点</title>
<meta name="author" content="陈仓区人民政府">
<link href="/css/art.css" type="text/css" rel="stylesheet">
</head>
<body>
<table width="1002" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/images/cc_top.jpg"></td></tr>
<tr><td class="menu"><a href="/">首页</a> <a href="/col/col5301/">政务公开</a> <a href="/col/col5302/">陈仓动态</a> <a href="/col/col5303/">网上办事</a> <a href="/col/col5304/">公众参与</a></td></tr></table>
<div class="wrap">
<div class="dqwz">您的位置：<a href="/">首页</a> &gt;&gt; <a href="/col/col5301/">政务公开</a> &gt;&gt; <a href="/col/col5331/">部门动态</a></div>
<div class="art_title">陈仓区2018年教育工作要点</div>
<div class="laiyuan">发布日期：2018-03-20　　来源：陈仓区教育局　　作者：　　浏览：<script>document.write(hits)</script>次</div>
<div class="art_content">
{content}
</div>
<div class="art_btn">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
<div class="bottom">主办单位：宝鸡市陈仓区人民政府办公室　网站标识码：6103040004　<a href="http://www.miibeian.gov.cn">陕ICP备07000563号</a></div>
</body>
</html>
""",
    "spec": """
P 2018年全区教育工作的总体要求是：全面贯彻党的十九大精神，以习近平新时代中国特色社会主义思想为指导，坚持教育优先发展，以“促进公平、提高质量”为主线，努力办好人民满意的教育，为建设“富裕和谐美丽新陈仓”提供人才支撑。
S 一、|学习贯彻十九大精神，加强党的建设
I 1.|深入学习宣传贯彻党的十九大精神。组织教育系统党员干部和教师开展全员培训，推动十九大精神进校园、进课堂、进头脑。
I 2.|加强学校基层党组织建设。实施学校党建“双推进”工程，创建党建示范学校10所。
I 3.|持续推进作风建设。深入落实中央八项规定精神，开展“讲政治、敢担当、改作风”专题教育。
S 二、|补齐发展短板，促进教育公平
I 4.|大力发展学前教育。实施第三期学前教育行动计划，新建、改扩建幼儿园5所，学前三年毛入园率达到96%。
I 5.|巩固义务教育均衡发展成果。实施“全面改薄”项目19个，完成校舍建设2.1万平方米，购置教学仪器设备价值860万元。
I 6.|加快普通高中发展。推进虢镇中学迁建工程前期工作，高中阶段毛入学率达到95%以上。
I 7.|打赢教育脱贫攻坚战。落实各学段资助政策，全年资助学生1.8万人次，发放资金1260万元。
S 三、|深化教育改革，提升教育质量
I 8.|推进课堂教学改革。深化“高效课堂”建设，组织开展全区课堂教学大比武活动。
P 加强教研队伍建设，充实区教研室专职教研员5名。
I 9.|推进中高考改革准备工作。组织高中教师参加新课程培训，做好选课走班教学条件准备。
I 10.|加强体育艺术和国防教育。开展区级学生运动会、艺术节和校园足球联赛，学生体质健康合格率达到90%。
S 四、|加强队伍建设，夯实发展基础
I 11.|深化教师管理改革。推进“县管校聘”改革，全年交流校长教师210名。
I 12.|加强教师培训。完成“国培”“省培”项目培训任务，开展全区教师全员培训不少于72学时。
S 五、|强化安全保障，维护校园稳定
I 13.|抓好校园安全工作。落实校园安全“一岗双责”，开展安全隐患排查整治每月1次。
I 14.|加强校园周边环境治理。联合公安、市场监管等部门开展校园周边环境集中整治行动，全年不少于4次。
""",
})
