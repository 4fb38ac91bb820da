"""Hand-written spec of holdout 6 (part 1): bureau sites on small CMSs, 2020-2025.

Each page: slug, url, headers (as the crawler got them), encoding, template (the whole page with a
{content} slot), style (how body lines are rendered, see build_pages.render), spec (body lines),
expect (the metadata a careful reader records), tolerated, must_not_appear (page furniture).
"""

from __future__ import annotations

from spec_pages_more import MORE_PAGES

# --------------------------------------------------------------------------- 01 DedeCMS, single info line

P01 = dict(
    slug="01-hebei-fucheng-dedecms-2024-plan",
    url="http://www.fcxjyj.com/a/tongzhigonggao/2024/0301/312.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    what="DedeCMS article view; metadata in one info line (发布时间 来源 作者 浏览 <span id=hits>); title in h2; "
         "sections as bold <p>; items 1.–13. numbered through",
    expect=dict(title="阜城县2024年教育工作要点", pub_date="2024-03-01", publisher="阜城县教育局",
                plan_year=2024, doc_kind="plan"),
    must_not_appear=["作者：", "浏览：", "分隔线", "收藏", "挑错", "相关文章", "发表评论"],
    template="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>阜城县2024年教育工作要点_通知公告_阜城县教育局</title>
<meta name="keywords" content="阜城县,教育工作要点,2024" />
<meta name="description" content="2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
<script language="javascript" type="text/javascript">
function CheckLogin(){ var taget_obj = document.getElementById('_ajax_feedback'); myajax = new DedeAjax(taget_obj,false,false,'','','');
myajax.SendGet2("/member/ajax_feedback.php"); DedeXHTTP = null; }
</script>
</head>
<body class="articleview">
<div class="header_top"><div class="w960 center"><span class="time">欢迎访问阜城县教育局网站</span>
<div class="toplinks"><a href="/plus/heightsearch.php">高级搜索</a>|<a href="/data/sitemap.html">网站地图</a>|<a href="/tags.php">TAG标签</a></div></div></div>
<div class="header"><div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" alt="阜城县教育局" /></a></h1></div></div>
<div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
<li><a href="/"><span>主页</span></a></li><li><a href="/a/jiaoyuxinwen/"><span>教育新闻</span></a></li>
<li><a href="/a/tongzhigonggao/"><span>通知公告</span></a></li><li><a href="/a/zhengcefagui/"><span>政策法规</span></a></li>
<li><a href="/a/xiaoyuanfengcai/"><span>校园风采</span></a></li></ul></div>
<div class="search"><form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" />
<input name="q" type="text" class="search-keyword" id="search-keyword" value="在这里搜索..." /><button type="submit" class="search-submit">搜索</button></form></div></div></div>
<div class="w960 center clear mt1">
<div class="pleft">
<div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/tongzhigonggao/'>通知公告</a> > </div>
<div class="viewbox">
<div class="title"><h2>阜城县2024年教育工作要点</h2></div>
<div class="info">发布时间：2024-03-01 09:30 来源：阜城县教育局 作者：王晓静 浏览：<span id="hits">123</span>次</div>
<div class="content"><table width="100%"><tr><td>
{content}
</td></tr></table></div>
<div class="dede_pages"><ul class="pagelist"></ul></div>
<div class="boxoff"><strong>------分隔线----------------------------</strong></div>
<div class="handle">
<div class="context"><ul><li>上一篇：<a href='/a/tongzhigonggao/2024/0226/309.html'>关于做好2024年春季学期开学工作的通知</a></li>
<li>下一篇：<a href='/a/tongzhigonggao/2024/0305/315.html'>阜城县教育局2024年政务公开工作要点</a></li></ul></div>
<div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=312" target="_blank">收藏</a></li>
<li id="act-err"><a href="/plus/erraddsave.php?aid=312" target="_blank">挑错</a></li>
<li id="act-pus"><a href="/plus/recommend.php?aid=312" target="_blank">推荐</a></li>
<li id="act-pnt"><a href="#" onClick="window.print();">打印</a></li></ul></div></div>
<div class="commentbox"><h3>发表评论</h3><form action="/plus/feedback.php" method="post"><textarea name="msg"></textarea><button type="submit">提交</button></form></div>
</div></div>
<div class="pright"><div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>相关文章</strong></dt>
<dd class="light"><ul class="d4"><li><a href="/a/tongzhigonggao/2023/0228/251.html">阜城县2023年教育工作要点</a></li>
<li><a href="/a/tongzhigonggao/2024/0118/301.html">阜城县教育局2023年工作总结</a></li></ul></dd></dl></div></div>
</div>
<div class="footer w960 center mt1 clear"><div class="footer_body">
<p class="powered">主办单位：阜城县教育局　地址：河北省衡水市阜城县阜城镇育才路8号　电话：0318-4562301</p>
<p class="copyright">Copyright &copy; 2024 阜城县教育局 版权所有 <a href="https://beian.miit.gov.cn/">冀ICP备12003456号-1</a>　网站标识码：1311280003</p>
</div></div>
<script src="/plus/count.php?view=yes&aid=312&mid=1" type='text/javascript' language="javascript"></script>
</body>
</html>
""",
    spec="""
P 2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。全县教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，落实立德树人根本任务，以建设人民满意的教育为目标，推动全县教育高质量发展。
S 一、|坚持党建引领，筑牢教育发展根基
I 1.|加强党对教育工作的全面领导。健全党组织领导的校长负责制配套制度，年内全县中小学党组织领导的校长负责制落实率达到100%。开展“一校一品”党建品牌创建活动，培育县级党建示范校5所。
I 2.|深化意识形态阵地管理。严格落实意识形态工作责任制，每学期开展一次校园意识形态风险排查，规范校内报告会、讲座、论坛审批管理。
I 3.|推进清廉学校建设。聚焦招生入学、食堂管理、工程建设、物资采购等关键环节，开展专项监督检查，持续整治群众身边不正之风和腐败问题。
S 二、|扩大优质资源供给，促进教育均衡发展
I 4.|推进学前教育普及普惠。新建、改扩建公办幼儿园3所，新增公办学位540个，学前三年毛入园率稳定在95%以上，普惠性幼儿园覆盖率达到92%。
I 5.|推动义务教育优质均衡。实施城区学校扩容工程，建成县第三实验小学并于秋季投入使用，新增学位1620个，全面消除56人以上大班额。
I 6.|提升普通高中办学水平。推进阜城中学、阜城实验中学特色多样发展，深化选课走班教学管理改革，本科上线率力争提高3个百分点。
S 三、|落实立德树人，全面提升育人质量
I 7.|深化“五育”并举。开齐开足体育与健康课程，确保学生每天校园内体育活动时间不少于2小时；落实劳动教育必修课程，每周不少于1课时。
I 8.|加强学生心理健康教育。配齐专兼职心理健康教育教师，中小学心理辅导室建设达标率达到100%，每年开展一次学生心理健康全员测评。
I 9.|巩固“双减”工作成果。全面压减作业总量和时长，课后服务实现义务教育学校全覆盖，学生参与率保持在90%以上。
S 四、|建强教师队伍，激发队伍内生动力
I 10.|加强师德师风建设。开展师德师风专题教育月活动，落实师德失范行为“零容忍”，师德考核结果作为评优评先、职称评聘的首要依据。
I 11.|推进教师专业发展。组织全员培训不少于1200人次，评选县级骨干教师80名、学科带头人20名，深化县域内教师交流轮岗，交流比例不低于15%。
S 五、|守牢安全底线，营造和谐育人环境
I 12.|强化校园安全管理。落实校园安全“日排查、周报告、月总结”制度，中小学幼儿园一键式紧急报警装置和视频监控系统与公安机关联网率达到100%。
I 13.|加强校园食品安全监管。全面落实校长（园长）陪餐制度，推进“互联网+明厨亮灶”建设，年内覆盖全县所有学校食堂。
""",
)

# --------------------------------------------------------------------------- 02 PHPCMS v9, GBK, date line inside the h1

P02 = dict(
    slug="02-shanxi-taigu-phpcms-gbk-2023-plan",
    url="http://jyj.sxtg.gov.cn/index.php?m=content&c=index&a=show&catid=12&id=486",
    headers={"Content-Type": "text/html"},
    encoding="gbk",
    what="PHPCMS v9 show page in GBK declared charset=gbk in meta (HTTP header text/html only; GBK-only 喆 in "
         "the body); the h1 holds the title, <br /> and a <span> with date, 来源 and 点击; sections in a 黑体 "
         "<span>; items 1、 restarting in every section",
    expect=dict(title="太谷区教育科技局2023年工作要点", pub_date="2023-02-16", publisher="太谷区教育科技局",
                plan_year=2023, doc_kind="plan"),
    must_not_appear=["点击：", "评论：", "分享到", "热门文章", "晋ICP备", "2023-02-16 10:21:35"],
    style=dict(section="p_hei"),
    template="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<meta http-equiv="X-UA-Compatible" content="IE=7" />
<title>太谷区教育科技局2023年工作要点 - 通知公告 - 晋中市太谷区教育科技局</title>
<meta name="keywords" content="工作要点">
<meta name="description" content="2023年，区教育科技局将坚持以习近平新时代中国特色社会主义思想为指导">
<link href="http://jyj.sxtg.gov.cn/statics/css/reset.css" rel="stylesheet" type="text/css" />
<link href="http://jyj.sxtg.gov.cn/statics/css/default_blue.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="http://jyj.sxtg.gov.cn/statics/js/jquery.min.js"></script>
</head>
<body>
<div class="body-top"><div class="content"><div class="login lh24 blue"><a href="/index.php?m=member&c=index&a=login">登录</a> | <a href="/index.php?m=member&c=index&a=register">注册</a></div>
<span class="rt"><a href="/index.php?m=content&c=rss&siteid=1">RSS</a>|<a href="/index.php?m=content&c=index&a=lists&catid=1">网站地图</a></span></div></div>
<div class="header"><div class="logo"><a href="/"><img src="/statics/images/v9/logo.jpg" alt="太谷区教育科技局" /></a></div>
<div class="search"><form action="/index.php" method="get"><input type="hidden" name="m" value="search"/><input type="text" name="q" id="q"/><input type="submit" value="搜 索"/></form></div>
<div class="nav-bar"><map><ul class="nav-site"><li><a href="/"><span>首页</span></a></li><li class="line">|</li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=9"><span>教育动态</span></a></li><li class="line">|</li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=12"><span>通知公告</span></a></li><li class="line">|</li>
<li><a href="/index.php?m=content&c=index&a=lists&catid=15"><span>科技创新</span></a></li></ul></map></div></div>
<div class="main">
<div class="col-left">
<div class="crumbs">当前位置：<a href="/">首页</a><span> > </span><a href="/index.php?m=content&c=index&a=lists&catid=12">通知公告</a> >  正文</div>
<div id="Article">
<h1>太谷区教育科技局2023年工作要点<br />
<span>2023-02-16 10:21:35&nbsp;&nbsp;&nbsp;来源：太谷区教育科技局&nbsp;&nbsp;&nbsp;评论：<a href="#comment_iframe" id="comment">0</a> 点击：<span id="hits"></span></span></h1>
<div class="content">
{content}
</div>
<div id="pages" class="text-c"></div>
<p style="margin-bottom:10px"><strong>相关热词搜索：</strong><a href="/index.php?m=content&c=tag&a=lists&tag=%B9%A4%D7%F7%D2%AA%B5%E3">工作要点</a></p>
<p class="f14"><strong>上一篇：</strong><a href="/index.php?m=content&c=index&a=show&catid=12&id=485">关于开展2023年春季学期开学安全检查的通知</a><br />
<strong>下一篇：</strong><a href="/index.php?m=content&c=index&a=show&catid=12&id=487">太谷区2023年科技活动周实施方案</a></p>
</div>
<div class="Article-Tool">分享到：<a href="javascript:;" class="bds_tsina">新浪微博</a> <a href="javascript:;" class="bds_weixin">微信</a>
<img src="/statics/images/icon/fx.png"> <a href="javascript:window.print();">打印</a></div>
</div>
<div class="col-auto"><div class="box"><h5 class="title-2">热门文章</h5><ul class="content digg">
<li><a href="/index.php?m=content&c=index&a=show&catid=12&id=470">太谷区2022年义务教育招生入学工作方案</a></li>
<li><a href="/index.php?m=content&c=index&a=show&catid=9&id=466">我区召开2023年教育科技工作会议</a></li></ul></div></div>
</div>
<div class="footer"><p class="info">主办单位：晋中市太谷区教育科技局　　地址：太谷区新建路68号<br />
Copyright &copy; 2023 太谷区教育科技局 All Rights Reserved　<a href="https://beian.miit.gov.cn">晋ICP备16001234号</a>　网站标识码：1407030016</p></div>
<script type="text/javascript">
$(function(){ $.get("/api.php?op=count&id=486&modelid=1", function(data){ $("#hits").html(data); }); });
</script>
</body>
</html>
""",
    spec="""
P 2023年，区教育科技局将坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，围绕“办好人民满意的教育”目标，扎实推进各项工作，现提出如下工作要点。
S 一、|聚焦内涵发展，着力提高教育质量
I 1、|深化课堂教学改革。以“学为中心”课堂建设为抓手，开展优质课评选和教学开放周活动，全年组织区级教研活动不少于40场次。
I 2、|加强教学质量监测。完善小学、初中学业质量监测体系，开展学科质量分析会，建立薄弱学校帮扶台账，实施“一校一策”精准提升。
I 3、|推进集团化办学。依托太谷区实验小学、太谷区第二中学、明喆学校组建4个教育集团，实现城乡学校结对帮扶全覆盖，集团内教师交流不少于30人次。
S 二、|聚焦条件改善，着力推进均衡发展
I 1、|实施校舍改造提升工程。完成胡村镇中心校、范村镇第二小学等6所学校校舍维修改造，改善农村学校办学条件。
I 2、|推进教育信息化建设。新建智慧教室60间，实现城乡学校千兆光纤全覆盖，教师数字化应用能力培训参训率达到100%。
I 3、|加强农村寄宿制学校管理。配齐生活管理教师，改善学生宿舍和食堂条件，提升寄宿制学校服务保障水平。
S 三、|聚焦科技创新，着力服务区域发展
I 1、|推动科技成果转化。围绕山西农谷建设，组织企业与高校院所开展产学研对接活动不少于10场，争取省级科技计划项目8项以上。
I 2、|培育创新主体。新认定高新技术企业5家、科技型中小企业30家，建设区级科技创新平台3个。
I 3、|加强科学普及。开展科技活动周、全国科普日等活动，建设青少年科技教育基地2个，组织中小学生参加科技创新大赛。
S 四、|聚焦安全稳定，着力优化发展环境
I 1、|压实校园安全责任。健全校园安全风险防控体系，每月开展一次安全隐患排查，全年组织应急疏散演练不少于4次。
I 2、|规范民办教育和校外培训管理。开展民办学校年度检查，常态化开展校外培训机构巡查，严肃查处违规培训行为。
I 3、|做好教育信访维稳工作。畅通群众诉求表达渠道，信访事项按期办结率达到100%。
""",
)

# --------------------------------------------------------------------------- 03 帝国CMS, 工作总结 + 打算

P03 = dict(
    slug="03-jiangxi-poyang-empirecms-2023-summary",
    url="http://www.poyang.gov.cn/jytyj/gzdt/202401/t20240118_1234.html",
    headers={"Content-Type": "text/html; charset=UTF-8"},
    encoding="utf-8",
    what="帝国CMS (EmpireCMS) news page; 日期：/作者：/来源：/浏览 (ViewClick script) info line; a 工作总结 with "
         "一、2023年工作回顾 / 二、2024年工作打算 as <h3>, （一） items restarting per section, one inline "
         "一是…二是…三是 run, closing signature and date",
    expect=dict(title="鄱阳县教育体育局2023年工作总结及2024年工作打算", pub_date="2024-01-18",
                publisher="鄱阳县教育体育局", plan_year=2023, doc_kind="report"),
    tolerated=dict(plan_year=2024, doc_kind="plan"),
    must_not_appear=["作者：", "浏览：", "【关闭】", "赣ICP备", "日期：", "推荐阅读"],
    style=dict(section="h3"),
    template="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>鄱阳县教育体育局2023年工作总结及2024年工作打算 - 工作动态 - 鄱阳县教育体育局</title>
<meta name="keywords" content="鄱阳县教育体育局2023年工作总结及2024年工作打算" />
<meta name="description" content="2023年，在县委、县政府的坚强领导和上级教育部门的精心指导下" />
<link href="/skin/default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/e/data/js/ajax.js"></script>
</head>
<body>
<div class="topbar"><div class="wrap"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span>
<a href="/e/member/login/">会员登录</a> <a href="/e/member/register/">注册</a></div></div>
<div class="head wrap"><a href="/"><img src="/skin/default/images/logo.png" alt="鄱阳县教育体育局"></a></div>
<div class="nav"><ul class="wrap"><li><a href="/">网站首页</a></li><li><a href="/jytyj/gzdt/">工作动态</a></li>
<li><a href="/jytyj/tzgg/">通知公告</a></li><li><a href="/jytyj/tyzx/">体育资讯</a></li><li><a href="/jytyj/xxgk/">信息公开</a></li></ul></div>
<div class="wrap">
<div class="position">当前位置：<a href="/">首页</a>&nbsp;>&nbsp;<a href="/jytyj/gzdt/">工作动态</a></div>
<div class="news_main">
<div class="title"><h1>鄱阳县教育体育局2023年工作总结及2024年工作打算</h1></div>
<div class="info">日期：2024-01-18&nbsp;&nbsp;&nbsp;作者：局办公室&nbsp;&nbsp;&nbsp;来源：鄱阳县教育体育局&nbsp;&nbsp;&nbsp;浏览：<script src=/e/public/ViewClick/?classid=5&id=1234&addclick=1></script>次</div>
<div class="newstext" id="text">
{content}
</div>
<div class="fenye"></div>
<div class="close">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="updown"><p>上一篇：<a href="/jytyj/gzdt/202401/t20240112_1229.html">我县召开2024年全县教育体育工作会议</a></p>
<p>下一篇：<a href="/jytyj/gzdt/202401/t20240122_1240.html">县教育体育局开展寒假前校园安全大检查</a></p></div>
<div class="related"><h4>推荐阅读</h4><ul><li><a href="/jytyj/gzdt/202301/t20230116_998.html">鄱阳县教育体育局2022年工作总结</a></li></ul></div>
</div></div>
<div class="footer"><p>主办单位：鄱阳县教育体育局　承办：鄱阳县教育体育局办公室</p>
<p><a href="https://beian.miit.gov.cn/">赣ICP备10002512号-3</a>　网站标识码：3611280061　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p></div>
</body>
</html>
""",
    spec="""
P 2023年，在县委、县政府的坚强领导和上级教育部门的精心指导下，县教育体育局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，扎实推进教育强县建设，各项工作取得明显成效。现将有关情况总结如下：
S 一、|2023年工作回顾
I （一）|党建引领持续加强。全年召开党组理论学习中心组学习会12次，开展主题教育专题党课48场次，新建党建示范点6个，1所学校获评全省中小学校党建工作示范校。
I （二）|办学条件明显改善。新建、改扩建中小学校8所，新增学位5400个，完成农村学校运动场改造22个，消除大班额成果得到巩固。
I （三）|教育质量稳步提升。
X 一是|学前教育普惠发展，全县普惠性幼儿园覆盖率达到91.5%，学前三年毛入园率达到94.2%。
X 二是|义务教育均衡推进，九年义务教育巩固率达到98.6%，创建省级义务教育优质均衡示范学校3所。
X 三是|高中教育质量提升，高考本科上线人数达到4126人，较上年增加318人。
I （四）|教师队伍不断壮大。公开招聘教师326名，“三区”人才支持计划选派教师45名，评选县级骨干教师120名、名师工作室8个。
I （五）|体育工作亮点纷呈。成功承办上饶市中小学生田径运动会，全县学生体质健康测试优良率达到52.3%，较上年提高4.1个百分点。
I （六）|民生实事落地见效。发放各类学生资助资金1.86亿元，惠及学生11.2万人次；农村义务教育学生营养改善计划覆盖学生8.3万人。
I （七）|校园安全形势平稳。开展防溺水专项行动，全县未发生学生溺水死亡事故；校园食品安全“明厨亮灶”覆盖率达到100%。
S 二、|2024年工作打算
I （一）|深入推进党建与业务深度融合。持续开展“一校一品”党建品牌创建，年内新增党建示范校5所，推动党建工作与教育教学同频共振。
I （二）|加快补齐办学条件短板。推进鄱阳县第三中学、城东小学等9个项目建设，新增学位4500个，秋季开学前完成6所学校运动场改造。
I （三）|全面提升教育教学质量。实施基础教育“强基提质”行动，深化教学质量监测结果运用，力争高考本科上线人数突破4300人。
I （四）|持续加强教师队伍建设。计划招聘教师300名，开展全员培训不少于6000人次，完善县域内教师交流轮岗机制。
I （五）|推动体育事业全面发展。办好全县中小学生运动会，新建社区多功能运动场10个，学生体质健康测试优良率力争达到55%。
I （六）|守牢校园安全稳定底线。深化防溺水、交通安全、食品安全等专项整治，确保全年不发生重大校园安全责任事故。
C 鄱阳县教育体育局
C 2024年1月15日
""",
)

# --------------------------------------------------------------------------- 04 大汉 JCMS, 信息公开 block below the body

P04 = dict(
    slug="04-jiangsu-funing-jcms-2024-plan",
    url="http://www.funing.gov.cn/art/2024/2/29/art_15372_4021563.html",
    headers={"Content-Type": "text/html;charset=UTF-8"},
    encoding="utf-8",
    what="大汉 JCMS article (<!--ZJEG_RSS.content.begin--> markers, <meta name=ContentStart>); the 信息公开 "
         "block (索引号 文号 发布机构 成文日期 发布日期) printed BELOW the body; a 总体思路/主要目标 preamble of "
         "bold unnumbered headings and paragraphs; 六、保障措施 of unnumbered paragraphs",
    expect=dict(title="阜宁县2024年教育工作要点", index_no="014092143/2024-00021", doc_no="阜教发〔2024〕9号",
                pub_date="2024-02-29", publisher="阜宁县教育局", plan_year=2024, doc_kind="plan"),
    must_not_appear=["014092143/2024-00021", "发布机构", "成文日期", "文　　号", "打印本页", "关闭窗口", "苏ICP备", "分享到"],
    template="""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>阜宁县2024年教育工作要点 阜宁县人民政府</title>
<meta name="SiteName" content="阜宁县人民政府">
<meta name="SiteDomain" content="www.funing.gov.cn">
<meta name="SiteIDCode" content="3209230001">
<meta name="ColumnName" content="计划总结">
<meta name="ArticleTitle" content="阜宁县2024年教育工作要点">
<link rel="stylesheet" href="/script/0/2107211650531459.css">
<script type="text/javascript" src="/script/jquery.min.js"></script>
</head>
<body>
<div id="barrierfree_container">
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问阜宁县人民政府门户网站</span>
<span class="fr"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="/col/col15301/index.html">长者模式</a></span></div></div>
<div class="header w1200"><img src="/picture/0/logo_funing.png" alt="阜宁县人民政府"></div>
<div class="navbar"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/col/col15302/index.html">走进阜宁</a></li>
<li><a href="/col/col15310/index.html">政务公开</a></li><li><a href="/col/col15320/index.html">政务服务</a></li><li><a href="/col/col15330/index.html">互动交流</a></li></ul></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="/col/col15310/index.html">政务公开</a> &gt; <a href="/col/col15372/index.html">计划总结</a></div>
<div class="w1200 article">
<div class="article-title">阜宁县2024年教育工作要点</div>
<div class="article-tool"><span>字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span>
<span>分享到：<a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></span></div>
<div class="article-content" id="zoomcontent">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{content}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
<table class="xxgk-below" width="100%" cellspacing="0" cellpadding="0">
<tr><td class="label">索&nbsp;&nbsp;引&nbsp;&nbsp;号：</td><td>014092143/2024-00021</td><td class="label">分类：</td><td>教育 ; 计划总结</td></tr>
<tr><td class="label">发布机构：</td><td>阜宁县教育局</td><td class="label">文　　号：</td><td>阜教发〔2024〕9号</td></tr>
<tr><td class="label">成文日期：</td><td>2024-02-26</td><td class="label">发布日期：</td><td>2024-02-29</td></tr>
<tr><td class="label">来源：</td><td>县教育局</td><td class="label">有效性：</td><td>有效</td></tr>
</table>
<div class="article-btn"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="article-page"><p>上一篇：<a href="/art/2024/2/27/art_15372_4021011.html">阜宁县2024年卫生健康工作要点</a></p>
<p>下一篇：<a href="/art/2024/3/4/art_15372_4022890.html">阜宁县2024年民政工作要点</a></p></div>
</div>
<div class="footer"><div class="w1200">
<p>主办单位：阜宁县人民政府办公室　　承办单位：阜宁县大数据管理中心</p>
<p><a href="https://beian.miit.gov.cn/">苏ICP备05006152号</a>　　<img src="/picture/0/gaba.png">苏公网安备 32092302000123号　　网站标识码：3209230001</p>
<p><script id="_jiucuo_" sitecode="3209230001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script></p>
</div></div>
</div>
<script>function doZoom(size){ document.getElementById('zoomcontent').style.fontSize = size + 'px'; }</script>
</body>
</html>
""",
    spec="""
H 总体思路
P 2024年，全县教育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实全国、全省教育工作会议部署，围绕“建设教育强县”目标，坚持稳中求进、以进促稳，着力提升教育服务经济社会发展能力。
H 主要目标
P 全县学前三年毛入园率保持在99%以上，义务教育巩固率达到100%，高中阶段毛入学率保持在99%以上；新增省级优质幼儿园3所，创成省义务教育优质均衡发展县。
S 一、|全面加强党的建设
I 1.|落实党组织领导的校长负责制。完善学校党组织会议、校长办公会议议事规则，推动全县中小学校党组织书记、校长分设到位，年内分设率达到100%。
I 2.|深化“强基铸魂”党建品牌创建。培育市级党建品牌2个、县级党建品牌10个，推进党建带团建、队建，提升基层党组织组织力。
S 二、|促进各学段协调发展
I 3.|推进学前教育优质普惠。新建改扩建幼儿园4所，新增学位720个，公办园在园幼儿占比稳定在85%以上。
I 4.|推进义务教育优质均衡。实施城区学校扩容提质工程，建成阜宁县实验初中新校区，新增学位1800个，义务教育学校标准化建设达标率达到100%。
I 5.|推进高中教育多样发展。支持阜宁中学创建省高品质示范高中，深化普通高中育人方式改革，推动学科特色课程基地建设。
I 6.|推进职业教育提质培优。深化产教融合、校企合作，与县内重点企业共建产业学院2个，中职学校毕业生就业率保持在95%以上。
S 三、|提升立德树人实效
I 7.|加强思政课建设。推进大中小学思政课一体化建设，建立县级思政课教研共同体，组织思政课教师集体备课每月不少于1次。
I 8.|促进学生身心健康。落实中小学生每天综合体育活动时间不少于2小时，学生近视率较上年下降1个百分点，心理健康教育专职教师配备率达到100%。
S 四、|建设高素质教师队伍
I 9.|加强师德师风建设。开展师德师风建设专项行动，健全师德考核负面清单制度，对违反师德行为“零容忍”。
I 10.|优化教师资源配置。深化“县管校聘”管理改革，年内招录新教师260名，骨干教师交流比例不低于20%。
S 五、|推进教育治理现代化
I 11.|深化教育评价改革。完善学校办学质量评价体系，建立以发展素质教育为导向的学校考核机制，坚决纠正片面追求升学率倾向。
I 12.|推进依法治校。开展法治校园创建活动，年内创成市级依法治校示范校3所，规范学校章程制定和实施。
S 六、|保障措施
P 加强组织领导。各单位要把贯彻落实本要点作为全年工作的重要内容，细化工作任务，明确责任分工，确保各项任务落到实处。
P 强化经费保障。落实教育经费“两个只增不减”要求，优化教育支出结构，提高资金使用效益。
P 严格督查考核。局督导室将要点任务纳入年度督导考核，定期通报工作进展，对推进不力的单位予以约谈。
""",
)

# --------------------------------------------------------------------------- 05 新点 Epoint, <span> label + <em> value

P05 = dict(
    slug="05-anhui-huoqiu-epoint-2023-plan",
    url="https://www.huoqiu.gov.cn/public/6615001/35012345.html",
    headers={},
    encoding="utf-8",
    what="新点 Epoint article (ewb-* classes); each label in a <span>, its value in an <em>; items numbered "
         "through with mixed 1． 2、 3. markers; a zero-width space (&#8203;) after one marker and inside one text, "
         "a <wbr> in another; one item's 一是…二是…三是 inline; no HTTP headers at all",
    expect=dict(title="霍邱县2023年教育工作要点", pub_date="2023-04-12", publisher="霍邱县教育局",
                plan_year=2023, doc_kind="plan"),
    must_not_appear=["信息来源", "发布时间", "阅读次数", "【字号", "【打印】", "【关闭】", "皖ICP备", "扫一扫"],
    template="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<meta name="renderer" content="webkit">
<title>霍邱县2023年教育工作要点_霍邱县人民政府</title>
<link rel="stylesheet" href="/css/common.css">
<link rel="stylesheet" href="/css/ewb-article.css">
<script src="/js/lib/jquery.min.js"></script>
<script src="/js/ewb-common.js"></script>
</head>
<body>
<div class="ewb-header"><div class="ewb-container"><a class="ewb-logo" href="/"><img src="/images/logo.png" alt="霍邱县人民政府"></a>
<div class="ewb-search"><input type="text" class="ewb-search-input" placeholder="请输入搜索内容"><a class="ewb-search-btn" href="javascript:;">搜索</a></div></div></div>
<div class="ewb-nav"><ul class="ewb-container"><li class="ewb-nav-item"><a href="/">首页</a></li><li class="ewb-nav-item"><a href="/public/column/6615001">信息公开</a></li>
<li class="ewb-nav-item"><a href="/site/tpl/4467">政务服务</a></li><li class="ewb-nav-item"><a href="/site/tpl/4468">政民互动</a></li></ul></div>
<div class="ewb-container">
<div class="ewb-location">当前位置：<a href="/">首页</a> &gt; <a href="/public/column/6615001">信息公开</a> &gt; <span>计划规划</span></div>
<div class="ewb-article">
<h2 class="ewb-article-tt">霍邱县2023年教育工作要点</h2>
<div class="ewb-article-sources">
<span>信息来源：</span><em>霍邱县教育局</em>
<span>发布时间：</span><em>2023-04-12 16:08</em>
<span>阅读次数：</span><em id="viewCount">1024</em>
<span class="ewb-article-tool">【字号：<a href="javascript:;" data-size="18">大</a> <a href="javascript:;" data-size="16">中</a> <a href="javascript:;" data-size="14">小</a>】
【<a href="javascript:window.print();">打印</a>】【<a href="javascript:window.close();">关闭</a>】</span>
</div>
<div class="ewb-article-info" id="mainContent">
{content}
</div>
<div class="ewb-article-qr"><img src="/qrcode?url=35012345"><p>扫一扫在手机打开当前页</p></div>
<div class="ewb-article-page"><p>上一篇：<a href="/public/6615001/35012001.html">霍邱县2023年义务教育招生入学工作实施方案</a></p>
<p>下一篇：<a href="/public/6615001/35012788.html">霍邱县2023年学生资助工作要点</a></p></div>
</div></div>
<div class="ewb-footer"><div class="ewb-container">
<p>主办单位：霍邱县人民政府办公室　　承办单位：霍邱县数据资源管理局</p>
<p>网站标识码：3415220001　　<a href="https://beian.miit.gov.cn">皖ICP备05001234号</a>　　皖公网安备 34152202000101号</p>
</div></div>
<script>$(function(){ $.get('/api/viewcount?id=35012345', function(n){ $('#viewCount').text(n); }); });</script>
</body>
</html>
""",
    spec="""
S 一、|坚持立德树人，推进“五育”融合发展
I 1．|加强思想政治教育。深入实施新时代立德树人工程，推进习近平新时代中国特色社会主义思想进校园、进课堂、进头脑，打造思政“金课”20节。
I 2、|提升体育美育水平。开展校园足球、篮球联赛，组建县级&#8203;艺术团队12个，学生体质健康达标率达到92%以上。
I 3.|强化劳动教育。每所学校建设劳动实践基地不少于1处，全县建设县级劳动教育实践基地3个。
S 二、|坚持优质均衡，推进各类教育协调发展
I 4．|推进学前教育普惠发展。新建城区公办幼儿园2所、农村公办幼儿园4所，普惠性幼儿园在园幼儿占比达到90%以上。
I 5、|推进义务教育优质均衡发展。
X 一是|加快城区学校建设，确保霍邱县城西小学、城南初级中学秋季投入使用，新增学位3200个；
X 二是|改善农村学校办学条件，完成农村学校厕所改造46所、食堂改造15所；
X 三是|规范招生入学管理，严格落实“公民同招”和免试就近入学政策。
I 6.|推进普通高中特色发展。支持霍邱一中创建省级示范高中，推进霍邱二中、霍邱师范特色课程建设。
I 7．|推进职业教育提质增效。推动霍邱县职业学校与六安技师学院合作办学，建设省级示范专业点2个。
S 三、|坚持改革创新，激发教育发展活力
I 8、|深化教育评价改革。落实《深化新时代教育评价改革总体方案》，建立中小学校办学质量评价指标体系。
I 9.&#8203;|推进教育数字化转型。建设县级智慧教育平台，实现优质数字教育资源城乡共享，“三个课堂”常态化应用覆盖所有农村学校。
I 10．|深化集团化办学改革。组建城乡教育共同体15个，实现乡镇<wbr>中心学校全覆盖。
S 四、|坚持从严治校，筑牢安全稳定防线
I 11、|加强校园安全管理。推进校园安全“三防”建设，专职保安配备率、校园封闭化管理率达到100%。
I 12.|抓好学生防溺水工作。开展“防溺水”专题教育，实现家长告知书、安全承诺书签订全覆盖。
I 13．|加强学校卫生健康工作。做好传染病防控，中小学校卫生室（保健室）设置率达到100%。
I 14、|推进平安校园创建。年内创建市级平安校园示范校5所，全县平安校园达标率达到100%。
""",
)

# --------------------------------------------------------------------------- 06 school district, <td class="content">, BOM + gb2312 meta

P06 = dict(
    slug="06-guangdong-guicheng-td-content-bom-2020-plan",
    url="http://www.guicheng.edu.cn/news_view.asp?id=2871",
    headers={"Content-Type": "text/html"},
    encoding="utf-8-bom",
    what="街道 school-district site, old table layout with the body in <td class=\"content\">; UTF-8 with a BOM "
         "under a gb2312 meta (the BOM is right); 时间：/信息来源：/点击数 line; every section's items in one <p> "
         "separated by <br><br> and indented with &#12288;&#12288;; items 1、 restarting per section",
    expect=dict(title="桂城街道2020年教育工作要点", pub_date="2020-03-05", publisher="桂城街道教育局",
                plan_year=2020, doc_kind="plan"),
    must_not_appear=["点击数", "信息来源", "时间：", "【关闭窗口】", "【打印此页】", "粤ICP备", "友情链接"],
    style=dict(section="p_b", join="brbr", indent="&#12288;&#12288;", p=""),
    template="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>桂城街道2020年教育工作要点--桂城教育信息网</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="images/banner.jpg" width="980" height="150"></td></tr>
<tr><td class="menu" height="36"><a href="index.asp">首 页</a> | <a href="news.asp?cid=1">教育动态</a> | <a href="news.asp?cid=2">通知公告</a> | <a href="news.asp?cid=3">学校风采</a> | <a href="news.asp?cid=4">招生专栏</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="230" valign="top" class="left">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lefttitle">通知公告</td></tr>
<tr><td><a href="news_view.asp?id=2866">关于2020年春季延期开学期间线上教学安排的通知</a></td></tr>
<tr><td><a href="news_view.asp?id=2859">桂城街道2019年教育工作总结</a></td></tr></table>
<table width="100%"><tr><td class="lefttitle">友情链接</td></tr><tr><td><a href="http://www.nanhai.gov.cn">南海区政府网</a></td></tr></table>
</td>
<td width="750" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="weizhi" height="30">当前位置：<a href="index.asp">首页</a> &gt;&gt; <a href="news.asp?cid=2">通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td class="newstitle" align="center" height="50"><b>桂城街道2020年教育工作要点</b></td></tr>
<tr><td class="newsinfo" align="center">时间：2020-03-05　　信息来源：桂城街道教育局　　点击数：<script src="count.asp?id=2871"></script></td></tr>
<tr><td class="content" valign="top">
{content}
</td></tr>
<tr><td align="right" height="30">【<a href="javascript:window.print()">打印此页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="sxp">上一篇：<a href="news_view.asp?id=2866">关于2020年春季延期开学期间线上教学安排的通知</a><br>下一篇：<a href="news_view.asp?id=2875">桂城街道2020年中小学招生工作方案</a></td></tr>
</table>
</td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
<tr><td align="center" height="80">主办单位：佛山市南海区桂城街道教育局　地址：佛山市南海区桂城南海大道北88号<br>
<a href="https://beian.miit.gov.cn">粤ICP备05012345号</a>　网站标识码：暂无　技术支持：南海区教育信息中心</td></tr>
</table>
</body>
</html>
""",
    spec="""
P 为全面贯彻落实全国、省、市、区教育工作会议精神，进一步提升桂城教育发展水平，结合街道实际，制定本要点。
S 一、|加强党建引领
I 1、|巩固“不忘初心、牢记使命”主题教育成果，落实中小学校党组织领导的校长负责制试点任务，年内完成试点学校5所。
I 2、|加强教育系统党风廉政建设，落实“一岗双责”，开展廉政警示教育不少于2次。
I 3、|推进基层党组织标准化建设，实现学校党组织标准化建设达标率100%。
S 二、|优化教育资源配置
I 1、|加快推进平洲第二实验小学、灯湖小学等学校建设，年内新增公办学位2700个。
I 2、|推进公办幼儿园建设，新增公办幼儿园2所，公办幼儿园和普惠性民办幼儿园在园幼儿占比达到80%。
I 3、|完成12所学校功能场室升级改造，改善办学条件。
S 三、|提升教育教学质量
I 1、|深化“品质课堂”建设，开展课堂教学展示活动不少于30场，推动信息技术与学科教学深度融合。
I 2、|完善教学质量监测与评价机制，开展小学三年级、初中二年级学业质量监测。
I 3、|加强特色学校建设，新增区级以上特色学校4所。
S 四、|加强教师队伍建设
I 1、|实施“名师引领”工程，新建名师工作室6个，培养街道级骨干教师100名。
I 2、|做好新教师招聘和入职培训工作，新教师岗前培训率达到100%。
I 3、|落实教师待遇保障政策，确保教师平均工资收入水平不低于当地公务员平均工资收入水平。
""",
)

PAGES = [P01, P02, P03, P04, P05, P06] + MORE_PAGES
