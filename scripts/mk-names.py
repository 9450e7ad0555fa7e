#!/usr/bin/env python3
"""Derives data/names/, extract-entities' low-priority name lists, from
jieba's dict.txt (MIT licence, see data/names/LICENSE.jieba; Debian package
python3-jieba):

  places.csv   words tagged ns (place names), type LOC
  orgs.csv     words tagged nt (organization names), type ORG
  given.txt    characters of Chinese names scored as given-name and as
               surname characters, from the words tagged nr (person names)
               against the other words (entities.c, the name recognizer),
               then the common words that start with a surname (the
               surnames of ent_people.c) and are no names, and the
               two-character words whose characters may be a given name,
               the common two-character words of no name's kind ("+C
               CHARS"), and the common verbs ("!WORD") and function words
               ("^WORD") that no organization's name runs over, or that
               a name may hold but is not alone ("~WORD")

Each name is its own id.  The curated gazetteers (data/gazetteer/) are read
after these lists and win where both have a name.  Only Han words of two
characters or more are kept, without the common words jieba also tags ns or
nt (STOP below, written by hand from general knowledge), and only places
and organizations of the shapes place_ok and org_ok accept.

usage: scripts/mk-names.py [DICT.TXT [OUTDIR]]
"""
import csv
import math
import re
import os
import sys

src = sys.argv[1] if len(sys.argv) > 1 else \
    "/usr/lib/python3/dist-packages/jieba/dict.txt"
out = sys.argv[2] if len(sys.argv) > 2 else "data/names"

# Common words that jieba tags ns or nt; they name no place or body.
STOP = set("""
城市 东西 平原 外国 爱国 英雄 太阳 海洋 湖泊 大桥 高原 上市 美丽 山区 江湖
大街 王国 开国 共和国 城镇 庆典 南路 深度 山脉 回国 治安 大国 新鲜 古城 海峡
河口 冰川 长度 山水 长大 莫非 普及 商城 内河 古典 阴阳 江山 高山 大海 山坡
河谷 大汉 上马 太平 福利 日志 琉璃瓦 哥哥 阿哥 建国 永乐 朝廷 南北 东南 西北
西南 东北 华北 华中 中原 江南 江北 自治州 自治县 天门 中外 各国 全国 全省
全市 海外 国内 国外 内地 本地 外地 当地 各地 异地 两岸 沿海 内陆 边境 山村
乡村 农村 城乡 市场 市区 郊区 山东省 大都 京城 华夏 中华 炎黄 神州 祖国 大陆
本土 世界 全球 天下 人间 地球 宇宙 天堂 地狱 中人 中大 中南部 中西部 国际化
党组织 人民军队 国家队 国际队 音乐会 交易会 联合体 四合院 卫生院 天文学
伦理学 社会科学 中国区 联合政府 商学院 音乐学院 音乐厅 美术馆 文工团 国家机关
人民公社 解放区 联合会 高级中学 文理学院 交易所 通讯社 公安局 安全局 商业银行
中央银行 中国大学 人民共和国 中央政府 人民政府 人民法院 人民检察院 军事法院
人民代表大会 政治协商会议 安理会 驻京办 党政军 暨 渣
交汇处 汇合处 致命处 住院部 中学部 大学部 开发部 财务部 财务处 综合部 科研处
科研部 施工队 武术队 美术组 俄文组 汇报会 通报会 招标会 招商会 联谊会 联席会
加油站 加工厂 内外部 东中部 中东部 全都会 黑社会 普及部 文艺部 音乐部 高音部
中音部 四大部 五国部 卫生队 卫生所 卫生站 法学部 文学部 教研部 德育处 拜年会
人事部 销售部 市场部 技术部 研发部 采购部 生产部 工程部 客服部 法务部 业务部
营业部 编辑部 办公室 董事会 监事会 股东会 工会 党支部 居委会 村委会
团组织 社团组织
东方 西方 南方 北方 东部 西部 南部 北部 中部 远东 中东 近东 西欧 东欧 北欧
南欧 中欧 欧美 亚太 东亚 南亚 西亚 北美 南美 拉美 中美洲
寿比南山 马放南山 香象渡河 城市热岛 中国台湾 临水登山 剑树刀山 上刀山 夺命岛
亚历山 天鹅湖 高山湖 锦绣山
""".split())

# Common words that jieba tags nr (person names) and that start with a
# surname: they go to given.txt as words that are not names (written by
# hand from general knowledge, from the frequent two-character nr words).
NOT_NAMES = set("""
明白 武功 文明 和尚 王朝 阳光 陆军 卫星 雷达 荣誉 古老 冷笑 武林 明星 宫殿
师傅 封锁 胡同 师兄 顾问 王爷 王公 白雪 高峰 齐声 文武 石英 金殿 师哥 高潮
齐全 洪水 顾客 辛勤 米粉 胡子 王府 叶子 安静 谢谢 白领 康复 沙滩 师范 梅花
吉祥 范畴 周转 孙子 宁可 凌辱 高明 陈述 荣获 丛林 马匹 关怀 林立 明珠 王子
温泉 白宫 向阳 黎明 陈列 宁静 蓝天 左翼 金刚 师生 冷汗 安抚 高僧 许可 朱红
杜绝 卓越 沙丘 童子 祝贺 师母 兰花 岳父 史诗 谢恩 白白 凌厉 沙皇 师娘 胡闹
荣耀 马克 桂花 高悬 马背 乔木 毛巾 麦子 郎中 白布 张开 金石 周密 陈设 马夫
高薪 华丽 麻木 燕子 白发 练兵 金黄 林子 林木 杨柳 安危 梅子 查明 胡涂 石柱
杜鹃 张贴 周旋 练功 田园 白云 孔雀 高耸 王宫 杜仲 史实 朱砂 古文 张嘴 张口
田野 李子 熊掌 焦黄 凌空 钱财 雷声 温馨 白银 蓝图 殷勤 明智 严正 祝福 陈旧
高昂 顾忌 高超 龙宫 宫阙 胡椒 张罗 徐徐 郎君 高雅 高坡 常青 白旗 牛马 时髦
卫冕 古董 明朗 熊猫 明文 钟声 陶醉 汪洋 任凭 张扬 高喊 麻醉 宗庙 周全 毛发
白昼 罗汉 王侯 施礼 王道 边远 张望 雷霆 柳树 许诺 岳母 王妃 白痴 史前 王后
涂抹 师爷 马鞭 王权 阎王 孙女 朱笔 练武 黄牛 洪亮 马鞍 柏树 丛生 盛世 鲁莽
于今 石阶 霍地 农耕 唐诗 封爵 冉冉 马刀 卢布 全体 许多 文章 明确 应当
""".split())

# Units of power and energy (3吉瓦, 兆瓦时): a unit is never a name, though
# some start with a surname and jieba may lack them.
UNIT_WORDS = set("""
吉瓦 吉瓦时 千瓦 千瓦时 兆瓦 兆瓦时 太瓦 太瓦时 万千瓦
""".split())

# jieba's tags of the words a name stops at (v verb, vn verbal noun, d and
# ad adverbs, c conjunction, p preposition, r pronoun, f direction), and
# the least frequency that makes such a word common.
STOP_TAGS = {"v", "vn", "d", "ad", "c", "p", "r", "f"}
FUNCTION_TAGS = {"d", "ad", "c", "p", "r", "f", "u"}
STOP_MIN_FREQ = 200
# jieba's tags of names: people, places, bodies and other proper nouns.
NAME_TAGS = {"nr", "nrt", "nrfg", "ns", "nt", "nz"}


def org_aliases():
    """Every name and alias of the curated lists and the derived bodies."""
    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                        "data")
    files = [os.path.join(here, "gazetteer", fn)
             for fn in sorted(os.listdir(os.path.join(here, "gazetteer")))
             if fn.endswith(".csv")]
    files.append(os.path.join(out, "orgs.csv"))
    names = set()
    for fn in files:
        with open(fn, encoding="utf-8", newline="") as fh:
            for r in csv.reader(fh):
                if len(r) >= 3:
                    names.add(r[0])
                    names.update(r[2].split("|"))
    return names


HAN = lambda w: all("\u4e00" <= ch <= "\u9fff" for ch in w)

# jieba tags many common words ns (神圣, 兴旺, 嘉宾); a place kept here ends
# in the unit of an administrative area, three characters at least.
UNITS = "省市县区州镇乡村旗盟"


# ... but not a kind of area (大城市, 南亚地区, 澳门特区, 各省市).
AREA_KINDS = set("""地区 城市 特区 省市 乡镇 市区 郊区 城区 社区 山区 景区 园区
林区 牧区 矿区 灾区 市县 县市 县区 市镇 城镇 县城 州市 新区 开发区 老区 区县
""".split())
GENERIC_FIRST = "各大全本该我外两新老小多每某"


# Natural features keep their kind in the name (伏牛山, 贝加尔湖); four
# characters whose first two are a common word are an idiom (锦绣江山,
# 信口开河), not a place.
FEATURES = "山河江湖岛湾峰岭峡"
FEATURE_KINDS = set("""高山 大山 火山 冰山 深山 名山 青山 荒山 雪山 矿山 江河 山河
运河 内河 大河 小河 长江 大江 海湾 港湾 山峰 高峰 顶峰 主峰 山岭 海峡 小岛
半岛 群岛 孤岛 海岛 湖泊 大湖 内流河 咸水湖 堰塞湖 微咸湖 常流河 淡水湖
人工湖
""".split())


def place_ok(w):
    if w[0] in GENERIC_FIRST or len(w) < 3:
        return False
    if w[-1] in FEATURES:
        if w[0] in FEATURES:
            return False
        if len(w) == 4 and (TAGS.get(w[:2], "ns") != "ns" or
                            w[1] in FEATURES + "海" or
                            w[2] in FEATURES + "海"):
            return False
        return w[-2:] not in FEATURE_KINDS and w[-3:] not in FEATURE_KINDS
    return w[-1] in UNITS and w[-2:] not in AREA_KINDS \
        and w[-3:] not in AREA_KINDS


# An organization ends in a word for a body (局 部 大学 ...); two-character
# words tagged nt are mostly abbreviations that are words too (中发, 国建);
# a place's government or team is the place and a common noun (中国政府),
# a pair of countries is no organization (中法, 中美关系).
ORG_ENDS = "局部院会社厅委党军队所校馆行司团署处办盟厂台报站组协联"
ORG_END_WORDS = ("中心", "组织", "集团", "公司", "银行", "大学", "学院",
                 "医院", "法庭", "电视台", "报社", "基金", "机构", "联盟")
ORG_BAD_ENDS = ("政府", "关系", "地区", "机关", "党委", "组织部")
ORG_BAD_FIRST = "各该本我新党镇乡村县市省国"
# Two-character words that end in a body's character but are no body: a
# document (公报), an act (飞行, 执行, 大办), a place (场所), a feeling or a
# chance (体会, 机会), a post (政委), and kinds (院所, 高校: 科研院所).
ORG_BAD_END_WORDS = ("公报", "飞行", "执行", "旅行", "场所", "院所", "高校",
                     "体会", "机会", "政委", "大办", "小办")
# Words that begin a kind, not a name: 非法 (非法组织), 普通 (普通高校).
ORG_BAD_START_WORDS = ("非法", "普通")


# A place and a common noun: 美国公司, 中国馆 (the place is the name).
PLACE_NOUNS = ("公司", "政府", "方面", "人民", "队", "馆", "军", "国会",
               "议会", "市委", "省委", "县委")


def org_ok(w):
    if len(w) < 3 or w.endswith(ORG_BAD_ENDS) or w[0] in ORG_BAD_FIRST \
            or w.endswith(ORG_BAD_END_WORDS) \
            or w.startswith(ORG_BAD_START_WORDS):
        return False
    for e in PLACE_NOUNS:
        if w.endswith(e) and w[:-len(e)] in PLACES:
            return False
    return w[-1] in ORG_ENDS or w.endswith(ORG_END_WORDS)


rows = []
for line in open(src, encoding="utf-8"):
    p = line.split()
    if len(p) != 3 or not p[1].isdigit():
        continue
    rows.append((p[0], int(p[1]), p[2]))

PLACES = {w for w, f, t in rows if t == "ns"}
TAGS = {w: t for w, f, t in rows}
os.makedirs(out, exist_ok=True)
for tag, typ, fn in (("ns", "LOC", "places.csv"), ("nt", "ORG", "orgs.csv")):
    names = sorted({w for w, f, t in rows
                    if t == tag and len(w) >= 2 and HAN(w) and w not in STOP
                    and (place_ok(w) if tag == "ns" else org_ok(w))})
    with open(os.path.join(out, fn), "w", encoding="utf-8") as f:
        f.write("canonical,type,aliases,ticker,exchange\n")
        for w in names:
            f.write(f"{w},{typ},{w},,\n")
    print(f"mk-names: {len(names)} {typ} names in {out}/{fn}", file=sys.stderr)

# Characters of Chinese names: for each, log(P(c | given name) / P(c |
# other words)) and log(P(c | surname) / P(c | other words)), times 100,
# from the words tagged nr of two or three characters (the first character
# the surname; compound surnames are rare enough to ignore) against every
# word not tagged as a name.
given, sur, other = {}, {}, {}
for w, f, t in rows:
    if not HAN(w):
        continue
    if t == "nr" and len(w) in (2, 3):
        sur[w[0]] = sur.get(w[0], 0) + 1
        for ch in w[1:]:
            given[ch] = given.get(ch, 0) + 1
    elif t not in ("nr", "nrt", "nrfg"):
        for ch in w:
            other[ch] = other.get(ch, 0) + 1
G, S, O = sum(given.values()), sum(sur.values()), sum(other.values())


def score(n, tot, ch):
    return round(100 * (math.log((n + 1) / tot) -
                        math.log((other.get(ch, 0) + 1) / O)))


with open(os.path.join(out, "given.txt"), "w", encoding="utf-8") as f:
    f.write("# Derived from jieba's dict.txt by scripts/mk-names.py (MIT, see\n"
            "# LICENSE.jieba): character, score as a given-name character,\n"
            "# score as a surname; a score is 100 log(P(c | names) / P(c |\n"
            "# other words)).  Then \"-WORD\": a common word that starts with\n"
            "# a surname; \"=C CHARS\": the common words C + each of CHARS,\n"
            "# which a given name alone is not; \"+C CHARS\": common words\n"
            "# C + each of CHARS, of no name's kind; \"!WORD\" a common verb\n"
            "# and \"^WORD\" a function word, which no organization's name\n"
            "# runs over; \"~WORD\": one that a name may hold, not alone.\n")
    kept = 0
    for ch in sorted(set(given) | set(sur)):
        if given.get(ch, 0) + sur.get(ch, 0) < 5:
            continue
        f.write(f"{ch} {score(given.get(ch, 0), G, ch)} "
                f"{score(sur.get(ch, 0), S, ch)}\n")
        kept += 1
    # Words of two or three characters that start like a name but are
    # common words of other kinds (王国, 高度, 成本): "-" and the word.
    src_ = open(os.path.join(os.path.dirname(os.path.abspath(__file__)),
                             "..", "src", "lib", "ent_people.c"),
                encoding="utf-8").read()
    m = re.search(r"static const char surnames\[\] =\s*(.*?);", src_, re.S)
    surnames = "".join(re.findall(r'"(.*?)"', m.group(1)))
    words = sorted({w for w, fr, t in rows
                    if len(w) in (2, 3) and w[0] in surnames and HAN(w)
                    and (t not in ("nr", "nrt", "nrfg") or w in NOT_NAMES)
                    and fr >= 5} |
                   {w for w in UNIT_WORDS if w[0] in surnames})
    for w in words:
        f.write(f"-{w}\n")
    # Two-character words of any kind whose characters may both be given-
    # name characters (NAME_GIVEN_MIN of ent_internal.h): a given name that
    # is one of them (建国, 海军, 志强) is no mention of a person alone.
    # One line per first character, "=", the character, a space and the
    # second characters (=建 国华...), so that the list loads fast.
    gmin = -60
    gscore = {ch: score(given.get(ch, 0), G, ch)
              for ch in set(given) | set(sur)
              if given.get(ch, 0) + sur.get(ch, 0) >= 5}
    common = sorted({w for w, fr, t in rows
                     if len(w) == 2 and HAN(w)
                     and all(gscore.get(ch, -1000) >= gmin for ch in w)})
    byfirst = {}
    for w in common:
        byfirst.setdefault(w[0], []).append(w[1])
    for ch in sorted(byfirst):
        f.write(f"={ch} {''.join(byfirst[ch])}\n")
    # Common two-character words of no name's kind and no function word
    # but of direction (沿海), "+" lines as "=" above: a listed two-character name that a word on
    # each side overlaps is read as the two words (集中 + 中行 + 行动,
    # 人格 + 格力 + 力量), but 从中 + 中国 + 国人 stays 中国.
    pairs = sorted({w for w, fr, t in rows
                    if len(w) == 2 and HAN(w) and fr >= STOP_MIN_FREQ
                    and t not in NAME_TAGS and t not in FUNCTION_TAGS - {"f"}})
    byfirst = {}
    for w in pairs:
        byfirst.setdefault(w[0], []).append(w[1])
    for ch in sorted(byfirst):
        f.write(f"+{ch} {''.join(byfirst[ch])}\n")
    # The words a name of a body stops at, going left from its suffix
    # (住进 + 医院, 考虑 + 公司, 组建 + 企业集团): frequent two-character
    # verbs ("!WORD", which right before a suffix may be the body's trade:
    # 九星 + 印刷厂) and function words ("^WORD": 各级 + 法院).  A word
    # inside a listed name (开发, 发展, 联合, 通用) may be part of a name
    # and is only no name alone ("~WORD": 企业 + 改革); the curated
    # gazetteers count, so re-run this after they grow.
    org_text = "\n".join(org_aliases())
    common_words = sorted((w, t) for w, fr, t in rows
                          if t in STOP_TAGS and fr >= STOP_MIN_FREQ
                          and len(w) == 2 and HAN(w))
    stops = [w for w, t in common_words if w not in org_text]
    for w, t in common_words:
        mark = "~" if w in org_text else "^" if t in FUNCTION_TAGS else "!"
        f.write(f"{mark}{w}\n")
    print(f"mk-names: {kept} name characters, {len(words)} words that "
          f"are not names, {len(common)} that may be given names, "
          f"{len(pairs)} common pairs and {len(stops)} that end a name on "
          f"the left in {out}/given.txt",
          file=sys.stderr)
