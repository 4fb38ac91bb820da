"""Hand-written specs of the fifteenth holdout's pages: an education-policy researcher's crawl.

Sixteen pages found by searching government sites for 教育工作要点 / 教育工作计划 / 教育工作总结 /
推进情况: a 省教育厅, a 市政府 republishing its 教育局's plan, 区 pages under 政务公开 catalogues,
small county bureau sites, 教体局 and 教育科技局 pages, 2018–2025, sixteen provinces. Each page's
`html` is the whole page as its site serves it, with `{content}` where the body goes; `expect` is
what a careful reader records (see README.md for every debatable decision).
"""

PAGES = []

# --------------------------------------------------------------------------- 01 四川省教育厅 (province)
PAGES.append({
    "slug": "01-sichuan-jyt-2024-yaodian",
    "url": "https://edu.sc.gov.cn/scedu/c100495/2024/2/29/7f3d2a9c1e4b4c0d8a51f6e2b3c9d7a1.shtml",
    "headers": {"Content-Type": "text/html; charset=utf-8", "Server": "nginx"},
    "encoding": "utf-8",
    "what": "四川省教育厅: notice 川教〔2024〕9号 wrapping the plan (文号 only as the body's first line); "
            "bold lead sentences; items 1.–14. numbered through 5 sections; 来源 in a header line",
    "style": "strong_lead",
    "expect": {"title": "2024年全省教育工作要点",
               "notice_title": "四川省教育厅关于印发《2024年全省教育工作要点》的通知",
               "index_no": None, "doc_no": "川教〔2024〕9号", "pub_date": "2024-02-29",
               "publisher": "四川省教育厅", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["浏览量", "【打印】", "【关闭】", "川ICP备05003418号", "网站标识码：5100000062",
                        "四川省教育厅版权所有", "相关阅读", "分享到："],
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="四川省教育厅">
<meta name="SiteDomain" content="edu.sc.gov.cn">
<meta name="ColumnName" content="通知公告">
<meta name="ArticleTitle" content="四川省教育厅关于印发《2024年全省教育工作要点》的通知">
<meta name="PubDate" content="2024-02-29 10:21">
<meta name="ContentSource" content="四川省教育厅">
<title>四川省教育厅关于印发《2024年全省教育工作要点》的通知 - 四川省教育厅</title>
<link rel="stylesheet" href="/scedu/css/common.css">
<script src="/scedu/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="header">
  <div class="logo"><a href="/"><img src="/scedu/images/logo.png" alt="四川省教育厅"></a></div>
  <div class="top-link"><a href="https://www.sc.gov.cn/">四川省人民政府</a> | <a href="/scedu/wza/">无障碍</a> | <a href="/scedu/ydd/">移动版</a></div>
  <ul class="nav">
    <li><a href="/">首页</a></li><li><a href="/scedu/c100494/list.shtml">政务公开</a></li>
    <li><a href="/scedu/c100495/list.shtml">通知公告</a></li><li><a href="/scedu/c100533/list.shtml">教育资讯</a></li>
    <li><a href="/scedu/c100571/list.shtml">政务服务</a></li><li><a href="/scedu/c100580/list.shtml">互动交流</a></li>
  </ul>
</div>
<div class="main">
  <div class="crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/scedu/c100495/list.shtml">通知公告</a></div>
  <div class="detail">
    <h1 class="detail-title">四川省教育厅关于印发《2024年全省教育工作要点》的通知</h1>
    <div class="detail-info">
      <span>发布时间：2024-02-29 10:21</span>
      <span>来源：四川省教育厅</span>
      <span>浏览量：<em id="hits">--</em></span>
      <span class="font-size">字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span>
    </div>
    <div class="contentText" id="NewsContent">
{content}
    </div>
    <div class="detail-tool">
      <div class="share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a></div>
      <div class="print"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
    </div>
    <div class="related">
      <h3>相关阅读</h3>
      <ul>
        <li><a href="/scedu/c100495/2024/2/20/a1.shtml">四川省教育厅关于做好2024年春季学期开学工作的通知</a></li>
        <li><a href="/scedu/c100495/2023/2/24/b2.shtml">四川省教育厅关于印发《2023年全省教育工作要点》的通知</a></li>
      </ul>
    </div>
  </div>
</div>
<div class="footer">
  <p>四川省教育厅版权所有 地址：成都市青羊区陕西街26号 邮编：610041</p>
  <p><a href="https://beian.miit.gov.cn/">川ICP备05003418号</a> 网站标识码：5100000062 <a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div>
<script>
$(function(){ $.get('/scedu/hits?id=7f3d2a9c', function(n){ $('#hits').text(n); }); });
function doZoom(size){ document.getElementById('NewsContent').style.fontSize = size + 'px'; }
</script>
</body>
</html>
""",
    "spec": """
T 川教〔2024〕9号
T 四川省教育厅关于印发《2024年全省教育工作要点》的通知
P 各市（州）教育（体育）局，厅直属事业单位，各高等学校：
P 现将《2024年全省教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
C 四川省教育厅
C 2024年2月26日
T 2024年全省教育工作要点
P 2024年全省教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，深入落实省委十二届历次全会部署，以建设教育强省为目标，以深化教育综合改革为动力，加快推进教育现代化，办好人民满意的教育。
S 一、|坚持党的全面领导，筑牢教育系统政治根基
I 1.|深入学习贯彻习近平新时代中国特色社会主义思想。健全“第一议题”学习制度，推动主题教育成果常态化长效化，组织开展全省教育系统党组织书记轮训，全年培训校级领导干部2000人次以上。
I 2.|加强高校和中小学校党的建设。全面推行中小学校党组织领导的校长负责制，2024年底前实现全省公办中小学全覆盖。开展高校党建“双创”工作，培育建设一批标杆院系和样板支部。
I 3.|压紧压实全面从严治党责任。深化清廉学校建设，持续整治群众身边不正之风和腐败问题，开展招生录取、食堂管理、校服采购等重点领域专项治理。
S 二、|落实立德树人根本任务，促进学生全面发展
I 4.|推进大中小学思政课一体化建设。建设省级思政课一体化共同体50个，遴选“大思政课”实践教学基地100个，深入开展“红色基因代代传”主题教育活动。
I 5.|加强学生体育美育劳动教育。深入实施学生体质强健计划，确保中小学生每天校内外各1小时体育活动时间，全省学生体质健康测试优良率达到55%以上。
I 6.|健全学生心理健康工作体系。推动各县（市、区）建设未成年人心理健康辅导中心，每所中小学至少配备1名专（兼）职心理健康教育教师，每学期开展1次心理健康测评。
S 三、|统筹各级各类教育协调发展
I 7.|推动学前教育普及普惠发展。新建、改扩建公办幼儿园200所，新增公办学位3万个，学前三年毛入园率稳定在92%以上。
I 8.|促进义务教育优质均衡发展。启动第二批义务教育优质均衡发展县创建，推进城乡学校共同体建设，全面消除56人以上大班额。
I 9.|推动县域普通高中振兴。实施县中托管帮扶工程，支持40所县域高中改善办学条件，严格执行属地招生政策，规范普通高中招生秩序。
I 10.|深化产教融合发展职业教育。建设市域产教联合体10个、行业产教融合共同体15个，加快推进“双高计划”学校和高水平专业群建设。
S 四、|建设高素质专业化教师队伍
I 11.|加强师德师风建设。将师德表现作为教师资格定期注册、职称评聘、评优评先的首要标准，严肃查处违反师德行为。
I 12.|深化“县管校聘”管理改革。落实义务教育教师平均工资收入不低于当地公务员平均工资收入水平，全年招聘“特岗计划”教师3000名。
S 五、|强化教育保障和安全稳定
I 13.|优化教育经费投入使用。确保一般公共预算教育支出逐年只增不减，确保按在校学生人均一般公共预算教育支出逐年只增不减。
I 14.|守牢校园安全底线。常态化开展防溺水、交通、消防、食品安全专项整治，深入推进“护校安园”行动，实现校园视频监控和一键报警系统全覆盖。
""",
})

# --------------------------------------------------------------------------- 02 连云港市人民政府 (city government republishing)
PAGES.append({
    "slug": "02-lianyungang-gov-jyj-2024",
    "url": "https://www.lyg.gov.cn/zglygzfmhwz/bmwj/content/0b61c8e5-3d1a-4f2e-9a7c-52e0d4f8a913.html",
    "headers": {"Content-Type": "text/html;charset=UTF-8", "Server": "Apache"},
    "encoding": "utf-8",
    "what": "市政府 site (部门文件) republishing 市教育局's plan; 信息公开 table with an empty 文号 cell; "
            "一、 sections, （一） items restarting per section with 楷体 leads, 1. sub-items on their own lines",
    "style": "kaiti",
    "expect": {"title": "连云港市教育局2024年工作要点", "notice_title": None,
               "index_no": "01400571X/2024-00023", "doc_no": None, "pub_date": "2024-03-15",
               "publisher": "连云港市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["索 引 号", "主题分类", "发布机构", "打印本页", "关闭窗口", "苏ICP备05007016号",
                        "网站标识码：3207000001", "连云港市人民政府办公室主办", "扫一扫在手机上查看当前页面"],
    "html": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>连云港市教育局2024年工作要点_部门文件_连云港市人民政府</title>
<meta name="keywords" content="连云港市教育局,工作要点" />
<link href="/zglygzfmhwz/css/xxgk.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/zglygzfmhwz/js/jquery.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>欢迎访问连云港市人民政府门户网站</span><a href="/jianti">简体</a> <a href="/fanti">繁體</a> <a href="/wza">无障碍浏览</a></div></div>
<div class="banner"><img src="/zglygzfmhwz/images/banner.jpg" alt="连云港市人民政府" /></div>
<div class="mainnav"><a href="/">首页</a><a href="/zglygzfmhwz/zwgk/">政务公开</a><a href="/zglygzfmhwz/zwfw/">政务服务</a><a href="/zglygzfmhwz/hdjl/">互动交流</a><a href="/zglygzfmhwz/zjgy/">走进港城</a></div>
<div class="w1200 location">当前位置：<a href="/">首页</a> &gt; <a href="/zglygzfmhwz/xxgk/">政府信息公开</a> &gt; <a href="/zglygzfmhwz/bmwj/">部门文件</a></div>
<div class="w1200 xxgk-detail">
<table class="xxgk-table" cellspacing="0" cellpadding="0" width="100%">
<tr><th width="12%">索 引 号</th><td width="38%">01400571X/2024-00023</td><th width="12%">主题分类</th><td width="38%">教育</td></tr>
<tr><th>发布机构</th><td>连云港市教育局</td><th>发布日期</th><td>2024-03-15</td></tr>
<tr><th>标　　题</th><td colspan="3">连云港市教育局2024年工作要点</td></tr>
<tr><th>文　　号</th><td></td><th>主 题 词</th><td></td></tr>
</table>
<div class="article-title">连云港市教育局2024年工作要点</div>
<div class="xxgk_content_text">
{content}
</div>
<div class="article-tools">
<a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a>
<div class="ewm"><div id="qrcode"></div><p>扫一扫在手机上查看当前页面</p></div>
</div>
</div>
<div class="footer">
<p>连云港市人民政府办公室主办　连云港市大数据管理局承办</p>
<p><a href="https://beian.miit.gov.cn">苏ICP备05007016号</a>　<img src="/zglygzfmhwz/images/ga.png" />苏公网安备32070602010117号　网站标识码：3207000001</p>
<p><a href="https://zfwzzc.www.gov.cn/"><img src="/zglygzfmhwz/images/zfwzzc.png" alt="政府网站找错" /></a></p>
</div>
<script type="text/javascript">$('#qrcode').qrcode({width:90,height:90,text:location.href});</script>
</body>
</html>
""",
    "spec": """
P 2024年全市教育工作总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实省委、市委部署要求，以“办好人民满意的教育”为根本目标，加快建设高质量教育体系，为奋力谱写“强富美高”新连云港现代化建设新篇章提供有力支撑。
S 一、|坚持党建引领，全面加强党对教育工作的领导
I （一）|强化政治理论武装。落实“第一议题”制度，建立健全教育系统理论学习中心组学习巡听旁听制度，全年开展专题学习研讨不少于12次。
I （二）|推进党组织领导的校长负责制落地见效。
U 1.|完善议事决策制度，全市中小学校全部制定党组织会议、校长办公会议议事规则。
U 2.|选优配强学校党组织书记，开展新任书记、校长任职培训，实现培训全覆盖。
U 3.|开展“一校一品”党建品牌创建，培育市级党建示范校30所。
I （三）|持之以恒正风肃纪。深化清廉学校建设，聚焦招生入学、食堂管理、校服采购等关键环节开展专项监督检查。
S 二、|坚持五育并举，促进学生全面发展
I （一）|深化思政课改革创新。建设市级思政课名师工作室10个，举办全市中小学思政课教学展示活动。
I （二）|提升学生体质健康水平。推进“一校一品”体育特色项目建设，全市学生体质健康达标优良率达到58%，近视率较上年下降1个百分点。
I （三）|加强心理健康教育。
U 1.|建成市级学生心理健康教育指导中心，各县区全部建成分中心。
U 2.|中小学心理健康教育专职教师配备率达到100%，每年开展学生心理健康普查。
S 三、|坚持优质均衡，扩大优质教育资源供给
I （一）|推进学前教育优质普惠发展。新建改扩建幼儿园8所，新增学位2700个，省优质园占比达到85%。
I （二）|推进义务教育优质均衡发展。新建改扩建中小学12所，新增学位1.2万个；
P 深化集团化办学，组建紧密型教育集团15个，覆盖城区义务教育学校比例达到70%。
I （三）|推进普通高中特色多样发展。创建省高品质示范高中2所，推进县中发展提升行动计划，确保县域普通高中一本达线率稳步提升。
I （四）|推进职业教育提质培优。
U 1.|建设市域产教联合体1个，新增省级现代职业教育体系贯通培养项目5个。
U 2.|推动中职学校与市内重点企业共建产业学院，年内签约校企合作项目20个以上。
U 3.|高标准办好全市职业院校技能大赛，争取国赛、省赛获奖数量保持全省前列。
S 四、|坚持强师兴教，建设高素质教师队伍
I （一）|加强师德师风建设。完善师德失范行为通报警示制度，将师德考核结果作为教师评优评先、职称评聘的首要依据。
I （二）|提升教师专业素养。实施“港城名师”培养工程，新培养市级学科带头人、骨干教师300名，组织教师全员培训4万人次。
""",
})

# --------------------------------------------------------------------------- 03 上海市嘉定区 (district, 政务公开 catalogue)
PAGES.append({
    "slug": "03-shanghai-jiading-2024",
    "url": "https://www.jiading.gov.cn/publicity/jcgk/ghjh/gzjh/178542",
    "headers": {"Content-Type": "text/html; charset=UTF-8", "X-Frame-Options": "SAMEORIGIN"},
    "encoding": "utf-8",
    "what": "区 page under 政务公开 > 规划计划 > 工作计划; 信息索引号/公开类别/发布机构/文号/生成日期/公开日期 in a "
            "two-column table; plain full-width-space paragraphs, sections not bold; items 1.–15. through; "
            "last section text only",
    "style": "fullwidth_plain",
    "expect": {"title": "嘉定区教育局2024年工作要点", "notice_title": None,
               "index_no": "MB2E03548/2024-00012", "doc_no": "嘉教〔2024〕6号", "pub_date": "2024-03-08",
               "publisher": "上海市嘉定区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"pub_date": "2024-03-05"},
    "must_not_appear": ["信息索引号", "公开类别", "生成日期", "公开日期", "沪ICP备2023012853号", "网站标识码：3100000107",
                        "嘉定区人民政府办公室", "分享至", "【打印】"],
    "html": """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>嘉定区教育局2024年工作要点 - 上海嘉定</title>
<link rel="stylesheet" href="/static/publicity/css/detail.css?v=20231108">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/images/logo-jd.png" alt="上海嘉定"></a>
  <nav><a href="/">首页</a><a href="/publicity/">政务公开</a><a href="/service/">政务服务</a><a href="/interaction/">政民互动</a><a href="/jdgk/">走进嘉定</a></nav>
  <div class="search"><input type="text" placeholder="搜索"><button>搜索</button></div>
</header>
<div class="container">
  <aside class="gk-catalog">
    <h3>政务公开目录</h3>
    <ul><li><a href="/publicity/jcgk/">决策公开</a><ul><li class="on"><a href="/publicity/jcgk/ghjh/">规划计划</a></li><li><a href="/publicity/jcgk/zcjd/">政策解读</a></li></ul></li>
    <li><a href="/publicity/zxgk/">执行公开</a></li><li><a href="/publicity/jggk/">结果公开</a></li></ul>
  </aside>
  <main class="gk-main">
    <div class="bread">首页 / 政务公开 / 决策公开 / 规划计划 / 工作计划</div>
    <table class="gk-info">
      <tr><td class="label">信息索引号</td><td>MB2E03548/2024-00012</td><td class="label">公开类别</td><td>工作计划</td></tr>
      <tr><td class="label">发布机构</td><td>上海市嘉定区教育局</td><td class="label">文号</td><td>嘉教〔2024〕6号</td></tr>
      <tr><td class="label">生成日期</td><td>2024-03-05</td><td class="label">公开日期</td><td>2024-03-08</td></tr>
    </table>
    <h2 class="gk-title">嘉定区教育局2024年工作要点</h2>
    <div class="gk-content" id="ivs_content">
{content}
    </div>
    <div class="gk-actions"><span>分享至：</span><a class="wechat"></a><a class="weibo"></a> <a href="javascript:print()">【打印】</a></div>
  </main>
</div>
<footer>
  <p>主办：上海市嘉定区人民政府办公室　承办：上海市嘉定区大数据中心</p>
  <p><a href="https://beian.miit.gov.cn/">沪ICP备2023012853号</a>　沪公网安备31011402010432号　网站标识码：3100000107</p>
</footer>
<script src="/static/js/ivs.min.js"></script>
</body>
</html>
""",
    "spec": """
P 2024年，嘉定教育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神和市委、区委全会部署，围绕“教育强区”建设目标，聚焦内涵发展、优质均衡、改革创新，努力办好人民满意的教育。
S 一、|加强党的全面领导
I 1.|落实学校党组织领导的校长负责制，完善中小学校“三重一大”事项集体决策机制，开展制度执行情况专项督查。
I 2.|深化“党建+”品牌建设，培育区级党建特色品牌20个，推进基层党组织标准化规范化建设全覆盖。
I 3.|加强教育系统意识形态阵地管理，规范校园讲座、论坛、社团等活动审批备案。
S 二、|推进优质均衡发展
I 4.|实施学前教育“优质园倍增计划”，新增一级及以上幼儿园5所，托幼一体化幼儿园占比达到90%。
I 5.|推进紧密型学区集团建设，新组建学区集团2个，实现公办义务教育学校学区化集团化办学全覆盖。
I 6.|完成嘉定新城远香湖中学、菊园新区实验小学等7所学校新建工程，新增学位约5000个。
I 7.|深化普通高中多样化有特色发展，推进市特色普通高中创建，支持嘉定一中等学校建设创新实验室。
I 8.|推进产教融合、校企合作，支持嘉定职校与汽车产业链企业共建实训基地3个。
S 三、|提升育人质量
I 9.|推进“五育融合”育人体系建设，完善中小学生综合素质评价，开展区级“跨学科主题学习”展示活动。
I 10.|落实义务教育阶段学生每天综合体育活动时间不少于2小时，学生体质健康测试优良率达到60%。
I 11.|完善学生心理健康服务体系，配齐专职心理教师，实现区未成年人心理健康辅导中心与学校联动。
S 四、|建设高素质教师队伍
I 12.|实施“嘉定名师”培养计划，评选第五届区学科带头人、骨干教师400名。
I 13.|推进教师数字素养提升行动，全年完成中小学教师数字化应用能力培训1.2万人次。
S 五、|深化教育综合改革
I 14.|推进教育数字化转型，建设“嘉教云”数据中台，实现区内学校教学数据互联互通。
I 15.|深化长三角教育协同发展，与昆山、太仓、苏州相城区联合开展教师研修、学生研学活动。
S 六、|保障措施
P 各单位要强化责任担当，将本要点任务分解落实到具体项目和责任人，区教育局将定期开展督查，确保各项工作按期完成。
""",
})

# --------------------------------------------------------------------------- 04 贵州湄潭县教育局 (county bureau's own small site, 2018)
PAGES.append({
    "slug": "04-meitan-jyj-2018-dede",
    "url": "http://www.mtxjyj.cn/a/tongzhigonggao/2018/0316/612.html",
    "headers": {"Content-Type": "text/html", "Server": "Microsoft-IIS/7.5", "X-Powered-By": "PHP/5.2.17"},
    "encoding": "gbk",
    "what": "county bureau's own DedeCMS site, 2018; GBK declared charset=gbk in <meta> only; 时间/来源：未知/作者 "
            "header line; &nbsp;-indented paragraphs, bold sections, items 1、–13、 through; signature and date",
    "style": "nbsp",
    "expect": {"title": "湄潭县教育局2018年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2018-03-16", "publisher": None, "plan_year": 2018, "doc_kind": "plan"},
    "tolerated": {"publisher": "湄潭县教育局"},
    "must_not_appear": ["来源：未知", "作者：admin", "点击：", "上一篇：", "下一篇：", "黔ICP备12003917号",
                        "Powered by DedeCms", "收藏", "关闭"],
    "html": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk" />
<title>湄潭县教育局2018年教育工作要点_湄潭县教育局</title>
<meta name="keywords" content="" />
<meta name="description" content="2018年全县教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body class="articleview">
<div class="header">
 <div class="header_top w960"><span class="time">湄潭县教育局欢迎您！</span></div>
 <div class="top w960 center"><div class="title"><h1><a href="/"><img src="/templets/default/images/logo.gif" height="54" width="216" alt="湄潭县教育局"/></a></h1></div></div>
 <div class="module blue mT10 wrapper w963"><div id="navMenu"><ul>
  <li><a href='/'><span>主页</span></a></li><li><a href='/a/jiaoyuxinwen/'><span>教育新闻</span></a></li>
  <li><a href='/a/tongzhigonggao/'><span>通知公告</span></a></li><li><a href='/a/zhengcefagui/'><span>政策法规</span></a></li>
  <li><a href='/a/xiaoyuanfengcai/'><span>校园风采</span></a></li></ul></div></div>
</div>
<div class="w960 center clear mt1">
<div class="pleft">
 <div class="place"><strong>当前位置:</strong> <a href='/'>主页</a> > <a href='/a/tongzhigonggao/'>通知公告</a> > </div>
 <div class="viewbox">
  <div class="title"><h2>湄潭县教育局2018年教育工作要点</h2></div>
  <div class="info"><small>时间:</small>2018-03-16 09:12<small>来源：</small>未知<small>作者：</small>admin<small>点击：</small>
   <script src="/plus/count.php?view=yes&aid=612&mid=1" type='text/javascript' language="javascript"></script>次</div>
  <div class="content">
  <table width='100%'><tr><td>
{content}
  </td></tr></table>
  </div>
  <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
  <div class="handle">
   <div class="context"><ul><li>上一篇：<a href='/a/tongzhigonggao/2018/0309/608.html'>关于做好2018年春季学期学生资助工作的通知</a> </li>
   <li>下一篇：<a href='/a/tongzhigonggao/2018/0320/615.html'>湄潭县2018年义务教育阶段招生工作方案</a> </li></ul></div>
   <div class="actbox"><ul><li id="act-fav"><a href="/plus/stow.php?aid=612">收藏</a></li><li id="act-pus"><a href="/plus/recommend.php?aid=612">推荐</a></li>
   <li id="act-print"><a href="#" onClick="window.print();">打印</a></li><li><a href="#" onClick="window.close();">关闭</a></li></ul></div>
  </div>
 </div>
</div>
</div>
<div class="footer w960 center mt1 clear">
 <p>Copyright &copy; 2012-2018 湄潭县教育局 版权所有 <a href="http://www.miibeian.gov.cn">黔ICP备12003917号</a></p>
 <p>地址：贵州省遵义市湄潭县湄江镇象山路 电话：0851-24222516　Powered by DedeCms</p>
</div>
</body>
</html>
""",
    "spec": """
P 2018年全县教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，紧紧围绕县委、县政府“生态产业强县、茶旅融合兴县”的决策部署，以巩固义务教育均衡发展成果为基础，以提高教育质量为核心，办好人民满意的教育。
S 一、|全面加强党的建设
I 1、|认真学习宣传贯彻党的十九大精神，把学习贯彻党的十九大精神作为当前和今后一个时期的首要政治任务，采取集中培训、专题辅导等方式实现全县教职工学习全覆盖。
I 2、|加强基层党组织建设，年内完成全县中小学党组织换届选举工作，实现党的组织和党的工作全覆盖。
I 3、|严格落实党风廉政建设责任制，深入开展“两学一做”学习教育常态化制度化，严肃查处教师有偿补课、违规收费等行为。
S 二、|巩固提升义务教育均衡发展成果
I 4、|按照国家义务教育发展基本均衡县复查标准，查漏补缺，确保各项指标持续达标。
I 5、|实施全面改善贫困地区义务教育薄弱学校基本办学条件项目，完成兴隆镇中学、复兴镇中心小学等8所学校建设任务，新增校舍面积1.6万平方米。
I 6、|加大控辍保学工作力度，落实“七长”责任制，确保九年义务教育巩固率达到95%以上。
S 三、|大力发展学前教育和高中阶段教育
I 7、|实施第三期学前教育行动计划，新建乡镇公办幼儿园3所，学前三年毛入园率达到88%。
I 8、|推进普通高中多样化发展，力争湄潭中学一本上线人数突破200人，普通高中毛入学率达到90%。
I 9、|加快中等职业教育发展，依托湄潭茶产业开设茶叶生产与加工、茶艺与茶营销等特色专业，年内招收中职新生1500人。
S 四、|加强教师队伍建设
I 10、|招聘特岗教师80名，补充紧缺学科教师，着力解决农村学校音体美教师不足问题。
I 11、|实施“国培计划”“省培计划”，全年组织教师培训5000人次，评选县级骨干教师100名。
S 五、|切实做好教育扶贫和安全工作
I 12、|全面落实学生资助政策，确保建档立卡贫困家庭学生资助全覆盖，实施农村义务教育学生营养改善计划，惠及学生4.2万人。
I 13、|深入开展校园安全隐患排查整治，加强防溺水、交通、食品安全教育，确保全年不发生重大安全责任事故。
C 湄潭县教育局
C 2018年3月12日
""",
})

# --------------------------------------------------------------------------- 05 陕西眉县教育体育局 (教体局, education + sports)
PAGES.append({
    "slug": "05-meixian-jtj-2024",
    "url": "http://www.meixian.gov.cn/art/2024/3/20/art_10371_1628437.html",
    "headers": {"Content-Type": "text/html; charset=UTF-8", "Server": "nginx/1.20.1"},
    "encoding": "utf-8",
    "what": "county government site, 部门动态 column; 教体局 plan with sports items; header line 发布时间/来源：县教体局; "
            "UEditor spans; items 1．–15． (full-width dot) through 5 sections; 一是/二是/三是 sub-items as own paragraphs",
    "style": "ueditor",
    "expect": {"title": "眉县教育体育局2024年工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-20", "publisher": "县教体局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"publisher": "眉县教育体育局"},
    "must_not_appear": ["浏览次数", "陕ICP备05005634号-1", "网站标识码：6103260001", "眉县人民政府办公室",
                        "【字体：", "打印本页", "关闭窗口", "相关链接"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="renderer" content="webkit">
<title>眉县教育体育局2024年工作要点 - 眉县人民政府</title>
<link rel="stylesheet" type="text/css" href="/module/jslib/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" type="text/css" href="/css/mx_article.css">
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="mx-top">
  <div class="mx-top-in"><span class="date" id="today"></span><a href="/col/col10360/index.html">无障碍</a> <a href="/col/col10362/index.html">长者模式</a></div>
  <div class="mx-logo"><img src="/images/mx_logo.png" alt="眉县人民政府"></div>
  <ul class="mx-nav"><li><a href="/">首页</a></li><li><a href="/col/col10366/index.html">走进眉县</a></li><li><a href="/col/col10367/index.html">政务公开</a></li>
  <li><a href="/col/col10368/index.html">政务服务</a></li><li><a href="/col/col10369/index.html">互动交流</a></li></ul>
</div>
<div class="mx-main">
  <div class="mx-location">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col10367/index.html">政务公开</a> &gt; <a href="/col/col10371/index.html">部门动态</a></div>
  <div class="mx-article">
    <h1>眉县教育体育局2024年工作要点</h1>
    <div class="mx-article-info">发布时间：2024-03-20 16:42　　来源：县教体局　　浏览次数：<span id="c_count">512</span>　　【字体：<a href="javascript:fontZoom(20)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】</div>
    <div class="mx-article-con" id="zoomcon">
{content}
    </div>
    <div class="mx-article-btn"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
  </div>
  <div class="mx-related"><h4>相关链接</h4>
    <a href="/art/2024/3/12/art_10371_1627810.html">县教体局召开2024年全县教育体育工作会议</a>
    <a href="/art/2024/2/26/art_10371_1626533.html">眉县开展春季学期开学安全大检查</a>
  </div>
</div>
<div class="mx-foot">
  <p>主办单位：眉县人民政府办公室　　承办单位：眉县融媒体中心</p>
  <p><a href="https://beian.miit.gov.cn/">陕ICP备05005634号-1</a>　　网站标识码：6103260001　　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div>
<script>function fontZoom(s){document.getElementById('zoomcon').style.fontSize=s+'px';}</script>
</body>
</html>
""",
    "spec": """
P 2024年全县教育体育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实市委、县委决策部署，坚持教育优先发展和体育惠民利民，推动全县教育体育事业高质量发展。
S 一、|坚持党建引领，筑牢教育体育系统政治根基
I 1．|深入学习贯彻党的二十大精神，严格落实“第一议题”制度，全年开展局党组理论学习中心组学习12次以上。
I 2．|全面推行中小学校党组织领导的校长负责制，年内在全县公办中小学实现全覆盖。
I 3．|落实全面从严治党主体责任，开展违规补课、违规收受礼品礼金等问题专项整治。
S 二、|推进教育优质均衡发展
I 4．|新建城区第二幼儿园，改扩建横渠镇中心幼儿园，新增学位540个，普惠性幼儿园覆盖率保持在92%以上。
I 5．|推进义务教育优质均衡县创建，重点解决首善镇、汤峪镇等学校功能室不足问题。
I 6．|实施县域普通高中发展提升行动，眉县中学、槐芽中学二本以上上线率较上年提高3个百分点。
I 7．|加强职业教育与猕猴桃产业对接，县职教中心新增电子商务、农产品加工专业，年内开展新型职业农民培训800人次。
S 三、|提升教育教学质量
I 8．|深化课堂教学改革，开展“三类课堂”达标评比，全年举办县级公开课、示范课120节次。
I 9．|扎实推进“双减”工作，抓好作业管理、课后服务，义务教育学校课后服务参与率保持在95%以上。
I 10．|加强学生心理健康教育，重点做好以下工作：
U 一是|配齐配强心理健康教师，每所中小学至少配备1名专兼职心理教师；
U 二是|每学期开展1次学生心理健康筛查，建立“一生一档”；
U 三是|建立家校医协同机制，与县医院精神科建立转介绿色通道。
S 四、|发展群众体育和竞技体育
I 11．|广泛开展全民健身活动，举办眉县第二届全民健身运动会、“村BA”篮球联赛等赛事活动20场次以上。
I 12．|新建更新社区健身路径30套，建设多功能运动场2处，人均体育场地面积达到2.6平方米。
I 13．|加强青少年体育后备人才培养，办好县青少年业余体校，力争在市第十届运动会上取得团体总分前三名。
S 五、|守牢安全稳定底线
I 14．|开展校园安全隐患排查整治，落实防溺水“七个一”措施，确保全年不发生溺水事故。
I 15．|强化体育场馆、赛事活动安全监管，落实大型体育赛事安全预案和应急处置机制。
""",
})

# --------------------------------------------------------------------------- 06 辽宁丹东市教育局 (2019, lines split by <br />)
PAGES.append({
    "slug": "06-dandong-jyj-2019-br",
    "url": "http://jyj.dandong.gov.cn/html/DDJYJ/201903/0154931457082763.html",
    "headers": {"Content-Type": "text/html; charset=utf-8", "Server": "Apache-Coyote/1.1"},
    "encoding": "utf-8",
    "what": "city bureau site, 2019; whole text in one <div> with <br /> line breaks and U+3000 indents; "
            "发布日期 in 年月日 with zero padding; 一、 sections, （一） items restarting per section",
    "style": "br",
    "expect": {"title": "2019年全市教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2019-03-05", "publisher": "丹东市教育局", "plan_year": 2019, "doc_kind": "plan"},
    "must_not_appear": ["信息来源", "浏览次数", "辽ICP备09012345号", "丹东市教育局主办", "【关闭本页】", "【打印本页】",
                        "【收藏本页】", "发布日期："],
    "html": """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>2019年全市教育工作要点--丹东市教育局</title>
<link href="/images/DDJYJ/css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/images/common/js/common.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/DDJYJ/banner.jpg" width="1000" height="160"></td></tr>
  <tr><td class="menu" height="40">
    <a href="/">网站首页</a> | <a href="/html/DDJYJ/jyxw/">教育新闻</a> | <a href="/html/DDJYJ/tzgg/">通知公告</a> | <a href="/html/DDJYJ/zwgk/">政务公开</a> | <a href="/html/DDJYJ/bsfw/">办事服务</a>
  </td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td height="30" class="weizhi">&nbsp;&nbsp;您的位置：<a href="/">首页</a> &gt;&gt; <a href="/html/DDJYJ/zwgk/">政务公开</a> &gt;&gt; 计划总结</td></tr>
  <tr><td align="center" height="60" class="biaoti"><strong>2019年全市教育工作要点</strong></td></tr>
  <tr><td align="center" class="xinxi">发布日期：2019年03月05日&nbsp;&nbsp;&nbsp;&nbsp;信息来源：丹东市教育局&nbsp;&nbsp;&nbsp;&nbsp;浏览次数：<span id="clicks">2417</span></td></tr>
  <tr><td class="zhengwen" id="zoom" style="padding:20px 40px">
{content}
  </td></tr>
  <tr><td align="right" height="40">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭本页</a>】【<a href="javascript:window.external.addFavorite(location.href,document.title)">收藏本页</a>】</td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom">
  <tr><td align="center" height="80">丹东市教育局主办　地址：丹东市振兴区锦山大街107号　<br>
  <a href="http://www.miitbeian.gov.cn">辽ICP备09012345号</a>　建议使用1024*768分辨率浏览</td></tr>
</table>
</body>
</html>
""",
    "spec": """
P 2019年是新中国成立70周年，是全面建成小康社会关键之年。全市教育工作总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和全国教育大会精神，落实市委、市政府工作部署，以立德树人为根本任务，加快推进教育现代化，努力办好人民满意的教育。
S 一、|全面加强党对教育工作的领导
I （一）|深入学习贯彻全国教育大会精神。组织开展全市教育系统学习贯彻全国、全省教育大会精神系列活动，召开全市教育大会，研究出台加快推进教育现代化的实施意见。
I （二）|加强学校基层党组织建设。开展中小学校党建工作“对标争先”活动，推进党支部标准化建设，确保全市中小学党组织覆盖率达到100%。
I （三）|加强党风廉政建设。严格落实“一岗双责”，开展教育系统漠视侵害群众利益问题专项整治。
S 二、|落实立德树人根本任务
I （一）|深化德育工作。开展“我和我的祖国”主题教育活动，推进中华优秀传统文化进校园，培育市级德育特色学校20所。
I （二）|加强体育美育工作。全面落实中小学生每天1小时校园体育活动，开展校园足球、冰雪运动进校园活动，全市学生体质健康合格率达到92%。
I （三）|规范校外培训机构。会同相关部门对全市校外培训机构开展专项治理“回头看”，建立黑白名单制度。
S 三、|推动各级各类教育协调发展
I （一）|扩大普惠性学前教育资源。新建、改扩建公办幼儿园10所，普惠性幼儿园覆盖率达到80%以上。
I （二）|推进义务教育均衡发展。全面消除66人以上超大班额，大班额比例控制在5%以内。
I （三）|推进普通高中改革。做好新高考综合改革准备工作，推进选课走班教学，完善学生发展指导制度。
I （四）|加快发展现代职业教育。推动丹东市中等职业技术专业学校与沿海产业园区企业合作，开展现代学徒制试点。
S 四、|建设高素质教师队伍
I （一）|加强师德师风建设。开展“师德建设年”活动，严肃查处有偿补课、体罚学生等违反师德行为。
I （二）|深化教师管理制度改革。推进中小学教师“县管校聘”改革试点，全年补充中小学教师300名。
""",
})

# --------------------------------------------------------------------------- 07 广西桂林市临桂区 (总结 and 计划 in one document)
PAGES.append({
    "slug": "07-lingui-jyj-2023zj-2024jh",
    "url": "http://www.lingui.gov.cn/zwgk/bmxxgkml/qjyj/ghjh_50327/t18273645.shtml",
    "headers": {"Content-Type": "text/html; charset=UTF-8", "Server": "TRS WCM"},
    "encoding": "utf-8",
    "what": "区 site, 部门信息公开目录 > 区教育局 > 规划计划; 2023年工作总结和2024年工作计划 in one document; 信息公开 "
            "table (索引号/发文单位/发布日期, no 文号 row); bold sections, full-width-space indents, （一） items "
            "restarting per section; the 存在问题 section is text only",
    "style": "fullwidth_space",
    "expect": {"title": "桂林市临桂区教育局2023年工作总结和2024年工作计划", "notice_title": None,
               "index_no": "11450312MB1A23456K/2024-00518", "doc_no": None, "pub_date": "2024-01-19",
               "publisher": "桂林市临桂区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"plan_year": 2023, "doc_kind": "report"},
    "must_not_appear": ["索 引 号", "发文单位", "信息分类", "桂ICP备10006398号", "网站标识码：4503120004",
                        "临桂区人民政府办公室", "【打印】", "【关闭】", "相关文章"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="桂林市临桂区人民政府门户网站">
<meta name="ColumnName" content="规划计划">
<meta name="ArticleTitle" content="桂林市临桂区教育局2023年工作总结和2024年工作计划">
<title>桂林市临桂区教育局2023年工作总结和2024年工作计划</title>
<link href="../../../images/gxzf_xxgk.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="head"><div class="logo"><img src="../../../images/lg_logo.png" alt="桂林市临桂区人民政府门户网站"></div>
<div class="nav"><a href="../../../">首页</a><a href="../../../zwgk/">政务公开</a><a href="../../../zwfw/">政务服务</a><a href="../../../hdjl/">互动交流</a><a href="../../../zjlg/">走进临桂</a></div></div>
<div class="xxgk-wrap">
<div class="crumbs">当前位置：<a href="../../../">首页</a> &gt; <a href="../../../zwgk/">政务公开</a> &gt; <a href="../../">部门信息公开目录</a> &gt; <a href="../">区教育局</a> &gt; <a href="./">规划计划</a></div>
<div class="xxgk-info">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="t1">索 引 号：</td><td class="t2">11450312MB1A23456K/2024-00518</td><td class="t1">信息分类：</td><td class="t2">规划计划</td></tr>
<tr><td class="t1">发文单位：</td><td class="t2">桂林市临桂区教育局</td><td class="t1">发布日期：</td><td class="t2">2024-01-19</td></tr>
<tr><td class="t1">名　　称：</td><td class="t2" colspan="3">桂林市临桂区教育局2023年工作总结和2024年工作计划</td></tr>
</table>
</div>
<div class="article">
<h1>桂林市临桂区教育局2023年工作总结和2024年工作计划</h1>
<div class="article-con">
<div class="TRS_Editor_gx">
{content}
</div>
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="related"><h3>相关文章</h3><ul><li><a href="./t17345123.shtml">桂林市临桂区教育局2022年工作总结和2023年工作计划</a></li></ul></div>
</div>
</div>
<div class="foot">
<p>主办：临桂区人民政府办公室　承办：临桂区大数据发展局</p>
<p><a href="https://beian.miit.gov.cn">桂ICP备10006398号</a>　桂公网安备45031202000125号　网站标识码：4503120004</p>
</div>
</body>
</html>
""",
    "spec": """
P 2023年，临桂区教育局在区委、区政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，各项工作取得新进展。现将有关情况总结如下。
S 一、|2023年工作开展情况
I （一）|党建引领持续加强。深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育，全区78所中小学全面推行党组织领导的校长负责制。
I （二）|办学条件明显改善。投入资金2.36亿元，建成投用临桂区第十二中学、西城第三小学等6所学校，新增学位6480个。
I （三）|教育质量稳步提升。2023年高考本科上线1936人，上线率较上年提高4.2个百分点；中考全科合格率位居全市前列。
I （四）|教师队伍不断壮大。公开招聘中小学、幼儿园教师265名，选派120名城区骨干教师到乡村学校交流轮岗。
I （五）|安全稳定形势良好。开展校园安全隐患排查整治行动4次，整改隐患312处，全年未发生重大安全责任事故。
S 二、|存在的问题
P 一是城区学位供给仍然紧张，部分学校大班额问题尚未彻底消除；二是乡村学校教师结构性缺编问题依然突出；三是职业教育与本地产业结合不够紧密。
S 三、|2024年工作计划
I （一）|坚持党建引领。深化“一校一品”党建品牌创建，培育区级党建示范校15所，抓好意识形态工作责任制落实。
I （二）|扩充优质学位供给。续建临桂区第十三中学、会仙镇中心小学综合楼等项目，新增学位3200个。
I （三）|推进学前教育普及普惠。新增普惠性民办幼儿园认定8所，学前三年毛入园率达到93%。
I （四）|提升义务教育质量。深化集团化办学，新组建教育集团3个，城乡学校结对帮扶实现全覆盖。
I （五）|推动高中阶段教育多样化发展。支持临桂中学创建自治区示范性普通高中，推进中职学校与桂林市电子信息产业企业共建实训基地。
I （六）|加强教师队伍建设。招聘教师200名，开展教师全员培训6000人次，落实乡村教师生活补助政策。
I （七）|守牢校园安全底线。健全校园安全风险防控体系，开展防溺水、防欺凌专项教育，确保师生平安。
""",
})

# --------------------------------------------------------------------------- 08 江西赣州市章贡区 (推进情况)
PAGES.append({
    "slug": "08-zhanggong-jyj-2024-tuijin",
    "url": "https://www.zgq.gov.cn/zgqxxgk/c116583/202407/7d4e2f18a9b34c6c8e0f51a2b6d3c9e4.shtml",
    "headers": {"Content-Type": "text/html; charset=utf-8", "Server": "WAF"},
    "encoding": "utf-8",
    "what": "区 政府信息公开平台; 推进情况 report; metadata lines with <em> labels (索引号/组配分类/发布机构/生成日期/"
            "发文字号 empty); UEditor spans; 一、 sections, （一） items restarting, 1. sub-items under three items",
    "style": "ueditor",
    "expect": {"title": "章贡区教育局2024年上半年重点工作推进情况", "notice_title": None,
               "index_no": "K22012345/2024-0716031", "doc_no": None, "pub_date": "2024-07-16",
               "publisher": "章贡区教育局", "plan_year": 2024, "doc_kind": "report"},
    "must_not_appear": ["组配分类", "生成日期", "发文字号", "赣ICP备05004216号", "网站标识码：3607020001",
                        "章贡区人民政府办公室", "我要纠错", "打印", "收藏"],
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>章贡区教育局2024年上半年重点工作推进情况_章贡区人民政府</title>
<link rel="stylesheet" href="/zgqxxgk/css/xxgk2022.css">
<script src="/zgqxxgk/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="xxgk-header"><div class="wrap"><img src="/zgqxxgk/images/xxgk_logo.png" alt="章贡区政府信息公开平台"><div class="xxgk-search"><input id="kw" placeholder="请输入关键字"><a href="javascript:;">搜索</a></div></div></div>
<div class="xxgk-nav"><div class="wrap"><a href="/zgqxxgk/">信息公开首页</a><a href="/zgqxxgk/c116500/list.shtml">政府信息公开指南</a><a href="/zgqxxgk/c116501/list.shtml">政府信息公开制度</a><a href="/zgqxxgk/c116502/list.shtml">法定主动公开内容</a><a href="/zgqxxgk/c116503/list.shtml">政府信息公开年报</a></div></div>
<div class="wrap">
<div class="xxgk-pos">当前位置：<a href="/zgqxxgk/">信息公开</a> » <a href="/zgqxxgk/c116580/list.shtml">区教育局</a> » <a href="/zgqxxgk/c116583/list.shtml">计划总结</a></div>
<div class="con-info">
  <div class="row"><div class="col"><em>索引号：</em>K22012345/2024-0716031</div><div class="col"><em>组配分类：</em>计划总结</div></div>
  <div class="row"><div class="col"><em>发布机构：</em>章贡区教育局</div><div class="col"><em>生成日期：</em>2024-07-16</div></div>
  <div class="row"><div class="col"><em>发文字号：</em></div><div class="col"><em>主题分类：</em>教育</div></div>
  <div class="row"><div class="col col-full"><em>标题：</em>章贡区教育局2024年上半年重点工作推进情况</div></div>
</div>
<div class="con-title">章贡区教育局2024年上半年重点工作推进情况</div>
<div class="con-text" id="conText">
{content}
</div>
<div class="con-tools"><a href="javascript:window.print();">打印</a><a href="javascript:addFav();">收藏</a><a href="https://zfwzzc.www.gov.cn/" target="_blank">我要纠错</a></div>
</div>
<div class="xxgk-footer">
<p>主办单位：章贡区人民政府办公室　技术支持：章贡区政务服务数据管理局</p>
<p><a href="https://beian.miit.gov.cn/">赣ICP备05004216号</a>　网站标识码：3607020001　<img src="/zgqxxgk/images/ga.png">赣公网安备36070202000163号</p>
</div>
<script>function addFav(){ alert('请按Ctrl+D收藏本页'); }</script>
</body>
</html>
""",
    "spec": """
P 今年以来，区教育局紧紧围绕年初确定的重点工作任务，聚焦“教育强区”目标，压实责任、挂图作战，各项工作有序推进。现将上半年推进情况报告如下：
S 一、|重点工作推进情况
I （一）|学位建设项目加快推进。
U 1.|章贡区第二十二中学、水东实验学校二期等5个项目已完成主体工程，计划9月投入使用，可新增学位4350个。
U 2.|沙石镇中心小学改扩建项目完成立项、规划选址等前期工作，预计8月开工建设。
I （二）|学前教育普惠发展稳步推进。新认定普惠性民办幼儿园6所，全区普惠性幼儿园覆盖率达到91.3%，较年初提高1.5个百分点。
I （三）|义务教育招生工作平稳有序。
U 1.|出台《章贡区2024年义务教育阶段学校招生入学工作方案》，全面实行网上报名、阳光招生。
U 2.|一年级、七年级计划招生1.58万人，已完成网上报名1.41万人，进城务工人员随迁子女100%纳入保障范围。
I （四）|“双减”工作持续深化。开展校外培训机构专项检查6轮，查处违规培训行为9起；全区义务教育学校课后服务覆盖率100%。
S 二、|存在的困难和问题
I （一）|城区优质学位供需矛盾依然突出。部分热点学校招生压力大，新建项目建设周期较长。
I （二）|教师队伍结构性矛盾仍然存在。音体美、信息科技、心理健康等学科专任教师仍有缺口约140人。
S 三、|下半年工作打算
I （一）|确保新建学校按期投用。
U 1.|倒排工期，确保5所新建学校9月1日前完成竣工验收和设施设备配置。
U 2.|提前做好新校教师调配和学生分流，确保秋季开学平稳有序。
U 3.|同步做好周边交通组织、安全防护设施建设。
I （二）|全力抓好教育教学质量提升。深化“强课提质”行动，开展区级优质课评比，组织初三、高三复习备考专题研讨。
I （三）|抓好秋季学期开学和校园安全工作。开展开学前安全大检查，重点排查校舍、食堂、校车等领域风险隐患。
C 章贡区教育局
C 2024年7月15日
""",
})

# --------------------------------------------------------------------------- 09 黑龙江哈尔滨市道里区 (2025, items restart per section)
PAGES.append({
    "slug": "09-harbin-daoli-2025",
    "url": "https://www.hrbdl.gov.cn/hrbdl/c104896/202502/c01_361127.shtml",
    "headers": {"Content-Type": "text/html; charset=UTF-8"},
    "encoding": "utf-8",
    "what": "区 government site, 部门动态 column; 2025 plan; 来源/发布时间 (with seconds) header line; 楷体 leads; "
            "items 1. restarting in every section; one continuation paragraph",
    "style": "kaiti",
    "expect": {"title": "道里区2025年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2025-02-18", "publisher": "道里区教育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["发布时间：", "黑ICP备05002476号", "网站标识码：2301020001", "哈尔滨市道里区人民政府办公室",
                        "【我要打印】", "【关闭窗口】", "阅读量"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>道里区2025年教育工作要点-哈尔滨市道里区人民政府</title>
<link rel="stylesheet" href="/hrbdl/xhtml/css/detail.css">
<script src="/hrbdl/xhtml/js/jquery.js"></script>
</head>
<body>
<div id="header">
  <div class="w1200"><div class="logo"><a href="/"><img src="/hrbdl/xhtml/images/logo.png" alt="哈尔滨市道里区人民政府"></a></div>
  <div class="wza"><a href="javascript:;" id="cniil_wza">无障碍阅读</a><a href="/hrbdl/c104800/lhb.shtml">关怀版</a></div></div>
  <div class="menu w1200"><a href="/">首 页</a><a href="/hrbdl/c104810/list.shtml">走进道里</a><a href="/hrbdl/c104820/list.shtml">政务公开</a><a href="/hrbdl/c104860/list.shtml">政务服务</a><a href="/hrbdl/c104880/list.shtml">政民互动</a></div>
</div>
<div class="w1200 main">
  <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/hrbdl/c104820/list.shtml">政务公开</a> &gt; <a href="/hrbdl/c104896/list.shtml">部门动态</a></div>
  <div class="detail">
    <div class="detail-title">道里区2025年教育工作要点</div>
    <div class="detail-sub"><span>来源：道里区教育局</span><span>发布时间：2025-02-18 10:02:33</span><span>阅读量：<i id="readCount"></i></span></div>
    <div class="detail-content" id="detailContent">
{content}
    </div>
    <div class="detail-btn"><a href="javascript:window.print();">【我要打印】</a><a href="javascript:window.opener=null;window.close();">【关闭窗口】</a></div>
  </div>
</div>
<div id="footer">
  <p>主办单位：哈尔滨市道里区人民政府办公室　联系电话：0451-84612345</p>
  <p><a href="https://beian.miit.gov.cn">黑ICP备05002476号</a>　网站标识码：2301020001　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div>
<script>$.get('/hrbdl/api/read?id=361127',function(d){$('#readCount').text(d.count);});</script>
</body>
</html>
""",
    "spec": """
P 2025年是“十四五”规划收官之年，也是谋划“十五五”教育发展的关键之年。全区教育工作要以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届三中全会精神，全面落实全国、全省教育大会部署，加快建设教育强区。
S 一、|坚持党建统领，把牢教育发展方向
I 1.|深化理论武装。持续开展习近平总书记关于教育的重要论述学习研讨，全年组织局系统专题读书班2期。
I 2.|夯实基层基础。深入实施中小学校党组织领导的校长负责制，开展“五好”党支部创建，培树示范党支部10个。
I 3.|纵深推进全面从严治党。开展教育系统群众身边不正之风和腐败问题集中整治，持续规范招生、食堂、校服等领域管理。
S 二、|坚持立德树人，培养担当民族复兴大任的时代新人
I 1.|推进思政课改革创新。建设区级“大思政课”实践基地15个，举办中小学思政课教师教学基本功比赛。
I 2.|强化体育美育。深入推进冰雪运动进校园，全区中小学冰雪运动开课率达到100%，组织区中小学生冰雪运动会。
I 3.|加强心理健康教育。建设学生心理健康服务站，开展“一生一策”心理关爱，中小学心理健康教师配备率达到100%。
S 三、|坚持优质均衡，推动基础教育扩优提质
I 1.|推进学前教育普惠发展。新增公办幼儿园学位600个，普惠性幼儿园覆盖率保持在90%以上。
I 2.|推进义务教育优质均衡。深化群力新区、新发镇等区域教育集团化办学，年内新增紧密型教育集团4个。
P 推进新建学校建设，完成群力第三学校、安心街小学综合楼主体工程，新增学位2160个。
I 3.|推进普通高中多样化发展。支持区属高中开展科技、外语等特色课程建设，推进新课程新教材实施示范校建设。
S 四、|坚持强师铸魂，建设高素质教师队伍
I 1.|加强师德师风建设。落实新时代中小学教师职业行为十项准则，开展师德专题教育全覆盖。
I 2.|提升教师专业能力。实施“名师名校长”培养工程，选树区级骨干教师200名，开展全员培训8000人次。
S 五、|坚持安全发展，守牢教育系统稳定底线
I 1.|强化校园安全管理。开展校园安全“百日攻坚”行动，实现中小学幼儿园专职保安员配备率、封闭化管理率100%。
I 2.|加强食品安全监管。落实校园食品安全校长（园长）负责制和陪餐制度，学校食堂“互联网+明厨亮灶”覆盖率达到100%。
""",
})

# --------------------------------------------------------------------------- 10 内蒙古呼伦贝尔市海拉尔区 (bilingual site furniture)
PAGES.append({
    "slug": "10-hailar-jyj-2024-jihua",
    "url": "http://www.hailar.gov.cn/News/show/412876.html",
    "headers": {"Content-Type": "text/html; charset=utf-8", "Server": "nginx"},
    "encoding": "utf-8",
    "what": "区 site with a Mongolian-script nav link; 工作计划 with 发文字号; 信息公开 table in a <dl>-free "
            "<table> of label/value cells; bold sections, full-width-space indents; items 1、–14、 through",
    "style": "fullwidth_space",
    "expect": {"title": "海拉尔区教育局2024年工作计划", "notice_title": None,
               "index_no": "11150702011610023Q/2024-00036", "doc_no": "海区教发〔2024〕5号", "pub_date": "2024-03-12",
               "publisher": "海拉尔区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["ᠮᠣᠩᠭᠣᠯ", "蒙ICP备06003318号", "网站标识码：1507020002", "海拉尔区人民政府办公室",
                        "打印此页", "关闭此页", "索引号：", "发文字号："],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>海拉尔区教育局2024年工作计划 - 海拉尔区人民政府</title>
<link rel="stylesheet" href="/Public/Home/css/show.css" />
<script type="text/javascript" src="/Public/Home/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="top"><div class="wrap"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span>
<span class="lang"><a href="http://mgl.hailar.gov.cn/">ᠮᠣᠩᠭᠣᠯ</a> | <a href="/">汉文</a></span></div></div>
<div class="banner"><img src="/Public/Home/images/banner.jpg" alt="海拉尔区人民政府" /></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/News/index/c/3.html">政务公开</a></li><li><a href="/News/index/c/21.html">政务服务</a></li><li><a href="/News/index/c/30.html">魅力海拉尔</a></li></ul></div>
<div class="wrap">
<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/News/index/c/3.html">政务公开</a> &gt; <a href="/News/index/c/12.html">计划规划</a></div>
<table class="gkxx" width="100%" cellpadding="0" cellspacing="1">
<tr><td class="bt">索引号：</td><td>11150702011610023Q/2024-00036</td><td class="bt">公开方式：</td><td>主动公开</td></tr>
<tr><td class="bt">发布机构：</td><td>海拉尔区教育局</td><td class="bt">发文字号：</td><td>海区教发〔2024〕5号</td></tr>
<tr><td class="bt">发布日期：</td><td>2024-03-12</td><td class="bt">有效性：</td><td>有效</td></tr>
</table>
<div class="show_title">海拉尔区教育局2024年工作计划</div>
<div class="show_content" id="MyContent">
{content}
</div>
<div class="show_btn"><a href="javascript:window.print()">打印此页</a> <a href="javascript:self.close()">关闭此页</a></div>
</div>
<div class="footer">
<p>主办：海拉尔区人民政府办公室　地址：呼伦贝尔市海拉尔区胜利大街</p>
<p><a href="https://beian.miit.gov.cn/">蒙ICP备06003318号</a>　网站标识码：1507020002　蒙公网安备15070202000118号</p>
</div>
</body>
</html>
""",
    "spec": """
P 2024年，海拉尔区教育工作坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实铸牢中华民族共同体意识工作主线，以推动教育高质量发展为主题，全力打造“学在海拉尔”教育品牌。
S 一、|铸牢中华民族共同体意识
I 1、|全面推行国家统编教材，确保民族学校国家通用语言文字教学质量持续提升，教师国家通用语言文字达标率100%。
I 2、|深入开展“石榴籽”民族团结进步教育，创建自治区级民族团结进步示范学校2所。
I 3、|把铸牢中华民族共同体意识教育融入思政课、校园文化建设和社会实践全过程。
S 二、|促进基础教育优质均衡
I 4、|完成第三幼儿园改扩建工程，新增学位270个，学前三年毛入园率达到95%以上。
I 5、|推进义务教育优质均衡发展，组建城乡学校共同体6个，推动优质教育资源向奋斗镇、哈克镇等乡镇学校延伸。
I 6、|推进普通高中特色发展，海拉尔第二中学创建自治区级特色高中，本科上线率较上年提高2个百分点。
I 7、|办好特殊教育，适龄残疾儿童少年义务教育入学率保持在97%以上，推进送教上门规范化。
S 三、|提升育人水平
I 8、|实施学生体质健康促进工程，开展冰雪运动、校园足球特色学校创建，学生体质健康达标率达到93%。
I 9、|加强劳动教育，建设校外劳动教育实践基地3个，中小学每周劳动课不少于1课时。
I 10、|深化“双减”工作，规范校外培训，课后服务实现义务教育学校全覆盖、有需求学生全覆盖。
S 四、|加强教师队伍建设
I 11、|补充教师60名，重点解决乡镇学校音体美及心理健康教师短缺问题。
I 12、|开展“名校长、名教师、名班主任”培养，组织教师赴发达地区跟岗研修200人次。
S 五、|保障安全稳定
I 13、|落实冬季取暖、防寒、防滑和交通安全等季节性安全措施，开展校园安全隐患排查4次。
I 14、|完善校园安全防范体系，实现中小学封闭化管理、专职保安配备、一键式报警全覆盖。
""",
})

# --------------------------------------------------------------------------- 11 新疆克拉玛依市教育局 (Word HTML pasted as is)
PAGES.append({
    "slug": "11-karamay-jyj-2024-mso",
    "url": "https://www.klmy.gov.cn/klmys/jyj/202404/a5c3e1d7f02b4e8c9b61d4a7e2f3c5b8.shtml",
    "headers": {"Content-Type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "what": "city site, 部门 sub-site of 市教育局; Word HTML pasted as is (MsoNormal, o:p, marker digits and dot in "
            "separate runs); 发布日期/信息来源 header line; items 1.–13. through 5 sections",
    "style": "mso",
    "expect": {"title": "克拉玛依市2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-04-02", "publisher": "克拉玛依市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["信息来源：", "新ICP备05000723号", "网站标识码：6502000001", "克拉玛依市人民政府办公室",
                        "字体：", "打印", "关闭", "上一篇", "下一篇"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>克拉玛依市2024年教育工作要点_克拉玛依市人民政府</title>
<link href="/klmys/css/klmy_detail.css" rel="stylesheet">
<script src="/klmys/js/jquery.min.js"></script>
</head>
<body>
<div class="g-top"><div class="w"><a href="/">克拉玛依市人民政府</a><span class="links"><a href="/klmys/wza/">无障碍</a> <a href="/klmys/en/">English</a></span></div></div>
<div class="g-nav"><div class="w"><a href="/">首页</a><a href="/klmys/zwgk/">政务公开</a><a href="/klmys/zwfw/">政务服务</a><a href="/klmys/hdjl/">互动交流</a><a href="/klmys/zjklmy/">走进克拉玛依</a></div></div>
<div class="w">
  <div class="g-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/klmys/bmxxgk/">部门信息公开</a> &gt; <a href="/klmys/jyj/">市教育局</a></div>
  <div class="g-article">
    <h2 class="g-article-t">克拉玛依市2024年教育工作要点</h2>
    <p class="g-article-i">发布日期：2024-04-02　信息来源：克拉玛依市教育局　字体：<a onclick="setFont(18)">大</a> <a onclick="setFont(16)">中</a> <a onclick="setFont(14)">小</a></p>
    <div class="g-article-c" id="Zoom">
<div class="WordSection1" style="layout-grid:15.6pt">
{content}
</div>
    </div>
    <div class="g-article-b"><a href="javascript:print()">打印</a> <a href="javascript:close()">关闭</a></div>
    <div class="g-article-n"><p>上一篇：<a href="/klmys/jyj/202403/x1.shtml">克拉玛依市教育局召开2024年全市教育工作会议</a></p><p>下一篇：<a href="/klmys/jyj/202404/x2.shtml">市教育局开展春季校园安全检查</a></p></div>
  </div>
</div>
<div class="g-foot"><p>主办：克拉玛依市人民政府办公室　承办：克拉玛依市政务服务和公共资源交易中心</p>
<p><a href="https://beian.miit.gov.cn/">新ICP备05000723号</a>　网站标识码：6502000001　新公网安备65020302000112号</p></div>
<script>function setFont(n){$('#Zoom').css('font-size',n+'px');}</script>
</body>
</html>
""",
    "spec": """
P 2024年全市教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，完整准确全面贯彻新时代党的治疆方略，牢牢扭住社会稳定和长治久安总目标，以建设区域教育高地为目标，推动全市教育高质量发展。
S 一、|加强党对教育工作的全面领导
I 1.|坚持用习近平新时代中国特色社会主义思想铸魂育人，把铸牢中华民族共同体意识贯穿学校教育教学全过程。
I 2.|深化中小学校党组织领导的校长负责制，健全党组织会议和校长办公会议制度，加强学校领导班子建设。
I 3.|持续加强师生思想政治教育，开展“民族团结一家亲”和结对认亲活动，推进各族学生交往交流交融。
S 二、|推动基础教育高质量发展
I 4.|实施学前教育普及普惠提升工程，公办园在园幼儿占比稳定在85%以上，普惠性幼儿园覆盖率达到95%。
I 5.|推进义务教育优质均衡发展，独山子区、白碱滩区率先通过国家义务教育优质均衡发展督导评估。
I 6.|实施普通高中提质行动，推进新课程新教材实施，高考本科上线率保持在80%以上。
I 7.|推进国家通用语言文字教育，全市中小学国家通用语言文字教学普及率保持100%。
S 三、|深化产教融合和职业教育改革
I 8.|围绕油气生产、新材料、数字经济等产业，支持克拉玛依职业技术学院建设高水平专业群3个。
I 9.|推进市域产教联合体建设，吸纳链主企业和中小企业30家以上，年内订单式培养学生1000人。
S 四、|建设高素质教师队伍
I 10.|实施“强师工程”，引进高层次和急需紧缺学科教师100名，培养自治区级骨干教师50名。
I 11.|深化教育人才“组团式”援疆，与对口援疆省市联合开展教师培训、跟岗研修活动。
S 五、|提升教育治理和保障水平
I 12.|推进教育数字化转型，建设智慧校园示范校10所，实现中小学千兆光纤和无线网络全覆盖。
I 13.|健全校园安全风险防控体系，常态化开展消防、交通、防溺水和食品安全专项检查。
""",
})

# --------------------------------------------------------------------------- 12 海南三亚市教育局 (VSB / 博达 CMS)
PAGES.append({
    "slug": "12-sanya-jyj-2024-vsb",
    "url": "http://edu.sanya.gov.cn/info/1062/18734.htm",
    "headers": {"Content-Type": "text/html", "Server": "VWebServer"},
    "encoding": "utf-8",
    "what": "city bureau's own VSB (博达) site: v_news_content with vsbcontent_start/end, _showDynClicks; "
            "时间/来源 line with 年月日; no HTTP charset; items 1.–12. through, （1） sub-items under three items",
    "style": "vsb",
    "expect": {"title": "三亚市教育局2024年工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-06", "publisher": "三亚市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["点击数：", "【关闭】", "【打印】", "琼ICP备10200847号", "三亚市教育局版权所有",
                        "技术支持：", "上一条：", "下一条："],
    "html": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>三亚市教育局2024年工作要点-三亚市教育局</title>
<meta name="keywords" content="三亚市教育局" />
<link type="text/css" href="../../style/style.css" rel="stylesheet" />
<script type="text/javascript" src="../../js/jquery.min.js"></script>
<!--Announced by Visual SiteBuilder 9-->
<link rel="stylesheet" type="text/css" href="../../_sitegray/_sitegray_d.css" />
<script language="javascript" src="../../_sitegray/_sitegray.js"></script>
<META Name="keywords" Content="三亚市教育局,工作要点" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1062,'/content.jsp',18734,1538760214)</script>
</head>
<body>
<div class="head"><div class="logo"><img src="../../images/logo.png" /></div>
<div class="nav"><ul><li><a href="../../index.htm">首页</a></li><li><a href="../../jyxw.htm">教育新闻</a></li><li><a href="../../tzgg.htm">通知公告</a></li><li><a href="../../xxgk.htm">信息公开</a></li><li><a href="../../bszn.htm">办事指南</a></li></ul></div></div>
<div class="main">
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../xxgk.htm">信息公开</a> &gt;&gt; <a href="../../xxgk/jhzj.htm">计划总结</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname">
<div class="nr_title"><h1>三亚市教育局2024年工作要点</h1></div>
<div class="nr_info">时间：2024年03月06日 &nbsp;&nbsp; 来源：三亚市教育局 &nbsp;&nbsp; 点击数：<script>_showDynClicks("wbnews", 1538760214, 18734)</script></div>
<div id="vsb_content"><div class="v_news_content">
{content}
</div></div>
<div id="div_vote_id"></div>
</form>
<div class="nr_btn"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="nr_page"><p>上一条：<a href="18690.htm">三亚市教育局关于开展2024年春季学期校园安全大检查的通知</a></p><p>下一条：<a href="18751.htm">三亚市2024年义务教育招生入学工作实施方案</a></p></div>
</div>
<div class="foot"><p>三亚市教育局版权所有　地址：三亚市吉阳区迎宾路市政府办公区</p>
<p><a href="https://beian.miit.gov.cn">琼ICP备10200847号</a>　技术支持：博达软件</p></div>
</body></html>
""",
    "spec": """
P 2024年，全市教育系统要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，紧紧围绕海南自由贸易港建设和三亚国际旅游消费中心建设，加快建设教育强市，办好人民满意的教育。
S 一、|加强党的建设
I 1.|落实中小学校党组织领导的校长负责制，完善议事决策规则和配套制度，确保制度全面落地。
I 2.|深化清廉学校建设，持续整治教育领域群众身边不正之风和腐败问题，做好巡察反馈问题整改。
S 二、|扩大优质教育资源供给
I 3.|加快学校建设项目进度，重点推进以下工作：
U （1）|建成三亚市第二中学崖州湾校区、海棠区第三小学等4所学校，新增学位5400个；
U （2）|开工建设吉阳区荔枝沟片区九年一贯制学校，完成天涯区2所幼儿园主体工程；
U （3）|推进学校“一校一策”改造，完成12所老旧校舍维修改造。
I 4.|深化引进优质教育资源合作办学，做好北京师范大学三亚附属学校等合作学校的办学评估和续约工作。
I 5.|推动学前教育普及普惠，新增公办幼儿园学位1800个，公办园在园幼儿占比达到60%。
S 三、|提高教育教学质量
I 6.|实施基础教育质量提升行动，高考本科上线率、中考平均分力争继续保持全省前列。
I 7.|加强学生综合素养培养，重点抓好三项工作：
U （1）|落实中小学生每天校内体育活动时间不少于1小时，推进游泳进校园，四年级以上学生游泳技能达标率达到80%；
U （2）|开展中小学生艺术展演活动，每名学生至少掌握1项艺术特长；
U （3）|推进研学实践教育，用好南繁科技城、深海科技城等研学资源。
I 8.|推进国际教育交流，开展“小小外交官”双语教学项目，外籍教师配备达到60人。
S 四、|建设高素质教师队伍
I 9.|面向全国引进骨干教师和优秀应届毕业生300名，落实人才住房保障政策。
I 10.|实施教师能力提升工程，组织教师赴省外名校跟岗研修，全年培训教师1.5万人次。
S 五、|提升教育治理能力
I 11.|推进教育数字化转型，完善“三亚智慧教育”平台，实现中小学数字校园建设达标率100%。
I 12.|强化校园安全管理，做好防台风、防溺水、防暴雨等季节性安全工作，完善校园安全联防联控机制。
U （1）|每月开展1次校园安全隐患排查，建立隐患整改台账，实行销号管理；
U （2）|每学期组织不少于2次应急疏散演练。
""",
})

# --------------------------------------------------------------------------- 13 重庆市渝中区教委 (notice wrapping the plan)
PAGES.append({
    "slug": "13-chongqing-yuzhong-jw-2024",
    "url": "https://www.cqyz.gov.cn/bm_229/qjw/zwgk_97121/fdzdgknr_97123/ghxx/202402/t20240223_12981474.html",
    "headers": {"Content-Type": "text/html; charset=UTF-8", "Server": "TWS"},
    "encoding": "utf-8",
    "what": "区 教委 under 法定主动公开内容; notice 关于印发《…》的通知 wrapping the plan, (此件公开发布) line; "
            "metadata table with 成文日期 and 发布日期, abbreviated 发布机构; UEditor spans; items 1.–14. through",
    "style": "ueditor",
    "expect": {"title": "渝中区2024年教育工作要点",
               "notice_title": "重庆市渝中区教育委员会关于印发《渝中区2024年教育工作要点》的通知",
               "index_no": "11500103009314251U/2024-00011", "doc_no": "渝中教委发〔2024〕8号",
               "pub_date": "2024-02-23", "publisher": "渝中区教委", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"publisher": "重庆市渝中区教育委员会"},
    "must_not_appear": ["索引号：", "成文日期：", "发布机构：", "渝ICP备20004516号", "网站标识码：5001030001",
                        "重庆市渝中区人民政府办公室", "【打印】", "【关闭】", "扫一扫在手机打开当前页"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="重庆市渝中区人民政府">
<meta name="SiteDomain" content="www.cqyz.gov.cn">
<meta name="SiteIDCode" content="5001030001">
<meta name="ColumnName" content="规划信息">
<meta name="ArticleTitle" content="重庆市渝中区教育委员会关于印发《渝中区2024年教育工作要点》的通知">
<meta name="PubDate" content="2024-02-23 09:30">
<meta name="ContentSource" content="渝中区教委">
<title>重庆市渝中区教育委员会关于印发《渝中区2024年教育工作要点》的通知_重庆市渝中区人民政府</title>
<link rel="stylesheet" href="/images/yz_xxgk.css">
</head>
<body>
<div class="top-bar"><div class="wrap"><a href="/">重庆市渝中区人民政府</a><span><a href="/wza/">无障碍</a> | <a href="/zhxx/">适老化版</a></span></div></div>
<div class="head"><div class="wrap"><img src="/images/yz_logo.png" alt="渝中区人民政府"></div></div>
<div class="wrap">
<div class="location">您当前所在位置：<a href="/">首页</a> &gt; <a href="/bm_229/">部门</a> &gt; <a href="/bm_229/qjw/">区教委</a> &gt; <a href="/bm_229/qjw/zwgk_97121/">政务公开</a> &gt; 规划信息</div>
<table class="gk-table" width="100%">
<tr><td class="tit">索引号：</td><td>11500103009314251U/2024-00011</td><td class="tit">发文字号：</td><td>渝中教委发〔2024〕8号</td></tr>
<tr><td class="tit">主题分类：</td><td>教育</td><td class="tit">体裁分类：</td><td>计划</td></tr>
<tr><td class="tit">发布机构：</td><td>渝中区教委</td><td class="tit">成文日期：</td><td>2024-02-20</td></tr>
<tr><td class="tit">发布日期：</td><td>2024-02-23</td><td class="tit">有效性：</td><td>有效</td></tr>
<tr><td class="tit">标题：</td><td colspan="3">重庆市渝中区教育委员会关于印发《渝中区2024年教育工作要点》的通知</td></tr>
</table>
<div class="article-title">重庆市渝中区教育委员会关于印发《渝中区2024年教育工作要点》的通知</div>
<div class="document-content">
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{content}
</div>
</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a>
<div class="code"><img src="/images/qr_yz.png"><p>扫一扫在手机打开当前页</p></div></div>
</div>
<div class="footer"><div class="wrap">
<p>主办：重庆市渝中区人民政府办公室　承办：重庆市渝中区大数据应用发展管理局</p>
<p><a href="https://beian.miit.gov.cn">渝ICP备20004516号</a>　网站标识码：5001030001　渝公网安备50010302002117号</p>
</div></div>
</body>
</html>
""",
    "spec": """
P 各中小学校、幼儿园，机关各科室、直属单位：
P 现将《渝中区2024年教育工作要点》印发给你们，请结合实际认真贯彻执行。
C 重庆市渝中区教育委员会
C 2024年2月20日
C （此件公开发布）
T 渝中区2024年教育工作要点
P 2024年全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实市委六届二次、三次、四次全会和区委全会部署，以建设高质量教育体系为主线，加快打造“渝中教育”金字招牌。
S 一、|坚持党建统领，建强教育系统“主心骨”
I 1.|深化党的创新理论武装，健全教育系统理论学习中心组学习制度，开展“渝中教育大讲堂”系列活动。
I 2.|推动中小学校党组织领导的校长负责制走深走实，开展制度执行情况评估。
I 3.|推进“清廉渝中·清廉学校”建设，聚焦招生入学、基建项目、食堂采购等重点领域开展专项监督。
S 二、|坚持立德树人，促进学生全面发展
I 4.|推进大中小学思政课一体化建设，用好红岩联线、解放碑等红色资源，建设“行走的思政课堂”15条精品线路。
I 5.|深化体教融合，开展“一校一品”体育特色项目创建，学生体质健康优良率达到65%。
I 6.|完善学生心理健康“筛查—预警—干预—转介”工作机制，实现区域心理辅导中心与学校心理辅导室联动全覆盖。
S 三、|坚持优质均衡，建设高质量基础教育体系
I 7.|推进学前教育优质普惠，创建市级示范幼儿园2所，普惠性幼儿园覆盖率稳定在95%以上。
I 8.|深化集团化办学改革，推动巴蜀、人和街、中华路等优质教育集团向大坪、化龙桥片区延伸。
P 完成大坪小学扩建、化龙桥片区新建学校等3个学位建设项目，新增学位1800个。
I 9.|推进普通高中多样化有特色发展，支持重庆市第二十九中学创建市级特色高中。
I 10.|办好特殊教育和专门教育，适龄残疾儿童少年义务教育入学率保持在98%以上。
S 四、|坚持强师兴教，打造高水平教师队伍
I 11.|实施“渝中英才·教育名家”培养工程，新认定区级骨干教师150名、名班主任30名。
I 12.|深化中小学教师“区管校聘”改革，推进校长教师交流轮岗，交流比例不低于符合条件教师总数的10%。
S 五、|坚持改革创新，提升教育治理水平
I 13.|推进教育数字化战略行动，建设“智慧渝中教育”数据平台，打造市级智慧校园示范校5所。
I 14.|深化教育评价改革，完善义务教育学校办学质量评价和学生综合素质评价体系。
""",
})

# --------------------------------------------------------------------------- 14 吉林延吉市教育局 (2019, GBK, table layout)
PAGES.append({
    "slug": "14-yanji-jyj-2019-gbk",
    "url": "http://www.yanji.gov.cn/jyj/tzgg/201902/t20190225_187364.html",
    "headers": {"Content-Type": "text/html; charset=GBK", "Server": "Apache"},
    "encoding": "gbk",
    "what": "city site's 教育局 column, 2019; GBK declared GBK in header and meta; table layout with "
            "<td class=newsnr>; 发布时间/作者/来源/点击数 row; 一、 sections, （一） items restarting; signature",
    "style": "fullwidth_plain",
    "expect": {"title": "延吉市教育局2019年工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2019-02-25", "publisher": "延吉市教育局", "plan_year": 2019, "doc_kind": "plan"},
    "must_not_appear": ["点击数：", "作者：", "吉ICP备05002013号", "延吉市人民政府主办", "【打印本页】", "【关闭窗口】",
                        "相关信息", "发布时间："],
    "html": """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>延吉市教育局2019年工作计划 - 延吉市人民政府</title>
<link href="../../../images/yj_main.css" rel="stylesheet" type="text/css">
<script language="javascript" src="../../../images/yj_common.js"></script>
</head>
<body bgcolor="#FFFFFF">
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="150" background="../../../images/yj_top.jpg">&nbsp;</td></tr>
<tr><td height="36" class="daohang"><a href="../../../">首页</a>　<a href="../../../zwgk/">政务公开</a>　<a href="../../../bmzz/">部门之窗</a>　<a href="../../../bsfw/">办事服务</a>　<a href="../../../gzhd/">公众互动</a>　<a href="../../../zjyj/">走进延吉</a></td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="weizhi" height="30">&nbsp;当前位置：<a href="../../../">首页</a> &gt; <a href="../../">部门之窗</a> &gt; <a href="../">延吉市教育局</a> &gt; 通知公告</td></tr>
<tr><td>
 <table width="920" border="0" align="center" cellpadding="0" cellspacing="0">
 <tr><td align="center" class="newsbt" height="70">延吉市教育局2019年工作计划</td></tr>
 <tr><td align="center" class="newsxx" height="30">发布时间：2019-02-25　　作者：　　来源：延吉市教育局　　点击数：<script>document.write(getClick('187364'));</script></td></tr>
 <tr><td height="1" bgcolor="#CCCCCC"></td></tr>
 <tr><td class="newsnr" valign="top">
{content}
 </td></tr>
 <tr><td align="right" height="40"><a href="javascript:window.print();">【打印本页】</a> <a href="javascript:window.close();">【关闭窗口】</a></td></tr>
 <tr><td class="xgxx"><b>相关信息</b><br><a href="./t20190110_185122.html">延吉市教育局2018年工作总结</a></td></tr>
 </table>
</td></tr>
</table>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center" height="90">延吉市人民政府主办　延吉市政务服务和数字化建设管理局承办<br>
<a href="http://www.beian.miit.gov.cn">吉ICP备05002013号</a>　联系电话：0433-2513345</td></tr>
</table>
</body>
</html>
""",
    "spec": """
P 2019年，延吉市教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神和全国教育大会精神，深入落实州委、市委工作部署，坚持民族教育优先发展，以提高教育质量为核心，努力办好人民满意的教育。
S 一、|加强党的建设和思想政治工作
I （一）|深入学习贯彻全国教育大会精神，组织全市教育系统干部教师开展专题学习培训，实现全覆盖。
I （二）|加强基层党组织建设，推进“两学一做”学习教育常态化制度化，开展“优秀党员示范岗”创建活动。
I （三）|加强民族团结进步教育，开展“民族团结进步进校园”活动，创建州级民族团结进步示范校5所。
S 二、|推进各类教育协调发展
I （一）|实施第三期学前教育行动计划，新建北山街道、依兰镇公办幼儿园2所，学前三年毛入园率达到90%。
I （二）|巩固义务教育基本均衡发展成果，改造薄弱学校校舍1.2万平方米，更新中小学教学仪器设备。
I （三）|推进朝鲜族学校双语教育，加强朝汉双语教师培训，提高双语教学质量。
I （四）|推进普通高中多样化发展，支持延吉市第一高级中学、第二高级中学开展特色课程建设。
I （五）|加快发展职业教育，推动延吉市职业高中与本地旅游、电商企业开展校企合作。
S 三、|提高教育教学质量
I （一）|深化课堂教学改革，开展“课堂教学质量提升年”活动，评选市级优质课100节。
I （二）|加强体育、艺术和劳动教育，开展冰雪进校园活动，全市中小学生体质健康合格率达到93%。
S 四、|加强教师队伍建设
I （一）|开展师德师风专项整治，严肃查处在职教师有偿补课行为。
I （二）|组织中小学教师全员培训4000人次，选派骨干教师赴省外名校挂职锻炼。
S 五、|确保校园安全稳定
I （一）|落实校园安全主体责任，开展校车、食堂、宿舍等安全隐患排查整治，确保全年无重大安全事故。
C 延吉市教育局
C 2019年2月22日
""",
})

# --------------------------------------------------------------------------- 15 山西晋中市榆次区教育科技局 (education + science bureau)
PAGES.append({
    "slug": "15-yuci-jkj-2024",
    "url": "http://www.yuci.gov.cn/zwgk/zfxxgkml/bmxxgk/qjkj/ghjh_2341/202403/t20240304_1987402.shtml",
    "headers": {"Content-Type": "text/html"},
    "encoding": "utf-8",
    "what": "区 政府信息公开目录 > 区教科局 > 规划计划; 教育科技局 plan with science items; metadata <table> with "
            "<th> labels (索引号/发布机构/发布日期/文号 empty); &nbsp; indents; items 1.–13. through; tech section",
    "style": "nbsp",
    "expect": {"title": "榆次区教育科技局2024年工作要点", "notice_title": None,
               "index_no": "11140702MB1956072E/2024-00027", "doc_no": None, "pub_date": "2024-03-04",
               "publisher": "晋中市榆次区教育科技局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["晋ICP备09003627号", "网站标识码：1407020002", "晋中市榆次区人民政府办公室", "打印正文",
                        "关闭本页", "索引号", "发布机构"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>榆次区教育科技局2024年工作要点_晋中市榆次区人民政府</title>
<link rel="stylesheet" href="/images/yc_gk.css">
<script src="/images/jquery.js"></script>
</head>
<body>
<div class="yc-head">
<div class="yc-logo"><img src="/images/yc_logo.png" alt="晋中市榆次区人民政府"></div>
<div class="yc-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjyc/">走进榆次</a></div>
</div>
<div class="yc-body">
<div class="yc-left"><h3>公开目录</h3><ul><li><a href="../../">区教科局</a></li><li class="cur"><a href="../">规划计划</a></li><li><a href="../../tzgg_2342/">通知公告</a></li><li><a href="../../zcwj_2343/">政策文件</a></li></ul></div>
<div class="yc-right">
<div class="yc-crumb">首页 &gt; 政务公开 &gt; 政府信息公开目录 &gt; 部门信息公开 &gt; 区教科局 &gt; 规划计划</div>
<table class="yc-meta" border="1" cellspacing="0">
<tr><th>索引号</th><td>11140702MB1956072E/2024-00027</td><th>主题分类</th><td>教育</td></tr>
<tr><th>发布机构</th><td>晋中市榆次区教育科技局</td><th>发布日期</th><td>2024-03-04</td></tr>
<tr><th>文号</th><td></td><th>时效</th><td>有效</td></tr>
<tr><th>名称</th><td colspan="3">榆次区教育科技局2024年工作要点</td></tr>
</table>
<h1 class="yc-title">榆次区教育科技局2024年工作要点</h1>
<div class="yc-content" id="Zoom">
<div class="yc-text">
{content}
</div>
</div>
<div class="yc-btn"><a href="javascript:window.print()">打印正文</a> | <a href="javascript:window.close()">关闭本页</a></div>
</div>
</div>
<div class="yc-foot">
<p>主办：晋中市榆次区人民政府办公室　承办：榆次区融媒体中心</p>
<p><a href="https://beian.miit.gov.cn/">晋ICP备09003627号</a>　网站标识码：1407020002　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div>
</body>
</html>
""",
    "spec": """
P 2024年全区教育科技工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，统筹推进教育发展、科技创新、人才培养，着力打造晋中教育高地和区域科技创新中心。
S 一、|坚持党建引领，全面加强党的领导
I 1.|落实“第一议题”制度，全年开展局党组理论学习中心组学习12次，建立中小学校党组织书记、校长定期述职评议制度。
I 2.|深化“四强”党支部创建，年内命名区级“四强”党支部20个，实现党建工作与教育教学深度融合。
S 二、|聚焦优质均衡，推动教育事业高质量发展
I 3.|新建、改扩建公办幼儿园4所，新增学位900个，公办园在园幼儿占比达到55%以上。
I 4.|推进义务教育优质均衡发展，实施城区学校“强校带弱校”，组建城乡教育共同体8个。
I 5.|持续推进榆次一中、榆次二中等普通高中特色发展，本科达线率力争达到75%。
I 6.|推动晋中职教中心与山西农谷、榆次工业园区企业合作，开设智能制造、现代农业等专业，年内新增订单班4个。
S 三、|坚持五育并举，促进学生全面发展
I 7.|推进“大思政课”建设，用好晋商文化、常家庄园等本地资源，开发区本思政课程资源20个。
I 8.|实施学生体质健康提升工程，保障学生每天综合体育活动时间不少于2小时，学生近视率较上年下降1个百分点。
S 四、|强化科技创新，服务区域经济社会发展
I 9.|实施高新技术企业倍增计划，新认定高新技术企业15家，入库科技型中小企业60家。
I 10.|推动校地合作，与山西农业大学、晋中信息学院共建产学研合作平台3个，年内转化科技成果10项。
I 11.|深入开展科普进校园、进社区活动，组织青少年科技创新大赛，全区公民具备科学素质比例达到15%。
S 五、|加强队伍建设，夯实发展基础
I 12.|公开招聘教师150名，实施“区管校聘”改革，推进城乡教师交流轮岗，交流比例达到15%。
I 13.|实施科技特派员服务行动，选派科技特派员50名，服务乡村振兴和企业技术攻关。
""",
})

# --------------------------------------------------------------------------- 16 河北石家庄市桥西区 (quarterly progress, no sections, GB18030)
PAGES.append({
    "slug": "16-qiaoxi-jyj-2024q1-gb18030",
    "url": "http://www.sjzqiaoxi.gov.cn/col/1589962487234/2024/04/08/1712560412345.html",
    "headers": {"Content-Type": "text/html; charset=GB18030", "Server": "nginx"},
    "encoding": "gb18030",
    "what": "区 site, 部门动态 column; quarterly 推进情况 with no sections: items 1.–12. straight after the preamble, "
            "bold lead sentences, 一是/二是/三是 sub-items under item 4; GB18030 declared in header and meta",
    "style": "strong_lead",
    "expect": {"title": "桥西区教育局2024年第一季度重点工作推进情况", "notice_title": None, "index_no": None,
               "doc_no": None, "pub_date": "2024-04-08", "publisher": "桥西区教育局", "plan_year": 2024,
               "doc_kind": "report"},
    "tolerated": {"publisher": "石家庄市桥西区教育局"},
    "must_not_appear": ["信息来源：", "发布日期：", "冀ICP备13010482号", "网站标识码：1301040001", "石家庄市桥西区人民政府办公室",
                        "【打印】", "【关闭】", "【返回顶部】"],
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>桥西区教育局2024年第一季度重点工作推进情况--石家庄市桥西区人民政府</title>
<link type="text/css" rel="stylesheet" href="/res/css/qx_article.css">
<script type="text/javascript" src="/res/js/jquery-1.7.2.js"></script>
</head>
<body>
<div class="qx-top"><div class="w"><span>石家庄市桥西区人民政府欢迎您</span><a href="/wza/">无障碍浏览</a></div></div>
<div class="qx-banner"><img src="/res/images/qx_banner.jpg" alt="石家庄市桥西区人民政府"></div>
<div class="qx-nav"><ul><li><a href="/">首页</a></li><li><a href="/col/1589962400001/index.html">走进桥西</a></li><li><a href="/col/1589962400002/index.html">政务公开</a></li><li><a href="/col/1589962400003/index.html">政务服务</a></li><li><a href="/col/1589962400004/index.html">政民互动</a></li></ul></div>
<div class="w qx-main">
<div class="qx-pos">您现在的位置：<a href="/">首页</a> - <a href="/col/1589962400002/index.html">政务公开</a> - <a href="/col/1589962487234/index.html">部门动态</a></div>
<div class="qx-art">
<h3 class="qx-art-t">桥西区教育局2024年第一季度重点工作推进情况</h3>
<div class="qx-art-s">信息来源：桥西区教育局&nbsp;&nbsp;&nbsp;&nbsp;发布日期：2024-04-08</div>
<div class="qx-art-c" id="artContent">
{content}
</div>
<div class="qx-art-b"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a> <a href="#top">【返回顶部】</a></div>
</div>
</div>
<div class="qx-foot"><p>主办单位：石家庄市桥西区人民政府办公室　地址：石家庄市桥西区新石北路</p>
<p><a href="https://beian.miit.gov.cn">冀ICP备13010482号</a>　网站标识码：1301040001　冀公网安备13010402000214号</p></div>
</body>
</html>
""",
    "spec": """
P 一季度以来，区教育局围绕年度重点工作任务，加压奋进、狠抓落实，各项工作取得阶段性成效。现将推进情况汇报如下：
I 1.|春季开学工作平稳有序。开学前组织开展校园安全大检查，排查整改隐患46处；全区112所中小学、幼儿园如期开学，开学秩序平稳。
I 2.|学位建设项目有序推进。桥西区第三十一中学新建项目完成主体结构封顶，振头小学改扩建项目完成招标，预计新增学位2100个。
I 3.|集团化办学扩面提质。新组建石家庄市第四十一中学教育集团、维明路小学教育集团，全区教育集团达到18个，覆盖学校68所。
I 4.|“双减”工作持续深化。
U 一是|作业管理更加规范，全区义务教育学校作业公示率达到100%；
U 二是|课后服务提质增效，开设科技、艺术、体育类特色课程420门；
U 三是|校外培训监管有力，联合市场监管等部门开展检查3次，查处隐形变异培训2起。
I 5.|学生心理健康工作扎实开展。完成全区中小学生心理健康测评5.6万人次，对重点关注学生实行“一生一档”跟踪管理。
I 6.|教师队伍建设不断加强。完成春季教师招聘计划备案，拟招聘教师180名；组织新教师岗前培训、骨干教师研修共计2300人次。
I 7.|学前教育普惠发展。认定普惠性民办幼儿园5所，全区普惠性幼儿园覆盖率达到92.6%。
I 8.|教育数字化稳步推进。完成18所学校智慧教室改造，区教育云平台上线优质课例资源1200节。
I 9.|体育美育工作亮点纷呈。组织全区中小学生冬季长跑、冰雪运动进校园活动，参与学生达6万余人次。
I 10.|校园食品安全监管持续强化。学校食堂“互联网+明厨亮灶”覆盖率达到100%，落实校领导陪餐制度。
I 11.|信访维稳工作有效开展。受理群众来信来访及网络问政37件，按期办结率100%。
I 12.|中考备考工作提前谋划。召开2024年中考备考工作推进会，开展九年级学业质量监测1次，指导各初中学校制定“一校一策”备考方案。
""",
})
