"""Hand-written specs of the twelfth holdout's pages: the served page around the body, the body, the answers.

Each page imitates what one education bureau's 政府信息公开 column serves for its plan or report:
its own template, encoding and metadata placement. The plan texts were written for this set.
"""

from __future__ import annotations

# --------------------------------------------------------------------------- 01 北京 丰台 (xxgk table, empty 发文字号)

FENGTAI = {
    "slug": "01-beijing-fengtai-2024-plan",
    "what": "北京市丰台区 district portal, 政府信息公开 page: 6-cell th/td table (发文字号 empty), h1, items 1.–13. through",
    "url": "https://www.bjft.gov.cn/ftq/c110969/202403/a1b2c3d4e5f64d2f9a4e5b6c7d8e9f01.shtml",
    "headers": {"content-type": "text/html; charset=UTF-8", "server": "nginx"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "丰台区2024年教育工作要点", "notice_title": None,
               "index_no": "11110106000085420T/2024-00047", "doc_no": None, "pub_date": "2024-03-11",
               "publisher": "北京市丰台区教育委员会", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["索引号", "发文字号", "成文日期", "主题分类", "网站标识码", "京ICP备", "京公网安备", "打印",
                        "关闭", "分享到", "相关链接", "政府网站找错", "无障碍"],
    "shell": """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="SiteName" content="北京市丰台区人民政府">
<meta name="SiteDomain" content="www.bjft.gov.cn">
<meta name="SiteIDCode" content="1101060001">
<meta name="ColumnName" content="计划规划">
<title>丰台区2024年教育工作要点_计划规划_北京市丰台区人民政府网站</title>
<link rel="stylesheet" href="/ftq/xhtml/css/common.css">
<script src="/ftq/xhtml/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="w1200"><span class="fl">欢迎访问北京市丰台区人民政府网站</span>
<span class="fr"><a href="javascript:;" id="wza">无障碍</a> | <a href="/ftq/ydb/index.shtml">移动版</a> | <a href="https://www.beijing.gov.cn">首都之窗</a></span></div></div>
<div class="header"><div class="w1200"><a class="logo" href="/"><img src="/ftq/xhtml/images/logo.png" alt="北京市丰台区人民政府"></a>
<div class="search"><input type="text" id="searchword" placeholder="请输入关键词"><button>搜索</button></div></div></div>
<div class="nav"><ul class="w1200"><li><a href="/">首页</a></li><li><a href="/ftq/zwgk/">政务公开</a></li><li><a href="/ftq/bsfw/">办事服务</a></li><li><a href="/ftq/hdjl/">互动交流</a></li><li><a href="/ftq/zjft/">走进丰台</a></li></ul></div>
<div class="w1200 crumbs">您当前所在的位置：<a href="/">首页</a> &gt; <a href="/ftq/zwgk/">政务公开</a> &gt; <a href="/ftq/c110969/">计划规划</a></div>
<div class="w1200 article-box">
<table class="xxgk-table" cellspacing="0" cellpadding="0">
<tr><th>索引号</th><td>11110106000085420T/2024-00047</td><th>发文机构</th><td>北京市丰台区教育委员会</td></tr>
<tr><th>发文字号</th><td></td><th>主题分类</th><td>教育</td></tr>
<tr><th>成文日期</th><td>2024-03-05</td><th>发布日期</th><td>2024-03-11</td></tr>
<tr><th>名称</th><td colspan="3">丰台区2024年教育工作要点</td></tr>
</table>
<h1 class="art-title">丰台区2024年教育工作要点</h1>
<div class="art-tools"><span class="font-size">字号：<a href="javascript:;" data-s="18">大</a> <a href="javascript:;" data-s="16">中</a> <a href="javascript:;" data-s="14">小</a></span>
<span class="share">分享到：<a class="wx" href="javascript:;"></a><a class="wb" href="javascript:;"></a></span></div>
<div class="art-con" id="mainText">
<div class="view TRS_UEDITOR trs_paper_default">
{content}
</div>
</div>
<div class="art-btn"><a href="javascript:window.print();">【打印】</a><a href="javascript:window.close();">【关闭】</a></div>
<div class="related"><h3>相关链接</h3><ul>
<li><a href="/ftq/c110969/202303/0a.shtml">丰台区2023年教育工作要点</a><span>2023-03-08</span></li>
<li><a href="/ftq/c110969/202402/0b.shtml">丰台区教委2023年工作总结</a><span>2024-02-02</span></li></ul></div>
</div>
<div class="footer"><div class="w1200">
<p>主办：北京市丰台区人民政府办公室　承办：北京市丰台区政务服务和数据管理局</p>
<p>网站标识码：1101060001　<a href="https://beian.miit.gov.cn">京ICP备05083302号</a>　<img src="/ftq/xhtml/images/ga.png">京公网安备 11010602060001号</p>
<p><a href="https://zfwzzc.www.gov.cn/"><img src="/ftq/xhtml/images/zc.png" alt="政府网站找错"></a></p>
</div></div>
<script src="/ftq/xhtml/js/font.js"></script>
</body>
</html>
""",
    "spec": """
P 2024年是中华人民共和国成立75周年，是实现“十四五”规划目标任务的关键一年。全区教育工作的总体要求是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，深入落实首都教育大会部署，坚持教育优先发展，加快建设高质量教育体系，为建设现代化丰台提供有力的人才和智力支撑。
S 一、|坚持党的全面领导，落实立德树人根本任务
I 1.|深入推进党建引领。落实中小学校党组织领导的校长负责制，完善党组织会议和校长办公会议议事规则，年内实现区属中小学校党组织书记、校长分设全覆盖。开展“一校一品”党建品牌创建，培育区级示范党组织20个。
I 2.|加强思政课一体化建设。组建大中小学思政课一体化共同体8个，组织思政课教师全员轮训，开展“行走的思政课”实践活动不少于100场。
I 3.|促进学生全面发展。落实义务教育阶段学生每天校内外各1小时体育活动，中小学生体质健康优良率达到55%以上。推进美育浸润行动，每名学生掌握1至2项艺术技能。
P 加强劳动教育和心理健康教育，建设区级劳动教育实践基地5个，中小学心理健康教育专职教师配备率达到100%。
S 二、|扩大优质教育资源供给
I 4.|推进学前教育普及普惠。新建、改扩建幼儿园6所，新增学位1200个，普惠性幼儿园覆盖率保持在90%以上。
I 5.|推动义务教育优质均衡。深化集团化办学，新组建教育集团3个，集团化办学覆盖率达到85%。完成丽泽、南苑等重点区域配套学校建设，新增中小学学位3600个。
I 6.|促进普通高中多样化发展。支持2所高中建设特色课程基地，扩大优质高中招生计划分配到校比例，确保不低于60%。
S 三、|深化教育综合改革
I 7.|深化“双减”工作。巩固校外培训治理成果，完善课后服务“1+N”模式，课后服务参与率保持在95%以上。
I 8.|推进教育评价改革。开展中小学办学质量评价试点，完善学生综合素质评价，探索教师增值性评价。
I 9.|推进教育数字化转型。建设智慧校园示范校10所，推广“丰台教育云”平台应用，实现中小学数字教材全覆盖。
S 四、|建设高素质专业化教师队伍
I 10.|加强师德师风建设。严格落实新时代中小学教师职业行为十项准则，健全师德考核负面清单制度，对师德失范行为“零容忍”。
I 11.|提升教师专业能力。实施“丰台名师”培养工程，培养区级骨干教师300名；深化干部教师交流轮岗，年度交流比例不低于符合条件人数的10%。
S 五、|强化教育发展保障
I 12.|健全经费保障机制。落实“两个只增不减”要求，全年教育经费预算安排38.6亿元，保障生均公用经费足额拨付。
I 13.|守牢校园安全底线。完善校园安全风险防控体系，中小学校幼儿园专职保安员配备率、一键式紧急报警装置安装率均保持100%，全年开展应急疏散演练不少于每学期2次。
""",
}

# --------------------------------------------------------------------------- 02 上海 金山 (notice, 文号 line in body, header line)

JINSHAN = {
    "slug": "02-shanghai-jinshan-2023-notice",
    "what": "上海市金山区 portal: 发布日期/来源 header line, notice h1 with 文号 printed under it, plan items 1. restarting per section",
    "url": "https://www.jinshan.gov.cn/jyj-zcwj/20230224/1064742.html",
    "headers": {"content-type": "text/html;charset=UTF-8", "server": "openresty"},
    "encoding": "utf-8",
    "style": "lead",
    "expect": {"title": "2023年金山区教育工作要点",
               "notice_title": "上海市金山区教育局关于印发《2023年金山区教育工作要点》的通知",
               "index_no": None, "doc_no": "金教〔2023〕5号", "pub_date": "2023-02-24",
               "publisher": "金山区教育局", "plan_year": 2023, "doc_kind": "plan"},
    "tolerated": {"publisher": "上海市金山区教育局"},
    "must_not_appear": ["发布日期", "来源：", "字体：", "分享至", "沪ICP备", "网站标识码", "沪公网安备", "扫一扫",
                        "返回顶部", "打印本页"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>上海市金山区教育局关于印发《2023年金山区教育工作要点》的通知 - 上海市金山区人民政府</title>
<link href="/css/jinshan_2021.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
</head>
<body>
<div id="header"><div class="logo"><img src="/images/logo_js.png" alt="上海金山"></div>
<ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">政务服务</a></li><li><a href="/zmhd/">政民互动</a></li><li><a href="/zjjs/">走进金山</a></li></ul></div>
<div class="location"><a href="/">首页</a> &gt;&gt; <a href="/zwgk/">政务公开</a> &gt;&gt; <a href="/jyj/">区教育局</a> &gt;&gt; <a href="/jyj-zcwj/">政策文件</a></div>
<div class="main-content">
<div class="content-title">
<h2>上海市金山区教育局关于印发《2023年金山区教育工作要点》的通知</h2>
<p class="info">发布日期：2023-02-24&nbsp;&nbsp;&nbsp;&nbsp;来源：金山区教育局&nbsp;&nbsp;&nbsp;&nbsp;<span class="zt">字体：<a onclick="doZoom(18)">大</a> <a onclick="doZoom(16)">中</a> <a onclick="doZoom(14)">小</a></span>&nbsp;&nbsp;<span class="fx">分享至：<a class="weixin"></a><a class="weibo"></a></span></p>
</div>
<div class="Article_content" id="ivs_content">
{content}
</div>
<div class="print"><a href="javascript:window.print()">打印本页</a></div>
</div>
<div class="gotop"><a href="#top">返回顶部</a></div>
<div id="footer">
<p>上海市金山区人民政府版权所有　<a href="https://beian.miit.gov.cn/">沪ICP备10018063号-1</a>　<img src="/images/police.png">沪公网安备31011602000175号</p>
<p>网站标识码：3101160004　建议使用1366×768分辨率浏览</p>
<div class="wx"><img src="/images/wx_js.jpg"><p>扫一扫关注“上海金山”</p></div>
</div>
</body>
</html>
""",
    "spec": """
T 金教〔2023〕5号
P 各街道（镇）社区教育中心，区属各学校、幼儿园，各直属事业单位：
P 现将《2023年金山区教育工作要点》印发给你们，请结合实际，认真贯彻执行。
C 上海市金山区教育局
C 2023年2月20日
T 2023年金山区教育工作要点
P 2023年，金山教育将全面贯彻党的二十大精神，围绕区委、区政府“两区一堡”战略定位，深化落实《金山区教育发展“十四五”规划》，推动教育优质均衡发展，努力办好人民满意的教育。
S 一、|坚持立德树人，提升育人质量
I 1.|深化思想政治教育。推进习近平新时代中国特色社会主义思想进课堂进头脑，完善“大思政课”工作格局，建设区级思政课名师工作室5个。
I 2.|加强体育美育工作。确保中小学生每天综合体育活动时间不少于2小时，中小学生体质健康达标率保持在96%以上；开展学生艺术展演活动，学生艺术社团覆盖率达到100%。
I 3.|完善家校社协同育人机制。办好区家庭教育指导中心，全区中小学幼儿园家长学校建校率100%，每学期开展家庭教育指导不少于2次。
S 二、|推进教育优质均衡发展
I 1.|提升学前教育保教质量。推进“幼小衔接”实验，新增托育点8个，托幼一体化幼儿园占比达到60%。
I 2.|巩固义务教育优质均衡。推进紧密型学区和集团建设，新增紧密型教育集团2个，做好国家义务教育优质均衡发展区创建迎检准备。
I 3.|推进高中特色多样发展。支持金山中学等学校创建市特色普通高中，做好新高考综合改革各项工作。
S 三、|深化教育改革创新
I 1.|推进课程教学改革。实施新一轮课程方案，开展单元教学设计研究，评选区级优秀教学案例100个。
I 2.|推进教育信息化。建成数字化转型标杆校6所，实现教学助手和作业平台在中小学全覆盖。
I 3.|深化产教融合。支持区属中职学校与化工区企业共建实训基地，订单培养比例提高到30%。
S 四、|加强教师队伍和保障体系建设
I 1.|优化教师队伍结构。全年招聘新教师260名，其中研究生学历比例不低于35%；实施“金山教育人才高地”计划。
I 2.|改善办学条件。完成亭林中学迁建、朱泾小学改扩建等8个项目，新增中小学幼儿园学位2400个。
I 3.|维护校园安全稳定。常态化开展校园安全隐患排查整治，食品安全“互联网+明厨亮灶”覆盖率达到100%。
""",
}

# --------------------------------------------------------------------------- 03 重庆 渝北 (labelled table, （一） items, 1. sub-items)

YUBEI = {
    "slug": "03-chongqing-yubei-2022-plan",
    "what": "重庆市渝北区 portal 法定主动公开 page: td.lab table with 索 引 号 spaced labels, 一、/（一）/1. three levels",
    "url": "http://www.ybq.gov.cn/bm/qjw/zwgk_71064/fdzdgknr/ghxx/202203/t20220318_10516781.html",
    "headers": {"content-type": "text/html", "server": "Apache"},
    "encoding": "utf-8",
    "style": "ueditor",
    "expect": {"title": "重庆市渝北区教育委员会2022年工作要点", "notice_title": None,
               "index_no": "11500112009289761E/2022-00018", "doc_no": "渝北教委发〔2022〕9号",
               "pub_date": "2022-03-18", "publisher": "重庆市渝北区教育委员会", "plan_year": 2022,
               "doc_kind": "plan"},
    "must_not_appear": ["索 引 号", "主题分类", "发布机构", "成文日期", "渝ICP备", "网站标识码", "渝公网安备",
                        "【打印】", "【关闭】", "上一篇", "下一篇", "您现在的位置"],
    "shell": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="重庆市渝北区人民政府">
<meta name="SiteIDCode" content="5001120001">
<meta name="ColumnName" content="规划信息">
<meta name="ArticleTitle" content="重庆市渝北区教育委员会2022年工作要点">
<title>重庆市渝北区教育委员会2022年工作要点_规划信息_重庆市渝北区人民政府</title>
<link rel="stylesheet" type="text/css" href="../../../../../images/ybq_common.css" />
</head>
<body>
<div class="top"><div class="wrap"><img src="../../../../../images/ybq_logo.png" /><div class="sear"><form action="/search/"><input name="searchWord" type="text" value="" /><input type="submit" value="搜索" /></form></div></div></div>
<div class="navbar"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjyb/">走进渝北</a></div>
<div class="wrap weizhi">您现在的位置：<a href="../../../../../">首页</a> &gt; <a href="../../../">区教委</a> &gt; <a href="../../">法定主动公开内容</a> &gt; <a href="../">规划信息</a></div>
<div class="wrap zwxl">
<table class="zwxl-table" width="100%" border="0" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="lab">索 引 号：</td><td class="val">11500112009289761E/2022-00018</td><td class="lab">主题分类：</td><td class="val">教育</td></tr>
<tr><td class="lab">发布机构：</td><td class="val">重庆市渝北区教育委员会</td><td class="lab">成文日期：</td><td class="val">2022-03-14</td></tr>
<tr><td class="lab">标　　题：</td><td class="val" colspan="3">重庆市渝北区教育委员会2022年工作要点</td></tr>
<tr><td class="lab">发文字号：</td><td class="val">渝北教委发〔2022〕9号</td><td class="lab">发布日期：</td><td class="val">2022-03-18</td></tr>
</tbody>
</table>
<div class="zwxl-title"><p class="tit">重庆市渝北区教育委员会2022年工作要点</p></div>
<div class="zwxl-article">
<div class="trs_editor_view TRS_UEDITOR trs_paper_default trs_web">
{content}
</div>
</div>
<div class="zwxl-bot"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
<div class="zwxl-page"><p>上一篇：<a href="./t20220311_10488812.html">渝北区2022年春季学期开学工作方案</a></p><p>下一篇：<a href="./t20220325_10541105.html">渝北区2022年学前教育宣传月活动方案</a></p></div>
</div>
<div class="footer"><p>主办：重庆市渝北区人民政府办公室　承办：重庆市渝北区大数据应用发展管理局</p>
<p>网站标识码：5001120001　<a href="https://beian.miit.gov.cn">渝ICP备10005302号</a>　渝公网安备 50011202500112号</p></div>
</body>
</html>
""",
    "spec": """
P 2022年全区教育工作的总体思路是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，以建设“渝北教育品质之区”为目标，聚焦内涵发展、优质均衡，推动全区教育事业高质量发展。
S 一、|全面加强党的建设
I （一）|加强政治建设。坚持把党的政治建设摆在首位，健全“第一议题”制度，全年开展党组理论学习中心组学习不少于12次。
I （二）|加强基层党组织建设。推进中小学校党组织领导的校长负责制试点，重点做好以下工作：
U 1.|完成全区38所公办中小学校章程修订，明确党组织领导职责。
U 2.|建设“渝北教育先锋”党建示范点15个，培育党建品牌10个。
U 3.|开展党务干部全员培训，培训覆盖率达到100%。
I （三）|加强党风廉政建设。落实全面从严治党主体责任，开展教育系统廉政风险点排查，建立问题清单并逐项整改。
S 二、|推进各类教育协调发展
I （一）|学前教育。新建幼儿园5所，新增学位2700个，公办园在园幼儿占比达到52%，普惠性幼儿园覆盖率达到90%。
I （二）|义务教育。统筹推进城区学位建设，重点推进以下项目：
U 1.|建成投用空港新城第三小学、两路中学新校区，新增学位4500个。
U 2.|启动木耳镇、古路镇等乡镇学校改扩建，改善农村学校寄宿条件。
I （三）|高中教育。实施普通高中提质行动，支持渝北中学创建市级示范高中，全区高考本科上线率稳定在85%以上。
S 三、|深化教育领域综合改革
I （一）|深化“双减”改革。作业管理“五项清单”落实率100%，学科类校外培训机构压减率巩固在90%以上。
I （二）|推进集团化办学。新组建教育集团4个，实现城乡学校结对帮扶全覆盖，具体包括：
U 1.|每个集团每学期开展联合教研不少于4次。
U 2.|集团内骨干教师交流比例不低于15%。
U 3.|建立集团办学质量年度评估制度。
I （三）|推进智慧教育。建设智慧课堂示范学校20所，中小学多媒体教室覆盖率达到100%。
S 四、|加强教育保障
I （一）|强化教师队伍建设。全年公开招聘教师600名，实施“区级名师”培养计划，评选区级骨干教师200名。
I （二）|强化安全稳定。落实校园安全“护校安园”工作机制，全年校园安全责任事故为零。
""",
}

# --------------------------------------------------------------------------- 04 海南 琼海 (th table without colons, １． items, （1） sub-items)

QIONGHAI = {
    "slug": "04-hainan-qionghai-2021-plan",
    "what": "海南省 city portal (琼海): th/td table without colons, 信息名称 row, full-width １． items through, （1） sub-items",
    "url": "http://qionghai.hainan.gov.cn/xxgk/zfxxgkzl/bmxxgk/sjyj/202103/t20210322_2953111.html",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx/1.16.1"},
    "encoding": "utf-8",
    "style": "word",
    "expect": {"title": "琼海市2021年教育工作要点", "notice_title": None,
               "index_no": "00817334-1-/2021-00041", "doc_no": "海教〔2021〕28号", "pub_date": "2021-03-22",
               "publisher": "琼海市教育局", "plan_year": 2021, "doc_kind": "plan"},
    "must_not_appear": ["索引号", "发布机构", "信息类别", "琼ICP备", "网站标识码", "琼公网安备", "打印", "关闭窗口",
                        "政府网站找错", "当前位置"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="SiteName" content="琼海市人民政府网">
<meta name="ColumnName" content="部门信息公开">
<title>琼海市2021年教育工作要点-琼海市人民政府网</title>
<link rel="stylesheet" href="/images/hn_gov_2019.css">
<script src="/images/jquery.js"></script>
</head>
<body>
<div class="hn-top"><div class="hn-w"><span>海南省人民政府</span> | <a href="/">琼海市人民政府网</a><span class="r"><a href="/wza/">无障碍浏览</a> <a href="/en/">English</a></span></div></div>
<div class="hn-banner"><img src="/images/banner_qh.jpg" alt="琼海市人民政府网"></div>
<div class="hn-nav"><a href="/">首页</a><a href="/xxgk/">信息公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjqh/">走进琼海</a></div>
<div class="hn-w dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk/">信息公开</a> &gt; <a href="/xxgk/zfxxgkzl/bmxxgk/">部门信息公开</a> &gt; <a href="/xxgk/zfxxgkzl/bmxxgk/sjyj/">市教育局</a></div>
<div class="hn-w con-box">
<div class="xxgk-head">
<table class="xxgk_table" width="100%" cellpadding="0" cellspacing="1">
<tr><th width="12%">索引号</th><td width="38%">00817334-1-/2021-00041</td><th width="12%">发布机构</th><td width="38%">琼海市教育局</td></tr>
<tr><th>信息类别</th><td>规划计划</td><th>发布日期</th><td>2021-03-22</td></tr>
<tr><th>文号</th><td>海教〔2021〕28号</td><th>关键词</th><td>教育；工作要点</td></tr>
<tr><th>信息名称</th><td colspan="3">琼海市2021年教育工作要点</td></tr>
</table>
</div>
<div class="con-title"><h3>琼海市2021年教育工作要点</h3></div>
<div class="con-text" id="zoom">
<div class="TRS_Editor"><div class="Section0">
{content}
</div></div>
</div>
<div class="con-op"><a href="javascript:void(0)" onclick="window.print()">打印</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="hn-foot"><p>主办单位：琼海市人民政府办公室　技术支持：海南省大数据管理局</p>
<p><a href="https://beian.miit.gov.cn">琼ICP备05000125号</a>　琼公网安备 46900202000013号　网站标识码：4690020001</p>
<p><a href="https://zfwzzc.www.gov.cn/"><img src="/images/zfwzzc.png" alt="政府网站找错"></a></p></div>
</body>
</html>
""",
    "spec": """
P 2021年是中国共产党成立100周年，是“十四五”开局之年，也是海南自由贸易港建设全面实施之年。全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，围绕“教育强市”目标，补短板、强弱项、提质量，推动全市教育事业高质量发展。
S 一、|加强党对教育工作的全面领导
I １．|扎实开展党史学习教育。在全市教育系统组织开展党史学习教育，举办专题读书班2期，组织师生参观红色教育基地不少于50批次。
I ２．|落实全面从严治党责任。加强教育系统基层党组织标准化规范化建设，党组织覆盖率达到100%。
S 二、|推进教育事业均衡发展
I ３．|扩大学前教育资源。新建公办幼儿园4所，新增学位1080个，全市学前三年毛入园率达到92%，普惠性幼儿园覆盖率达到85%。
I ４．|推进义务教育优质均衡。重点抓好以下工作：
U （1）|加快嘉积镇城区学校建设，新增义务教育学位2000个，消除56人以上大班额。
U （2）|实施乡村学校“小而美”建设工程，改造农村小规模学校15所。
U （3）|完善控辍保学工作机制，确保义务教育巩固率保持在98%以上。
I ５．|推动高中阶段教育发展。提高普通高中办学水平，琼海嘉积中学本科上线率保持全省前列。
I ６．|办好职业教育。推进琼海市职业中学与博鳌乐城先行区医疗机构合作办学，开设康养护理专业。
S 三、|提高教育教学质量
I ７．|深化课堂教学改革。推进“高效课堂”建设，开展优质课评选，培育市级教学能手100名。
I ８．|加强教研工作。建立“市—片区—学校”三级教研体系，组织开展送教下乡活动20场。
I ９．|提升学生综合素质。开展阳光体育运动，落实中小学生每天校园体育活动1小时。
S 四、|加强教师队伍建设
I １０．|补充优秀教师。通过公开招聘、“好校长好教师”引进计划等渠道补充教师350名。
I １１．|加强教师培训。实施教师全员培训，重点做好以下两项：
U （1）|完成中小学教师信息技术应用能力提升工程2.0整校推进培训。
U （2）|选派骨干教师赴省外跟岗研修100人次。
S 五、|保障教育安全稳定
I １２．|抓好校园安全和疫情防控。落实校园安全“三防”建设标准，学校“一键报警”与公安联网率达到100%。
""",
}

# --------------------------------------------------------------------------- 05 宁夏 兴庆 (report, GB2312, info line, mixed item markers)

XINGQING = {
    "slug": "05-ningxia-xingqing-2020-report",
    "what": "宁夏银川兴庆区 education bureau site, GB2312 (no charset in the header): 来源/作者/发布时间 line, 总结 with （一） then 1. items",
    "url": "http://www.xqjyj.gov.cn/news/show.asp?id=3864",
    "headers": {"content-type": "text/html", "server": "Microsoft-IIS/8.5", "x-powered-by": "ASP.NET"},
    "encoding": "gbk",
    "style": "font",
    "expect": {"title": "兴庆区教育局2020年工作总结", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2021-01-08", "publisher": "兴庆区教育局", "plan_year": 2020, "doc_kind": "report"},
    "must_not_appear": ["来源：", "作者：", "发布时间", "点击数", "宁ICP备", "版权所有", "【打印此文】",
                        "【关闭窗口】", "上一篇", "下一篇", "网站首页"],
    "shell": """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>兴庆区教育局2020年工作总结--银川市兴庆区教育局</title>
<link href="../css/style.css" rel="stylesheet" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="../images/top.jpg" width="1000" height="150"></td></tr>
<tr><td class="menu" height="36">&nbsp;<a href="../index.asp">网站首页</a> | <a href="../news/list.asp?cid=1">教育动态</a> | <a href="../news/list.asp?cid=2">通知公告</a> | <a href="../news/list.asp?cid=3">政务公开</a> | <a href="../news/list.asp?cid=4">招生考试</a> | <a href="../news/list.asp?cid=5">党建园地</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td height="30" class="dh">&nbsp;&nbsp;您的位置：<a href="../index.asp">网站首页</a> &gt;&gt; <a href="../news/list.asp?cid=3">政务公开</a> &gt;&gt; 正文</td></tr>
<tr><td align="center" height="50"><font style="font-size:20px;color:#B40000"><b>兴庆区教育局2020年工作总结</b></font></td></tr>
<tr><td align="center" class="hui" height="28">来源：兴庆区教育局&nbsp;&nbsp;&nbsp;&nbsp;作者：办公室&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2021-01-08 16:42:19&nbsp;&nbsp;&nbsp;&nbsp;点击数：<script language="javascript" src="../news/count.asp?id=3864"></script></td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr>
<tr><td class="content" style="padding:10px 30px;line-height:200%">
{content}
</td></tr>
<tr><td align="right" height="30"><a href="javascript:window.print()">【打印此文】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td class="sxp">上一篇：<a href="show.asp?id=3861">兴庆区2021年元旦假期安全工作提示</a><br>下一篇：<a href="show.asp?id=3870">关于做好2021年寒假期间有关工作的通知</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center" height="80">版权所有：银川市兴庆区教育局　地址：银川市兴庆区解放东街　电话：0951-6021234<br><a href="https://beian.miit.gov.cn">宁ICP备12000356号</a></td></tr>
</table>
</body>
</html>
""",
    "spec": """
P 2020年，在区委、区政府的坚强领导下，兴庆区教育局坚持以习近平新时代中国特色社会主义思想为指导，统筹推进疫情防控和教育改革发展，圆满完成了年度各项目标任务。现将全年工作总结如下：
S 一、|主要工作成效
I （一）|疫情防控和复学复课有序推进。制定“一校一案”，全区89所中小学幼儿园分批次安全复学复课，实现师生“零感染”。疫情期间组织开展线上教学，覆盖学生9.6万人。
I （二）|学前教育普及普惠水平持续提升。新建改扩建公办幼儿园7所，新增学位2310个，学前三年毛入园率达到93.5%，普惠性幼儿园覆盖率达到86%。
I （三）|义务教育优质均衡发展取得新进展。组建教育集团6个，新建月牙湖学校等3所学校，新增学位3240个，56人以上大班额全部消除。
I （四）|教师队伍建设不断加强。公开招聘教师182名，培训教师1.2万人次，评选区级骨干教师150名。
P 落实乡村教师生活补助政策，发放补助资金486万元。
I （五）|校园安全形势总体平稳。完成校园安防“三个100%”建设，开展安全教育和应急演练320场次，全年未发生重大安全责任事故。
S 二、|存在的问题
P 一是城区学位供给仍然紧张，部分学校班额偏大；二是优秀教师总量不足，学科结构性缺编问题依然存在；三是教育信息化应用水平有待提高。
S 三、|2021年工作打算
I 1.|持续扩大优质教育资源。新建改扩建学校4所，新增学位2800个。
I 2.|深化集团化办学改革。实现城乡学校集团化办学全覆盖。
I 3.|加强教师队伍建设。补充教师200名，实施名师名校长培养工程。
I 4.|推进教育信息化2.0行动。建成智慧校园示范校10所。
I 5.|守牢校园安全底线。健全校园安全风险防控体系。
""",
}

# --------------------------------------------------------------------------- 06 青海 大通 (HTML5 charset GBK, table layout, 1、 items, （1） sub-items)

DATONG = {
    "slug": "06-qinghai-datong-2019-plan",
    "what": "青海省西宁大通县 portal, GBK via <meta charset=\"GBK\">: 发布时间 (unpadded 2019-3-6)/来源 line, 1、 items through, （1） sub-items",
    "url": "http://www.datong.gov.cn/html/3517/284061.html",
    "headers": {"content-type": "text/html", "server": "nginx"},
    "encoding": "gbk",
    "style": "p",
    "expect": {"title": "大通县2019年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2019-03-06", "publisher": "大通县教育局", "plan_year": 2019, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "来源：", "阅读：", "青ICP备", "网站标识码", "青公网安备", "打印本页",
                        "关闭窗口", "当前位置", "相关文章"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta charset="GBK">
<title>大通县2019年教育工作要点 - 大通回族土族自治县人民政府</title>
<meta name="keywords" content="大通县,教育,工作要点">
<link rel="stylesheet" href="/templates/default/css/main.css">
<script src="/templates/default/js/jquery-1.8.3.min.js"></script>
</head>
<body>
<div class="head"><div class="logo"><img src="/templates/default/images/logo.png" alt="大通回族土族自治县人民政府"></div>
<div class="date"><script>document.write(new Date().toLocaleDateString());</script></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/html/3500/">政务公开</a></li><li><a href="/html/3600/">政务服务</a></li><li><a href="/html/3700/">公众参与</a></li><li><a href="/html/3800/">魅力大通</a></li></ul></div>
<div class="main">
<div class="pos">当前位置：<a href="/">首页</a> - <a href="/html/3500/">政务公开</a> - <a href="/html/3517/">部门文件</a></div>
<table class="article" width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="art_title" align="center"><h1>大通县2019年教育工作要点</h1></td></tr>
<tr><td class="art_info" align="center">发布时间：2019-3-6&nbsp;&nbsp;&nbsp;作者：&nbsp;&nbsp;&nbsp;来源：大通县教育局&nbsp;&nbsp;&nbsp;阅读：<span id="hits">1207</span>次</td></tr>
<tr><td class="art_content" id="art_content">
{content}
</td></tr>
<tr><td class="art_tool" align="right"><a href="javascript:window.print();">打印本页</a>　<a href="javascript:window.close();">关闭窗口</a></td></tr>
</table>
<div class="xgwz"><h4>相关文章</h4><ul><li><a href="/html/3517/280112.html">大通县2018年教育工作总结</a></li><li><a href="/html/3517/285530.html">大通县2019年义务教育招生工作方案</a></li></ul></div>
</div>
<div class="foot"><p>主办单位：大通县人民政府办公室　<a href="https://beian.miit.gov.cn">青ICP备09000812号</a></p>
<p>网站标识码：6301210001　<img src="/templates/default/images/gongan.png">青公网安备 63012102000011号</p></div>
</body>
</html>
""",
    "spec": """
P 2019年全县教育工作总体思路是：以习近平新时代中国特色社会主义思想和党的十九大精神为指导，认真贯彻全国、全省教育大会精神，以办好人民满意的教育为目标，以“控辍保学”和“义务教育均衡发展”为重点，全面提高教育质量，为建设幸福大通提供有力支撑。
S 一、|加强党的建设，筑牢教育发展根基
I 1、|加强思想政治建设。深入学习贯彻习近平新时代中国特色社会主义思想，全年组织中心组学习12次，开展专题党课不少于4次。
I 2、|加强民族团结进步教育。开展民族团结进步创建活动，创建民族团结进步示范学校10所。
S 二、|巩固控辍保学成果，保障适龄儿童少年接受义务教育
I 3、|落实控辍保学责任。完善“双线四级”控辍保学责任制，重点做好三项工作：
U （1）|建立失辍学学生动态监测台账，实行“一人一案”。
U （2）|落实县、乡镇、村、学校四级联控联保责任，签订责任书。
U （3）|对劝返复学学生开展个性化帮扶，义务教育巩固率达到96.5%以上。
I 4、|落实学生资助政策。做到应助尽助，全年发放各类资助资金3200万元，惠及学生3.1万人次。
S 三、|推进均衡发展，改善办学条件
I 5、|实施薄弱学校改造项目。投资1.26亿元，实施桥头第三小学、黄家寨镇寄宿制学校等12个项目。
I 6、|推进学前教育发展。新建乡镇中心幼儿园2所，学前三年毛入园率达到88%。
I 7、|推进教育信息化建设。实现全县中小学宽带网络“校校通”全覆盖，建设录播教室10间。
S 四、|提高教育质量，办好人民满意教育
I 8、|强化教学管理。落实课程计划，开展教学常规检查每学期不少于2次，全县高考本科上线率提高2个百分点。
I 9、|加强教师队伍建设。全年招聘教师150名，做好以下培训：
U （1）|组织校长任职资格培训和提高培训80人次。
U （2）|实施“国培计划”乡村教师培训，培训教师1200人次。
U （3）|开展县级学科骨干教师评选，评选骨干教师120名。
I 10、|加强职业教育。大通县职业技术学校在校生规模达到2000人，开展农牧民实用技术培训3000人次。
I 11、|加强校园安全管理。落实安全工作“一岗双责”，开展防溺水、交通、消防等专题教育，确保全年无重大安全事故。
""",
}

# --------------------------------------------------------------------------- 07 西藏 日喀则 (meta tags + 年月日 info line, （一） restart)

XIGAZE = {
    "slug": "07-xizang-xigaze-2023-plan",
    "what": "西藏日喀则市 portal: ArticleTitle/PubDate/ContentSource metas and a 发布时间：2023年04月11日 line, （一） items restarting per section",
    "url": "http://www.rkzs.gov.cn/zwgk/bmxxgk/sjyj/202304/t20230411_391205.html",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx", "cache-control": "max-age=600"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "日喀则市2023年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2023-04-11", "publisher": "日喀则市教育局", "plan_year": 2023, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "来源：", "浏览次数", "藏ICP备", "网站标识码", "藏公网安备", "打印", "关闭",
                        "您所在的位置"],
    "shell": """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="UTF-8">
<meta name="SiteName" content="日喀则市人民政府">
<meta name="SiteDomain" content="www.rkzs.gov.cn">
<meta name="SiteIDCode" content="5402000001">
<meta name="ColumnName" content="市教育局">
<meta name="ArticleTitle" content="日喀则市2023年教育工作要点">
<meta name="PubDate" content="2023-04-11 10:26">
<meta name="ContentSource" content="日喀则市教育局">
<meta name="Keywords" content="教育工作要点">
<title>日喀则市2023年教育工作要点 - 日喀则市人民政府</title>
<link rel="stylesheet" href="/images/rkz_style.css">
</head>
<body>
<div class="header"><div class="wrap"><img class="logo" src="/images/rkz_logo.png" alt="日喀则市人民政府"><div class="lang"><a href="/">汉文</a> <a href="/zw/">藏文</a></div></div></div>
<div class="menu"><div class="wrap"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjrkz/">走进日喀则</a></div></div>
<div class="wrap location">您所在的位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; 市教育局</div>
<div class="wrap detail">
<h1 class="detail-title">日喀则市2023年教育工作要点</h1>
<div class="detail-info"><span>发布时间：2023年04月11日</span><span>来源：日喀则市教育局</span><span>浏览次数：<em id="views"></em></span></div>
<div class="detail-content">
{content}
</div>
<div class="detail-btn"><a href="javascript:window.print()">打印</a><a href="javascript:window.close()">关闭</a></div>
</div>
<div class="footer"><div class="wrap">
<p>主办：日喀则市人民政府办公室　<a href="https://beian.miit.gov.cn">藏ICP备12000087号</a>　藏公网安备 54020202000105号</p>
<p>网站标识码：5402000001</p></div></div>
<script src="/images/views.js"></script>
</body>
</html>
""",
    "spec": """
P 2023年是全面贯彻落实党的二十大精神的开局之年。全市教育系统要坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻新时代党的治藏方略，紧紧围绕“四件大事”，聚焦“四个确保”，推动全市教育事业高质量发展。
S 一、|坚持正确办学方向
I （一）|加强党的全面领导。全面落实中小学校党组织领导的校长负责制，年底前实现全市中小学校全覆盖。
I （二）|深化爱国主义教育。推进习近平新时代中国特色社会主义思想进校园，开展“中华民族一家亲、同心共筑中国梦”主题教育活动。
I （三）|推广国家通用语言文字。学前儿童普通话教育实现全覆盖，全市中小学国家通用语言文字教育教学普及率达到100%。
S 二、|促进各级各类教育协调发展
I （一）|巩固学前教育普及成果。学前三年毛入园率保持在90%以上，新建改扩建幼儿园18所。
I （二）|推进义务教育优质均衡。实施县域义务教育优质均衡创建，义务教育巩固率保持在97%以上。
I （三）|推动普通高中多样化发展。日喀则市上海实验学校等学校高考本科上线率力争达到50%。
I （四）|加快职业教育发展。日喀则市职业技术学校开设旅游服务、民族手工艺等特色专业，毕业生就业率达到95%以上。
S 三、|提高教育教学质量
I （一）|深化教育援藏。用好上海、山东、黑龙江、吉林四省市和中央企业援藏资源，开展“组团式”教育人才援藏，受援学校教学质量稳步提升。
I （二）|加强教研和教学管理。组建市级学科教研中心组12个，开展送教下乡活动30场次。
S 四、|强化教育保障
I （一）|加强教师队伍建设。补充教师800名，实施中小学教师全员轮训，完成教师培训1.5万人次。
I （二）|落实教育惠民政策。落实“三包”政策，全年投入资金5.4亿元，惠及学生23万人。
I （三）|维护校园安全稳定。常态化开展校园安全隐患排查，确保校园安全和谐稳定。
""",
}

# --------------------------------------------------------------------------- 08 新疆 昌吉 (div xxgk grid, notice, 一是 sub-items)

CHANGJI = {
    "slug": "08-xinjiang-changji-2022-notice",
    "what": "新疆昌吉市 portal: div.xxgk-info grid (label <b> + value <span>), notice wrapping the plan, 1. items through, 一是/二是 sub-items",
    "url": "http://www.cjs.gov.cn/p1/jyj/20220309/011823.html",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "CJS-WAF"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "昌吉市教育局2022年工作要点",
               "notice_title": "关于印发《昌吉市教育局2022年工作要点》的通知",
               "index_no": "116523010100201236/2022-00016", "doc_no": "昌市教发〔2022〕12号", "pub_date": "2022-03-09",
               "publisher": "昌吉市教育局", "plan_year": 2022, "doc_kind": "plan"},
    "must_not_appear": ["索引号", "发文字号", "发文单位", "成文日期", "新ICP备", "网站标识码", "新公网安备", "【打印】",
                        "【关闭】", "相关附件", "首页"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>关于印发《昌吉市教育局2022年工作要点》的通知_昌吉市人民政府网</title>
<link rel="stylesheet" href="/res/css/page.css">
<script type="text/javascript" src="/res/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><a href="/">昌吉市人民政府网</a><span><a href="/wza/">无障碍</a></span></div>
<div class="header"><img src="/res/img/cj_banner.jpg"></div>
<div class="nav"><a href="/">首页</a><a href="/p1/zwgk/">政务公开</a><a href="/p1/zwfw/">政务服务</a><a href="/p1/hdjl/">互动交流</a></div>
<div class="container">
<div class="breadcrumb"><a href="/">首页</a> / <a href="/p1/zwgk/">政务公开</a> / <a href="/p1/jyj/">教育局</a> / 正文</div>
<div class="xxgk-info">
<div class="row"><div class="col"><b>索引号：</b><span>116523010100201236/2022-00016</span></div><div class="col"><b>发文单位：</b><span>昌吉市教育局</span></div></div>
<div class="row"><div class="col"><b>发文字号：</b><span>昌市教发〔2022〕12号</span></div><div class="col"><b>主题分类：</b><span>教育</span></div></div>
<div class="row"><div class="col"><b>成文日期：</b><span>2022年03月04日</span></div><div class="col"><b>发布日期：</b><span>2022年03月09日</span></div></div>
</div>
<div class="article">
<h2 class="title">关于印发《昌吉市教育局2022年工作要点》的通知</h2>
<div class="content" id="UCAP-CONTENT">
{content}
</div>
<div class="fj"><h5>相关附件：</h5><p>无</p></div>
<div class="tools"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>
</div>
</div>
<div class="footer"><p>昌吉市人民政府办公室主办　<a href="https://beian.miit.gov.cn">新ICP备15001234号</a></p>
<p>网站标识码：6523010001　新公网安备 65230102000123号</p></div>
</body>
</html>
""",
    "spec": """
P 各乡镇（街道）中心学校，市属各学校、幼儿园，局机关各科室：
P 现将《昌吉市教育局2022年工作要点》印发给你们，请结合实际认真抓好落实。
C 昌吉市教育局
C 2022年3月4日
T 昌吉市教育局2022年工作要点
P 2022年，昌吉市教育工作以习近平新时代中国特色社会主义思想为指导，完整准确贯彻新时代党的治疆方略，牢牢扭住社会稳定和长治久安总目标，坚持教育优先发展，努力办好人民满意的教育。
S 一、|坚持党建引领，落实立德树人根本任务
I 1.|加强党对教育工作的全面领导。健全市委教育工作领导小组工作机制，落实中小学校党组织领导的校长负责制。
I 2.|加强思想政治工作。着力抓好三个方面：
U 一是|推进“大思政课”建设，组建思政课教师工作室6个。
U 二是|开展“中华民族一家亲”主题教育，实现学校全覆盖。
U 三是|加强国家通用语言文字教育，中小学教师普通话二级乙等以上达标率达到100%。
I 3.|促进学生全面发展。开足开齐体育、美育、劳动教育课程，学生体质健康合格率达到93%以上。
S 二、|推进教育均衡发展
I 4.|扩大学前教育资源。新建幼儿园3所，新增学位810个，普惠性幼儿园覆盖率达到95%。
I 5.|推进义务教育优质均衡。实施“强校带弱校”工程，城乡结对学校达到30对。
I 6.|提升普通高中办学水平。昌吉市第一中学、第二中学创建自治区示范性普通高中。
S 三、|深化教育改革
I 7.|落实“双减”政策。作业公示制度落实率100%，课后服务学生参与率达到95%以上。
I 8.|推进教育信息化。建设智慧教室120间，实现“三个课堂”常态化应用。
S 四、|加强教师队伍建设
I 9.|加强师德师风建设。开展师德师风专项整治，建立教师师德档案。
I 10.|提升教师专业素质。重点做好两项工作：
U 一是|实施“青蓝工程”，新老教师结对200对。
U 二是|开展教师全员培训，年培训学时不少于72学时。
S 五、|强化安全保障
I 11.|加强校园安全管理。全面落实校园“一键报警”、视频监控和封闭化管理，配备专职保安员。
I 12.|加强疫情防控。落实学校疫情防控各项措施，确保校园安全稳定。
""",
}

# --------------------------------------------------------------------------- 09 广东 顺德 (info line with seconds, bold lead sentences, 1. restart)

SHUNDE = {
    "slug": "09-guangdong-shunde-2024-plan",
    "what": "广东佛山顺德区 portal: 发布时间 with seconds/来源 line, items 1. restarting per section with their lead sentence in <strong>",
    "url": "http://www.shunde.gov.cn/sdqjyj/zwgk/ghjh/content/post_5801337.html",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "Tengine"},
    "encoding": "utf-8",
    "style": "lead",
    "expect": {"title": "顺德区2024年教育工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2024-02-19", "publisher": "顺德区教育局", "plan_year": 2024, "doc_kind": "plan"},
    "must_not_appear": ["发布时间", "来源：", "分享到", "粤ICP备", "网站标识码", "粤公网安备", "打印", "收藏",
                        "网站地图", "联系我们"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="renderer" content="webkit">
<title>顺德区2024年教育工作要点 - 顺德区教育局</title>
<link rel="stylesheet" href="/sdqjyj/css/global.css">
</head>
<body>
<div class="header"><div class="w"><img src="/sdqjyj/images/logo.png" alt="佛山市顺德区教育局"><div class="hot"><a href="/sdqjyj/sitemap/">网站地图</a> | <a href="/sdqjyj/lxwm/">联系我们</a></div></div></div>
<div class="nav"><div class="w"><a href="/sdqjyj/">首页</a><a href="/sdqjyj/zwgk/">政务公开</a><a href="/sdqjyj/jyzx/">教育资讯</a><a href="/sdqjyj/bsfw/">办事服务</a><a href="/sdqjyj/hdjl/">互动交流</a></div></div>
<div class="w crumb">当前位置：<a href="/sdqjyj/">首页</a> &gt; <a href="/sdqjyj/zwgk/">政务公开</a> &gt; <a href="/sdqjyj/zwgk/ghjh/">规划计划</a></div>
<div class="w article">
<div class="article-hd">
<h1>顺德区2024年教育工作要点</h1>
<div class="meta">
<span class="time">发布时间：2024-02-19 15:30:00</span>
<span class="source">来源：顺德区教育局</span>
<span class="share">分享到：<a class="i-wx"></a><a class="i-wb"></a><a class="i-qq"></a></span>
</div>
</div>
<div class="article-bd" id="article">
{content}
</div>
<div class="article-ft"><a href="javascript:window.print();" class="print">打印</a><a href="javascript:;" class="fav">收藏</a></div>
</div>
<div class="footer"><div class="w">
<p>主办单位：佛山市顺德区教育局　<a href="/sdqjyj/sitemap/">网站地图</a>　<a href="/sdqjyj/lxwm/">联系我们</a></p>
<p><a href="https://beian.miit.gov.cn/">粤ICP备11009186号</a>　粤公网安备 44060602001234号　网站标识码：4406060045</p>
</div></div>
</body>
</html>
""",
    "spec": """
P 2024年顺德教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，锚定建设教育强区目标，深入实施“顺德教育高质量发展三年行动”，全面提升教育现代化水平。
S 一、|全面加强党对教育工作的领导
I 1.|强化政治引领。深入开展主题教育成果转化，推进党建与业务深度融合，创建“双强”示范学校20所。
I 2.|落实意识形态工作责任制。加强校园阵地管理，健全教材、讲座、论坛审核机制。
I 3.|推进清廉学校建设。实现清廉学校建设全覆盖，打造清廉学校示范点10个。
S 二、|扩大优质教育资源供给
I 1.|加快学位建设。全年新建、改扩建中小学校和幼儿园15所，新增公办学位1.2万个。
I 2.|推进学前教育优质发展。公办幼儿园在园幼儿占比达到55%，省一级以上幼儿园占比达到30%。
I 3.|推进普通高中扩容提质。启动顺德一中新校区建设，新增高中学位1800个。
S 三、|提升教育教学质量
I 1.|深化课程教学改革。推进义务教育新课程方案落地，建设区级精品课程50门。
I 2.|加强科学教育。建设科创实验室30间，举办顺德区青少年科技创新大赛。
I 3.|推动职业教育产教融合。依托家电、机械装备产业建设产业学院5个，中职毕业生双证书获取率达到95%以上。
S 四、|建设高素质教师队伍
I 1.|引育优秀人才。面向全国招聘优秀毕业生和骨干教师500名，组建名师工作室30个。
I 2.|深化“县管校聘”改革。推进校长职级制改革，校长教师交流轮岗比例达到符合条件教师的10%。
I 3.|提高教师待遇。确保中小学教师平均工资收入水平不低于当地公务员平均工资收入水平。
""",
}

# --------------------------------------------------------------------------- 10 江苏 吴江 (report, table with 发文日期 only, 一、/（一）/1.)

WUJIANG = {
    "slug": "10-jiangsu-wujiang-2023-report",
    "what": "江苏苏州吴江区 xxgk page: 8-cell table with 发文日期 (no 发布日期) and blank 文号, 上半年工作总结, 一、/（一）/1. sub-items",
    "url": "http://www.wujiang.gov.cn/zgwj/xxgk/xxgkml/jyj/202307/t20230712_4917223.shtml",
    "headers": {"content-type": "text/html; charset=UTF-8", "server": "Apache-Coyote/1.1"},
    "encoding": "utf-8",
    "style": "word",
    "expect": {"title": "吴江区教育局2023年上半年工作总结", "notice_title": None, "index_no": "014134052/2023-00231",
               "doc_no": None, "pub_date": "2023-07-12", "publisher": "苏州市吴江区教育局", "plan_year": 2023,
               "doc_kind": "report"},
    "must_not_appear": ["索 引 号", "信息分类", "发布机构", "发文日期", "内容概述", "苏ICP备", "网站标识码",
                        "苏公网安备", "打印本页", "关闭窗口", "信息名称"],
    "shell": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>吴江区教育局2023年上半年工作总结</title>
<link href="/zgwj/xhtml/css/xxgk.css" rel="stylesheet" type="text/css" />
</head>
<body>
<div class="xxgk_top"><img src="/zgwj/xhtml/images/xxgk_banner.jpg" alt="吴江区政府信息公开"></div>
<div class="xxgk_nav"><a href="/zgwj/xxgk/">信息公开首页</a> | <a href="/zgwj/xxgk/zn/">信息公开指南</a> | <a href="/zgwj/xxgk/zd/">信息公开制度</a> | <a href="/zgwj/xxgk/nb/">信息公开年报</a> | <a href="/zgwj/xxgk/ysq/">依申请公开</a></div>
<div class="xxgk_main">
<table class="xxgk_bt" width="96%" border="0" align="center" cellpadding="0" cellspacing="1" bgcolor="#d5d5d5">
<tr bgcolor="#ffffff"><td width="13%" class="tit">索 引 号：</td><td width="37%">014134052/2023-00231</td><td width="13%" class="tit">信息分类：</td><td width="37%">工作总结</td></tr>
<tr bgcolor="#ffffff"><td class="tit">发布机构：</td><td>苏州市吴江区教育局</td><td class="tit">发文日期：</td><td>2023-07-12</td></tr>
<tr bgcolor="#ffffff"><td class="tit">文　　号：</td><td>&nbsp;</td><td class="tit">时　　效：</td><td>有效</td></tr>
<tr bgcolor="#ffffff"><td class="tit">信息名称：</td><td colspan="3">吴江区教育局2023年上半年工作总结</td></tr>
<tr bgcolor="#ffffff"><td class="tit">内容概述：</td><td colspan="3">吴江区教育局2023年上半年工作总结</td></tr>
</table>
<div class="xxgk_title">吴江区教育局2023年上半年工作总结</div>
<div class="xxgk_content" id="zoom">
<div class="WordSection1" style="layout-grid:15.6pt">
{content}
</div>
</div>
<div class="xxgk_tool" align="right"><a href="javascript:window.print()">打印本页</a>&nbsp;&nbsp;<a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="xxgk_foot">主办：苏州市吴江区人民政府办公室　<a href="https://beian.miit.gov.cn">苏ICP备05009866号</a>　苏公网安备 32058402010223号　网站标识码：3205840001</div>
</body>
</html>
""",
    "spec": """
P 2023年上半年，区教育局坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻党的二十大精神，围绕“创新湖区、乐居吴江”建设目标，推动各项工作取得新成效。现将上半年工作总结如下。
S 一、|上半年主要工作
I （一）|党建引领持续加强。开展学习贯彻习近平新时代中国特色社会主义思想主题教育，主要做法有：
U 1.|举办教育系统党组织书记示范培训班2期，培训240人次。
U 2.|开展“吴江教育先锋”评选，表彰先进基层党组织20个。
I （二）|资源供给不断扩大。完成松陵第一中学扩建等6个项目，新增学位5130个。
P 推进吴江中学与苏州大学合作办学项目，新增优质高中学位450个。
I （三）|教育质量稳步提升。主要体现在以下方面：
U 1.|2023年中考全区平均分较上年提高4.6分。
U 2.|学生在省级以上各类竞赛中获奖386人次。
U 3.|开展“教学质量提升月”活动，组织公开课展示520节。
I （四）|教师队伍建设成效明显。招聘新教师428名，新增苏州市学科带头人46名。
I （五）|安全稳定形势良好。组织安全大检查4次，排查整改隐患127处。
S 二、|存在的不足
I （一）|学位供给压力依然较大。部分片区学位紧张，新建项目推进慢于预期。
I （二）|教师结构性矛盾仍然突出。音体美和信息科技教师缺口较大。
S 三、|下半年工作打算
I （一）|确保秋季学期顺利开学。做好招生入学和新校开办各项准备，重点抓好：
U 1.|8月底前完成汾湖高新区实验初中等4所新建学校交付使用。
U 2.|落实义务教育招生“阳光招生”要求，招生信息公开率100%。
I （二）|深化集团化办学。新组建教育集团3个，实现城乡教育共同体全覆盖。
""",
}

# --------------------------------------------------------------------------- 11 山东 寒亭 (发布单位 table + 信息来源 line, 1. through, 6 sections)

HANTING = {
    "slug": "11-shandong-hanting-2022-plan",
    "what": "山东潍坊寒亭区 portal: table with 发布单位/文号/索引号 (label cells in <b>) and a 信息来源/发布日期 line; 1. items through",
    "url": "http://www.hanting.gov.cn/ZWGK/BMXXGK/JYJ/202202/t20220228_6021442.htm",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx", "x-frame-options": "SAMEORIGIN"},
    "encoding": "utf-8",
    "style": "ueditor",
    "expect": {"title": "寒亭区2022年教育工作要点", "notice_title": None,
               "index_no": "11370703MB2871543R/2022-00061", "doc_no": "寒教体发〔2022〕3号", "pub_date": "2022-02-28",
               "publisher": "潍坊市寒亭区教育和体育局", "plan_year": 2022, "doc_kind": "plan"},
    "tolerated": {"publisher": "区教育和体育局"},
    "must_not_appear": ["发布单位", "索引号", "有效性", "信息来源", "浏览次数", "鲁ICP备", "网站标识码", "鲁公网安备",
                        "打印", "关闭", "【大】"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="SiteName" content="潍坊市寒亭区人民政府">
<meta name="ColumnName" content="区教育和体育局">
<title>寒亭区2022年教育工作要点 - 潍坊市寒亭区人民政府</title>
<link rel="stylesheet" href="/images/ht_public.css" />
</head>
<body>
<div class="ht-head"><img src="/images/ht_logo.png" alt="潍坊市寒亭区人民政府"><form class="ht-search" action="/search/"><input type="text" name="q"><input type="submit" value="搜索"></form></div>
<div class="ht-nav"><a href="/">网站首页</a><a href="/ZWGK/">政务公开</a><a href="/ZWFW/">政务服务</a><a href="/HDJL/">互动交流</a><a href="/ZJHT/">走进寒亭</a></div>
<div class="ht-wz">当前位置：<a href="/">网站首页</a> &gt; <a href="/ZWGK/">政务公开</a> &gt; <a href="/ZWGK/BMXXGK/">部门信息公开</a> &gt; <a href="/ZWGK/BMXXGK/JYJ/">区教育和体育局</a></div>
<div class="ht-main">
<table class="ht-gk" width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#dddddd">
<tr><td width="15%"><b>发布单位</b></td><td width="35%">潍坊市寒亭区教育和体育局</td><td width="15%"><b>文　号</b></td><td width="35%">寒教体发〔2022〕3号</td></tr>
<tr><td><b>索引号</b></td><td>11370703MB2871543R/2022-00061</td><td><b>有效性</b></td><td>有效</td></tr>
<tr><td><b>标　题</b></td><td colspan="3">寒亭区2022年教育工作要点</td></tr>
</table>
<div class="ht-art">
<h2>寒亭区2022年教育工作要点</h2>
<p class="ht-info">信息来源：区教育和体育局　　发布日期：2022年02月28日　　浏览次数：<span id="clicks"></span>　　字体：<a href="javascript:fontZoom(18)">【大】</a><a href="javascript:fontZoom(16)">【中】</a><a href="javascript:fontZoom(14)">【小】</a></p>
<div class="ht-con" id="zoom">
{content}
</div>
<p class="ht-btn"><a href="javascript:window.print()">打印</a> | <a href="javascript:window.close()">关闭</a></p>
</div>
</div>
<div class="ht-foot">主办：潍坊市寒亭区人民政府办公室　<a href="https://beian.miit.gov.cn">鲁ICP备05046218号</a>　鲁公网安备 37070302000144号　网站标识码：3707030001</div>
</body>
</html>
""",
    "spec": """
P 2022年全区教育工作的总体要求是：坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，落实立德树人根本任务，以建设“教育强区”为目标，推动寒亭教育高质量发展，以优异成绩迎接党的二十大胜利召开。
S 一、|坚持党的全面领导
I 1.|加强党的政治建设。严格落实“第一议题”制度，开展“强党建·促发展”主题活动。
I 2.|深化基层党组织建设。推进学校党组织标准化规范化建设，打造党建品牌学校12所。
S 二、|落实立德树人根本任务
I 3.|加强学校思政教育。推进思政课一体化建设，开展“红色基因代代传”主题教育活动。
I 4.|强化体育美育劳动教育。确保学生每天校园体育活动时间不少于1小时，建成劳动实践基地8处。
I 5.|加强心理健康教育。中小学心理辅导室建设达标率达到100%，每校至少配备1名专兼职心理健康教育教师。
S 三、|推进教育优质均衡发展
I 6.|扩充学前教育资源。新建改扩建幼儿园4所，新增学位720个，公办幼儿园在园幼儿占比达到55%以上。
I 7.|推进义务教育优质均衡。启动城区学校扩容工程，新增义务教育学位1890个，实施学区制管理。
I 8.|推进普通高中特色发展。寒亭一中创建省级特色高中，普通高中学生综合素质评价实现全覆盖。
S 四、|深化教育综合改革
I 9.|深化“双减”工作。学科类校外培训机构压减率达到100%，课后服务实现义务教育学校全覆盖。
I 10.|深化县域职业教育改革。寒亭区职业教育中心学校与企业合作共建实训基地6个。
S 五、|加强教师队伍建设
I 11.|加强师德师风建设。开展“最美教师”评选活动，建立师德考核档案。
I 12.|优化教师资源配置。全年招聘教师260名，推进校长教师交流轮岗，交流比例不低于15%。
S 六、|强化教育保障
I 13.|改善办学条件。实施学校改薄项目15个，新建塑胶运动场6处。
I 14.|加强校园安全管理。落实校园安全“五位一体”防控体系，确保校园安全稳定。
""",
}

# --------------------------------------------------------------------------- 12 四川 温江 (label and value in one td, (1) half-width sub-items)

WENJIANG = {
    "slug": "12-sichuan-wenjiang-2025-plan",
    "what": "四川成都温江区 portal: 3-column table with <b>label：</b>value in the same td, 1. items through, half-width (1) sub-items",
    "url": "http://www.wenjiang.gov.cn/wjzzw/c152326/2025-02/26/content_9f1d2c3a6b7e4d8c9a0b1c2d3e4f5a6b.shtml",
    "headers": {"content-type": "text/html;charset=UTF-8", "server": "nginx"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "成都市温江区2025年教育工作要点", "notice_title": None,
               "index_no": "11510115MB1529866C/2025-00009", "doc_no": "温教〔2025〕8号", "pub_date": "2025-02-26",
               "publisher": "成都市温江区教育局", "plan_year": 2025, "doc_kind": "plan"},
    "must_not_appear": ["索 引 号", "发布机构", "发布时间", "主题分类", "蜀ICP备", "网站标识码", "川公网安备",
                        "打印本页", "关闭窗口", "当前位置"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>成都市温江区2025年教育工作要点--成都市温江区人民政府</title>
<link rel="stylesheet" href="/wjzzw/css/wj_detail.css">
<script src="/wjzzw/js/jquery.js"></script>
</head>
<body>
<div class="head"><img src="/wjzzw/images/wj_top.png" alt="成都市温江区人民政府"></div>
<div class="menu"><a href="/">首页</a><a href="/wjzzw/zwgk/">政务公开</a><a href="/wjzzw/zwfw/">政务服务</a><a href="/wjzzw/hdjl/">互动交流</a><a href="/wjzzw/zjwj/">走进温江</a></div>
<div class="local">当前位置：<a href="/">首页</a> &gt; <a href="/wjzzw/zwgk/">政务公开</a> &gt; <a href="/wjzzw/c152326/">计划总结</a></div>
<div class="detail">
<table class="gk-tb" width="100%" cellspacing="0" cellpadding="6">
<tr><td><b>索 引 号：</b>11510115MB1529866C/2025-00009</td><td><b>发布机构：</b>成都市温江区教育局</td><td><b>发布时间：</b>2025-02-26</td></tr>
<tr><td><b>文　　号：</b>温教〔2025〕8号</td><td><b>主题分类：</b>教育</td><td><b>公开方式：</b>主动公开</td></tr>
<tr><td colspan="3"><b>名　　称：</b>成都市温江区2025年教育工作要点</td></tr>
</table>
<h1>成都市温江区2025年教育工作要点</h1>
<div class="detail-con" id="NewsContent">
{content}
</div>
<div class="detail-op"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
</div>
<div class="foot"><p>主办：成都市温江区人民政府办公室　<a href="https://beian.miit.gov.cn">蜀ICP备05028722号</a></p><p>川公网安备 51011502000054号　网站标识码：5101150009</p></div>
</body>
</html>
""",
    "spec": """
P 2025年是“十四五”规划收官之年。全区教育系统要坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻党的二十大和二十届三中全会精神，全面落实全国教育大会部署，加快建设教育强区，办好人民满意的教育。
S 一、|坚持党建引领
I 1.|深化党的创新理论武装。建立健全学习贯彻习近平总书记关于教育的重要论述长效机制，推进理论学习全覆盖。
I 2.|全面落实中小学校党组织领导的校长负责制。完善党组织会议、校长办公会议制度，开展运行情况评估。
S 二、|推进立德树人
I 3.|推进思政课改革创新。建设“大思政课”实践基地10个，开展思政课教学展示活动，具体包括：
U (1)|组织思政课优质课评比，评选区级优质课50节。
U (2)|开展“温江好少年”主题实践活动，覆盖全区中小学生。
I 4.|加强体育美育工作。实施学生体质强健计划，中小学生体质健康优良率达到60%以上。
I 5.|加强心理健康教育。建立学生心理健康“一生一档”，心理健康教育专职教师配备率达到100%。
S 三、|优化教育资源布局
I 6.|加快学校建设。重点推进以下项目：
U (1)|建成光华实验小学、寿安初级中学等5所学校，新增学位6300个。
U (2)|启动温江中学新校区前期工作。
U (3)|完成12所老旧校舍提升改造。
I 7.|推动学前教育普惠发展。公办园在园幼儿占比达到55%，普惠性幼儿园覆盖率稳定在92%以上。
I 8.|推动高中阶段教育多样化发展。普通高中特色课程覆盖率达到100%，支持2所学校创建省级示范性普通高中。
S 四、|深化教育改革
I 9.|推进教育数字化。建设人工智能教育实验校15所，实现优质数字教育资源校校通。
I 10.|推进教育评价改革。健全义务教育质量监测体系，开展区域教育质量综合评价。
S 五、|加强队伍和保障建设
I 11.|建设高素质教师队伍。招聘教师380名，培育省市级名师名校长30名。
I 12.|守牢校园安全底线。落实“护校安园”机制，持续开展校园安全隐患排查整治。
""",
}

# --------------------------------------------------------------------------- 13 河北 长安 (GB18030, 2018 old CMS, （一） items numbered through)

CHANGAN = {
    "slug": "13-hebei-changan-2018-plan",
    "what": "河北石家庄长安区 education site, 2018 old CMS in GB18030 (header and meta): 文章来源/发布时间 年月日 line, （一）–（十二） numbered through",
    "url": "http://www.sjzcajy.gov.cn/Article/ShowArticle.asp?ArticleID=2817",
    "headers": {"content-type": "text/html; charset=GB18030", "server": "Microsoft-IIS/7.5"},
    "encoding": "gb18030",
    "style": "font",
    "expect": {"title": "长安区教育局2018年工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2018-03-02", "publisher": "长安区教育局", "plan_year": 2018, "doc_kind": "plan"},
    "must_not_appear": ["文章来源", "发布时间", "点击：", "冀ICP备", "版权所有", "【打印此页】", "【关闭窗口】",
                        "上一篇", "下一篇", "网站首页"],
    "shell": """<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>长安区教育局2018年工作要点-石家庄市长安区教育局</title>
<link href="/Skin/DefaultSkin.css" rel="stylesheet" type="text/css">
</head>
<body>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0"><tr><td><img src="/Skin/banner.jpg" width="980" height="160"></td></tr>
<tr><td class="menu_bg"><a href="/">网站首页</a> | <a href="/Article/Class.asp?ClassID=1">教育新闻</a> | <a href="/Article/Class.asp?ClassID=2">通知公告</a> | <a href="/Article/Class.asp?ClassID=3">政务公开</a> | <a href="/Article/Class.asp?ClassID=4">党建工作</a></td></tr></table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td class="main_title_760">您现在的位置：&nbsp;<a href="/">石家庄市长安区教育局</a>&nbsp;&gt;&gt;&nbsp;<a href="/Article/Class.asp?ClassID=3">政务公开</a>&nbsp;&gt;&gt;&nbsp;正文</td></tr>
<tr><td align="center" class="article_title" height="60"><font size="5" color="#CC0000"><b>长安区教育局2018年工作要点</b></font></td></tr>
<tr><td align="center" class="article_info">文章来源：长安区教育局　　发布时间：2018年03月02日　　点击：<script src="/Article/GetHits.asp?ArticleID=2817"></script></td></tr>
<tr><td class="article_content" id="fontzoom">
{content}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印此页】</a>&nbsp;<a href="javascript:window.close()">【关闭窗口】</a></td></tr>
<tr><td>上一篇：<a href="/Article/ShowArticle.asp?ArticleID=2810">长安区教育局关于做好2018年春季开学工作的通知</a><br>下一篇：<a href="/Article/ShowArticle.asp?ArticleID=2822">长安区2018年学雷锋志愿服务活动总结</a></td></tr>
</table>
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" class="bottom"><tr><td align="center">版权所有：石家庄市长安区教育局　<a href="http://www.miitbeian.gov.cn">冀ICP备09031245号</a><br>地址：石家庄市长安区建设北大街　邮编：050011</td></tr></table>
</body>
</html>
""",
    "spec": """
P 2018年是全面贯彻党的十九大精神的开局之年。全区教育工作的总体思路是：以习近平新时代中国特色社会主义思想为指导，全面贯彻党的十九大精神，围绕“办人民满意教育”的目标，以提高质量为核心，以深化改革为动力，推动全区教育事业持续健康发展。
S 一、|加强党的建设和思想政治工作
I （一）|深入学习宣传贯彻党的十九大精神。组织全区教育系统党员干部和教师开展十九大精神专题培训，实现全员覆盖。
I （二）|加强学校党组织建设。推进基层党组织“两学一做”学习教育常态化制度化，创建党建示范校8所。
I （三）|加强师德师风建设。开展“四有”好教师评选活动，评选区级师德标兵30名。
S 二、|推进各类教育协调发展
I （四）|大力发展学前教育。实施第三期学前教育行动计划，新建、改扩建公办幼儿园3所，学前三年毛入园率达到90%。
I （五）|推进义务教育均衡发展。深化学区制管理改革，组建学区12个，实现优质资源共享。
I （六）|办好特殊教育。落实残疾儿童少年“一人一案”，适龄残疾儿童少年入学率达到95%以上。
S 三、|全面提高教育质量
I （七）|深化课程改革。推进“高效课堂”建设，开展区级优质课评比，评选优质课120节。
I （八）|加强教育科研。立项区级课题60项，推广优秀教学成果10项。
I （九）|推进素质教育。落实学生每天1小时校园体育活动，开展校园足球联赛，创建全国校园足球特色学校3所。
S 四、|强化教育保障
I （十）|改善办学条件。投资8600万元，实施谈固小学、育才街小学等7所学校改扩建工程。
I （十一）|推进教育信息化。中小学“班班通”覆盖率达到100%，建设数字化校园示范校5所。
I （十二）|维护校园安全稳定。健全学校安全风险防控体系，开展校园及周边环境综合治理，确保校园安全。
""",
}

# --------------------------------------------------------------------------- 14 云南 大理 (metas, <br> paragraphs, 1、 items)

DALI = {
    "slug": "14-yunnan-dali-2021-plan",
    "what": "云南大理市 portal: ArticleTitle/PubDate/ContentSource metas and a bare 日期 line; the body one <div> with <br> paragraphs; 1、 items through",
    "url": "http://www.yndali.gov.cn/dlszf/c105923/202104/5c0a7e1f2b3d4e6f8a9b0c1d2e3f4a5b.shtml",
    "headers": {"content-type": "text/html;charset=UTF-8", "server": "nginx"},
    "encoding": "utf-8",
    "style": "br",
    "expect": {"title": "大理市教育体育局2021年工作要点", "notice_title": None, "index_no": None, "doc_no": None,
               "pub_date": "2021-04-02", "publisher": "大理市教育体育局", "plan_year": 2021, "doc_kind": "plan"},
    "must_not_appear": ["日期：", "【字体", "滇ICP备", "网站标识码", "滇公网安备", "打印", "关闭", "您当前的位置",
                        "扫一扫"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="大理市人民政府">
<meta name="SiteDomain" content="www.yndali.gov.cn">
<meta name="SiteIDCode" content="5329010001">
<meta name="ColumnName" content="部门动态">
<meta name="ArticleTitle" content="大理市教育体育局2021年工作要点">
<meta name="PubDate" content="2021-04-02 09:15:47">
<meta name="ContentSource" content="大理市教育体育局">
<title>大理市教育体育局2021年工作要点</title>
<link rel="stylesheet" href="/dlszf/xhtml/css/detail.css">
</head>
<body>
<div class="top"><div class="logo"><img src="/dlszf/xhtml/images/logo.png" alt="大理市人民政府"></div></div>
<div class="nav"><a href="/dlszf/">首页</a><a href="/dlszf/zwgk/">政务公开</a><a href="/dlszf/zwfw/">政务服务</a><a href="/dlszf/hdjl/">互动交流</a><a href="/dlszf/mldl/">魅力大理</a></div>
<div class="position">您当前的位置：<a href="/dlszf/">首页</a> &gt; <a href="/dlszf/zwgk/">政务公开</a> &gt; <a href="/dlszf/c105923/">部门动态</a></div>
<div class="detail">
<div class="d-title">大理市教育体育局2021年工作要点</div>
<div class="d-info">日期：2021-04-02　<span class="zt">【字体：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a>】</span></div>
<div class="d-content" id="zoom">
<div style="line-height:2;font-size:16px">{content}</div>
</div>
<div class="d-bottom"><a href="javascript:window.print()">打印</a> <a href="javascript:window.close()">关闭</a><span class="ewm"><img src="/dlszf/xhtml/images/ewm.png">扫一扫在手机打开当前页</span></div>
</div>
<div class="footer"><p>主办：大理市人民政府办公室　<a href="https://beian.miit.gov.cn">滇ICP备05001376号</a>　滇公网安备 53290102000123号　网站标识码：5329010001</p></div>
</body>
</html>
""",
    "spec": """
P 2021年，全市教育体育工作以习近平新时代中国特色社会主义思想为指导，全面贯彻党的教育方针，围绕建设“洱海保护治理示范区”和“世界一流旅游城市”目标，推动教育体育事业高质量发展。
S 一、|强化党建引领
I 1、|扎实开展党史学习教育。组织全市教育系统党员开展党史专题学习，举办“学党史、颂党恩、跟党走”主题活动100场次。
I 2、|加强基层党组织建设。推进公办中小学校党组织全覆盖，建设党建示范点10个。
S 二、|推进教育优质均衡发展
I 3、|发展学前教育。新建幼儿园3所，学前三年毛入园率达到93%以上。
I 4、|提升义务教育质量。巩固义务教育基本均衡成果，推进义务教育优质均衡先行创建，义务教育巩固率达到97%。
I 5、|推进普通高中特色发展。支持大理市第一中学创建省一级一等高完中，普通高中毛入学率达到92%。
I 6、|推进民族团结进步教育。开展民族团结进步示范学校创建活动，新创建示范学校8所。
S 三、|深化教育教学改革
I 7、|推进集团化办学。组建下关一中教育集团等3个教育集团，覆盖学校21所。
I 8、|推进洱海保护教育。编写洱海保护地方教材，开展“小手拉大手·共护洱海”活动。
S 四、|大力发展体育事业
I 9、|推进全民健身。建设社区健身路径20条，经常参加体育锻炼人数比例达到40%。
I 10、|加强青少年体育。开展青少年体育比赛15项，创建全国青少年校园足球特色学校2所。
S 五、|加强教育体育保障
I 11、|加强教师队伍建设。招聘教师150名，实施骨干教师培养工程，评选市级骨干教师100名。
""",
}

# --------------------------------------------------------------------------- 15 黑龙江 道里 (生成日期 table, 1、 restart, text-only section, signature)

DAOLI = {
    "slug": "15-heilongjiang-daoli-2019-plan",
    "what": "黑龙江哈尔滨道里区 xxgk page: 信息名称/生成日期/公开形式 table, 1、 items restarting per section, a text-only closing section, signature",
    "url": "http://www.hrbdl.gov.cn/art/2019/3/20/art_11247_198433.html",
    "headers": {"content-type": "text/html; charset=UTF-8", "server": "nginx"},
    "encoding": "utf-8",
    "style": "ueditor",
    "expect": {"title": "道里区教育局2019年工作要点", "notice_title": None, "index_no": "001213061/2019-00045",
               "doc_no": "里教发〔2019〕6号", "pub_date": "2019-03-20", "publisher": "道里区教育局", "plan_year": 2019,
               "doc_kind": "plan"},
    "must_not_appear": ["信息名称", "索引号", "生成日期", "公开形式", "黑ICP备", "网站标识码", "黑公网安备",
                        "打印本页", "关闭本页", "【字体"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Keywords" content="道里区教育局2019年工作要点">
<title>哈尔滨市道里区人民政府 部门文件 道里区教育局2019年工作要点</title>
<link rel="stylesheet" href="/css/dl_art.css">
</head>
<body>
<div class="header"><img src="/images/dl_logo.png" alt="哈尔滨市道里区人民政府"></div>
<div class="nav"><a href="/">首页</a><a href="/col/col11200/">政务公开</a><a href="/col/col11300/">政务服务</a><a href="/col/col11400/">政民互动</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="/col/col11200/">政务公开</a> &gt; <a href="/col/col11247/">部门文件</a></div>
<div class="main">
<table class="xxgk" width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="t1">信息名称：</td><td class="t2" colspan="3">道里区教育局2019年工作要点</td></tr>
<tr><td class="t1">索引号：</td><td class="t2">001213061/2019-00045</td><td class="t1">发布机构：</td><td class="t2">道里区教育局</td></tr>
<tr><td class="t1">生成日期：</td><td class="t2">2019-03-20</td><td class="t1">文号：</td><td class="t2">里教发〔2019〕6号</td></tr>
<tr><td class="t1">公开形式：</td><td class="t2">主动公开</td><td class="t1">公开时限：</td><td class="t2">常年公开</td></tr>
</table>
<div class="art-title">道里区教育局2019年工作要点</div>
<div class="art-tool">【字体：<a href="javascript:doZoom(20)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="art-con" id="zoom">
{content}
</div>
<div class="art-op"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.opener=null;window.close()">关闭本页</a></div>
</div>
<div class="footer">主办单位：哈尔滨市道里区人民政府　<a href="https://beian.miit.gov.cn">黑ICP备05001958号</a>　黑公网安备 23010202000012号　网站标识码：2301020001</div>
</body>
</html>
""",
    "spec": """
P 2019年，全区教育工作要以习近平新时代中国特色社会主义思想为指导，全面贯彻落实全国、全省、全市教育大会精神，以“办好人民满意的教育”为目标，深化教育改革，提高教育质量，促进教育公平，推动道里教育高质量发展。
S 一、|加强党的建设，把牢教育发展方向
I 1、|加强思想政治建设。深入学习贯彻全国教育大会精神，开展中心组专题学习12次。
I 2、|加强基层党建工作。实施“一校一品”党建品牌创建工程，培育党建品牌学校15所。
I 3、|推进全面从严治党。严格落实“一岗双责”，开展教育系统作风整顿。
S 二、|促进教育均衡发展，扩大优质资源覆盖面
I 1、|推进学前教育普惠发展。新增公办幼儿园2所，普惠性幼儿园覆盖率达到80%。
I 2、|推进义务教育均衡发展。实施强校带弱校工程，组建教育联盟6个，覆盖学校32所。
I 3、|规范民办教育发展。开展校外培训机构专项治理，整改不合格机构100%。
S 三、|深化教育改革，全面提升教育质量
I 1、|深化课程改革。推进“学为中心”课堂教学改革，建设区级课改示范校10所。
I 2、|加强体育美育工作。中小学生体质健康合格率达到92%，冰雪运动进校园覆盖率达到100%。
I 3、|推进教育信息化。完成30所学校智慧校园建设。
S 四、|加强队伍建设，增强教育发展活力
I 1、|加强教师队伍建设。招聘教师120名，培训教师5000人次。
I 2、|加强干部队伍建设。实行校长职级制改革，开展校级干部轮岗交流。
I 3、|加强校园安全管理。完善安全工作责任体系，确保全年无重大安全事故。
S 五、|工作要求
P 各单位要高度重视，结合实际制定具体实施方案，明确责任分工，细化工作措施，确保各项任务落到实处。
C 哈尔滨市道里区教育局
C 2019年3月15日
""",
}

# --------------------------------------------------------------------------- 16 广西 临桂 (gov.cn-style policy table, report, 一是 sub-items)

LINGUI = {
    "slug": "16-guangxi-lingui-2024-report",
    "what": "广西桂林临桂区 portal: gov.cn-style 7-cell table (发文机关, 成文日期, 标题, empty 发文字号, 发布日期 年月日), 推进情况, （一） items, 一是 sub-items",
    "url": "http://www.lingui.gov.cn/zwgk/bmxxgk/qjyj/gzjz/202407/t20240715_2667081.shtml",
    "headers": {"content-type": "text/html; charset=utf-8", "server": "nginx", "vary": "Accept-Encoding"},
    "encoding": "utf-8",
    "style": "p",
    "expect": {"title": "临桂区教育局2024年上半年工作推进情况", "notice_title": None,
               "index_no": "1145031200762791XG/2024-04519", "doc_no": None, "pub_date": "2024-07-15",
               "publisher": "桂林市临桂区教育局", "plan_year": 2024, "doc_kind": "report"},
    "must_not_appear": ["索 引 号", "主题分类", "发文机关", "成文日期", "发文字号", "桂ICP备", "网站标识码",
                        "桂公网安备", "【打印】", "【关闭】", "分享"],
    "shell": """<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta name="SiteName" content="桂林市临桂区人民政府门户网站">
<meta name="ColumnName" content="工作进展">
<title>临桂区教育局2024年上半年工作推进情况_工作进展_桂林市临桂区人民政府门户网站</title>
<link rel="stylesheet" href="/images/lg_xl.css">
<script src="/images/jquery-3.5.1.min.js"></script>
</head>
<body>
<div class="lg-top"><div class="w1200"><span>欢迎访问桂林市临桂区人民政府门户网站</span><a href="/wza/">无障碍阅读</a></div></div>
<div class="lg-head"><img src="/images/lg_logo.png" alt="桂林市临桂区人民政府门户网站"></div>
<div class="lg-nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjlg/">走进临桂</a></div>
<div class="w1200 lg-crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/bmxxgk/">部门信息公开</a> &gt; <a href="/zwgk/bmxxgk/qjyj/">区教育局</a> &gt; <a href="/zwgk/bmxxgk/qjyj/gzjz/">工作进展</a></div>
<div class="w1200 policyLibraryOverview_header">
<table class="zwxl-table" cellspacing="0" cellpadding="0">
<tbody>
<tr><td class="t1">索 引 号：</td><td class="t2">1145031200762791XG/2024-04519</td><td class="t1">主题分类：</td><td class="t2">教育</td></tr>
<tr><td class="t1">发文机关：</td><td class="t2">桂林市临桂区教育局</td><td class="t1">成文日期：</td><td class="t2">2024年07月10日</td></tr>
<tr><td class="t1">标　　题：</td><td class="t2" colspan="3">临桂区教育局2024年上半年工作推进情况</td></tr>
<tr><td class="t1">发文字号：</td><td class="t2"></td><td class="t1">发布日期：</td><td class="t2">2024年07月15日</td></tr>
</tbody>
</table>
</div>
<div class="w1200 article">
<h1 class="article-title">临桂区教育局2024年上半年工作推进情况</h1>
<div class="article-share">分享：<a class="wx" href="javascript:;"></a><a class="wb" href="javascript:;"></a></div>
<div class="article-con" id="zoomcon">
{content}
</div>
<div class="article-btn"><a href="javascript:window.print()">【打印】</a><a href="javascript:window.close()">【关闭】</a></div>
</div>
<div class="lg-foot"><p>主办：桂林市临桂区人民政府办公室　<a href="https://beian.miit.gov.cn">桂ICP备13001928号</a>　桂公网安备 45031202000123号</p><p>网站标识码：4503120005</p></div>
</body>
</html>
""",
    "spec": """
P 2024年以来，区教育局坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大精神，紧紧围绕区委、区政府中心工作，扎实推进各项教育工作。现将上半年工作推进情况报告如下：
S 一、|上半年工作推进情况
I （一）|党建引领作用有效发挥。深入开展党纪学习教育，主要做了以下工作：
U 一是|举办党纪学习教育读书班3期，参训党员干部260人次。
U 二是|组织观看警示教育片，开展廉政谈话120人次。
I （二）|教育资源供给持续扩大。临桂第三中学、西城小学等4个项目加快建设，预计秋季学期新增学位3150个。
I （三）|教育教学质量稳步提升。重点抓了三个方面：
U 一是|组织中考备考专题研讨会6场，开展毕业班教学视导2轮。
U 二是|推进课堂教学改革，开展“同课异构”活动85场次。
U 三是|举办全区中小学生田径运动会和艺术展演，参与学生1.2万人次。
I （四）|教师队伍建设不断加强。完成2024年教师公开招聘笔试和面试，拟招聘教师216名；开展教师培训4600人次。
I （五）|校园安全形势稳定。开展防溺水专项行动，发放《致家长的一封信》8.6万份，全区未发生学生溺亡事故。
S 二、|存在的问题
I （一）|城区学位供需矛盾突出。城区部分学校班额偏大，学位供给压力大。
I （二）|乡村教师队伍不稳定。乡村学校教师流失较多，结构性缺编问题仍然存在。
S 三、|下半年工作计划
I （一）|做好秋季学期招生工作。确保新建学校按期投用，重点做好：
U 一是|8月底前完成4个新建项目竣工验收。
I （二）|持续提升教育质量。巩固义务教育基本均衡成果，推进县域义务教育优质均衡发展。
I （三）|抓好校园安全工作。开展秋季开学安全大检查，确保师生安全。
""",
}

PAGES = [FENGTAI, JINSHAN, YUBEI, QIONGHAI, XINGQING, DATONG, XIGAZE, CHANGJI, SHUNDE, WUJIANG, HANTING, WENJIANG,
         CHANGAN, DALI, DAOLI, LINGUI]
