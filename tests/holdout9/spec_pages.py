"""Hand-written specs of the ninth holdout's pages: template, metadata, body text and what a reader records.

Set 9 is about document structure: 工作要点 with （1） and ①②③ sub-items, a 计划 whose sections are
（一）, 推进情况/进展 reports with inline 一是 and a section of plain paragraphs, a 学期 plan with a
周次 schedule after its last item, bold 1、 lead sentences restarting per section with continuation
paragraphs that begin with a number, a <br> layout where a heading and its first item share a <p>,
twelve sections and 55 items, notices with and without the plan on the page, a 工作总结 looking ahead.
The plan texts were written for this set; the places are real, the figures are not.
"""

from __future__ import annotations


def footer(site: str, code: str, icp: str, extra: str = "") -> str:
    return f"""<div class="footer">
  <div class="footer-links"><a href="/about.html">关于本网</a> | <a href="/sitemap.html">网站地图</a> | <a href="/contact.html">联系我们</a> | <a href="https://zfwzzc.www.gov.cn/" target="_blank">政府网站找错</a></div>
  <p>主办单位：{site}　{extra}</p>
  <p>网站标识码：{code}　<a href="https://beian.miit.gov.cn/">{icp}</a></p>
  <p><img src="/images/dzjg.png" alt="党政机关"> 建议使用1366×768分辨率浏览本网站</p>
</div>"""


def pager(prev: str, nxt: str) -> str:
    return f"""<div class="pre-next">
  <p>上一篇：<a href="/content/prev.html">{prev}</a></p>
  <p>下一篇：<a href="/content/next.html">{nxt}</a></p>
</div>"""


TOOLS = """<div class="article-tools">
  <span>【字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
  <span>【<a href="javascript:window.print();">打印本页</a>】</span><span>【<a href="javascript:window.close();">关闭窗口</a>】</span>
  <span class="share">分享到：<a class="wx" href="#">微信</a><a class="wb" href="#">微博</a></span>
</div>"""

TOOLS_FURNITURE = ["分享到", "微博"]

NAN_KANG = {
    "slug": "01-nankang-yaodian-sub-1-and-circled",
    "what": "江西 district 教科体局 工作要点: 信息公开 table (标题/索引号/文号/发文日期/发布机构); 一、 sections, "
            "items 1.–20. numbered through; items 3 and 14 carry （1）（2） sub-items on their own paragraphs, "
            "item 9 carries ①②③ inline; closing signature",
    "url": "http://www.nkjy.gov.cn/nkjy/c104573/202403/b7c6a0f5e3b14f56a1d2f0e4b38a7c11.shtml",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "赣州市南康区2024年教育工作要点", "notice_title": None,
               "index_no": "K36070300/2024-0031506", "doc_no": "南教体字〔2024〕9号", "pub_date": "2024-03-01",
               "publisher": "赣州市南康区教育科技体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": TOOLS_FURNITURE + ["浏览次数", "赣ICP备", "相关文章", "扫一扫"],
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>赣州市南康区2024年教育工作要点 - 赣州市南康区教育科技体育局</title>
<link rel="stylesheet" href="/nkjy/css/common.css">
<script src="/nkjy/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header">
  <div class="logo"><img src="/nkjy/images/logo.png" alt="赣州市南康区教育科技体育局"></div>
  <ul class="nav"><li><a href="/">首页</a></li><li><a href="/nkjy/c104570/">机构概况</a></li><li><a href="/nkjy/c104573/">政府信息公开</a></li><li><a href="/nkjy/c104580/">教育动态</a></li><li><a href="/nkjy/c104590/">政民互动</a></li></ul>
</div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/nkjy/c104573/">政府信息公开</a> &gt; <a href="/nkjy/c104573/list.shtml">计划总结</a></div>
<div class="main">
  <table class="xxgk-table" width="100%" border="0" cellspacing="1" cellpadding="0">
    <tr><td class="label" width="12%">标　　题</td><td colspan="3">赣州市南康区2024年教育工作要点</td></tr>
    <tr><td class="label">索 引 号</td><td width="38%">K36070300/2024-0031506</td><td class="label" width="12%">文　　号</td><td>南教体字〔2024〕9号</td></tr>
    <tr><td class="label">发文日期</td><td>2024-03-01</td><td class="label">发布机构</td><td>赣州市南康区教育科技体育局</td></tr>
  </table>
  <div class="article">
    <h1 class="article-title">赣州市南康区2024年教育工作要点</h1>
    <div class="article-sub">浏览次数：<span id="hits">1268</span></div>
    <div class="article-body" id="articleBody">
{content}
    </div>
""" + TOOLS + pager("南康区2024年春季学期中小学开学工作方案", "南康区2023年教育工作总结") + """
    <div class="related"><h3>相关文章</h3><ul><li><a href="#">南康区召开2024年教育工作会议</a></li><li><a href="#">南康区2023年教育事业统计公报</a></li></ul></div>
    <div class="qr"><img src="/nkjy/images/qr.png"><p>扫一扫在手机打开当前页</p></div>
  </div>
</div>
""" + footer("赣州市南康区教育科技体育局", "3607030041", "赣ICP备05004218号-3") + """
<script>$.get('/nkjy/hits.do?id=b7c6a0f5', function(n){ $('#hits').text(n); });</script>
</body>
</html>
""",
    "spec": """
P 2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。全区教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，落实立德树人根本任务，深入实施教育强区战略，奋力打造赣南教育高质量发展示范区。
S 一、|坚持党建引领，筑牢教育发展政治根基
I 1.|深化理论武装。坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，严格落实“第一议题”制度，全年组织党组理论学习中心组专题学习不少于12次。
I 2.|全面落实党组织领导的校长负责制。完善学校党组织会议、校长办公会议议事规则，年内实现全区公办中小学全覆盖，民办学校党组织“两个覆盖”率保持100%。
I 3.|加强基层党组织建设。以提升组织力为重点，抓好以下工作：
U （1）|开展“一校一品”党建品牌创建，年内培育区级示范党建品牌10个；
U （2）|实施党组织书记“头雁”培训，全年轮训学校党组织书记120人次；
U （3）|设立党员教师“先锋岗”，党员教师承担校级以上公开课比例不低于40%。
I 4.|从严落实全面从严治党责任。压紧压实“一岗双责”，常态化开展廉政风险排查，严肃查处教育领域侵害群众利益的不正之风和腐败问题。
S 二、|坚持立德树人，促进学生全面发展
I 5.|推进大中小学思政课一体化建设。组建区级思政课教研共同体，开展思政课教学展评活动，打造思政“金课”20节。
I 6.|加强体育和美育工作。落实中小学生每天综合体育活动时间不低于2小时要求，开齐开足体育与健康课程，组建校园足球、篮球特色队伍50支，举办全区中小学生艺术展演。
I 7.|强化劳动教育和心理健康教育。建设区级劳动教育实践基地5个，配齐专兼职心理健康教师，中小学心理辅导室建设达标率达到100%。
S 三、|坚持优质均衡，扩大教育资源供给
I 8.|推进学前教育普及普惠。新建、改扩建公办幼儿园4所，新增公办学位1080个，公办园在园幼儿占比达到58%以上。
I 9.|推动义务教育优质均衡发展。实施“强校提质”工程，重点推进三项工作：
X ①|新建南康区第五中学，新增学位2400个；
X ②|改扩建唐江镇中心小学等6所学校，消除56人以上大班额；
X ③|推进12所乡村小规模学校提质改造，改善寄宿条件。
I 10.|办好特色普通高中。支持南康中学创建省级示范性高中，推动普通高中多样化特色发展，本科上线人数稳中有升。
I 11.|加快职业教育提质培优。深化产教融合，围绕家具产业开设订单班8个，中职毕业生就业率保持在95%以上。
S 四、|坚持改革创新，激发教育发展活力
I 12.|深化教育评价改革。坚决扭转唯分数、唯升学倾向，完善中小学办学质量评价体系，开展学校发展性评价试点。
I 13.|推进集团化办学。新组建城乡教育集团3个，推动城区优质学校与乡村学校结对帮扶全覆盖。
I 14.|推进教育数字化转型。重点做好以下工作：
U （1）|建成区级智慧教育平台，实现优质数字资源“班班通”全覆盖；
U （2）|开展教师信息技术应用能力提升培训，全年培训教师3000人次。
I 15.|规范民办教育和校外培训。落实民办学校年检制度，常态化开展校外培训机构专项治理，严查隐形变异违规培训。
S 五、|坚持强师兴教，建设高素质教师队伍
I 16.|加强师德师风建设。将师德表现作为教师资格定期注册、职称评聘、评优评先的首要标准，严格落实师德失范“一票否决”。
I 17.|补充优化教师队伍。公开招聘中小学教师260名，统筹推进县管校聘改革，城区学校教师到乡村学校交流轮岗比例不低于15%。
I 18.|落实教师待遇保障。确保义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平，持续改善乡村教师周转宿舍条件。
S 六、|坚持守牢底线，维护教育安全稳定
I 19.|抓好校园安全管理。健全校园安全风险防控体系，推进中小学幼儿园“一键报警”和视频监控联网全覆盖，开展防溺水、交通安全专项教育。
I 20.|维护教育系统和谐稳定。完善教育舆情监测和处置机制，畅通家长投诉渠道，及时化解矛盾纠纷。
C 赣州市南康区教育科技体育局
C 2024年2月28日
""",
}

SAN_TAI = {
    "slug": "02-santai-jihua-paren-sections",
    "what": "四川 county 教体局 工作计划, GBK declared gbk: 时间/来源 header line with 2024年3月8日; sections are "
            "（一）…（五） with no 一、 level; items 1. restart in each section",
    "url": "http://www.santai.gov.cn/zwgk/fdzdgknr/ghjh/content_1186023.html",
    "headers": {"content-type": "text/html"},
    "encoding": "gbk",
    "style": "pj",
    "expect": {"title": "三台县教育和体育局2024年工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-08", "publisher": "三台县教育和体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["时间：", "来源：", "【我要纠错】", "蜀ICP备", "公安备案"],
    "html": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>三台县教育和体育局2024年工作计划_三台县人民政府</title>
<meta name="keywords" content="三台县,教育和体育局,工作计划" />
<link href="/css/index.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.js"></script>
</head>
<body>
<div id="top"><div class="wrap"><span class="date"><script>document.write(new Date().toLocaleDateString());</script></span>
<a href="/">首页</a> | <a href="/wza/">无障碍</a> | <a href="/en/">English</a></div></div>
<div id="nav"><ul><li><a href="/">网站首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjst/">走进三台</a></li></ul></div>
<div class="wrap">
  <div class="location">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/fdzdgknr/">法定主动公开内容</a> &gt;&gt; 规划计划</div>
  <div class="content_box">
    <div class="content_title">三台县教育和体育局2024年工作计划</div>
    <div class="content_info">时间：2024年3月8日&nbsp;&nbsp;&nbsp;&nbsp;来源：三台县教育和体育局&nbsp;&nbsp;&nbsp;&nbsp;【<a href="/jc/">我要纠错</a>】&nbsp;&nbsp;【<a href="javascript:window.print()">打印本页</a>】&nbsp;&nbsp;【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
    <div class="content_text" id="content_text">
{content}
    </div>
    <div class="content_close"><a href="javascript:window.close()">【关闭窗口】</a></div>
  </div>
""" + pager("三台县2024年学校安全工作要点", "三台县2023年教育工作总结") + """
</div>
<div id="foot">
  <p>主办单位：三台县人民政府办公室　承办单位：三台县大数据中心</p>
  <p>网站标识码：5107220003　<a href="https://beian.miit.gov.cn/">蜀ICP备10201537号</a>　<img src="/images/ga.png" />川公网安备 51072202000131号（公安备案）</p>
  <p><a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div>
</body>
</html>
""",
    "spec": """
P 2024年，全县教育体育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，紧紧围绕“建设教育强县”目标，坚持稳中求进、提质增效，着力办好人民满意的教育和体育。现将全年工作计划如下。
S （一）|着力强化党建引领
I 1.|抓实政治理论学习。坚持局党组理论学习中心组每月集中学习制度，全年开展专题研讨6次以上，推动党的创新理论进校园、进课堂。
I 2.|夯实基层党建基础。推进学校党组织标准化规范化建设，年内创建“五好”党支部15个，发展优秀青年教师入党30名。
I 3.|持续正风肃纪。深化教育系统“以案促改”，开展违规收费、有偿补课等问题专项整治，全年开展廉政谈话不少于80人次。
S （二）|着力扩大优质资源
I 1.|加快学校建设项目。续建三台县第三实验小学，开工建设芦溪镇初级中学综合楼，新增义务教育学位1620个。
I 2.|发展普惠性学前教育。新增普惠性民办幼儿园3所，学前三年毛入园率稳定在95%以上，普惠性幼儿园覆盖率达到92%。
I 3.|推进县域高中振兴。实施普通高中“强基计划”，加强与绵阳城区优质高中的合作办学，力争一本上线率提高2个百分点。
S （三）|着力提升育人质量
I 1.|深化课堂教学改革。推广“学为中心”课堂教学模式，评选县级优质课100节，组织送教下乡活动20场次。
I 2.|加强学生体质健康。全面落实“双减”和“五项管理”，国家学生体质健康标准测试合格率达到93%以上，近视率较上年下降1个百分点。
I 3.|办好特殊教育和继续教育。适龄残疾儿童少年入学率保持在97%以上，推进送教上门规范化，广泛开展社区教育和老年教育。
S （四）|着力建强教师队伍
I 1.|加强教师培养培训。实施“名师名校长”培养工程，遴选县级骨干教师150名，教师全员培训完成率达到100%。
I 2.|深化教师管理改革。推进中小学教师“县管校聘”管理改革，统筹调配城乡教师编制，完成教师交流轮岗220人。
I 3.|关心关爱教师。落实乡村教师生活补助政策，组织教师健康体检，开展优秀教师表彰活动。
S （五）|着力推动体育事业发展
I 1.|广泛开展全民健身。新建全民健身路径20条，举办县运会、“村BA”等群众性赛事活动40场次以上。
I 2.|提升竞技体育水平。加强县业余体校建设，选拔输送优秀运动员苗子10名以上，力争在市运会上取得新突破。
C 三台县教育和体育局
C 2024年3月6日
""",
}

YI_LING = {
    "slug": "03-yiling-tuijin-inline-yishi",
    "what": "湖北 district 教育局 上半年推进情况, metadata only in <meta> tags (ArticleTitle/PubDate/ContentSource); "
            "一、 sections; section 一 has （一）…（六） items, five with 一是…二是…三是… inline; section 二 "
            "(存在的问题) is plain paragraphs; section 三 (下一步工作打算) has items 1.–5.; TRS Custom_UnionStyle body",
    "url": "http://www.yiling.gov.cn/xxgk/xxgkml/ghjh/202407/t20240712_1083517.shtml",
    "headers": {"content-type": "text/html; charset=UTF-8"},
    "encoding": "utf-8",
    "style": "pspan",
    "expect": {"title": "夷陵区教育局2024年上半年重点工作推进情况", "notice_title": None, "index_no": None,
               "doc_no": None, "pub_date": "2024-07-12", "publisher": "夷陵区教育局", "plan_year": 2024,
               "doc_kind": "report"},
    "must_not_appear": ["鄂ICP备", "鄂公网安备", "【打印】", "【关闭】", "分享："],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="宜昌市夷陵区人民政府">
<meta name="SiteDomain" content="www.yiling.gov.cn">
<meta name="SiteIDCode" content="4205060009">
<meta name="ColumnName" content="规划计划">
<meta name="ArticleTitle" content="夷陵区教育局2024年上半年重点工作推进情况">
<meta name="PubDate" content="2024-07-12 16:20">
<meta name="ContentSource" content="夷陵区教育局">
<meta name="Keywords" content="教育,推进情况">
<title>夷陵区教育局2024年上半年重点工作推进情况</title>
<link rel="stylesheet" href="../../../../images/style.css">
<script src="../../../../images/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="w1200"><a href="/">夷陵区人民政府门户网站</a><span class="right"><a href="/wza/">无障碍浏览</a> <a href="/yhzx/">用户中心</a></span></div></div>
<div class="menu w1200"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a><a href="/ylgk/">夷陵概况</a></div>
<div class="w1200 crumb"><a href="/">首页</a> &gt; <a href="../../../">信息公开</a> &gt; <a href="../../">法定主动公开内容</a> &gt; <a href="../">规划计划</a></div>
<div class="w1200 detail">
  <h2 class="detail-title">夷陵区教育局2024年上半年重点工作推进情况</h2>
  <div class="detail-tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a> <span class="bshare">分享：<a href="#" class="wx"></a><a href="#" class="qq"></a></span></div>
  <div class="detail-con">
    <div class="TRS_PreAppend"><div class="Custom_UnionStyle">
{content}
    </div></div>
  </div>
</div>
<div class="w1200 links"><select onchange="window.open(this.value)"><option>-- 市直部门网站 --</option><option value="http://jyj.yichang.gov.cn/">宜昌市教育局</option></select></div>
<div class="footer w1200">
  <p>主办单位：宜昌市夷陵区人民政府办公室　地址：宜昌市夷陵区东湖大道18号</p>
  <p>网站标识码：4205060009　<a href="https://beian.miit.gov.cn/">鄂ICP备05003296号</a>　鄂公网安备 42050602000110号</p>
  <p><a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div>
</body>
</html>
""",
    "spec": """
P 今年以来，区教育局在区委、区政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，紧扣年初确定的目标任务，统筹推进教育改革发展各项工作，总体进展顺利。现将上半年重点工作推进情况报告如下。
S 一、|重点工作推进情况
I （一）|党建引领持续加强。
X 一是|扎实开展党纪学习教育，举办专题读书班2期，覆盖党员干部和学校班子成员260人。
X 二是|全面推行中小学校党组织领导的校长负责制，全区42所公办中小学全部完成章程修订。
X 三是|深化“一校一品”党建品牌建设，新培育区级示范品牌6个。
I （二）|教育资源扩容提质。
X 一是|夷陵区实验小学东湖校区主体完工，预计秋季学期投入使用，新增学位1350个。
X 二是|完成小溪塔高中宿舍楼改造，改善住宿条件学生1800人。
X 三是|新增普惠性幼儿园2所，普惠性幼儿园覆盖率达到94.6%。
I （三）|育人方式深化改革。
X 一是|推进“双减”工作提质增效，课后服务参与率达到96.8%，校外培训机构压减率保持100%。
X 二是|开展“大单元教学”课堂改革试点，遴选试点学校12所，举办区级教学观摩活动8场。
I （四）|教师队伍建设扎实推进。
X 一是|完成2024年新教师招聘计划，招录中小学幼儿园教师85名。
X 二是|组织骨干教师、班主任等各类培训23期，培训教师2100人次。
X 三是|推进义务教育教师交流轮岗，交流教师116人，其中骨干教师占比达到24%。
I （五）|教育民生保障有力。上半年共发放各类学生资助资金1156万元，惠及学生1.2万人次；落实义务教育“两免一补”政策，营养改善计划覆盖农村义务教育学生9800人，做到应助尽助。
I （六）|校园安全形势稳定。
X 一是|开展校园安全隐患大排查大整治，排查整改问题隐患143处。
X 二是|深入开展防溺水专项行动，实现学生、家长安全教育全覆盖，上半年未发生学生溺亡事件。
S 二、|存在的问题
P 上半年各项工作虽取得一定成效，但对照群众期盼和高质量发展要求，仍存在一些短板和不足。城区学位供给压力依然较大，部分城区学校班额偏大；乡村学校优秀教师流失问题仍然存在，学科结构性缺员较为突出。
P 同时，教育数字化建设与先进地区相比仍有差距，部分学校信息化设备老化，应用水平有待提升。
S 三、|下一步工作打算
I 1.|确保秋季学期顺利开学。做好新建学校开办、招生入学、教师调配等工作，确保实验小学东湖校区9月1日如期开学。
I 2.|持续推进教育优质均衡。迎接义务教育优质均衡发展督导评估，补齐设施设备和师资配备短板。
I 3.|全面提升教育教学质量。加强中考、高考备考研究，深化集团化办学改革，推动城乡学校共同体建设。
I 4.|加快教育数字化转型。年内完成30所学校智慧教室建设，开展教师数字素养提升培训1000人次。
I 5.|坚决守牢安全底线。持续开展校园安全专项整治，做好汛期、暑期安全工作，确保师生生命财产安全。
C 夷陵区教育局
C 2024年7月10日
""",
}

SHOU_GUANG = {
    "slug": "04-shouguang-xueqi-jiaoyan-schedule",
    "what": "山东 county-level city 教体局 2024-2025学年第一学期 教研 plan on a VSB (博达) template: "
            "发布时间 2024/9/2 and 作者/来源 in one info line; 一、指导思想 is text only; items 1. restart per "
            "section; after the last item “附：…行事历” and 周次 lines (closing text, no item)",
    "url": "http://jtj.shouguang.gov.cn/info/1093/21874.htm",
    "headers": {"content-type": "text/html;charset=UTF-8"},
    "encoding": "utf-8",
    "style": "emsp",
    "expect": {"title": "寿光市2024-2025学年第一学期教学研究工作计划", "notice_title": None, "index_no": None,
               "doc_no": None, "pub_date": "2024-09-02", "publisher": "寿光市教育和体育局", "plan_year": 2024,
               "doc_kind": "plan"},
    "must_not_appear": ["发布时间：", "点击数：", "鲁ICP备", "作者：", "【关闭】"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>寿光市2024-2025学年第一学期教学研究工作计划-寿光市教育和体育局</title>
<META Name="keywords" Content="寿光市教育和体育局,教学研究,工作计划" />
<link rel="stylesheet" type="text/css" href="../../style/style.css">
<script language="javascript" src="/system/resource/js/dynclicks.js"></script>
<script language="javascript" src="/system/resource/js/openlink.js"></script>
</head>
<body>
<div class="head"><div class="logo"><img src="../../images/logo.png"></div>
<div class="search"><form action="../../search.jsp?wbtreeid=1001" method="post"><input type="text" name="showkeycode" value="请输入关键字"><input type="submit" value="搜索"></form></div></div>
<div class="nav"><ul><li><a href="../../index.htm">首页</a></li><li><a href="../../jyxw.htm">教育新闻</a></li><li><a href="../../zwgk.htm">政务公开</a></li><li><a href="../../jyjx.htm">教研教学</a></li><li><a href="../../hdjl.htm">互动交流</a></li></ul></div>
<div class="list_main">
<div class="list_left"><h2>政务公开</h2><ul><li><a href="../../zwgk/tzgg.htm">通知公告</a></li><li class="on"><a href="../../zwgk/jhzj.htm">计划总结</a></li><li><a href="../../zwgk/zcwj.htm">政策文件</a></li></ul></div>
<div class="list_right">
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../zwgk.htm">政务公开</a> &gt;&gt; <a href="../../zwgk/jhzj.htm">计划总结</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname">
<div class="content">
  <h1 align="center">寿光市2024-2025学年第一学期教学研究工作计划</h1>
  <div class="info" align="center">发布时间：2024/9/2&nbsp;&nbsp;&nbsp;&nbsp;作者：教研室&nbsp;&nbsp;&nbsp;&nbsp;来源：寿光市教育和体育局&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script>_showDynClicks("wbnews", 1683244971, 21874)</script></div>
  <div id="vsb_content"><div class="v_news_content">
{content}
  </div></div>
  <div id="div_vote_id"></div>
</div>
<div class="print">【<a href="javascript:window.print()">打印本页</a>】 【<a href="javascript:window.close()">关闭</a>】</div>
<div class="nextpre">
  <div>上一篇：<a href="21860.htm">寿光市2024年秋季学期中小学开学工作通知</a></div>
  <div>下一篇：<a href="21890.htm">寿光市2024年教师节表彰名单公示</a></div>
</div>
</form>
</div>
</div>
<div class="foot">
  <p>版权所有：寿光市教育和体育局　地址：寿光市金光街1099号　主办单位：寿光市教育和体育局</p>
  <p>网站标识码：3707830022　<a href="https://beian.miit.gov.cn">鲁ICP备12016581号</a>　技术支持：博达软件</p>
</div>
</body>
</html>
""",
    "spec": """
S 一、|指导思想
P 以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，以新课程新教材实施为抓手，以课堂教学改革为重点，充分发挥教研工作研究、指导、服务职能，推动全市基础教育质量持续提升。
S 二、|聚焦课堂教学改革
I 1.|深入推进新课标落地。组织义务教育各学科新课标专题培训，本学期实现学科教师培训全覆盖，每所学校至少开展1次新课标校本研讨。
I 2.|推广单元整体教学。各学科遴选单元整体教学典型案例，11月份举办全市单元整体教学展示活动，评选优秀案例60个。
I 3.|规范作业设计与管理。指导学校建立作业公示和质量评估制度，开展分层作业设计评选，小学一二年级不布置书面家庭作业。
I 4.|深化高中新高考研究。加强选科走班指导，组织高三一轮复习视导，召开高考备考研讨会2次。
S 三、|加强教研队伍建设
I 1.|健全三级教研网络。完善市、教研片、学校三级教研体系，每个教研片至少开展联合教研活动4次。
I 2.|培养青年骨干教师。实施青年教师“青蓝工程”，组织青年教师基本功比赛，新认定市级学科带头人40名。
I 3.|提升教研员专业能力。教研员每学期听课评课不少于60节，每人主持或参与一项市级以上课题研究。
S 四、|深化质量监测评价
I 1.|做好学业质量监测。组织期中、期末质量抽测，开展监测数据分析反馈，形成学科质量分析报告。
I 2.|推进综合素质评价。完善中小学生综合素质评价平台，规范写实记录和档案管理。
I 3.|加强教学视导。分学段开展教学常规视导，覆盖全部中小学，形成问题清单并跟踪整改。
S 五、|推进特色教研
I 1.|加强课题研究管理。做好省市级课题的开题、中期检查和结题鉴定工作，推广优秀教学成果10项。
I 2.|推动教研数字化。依托寿光教育云平台开展网络教研，建设学科精品课程资源200节。
C 附：2024-2025学年第一学期教研工作行事历
C 第1周（9月2日—9月8日）：开学教学常规检查，制订学科教研计划。
C 第2—3周（9月9日—9月22日）：新课标专题培训；高一选科指导。
C 第4—6周（9月23日—10月13日）：青年教师基本功比赛；教研片联合教研。
C 第7—9周（10月14日—11月3日）：中小学教学视导；高三一轮复习视导。
C 第10—12周（11月4日—11月24日）：期中质量抽测与分析；单元整体教学展示。
C 第13—16周（11月25日—12月22日）：课题中期检查；精品课程资源评选。
C 第17—20周（12月23日—2025年1月19日）：期末复习指导与质量监测，学期教研工作总结。
""",
}

HUO_SHAN = {
    "slug": "05-huoshan-bold-lead-restart",
    "what": "安徽 county 教育局 工作计划 pasted from Word (MsoNormal, <o:p>), GBK declared GBK; 信息公开 table "
            "with spaced labels; items 1、 restart per section, marker and lead sentence in <b>; item 二.2 runs "
            "over three paragraphs, item 三.1 over a paragraph beginning “2024年底前，”, item 四.2 over one "
            "beginning “100%的学校”",
    "url": "https://www.ahhuoshan.gov.cn/public/6616321/36419855.html",
    "headers": {"content-type": "text/html; charset=GBK"},
    "encoding": "gbk",
    "style": "mso",
    "expect": {"title": "霍山县教育局2024年工作计划", "notice_title": None, "index_no": "003212557/202402-00018",
               "doc_no": None, "pub_date": "2024-02-26", "publisher": "霍山县教育局", "plan_year": 2024,
               "doc_kind": "plan"},
    "must_not_appear": ["皖ICP备", "信息来源", "生效时间", "扫一扫"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>霍山县教育局2024年工作计划_霍山县人民政府信息公开网</title>
<link rel="stylesheet" href="/public/css/xxgk.css">
<script src="/public/js/jquery.js"></script>
</head>
<body>
<div class="gk-top"><span>霍山县人民政府信息公开网</span><a href="/">返回首页</a></div>
<div class="gk-pos">当前位置：<a href="/public/">信息公开</a> &gt; <a href="/public/6616321/">霍山县教育局</a> &gt; 计划总结</div>
<div class="gk-main">
<div class="gk-meta">
<table class="table_suoyin" cellpadding="0" cellspacing="0">
<tr><th>索 引 号：</th><td>003212557/202402-00018</td><th>信息分类：</th><td>计划总结</td></tr>
<tr><th>发布机构：</th><td>霍山县教育局</td><th>生成日期：</th><td>2024-02-26</td></tr>
<tr><th>文　　号：</th><td></td><th>生效时间：</th><td>长期</td></tr>
<tr><th>标　　题：</th><td colspan="3">霍山县教育局2024年工作计划</td></tr>
</table>
</div>
<div class="wz_title"><h1>霍山县教育局2024年工作计划</h1></div>
<div class="wz_zoom" id="wenzhang">
<div class="WordSection1" style="layout-grid:15.6pt">
{content}
</div>
</div>
<div class="wz_tools"><span>信息来源：霍山县教育局</span>
<span>【字号 <a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span><span>【<a href="javascript:window.print()">打印本页</a>】</span><span>【<a href="javascript:window.close()">关闭窗口</a>】</span></div>
<div class="wz_qr"><img src="/public/qr/36419855.png">扫一扫在手机上查看当前页面</div>
""" + pager("霍山县2023年教育工作总结", "霍山县2024年学校安全工作要点") + """
</div>
<div class="gk-foot"><p>主办单位：霍山县人民政府办公室　网站标识码：3415250001</p><p><a href="https://beian.miit.gov.cn/">皖ICP备05010688号</a>　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p></div>
</body>
</html>
""",
    "spec": """
P 2024年，全县教育系统将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，围绕“办好人民满意的教育”目标，着力补短板、强弱项、提质量，推动全县教育高质量发展。
S 一、|坚持党建统领，凝聚发展合力
I 1、|**强化政治引领。**深入学习贯彻党的二十大精神，持续开展“四史”学习教育，推动党的创新理论进教材、进课堂、进头脑。
I 2、|**夯实基层基础。**推进中小学校党组织领导的校长负责制落地见效，开展党支部标准化建设“回头看”，年内创建县级示范党支部8个。
I 3、|**加强作风建设。**严格落实中央八项规定及其实施细则精神，持续开展群众身边不正之风和腐败问题集中整治。
S 二、|坚持优先发展，扩大优质供给
I 1、|**推进学前教育普惠发展。**新建衡山镇第二幼儿园，改扩建乡镇中心幼儿园3所，普惠性幼儿园覆盖率稳定在90%以上。
I 2、|**推进义务教育优质均衡。**以创建国家义务教育优质均衡发展县为目标，对照评估指标逐校建立达标台账。
P 按照“缺什么、补什么”的原则，完成与儿街学校、但家庙学校等7所学校功能室改造，补充教学仪器设备价值860万元。
P 同步实施城区学校扩容工程，霍山县第三中学新校区年底前主体完工，城区义务教育大班额保持动态清零。
I 3、|**推进普通高中特色发展。**支持霍山中学创建省级特色示范高中，推进走班教学和生涯规划教育，本科达线率力争提高3个百分点。
S 三、|坚持改革创新，激发办学活力
I 1、|**深化教育数字化转型。**实施“智慧校园”建设工程，推动数字资源在课堂教学中常态化应用。
P 2024年底前，全县中小学实现千兆光纤接入全覆盖，建成智慧教室120间，创建省级智慧学校示范校2所。
I 2、|**推进集团化办学。**组建城乡教育共同体5个，实行管理、教学、教研、考核“四统一”，带动乡村学校整体提升。
I 3、|**深化“双减”工作。**提升课后服务质量，开设科技、艺术、体育等特色课程，严格校外培训机构审批和监管。
S 四、|坚持立德树人，提升育人质量
I 1、|**加强思想政治教育。**用好大别山红色资源，开发红色教育校本课程，组织学生研学实践活动。
I 2、|**加强体育美育劳动教育。**保障学生每天校内体育活动时间不少于1小时，推进校园足球、篮球特色学校建设。
P 100%的学校开齐开足体育、艺术、劳动课程，每名学生掌握1至2项运动技能和1项艺术特长。
I 3、|**加强心理健康教育。**建立学生心理健康档案，每校至少配备1名专兼职心理健康教育教师，定期开展心理健康筛查。
S 五、|坚持强师惠师，建设高素质队伍
I 1、|**加强教师培养培训。**实施“霍山名师”培养计划，遴选县级骨干教师100名，完成教师全员培训任务。
I 2、|**提升教师待遇保障。**落实义务教育教师工资待遇保障长效机制，完善乡村教师生活补助和周转宿舍政策。
C 霍山县教育局
C 2024年2月23日
""",
}

LAI_YUAN = {
    "slug": "06-laiyuan-br-heading-and-item-one-p",
    "what": "河北 county 教育局 工作要点 on an old CMS, GB18030 declared gb18030: each section heading and "
            "its items in ONE <p> split by <br />; items 1.–10. numbered through, item 7 continues on a "
            "<br> line of its own; 发布日期 2024.03.05 / 来源 header line",
    "url": "http://www.laiyuan.gov.cn/Article/ShowArticle.asp?ArticleID=18342",
    "headers": {"content-type": "text/html", "server": "Microsoft-IIS/7.5"},
    "encoding": "gb18030",
    "style": "br",
    "expect": {"title": "涞源县教育局2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-05", "publisher": "涞源县教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["发布日期：", "来源：", "阅读次数", "冀ICP备", "发表评论", "录入："],
    "html": """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>涞源县教育局2024年教育工作要点--涞源县人民政府</title>
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/menu.js"></script>
</head>
<body leftmargin="0" topmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/Skin/top_banner.jpg" width="1000" height="150"></td></tr>
  <tr><td class="menu"><a href="/">网站首页</a> | <a href="/Article/Class.asp?ClassID=2">政务公开</a> | <a href="/Article/Class.asp?ClassID=5">部门动态</a> | <a href="/Article/Class.asp?ClassID=9">办事指南</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="nav_path">您现在的位置：<a href="/">涞源县人民政府</a> &gt;&gt; <a href="/Article/">政务公开</a> &gt;&gt; <a href="/Article/Class.asp?ClassID=12">部门文件</a> &gt;&gt; 正文</td></tr>
  <tr><td align="center" class="main_title"><b>涞源县教育局2024年教育工作要点</b></td></tr>
  <tr><td align="center" class="main_tdbg_575">发布日期：2024.03.05　　来源：涞源县教育局　　录入：admin　　阅读次数：<script language="javascript" src="/Article/GetHits.asp?ArticleID=18342"></script></td></tr>
  <tr><td class="main_content" id="fontzoom" style="font-size:14px;line-height:28px">
{content}
  </td></tr>
  <tr><td align="right">【<a href="/Article/Comment.asp?ArticleID=18342">发表评论</a>】【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
  <tr><td>上一篇：<a href="/Article/ShowArticle.asp?ArticleID=18330">涞源县2024年春季开学安全检查情况通报</a><br>下一篇：<a href="/Article/ShowArticle.asp?ArticleID=18356">涞源县教育局关于开展学雷锋志愿服务活动的通知</a></td></tr>
</table>
<table width="1000" border="0" align="center" class="bottom"><tr><td align="center">
主办单位：涞源县人民政府办公室　承办：涞源县信息中心<br>
网站标识码：1306300001　<a href="https://beian.miit.gov.cn/">冀ICP备09037215号</a>　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a>
</td></tr></table>
</body>
</html>
""",
    "spec": """
P 2024年全县教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，坚持教育优先发展，巩固义务教育基本均衡成果，加快补齐教育短板，为建设经济强县、美丽涞源提供有力的人才支撑。
S 一、|全面加强党的建设
I 1.|加强党对教育工作的全面领导。落实县委教育工作领导小组工作规则，定期研究解决教育发展重大问题，全年召开领导小组会议不少于2次。
I 2.|扎实开展党纪学习教育。以学纪、知纪、明纪、守纪为重点，组织教育系统党员干部开展警示教育，筑牢拒腐防变思想防线。
S 二、|加快补齐办学条件短板
I 3.|实施薄弱学校改造工程。投资3200万元，完成白石山镇中学教学楼、走马驿镇中心小学综合楼建设，改善办学条件。
I 4.|推进城区学校扩容。加快涞源县第二实验小学建设进度，秋季开学前新增学位900个，有效缓解城区入学压力。
I 5.|完善农村寄宿制学校设施。为12所寄宿制学校更新学生床铺、食堂设备，实现学生宿舍冬季供暖全覆盖。
S 三、|着力提升教育教学质量
I 6.|加强教学常规管理。建立县级教学视导制度，每学期对全县中小学教学常规检查一次，检查结果纳入学校年度考核。
I 7.|实施“名校带弱校”工程。组织城区6所学校与14所乡村学校结对，开展同步教研、送教下乡和教师跟岗学习。
P 结对学校每学期开展联合教研活动不少于4次，城区学校每年选派骨干教师到乡村学校支教不少于20人。
I 8.|推进高中教育提质。发挥涞源中学龙头作用，推进分层教学，力争高考本科上线人数突破600人。
S 四、|守牢安全稳定底线
I 9.|强化校园安全防范。落实校园安全“三防”建设标准，专职保安配备率、封闭化管理率、“护学岗”设置率保持100%。
I 10.|做好学校食品安全工作。落实校长陪餐制度，推行“明厨亮灶”，开展学校食堂食品安全专项检查每学期不少于2次。
C 涞源县教育局
C 2024年3月4日
""",
}

LIU_JIANG = {
    "slug": "07-liujiang-twelve-sections-55-items",
    "what": "广西 district 教育局 工作要点 on an Epoint-style template: metadata in label/span rows "
            "(索引号/发布机构/发文日期/文号); twelve sections 一、…十二、; items 1.–55. numbered through",
    "url": "http://www.liujiang.gov.cn/xxgk/bmxxgkml/jyj/ghjh/t20240130_3357012.shtml",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "柳州市柳江区2024年教育工作要点", "notice_title": None,
               "index_no": "11450221MB1J58237K/2024-00015", "doc_no": "江教发〔2024〕3号", "pub_date": "2024-01-30",
               "publisher": "柳州市柳江区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": TOOLS_FURNITURE + ["桂ICP备", "发文日期", "主题分类", "我要纠错"],
    "html": """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>柳州市柳江区2024年教育工作要点_柳州市柳江区人民政府门户网站</title>
<link rel="stylesheet" href="/static/css/ewb-base.css">
<link rel="stylesheet" href="/static/css/ewb-article.css">
</head>
<body>
<div class="ewb-header"><div class="ewb-container"><a class="ewb-logo" href="/"><img src="/static/images/logo.png" alt="柳江区人民政府"></a>
<ul class="ewb-nav"><li><a href="/">首页</a></li><li class="active"><a href="/xxgk/">信息公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div></div>
<div class="ewb-container">
  <div class="ewb-location"><span>当前位置：</span><a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/bmxxgkml/jyj/">区教育局</a> &gt; <a href="/xxgk/bmxxgkml/jyj/ghjh/">规划计划</a></div>
  <div class="ewb-article">
    <div class="ewb-article-xxgk">
      <div class="row"><label>索引号：</label><span>11450221MB1J58237K/2024-00015</span><label>主题分类：</label><span>教育</span></div>
      <div class="row"><label>发布机构：</label><span>柳州市柳江区教育局</span><label>发文日期：</label><span>2024-01-30</span></div>
      <div class="row"><label>文号：</label><span>江教发〔2024〕3号</span><label>有效性：</label><span>有效</span></div>
    </div>
    <h2 class="ewb-article-title">柳州市柳江区2024年教育工作要点</h2>
    <div class="ewb-article-info"><span class="font-size">字号：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a></span></div>
    <div class="ewb-article-content" id="mainText">
{content}
    </div>
""" + TOOLS + pager("柳江区2023年教育工作总结", "柳江区2024年中小学招生工作方案") + """
    <div class="ewb-article-error"><a href="/jc/">我要纠错</a></div>
  </div>
</div>
""" + footer("柳州市柳江区人民政府办公室", "4502210004", "桂ICP备13004021号-1") + """
<script src="/static/js/jquery.min.js"></script><script src="/static/js/ewb-article.js"></script>
</body>
</html>
""",
    "spec": """
P 2024年全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实区委、区政府决策部署，围绕“建设教育强区”目标，聚焦立德树人、优质均衡、改革创新、强师兴教，加快推进全区教育高质量发展。
S 一、|坚持党建引领，全面加强党对教育工作的领导
I 1.|深入学习贯彻党的二十大精神，把学习成果转化为推动教育发展的具体举措。
I 2.|落实中小学校党组织领导的校长负责制，健全党组织会议和校长办公会议制度。
I 3.|深化“党建+教学”融合，每所学校打造1个党建工作特色项目。
I 4.|加强意识形态阵地管理，落实教材、讲座、论坛等审核制度。
I 5.|开展教育系统廉洁文化建设，推进清廉学校创建全覆盖。
S 二、|坚持立德树人，构建德智体美劳全面培养体系
I 6.|推进大中小学思政课一体化建设，开展思政课教师集体备课不少于每月1次。
I 7.|深化铸牢中华民族共同体意识教育，创建民族团结进步示范学校10所。
I 8.|实施学生体质健康促进工程，体质健康测试优良率提高2个百分点。
I 9.|推进美育浸润行动，每名学生掌握1项以上艺术技能。
I 10.|建设区级劳动教育实践基地3个，落实每周不少于1课时劳动教育课。
S 三、|坚持普惠发展，推进学前教育提质扩容
I 11.|新建拉堡镇第三幼儿园，新增公办学位540个。
I 12.|普惠性幼儿园覆盖率达到91%，公办园在园幼儿占比达到55%。
I 13.|开展幼儿园保教质量评估，杜绝“小学化”倾向。
I 14.|推进幼小科学衔接，建立幼小衔接实验园校结对机制。
S 四、|坚持优质均衡，推动义务教育高质量发展
I 15.|启动柳江区实验学校二期建设，新增义务教育学位1800个。
I 16.|推进城乡学校共同体建设，组建教育共同体8个。
I 17.|实施乡村学校“提质计划”，完成15所乡村学校运动场改造。
I 18.|落实“双减”政策，课后服务学校覆盖率和有需求学生参与率均达到100%。
I 19.|规范义务教育招生入学，公办民办学校同步招生。
S 五、|坚持多样发展，提升普通高中办学水平
I 20.|推进柳江中学创建自治区示范性普通高中。
I 21.|深化新课程新教材实施，完善选课走班教学管理。
I 22.|加强高考备考研究，力争特殊类型招生控制线上线人数实现新突破。
I 23.|推进普通高中学生发展指导，开设生涯规划课程。
I 24.|加强高中强基计划培养，建设学科竞赛基地2个。
S 六、|坚持产教融合，增强职业教育适应性
I 25.|推进柳江职业技术学校与区内重点企业共建实训基地4个。
I 26.|开设螺蛳粉产业、新能源汽车维修等特色专业。
I 27.|中职学生技能大赛获奖数量保持全市前列。
I 28.|开展面向农民工、退役军人的职业技能培训1500人次。
S 七、|坚持关爱帮扶，保障特殊群体公平受教育权利
I 29.|适龄残疾儿童少年义务教育入学率保持在97%以上。
I 30.|完善送教上门制度，送教服务覆盖率达到100%。
I 31.|落实学生资助政策，做到应助尽助。
I 32.|保障进城务工人员随迁子女平等接受义务教育。
I 33.|建立农村留守儿童关爱服务台账，实行动态管理。
S 八、|坚持强师兴教，建设高素质专业化教师队伍
I 34.|将师德师风作为教师评价第一标准，开展师德师风专题教育。
I 35.|公开招聘中小学幼儿园教师180名，补充紧缺学科教师。
I 36.|实施“柳江名师”培养工程，认定区级名师工作室12个。
I 37.|推进义务教育教师“区管校聘”改革，交流轮岗教师不少于150人。
S 九、|坚持改革创新，激发教育发展活力
I 38.|深化新时代教育评价改革，完善学校办学质量评价指标体系。
I 39.|推进教育数字化，建成区级教育资源公共服务平台。
I 40.|创建自治区级智慧校园示范校3所。
I 41.|规范民办学校办学行为，开展民办学校年度检查。
I 42.|持续深化校外培训治理，查处违规培训行为。
S 十、|坚持依法治教，提升教育治理能力
I 43.|落实教育督导“长牙齿”要求，开展责任督学挂牌督导全覆盖。
I 44.|推进依法治校示范校创建，年内创建区级示范校6所。
I 45.|加强教育经费管理，确保一般公共预算教育支出逐年只增不减。
I 46.|推进教育系统“放管服”改革，教育政务服务事项全程网办。
I 47.|做好教育信访工作，信访事项按期办结率达到100%。
S 十一、|坚持安全第一，守牢校园安全稳定底线
I 48.|健全校园安全工作责任体系，签订安全责任书覆盖全部学校。
I 49.|开展防溺水、防欺凌、交通安全等专题教育，提升学生安全素养。
I 50.|推进校园“一键报警”与公安机关联网，实现全覆盖。
I 51.|加强学校食堂和校外供餐管理，开展食品安全专项检查。
S 十二、|坚持服务大局，办好人民满意的教育
I 52.|做好2024年教育民生实事项目，确保按期完成。
I 53.|推进全民终身学习，办好社区教育和老年教育。
I 54.|深化推普工作，巩固国家通用语言文字普及成果。
I 55.|加强教育宣传，讲好柳江教育故事。
""",
}

QI_LIN = {
    "slug": "08-qilin-notice-wraps-plan-paren-items",
    "what": "云南 district 教体局 notice 关于印发《…》的通知 wrapping the plan: 文号 line, addressee, text, "
            "signature, （此件公开发布）, 附件 label, the plan title printed again, preamble, then 一、 sections "
            "with （一） items restarting; items 二(二) and 三(一) carry 1. sub-items on their own paragraphs; "
            "发布时间/来源 spans",
    "url": "https://www.qilin.gov.cn/qlqrmzf/c108496/202402/4a1f0c9d2b7e4d6a8f3c5e0b1d9a7c24.shtml",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "style": "div",
    "expect": {"title": "麒麟区2024年教育体育工作要点",
               "notice_title": "关于印发《麒麟区2024年教育体育工作要点》的通知",
               "index_no": None, "doc_no": "麒教体发〔2024〕8号", "pub_date": "2024-02-20",
               "publisher": "曲靖市麒麟区教育体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["发布时间：", "来源：", "浏览量", "滇ICP备", "扫一扫"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于印发《麒麟区2024年教育体育工作要点》的通知 - 曲靖市麒麟区人民政府</title>
<link rel="stylesheet" href="/qlqrmzf/xhtml/css/common.css">
<script src="/qlqrmzf/xhtml/js/jquery.js"></script>
</head>
<body>
<div class="topbar"><div class="container"><span>欢迎访问曲靖市麒麟区人民政府门户网站</span><a href="/qlqrmzf/wza/">无障碍</a><a href="/qlqrmzf/zhbb/">长者模式</a></div></div>
<div class="navbar container"><a href="/">首页</a><a href="/qlqrmzf/c108490/">走进麒麟</a><a href="/qlqrmzf/c108491/">政务公开</a><a href="/qlqrmzf/c108492/">政务服务</a><a href="/qlqrmzf/c108493/">政民互动</a></div>
<div class="container">
  <div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/qlqrmzf/c108491/">政务公开</a> &gt; <a href="/qlqrmzf/c108496/">部门文件</a></div>
  <div class="detail">
    <h1 class="detail-title">关于印发《麒麟区2024年教育体育工作要点》的通知</h1>
    <div class="detail-attr"><span>发布时间：2024-02-20 09:15</span><span>来源：曲靖市麒麟区教育体育局</span><span>浏览量：<i id="pv">--</i></span><span class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></span></div>
    <div class="detail-body" id="artibody">
{content}
    </div>
    <div class="detail-foot"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
    <div class="detail-qr">扫一扫在手机打开当前页<img src="/qlqrmzf/qr.png"></div>
""" + pager("麒麟区教育体育局2023年工作总结", "麒麟区2024年春季学期开学工作安排") + """
  </div>
</div>
""" + footer("曲靖市麒麟区人民政府办公室", "5303020001", "滇ICP备06002618号") + """
<script>$('#pv').load('/qlqrmzf/pv?id=4a1f0c9d');</script>
</body>
</html>
""",
    "spec": """
P 麒教体发〔2024〕8号
P 各街道中心学校，区属各学校（幼儿园），局机关各股室：
P 现将《麒麟区2024年教育体育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
C 曲靖市麒麟区教育体育局
C 2024年2月19日
C （此件公开发布）
P 附件
H 麒麟区2024年教育体育工作要点
P 2024年，全区教育体育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，紧扣“办好人民满意的教育”目标，坚持稳中求进、守正创新，全力推动教育体育事业高质量发展。
S 一、|加强党的全面领导
I （一）|筑牢思想根基。持续深化党的创新理论学习，落实局党组“第一议题”制度，开展“书记讲党课”活动全覆盖。
I （二）|建强基层组织。推进学校党组织标准化建设，开展星级党支部评定，年内创建“五星级”党支部12个。
I （三）|压实管党治党责任。深化清廉学校建设，开展教育乱收费、违规补课等专项整治。
S 二、|推进各类教育协调发展
I （一）|扩大学前教育资源。新建、改扩建幼儿园5所，新增学位1200个，学前三年毛入园率达到92%以上。
I （二）|促进义务教育优质均衡。围绕创建国家义务教育优质均衡发展区，重点抓好以下工作：
U 1.|实施学校建设项目8个，新增义务教育学位3600个；
U 2.|推进集团化办学，组建教育集团6个，覆盖城乡学校48所；
U 3.|开展“强校工程”，消除56人以上大班额。
I （三）|推动普通高中特色发展。支持曲靖市第二中学、麒麟高级中学等学校特色化办学，高考本科上线率稳步提升。
S 三、|提升教育教学质量
I （一）|深化课程教学改革。扎实推进新课程新教材实施，具体做到：
U 1.|建设区级学科教研基地校10所；
U 2.|每学期开展“同课异构”等区级教研活动不少于30场。
I （二）|加强学生全面发展。落实“五育并举”，开展中小学生体育、艺术、科技节活动，学生体质健康合格率达到94%以上。
S 四、|建设高素质教师队伍
I （一）|加强师德师风建设。完善师德考核评价机制，严格执行师德失范行为“零容忍”。
I （二）|提升教师专业能力。实施“麒麟名师”培养工程，开展全员培训不少于90学时。
S 五、|推动体育事业发展
I （一）|推进全民健身。新建社区健身设施30处，举办全民健身赛事活动50场次以上。
I （二）|提升竞技体育水平。加强业余训练体系建设，力争在市级以上比赛中获得奖牌60枚以上。
""",
}

AN_JI = {
    "slug": "09-anji-notice-only-plan-attached",
    "what": "浙江 county 教育局 notice 关于印发《安吉县2024年教育工作要点》的通知 whose plan is only an attached "
            ".docx (no plan text on the page): 信息公开 table with 索引号/文号/成文日期/发布日期/发布机构; no "
            "sections, no items; doc_kind notice",
    "url": "https://www.anji.gov.cn/art/2024/2/21/art_1229211863_59064215.html",
    "headers": {"content-type": "text/html;charset=UTF-8"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "关于印发《安吉县2024年教育工作要点》的通知", "notice_title": None,
               "index_no": "002593628/2024-123457", "doc_no": "安教〔2024〕5号", "pub_date": "2024-02-21",
               "publisher": "安吉县教育局", "plan_year": 2024, "doc_kind": "notice"},
    "tolerated": {"title": "安吉县2024年教育工作要点", "notice_title": "关于印发《安吉县2024年教育工作要点》的通知",
                  "plan_year": None},
    "must_not_appear": ["成文日期", "公开方式", "浙ICP备", "信息来源"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="renderer" content="webkit">
<title>关于印发《安吉县2024年教育工作要点》的通知</title>
<link rel="stylesheet" href="/module/jslib/zfxxgk/css/gkml.css">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="gov-top"><a href="/">安吉县人民政府</a> <span>浙江政务服务网</span></div>
<div class="gov-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229211863/">政府信息公开</a> &gt; <a href="/col/col1229211870/">县教育局</a> &gt; 其他文件</div>
<div class="gk-detail">
  <table class="gk-meta" border="1" cellspacing="0" cellpadding="0">
    <tr><td class="k">索引号</td><td class="v">002593628/2024-123457</td><td class="k">公开方式</td><td class="v">主动公开</td></tr>
    <tr><td class="k">文号</td><td class="v">安教〔2024〕5号</td><td class="k">发布机构</td><td class="v">安吉县教育局</td></tr>
    <tr><td class="k">成文日期</td><td class="v">2024-02-18</td><td class="k">发布日期</td><td class="v">2024-02-21</td></tr>
  </table>
  <div class="gk-title">关于印发《安吉县2024年教育工作要点》的通知</div>
  <div class="gk-content" id="zoom-content">
{content}
    <p style="text-indent:2em;">附件：<a href="/module/download/downfile.jsp?classid=0&amp;filename=2402211034567.docx">安吉县2024年教育工作要点.docx</a></p>
  </div>
  <div class="gk-tools">信息来源：安吉县教育局　【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</div>
</div>
""" + footer("安吉县人民政府办公室", "3305230001", "浙ICP备05017596号") + """
</body>
</html>
""",
    "spec": """
P 各乡镇（街道）中心学校，县直各学校（幼儿园），局机关各科室：
P 现将《安吉县2024年教育工作要点》印发给你们，请结合实际，认真贯彻执行。
C 安吉县教育局
C 2024年2月18日
""",
}

LI_SHU = {
    "slug": "10-lishu-zongjie-2023-looking-ahead",
    "what": "吉林 county 教育局 2023年工作总结 published 2024-01-16: 信息公开 table whose 文号 cell is empty; "
            "sections 一、2023年工作回顾 and 二、2024年工作思路; （一） items restart in each; items 一(二), "
            "一(四) and 二(一) carry 1. sub-items on their own paragraphs",
    "url": "http://www.lishu.gov.cn/xxgk/bmxxgk/jyj/zfxxgkml/202401/t20240116_1102345.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "梨树县教育局2023年工作总结", "notice_title": None, "index_no": "11220322013178251X/2024-00003",
               "doc_no": None, "pub_date": "2024-01-16", "publisher": "梨树县教育局", "plan_year": 2023,
               "doc_kind": "report"},
    "must_not_appear": ["吉ICP备", "发文日期", "公开范围", "相关链接"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>梨树县教育局2023年工作总结-梨树县人民政府</title>
<link href="/images/public.css" rel="stylesheet" />
</head>
<body>
<div class="wrap-top"><img src="/images/banner.jpg" alt="梨树县人民政府"></div>
<div class="wrap-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/xxgk/">信息公开</a><a href="/bsfw/">办事服务</a><a href="/gzhd/">公众互动</a></div>
<div class="wrap-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/bmxxgk/jyj/">县教育局</a></div>
<div class="wrap-main">
  <table class="xxgk_info" width="100%">
    <tbody>
      <tr><td class="t">标题：</td><td colspan="3">梨树县教育局2023年工作总结</td></tr>
      <tr><td class="t">索引号：</td><td>11220322013178251X/2024-00003</td><td class="t">公开范围：</td><td>面向全社会</td></tr>
      <tr><td class="t">文号：</td><td>&nbsp;</td><td class="t">发布机构：</td><td>梨树县教育局</td></tr>
      <tr><td class="t">发文日期：</td><td colspan="3">2024-01-16</td></tr>
    </tbody>
  </table>
  <div class="zw_title">梨树县教育局2023年工作总结</div>
  <div class="zw_fun">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】 【<a href="javascript:window.print()">打印本页</a>】</div>
  <div class="zw_content">
{content}
  </div>
""" + pager("梨树县2023年教育民生实事完成情况", "梨树县2024年寒假安全工作通知") + """
  <div class="xglj"><b>相关链接：</b><a href="#">四平市教育局</a> <a href="#">吉林省教育厅</a></div>
</div>
""" + footer("梨树县人民政府办公室", "2203220001", "吉ICP备05003011号") + """
</body>
</html>
""",
    "spec": """
P 2023年，县教育局在县委、县政府的正确领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，统筹推进教育改革发展和安全稳定各项工作，全县教育事业呈现稳中有进、持续向好的良好态势。现将有关情况总结如下。
S 一、|2023年工作回顾
I （一）|党建工作全面加强。深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，全县126个学校党组织全部完成标准化建设，党组织领导的校长负责制在公办中小学全面推行。
I （二）|办学条件持续改善。全年完成教育投资1.86亿元，主要完成了以下项目：
U 1.|梨树县第五中学教学楼投入使用，新增学位1200个；
U 2.|完成19所农村学校供暖改造和11所学校旱厕改造；
U 3.|为全县中小学更新课桌椅8600套，配备交互式智能黑板420块。
I （三）|教育质量稳步提升。高考本科上线人数达到1536人，创历史新高；中考各学科平均分较上年均有提高，初中学业水平考试合格率达到96.2%。
I （四）|教师队伍不断优化。坚持引育并举，教师结构进一步改善。
U 1.|通过公开招聘、“特岗计划”等渠道补充教师216名；
U 2.|组织国培、省培和县级培训48期，培训教师5600人次；
U 3.|评选县级骨干教师、学科带头人320名。
I （五）|民生保障落实有力。全年发放学生资助资金3280万元，资助学生4.1万人次；营养改善计划惠及农村学生1.5万人，义务教育阶段无一人因贫失学辍学。
I （六）|校园安全平稳有序。开展校园安全隐患排查整治行动12次，整改隐患326处，全年未发生重大校园安全责任事故。
S 二、|2024年工作思路
I （一）|着力推进义务教育优质均衡。以创建国家义务教育优质均衡发展县为目标，重点做好以下工作：
U 1.|加快推进梨树县第三实验小学建设，年内主体完工；
U 2.|实施农村学校提质工程，完成10所学校塑胶运动场建设。
I （二）|着力提升教育教学质量。深化课堂教学改革，推进集团化办学，力争高考本科上线人数再创新高。
I （三）|着力建设高素质教师队伍。完善教师招聘、培训、交流、评价机制，持续提升教师专业素养。
I （四）|着力维护教育安全稳定。健全校园安全风险防控体系，持续做好防溺水、防欺凌和食品安全工作。
C 梨树县教育局
C 2024年1月15日
""",
}

CHENG_GU = {
    "slug": "11-chenggu-header-lines-paren-items-subs",
    "what": "陕西 county 教体局 工作要点: header lines 标题：/发布时间：/来源： as three <p> above the body; "
            "一、 sections with （一） items restarting; items 一(二), 二(一), 三(二) carry 1. sub-items on their "
            "own paragraphs, one sub-item continued by a paragraph of its own",
    "url": "http://www.chenggu.gov.cn/cgxzf/zwgk/bmxxgk/jytyj/202403/t20240301_7381254.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "style": "emsp",
    "expect": {"title": "城固县教育体育局2024年教育体育工作要点", "notice_title": None, "index_no": None,
               "doc_no": None, "pub_date": "2024-03-01", "publisher": "城固县教育体育局", "plan_year": 2024,
               "doc_kind": "plan"},
    "must_not_appear": ["标题：", "发布时间：", "来源：", "陕ICP备", "视力保护色"],
    "html": """<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>城固县教育体育局2024年教育体育工作要点 - 城固县人民政府</title>
<link rel="stylesheet" href="/cgxzf/css/base.css">
<link rel="stylesheet" href="/cgxzf/css/detail.css">
</head>
<body>
<header class="site-head"><div class="inner"><h1 class="logo"><a href="/">城固县人民政府</a></h1>
<nav><a href="/">首页</a><a href="/cgxzf/zwgk/">政务公开</a><a href="/cgxzf/zwfw/">政务服务</a><a href="/cgxzf/hdjl/">互动交流</a><a href="/cgxzf/zjcg/">走进城固</a></nav></div></header>
<div class="inner path">当前位置：<a href="/">首页</a> » <a href="/cgxzf/zwgk/">政务公开</a> » <a href="/cgxzf/zwgk/bmxxgk/">部门信息公开</a> » 县教育体育局</div>
<div class="inner detail">
  <div class="detail-head">
    <p class="h-line">标题：城固县教育体育局2024年教育体育工作要点</p>
    <p class="h-line">发布时间：2024-03-01 10:32:15</p>
    <p class="h-line">来源：城固县教育体育局</p>
  </div>
  <div class="detail-set">视力保护色：<a class="c1" href="#"></a><a class="c2" href="#"></a><a class="c3" href="#"></a>　字号：<a href="#">A+</a> <a href="#">A-</a>　<a href="javascript:window.print()">打印本页</a></div>
  <div class="detail-text">
{content}
  </div>
""" + pager("城固县2023年教育体育工作总结", "城固县2024年春季学期开学工作会议召开") + """
</div>
""" + footer("城固县人民政府办公室", "6107220004", "陕ICP备13001952号") + """
</body>
</html>
""",
    "spec": """
P 2024年全县教育体育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持教育优先发展，聚焦“优质均衡、提质增效”，推进教育体育事业高质量发展。
S 一、|坚持党建引领，强化政治保障
I （一）|加强思想政治建设。坚持用党的创新理论武装头脑，全年举办教育系统党员干部专题培训班3期。
I （二）|夯实基层党建工作。围绕党建与业务深度融合，重点抓好三项工作：
U 1.|推行“一校一品”党建品牌建设，创建县级示范党组织10个；
U 2.|实施党员教师“亮身份、作表率”行动，设立党员示范岗200个；
U 3.|加强民办学校党建工作，党组织覆盖率保持100%。
I （三）|深化正风肃纪。持续整治教育领域群众身边不正之风，开展违规收费、有偿补课专项检查2次。
S 二、|坚持优质均衡，扩大资源供给
I （一）|加快项目建设。全年实施教育建设项目14个，总投资2.3亿元。
U 1.|建成城固县第六小学，新增学位1440个；
U 2.|开工建设博望初级中学学生宿舍楼。
P 宿舍楼建成后可新增床位800张，彻底解决该校学生校外租住问题。
I （二）|推进集团化办学。新组建城乡教育集团4个，实现乡镇中心学校集团化办学全覆盖。
I （三）|发展学前教育。新建公办幼儿园2所，学前三年毛入园率达到93%。
S 三、|坚持立德树人，提升育人质量
I （一）|深化课堂改革。推广“三段六环”高效课堂模式，开展县级优质课评选，评出优质课120节。
I （二）|促进学生全面发展。落实“五育并举”，具体做到：
U 1.|保障学生每天综合体育活动时间不低于2小时；
U 2.|举办全县中小学生田径运动会和艺术节；
U 3.|建设劳动教育实践基地5个。
S 四、|坚持强师兴教，建设过硬队伍
I （一）|补充优秀教师。招聘特岗教师和公费师范生90名，优化学科结构。
I （二）|提升教师素质。实施“城固名师”培养计划，开展各级各类培训8000人次。
S 五、|坚持群众体育与竞技体育协调发展
I （一）|广泛开展全民健身活动。举办全民健身运动会、“村BA”等赛事30场次，新建健身路径25条。
I （二）|提升竞技体育水平。加强体校建设，向市级以上运动队输送运动员15名。
""",
}

SHA_XIAN = {
    "slug": "12-shaxian-jinzhan-sub-paren-digits",
    "what": "福建 district 教育局 1—9月 工作进展情况: 来源 | 发布时间 info line (2024年10月12日); 一、 sections; "
            "section 一 items 1.–6. with （1）（2） sub-items on own paragraphs under items 2 and 5; section 二 "
            "(存在问题) plain paragraph; section 三 (第四季度工作安排) items 1.–4. restarting",
    "url": "http://www.fjsx.gov.cn/zwgk/bmxxgk/jyj/gzdt/202410/t20241012_2071193.htm",
    "headers": {"content-type": "text/html"},
    "encoding": "utf-8",
    "style": "pspan",
    "expect": {"title": "三明市沙县区教育局2024年1—9月重点工作进展情况", "notice_title": None, "index_no": None,
               "doc_no": None, "pub_date": "2024-10-12", "publisher": "三明市沙县区教育局", "plan_year": 2024,
               "doc_kind": "report"},
    "must_not_appear": ["发布时间：", "来源：", "闽ICP备", "访问量"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>三明市沙县区教育局2024年1—9月重点工作进展情况_部门工作动态_三明市沙县区人民政府</title>
<link rel="stylesheet" href="/images/mainstyle.css">
<script type="text/javascript" src="/images/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="banner"><img src="/images/sx_banner.png" alt="沙县区人民政府"></div>
<div class="mainnav"><a href="/">首 页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjsx/">走进沙县</a></div></div>
<div class="container">
  <div class="curpos">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/jyj/">区教育局</a> &gt; 部门工作动态</div>
  <div class="article_box">
    <div class="article_title">三明市沙县区教育局2024年1—9月重点工作进展情况</div>
    <div class="article_info">来源：三明市沙县区教育局&nbsp;|&nbsp;发布时间：2024年10月12日&nbsp;|&nbsp;访问量：<span id="visit">312</span>&nbsp;|&nbsp;字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
    <div class="article_content">
{content}
    </div>
    <div class="article_btn"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
""" + pager("沙县区教育局2024年上半年工作总结", "沙县区2024年秋季学期校园安全检查情况") + """
  </div>
</div>
""" + footer("三明市沙县区人民政府办公室", "3504270001", "闽ICP备05022913号") + """
</body>
</html>
""",
    "spec": """
P 今年以来，区教育局紧紧围绕年初确定的目标任务，统筹推进教育改革发展各项工作。现将1—9月重点工作进展情况报告如下。
S 一、|主要工作进展
I 1.|教育项目建设有序推进。全年计划实施教育项目9个，总投资1.42亿元，截至9月底已完成投资1.05亿元，占年度计划的73.9%。
I 2.|秋季招生平稳有序。
U （1）|义务教育阶段共招收新生5120人，其中随迁子女1265人，全部就近入学；
U （2）|普通高中招生1380人，职普招生比例保持大体相当；
U （3）|新增学前教育学位360个，幼儿园招生报名实现“网上办”。
I 3.|教育教学质量稳步提升。2024年高考本科上线率达到86.5%，较上年提高2.1个百分点；中考总平均分位居全市前列。
I 4.|“双减”工作持续深化。全区中小学课后服务实现全覆盖，开设特色课程260门，学生参与率达到97.3%。
I 5.|教师队伍建设成效明显。
U （1）|招聘新教师68人，其中研究生学历12人；
U （2）|推荐认定省级学科带头人4人、市级骨干教师27人。
I 6.|校园安全持续稳定。开展校园安全专项检查6轮，整改隐患89处，实现“一键报警”和视频监控联网全覆盖。
S 二、|存在问题
P 城区学位仍然偏紧，部分学校大班额问题尚未完全消除；农村学校学科结构性缺编和教师老龄化问题较为突出；教育信息化应用水平有待提高。
S 三、|第四季度工作安排
I 1.|加快项目建设进度，确保第三实验小学综合楼年底前竣工验收。
I 2.|做好义务教育优质均衡发展督导评估迎检准备，逐项补齐短板弱项。
I 3.|组织开展教师教学技能大赛和青年教师基本功比赛。
I 4.|做好冬季校园安全和学生资助工作，确保各项工作圆满收官。
C 三明市沙县区教育局
C 2024年10月10日
""",
}

DONG_SHENG = {
    "slug": "13-dongsheng-fangan-text-sections",
    "what": "内蒙古 district 教育局 课后服务工作计划 in 实施方案 shape: table with 标题/发布机构/发布日期/文号 "
            "(no 索引号); 一、指导思想 and 二、工作目标 are text only (二 with figures: “到2024年底，…100%…”); "
            "三、 and 四、 have （一） items, 三(一) and 三(三) with 1. sub-items on own paragraphs; 五、 text only",
    "url": "http://www.ds.gov.cn/xxgk/bmxxgk/jyj/tzgg/202404/t20240408_3618870.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "style": "pj",
    "expect": {"title": "东胜区2024年义务教育学校课后服务工作计划", "notice_title": None, "index_no": None,
               "doc_no": "东教发〔2024〕21号", "pub_date": "2024-04-08", "publisher": "鄂尔多斯市东胜区教育局",
               "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["发布日期", "蒙ICP备", "【打印】", "附件下载"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>东胜区2024年义务教育学校课后服务工作计划--鄂尔多斯市东胜区人民政府</title>
<link rel="stylesheet" href="/css/ds_main.css">
</head>
<body>
<div class="ds-head"><img src="/img/ds_logo.png" alt="鄂尔多斯市东胜区人民政府"><div class="ds-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/xxgk/">信息公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="ds-pos">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/bmxxgk/jyj/">区教育局</a> &gt; 通知公告</div>
<div class="ds-main">
  <table class="ds-meta" cellspacing="0">
    <tr><th>标　　题</th><td colspan="3">东胜区2024年义务教育学校课后服务工作计划</td></tr>
    <tr><th>发布机构</th><td>鄂尔多斯市东胜区教育局</td><th>发布日期</th><td>2024-04-08</td></tr>
    <tr><th>文　　号</th><td colspan="3">东教发〔2024〕21号</td></tr>
  </table>
  <div class="ds-title"><h3>东胜区2024年义务教育学校课后服务工作计划</h3></div>
  <div class="ds-tool">【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】<a href="javascript:window.print()">【打印】</a></div>
  <div class="ds-text" id="dsText">
{content}
  </div>
  <div class="ds-attach">附件下载：<a href="/xxgk/bmxxgk/jyj/tzgg/202404/P020240408556123.xlsx">东胜区课后服务课程安排表.xlsx</a></div>
""" + pager("东胜区2024年中小学招生入学工作方案", "东胜区关于做好2024年学生资助工作的通知") + """
</div>
""" + footer("鄂尔多斯市东胜区人民政府办公室", "1506020001", "蒙ICP备05000953号") + """
</body>
</html>
""",
    "spec": """
P 为深入贯彻落实“双减”政策，进一步提升课后服务水平，满足学生多样化学习需求，结合我区实际，制定本计划。
S 一、|指导思想
P 以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，坚持以学生为本、因地制宜、公益普惠的原则，充分发挥学校课后服务主渠道作用，促进学生全面健康成长。
S 二、|工作目标
P 到2024年底，全区义务教育学校课后服务实现全覆盖，有需求的学生参与率达到100%；课后服务时间与当地正常下班时间相衔接，每校开设特色课程不少于10门。
S 三、|重点任务
I （一）|科学设计服务内容。坚持作业辅导与素质拓展相结合，分两个时段实施。
U 1.|第一时段以作业辅导为主，指导学生在校内基本完成书面作业；
U 2.|第二时段开展体育、艺术、科普、劳动等素质拓展活动；
U 3.|初中学校可在第二时段开展学业辅导答疑，但不得集体授新课。
I （二）|拓展优质服务资源。统筹利用少年宫、科技馆、博物馆等校外资源，引进非学科类校外培训机构和社会专业人员参与课后服务，建立“白名单”管理制度。
I （三）|规范服务管理。
U 1.|坚持家长自愿原则，严禁强制或变相强制学生参加；
U 2.|健全安全管理制度，落实学生签到、离校交接等安全措施；
U 3.|严格执行课后服务收费政策，每生每学期收费标准不超过自治区规定。
S 四、|保障措施
I （一）|加强组织领导。成立区课后服务工作领导小组，各学校成立由校长任组长的工作专班。
I （二）|强化经费保障。课后服务经费采取财政补贴、服务性收费相结合的方式保障。
I （三）|加强督导考核。将课后服务工作纳入学校年度考核和责任督学挂牌督导重要内容。
S 五、|其他事项
P 本计划自印发之日起实施，由东胜区教育局负责解释。
""",
}

SHE_YANG = {
    "slug": "14-sheyang-html5-article-time",
    "what": "江苏 county 教育局 工作要点 on an HTML5 template: <article>, <time datetime> and a 来源 span, "
            "no 信息公开 table; 一、…七、 sections, items 1.–20. numbered through; 《…（2022年版）》 inside an "
            "item; item 12 continued by a paragraph beginning “2025年秋季学期起，”",
    "url": "https://www.sheyang.gov.cn/syxjyj/gzyd/202402/5b1e8c3a0f9d4e7ab2c64d18f0a3e975.shtml",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "style": "div",
    "expect": {"title": "射阳县2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-02-28", "publisher": "射阳县教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": TOOLS_FURNITURE + ["苏ICP备", "来源：", "阅读："],
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>射阳县2024年教育工作要点 | 射阳县教育局</title>
<link rel="stylesheet" href="/syxjyj/static/app.css">
</head>
<body>
<header class="g-header"><div class="g-w"><a class="brand" href="/syxjyj/">射阳县教育局</a>
<nav class="g-nav"><a href="/syxjyj/">首页</a><a href="/syxjyj/jyxw/">教育新闻</a><a href="/syxjyj/gzyd/">工作要点</a><a href="/syxjyj/zcwj/">政策文件</a><a href="/syxjyj/bsfw/">办事服务</a></nav></div></header>
<main class="g-w">
  <nav class="breadcrumb" aria-label="breadcrumb">当前位置：<a href="/syxjyj/">首页</a> / <a href="/syxjyj/gzyd/">工作要点</a> / 正文</nav>
  <article class="post">
    <h1 class="post-title">射阳县2024年教育工作要点</h1>
    <div class="post-meta"><time datetime="2024-02-28T15:40:00+08:00">2024-02-28 15:40</time><span class="source">来源：射阳县教育局</span><span class="views">阅读：<b id="readCount">0</b></span></div>
    <section class="post-body">
{content}
    </section>
""" + TOOLS + """
    <nav class="post-nav"><p>上一篇：<a href="../202402/a1.shtml">射阳县召开2024年全县教育工作会议</a></p><p>下一篇：<a href="../202403/a2.shtml">射阳县2024年学校体育工作要点</a></p></nav>
  </article>
</main>
""" + footer("射阳县教育局", "3209240051", "苏ICP备2021008765号-2") + """
<script>fetch('/syxjyj/api/read?id=5b1e8c3a').then(r=>r.json()).then(d=>{document.getElementById('readCount').textContent=d.n});</script>
</body>
</html>
""",
    "spec": """
P 2024年全县教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神和全国、全省教育大会精神，锚定“教育强县”目标，全面提升教育现代化水平，努力办好人民满意的教育。
S 一、|坚定不移加强党的全面领导
I 1.|加强政治建设。健全教育系统党建工作责任制，严格执行“三重一大”集体决策制度，定期开展党建工作述职评议。
I 2.|深化清廉学校建设。推进清廉学校建设三年行动，打造县级清廉学校示范点15个。
I 3.|抓实意识形态工作。落实意识形态工作责任制，加强课堂、教材、网络等阵地管理。
S 二、|全面落实立德树人根本任务
I 4.|推进思政课改革创新。落实《义务教育课程方案和课程标准（2022年版）》，建设县级思政示范课堂30个。
I 5.|加强体育美育工作。开足开齐体育与健康课程，推广“一校一品”体育项目，学生体质健康达标率达到95%以上。
I 6.|加强心理健康教育。建立“学校—家庭—社会—医疗”四位一体心理健康服务体系，开展学生心理健康普测。
S 三、|推动各级各类教育协调发展
I 7.|推进学前教育优质普惠。新建、改扩建幼儿园4所，省市优质园比例达到90%以上。
I 8.|推进义务教育优质均衡。完成射阳县实验初中扩建工程，推进城乡学校结对帮扶全覆盖。
I 9.|推进普通高中多样化发展。支持射阳中学创建省高品质示范高中，建设学科课程基地3个。
I 10.|推进职业教育产教融合。支持射阳中专建设海洋经济、新能源特色专业群，新增校企合作企业10家。
S 四、|深化教育综合改革
I 11.|深化教育评价改革。完善学校、教师、学生多元评价体系，推进综合素质评价结果运用。
I 12.|推进中考改革。完善初中学业水平考试和综合素质评价制度，做好改革政策宣传解读。
P 2025年秋季学期起，全县初中学校全面实施新的学业水平考试方案，考试科目和计分方式按省市规定执行。
I 13.|推进教育数字化。建设县域智慧教育平台，实现优质数字资源城乡共享。
S 五、|建设高素质专业化教师队伍
I 14.|加强师德师风建设。开展师德专题教育，建立师德失范行为通报警示制度。
I 15.|优化教师资源配置。招聘新教师230名，推进教师“县管校聘”改革，交流轮岗骨干教师80名。
I 16.|提升教师专业素养。实施“射阳名师”培养工程，新评选县级学科带头人和骨干教师200名。
S 六、|提升教育服务民生水平
I 17.|落实学生资助政策。精准资助家庭经济困难学生，确保资助资金及时足额发放。
I 18.|办好特殊教育。完善融合教育支持体系，建设资源教室6个。
S 七、|守牢教育安全稳定底线
I 19.|加强校园安全管理。推进平安校园建设，落实校园安全“一岗双责”，开展安全隐患排查整治。
I 20.|加强校园食品安全。落实学校食品安全校长（园长）负责制，推进“互联网+明厨亮灶”全覆盖。
C 射阳县教育局
C 2024年2月26日
""",
}

MA_NA_SI = {
    "slug": "15-manasi-chunji-xueqi-attachment-list",
    "what": "新疆 county 教育局 2024年春季学期 工作计划, GBK declared gb2312, table layout: 信息来源/发布日期 "
            "line (2024年02月26日); 一、…四、 sections with items 1、 restarting; after the signature an "
            "附件 list “附件：1.… / 2.…” (no item)",
    "url": "http://www.mns.gov.cn/mnsjyj/tzgg/202402/t20240226_118043.html",
    "headers": {"content-type": "text/html; charset=gb2312"},
    "encoding": "gbk",
    "style": "p",
    "expect": {"title": "玛纳斯县教育局2024年春季学期工作计划", "notice_title": None, "index_no": None,
               "doc_no": None, "pub_date": "2024-02-26", "publisher": "玛纳斯县教育局", "plan_year": 2024,
               "doc_kind": "plan"},
    "must_not_appear": ["信息来源", "发布日期", "新ICP备", "【关闭】"],
    "html": """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>玛纳斯县教育局2024年春季学期工作计划</title>
<link href="/mnsjyj/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="top">
  <tr><td><img src="/mnsjyj/images/top.jpg"></td></tr>
  <tr><td class="dh"><a href="/mnsjyj/">首页</a>　<a href="/mnsjyj/jyyw/">教育要闻</a>　<a href="/mnsjyj/tzgg/">通知公告</a>　<a href="/mnsjyj/zcfg/">政策法规</a>　<a href="/mnsjyj/xxgk/">信息公开</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td class="wz">当前位置：<a href="/mnsjyj/">首页</a> &gt; <a href="/mnsjyj/tzgg/">通知公告</a></td></tr>
  <tr><td>
    <table width="92%" border="0" align="center" cellpadding="0" cellspacing="0">
      <tr><td height="50" align="center" class="bt"><strong>玛纳斯县教育局2024年春季学期工作计划</strong></td></tr>
      <tr><td align="center" class="xx">信息来源：玛纳斯县教育局　　发布日期：2024年02月26日　　【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
      <tr><td class="nr" id="nr">
{content}
      </td></tr>
      <tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭】</a></td></tr>
      <tr><td>上一篇：<a href="t20240220_117990.html">玛纳斯县2024年寒假学生安全工作情况</a><br>下一篇：<a href="t20240301_118120.html">玛纳斯县2024年春季开学工作检查通报</a></td></tr>
    </table>
  </td></tr>
</table>
<table width="980" border="0" align="center" class="foot"><tr><td align="center">
主办单位：玛纳斯县教育局　网站标识码：6523240013　<a href="https://beian.miit.gov.cn/">新ICP备12000855号</a>
</td></tr></table>
</body>
</html>
""",
    "spec": """
P 2024年春季学期，全县教育系统将以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，坚持稳定压倒一切，聚焦教育质量提升，扎实做好本学期各项工作。
S 一、|加强党建和意识形态工作
I 1、|持续开展党纪学习教育，组织党员教师集中学习不少于8次，推动党建与教育教学深度融合。
I 2、|深入推进铸牢中华民族共同体意识教育，开展“石榴籽”主题班队会活动，实现班级全覆盖。
I 3、|加强意识形态阵地管理，开展教材、教辅和校园读物专项排查。
S 二、|推进国家通用语言文字教育
I 1、|全面推行国家通用语言文字教育教学，开展教师普通话达标培训，教师普通话二级乙等以上达标率达到100%。
I 2、|举办中小学生“中华经典诵写讲”比赛，营造良好语言环境。
I 3、|加强学前儿童普通话教育，推进“童语同音”计划。
S 三、|提升教育教学质量
I 1、|加强教学常规管理，开学第三周开展教学常规检查，覆盖全部中小学。
I 2、|组织县级优质课评选和送教下乡活动，覆盖乡镇学校12所。
I 3、|做好初三、高三毕业年级复习备考，开展模拟考试和质量分析。
S 四、|抓好安全稳定工作
I 1、|开学前组织全面安全检查，对校舍、食堂、消防设施逐一排查，建立隐患整改台账。
I 2、|开展防溺水、交通安全、防震减灾等专题教育，组织应急疏散演练每月不少于1次。
C 玛纳斯县教育局
C 2024年2月23日
C 附件：1.玛纳斯县2024年春季学期校历
C 2.玛纳斯县2024年春季学期重点工作任务分解表
""",
}

PAGES = [NAN_KANG, SAN_TAI, YI_LING, SHOU_GUANG, HUO_SHAN, LAI_YUAN, LIU_JIANG, QI_LIN, AN_JI, LI_SHU, CHENG_GU,
         SHA_XIAN, DONG_SHENG, SHE_YANG, MA_NA_SI]
