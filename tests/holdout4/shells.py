"""Site templates for the fourth holdout: the page around a body, as each kind of site serves it.

Each shell takes the page's spec dict and the rendered body, and returns the whole page's HTML:
doctype, head, navigation, breadcrumbs, metadata block, tool widgets, 上一篇/下一篇, related links,
footer. Whatever a shell prints besides the body is furniture the parser must keep out of the body.
"""

from __future__ import annotations


def charset_meta(p: dict) -> str:
    declared = p["declared_charset"]
    if p.get("html5_charset"):
        return f'<meta charset="{declared}">'
    return f'<meta http-equiv="Content-Type" content="text/html; charset={declared}">'


def related_list(p: dict) -> str:
    return "\n".join(f'<li><a href="/art/{2000 + i}.html" target="_blank">{title}</a></li>'
                     for i, title in enumerate(p["related"]))


def metadata_table(p: dict) -> str:
    """A 信息公开 table: rows of (label, value) pairs, two pairs a row; a lone pair spans the row."""
    label_tag = p.get("label_tag", "td")
    rows = []
    for row in p["meta_rows"]:
        cells = []
        for label, value in row:
            span = ' colspan="3"' if len(row) == 1 else ""
            cells.append(f'<{label_tag} class="lab" width="12%">{label}</{label_tag}><td class="val"{span}>{value}</td>')
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return ('<table class="{cls}" width="100%" border="0" cellspacing="1" cellpadding="0">\n<tbody>\n'
            .format(cls=p.get("meta_class", "xxgk-table")) + "\n".join(rows) + "\n</tbody>\n</table>")


def footer(p: dict) -> str:
    return f"""<div class="footer">
<div class="wrap">
<p class="links"><a href="/sitemap/">网站地图</a> | <a href="/lxwm/">联系我们</a> | <a href="/help/">使用帮助</a> | <a href="/privacy/">隐私声明</a></p>
<p>主办单位：{p['sponsor']}　　承办单位：{p['operator']}</p>
<p>网站标识码：{p['site_code']}　　<a href="https://beian.miit.gov.cn/" target="_blank">{p['icp']}</a>　　<img src="/static/images/ga.png" alt="">{p['ga']}</p>
<p><a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code={p['site_code']}" target="_blank"><img src="/static/images/jiucuo.png" alt=""><span>政府网站找错</span></a>
<a href="http://bszs.conac.cn/sitename?method=show" target="_blank"><img src="/static/images/dzjg.png" alt="党政机关"></a></p>
<script id="_jiucuo_" sitecode="{p['site_code']}" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>
</div>
</div>"""


def portal_top(p: dict) -> str:
    return f"""<div class="topbar"><div class="wrap"><span class="today">今天是：<script type="text/javascript">document.write(new Date().toLocaleDateString());</script></span>
<span class="toplinks"><a href="javascript:;" id="wza">无障碍浏览</a> | <a href="/m/">手机版</a> | <a href="/lzhj/">长者模式</a> | <a href="/user/login">登录</a></span></div></div>
<div class="header"><div class="wrap"><a class="logo" href="/"><img src="/static/images/logo.png" alt="{p['site']}"></a>
<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键词"><button type="submit">搜索</button></form></div></div>
<div class="nav"><ul class="wrap">
<li><a href="/">首页</a></li><li><a href="/zwdt/">政务动态</a></li><li class="on"><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/ztzl/">专题专栏</a></li></ul></div>"""


def xxgk(p: dict, content: str) -> str:
    """A county/district portal's 政府信息公开 article: metadata table, heading, body, widgets."""
    heading = f'<h1 class="article-title">{p["heading"]}</h1>' if p.get("heading") else ""
    return f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
{charset_meta(p)}
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{p['html_title']}</title>
{p.get('head_extra', '')}
<link rel="stylesheet" href="/static/css/base.css">
<link rel="stylesheet" href="/static/css/xxgk.css">
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
{portal_top(p)}
<div class="wrap main">
<div class="crumb">您当前所在位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/bm/">部门信息公开</a> &gt; {p['column']}</div>
<div class="xxgk-detail">
{metadata_table(p)}
{heading}
<div class="{p.get('body_class', 'article-content')}" id="{p.get('body_id', 'Zoom')}">
{content}
</div>
<div class="article-tools">
<a href="javascript:window.print();">【打印本页】</a><a href="javascript:window.close();">【关闭窗口】</a>
<span class="font">【字体：<a href="javascript:doZoom(18);">大</a> <a href="javascript:doZoom(16);">中</a> <a href="javascript:doZoom(14);">小</a>】</span>
</div>
<div class="share">分享到：<a class="share-wx" href="javascript:;">微信</a><a class="share-wb" href="javascript:;">微博</a><a class="share-qq" href="javascript:;">QQ空间</a></div>
<div class="prev-next"><p>上一篇：<a href="/art/1.html">{p['prev']}</a></p><p>下一篇：<a href="/art/2.html">{p['next']}</a></p></div>
<div class="related"><h3>相关链接</h3><ul>
{related_list(p)}
</ul></div>
</div>
</div>
{footer(p)}
<script type="text/javascript">
var _hmt = _hmt || [];
$(function () {{ $("#wza").click(function () {{ aria.start(); }}); }});
</script>
</body>
</html>
"""


def news(p: dict, content: str) -> str:
    """A portal's news-style article: heading, one info line of spans, body, share bar, pager."""
    return f"""<!DOCTYPE html>
<html>
<head>
{charset_meta(p)}
<title>{p['html_title']}</title>
{p.get('head_extra', '')}
<meta name="keywords" content="{p['site']}">
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript" src="/js/share.js"></script>
</head>
<body>
{portal_top(p)}
<div class="wrap">
<div class="location">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xwzx/">新闻中心</a> &gt;&gt; {p['column']}</div>
<div class="article">
<h2 class="art-title">{p['heading']}</h2>
<div class="art-info">{p['info']}
<span class="fontsize">字号：<a href="javascript:setSize(18)">大</a> <a href="javascript:setSize(16)">中</a> <a href="javascript:setSize(14)">小</a></span></div>
<div class="{p.get('body_class', 'art-content')}" id="{p.get('body_id', 'artContent')}">
{content}
</div>
<div class="art-share"><span>分享到：</span><a class="bds_weixin" title="分享到微信"></a><a class="bds_tsina" title="分享到新浪微博"></a>
<a href="javascript:window.print()" class="print">打印</a><a href="javascript:window.close()" class="close">关闭</a></div>
<div class="art-page"><div>上一篇：<a href="/xwzx/1.html">{p['prev']}</a></div><div>下一篇：<a href="/xwzx/2.html">{p['next']}</a></div></div>
</div>
<div class="side-box"><div class="hd">相关阅读</div><ul>
{related_list(p)}
</ul></div>
</div>
{footer(p)}
</body>
</html>
"""


def grid(p: dict, content: str) -> str:
    """A provincial platform's 公开 page: metadata as a grid of <div> cells with <em> labels."""
    cells = "\n".join(f'<div class="col-6"><em>{label}</em><span>{value}</span></div>'
                      for row in p["meta_rows"] for label, value in row)
    return f"""<!DOCTYPE html>
<html lang="zh-cmn-Hans">
<head>
{charset_meta(p)}
<meta name="renderer" content="webkit">
<title>{p['html_title']}</title>
{p.get('head_extra', '')}
<link rel="stylesheet" href="/res/css/gk.css">
</head>
<body>
{portal_top(p)}
<div class="container">
<div class="breadcrumb"><span>当前位置：</span><a href="/">首页</a>&gt;<a href="/zwgk/">政务公开</a>&gt;<a href="/zwgk/fdzdgknr/">法定主动公开内容</a>&gt;{p['column']}</div>
<div class="detail-box">
<div class="detail-info row">
{cells}
</div>
<div class="detail-title"><h1>{p['heading']}</h1></div>
<div class="detail-text {p.get('body_class', 'gk-content')}">
{content}
</div>
<div class="detail-ops"><a onclick="window.print();">打印本页</a> <a onclick="window.close();">关闭窗口</a>
<span>扫一扫在手机打开当前页</span><div id="qrcode"></div></div>
<ul class="detail-pager"><li>上一篇：<a href="/a/1.html">{p['prev']}</a></li><li>下一篇：<a href="/a/2.html">{p['next']}</a></li></ul>
</div>
</div>
{footer(p)}
<script>new QRCode(document.getElementById("qrcode"), location.href);</script>
</body>
</html>
"""


def oldasp(p: dict, content: str) -> str:
    """A 2000s-era ASP bureau site built of layout tables; the article body is itself a table of rows."""
    latest = "\n".join(f'<tr><td class="list" height="24">·<a href="/News_View.asp?NewsID={2290 + i}" target="_blank">'
                       f'{title}</a></td></tr>' for i, title in enumerate(p["related"]))
    return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
{charset_meta(p)}
<title>{p['html_title']}</title>
<link href="/css/css.css" rel="stylesheet" type="text/css">
<script language="javascript" src="/js/fontzoom.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" width="1000" height="150" alt=""></td></tr>
<tr><td class="nav" height="36"><a href="/">网站首页</a> | <a href="/News_List.asp?ClassID=1">教育动态</a> | <a href="/News_List.asp?ClassID=2">通知公告</a> | <a href="/News_List.asp?ClassID=3">政策法规</a> | <a href="/News_List.asp?ClassID=4">招生考试</a> | <a href="/Guestbook.asp">局长信箱</a></td></tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="240" valign="top" class="left">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="lefttitle">最新文章</td></tr>
{latest}
</table>
</td>
<td width="760" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="position">您现在的位置：<a href="/">首页</a> &gt;&gt; <a href="/News_List.asp?ClassID=2">{p['column']}</a> &gt;&gt; 正文</td></tr></table>
<table width="96%" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td align="center" class="newstitle" height="50"><b>{p['heading']}</b></td></tr>
<tr><td align="center" class="newsinfo">{p['info']}　　【字体：<a href="javascript:fontZoom(16)">大</a> <a href="javascript:fontZoom(14)">中</a> <a href="javascript:fontZoom(12)">小</a>】</td></tr>
<tr><td><hr size="1" color="#cccccc"></td></tr>
<tr><td class="content" id="fontzoom">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
{content}
</table>
</td></tr>
<tr><td align="right" height="30">【<a href="javascript:window.print()">打印此文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</td></tr>
<tr><td class="prevnext">上一篇：<a href="/News_View.asp?NewsID=2315">{p['prev']}</a><br>下一篇：<a href="/News_View.asp?NewsID=2317">{p['next']}</a></td></tr>
</table>
</td>
</tr>
</table>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" class="foot">
<tr><td align="center">版权所有：{p['sponsor']}　地址：{p['address']}<br>{p['icp']}　技术支持：{p['operator']}<br>
<script language="javascript">document.write("您是本站第" + "<span id='cnt'></span>" + "位访问者");</script></td></tr>
</table>
</body>
</html>
"""


def word(p: dict, content: str) -> str:
    """A platform page whose body is a pasted Word "web page" (MsoNormal, o:p), metadata table above."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
{charset_meta(p)}
<title>{p['html_title']}</title>
<link href="/templates/css/detail.css" rel="stylesheet" type="text/css" />
<style type="text/css">p.MsoNormal {{ margin:0cm; text-align:justify; font-size:10.5pt; }}</style>
</head>
<body>
{portal_top(p)}
<div class="w1200">
<div class="dqwz">当前位置：<a href="/">首页</a> » <a href="/xxgk/">信息公开</a> » {p['column']}</div>
{metadata_table(p)}
<div class="wz_title">{p['heading']}</div>
<div class="wz_content">
<div class="Section1" style="layout-grid:15.6pt">
{content}
</div>
</div>
<div class="wz_tools">[<a href="javascript:window.print()">打印本页</a>] [<a href="javascript:window.close()">关闭窗口</a>] [<a href="#top">返回顶部</a>]</div>
<div class="wz_pager">上一篇：<a href="/xxgk/1.html">{p['prev']}</a>　下一篇：<a href="/xxgk/2.html">{p['next']}</a></div>
</div>
{footer(p)}
</body>
</html>
"""


def gx(p: dict, content: str) -> str:
    """An older XHTML portal: heading div, one info line, body div, a bracketed toolbar."""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{charset_meta(p)}
<title>{p['html_title']}</title>
<link href="/images/index.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/common.js"></script>
</head>
<body>
<div id="top"><div class="toplink"><a href="/">设为首页</a> | <a href="/">加入收藏</a></div>
<div class="banner"><img src="/images/banner.jpg" alt="" /></div>
<div id="menu"><a href="/">首 页</a><a href="/zwgk/">政务公开</a><a href="/bmdt/">部门动态</a><a href="/xzdt/">乡镇动态</a><a href="/zwfw/">网上办事</a><a href="/hdjl/">公众参与</a></div></div>
<div id="main">
<div class="weizhi">您的位置：<a href="/">首页</a> » <a href="/bmdt/">部门动态</a> » {p['column']}</div>
<div class="contentbox">
<div class="con_title">{p['heading']}</div>
<div class="con_info">{p['info']}　　【<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</div>
<div class="con_text" id="con_text">
{content}
</div>
<div class="con_bottom">[<a href="javascript:window.print()">打印</a>]　[<a href="javascript:window.close()">关闭</a>]</div>
<div class="con_other"><p>上一篇：<a href="/bmdt/1.html">{p['prev']}</a></p><p>下一篇：<a href="/bmdt/2.html">{p['next']}</a></p></div>
<div class="xgxw"><div class="xgxw_t">相关新闻</div><ul>
{related_list(p)}
</ul></div>
</div>
</div>
{footer(p)}
</body>
</html>
"""


SHELLS = {"xxgk": xxgk, "news": news, "grid": grid, "oldasp": oldasp, "word": word, "gx": gx}
