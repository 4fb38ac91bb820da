"""Hand-written specs of the eighth holdout's pages: one site family per page, as served 2023–2025.

Each entry: the page's URL and HTTP headers, its encoding, the full template (`{content}` marks the
article body), how the body's lines are printed (`style`), the body lines (see build_pages.py), what
a careful reader records as its metadata (`expect`), accepted alternatives (`tolerated`) and the
page furniture that must not reach the clean body (`must_not_appear`).
"""

from __future__ import annotations

# --------------------------------------------------------------------------- 01 浙江 衢州市柯城区 (大汉 Hanweb, ZJEG_RSS markers, .wzcon)

KECHENG = {
    "slug": "01-zj-kecheng-2024-yaodian",
    "what": "浙江 district portal (Hanweb), 信息公开 table two pairs per row with colspan title, 文号 label printed empty, "
            "body in div.wzcon between ZJEG_RSS comments and ContentStart/ContentEnd metas, <p> with inline 仿宋_GB2312 style, "
            "1.–15. numbered through, a continuation paragraph",
    "url": "http://www.kecheng.gov.cn/art/2024/3/1/art_1229165731_59012345.html",
    "headers": {"content-type": "text/html;charset=UTF-8"},
    "encoding": "utf-8",
    "expect": {"title": "衢州市柯城区教育局2024年教育工作要点", "notice_title": None, "index_no": "002495640/2024-00031",
               "doc_no": None, "pub_date": "2024-03-01", "publisher": "柯城区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["索引号", "公开方式", "公开范围", "有效性", "成文日期", "浏览次数", "信息来源", "字体：", "分享到",
                        "打印本页", "关闭窗口", "网站标识码", "浙ICP备", "政府网站找错", "您当前的位置"],
    "style": {"formats": {
        "S": '<p style="text-indent:2em;line-height:1.75;font-family:黑体;font-size:16pt">{x}</p>',
        "P": '<p style="text-indent:2em;line-height:1.75;font-family:仿宋_GB2312;font-size:16pt">{x}</p>',
    }},
    "html": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="衢州市柯城区人民政府" />
<meta name="SiteDomain" content="www.kecheng.gov.cn" />
<meta name="SiteIDCode" content="3308020001" />
<meta name="ColumnName" content="计划总结" />
<meta name="ArticleTitle" content="衢州市柯城区教育局2024年教育工作要点" />
<meta name="PubDate" content="2024-03-01 16:32" />
<meta name="ContentSource" content="柯城区教育局" />
<title>衢州市柯城区教育局2024年教育工作要点 - 计划总结 - 衢州市柯城区人民政府</title>
<link href="/module/jslib/bootstrap/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/module/jslib/jquery/jquery.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span>今天是：<script>document.write(new Date().toLocaleDateString());</script></span>
<a href="javascript:void(0)" id="wza">无障碍</a> <a href="javascript:void(0)" id="zzms">长者模式</a> <a href="/col/col1229165700/index.html">登录</a></div></div>
<div class="header"><img src="/picture/0/2203011526451.png" alt="衢州市柯城区人民政府" /></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/col/col1229165717/index.html">政务公开</a></li>
<li><a href="/col/col1229165720/index.html">政务服务</a></li><li><a href="/col/col1229165724/index.html">政民互动</a></li>
<li><a href="/col/col1229165728/index.html">走进柯城</a></li></ul></div>
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/col/col1229165717/index.html">政务公开</a> &gt; <a href="/col/col1229165731/index.html">计划总结</a></div>
<div class="xxgk_table">
<table width="100%" border="0" cellspacing="1" cellpadding="0" class="xxgk">
<tr><td class="xxgk_t1">索引号</td><td class="xxgk_t2">002495640/2024-00031</td><td class="xxgk_t1">公开方式</td><td class="xxgk_t2">主动公开</td></tr>
<tr><td class="xxgk_t1">发布机构</td><td class="xxgk_t2">柯城区教育局</td><td class="xxgk_t1">公开范围</td><td class="xxgk_t2">面向社会</td></tr>
<tr><td class="xxgk_t1">文号</td><td class="xxgk_t2"></td><td class="xxgk_t1">成文日期</td><td class="xxgk_t2">2024-02-26</td></tr>
<tr><td class="xxgk_t1">标题</td><td class="xxgk_t2" colspan="3">衢州市柯城区教育局2024年教育工作要点</td></tr>
<tr><td class="xxgk_t1">发布日期</td><td class="xxgk_t2">2024-03-01</td><td class="xxgk_t1">有效性</td><td class="xxgk_t2">有效</td></tr>
</table>
</div>
<div class="article">
<div class="title">衢州市柯城区教育局2024年教育工作要点</div>
<div class="fbxx"><span>发布日期：2024-03-01 16:32</span><span>信息来源：柯城区教育局</span><span>浏览次数：<script language="javascript" src="/module/visitcount/articlehits.jsp?colid=1229165731&amp;artid=59012345"></script></span>
<span class="zh">字体：[<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>
<div class="wzcon" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{content}
<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
<div class="share">分享到：<a class="bds_weixin" href="#">微信</a> <a class="bds_tsina" href="#">微博</a></div>
<div class="print"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer">
<p>主办：衢州市柯城区人民政府办公室　承办：柯城区大数据发展中心</p>
<p>网站标识码：3308020001　<a href="https://beian.miit.gov.cn/">浙ICP备12041527号-1</a>　浙公网安备 33080202000103号</p>
<p><a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p>
</div>
<script type="text/javascript">var shareDes = "衢州市柯城区教育局2024年教育工作要点";</script>
</body>
</html>
""",
    "spec": """
P 2024年是实施“十四五”规划的攻坚之年，也是柯城教育高质量发展的关键一年。全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，围绕“教育强区”目标，深化“双减”改革，推进教育优质均衡发展，为打造四省边际共同富裕示范区提供有力支撑。
S 一、|坚持党建引领，筑牢教育发展根基
I 1.|深化党建品牌建设。持续推进“红色根脉强基”工程，开展中小学党组织领导的校长负责制落地见效行动，年内创建“五星”党组织6个，培育“一校一品”党建品牌10个。
I 2.|加强意识形态工作。落实意识形态工作责任制，每季度开展一次专题研判，健全校园舆情快速处置机制，确保全年不发生重大舆情事件。
I 3.|推进清廉学校建设。深化“清廉柯城·廉润校园”建设，完成清廉学校示范校创建8所，开展招生、采购、基建等重点领域专项监督。
S 二、|扩大优质资源，推进教育共同富裕
I 4.|加快学前教育普惠发展。新建改扩建幼儿园3所，新增学位540个，普惠性幼儿园在园幼儿占比保持在95%以上，等级幼儿园覆盖率达到100%。
I 5.|推动义务教育优质均衡。深化城乡教共体建设，实现乡村学校教共体全覆盖，力争通过全国义务教育优质均衡发展区省级评估。
P 推进新城区学校建设，建成投用柯城区新城实验小学，新增学位1350个，有效缓解城区学位紧张问题。
I 6.|促进普通高中多样化发展。实施高中教育质量提升行动，支持衢州二中柯城分校创建省二级特色示范高中，普通高中特色选修课程开设率达到100%。
I 7.|提升职业教育服务能力。推进中职学校与区内企业合作共建产业学院2个，新增现代学徒制试点专业2个，中职毕业生双证率达到95%以上。
S 三、|落实立德树人，促进学生全面发展
I 8.|深化“五育”并举。落实大中小学思政课一体化建设，开展“红色研学”实践活动，中小学生体质健康优良率提升2个百分点。
I 9.|加强心理健康教育。实现中小学专职心理健康教师配备全覆盖，开展学生心理健康普测，建立“一生一档”心理成长档案。
I 10.|巩固“双减”工作成果。提升课后服务质量，课后服务学生参与率保持在95%以上，校外培训机构监管实现“一网通管”。
S 四、|锻造高素质队伍，激发教师队伍活力
I 11.|强化师德师风建设。开展师德师风专项整治，建立师德负面清单和失范行为通报制度，师德考核不合格实行一票否决。
I 12.|推进教师专业发展。实施“名师名校长”培养工程，新培养区级名师、学科带头人30名，完成教师培训不少于3.6万学时。
I 13.|深化县管校聘改革。推进教师交流轮岗，全年交流校长、教师不少于在编总数的15%，其中骨干教师不低于交流总数的20%。
S 五、|强化支撑保障，提升教育治理水平
I 14.|推进教育数字化转型。建设“智慧教育”平台，全区中小学智慧校园覆盖率达到90%，打造数字化应用场景10个。
I 15.|守牢校园安全底线。深化平安校园建设，实现学校“护学岗”全覆盖，开展防溺水、交通安全等专题教育，确保全年不发生重大安全责任事故。
""",
}

# --------------------------------------------------------------------------- 02 广东 江门市新会区 (gkmlpt variant, 一是 own paragraphs)

XINHUI = {
    "slug": "02-gd-xinhui-2023-zongjie-dasuan",
    "what": "广东 gkmlpt variant: div.classify table-info (td-label/td-value, publisher in <a>, 文号 empty), date row with "
            "来源：本网, div.article-content; 上半年工作总结和下半年工作打算: （一） items, 一是/二是/三是 sub-items on their own "
            "paragraphs, an items-free 存在的问题 section, closing signature",
    "url": "http://www.xinhui.gov.cn/gkmlpt/content/2/2865/post_2865412.html#1731",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "expect": {"title": "新会区2023年上半年教育工作总结和下半年工作打算", "notice_title": None,
               "index_no": "007341125/2023-00108", "doc_no": None, "pub_date": "2023-07-14",
               "publisher": "江门市新会区教育局", "plan_year": 2023, "doc_kind": "report"},
    "tolerated": {"doc_kind": "plan"},
    "must_not_appear": ["索引号", "成文日期", "主题词", "发布日期", "浏览量", "来源：本网", "【打印】", "【关闭】", "字体：",
                        "相关信息", "网站标识码", "粤ICP备"],
    "style": {"formats": {
        "S": '<p style="text-indent: 2em; text-align: justify;"><strong>{x}</strong></p>',
        "P": '<p style="text-indent: 2em; text-align: justify;">{x}</p>',
        "C": '<p style="text-align: right;">{x}</p>',
    }},
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>新会区2023年上半年教育工作总结和下半年工作打算 - 江门市新会区人民政府门户网站</title>
<link rel="stylesheet" href="/gkmlpt/static/css/content.css">
</head>
<body>
<div class="gkmlpt-header"><a href="http://www.xinhui.gov.cn/"><img src="/gkmlpt/static/images/logo.png" alt="江门市新会区人民政府门户网站"></a><span>政府信息公开</span></div>
<div class="gkmlpt-nav"><a href="/gkmlpt/index">信息公开目录</a> <a href="/gkmlpt/policy">政策文件</a> <a href="/gkmlpt/annualreport">年度报告</a> <a href="/gkmlpt/guide">公开指南</a></div>
<div class="content-container">
<div class="classify">
<table class="table-info" cellspacing="0">
<tbody>
<tr><td class="td-label">索引号：</td><td class="td-value"><span>007341125/2023-00108</span></td><td class="td-label">分类：</td><td class="td-value"><span>教育、工作总结</span></td></tr>
<tr><td class="td-label">发布机构：</td><td class="td-value"><a href="/gkmlpt/index#1731" class="publisher">江门市新会区教育局</a></td><td class="td-label">成文日期：</td><td class="td-value"><span>2023-07-10</span></td></tr>
<tr><td class="td-label">名称：</td><td class="td-value" colspan="3"><span>新会区2023年上半年教育工作总结和下半年工作打算</span></td></tr>
<tr><td class="td-label">文号：</td><td class="td-value"><span></span></td><td class="td-label">发布日期：</td><td class="td-value"><span>2023-07-14</span></td></tr>
<tr><td class="td-label">主题词：</td><td class="td-value" colspan="3"><span></span></td></tr>
</tbody>
</table>
</div>
<div class="content">
<h1 class="title">新会区2023年上半年教育工作总结和下半年工作打算</h1>
<div class="date-row"><span class="date">发布日期：2023-07-14 09:26:53</span><span class="source">来源：本网</span><span class="read">浏览量：<span id="readCount"></span></span></div>
<div class="article-content">
{content}
</div>
<div class="tools"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a><span>【字体：<a href="javascript:;" class="big">大</a> <a href="javascript:;" class="mid">中</a> <a href="javascript:;" class="small">小</a>】</span></div>
<div class="related"><h3>相关信息</h3><ul>
<li><a href="/gkmlpt/content/2/2781/post_2781003.html">新会区2022年教育工作总结和2023年工作计划</a></li>
<li><a href="/gkmlpt/content/2/2840/post_2840117.html">江门市新会区教育局2023年部门预算</a></li></ul></div>
</div>
</div>
<script>window._CONFIG = {"SID": "xinhui", "DEPID": 1731, "POSTID": 2865412};</script>
<script src="/gkmlpt/static/js/content.js"></script>
<div class="footer"><p>主办：江门市新会区人民政府办公室　网站标识码：4407050001</p>
<p><a href="https://beian.miit.gov.cn/">粤ICP备05060126号</a>　粤公网安备 44070502000171号</p></div>
</body>
</html>
""",
    "spec": """
P 2023年上半年，区教育局在区委、区政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，紧紧围绕“办好人民满意教育”目标，扎实推进各项工作，现将有关情况总结如下。
S 一、|上半年工作开展情况
I （一）|党建引领持续加强。
U 一是|深入开展主题教育。组织全区教育系统186个党支部开展专题学习，举办读书班12期，覆盖党员干部2300余人次。
U 二是|夯实基层党建基础。完成42所中小学党组织领导的校长负责制改革，选优配强党组织书记15名。
I （二）|学位供给不断扩大。
U 一是|加快学校建设。会城街道创新小学、司前镇中心幼儿园等5个项目主体完工，预计秋季新增学位3150个。
U 二是|规范招生入学。完成义务教育阶段招生报名1.26万人，积分入学实现全流程网上办理。
I （三）|教育质量稳步提升。
U 一是|推进课堂教学改革。开展“新课标·新课堂”教学展评活动，参与教师达1100人次。
U 二是|抓好毕业班工作。组织初三、高三教学视导4轮，中考备考工作有序推进。
U 三是|加强体育美育工作。全区中小学生在江门市中小学生田径运动会中获团体总分第二名。
I （四）|队伍建设成效明显。
P 上半年公开招聘教师168名，组织新教师岗前培训72学时，评选区级教学能手45名，教师队伍结构进一步优化。
S 二、|存在的问题
P 当前我区教育发展仍存在一些短板：城区优质学位供给与群众需求仍有差距，部分镇村学校生源持续减少，教师队伍结构性缺编问题较为突出，教育信息化应用水平有待提升。
S 三、|下半年工作打算
I （一）|全力抓好秋季开学工作。确保5个新建项目按期投入使用，做好校舍安全排查，保障9月1日顺利开学。
I （二）|持续深化教育教学改革。推进集团化办学，新组建教育集团3个，实现镇域学校集团化办学全覆盖。
I （三）|加强教师队伍建设。开展暑期全员培训，落实教师交流轮岗，下半年交流教师不少于120名。
I （四）|全面提升治理水平。推进校园安全“雪亮工程”建设，完成全区中小学视频监控联网，开展校外培训机构专项治理。
C 江门市新会区教育局
C 2023年7月10日
""",
}

# --------------------------------------------------------------------------- 03 江苏 盐城市大丰区 (<strong> labels inside cells, publisher linked)

DAFENG = {
    "slug": "03-js-dafeng-2024-jihua",
    "what": "江苏 district xxgk: 2-column table whose cells hold <strong>label</strong>value (publisher in <a>), 发文日期 in the "
            "table and a different 发布日期 in the header line, body in div#ArticleContent with 仿宋 spans; items 1、 numbered "
            "through, （1） sub-items under 'lead：' items, closing signature",
    "url": "http://www.dafeng.gov.cn/art/2024/2/21/art_15829_4102345.html",
    "headers": {"content-type": "text/html; charset=UTF-8"},
    "encoding": "utf-8",
    "expect": {"title": "大丰区教育局2024年工作计划", "notice_title": None, "index_no": "014181035/2024-00018",
               "doc_no": "大教发〔2024〕6号", "pub_date": "2024-02-21", "publisher": "大丰区教育局", "plan_year": 2024,
               "doc_kind": "plan"},
    "must_not_appear": ["索 引 号", "发文日期", "主 题 词", "发布日期", "浏览次数", "字体：", "打印此页", "关闭窗口",
                        "网站标识码", "苏ICP备", "上一篇", "下一篇"],
    "style": {"formats": {
        "S": '<p style="text-indent:2em;line-height:2"><span style="font-family:黑体;font-size:16pt">{x}</span></p>',
        "P": '<p style="text-indent:2em;line-height:2"><span style="font-family:仿宋_GB2312;font-size:16pt">{x}</span></p>',
        "C": '<p style="text-align:right;line-height:2"><span style="font-family:仿宋_GB2312;font-size:16pt">{x}</span></p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>大丰区教育局2024年工作计划 盐城市大丰区人民政府</title>
<link rel="stylesheet" type="text/css" href="/images/xxgk/style.css">
</head>
<body>
<div class="head"><div class="logo"><img src="/images/logo.png" alt="盐城市大丰区人民政府"></div>
<div class="search"><input type="text" name="searchWord" placeholder="请输入搜索内容"><button>搜索</button></div></div>
<div class="menu"><a href="/">首页</a><a href="/col/col15802/index.html">走进大丰</a><a href="/col/col15811/index.html">政务公开</a><a href="/col/col15850/index.html">互动交流</a></div>
<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/col/col15811/index.html">政务公开</a> &gt; <a href="/col/col15829/index.html">部门信息公开</a> &gt; 区教育局</div>
<div class="xxgk_nr_top">
<table class="xxgk_nav_con" width="100%" cellspacing="0" cellpadding="0">
<tr><td width="50%"><strong>索 引 号：</strong>014181035/2024-00018</td><td><strong>分　　类：</strong>教育 ; 计划</td></tr>
<tr><td><strong>发布机构：</strong><a href="/col/col15829/index.html" target="_blank">大丰区教育局</a></td><td><strong>发文日期：</strong>2024-02-19</td></tr>
<tr><td colspan="2"><strong>标　　题：</strong>大丰区教育局2024年工作计划</td></tr>
<tr><td><strong>文　　号：</strong>大教发〔2024〕6号</td><td><strong>主 题 词：</strong></td></tr>
</table>
</div>
<div class="article">
<h1>大丰区教育局2024年工作计划</h1>
<div class="info">发布日期：2024-02-21　　浏览次数：<span id="hits">1</span>　　字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</div>
<div class="article-content" id="ArticleContent">
{content}
</div>
<div class="btns"><a href="javascript:window.print()">打印此页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="pagination"><p>上一篇：<a href="/art/2024/2/20/art_15829_4102219.html">大丰区2024年义务教育阶段学校招生工作意见</a></p>
<p>下一篇：<a href="/art/2024/2/23/art_15829_4102460.html">大丰区教育局2023年法治政府建设工作报告</a></p></div>
</div>
<div class="foot"><p>主办：盐城市大丰区人民政府办公室　网站标识码：3209040001</p>
<p><a href="https://beian.miit.gov.cn">苏ICP备05007416号-1</a>　苏公网安备 32098202000122号</p></div>
<script src="/module/jslib/jquery/jquery.js"></script>
<script>$(function(){ $("#ArticleContent img").css("max-width","100%"); });</script>
</body>
</html>
""",
    "spec": """
P 2024年，全区教育系统将以办好人民满意的教育为根本宗旨，紧扣“强基础、提质量、促公平、优服务”主线，重点做好以下工作。
S 一、|全面加强党的领导
I 1、|落实全面从严治党主体责任。制定年度党建工作要点和责任清单，开展基层党组织书记述职评议，实现全覆盖。
I 2、|加强干部队伍建设。完善中小学校长选拔任用机制，年内提拔使用35周岁以下优秀年轻干部不少于10名。
S 二、|优化教育资源布局
I 3、|实施学校建设工程。重点推进以下项目：
U （1）|新建大丰区城东实验学校，规划48个班，新增学位2160个，年底主体封顶。
U （2）|改扩建新丰镇中心小学，新增教学及辅助用房6800平方米，9月投入使用。
U （3）|完成12所农村幼儿园提升改造，改善保教条件。
I 4、|推进集团化办学。新组建城乡教育集团4个，集团化办学覆盖率达到85%，推动优质资源向农村学校延伸。
S 三、|提高教育教学质量
I 5、|推进学前教育优质发展。开展幼儿园保育教育质量评估，省市优质园占比达到90%以上。
I 6、|深化义务教育课堂改革。重点抓好三项工作：
U （1）|实施“学讲评”课堂改革，评选区级优秀课例100节。
U （2）|加强作业设计研究，建立区级优秀作业资源库。
U （3）|落实学业质量监测，每学期开展一次质量分析。
I 7、|提升普通高中办学水平。推进新课程新教材实施，力争本科达线率较上年提高2个百分点。
I 8、|加强特殊教育和专门教育。适龄残疾儿童少年入学率保持在97%以上，送教上门服务覆盖所有重度残疾儿童。
S 四、|建设高素质教师队伍
I 9、|加强教师招聘补充。全年计划招聘新教师150名，重点补充音体美、心理健康等紧缺学科教师。
I 10、|完善教师培训体系。实施新教师“三年成长计划”，组织全员培训，人均培训不少于72学时。
S 五、|提升教育服务保障水平
I 11、|落实学生资助政策。精准资助家庭经济困难学生，确保应助尽助，全年发放各类资助资金不少于1800万元。
I 12、|推进校园食品安全治理。实现学校食堂“互联网+明厨亮灶”全覆盖，开展食品安全专项检查每学期不少于2次。
C 大丰区教育局
C 2024年2月19日
""",
}

# --------------------------------------------------------------------------- 04 四川 宜宾市叙州区 (GB18030, weekday date line)

XUZHOU = {
    "slug": "04-sc-xuzhou-2024-yaodian-gb18030",
    "what": "四川 county portal, GB18030 declared in <meta charset> and no charset in the HTTP header; header line "
            "发布时间：2024年3月1日 星期五 / 来源; body div#NewsContent; （一） items restarting per section, 1. sub-items, "
            "a closing section with text only",
    "url": "http://www.ybxz.gov.cn/zwgk/fdzdgknr/ghjh/202403/t20240301_1823456.html",
    "headers": {"content-type": "text/html"},
    "encoding": "gb18030",
    "expect": {"title": "叙州区2024年教育体育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-01", "publisher": "叙州区教育和体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "星期五", "来源：", "字体：", "【打印】", "关闭窗口", "上一篇", "下一篇", "网站标识码",
                        "蜀ICP备", "位置："],
    "style": {"formats": {
        "S": '<p style="text-indent:2em;font-family:黑体;font-size:16pt">{x}</p>',
        "P": '<p style="text-indent:2em;font-family:仿宋_GB2312;font-size:16pt;line-height:28pt">{x}</p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="gb18030">
<meta name="keywords" content="教育体育,工作要点">
<title>叙州区2024年教育体育工作要点_宜宾市叙州区人民政府</title>
<link href="/images/css/detail.css" rel="stylesheet">
</head>
<body>
<div class="top"><div class="wrap"><a href="/">首页</a> | <a href="/zwgk/">政务公开</a> | <a href="/bsfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div></div>
<div class="wrap">
<div class="crumbs">位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fdzdgknr/ghjh/">规划计划</a></div>
<div class="detail">
<h1 class="detail-title">叙州区2024年教育体育工作要点</h1>
<div class="detail-info">发布时间：2024年3月1日 星期五　　来源：叙州区教育和体育局　　【字体：<a href="javascript:fontZoom(18)">大</a> <a href="javascript:fontZoom(16)">中</a> <a href="javascript:fontZoom(14)">小</a>】　<a href="javascript:window.print()">【打印】</a></div>
<div class="contText" id="NewsContent">
{content}
</div>
<div class="detail-bottom"><span>【<a href="javascript:window.close()">关闭窗口</a>】</span></div>
<div class="pre-next"><p>上一篇：<a href="./t20240227_1821980.html">叙州区教育和体育局2023年工作总结</a></p>
<p>下一篇：<a href="./t20240304_1823811.html">关于做好2024年春季学期开学工作的通知</a></p></div>
</div>
</div>
<div class="footer"><p>主办单位：宜宾市叙州区人民政府办公室　地址：宜宾市叙州区南岸东区金沙江大道</p>
<p>网站标识码：5115210001　<a href="https://beian.miit.gov.cn/">蜀ICP备05014638号</a>　川公网安备 51152102000123号</p></div>
<script src="/images/js/jquery.min.js"></script>
<script>function fontZoom(size){document.getElementById("NewsContent").style.fontSize=size+"px";}</script>
</body>
</html>
""",
    "spec": """
P 2024年全区教育体育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，以建设“教育强区、体育强区”为目标，聚焦“提质量、补短板、强保障”，推动全区教育体育事业高质量发展。
S 一、|坚持党建统领，全面加强党对教育体育工作的领导
I （一）|强化政治建设。深入学习贯彻党的二十大精神，完善“第一议题”制度，教育体育系统党员干部全年集中学习不少于12次。
I （二）|夯实组织基础。推进中小学党组织领导的校长负责制全面落实，全年创建“四好”示范党支部10个。
S 二、|坚持优质均衡，加快教育事业高质量发展
I （一）|推进学前教育普惠发展。公办幼儿园在园幼儿占比达到55%以上，新增省级示范幼儿园1所。
I （二）|推进义务教育优质均衡。重点做好以下工作：
U 1.|实施城区学校扩容工程，建成南岸东区学校，新增学位1800个。
U 2.|推进乡村温馨校园建设，年内建成乡村温馨校园15所。
U 3.|深化“县管校聘”改革，交流轮岗教师不少于260人。
I （三）|推进普通高中多样化发展。支持叙州一中创建省级示范性普通高中，高考本科上线人数稳中有升。
I （四）|推进职业教育提质培优。深化产教融合，与宜宾三江新区企业共建实训基地4个，中职学生技能竞赛获省级奖项10项以上。
S 三、|坚持全民健身，推动体育事业繁荣发展
I （一）|完善全民健身设施。新建社区运动健身中心2个、多功能运动场8个，人均体育场地面积达到2.6平方米。
I （二）|办好品牌体育赛事。举办叙州区第七届运动会、“宜宾马拉松”叙州段赛事等活动，全年举办各类赛事30场次以上。
I （三）|推进体教融合。建立青少年体育训练基地6个，学生体质健康达标率达到93%以上。
S 四、|坚持安全发展，守牢教育体育安全底线
P 严格落实安全生产责任制，扎实开展校园安全隐患排查整治，加强防溺水、防欺凌、食品安全等专项治理，深化校园周边环境综合治理，确保全年教育体育系统安全稳定。
""",
}

# --------------------------------------------------------------------------- 05 湖北 宜昌市夷陵区 (notice with 《》, <b> lead with marker outside)

YILING = {
    "slug": "05-hb-yiling-2024-tongzhi-yaodian",
    "what": "湖北 district xxgk: 4-column table with <strong> labels padded by full-width spaces and no colon, date "
            "2024年03月05日; notice 关于印发《…》的通知 with signature, then the plan's centred title; items 1.–13. with the "
            "lead sentence in <b> and the marker outside it; continuation paragraph; PDF attachment link outside the body",
    "url": "http://www.yiling.gov.cn/xxgk/fdzdgknr/ghxx/202403/t20240305_1584221.shtml",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "expect": {"title": "夷陵区2024年教育工作要点",
               "notice_title": "夷陵区教育局关于印发《夷陵区2024年教育工作要点》的通知",
               "index_no": "011012845/2024-02736", "doc_no": "夷陵教发〔2024〕3号", "pub_date": "2024-03-05",
               "publisher": "夷陵区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"notice_title": "关于印发《夷陵区2024年教育工作要点》的通知"},
    "must_not_appear": ["索 引 号", "发布机构", "发布日期", "主题分类", "有 效 性", "信息名称", "【打印】", "【关闭】",
                        "字号：", "工作要点.pdf", "网站标识码", "鄂ICP备", "政府网站找错"],
    "style": {"lead": "b_outside", "formats": {
        "S": '<p style="text-indent:2em;line-height:1.8"><strong>{x}</strong></p>',
        "P": '<p style="text-indent:2em;line-height:1.8">{x}</p>',
        "C": '<p style="text-align:right;line-height:1.8">{x}</p>',
        "H": '<p style="text-align:center;line-height:1.8"><strong><span style="font-size:20px">{x}</span></strong></p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>夷陵区教育局关于印发《夷陵区2024年教育工作要点》的通知-宜昌市夷陵区人民政府</title>
<link rel="stylesheet" href="/site/yiling/css/xxgk.css">
</head>
<body>
<div class="header"><div class="logo"><a href="/"><img src="/site/yiling/images/logo.png" alt="宜昌市夷陵区人民政府"></a></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">信息公开</a></li><li><a href="/bsfw/">政务服务</a></li><li><a href="/hdjl/">政民互动</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/fdzdgknr/">法定主动公开内容</a> &gt; <a href="/xxgk/fdzdgknr/ghxx/">规划信息</a></div>
<div class="xxgk-info">
<table class="table-bordered" cellpadding="0" cellspacing="0">
<tr><td class="tit"><strong>索 引 号　</strong></td><td>011012845/2024-02736</td><td class="tit"><strong>文　　号　</strong></td><td>夷陵教发〔2024〕3号</td></tr>
<tr><td class="tit"><strong>发布机构　</strong></td><td>夷陵区教育局</td><td class="tit"><strong>发布日期　</strong></td><td>2024年03月05日</td></tr>
<tr><td class="tit"><strong>主题分类　</strong></td><td>教育</td><td class="tit"><strong>有 效 性　</strong></td><td>有效</td></tr>
<tr><td class="tit"><strong>信息名称　</strong></td><td colspan="3">夷陵区教育局关于印发《夷陵区2024年教育工作要点》的通知</td></tr>
</table>
</div>
<div class="article">
<h2 class="article-title">夷陵区教育局关于印发《夷陵区2024年教育工作要点》的通知</h2>
<div class="article-tools"><span>【<a href="javascript:window.print()">打印</a>】</span><span>【<a href="javascript:window.close()">关闭</a>】</span><span>字号：<a href="javascript:setSize(18)">T</a>|<a href="javascript:setSize(14)">T</a></span></div>
<div class="article-body">
{content}
</div>
<div class="file">附件：<a href="./P020240305391742816301.pdf">夷陵区2024年教育工作要点.pdf</a></div>
</div>
<div class="footer"><p>主办：宜昌市夷陵区人民政府办公室　网站标识码：4205060001</p>
<p><a href="https://beian.miit.gov.cn/">鄂ICP备05003218号</a>　鄂公网安备 42050602000115号　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p></div>
</body>
</html>
""",
    "spec": """
P 各乡镇（街道）中心学校，区直各学校、幼儿园，局机关各股室：
P 现将《夷陵区2024年教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
C 宜昌市夷陵区教育局
C 2024年3月1日
H 夷陵区2024年教育工作要点
P 2024年全区教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神和全国、全省教育大会精神，锚定建设教育强区目标，以“五大提升行动”为抓手，推动夷陵教育在全市争先进位。
S 一、|聚焦政治引领，提升党建工作质量
I 1.|加强思想政治建设。坚持把学习贯彻党的创新理论作为首要政治任务，全年开展理论中心组学习12次以上，推动学习成果转化为工作实效。
I 2.|推进党建与业务深度融合。深化“一校一品”党建品牌创建，年内培育区级党建示范校8所，以高质量党建引领学校高质量发展。
I 3.|从严正风肃纪。聚焦教育收费、招生入学、校园餐等群众关切问题，开展专项整治，持续纠治“四风”。
S 二、|聚焦公平普惠，提升学位供给水平
I 4.|扩大普惠性学前教育资源。新增公办园学位360个，普惠性幼儿园覆盖率稳定在92%以上。
I 5.|推进义务教育优质均衡发展。完成小溪塔第二初级中学改扩建工程，深入推进“强镇筑基”行动，缩小城乡校际差距。
P 加大乡村小规模学校支持力度，确保生均公用经费按不低于100人核定拨付。
I 6.|推进高中阶段教育协调发展。夷陵中学新校区建成投用，普通高中招生计划增加200人。
S 三、|聚焦质量提升，提升育人工作成效
I 7.|深化课程教学改革。实施义务教育课程方案，开展区级教学比武，评选优质课60节。
I 8.|加强劳动教育和科学教育。建设劳动教育实践基地5个，开展“科技节”“小发明”等活动，培育科技特色学校10所。
I 9.|健全学生心理健康服务体系。配齐中小学心理健康教育教师，开展心理健康筛查全覆盖，建立分级预警机制。
S 四、|聚焦队伍建设，提升教师专业素养
I 10.|实施名师培养工程。新评选区级骨干教师80名、名班主任20名，组建名师工作室12个。
I 11.|落实教师待遇保障。确保义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。
S 五、|聚焦安全稳定，提升教育治理能力
I 12.|推进平安校园建设。落实“1530”安全教育提醒，开展防溺水专项行动，中小学“一键报警”系统覆盖率达到100%。
I 13.|提升依法治教水平。推进中小学法律顾问制度全覆盖，完善学校章程，规范办学行为。
""",
}

# --------------------------------------------------------------------------- 06 河北 邢台市教育局 (TRS WCM newer, unlabelled date, <h2> sections)

XINGTAI = {
    "slug": "06-he-xingtai-2024-yaodian-trs",
    "what": "河北 city education bureau on TRS WCM (newer trs_editor_view template): date and source printed unlabelled in "
            "span.time/span.source, their labels only in CSS ::before; section headings in <h2>; items 1. restarting in "
            "every section",
    "url": "http://jyj.xingtai.gov.cn/zwgk/gzjh/202402/t20240228_678123.html",
    "headers": {"content-type": "text/html; charset=UTF-8"},
    "encoding": "utf-8",
    "expect": {"title": "邢台市教育局2024年工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-02-28", "publisher": "邢台市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"publisher": None},
    "must_not_appear": ["2024-02-28", "字号：", "【打印】", "分享到", "网站标识码", "冀ICP备", "当前位置"],
    "style": {"formats": {
        "S": '<h2 style="font-size:16pt;font-family:黑体;font-weight:normal;text-indent:2em">{x}</h2>',
        "P": '<p style="text-indent:2em;text-align:justify;line-height:1.75em"><span style="font-family:仿宋,仿宋_GB2312;font-size:16pt">{x}</span></p>',
    }},
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>邢台市教育局2024年工作要点-邢台市教育局</title>
<link rel="stylesheet" href="/images/css/common.css">
<style>
.article-info span{margin:0 12px;color:#666}
.article-info .time::before{content:"发布时间：";}
.article-info .source::before{content:"来源：";}
</style>
</head>
<body>
<div class="header"><img src="/images/logo.png" alt="邢台市教育局"><div class="search"><input type="text" placeholder="搜索"></div></div>
<div class="nav"><a href="/">首页</a><a href="/jyxw/">教育新闻</a><a href="/zwgk/">政务公开</a><a href="/bszn/">办事指南</a><a href="/hdjl/">互动交流</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzjh/">工作计划</a></div>
<div class="article">
<h1>邢台市教育局2024年工作要点</h1>
<div class="article-info"><span class="time">2024-02-28 10:15</span><span class="source">邢台市教育局</span><span class="font">字号：<a href="javascript:;" onclick="fontSize(18)">大</a><a href="javascript:;" onclick="fontSize(16)">中</a><a href="javascript:;" onclick="fontSize(14)">小</a></span><span class="print"><a href="javascript:window.print();">【打印】</a></span></div>
<div class="article-con">
<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
{content}
</div>
</div>
<div class="article-share">分享到：<a href="#" class="wx">微信</a><a href="#" class="wb">微博</a></div>
</div>
<div class="footer"><p>邢台市教育局 版权所有　地址：邢台市襄都区守敬南大街</p>
<p>网站标识码：1305000028　<a href="https://beian.miit.gov.cn/">冀ICP备09012273号</a>　冀公网安备 13050302000145号</p></div>
<script src="/images/js/jquery.min.js"></script>
<script>function fontSize(s){$(".trs_editor_view").css("font-size",s+"px");}</script>
</body>
</html>
""",
    "spec": """
P 2024年，全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，深入落实省委、市委决策部署，以建设教育强市为目标，加快推进教育现代化，办好人民满意的教育。
S 一、|全面加强党对教育工作的领导
I 1.|加强党的政治建设。严格落实“第一议题”制度，健全市委教育工作领导小组议事协调机制，每半年专题研究教育工作不少于1次。
I 2.|加强高校和中小学党建工作。推进邢台学院、邢台医学高等专科学校等高校党建“对标争先”建设计划，中小学党组织领导的校长负责制实现全覆盖。
I 3.|加强思想政治工作。推进大中小学思政课一体化建设，遴选市级思政课“金课”50节。
S 二、|推动基础教育扩优提质
I 1.|实施学前教育普及普惠攻坚行动。学前三年毛入园率达到93%，普惠性幼儿园覆盖率达到90%以上。
I 2.|推进县域义务教育优质均衡发展。支持任泽区、南和区创建国家义务教育优质均衡发展县（区），全市新增义务教育学位1.2万个。
I 3.|推进县域普通高中振兴。实施县中托管帮扶工程，组建市域高中发展共同体4个。
I 4.|办好特殊教育。实施特殊教育发展提升行动，残疾儿童少年义务教育入学率保持在97%以上。
S 三、|增强职业教育和高等教育服务能力
I 1.|深化产教融合。围绕全市新能源、装备制造等主导产业，建设市域产教联合体2个，新增产业急需专业10个。
I 2.|支持高等学校内涵发展。支持邢台学院推进硕士学位授予单位立项建设，提升办学层次。
S 四、|建设高素质专业化教师队伍
I 1.|加强师德师风建设。开展师德师风建设年活动，完善师德失范行为通报警示制度。
I 2.|补充优化教师队伍。全年招聘中小学教师1500名，统筹解决农村学校学科结构性短缺问题。
S 五、|守牢教育安全稳定底线
I 1.|强化校园安全管理。深化校园安全专项整治，中小学校专职保安员配备率、封闭化管理率均达到100%。
I 2.|做好教育系统信访维稳。健全矛盾纠纷排查化解机制，做到小事不出校、大事不出县。
""",
}

# --------------------------------------------------------------------------- 07 辽宁 鞍山市铁东区 (国泰新点 Epoint 子站, 信息时间)

TIEDONG = {
    "slug": "07-ln-tiedong-2024-chunji-jihua-epoint",
    "what": "辽宁 district portal on an Epoint (ewb-) template, education bureau 子站 path; 【信息时间：…  阅读次数：…】 line, "
            "no publisher; 春季学期工作计划: text-only sections 指导思想/工作目标, 1.–10. items with （1） sub-items, and a "
            "月份工作安排 section of unnumbered 二月份：… lines",
    "url": "http://www.tiedong.gov.cn/tdq/jyj/gzjh/20240226/001002003_3f8a2b1c-7d4e-4a5b-9c6d-1e2f3a4b5c6d.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "expect": {"title": "铁东区教育局2024年春季学期工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-02-26", "publisher": None, "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["信息时间", "阅读次数", "我要打印", "【关闭】", "当前位置", "网站标识码", "辽ICP备"],
    "style": {"formats": {
        "S": '<p style="text-indent:2em;"><strong><span style="font-size:16px;font-family:宋体;">{x}</span></strong></p>',
        "P": '<p style="text-indent:2em;"><span style="font-size:16px;font-family:宋体;">{x}</span></p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>铁东区教育局2024年春季学期工作计划</title>
<link rel="stylesheet" href="/tdq/css/ewb-common.css">
<link rel="stylesheet" href="/tdq/css/ewb-article.css">
</head>
<body>
<div class="ewb-header"><div class="ewb-container"><a href="/tdq/" class="ewb-logo"><img src="/tdq/images/logo.png" alt="鞍山市铁东区人民政府"></a></div></div>
<div class="ewb-nav"><ul><li><a href="/tdq/">首页</a></li><li><a href="/tdq/zwgk/">政务公开</a></li><li><a href="/tdq/bmzz/">部门子站</a></li><li><a href="/tdq/hdjl/">互动交流</a></li></ul></div>
<div class="ewb-container">
<div class="ewb-location">当前位置：<a href="/tdq/">首页</a> &gt; <a href="/tdq/bmzz/">部门子站</a> &gt; <a href="/tdq/jyj/">区教育局</a> &gt; <a href="/tdq/jyj/gzjh/">工作计划</a></div>
<div class="ewb-article">
<h2 class="ewb-article-tt">铁东区教育局2024年春季学期工作计划</h2>
<div class="ewb-article-sources">【信息时间：<span id="infodate">2024-02-26</span>&nbsp;&nbsp;阅读次数：<span id="infoViewCount"></span>】&nbsp;&nbsp;【<a href="javascript:void(0)" onclick="window.print();">我要打印</a>】&nbsp;&nbsp;<a href="javascript:window.close()">【关闭】</a></div>
<div class="ewb-article-info" id="mainContent">
{content}
</div>
<div class="ewb-article-attach"></div>
</div>
</div>
<div class="ewb-footer"><p>主办单位：鞍山市铁东区人民政府办公室　技术支持：国泰新点软件股份有限公司</p>
<p>网站标识码：2103020001　<a href="https://beian.miit.gov.cn/">辽ICP备05018839号</a></p></div>
<script src="/tdq/js/jquery.min.js"></script>
<script>$.get("/EWB-FRONT/rest/frontAppCustomAction/getPageInfoListNew", {infoid: "3f8a2b1c-7d4e-4a5b-9c6d-1e2f3a4b5c6d"}, function(d){ $("#infoViewCount").text(d.custom.viewcount); });</script>
</body>
</html>
""",
    "spec": """
S 一、|指导思想
P 以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，以“提质量、强队伍、保安全”为重点，推动全区教育各项工作再上新台阶。
S 二、|工作目标
P 学期内，全区义务教育巩固率保持在100%，课后服务覆盖率保持在100%，完成教师培训3000人次，校园安全责任事故零发生。
S 三、|主要工作及措施
I 1.|抓好开学各项工作。开学前组织对全区中小学、幼儿园开展开学条件专项检查，确保3月1日正常开学、安全开学。
I 2.|加强德育工作。以“学雷锋纪念日”“清明节”“五四青年节”为契机，开展主题教育活动，培育学生良好品德。
I 3.|深化课堂教学改革。围绕新课程标准，重点做好以下工作：
U （1）|开展“同课异构”教研活动，每校每学期不少于4次。
U （2）|组织全区青年教师基本功大赛，评选一等奖20名。
U （3）|推进“鞍山云课堂”应用，优质课程资源上线不少于200节。
I 4.|做好毕业年级工作。召开初三教学工作会议2次，组织全区模拟考试和质量分析，科学指导学生中考备考。
I 5.|加强体育美育工作。落实学生每天校内体育活动时间不少于2小时，举办全区中小学生春季田径运动会。
I 6.|推进劳动教育。制定劳动教育清单，每周安排劳动教育课时不少于1节。
I 7.|加强教师队伍建设。开展新教师入职培训和骨干教师跟岗研修，全学期培训教师3000人次。
I 8.|做好招生入学工作。制定2024年义务教育招生入学方案，4月底前向社会公布学区划分。
I 9.|抓好校园安全工作。开展春季校园安全大检查，重点排查消防、校舍、食品卫生等方面隐患，建立台账，限期整改。
I 10.|加强学校卫生防疫工作。做好春季传染病防控，落实晨午检和因病缺课追踪制度。
S 四、|月份工作安排
P 二月份：召开全区教育工作会议；开展开学条件检查。
P 三月份：开展“学雷锋”主题教育活动；组织青年教师基本功大赛。
P 四月份：公布义务教育学区划分；举办春季田径运动会。
P 五月份：组织初三模拟考试；开展防溺水专题教育。
P 六月份：做好中考组织工作；开展学期工作总结。
""",
}

# --------------------------------------------------------------------------- 08 江西 赣州市于都县 (子站 URL, <font> soup, 生成日期)

YUDU = {
    "slug": "08-jx-yudu-2024-yaodian-font",
    "what": "江西 county portal, education bureau 子站 path; xxgk table with &nbsp;-spaced labels and 生成日期 as the only date; "
            "Word-export <font face> soup with markers in <span lang=EN-US>; 1.–10. through, continuation paragraphs, a "
            "text-only last section",
    "url": "http://www.yudu.gov.cn/ydxjykjtyj/c112031/202403/5e2a0c7d4b8f4e3e9b1f2a6c7d8e9f01.shtml",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "expect": {"title": "于都县2024年教育工作要点", "notice_title": None,
               "index_no": "11360731014512345C/2024-00087", "doc_no": "于教科体字〔2024〕9号", "pub_date": "2024-03-12",
               "publisher": "于都县教育科技体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["生成日期", "主题分类", "体裁分类", "信息名称", "【打印】", "【关闭】", "网站标识码", "赣ICP备",
                        "您现在的位置"],
    "style": {"marker_span": True, "formats": {
        "S": '<p align="justify" style="text-indent:32pt;line-height:28pt"><font face="黑体" size="4"><font style="font-size:16pt">{x}</font></font></p>',
        "P": '<p align="justify" style="text-indent:32pt;line-height:28pt"><font face="仿宋_GB2312" size="4"><font style="font-size:16pt">{x}</font></font></p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>于都县2024年教育工作要点 - 于都县人民政府</title>
<link href="/ydxjykjtyj/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<div class="banner"><img src="/ydxjykjtyj/images/banner.jpg" alt="于都县教育科技体育局"></div>
<div class="menu"><a href="/">于都县人民政府</a> | <a href="/ydxjykjtyj/">县教育科技体育局</a> | <a href="/ydxjykjtyj/c112030/list.shtml">机构职能</a> | <a href="/ydxjykjtyj/c112031/list.shtml">计划总结</a></div>
<div class="dqwz">您现在的位置：<a href="/">首页</a> &gt; <a href="/ydxjykjtyj/">县教育科技体育局</a> &gt; 计划总结</div>
<div class="xxgk-head">
<table class="xxgk-table" width="100%" border="1" cellspacing="0" cellpadding="0">
<tr><td class="bt">索&nbsp;引&nbsp;号：</td><td>11360731014512345C/2024-00087</td><td class="bt">文&nbsp;&nbsp;&nbsp;&nbsp;号：</td><td>于教科体字〔2024〕9号</td></tr>
<tr><td class="bt">发布机构：</td><td>于都县教育科技体育局</td><td class="bt">生成日期：</td><td>2024-03-12</td></tr>
<tr><td class="bt">主题分类：</td><td>教育</td><td class="bt">体裁分类：</td><td>计划</td></tr>
<tr><td class="bt">信息名称：</td><td colspan="3">于都县2024年教育工作要点</td></tr>
</table>
</div>
<div class="article">
<div class="article-title">于都县2024年教育工作要点</div>
<div class="content-txt">
{content}
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="footer"><p>主办：于都县人民政府　承办：于都县教育科技体育局</p>
<p>网站标识码：3607310001　<a href="https://beian.miit.gov.cn/">赣ICP备05004412号</a>　赣公网安备 36073102000107号</p></div>
</body>
</html>
""",
    "spec": """
P 2024年全县教育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，弘扬苏区精神和长征精神，聚焦“办好人民满意的教育”目标，全力打造“红色教育名县”。
S 一、|坚持铸魂育人，落实立德树人根本任务
I 1.|深化红色基因传承。依托中央红军长征出发地纪念馆等红色资源，开发红色研学精品课程20门，全县中小学生红色研学实践活动参与率达到100%。
I 2.|加强思政课建设。落实思政课教师配备标准，开展思政课教学竞赛，评选县级思政课优质课30节。
P 建立县领导联系学校、进校园讲思政课制度，每学期每位县领导到联系学校讲思政课不少于1次。
I 3.|提升学生综合素养。开足开齐体育、美育、劳动教育课程，举办全县中小学生艺术节和运动会，学生体质健康达标率达到92%以上。
S 二、|坚持优质均衡，扩大优质教育资源供给
I 4.|实施学校建设项目。全年计划实施教育项目18个，总投资5.6亿元，建成于都县第七中学、贡江镇第五小学，新增学位4500个。
P 加快推进城区学校“大班额”消除工作，城区小学、初中班额分别控制在45人、50人以内。
I 5.|推进学前教育普惠发展。新建公办幼儿园4所，公办园在园幼儿占比达到60%，普惠性幼儿园覆盖率达到92%。
I 6.|推动县域高中振兴。实施普通高中教育质量提升工程，深化与省内名校结对帮扶，力争高考本科上线率较上年提高1.5个百分点。
I 7.|发展职业教育。推进于都县职业中等专业学校与服装产业集群深度合作，开设服装设计与工艺等专业订单班6个。
S 三、|坚持强师兴教，建设高素质教师队伍
I 8.|加强师德师风建设。开展师德师风警示教育，严肃查处有偿补课、收受礼品礼金等违规行为。
I 9.|加大教师培养力度。实施“青蓝工程”，组建县级名师工作室15个，全年培训教师8000人次。
I 10.|优化教师资源配置。全年招聘教师320名，推进乡村教师周转宿舍建设，改善乡村教师工作生活条件。
S 四、|坚持安全稳定，营造良好教育生态
P 全面落实校园安全“党政同责、一岗双责”，常态化开展防溺水、防欺凌、交通安全等专题教育，扎实推进校园食品安全守护行动，持续规范校外培训机构管理，确保全县教育系统和谐稳定。
""",
}

# --------------------------------------------------------------------------- 09 山西 晋中市榆次区 (WeChat article copied to the portal)

YUCI = {
    "slug": "09-sx-yuci-2024-yaodian-wechat-copy",
    "what": "山西 district portal news page carrying an education bureau WeChat article pasted from a 135editor layout: "
            "banner image, coloured <section> blocks for 一、 headings, items with marker+lead in a coloured <strong>, "
            "inline 一是/二是/三是 runs inside two items, trailing 来源/编辑/审核 lines inside the article",
    "url": "http://www.yuci.gov.cn/xwzx/bmdt/202403/t20240308_1872345.shtml",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "expect": {"title": "榆次区2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-08", "publisher": "榆次区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "浏览次数", "当前位置", "网站标识码", "晋ICP备", "上一条", "下一条"],
    "style": {"lead": "wechat", "formats": {
        "S": '<section style="margin:24px 0 12px;text-align:center;"><section style="display:inline-block;padding:4px 16px;background-color:rgb(0,112,192);border-radius:4px;"><p style="color:#ffffff;"><strong><span style="font-size:16px;">{x}</span></strong></p></section></section>',
        "P": '<p style="margin:0 8px 24px;line-height:1.75em;text-align:justify;"><span style="font-size:15px;letter-spacing:1px;color:rgb(62,62,62);">{x}</span></p>',
        "C": '<p style="margin:0 8px;text-align:left;"><span style="font-size:12px;color:rgb(136,136,136);">{x}</span></p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>榆次区2024年教育工作要点_部门动态_晋中市榆次区人民政府</title>
<link rel="stylesheet" href="/images/style.css">
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" alt="晋中市榆次区人民政府"></div>
<div class="nav"><a href="/">首页</a><a href="/xwzx/">新闻中心</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/gzhd/">公众互动</a></div></div>
<div class="main">
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/bmdt/">部门动态</a></div>
<div class="news_detail">
<div class="news_title">榆次区2024年教育工作要点</div>
<div class="news_info">发布时间：2024-03-08 16:40　　来源：榆次区教育局　　浏览次数：<span id="views"></span></div>
<div class="news_content">
<section data-tools="135编辑器" data-id="86452" style="max-width:100%;box-sizing:border-box;">
<p style="text-align:center;"><img src="/xwzx/bmdt/202403/W020240308512345678901.jpg" data-ratio="0.4266" data-w="1080" style="width:100%;"></p>
{content}
</section>
</div>
<div class="pager"><p>上一条：<a href="./t20240307_1871920.shtml">榆次区召开2024年全区教育工作会议</a></p><p>下一条：<a href="./t20240311_1872801.shtml">榆次区开展春季开学安全大检查</a></p></div>
</div>
</div>
<div class="footer"><p>主办：晋中市榆次区人民政府办公室</p>
<p>网站标识码：1407020001　<a href="https://beian.miit.gov.cn/">晋ICP备05002381号</a></p></div>
<script src="/images/jquery.js"></script>
<script>$.getJSON("/count?id=1872345", function(r){ $("#views").text(r.count); });</script>
</body>
</html>
""",
    "spec": """
P 近日，榆次区教育局印发《榆次区2024年教育工作要点》，明确了全年教育工作的目标任务。一起来看↓↓↓
S 一、|坚持党建引领，把牢教育发展方向
I 1.|加强理论武装。
X 一是|落实党组理论学习中心组学习制度，全年集中学习不少于12次；
X 二是|开展“学思践悟”读书活动，覆盖全区教育系统全体党员。
I 2.|推进党建品牌创建。打造“榆教先锋”党建品牌，创建党建示范校10所、党员示范岗100个。
S 二、|坚持扩优提质，办好人民满意教育
I 3.|扩大学前教育资源。新建改扩建公办幼儿园3所，新增学位810个，学前三年毛入园率达到95%以上。
I 4.|推进义务教育优质均衡。
X 一是|加快榆次区第十一中学迁建项目进度，秋季学期投入使用；
X 二是|深化集团化办学，新组建教育集团2个；
X 三是|推进城乡学校结对帮扶，实现农村学校全覆盖。
I 5.|提升高中办学品质。推进榆次一中、榆次二中特色发展，开展高考备考专题研讨，确保高考质量稳中有升。
I 6.|办好特殊教育。完善随班就读、送教上门等多种安置方式，残疾儿童少年入学率达到97%以上。
S 三、|坚持五育并举，促进学生全面发展
I 7.|深化课堂教学改革。推广“问题导学”课堂教学模式，评选区级教学能手50名。
I 8.|加强体育美育。开展校园足球、篮球联赛，举办第五届中小学生艺术展演活动。
I 9.|推进劳动教育。建设区级劳动教育实践基地3个，编印劳动教育校本教材。
S 四、|坚持底线思维，筑牢校园安全防线
I 10.|强化校园安全管理。落实校园安全“四个100%”要求，开展安全隐患排查整治，确保师生安全。
I 11.|加强校外培训监管。开展校外培训机构专项治理行动，全年检查机构不少于300家次。
C 来源：榆次区教育局
C 编辑：王慧敏　审核：李建军
""",
}

# --------------------------------------------------------------------------- 10 安徽 六安市裕安区 (GBK body, header says utf-8, meta says gbk)

YUAN = {
    "slug": "10-ah-yuan-2024-yaodian-gbk-lying-header",
    "what": "安徽 district xxgk on a Hanweb-style template (div.wzcon.j-fontContent), GBK bytes served with an HTTP header "
            "claiming charset=utf-8 while the meta says gbk; table_suoyin with td labels; （一） items restarting per "
            "section, marker and lead inside <strong>; six sections",
    "url": "https://www.yuan.gov.cn/public/6615351/35218734.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "gbk",
    "expect": {"title": "裕安区教育体育局2024年工作要点", "notice_title": None,
               "index_no": "11341503MB15912342/202403-00012", "doc_no": "裕教体〔2024〕11号", "pub_date": "2024-03-20",
               "publisher": "裕安区教育体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["信息分类", "发布机构", "发布日期", "关 键 字", "【字体：", "【打印】", "【关闭】", "扫一扫",
                        "网站标识码", "皖ICP备"],
    "style": {"lead": "strong_inside", "formats": {
        "S": '<p style="text-indent:2em;"><span style="font-family:黑体;">{x}</span></p>',
        "P": '<p style="text-indent:2em;">{x}</p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>裕安区教育体育局2024年工作要点_六安市裕安区人民政府</title>
<meta name="SiteName" content="六安市裕安区人民政府">
<link rel="stylesheet" href="/assets/css/xxgk.css">
</head>
<body>
<div class="header"><img src="/assets/images/logo.png" alt="六安市裕安区人民政府"></div>
<div class="navbar"><a href="/">首页</a><a href="/public/">信息公开</a><a href="/site/tpl/5821">政务服务</a><a href="/site/tpl/5822">互动交流</a></div>
<div class="wz">您的位置：<a href="/">首页</a> &gt; <a href="/public/">信息公开</a> &gt; <a href="/public/column/6615351">区教育体育局</a></div>
<div class="xxgk_table">
<table class="table_suoyin" cellspacing="0" cellpadding="0" width="100%">
<tr><td class="pmingcheng">索 引 号：</td><td class="pmingcheng2">11341503MB15912342/202403-00012</td><td class="pmingcheng">信息分类：</td><td class="pmingcheng2">计划总结</td></tr>
<tr><td class="pmingcheng">发布机构：</td><td class="pmingcheng2">裕安区教育体育局</td><td class="pmingcheng">发布日期：</td><td class="pmingcheng2">2024-03-20</td></tr>
<tr><td class="pmingcheng">名　　称：</td><td class="pmingcheng2" colspan="3">裕安区教育体育局2024年工作要点</td></tr>
<tr><td class="pmingcheng">文　　号：</td><td class="pmingcheng2">裕教体〔2024〕11号</td><td class="pmingcheng">关 键 字：</td><td class="pmingcheng2">工作要点</td></tr>
</table>
</div>
<div class="content">
<h1 class="newstitle">裕安区教育体育局2024年工作要点</h1>
<div class="bar">【字体：<a href="javascript:void(0)" class="j-fontBig">大</a> <a href="javascript:void(0)" class="j-fontNormal">中</a> <a href="javascript:void(0)" class="j-fontSmall">小</a>】</div>
<div class="wzcon j-fontContent">
{content}
</div>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a> <span class="ewm">扫一扫在手机打开当前页</span></div>
</div>
<div class="footer"><p>主办：六安市裕安区人民政府办公室</p>
<p>网站标识码：3415030003　<a href="https://beian.miit.gov.cn/">皖ICP备05003927号</a></p></div>
<script src="/assets/js/jquery.min.js"></script>
</body>
</html>
""",
    "spec": """
P 2024年，全区教育体育工作坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实全省、全市教育工作会议部署，围绕“学有优教、体育惠民”目标，奋力推动全区教育体育事业高质量发展。
S 一、|加强党的全面领导
I （一）|强化理论武装。持续推进党的创新理论学习，教育体育系统各级党组织开展集中学习研讨不少于10次。
I （二）|建强基层组织。推进中小学党组织领导的校长负责制改革，健全党组织会议、校长办公会议议事规则。
S 二、|推进基础教育优质均衡
I （一）|学前教育普惠提质。新建城南幼儿园等公办幼儿园3所，新增学位720个，普惠性幼儿园覆盖率达到91%。
I （二）|义务教育均衡发展。推进裕安区城南中学等4个项目建设，新增学位3600个，城区大班额全面消除。
I （三）|高中教育特色发展。支持六安市裕安中学创建省级示范高中，推动城南中学开展特色高中建设。
S 三、|推动职业教育提质增效
I （一）|深化产教融合。支持裕安职业学校与本地装备制造企业共建实训基地2个，校企合作订单培养学生300人。
I （二）|提升技能水平。组织学生参加省市职业技能大赛，力争获省级一等奖2项以上。
S 四、|加强教师队伍建设
I （一）|优化教师配置。全年招聘中小学教师180名，落实“县管校聘”，交流轮岗教师不少于200人。
I （二）|提升专业能力。开展“教坛新星”评选，组织教师参加国培、省培项目1200人次。
S 五、|促进体育事业发展
I （一）|完善全民健身公共服务。新建健身路径30条、百姓健身房2个，行政村体育设施覆盖率保持100%。
I （二）|提升竞技体育水平。组队参加六安市第六届运动会，力争金牌数和团体总分位居全市前列。
S 六、|守牢安全稳定底线
I （一）|抓实校园安全。落实校园安全“十条措施”，开展防溺水“六个一”活动，确保全年无重大安全事故。
I （二）|规范办学行为。开展规范办学行为专项督查，严禁违规招生、违规补课和乱收费。
""",
}

# --------------------------------------------------------------------------- 11 广西 桂林市临桂区 (学年度 plan, &emsp; indents, sub-items over two paragraphs)

LINGUI = {
    "slug": "11-gx-lingui-2024-2025-xuenian-jihua",
    "what": "广西 district portal (南威-style article template): 发布日期/信息来源 spans, <p> paragraphs indented with "
            "&emsp;&emsp; entities; 2024—2025学年度 plan, （一） items restarting per section, 1. sub-items under lead-only "
            "items, one sub-item continued in a second paragraph",
    "url": "http://www.lingui.gov.cn/zwgk/jcxxgk/jyxx/202409/t20240903_2612345.shtml",
    "headers": {"content-type": "text/html; charset=UTF-8"},
    "encoding": "utf-8",
    "expect": {"title": "临桂区教育局2024—2025学年度工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-09-03", "publisher": "临桂区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"plan_year": 2025},
    "must_not_appear": ["发布日期", "信息来源", "浏览次数", "字号：", "打印本页", "关闭窗口", "网站标识码", "桂ICP备",
                        "基层信息公开"],
    "style": {"formats": {
        "S": "<p>&emsp;&emsp;<strong>{x}</strong></p>",
        "P": "<p>&emsp;&emsp;{x}</p>",
    }},
    "html": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>临桂区教育局2024—2025学年度工作计划 - 桂林市临桂区人民政府门户网站</title>
<link rel="stylesheet" href="/static/css/article.css">
</head>
<body>
<header class="site-header"><a href="/" class="logo"><img src="/static/images/logo.png" alt="桂林市临桂区人民政府门户网站"></a>
<nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjlg/">走进临桂</a></nav></header>
<div class="breadcrumb">首页 &gt; 政务公开 &gt; 基层信息公开 &gt; 教育信息</div>
<main class="article">
<div class="article-title"><h1>临桂区教育局2024—2025学年度工作计划</h1></div>
<div class="article-info"><span>发布日期：2024-09-03</span><span>信息来源：临桂区教育局</span><span>浏览次数：<i id="viewCount"></i></span><span class="font-size">字号：<a href="javascript:;">大</a><a href="javascript:;">中</a><a href="javascript:;">小</a></span></div>
<div class="article-content" id="articleContent">
{content}
</div>
<div class="article-foot"><a href="javascript:window.print();">打印本页</a><a href="javascript:window.close();">关闭窗口</a></div>
</main>
<footer><p>主办：桂林市临桂区人民政府办公室　网站标识码：4503120001</p>
<p><a href="https://beian.miit.gov.cn/">桂ICP备14004527号</a>　桂公网安备 45031202000154号</p></footer>
<script src="/static/js/article.js"></script>
</body>
</html>
""",
    "spec": """
P 2024—2025学年度，我区教育工作将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻全国教育大会精神，紧紧围绕“建设教育强区”目标，推动全区教育事业高质量发展。具体工作计划如下：
S 一、|全面加强党的建设
I （一）|加强政治理论学习。完善学习制度，每月开展一次集中学习，推动党的创新理论进校园、进课堂、进头脑。
I （二）|加强基层党组织建设。实施基层党组织“强基提质”工程，开展党支部标准化规范化建设，达标率达到100%。
S 二、|推动各学段教育协调发展
I （一）|推进学前教育普及普惠。
U 1.|扩大公办学位供给。新建临桂区第八幼儿园，新增公办学位450个。
U 2.|提升保教质量。开展幼儿园保育教育质量自评，组织乡镇中心幼儿园结对帮扶村级幼儿园。
P 年内创建自治区级示范幼儿园1所、市级示范幼儿园2所。
U 3.|规范民办幼儿园管理。开展民办幼儿园年检，对办园条件不达标的限期整改。
I （二）|推进义务教育优质均衡。
U 1.|加快学校建设。完成临桂区实验学校二期工程，新增学位1800个。
U 2.|深化教育集团化办学。新组建教育集团2个，实现城区学校与乡镇学校结对全覆盖。
U 3.|做好控辍保学工作。落实“一生一案”，确保义务教育巩固率达到99%以上。
I （三）|推进普通高中特色发展。支持临桂中学创建自治区示范性普通高中，持续提升高考本科上线率。
S 三、|着力提升教育质量
I （一）|深化教学改革。推行“大单元”教学设计，开展学科教研活动每月不少于1次，培育区级教学成果20项。
I （二）|加强学生综合素质培养。开展“桂林山水”主题研学活动，举办学年度中小学生运动会和艺术节。
I （三）|加强教育信息化建设。推进智慧校园建设，完成30所学校多媒体教室更新。
S 四、|加强教师队伍建设
I （一）|完善教师培养体系。开展新教师岗前培训和在岗教师全员培训，学年度培训教师5000人次。
I （二）|落实教师待遇。按时足额发放教师工资和乡村教师生活补助，保障教师合法权益。
S 五、|切实做好安全稳定工作
I （一）|加强校园安全管理。开展校园安全隐患排查，完善“三防”建设，确保校园安全。
I （二）|做好校园食品安全工作。落实校长陪餐制度，学校食堂食品安全量化等级B级以上达到100%。
""",
}

# --------------------------------------------------------------------------- 12 黑龙江 齐齐哈尔市教育局 (博达 VSB, <div> paragraphs, centred sections)

QIQIHAR = {
    "slug": "12-hl-qiqihar-2024-jihua-vsb",
    "what": "黑龙江 city education bureau on a VSB (博达) template: form _newscontent_fromname, div#vsb_content "
            "div.v_news_content, one <div> per paragraph, centred <strong> section headings; 1.–14. through with one "
            "6、 and one full-width １１． among them, （1） sub-items; 时间/来源/点击数 line with a _showDynClicks script",
    "url": "http://jyj.qqhr.gov.cn/info/1021/12345.htm",
    "headers": {"content-type": "text/html"},
    "encoding": "utf-8",
    "expect": {"title": "齐齐哈尔市教育局2024年工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-15", "publisher": "齐齐哈尔市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["时间：", "来源：", "点击数", "【关闭】", "【打印】", "网站标识码", "黑ICP备", "上一条", "下一条"],
    "style": {"formats": {
        "S": '<div style="text-align:center;line-height:30px;"><strong>{x}</strong></div>',
        "P": '<div style="text-indent:2em;line-height:30px;">{x}</div>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="description" content="齐齐哈尔市教育局">
<title>齐齐哈尔市教育局2024年工作计划-齐齐哈尔市教育局</title>
<link type="text/css" href="../../style/style.css" rel="stylesheet">
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1021,'/content.jsp',12345,1573214982)</script>
</head>
<body>
<div class="top"><img src="../../images/banner.jpg" alt="齐齐哈尔市教育局"></div>
<div class="menu"><a href="../../index.htm">网站首页</a><a href="../../jyxw.htm">教育新闻</a><a href="../../zwgk.htm">政务公开</a><a href="../../tzgg.htm">通知公告</a></div>
<div class="main">
<div class="lmmc">当前位置：<a href="../../index.htm">网站首页</a> &gt;&gt; <a href="../../zwgk.htm">政务公开</a> &gt;&gt; 计划总结</div>
<form name="_newscontent_fromname">
<div class="content-title"><h1>齐齐哈尔市教育局2024年工作计划</h1></div>
<div class="content-info">时间：2024-03-15　　来源：齐齐哈尔市教育局　　点击数：<script>_showDynClicks("wbnews", 1573214982, 12345)</script></div>
<div id="vsb_content"><div class="v_news_content">
{content}
</div></div>
<div id="div_vote_id"></div>
</form>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.opener=null;window.open('','_self');window.close();">【关闭】</a></div>
<div class="prev-next"><p>上一条：<a href="12311.htm">齐齐哈尔市2024年中小学校春季开学工作部署会召开</a></p><p>下一条：<a href="12390.htm">关于公布2023年度市级优秀教学成果的通知</a></p></div>
</div>
<div class="foot"><p>主办：齐齐哈尔市教育局　地址：齐齐哈尔市龙沙区卜奎大街</p>
<p>网站标识码：2302000034　<a href="https://beian.miit.gov.cn/">黑ICP备05003821号</a></p></div>
</body>
</html>
""",
    "spec": """
P 为深入贯彻落实全国、全省教育工作会议精神，加快推进全市教育现代化，结合我市教育工作实际，制定本计划。
S 一、|加强党的建设和思想政治工作
I 1.|深入学习贯彻党的二十大精神。把学习贯彻党的二十大精神作为首要政治任务，组织全市教育系统党员干部开展专题培训不少于3期。
I 2.|加强基层党组织建设。推进中小学党组织领导的校长负责制，全市中小学党组织覆盖率保持100%。
I 3.|加强学校思想政治工作。深入开展“龙江少年学党史”系列活动，推进思政课教师队伍建设。
S 二、|推进基础教育优质均衡发展
I 4.|推进学前教育普惠发展。实施学前教育提升行动，全市学前三年毛入园率达到92%以上。
I 5.|推进义务教育优质均衡。重点抓好以下三项工作：
U （1）|推进龙沙区、建华区、铁锋区开展义务教育优质均衡发展创建工作。
U （2）|实施农村薄弱学校改造项目22个，改善农村学校办学条件。
U （3）|巩固“双减”成果，课后服务实现有需求学生全覆盖。
I 6、|推进普通高中多样化发展。指导各县（市）区制定普通高中发展规划，培育特色高中3所。
I 7.|办好特殊教育。推进融合教育，适龄残疾儿童少年入学率达到96%以上。
S 三、|推动职业教育和高等教育发展
I 8.|深化职业教育产教融合。推进齐齐哈尔市职教集团实体化运行，新增校企合作企业30家。
I 9.|服务高校发展。支持在齐高校开展校地合作，推动毕业生留齐就业创业。
S 四、|建设高素质教师队伍
I 10.|加强师德师风建设。开展“最美教师”评选活动，健全师德考核评价机制。
I １１．|提升教师专业能力。实施“名师工程”，评选市级学科带头人和骨干教师200名。
I 12.|加强校长队伍建设。举办中小学校长任职资格和提高培训班，培训校长300人次。
S 五、|维护教育系统安全稳定
I 13.|强化校园安全管理。落实冬季校园安全“八防”措施，开展消防、交通、防溺水安全教育。
I 14.|推进依法治校。开展依法治校示范校创建活动，年内创建市级依法治校示范校20所。
""",
}

# --------------------------------------------------------------------------- 13 云南 曲靖市麒麟区 (总结和计划, text-only sections, 文号 in （）)

QILIN = {
    "slug": "13-yn-qilin-2023-zongjie-2024-jihua",
    "what": "云南 district xxgk table (publisher in <a>, 发文日期 and a later 公开日期, 文号 with （）); 2023年工作总结和2024年"
            "工作计划: two sections of unnumbered paragraphs (some opening with a bold-free lead sentence), then （一）–（八） "
            "items; closing signature",
    "url": "http://www.qilin.gov.cn/zfxxgk/zfxxgkml/jhzj/202401/t20240118_1234123.html",
    "headers": {"content-type": "text/html; charset=UTF-8"},
    "encoding": "utf-8",
    "expect": {"title": "麒麟区教育体育局2023年工作总结和2024年工作计划", "notice_title": None,
               "index_no": "015123456/2024-00027", "doc_no": "麒教体（2024）15号", "pub_date": "2024-01-18",
               "publisher": "麒麟区教育体育局", "plan_year": 2024, "doc_kind": "report"},
    "tolerated": {"plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["索引号", "发文日期", "公开日期", "公开方式", "【打印】", "【关闭】", "网站标识码", "滇ICP备",
                        "政府信息公开目录"],
    "style": {"formats": {
        "S": '<p style="text-indent:2em;line-height:1.75"><span style="font-family:黑体;font-size:16pt">{x}</span></p>',
        "P": '<p style="text-indent:2em;line-height:1.75"><span style="font-family:仿宋_GB2312;font-size:16pt">{x}</span></p>',
        "C": '<p style="text-align:right;line-height:1.75"><span style="font-family:仿宋_GB2312;font-size:16pt">{x}</span></p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>麒麟区教育体育局2023年工作总结和2024年工作计划-曲靖市麒麟区人民政府</title>
<link href="/zfxxgk/css/gk.css" rel="stylesheet">
</head>
<body>
<div class="gk-top"><img src="/zfxxgk/images/gk_logo.png" alt="曲靖市麒麟区人民政府"><span>政府信息公开</span></div>
<div class="gk-nav"><a href="/zfxxgk/">政府信息公开目录</a><a href="/zfxxgk/zfxxgkzn/">公开指南</a><a href="/zfxxgk/zfxxgknb/">公开年报</a><a href="/zfxxgk/ysqgk/">依申请公开</a></div>
<div class="xxgk-detail">
<table class="zwgk_table" border="1" cellspacing="0" cellpadding="0" width="100%">
<tr><td class="zw-title">索引号：</td><td>015123456/2024-00027</td><td class="zw-title">发布机构：</td><td><a href="/zfxxgk/zfxxgkml/?dept=qljyj" target="_blank">麒麟区教育体育局</a></td></tr>
<tr><td class="zw-title">发文日期：</td><td>2024-01-12</td><td class="zw-title">公开日期：</td><td>2024-01-18</td></tr>
<tr><td class="zw-title">文号：</td><td>麒教体（2024）15号</td><td class="zw-title">公开方式：</td><td>主动公开</td></tr>
<tr><td class="zw-title">标题：</td><td colspan="3">麒麟区教育体育局2023年工作总结和2024年工作计划</td></tr>
</table>
<h1 class="zw-bt">麒麟区教育体育局2023年工作总结和2024年工作计划</h1>
<div class="zw-content">
{content}
</div>
<div class="zw-tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="gk-foot"><p>曲靖市麒麟区人民政府办公室主办　网站标识码：5303020001</p>
<p><a href="https://beian.miit.gov.cn/">滇ICP备05008126号</a></p></div>
</body>
</html>
""",
    "spec": """
S 一、|2023年工作开展情况
P 2023年，区教育体育局在区委、区政府的坚强领导下，全面贯彻党的教育方针，扎实推进教育体育各项工作，全区教育体育事业呈现稳中有进的良好态势。
P 办学条件持续改善。全年投入教育资金3.2亿元，建成麒麟区第九中学、潇湘小学等5个项目，新增学位4860个，城区大班额问题基本解决。
P 教育质量稳步提升。高考一本上线人数较上年增加126人，中考综合评价位居全市前列，32名学生在全国、全省体育艺术类比赛中获奖。
P 体育事业蓬勃发展。成功承办曲靖市第三届全民运动会部分赛事，全年举办各类群众性体育活动85场次，参与群众6万余人次。
S 二、|存在的困难和问题
P 全区教育体育发展仍面临一些困难：城区学位供需矛盾依然突出，农村学校小规模化趋势明显，教师队伍结构性缺编问题尚未根本解决，公共体育设施供给与群众需求还有差距。
S 三、|2024年工作计划
I （一）|坚持党建引领。深入开展党纪学习教育，推进中小学党组织领导的校长负责制落地见效，创建党建示范校10所。
I （二）|扩大优质学位供给。启动麒麟区第十中学建设，完成3所幼儿园改扩建，新增学位3200个。
I （三）|提升义务教育质量。深化“强校提质”行动，组建城乡学校共同体8个，推进课堂教学改革。
I （四）|推动高中教育高质量发展。支持曲靖市第一中学麒麟学校等学校特色发展，力争高考本科上线率提高2个百分点。
I （五）|加强教师队伍建设。招聘教师260名，培训教师6000人次，评选区级骨干教师100名。
I （六）|推进体教融合发展。建设青少年体育俱乐部5个，举办区级中小学生运动会和各类青少年体育赛事20项。
I （七）|完善全民健身设施。新建社区多功能运动场10个，更新健身器材200件。
I （八）|守牢安全稳定底线。持续开展校园安全隐患排查整治，确保全年不发生重大安全责任事故。
C 曲靖市麒麟区教育体育局
C 2024年1月12日
""",
}

# --------------------------------------------------------------------------- 14 贵州 遵义市教育局 (notice without 《》, div label grid, 文号 with [])

ZUNYI = {
    "slug": "14-gz-zunyi-2024-tongzhi-zhijiao-yaodian",
    "what": "贵州 city education bureau on TRS (Custom_UnionStyle inside div#Zoom); metadata as a <div> label/value grid; "
            "notice 关于印发2024年全市职业教育工作要点的通知 with no 《》 and no 附件 label, signature, then the plan's own "
            "centred title; 1.–12. through; 文号 遵市教发[2024]12号",
    "url": "https://jyj.zunyi.gov.cn/zwgk/xxgkml/zcwj/202403/t20240320_83123456.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "expect": {"title": "2024年全市职业教育工作要点",
               "notice_title": "遵义市教育局关于印发2024年全市职业教育工作要点的通知",
               "index_no": "11520300MB1570893K/2024-00312", "doc_no": "遵市教发[2024]12号", "pub_date": "2024-03-20",
               "publisher": "遵义市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"notice_title": "关于印发2024年全市职业教育工作要点的通知"},
    "must_not_appear": ["索引号", "信息分类", "发布机构", "发文字号", "发布日期", "成文日期", "【打印】", "【关闭】",
                        "字体：", "网站标识码", "黔ICP备", "当前位置"],
    "style": {"formats": {
        "S": '<p style="text-indent:2em;line-height:2"><span style="font-family:黑体;font-size:21px">{x}</span></p>',
        "P": '<p style="text-indent:2em;line-height:2"><span style="font-family:仿宋_GB2312;font-size:21px">{x}</span></p>',
        "C": '<p style="text-align:right;line-height:2"><span style="font-family:仿宋_GB2312;font-size:21px">{x}</span></p>',
        "H": '<p style="text-align:center;line-height:2"><span style="font-family:方正小标宋简体;font-size:29px">{x}</span></p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>遵义市教育局关于印发2024年全市职业教育工作要点的通知_政策文件_遵义市教育局</title>
<meta name="ArticleTitle" content="遵义市教育局关于印发2024年全市职业教育工作要点的通知">
<link rel="stylesheet" href="/images/xl.css">
</head>
<body>
<div class="head"><img src="/images/jyj_logo.png" alt="遵义市教育局"></div>
<div class="nav"><a href="/">首页</a><a href="/jyxw/">教育新闻</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgkml/">信息公开目录</a> &gt; 政策文件</div>
<div class="xl-table">
<div class="row"><div class="col-label">索引号：</div><div class="col-value">11520300MB1570893K/2024-00312</div><div class="col-label">信息分类：</div><div class="col-value">政策文件</div></div>
<div class="row"><div class="col-label">发布机构：</div><div class="col-value">遵义市教育局</div><div class="col-label">发文字号：</div><div class="col-value">遵市教发[2024]12号</div></div>
<div class="row"><div class="col-label">成文日期：</div><div class="col-value">2024-03-18</div><div class="col-label">发布日期：</div><div class="col-value">2024-03-20</div></div>
<div class="row"><div class="col-label">标题：</div><div class="col-value wide">遵义市教育局关于印发2024年全市职业教育工作要点的通知</div></div>
</div>
<div class="xl-main">
<h1 class="xl-title">遵义市教育局关于印发2024年全市职业教育工作要点的通知</h1>
<div class="xl-font">字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></div>
<div class="zw" id="Zoom">
<div class="Custom_UnionStyle">
{content}
</div>
</div>
<div class="xl-tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="foot"><p>主办：遵义市教育局　网站标识码：5203000024</p>
<p><a href="https://beian.miit.gov.cn/">黔ICP备05002314号</a>　贵公网安备 52030202000118号</p></div>
<script src="/images/jquery.js"></script>
</body>
</html>
""",
    "spec": """
P 各县（市、区）教育局，新区教育和体育局，市直各中等职业学校：
P 现将2024年全市职业教育工作要点印发给你们，请结合工作实际，认真贯彻落实。
C 遵义市教育局
C 2024年3月18日
H 2024年全市职业教育工作要点
P 2024年全市职业教育工作以习近平新时代中国特色社会主义思想为指导，深入贯彻全国职业教育大会精神，围绕全市“四新”“四化”主战略，深化产教融合、校企合作，推动职业教育提质培优、增值赋能。
S 一、|优化职业教育布局
I 1.|推进中职学校办学条件达标。实施中职学校办学条件达标工程，年内完成4所中职学校达标建设，全市中职学校达标率达到90%。
I 2.|优化专业结构。对接全市白酒、辣椒、茶叶等特色产业，新增专业6个，撤并就业率低的专业5个。
I 3.|推进职普融通。开展综合高中试点，支持2所中职学校与普通高中开展课程互选、学分互认。
S 二、|深化产教融合校企合作
I 4.|建设市域产教联合体。依托遵义经济技术开发区，牵头组建市域产教联合体1个，吸纳成员单位50家以上。
I 5.|推进现代学徒制。新增现代学徒制试点专业8个，订单培养学生1500人。
I 6.|建设实习实训基地。新建校内外实训基地12个，生均实训设备值达到5000元以上。
S 三、|提升人才培养质量
I 7.|推进“三教”改革。开发校企合作教材20本，评选市级职业教育教学能手40名。
I 8.|办好职业技能大赛。举办全市职业院校技能大赛，力争在全省职业院校技能大赛中获一等奖10项以上。
I 9.|加强“双师型”教师队伍建设。“双师型”教师占专业课教师比例达到60%以上。
S 四、|强化保障措施
I 10.|落实经费投入。确保中职学校生均公用经费拨款标准不低于每生每年1500元。
I 11.|加强督导评估。开展中职学校办学能力评估，评估结果与招生计划、经费安排挂钩。
I 12.|营造良好氛围。组织开展职业教育活动周，宣传技术技能人才成长典型50个。
""",
}

# --------------------------------------------------------------------------- 15 陕西 汉中市勉县 (2025, Word MSO paragraphs, 一是 runs under 1. items)

MIANXIAN = {
    "slug": "15-sn-mianxian-2025-yaodian-mso",
    "what": "陕西 county xxgk with label/value <span> pairs two per <p>, 文号 printed empty; body pasted from Word "
            "(p.MsoNormal, mso-char-indent, <o:p></o:p>, markers in lang=EN-US spans); 1.–12. through, 一是/二是/三是 "
            "sub-items on their own paragraphs under lead-only items, a summing-up paragraph after a sub-item run",
    "url": "http://www.mianxian.gov.cn/mxzf/zwgk/zfxxgkml/bmxxgkml/jytyj/202502/t20250220_1534567.html",
    "headers": {"content-type": "text/html; charset=UTF-8"},
    "encoding": "utf-8",
    "expect": {"title": "勉县2025年教育体育工作要点", "notice_title": None, "index_no": "016101234/2025-00009",
               "doc_no": None, "pub_date": "2025-02-20", "publisher": "勉县教育体育局", "plan_year": 2025,
               "doc_kind": "plan"},
    "must_not_appear": ["索 引 号", "发布机构", "发布日期", "打印本页", "关闭窗口", "网站标识码", "陕ICP备", "您所在的位置"],
    "style": {"marker_span": True, "formats": {
        "S": '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt"><span style="font-size:16.0pt;font-family:黑体">{x}</span><span lang="EN-US" style="font-size:16.0pt"><o:p></o:p></span></p>',
        "P": '<p class="MsoNormal" style="text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt"><span style="font-size:16.0pt;font-family:仿宋_GB2312">{x}</span><span lang="EN-US" style="font-size:16.0pt;font-family:仿宋_GB2312"><o:p></o:p></span></p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>勉县2025年教育体育工作要点-勉县人民政府</title>
<link rel="stylesheet" href="/mxzf/css/detail.css">
</head>
<body>
<div class="header"><img src="/mxzf/images/logo.png" alt="勉县人民政府"></div>
<div class="nav"><a href="/">首页</a><a href="/mxzf/zwgk/">政务公开</a><a href="/mxzf/zwfw/">政务服务</a><a href="/mxzf/hdjl/">互动交流</a></div>
<div class="location">您所在的位置：<a href="/">首页</a> &gt; <a href="/mxzf/zwgk/">政务公开</a> &gt; 部门信息公开 &gt; 县教育体育局</div>
<div class="zwgk-xxgk">
<p><span class="lab">索 引 号：</span><span class="val">016101234/2025-00009</span><span class="lab">发布机构：</span><span class="val">勉县教育体育局</span></p>
<p><span class="lab">发布日期：</span><span class="val">2025-02-20</span><span class="lab">文　　号：</span><span class="val"></span></p>
<p><span class="lab">标　　题：</span><span class="val">勉县2025年教育体育工作要点</span></p>
</div>
<div class="detail">
<h1>勉县2025年教育体育工作要点</h1>
<div class="detail-con" id="detailCon">
{content}
</div>
<div class="detail-tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer"><p>主办：勉县人民政府办公室</p>
<p>网站标识码：6107250001　<a href="https://beian.miit.gov.cn/">陕ICP备05011952号</a></p></div>
</body>
</html>
""",
    "spec": """
P 2025年是“十四五”规划收官之年，也是谋划“十五五”教育发展的关键之年。全县教育体育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻全国教育大会精神，以建设教育强县为目标，推动全县教育体育事业高质量发展。
S 一、|坚持党建引领，筑牢发展根基
I 1.|加强政治建设。
U 一是|坚持“第一议题”制度，第一时间传达学习习近平总书记重要讲话重要指示批示精神。
U 二是|深化党纪学习教育成果，推动学习教育常态化长效化。
I 2.|加强基层组织建设。全面落实中小学党组织领导的校长负责制，年内打造党建示范校6所。
S 二、|坚持优质均衡，扩大教育资源供给
I 3.|实施学校建设项目。
U 一是|建成勉县第二实验小学，新增学位1620个。
U 二是|启动勉县城南幼儿园建设，计划2026年投入使用。
U 三是|完成农村学校校舍维修改造项目15个。
I 4.|推进县域普通高中振兴。深化与西安名校帮扶合作，高考二本以上上线率较上年提高2个百分点。
I 5.|推进职业教育发展。支持勉县职教中心创建省级优质中职学校，开设新能源汽车运用与维修等专业。
S 三、|坚持立德树人，提升教育教学质量
I 6.|深化课堂改革。推广“三段六环”课堂教学模式，开展县级优质课评选，评出一等奖40节。
I 7.|加强体育美育劳动教育。
U 一是|保障学生每天综合体育活动时间不少于2小时。
U 二是|开展“三独”比赛、合唱节等艺术活动，学生艺术素养测评合格率达到95%。
U 三是|建设劳动教育实践基地4个。
P 通过以上措施，促进学生德智体美劳全面发展。
I 8.|加强心理健康教育。配齐专兼职心理教师，实施学生心理健康“护航工程”。
S 四、|坚持强师兴教，建强教师队伍
I 9.|加强师德师风建设。开展师德师风专项整治，严肃查处违规补课等行为。
I 10.|提升教师专业素养。选派骨干教师参加国培计划300人次，评选县级教学能手60名。
S 五、|坚持体育惠民，推动体育事业发展
I 11.|举办群众体育赛事。开展“全民健身月”活动，举办县级篮球、乒乓球等赛事15项。
I 12.|完善公共体育设施。新建智慧健身步道2条、笼式多功能球场6个。
""",
}

# --------------------------------------------------------------------------- 16 吉林 长春市九台区 (2025, gov.cn-style bd1 table, <strong> marker+lead)

JIUTAI = {
    "slug": "16-jl-jiutai-2025-yaodian",
    "what": "吉林 district xxgk in the gov.cn layout (table.bd1, <b> labels, 发文机关/发文字号, dates as 2025年03月05日); "
            "文号 九教〔2025〕2号; items 1.–13. through with marker and lead sentence inside <strong>, （1） sub-items ending "
            "in ； under lead-only items",
    "url": "http://www.jiutai.gov.cn/zwgk/zfxxgkml/jyj/202503/t20250305_3301234.html",
    "headers": {"content-type": "text/html; charset=utf-8"},
    "encoding": "utf-8",
    "expect": {"title": "九台区教育局2025年工作要点", "notice_title": None, "index_no": "013548812/2025-00031",
               "doc_no": "九教〔2025〕2号", "pub_date": "2025-03-05", "publisher": "九台区教育局", "plan_year": 2025,
               "doc_kind": "plan"},
    "must_not_appear": ["主题分类", "发文机关", "成文日期", "发文字号", "发布日期", "【打印】", "【关闭】", "网站标识码",
                        "吉ICP备", "当前位置"],
    "style": {"lead": "strong_inside", "formats": {
        "S": '<p style="text-indent:2em;line-height:2"><span style="font-family:黑体">{x}</span></p>',
        "P": '<p style="text-indent:2em;line-height:2">{x}</p>',
    }},
    "html": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>九台区教育局2025年工作要点__长春市九台区人民政府</title>
<link rel="stylesheet" href="/res/css/xxgk.css">
</head>
<body>
<div class="header"><img src="/res/images/logo.png" alt="长春市九台区人民政府"></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjjt/">走进九台</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgkml/">政府信息公开目录</a> &gt; 区教育局</div>
<div class="wrap">
<table class="bd1" cellpadding="0" cellspacing="1" width="100%" align="center">
<tbody>
<tr><td width="100"><b>索 引 号：</b></td><td width="300">013548812/2025-00031</td><td width="100"><b>主题分类：</b></td><td>教育</td></tr>
<tr><td><b>发文机关：</b></td><td>九台区教育局</td><td><b>成文日期：</b></td><td>2025年02月28日</td></tr>
<tr><td><b>标　　题：</b></td><td colspan="3">九台区教育局2025年工作要点</td></tr>
<tr><td><b>发文字号：</b></td><td>九教〔2025〕2号</td><td><b>发布日期：</b></td><td>2025年03月05日</td></tr>
</tbody>
</table>
<div class="article">
<h1>九台区教育局2025年工作要点</h1>
<div class="article-text">
{content}
</div>
<div class="article-tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
</div>
<div class="footer"><p>主办：长春市九台区人民政府办公室</p>
<p>网站标识码：2201130001　<a href="https://beian.miit.gov.cn/">吉ICP备05001823号</a></p></div>
</body>
</html>
""",
    "spec": """
P 2025年全区教育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实全国教育大会精神，聚焦“优质均衡、提质增效”，加快建设教育强区，为九台全面振兴提供有力支撑。
S 一、|强化党建引领
I 1.|深化党的创新理论武装。健全理论学习中心组学习制度，全年开展专题学习研讨不少于8次。
I 2.|加强基层党组织建设。开展“堡垒指数、先锋指数”星级评定，打造“一校一品”党建品牌15个。
S 二、|推进基础教育扩优提质
I 3.|扩大普惠性学前教育资源。做好以下工作：
U （1）|新建九台区第六幼儿园，新增学位360个；
U （2）|扶持普惠性民办幼儿园10所，普惠性幼儿园覆盖率达到90%以上；
U （3）|开展幼小科学衔接实验区建设。
I 4.|推进义务教育优质均衡。推进城乡教育共同体建设，实现乡村学校结对帮扶全覆盖，力争通过省级义务教育优质均衡督导评估。
I 5.|促进普通高中特色发展。支持九台区第一中学创建省级特色高中，普通高中课程方案全面落地。
I 6.|办好特殊教育。完善特殊教育资源中心功能，残疾儿童少年义务教育入学率达到97%。
S 三、|落实立德树人根本任务
I 7.|推进思政课改革创新。开展思政课“大练兵”活动，评选区级思政课精品课20节。
I 8.|加强体育美育工作。
U （1）|开展校园冰雪运动，创建冰雪运动特色学校5所；
U （2）|举办全区中小学生艺术节，学生参与率达到100%。
I 9.|加强劳动教育。建设区级劳动教育实践基地2个，开展“劳动周”活动。
S 四、|建设高素质教师队伍
I 10.|加强师德师风建设。完善师德师风考核评价机制，落实师德失范“一票否决”。
I 11.|推进教师交流轮岗。全年交流教师不少于120名，其中骨干教师比例不低于20%。
S 五、|提升教育治理能力
I 12.|推进教育数字化。建设区级智慧教育平台，中小学数字校园达标率达到90%。
I 13.|守牢校园安全底线。推进平安校园建设，开展安全隐患排查整治，确保校园安全稳定。
""",
}

PAGES = [KECHENG, XINHUI, DAFENG, XUZHOU, YILING, XINGTAI, TIEDONG, YUDU, YUCI, YUAN, LINGUI, QIQIHAR, QILIN, ZUNYI,
         MIANXIAN, JIUTAI]
