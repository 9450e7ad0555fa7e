/*
 * ent_units -- the units of a known company, each one organization whose
 * parent is the company: a region unit (宝马中国, 苹果亚太区, 大众汽车(中国)),
 * a business group or division named after the company (阿里巴巴国际数字
 * 商业集团, 腾讯互动娱乐事业群) and a segment named with its short name
 * (美团优选, 京东电商).  The gazetteer's matching stops at the company, as
 * it should when the next word is an ordinary place (宝马 在中国), so the
 * unit is read here, from the company on; a unit the gazetteer lists
 * (京东物流) it has matched whole already and gets its parent there.
 */
#include "ent_internal.h"

/*
 * Regions a company names a unit after: countries and areas where
 * multinationals run a national or regional arm, and the Chinese cities
 * that host one (特斯拉上海 is its Shanghai plant company).
 */
static const char *const region_words[] = {
	"中国",
	"中国区",
	"大中华区",
	"大中华",
	"亚太",
	"亚太区",
	"亚洲",
	"欧洲",
	"欧洲区",
	"北美",
	"北美区",
	"南美",
	"拉美",
	"东南亚",
	"中东",
	"非洲",
	"美国",
	"日本",
	"韩国",
	"印度",
	"德国",
	"英国",
	"法国",
	"越南",
	"泰国",
	"新加坡",
	"澳洲",
	"澳大利亚",
	"加拿大",
	"巴西",
	"墨西哥",
	"香港",
	"台湾",
	"上海",
	"北京",
	"深圳",
	"广州",
	"天津",
	"成都",
	"武汉",
	"苏州",
	"沈阳",
	"长春",
};

/*
 * Segments named with the company's short name and nothing between:
 * cloud, e-commerce, logistics, health, technology (fintech) and finance
 * arms, community group buying, devices.
 */
static const char *const segment_words[] = {
	"云",
	"智能云",
	"云智能",
	"电商",
	"物流",
	"健康",
	"科技",
	"数科",
	"金融",
	"优选",
	"终端",
	"零售",
};

/* The words that end a business group's name after the company and more. */
static const char *const group_tails[] = {
	"事业群",
	"事业部",
	"业务集团",
	"集团",
	"业务群",
	"BG",
	"BU",
};

/*
 * Words between a company and 集团 that make the name its own group or
 * another company's (复星国际集团 is Fosun, 韩亚金融集团 a bank's group),
 * not one of its business groups.
 */
static const char *const group_not[] = {
	"控股",
	"投资",
	"实业",
	"国际",
	"金融",
	"股份",
	"发展",
	"产业",
	"企业",
	"有限",
	"资本",
	"置业",
};

/*
 * Words a segment word begins that are no unit: 云端 (the cloud as
 * such), 科技股 and 科技巨头 (the company as a tech company), 金融危机.
 */
static const char *const segment_not[] = {
	"云端",
	"云上",
	"科技股",
	"科技巨头",
	"科技公司",
	"科技企业",
	"科技行业",
	"金融危机",
	"金融市场",
	"终端产品",
	"零售价",
	"零售额",
	"健康状况",
};

/*
 * The function words and verbs that end a division's own words: fewer
 * than a name's stops, as a division is named with common words
 * (平台与内容, 企业发展, 互动娱乐).
 */
static const char division_stop[] =
    "的了在是由对向从将被为于等让给把这那该此其据即如若但而且并也都又还"
    "已曾就则所以称到经及或与和各";

/* Words that say how a company has divisions, not which (腾讯旗下事业群). */
static const char *const division_not[] = {
	"旗下",
	"下属",
	"内部",
	"多个",
	"两个",
	"三个",
	"新设",
	"成立",
	"整合",
	"合并",
	"调整",
	"重组",
	"核心",
	"主要",
	"相关",
};

/*
 * A company's sites: after a company and a region the region is where
 * the site stands (特斯拉上海超级工厂, 苹果北京门店), no unit.
 */
static const char *const site_words[] = {
	"工厂",
	"超级工厂",
	"基地",
	"生产基地",
	"园区",
	"产业园",
	"工业园",
	"门店",
	"旗舰店",
	"零售店",
	"专卖店",
	"研发中心",
	"数据中心",
	"办公室",
	"仓库",
	"新工厂",
	"新厂",
	"厂区",
};

/* Characters after a region word that make it no unit's (below). */
static const char region_stop[] = "电讯时月日人市省籍";

/*
 * Last characters of the bodies, forces, outlets, schools and banks that
 * have offices or branches, not units, in a region (央行上海总部, 新华社北京,
 * 武警北京总队, 联合国亚太, 北京大学天津校区), and of exchanges.
 */
static const char office_last[] =
    "部局署委院厅府会处办军警队社报台所行国织盟学校";

/*
 * Whether a day of a month (3月5日, 2024年3月5日) starts at q: after a
 * region word, a dateline's.  A month or a year alone is the unit's
 * figures' (特斯拉中国11月销量).
 */
static bool
day_at(const struct zp_entities *x, size_t q)
{
	const uint32_t *c = x->c;
	size_t n = x->n;

	while (q < n && is_digit(c[q]))
		q++;
	if (q + 1 < n && c[q] == 0x5E74 /* 年 */ && is_digit(c[q + 1]))
		for (q++; q < n && is_digit(c[q]); q++)
			;
	if (q >= n || c[q] != 0x6708 /* 月 */)
		return false;
	if (++q >= n || !is_digit(c[q]))
		return false;
	while (q < n && is_digit(c[q]))
		q++;
	return q < n && c[q] == 0x65E5 /* 日 */;
}

/*
 * Whether the text from q shows that a region word before it is a
 * dateline or a time (新华社北京3月5日电, 路透社北京时间) or runs on
 * into a longer place or word (美国人, 中国市场 is 中国 the market).
 */
static bool
region_end_ok(const struct zp_entities *x, size_t q)
{
	uint32_t c;

	if (q >= x->n)
		return true;
	c = x->c[q];
	if ((is_digit(c) && day_at(x, q)) || in_set(region_stop, c))
		return false;
	/* 中国市场, 中国业务: the company's business in the region. */
	if (text_is(x, q, "市场") || text_is(x, q, "业务") ||
	    text_is(x, q, "地区") || text_is(x, q, "境内"))
		return false;
	/* 特斯拉上海超级工厂: the region is where the company's site is. */
	return wl_at(&x->usite, x->c, x->n, q) == 0;
}

/*
 * Whether [a, b) holds nothing but places wholly inside it (亚太区 may
 * be one place already) or nothing at all.
 */
static bool
places_within(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++) {
		const struct ent *e;

		if (x->owner[i] < 0)
			continue;
		e = &x->ent[x->owner[i]];
		if (e->type != ZP_ET_LOC || e->s < a || e->e > b)
			return false;
	}
	return true;
}

/* The end of a region unit's name after a company ending at p, or p. */
static size_t
region_unit(const struct zp_entities *x, size_t p)
{
	size_t l, q;

	if (p < x->n && is_open(x->c[p])) {
		/* 大众汽车(中国): the region in parentheses. */
		l = wl_at(&x->uregion, x->c, x->n, p + 1);
		q = p + 1 + l;
		if (l > 0 && q < x->n && is_close(x->c[q]) &&
		    places_within(x, p + 1, q))
			return q + 1;
		return p;
	}
	l = wl_at(&x->uregion, x->c, x->n, p);
	if (l == 0 || !places_within(x, p, p + l) || !region_end_ok(x, p + l))
		return p;
	return p + l;
}

/* The end of a segment's name after a company ending at p, or p. */
static size_t
segment_unit(const struct zp_entities *x, size_t p)
{
	size_t l = wl_at(&x->usegment, x->c, x->n, p);

	if (l == 0 || !span_free(x, p, p + l) ||
	    wl_at(&x->usegnot, x->c, x->n, p) > 0)
		return p;
	/* 京东物流园 is a place of the company's, 华为云计算 is cloud work. */
	if (p + l < x->n &&
	    (text_is(x, p + l, "园") || text_is(x, p + l, "计算") ||
	        text_is(x, p + l, "服务器")))
		return p;
	return p + l;
}

/*
 * The end of a business group after a company ending at p: the company,
 * up to ten characters of its own words and a group's own tail (事业群,
 * 事业部, 业务群, BG, BU); or p.  The words are free Han with no function
 * word or verb, so common words may stand in them (腾讯平台与内容事业群), and
 * 与 or 和 may join two fields once; at p only when the company is a
 * unit itself, its field the first (腾讯云 + 与智慧产业事业群).
 */
static size_t
division_unit(const struct zp_entities *x, size_t p, bool unit_first)
{
	const uint32_t *c = x->c;
	bool joined = false;

	for (size_t q = p; q < x->n && q <= p + 10; q++) {
		size_t l = wl_at(&x->utail, c, x->n, q);

		if (l > 0 && (q > p || joined || unit_first) &&
		    !text_is(x, q, "集团") && !text_is(x, q, "业务集团") &&
		    span_free(x, q, q + l) &&
		    (q + l >= x->n || !is_alnum(c[q + l])))
			return q + l;
		if (!joined && (q > p || unit_first) && q + 1 < x->n &&
		    is_han(c[q + 1]) &&
		    (c[q] == 0x4E0E /* 与 */ || c[q] == 0x548C /* 和 */)) {
			joined = true;
			continue;
		}
		if (!is_han(c[q]) || x->owner[q] >= 0 ||
		    in_set(division_stop, c[q]) ||
		    wl_at(&x->udivnot, c, x->n, q) > 0)
			break;
	}
	return p;
}

/*
 * The end of a business group named 集团 after a company ending at p: the
 * company, up to eight characters of its own words (free Han, no stop
 * character or word) and 集团 or 业务集团; or p.  A bare 集团 needs two
 * characters between, as 京东集团 is the company itself.
 */
static size_t
group_unit(const struct zp_entities *x, size_t p)
{
	const uint32_t *c = x->c;

	for (size_t q = p; q < x->n && q <= p + 8; q++) {
		size_t l = wl_at(&x->utail, c, x->n, q);

		if (l > 0 && q > p && span_free(x, q, q + l) &&
		    (!text_is(x, q, "集团") ||
		        (q - p >= 2 &&
		            !(q - p == 2 &&
		                wl_at(&x->ugroupnot, c, x->n, p) == 2))))
			return q + l;
		if (!is_han(c[q]) || x->owner[q] >= 0 ||
		    in_cs(ent_cs_stop, c[q]) ||
		    wl_at(&x->stopw, c, x->n, q) > 0)
			break;
	}
	return p;
}

/*
 * Stores the surface c[a..b) as the id of a unit no list has, with ASCII
 * parentheses: 大众汽车（中国） and 大众汽车(中国) are one unit.
 */
static uint32_t
unit_id(struct zp_entities *x, size_t a, size_t b)
{
	uint32_t off = (uint32_t)x->ids.len;
	char *p = zp_buf_reserve(&x->ids, 4 * (b - a) + 1);
	size_t n = 0;

	for (size_t i = a; i < b; i++)
		n += zp_utf8_encode(is_open(x->c[i]) ? '(' :
		        is_close(x->c[i])            ? ')' :
		                                       x->c[i],
		    p + n);
	p[n] = '\0';
	x->ids.len += n + 1;
	x->ids.p[x->ids.len] = '\0';
	return off;
}

/* Whether entity k is a company the lists know (not a derived name). */
static bool
known_company(const struct zp_entities *x, const struct ent *e)
{
	return !e->dead && e->type == ZP_ET_ORG && e->gaz != NONE &&
	    e->gaz >= x->minor && zp_gaz_entry(x->g, e->gaz)->type == ZP_ET_ORG;
}

/* The unit that begins with company k, when one does. */
static void
unit_after(struct zp_entities *x, int32_t k)
{
	const struct ent *e = &x->ent[k];
	size_t a = e->s, p = e->e, b;
	uint32_t g, parent, id;
	const char *pid;
	int32_t u;

	if (in_set(office_last, x->c[p - 1]))
		return;
	b = region_unit(x, p);
	if (b == p)
		b = division_unit(
		    x, p, zp_gaz_entry(x->g, e->gaz)->parent != NULL);
	if (b == p)
		b = group_unit(x, p);
	if (b == p)
		b = segment_unit(x, p);
	if (b == p)
		return;
	/* A unit's unit (腾讯云 + 与智慧产业事业群) is the company's. */
	pid = zp_gaz_entry(x->g, e->gaz)->parent;
	if (pid == NULL)
		pid = ent_id(x, e);
	parent = ent_put_id(x, pid, strlen(pid));
	g = lookup(x, a, b);
	if (g != NONE && zp_gaz_entry(x->g, g)->type != ZP_ET_ORG)
		g = NONE;
	id = g != NONE ? NONE : unit_id(x, a, b);
	ent_clear_span(x, a, b);
	u = ent_add(x, a, b, ZP_ET_ORG, SRC_GAZ, g, id);
	x->ent[u].parent = parent;
}

void
ent_pass_units(struct zp_entities *x)
{
	size_t n0 = x->nent;

	if (x->noskip) {
		/* Every position, for the check that the skip below misses
		 * none: a unit starts where a company ends. */
		for (size_t i = 1; i < x->n; i++) {
			int32_t k = ends_at(x, i);

			if (k >= 0 && (size_t)k < n0 &&
			    known_company(x, &x->ent[k]))
				unit_after(x, k);
		}
		return;
	}
	for (size_t k = 0; k < n0; k++)
		if (known_company(x, &x->ent[k]))
			unit_after(x, (int32_t)k);
}

void
ent_units_init(struct zp_entities *x)
{
	zp_wl_add_all(&x->uregion, region_words, NELEM(region_words));
	zp_wl_add_all(&x->usegment, segment_words, NELEM(segment_words));
	zp_wl_add_all(&x->usegnot, segment_not, NELEM(segment_not));
	zp_wl_add_all(&x->utail, group_tails, NELEM(group_tails));
	zp_wl_add_all(&x->ugroupnot, group_not, NELEM(group_not));
	zp_wl_add_all(&x->udivnot, division_not, NELEM(division_not));
	zp_wl_add_all(&x->usite, site_words, NELEM(site_words));
	ent_cset_get(region_stop);
	ent_cset_get(office_last);
	ent_cset_get(division_stop);
}

void
ent_units_free(struct zp_entities *x)
{
	zp_wl_free(&x->uregion);
	zp_wl_free(&x->usegment);
	zp_wl_free(&x->usegnot);
	zp_wl_free(&x->utail);
	zp_wl_free(&x->ugroupnot);
	zp_wl_free(&x->udivnot);
	zp_wl_free(&x->usite);
}
