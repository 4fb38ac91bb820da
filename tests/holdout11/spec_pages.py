"""Hand-written specs of the eleventh holdout's pages: 16 county, district and city education bureau
pages from 16 provinces (2019–2025), each in the template, encoding and metadata placement that
such a site serves. See README.md for the shapes and every answer decision."""

# --------------------------------------------------------------------------- 01 山东 莒南县

P01 = dict(
    slug="01-shandong-junan-2021-yaodian",
    what="山东 county 教育和体育局: 信息公开 table with letter-spaced labels (索 引 号, 文　　号), 生成日期 before 发布日期; items 1.–21. through with 10. skipped; item 5 runs on over a second paragraph",
    url="http://www.junan.gov.cn/info/1385/78213.htm",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    style="p",
    expect=dict(title="2021年全县教育工作要点", notice_title=None, index_no="113713270043812357/2021-0000012",
                doc_no="莒教体发〔2021〕6号", pub_date="2021-03-09", publisher="莒南县教育和体育局",
                plan_year=2021, doc_kind="plan"),
    furniture=["当前位置", "网站标识码", "鲁ICP备", "上一篇", "下一篇", "打印本页", "关闭窗口", "索 引 号", "发布机构",
               "生成日期", "主题分类", "鲁公网安备", "莒南县人民政府办公室主办"],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>2021年全县教育工作要点-莒南县人民政府</title>
<meta name="keywords" content="莒南县人民政府,政府信息公开" />
<link type="text/css" rel="stylesheet" href="/css/xxgk.css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div class="head"><div class="logo"><img src="/images/logo.png" alt="莒南县人民政府" /></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk.htm">政务公开</a></li><li><a href="/zwfw.htm">政务服务</a></li><li><a href="/hdjl.htm">互动交流</a></li><li><a href="/zjjn.htm">走进莒南</a></li></ul></div></div>
<div class="main">
<div class="location">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk.htm">政务公开</a> &gt;&gt; <a href="/zwgk/bmxxgk.htm">部门信息公开</a> &gt;&gt; 县教育和体育局</div>
<div class="xxgk_info">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="xxgk_table">
<tr><td class="t1">索 引 号：</td><td class="t2">113713270043812357/2021-0000012</td><td class="t1">发布机构：</td><td class="t2">莒南县教育和体育局</td></tr>
<tr><td class="t1">生成日期：</td><td class="t2">2021-03-05</td><td class="t1">发布日期：</td><td class="t2">2021-03-09</td></tr>
<tr><td class="t1">文　　号：</td><td class="t2">莒教体发〔2021〕6号</td><td class="t1">主题分类：</td><td class="t2">教育</td></tr>
<tr><td class="t1">名　　称：</td><td class="t2" colspan="3">2021年全县教育工作要点</td></tr>
</table>
</div>
<div class="content_box">
<h1 class="title">2021年全县教育工作要点</h1>
<div class="zwnr" id="vsb_content">
{content}</div>
<div class="btns"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="sxp"><p>上一篇：<a href="78150.htm">关于2021年春季学期开学工作的通知</a></p><p>下一篇：<a href="78266.htm">莒南县教育和体育局2020年度法治政府建设情况报告</a></p></div>
</div>
</div>
<div class="foot"><p>莒南县人民政府办公室主办　莒南县大数据中心承办</p>
<p>网站标识码：3713270001　<a href="https://beian.miit.gov.cn/">鲁ICP备05012874号</a>　<img src="/images/ga.png" />鲁公网安备 37132702000113号</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3713270001"><img src="/images/jiucuo.png" alt="政府网站找错" /></a></p></div>
<script type="text/javascript">var _hmt = _hmt || [];</script>
</body>
</html>
""",
    spec="""
T 2021年全县教育工作要点
P 2021年是中国共产党成立100周年，是实施“十四五”规划的开局之年。全县教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，以办好人民满意的教育为目标，加快推进教育现代化，为建设新时代现代化强县提供有力支撑。
S 一、|坚持党建引领，全面加强教育系统党的建设
I 1.|深入学习贯彻习近平新时代中国特色社会主义思想。以庆祝建党100周年为契机，扎实开展党史学习教育，组织全县教育系统党员干部开展专题学习不少于12次，推动学习教育走深走实。
I 2.|加强基层党组织建设。全面推行中小学校党组织领导的校长负责制试点，年内在6所学校开展试点工作，实现党组织书记、校长分设的学校比例达到40%以上。
I 3.|从严落实全面从严治党责任。健全完善教育系统党风廉政建设责任体系，开展“清廉学校”创建活动，创建市级清廉学校示范点3处。
S 二、|坚持立德树人，促进学生全面发展
I 4.|深化思政课改革创新。落实中小学思政课教师配备标准，开展思政课“大练兵”活动，评选县级思政课优质课30节。
I 5.|加强劳动教育和实践育人。制定《莒南县中小学劳动教育实施方案》，每所中小学建设劳动实践基地不少于1处。
P 依托县青少年综合实践基地，全年组织中小学生研学实践活动不少于2万人次，推动劳动教育与学科教学有机融合。
I 6.|提升学生体质健康水平。严格落实每天校内体育活动时间不少于1小时，全县学生体质健康达标率达到92%以上，近视率较上年下降0.5个百分点。
I 7.|加强美育和心理健康教育。开齐开足音乐、美术课程，组建学生艺术社团120个；每所学校配备专兼职心理健康教师，建设标准化心理辅导室15处。
S 三、|坚持优质均衡，推动各类教育协调发展
I 8.|扩大普惠性学前教育资源。新建、改扩建公办幼儿园8处，新增学位2160个，全县公办园在园幼儿占比达到55%，普惠性幼儿园覆盖率达到85%以上。
I 9.|推进义务教育优质均衡发展。对照县域义务教育优质均衡发展督导评估标准，逐项查摆差距，制定补短板措施，力争2022年通过省级评估。
I 11.|推动普通高中多样化特色发展。深化新课程新教材实施，推进选课走班教学改革，支持莒南一中创建省级特色高中，高考本科上线率稳定在75%以上。
I 12.|提升职业教育服务能力。推动县职业中专与县内骨干企业合作共建实训基地4个，新增订单班6个，毕业生就业率保持在96%以上。
S 四、|坚持改革创新，激发教育发展活力
I 13.|深化“县管校聘”管理改革。完善教师交流轮岗机制，全年交流轮岗教师不少于320人，其中骨干教师比例不低于20%。
I 14.|推进集团化办学。组建城乡教育共同体12个，实现乡镇中心学校全覆盖，推动优质资源向农村学校延伸。
I 15.|加快教育信息化建设。完成全县中小学“班班通”设备更新改造860套，建设智慧校园示范校10所。
S 五、|坚持强师兴教，建设高素质专业化教师队伍
I 16.|加强师德师风建设。开展师德师风专项整治，建立师德考核负面清单，对有偿补课等违规行为“零容忍”。
I 17.|补充优化教师队伍。公开招聘中小学、幼儿园教师210名，重点补充音体美和心理健康教师。
I 18.|实施教师素质提升工程。组织全员培训不少于72学时，培养县级以上名师、名校长、名班主任60名。
S 六、|坚持底线思维，全力维护校园安全稳定
I 19.|抓好常态化疫情防控。严格落实晨午检、因病缺勤追踪等制度，做好师生疫苗接种组织工作。
I 20.|强化校园安全管理。推进校园“三防”建设达标，专职保安员配备率、视频监控联网率均达到100%，持续开展防溺水专项教育。
I 21.|加强校园食品安全监管。全面推行“互联网+明厨亮灶”，实现学校食堂全覆盖，开展食品安全检查每学期不少于2次。
""",
)

# --------------------------------------------------------------------------- 02 江苏 亭湖区

P02 = dict(
    slug="02-jiangsu-tinghu-2022-yaodian",
    what="江苏 district 教育局: HTML5 page, 发布时间/信息来源 header line; Word-pasted MsoNormal body, marker digits and full-width dot in separate spans, lead sentence bold; 8． printed twice",
    url="http://www.tinghu.gov.cn/art/2022/2/18/art_18127_3795124.html",
    headers={"Content-Type": "text/html; charset=UTF-8"},
    encoding="utf-8",
    style="mso",
    expect=dict(title="亭湖区2022年教育工作要点", notice_title=None, index_no=None, doc_no=None,
                pub_date="2022-02-18", publisher="盐城市亭湖区教育局", plan_year=2022, doc_kind="plan"),
    furniture=["发布时间", "信息来源", "浏览次数", "字体", "分享到", "打印", "网站地图", "网站标识码", "苏ICP备",
               "苏公网安备", "您现在的位置", "相关链接"],
    html="""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>亭湖区2022年教育工作要点 - 盐城市亭湖区人民政府</title>
<link rel="stylesheet" href="/static/css/article.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<header class="header"><div class="w1200"><a class="logo" href="/"><img src="/static/img/logo.png" alt="盐城市亭湖区人民政府"></a>
<nav><a href="/">首页</a><a href="/col/col18120/">新闻中心</a><a href="/col/col18127/">政务公开</a><a href="/col/col18150/">政民互动</a></nav></div></header>
<div class="w1200 crumb">您现在的位置：<a href="/">首页</a> &gt; <a href="/col/col18127/">政务公开</a> &gt; <span>教育动态</span></div>
<div class="w1200 article">
<h1 class="art-title">亭湖区2022年教育工作要点</h1>
<div class="art-info"><span>发布时间：2022-02-18 16:42</span><span>信息来源：盐城市亭湖区教育局</span><span>浏览次数：<i id="hits">1364</i></span>
<span class="font">字体：[<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>]</span></div>
<div class="art-content" id="zoomcon">
<div class="WordSection1" style="layout-grid:15.6pt">
{content}</div>
</div>
<div class="art-share">分享到：<a class="wx" href="javascript:;">微信</a><a class="wb" href="javascript:;">微博</a> <a href="javascript:window.print();">打印</a></div>
<div class="related"><h3>相关链接</h3><ul><li><a href="/art/2022/1/20/art_18127_3781020.html">亭湖区2021年教育工作总结</a></li><li><a href="/art/2022/3/2/art_18127_3801147.html">亭湖区2022年秋季招生工作意见</a></li></ul></div>
</div>
<footer><p><a href="/map.html">网站地图</a> | <a href="/lxwm.html">联系我们</a></p>
<p>主办：盐城市亭湖区人民政府办公室　网站标识码：3209020001　<a href="https://beian.miit.gov.cn">苏ICP备12040316号-1</a>　苏公网安备 32090202000134号</p></footer>
<script>function doZoom(size){document.getElementById('zoomcon').style.fontSize=size+'px';}</script>
</body>
</html>
""",
    spec="""
P 2022年，全区教育系统坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的十九届六中全会精神，全面落实市委、区委决策部署，以“办好每一所学校、成就每一个孩子”为目标，奋力推进亭湖教育高质量发展。
S 一、|聚焦政治引领，提升党建工作质量
I 1．|加强党的政治建设。坚持把政治建设摆在首位，认真落实“第一议题”制度，全年组织党组理论学习中心组学习12次以上。
I 2．|深化党建品牌创建。实施“一校一品”党建品牌培育工程，新培育市级党建示范品牌2个、区级党建品牌10个。
I 3．|推进清廉学校建设。持续深化“清廉亭湖·清风校园”建设，开展警示教育和廉政谈话，实现学校全覆盖。
S 二、|聚焦育人根本，促进学生全面发展
I 4．|推进“双减”政策落地见效。严控书面作业总量，课后服务实现义务教育学校全覆盖、有需求学生全覆盖，学生参与率达到95%以上。
I 5．|加强校外培训机构治理。开展校外培训机构专项整治，学科类培训机构压减率达到全市要求，预收费资金监管全覆盖。
I 6．|推进体教融合。实施学生体质健康促进工程，国家学生体质健康标准测试合格率达到95%以上，优良率提升3个百分点。
S 三、|聚焦优质均衡，扩大优质资源供给
I 7．|实施学校建设工程。续建、新建盐城市亭湖新区实验学校等学校项目5个，新增学位4500个。
I 8．|推进学前教育普及普惠。新增省市优质幼儿园4所，省优质园占比达到80%。
I 8．|深化义务教育集团化办学。新组建教育集团3个，集团化办学覆盖率达到85%，推动城乡学校结对共建全覆盖。
I 9．|促进普通高中特色发展。支持区属高中创建省级课程基地1个，推进学科特色项目建设。
S 四、|聚焦队伍建设，激发教师队伍活力
I 10．|加强师德师风建设。健全师德建设长效机制，开展“最美教师”评选表彰活动。
I 11．|完善教师发展体系。新增市级以上骨干教师60名，组织新教师入职培训和青年教师基本功大赛。
I 12．|深化教师管理改革。推进义务教育教师“县管校聘”，全年交流教师不少于300名。
S 五、|聚焦安全稳定，营造良好发展环境
I 13．|守牢校园安全底线。深化平安校园建设，开展安全隐患排查整治，确保全年不发生重大安全责任事故。
I 14．|提升教育服务水平。优化教育民生实事办理流程，做好招生入学、资助等工作，群众满意度持续提升。
""",
)

# --------------------------------------------------------------------------- 03 浙江 龙游县

P03 = dict(
    slug="03-zhejiang-longyou-2023-notice",
    what="浙江 county 教育局: 关于印发《…》的通知 wrapping the plan; 信息公开 table (信息索引号, 文号, 成文日期) plus a 发布日期 line; （一） items restarting per section; 版记 (抄送/印发) after the last item",
    url="http://www.longyou.gov.cn/art/2023/2/27/art_1229318765_4912036.html",
    headers={"Content-Type": "text/html;charset=UTF-8"},
    encoding="utf-8",
    style="div",
    expect=dict(title="2023年龙游县教育工作要点",
                notice_title="龙游县教育局关于印发《2023年龙游县教育工作要点》的通知",
                index_no="002613071/2023-118452", doc_no="龙教〔2023〕8号", pub_date="2023-02-27",
                publisher="龙游县教育局", plan_year=2023, doc_kind="plan"),
    furniture=["信息索引号", "公开方式", "成文日期", "发布日期", "浏览次数", "打印本页", "关闭窗口", "网站标识码",
               "浙ICP备", "浙公网安备", "扫一扫", "当前位置"],
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="SiteName" content="龙游县人民政府">
<meta name="ColumnName" content="部门文件">
<title>龙游县教育局关于印发《2023年龙游县教育工作要点》的通知</title>
<link rel="stylesheet" href="/script/5/2104191510127.css">
</head>
<body>
<div id="top"><div class="topbar"><a href="/">龙游县人民政府</a> <a href="http://www.zjzwfw.gov.cn/">浙江政务服务网</a></div></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/col/col1229318720/">政府信息公开</a> &gt; <a href="/col/col1229318765/">部门文件</a></div>
<div class="xxgk-box">
<table class="xxgk-table" cellpadding="0" cellspacing="0">
<tr><th>信息索引号</th><td>002613071/2023-118452</td><th>公开方式</th><td>主动公开</td></tr>
<tr><th>发布机构</th><td>龙游县教育局</td><th>成文日期</th><td>2023-02-24</td></tr>
<tr><th>文号</th><td>龙教〔2023〕8号</td><th>公开范围</th><td>面向社会</td></tr>
</table>
</div>
<div class="article">
<div class="title">龙游县教育局关于印发《2023年龙游县教育工作要点》的通知</div>
<div class="time"><span>发布日期：2023-02-27</span><span>浏览次数：<script language="javascript" src="/module/visitcount/visit.jsp?type=3&i_columnid=1229318765&articleid=4912036"></script></span></div>
<div class="zoom" id="zoom">
<!--ZJEG_RSS.content.begin--><meta name="ContentStart">
{content}<meta name="ContentEnd"><!--ZJEG_RSS.content.end-->
</div>
<div class="tools"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
<div class="ewm"><img src="/images/ewm.png"><p>扫一扫在手机打开当前页</p></div>
</div>
<div id="foot"><p>主办单位：龙游县人民政府办公室　承办单位：龙游县大数据发展中心</p>
<p>网站标识码：3308250001　<a href="https://beian.miit.gov.cn/">浙ICP备05036823号</a>　<a href="http://www.beian.gov.cn/">浙公网安备 33082502000121号</a></p></div>
</body>
</html>
""",
    spec="""
N 各乡镇（街道）中心学校，县直各学校（幼儿园），局机关各科室：
N 现将《2023年龙游县教育工作要点》印发给你们，请结合实际，认真抓好贯彻落实。
C 龙游县教育局
C 2023年2月24日
N （此件公开发布）
T 2023年龙游县教育工作要点
P 2023年是全面贯彻落实党的二十大精神的开局之年。全县教育工作要坚持以习近平新时代中国特色社会主义思想为指导，围绕“教育共同富裕示范县”建设目标，深化教育领域综合改革，努力办好人民满意的教育。
S 一、|坚持党建统领，筑牢教育发展政治根基
I （一）|深化理论武装。深入学习宣传贯彻党的二十大精神，开展“学思想、强党性”主题活动，实现教育系统党员全覆盖。
I （二）|夯实基层组织。全面实施中小学校党组织领导的校长负责制，年内实现全县公办中小学全覆盖，打造“红色根脉强基示范”党组织8个。
I （三）|持续正风肃纪。深化清廉学校建设，清廉学校建设达标率达到100%，创建市级清廉学校样板校2所。
S 二、|坚持共富导向，推进教育优质均衡发展
I （一）|推进学前教育普惠发展。新建幼儿园2所，新增学位540个，二级及以上幼儿园在园幼儿占比达到85%以上。
I （二）|推进义务教育优质均衡。实施新时代城乡义务教育共同体建设提升工程，城乡教共体覆盖率保持100%，力争通过全国义务教育优质均衡发展县初步评估。
I （三）|推进普通高中多样发展。深化普通高中“双新”改革，龙游中学创建省二级特色示范高中。
I （四）|推进职业教育产教融合。支持龙游县职业教育中心深化“订单式”培养，建成产教融合实训基地3个。
S 三、|坚持五育并举，提升学生综合素养
I （一）|加强思想政治教育。推进大中小学思政课一体化建设，建设县级思政名师工作室5个。
I （二）|提升体育美育水平。落实“双减”背景下体育艺术“2+1”项目，学生体质健康优良率达到60%以上。
I （三）|关注学生心理健康。完善学生心理健康筛查和危机干预机制，中小学专职心理教师配备率达到100%。
S 四、|坚持人才强教，锻造高素质教师队伍
I （一）|加强师德建设。完善师德考评制度，严肃查处师德失范行为。
I （二）|优化教师配置。招录新教师150名，推进教师“县管校聘”改革，交流教师比例不低于15%。
I （三）|提升专业能力。实施“名师名校长”培养工程，新增省市级名师名校长15名。
S 五、|坚持安全发展，营造和谐稳定育人环境
I （一）|深化平安校园建设。全面落实校园安全“十个一”标准，实现“护学岗”全覆盖。
I （二）|加强食品安全管理。推进学校食堂“阳光厨房”提档升级，食品安全等级评定A级率达到90%以上。
I （三）|优化教育督导评价。深化督导评估改革，完成中小学校责任督学挂牌督导全覆盖。
C 抄送：县委办、县政府办，县委教育工作领导小组成员单位。
C 龙游县教育局办公室　　　　　　　　　2023年2月24日印发
""",
)

# --------------------------------------------------------------------------- 04 安徽 颍州区

P04 = dict(
    slug="04-anhui-yingzhou-2024-yaodian",
    what="安徽 district 教育局: 信息公开 table with an empty 文号 cell; whole body in one <p> split by <br/> with &emsp; indents; 1、 items numbered through to 22、",
    url="https://www.yingzhou.gov.cn/public/6597521/36129874.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    style="br",
    expect=dict(title="颍州区2024年教育工作要点", notice_title=None, index_no="11341202MB1A59820E/202403-00015",
                doc_no=None, pub_date="2024-03-12", publisher="颍州区教育局", plan_year=2024, doc_kind="plan"),
    furniture=["索引号", "信息分类", "发布机构", "生成日期", "发布日期", "文号", "关键词", "【打印】", "【关闭】",
               "网站标识码", "皖ICP备", "皖公网安备", "政府网站找错", "当前位置"],
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>颍州区2024年教育工作要点_阜阳市颍州区人民政府</title>
<link rel="stylesheet" href="/assets/css/public.css">
<script src="/assets/js/jquery.js"></script>
</head>
<body>
<div class="header"><img src="/assets/images/banner.jpg" alt="阜阳市颍州区人民政府"></div>
<div class="navbar"><a href="/">首页</a><a href="/public/column/6597521">信息公开</a><a href="/site/tpl/zwfw">政务服务</a><a href="/site/tpl/hdjl">互动交流</a></div>
<div class="wrap">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/public/column/6597521">信息公开</a> &gt; 区教育局 &gt; 计划总结</div>
<table class="table_suoyin" cellspacing="0" cellpadding="0" width="100%">
<tbody>
<tr><th>索引号：</th><td>11341202MB1A59820E/202403-00015</td><th>信息分类：</th><td>计划总结</td></tr>
<tr><th>发布机构：</th><td>颍州区教育局</td><th>生成日期：</th><td>2024-03-12</td></tr>
<tr><th>文号：</th><td></td><th>发布日期：</th><td>2024-03-12</td></tr>
<tr><th>关键词：</th><td colspan="3">教育 工作要点</td></tr>
</tbody>
</table>
<div class="wzcon">
<h1 class="newstitle">颍州区2024年教育工作要点</h1>
<div class="j-fontContent"><p>
{content}</p></div>
</div>
<div class="print"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="footer"><p>主办：阜阳市颍州区人民政府办公室　联系电话：0558-2287610</p>
<p>网站标识码：3412020002　<a href="https://beian.miit.gov.cn/">皖ICP备09011426号</a>　皖公网安备 34120202000290号</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=3412020002">政府网站找错</a></p></div>
</body>
</html>
""",
    spec="""
P 2024年全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，认真落实全国、全省、全市教育工作会议部署，以建设教育强区为目标，深化教育领域综合改革，努力办好人民满意的教育。
S 一、|加强党的全面领导
I 1、|巩固拓展主题教育成果。健全学习贯彻习近平新时代中国特色社会主义思想长效机制，全年开展教育系统理论学习中心组学习不少于12次。
I 2、|落实党组织领导的校长负责制。完善议事决策制度，确保中小学校党组织领导的校长负责制落地见效。
I 3、|加强意识形态工作。严格落实意识形态工作责任制，加强校园阵地管理。
S 二、|落实立德树人根本任务
I 4、|推进思政课程和课程思政建设。开展“大思政课”建设，打造区级思政“金课”20节。
I 5、|深化“五育”融合。开展校园足球、篮球联赛，学生体质健康合格率达到93%以上。
I 6、|加强家校社协同育人。建设区级家长学校示范校15所，开展家庭教育公益讲座100场次。
S 三、|促进学前教育普及普惠
I 7、|扩充普惠性资源。新建公办幼儿园3所，新增学位1080个，公办园在园幼儿占比达到52%以上。
I 8、|提升保教质量。开展幼小科学衔接实验区建设，全区一级及以上幼儿园达到20所。
S 四、|推动义务教育优质均衡
I 9、|加快学校建设。推进颍州区第十二中学、清河路小学等6个项目建设，秋季新增学位5400个。
I 10、|规范招生入学。完善“阳光招生”平台，落实免试就近入学，随迁子女在公办学校就读比例保持在90%以上。
I 11、|深化集团化办学。新组建紧密型教育集团4个，城乡学校结对帮扶实现全覆盖。
I 12、|持续巩固“双减”成果。作业管理、课后服务、校外培训治理常态化，课后服务参与率达到95%。
S 五、|推进高中阶段教育多样发展
I 13、|提升普通高中办学水平。推动普通高中新课程新教材实施示范校建设，本科达线率提升2个百分点。
I 14、|增强职业教育适应性。支持区职业学校开设新能源汽车、电子商务等专业，校企合作企业达到20家。
S 六、|建设高素质教师队伍
I 15、|强化师德师风。开展师德师风建设年活动，将师德表现作为评先评优首要标准。
I 16、|补充教师队伍。招聘中小学教师260名、幼儿园教师80名。
I 17、|提升教师能力。实施“青蓝工程”，组织教师全员培训，培养区级学科带头人50名。
I 18、|保障教师待遇。落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平。
S 七、|守牢教育安全底线
I 19、|深化平安校园建设。学校“一键报警”与公安联网率、封闭化管理达标率均达到100%。
I 20、|加强学生资助。落实各学段资助政策，全年资助学生2.1万人次，做到应助尽助。
I 21、|加强教育督导。开展义务教育学校办学质量评价，完成责任督学挂牌督导全覆盖。
I 22、|推进依法治校。完善学校章程建设，创建市级依法治校示范校5所。
""",
)

# --------------------------------------------------------------------------- 05 江西 南康区

P05 = dict(
    slug="05-jiangxi-nankang-2022-tuijin",
    what="江西 district 教育局 上半年工作推进情况: <p class=info><em>label</em> metadata rows; （一） items with 一是/二是 sub-items on their own paragraphs; a 存在的问题 section of text only; 三、 heading printed in bold at the start of its first item's paragraph",
    url="http://www.nkjy.gov.cn/xxgk/ghjh/202207/t20220708_4021587.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    style="p",
    expect=dict(title="南康区教育局2022年上半年工作推进情况", notice_title=None, index_no="360703/2022-00518",
                doc_no=None, pub_date="2022-07-08", publisher="赣州市南康区教育局", plan_year=2022,
                doc_kind="report"),
    furniture=["索引号", "组配分类", "发布机构", "发布日期", "【字体", "【打印】", "网站标识码", "赣ICP备",
               "赣公网安备", "当前位置", "上一篇", "下一篇"],
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>南康区教育局2022年上半年工作推进情况 - 赣州市南康区人民政府</title>
<link href="/images/xxgk.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png" /></div></div>
<div class="nav"><a href="/">首页</a> | <a href="/xxgk/">信息公开</a> | <a href="/zwfw/">办事服务</a> | <a href="/hdjl/">互动交流</a></div>
<div class="weizhi">当前位置：<a href="/">首页</a> &raquo; <a href="/xxgk/">信息公开</a> &raquo; <a href="/xxgk/ghjh/">规划计划</a></div>
<div class="xxgk_detail">
<div class="detail_head">
<p class="info"><em>索引号：</em>360703/2022-00518</p>
<p class="info"><em>组配分类：</em>计划总结</p>
<p class="info"><em>发布机构：</em>赣州市南康区教育局</p>
<p class="info"><em>发布日期：</em>2022-07-08</p>
</div>
<h2 class="detail_title">南康区教育局2022年上半年工作推进情况</h2>
<div class="detail_tool">【字体：<a href="javascript:setFontSize(18)">大</a> <a href="javascript:setFontSize(16)">中</a> <a href="javascript:setFontSize(14)">小</a>】 <a href="javascript:window.print();">【打印】</a></div>
<div class="detail_con TRS_Content">
{content}</div>
<div class="sxp">上一篇：<a href="./t20220701_4015213.html">南康区2022年中小学暑假安全工作提示</a><br />下一篇：<a href="./t20220712_4023302.html">南康区2022年秋季义务教育招生工作方案</a></div>
</div>
<div class="footer">主办单位：赣州市南康区人民政府办公室　网站标识码：3607030001　<a href="https://beian.miit.gov.cn/">赣ICP备05002781号</a>　赣公网安备 36070302000045号</div>
</body>
</html>
""",
    spec="""
P 今年以来，区教育局坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕区委、区政府中心工作，聚焦“教育强区”目标，各项工作有序推进。现将上半年工作推进情况报告如下：
S 一、|上半年工作推进情况
I （一）|党建引领持续加强。
U 一是|深入开展“能力作风建设年”活动，组织全系统党员干部专题学习18次。
U 二是|推进党组织领导的校长负责制试点，在12所中小学开展试点工作。
U 三是|持续深化清廉学校建设，开展警示教育活动26场次。
I （二）|学位建设加快推进。全区计划实施的14个学校建设项目已开工11个，其中南康区第六中学、龙华中心小学教学楼主体完工，预计秋季可新增学位3600个。
I （三）|“双减”工作落地见效。全区义务教育学校课后服务实现全覆盖，学生参与率达到96.3%；压减学科类校外培训机构48家，压减率达到100%。
I （四）|教育质量稳步提升。
U 一是|组织开展初三、高三教学视导4轮，召开质量分析会8场。
U 二是|举办中小学生运动会、艺术节，参与学生1.2万人次。
I （五）|教师队伍不断优化。完成2022年中小学教师招聘计划的审批工作，拟招聘教师320名；组织编制暑期教师全员培训方案。
I （六）|校园安全形势平稳。开展安全隐患排查整治行动3轮，整改隐患问题136个；开展防溺水专项教育，发放《致家长的一封信》12万余份。
S 二、|存在的问题
P 一是城区学位依然紧张，部分学校大班额问题尚未彻底解决；二是教师结构性缺编问题突出，音体美、心理健康教师不足；三是部分农村学校办学条件仍需改善。
K 三、|下半年工作打算
I （一）|确保秋季学期顺利开学。加快推进在建项目，确保9月1日前新建校舍投入使用。
I （二）|深化教育教学改革。推进县域普通高中振兴行动，开展课堂教学改革示范校创建活动。
I （三）|加强教师队伍建设。完成新教师招聘和岗前培训，做好教师交流轮岗工作。
I （四）|抓实校园安全管理。持续开展校园及周边环境综合治理，确保校园安全稳定。
""",
)

# --------------------------------------------------------------------------- 06 河北 藁城区

P06 = dict(
    slug="06-hebei-gaocheng-2023-zongjie",
    what="河北 district 教育局 年度工作总结 on an old table-layout site in GB18030: 作者/来源/发布时间 line with an unpadded date and time; upper-case <P> tags; （一） items, a text-only 存在的不足 section, then 1.–6. items restarting; signature and date after the last item",
    url="http://www.gcjyj.net/ReadNews.asp?NewsID=3261",
    headers={"Content-Type": "text/html"},
    encoding="gb18030",
    style="upper",
    pub_date_printed="2024-1-15",
    expect=dict(title="藁城区教育局2023年工作总结", notice_title=None, index_no=None, doc_no=None,
                pub_date="2024-01-15", publisher="藁城区教育局", plan_year=2023, doc_kind="report"),
    furniture=["作者：", "来源：", "发布时间", "点击：", "【关闭窗口】", "【打印此文】", "上一篇文章", "下一篇文章",
               "版权所有", "冀ICP备", "技术支持", "您现在的位置"],
    html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>藁城区教育局2023年工作总结--石家庄市藁城区教育局</title>
<link href="Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="images/top_banner.jpg" width="980" height="150"></td></tr>
<tr><td class="menu"><a href="index.asp">网站首页</a> | <a href="Article_Class.asp?ClassID=2">教育新闻</a> | <a href="Article_Class.asp?ClassID=5">通知公告</a> | <a href="Article_Class.asp?ClassID=9">政务公开</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td height="28" class="guide">您现在的位置：<a href="index.asp">藁城区教育局</a> &gt;&gt; <a href="Article_Class.asp?ClassID=9">政务公开</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" class="title" height="50"><font size="4"><b>藁城区教育局2023年工作总结</b></font></td></tr>
<tr><td align="center" class="info" height="24">作者：admin　　来源：藁城区教育局　　发布时间：2024-1-15 9:26:31　　点击：<script src="GetHits.asp?NewsID=3261"></script></td></tr>
<tr><td class="content" style="padding:10px 30px;line-height:200%">
{content}</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印此文】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td>上一篇文章：<a href="ReadNews.asp?NewsID=3260">关于做好2024年寒假安全工作的通知</a><br>下一篇文章：<a href="ReadNews.asp?NewsID=3262">藁城区2024年春季开学工作安排</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td class="bottom" align="center">版权所有：石家庄市藁城区教育局　地址：藁城区廉州路66号<br><a href="https://beian.miit.gov.cn/">冀ICP备10016832号</a>　技术支持：藁城区电教中心</td></tr></table>
</body>
</html>
""",
    spec="""
P 2023年，在区委、区政府的坚强领导和上级教育部门的精心指导下，我局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，围绕“办好人民满意教育”目标，扎实推进各项工作，全区教育事业实现了稳步发展。现将全年工作总结如下：
S 一、|2023年主要工作
I （一）|党建工作全面加强。扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育，全系统126个党支部全部完成标准化建设，1个党支部被评为省级示范党支部。
I （二）|办学条件持续改善。投资1.86亿元实施学校建设项目9个，新增学位3150个，完成42所学校供暖设施改造。
I （三）|学前教育普惠发展。新建、改扩建公办幼儿园5所，全区普惠性幼儿园覆盖率达到91.2%，公办园在园幼儿占比达到56.8%。
I （四）|义务教育均衡发展。巩固“双减”工作成果，全区义务教育学校课后服务覆盖率100%；城乡学校结对帮扶实现全覆盖。
I （五）|高中教育质量提升。2023年高考本科上线2318人，上线率较上年提高3.6个百分点。
I （六）|教师队伍建设成效明显。新招聘教师286名，组织各类培训5600余人次，评选区级骨干教师200名。
P 在全市教师基本功大赛中，我区教师获一等奖11人，获奖总数居全市前列。
I （七）|校园安全保持稳定。开展安全检查136次，排查整改隐患418处，全年未发生重大安全责任事故。
S 二、|存在的不足
P 一是城区学校大班额问题仍未完全消除；二是教师队伍年龄结构老化，学科结构不够合理；三是职业教育服务地方产业能力有待增强。
S 三、|2024年工作思路
I 1.|全面加强党的建设，推动党建与业务深度融合。
I 2.|加快学校建设步伐，年内新建、改扩建学校6所，新增学位2700个。
I 3.|推进学前教育普及普惠和义务教育优质均衡发展。
I 4.|深化课堂教学改革，全面提升教育教学质量。
I 5.|加强教师队伍建设，全年招聘教师不少于200名。
I 6.|守牢安全底线，确保校园安全稳定。
C 藁城区教育局
C 2024年1月12日
""",
)

# --------------------------------------------------------------------------- 07 山西 榆次区

P07 = dict(
    slug="07-shanxi-yuci-2020-yaodian",
    what="山西 district 教育局 in GBK declared as charset=GBK (HTTP header without charset); 发布日期/发布机构 line printed below the body; 1. items with (1)–(4) sub-items on their own paragraphs under two items",
    url="http://www.sxyc.gov.cn/zwgk/bmxxgk/jyj/202003/t20200320_1186345.shtml",
    headers={"Content-Type": "text/html"},
    encoding="gbk",
    style="p",
    pub_date_printed="2020年03月20日",
    expect=dict(title="榆次区2020年教育工作要点", notice_title=None, index_no=None, doc_no=None,
                pub_date="2020-03-20", publisher="晋中市榆次区教育局", plan_year=2020, doc_kind="plan"),
    furniture=["发布日期", "发布机构", "【大】", "【打印】", "【关闭】", "网站标识码", "晋ICP备", "晋公网安备",
               "当前位置", "相关文章"],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=GBK" />
<title>榆次区2020年教育工作要点</title>
<link href="/images/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/images/common.js"></script>
</head>
<body>
<div id="header"><img src="/images/head.jpg" alt="晋中市榆次区人民政府" /></div>
<div id="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/gzcy/">公众参与</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/jyj/">区教育局</a></div>
<div class="article">
<h1>榆次区2020年教育工作要点</h1>
<div class="fontsize">【<a href="javascript:fontZoom(18)">大</a>】【<a href="javascript:fontZoom(16)">中</a>】【<a href="javascript:fontZoom(14)">小</a>】</div>
<div class="TRS_Content">
{content}</div>
<div class="article_foot"><span>发布日期：2020年03月20日</span>　<span>发布机构：晋中市榆次区教育局</span></div>
<div class="tool"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="xgwz"><h3>相关文章</h3><ul><li><a href="./t20200302_1183107.shtml">榆次区教育局关于延期开学期间“停课不停学”的工作方案</a></li></ul></div>
</div>
<div id="footer"><p>主办：晋中市榆次区人民政府　网站标识码：1407020001</p><p><a href="https://beian.miit.gov.cn/">晋ICP备06001345号</a>　晋公网安备 14070202000067号</p></div>
</body>
</html>
""",
    spec="""
P 2020年是全面建成小康社会和“十三五”规划收官之年。全区教育工作要以习近平新时代中国特色社会主义思想为指导，全面贯彻全国、全省、全市教育大会精神，坚持稳中求进，聚焦补短板、强弱项、提质量，加快推进教育现代化。
S 一、|全面加强党对教育工作的领导
I 1.|落实全面从严治党主体责任。健全区委教育工作领导小组工作机制，制定教育系统党建工作要点，组织开展党建工作考核。
I 2.|加强学校基层党组织建设。推动全区中小学党组织“五化”建设全覆盖，评选优秀党建品牌学校10所。
I 3.|做好新冠肺炎疫情防控工作。落实“四方责任”，制定开学工作方案和应急预案，做好师生健康监测和防疫物资储备。
S 二、|推进各级各类教育协调发展
I 4.|学前教育。新建、改扩建公办幼儿园6所，新增学位1620个，公办园在园幼儿占比达到50%以上，普惠性幼儿园覆盖率达到80%。
I 5.|义务教育。重点做好以下工作：
U (1)|完成榆次区第二中学、锦纶小学迁建工程，新增学位3600个。
U (2)|全面消除56人以上大班额，66人以上超大班额保持动态清零。
U (3)|推进城乡教育一体化，组建教育联盟10个。
U (4)|做好适龄残疾儿童少年教育安置工作，入学率达到95%以上。
I 6.|普通高中教育。推进普通高中育人方式改革，做好新高考综合改革准备工作，加快榆次一中新校区建设。
I 7.|职业教育。推进职业院校“双师型”教师队伍建设，开展“1+X”证书制度试点工作。
S 三、|着力提升教育教学质量
I 8.|深化课程改革。全面落实国家课程方案，推进中小学“新课堂”建设，评选区级优质课100节。
I 9.|加强德育工作。推进“三全育人”，开展“我和我的祖国”主题教育活动。
I 10.|加强体育、美育和劳动教育。开足开齐体育课程，学生体质健康测试合格率达到92%以上。
S 四、|建设高素质教师队伍
I 11.|加强教师培养培训。重点做好以下工作：
U (1)|组织开展“国培”“省培”项目，参训教师1800人次。
U (2)|实施青年教师成长工程，开展新入职教师规范化培训。
U (3)|评选区级名师、学科带头人、骨干教师150名。
U (4)|推进校长职级制改革试点工作。
I 12.|加强师德师风建设。开展师德师风专项治理，建立健全师德档案。
S 五、|全力保障教育安全稳定
I 13.|加强校园安全管理。推进“护校安园”工程，开展校园安全隐患排查整治。
I 14.|做好学生资助工作。落实国家资助政策，确保家庭经济困难学生不因贫失学。
""",
)

# --------------------------------------------------------------------------- 08 内蒙古 东胜区

P08 = dict(
    slug="08-neimenggu-dongsheng-2021-jihua",
    what="内蒙古 district 教育体育局 on a 博达 VSB site: 发布时间/作者 line (the 作者 is the bureau), v_news_content spans; eleven sections 一、–十一、 with items 1.–17. through",
    url="http://jtj.ds.gov.cn/info/1042/6218.htm",
    headers={"Content-Type": "text/html"},
    encoding="utf-8",
    style="vsb",
    expect=dict(title="东胜区教育体育局2021年工作计划", notice_title=None, index_no=None, doc_no=None,
                pub_date="2021-03-16", publisher="东胜区教育体育局", plan_year=2021, doc_kind="plan"),
    tolerated=dict(publisher=None),
    furniture=["发布时间", "作者：", "点击数", "【关闭】", "【打印】", "版权所有", "蒙ICP备", "蒙公网安备", "上一条",
               "下一条", "当前位置"],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>东胜区教育体育局2021年工作计划-鄂尔多斯市东胜区教育体育局</title>
<META Name="keywords" Content="鄂尔多斯市东胜区教育体育局,工作计划" />
<META Name="description" Content="2021年，东胜区教育体育工作以习近平新时代中国特色社会主义思想为指导..." />
<link type="text/css" href="../../style/style.css" rel="stylesheet" />
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1042,'/content.jsp',6218,1554128367)</script>
</head>
<body>
<div class="top"><img src="../../images/top.jpg" /></div>
<div class="nav"><ul><li><a href="../../index.htm">首页</a></li><li><a href="../../jyxw.htm">教育新闻</a></li><li><a href="../../tzgg.htm">通知公告</a></li><li><a href="../../zwgk.htm">政务公开</a></li></ul></div>
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../tzgg.htm">通知公告</a> &gt;&gt; 正文</div>
<div class="main_con">
<form name="_newscontent_fromname">
<h1 align="center">东胜区教育体育局2021年工作计划</h1>
<div class="info" align="center">发布时间：2021-03-16&nbsp;&nbsp;&nbsp;&nbsp;作者：东胜区教育体育局&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script>_showDynClicks("wbnews", 1554128367, 6218)</script></div>
<div id="vsb_content"><div class="v_news_content">
{content}</div></div>
<div id="div_vote_id"></div>
</form>
<div class="close"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="sxt"><p>上一条：<a href="6217.htm">东胜区2021年春季学期开学工作部署会召开</a></p><p>下一条：<a href="6220.htm">东胜区教育体育局2021年安全工作要点</a></p></div>
</div>
<div class="foot">版权所有：鄂尔多斯市东胜区教育体育局　地址：东胜区天骄北路<br /><a href="https://beian.miit.gov.cn/">蒙ICP备12003415号-1</a>　蒙公网安备 15060202000188号</div>
</body>
</html>
""",
    spec="""
P 2021年，东胜区教育体育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，紧紧围绕区委、区政府工作部署，坚持教育优先发展，推动全区教育体育事业高质量发展。
S 一、|加强党的建设
I 1.|扎实开展党史学习教育，组织全系统党员干部开展专题学习和“我为群众办实事”实践活动。
I 2.|推进党建品牌创建，打造“一校一品”党建品牌示范校15所。
S 二、|落实立德树人根本任务
I 3.|推进铸牢中华民族共同体意识教育，开展民族团结进步示范学校创建活动，创建自治区级示范校2所。
I 4.|全面推行国家统编教材，加强国家通用语言文字教育教学。
S 三、|发展学前教育
I 5.|新建公办幼儿园2所，新增学位720个，公办园在园幼儿占比达到60%。
S 四、|推进义务教育优质均衡
I 6.|实施东胜区第十五小学、第八中学等建设项目，新增学位3240个。
I 7.|深化学区化管理改革，组建学区8个，实现优质资源共享。
S 五、|提升高中教育质量
I 8.|推进普通高中新课程改革，加强选课走班管理，力争高考一本上线率提高2个百分点。
S 六、|发展职业教育
I 9.|支持东胜区职业技术学校与区内企业共建实训基地，开展社会培训3000人次。
S 七、|加强教师队伍建设
I 10.|公开招聘教师150名，其中幼儿园教师60名。
I 11.|实施名师名校长培养工程，培养自治区级、市级名师30名。
S 八、|推进教育信息化
I 12.|建设智慧教育云平台，实现“三个课堂”应用常态化，中小学校千兆光纤接入率达到100%。
S 九、|加快体育事业发展
I 13.|举办全区中小学生田径运动会、篮球联赛和足球联赛，参赛学生5000人次以上。
I 14.|新建社区健身场地30处，推动学校体育场馆向社会开放。
S 十、|强化校园安全管理
I 15.|落实校园安全工作责任制，专职保安配备率和一键报警装置安装率达到100%。
S 十一、|做好疫情防控和民生保障
I 16.|落实常态化疫情防控措施，做好师生员工疫苗接种工作。
I 17.|落实学生资助政策，全年资助学生1.3万人次。
""",
)

# --------------------------------------------------------------------------- 09 辽宁 金州区

P09 = dict(
    slug="09-liaoning-jinzhou-2025-yaodian",
    what="辽宁 district 教育局: gov.cn-style pages-date line (date, time, 来源 in a span) over div.pages_content; items 1.–18. through, item 9 opens with a year (9.2025年…), item 11 runs on over a second paragraph",
    url="http://www.dljz.gov.cn/gov/jyj/zwgk/202502/t20250226_1342817.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    style="p",
    expect=dict(title="金州区2025年教育工作要点", notice_title=None, index_no=None, doc_no=None,
                pub_date="2025-02-26", publisher="大连市金州区教育局", plan_year=2025, doc_kind="plan"),
    furniture=["来源：", "【字体", "【打印】", "【关闭】", "分享到", "网站标识码", "辽ICP备", "辽公网安备",
               "政府网站找错", "首页 > "],
    html="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>金州区2025年教育工作要点_大连市金州区人民政府</title>
<meta name="ArticleTitle" content="金州区2025年教育工作要点">
<meta name="ColumnName" content="教育局">
<link rel="stylesheet" href="/images/2021/css/content.css">
</head>
<body>
<div class="top-bar"><span>欢迎访问大连市金州区人民政府网站</span><a href="/wza/">无障碍</a><a href="/jtb/">繁體</a></div>
<div class="head"><img src="/images/2021/logo.png" alt="大连市金州区人民政府"></div>
<div class="bread">首页 &gt; <a href="/gov/jyj/">教育局</a> &gt; <a href="/gov/jyj/zwgk/">政务公开</a></div>
<div class="pages-box">
<div class="article oneColumn pub_border">
<h1>金州区2025年教育工作要点</h1>
<div class="pages-date">2025-02-26 15:30 <span class="font">来源：大连市金州区教育局</span>
<span class="font index_switchsize">【字体：<span onclick="changeSize(20)">大</span> <span onclick="changeSize(16)">中</span> <span onclick="changeSize(12)">小</span>】</span></div>
<div class="pages_content">
{content}</div>
<div class="pages_print"><span class="share">分享到：<a href="javascript:;">微信</a> <a href="javascript:;">微博</a></span><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
</div>
<div class="footer"><p>大连市金州区人民政府办公室主办</p><p>网站标识码：2102130001　<a href="https://beian.miit.gov.cn/">辽ICP备13009128号</a>　辽公网安备 21021302000097号</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=2102130001">政府网站找错</a></p></div>
<script src="/images/2021/js/content.js"></script>
</body>
</html>
""",
    spec="""
P 2025年是“十四五”规划收官之年，也是谋划“十五五”发展的关键之年。全区教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届三中全会精神，全面落实全国教育大会部署，锚定教育强区建设目标，着力推动金州教育高质量发展。
S 一、|坚持党建引领，筑牢教育强区根基
I 1.|深入学习贯彻全国教育大会精神，将其纳入各级党组织理论学习中心组学习重点内容，开展专题宣讲不少于20场。
I 2.|健全中小学校党组织领导的校长负责制运行机制，完善“三重一大”决策制度。
I 3.|深化全面从严治党，持续开展群众身边不正之风和腐败问题集中整治。
S 二、|坚持立德树人，促进学生全面发展
I 4.|推进大中小学思政课一体化建设，建设区级思政课实践基地10个。
I 5.|实施学生体质强健计划，确保中小学生每天综合体育活动时间不低于2小时，学生体质健康优良率达到55%。
I 6.|加强学生心理健康工作，建立“一生一档”心理健康档案，心理健康教师配备实现全覆盖。
S 三、|坚持优质均衡，扩大优质教育资源供给
I 7.|推进金州区第九中学、站前小学新建工程，新增学位2880个。
I 8.|实施学前教育普及普惠提升行动，普惠性幼儿园覆盖率稳定在92%以上。
I 9.|2025年秋季学期起，在全区推行义务教育阶段“公民同招”和电子学籍全程管理，确保招生入学平稳有序。
I 10.|深化集团化办学改革，新组建教育集团3个，集团化办学覆盖率达到90%。
S 四、|坚持改革创新，增强教育发展活力
I 11.|推进人工智能赋能教育，建设人工智能教育实验校15所，开展教师数字素养培训1.5万人次。
P 探索“人工智能+教学”应用场景，组织区级数字化教学案例评选，遴选优秀案例100个。
I 12.|深化教育评价改革，开展义务教育学校办学质量评价全覆盖。
I 13.|推进职业教育产教融合，支持区职教中心与企业共建产业学院2个。
S 五、|坚持强师固本，建设高素质教师队伍
I 14.|实施教育家精神铸魂强师行动，选树区级“四有”好老师50名。
I 15.|完善教师补充机制，招聘教师200名，推动教师交流轮岗比例不低于10%。
I 16.|落实教师减负措施，规范各类进校园活动。
S 六、|坚持安全发展，守牢校园安全底线
I 17.|健全校园安全风险防控体系，开展安全隐患排查整治“百日行动”。
I 18.|加强校园食品安全管理，推行校长陪餐制度，实现“互联网+明厨亮灶”全覆盖。
""",
)

# --------------------------------------------------------------------------- 10 吉林 珲春市

P10 = dict(
    slug="10-jilin-hunchun-2019-yaodian",
    what="吉林 city 教育局 on an old ASP site in GB2312 (header and meta agree): 发布时间/信息来源 line with an unpadded date; 1． items with （1）（2）（3） sub-items inline in the item's paragraph; signature after the last item",
    url="http://www.hcjy.gov.cn/Article/ShowArticle.asp?ArticleID=1873",
    headers={"Content-Type": "text/html; charset=gb2312"},
    encoding="gb2312",
    style="p",
    pub_date_printed="2019-3-28",
    expect=dict(title="珲春市教育局2019年工作要点", notice_title=None, index_no=None, doc_no=None,
                pub_date="2019-03-28", publisher="珲春市教育局", plan_year=2019, doc_kind="plan"),
    furniture=["发布时间", "信息来源", "点击数", "【发表评论】", "【告诉好友】", "【打印此文】", "【关闭窗口】",
               "上一篇", "下一篇", "吉ICP备", "Copyright"],
    html="""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>珲春市教育局2019年工作要点</title>
<link href="../Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="../images/banner.jpg" width="960" height="130"></td></tr>
<tr><td class="menu_bg"><a href="../index.asp">首页</a> | <a href="../Article/Index.asp">教育动态</a> | <a href="../Article/ShowClass.asp?ClassID=12">通知公告</a> | <a href="../Article/ShowClass.asp?ClassID=15">政务公开</a></td></tr></table>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" class="border">
<tr><td class="main_title_575"><a href="../index.asp">珲春教育网</a> &gt;&gt; <a href="ShowClass.asp?ClassID=15">政务公开</a> &gt;&gt; 正文</td></tr>
<tr><td height="50" align="center" class="main_ArticleTitle"><font style="font-size:20px"><b>珲春市教育局2019年工作要点</b></font></td></tr>
<tr><td align="center" style="border-bottom:1px dashed #ccc">发布时间：2019-3-28　信息来源：珲春市教育局　点击数：<script language="javascript" src="GetHits.asp?ArticleID=1873"></script></td></tr>
<tr><td id="fontzoom" class="main_ArticleContent">
{content}</td></tr>
<tr><td align="right">【<a href="../Comment.asp?ArticleID=1873">发表评论</a>】【<a href="SendMail.asp?ArticleID=1873">告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td>上一篇：<a href="ShowArticle.asp?ArticleID=1872">珲春市2019年义务教育阶段招生工作实施意见</a><br>下一篇：<a href="ShowArticle.asp?ArticleID=1875">关于开展2019年春季学期开学工作检查的通知</a></td></tr>
</table>
<table width="960" border="0" align="center"><tr><td align="center">Copyright 2008-2019 珲春市教育局 All Rights Reserved　<a href="http://www.miitbeian.gov.cn">吉ICP备09005126号</a></td></tr></table>
</body>
</html>
""",
    spec="""
P 2019年是新中国成立70周年，是决胜全面建成小康社会的关键之年。全市教育工作总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大和全国教育大会精神，坚持以人民为中心的发展思想，加快推进教育现代化，努力办好人民满意的教育。
S 一、|加强党对教育工作的全面领导
I 1．|开展“不忘初心、牢记使命”主题教育，组织党员干部深入学习党的十九大精神。
I 2．|加强学校党组织建设，推进党建工作与教育教学深度融合。
I 3．|落实意识形态工作责任制，加强教师思想政治工作。
S 二、|促进各类教育协调发展
I 4．|扩大学前教育资源，新建公办幼儿园2所，学前三年毛入园率达到92%。
I 5．|推进民族教育发展，加强朝鲜族学校双语教学，办好朝鲜族特色学校。
I 6．|推进义务教育均衡发展。
X （1）|完成第五中学综合楼建设工程；
X （2）|改善农村薄弱学校办学条件，完成8所学校维修改造；
X （3）|落实控辍保学目标责任制，义务教育巩固率保持在98%以上。
I 7．|提高普通高中教育质量，做好高考综合改革准备工作。
I 8．|加强职业教育，推进产教融合、校企合作。
S 三、|全面提高教育质量
I 9．|落实立德树人根本任务，开展社会主义核心价值观教育。
I 10．|加强体育美育工作。
X （1）|开展校园足球特色学校创建工作；
X （2）|举办全市中小学生艺术节和冬季冰雪运动会。
I 11．|深化课堂教学改革，组织教学能手评选活动。
S 四、|加强教师队伍建设
I 12．|加强师德建设，开展师德标兵评选活动。
I 13．|加强教师培训，全年培训教师2000人次。
S 五、|维护教育系统安全稳定
I 14．|开展校园安全隐患排查，完善校园安全防控体系。
I 15．|规范校外培训机构管理，开展专项治理行动。
C 珲春市教育局
C 2019年3月26日
""",
)

# --------------------------------------------------------------------------- 11 四川 叙州区

P11 = dict(
    slug="11-sichuan-xuzhou-2023-yaodian",
    what="四川 district 教育和体育局: label/span 信息公开 block (索引号, 文号, 成文日期, 发布日期); item lead sentences bold; 一、 and 三、 headings printed in bold at the start of their first item's paragraph (a full-width space between)",
    url="http://www.yibinxz.gov.cn/xxgk/bmxxgk/qjtj/zcwj/202303/t20230303_1893021.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    style="bold_lead_fw",
    expect=dict(title="宜宾市叙州区2023年教育工作要点", notice_title=None, index_no="11511521008745123X/2023-00021",
                doc_no="叙教体〔2023〕15号", pub_date="2023-03-03", publisher="宜宾市叙州区教育和体育局",
                plan_year=2023, doc_kind="plan"),
    furniture=["索引号", "发文机关", "成文日期", "发布日期", "文号", "打印本页", "关闭窗口", "网站标识码", "蜀ICP备",
               "川公网安备", "扫一扫", "当前位置"],
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>宜宾市叙州区2023年教育工作要点-宜宾市叙州区人民政府</title>
<link rel="stylesheet" href="/xzqzf/css/xxgk_detail.css">
<script src="/xzqzf/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="logo"><img src="/xzqzf/images/logo.png" alt="宜宾市叙州区人民政府"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xxgk/">政府信息公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">政府信息公开</a> &gt; <a href="/xxgk/bmxxgk/qjtj/">区教育和体育局</a> &gt; 政策文件</div>
<div class="xxgk-info">
<p><label>索引号：</label><span>11511521008745123X/2023-00021</span></p>
<p><label>发文机关：</label><span>宜宾市叙州区教育和体育局</span></p>
<p><label>文号：</label><span>叙教体〔2023〕15号</span></p>
<p><label>成文日期：</label><span>2023-03-01</span></p>
<p><label>发布日期：</label><span>2023-03-03</span></p>
<p class="wide"><label>标题：</label><span>宜宾市叙州区2023年教育工作要点</span></p>
</div>
<div class="detail">
<h2 class="detail-title">宜宾市叙州区2023年教育工作要点</h2>
<div class="detail-content TRS_UEDITOR_WRAP">
{content}</div>
<div class="detail-tools"><a href="javascript:window.print()">打印本页</a><a href="javascript:window.close()">关闭窗口</a></div>
<div class="ewm"><img src="/xzqzf/images/ewm.png"><span>扫一扫在手机上查看当前页面</span></div>
</div>
<div class="footer"><p>主办：宜宾市叙州区人民政府办公室</p><p>网站标识码：5115210001　<a href="https://beian.miit.gov.cn/">蜀ICP备05014207号</a>　川公网安备 51152102000034号</p></div>
</body>
</html>
""",
    spec="""
P 2023年全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，围绕建设“教育强区”目标，深化教育综合改革，推动全区教育高质量发展。
K 一、|坚持党建引领
I 1.|强化政治引领。全面学习宣传贯彻党的二十大精神，举办全区教育系统学习贯彻党的二十大精神培训班2期。
I 2.|夯实基层基础。推进中小学校党组织领导的校长负责制，建设区级党建示范校10所。
I 3.|深化正风肃纪。持续开展师德师风和行风建设专项整治，严肃查处违规问题。
S 二、|坚持优质均衡
I 4.|扩大学前教育资源。新建叙州区柏溪第三幼儿园等3所公办幼儿园，新增学位900个。
I 5.|推进义务教育优质均衡。实施城区学校扩容工程，新增义务教育学位4500个，有效化解大班额。
I 6.|提升高中办学水平。推进叙州区第一中学、第二中学特色发展，高考本科上线人数突破3000人。
I 7.|促进职业教育提质。推进中职学校“双优”建设，对接区域主导产业调整专业设置。
K 三、|坚持五育并举
I 8.|强化思想品德教育。开展“学习二十大、永远跟党走、奋进新征程”主题教育活动。
I 9.|提升体育美育质量。开展“阳光体育”活动，学生体质健康达标率达到93%。
I 10.|加强劳动教育。建设区级劳动教育实践基地5个。
S 四、|坚持强师兴教
I 11.|优化教师资源配置。招聘教师300名，交流轮岗教师260名。
I 12.|提升教师专业素养。组织教师全员培训，培养区级骨干教师200名。
I 13.|落实教师待遇保障。确保义务教育教师平均工资收入水平不低于公务员平均工资收入水平。
S 五、|坚持安全稳定
I 14.|加强校园安全管理。推进平安校园建设，开展校园安全隐患排查整治。
I 15.|推进依法治教。开展“法律进学校”活动，完成学校章程修订工作。
I 16.|优化教育督导。开展责任督学挂牌督导，完成年度督导评估工作。
""",
)

# --------------------------------------------------------------------------- 12 贵州 播州区

P12 = dict(
    slug="12-guizhou-bozhou-2024-tuijin",
    what="贵州 district 教育局 上半年工作推进情况: 信息公开 table; three levels 一、/（一）/1. with 1. 2. 3. sub-items on their own paragraphs under a one-sentence （一）; a text-only 困难和问题 section",
    url="http://www.zybz.gov.cn/zwgk/zfxxgkzl/fdzdgknr/ghxx/202407/t20240705_84532106.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    style="div",
    expect=dict(title="遵义市播州区教育局2024年上半年工作推进情况", notice_title=None,
                index_no="11520321MB1837560Q/2024-00123", doc_no=None, pub_date="2024-07-05",
                publisher="遵义市播州区教育局", plan_year=2024, doc_kind="report"),
    furniture=["索引号", "信息分类", "发布机构", "发布日期", "【字体", "分享到", "打印", "网站标识码", "黔ICP备",
               "贵公网安备", "当前位置"],
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>遵义市播州区教育局2024年上半年工作推进情况_规划信息_遵义市播州区人民政府</title>
<link rel="stylesheet" href="/images/bz2021/css/detail.css" />
</head>
<body>
<div class="header"><img src="/images/bz2021/banner.png" alt="遵义市播州区人民政府" /></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjbz/">走进播州</a></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/zfxxgkzl/">政府信息公开专栏</a> &gt; 规划信息</div>
<div class="detail-box">
<table class="xxgk-tab">
<tr><td class="lab">索引号：</td><td>11520321MB1837560Q/2024-00123</td><td class="lab">信息分类：</td><td>规划信息</td></tr>
<tr><td class="lab">发布机构：</td><td>遵义市播州区教育局</td><td class="lab">发布日期：</td><td>2024-07-05</td></tr>
<tr><td class="lab">标　题：</td><td colspan="3">遵义市播州区教育局2024年上半年工作推进情况</td></tr>
</table>
<div class="Article_title">遵义市播州区教育局2024年上半年工作推进情况</div>
<div class="Article_tool">【字体：<a href="javascript:;" onclick="fontZoom(20)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a>】 <span class="share">分享到：<a href="javascript:;">微信</a></span> <a href="javascript:window.print()">打印</a></div>
<div class="Article_content view TRS_UEDITOR">
{content}</div>
</div>
<div class="footer"><p>主办：遵义市播州区人民政府办公室　承办：遵义市播州区大数据发展中心</p><p>网站标识码：5203210001　<a href="https://beian.miit.gov.cn/">黔ICP备05000874号</a>　贵公网安备 52032102000101号</p></div>
</body>
</html>
""",
    spec="""
P 2024年上半年，播州区教育局在区委、区政府的坚强领导下，全面贯彻落实党的二十大精神，扎实推进各项重点工作，现将推进情况报告如下。
S 一、|重点工作推进情况
I （一）|强化党建引领。
U 1.|深入开展党纪学习教育，组织专题读书班3期、警示教育大会2场。
U 2.|推进党组织领导的校长负责制，全区68所中小学完成领导体制调整。
I （二）|扩大优质资源。
U 1.|播州区第五小学、鸭溪镇中心幼儿园建设项目主体完工，秋季可新增学位2100个。
U 2.|新组建城乡教育共同体6个，覆盖学校52所。
U 3.|实施薄弱学校改造项目11个，完成投资3860万元。
I （三）|提升教育质量。
U 1.|2024年中考全区平均分较上年提高6.2分，普通高中录取人数增加320人。
U 2.|组织开展“黔课堂”教学竞赛，参赛教师420人。
I （四）|加强队伍建设。完成2024年教师招聘计划申报，拟招聘教师180名；组织教师暑期培训方案编制和名师工作室中期考核。
I （五）|守牢安全底线。开展防溺水专项行动，落实“七个一”工作措施；上半年全区学校未发生安全责任事故。
S 二、|存在的困难和问题
P 一是城区学位供给压力仍然较大；二是部分学科教师结构性短缺；三是学校建设资金缺口较大。
S 三、|下半年工作计划
I （一）|确保新建项目按期投用。加快在建项目进度，确保秋季学期新建学校按期开学。
I （二）|深化“双减”工作。完善课后服务内容，提升课后服务质量。
I （三）|抓好招生入学工作。严格落实义务教育免试就近入学，保障随迁子女平等接受义务教育。
I （四）|加强校园安全管理。开展秋季开学安全大检查，消除各类安全隐患。
""",
)

# --------------------------------------------------------------------------- 13 云南 陆良县

P13 = dict(
    slug="13-yunnan-luliang-2022-jihua",
    what="云南 county 教育体育局 on a WebPlus site (charset only in the HTTP header): 发布时间/发布者 line; 1. items restarting in every section; section numbers skip 四、 (一、二、三、五、六、)",
    url="http://www.ynll.gov.cn/jytyj/2022/0322/c4312a51873/page.htm",
    headers={"Content-Type": "text/html; charset=UTF-8"},
    encoding="utf-8",
    style="wp",
    expect=dict(title="陆良县教育体育局2022年工作计划", notice_title=None, index_no=None, doc_no=None,
                pub_date="2022-03-22", publisher="陆良县教育体育局", plan_year=2022, doc_kind="plan"),
    furniture=["发布时间", "发布者", "浏览次数", "网站标识码", "滇ICP备", "滇公网安备", "关闭窗口", "打印本页", "所在位置"],
    html="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>陆良县教育体育局2022年工作计划</title>
<meta name="description" content="2022年，县教育体育局将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针..." />
<link type="text/css" href="/_css/_system/system.css" rel="stylesheet"/>
<link type="text/css" href="/_upload/site/1/style/4/4.css" rel="stylesheet"/>
<script language="javascript" src="/_js/jquery.min.js" sudy-wp-context="" sudy-wp-siteId="4"></script>
<script language="javascript" src="/_js/jquery.sudy.wp.visitcount.js"></script>
</head>
<body class="list">
<div class="header"><div class="wp-inner"><img src="/_upload/tpl/00/2a/42/template42/images/logo.png" /></div></div>
<div class="nav"><ul class="wp-menu"><li class="menu-item"><a href="/main.htm">首页</a></li><li class="menu-item"><a href="/4310/list.htm">教体动态</a></li><li class="menu-item"><a href="/4312/list.htm">通知公告</a></li><li class="menu-item"><a href="/4315/list.htm">信息公开</a></li></ul></div>
<div class="col_path"><span class="path_name">所在位置：</span><a href="/main.htm">首页</a> <span class="possplit">&gt;</span> <a href="/4312/list.htm">通知公告</a></div>
<div class="infobox">
<h1 class="arti_title">陆良县教育体育局2022年工作计划</h1>
<p class="arti_metas"><span class="arti_update">发布时间：2022-03-22</span><span class="arti_publisher">发布者：陆良县教育体育局</span><span class="arti_views">浏览次数：<span class="WP_VisitCount" url="/_visitcountdisplay?siteId=4&type=3&articleId=51873">1026</span></span></p>
<div class="entry"><div class="read"><div class='wp_articlecontent'>
{content}</div></div></div>
<div class="arti_btns"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="footer"><p>陆良县教育体育局　地址：陆良县中枢街道同乐大道</p><p>网站标识码：5303220030　<a href="https://beian.miit.gov.cn/">滇ICP备18003621号</a>　滇公网安备 53032202000017号</p></div>
</body>
</html>
""",
    spec="""
P 2022年，县教育体育局将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，围绕“办好人民满意的教育”目标，落实立德树人根本任务，推动全县教育体育事业高质量发展。
S 一、|党建工作
I 1.|深入学习贯彻党的十九届六中全会精神，开展“学党史、悟思想、办实事、开新局”专题活动。
I 2.|加强基层党组织建设，推进“党建+”模式，打造党建示范学校8所。
I 3.|落实意识形态工作责任制，守牢教育系统意识形态阵地。
S 二、|教育发展
I 1.|学前教育：新建公办幼儿园4所，学前三年毛入园率达到90%以上。
I 2.|义务教育：推进县域义务教育优质均衡发展，九年义务教育巩固率达到96%。
I 3.|高中教育：加快陆良县第二中学扩建，普及高中阶段教育，毛入学率达到90%。
I 4.|职业教育：推进陆良县职业技术学校中职学校办学能力达标工程。
I 5.|特殊教育：适龄残疾儿童少年入学率达到95%以上。
S 三、|教育质量
I 1.|深化课堂教学改革，开展“教学质量提升年”活动。
I 2.|加强考试质量分析，建立教学质量监测评价体系。
I 3.|落实“双减”政策，课后服务覆盖率达到100%。
S 五、|体育工作
I 1.|举办全县中小学生运动会和全民健身运动会。
I 2.|推进青少年校园足球特色学校建设，新增国家级特色学校3所。
I 3.|新建农村健身广场20个。
S 六、|安全工作
I 1.|落实校园安全“四个一”工程，开展安全隐患排查整治。
I 2.|加强防溺水、交通安全、食品安全教育，确保师生安全。
""",
)

# --------------------------------------------------------------------------- 14 广西 临桂区

P14 = dict(
    slug="14-guangxi-lingui-2021-yaodian",
    what="广西 district 教育局: PubDate/ContentSource meta tags plus a 日期/来源 line; no sections, items 1.–15. with bold lead sentences; item 4's 一是/二是/三是 on their own paragraphs; item 7 runs on; attachment download block outside the body",
    url="http://www.lingui.gov.cn/zwgk/bmxxgk/qjyj/t9152741.shtml",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    style="bold_lead",
    expect=dict(title="临桂区2021年教育工作要点", notice_title=None, index_no=None, doc_no=None,
                pub_date="2021-04-02", publisher="临桂区教育局", plan_year=2021, doc_kind="plan"),
    furniture=["日期：", "来源：", "相关附件", "【打印】", "【关闭】", "网站标识码", "桂ICP备", "桂公网安备",
               "当前位置", "政府网站找错"],
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="桂林市临桂区人民政府">
<meta name="ArticleTitle" content="临桂区2021年教育工作要点">
<meta name="PubDate" content="2021-04-02 10:15">
<meta name="ContentSource" content="临桂区教育局">
<title>临桂区2021年教育工作要点 - 桂林市临桂区人民政府门户网站</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="top"><div class="logo"><img src="/images/logo.png"></div>
<div class="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/qjyj/">区教育局</a></div>
<div class="article-box">
<div class="article-title">临桂区2021年教育工作要点</div>
<div class="article-info">日期：2021-04-02　　来源：临桂区教育局</div>
<div class="article-con" id="article_con">
{content}</div>
<div class="fujian"><p>相关附件：</p><ul><li><a href="/uploadfiles/2021/04/临桂区2021年教育工作要点.docx">临桂区2021年教育工作要点.docx</a></li></ul></div>
<div class="article-tool"><a href="javascript:window.print();">【打印】</a> <a href="javascript:window.close();">【关闭】</a></div>
</div>
<div class="foot"><p>主办：桂林市临桂区人民政府办公室</p><p>网站标识码：4503120001　<a href="https://beian.miit.gov.cn">桂ICP备09002168号</a>　桂公网安备 45031202000023号</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=4503120001">政府网站找错</a></p></div>
</body>
</html>
""",
    spec="""
P 2021年全区教育工作总体思路：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，以建设“桂林教育次中心”为目标，推进教育优质均衡发展，办好人民满意的教育。
I 1.|加强党的建设。开展党史学习教育，推进学校党组织标准化规范化建设，实现达标率100%。
I 2.|落实立德树人根本任务。推进思政课改革创新，开展“童心向党”系列教育活动。
I 3.|扩大学前教育资源。新建临桂区第三幼儿园等公办幼儿园3所，新增学位1080个。
I 4.|推进义务教育优质均衡发展。
U 一是|加快临桂新区学校建设，秋季学期新增学位6000个；
U 二是|推进城乡教育联盟建设，联盟学校覆盖率达到100%；
U 三是|消除56人以上大班额。
I 5.|提升普通高中办学质量。推进临桂中学、五通中学特色多样发展，高考本科上线率提高3个百分点。
I 6.|发展职业教育。推进临桂区职业技术学校示范特色专业及实训基地建设。
I 7.|加强教师队伍建设。招聘教师400名，开展教师培训1.2万人次。
P 深化中小学教师“区管校聘”改革，推动城区优秀教师到乡村学校任教，交流轮岗教师不少于200名。
I 8.|深化教育教学改革。开展“高效课堂”建设，推进集体备课和校本教研。
I 9.|推进教育信息化。建成智慧校园示范校10所，实现多媒体教学设备班级全覆盖。
I 10.|加强体育卫生艺术工作。开展“阳光体育”运动，近视防控工作纳入学校考核。
I 11.|规范民办教育和校外培训机构。开展校外培训机构专项治理，规范办学行为。
I 12.|做好学生资助工作。落实学生资助政策，实现建档立卡贫困家庭学生资助全覆盖。
I 13.|推进依法治教。完善教育督导体系，开展中小学校责任督学挂牌督导。
I 14.|加强校园安全管理。开展校园安全隐患排查整治，防溺水工作做到“六个一”。
I 15.|抓好疫情防控。落实常态化疫情防控措施，确保校园安全。
""",
)

# --------------------------------------------------------------------------- 15 广东 五华县

P15 = dict(
    slug="15-guangdong-wuhua-2023-yaodian",
    what="广东 county 教育局: 发布日期/来源/访问量 spans; markers followed by a full-width space; typos in the through-numbering (11、 with a Chinese comma, １２. in full-width digits)",
    url="http://www.wuhua.gov.cn/zwgk/bmdt/jyj/content/post_2461375.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    style="fw",
    expect=dict(title="五华县2023年教育工作要点", notice_title=None, index_no=None, doc_no=None,
                pub_date="2023-03-10", publisher="五华县教育局", plan_year=2023, doc_kind="plan"),
    furniture=["发布日期", "来源：", "访问量", "【打印】", "【关闭】", "网站标识码", "粤ICP备", "粤公网安备",
               "您当前的位置"],
    html="""<!DOCTYPE html>
<html lang="zh-cn">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
<title>五华县2023年教育工作要点 -五华县人民政府门户网站</title>
<link rel="stylesheet" href="/css/news.css">
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="五华县人民政府门户网站"></div></div>
<div class="navbar"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
<div class="main">
<div class="crumb">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmdt/">部门动态</a> &gt; 县教育局</div>
<div class="news_cont_d_wrap">
<h3 class="news_title">五华县2023年教育工作要点</h3>
<div class="news_msg"><span>发布日期：2023-03-10 09:48:36</span><span>来源：五华县教育局</span><span>访问量：<em id="view_count">-</em></span></div>
<div class="news_cont_d">
{content}</div>
<div class="news_tool"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
</div>
<div class="footer"><p>主办单位：五华县人民政府办公室</p><p>网站标识码：4414240002　<a href="https://beian.miit.gov.cn/">粤ICP备13052093号</a>　粤公网安备 44142402000110号</p></div>
<script src="/js/view_count.js"></script>
</body>
</html>
""",
    spec="""
P 2023年全县教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，紧扣“百县千镇万村高质量发展工程”部署，推动全县教育高质量发展。
S 一、|全面加强党的领导
I 1.|深入学习贯彻党的二十大精神，组织开展全县教育系统专题培训4期。
I 2.|全面推行中小学校党组织领导的校长负责制，年内实现全覆盖。
I 3.|持续加强教育系统党风廉政建设，开展廉洁文化进校园活动。
S 二、|推进基础教育扩优提质
I 4.|新增公办学前教育学位1200个，公办幼儿园在园幼儿占比达到50%以上。
I 5.|推进五华县城区学校扩容工程，新增义务教育公办学位3600个。
I 6.|推进县域高中发展提升行动，五华中学创建省一级学校。
I 7.|推进镇中心学校与村小一体化管理，提升乡村学校办学水平。
S 三、|提升教育教学质量
I 8.|深化课堂教学改革，开展全县课堂教学比赛。
I 9.|加强教研队伍建设，配齐配强县级专职教研员。
I 10.|深化“双减”工作，课后服务实现义务教育学校全覆盖。
I 11、|加强体育美育工作，推进校园足球特色学校建设。
I １２.|加强劳动教育和心理健康教育，建设县级劳动教育实践基地2个。
S 四、|建设高素质教师队伍
I 13.|实施“强师工程”，开展教师全员培训。
I 14.|招聘中小学教师300名，补充乡村学校紧缺学科教师。
I 15.|落实乡村教师生活补助政策，改善乡村教师住房条件。
S 五、|守牢安全稳定底线
I 16.|开展校园安全隐患排查整治，落实校园安全“三防”建设。
I 17.|加强校园食品安全管理，推进“互联网+明厨亮灶”工程。
""",
)

# --------------------------------------------------------------------------- 16 陕西 南郑区

P16 = dict(
    slug="16-shaanxi-nanzheng-2024-yaodian",
    what="陕西 district 教育体育局: 信息公开 table with half-width colons (索引号:, 文号:, 成文日期:, 发布日期:); items 1.–12. through, item 4 runs on; 附件 line, signature and date after the last item",
    url="http://www.nanzheng.gov.cn/nzxzf/zwgk/bmxxgk/jytyj/202403/7f3c2a91e8d54b0c9a6e21f4d8b7c530.shtml",
    headers={"Content-Type": "text/html; charset=UTF-8"},
    encoding="utf-8",
    style="p",
    expect=dict(title="南郑区2024年教育体育工作要点", notice_title=None, index_no="11610721016060210R/2024-00012",
                doc_no="南教体发〔2024〕5号", pub_date="2024-03-01", publisher="汉中市南郑区教育体育局",
                plan_year=2024, doc_kind="plan"),
    furniture=["索引号:", "发布机构:", "成文日期:", "发布日期:", "文号:", "有效性", "【打印】", "【关闭】",
               "网站标识码", "陕ICP备", "陕公网安备", "当前位置"],
    html="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>南郑区2024年教育体育工作要点 - 汉中市南郑区人民政府</title>
<link rel="stylesheet" type="text/css" href="/nzxzf/css/detail.css">
<script type="text/javascript" src="/nzxzf/js/jquery.js"></script>
</head>
<body>
<div class="head"><img src="/nzxzf/images/head.jpg" alt="汉中市南郑区人民政府"></div>
<div class="menu"><a href="/">首页</a><a href="/nzxzf/zwgk/">政务公开</a><a href="/nzxzf/zwfw/">政务服务</a><a href="/nzxzf/hdjl/">政民互动</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/nzxzf/zwgk/">政务公开</a> &gt; <a href="/nzxzf/zwgk/bmxxgk/">部门信息公开</a> &gt; 区教育体育局</div>
<div class="xxgk-head">
<table width="100%" cellpadding="0" cellspacing="0">
<tr><td class="tit">索引号:</td><td>11610721016060210R/2024-00012</td><td class="tit">发布机构:</td><td>汉中市南郑区教育体育局</td></tr>
<tr><td class="tit">文号:</td><td>南教体发〔2024〕5号</td><td class="tit">成文日期:</td><td>2024-02-28</td></tr>
<tr><td class="tit">发布日期:</td><td>2024-03-01</td><td class="tit">有效性:</td><td>有效</td></tr>
</table>
</div>
<div class="detail">
<h1>南郑区2024年教育体育工作要点</h1>
<div class="detail-con" id="detailContent">
{content}</div>
<div class="detail-btn"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="foot"><p>主办：汉中市南郑区人民政府办公室</p><p>网站标识码：6107210001　<a href="https://beian.miit.gov.cn/">陕ICP备13001237号-2</a>　陕公网安备 61072102000012号</p></div>
</body>
</html>
""",
    spec="""
P 2024年，全区教育体育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，落实省、市教育工作会议部署，以“三个年”活动为抓手，推动教育体育事业高质量发展。
S 一、|加强党建引领
I 1.|巩固拓展主题教育成果，健全“第一议题”学习制度。
I 2.|深化“一校一品”党建品牌创建，培育市级党建示范学校3所。
S 二、|推进教育优质均衡发展
I 3.|实施南郑区第二初级中学扩建、汉山街道中心幼儿园新建等项目，新增学位1800个。
I 4.|深化城乡教育共同体建设，实现乡村学校全覆盖。
P 建立共同体考核评价机制，将共同体建设成效纳入学校年度目标责任考核。
I 5.|推进普通高中多样化发展，南郑中学创建省级示范高中。
I 6.|推动职业教育提质培优，建成市级优质专业2个。
S 三、|提升教育教学质量
I 7.|实施课堂教学改革“三年行动”，打造区级优质课150节。
I 8.|开展“书香校园”建设，全区中小学生年人均阅读量达到20本以上。
I 9.|推进体教融合，举办全区中小学生运动会和“校长杯”足球联赛。
S 四、|建设高素质教师队伍
I 10.|开展师德师风建设年活动，建立师德失范行为通报警示制度。
I 11.|招聘特岗教师和公费师范生120名，交流轮岗教师180名。
I 12.|实施名师培养工程，新培育市级以上教学能手30名。
C 附件：2024年南郑区教育体育重点项目清单
C 汉中市南郑区教育体育局
C 2024年2月28日
""",
)

PAGES = [P01, P02, P03, P04, P05, P06, P07, P08, P09, P10, P11, P12, P13, P14, P15, P16]
