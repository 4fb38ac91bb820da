"""Hand-written specs of the thirteenth holdout's pages: sixteen pages as a crawler saved them from
sixteen local governments' portals and education bureau sites (see README.md for the shapes)."""

from __future__ import annotations

PAGES: list[dict] = []

# ------------------------------------------------------------------ 01 黑龙江 讷河市 (县级市), 2019, old ASP CMS, GBK

PAGES.append({
    "slug": "01-nehe-2019-yaodian",
    "what": "黑龙江讷河市教育局 old ASP article page (GBK, no charset in the header); body one <td> with <br> "
            "paragraphs; title repeated in the body; 一、 sections, items 1、 numbered through with 9、 printed twice; "
            "signature and date at the end",
    "url": "http://www.nehe.gov.cn/jyj/ShowArticle.asp?ArticleID=2871",
    "headers": {"content-type": "text/html", "server": "Microsoft-IIS/6.0", "x-powered-by": "ASP.NET"},
    "encoding": "gbk",
    "opts": {"style": "br"},
    "expect": {"title": "讷河市2019年教育工作要点", "pub_date": "2019-03-08", "publisher": "讷河市教育局",
               "plan_year": 2019, "doc_kind": "plan"},
    "must_not_appear": ["点击数", "更新时间", "发表评论", "加入收藏", "上一篇文章", "相关文章", "黑ICP备05002121号",
                        "作者：佚名"],
    "template": """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>讷河市2019年教育工作要点 - 讷河市教育局</title>
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/Skin/top_banner.jpg" width="778" height="120"></td></tr>
<tr><td class="menu_bg"><a href="/">网站首页</a> | <a href="/jyj/Article_Class.asp?ClassID=1">教育动态</a> | <a href="/jyj/Article_Class.asp?ClassID=2">通知公告</a> | <a href="/jyj/Article_Class.asp?ClassID=3">政策法规</a> | <a href="/jyj/Article_Class.asp?ClassID=4">工作计划</a> | <a href="/jyj/Article_Class.asp?ClassID=5">招生考试</a></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="nav_path">您现在的位置：<a href="/">讷河市教育局</a> &gt;&gt; <a href="/jyj/Article_Class.asp?ClassID=4">工作计划</a> &gt;&gt; 正文</td></tr>
<tr><td height="40" align="center" class="main_title"><font size="4"><b>讷河市2019年教育工作要点</b></font></td></tr>
<tr><td align="center" class="main_info">作者：佚名&nbsp;&nbsp;&nbsp;&nbsp;文章来源：讷河市教育局&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="/jyj/GetHits.asp?ArticleID=2871"></script>&nbsp;&nbsp;&nbsp;&nbsp;更新时间：2019-3-8</td></tr>
<tr><td class="main_content" id="fontzoom" style="font-size:14px;line-height:180%">
{content}
</td></tr>
<tr><td align="right">【<a href="/jyj/Comment.asp?ArticleID=2871">发表评论</a>】【<a href="javascript:window.external.addFavorite(location.href,document.title)">加入收藏</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td>上一篇文章：<a href="/jyj/ShowArticle.asp?ArticleID=2870">讷河市教育局召开2019年全市教育工作会议</a><br>下一篇文章：<a href="/jyj/ShowArticle.asp?ArticleID=2872">关于做好2019年春季开学工作的通知</a></td></tr>
<tr><td class="related"><b>相关文章</b><br><a href="/jyj/ShowArticle.asp?ArticleID=2410">讷河市2018年教育工作要点</a><br><a href="/jyj/ShowArticle.asp?ArticleID=2011">讷河市2017年教育工作要点</a></td></tr>
</table>
<table width="778" border="0" align="center" class="bottom"><tr><td align="center">版权所有：讷河市教育局　地址：讷河市雨亭大街120号　电话：0452-6126032<br>黑ICP备05002121号　建议使用1024*768分辨率浏览</td></tr></table>
</body>
</html>
""",
    "spec": """
T 讷河市2019年教育工作要点
P 2019年全市教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和全国教育大会精神，围绕“办人民满意教育”目标，以立德树人为根本，以质量提升为核心，以改革创新为动力，努力推动全市教育事业持续健康发展。
S 一、|坚持党建引领，加强教育系统党的建设
I 1、|深入开展理论学习。健全中心组学习、“三会一课”制度，全年组织集中学习不少于12次，推动习近平新时代中国特色社会主义思想进校园、进课堂、进头脑。
I 2、|加强基层党组织建设。推进中小学党组织标准化建设，年内实现全市42所中小学党组织规范化建设全覆盖，评选表彰10个先进基层党组织。
I 3、|持续正风肃纪。落实全面从严治党主体责任，开展“以案为鉴、以案促改”警示教育，严肃查处有偿补课、违规收费等群众反映强烈的问题。
S 二、|促进教育均衡，办好人民满意的教育
I 4、|推进学前教育普及普惠。新建、改扩建公办幼儿园3所，新增学位540个，全市学前三年毛入园率达到85%以上。
I 5、|推进义务教育均衡发展。巩固国家县域义务教育基本均衡发展成果，完成城区第三小学教学楼建设和6所农村学校取暖改造工程。
I 6、|提升高中教育质量。以讷河一中、讷河二中为龙头，深化选课走班教学改革试点，力争本科上线率比上年提高2个百分点。
I 7、|做好控辍保学工作。落实“双线目标责任制”，建立辍学学生动态台账，确保义务教育阶段适龄儿童少年无因贫失学辍学。
S 三、|深化教育改革，激发教育发展活力
I 8、|深化课堂教学改革。推广“四环节”高效课堂模式，组织优质课评选活动，全年开展送教下乡活动20场次。
I 9、|推进县管校聘管理改革。完善教师交流轮岗制度，年内城区学校交流到农村学校任教教师不少于30人。
I 9、|推进教育信息化建设。完成32所农村学校“班班通”设备更新，建成市级教育资源公共服务平台，实现优质资源共享。
S 四、|加强队伍建设，提升教师整体素质
I 10、|加强师德师风建设。开展“师德师风建设年”活动，签订师德承诺书，实行师德“一票否决”。
I 11、|强化教师培训。实施“国培”“省培”计划，全年培训教师1200人次，校长任职资格培训实现全覆盖。
S 五、|强化安全管理，营造良好育人环境
I 12、|落实安全工作责任。开展校园安全隐患大排查大整治，每季度至少开展1次应急疏散演练，确保全年不发生重大安全责任事故。
I 13、|加强校车和食品安全监管。严格校车驾驶人资格审查和车辆检验，学校食堂“明厨亮灶”达标率100%。
P 加强冬季取暖和防溺水安全教育，落实家校共管责任，坚决防范学生溺水事故发生。
C 讷河市教育局
C 2019年2月26日
""",
})

# ------------------------------------------------------------------ 02 河北 邢台市, 2021, notice wrapping the plan, 版记

PAGES.append({
    "slug": "02-xingtai-2021-tongzhi",
    "what": "河北邢台市教育局 信息公开 page: bootstrap grid of bold labels with spaces (索 引 号), a notice "
            "关于印发《2021年全市教育工作要点》的通知 wrapping the plan; 一、 sections, items 1. numbered through "
            "with bold lead sentences; signature, 公开方式 line and 版记 (抄送/印发) after the last item",
    "url": "http://jyj.xingtai.gov.cn/zwgk/tzgg/202103/t20210315_512377.html",
    "headers": {"content-type": "text/html; charset=UTF-8", "server": "nginx"},
    "encoding": "utf-8",
    "opts": {"style": "p", "bold_lead": True},
    "expect": {"title": "2021年全市教育工作要点",
               "notice_title": "邢台市教育局关于印发《2021年全市教育工作要点》的通知",
               "index_no": "11130500000133620K/2021-00045", "doc_no": "邢教〔2021〕9号", "pub_date": "2021-03-15",
               "publisher": "邢台市教育局", "plan_year": 2021, "doc_kind": "plan"},
    "must_not_appear": ["发文字号", "成文日期", "主题分类", "分享到", "冀ICP备", "扫一扫", "政府网站找错"],
    "template": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="邢台市教育局">
<meta name="SiteDomain" content="jyj.xingtai.gov.cn">
<meta name="SiteIDCode" content="1305000035">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="邢台市教育局关于印发《2021年全市教育工作要点》的通知">
<meta name="PubDate" content="2021-03-15 16:20">
<meta name="ContentSource" content="邢台市教育局">
<title>邢台市教育局关于印发《2021年全市教育工作要点》的通知_通知公告_邢台市教育局</title>
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/main.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header">
  <div class="container"><div class="logo"><img src="/static/images/logo.png" alt="邢台市教育局"></div>
  <div class="search"><form action="/search/index.html"><input type="text" name="keyword" placeholder="请输入搜索内容"><button>搜索</button></form></div></div>
  <ul class="nav container"><li><a href="/">首页</a></li><li><a href="/jyxw/">教育新闻</a></li><li class="on"><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul>
</div>
<div class="container">
  <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/tzgg/">通知公告</a></div>
  <div class="xxgk-info">
    <div class="row">
      <div class="col-xs-6"><strong>索 引 号：</strong>11130500000133620K/2021-00045</div>
      <div class="col-xs-6"><strong>主题分类：</strong>教育</div>
    </div>
    <div class="row">
      <div class="col-xs-6"><strong>发布机构：</strong>邢台市教育局</div>
      <div class="col-xs-6"><strong>发文字号：</strong>邢教〔2021〕9号</div>
    </div>
    <div class="row">
      <div class="col-xs-6"><strong>成文日期：</strong>2021-03-10</div>
      <div class="col-xs-6"><strong>发布日期：</strong>2021-03-15</div>
    </div>
    <div class="row">
      <div class="col-xs-12"><strong>名　　称：</strong>邢台市教育局关于印发《2021年全市教育工作要点》的通知</div>
    </div>
  </div>
  <div class="article">
    <h1 class="article-title">邢台市教育局关于印发《2021年全市教育工作要点》的通知</h1>
    <div class="article-con" id="zoomcon">
{content}
    </div>
    <div class="article-tools">
      <span class="share">分享到：<a class="bds_weixin" href="#">微信</a> <a class="bds_tsina" href="#">微博</a></span>
      <span class="font">【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
      <span>【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</span>
    </div>
  </div>
</div>
<div class="footer">
  <div class="container">
    <p><a href="http://bszs.conac.cn/sitename?method=show&amp;id=0A3B"><img src="/static/images/red.png"></a>　<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1305000035">政府网站找错</a></p>
    <p>主办单位：邢台市教育局　　地址：邢台市信都区守敬北路 　　网站标识码：1305000035</p>
    <p>冀ICP备05012345号-1　　冀公网安备 13050202000123号</p>
    <div class="ewm"><img src="/static/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>
  </div>
</div>
<script src="/static/js/zoom.js"></script>
</body>
</html>
""",
    "spec": """
P 各县（市、区）教育局，市直各学校、局属各单位：
P 现将《2021年全市教育工作要点》印发给你们，请结合实际，认真贯彻落实。
C 邢台市教育局
C 2021年3月10日
A （此件公开发布）
T 2021年全市教育工作要点
P 2021年是中国共产党成立100周年，是实施“十四五”规划的开局之年。全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，加快推进教育现代化，为建设新时代富强美丽邢台提供有力支撑。
S 一、|坚持党对教育工作的全面领导
I 1.|扎实开展党史学习教育。在全市教育系统开展党史学习教育，组织“学党史、颂党恩、跟党走”主题活动，推动党史学习教育进校园、进课堂。
I 2.|加强学校党组织建设。全面推行中小学校党组织领导的校长负责制试点，年内试点学校不少于30所。
I 3.|落实意识形态工作责任制。健全意识形态风险研判机制，加强课堂、教材、讲座论坛等阵地管理。
S 二、|落实立德树人根本任务
I 4.|深化思政课改革创新。推动大中小学思政课一体化建设，评选市级思政课示范课50节。
I 5.|加强学校体育美育劳动教育。开齐开足体育课程，落实学生每天校内体育活动1小时，中小学生体质健康达标率达到92%以上。
I 6.|加强学生心理健康教育。配齐心理健康教育教师，市县两级建成学生心理健康辅导中心，开展心理危机排查干预。
I 7.|做好近视防控工作。落实“五项管理”要求，全市儿童青少年总体近视率较上年下降0.5个百分点。
S 三、|推动各级各类教育优质发展
I 8.|扩大普惠性学前教育资源。新建、改扩建幼儿园25所，普惠性幼儿园覆盖率达到82%。
I 9.|推进义务教育优质均衡。实施城镇学校扩容增位工程，新增学位1.2万个，基本消除56人以上大班额。
I 10.|推动普通高中多样化发展。推进新高考综合改革，完善选课走班教学管理，创建省级示范性高中2所。
I 11.|提升职业教育办学水平。推进产教融合、校企合作，新增校企合作项目20个，中职毕业生就业率保持在95%以上。
S 四、|建设高素质专业化教师队伍
I 12.|加强师德师风建设。完善师德考核评价制度，对违反师德行为“零容忍”。
I 13.|补充配齐中小学教师。招聘中小学教师1500名，重点补充农村学校和紧缺学科教师。
I 14.|落实教师待遇保障。确保义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。
S 五、|深化教育重点领域改革
I 15.|深化教育评价改革。落实《深化新时代教育评价改革总体方案》，清理“唯分数、唯升学”等不科学评价做法。
I 16.|规范民办教育发展。开展民办学校年检，稳妥推进义务教育阶段民办学校规范工作。
S 六、|维护教育系统安全稳定
I 17.|加强校园安全防范。全市中小学幼儿园专职保安员配备率、一键式紧急报警装置安装率、视频监控联网率均达到100%。
I 18.|抓好疫情常态化防控。落实晨午检、因病缺勤追踪登记等制度，确保师生生命安全和身体健康。
A 抄送：市委办公室，市人大常委会办公室，市政府办公室，市政协办公室。
A 邢台市教育局办公室　　　　　　　　2021年3月10日印发
""",
})

# ------------------------------------------------------------------ 03 江苏 苏州市吴江区, 2022, 上半年推进情况

PAGES.append({
    "slug": "03-wujiang-2022-tuijin",
    "what": "江苏吴江区教育局 half-year 推进情况 in a .shtml article page; info line 发布日期/来源/浏览次数; "
            "一、 sections with （一） items restarting per section (section 二、 uses 1. items); 1. sub-items in "
            "their own paragraphs under some （一） items; items with continuation paragraphs",
    "url": "http://www.wujiang.gov.cn/zgwj/bmdt/202207/2f8c1d0e6b4c4a2f9d3e5a1b7c9e0f21.shtml",
    "headers": {"content-type": "text/html;charset=utf-8", "server": "Apache", "last-modified": "Mon, 18 Jul 2022 08:12:40 GMT"},
    "encoding": "utf-8",
    "opts": {"style": "p"},
    "expect": {"title": "吴江区教育局2022年上半年重点工作推进情况", "pub_date": "2022-07-18", "publisher": "吴江区教育局",
               "plan_year": 2022, "doc_kind": "report"},
    "must_not_appear": ["浏览次数", "发布日期", "苏ICP备", "无障碍", "长者模式", "我要纠错", "相关链接"],
    "template": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="苏州市吴江区人民政府" />
<meta name="SiteIDCode" content="3205090001" />
<meta name="ColumnName" content="部门动态" />
<meta name="ArticleTitle" content="吴江区教育局2022年上半年重点工作推进情况" />
<meta name="PubDate" content="2022-07-18 16:05" />
<meta name="ContentSource" content="吴江区教育局" />
<title>吴江区教育局2022年上半年重点工作推进情况 - 苏州市吴江区人民政府</title>
<link type="text/css" rel="stylesheet" href="/zgwj/static/css/common.css" />
<script type="text/javascript" src="/zgwj/static/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问苏州市吴江区人民政府网站</span><a href="javascript:void(0)" id="wza">无障碍</a> <a href="javascript:void(0)" id="zzms">长者模式</a> <a href="/zgwj/mobile/">手机版</a></div></div>
<div class="header w1200"><a href="/"><img src="/zgwj/static/images/logo.png" alt="吴江区人民政府" /></a></div>
<div class="mainnav w1200"><a href="/">首页</a><a href="/zgwj/zwgk/">政务公开</a><a href="/zgwj/zmhd/">政民互动</a><a href="/zgwj/bmfw/">便民服务</a><a href="/zgwj/zjwj/">走进吴江</a></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="/zgwj/zwgk/">政务公开</a> &gt; <a href="/zgwj/bmdt/">部门动态</a></div>
<div class="w1200 article-box">
  <div class="article-title">吴江区教育局2022年上半年重点工作推进情况</div>
  <div class="article-info">发布日期：2022-07-18 16:05　　来源：吴江区教育局　　浏览次数：<span id="hits">1253</span>　　字号：<a href="javascript:setFont(18)">大</a> <a href="javascript:setFont(16)">中</a> <a href="javascript:setFont(14)">小</a></div>
  <div class="article-content" id="zoom">
{content}
  </div>
  <div class="article-foot"><a href="javascript:window.print();">打印本页</a> <a href="javascript:window.close();">关闭窗口</a> <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3205090001">我要纠错</a></div>
</div>
<div class="w1200 related"><h3>相关链接</h3><ul><li><a href="/zgwj/bmdt/202201/a1.shtml">吴江区教育局2022年工作要点</a></li><li><a href="/zgwj/bmdt/202112/b2.shtml">吴江区教育局2021年工作总结</a></li></ul></div>
<div class="footer"><p>主办：苏州市吴江区人民政府办公室　承办：吴江区大数据管理中心</p><p>网站标识码：3205090001　苏ICP备05012345号　<img src="/zgwj/static/images/ga.png" />苏公网安备 32058402010123号</p></div>
</body>
</html>
""",
    "spec": """
P 今年以来，区教育局坚持以习近平新时代中国特色社会主义思想为指导，统筹疫情防控和教育事业发展，各项重点工作有序推进。现将上半年推进情况报告如下：
S 一、|重点工作推进情况
I （一）|党建引领全面加强。
U 1.|深化党史学习教育成果。组织全区教育系统党员参加“学习二十大、奋进新征程”专题培训，累计培训党员2860人次。
U 2.|推进“海棠花红”先锋阵地建设。新建校园党建示范点8个，打造“一校一品”党建品牌12个。
I （二）|学位供给持续扩大。上半年开工建设中小学、幼儿园项目9个，竣工交付项目4个，新增学位4620个。
P 盛泽实验小学教育集团二期、同里中学扩建等项目均已进入主体施工阶段，预计秋季学期前交付使用。
I （三）|“双减”工作落地见效。全区中小学课后服务覆盖率达到100%，学生参与率达到93.6%。
U 1.|校内提质增效。开展作业设计评比，汇编优秀作业设计案例集2册。
U 2.|校外治理规范。累计检查校外培训机构316家次，查处违规培训行为17起，学科类培训机构压减率达到96%。
I （四）|教师队伍建设不断加强。完成新教师招聘420人，组织“区学科带头人”评选，评出区学科带头人146名。
I （五）|教育数字化转型稳步推进。建成智慧校园示范校15所，“吴江教育云”平台累计访问量突破1200万人次。
I （六）|校园安全底线牢牢守住。开展安全隐患排查整治行动4轮，整改隐患632处，未发生重大安全责任事故。
S 二、|存在的问题
I 1.|城区学位供需矛盾依然突出，部分新建小区配套学校建设滞后于入住进度。
I 2.|教师结构性缺编问题尚未根本解决，音体美、信息科技等学科教师仍有缺口。
I 3.|农村学校办学品质与城区学校相比仍有差距，优质资源辐射带动作用有待增强。
S 三、|下半年工作打算
I （一）|全力保障秋季开学。确保新建项目按期交付，做好秋季招生入学工作，严格落实“公民同招”政策。
I （二）|深化集团化办学。新组建紧密型教育集团3个，实现城乡学校结对帮扶全覆盖。
I （三）|持续推进“双减”。完善课后服务经费保障机制，推动课后服务提质扩面。
I （四）|抓好安全稳定工作。加强汛期、暑期安全教育，落实防溺水“六不”要求，确保校园安全稳定。
""",
})

# ------------------------------------------------------------------ 04 湖南 常德市澧县, 2020, 上半年总结及下半年计划, GBK

PAGES.append({
    "slug": "04-lixian-2020-banniandu",
    "what": "湖南澧县 county portal, GBK declared in header and meta; Word-pasted MsoNormal paragraphs; a 上半年工作总结 "
            "及下半年工作计划 (一、 （一）… items, a section 二、 of plain text, 三、 items 1.); items over two paragraphs; "
            "signature and date",
    "url": "http://www.lixian.gov.cn/zwgk/bmxxgk/jyj/gzzj/content_1487352.html",
    "headers": {"content-type": "text/html; charset=GBK", "server": "nginx/1.16.1"},
    "encoding": "gbk",
    "opts": {"style": "mso"},
    "expect": {"title": "澧县教育局2020年上半年工作总结及下半年工作计划", "pub_date": "2020-07-09", "publisher": "澧县教育局",
               "plan_year": 2020, "doc_kind": "report"},
    "tolerated": {"doc_kind": "plan"},
    "must_not_appear": ["信息来源", "访问次数", "湘ICP备", "扫描二维码", "您是第"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>澧县教育局2020年上半年工作总结及下半年工作计划-澧县人民政府</title>
<meta name="keywords" content="澧县教育局,工作总结">
<link href="/css/index.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div id="top"><div class="wrap"><img src="/images/banner.jpg" alt="澧县人民政府"></div></div>
<div id="menu"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/gzhd/">公众互动</a></li><li><a href="/mlfx/">魅力澧县</a></li></ul></div>
<div class="wrap">
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/jyj/">县教育局</a></div>
<div class="content_box">
<h2 class="con_title">澧县教育局2020年上半年工作总结及下半年工作计划</h2>
<div class="con_info">信息来源：澧县教育局　　发布时间：2020年07月09日　　访问次数：<script>document.write(Math.floor(Math.random()*100)+356)</script>　　【字号：<a href="#" onclick="fontZoom(16)">大</a> <a href="#" onclick="fontZoom(14)">中</a> <a href="#" onclick="fontZoom(12)">小</a>】</div>
<div class="con_text" id="con_text">
<div class="WordSection1" style="layout-grid:15.6pt">
{content}
</div>
</div>
<div class="con_bottom"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="ewm"><img src="/images/qrcode.png"><span>扫描二维码在手机上查看</span></div>
</div>
</div>
<div id="foot"><p>主办：澧县人民政府办公室　承办：澧县政务服务中心　网站标识码：4307230001</p><p>湘ICP备12001234号　湘公网安备 43072302000101号　您是第<span id="count">2587314</span>位访客</p></div>
</body>
</html>
""",
    "spec": """
P 今年上半年，县教育局在县委、县政府的坚强领导下，克服新冠肺炎疫情带来的不利影响，统筹做好疫情防控和教育教学工作，全县教育事业保持平稳健康发展。
S 一、|上半年工作开展情况
I （一）|疫情防控扎实有效。严格落实“一校一案”，全县218所学校（幼儿园）分批次安全有序开学复课，实现师生“零感染”。
P 疫情期间组织开展“停课不停学”线上教学，录制空中课堂课程1360节，覆盖全县中小学生8.7万人。
I （二）|教育扶贫精准到位。发放各类学生资助资金2386万元，惠及学生2.1万人次，建档立卡贫困家庭学生实现应助尽助。
I （三）|办学条件持续改善。投入资金1.36亿元，实施澧阳街道第二小学新建、县一中运动场改造等项目11个。
P 完成农村薄弱学校改造项目23个，改造校舍面积4.2万平方米，农村学校“四室一馆”达标率提升至91%。
I （四）|教育质量稳步提升。组织全县初三、高三年级复课备考专题研讨，开展毕业年级教学视导2轮。
I （五）|教师队伍不断优化。公开招聘教师186名，开展农村教师“送培到校”活动，培训教师4300人次。
I （六）|校园安全平稳有序。开展防溺水专项行动，聘请校外安全辅导员312名，全县未发生学生溺亡事故。
S 二、|存在的主要问题
P 一方面，城区学校大班额问题仍未彻底消除，部分学校班额超过55人；另一方面，农村学校教师老龄化严重，学科结构性缺编问题突出，教育质量与群众期盼还有差距。
S 三、|下半年工作计划
I 1.|全力抓好秋季开学工作。做好学生招生入学和疫情常态化防控，确保秋季学期平稳开学。
I 2.|加快推进项目建设。确保澧阳街道第二小学9月投入使用，新增学位2160个。
I 3.|深入推进教学改革。以课堂教学改革为突破口，开展“高效课堂”达标验收活动。
I 4.|巩固教育扶贫成果。落实学生资助政策，开展控辍保学“回头看”，确保义务教育阶段“零辍学”。
I 5.|加强教师队伍建设。完善教师考核评价机制，推进中小学教师职称评审和岗位聘用工作。
I 6.|持续抓好校园安全。开展校园周边环境综合治理，加强校车安全管理，确保师生平安。
C 澧县教育局
C 2020年7月6日
""",
})

# ------------------------------------------------------------------ 05 广东 佛山市南海区, 2023, HTML5 template

PAGES.append({
    "slug": "05-nanhai-2023-yaodian",
    "what": "广东佛山南海区教育局 HTML5 page (<meta charset>, no charset in the header); 发布时间 with seconds; "
            "一、 sections with 1. items restarting per section; (1)(2)(3) half-width sub-items under one item; "
            "an item over two paragraphs; 附件 download line after the last item",
    "url": "https://www.nanhai.gov.cn/fsnhq/bmdh/zfbm/qjyj/zwgk/ghjh/content/post_5512377.html",
    "headers": {"content-type": "text/html", "server": "openresty", "x-frame-options": "SAMEORIGIN"},
    "encoding": "utf-8",
    "opts": {"style": "p"},
    "expect": {"title": "佛山市南海区教育局2023年工作要点", "pub_date": "2023-02-21", "publisher": "佛山市南海区教育局",
               "plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "粤ICP备", "粤公网安备", "分享：", "返回顶部", "网站地图"],
    "template": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<meta name="SiteName" content="佛山市南海区人民政府">
<meta name="SiteDomain" content="www.nanhai.gov.cn">
<meta name="SiteIDCode" content="4406050001">
<meta name="ColumnName" content="规划计划">
<meta name="ArticleTitle" content="佛山市南海区教育局2023年工作要点">
<meta name="PubDate" content="2023-02-21 10:31:05">
<meta name="ContentSource" content="佛山市南海区教育局">
<title>佛山市南海区教育局2023年工作要点 - 佛山市南海区人民政府</title>
<link rel="stylesheet" href="/fsnhq/assets/css/article.css">
<script src="/fsnhq/assets/js/vendor.js" defer></script>
</head>
<body>
<header class="site-header">
  <div class="inner"><a class="logo" href="/"><img src="/fsnhq/assets/img/logo.png" alt="佛山市南海区人民政府"></a>
  <nav><a href="/">首页</a><a href="/fsnhq/zwgk/">政务公开</a><a href="/fsnhq/zwfw/">政务服务</a><a href="/fsnhq/hdjl/">互动交流</a><a href="/fsnhq/zjnh/">走进南海</a></nav></div>
</header>
<main class="inner">
  <nav class="breadcrumb" aria-label="breadcrumb">当前位置：<a href="/">首页</a> / <a href="/fsnhq/bmdh/">部门导航</a> / <a href="/fsnhq/bmdh/zfbm/qjyj/">区教育局</a> / <span>规划计划</span></nav>
  <article class="article">
    <h1 class="article__title">佛山市南海区教育局2023年工作要点</h1>
    <div class="article__meta">
      <span class="article__date">发布时间：2023-02-21 10:31:05</span>
      <span class="article__source">来源：佛山市南海区教育局</span>
      <span class="article__size">字号：<button data-size="18">大</button><button data-size="16">中</button><button data-size="14">小</button></span>
      <span class="article__share">分享：<a class="wechat" href="#">微信</a><a class="weibo" href="#">微博</a></span>
    </div>
    <div class="article__content">
{content}
    </div>
    <div class="article__attach"><a href="/attachment/0/512/512377/5512377.xlsx">南海区2023年教育重点项目清单.xlsx</a></div>
  </article>
  <div class="article__tools"><a href="javascript:window.print()">打印</a><a href="javascript:window.close()">关闭</a><a href="#top">返回顶部</a></div>
</main>
<footer class="site-footer">
  <p><a href="/fsnhq/wzdt/">网站地图</a> | <a href="/fsnhq/lxwm/">联系我们</a> | <a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4406050001">政府网站找错</a></p>
  <p>主办单位：佛山市南海区人民政府办公室　网站标识码：4406050001</p>
  <p><a href="https://beian.miit.gov.cn/">粤ICP备05008520号</a>　粤公网安备 44060502000123号</p>
</footer>
</body>
</html>
""",
    "spec": """
P 2023年，南海教育将全面贯彻落实党的二十大精神，紧紧围绕区委、区政府中心工作，以建设“教育高质量发展示范区”为目标，加快推进教育现代化，办好人民满意的教育。
S 一、|全面加强党的领导
I 1.|深入学习宣传贯彻党的二十大精神。将党的二十大精神纳入教师培训必修内容，实现全区教师培训全覆盖。
I 2.|全面落实中小学校党组织领导的校长负责制。年内全区公办中小学全部完成制度调整，修订完善学校章程和议事规则。
I 3.|加强教育系统党风廉政建设。开展“清廉学校”建设，创建区级清廉学校示范点20个。
S 二、|扩大优质教育资源供给
I 1.|加快学校建设。新建、改扩建中小学幼儿园24所，新增公办学位2.6万个。
P 重点推进桂城映月湖学校、大沥凤池实验学校等项目建设，确保9月前投入使用学校不少于10所。
I 2.|推动学前教育优质普惠发展。公办幼儿园在园幼儿占比达到52%，普惠性幼儿园覆盖率保持在85%以上。
I 3.|推进义务教育优质均衡发展。以创建全国义务教育优质均衡发展区为抓手，全面对照评估指标查漏补缺。
I 4.|促进高中阶段教育特色发展。新增省一级普通高中1所，支持南海中学、石门中学打造特色品牌。
S 三、|提升教育教学质量
I 1.|深化课程教学改革。推进国家课程方案落地实施，实施“品质课堂”建设行动，分三个层面推进：
U (1)|建设学科教研基地。遴选区级学科教研基地学校30所，发挥示范引领作用。
U (2)|培育教学成果。培育区级以上教学成果奖20项，推广优秀教学成果应用。
U (3)|推进智慧课堂应用。全区中小学智慧课堂覆盖率达到60%。
I 2.|落实“双减”政策。提升作业设计质量，课后服务学校覆盖率、有需求学生覆盖率均达到100%。
I 3.|加强学生体质健康管理。中小学生体质健康测试优良率达到55%以上。
S 四、|建设高素质教师队伍
I 1.|实施“南海名师”培养工程。培养区级名校长、名教师、名班主任100名。
I 2.|加强新教师培养。开展新入职教师三年跟踪培养，新教师岗前培训率100%。
S 五、|守牢校园安全底线
I 1.|健全校园安全防控体系。推进“平安校园”建设，中小学幼儿园“护学岗”设置率达到100%。
I 2.|加强食品安全管理。全区学校食堂“互联网+明厨亮灶”覆盖率达到100%。
A 附件：南海区2023年教育重点项目清单
""",
})

# ------------------------------------------------------------------ 06 四川 省教育厅, 2018, notice wrapping the plan

PAGES.append({
    "slug": "06-sichuan-2018-tongzhi",
    "what": "四川省教育厅 信息公开 page: metadata in a two-column table with th labels; a notice 四川省教育厅关于印发"
            "《2018年全省教育工作要点》的通知; plan title repeated; section headings pasted as several bold runs; "
            "items 1.–22. numbered through with bold lead sentences; signature and date between notice and plan",
    "url": "http://edu.sc.gov.cn/scedu/c100495/2018/3/2/6a3e9d1c4b7f4e2a8c5d0f1e2b3a4c5d.shtml",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "Apache-Coyote/1.1"},
    "encoding": "utf-8",
    "opts": {"style": "p", "bold_lead": True, "heading_runs": True, "run_size": 3},
    "expect": {"title": "2018年全省教育工作要点", "notice_title": "四川省教育厅关于印发《2018年全省教育工作要点》的通知",
               "index_no": "11510000008181547L/2018-00026", "doc_no": "川教〔2018〕15号", "pub_date": "2018-03-02",
               "publisher": "四川省教育厅", "plan_year": 2018, "doc_kind": "plan"},
    "must_not_appear": ["公开方式", "公开范围", "信息分类", "发文日期", "蜀ICP备", "川公网安备", "【收藏】"],
    "template": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="四川省教育厅" />
<meta name="SiteIDCode" content="5100000054" />
<meta name="ColumnName" content="通知公告" />
<title>四川省教育厅关于印发《2018年全省教育工作要点》的通知 - 四川省教育厅</title>
<link href="/scedu/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/scedu/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</head>
<body>
<div class="head"><div class="logo"><img src="/scedu/images/logo.jpg" alt="四川省教育厅" /></div>
<div class="menu"><a href="/scedu/">首页</a><a href="/scedu/c100494/">新闻中心</a><a href="/scedu/c100495/">通知公告</a><a href="/scedu/zfxxgk/">政府信息公开</a><a href="/scedu/c100497/">政务服务</a><a href="/scedu/c100498/">互动交流</a></div></div>
<div class="main">
<div class="weizhi">当前位置：<a href="/scedu/">首页</a> &gt;&gt; <a href="/scedu/c100495/">通知公告</a></div>
<table class="gk-table" width="100%" border="1" cellspacing="0" cellpadding="0">
<tr><th width="15%">索引号</th><td width="35%">11510000008181547L/2018-00026</td><th width="15%">信息分类</th><td width="35%">教育</td></tr>
<tr><th>发布机构</th><td>四川省教育厅</td><th>发文日期</th><td>2018-02-27</td></tr>
<tr><th>文　号</th><td>川教〔2018〕15号</td><th>发布日期</th><td>2018-03-02</td></tr>
<tr><th>公开方式</th><td>主动公开</td><th>公开范围</th><td>面向社会</td></tr>
<tr><th>名　称</th><td colspan="3">四川省教育厅关于印发《2018年全省教育工作要点》的通知</td></tr>
</table>
<div class="contentbox">
<h1 class="tit">四川省教育厅关于印发《2018年全省教育工作要点》的通知</h1>
<div class="contentText" id="cmsContent">
{content}
</div>
<div class="caozuo">【<a href="javascript:doZoom(16)">字号 大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】【<a href="javascript:AddFavorite()">收藏</a>】【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
</div>
<div class="foot"><p>主办单位：四川省教育厅　地址：成都市陕西街26号　邮编：610041</p><p>网站标识码：5100000054　蜀ICP备05003212号　川公网安备 51010402000507号</p></div>
</body>
</html>
""",
    "spec": """
P 各市（州）教育行政部门，各高等学校，厅直属事业单位：
P 现将《2018年全省教育工作要点》印发给你们，请结合实际认真贯彻落实。
C 四川省教育厅
C 2018年2月27日
T 2018年全省教育工作要点
P 2018年全省教育工作的总体要求是：全面贯彻党的十九大精神，以习近平新时代中国特色社会主义思想为指导，坚持稳中求进工作总基调，坚持优先发展教育事业，落实立德树人根本任务，加快教育现代化，办好人民满意的教育。
S 一、|全面加强党对教育工作的领导
I 1.|深入学习宣传贯彻党的十九大精神。把学习宣传贯彻党的十九大精神作为首要政治任务，推动党的十九大精神进教材、进课堂、进学生头脑。
I 2.|加强高校党的建设。实施高校党建“对标争先”计划，培育创建10所党建工作示范高校、100个标杆院系。
I 3.|加强中小学党的建设。健全中小学党组织设置，理顺隶属关系，推进中小学党建工作全覆盖。
S 二、|坚持立德树人根本任务
I 4.|深化思想政治教育。实施高校思想政治工作质量提升工程，推进“三全育人”综合改革试点。
I 5.|加强体育美育工作。推进校园足球改革发展，新认定全国青少年校园足球特色学校150所。
I 6.|加强国防教育和国家安全教育。组织学生军训，开展国家安全教育日主题活动。
S 三、|推进各级各类教育协调发展
I 7.|大力发展学前教育。实施第三期学前教育行动计划，全省学前三年毛入园率达到85%。
I 8.|推进义务教育均衡发展。全省新增30个县（市、区）通过国家义务教育发展基本均衡县评估认定。
I 9.|加快普及高中阶段教育。推进普通高中攻坚计划，全省高中阶段教育毛入学率达到90%。
I 10.|推动职业教育创新发展。启动实施中职学校达标建设工程，建设一批省级示范性职业教育集团。
I 11.|推进高等教育内涵发展。推进“双一流”建设，支持高校开展一流学科培育。
S 四、|打好教育脱贫攻坚战
I 12.|实施教育扶贫行动。深入实施藏区“9+3”免费教育计划，巩固大小凉山彝区“9+3”免费教育计划实施成果。
I 13.|推进民族地区教育发展。实施民族地区十五年免费教育，开展“一村一幼”辅导员培训。
I 14.|健全学生资助体系。落实各级各类学生资助政策，确保家庭经济困难学生资助全覆盖。
S 五、|建设高素质教师队伍
I 15.|加强师德师风建设。健全师德建设长效机制，实行师德失范“一票否决”。
I 16.|实施乡村教师支持计划。落实乡村教师生活补助政策，培训乡村教师和校长10万人次。
S 六、|深化教育领域综合改革
I 17.|稳步推进考试招生制度改革。制定我省深化高考综合改革实施方案，做好改革前期准备工作。
I 18.|推进教育“放管服”改革。深化教育行政审批制度改革，推进教育政务服务“一网通办”。
S 七、|强化教育保障
I 19.|加大教育经费投入。确保一般公共预算教育支出逐年只增不减，按在校学生人数平均的一般公共预算教育支出逐年只增不减。
I 20.|推进教育信息化。实施“宽带网络校校通”提速工程，中小学互联网接入率达到98%。
S 八、|维护教育系统和谐稳定
I 21.|加强校园安全管理。推进平安校园建设，深化校园及周边治安综合治理。
I 22.|做好教育系统信访维稳工作。健全矛盾纠纷排查化解机制，及时妥善处置教育系统突发事件。
""",
})

# ------------------------------------------------------------------ 07 陕西 汉中市城固县, 2024, irregular numbering

PAGES.append({
    "slug": "07-chenggu-2024-yaodian",
    "what": "陕西城固县 portal (教育体育局 column), UTF-8; info line 来源/发布时间/阅读; 一、 sections, items numbered "
            "through with full-width 1． markers, one 7、 and a skipped number (11． then 13．); bold lead sentences",
    "url": "http://www.chenggu.gov.cn/cgxzf/zwgk/bmxxgk/jytyj/202403/e1b7a2c94d0f4c6e8a3b5d7f9e1c2a4b.shtml",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx"},
    "encoding": "utf-8",
    "opts": {"style": "p", "bold_lead": True},
    "expect": {"title": "城固县2024年教育体育工作要点", "pub_date": "2024-03-12", "publisher": "城固县教育体育局",
               "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["阅读：", "陕ICP备", "陕公网安备", "微信扫一扫", "【大】", "发布时间"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="ArticleTitle" content="城固县2024年教育体育工作要点">
<meta name="PubDate" content="2024-03-12 09:46">
<meta name="ContentSource" content="城固县教育体育局">
<title>城固县2024年教育体育工作要点_城固县人民政府</title>
<link rel="stylesheet" href="/cgxzf/c100001/css/common.css">
</head>
<body>
<div class="header"><div class="banner"><img src="/cgxzf/c100001/images/banner.png" alt="城固县人民政府"></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/cgxzf/zwgk/">政务公开</a></li><li><a href="/cgxzf/zwfw/">政务服务</a></li><li><a href="/cgxzf/hdjl/">互动交流</a></li><li><a href="/cgxzf/zjcg/">走进城固</a></li></ul></div></div>
<div class="container">
<div class="position"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/cgxzf/zwgk/">政务公开</a> &gt; <a href="/cgxzf/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/cgxzf/zwgk/bmxxgk/jytyj/">县教育体育局</a></div>
<div class="detail">
<div class="detail-title"><h1>城固县2024年教育体育工作要点</h1></div>
<div class="detail-info"><span>来源：城固县教育体育局</span><span>发布时间：2024-03-12 09:46</span><span>阅读：<em id="readnum">862</em></span><span class="fontsize">字体：<a href="javascript:;" onclick="setSize(18)">【大】</a><a href="javascript:;" onclick="setSize(16)">【中】</a><a href="javascript:;" onclick="setSize(14)">【小】</a></span></div>
<div class="detail-content" id="detailContent">
{content}
</div>
<div class="detail-share"><div class="wx"><img src="/cgxzf/c100001/images/wx.png"><p>微信扫一扫</p></div><a href="javascript:window.print();">打印</a> <a href="javascript:window.close();">关闭</a></div>
</div>
</div>
<div class="footer"><p>主办：城固县人民政府办公室　　承办：城固县政务数据服务中心</p><p>网站标识码：6107220001　　<a href="https://beian.miit.gov.cn">陕ICP备13004567号-1</a>　　陕公网安备 61072202000112号</p></div>
</body>
</html>
""",
    "spec": """
P 2024年全县教育体育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神和全国、全省、全市教育大会精神，坚持教育优先发展，聚焦“强基础、提质量、促均衡、保安全”，加快建设教育强县、体育强县。
S 一、|坚持党建统领，筑牢教育发展根基
I 1．|加强政治理论武装。深化“三个年”活动，全年开展理论中心组学习12次以上，组织党员干部轮训2期。
I 2．|深化党建品牌创建。持续开展“一校一品”党建品牌创建，打造市级党建示范校3所、县级示范校10所。
I 3．|严格落实意识形态责任制。加强对教材教辅、校园讲座、网络平台的监督管理，牢牢把握意识形态工作主动权。
S 二、|聚焦内涵发展，提升教育教学质量
I 4．|实施学前教育提质工程。推进幼儿园保育教育质量评估，公办园在园幼儿占比达到60%。
I 5．|推进义务教育优质均衡发展。实施义务教育质量提升行动，持续开展城乡学校“结对共建”，结对学校达到40对。
I 6．|推进普通高中特色多样发展。深化城固一中、城固二中新课程新教材实施，力争本科上线人数突破1800人。
I 7、|提升职业教育服务能力。推进城固职教中心与县域特色产业深度融合，新开设茶叶加工、电子商务等专业2个。
I 8．|抓实特殊教育和民办教育。残疾儿童少年义务教育入学率保持在97%以上，规范民办学校办学行为。
S 三、|深化综合改革，激发教育发展活力
I 9．|深化“双减”工作。巩固校外培训治理成效，校内课后服务参与率达到95%以上。
I 10．|推进“县管校聘”改革。完善教师交流轮岗机制，年内交流教师不少于200人。
I 11．|深化教育评价改革。探索建立学校办学质量综合评价体系，扭转不科学的教育评价导向。
I 13．|推进智慧教育建设。新建智慧教室60间，实现全县中小学千兆宽带接入全覆盖。
S 四、|加强体育工作，建设体育强县
I 14．|广泛开展全民健身活动。举办县第十届全民运动会，开展“汉江大讲堂”健身指导活动50场次。
I 15．|完善体育设施建设。新建社区健身广场5个、农村健身场地10处，人均体育场地面积达到2.4平方米。
S 五、|守牢安全底线，维护和谐稳定
I 16．|压实安全工作责任。落实学校安全“一岗双责”，开展校园安全隐患排查整治行动4次以上。
I 17．|加强食品卫生安全管理。推进学校食堂标准化建设，食堂食品安全量化等级A级率达到85%以上。
I 18．|扎实做好信访维稳工作。坚持和发展新时代“枫桥经验”，及时化解各类矛盾纠纷，确保全县教育系统和谐稳定。
""",
})

# ------------------------------------------------------------------ 08 内蒙古 鄂尔多斯市, 2025, （一） items with 1. sub-items

PAGES.append({
    "slug": "08-ordos-2025-yaodian",
    "what": "内蒙古鄂尔多斯市教育局 信息公开 page with Mongolian-script nav links; metadata table whose 文号 reads 无; "
            "一、 sections with （一） items restarting per section and 1. sub-items in their own paragraphs under some "
            "of them; half-width (一) in one item",
    "url": "http://jyj.ordos.gov.cn/xxgk/zfxxgkml/ghjh/202502/t20250226_3712377.html",
    "headers": {"content-type": "text/html; charset=UTF-8", "server": "nginx/1.20.2", "content-language": "zh-CN"},
    "encoding": "utf-8",
    "opts": {"style": "p"},
    "expect": {"title": "鄂尔多斯市教育局2025年工作要点", "index_no": "11150600011603567W/2025-00018",
               "pub_date": "2025-02-26", "publisher": "鄂尔多斯市教育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["ᠮᠣᠩᠭᠣᠯ", "蒙ICP备", "文　　号", "生成日期", "公开形式", "适老化"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="鄂尔多斯市教育局">
<meta name="SiteIDCode" content="1506000024">
<meta name="ColumnName" content="规划计划">
<meta name="ArticleTitle" content="鄂尔多斯市教育局2025年工作要点">
<meta name="PubDate" content="2025-02-26 17:03">
<title>鄂尔多斯市教育局2025年工作要点</title>
<link rel="stylesheet" href="/images/xxgk.css">
<script src="/images/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><a href="http://mgl.ordos.gov.cn/">ᠮᠣᠩᠭᠣᠯ ᠬᠡᠯᠡ</a> | <a href="javascript:;" class="elder">适老化</a> | <a href="/">首页</a></div>
<div class="xxgk-head"><img src="/images/xxgk_banner.png" alt="鄂尔多斯市教育局政府信息公开"></div>
<div class="xxgk-nav"><a href="/xxgk/zfxxgkzn/">政府信息公开指南</a><a href="/xxgk/zfxxgkzd/">政府信息公开制度</a><a href="/xxgk/fdzdgknr/">法定主动公开内容</a><a href="/xxgk/zfxxgknb/">政府信息公开年报</a></div>
<div class="xxgk-main">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/zfxxgkml/ghjh/">规划计划</a></div>
<table class="xxgk-table">
<tbody>
<tr><td class="t1">索 引 号：</td><td class="t2">11150600011603567W/2025-00018</td><td class="t1">主题分类：</td><td class="t2">教育</td></tr>
<tr><td class="t1">发布机构：</td><td class="t2">鄂尔多斯市教育局</td><td class="t1">生成日期：</td><td class="t2">2025-02-26</td></tr>
<tr><td class="t1">文　　号：</td><td class="t2">无</td><td class="t1">公开形式：</td><td class="t2">主动公开</td></tr>
<tr><td class="t1">名　　称：</td><td class="t2" colspan="3">鄂尔多斯市教育局2025年工作要点</td></tr>
</tbody>
</table>
<div class="xxgk-article">
<h2>鄂尔多斯市教育局2025年工作要点</h2>
<div class="TRS_PreAppend" id="article-text">
{content}
</div>
</div>
<div class="xxgk-tool"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer"><p>主办单位：鄂尔多斯市教育局　网站标识码：1506000024</p><p>蒙ICP备05004567号　蒙公网安备 15060202000321号</p></div>
</body>
</html>
""",
    "spec": """
P 2025年是“十四五”规划收官之年，也是全面贯彻落实全国教育大会精神、加快建设教育强市的关键之年。全市教育系统要以铸牢中华民族共同体意识为主线，以办好人民满意的教育为目标，推动全市教育高质量发展。
S 一、|坚持和加强党对教育工作的全面领导
I （一）|深入推进党的创新理论武装。
U 1.|完善学习制度。健全党组理论学习中心组学习、党支部“三会一课”等制度，全年开展专题学习不少于12次。
U 2.|推进理论宣讲。组建“北疆教育宣讲团”，深入旗区学校开展宣讲100场次以上。
I （二）|全面加强学校党建工作。落实中小学校党组织领导的校长负责制，打造党建示范学校30所。
I （三）|铸牢中华民族共同体意识。将铸牢中华民族共同体意识教育融入学校教育全过程，创建自治区级示范校10所。
S 二、|推动基础教育扩优提质
I （一）|推进学前教育普惠发展。新建改扩建公办幼儿园8所，普惠性幼儿园覆盖率稳定在95%以上。
I （二）|推进义务教育优质均衡发展。
U 1.|扩充优质资源。新组建教育集团6个，集团化办学覆盖率达到70%。
U 2.|缩小城乡差距。实施乡村温馨校园建设，改善30所乡村学校办学条件。
U 3.|规范办学行为。严格落实招生入学政策，全面推行义务教育阶段免试就近入学。
I (三)|推进普通高中多样化特色发展。支持鄂尔多斯市第一中学等学校建设科技高中、人文高中，打造特色高中5所。
S 三、|提升职业教育和高等教育服务能力
I （一）|深化产教融合。依托能源化工、现代煤化工等产业，建设市域产教联合体2个。
I （二）|支持驻市高校发展。支持鄂尔多斯应用技术学院加强学科专业建设，新增本科专业3个。
S 四、|加强教师队伍建设
I （一）|加强师德师风建设。开展师德师风专项整治，建立师德失范行为通报警示制度。
I （二）|提升教师专业素养。实施名师名校长培养工程，培养市级名师名校长50名。
U 1.|实施分层培训。全年培训中小学教师1.5万人次。
U 2.|加强骨干引领。建立市级名师工作室40个，带动青年教师成长。
S 五、|深化教育综合改革
I （一）|推进教育数字化。建设市级智慧教育平台，数字校园建设达标率达到90%。
I （二）|深化教育评价改革。落实义务教育质量评价指南，开展学校办学质量评价。
S 六、|守牢教育安全稳定底线
I （一）|加强校园安全管理。持续开展校园安全隐患排查整治，学校“三防”建设达标率保持100%。
I （二）|加强学生心理健康工作。完善学生心理健康监测预警机制，中小学心理健康教育专职教师配备率达到100%。
""",
})

# ------------------------------------------------------------------ 09 山东 潍坊市寿光市, 2023 全年工作总结, Word paste

PAGES.append({
    "slug": "09-shouguang-2023-zongjie",
    "what": "山东寿光市 portal, 全年工作总结 published in January of the next year; Word-pasted MsoNormal paragraphs "
            "(headings in 黑体 spans); 一、 review with items 1.–8. and （1） sub-items in their own paragraphs, a plain-"
            "text section 二、, 三、 2024 plans with items restarting at 1.; 信息来源 header line",
    "url": "http://www.shouguang.gov.cn/sgjyj/zwgk/ghjh/202401/t20240115_6512377.html",
    "headers": {"content-type": "text/html; charset=UTF-8", "server": "TWS"},
    "encoding": "utf-8",
    "opts": {"style": "mso"},
    "expect": {"title": "寿光市教育和体育局2023年工作总结", "pub_date": "2024-01-15", "publisher": "寿光市教育和体育局",
               "plan_year": 2023, "doc_kind": "report"},
    "must_not_appear": ["信息来源", "鲁ICP备", "鲁公网安备", "【打印】", "【关闭】", "发布时间"],
    "template": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>寿光市教育和体育局2023年工作总结</title>
<meta name="ArticleTitle" content="寿光市教育和体育局2023年工作总结" />
<meta name="PubDate" content="2024-01-15 15:22" />
<meta name="ContentSource" content="寿光市教育和体育局" />
<link href="/sgjyj/css/sub.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div id="header"><img src="/sgjyj/images/top.jpg" width="1000" height="150" /></div>
<div id="nav"><a href="/sgjyj/">首页</a> <a href="/sgjyj/jyxw/">教体新闻</a> <a href="/sgjyj/zwgk/">政务公开</a> <a href="/sgjyj/tzgg/">通知公告</a> <a href="/sgjyj/zsks/">招生考试</a></div>
<div id="main">
<div class="path">当前位置：<a href="/sgjyj/">首页</a> &gt; <a href="/sgjyj/zwgk/">政务公开</a> &gt; <a href="/sgjyj/zwgk/ghjh/">规划计划</a></div>
<div class="art">
<div class="art-tit">寿光市教育和体育局2023年工作总结</div>
<div class="art-sub">发布时间：2024-01-15　　信息来源：寿光市教育和体育局　　<a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="art-con">
<div class="TRS_Word">
{content}
</div>
</div>
</div>
</div>
<div id="footer"><p>主办单位：寿光市教育和体育局　网站标识码：3707830014</p><p>鲁ICP备09012345号　鲁公网安备 37078302000456号</p></div>
</body>
</html>
""",
    "spec": """
P 2023年，市教育和体育局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，围绕建设教育强市、体育强市目标，凝心聚力、攻坚克难，各项工作取得新成效。
S 一、|2023年工作完成情况
I 1.|党的建设全面加强。开展学习贯彻习近平新时代中国特色社会主义思想主题教育，建成党建示范学校15所。
I 2.|办学条件持续改善。新建改扩建中小学、幼儿园12处，新增学位7800个。
U （1）|城区学校建设。寿光世纪学校东校区、圣城街道第三小学等4处学校投入使用。
U （2）|农村学校改造。完成农村学校校舍改造、操场提升工程18个，改造面积3.6万平方米。
I 3.|教育质量稳步提升。高考本科上线率达到86.2%，比上年提高1.8个百分点。
I 4.|“双减”工作成效明显。全市中小学课后服务实现全覆盖，学生自愿参与率达到96%。
I 5.|教师队伍建设不断加强。招聘教师420名，评选市级教学能手、学科带头人260名。
U （1）|加强师德建设。开展师德师风专题教育，签订师德承诺书6200余份。
U （2）|深化县管校聘改革。交流轮岗教师312名，其中骨干教师占比达到23%。
U （3）|提高教师待遇。落实教师工资待遇保障政策，发放乡村教师生活补助1860万元。
I 6.|职业教育提质培优。寿光市职业教育中心学校入选省高水平中职学校建设单位，新增校企合作企业32家。
I 7.|体育事业蓬勃发展。成功举办寿光市第十二届全民健身运动会，全市经常参加体育锻炼人数比例达到43%。
I 8.|校园安全保持稳定。完成学校“三防”设施提升项目，全年未发生重大安全责任事故。
S 二、|存在的不足
P 一是城区学位供给仍然偏紧，部分学校班额偏大；二是教师队伍结构性矛盾依然存在，音体美等学科教师不足；三是体育场馆设施布局不够均衡。
S 三、|2024年工作打算
I 1.|实施学位扩容工程。新建改扩建学校8处，新增学位5400个。
I 2.|实施质量提升工程。深化课堂教学改革，推进全市中小学教学质量稳步提升。
I 3.|实施教师队伍建设工程。招聘教师350名，培养市级以上名师名校长30名。
I 4.|实施体育惠民工程。新建城市社区体育公园3处、全民健身场地20处。
I 5.|实施平安校园建设工程。健全校园安全风险防控体系，确保校园安全稳定。
C 寿光市教育和体育局
C 2024年1月10日
""",
})

# ------------------------------------------------------------------ 10 湖北 宜昌市夷陵区, 2021—2022学年第一学期工作要点

PAGES.append({
    "slug": "10-yiling-2021-xueqi",
    "what": "湖北夷陵区 portal, a 2021—2022学年第一学期工作要点; header line 时间/来源/作者; 一、 指导思想 and 二、 "
            "工作目标 as plain text, 三、 items （一）–（九）, 四、 a month-by-month schedule in unnumbered paragraphs "
            "(九月：…), repeated title at the top of the body",
    "url": "http://www.yiling.gov.cn/content-1234-2021090600012.html",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx"},
    "encoding": "utf-8",
    "opts": {"style": "p"},
    "expect": {"title": "夷陵区教育局2021—2022学年第一学期工作要点", "pub_date": "2021-09-06", "publisher": "夷陵区教育局",
               "plan_year": 2021, "doc_kind": "plan"},
    "tolerated": {"plan_year": 2022},
    "must_not_appear": ["作者：办公室", "鄂ICP备", "鄂公网安备", "【我要纠错】", "上一篇", "下一篇"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="keywords" content="夷陵区教育局,学期工作要点">
<title>夷陵区教育局2021—2022学年第一学期工作要点-宜昌市夷陵区人民政府</title>
<link rel="stylesheet" href="/static/css/detail.css">
<script src="/static/js/jquery.js"></script>
</head>
<body>
<div class="gov-top"><div class="w"><span class="date" id="today"></span><a href="/">夷陵区人民政府门户网站</a></div></div>
<div class="gov-nav w"><a href="/">首页</a><a href="/list-1201.html">政务公开</a><a href="/list-1202.html">政务服务</a><a href="/list-1203.html">政民互动</a><a href="/list-1204.html">魅力夷陵</a></div>
<div class="w bread">当前位置：<a href="/">首页</a> » <a href="/list-1201.html">政务公开</a> » <a href="/list-1234.html">教育</a></div>
<div class="w detail">
  <h1>夷陵区教育局2021—2022学年第一学期工作要点</h1>
  <p class="detail-meta">时间：2021-09-06 10:12　来源：夷陵区教育局　作者：办公室　<span class="zh">字号：<a onclick="doZoom(18)">大</a> <a onclick="doZoom(16)">中</a> <a onclick="doZoom(14)">小</a></span></p>
  <div class="detail-body" id="Zoom">
{content}
  </div>
  <div class="detail-act"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4205060001">【我要纠错】</a></div>
  <div class="detail-page"><p>上一篇：<a href="/content-1234-2021090300008.html">夷陵区2021年秋季学期开学工作会议召开</a></p><p>下一篇：<a href="/content-1234-2021091000003.html">夷陵区庆祝第37个教师节</a></p></div>
</div>
<div class="gov-foot"><p>主办：宜昌市夷陵区人民政府办公室　网站标识码：4205060001</p><p>鄂ICP备05003456号　鄂公网安备 42050602000123号</p></div>
</body>
</html>
""",
    "spec": """
T 夷陵区教育局2021—2022学年第一学期工作要点
S 一、|指导思想
P 本学期，全区教育工作以习近平新时代中国特色社会主义思想为指导，深入贯彻落实国家“双减”政策，坚持立德树人根本任务，以提升教育质量为核心，推动夷陵教育高质量发展。
S 二、|工作目标
P 全区中小学课后服务覆盖率达到100%，作业管理、睡眠管理、手机管理、读物管理、体质管理“五项管理”落实到位，学生过重作业负担和校外培训负担有效减轻，全区教育系统安全稳定。
S 三、|重点工作
I （一）|全面落实“双减”政策。严控书面作业总量，小学一、二年级不布置书面家庭作业，三至六年级书面作业平均完成时间不超过60分钟，初中不超过90分钟。
I （二）|提升课后服务水平。推行“5+2”课后服务模式，每周5天开展课后服务，每天不少于2小时，结束时间不早于当地正常下班时间。
I （三）|加强党史学习教育成果运用。开展“我为群众办实事”实践活动，为师生办实事不少于20件。
I （四）|规范秋季招生入学。严格落实义务教育免试就近入学和“公民同招”政策，城区小学、初中起始年级班额控制在45人、50人以内。
I （五）|推进课堂教学改革。开展“新课堂”达标课活动，组织教学开放周，每名教师至少上1节公开课。
I （六）|加强教师队伍建设。做好新招聘教师岗前培训，开展第37个教师节表彰活动，表彰优秀教师和优秀教育工作者100名。
I （七）|抓好疫情防控工作。落实教职员工新冠疫苗接种“应接尽接”，严格执行晨午检和因病缺课登记追踪制度。
I （八）|加强校园安全管理。开展秋季开学安全大检查，落实防溺水、交通安全、消防安全等专题教育。
I （九）|做好学生资助工作。落实学前教育到高中教育资助政策，确保家庭经济困难学生应助尽助。
S 四、|月度工作安排
P 九月：秋季开学工作检查；教师节庆祝表彰活动；课后服务工作推进会。
P 十月：国庆假期安全教育；中小学“新课堂”达标课活动；学生体质健康测试。
P 十一月：期中教学质量检测；消防安全疏散演练；教师业务能力竞赛。
P 十二月：课后服务工作专项督导；冬季安全教育；元旦文艺汇演。
P 一月：期末教学质量检测；寒假安全教育；学期工作总结。
""",
})

# ------------------------------------------------------------------ 11 海南 三亚市, 2020 工作计划, GBK, odd markers, 注

PAGES.append({
    "slug": "11-sanya-2020-jihua",
    "what": "海南三亚市教育局 site, GBK declared in the header only (meta says nothing about charset); body in "
            "div#fontzoom; 一、 sections, items numbered through with mixed markers (1. 2． 5.、 10、); a 注： note "
            "after the last item, then signature and date",
    "url": "http://jyj.sanya.gov.cn/jyjsite/gzjh/202003/5b1f0e2a9c3d4e7f8a6b2c1d0e9f8a7b.shtml",
    "headers": {"content-type": "text/html; charset=GBK", "server": "Apache"},
    "encoding": "gbk",
    "opts": {"style": "p"},
    "expect": {"title": "三亚市教育局2020年工作计划", "pub_date": "2020-03-20", "publisher": "三亚市教育局",
               "plan_year": 2020, "doc_kind": "plan"},
    "must_not_appear": ["琼ICP备", "琼公网安备", "发布日期", "【打印本页】", "视力保护色"],
    "template": """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta name="keywords" content="三亚市教育局">
<meta name="description" content="三亚市教育局2020年工作计划">
<title>三亚市教育局2020年工作计划_三亚市教育局</title>
<link rel="stylesheet" type="text/css" href="/jyjsite/css/con.css">
<script type="text/javascript" src="/jyjsite/js/common.js"></script>
</head>
<body>
<div class="top"><img src="/jyjsite/images/top.jpg" alt="三亚市教育局"></div>
<div class="menu"><a href="/">首页</a><a href="/jyjsite/jyyw/">教育要闻</a><a href="/jyjsite/tzgg/">通知公告</a><a href="/jyjsite/zwgk/">政务公开</a><a href="/jyjsite/gzjh/">工作计划</a></div>
<div class="content">
<div class="lujing">当前位置：<a href="/">首页</a> &gt; <a href="/jyjsite/gzjh/">工作计划</a></div>
<div class="con_tit">三亚市教育局2020年工作计划</div>
<div class="con_xx">发布日期：2020-03-20　　来源：三亚市教育局　　字号：[<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>]　　<span>视力保护色：<a href="javascript:setColor('#FAFBE6')">■</a><a href="javascript:setColor('#FFF2E2')">■</a></span></div>
<div id="fontzoom" class="con_nr">
{content}
</div>
<div class="con_dy"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="foot">主办单位：三亚市教育局　地址：三亚市吉阳区迎宾路 网站标识码：4602000011<br>琼ICP备10000123号　琼公网安备 46020002000110号</div>
</body>
</html>
""",
    "spec": """
P 2020年，市教育局将以习近平新时代中国特色社会主义思想为指导，全面贯彻落实全国、全省教育大会精神，紧紧围绕海南自由贸易港建设，加快补齐教育短板，努力办好人民满意的教育。
S 一、|加强党的建设
I 1.|落实全面从严治党责任。召开全市教育系统党风廉政建设工作会议，签订党风廉政建设责任书，开展廉政谈话全覆盖。
I 2．|推进基层党组织建设。全市中小学党组织实现应建尽建，打造5个“教育党建示范点”。
S 二、|扩大教育资源供给
I 3.|加快推进学校建设项目。推进三亚市第二中学扩建、海棠湾第二小学等21个项目建设，新增学位1.1万个。
I 4.|推进学前教育普及普惠。新增公办幼儿园学位3000个，学前三年毛入园率达到88%。
I 5.、|引进优质教育资源。推进北京师范大学三亚附属学校等合作办学项目，新引进优质教育资源项目2个。
S 三、|提高教育教学质量
I 6.|加强教学常规管理。组织开展中小学教学常规检查，对全市中小学实行教学质量监测全覆盖。
I 7.|推进高考综合改革。做好2020年新高考各项准备工作，高考本科上线率力争达到75%。
I 8.|抓好中职教育。对接自贸港建设需求，开设旅游服务、邮轮乘务等特色专业，中职毕业生就业率达到95%。
S 四、|加强教师队伍建设
I 9.|面向全国招聘教师。全年引进、招聘各类教师800名，其中引进骨干教师和学科带头人100名。
I 10、|提升教师培训质量。组织中小学教师全员培训，全年培训教师6000人次。
I 11.|落实教师待遇。落实乡村教师岗位生活补助，确保教师平均工资收入水平不低于当地公务员平均工资收入水平。
S 五、|维护校园安全稳定
I 12.|抓好疫情防控和复学工作。制定开学复课工作方案，落实“一校一策”，确保师生健康安全。
I 13.|加强校园安全管理。推进“平安校园”建设，中小学幼儿园安保人员配备率达到100%。
A 注：以上项目投资数额以发展改革部门批复为准。
C 三亚市教育局
C 2020年3月18日
""",
})

# ------------------------------------------------------------------ 12 贵州 遵义市湄潭县, 2019 重点工作安排, no sections

PAGES.append({
    "slug": "12-meitan-2019-anpai",
    "what": "贵州湄潭县 portal 部门信息公开 page; metadata table with 生成日期 and an article line 发布时间; a "
            "重点工作安排 with no sections: items 1.–16. each followed by a 责任领导/责任股室 line (continuation), "
            "preamble before the first item",
    "url": "http://www.meitan.gov.cn/zwgk/bmxxgk/xjyj/201903/t20190312_41234577.html",
    "headers": {"content-type": "text/html; charset=UTF-8", "server": "nginx"},
    "encoding": "utf-8",
    "opts": {"style": "p", "bold_lead": True},
    "expect": {"title": "湄潭县教育局2019年重点工作安排", "index_no": "009143261/2019-0312003", "pub_date": "2019-03-12",
               "publisher": "湄潭县教育局", "plan_year": 2019, "doc_kind": "plan"},
    "must_not_appear": ["信息分类", "生成日期", "公开形式", "黔ICP备", "贵公网安备", "浏览量"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="湄潭县人民政府">
<meta name="SiteIDCode" content="5203280001">
<meta name="ArticleTitle" content="湄潭县教育局2019年重点工作安排">
<meta name="PubDate" content="2019-03-12 10:20">
<title>湄潭县教育局2019年重点工作安排_湄潭县人民政府</title>
<link rel="stylesheet" href="/images/css/xxgk.css">
</head>
<body>
<div class="Header"><div class="logo"><img src="/images/logo.png" alt="湄潭县人民政府"></div></div>
<div class="Nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjmt/">走进湄潭</a></div>
<div class="Main">
<div class="Position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/xjyj/">县教育局</a></div>
<div class="xxgk_table">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td width="12%"><b>索引号：</b></td><td width="38%">009143261/2019-0312003</td><td width="12%"><b>信息分类：</b></td><td width="38%">计划总结</td></tr>
<tr><td><b>发布机构：</b></td><td>湄潭县教育局</td><td><b>生成日期：</b></td><td>2019-03-12</td></tr>
<tr><td><b>公开形式：</b></td><td>主动公开</td><td><b>有效性：</b></td><td>有效</td></tr>
</table>
</div>
<div class="Article">
<h1 class="Article_Title">湄潭县教育局2019年重点工作安排</h1>
<div class="Article_Info">发布时间：2019-03-12 10:20　浏览量：<span id="view">417</span>　<a href="javascript:doZoom(16)">字号：大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a></div>
<div class="Article_Content" id="Zoom">
{content}
</div>
<div class="Article_Tool"><a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></div>
</div>
</div>
<div class="Footer"><p>主办单位：湄潭县人民政府办公室　网站标识码：5203280001</p><p>黔ICP备05001234号　贵公网安备 52032802000101号</p></div>
</body>
</html>
""",
    "spec": """
P 为全面完成2019年全县教育工作目标任务，经局党组研究，现将2019年重点工作安排如下：
I 1.|加强党的建设。深入开展“不忘初心、牢记使命”主题教育，推进全县中小学党组织标准化规范化建设。
P 责任领导：局党组书记；责任股室：党建办、人事股
I 2.|巩固教育脱贫攻坚成果。落实教育精准资助政策，全年发放各类资助资金3200万元，确保建档立卡贫困家庭学生资助全覆盖。
P 责任领导：分管副局长；责任股室：资助中心
I 3.|抓好控辍保学工作。落实“七长”责任制，义务教育巩固率达到95%以上。
P 责任领导：分管副局长；责任股室：基础教育股
I 4.|推进学前教育发展。新建乡镇公办幼儿园2所，学前三年毛入园率达到90%。
P 责任领导：分管副局长；责任股室：基础教育股
I 5.|推进义务教育均衡发展。巩固县域义务教育基本均衡发展成果，启动优质均衡发展创建工作。
P 责任领导：局长；责任股室：督导室、基础教育股
I 6.|提升普通高中办学质量。深化湄潭中学、湄潭求是高级中学教学改革，高考本科上线率力争达到65%。
P 责任领导：分管副局长；责任股室：基础教育股
I 7.|发展现代职业教育。推进湄潭县中等职业学校与茶产业深度融合，开设茶艺与茶营销专业，年招生600人。
P 责任领导：分管副局长；责任股室：职成股
I 8.|加强教师队伍建设。招聘特岗教师120名，组织教师全员培训，全年培训3800人次。
P 责任领导：分管副局长；责任股室：人事股、教师发展中心
I 9.|推进教育信息化。完成全县中小学“班班通”全覆盖，建设录播教室10间。
P 责任领导：分管副局长；责任股室：电教站
I 10.|加强学校基础设施建设。实施湄潭县第三中学、湄江街道第二小学等建设项目，新增校舍面积2.8万平方米。
P 责任领导：局长；责任股室：计财股、项目办
I 11.|抓好营养改善计划。规范农村义务教育学生营养改善计划实施，受益学生达到4.6万人。
P 责任领导：分管副局长；责任股室：营养办
I 12.|加强校园安全工作。开展校园安全隐患排查整治，确保全年无重大安全责任事故。
P 责任领导：分管副局长；责任股室：安全股
I 13.|推进依法治校。开展依法治校示范校创建，创建市级依法治校示范校3所。
P 责任领导：分管副局长；责任股室：政策法规股
I 14.|加强教育督导。开展中小学校责任督学挂牌督导，督导覆盖率达到100%。
P 责任领导：督导室主任；责任股室：督导室
I 15.|做好语言文字工作。推进普通话推广，开展第22届全国推广普通话宣传周活动。
P 责任领导：分管副局长；责任股室：基础教育股
I 16.|加强作风建设。持续整治“四风”问题，开展教育系统作风纪律专项整治。
P 责任领导：局党组书记；责任股室：党建办、纪检组
""",
})

# ------------------------------------------------------------------ 13 新疆 克拉玛依市, 2022, 博达 VSB template

PAGES.append({
    "slug": "13-karamay-2022-yaodian",
    "what": "新疆克拉玛依市教育局 博达 (VSB) site: body in div.v_news_content inside a form, every paragraph in a "
            "font span, section headings as bold runs; 一、 sections, （一） items restarting per section, 1. sub-items; "
            "metadata in spans (发布时间/作者/来源) with a script-driven click count",
    "url": "http://jyj.klmy.gov.cn/info/1063/15021.htm",
    "headers": {"content-type": "text/html;charset=UTF-8", "server": "VWebServer", "x-frame-options": "SAMEORIGIN"},
    "encoding": "utf-8",
    "opts": {"style": "vsb"},
    "expect": {"title": "克拉玛依市2022年教育工作要点", "pub_date": "2022-03-04", "publisher": "克拉玛依市教育局",
               "plan_year": 2022, "doc_kind": "plan"},
    "must_not_appear": ["点击数", "新ICP备", "新公网安备", "_showDynClicks", "作者："],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>克拉玛依市2022年教育工作要点-克拉玛依市教育局</title>
<meta name="pageType" content="3">
<meta name="pageTitle" content="克拉玛依市2022年教育工作要点">
<meta name="description" content="2022年是党的二十大召开之年">
<link rel="stylesheet" href="../../style/style.css">
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1063,'/content.jsp',15021,1623456789)</script>
</head>
<body>
<div class="head"><div class="head-in"><img src="../../images/logo.png"><div class="head-search"><form action="../../ssjgy.jsp?wbtreeid=1001" method="post" name="a238431a"><input type="text" name="showkeycode" value="请输入关键字"><input type="submit" value="搜索"></form></div></div></div>
<div class="nav"><ul><li><a href="../../index.htm">首页</a></li><li><a href="../../jyyw.htm">教育要闻</a></li><li><a href="../../zwgk.htm">政务公开</a></li><li><a href="../../tzgg.htm">通知公告</a></li><li><a href="../../zcfg.htm">政策法规</a></li></ul></div>
<div class="main">
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../zwgk.htm">政务公开</a> &gt;&gt; <a href="../../zwgk/ghjh.htm">规划计划</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname">
<div class="content-title"><h3>克拉玛依市2022年教育工作要点</h3></div>
<div class="content-info"><span>发布时间：2022-03-04</span>&nbsp;&nbsp;<span>作者：</span>&nbsp;&nbsp;<span>来源：克拉玛依市教育局</span>&nbsp;&nbsp;<span>点击数：<script>_showDynClicks("wbnews", 1623456789, 15021)</script></span></div>
<div id="vsb_content"><div class="v_news_content">
{content}
</div></div>
<div id="div_vote_id"></div>
</form>
<div class="content-tool">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="foot"><p>主办单位：克拉玛依市教育局　网站标识码：6502000041</p><p>新ICP备05000789号　新公网安备 65020302000123号</p></div>
</body>
</html>
""",
    "spec": """
P 2022年是党的二十大召开之年，也是实施“十四五”规划的关键之年。全市教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，完整准确贯彻新时代党的治疆方略，落实立德树人根本任务，推动全市教育高质量发展。
S 一、|坚持党对教育工作的全面领导
I （一）|加强政治建设。深入学习贯彻习近平新时代中国特色社会主义思想，迎接党的二十大胜利召开。
I （二）|推进学校党建工作。实施中小学校党组织领导的校长负责制，推进“一校一品”党建品牌建设。
U 1.|抓好班子建设。完善学校领导班子议事决策制度，年内完成全市中小学领导班子综合考评。
U 2.|抓好支部建设。开展党支部标准化规范化达标创建，达标率达到100%。
I （三）|铸牢中华民族共同体意识。深入开展民族团结进步教育，创建民族团结进步示范校8所。
S 二、|推进各类教育协调发展
I （一）|推进学前教育普及普惠。学前三年毛入园率保持在98%以上，普惠性幼儿园覆盖率达到90%。
I （二）|推进义务教育优质均衡。
U 1.|扩大优质教育资源。新建克拉玛依区第二十一小学，新增学位1620个。
U 2.|深化集团化办学。组建教育集团4个，实现集团化办学全覆盖。
I （三）|推进高中阶段教育特色发展。支持克拉玛依市第一中学、克拉玛依市高级中学建设特色高中。
I （四）|推进职业教育提质培优。支持克拉玛依职业技术学院建设国家“双高计划”项目，新增产教融合实训基地2个。
S 三、|深化教育教学改革
I （一）|全面落实“双减”。课后服务实现义务教育学校全覆盖，学生参与率达到95%以上。
I （二）|推进国家通用语言文字教育。全市各级各类学校全面使用国家通用语言文字教育教学。
S 四、|加强教师队伍建设
I （一）|加强师德师风建设。将师德表现作为教师资格定期注册、职称评审等的首要条件。
I （二）|加强教师培养培训。组织实施“石油名师”培养工程，全年培训教师5000人次。
S 五、|维护教育安全稳定
I （一）|推进平安校园建设。学校专职保安配备率、“一键式”报警装置安装率保持100%。
I （二）|做好疫情常态化防控。落实校园疫情防控各项措施，确保校园安全。
""",
})

# ------------------------------------------------------------------ 14 辽宁 沈阳市, 2024, 法定主动公开 page

PAGES.append({
    "slug": "14-shenyang-2024-yaodian",
    "what": "辽宁沈阳市教育局 法定主动公开内容 page: metadata list of <p><label>…</label><span>…</span></p> with an "
            "empty 文号; one-line article header; section headings as bold runs; items 1.–20. numbered through with "
            "one item over two paragraphs; （1）–（3） sub-items under two items; 附件 lines numbered 1. 2. after the "
            "last item",
    "url": "http://jyj.shenyang.gov.cn/zwgk/fdzdgknr/ghxx/jhzj/202403/t20240318_4612377.html",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx", "cache-control": "max-age=600"},
    "encoding": "utf-8",
    "opts": {"style": "p", "heading_runs": True, "run_size": 5},
    "expect": {"title": "沈阳市教育局2024年工作要点", "index_no": "1121010000132015X4/2024-0000018",
               "pub_date": "2024-03-18", "publisher": "沈阳市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["辽ICP备", "辽公网安备", "文　　号", "发布日期", "主题分类"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="SiteName" content="沈阳市教育局">
<meta name="SiteDomain" content="jyj.shenyang.gov.cn">
<meta name="SiteIDCode" content="2101000047">
<meta name="ColumnName" content="计划总结">
<meta name="ArticleTitle" content="沈阳市教育局2024年工作要点">
<meta name="PubDate" content="2024-03-18 14:40">
<meta name="ContentSource" content="沈阳市教育局">
<title>沈阳市教育局2024年工作要点</title>
<link rel="stylesheet" href="/images/common.css">
<script src="/images/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header"><div class="w1200"><a href="/" class="logo"><img src="/images/logo.png" alt="沈阳市教育局"></a><div class="search"><input type="text" placeholder="请输入关键词"><a href="javascript:;">搜索</a></div></div></div>
<div class="menu"><div class="w1200"><a href="/">首页</a><a href="/jyxw/">教育新闻</a><a href="/zwgk/" class="cur">政务公开</a><a href="/zwfw/">政务服务</a><a href="/gzcy/">公众参与</a></div></div>
<div class="w1200 crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/zwgk/fdzdgknr/ghxx/jhzj/">计划总结</a></div>
<div class="w1200 xxgk-box">
  <div class="xxgk-attr">
    <p><label>索 引 号：</label><span>1121010000132015X4/2024-0000018</span></p>
    <p><label>主题分类：</label><span>教育</span></p>
    <p><label>发布机构：</label><span>沈阳市教育局</span></p>
    <p><label>文　　号：</label><span></span></p>
    <p><label>发布日期：</label><span>2024-03-18</span></p>
  </div>
  <div class="art-main">
    <h2 class="art-title">沈阳市教育局2024年工作要点</h2>
    <div class="art-bar"><span>2024-03-18 14:40</span><span class="fz">字号：<a data-fz="big">大</a><a data-fz="mid">中</a><a data-fz="sm">小</a></span><span class="print"><a href="javascript:window.print();">打印</a></span></div>
    <div class="art-text" id="UCAPCONTENT">
{content}
    </div>
  </div>
</div>
<div class="footer"><div class="w1200"><p>主办单位：沈阳市教育局　地址：沈阳市和平区南京南街235号</p><p>网站标识码：2101000047　辽ICP备05001234号　辽公网安备 21010202000123号</p></div></div>
</body>
</html>
""",
    "spec": """
P 2024年全市教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，深入落实全国、全省教育工作会议部署，锚定建设教育强市目标，以新时代沈阳全面振兴新突破三年行动为牵引，办好人民满意的教育。
S 一、|坚持党建引领，落实立德树人根本任务
I 1.|深化党的创新理论武装。扎实巩固主题教育成果，推动习近平新时代中国特色社会主义思想进教材、进课堂、进头脑。
I 2.|全面加强学校党的建设。深化中小学校党组织领导的校长负责制，建设市级党建示范校50所。
I 3.|推进大中小学思政课一体化建设。建设思政课一体化共同体10个，评选思政“金课”100节。
S 二、|推进基础教育扩优提质
I 4.|推进学前教育普惠发展。新建改扩建公办幼儿园20所，普惠性幼儿园覆盖率达到92%。
I 5.|推进义务教育优质均衡发展。实施“强校扩优”行动，新增优质学位1.5万个。
P 持续推进集团化办学和学区化管理，年内组建紧密型教育集团20个，覆盖学校200所以上。
I 6.|推进普通高中多样化发展。新创建省级特色高中5所，扩大优质普通高中招生规模。
I 7.|办好特殊教育和专门教育。适龄残疾儿童少年义务教育入学率保持在97%以上。
S 三、|提升职业教育和高等教育服务振兴能力
I 8.|推进职业教育产教融合。围绕重点产业集群，建设市域产教联合体3个，新增订单班50个。
I 9.|支持高校服务地方发展。推动驻沈高校与沈阳重点产业对接，建设校地合作项目100项。
S 四、|建设高素质专业化教师队伍
I 10.|加强师德师风建设。完善师德师风建设长效机制，开展师德师风专项检查。
I 11.|提升教师专业能力。实施“沈阳教育名家”培养工程，分层分类开展教师培训。
U （1）|培养骨干教师。遴选市级骨干教师800名，组建名师工作室60个。
U （2）|加强校长队伍建设。开展中小学校长任职资格培训和提高培训，培训校长500人次。
U （3）|推进教研转型。建设市级学科教研基地校40所。
I 12.|落实教师待遇保障。落实义务教育教师工资待遇“不低于”政策，提高乡村教师岗位生活补助。
S 五、|深化教育综合改革
I 13.|深化教育评价改革。推进县域义务教育质量评价，探索增值评价。
I 14.|推进中考改革。完善初中学业水平考试制度，落实优质普通高中招生名额分配到校政策。
I 15.|推进教育数字化转型。建设沈阳智慧教育平台，实现中小学智慧校园全覆盖。
U （1）|完善基础设施。全市中小学校园网络千兆入校、百兆到班。
U （2）|丰富数字资源。建设优质数字课程资源2000节。
S 六、|守牢教育安全稳定底线
I 16.|健全校园安全风险防控体系。完善校园安全“人防、物防、技防”体系建设。
I 17.|加强学生心理健康工作。建立学生心理健康监测预警和干预体系，每所中小学至少配备1名专职心理健康教育教师。
I 18.|加强校园食品安全管理。落实校长陪餐制，推进学校食堂“互联网+明厨亮灶”全覆盖。
S 七、|强化教育保障
I 19.|加大教育投入。落实教育经费“两个只增不减”，优化教育经费支出结构。
I 20.|推进依法治教。完善教育行政执法机制，推进中小学法治副校长配备全覆盖。
A 附件：1.沈阳市教育局2024年重点工作任务分解表
A 2.沈阳市教育局2024年民生实事项目清单
""",
})

# ------------------------------------------------------------------ 15 安徽 合肥市肥西县, 2023 三季度推进情况

PAGES.append({
    "slug": "15-feixi-2023-tuijin",
    "what": "安徽肥西县 政府信息公开 page (public/<site>/<id>.html): metadata table 信息索引号/发布机构/生成日期/文号 "
            "(empty) and a second header line 发布时间/来源; 一、 sections with 1. items restarting per section; "
            "一是/二是/三是 sub-items in their own paragraphs under two items",
    "url": "https://www.feixi.gov.cn/public/6600931/2309456781.html",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "Tengine"},
    "encoding": "utf-8",
    "opts": {"style": "p"},
    "expect": {"title": "肥西县教育体育局2023年三季度重点工作推进情况", "index_no": "003192327/202310-00021",
               "pub_date": "2023-10-16", "publisher": "肥西县教育体育局", "plan_year": 2023, "doc_kind": "report"},
    "must_not_appear": ["信息索引号", "信息分类", "生成日期", "皖ICP备", "皖公网安备", "关 键 词", "【我要纠错】"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="肥西县人民政府">
<meta name="SiteIDCode" content="3401230002">
<meta name="ColumnName" content="计划总结">
<meta name="ArticleTitle" content="肥西县教育体育局2023年三季度重点工作推进情况">
<meta name="PubDate" content="2023-10-16 16:35">
<meta name="ContentSource" content="肥西县教育体育局">
<title>肥西县教育体育局2023年三季度重点工作推进情况_肥西县人民政府</title>
<link rel="stylesheet" href="/assets/css/public.css">
<script src="/assets/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="container"><img src="/assets/images/logo.png" alt="肥西县人民政府"><div class="header-links"><a href="/">首页</a> <a href="/public/column/6600931">信息公开</a> <a href="/site/tpl/4571">无障碍浏览</a></div></div></div>
<div class="container">
<div class="bread">您当前的位置：<a href="/">首页</a> &gt; <a href="/public/column/6600931?type=4">信息公开</a> &gt; <a href="/public/column/6600931?type=4&amp;catId=7024531">计划总结</a></div>
<div class="div_table_suoyin">
<table class="table_suoyin">
<tr><th>信息索引号：</th><td>003192327/202310-00021</td><th>信息分类：</th><td>计划总结</td></tr>
<tr><th>发布机构：</th><td>肥西县教育体育局</td><th>生成日期：</th><td>2023-10-16</td></tr>
<tr><th>文　　号：</th><td></td><th>关 键 词：</th><td>重点工作</td></tr>
<tr><th>信息名称：</th><td colspan="3">肥西县教育体育局2023年三季度重点工作推进情况</td></tr>
</table>
</div>
<div class="wzcon">
<h1 class="newstitle">肥西县教育体育局2023年三季度重点工作推进情况</h1>
<div class="newsinfo">发布时间：2023-10-16 16:35　来源：肥西县教育体育局　【字体：<a href="javascript:void(0)" onclick="fontSize(18)">大</a> <a href="javascript:void(0)" onclick="fontSize(16)">中</a> <a href="javascript:void(0)" onclick="fontSize(14)">小</a>】</div>
<div class="j-fontContent newscontent" id="zoom">
{content}
</div>
<div class="newsbottom"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3401230002">【我要纠错】</a></div>
</div>
</div>
<div class="footer"><p>主办：肥西县人民政府办公室　承办：肥西县数据资源局　网站标识码：3401230002</p><p>皖ICP备05001234号-1　皖公网安备 34012302000111号</p></div>
</body>
</html>
""",
    "spec": """
P 三季度以来，县教体局围绕年度目标任务，强化统筹调度，各项重点工作稳步推进。现将有关情况报告如下：
S 一、|重点工作推进情况
I 1.|秋季开学工作平稳有序。全县中小学幼儿园秋季学期共招收新生2.86万人，义务教育阶段学校全部实现免试就近入学。
I 2.|学校建设项目加快推进。全年计划实施学校建设项目16个，三季度末已完工9个，完成投资7.2亿元。
U 一是|新建项目按期交付。上派镇第三小学、桃花镇第四幼儿园等5个项目于9月1日前投入使用，新增学位4500个。
U 二是|续建项目进展顺利。紫蓬中学扩建、三河镇中心学校综合楼等4个项目主体已封顶。
U 三是|前期工作同步开展。肥西县第二中学新校区等项目已完成立项和规划设计。
I 3.|“双减”工作持续深化。全县义务教育学校课后服务覆盖率100%，学生参与率94.8%。
I 4.|教育质量稳步提升。2023年高考本科达线4213人，较上年增加286人。
I 5.|教师队伍建设有力推进。新招聘教师480名，已全部到岗。
U 一是|强化岗前培训。组织新教师岗前集中培训5天，培训合格率100%。
U 二是|推进交流轮岗。全县交流轮岗教师365名，其中骨干教师112名。
I 6.|体育工作亮点纷呈。承办安徽省青少年足球锦标赛，全县参赛队伍获团体奖项3项。
I 7.|校园安全形势稳定。开展秋季开学安全大检查，排查整改隐患86处。
S 二、|存在的问题
I 1.|部分学校建设项目受征地拆迁影响，进度滞后于计划。
I 2.|城区学位供给与入学需求矛盾依然突出。
S 三、|四季度工作安排
I 1.|加快项目建设。督促在建项目加快施工进度，确保年底前完成投资9亿元。
I 2.|抓好教育教学管理。开展秋季学期教学视导，组织期中质量监测。
I 3.|做好冬季安全工作。开展冬季校园消防安全专项检查，加强学生防寒保暖和交通安全教育。
""",
})

# ------------------------------------------------------------------ 16 江西 省教育厅, 2025, Hanweb art page

PAGES.append({
    "slug": "16-jiangxi-2025-yaodian",
    "what": "江西省教育厅 Hanweb article page (/art/yyyy/m/d/art_…html): 信息公开 table of spans with bold labels, "
            "page title repeated in the body after the h1; 一、 sections with 1. items numbered through (1.–18.), "
            "an item split over two paragraphs, ①②③ sub-items in their own paragraphs under one item",
    "url": "http://jyt.jiangxi.gov.cn/art/2025/2/18/art_25521_4912377.html",
    "headers": {"content-type": "text/html; charset=UTF-8", "server": "hanweb", "x-content-type-options": "nosniff"},
    "encoding": "utf-8",
    "opts": {"style": "p", "bold_lead": True},
    "expect": {"title": "江西省教育厅2025年工作要点", "index_no": "014503553/2025-00038", "pub_date": "2025-02-18",
               "publisher": "江西省教育厅", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["赣ICP备", "赣公网安备", "访问量", "信息来源", "成文日期", "【关闭】"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="江西省教育厅">
<meta name="SiteIDCode" content="3600000031">
<meta name="ColumnName" content="规划计划">
<meta name="ArticleTitle" content="江西省教育厅2025年工作要点">
<meta name="PubDate" content="2025-02-18 09:30">
<meta name="ContentSource" content="江西省教育厅">
<meta name="Keywords" content="工作要点">
<title>江西省教育厅2025年工作要点 江西省教育厅</title>
<link rel="stylesheet" href="/jcms/jcms_files/jcms1/web3/site/css/main.css">
<script src="/jcms/jcms_files/jcms1/web3/site/js/jquery.js"></script>
<script>var webid = "3", artid = "4912377";</script>
</head>
<body>
<div class="jyt-top"><div class="w"><img src="/picture/3/logo.png" alt="江西省教育厅"><div class="jyt-search"><input id="keyword" value="站内搜索"><span>搜索</span></div></div></div>
<div class="jyt-nav w"><a href="/">首页</a><a href="/col/col25457/">新闻中心</a><a href="/col/col25521/">政务公开</a><a href="/col/col25470/">政务服务</a><a href="/col/col25480/">互动交流</a></div>
<div class="w jyt-pos">当前位置：<a href="/">首页</a> &gt; <a href="/col/col25521/">政务公开</a> &gt; <span>规划计划</span></div>
<div class="w jyt-gk">
  <div class="gk-row"><span class="gk-item"><b>索引号：</b>014503553/2025-00038</span><span class="gk-item"><b>主题分类：</b>教育</span></div>
  <div class="gk-row"><span class="gk-item"><b>发布机构：</b>江西省教育厅</span><span class="gk-item"><b>成文日期：</b>2025-02-14</span></div>
  <div class="gk-row"><span class="gk-item"><b>发布日期：</b>2025-02-18</span><span class="gk-item"><b>文号：</b></span></div>
</div>
<div class="w jyt-art">
  <h1>江西省教育厅2025年工作要点</h1>
  <div class="jyt-art-info">信息来源：江西省教育厅　　访问量：<span id="artvisit"><script src="/module/visitcount/articlevisit.jsp?colid=25521&amp;artid=4912377"></script></span>　　【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</div>
  <div id="zoom">
{content}
  </div>
  <div class="jyt-art-tool"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="jyt-foot"><p>主办单位：江西省教育厅　地址：南昌市红谷滩区卧龙路999号　邮编：330038</p><p>网站标识码：3600000031　赣ICP备05000567号　赣公网安备 36010902000123号</p></div>
</body>
</html>
""",
    "spec": """
T 江西省教育厅2025年工作要点
P 2025年是“十四五”规划收官之年，也是落实教育强国建设规划纲要的开局之年。全省教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中、三中全会精神，深入实施教育强省建设，为奋力谱写中国式现代化江西篇章提供有力支撑。
S 一、|坚持以党的政治建设为统领
I 1.|深入学习贯彻党的二十届三中全会精神。组织开展全省教育系统专题培训，推动全会精神进校园、进课堂、进头脑。
I 2.|持续加强高校党的建设。实施高校党建示范创建和质量创优工程，建设全国党建工作样板支部30个。
I 3.|全面加强中小学校党建工作。巩固深化中小学校党组织领导的校长负责制，培育省级中小学党建示范校100所。
S 二、|落实立德树人根本任务
I 4.|推进大中小学思政课一体化建设。建设思政课一体化共同体50个，打造“红色基因传承”思政品牌。
I 5.|加强学生体育美育劳动教育。实施学生体质强健计划，中小学生体质健康优良率提升2个百分点。
I 6.|加强学生心理健康工作。健全学生心理健康“筛查—预警—干预—跟踪”工作机制。
S 三、|推进基础教育扩优提质
I 7.|推进学前教育普及普惠安全优质发展。学前三年毛入园率稳定在92%以上，公办园在园幼儿占比达到55%。
I 8.|推进义务教育优质均衡发展。新增义务教育学位10万个，新创建国家义务教育优质均衡发展县（市、区）8个。
P 深入实施县中振兴计划，组建县域普通高中发展共同体，全面消除普通高中大班额。
I 9.|推进特殊教育和专门教育发展。残疾儿童义务教育入学率稳定在97%以上。
S 四、|推动职业教育和高等教育高质量发展
I 10.|深化职业教育产教融合。建设省级市域产教联合体10个、行业产教融合共同体15个。
I 11.|推进高等教育内涵式发展。实施一流学科建设计划，支持南昌大学等高校加快“双一流”建设。
I 12.|做好高校毕业生就业工作。实施“赣鄱英才”就业促进行动，高校毕业生去向落实率保持全国平均水平以上。
S 五、|建设高素质专业化教师队伍
I 13.|加强师德师风建设。实施新时代教育家精神铸魂强师行动。
I 14.|提升教师专业素质能力。实施中小学教师能力提升工程，重点做好以下工作：
U ①|实施“国培计划”和“省培计划”，培训中小学幼儿园教师20万人次。
U ②|遴选省级骨干教师2000名、学科带头人500名。
U ③|推进师范院校与中小学协同育人，建设教师教育基地20个。
S 六、|深化教育综合改革
I 15.|深化教育评价改革。开展县域义务教育质量监测，完善普通高中办学质量评价。
I 16.|推进教育数字化战略行动。建设江西智慧教育平台，推进人工智能赋能教育教学。
S 七、|守牢教育安全稳定底线
I 17.|加强校园安全管理。完善校园安全风险防控体系，开展校园安全隐患排查整治专项行动。
I 18.|维护教育系统和谐稳定。健全矛盾纠纷排查化解机制，及时回应师生和群众关切。
""",
})
