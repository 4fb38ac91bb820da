"""Hand-written spec of holdout 6 (part 2): a provincial 教育厅, notices, and smaller bureau sites."""

from __future__ import annotations

# --------------------------------------------------------------------------- 07 provincial 教育厅, <h4> sections

P07 = dict(
    slug="07-heilongjiang-jyt-2024-plan",
    url="https://jyt.hlj.gov.cn/jyt/c111931/202402/c00_31712345.shtml",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    what="provincial 教育厅 信息公开 page: th/td-less grid of <div class=row><label>…</label><span>…</span>; "
         "sections in <h4>; items 1.–20. numbered through; three items whose first line is a heading "
         "without a full stop, their text continuing in the next paragraph",
    expect=dict(title="黑龙江省教育厅2024年工作要点", index_no="11230000001283056K/2024-00031",
                doc_no="黑教发〔2024〕2号", pub_date="2024-02-06", publisher="黑龙江省教育厅",
                plan_year=2024, doc_kind="plan"),
    must_not_appear=["索 引 号", "发布机构", "主题分类", "成文日期", "打印", "关闭", "黑ICP备", "扫码"],
    style=dict(section="h4"),
    template="""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>黑龙江省教育厅2024年工作要点_黑龙江省教育厅</title>
<link rel="stylesheet" href="/jyt/xhtml/css/common.css">
<script src="/jyt/xhtml/js/jquery.js"></script>
</head>
<body>
<div class="top"><div class="container"><span>黑龙江省教育厅</span><span class="links"><a href="https://www.hlj.gov.cn">黑龙江省人民政府</a> | <a href="/jyt/c111938/zwfw.shtml">政务服务</a></span></div></div>
<div class="nav"><div class="container"><a href="/jyt/index.shtml">首页</a><a href="/jyt/c111920/list.shtml">教育要闻</a><a href="/jyt/c111931/list.shtml">政府信息公开</a><a href="/jyt/c111940/list.shtml">互动交流</a></div></div>
<div class="container">
<div class="crumb">当前位置：<a href="/jyt/index.shtml">首页</a> &gt; <a href="/jyt/c111931/list.shtml">政府信息公开</a> &gt; <a href="/jyt/c111932/list.shtml">规划计划</a></div>
<div class="xxgk-meta">
<div class="row"><label>索 引 号：</label><span>11230000001283056K/2024-00031</span><label>主题分类：</label><span>教育</span></div>
<div class="row"><label>发布机构：</label><span>黑龙江省教育厅</span><label>成文日期：</label><span>2024-02-01</span></div>
<div class="row"><label>名　　称：</label><span>黑龙江省教育厅2024年工作要点</span></div>
<div class="row"><label>文　　号：</label><span>黑教发〔2024〕2号</span><label>发布日期：</label><span>2024-02-06</span></div>
</div>
<div class="article">
<h1 class="article-title">黑龙江省教育厅2024年工作要点</h1>
<div class="article-body" id="ArticleContent">
{content}
</div>
<div class="article-tools"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a>
<span class="qr">扫码在手机上查看<img src="/jyt/qrcode.png"></span></div>
<div class="prev-next"><p>上一篇：<a href="/jyt/c111931/202401/c00_31700123.shtml">黑龙江省2024年普通高校招生工作规定</a></p>
<p>下一篇：<a href="/jyt/c111931/202402/c00_31713456.shtml">关于做好2024年春季学期开学工作的通知</a></p></div>
</div></div>
<div class="footer"><div class="container">
<p>主办单位：黑龙江省教育厅　地址：哈尔滨市南岗区汉水路</p>
<p><a href="https://beian.miit.gov.cn/">黑ICP备05002711号</a>　网站标识码：2300000021　<a href="https://bszs.conac.cn/">党政机关</a></p>
</div></div>
</body>
</html>
""",
    spec="""
P 2024年全省教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大和二十届二中全会精神，深入贯彻习近平总书记关于教育的重要论述和对黑龙江重要讲话重要指示批示精神，锚定建设教育强省目标，为推动东北全面振兴取得新突破提供有力支撑。
S 一、|加强党对教育工作的全面领导
I 1.|深入学习贯彻党的二十大精神
P 把学习贯彻党的二十大精神作为首要政治任务，组织全省教育系统开展专题培训，实现各级各类学校领导班子成员培训全覆盖。
I 2.|全面加强高校党的建设。深入实施新时代高校党建示范创建和质量创优工作，培育建设全国党建工作示范高校1所、标杆院系5个、样板支部20个。
I 3.|推进中小学校党组织领导的校长负责制。健全配套制度，年底前全省中小学校全面落实党组织领导的校长负责制。
S 二、|落实立德树人根本任务
I 4.|推进大中小学思政课一体化建设。建设省级思政课一体化共同体30个，遴选思政课“大练兵”优秀课例200节。
I 5.|健全学校体育美育劳动教育体系
P 推动中小学生每天综合体育活动时间不少于2小时，冬季开展“百万青少年上冰雪”活动，全省冰雪运动特色学校达到1200所。
I 6.|加强学生心理健康工作。实施学生心理健康促进行动，建立健全心理健康监测预警体系，实现中小学心理健康教育教师配备全覆盖。
S 三、|推动基础教育扩优提质
I 7.|推进学前教育普及普惠安全优质发展。学前三年毛入园率达到92%以上，公办园在园幼儿占比稳定在55%以上。
I 8.|推进义务教育优质均衡发展。指导12个县（市、区）开展义务教育优质均衡发展县创建工作，推进乡村温馨校园建设。
I 9.|推进县域普通高中振兴。实施县中托管帮扶工程，组织20所优质高中对口帮扶县域高中，县域普通高中办学质量明显提升。
I 10.|加强特殊教育和专门教育。适龄残疾儿童少年义务教育入学率保持在97%以上，推进特殊教育向学前和高中阶段两头延伸。
S 四、|增强职业教育适应性
I 11.|推进现代职业教育体系建设改革。建设市域产教联合体5个、行业产教融合共同体10个，服务全省“4567”现代化产业体系。
I 12.|实施职业教育“双高”建设。推进5所国家“双高计划”学校和20所省级“双高计划”学校建设，打造高水平专业群60个。
S 五、|推动高等教育内涵发展
I 13.|优化高等教育结构布局
P 围绕全省重点产业需求，新增本科专业点40个，撤销、停招与社会需求不适应的专业点30个，推动学科专业与产业结构精准对接。
I 14.|提升科技创新和社会服务能力。支持高校建设全国重点实验室和省级重点实验室，促进科技成果在省内落地转化，省内转化率提高5个百分点。
I 15.|做好高校毕业生就业工作。实施“就业创业促进行动”，全省普通高校毕业生去向落实率保持在90%以上，留省就业人数较上年增长5%。
S 六、|建设高素质专业化教师队伍
I 16.|加强师德师风建设。健全师德建设长效机制，严格执行教师职业行为准则，开展师德典型宣传和警示教育。
I 17.|提升教师专业素质。实施“国培计划”“省培计划”，培训中小学幼儿园教师10万人次，为农村学校补充“特岗教师”1500名。
S 七、|推进教育治理体系和治理能力现代化
I 18.|深化教育评价改革。开展深化新时代教育评价改革典型案例遴选，推动各地各校破除“唯分数、唯升学”倾向。
I 19.|推进教育数字化。建设黑龙江省智慧教育平台，推动国家智慧教育平台应用全覆盖，打造数字化转型示范校100所。
I 20.|维护教育系统安全稳定。健全校园安全风险防控体系，深化平安校园建设，坚决防范重大安全事故发生。
""",
)

# --------------------------------------------------------------------------- 08 市政府办公室 转发, <span> label + <i> value

P08 = dict(
    slug="08-yunnan-qujing-szfb-zhuanfa-2023-plan",
    url="https://www.qj.gov.cn/xxgk/zcwj/szfbgswj/202303/t20230324_1187654.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    what="市政府办公室 转发 notice: the plan (its title and issuer centred) follows the notice's signature, "
         "date and （此件公开发布）; metadata as <span>label</span><i>value</i>; sections 一、, items （一） "
         "restarting per section, sub-items 1. 2. 3. as their own paragraphs under lead-sentence items",
    expect=dict(title="2023年全市教育体育工作要点",
                notice_title="曲靖市人民政府办公室关于转发市教育体育局2023年全市教育体育工作要点的通知",
                index_no="11530300MB0Y45227T/2023-00087", doc_no="曲政办发〔2023〕21号",
                pub_date="2023-03-24", publisher="曲靖市人民政府办公室", plan_year=2023, doc_kind="plan"),
    must_not_appear=["索引号：", "发布机构：", "发文日期：", "【字体", "分享：", "滇ICP备", "相关链接"],
    template="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>曲靖市人民政府办公室关于转发市教育体育局2023年全市教育体育工作要点的通知_曲靖市人民政府</title>
<meta name="keywords" content="转发,教育体育,工作要点">
<link rel="stylesheet" href="/images/xxgk.css">
<script src="/images/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="header"><div class="w1100"><img src="/images/logo_qj.png" alt="曲靖市人民政府"><div class="search"><input type="text" placeholder="全站搜索"><button>搜索</button></div></div></div>
<div class="menu"><div class="w1100"><a href="/">首页</a><a href="/zjqj/">走进曲靖</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="w1100">
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/zcwj/">政策文件</a> &gt; <a href="/xxgk/zcwj/szfbgswj/">市政府办公室文件</a></div>
<div class="xxgk-head">
<p><span>索引号：</span><i>11530300MB0Y45227T/2023-00087</i>　<span>主题分类：</span><i>教育</i></p>
<p><span>发布机构：</span><i>曲靖市人民政府办公室</i>　<span>文号：</span><i>曲政办发〔2023〕21号</i></p>
<p><span>发文日期：</span><i>2023-03-20</i>　<span>发布日期：</span><i>2023-03-24</i></p>
</div>
<div class="detail">
<h1>曲靖市人民政府办公室关于转发市教育体育局2023年全市教育体育工作要点的通知</h1>
<div class="tools">【字体：<a href="javascript:;" onclick="fontZoom(18)">大</a> <a href="javascript:;" onclick="fontZoom(16)">中</a> <a href="javascript:;" onclick="fontZoom(14)">小</a>】
分享：<a class="wx">微信</a> <a class="wb">微博</a></div>
<div class="detail-content" id="fontzoom">
{content}
</div>
<div class="xgwj"><h4>相关链接</h4><ul><li><a href="/xxgk/zcwj/szfbgswj/202203/t20220318_1098765.html">曲靖市人民政府办公室关于转发市教育体育局2022年全市教育体育工作要点的通知</a></li></ul></div>
<div class="page-turn"><p>上一篇：<a href="/xxgk/zcwj/szfbgswj/202303/t20230317_1186001.html">曲靖市人民政府办公室关于印发曲靖市2023年春耕生产工作方案的通知</a></p>
<p>下一篇：<a href="/xxgk/zcwj/szfbgswj/202303/t20230328_1188120.html">曲靖市人民政府办公室关于做好2023年森林草原防灭火工作的通知</a></p></div>
</div></div>
<div class="footer"><p>主办单位：曲靖市人民政府办公室　　承办单位：曲靖市大数据中心</p>
<p>网站标识码：5303000001　　<a href="https://beian.miit.gov.cn/">滇ICP备05000123号</a>　　<a href="https://zfwzzc.www.gov.cn/">政府网站找错</a></p></div>
<script>function fontZoom(size){ document.getElementById('fontzoom').style.fontSize = size + 'px'; }</script>
</body>
</html>
""",
    spec="""
P 各县（市、区）人民政府，市直有关部门：
P 市教育体育局《2023年全市教育体育工作要点》已经市人民政府同意，现转发给你们，请结合实际，认真贯彻执行。
C 曲靖市人民政府办公室
C 2023年3月20日
C （此件公开发布）
Z 2023年全市教育体育工作要点
Z 曲靖市教育体育局
P 2023年全市教育体育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，坚持教育优先发展，加快建设体育强市，为奋力谱写中国式现代化曲靖篇章提供有力支撑。
S 一、|全面加强党的领导
I （一）|加强政治建设。严格落实“第一议题”制度，坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务。
I （二）|加强基层党组织建设。持续推进中小学校党组织领导的校长负责制，推动全市各级各类学校党组织全面进入“达标”行列。
I （三）|加强党风廉政建设。深化清廉学校建设，开展教育系统群众身边不正之风和腐败问题专项整治。
S 二、|推进各级各类教育高质量发展
I （一）|推进学前教育普及普惠。
U 1.|扩大普惠资源。新建、改扩建公办幼儿园20所，新增学位4000个，全市学前三年毛入园率达到92%。
U 2.|提升保教质量。开展幼儿园保教质量评估，推进幼小科学衔接，创建市级示范幼儿园10所。
I （二）|推进义务教育优质均衡。
U 1.|扩充城镇学位。实施城镇学校扩容工程，新增义务教育学位1.2万个，全面消除56人以上大班额。
U 2.|提升乡村学校办学水平。推进乡村小规模学校和乡镇寄宿制学校建设，实施乡村学校“温馨校园”建设项目60个。
U 3.|规范招生秩序。严格落实免试就近入学，民办义务教育学校招生纳入审批地统一管理。
I （三）|推进高中阶段教育多样化发展。加快曲靖一中、曲靖二中新校区建设，高中阶段毛入学率达到93%，中职学校招生规模保持稳定。
I （四）|推进特殊教育融合发展。残疾儿童少年义务教育入学率达到97%以上，建设融合教育资源教室15个。
S 三、|加快体育事业发展
I （一）|推进全民健身。新建社区健身场地50个，经常参加体育锻炼人数比例达到38.5%。
I （二）|提升竞技体育水平。做好省运会参赛备战工作，力争金牌数和奖牌总数位居全省前列。
S 四、|强化教育体育保障
I （一）|加强教师队伍建设。
U 1.|补充教师力量。全年招聘中小学教师800名，实施“银龄讲学计划”，招募退休教师50名到乡村学校支教。
U 2.|提升教师素质。开展教师全员培训不少于3万人次，评选市级骨干教师300名、学科带头人60名。
U 3.|保障教师待遇。落实义务教育教师平均工资收入水平不低于当地公务员平均工资收入水平要求。
I （二）|守牢安全稳定底线。健全校园安全防控体系，抓好防溺水、交通安全、食品安全工作，确保全市教育系统安全稳定。
""",
)

# --------------------------------------------------------------------------- 09 notice, 附件：1.… 2.… list, plan after 附件1

P09 = dict(
    slug="09-chongqing-qijiang-notice-fujian-list-2024-plan",
    url="http://www.cqqj.gov.cn/bm/qjyw/zwgk_68912/fdzdgknr/ghxx/202402/t20240223_12987654.html",
    headers={"Content-Type": "text/html; charset=UTF-8"},
    encoding="utf-8",
    what="区教委 notice 关于印发《…》的通知 whose body lists 附件：1.… then an indented 2.… line, signs and dates, "
         "then prints 附件1 and the plan with its title; metadata in a td label/value table; items 1.–14. "
         "numbered through; an attachment download link after the body",
    expect=dict(title="綦江区2024年教育工作要点",
                notice_title="重庆市綦江区教育委员会关于印发《綦江区2024年教育工作要点》的通知",
                index_no="11500222009308546U/2024-00014", doc_no="綦江教发〔2024〕6号", pub_date="2024-02-23",
                publisher="重庆市綦江区教育委员会", plan_year=2024, doc_kind="plan"),
    must_not_appear=["索引号", "发布机构", "成文日期", "附件下载", ".xlsx", "渝ICP备", "【打印】"],
    template="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>重庆市綦江区教育委员会关于印发《綦江区2024年教育工作要点》的通知_重庆市綦江区人民政府</title>
<meta name="ColumnName" content="规划信息">
<link rel="stylesheet" href="/images/zwgk.css">
</head>
<body>
<div class="head"><div class="wrap"><a href="/"><img src="/images/logo_qj.png" alt="重庆市綦江区人民政府"></a></div></div>
<div class="nav"><div class="wrap"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjqj/">走进綦江</a></div></div>
<div class="wrap">
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/bm/qjyw/">区教委</a> &gt; <a href="/bm/qjyw/zwgk_68912/">政务公开</a> &gt; 规划信息</div>
<table class="zwxl-table" cellspacing="0" cellpadding="0">
<tr><td class="t1">索引号：</td><td class="t2">11500222009308546U/2024-00014</td><td class="t1">主题分类：</td><td class="t2">教育</td></tr>
<tr><td class="t1">发布机构：</td><td class="t2">重庆市綦江区教育委员会</td><td class="t1">成文日期：</td><td class="t2">2024-02-21</td></tr>
<tr><td class="t1">标题：</td><td class="t2" colspan="3">重庆市綦江区教育委员会关于印发《綦江区2024年教育工作要点》的通知</td></tr>
<tr><td class="t1">发文字号：</td><td class="t2">綦江教发〔2024〕6号</td><td class="t1">发布日期：</td><td class="t2">2024-02-23</td></tr>
</table>
<div class="zwxl-article">
<h1 class="zwxl-title">重庆市綦江区教育委员会关于印发《綦江区2024年教育工作要点》的通知</h1>
<div class="zwxl-content view" id="zoom">
{content}
</div>
<div class="zwxl-fj">附件下载：<a href="/bm/qjyw/zwgk_68912/fdzdgknr/ghxx/202402/P020240223512345678901.xlsx">綦江区2024年教育重点工作任务分解表.xlsx</a></div>
<div class="zwxl-tool">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="zwxl-page"><p>上一篇：<a href="./t20240219_12971234.html">重庆市綦江区教育委员会关于做好2024年春季开学工作的通知</a></p>
<p>下一篇：<a href="./t20240301_13001234.html">綦江区2024年义务教育招生入学工作方案</a></p></div>
</div></div>
<div class="foot"><p>主办单位：重庆市綦江区人民政府办公室　　重庆市綦江区教育委员会</p>
<p><a href="https://beian.miit.gov.cn">渝ICP备05003456号</a>　　网站标识码：5001100021　　渝公网安备 50011002500123号</p></div>
</body>
</html>
""",
    spec="""
P 各中小学校、幼儿园，委属各单位，委机关各科室：
P 现将《綦江区2024年教育工作要点》印发给你们，请结合实际认真抓好贯彻落实。
P 附件：1.綦江区2024年教育工作要点
P &#12288;&#12288;&#12288;2.綦江区2024年教育重点工作任务分解表
C 重庆市綦江区教育委员会
C 2024年2月21日
P 附件1
Z 綦江区2024年教育工作要点
P 2024年，全区教育工作要以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大精神，全面落实市委教育工作会议部署，以建设“教育强区”为目标，推动綦江教育高质量发展。
S 一、|坚持党建统领，建强教育战斗堡垒
I 1.|深化理论武装。落实党委理论学习中心组学习制度，全年开展集中学习研讨不少于12次，推动主题教育成果转化为推动教育发展的实际成效。
I 2.|加强基层党组织建设。实施中小学校党建“领航”工程，创建区级党建品牌学校10所，全面落实中小学校党组织领导的校长负责制。
S 二、|坚持扩优提质，办好公平优质教育
I 3.|扩大学前教育普惠资源。新建公办幼儿园2所，新增学位630个，普惠性幼儿园覆盖率保持在92%以上。
I 4.|促进义务教育优质均衡。推进文龙街道、古南街道学校建设项目，新增学位2250个；深化学区制治理和集团化办学，组建教育集团8个。
I 5.|推动普通高中多样化发展。支持綦江中学创建市级示范高中，推进南州中学、綦江实验中学特色学科建设，高考本科上线率提高2个百分点。
I 6.|增强职业教育适应性。推动綦江职教中心与区内重点企业开展订单培养，建设市级骨干专业3个，中职毕业生就业创业率达到96%。
S 三、|坚持五育并举，促进学生全面发展
I 7.|加强思想政治教育。深化“行走的思政课”建设，开发綦江红色文化校本课程20门。
I 8.|加强体育美育工作。开展中小学生体育联赛项目8个，学生体质健康合格率达到93%以上。
S 四、|坚持改革创新，激发教育发展活力
I 9.|深化教育评价改革。推进中小学校办学质量评价改革，建立学生综合素质评价档案。
I 10.|推进教育数字化转型。建设智慧校园示范校15所，全区中小学校千兆网络覆盖率达到100%。
S 五、|坚持强师固本，建设高素质教师队伍
I 11.|加强师德师风建设。开展新时代师德师风建设提升年活动，实行师德失范“一票否决”。
I 12.|推进教师队伍结构优化。招聘教师220名，实施“区管校聘”改革，促进城乡教师均衡配置。
S 六、|坚持底线思维，守牢校园安全防线
I 13.|强化校园安全治理。常态化开展校园安全隐患排查整治，实现“护学岗”设置全覆盖。
I 14.|做好教育系统信访维稳。落实信访工作责任制，及时化解矛盾纠纷，确保教育系统和谐稳定。
""",
)

# --------------------------------------------------------------------------- 10 title printed three times, 字号【大 中 小】

P10 = dict(
    slug="10-neimenggu-zhungeer-triple-title-2022-plan",
    url="http://www.zge.gov.cn/zwgk/bmxxgk/jytyj/202203/t20220315_3098765.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    what="旗 bureau page with the title three times (title tag, h1, centred first body line); 发布日期/信息来源 "
         "line; 字号【大 中 小】【打印】【关闭】; items 1．–13． (ASCII digit, full-width dot) numbered through",
    expect=dict(title="准格尔旗教育体育局2022年工作计划", pub_date="2022-03-15", publisher="准格尔旗教育体育局",
                plan_year=2022, doc_kind="plan"),
    must_not_appear=["发布日期", "信息来源", "字号", "【打印】", "【关闭】", "蒙ICP备", "我要纠错"],
    template="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>准格尔旗教育体育局2022年工作计划</title>
<link href="/css/main.css" rel="stylesheet">
<script src="/js/jquery.js"></script>
</head>
<body>
<div class="top_bar"><div class="wrap">准格尔旗人民政府 <a href="/">首页</a> | <a href="/wzdt/">网站地图</a> | <a href="javascript:;">蒙古文</a></div></div>
<div class="banner"><img src="/images/banner_zge.jpg"></div>
<div class="menu"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/gzcy/">公众参与</a></div>
<div class="wrap">
<div class="weizhi">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/jytyj/">教育体育局</a></div>
<div class="con_box">
<h1>准格尔旗教育体育局2022年工作计划</h1>
<div class="con_info"><span>发布日期：2022-03-15</span><span>信息来源：准格尔旗教育体育局</span>
<span class="zh">字号【<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span>
<span>【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</span></div>
<div class="con_text" id="zoom">
{content}
</div>
<div class="con_page"><p>上一篇：<a href="./t20220310_3091234.html">准格尔旗2022年学生资助工作要点</a></p><p>下一篇：<a href="./t20220321_3101234.html">准格尔旗2022年全民健身工作计划</a></p></div>
</div></div>
<div class="footer"><p>主办单位：准格尔旗人民政府办公室　<a href="https://zfwzzc.www.gov.cn/">我要纠错</a></p>
<p>网站标识码：1506220001　<a href="https://beian.miit.gov.cn/">蒙ICP备05004567号</a></p></div>
<script>function doZoom(size){ document.getElementById('zoom').style.fontSize = size + 'px'; }</script>
</body>
</html>
""",
    spec="""
Z 准格尔旗教育体育局2022年工作计划
P 2022年，旗教育体育局将以习近平新时代中国特色社会主义思想为指导，认真贯彻落实全旗教育体育工作会议精神，紧紧围绕“办人民满意教育、建体育强旗”目标，重点做好以下工作。
S 一、|强化政治引领
I 1．|巩固拓展党史学习教育成果，推动党史学习教育常态化长效化，开展“铸牢中华民族共同体意识”主题教育活动。
I 2．|全面推行国家通用语言文字教育教学，民族语言授课学校全面使用国家统编教材。
I 3．|加强中小学校党组织建设，完成全旗中小学校党组织领导的校长负责制改革试点。
S 二、|优化资源布局
I 4．|实施准格尔旗第五中学迁建、薛家湾第八小学新建项目，新增学位2400个。
I 5．|新建改扩建公办幼儿园3所，学前三年毛入园率达到98%以上。
I 6．|推进智慧校园建设，建成智慧校园示范学校8所。
S 三、|提升教育质量
I 7．|落实“双减”政策，义务教育学校课后服务覆盖率保持100%，学科类校外培训机构压减率达到100%。
I 8．|深化课堂教学改革，开展旗级教学能手评选活动，评选教学能手60名。
I 9．|推进普通高中新课程新教材实施，支持准格尔旗第一中学创建自治区级示范性普通高中。
S 四、|发展体育事业
I 10．|举办全旗第十届全民运动会，全年开展各类群众性体育赛事活动50项以上。
I 11．|新建全民健身中心1处、社区健身广场12处，人均体育场地面积达到3.2平方米。
S 五、|守牢安全底线
I 12．|落实校园安全“四个100%”建设标准，实现校园安全管理网格化全覆盖。
I 13．|做好新冠肺炎疫情常态化防控工作，严格落实学校疫情防控各项措施。
""",
)

# --------------------------------------------------------------------------- 11 动易 SiteWeaver, 更新时间 only, <h3> sections

P11 = dict(
    slug="11-guangxi-lingchuan-powereasy-2021-plan",
    url="http://www.lcjyj.com/Article/ShowArticle.asp?ArticleID=1876",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    what="动易 (PowerEasy) ShowArticle page: 作者：佚名 文章来源 点击数 更新时间：2021-3-8 (no zero padding) in one "
         "cell; body in #fontzoom; sections as <h3>; items 1. and 3、 mixed, numbered through",
    expect=dict(title="灵川县教育局2021年工作要点", pub_date="2021-03-08", publisher="灵川县教育局",
                plan_year=2021, doc_kind="plan"),
    must_not_appear=["佚名", "文章来源", "点击数", "更新时间", "【发表评论】", "【告诉好友】", "桂ICP备", "网友评论"],
    style=dict(section="h3"),
    template="""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>灵川县教育局2021年工作要点 - 灵川县教育局</title>
<link href="/Skin/blue/DefaultSkin.css" rel="stylesheet" type="text/css" />
<script language="JavaScript" type="text/JavaScript" src="/js/menu.js"></script>
</head>
<body>
<div id="top"><img src="/Skin/blue/top_banner.jpg" alt="灵川县教育局" /></div>
<div id="menu"><a href="/">网站首页</a> | <a href="/Article/Index.asp">新闻中心</a> | <a href="/Article/ShowClass.asp?ClassID=3">通知公告</a> | <a href="/Article/ShowClass.asp?ClassID=5">政策法规</a> | <a href="/GuestBook/Index.asp">留言本</a></div>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="main_title_760">您现在的位置：<a href="/">灵川县教育局</a> &gt;&gt; <a href="/Article/Index.asp">新闻中心</a> &gt;&gt; <a href="/Article/ShowClass.asp?ClassID=3">通知公告</a> &gt;&gt; 正文</td></tr>
<tr><td class="main_ArticleTitle"><h2>灵川县教育局2021年工作要点</h2></td></tr>
<tr><td class="Article_tdbgall" align="center">作者：佚名　　文章来源：灵川县教育局　　点击数：<script language="javascript" src="/Article/GetHits.asp?ArticleID=1876"></script>　　更新时间：2021-3-8</td></tr>
<tr><td id="fontzoom" class="main_ArticleContent">
{content}
</td></tr>
<tr><td align="right">【<a href="/Article/Comment.asp?ArticleID=1876">发表评论</a>】【<a href="/Article/SendMail.asp?ArticleID=1876">告诉好友</a>】【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close();">关闭窗口</a>】</td></tr>
<tr><td><li>上一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=1871">灵川县2021年春季学期开学工作会议召开</a></li>
<li>下一篇文章：<a href="/Article/ShowArticle.asp?ArticleID=1880">灵川县教育局2021年党风廉政建设工作要点</a></li></td></tr>
<tr><td class="comment"><b>网友评论：</b>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）</td></tr>
</table>
<div id="bottom">主办单位：灵川县教育局　地址：灵川县灵川镇八里街<br />
<a href="https://beian.miit.gov.cn">桂ICP备11002345号</a>　网站标识码：4503230010</div>
</body>
</html>
""",
    spec="""
P 2021年是中国共产党成立100周年，是“十四五”规划开局之年。全县教育工作要以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，为建设新时代中国特色社会主义壮美广西贡献灵川教育力量。
S 一、|全面加强党的建设
I 1.|扎实开展党史学习教育。组织全县教育系统党员干部开展党史专题学习，举办“永远跟党走”主题演讲比赛、红色经典诵读等活动。
I 2.|推进基层党组织建设。开展“五星级”党支部创建，创建五星级党支部8个。
S 二、|推动各类教育协调发展
I 3、|大力发展学前教育。完成灵川县第二幼儿园建设，新增公办学位360个，学前三年毛入园率达到90%。
I 4、|巩固义务教育均衡发展成果。推进灵川县第三小学、八里街中学建设，控辍保学动态清零。
I 5.|推动普通高中多样化有特色发展。支持灵川中学创建自治区示范性普通高中，高考本科上线人数稳步增长。
I 6.|做好巩固拓展脱贫攻坚成果同乡村振兴有效衔接。落实各项学生资助政策，确保家庭经济困难学生应助尽助。
S 三、|提高教育教学质量
I 7.|加强教学常规管理。开展教学常规检查每学期不少于2次，推进“高效课堂”建设。
I 8.|做好中考、高考组织工作。确保考试安全平稳，力争高考各批次上线人数比上年有新的突破。
S 四、|加强教师队伍建设
I 9.|实施教师素质提升工程。组织教师参加“国培计划”“区培计划”培训2000人次以上。
I 10、|落实教师待遇。按时足额发放教师工资，保障义务教育教师平均工资收入不低于当地公务员平均工资收入水平。
S 五、|维护校园安全稳定
I 11.|深入开展平安校园创建活动。落实校园安全防范“三防”建设，全县学校“一键式报警”覆盖率达到100%。
""",
)

# --------------------------------------------------------------------------- 12 博达 VSB, target table after an item

P12 = dict(
    slug="12-hainan-qionghai-vsb-table-2024-plan",
    url="http://jyj.qionghai.gov.cn/info/1102/5321.htm",
    headers={"Content-Type": "text/html"},
    encoding="utf-8",
    what="博达 VSB page (form _newscontent_fromname, #vsb_content .v_news_content); 时间：2024年03月12日 and "
         "来源 line with a _showDynClicks script; item 1. followed by a 7-row target table, then item 2.",
    expect=dict(title="琼海市2024年教育工作要点", pub_date="2024-03-12", publisher="琼海市教育局",
                plan_year=2024, doc_kind="plan"),
    must_not_appear=["时间：", "点击：", "【关闭】", "琼ICP备", "_showDynClicks"],
    template="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>琼海市2024年教育工作要点-琼海市教育局</title>
<meta name="description" content="2024年，全市教育工作坚持以习近平新时代中国特色社会主义思想为指导">
<link type="text/css" href="../../style/style.css" rel="stylesheet">
<script type="text/javascript" src="/system/resource/js/counter.js"></script>
<script type="text/javascript">_jsq_(1102,'/content.jsp',5321,1563012345)</script>
</head>
<body>
<div class="header"><div class="w1200"><img src="../../images/logo.png" alt="琼海市教育局"></div></div>
<div class="nav"><ul class="w1200"><li><a href="../../index.htm">首页</a></li><li><a href="../../jyxw.htm">教育新闻</a></li><li><a href="../../tzgg.htm">通知公告</a></li><li><a href="../../zcfg.htm">政策法规</a></li><li><a href="../../xxgk.htm">信息公开</a></li></ul></div>
<div class="w1200 main">
<div class="dqwz">当前位置: <a href="../../index.htm">首页</a> &gt;&gt; <a href="../../tzgg.htm">通知公告</a> &gt;&gt; 正文</div>
<form name="_newscontent_fromname">
<div class="content-title"><h1>琼海市2024年教育工作要点</h1></div>
<div class="content-info">时间：2024年03月12日&nbsp;&nbsp;&nbsp;来源：琼海市教育局&nbsp;&nbsp;&nbsp;点击：<script>_showDynClicks("wbnews", 1563012345, 5321)</script>次</div>
<div id="vsb_content"><div class="v_news_content">
{content}
</div></div>
<div id="div_vote_id"></div>
<div class="close-btn">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
<div class="prev-next"><p>上一篇：<a href="5310.htm">关于做好2024年春季学期开学工作的通知</a></p><p>下一篇：<a href="5334.htm">琼海市2024年义务教育阶段招生工作方案</a></p></div>
</form>
</div>
<div class="footer"><p>主办单位：琼海市教育局　地址：琼海市嘉积镇金海路</p><p><a href="https://beian.miit.gov.cn">琼ICP备09001234号</a>　网站标识码：4690020012</p></div>
</body>
</html>
""",
    spec="""
P 2024年，全市教育工作坚持以习近平新时代中国特色社会主义思想为指导，紧紧围绕海南自由贸易港建设大局，加快建设教育强市。主要工作如下：
S 一、|推动学前教育和义务教育优质发展
I 1.|扩大优质学位供给。新建琼海市第二幼儿园嘉积分园等3所公办幼儿园，推进嘉积中学初中部扩建工程，全年新增学位2100个。全市各级各类教育主要发展指标如下：
T 指标|2023年实际|2024年目标;;学前三年毛入园率|91.6%|93%;;普惠性幼儿园覆盖率|88.3%|90%;;九年义务教育巩固率|97.9%|98%;;高中阶段毛入学率|92.5%|93.5%;;中职毕业生就业率|95.1%|96%;;学生体质健康合格率|91.2%|92%
I 2.|深化集团化办学。组建嘉积中学、琼海市实验小学等6个教育集团，城乡结对帮扶覆盖全部乡镇学校。
I 3.|加强乡村学校建设。实施乡村温馨校园建设项目12个，改善乡村学校教师周转宿舍条件。
S 二、|推动高中阶段教育特色发展
I 4.|提升普通高中办学质量。支持嘉积中学建设海南省一流高中，推进琼海市第一中学、琼海市第二中学特色课程建设。
I 5.|推进职普融通。支持琼海市职业中学与高职院校开展“3+2”贯通培养，建设自贸港急需紧缺专业3个。
S 三、|提升教育质量和育人水平
I 6.|加强思想政治教育。开展“自贸港青少年说”主题教育活动，建设市级思政教育实践基地5个。
I 7.|推进体教融合。开展中小学生游泳、沙滩排球等特色体育项目，中小学生游泳技能普及率达到80%。
I 8.|加强学生心理健康工作。实现中小学校心理辅导室全覆盖，每所学校至少配备1名专职心理健康教育教师。
S 四、|加强教育保障
I 9.|建设高素质教师队伍。招聘教师350名，引进骨干教师和优秀校长20名，组织教师全员培训。
I 10.|强化校园安全管理。落实“一键报警”“护学岗”等安全防范措施，确保全年不发生重大校园安全事故。
""",
)


# --------------------------------------------------------------------------- 13 zero-width characters, (一) items, （１） sub-items

P13 = dict(
    slug="13-shaanxi-fengxiang-zero-width-2023-plan",
    url="http://www.fengxiang.gov.cn/xxgk/bmxxgk/jytyj/ghjh/202303/t20230306_1502345.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    what="区 bureau page pasted from a rich editor: &#12288;&#12288; indentation, zero-width spaces before, "
         "inside and after markers and inside texts (&#8203; and a raw U+200B), a <wbr>; sections 一、 in a 黑体 "
         "<span>; items with half-width (一) restarting per section; sub-items with full-width digits （１）",
    expect=dict(title="凤翔区2023年教育体育工作要点", pub_date="2023-03-06", publisher="凤翔区教育体育局",
                plan_year=2023, doc_kind="plan"),
    must_not_appear=["发布者：", "发布时间：", "浏览次数", "【打印本页】", "【关闭窗口】", "陕ICP备", "分享到"],
    style=dict(section="p_hei", indent="&#12288;&#12288;", p=' style="line-height:2"'),
    template="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>凤翔区2023年教育体育工作要点 - 宝鸡市凤翔区人民政府</title>
<link rel="stylesheet" href="/static/css/detail.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div class="header"><div class="container"><img src="/static/images/logo_fx.png" alt="宝鸡市凤翔区人民政府"></div></div>
<div class="navbar"><div class="container"><a href="/">首页</a><a href="/zjfx/">走进凤翔</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></div></div>
<div class="container">
<div class="path">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/bmxxgk/">部门信息公开</a> &gt; 规划计划</div>
<div class="detail-main">
<div class="detail-title">凤翔区2023年教育体育工作要点</div>
<div class="detail-info">发布者：凤翔区教育体育局　　发布时间：2023-03-06　　浏览次数：<span id="views">386</span></div>
<div class="detail-share">分享到：<a class="wx">微信</a> <a class="wb">微博</a></div>
<div class="detail-content">
{content}
</div>
<div class="detail-btn">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="detail-pn"><p>上一篇：<a href="./t20230301_1501234.html">凤翔区2023年学生资助工作要点</a></p><p>下一篇：<a href="./t20230310_1503456.html">凤翔区2023年体育工作要点</a></p></div>
</div></div>
<div class="footer"><p>主办单位：宝鸡市凤翔区人民政府办公室</p><p>网站标识码：6103220001　<a href="https://beian.miit.gov.cn/">陕ICP备05012345号</a></p></div>
</body>
</html>
""",
    spec="""
P 2023年，区教育体育局将坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党的二十大精神，聚焦教育体育高质量发展，努力办好人民满意的教育和体育。
S 一、|着力提升教育质量
I &#8203;(一)|推进学前教育普及普惠。
U （１）|新建柳林镇中心幼儿园等公办幼儿园2所，新增学位360个。
U （２）&#8203;|开展幼儿园保育教育质量评估，省级示范幼儿园达到6所。
U （３）|加强幼儿园规范管理，开展无证园专项治理。
I (二)|推进义务教育优质均衡。
U （１）|实施城区学校扩容工程，凤翔区东湖小学新校区秋季投入使用。
U （２）|深化城乡学校共同体建设，组建共同体12个，实现乡村学校全覆盖。
U （&#8203;３）|落实“双减”政策，课后服务参与率达到95%以上。
I (三)|推进高中教育特色发展。支持凤翔中学创建省级示范高中，普通高中一本上线人数较上年增长10%。
S 二、|着力建设教师队伍
I (一)|加强师德师风建设。将师德表现作为教师资格定期注册、职称评审、评优奖励的\u200b首要要求。
I (二)|提升教师专业能力。
U （１）|开展教师全员培训，全年培训教师3000人次以上。
U （２）|评选区级教学能手100名、骨干教师50名。
U （３）|推进“名师+”研修共同体建设，新建名师工作室5个。
S 三、|着力发展体育事业
I (一)|开展全民健身活动。举办全区第五届全民运动会，组织群众性体育赛事活动30场以上。
I (二)|完善体育设施。新建村级健身广场20个，更新<wbr>健身器材200件。
S 四、|着力维护安全稳定
I (一)|强化校园安全管理。开展校园安全隐患大排查大整治，隐患整改率达到100%。
I (二)|做好教育信访工作。及时处理群众来信来访，信访事项办结率达到100%。
""",
)

# --------------------------------------------------------------------------- 14 title split by <br>, inline （1）（2）, quoted “2.0”

P14 = dict(
    slug="14-jilin-jiutai-br-title-inline-2025-plan",
    url="http://www.jiutai.gov.cn/zwgk/bmdt/jyj/202502/t20250227_3312345.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    what="区 bureau page whose h1 splits the title with <br>; 来源 then 发布时间 (with seconds) line; items 1. and "
         "2、 mixed, numbered through; item 1. lists （1）（2）（3） inline inside one sentence (not sub-items); "
         "item 7. quotes “2.0” inside a sentence; 一是…四是 sub-items as their own paragraphs",
    expect=dict(title="九台区教育局2025年教育工作要点", pub_date="2025-02-27", publisher="长春市九台区教育局",
                plan_year=2025, doc_kind="plan"),
    must_not_appear=["发布时间", "【字体", "打印", "吉ICP备", "相关文章"],
    template="""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>九台区教育局2025年教育工作要点_长春市九台区人民政府</title>
<link rel="stylesheet" href="/images/css/article.css">
</head>
<body>
<header class="hd"><div class="wrap"><img src="/images/logo_jt.png" alt="长春市九台区人民政府"><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a></nav></div></header>
<div class="wrap">
<div class="bread">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmdt/">部门动态</a> &gt; 区教育局</div>
<article class="art">
<h1 class="art-title">九台区教育局<br>2025年教育工作要点</h1>
<div class="art-meta">来源：长春市九台区教育局　发布时间：2025-02-27 15:20:11　
【字体：<a href="javascript:;" onclick="setSize(18)">大</a> <a href="javascript:;" onclick="setSize(16)">中</a> <a href="javascript:;" onclick="setSize(14)">小</a>】
<a href="javascript:window.print()">打印</a></div>
<div class="art-body" id="artBody">
{content}
</div>
<div class="art-nav"><p>上一篇：<a href="./t20250220_3309876.html">九台区2025年春季学期开学工作安排</a></p><p>下一篇：<a href="./t20250305_3315678.html">九台区2025年义务教育招生入学工作方案</a></p></div>
<div class="art-rel"><h3>相关文章</h3><ul><li><a href="/zwgk/bmdt/jyj/202402/t20240226_3001234.html">九台区教育局2024年教育工作要点</a></li></ul></div>
</article></div>
<footer class="ft"><p>主办单位：长春市九台区人民政府办公室</p><p>网站标识码：2201130001　<a href="https://beian.miit.gov.cn/">吉ICP备05001234号</a></p></footer>
<script>function setSize(s){ document.getElementById('artBody').style.fontSize = s + 'px'; }</script>
</body>
</html>
""",
    spec="""
P 2025年是“十四五”规划收官之年，也是教育强国建设三年行动的开局之年。全区教育系统要以习近平新时代中国特色社会主义思想为指导，深入贯彻全国教育大会精神，全力推进教育强区建设。
S 一、|坚持立德树人，构建全面育人体系
I 1.|深化思政课改革创新。推进大中小学思政课一体化建设，重点抓好三项工作：（1）建设区级思政课名师工作室3个；（2）组织思政课教师全员轮训；（3）开展“开学第一课”“国旗下的讲话”等主题教育活动。
I 2、|促进学生身心健康。落实学生每天综合体育活动2小时要求，全区中小学生体质健康优良率达到55%，近视率较上年下降0.5个百分点。
I 3.|加强劳动教育和科学教育。建设区级劳动教育实践基地4个，每所中小学至少配备1名科学副校长。
S 二、|坚持扩优提质，推进基础教育高质量发展
I 4.|推进学前教育普惠发展。新建公办幼儿园1所，普惠性幼儿园覆盖率达到93%。
I 5、|推进义务教育优质均衡。
U 一是|加快学校建设，九台区第二实验小学新校区9月投入使用，新增学位1080个。
U 二是|深化集团化办学，组建城乡一体化教育集团6个。
U 三是|规范办学行为，严格执行国家课程方案，严禁违规补课和超标超前教学。
U 四是|关爱特殊群体，落实进城务工人员随迁子女“两为主、两纳入”政策。
I 6.|推进普通高中特色发展。支持九台一中建设省级示范性特色高中，推进九台区第四中学科技特色课程建设。
S 三、|坚持数字赋能，推进教育数字化转型
I 7.|实施教师数字素养提升行动。落实教师信息技术应用能力提升工程“2.0”，教师数字化教学能力培训参训率达到100%。
I 8、|推进智慧校园建设。新建智慧教室80间，创建省级智慧校园示范校3所。
S 四、|坚持强师铸魂，建设高素质教师队伍
I 9.|加强师德师风建设。开展“师德师风建设年”活动，健全师德失范行为通报警示制度。
I 10.|优化教师队伍结构。招聘教师120名，落实乡村教师生活补助政策，年内交流轮岗教师不少于150人。
S 五、|坚持安全发展，守牢校园安全底线
I 11.|加强校园安全管理。推进平安校园建设，专职保安配备、封闭化管理、“一键报警”覆盖率均达到100%。
I 12、|加强校园食品安全管理。落实集中用餐陪餐制度，学校食堂“互联网+明厨亮灶”覆盖率达到100%。
""",
)

# --------------------------------------------------------------------------- 15 subtitle line, heading-only item lines

P15 = dict(
    slug="15-liaoning-jinpu-subtitle-2022-plan",
    url="http://www.dljp.gov.cn/jyj/zwgk/ghjh/202202/t20220218_987654.html",
    headers={"Content-Type": "text/html;charset=utf-8"},
    encoding="utf-8",
    what="新区 bureau page: h1 main title and an h2 subtitle line “——金普新区2022年教育工作要点”; 发布时间："
         "2022年02月18日 / 来源 line; sections as <p><b>; four items whose first line is a heading without a "
         "full stop, their text continuing in the next paragraph",
    expect=dict(title="办好人民满意的教育——金普新区2022年教育工作要点", pub_date="2022-02-18",
                publisher="金普新区教育局", plan_year=2022, doc_kind="plan"),
    tolerated=dict(title="金普新区2022年教育工作要点"),
    must_not_appear=["发布时间", "【字体", "【打印】", "辽ICP备", "扫一扫"],
    style=dict(section="p_b", p=' style="text-indent:2em;line-height:1.8"'),
    template="""<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>办好人民满意的教育——金普新区2022年教育工作要点-大连金普新区</title>
<link rel="stylesheet" href="/jyj/css/style.css">
</head>
<body>
<div class="top"><div class="w"><img src="/jyj/images/logo.png" alt="大连金普新区教育局"></div></div>
<div class="nav"><div class="w"><a href="/jyj/">首页</a><a href="/jyj/jydt/">教育动态</a><a href="/jyj/zwgk/">政务公开</a><a href="/jyj/bszn/">办事指南</a></div></div>
<div class="w">
<div class="location">当前位置：<a href="/jyj/">首页</a> &gt; <a href="/jyj/zwgk/">政务公开</a> &gt; 规划计划</div>
<div class="article">
<h1>办好人民满意的教育</h1>
<h2 class="subtitle">——金普新区2022年教育工作要点</h2>
<div class="source">发布时间：2022年02月18日　来源：金普新区教育局　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】　【<a href="javascript:window.print()">打印</a>】</div>
<div class="article-text">
{content}
</div>
<div class="qrcode"><img src="/jyj/images/qr.png"><span>扫一扫在手机上查看</span></div>
<div class="pager"><p>上一篇：<a href="./t20220210_981234.html">金普新区2022年春季学期开学工作通知</a></p><p>下一篇：<a href="./t20220225_991234.html">金普新区2022年学前教育工作要点</a></p></div>
</div></div>
<div class="footer"><p>主办单位：大连金普新区教育局</p><p>网站标识码：2102130012　<a href="https://beian.miit.gov.cn/">辽ICP备05012345号</a></p></div>
</body>
</html>
""",
    spec="""
P 2022年，新区教育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，扎实推进教育现代化，努力办好人民满意的教育。
S 一、|加强党的建设
I 1.|落实党组织领导的校长负责制
P 制定新区中小学校党组织会议和校长办公会议议事规则，年底前实现中小学校党组织领导的校长负责制全覆盖。
I 2.|推进清廉学校建设
P 开展清廉学校建设示范校创建活动，创建示范校10所，推动清廉文化进校园、进课堂。
S 二、|扩大优质教育资源
I 3.|加快学校建设。推进金普新区第十五中学、得胜小学等8所中小学幼儿园建设，新增学位6300个。
I 4.|推进学前教育普惠发展。新增普惠性幼儿园学位1500个，普惠性幼儿园覆盖率达到90%以上。
I 5.|推进集团化办学
P 组建紧密型教育集团5个，推动优质学校与薄弱学校、城区学校与农村学校结对帮扶，实现集团内课程、师资、管理共享。
S 三、|提高教育教学质量
I 6.|深化课堂教学改革。推进“学为中心”课堂教学改革，开展新区级优质课评比，评选优质课100节。
I 7.|落实“双减”工作要求。严控书面作业总量，课后服务实现义务教育学校全覆盖，学生自愿参加率达到95%以上。
I 8.|推进体育美育发展。开展新区中小学生足球、篮球、排球联赛，全区学生体质健康优良率达到50%。
S 四、|建设高素质教师队伍
I 9.|加强教师培训
P 实施“新区名师”培养工程，培养新区级名师50名、骨干教师200名，组织教师全员培训1.2万人次。
I 10.|推进教师交流轮岗。落实“区管校聘”管理改革，义务教育学校教师交流轮岗比例不低于15%。
S 五、|维护校园安全稳定
I 11.|加强校园安全管理。严格落实校园安全主体责任，开展校园及周边环境综合治理，确保校园安全稳定。
""",
)

# --------------------------------------------------------------------------- 16 SiteServer CMS, （1） sub-items as paragraphs

P16 = dict(
    slug="16-guangdong-conghua-siteserver-2024-plan",
    url="http://www.conghua.gov.cn/gzchjy/gkmlpt/content/9/9512/post_9512345.html",
    headers={"Content-Type": "text/html; charset=utf-8"},
    encoding="utf-8",
    what="SiteServer CMS page (div.conTxt) with a 文章属性 table above the title (发布日期 信息来源 访问量); "
         "items 1.–11. numbered through, （1）（2） sub-items as their own paragraphs under lead-sentence items",
    expect=dict(title="广州市从化区教育局2024年工作计划", pub_date="2024-03-08", publisher="广州市从化区教育局",
                plan_year=2024, doc_kind="plan"),
    must_not_appear=["发布日期", "信息来源", "访问量", "粤ICP备", "【打印本页】"],
    template="""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>广州市从化区教育局2024年工作计划 - 从化区教育局</title>
<link href="/sitefiles/assets/css/common.css" rel="stylesheet" type="text/css">
<script src="/sitefiles/assets/scripts/jquery.min.js"></script>
<script src="/sitefiles/assets/scripts/stl.js"></script>
</head>
<body>
<div class="header"><div class="w1000"><img src="/upload/images/logo_chjy.png" alt="从化区教育局"></div></div>
<div class="menu"><div class="w1000"><a href="/">首页</a><a href="/contents/12.html">教育动态</a><a href="/contents/15.html">通知公告</a><a href="/contents/18.html">计划总结</a></div></div>
<div class="w1000">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/contents/18.html">计划总结</a></div>
<table class="attr" width="100%"><tr><td>发布日期：2024-03-08</td><td>信息来源：广州市从化区教育局</td><td>访问量：<span id="hits_9512345"></span></td></tr></table>
<div class="conTit"><h3>广州市从化区教育局2024年工作计划</h3></div>
<div class="conTxt">
{content}
</div>
<div class="conBtn">【<a href="javascript:window.print();">打印本页</a>】</div>
<div class="conPage"><span>上一篇：<a href="/contents/18/9510001.html">从化区2023年教育工作总结</a></span><span>下一篇：<a href="/contents/18/9515678.html">从化区2024年学前教育工作计划</a></span></div>
</div>
<div class="footer"><p>主办单位：广州市从化区教育局</p><p>网站标识码：4401170008　<a href="https://beian.miit.gov.cn/">粤ICP备12098765号</a></p></div>
<script>stlDynamic('hits_9512345', '/api/sys/stl/actions/dynamic?contentId=9512345');</script>
</body>
</html>
""",
    spec="""
P 2024年，区教育局将全面贯彻党的二十大精神，深入落实“百县千镇万村高质量发展工程”部署，推动从化教育高质量发展。
S 一、|加强党建引领
I 1.|持续深化党建工作。推动学校党组织标准化规范化建设，创建市级党建示范校2所、区级党建示范校6所。
I 2.|加强意识形态工作。落实意识形态工作责任制，加强课堂、教材、网络等阵地管理。
S 二、|推进教育优质均衡
I 3.|扩大优质学位供给。
U （1）|推进从化区第三中学扩建、温泉镇中心小学改扩建等12个项目，新增公办学位4860个。
U （2）|新增公办幼儿园3所，公办幼儿园在园幼儿占比达到55%。
I 4.|推进集团化办学。组建广州市第六中学从化校区等8个教育集团，实现镇域学校集团化办学全覆盖。
I 5.|实施“百千万工程”教育帮扶行动。
U （1）|组织城区优质学校与镇村学校开展结对帮扶，结对学校达到40对。
U （2）|实施乡村教师能力提升计划，培训乡村教师1500人次。
S 三、|提升教育质量
I 6.|深化课程教学改革。开展区级教学成果培育，推进“双新”实施示范区建设。
I 7.|加强体育美育劳动教育。
U （1）|推进中小学生每天校内外各1小时体育活动，体质健康达标率达到95%以上。
U （2）|开展“一校一品”艺术特色创建，新增区级艺术特色学校10所。
I 8.|加强学生心理健康教育。开展学生心理健康全员筛查，建立“一生一策”心理关爱档案。
S 四、|建设高素质教师队伍
I 9.|加强师德师风建设。开展师德主题教育，完善师德考核评价机制。
I 10.|提升教师专业素养。推进“名师名校长名班主任”工程，培养区级名师工作室主持人30名。
S 五、|守牢安全底线
I 11.|强化校园安全。健全校园安全风险防控体系，推进校园安全“三防”建设全面达标。
""",
)

MORE_PAGES = [P07, P08, P09, P10, P11, P12, P13, P14, P15, P16]
