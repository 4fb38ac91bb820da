"""Hand-written specs of the seventh holdout's pages (rendered by build_pages.py).

Plan texts were written for this set in the genre of real 工作要点/推进情况 documents; the place
names are real, the documents are not. Each page: its template (with {content} where the body
goes), its rendering style, its encoding, the HTTP headers a crawler would have received, the
metadata a careful reader records, and the furniture that must not reach the clean body.
"""

PAGES: list[dict] = []

# --------------------------------------------------------------------------- 01: 济宁 city plan, th/td table
PAGES.append({
    "slug": "01-jining-jyj-2024-gzyd",
    "what": "city 教育局 工作要点: th/td 信息公开 table, 总体要求 preamble, 10 sections, items 1.–34. through, bold lead sentences",
    "url": "http://jyj.jining.gov.cn/art/2024/3/12/art_40913_2781456.html",
    "headers": {"Content-Type": "text/html; charset=UTF-8", "Server": "nginx"},
    "encoding": "utf-8",
    "style": "boldlead",
    "expect": {"title": "济宁市教育局2024年工作要点", "notice_title": None,
               "index_no": "11370800004346152U/2024-00086", "doc_no": None, "pub_date": "2024-03-12",
               "publisher": "济宁市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["索引号", "发布机构", "网站标识码", "鲁ICP备", "打印本页", "关闭窗口", "分享到",
                        "扫一扫", "济宁市教育局主办", "【字体", "相关链接"],
    "template": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="济宁市教育局">
<meta name="ColumnName" content="计划总结">
<title>济宁市教育局2024年工作要点_计划总结_济宁市教育局</title>
<link rel="stylesheet" href="/css/xxgk.css">
<script src="/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header"><div class="logo"><img src="/images/logo.png" alt="济宁市教育局"></div>
<ul class="nav"><li><a href="/">首页</a></li><li><a href="/col/col40901/">机构概况</a></li><li><a href="/col/col40905/">政府信息公开</a></li><li><a href="/col/col40930/">教育动态</a></li><li><a href="/col/col40940/">政民互动</a></li></ul></div>
<div class="crumb">您的位置：<a href="/">首页</a> &gt; <a href="/col/col40905/">政府信息公开</a> &gt; <a href="/col/col40913/">计划总结</a></div>
<div class="xxgk-meta">
<table class="xxgk-table" cellspacing="0">
<tr><th>索引号</th><td>11370800004346152U/2024-00086</td><th>主题分类</th><td>教育</td></tr>
<tr><th>发布机构</th><td>济宁市教育局</td><th>成文日期</th><td>2024-03-08</td></tr>
<tr><th>名　　称</th><td colspan="3">济宁市教育局2024年工作要点</td></tr>
<tr><th>文　　号</th><td></td><th>发布日期</th><td>2024-03-12</td></tr>
</table>
</div>
<div class="article">
<h1 class="title">济宁市教育局2024年工作要点</h1>
<div class="tools">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】　<a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></div>
<div class="content" id="zoomcon">
{content}
</div>
<div class="share">分享到：<a class="wx" href="#">微信</a><a class="wb" href="#">微博</a></div>
<div class="qrcode"><img src="/images/qr/art_2781456.png"><p>扫一扫在手机打开当前页</p></div>
</div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/art/2023/2/20/art_40913_2701122.html">济宁市教育局2023年工作要点</a></li>
<li><a href="/art/2024/1/15/art_40913_2770031.html">济宁市教育局2023年工作总结</a></li></ul></div>
<div class="footer"><p>济宁市教育局主办　地址：济宁市太白湖新区济宁大道19号　邮编：272000</p>
<p>网站标识码：3708000012　<a href="https://beian.miit.gov.cn">鲁ICP备05012345号-1</a>　鲁公网安备 37081102000123号</p>
<p><a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p></div>
<script>function doZoom(size){document.getElementById('zoomcon').style.fontSize=size+'px';}</script>
</body>
</html>
""",
    "spec": """
P 总体要求：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，落实全国、全省教育工作会议部署，锚定“走在前、开新局”，坚持教育优先发展，以推进教育高质量发展为主题，以办好人民满意的教育为目标，深入实施“强基、提质、创新、惠民”四大工程，加快建设教育强市，为新时代社会主义现代化强市建设提供坚实支撑。
S 一、|坚持党建引领，全面加强党对教育工作的领导
I 1.|深入学习贯彻党的二十大精神。把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，健全“第一议题”学习制度，组织开展集中轮训、专题宣讲和分众化宣传，推动党的创新理论进教材、进课堂、进头脑。
I 2.|健全学校党建工作体制机制。全面实施中小学校党组织领导的校长负责制，年内实现全市公办中小学全覆盖。修订完善党组织会议、校长办公会议议事规则，建立党组织书记和校长定期沟通制度。
I 3.|提升基层党组织建设质量。深化“一校一品”党建品牌创建，培育市级党建示范校30所、过硬党支部50个。实施教师党支部书记“双带头人”培育工程，推动党建与业务深度融合。
I 4.|驰而不息推进全面从严治党。压紧压实管党治党政治责任，深化清廉学校建设，持续整治“四风”特别是形式主义、官僚主义，严肃查处师生身边的不正之风和腐败问题。
S 二、|坚持立德树人，促进学生全面发展
I 5.|推进大中小学思政课一体化建设。建好用好思政课教研共同体，遴选思政“金课”100节，建设一批红色文化、儒家文化实践教育基地，推动“大思政课”走深走实。
I 6.|全面加强体育美育劳动教育。落实学生每天校内外各1小时体育活动，推进“一校一品”体育特色项目建设；开齐开足美育课程，实施艺术素质测评；建设市级劳动教育实践基地10处。
I 7.|加强学生心理健康教育。健全“学校—家庭—医院—社会”心理健康协同机制，实现中小学心理辅导室全覆盖，每所中学至少配备1名专职心理健康教师。开展新生心理健康测评，建立重点学生“一生一档”。
P 落实心理危机预警干预“绿色通道”，每学期开展不少于2次全员排查，做到早发现、早干预、早转介。
I 8.|纵深推进“双减”工作。坚持校内校外两手抓，提升课后服务质量，推行“5+2”课后服务全覆盖，课后服务学生参与率稳定在95%以上。持续规范校外培训，严厉打击隐形变异违规培训。
S 三、|推进学前教育普及普惠发展
I 9.|扩大普惠性资源供给。新建、改扩建公办幼儿园20所，新增学位5400个，普惠性幼儿园覆盖率稳定在90%以上。
I 10.|提升保育教育质量。开展幼儿园保育教育质量评估，深化幼小科学衔接实验区建设，坚决纠正“小学化”倾向。
I 11.|加强幼儿园规范管理。完善民办幼儿园年检和收费监管制度，开展无证园专项治理，强化安全卫生保健管理。
S 四、|推动义务教育优质均衡发展
I 12.|实施义务教育强校扩优行动。深化集团化办学和城乡学校共同体建设，新组建教育集团12个，优质集团校覆盖率达到70%。
I 13.|推进县域义务教育优质均衡创建。指导曲阜市、邹城市做好国家级优质均衡县迎评工作，其他县市区按照时间节点推进达标建设。
I 14.|深化课程教学改革。全面实施义务教育新课程方案，推进“新课堂达标”活动第3批学校验收，培育省级教学成果奖10项以上。
I 15.|保障特殊群体平等受教育权利。落实进城务工人员随迁子女“两为主、两纳入”政策，完善残疾儿童少年“一人一案”安置，适龄残疾儿童入学率保持在97%以上。
S 五、|促进普通高中多样化特色发展
I 16.|扩大优质普通高中资源。新建、改扩建普通高中6所，新增学位4800个，全面消除普通高中大班额。
I 17.|深化育人方式改革。完善选课走班教学管理，加强学生发展指导，打造科技、人文、体育、艺术等特色高中8所。
I 18.|稳妥推进招生制度改革。落实优质普通高中招生指标分配到初中学校政策，分配比例不低于60%，进一步规范普通高中招生秩序。
S 六、|增强职业教育适应性
I 19.|推进职业教育提质培优。实施中职学校办学条件达标工程，建设省级高水平中职学校和专业群，年内3所学校达到国家标准。
I 20.|深化产教融合校企合作。组建市域产教联合体2个，推动职业院校与规上企业合作，订单培养学生1.5万人。
I 21.|服务技能型社会建设。面向新型职业农民、退役军人等群体开展职业技能培训，全年培训2万人次以上。
S 七、|建设高素质专业化教师队伍
I 22.|加强师德师风建设。把师德师风作为评价教师素质第一标准，开展师德师风建设月活动，对师德失范行为“零容忍”。
I 23.|优化教师资源配置。深化“县管校聘”管理改革，推进城乡教师交流轮岗，年度交流人数不低于符合条件教师总数的10%。
I 24.|提升教师专业能力。实施新一轮名师名校长培养工程，评选市级教学能手200名，完成教师全员培训不少于72学时。
I 25.|保障教师待遇。落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平的要求，完善乡村教师生活补助政策。
S 八、|深化教育数字化转型
I 26.|完善教育新型基础设施。推进校园网络提速扩容，实现中小学千兆光纤全覆盖，建成智慧校园示范校50所。
I 27.|深化信息技术与教育教学融合。实施教师信息技术应用能力提升工程2.0版整校推进，推广国家中小学智慧教育平台常态化应用。
I 28.|提升教育治理数字化水平。建设市级教育大数据中心，推进学籍、资助、招生等业务“一网通办”。
S 九、|深化教育综合改革
I 29.|深化新时代教育评价改革。落实各级党委和政府教育工作评价办法，扭转唯分数、唯升学倾向，完善学校办学质量评价体系。
I 30.|推进依法治教。健全教育行政执法机制，深化“放管服”改革，推进学校章程建设，创建依法治校示范校20所。
I 31.|加强教育督导。完善督导问责机制，开展县级人民政府履行教育职责评价，持续做好责任督学挂牌督导。
S 十、|守牢教育安全稳定底线
I 32.|加强校园安全管理。深化平安校园建设，落实“护学岗”制度，中小学幼儿园专职保安员配备率、一键式紧急报警和视频监控系统联网率均达到100%。
I 33.|强化重点领域风险防控。开展防溺水、交通安全、消防安全、食品安全专项整治，健全校园欺凌防治长效机制。
I 34.|做好教育民生保障。落实学生资助政策，确保家庭经济困难学生应助尽助；做好教育系统信访维稳和舆情应对工作，营造良好教育发展环境。
""",
})

# --------------------------------------------------------------------------- 02: 鹿邑 county plan, 时间/来源 header lines
PAGES.append({
    "slug": "02-luyi-jtj-2024-gzyd",
    "what": "county 教育体育局 工作要点: 发布时间/来源 header line, preamble, 9 sections, items 1．–30． through (full-width dot), multi-paragraph items, &nbsp; indents",
    "url": "http://www.luyi.gov.cn/2024/03-05/158263.html",
    "headers": {"Content-Type": "text/html; charset=utf-8", "Server": "Apache"},
    "encoding": "utf-8",
    "style": "nbsp",
    "expect": {"title": "2024年全县教育体育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-05", "publisher": "鹿邑县教育体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "来源:", "浏览次数", "字体：", "分享：", "网站标识码", "豫ICP备", "上一篇",
                        "下一篇", "鹿邑县人民政府办公室主办"],
    "template": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>2024年全县教育体育工作要点-鹿邑县人民政府</title>
<meta name="keywords" content="鹿邑县,教育体育,工作要点" />
<link href="/templets/default/style/list.css" rel="stylesheet" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body>
<div class="top"><a href="/">鹿邑县人民政府</a>　<a href="/zwgk/">政务公开</a>　<a href="/zwdt/">政务动态</a>　<a href="/bmdt/">部门动态</a>　<a href="/hygq/">互动交流</a></div>
<div class="place"><strong>当前位置:</strong> <a href="/">主页</a> &gt; <a href="/bmdt/">部门动态</a> &gt; <a href="/bmdt/jtj/">教育体育局</a> &gt;</div>
<div class="viewbox">
<div class="title"><h2>2024年全县教育体育工作要点</h2></div>
<div class="info"><small>发布时间:</small>2024-03-05 09:31<small>来源:</small>鹿邑县教育体育局<small>浏览次数:</small><script src="/plus/count.php?view=yes&aid=158263&mid=3" type="text/javascript"></script></div>
<ul class="tool"><li>字体：[<a href="#">大</a>] [<a href="#">中</a>] [<a href="#">小</a>]</li><li>分享：<a href="#" class="bds_weixin"></a><a href="#" class="bds_tsina"></a></li></ul>
<div class="content">
<table width="100%"><tr><td>
{content}
</td></tr></table>
</div>
<div class="context"><ul>
<li>上一篇：<a href="/2024/03-04/158211.html">县教育体育局召开2024年全县教育体育工作会议</a></li>
<li>下一篇：<a href="/2024/03-07/158299.html">鹿邑县2024年春季学期开学工作检查通报</a></li></ul></div>
</div>
<div class="footer">鹿邑县人民政府办公室主办　　网站标识码：4116280013<br />
<a href="https://beian.miit.gov.cn/">豫ICP备10205312号</a>　　<img src="/images/ga.png" />豫公网安备 41162802000041号</div>
</body>
</html>
""",
    "spec": """
P 2024年全县教育体育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大和二十届二中全会精神，认真落实全省、全市教育工作会议和县委经济工作会议部署，围绕“教育强县”目标，聚焦“提质量、补短板、强队伍、保安全”，推动全县教育体育事业高质量发展，努力办好人民满意的教育。
S 一、|坚持党建统领，筑牢教育发展根基
I 1．|强化政治理论武装。坚持把学习贯彻党的二十大精神作为首要政治任务，健全局党组理论学习中心组学习制度，全年开展专题学习不少于12次，推动党员干部学思践悟、知行合一。
I 2．|加强基层党组织建设。开展党支部标准化规范化建设“回头看”，年内创建“五星”党支部20个，推动民办学校党组织应建尽建。
I 3．|扎实推进清廉学校建设。聚焦招生入学、工程建设、物资采购、校园餐等重点领域，开展廉政风险排查，建立问题清单、整改清单、责任清单“三张清单”。
P 深化以案促改，全年组织警示教育不少于2次，持续释放全面从严治党越来越严的强烈信号。
S 二、|落实立德树人，提升育人质量
I 4．|深化思政课程改革。开展思政课教师大练兵活动，组织县级思政优质课评选，推进“思政课程”与“课程思政”同向同行。
I 5．|提升义务教育教学质量。实施“质量提升年”行动，健全教学常规月查、学期评估制度，开展初中学业质量监测，力争中招成绩进入全市前列。
I 6．|推进高中教育提质。完善高中分层教学和走班管理，加强尖子生培养和学困生帮扶，确保2024年高考本科上线人数比上年增长5%以上。
I 7．|加强家校社协同育人。建立县、乡、校三级家长学校，每学期开展家庭教育讲座不少于2次，推动家校沟通常态化。
S 三、|补齐办学短板，改善办学条件
I 8．|加快项目建设进度。实施老城区第二实验学校、真源路小学、涡北镇中心幼儿园等9个新建改扩建项目，总投资2.6亿元，新增学位5600个。
P 其中，真源路小学和涡北镇中心幼儿园确保秋季开学投入使用；老城区第二实验学校主体工程年底前完工。
P 严格落实项目周调度、月通报制度，倒排工期、挂图作战，确保工程质量和安全。
I 9．|消除大班额。通过新建学校、挖潜扩容、调整招生等方式，确保义务教育阶段56人以上大班额动态清零。
I 10．|改善农村学校办学条件。实施农村寄宿制学校改造工程，新建学生宿舍楼3栋、食堂2个，改善1800名寄宿生生活条件。
I 11．|推进教育装备标准化。为农村学校配齐科学、音乐、美术等功能室设备，完成10所学校实验室标准化改造。
S 四、|建强教师队伍，激发队伍活力
I 12．|加强师德师风建设。严格执行《新时代中小学教师职业行为十项准则》，开展师德师风专项整治，对有偿补课、体罚学生等行为“零容忍”。
I 13．|补充教师力量。通过“特岗计划”、公开招聘等途径补充教师260名，重点向农村学校和紧缺学科倾斜。
I 14．|深化县管校聘改革。推进教师交流轮岗，全年交流教师不少于300人，其中骨干教师不少于60人。
I 15．|提升教师专业素养。开展全员培训和骨干教师专项培训，培育县级名师、名班主任各30名，建设县级名师工作室15个。
S 五、|推进学前和特殊教育，促进教育公平
I 16．|推动学前教育普惠发展。新增公办幼儿园4所，确保普惠性幼儿园覆盖率达到88%以上，学前三年毛入园率达到92%。
I 17．|办好特殊教育。落实残疾儿童少年“一人一案”，做好送教上门工作，适龄残疾儿童少年入学率达到96%以上。
I 18．|做好学生资助工作。落实从学前到高中阶段全覆盖资助政策，全年资助学生2.3万人次，确保不让一个学生因家庭经济困难而失学。
S 六、|发展职业教育，服务县域经济
I 19．|推进职业中专提质升级。推动县职业中专申报省级示范性中职学校，新增数控技术、电子商务2个专业。
I 20．|深化校企合作。与县内产业集聚区企业共建实训基地6个，开展订单式培养，毕业生就业率保持在95%以上。
I 21．|开展社会培训。围绕“人人持证、技能河南”建设，开展各类职业技能培训6000人次。
S 七、|发展体育事业，增强人民体质
I 22．|推进学校体育工作。保障学生每天校园体育活动时间不少于1小时，举办全县中小学生田径运动会、篮球联赛等赛事。
I 23．|推进全民健身。新建行政村健身路径30条，举办全民健身赛事活动20场次以上。
I 24．|提升竞技体育水平。加强青少年业余训练，力争在市运会上取得奖牌总数前三名。
S 八、|深化综合改革，提升治理水平
I 25．|深化教育评价改革。完善学校办学质量评价体系，坚决纠正片面追求升学率倾向。
I 26．|规范办学行为。严格落实“五项管理”，持续巩固“双减”成果，开展规范办学行为专项督查。
I 27．|强化教育督导。完善县级督学队伍，实施责任督学挂牌督导全覆盖，每月对责任区学校督导不少于1次。
S 九、|守牢安全底线，维护和谐稳定
I 28．|加强校园安全管理。落实校园安全“人防、物防、技防”措施，开展安全隐患大排查大整治，确保全年不发生重大安全责任事故。
I 29．|抓好防溺水工作。落实“六不”要求，发挥乡镇、村组、学校、家庭“四位一体”作用，坚决遏制学生溺水事故发生。
I 30．|做好信访稳定工作。健全矛盾纠纷排查化解机制，及时回应群众关切，确保教育系统和谐稳定。
""",
})

# --------------------------------------------------------------------------- 03: 翠屏 district plan, items restart per section
PAGES.append({
    "slug": "03-cuiping-jtj-2024-gzyd",
    "what": "district 教育和体育局 plan: metadata only in <meta> tags, 8 sections, items 1、 restarting in every section, <span> font soup",
    "url": "https://www.cuiping.gov.cn/zwgk/bmxxgk/qjtj/ghjh/content_1820345.html",
    "headers": {"Content-Type": "text/html;charset=utf-8", "Server": "openresty"},
    "encoding": "utf-8",
    "style": "span",
    "expect": {"title": "翠屏区2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-02-28", "publisher": "宜宾市翠屏区教育和体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["字号", "打印", "关闭", "网站标识码", "蜀ICP备", "我要纠错", "分享至", "宜宾市翠屏区人民政府办公室"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta charset="utf-8">
<meta name="SiteName" content="宜宾市翠屏区人民政府">
<meta name="SiteDomain" content="www.cuiping.gov.cn">
<meta name="SiteIDCode" content="5115020001">
<meta name="ColumnName" content="规划计划">
<meta name="ColumnType" content="规划计划">
<meta name="ArticleTitle" content="翠屏区2024年教育工作要点">
<meta name="PubDate" content="2024-02-28 16:20">
<meta name="ContentSource" content="宜宾市翠屏区教育和体育局">
<meta name="Keywords" content="教育,工作要点">
<title>翠屏区2024年教育工作要点 - 宜宾市翠屏区人民政府</title>
<link rel="stylesheet" href="/static/css/detail.css">
</head>
<body>
<div id="header"><div class="wrap"><a class="logo" href="/"><img src="/static/img/logo.png" alt="宜宾市翠屏区人民政府"></a>
<div class="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjcp/">走进翠屏</a></div></div></div>
<div class="wrap bread"><a href="/">首页</a> / <a href="/zwgk/">政务公开</a> / <a href="/zwgk/bmxxgk/">部门信息公开</a> / <a href="/zwgk/bmxxgk/qjtj/">区教育和体育局</a> / 规划计划</div>
<div class="wrap detail">
<h2 class="detail-title">翠屏区2024年教育工作要点</h2>
<div class="detail-tools"><span class="zh">字号：<a href="javascript:;" data-size="18">大</a><a href="javascript:;" data-size="16">中</a><a href="javascript:;" data-size="14">小</a></span>
<span class="fx">分享至：<a class="wechat" href="javascript:;"></a><a class="weibo" href="javascript:;"></a></span>
<a href="javascript:window.print();">打印</a><a href="javascript:window.close();">关闭</a></div>
<div class="detail-content" id="NewsContent">
{content}
</div>
</div>
<div id="footer"><div class="wrap">
<p>主办：宜宾市翠屏区人民政府办公室　承办：宜宾市翠屏区大数据中心</p>
<p>网站标识码：5115020001　<a href="https://beian.miit.gov.cn">蜀ICP备12004856号-1</a>　<a href="https://zfwzzc.www.gov.cn/">我要纠错</a></p>
</div></div>
<script src="/static/js/jquery.min.js"></script>
<script>$('.zh a').on('click',function(){$('#NewsContent').css('font-size',$(this).data('size')+'px');});</script>
</body>
</html>
""",
    "spec": """
P 2024年，全区教育工作以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神和全国、全省、全市教育大会部署，紧扣“建设长江上游区域教育高地核心区”目标，坚持稳中求进、提质增效，奋力推动翠屏教育由“基本均衡”迈向“优质均衡”。
S 一、|加强党的全面领导
I 1、|深化理论武装。持续深化习近平新时代中国特色社会主义思想学习教育，健全学校党组织理论学习中心组学习制度，推动党的创新理论在教育系统落地生根。
I 2、|落实党组织领导的校长负责制。健全党组织会议和校长办公会议决策机制，年内完成全区中小学校章程修订。
I 3、|夯实基层党建。实施“红烛先锋”党建品牌培育计划，打造市级以上党建示范学校5所，推进党员教师“亮身份、亮承诺、亮实绩”。
I 4、|推进党风廉政建设。强化对招生、采购、基建等重点环节的监督，开展“校园餐”突出问题专项整治。
S 二、|促进学生全面发展
I 1、|上好思政课。推进大中小学思政课一体化建设，建设区级思政课名师工作室3个，组织开展“红色翠屏”研学实践活动。
I 2、|强化体育美育。全面落实体育与健康课时，推进“一校一品”“一生一技”，学生体质健康测试优良率提高到55%以上。
I 3、|加强劳动教育。建设区级劳动教育实践基地4个，每周劳动教育课时不少于1节。
I 4、|守护学生心理健康。配齐配强心理健康教师，建成区未成年人心理健康辅导中心，开展心理健康普测，建立预警台账。
S 三、|推进学前教育普惠发展
I 1、|扩大优质普惠资源。新建李庄镇中心幼儿园、白沙湾幼儿园等公办园3所，新增学位1080个，公办园在园幼儿占比达到55%。
I 2、|提升保教质量。开展幼儿园保育教育质量自评，推进县域学前教育普及普惠督导评估，创建市级示范园2所。
I 3、|规范办园行为。开展民办幼儿园规范办园专项检查，严格执行收费公示制度。
S 四、|推进义务教育优质均衡
I 1、|优化学校布局。启动南岸东区九年一贯制学校建设，完成宜宾三中初中部扩建，新增学位2700个。
I 2、|深化集团化办学。新组建紧密型教育集团4个，实现城乡学校结对帮扶全覆盖。
I 3、|提高课堂教学质量。推进“学为中心”课堂改革，开展全区教学视导和学科质量分析，组织优质课展评活动。
I 4、|巩固“双减”成果。提升作业设计和课后服务质量，推进“5+2”课后服务提质扩面，课后服务参与率保持在90%以上。
S 五、|推动高中阶段教育多样化发展
I 1、|提升普通高中办学水平。支持区属高中创建省级示范性普通高中，深化新课程新教材实施。
I 2、|加强职业教育建设。推进翠屏区职业技术学校与宜宾职业技术学院中高职贯通培养，开设五年制专业3个。
I 3、|推进普职融通。在2所普通高中开设职业技术选修课程，探索综合高中试点。
S 六、|建设高素质教师队伍
I 1、|加强师德师风建设。开展师德师风专题教育，将师德表现作为教师评优评先、职称评聘的首要条件。
I 2、|补充优化教师队伍。公开招聘教师180名，引进优秀高层次人才20名，完成中小学教师“县管校聘”第3批岗位竞聘。
I 3、|培育名师名校长。实施“翠屏名师”培养工程，评选区级骨干教师150名、学科带头人50名。
I 4、|落实教师待遇。落实义务教育教师工资待遇保障机制，按时足额发放各项津补贴。
S 七、|深化教育改革和治理
I 1、|推进教育数字化。建设“智慧翠屏教育”平台2.0版，推进智慧课堂试点学校15所。
I 2、|深化评价改革。完善中小学校办学质量评价，探索学生综合素质评价改革。
I 3、|加强教育督导。完善督学责任区制度，开展学校办学行为专项督导。
S 八、|守牢校园安全底线
I 1、|压实安全责任。落实校园安全“党政同责、一岗双责”，签订安全目标责任书，开展安全隐患排查整治。
I 2、|加强安全教育。开展防溺水、防性侵、防欺凌等专题教育，组织应急疏散演练每学期不少于2次。
I 3、|做好食品安全。落实校长陪餐制度，推进“明厨亮灶”全覆盖，确保学校食品安全。
""",
})

# --------------------------------------------------------------------------- 04: 咸宁 city plan, （一） items with 1. sub-items
PAGES.append({
    "slug": "04-xianning-jyj-2024-gzyd",
    "what": "city 教育局 plan: dl/dt/dd 信息公开 block with 文号, 7 sections, （一） items restarting per section, 1. sub-items under some items (heading-only and sentence items)",
    "url": "http://jyj.xianning.gov.cn/zwgk/zc/gfxwj/202403/t20240301_3301754.shtml",
    "headers": {"Content-Type": "text/html", "Server": "Tengine"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "2024年全市教育工作要点", "notice_title": None,
               "index_no": "11421200011085738F/2024-01836", "doc_no": "咸教发〔2024〕2号", "pub_date": "2024-03-01",
               "publisher": "咸宁市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"title": "咸宁市2024年全市教育工作要点"},
    "must_not_appear": ["索引号", "发文机关", "发文字号", "效力状态", "网站标识码", "鄂ICP备", "【打印】", "【关闭】",
                        "扫码在手机上查看", "咸宁市教育局版权所有"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>2024年全市教育工作要点</title>
<link href="/images/common.css" rel="stylesheet">
<script type="text/javascript" src="/images/jquery.js"></script>
</head>
<body>
<div class="head"><div class="w1200"><img src="/images/banner.jpg" alt="咸宁市教育局"></div>
<div class="nav w1200"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/jyyw/">教育要闻</a><a href="/bsfw/">办事服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="w1200 dqwz">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/zwgk/zc/">政策</a> &gt;&gt; 规范性文件</div>
<div class="w1200 xxgk_table">
<dl><dt>索引号：</dt><dd>11421200011085738F/2024-01836</dd></dl>
<dl><dt>发文机关：</dt><dd>咸宁市教育局</dd></dl>
<dl><dt>主题分类：</dt><dd>教育</dd></dl>
<dl><dt>发文字号：</dt><dd>咸教发〔2024〕2号</dd></dl>
<dl><dt>成文日期：</dt><dd>2024年02月26日</dd></dl>
<dl><dt>发布日期：</dt><dd>2024年03月01日</dd></dl>
<dl><dt>效力状态：</dt><dd>有效</dd></dl>
<dl class="long"><dt>标题：</dt><dd>2024年全市教育工作要点</dd></dl>
</div>
<div class="w1200 article">
<div class="article_title">2024年全市教育工作要点</div>
<div class="TRS_Editor_replaced" id="con_text">
{content}
</div>
<div class="article_tools"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a>
<div class="ewm"><img src="/images/ewm.png"><span>扫码在手机上查看</span></div></div>
</div>
<div class="foot"><div class="w1200">
<p>咸宁市教育局版权所有　地址：咸宁市咸安区银泉大道318号</p>
<p>网站标识码：4212000029　<a href="https://beian.miit.gov.cn/" target="_blank">鄂ICP备05004817号</a></p>
</div></div>
</body>
</html>
""",
    "spec": """
P 2024年全市教育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实省委、市委决策部署，以建设“香城泉都·幸福咸宁”为引领，坚持教育优先发展，深化教育综合改革，加快建设高质量教育体系，为全面建设社会主义现代化咸宁提供人才和智力支撑。
S 一、|坚持和加强党对教育工作的全面领导
I （一）|强化思想政治引领。深入学习贯彻习近平总书记关于教育的重要论述，健全教育系统“第一议题”制度，开展党的创新理论“六进”宣讲活动。
I （二）|全面加强学校党的建设。
U 1.|全面推行中小学校党组织领导的校长负责制，健全配套制度，开展落实情况专项督查。
U 2.|实施基层党组织“强基固本”工程，创建市级党建示范学校20所。
U 3.|加强民办学校党建工作，实现党的组织和党的工作全覆盖。
I （三）|压实意识形态工作责任。落实意识形态工作责任制，加强课堂、教材、讲座论坛和校园网络阵地管理，严防宗教渗透校园。
I （四）|持续推进全面从严治党。强化政治监督，深入开展清廉学校建设，持续整治群众身边不正之风和腐败问题。
S 二、|落实立德树人根本任务
I （一）|深化思政教育一体化。统筹推进大中小学思政课一体化建设，培育思政“大先生”工作室10个，开发“红色咸宁”思政课程资源。
I （二）|促进学生身心健康发展。
U 1.|实施学生体质健康提升工程，确保中小学生每天校内体育活动时间不少于1小时，国家学生体质健康标准达标率达到92%以上。
U 2.|推进美育浸润行动，每名学生至少掌握1项艺术特长。
U 3.|完善学生心理健康工作体系，中小学心理健康教师配备率达到100%，建立市、县、校三级心理危机干预机制。
I （三）|加强劳动教育和科学教育。建设市级劳动教育示范基地8个，组织青少年科技创新大赛，推进科学教育实验区建设。
I （四）|构建协同育人机制。办好家长学校，推进“家校社”协同育人“教联体”建设，每个县市区建成1个家庭教育指导服务中心。
S 三、|推动基础教育扩优提质
I （一）|推进学前教育普及普惠。新增公办幼儿园学位3000个，普惠性幼儿园覆盖率达到92%，学前三年毛入园率保持在95%以上。
I （二）|推进义务教育优质均衡发展。以县域义务教育优质均衡发展为目标，统筹推进城乡学校建设和管理。
U 1.|实施新一轮义务教育学校标准化建设，新建、改扩建中小学校15所，新增学位9000个。
U 2.|深化城乡教育共同体建设，组建城乡学校共同体40个，实现乡镇学校全覆盖。
P 鼓励共同体学校在教师研修、课程资源、质量评价等方面一体化管理，推动城乡学校携手发展。
U 3.|推进赤壁市申报国家义务教育优质均衡发展县，其他县市区完成阶段性达标任务。
I （三）|推进普通高中特色发展。实施县域普通高中振兴计划，支持咸宁高中、赤壁一中等学校创建特色示范高中，全市普通高中特色学校达到6所。
I （四）|办好特殊教育和专门教育。推进特殊教育学校标准化建设，适龄残疾儿童少年义务教育入学率达到97%以上。
S 四、|推动职业教育和高等教育高质量发展
I （一）|深化职普融通产教融合。推进市域产教联合体建设，支持咸宁职业技术学院建设省级“双高”院校。
I （二）|优化中职学校布局。整合中职教育资源，年内全市中职学校办学条件达标率达到100%。
I （三）|支持湖北科技学院内涵发展。推动市校合作项目落地，服务咸宁经济社会发展。
S 五、|建设高素质专业化教师队伍
I （一）|加强师德师风建设。
U 1.|将师德师风教育纳入教师培训必修内容，每年不少于6学时。
U 2.|建立师德失范行为通报警示制度，实行师德“一票否决”。
I （二）|提升教师专业能力。实施“香城名师”培养工程，新遴选市级名师、名班主任、名校长各20名，完成中小学教师全员培训3.2万人次。
I （三）|深化教师管理制度改革。推进义务教育教师“县管校聘”改革，年内城乡教师交流轮岗1200人以上。
I （四）|保障教师待遇。落实中小学教师平均工资收入水平不低于当地公务员平均工资收入水平政策，提高乡村教师生活补助标准。
S 六、|深化教育改革创新
I （一）|推进教育评价改革。落实深化新时代教育评价改革总体方案，完善县域教育质量评价体系，坚决克服“五唯”顽瘴痼疾。
I （二）|推进教育数字化转型。实施“智慧教育”提升行动，建成市级智慧教育平台，创建省级智慧教育示范校10所。
I （三）|深化教育督导改革。
U 1.|开展县级人民政府履行教育职责评价，督导结果作为考核评价的重要依据。
U 2.|完善责任督学挂牌督导机制，实现中小学幼儿园全覆盖。
S 七、|守牢教育安全稳定底线
I （一）|加强校园安全管理。深化平安校园建设，健全校园安全风险防控体系，专职保安员配备率达到100%。
I （二）|抓好学生安全教育。开展防溺水、防交通事故、防校园欺凌等专项教育，强化应急演练。
I （三）|维护教育系统稳定。做好教育信访工作，及时化解矛盾纠纷，确保教育系统和谐稳定。
""",
})

# --------------------------------------------------------------------------- 05: 平度 report, （一） items with 一是/二是
PAGES.append({
    "slug": "05-pingdu-jtj-2024-zongjie",
    "what": "county-level city 工作总结: 发布日期/信息来源 header spans, 6 sections (one text-only), （一） items restarting per section, 一是/二是/三是 inline in the item paragraph and as their own paragraphs, <div> paragraphs",
    "url": "http://www.pingdu.gov.cn/n3318/n3330/n3334/c26015478/content.html",
    "headers": {"Content-Type": "text/html; charset=UTF-8", "Server": "nginx/1.20.1"},
    "encoding": "utf-8",
    "style": "div",
    "expect": {"title": "平度市教育和体育局2024年工作总结", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2025-01-08", "publisher": "平度市教育和体育局", "plan_year": 2024, "doc_kind": "report"},
    "must_not_appear": ["发布日期", "信息来源", "阅读次数", "【大】", "打印此页", "分享到", "网站标识码", "鲁ICP备",
                        "版权所有：平度市人民政府"],
    "template": """<!doctype html>
<html>
<head>
<meta charset="UTF-8">
<meta name="description" content="平度市教育和体育局2024年工作总结">
<title>平度市教育和体育局2024年工作总结-平度市人民政府</title>
<link rel="stylesheet" href="/css/page.css">
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="https://hm.baidu.com/hm.js?5f1c3b";document.head.appendChild(hm);})();</script>
</head>
<body>
<div class="topbar">欢迎访问平度市人民政府网站　<a href="/wza/">无障碍</a>　<a href="/en/">English</a></div>
<div class="menu"><a href="/">网站首页</a><a href="/n3318/">政务公开</a><a href="/n3319/">政务服务</a><a href="/n3320/">政民互动</a><a href="/n3321/">魅力平度</a></div>
<div class="location">您当前的位置：<a href="/">首页</a> &gt; <a href="/n3318/">政务公开</a> &gt; <a href="/n3318/n3330/">部门动态</a> &gt; 教育和体育局</div>
<div class="main-article">
<h1>平度市教育和体育局2024年工作总结</h1>
<div class="article-info"><span>发布日期：2025-01-08</span><span>信息来源：平度市教育和体育局</span><span>阅读次数：<em id="hits">1265</em></span>
<span class="size">【<a href="javascript:setSize(18)">大</a>】【<a href="javascript:setSize(16)">中</a>】【<a href="javascript:setSize(14)">小</a>】</span></div>
<div class="article-body" id="zoom">
{content}
</div>
<div class="article-foot"><a href="javascript:window.print()">打印此页</a>　<span class="share">分享到：<a class="qq" href="#"></a><a class="wx" href="#"></a></span></div>
</div>
<div class="footer"><p>版权所有：平度市人民政府　承办：平度市大数据发展中心</p><p>网站标识码：3702830006　鲁ICP备10201638号　鲁公网安备37028302000110号</p></div>
<script>function setSize(n){document.getElementById('zoom').style.fontSize=n+'px';}</script>
</body>
</html>
""",
    "spec": """
P 2024年，市教育和体育局在市委、市政府的坚强领导下，坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，围绕“办好人民满意的教育”目标，攻坚克难、真抓实干，各项工作取得新成效。现将有关情况总结如下：
S 一、|坚持党建引领，教育发展根基更加牢固
I （一）|理论武装持续深化。
X 一是|健全“第一议题”制度，局党组全年开展理论学习中心组学习14次；
X 二是|组织党的二十届三中全会精神专题宣讲46场，覆盖师生3.8万人次；
X 三是|开展“书记讲党课”活动，各级党组织书记讲党课210余场。
I （二）|基层党建提质增效。全面落实中小学校党组织领导的校长负责制，全市126所公办中小学全部完成党组织设置调整；创建青岛市级党建品牌学校8所，评选“红烛先锋”党员教师100名。
I （三）|作风建设持续加强。
U 一是|深化清廉学校建设，出台《平度市清廉学校建设实施方案》，建成清廉学校示范点15个。
U 二是|开展校园餐专项整治，排查问题42个，全部整改到位。
U 三是|持续整治形式主义为基层减负，精简各类检查评比事项30%。
S 二、|聚焦立德树人，学生综合素养明显提升
I （一）|思政育人成效明显。
X 一是|建成“大思政课”实践教学基地20处；
X 二是|组织“红色平度”主题研学活动，参与学生2.6万人次。
I （二）|“五育”融合深入推进。学生体质健康优良率达到56.8%，较上年提高3.2个百分点；在青岛市中小学生运动会上获得金牌27枚；新建市级劳动教育实践基地6处。
I （三）|心理健康教育全面加强。
U 一是|配齐专兼职心理健康教师，全市中小学心理辅导室实现全覆盖。
U 二是|开展学生心理健康全员测评，建立“一生一档”心理健康档案4.1万份。
P 对筛查出的重点关注学生落实“一对一”跟踪帮扶，全年未发生因心理问题引发的极端事件。
S 三、|聚焦优质均衡，教育资源供给持续扩大
I （一）|学校建设加快推进。实施新建、改扩建学校项目11个，其中平度经济开发区第二小学、同和街道中心幼儿园等7个项目投入使用，新增学位6300个。
I （二）|学前教育普惠发展。
X 一是|新增公办幼儿园5所，公办园在园幼儿占比达到62%；
X 二是|创建省级示范幼儿园2所；
X 三是|深化幼小衔接，实现全市幼儿园、小学结对全覆盖。
I （三）|义务教育优质均衡。组建城乡教育共同体32个，实现农村学校全覆盖；“5+2”课后服务实现有需求学生全覆盖，参与率达96.5%。
I （四）|高中阶段教育多样发展。平度一中入选山东省首批科技特色高中；职业中专与青岛职业技术学院开展“3+2”贯通培养，新增专业2个。
S 四、|聚焦队伍建设，教师队伍活力充分激发
I （一）|师德师风持续向好。开展师德师风专项整治，查处违规有偿补课问题3起，通报典型案例2批。
I （二）|教师补充机制更加完善。
U 一是|公开招聘教师320名，其中研究生以上学历86名。
U 二是|推进“县管校聘”改革，交流轮岗教师412名，其中骨干教师93名。
I （三）|教师专业成长提速。新评选平度市名师、名班主任各40名，1人入选齐鲁名师建设工程人选，完成教师全员培训1.2万人次。
S 五、|存在的问题
P 一年来，全市教育工作虽然取得了一定成绩，但也存在一些短板和不足：城区学位供给仍然偏紧，部分农村学校生源流失较多；优质教育资源总量不足，城乡之间、校际之间办学水平仍有差距；教师队伍结构性矛盾依然存在，音体美、心理健康等学科教师相对短缺。
S 六、|2025年工作打算
I （一）|持续加强党的建设。深化党组织领导的校长负责制，打造一批党建与业务深度融合的示范学校。
I （二）|加快推进学校建设。
X 一是|开工建设新建学校项目6个，新增学位4500个；
X 二是|完成农村学校厕所、食堂改造提升工程。
I （三）|全面提升教育质量。深化课堂教学改革，加强普通高中强基计划和拔尖创新人才培养，确保高考、中考成绩稳中有升。
I （四）|建强教师队伍。全年补充教师300名，培养青岛市级以上名师30名。
I （五）|守牢安全稳定底线。深化平安校园建设，持续开展防溺水、校园欺凌等专项治理，确保教育系统安全稳定。
""",
})

# --------------------------------------------------------------------------- 06: 定边 notice wrapping a plan, GBK declared gb2312
PAGES.append({
    "slug": "06-dingbian-notice-2025-gzyd",
    "what": "county notice 关于印发《…》的通知 wrapping a long plan: GBK declared gb2312 with the GBK-only 珺, 文号 line only in the body, addressee, signature and date, the plan title again, preamble, 9 sections, items 1.–32. through",
    "url": "http://www.dingbian.gov.cn/zwgk/bmxxgk/jytyj/202502/t20250224_1762318.html",
    "headers": {"Content-Type": "text/html", "Server": "Microsoft-IIS/8.5", "X-Powered-By": "ASP.NET"},
    "encoding": "gbk",
    "style": "p",
    "expect": {"title": "2025年全县教育工作要点", "notice_title": "关于印发《2025年全县教育工作要点》的通知",
               "index_no": None, "doc_no": "定教体发〔2025〕6号", "pub_date": "2025-02-24",
               "publisher": "定边县教育和体育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "来源：", "浏览量", "【字体", "【打印】", "【关闭】", "网站标识码", "陕ICP备",
                        "上一条", "下一条", "定边县人民政府办公室主办"],
    "template": """<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>关于印发《2025年全县教育工作要点》的通知_定边县人民政府</title>
<link href="/css/main.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<table width="1000" align="center" class="top"><tr><td><img src="/images/top_banner.jpg"></td></tr>
<tr><td class="nav"><a href="/">首页</a>|<a href="/zwgk/">政务公开</a>|<a href="/zwdt/">政务动态</a>|<a href="/zmhd/">政民互动</a>|<a href="/zjdb/">走进定边</a></td></tr></table>
<table width="1000" align="center"><tr><td class="weizhi">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/jytyj/">教育和体育局</a></td></tr></table>
<table width="1000" align="center" class="article">
<tr><td class="biaoti" align="center"><h3>关于印发《2025年全县教育工作要点》的通知</h3></td></tr>
<tr><td class="xinxi" align="center">发布时间：2025-02-24　　来源：定边县教育和体育局　　作者：　　浏览量：<span id="count">862</span></td></tr>
<tr><td align="right" class="zihao">【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
<tr><td class="zhengwen" id="fontzoom">
{content}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></td></tr>
<tr><td class="sxt">上一条：<a href="/zwgk/bmxxgk/jytyj/202502/t20250219_1760025.html">定边县2025年春季学期开学工作通知</a><br>下一条：<a href="/zwgk/bmxxgk/jytyj/202503/t20250303_1765102.html">定边县2025年教育系统安全工作要点</a></td></tr>
</table>
<table width="1000" align="center" class="foot"><tr><td>定边县人民政府办公室主办　定边县大数据服务中心承办<br>
网站标识码：6108250015　<a href="https://beian.miit.gov.cn/">陕ICP备08003274号</a>　陕公网安备 61082502000105号</td></tr></table>
</body>
</html>
""",
    "spec": """
H 定教体发〔2025〕6号
P 各镇（街道）中心学校，县直各学校、幼儿园，局机关各股室：
P 现将《2025年全县教育工作要点》印发给你们，请结合工作实际，认真抓好贯彻落实。
C 定边县教育和体育局
C 2025年2月20日
C （此件公开发布）
H 2025年全县教育工作要点
P 2025年是“十四五”规划收官之年，也是谋划“十五五”教育发展的关键之年。全县教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届三中全会精神，认真落实全国教育大会部署，坚持把立德树人作为根本任务，以促进公平和提高质量为主线，深化教育改革，强化安全保障，加快建设县域教育强县，努力办好人民满意的教育。
S 一、|坚持党的全面领导，筑牢教育发展政治根基
I 1.|深入学习贯彻党的二十届三中全会精神。将全会精神纳入各级党组织理论学习中心组学习、教师培训和学生思政课的重要内容，组织开展专题宣讲不少于50场。
I 2.|健全党组织领导的校长负责制。完善学校党组织会议、校长办公会议议事规则，建立党组织书记与校长定期沟通机制，推动制度落地见效。
I 3.|提升基层党组织组织力。开展党支部“星级创建”活动，年内创建“五星”党支部15个，推动党建工作与教育教学深度融合。
I 4.|深化清廉学校建设。聚焦招生考试、校园餐、教辅征订、工程项目等重点领域，开展廉政风险排查和专项治理，持续整治群众身边不正之风。
S 二、|坚持立德树人，促进学生全面发展
I 5.|推进思政课一体化建设。建立县域大中小学思政课教研联盟，用好陕北红色资源，打造“红色定边”思政精品课程20节。
I 6.|强化体育美育和劳动教育。落实中小学生每天综合体育活动时间不少于2小时，开展“班班有歌声”和“一校一品”艺术展演；建设校内劳动实践园地30个。
I 7.|加强学生心理健康工作。每所中小学配备1名以上专（兼）职心理健康教师，开展新生心理测评，完善心理危机“筛查—干预—转介”机制。
I 8.|巩固“双减”工作成果。落实作业管理、睡眠管理等“五项管理”规定，推行“5+2”课后服务，课后服务参与率保持在95%以上，持续治理违规校外培训。
S 三、|推进学前教育普及普惠，办好群众家门口的幼儿园
I 9.|扩大普惠性资源。新建县第九幼儿园，改扩建堆子梁镇中心幼儿园，新增学位630个，普惠性幼儿园覆盖率稳定在95%以上。
I 10.|提高保教质量。深化幼小科学衔接，开展幼儿园保育教育质量评估，防止和纠正“小学化”倾向。
I 11.|加强民办园管理。严格民办幼儿园年检，规范收费行为，落实安全管理责任。
S 四、|推进义务教育优质均衡，促进城乡教育一体化
I 12.|优化城乡学校布局。完成珺瑶路小学、县第三中学教学楼等项目建设，新增学位1800个，有效缓解城区学校大班额问题。
P 同步推进农村小规模学校和寄宿制学校建设，改善农村学校住宿、就餐条件，保障农村学生就近入学。
I 13.|深化集团化办学。组建城乡教育集团8个，实行管理、教研、评价一体化，推动优质教育资源向农村延伸。
I 14.|提升课堂教学质量。推进“三段六环”课堂教学改革第3批实验校建设，组织教学能手、教学新秀评选活动。
I 15.|做好控辍保学工作。落实控辍保学“双线四级”责任制，义务教育巩固率保持在99%以上。
S 五、|推进高中阶段教育多样化发展
I 16.|提升普通高中办学质量。加强高三备考研究，推进新课程新教材实施，力争2025年高考本科上线率较上年提高2个百分点。
I 17.|推进特色高中建设。支持定边中学创建省级示范高中，县第四中学打造科技特色高中。
I 18.|发展现代职业教育。围绕县域能源化工、现代农业等产业，优化县职教中心专业设置，新建实训基地2个，开展社会培训4000人次。
S 六、|加强教师队伍建设，激发队伍创新活力
I 19.|加强师德师风建设。开展师德师风警示教育，建立师德档案，对违反师德行为严肃查处。
I 20.|补充优秀教师。通过公开招聘、特岗计划、公费师范生等渠道补充教师150名。
I 21.|提升教师专业能力。实施“名师+”研修共同体建设，培育县级学科带头人60名、教学能手120名，完成教师全员培训不少于72学时。
I 22.|推进教师交流轮岗。深化“县管校聘”改革，年内交流轮岗教师200名以上，引导优秀教师向农村学校流动。
S 七、|深化教育改革，提升教育治理水平
I 23.|推进教育评价改革。完善学校办学质量和教师绩效考核评价办法，树立科学的教育政绩观和质量观。
I 24.|推进教育数字化。实施智慧校园建设工程，推进国家智慧教育平台应用，教师信息技术应用能力提升工程2.0版整校推进全覆盖。
I 25.|强化教育督导。落实责任督学挂牌督导制度，开展规范办学行为专项督导，督导结果作为考核的重要依据。
I 26.|推进依法治校。开展学校章程修订，创建县级依法治校示范校10所。
S 八、|强化条件保障，提高经费使用效益
I 27.|落实经费投入。确保一般公共预算教育支出逐年只增不减，按在校生人数平均的一般公共预算教育支出逐年只增不减。
I 28.|加强经费管理。规范学校财务管理，开展内部审计，提高资金使用效益。
I 29.|做好学生资助。落实各学段资助政策，全年资助学生1.2万人次，做到应助尽助。
S 九、|守牢安全底线，维护教育系统和谐稳定
I 30.|加强校园安全管理。落实校园安全“六项机制”，开展安全隐患排查整治，确保“一键式报警”和视频监控联网率达到100%。
I 31.|抓好专项安全工作。扎实开展防溺水、交通安全、食品安全和消防安全专项整治，严防校园欺凌。
I 32.|维护和谐稳定。健全教育系统矛盾纠纷排查化解机制，做好信访工作和网络舆情应对，确保教育系统安全稳定。
""",
})

# --------------------------------------------------------------------------- 07: 湄潭 county plan, GBK named only in the HTTP header
PAGES.append({
    "slug": "07-meitan-jyj-2025-gzyd",
    "what": "county 教育局 plan on an old table site: GBK with the charset only in the HTTP header (no <meta> charset), paragraphs split by <br /> in one cell with full-width-space indents, 8 sections, items 1.–26. through",
    "url": "http://www.meitan.gov.cn/zwgk/bmxxgk/xjyj/ghjh_5776655/202503/t20250318_86712452.html",
    "headers": {"Content-Type": "text/html; charset=GBK", "Server": "nginx", "Content-Language": "zh-CN"},
    "encoding": "gbk",
    "style": "br",
    "expect": {"title": "湄潭县教育局2025年工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2025-03-18", "publisher": "湄潭县教育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "来源：", "点击数", "字号：", "打印本页", "关闭窗口", "网站标识码", "黔ICP备",
                        "湄潭县人民政府办公室", "扫一扫"],
    "template": """<html>
<head>
<title>湄潭县教育局2025年工作要点--湄潭县人民政府</title>
<meta name="keywords" content="湄潭县教育局">
<style type="text/css">td{font-size:14px;line-height:28px}.bt{font-size:20px;font-weight:bold;color:#c00}</style>
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td><img src="/images/top.jpg" width="980" height="160"></td></tr>
<tr><td class="nav" bgcolor="#b80000"><a href="/">首页</a>　<a href="/zwgk/">政务公开</a>　<a href="/zwfw/">政务服务</a>　<a href="/hdjl/">互动交流</a>　<a href="/mlmt/">魅力湄潭</a></td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td height="30">&nbsp;<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/xjyj/">县教育局</a> &gt; 规划计划</td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#ffffff">
<tr><td align="center" class="bt" height="60">湄潭县教育局2025年工作要点</td></tr>
<tr><td align="center" height="30" bgcolor="#f5f5f5">发布时间：2025年03月18日　　来源：湄潭县教育局　　点击数：<script>document.write(Math.floor(Math.random()*100+300))</script>　　字号：<a href="#" onclick="setFont(16)">T</a>|<a href="#" onclick="setFont(14)">T</a></td></tr>
<tr><td style="padding:20px 40px" id="textcontent">
{content}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">打印本页</a>　<a href="javascript:window.close()">关闭窗口</a></td></tr>
<tr><td align="center"><img src="/images/ewm.jpg" width="100"><br>扫一扫在手机打开当前页</td></tr>
</table>
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center" class="bottom">
<tr><td align="center">主办：湄潭县人民政府办公室　　联系电话：0851-24221001<br>
网站标识码：5203280008　　<a href="https://beian.miit.gov.cn/">黔ICP备13002251号-1</a>　　黔公网安备 52032802000116号</td></tr>
</table>
</body>
</html>
""",
    "spec": """
P 2025年全县教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届三中全会精神，全面落实全国教育大会和省委、市委教育工作部署，围绕“教育强县”建设目标，坚持稳中求进工作总基调，着力补短板、强弱项、提质量，推动全县教育高质量发展。
S 一、|加强党的建设，把牢教育发展方向
I 1.|加强理论学习。落实“第一议题”制度，组织全县教育系统党员干部开展集中学习研讨，确保学习全覆盖。
I 2.|夯实基层基础。全面落实中小学校党组织领导的校长负责制，推进党支部标准化规范化建设，创建县级党建示范校10所。
I 3.|强化作风建设。持续深化“四风”整治，开展教育系统作风建设专项行动，推动干部职工转作风、提效能。
S 二、|坚持五育并举，落实立德树人根本任务
I 4.|深化德育工作。推进“红色基因代代传”主题教育，用好湄江红色资源和茶文化资源，开发地方德育课程2门。
I 5.|加强体育美育。开齐开足体育与艺术课程，开展“阳光体育”大课间评比，举办全县中小学生运动会和艺术节。
I 6.|推进劳动教育。依托茶园、果园等资源建设劳动实践基地5个，每名学生每学年参加劳动实践不少于40小时。
I 7.|关注心理健康。完善学生心理健康监测预警机制，开展心理健康月活动，每所学校建立心理辅导室。
S 三、|发展学前教育，提高普惠水平
I 8.|扩充普惠资源。新建湄江街道第四幼儿园，新增学位360个，学前三年毛入园率保持在93%以上。
I 9.|提高保教质量。开展保教质量评估，推进城乡幼儿园结对帮扶，遏制“小学化”倾向。
S 四、|推进义务教育优质均衡发展
I 10.|改善办学条件。实施义务教育薄弱环节改善与能力提升项目，投入资金8600万元，完成13所学校校舍改造和设施设备更新。
I 11.|提升教育质量。实施“质量立校”工程，强化教学常规管理，开展学科质量监测，力争中考平均成绩位居全市前列。
I 12.|深化“双减”工作。严控书面作业总量，提高课后服务质量，规范校外培训机构管理。
I 13.|推进集团化办学。组建城乡学校共同体6个，推动优质教育资源共享。
S 五、|推进高中教育和职业教育特色发展
I 14.|提升普通高中质量。加强高考研究，实施分层教学，力争2025年高考一本上线人数突破500人。
I 15.|发展职业教育。推进县中等职业学校茶叶生产与加工专业群建设，深化校企合作，开展“订单式”培养。
I 16.|推进普职融通。开设普职融通实验班1个，探索学分互认、学籍互转机制。
S 六、|加强教师队伍建设
I 17.|强化师德师风。开展师德师风专项整治，建立师德失范“黑名单”制度。
I 18.|补充教师队伍。公开招聘教师90名，重点补充音体美、心理健康等紧缺学科教师。
I 19.|加强教师培训。实施“国培计划”“省培计划”，全年培训教师3000人次。
I 20.|完善激励机制。开展优秀教师、优秀班主任评选表彰，落实乡村教师生活补助政策。
S 七、|深化教育改革，提升治理能力
I 21.|深化教育评价改革。完善学校办学质量评价机制，纠正片面追求升学率倾向。
I 22.|推进教育信息化。完成全县中小学“班班通”设备更新，推进智慧校园建设试点学校8所。
I 23.|加强教育督导。强化责任督学挂牌督导，开展办学行为专项督导检查。
S 八、|守住安全底线，维护和谐稳定
I 24.|加强安全管理。健全校园安全工作责任体系，落实“护学岗”制度，开展安全隐患排查整治。
I 25.|开展安全教育。抓好防溺水、防交通事故、防食物中毒等安全教育，提升师生安全意识和自救能力。
I 26.|维护教育稳定。做好信访接待和矛盾化解工作，及时回应社会关切，营造良好教育发展环境。
""",
})

# --------------------------------------------------------------------------- 08: 漯河 city plan, 42 items, td-label table
PAGES.append({
    "slug": "08-luohe-jyj-2024-gzyd",
    "what": "city 教育局 plan: td-label 信息公开 table with 文号, 总体要求 preamble, 12 sections, items 1.–42. through, bold lead sentences in <div>s, items over two or three paragraphs, numbers and quoted clauses mid-sentence",
    "url": "https://jyj.luohe.gov.cn/zfxxgk/fdzdgknr/ghjh/art/2024/art_8c1f4a2e6b7d4b0f9a3e.html",
    "headers": {"Content-Type": "text/html; charset=utf-8", "Server": "nginx", "Cache-Control": "max-age=600"},
    "encoding": "utf-8",
    "style": "boldlead_div",
    "expect": {"title": "漯河市教育局2024年工作要点", "notice_title": None,
               "index_no": "114111000060126583/2024-00015", "doc_no": "漯教〔2024〕12号", "pub_date": "2024-03-20",
               "publisher": "漯河市教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["索引号", "生成日期", "发布机构", "主题分类", "网站标识码", "豫ICP备", "字号", "打印",
                        "关闭", "分享", "漯河市教育局主办", "纠错"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="renderer" content="webkit">
<title>漯河市教育局2024年工作要点-漯河市教育局</title>
<link rel="stylesheet" type="text/css" href="/static/css/gk.css">
<script type="text/javascript" src="/static/js/jquery-3.6.0.min.js"></script>
<script type="text/javascript">var articleId = "8c1f4a2e6b7d4b0f9a3e", channelName = "规划计划";</script>
</head>
<body>
<div class="gk-head"><div class="gk-logo">漯河市教育局政府信息公开</div>
<div class="gk-menu"><a href="/zfxxgk/">信息公开首页</a><a href="/zfxxgk/zn/">公开指南</a><a href="/zfxxgk/zd/">公开制度</a><a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a><a href="/zfxxgk/nb/">公开年报</a></div></div>
<div class="gk-pos">当前位置：<a href="/">首页</a> &gt; <a href="/zfxxgk/">信息公开</a> &gt; <a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a> &gt; 规划计划</div>
<div class="gk-detail">
<table class="gk-info" border="1" cellspacing="0" cellpadding="6">
<tr><td class="lab">索 引 号：</td><td>114111000060126583/2024-00015</td><td class="lab">主题分类：</td><td>教育</td></tr>
<tr><td class="lab">发布机构：</td><td>漯河市教育局</td><td class="lab">生成日期：</td><td>2024-03-18</td></tr>
<tr><td class="lab">文　　号：</td><td>漯教〔2024〕12号</td><td class="lab">发布日期：</td><td>2024-03-20</td></tr>
<tr><td class="lab">名　　称：</td><td colspan="3">漯河市教育局2024年工作要点</td></tr>
</table>
<div class="gk-title">漯河市教育局2024年工作要点</div>
<div class="gk-bar"><span>字号：<a href="javascript:void(0)" onclick="fz(18)">大</a> <a href="javascript:void(0)" onclick="fz(16)">中</a> <a href="javascript:void(0)" onclick="fz(14)">小</a></span>
<span><a href="javascript:window.print()">打印</a></span><span><a href="javascript:window.close()">关闭</a></span>
<span class="share">分享：<i class="i-wx"></i><i class="i-wb"></i><i class="i-qq"></i></span></div>
<div class="gk-text" id="Zoom">
{content}
</div>
</div>
<div class="gk-foot"><p>漯河市教育局主办　地址：漯河市郾城区黄河路与太白山路交叉口　电话：0395-3136812</p>
<p>网站标识码：4111000035　<a href="https://beian.miit.gov.cn/">豫ICP备12010362号-2</a>　<a href="https://zfwzzc.www.gov.cn/">纠错</a></p></div>
<script>function fz(s){$('#Zoom').css('font-size',s+'px');}</script>
</body>
</html>
""",
    "spec": """
P 总体要求：2024年全市教育工作要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入贯彻落实全国、全省教育工作会议和市委七届七次全会精神，坚持以人民为中心发展教育，围绕“教育强市”建设目标，聚焦“优学漯河”品牌打造，深入实施“十大行动”，推动各级各类教育高质量发展，为奋力谱写中国式现代化漯河篇章提供坚实的人才支撑。
S 一、|坚持党建引领，巩固教育系统政治根基
I 1.|深入学习贯彻习近平新时代中国特色社会主义思想。扎实开展学习贯彻习近平新时代中国特色社会主义思想主题教育成果巩固工作，健全“第一议题”“三会一课”等制度，推动理论学习制度化常态化。
I 2.|全面落实党组织领导的校长负责制。建立健全学校党组织会议、校长办公会议议事规则，开展“回头看”专项督查，推动制度从“有形覆盖”向“有效覆盖”转变。
I 3.|提升基层党建工作质量。实施“党建+”工程，开展“一校一品”党建品牌创建，打造市级党建示范校15所、标杆党支部30个。
P 加强民办学校党建工作，选派党建工作指导员，确保党的组织和党的工作全覆盖。
I 4.|纵深推进全面从严治党。持续加强清廉学校建设，开展“校园餐”、教辅资料征订、招生入学等领域专项整治，营造风清气正的教育生态。
S 二、|坚持立德树人，推进“五育”融合发展
I 5.|推进思政教育一体化。深化大中小学思政课一体化共同体建设，开展“行走的思政课”活动，建设市级思政课名师工作室8个。
I 6.|强化体育工作。落实“健康第一”理念，推行“每天一节体育课”，开展校园足球、篮球、排球“三大球”联赛，学生体质健康合格率达到94%以上。
I 7.|加强美育工作。实施学校美育浸润行动，开展中小学生艺术展演和“戏曲进校园”活动，每名学生掌握1至2项艺术技能。
I 8.|深化劳动教育。建设市级中小学劳动教育实践基地6个，开展“劳动周”活动，推进劳动教育课程化、常态化。
I 9.|加强心理健康教育。实施学生心理健康促进行动，建立市、县、校三级心理健康服务体系，中小学专职心理健康教师配备率达到100%。
P 每学期开展1次学生心理健康筛查，对重点学生实行“一人一案”跟踪关爱，联合卫健部门开通心理危机转介绿色通道。
S 三、|推动学前教育优质普惠发展
I 10.|扩大普惠性资源供给。新建、改扩建公办幼儿园8所，新增学位2700个，公办园在园幼儿占比达到55%以上。
I 11.|提升保育教育质量。推进学前教育质量评估，开展幼小衔接攻坚行动，创建省级示范幼儿园2所。
I 12.|规范幼儿园管理。开展无证园排查治理，加强民办幼儿园收费监管，落实幼儿园安全管理责任。
S 四、|推动义务教育优质均衡发展
I 13.|实施城区学位扩容工程。新建、改扩建中小学校12所，新增学位1.08万个，确保适龄儿童少年全部入学。
P 其中，市第二实验中学新校区、嵩山路小学等5个项目秋季学期投入使用；郾城区、召陵区新建学校项目年底前主体完工。
P 同步推进“一校一策”挖潜扩容，城区义务教育学校大班额保持动态清零。
I 14.|深化集团化办学改革。新组建义务教育教育集团6个，集团化办学覆盖率达到75%，推动集团内部课程、师资、评价一体化。
I 15.|全面实施新课程方案。落实义务教育课程方案和课程标准（2022年版），开展“新课标、新课堂”教学比武活动。
I 16.|持续深化“双减”工作。加强作业设计研究，推进“5+2”课后服务全覆盖，持续开展校外培训“清源”行动。
I 17.|推进县域义务教育优质均衡创建。指导舞阳县、临颍县完成国家义务教育优质均衡发展县创建中期评估。
S 五、|推动普通高中多样化有特色发展
I 18.|扩大优质高中资源。推进漯河高中新校区二期、市第四高级中学建设，新增优质高中学位3000个。
I 19.|推进特色高中建设。支持市第一高级中学、市实验高中创建科技、人文特色高中，省级特色高中达到4所。
I 20.|深化考试招生制度改革。落实普通高中招生计划分配到初中政策，优质普通高中指标到校比例不低于70%。
S 六、|推动职业教育提质培优
I 21.|优化职业教育布局。推进职业教育资源整合，建设市级职教园区，中职学校办学条件达标率达到100%。
I 22.|深化产教融合。围绕食品、装备制造等主导产业，组建产教联合体和行业产教融合共同体各1个，建设产教融合实训基地10个。
I 23.|提升人才培养质量。推进“岗课赛证”综合育人，举办全市职业院校技能大赛，力争省赛获奖数量增长20%。
S 七、|支持高等教育内涵发展
I 24.|服务驻漯高校发展。支持漯河医学高等专科学校、漯河职业技术学院、漯河食品职业学院提升办学层次，推进专业结构与产业需求对接。
I 25.|深化市校合作。建立市校合作联席会议制度，推动校地共建研发平台和人才培养基地。
S 八、|建强新时代教师队伍
I 26.|加强师德师风建设。严格落实师德师风第一标准，开展师德专题教育，建立师德失范问题通报警示制度。
I 27.|优化教师资源配置。推进中小学教职工编制动态调整，公开招聘教师600名，完成第3批“县管校聘”岗位竞聘。
I 28.|提升教师专业素质。实施“名师领航”工程，培育市级名师100名、骨干教师500名，教师全员培训率达到100%。
P 实施中小学教师信息技术应用能力提升工程2.0版，推动教师数字素养整体提升。
I 29.|提高教师地位待遇。落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平政策，开展优秀教师表彰活动。
S 九、|推进教育数字化转型
I 30.|夯实数字基础设施。推进中小学校园网络升级改造，实现千兆到校、百兆到班，建成智慧校园示范校30所。
I 31.|推进数字资源应用。深化国家中小学智慧教育平台应用，开展“智慧课堂”应用展示活动，遴选优质数字课程资源200节。
I 32.|提升数字治理能力。推进教育管理信息系统整合，实现学籍管理、招生入学、学生资助等业务“一网通办”。
S 十、|深化教育综合改革
I 33.|深化教育评价改革。落实《深化新时代教育评价改革总体方案》，开展中小学校办学质量评价，探索增值评价。
I 34.|深化招生入学改革。推行义务教育入学“一网通办”，严格落实公民同招、免试就近入学政策。
I 35.|推进依法治教。健全教育行政执法体系，开展教育法治宣传教育，创建省级依法治校示范校5所。
I 36.|加强教育督导。开展县级政府履行教育职责评价，强化督导结果运用，完善问责机制。
S 十一、|促进教育公平
I 37.|落实学生资助政策。完善覆盖各学段的学生资助体系，全年资助学生8.5万人次，发放资助资金1.2亿元。
I 38.|保障特殊群体受教育权利。做好随迁子女、留守儿童等群体关爱服务，适龄残疾儿童少年义务教育入学率达到97%以上。
I 39.|发展终身教育。推进社区教育和老年教育，建设市级社区教育示范校5所。
S 十二、|维护教育系统安全稳定
I 40.|加强校园安全管理。落实校园安全“4个100%”建设要求，开展安全隐患排查整治，确保校园安全。
I 41.|强化学生安全教育。开展防溺水、交通安全、消防安全、防电信诈骗等专题教育，每学期组织应急疏散演练不少于2次。
I 42.|做好信访维稳工作。完善矛盾纠纷排查化解机制，加强教育舆情监测和应对，确保教育系统和谐稳定。
""",
})

# --------------------------------------------------------------------------- 09: 弥勒 plan, 1、 items through with 一是 sub-items
PAGES.append({
    "slug": "09-mile-jtj-2024-gzjh",
    "what": "county-level city 教育体育局 工作计划: header spans (发布时间/作者/来源/分享到), 8 sections, items 1、–28、 through, one item with 一是/二是/三是 paragraphs and one with them inline",
    "url": "http://www.hhml.gov.cn/xxgk/zfxxgkml/bmxxgkml/mlsjtj/202402/t20240219_652031.html",
    "headers": {"Content-Type": "text/html; charset=utf-8", "Server": "WebServer"},
    "encoding": "utf-8",
    "style": "span",
    "expect": {"title": "弥勒市教育体育局2024年工作计划", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-02-19", "publisher": "弥勒市教育体育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "作者：", "来源：", "分享到", "扫一扫", "【打印】", "网站标识码", "滇ICP备",
                        "弥勒市人民政府办公室主办"],
    "template": """<!DOCTYPE html>
<html lang="zh">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="弥勒市人民政府">
<meta name="ColumnName" content="弥勒市教育体育局">
<title>弥勒市教育体育局2024年工作计划_弥勒市人民政府</title>
<link rel="stylesheet" href="../../../../../images/style.css">
</head>
<body>
<div class="header"><div class="site-name">弥勒市人民政府</div><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
<div class="navbar"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjml/">走进弥勒</a></div>
<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/zfxxgkml/">政府信息公开目录</a> &gt; 弥勒市教育体育局</div>
<div class="detail">
<h1 class="detail-tit">弥勒市教育体育局2024年工作计划</h1>
<div class="detail-info"><span>发布时间：2024-02-19 10:45</span><span>作者：办公室</span><span>来源：弥勒市教育体育局</span>
<span class="fxd">分享到：<a class="wx" href="javascript:;"></a><a class="qzone" href="javascript:;"></a></span></div>
<div class="view TRS_UEDITOR trs_paper_default trs_web">
{content}
</div>
<div class="detail-bottom"><a href="javascript:window.print();">【打印】</a>
<div class="wxcode"><img src="/images/wx_ewm.jpg"><p>扫一扫在手机打开当前页</p></div></div>
</div>
<div class="footer"><p>弥勒市人民政府办公室主办　弥勒市融媒体中心承办</p>
<p>网站标识码：5325260003　<a href="https://beian.miit.gov.cn">滇ICP备05003941号</a>　滇公网安备 53252602000102号</p></div>
</body>
</html>
""",
    "spec": """
P 2024年，市教育体育局将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实省、州、市教育工作会议部署，以“办好人民满意的教育”为目标，以提质增效为主线，全力推进教育体育事业高质量发展。具体工作计划如下：
S 一、|强化党建引领
I 1、|加强思想政治建设。坚持“第一议题”制度，深化党员干部教育培训，推动学习贯彻党的二十大精神走深走实。
I 2、|夯实基层组织建设。全面推行中小学校党组织领导的校长负责制，开展“基层党建提升年”活动，打造“红土育人”党建品牌学校6所。
I 3、|加强党风廉政建设。深入推进清廉学校建设，开展教育系统廉政风险排查，推动全面从严治党向基层延伸。
S 二、|推进学前教育普惠发展
I 4、|扩大学前教育资源。新建弥阳街道第五幼儿园，改扩建竹园镇中心幼儿园，新增学位540个，学前三年毛入园率达到95%。
I 5、|提升保教质量。开展幼儿园保育教育质量评估，推进城乡幼儿园结对帮扶，创建州级示范幼儿园1所。
S 三、|推进义务教育优质均衡发展
I 6、|优化学校布局。推进弥勒市第一中学初中部扩建、东风农场学校改造工程，新增学位1500个。
I 7、|提升教育教学质量。实施“教学质量提升三年行动”，着力抓好以下工作：
U 一是|强化教学常规管理，开展教学常规检查每学期不少于2次；
U 二是|推进课堂教学改革，组织优质课评选和送教下乡活动；
U 三是|加强质量监测分析，建立学业质量监测数据反馈和改进机制。
I 8、|深化“双减”工作。全面压减作业总量和时长，提升课后服务水平，课后服务覆盖率达到100%。
I 9、|推进集团化办学。组建教育集团5个，推动城乡学校共建共享。
I 10、|做好控辍保学。落实控辍保学联控联保责任，义务教育巩固率达到98%以上。
S 四、|推进高中阶段教育多样化发展
I 11、|提升普通高中教育质量。强化高三复习备考指导，力争2024年高考本科上线率提高3个百分点。
I 12、|推进职业教育发展。支持弥勒市职业高级中学建设红酒酿造、旅游服务等特色专业，与企业共建实训基地3个。
I 13、|促进普职融通。推进普通高中与职业高中学分互认，开设职业体验课程。
S 五、|加强教师队伍建设
I 14、|强化师德师风。把师德师风作为教师考核第一标准，开展师德师风专项整治和警示教育。
I 15、|补充教师资源。招聘教师120名，引进高层次人才10名，缓解学科结构性缺编。
I 16、|加强教师培训。组织实施“国培”“省培”项目，全年培训教师4500人次。
I 17、|推进交流轮岗。推进教师“县管校聘”改革，年度交流轮岗教师不少于150名。
S 六、|发展体育事业
I 18、|加强学校体育工作。开展“阳光体育”运动，组织全市中小学生运动会，推进校园足球特色学校建设。
I 19、|推进全民健身。新建社区健身路径20条，举办全民健身赛事活动15场次。
I 20、|提升竞技体育水平。加强业余训练网点建设，力争在州运会上取得好成绩。
S 七、|深化教育改革
I 21、|推进教育评价改革。完善学校考核评价办法，树立科学教育质量观。
I 22、|推进教育信息化。实施“智慧教育”提升工程，推进国家中小学智慧教育平台应用，建设智慧校园试点学校5所。
I 23、|加强教育督导。完善责任督学挂牌督导机制，开展专项督导检查。
I 24、|推进依法治教。加强教育行政执法，推进学校依法办学。
S 八、|维护安全稳定
I 25、|加强校园安全管理。
X 一是|落实校园安全主体责任；
X 二是|开展校园安全隐患排查整治；
X 三是|强化校园及周边治安综合治理。
I 26、|加强安全教育。开展防溺水、交通安全、食品安全、防校园欺凌等教育活动，提高学生安全意识。
I 27、|做好学生资助工作。落实国家资助政策，全年资助学生1.6万人次，确保资助资金及时足额发放。
I 28、|做好信访稳定工作。畅通信访渠道，及时化解矛盾纠纷，维护教育系统和谐稳定。
""",
})

# --------------------------------------------------------------------------- 10: 白银 progress report, th/td rows
PAGES.append({
    "slug": "10-baiyin-jyj-2024-tjqk",
    "what": "city 教育局 推进情况: two-column th/td 信息公开 table with 文号 printed 无, 7 sections, items 1.–24. through, each item a task with its progress in a continuation paragraph for some",
    "url": "https://jyj.baiyin.gov.cn/zfxxgk/fdzdgknr/ghxx/art/2024/art_5c29a1f0d7e84c77.html",
    "headers": {"Content-Type": "text/html;charset=UTF-8", "Server": "nginx"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "白银市教育局2024年上半年重点工作推进情况", "notice_title": None,
               "index_no": "11620400MB1D23541J/2024-00321", "doc_no": None, "pub_date": "2024-07-15",
               "publisher": "白银市教育局", "plan_year": 2024, "doc_kind": "report"},
    "must_not_appear": ["索引号", "信息分类", "发布机构", "发文日期", "文　　号", "【字号", "【打印】", "【关闭】",
                        "网站标识码", "陇ICP备", "白银市教育局版权所有"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>白银市教育局2024年上半年重点工作推进情况 - 白银市教育局</title>
<link rel="stylesheet" href="/site/tpl/css/main.css">
<script src="/site/tpl/js/jquery.js"></script>
</head>
<body>
<div class="top-wrap"><div class="top-logo"><img src="/site/tpl/img/logo.png" alt="白银市教育局"></div>
<div class="top-nav"><a href="/">首页</a><a href="/zfxxgk/">政府信息公开</a><a href="/jydt/">教育动态</a><a href="/tzgg/">通知公告</a><a href="/hdjl/">互动交流</a></div></div>
<div class="wz">当前位置：<a href="/">首页</a> » <a href="/zfxxgk/">政府信息公开</a> » <a href="/zfxxgk/fdzdgknr/">法定主动公开内容</a> » 规划信息</div>
<div class="xxgk-box">
<table class="xxgk-tb">
<tr><th>索 引 号</th><td>11620400MB1D23541J/2024-00321</td></tr>
<tr><th>信息分类</th><td>规划信息</td></tr>
<tr><th>发布机构</th><td>白银市教育局</td></tr>
<tr><th>发文日期</th><td>2024-07-15</td></tr>
<tr><th>文　　号</th><td>无</td></tr>
<tr><th>标　　题</th><td>白银市教育局2024年上半年重点工作推进情况</td></tr>
</table>
</div>
<div class="art-box">
<h2 class="art-title">白银市教育局2024年上半年重点工作推进情况</h2>
<div class="art-tool">【字号 <a href="javascript:;" onclick="zoom(18)">大</a> <a href="javascript:;" onclick="zoom(16)">中</a> <a href="javascript:;" onclick="zoom(14)">小</a>】 <a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
<div class="art-con" id="zoom">
{content}
</div>
</div>
<div class="foot"><p>白银市教育局版权所有　地址：白银市白银区人民路279号</p>
<p>网站标识码：6204000021　<a href="https://beian.miit.gov.cn">陇ICP备09001278号-3</a></p></div>
<script>function zoom(s){$('#zoom').css('font-size',s+'px');}</script>
</body>
</html>
""",
    "spec": """
P 今年以来，市教育局紧紧围绕年初确定的重点工作任务，坚持目标导向、问题导向，细化工作措施，压实工作责任，各项工作有序推进。现将上半年重点工作推进情况报告如下：
S 一、|党的建设方面
I 1.|深化理论武装。局党组理论学习中心组开展集中学习8次，组织党纪学习教育专题读书班2期，覆盖党员干部1200余人。
I 2.|推进党组织领导的校长负责制。全市218所公办中小学全部完成议事规则修订，召开推进会1次，开展专项督查1轮。
I 3.|加强清廉学校建设。开展“校园餐”突出问题专项整治，排查问题63个，已整改58个，整改率92%。
P 剩余5个问题已明确整改时限，计划9月底前全部整改到位。
S 二、|立德树人方面
I 4.|推进思政课一体化建设。组建大中小学思政课一体化教研共同体5个，开展“行走的思政课”活动120余场次。
I 5.|加强体育美育工作。举办全市中小学生田径运动会，参赛学生1800余人；开展“戏曲进校园”活动46场次。
I 6.|加强心理健康教育。完成全市中小学生心理健康筛查9.6万人，建立重点关注学生台账，落实“一生一策”帮扶。
S 三、|学前教育和义务教育方面
I 7.|扩大学前教育资源。新建、改扩建的6所公办幼儿园中，已竣工3所，其余3所主体完工，预计秋季学期投入使用。
I 8.|推进义务教育学校建设。实施的14个中小学建设项目中，已完工5个，在建9个，累计完成投资3.1亿元，占年度计划的58%。
I 9.|深化集团化办学。新组建教育集团4个，集团化办学覆盖率达到68%。
I 10.|巩固“双减”成果。“5+2”课后服务实现义务教育学校全覆盖，学生参与率93.6%；查处违规校外培训12起。
S 四、|高中和职业教育方面
I 11.|推进普通高中多样化发展。白银市第一中学、会宁县第一中学通过省级特色高中中期评估。
I 12.|深化职业教育产教融合。组建市域产教联合体1个，新增校企合作企业21家，订单培养学生860人。
I 13.|做好高考和中考组织工作。2024年高考、中考平稳有序，全市共设考点22个，未发生违规违纪事件。
S 五、|教师队伍建设方面
I 14.|加强师德师风建设。开展师德师风专题教育，查处违规有偿补课问题2起并通报。
I 15.|补充教师队伍。完成2024年第一批教师公开招聘，招录教师215名，其中紧缺学科教师68名。
I 16.|推进交流轮岗。完成第3批义务教育教师交流轮岗，交流教师438名。
I 17.|加强教师培训。组织实施“国培计划”项目6个，培训教师2100人次。
S 六、|教育改革方面
I 18.|推进教育数字化。建成市级智慧教育平台2.0版，接入学校186所，上半年平台访问量达1.5万人次。
I 19.|深化教育评价改革。出台《白银市中小学校办学质量评价实施办法》，开展办学质量评价试点学校20所。
I 20.|强化教育督导。完成县级政府履行教育职责评价自评工作，开展春季开学专项督导1轮。
I 21.|推进依法治教。开展“法治进校园”活动96场次，创建市级依法治校示范校8所。
S 七、|安全稳定方面
I 22.|强化校园安全管理。开展校园安全隐患排查3轮，排查整改隐患241处。
I 23.|抓好防溺水工作。落实“六不”“四知道”要求，发放致家长一封信12万份，开展防溺水专题教育全覆盖。
I 24.|做好信访稳定工作。受理信访事项37件，已办结35件，办结率94.6%。
""",
})

# --------------------------------------------------------------------------- 11: 滑县 county plan, 时间/来源 list
PAGES.append({
    "slug": "11-huaxian-jtj-2024-gzyd",
    "what": "county 教体局 plan: 时间/浏览次数/来源/字体/分享 list under the title, 总体要求 preamble, 8 sections, items 1.–26. through, multi-paragraph items",
    "url": "http://www.hnhx.gov.cn/bmdt/jtj/202403/t20240326_2295714.html",
    "headers": {"Content-Type": "text/html; charset=utf-8", "Server": "nginx"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "滑县2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-03-26", "publisher": "滑县教体局", "plan_year": 2024, "doc_kind": "plan"},
    "tolerated": {"publisher": "滑县教育体育局"},
    "must_not_appear": ["时间:", "浏览次数", "来源:", "字体:", "分享:", "网站标识码", "豫ICP备", "滑县人民政府办公室主办",
                        "相关文章"],
    "template": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>滑县2024年教育工作要点 - 滑县人民政府</title>
<link rel="stylesheet" href="/style/css/article.css">
<script src="/style/js/jquery-1.8.3.min.js"></script>
<script src="/style/js/share.js"></script>
</head>
<body>
<div class="g-top"><div class="wrap"><span class="date" id="today"></span><a href="/zwgk/">政务公开</a> <a href="/zxft/">在线访谈</a> <a href="/wza/">无障碍浏览</a></div></div>
<div class="g-nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bmdt/">部门动态</a></li><li><a href="/xzdt/">乡镇动态</a></li><li><a href="/zmhd/">政民互动</a></li></ul></div>
<div class="g-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/bmdt/">部门动态</a> &gt; <a href="/bmdt/jtj/">县教体局</a></div>
<div class="g-article">
<h1>滑县2024年教育工作要点</h1>
<ul class="art-attr">
<li>时间:2024-03-26 15:02</li>
<li>浏览次数:<span id="hits">2317</span></li>
<li>来源:滑县教体局</li>
<li>字体: [<a href="javascript:doZoom(18)">大</a>] [<a href="javascript:doZoom(16)">中</a>] [<a href="javascript:doZoom(14)">小</a>]</li>
<li>分享: <a class="share-wx" href="javascript:;"></a><a class="share-wb" href="javascript:;"></a></li>
</ul>
<div class="art-content" id="zoom">
{content}
</div>
<div class="art-related"><h4>相关文章</h4><ul><li><a href="/bmdt/jtj/202401/t20240112_2281010.html">滑县教体局2023年工作总结</a></li><li><a href="/bmdt/jtj/202402/t20240227_2290133.html">滑县召开2024年教育工作会议</a></li></ul></div>
</div>
<div class="g-foot"><p>滑县人民政府办公室主办　滑县大数据中心承办</p><p>网站标识码：4105260002　<a href="https://beian.miit.gov.cn">豫ICP备05011793号-1</a>　豫公网安备 41052602000105号</p></div>
</body>
</html>
""",
    "spec": """
P 总体要求：2024年，全县教育工作坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，认真落实全省、全市教育工作会议和县委十五届六次全会部署，以“建设教育强县、办好人民满意教育”为目标，以“提质、扩容、强师、安校”为主线，推动全县教育事业高质量发展。
S 一、|坚持党建统领，加强党对教育工作的全面领导
I 1.|加强政治建设。坚持把党的政治建设摆在首位，深入学习贯彻党的二十大精神，严格落实“第一议题”制度，推动全县教育系统党员干部坚定拥护“两个确立”、坚决做到“两个维护”。
I 2.|推进党建与业务融合。全面实施中小学校党组织领导的校长负责制，开展“党建+教学质量提升”行动，培育党建品牌示范校12所。
P 建立县教体局班子成员联系学校党支部制度，每名班子成员联系学校不少于3所，每学期到联系学校调研指导不少于2次。
I 3.|严明纪律规矩。持续开展“以案促改”警示教育，深化教育乱收费、有偿补课等问题专项治理，营造风清气正的育人环境。
S 二、|扩大教育资源供给，着力解决“上学难”问题
I 4.|加快学校项目建设。实施县城新区第六小学、道口镇第三初级中学等新建改扩建项目10个，新增学位7200个。
P 严格落实项目建设“周调度、月通报、季观摩”制度，确保新区第六小学等4个项目秋季开学投入使用。
P 对进度滞后的项目实行挂牌督办，倒逼工程进度，确保全年建设任务按期完成。
I 5.|消除义务教育大班额。通过新建学校、挖潜扩容等措施，巩固大班额消除成果，义务教育阶段大班额比例控制在3%以内。
I 6.|扩大普惠性学前教育资源。新建、改扩建公办幼儿园6所，新增学位1260个，普惠性幼儿园覆盖率达到90%以上。
S 三、|提升教育教学质量，着力解决“上好学”问题
I 7.|提高义务教育质量。实施“课堂革命”三年行动，推进“三环六步”课堂教学模式，组织县级优质课评选和教学开放周活动。
I 8.|提升高中教育质量。完善高中分层走班教学，加强尖子生培养，2024年高考一本上线人数力争突破1800人。
I 9.|加强教研工作。健全县、乡、校三级教研网络，建设学科教研基地校20所，开展“送教下乡”活动30场次。
I 10.|巩固“双减”成果。持续抓好作业、睡眠、手机、读物、体质“五项管理”，推动“5+2”课后服务提质增效，课后服务学生参与率保持在95%以上。
S 四、|促进学生全面发展
I 11.|深化德育工作。开展“扣好人生第一粒扣子”主题教育，推进大中小学思政课一体化建设。
I 12.|加强体育美育工作。开展阳光体育大课间评比活动，举办全县中小学生运动会和艺术展演活动，推进体育中考改革。
I 13.|加强劳动教育和心理健康教育。建设县级劳动教育实践基地3个；配齐心理健康教师，实现中小学心理辅导室全覆盖。
S 五、|加强教师队伍建设
I 14.|加强师德师风建设。开展师德师风建设年活动，签订师德承诺书，对违反师德行为“零容忍”。
I 15.|补充教师力量。招聘特岗教师和公费师范生350名，重点补充农村学校和紧缺学科教师。
I 16.|提升教师能力。实施“名师、名校长、名班主任”培养工程，新培养县级骨干教师300名；开展教师全员培训1.1万人次。
I 17.|深化人事制度改革。推进“县管校聘”改革，实行校长职级制，全年交流轮岗校长教师不少于400名。
S 六、|推进职业教育和特殊教育发展
I 18.|发展职业教育。推进县职业中专与河南工业职业技术学院“3+2”分段培养，新增专业2个，开展社会培训5000人次。
I 19.|办好特殊教育。完善残疾儿童少年“一人一案”入学安置，做好送教上门工作，适龄残疾儿童少年入学率达到97%以上。
I 20.|做好学生资助工作。落实学生资助政策，全年资助学生3.6万人次，发放资助资金4800万元。
S 七、|深化教育综合改革
I 21.|深化教育评价改革。完善学校和教师考核评价办法，建立以发展素质教育为导向的评价体系。
I 22.|推进教育信息化建设。实施教育信息化2.0版提升工程，推进“三个课堂”常态化应用，建成智慧教室200间。
I 23.|强化教育督导。落实责任督学挂牌督导，开展规范办学行为专项督导，督导结果作为学校考核重要依据。
S 八、|筑牢安全防线，维护教育系统稳定
I 24.|加强校园安全管理。落实校园安全“一岗双责”，开展安全隐患大排查大整治，确保校园安全稳定。
I 25.|抓好防溺水工作。落实“四个一”防溺水措施，开展防溺水专题教育，坚决遏制学生溺水事故发生。
I 26.|加强食品安全管理。落实学校食品安全校长负责制和陪餐制度，推进“互联网+明厨亮灶”建设，确保师生饮食安全。
""",
})
