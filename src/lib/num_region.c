/*
 * num_region -- where a story comes from, and what its bare 元 is worth.
 *
 * 元 alone is the local currency of the publication (GUIDELINES, currency
 * resolution): CNY on the mainland, TWD in Taiwan, HKD in Hong Kong, MOP
 * in Macau.  The region is read once per record from what the record says
 * of its source (the URL's host, normalize's "encoding", an outlet's
 * dateline at the top of the text) and, for a Traditional text only, from
 * its listed companies' exchanges; the currencies the story states before
 * a figure decide the rest.  A wrong currency is worse than none, so an
 * undecided 元 keeps its unit as written and no ISO code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/docdate.h"
#include "zhpipe/utf8.h"

#include "num_internal.h"

/* Does the host h[0..n) end with the domain d (a whole label)? */
static bool
host_is(const char *h, size_t n, const char *d)
{
	size_t l = strlen(d);

	if (l > n)
		return false;
	for (size_t k = 0; k < l; k++) {
		char c = h[n - l + k];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		if (c != d[k])
			return false;
	}
	return l == n || h[n - l - 1] == '.' || d[0] == '.';
}

/* The region of a URL's host: a country domain or a known newsroom. */
static int
url_region(const char *u, size_t n)
{
	static const struct {
		const char *host;
		int region;
	} hosts[] = {
		{ ".tw", REG_TW },
		{ ".hk", REG_HK },
		{ ".mo", REG_MO },
		/* Taiwanese newsrooms on generic domains. */
		{ "udn.com", REG_TW },
		{ "cnyes.com", REG_TW },
		{ "chinatimes.com", REG_TW },
		{ "ettoday.net", REG_TW },
		{ "storm.mg", REG_TW },
		{ "setn.com", REG_TW },
		{ "moneydj.com", REG_TW },
		{ "nownews.com", REG_TW },
		/* Hong Kong's. */
		{ "mingpao.com", REG_HK },
		{ "hkej.com", REG_HK },
		{ "hket.com", REG_HK },
		{ "stheadline.com", REG_HK },
		{ "singtao.com", REG_HK },
		{ "on.cc", REG_HK },
		{ "wenweipo.com", REG_HK },
		{ "takungpao.com", REG_HK },
		{ "hk01.com", REG_HK },
		{ "aastocks.com", REG_HK },
		{ "hkcd.com", REG_HK },
		/* Macau's. */
		{ "macaodaily.com", REG_MO },
		{ "exmoo.com", REG_MO },
	};
	size_t i = 0, h, e;

	/* scheme://[user@]host[:port]/... ; a URL without :// has no host. */
	for (; i + 2 < n; i++)
		if (u[i] == ':' && u[i + 1] == '/' && u[i + 2] == '/')
			break;
	if (i + 2 >= n)
		return REG_NONE;
	h = e = i + 3;
	while (e < n && u[e] != '/' && u[e] != '?' && u[e] != '#') {
		if (u[e] == '@')
			h = e + 1;
		e++;
	}
	for (size_t k = h; k < e; k++)
		if (u[k] == ':') {
			e = k;
			break;
		}
	if (e > h && u[e - 1] == '.')
		e--; /* the root's dot: example.com.tw. */
	for (size_t k = 0; k < sizeof hosts / sizeof *hosts; k++)
		if (host_is(u + h, e - h, hosts[k].host))
			return hosts[k].region;
	return REG_NONE;
}

/* Big5 input is Taiwan's; its Hong Kong extension, Hong Kong's. */
static int
encoding_region(const char *s, size_t n)
{
	static const struct {
		const char *name;
		int region;
	} encs[] = {
		{ "big5", REG_TW },
		{ "big-5", REG_TW },
		{ "cp950", REG_TW },
		{ "windows-950", REG_TW },
		{ "x-windows-950", REG_TW },
		{ "big5-hkscs", REG_HK },
		{ "big5hkscs", REG_HK },
	};

	for (size_t k = 0; k < sizeof encs / sizeof *encs; k++) {
		size_t l = strlen(encs[k].name), j;

		if (l != n)
			continue;
		for (j = 0; j < n; j++) {
			char c = s[j];

			if (c >= 'A' && c <= 'Z')
				c = (char)(c - 'A' + 'a');
			if (c != encs[k].name[j])
				break;
		}
		if (j == n)
			return encs[k].region;
	}
	return REG_NONE;
}

/*
 * Outlets whose dateline names the story's place.  A name that a mainland
 * paper has in Simplified (经济日报 of Beijing, 文汇报 of Shanghai) counts in
 * a Traditional text only (trad), where the script fold may have made it
 * Simplified.
 */
static const struct {
	const char *name;
	int region;
	bool trad;
} outlets[] = {
	{ "中央社", REG_TW, false },
	{ "中央通訊社", REG_TW, false },
	{ "中央通讯社", REG_TW, false },
	{ "經濟日報", REG_TW, false },
	{ "经济日报", REG_TW, true },
	{ "工商時報", REG_TW, false },
	{ "工商时报", REG_TW, false },
	{ "鉅亨網", REG_TW, false },
	{ "钜亨网", REG_TW, false },
	{ "自由時報", REG_TW, false },
	{ "自由时报", REG_TW, false },
	{ "聯合報", REG_TW, false },
	{ "联合报", REG_TW, false },
	{ "聯合新聞網", REG_TW, false },
	{ "中國時報", REG_TW, false },
	{ "中国时报", REG_TW, false },
	{ "中時新聞網", REG_TW, false },
	{ "今周刊", REG_TW, false },
	{ "明報", REG_HK, false },
	{ "明报", REG_HK, false },
	{ "信報", REG_HK, false },
	{ "信报", REG_HK, false },
	{ "香港經濟日報", REG_HK, false },
	{ "香港经济日报", REG_HK, false },
	{ "經濟通", REG_HK, false },
	{ "星島", REG_HK, false },
	{ "星岛", REG_HK, false },
	{ "東方日報", REG_HK, false },
	{ "东方日报", REG_HK, false },
	{ "文匯報", REG_HK, false },
	{ "文汇报", REG_HK, true },
	{ "香港文汇报", REG_HK, false },
	{ "大公報", REG_HK, false },
	{ "大公报", REG_HK, false },
	{ "頭條日報", REG_HK, false },
	{ "香港01", REG_HK, false },
	{ "香港電台", REG_HK, false },
	{ "香港电台", REG_HK, false },
	{ "阿思達克", REG_HK, false },
	{ "澳門日報", REG_MO, false },
	{ "澳门日报", REG_MO, false },
	{ "市民日報", REG_MO, false },
	{ "濠江日報", REG_MO, false },
	{ "新華澳報", REG_MO, false },
};

/*
 * An outlet's dateline in the top of the text (the window normalize's
 * dateline reader uses): the name where a line or a bracket starts,
 * （中央社記者…台北15日電）, 【明報專訊】; 據明報報道 in a sentence cites
 * the paper and says nothing of the source.
 */
static int
dateline_region(struct zp_numbers *z, bool trad)
{
	size_t lim = z->n < ZP_DATELINE_TOP ? z->n : ZP_DATELINE_TOP, len;
	int k;

	for (size_t i = 0; i < lim; i++) {
		uint32_t b = i > 0 ? z->cp[i - 1] : 0;

		/* Most characters are ideographs, after which no dateline
		 * starts: two comparisons pass them. */
		if (b >= 0x4E00 && b < 0xFF00)
			continue;
		k = lex_match(&z->outlets, z->cp, 0, z->n, i, &len);
		if (k < 0)
			continue;
		if (!(i == 0 || b == '(' || b == 0xFF08 || b == 0x3010 ||
		        b == '[' || b == 0x3014 || b == 0x300A || b == 0x300C ||
		        is_space(b) || b == '\n' || b == 0xFF0F || b == '/' ||
		        b == '|'))
			continue;
		/* exp 1: a name of Traditional text only. */
		if (trad || z->outlets.e[k].exp == 0)
			return z->outlets.e[k].cls;
	}
	return REG_NONE;
}

void
num_region_tables(struct zp_numbers *z)
{
	lex_init(&z->outlets, false);
	for (size_t k = 0; k < sizeof outlets / sizeof *outlets; k++)
		lex_add(&z->outlets, outlets[k].name, outlets[k].region,
		    outlets[k].trad, NULL);
}

/* The region of a listed company's market: REG_TW, REG_HK, REG_CN, or
 * REG_NONE for another market or none. */
static int
market_region(const struct zp_nentity *e)
{
	static const struct {
		const char *x;
		int r;
	} mkt[] = {
		{ "TWSE", REG_TW },
		{ "TPEx", REG_TW },
		{ "HKEX", REG_HK },
		{ "SSE", REG_CN },
		{ "SZSE", REG_CN },
		{ "BSE", REG_CN },
	};

	if (e->exchange == NULL)
		return REG_NONE;
	for (size_t k = 0; k < sizeof mkt / sizeof *mkt; k++)
		if (e->exchangelen == strlen(mkt[k].x) &&
		    memcmp(e->exchange, mkt[k].x, e->exchangelen) == 0)
			return mkt[k].r;
	return REG_NONE;
}

/* The market most of the listed companies are of, when one dominates. */
static int
entity_region(const struct zp_nctx *ctx)
{
	/* Mentions of listed companies by market: REG_TW, REG_HK, REG_CN. */
	size_t n[REG_CN + 1] = { 0 }, all = 0;

	for (size_t i = 0; i < ctx->nents; i++) {
		int r = market_region(&ctx->ents[i]);

		if (r != REG_NONE) {
			n[r]++;
			all++;
		}
	}
	/* A story names other markets' companies too (a Taipei paper on
	 * 中芯, a Hong Kong one on 台积电): one market must dominate. */
	for (int r = REG_TW; r <= REG_CN; r++)
		if (n[r] > 0 && n[r] > 2 * (all - n[r]))
			return r;
	return REG_NONE;
}

/* 新台幣, 台幣, 新臺幣, NT$ anywhere: the story counts in Taiwan's money. */
static bool
states_twd(struct zp_numbers *z)
{
	for (size_t i = 0; i + 1 < z->n; i++) {
		uint32_t c = z->cp[i], d = z->cp[i + 1];

		if ((c == 0x53F0 || c == 0x81FA) &&
		    (d == 0x5E63 || d == 0x5E01))
			return true; /* 台 臺, then 幣 币 */
		if (c == 'N' && d == 'T' && i + 2 < z->n && z->cp[i + 2] == '$')
			return true;
	}
	return false;
}

void
num_region(struct zp_numbers *z)
{
	const struct zp_nctx *ctx = z->ctx;
	bool trad = z->trad;
	int r = dateline_region(z, trad);

	/* The dateline names who wrote the story, the host only who carries
	 * it (a wire story on a portal), the encoding only how it was saved. */
	if (r == REG_NONE && ctx != NULL && ctx->url != NULL)
		r = url_region(ctx->url, ctx->urllen);
	if (r == REG_NONE && ctx != NULL && ctx->encoding != NULL)
		r = encoding_region(ctx->encoding, ctx->enclen);
	z->region_src = r != REG_NONE;
	/* A mainland story names Hong Kong and Taiwanese listed companies
	 * (腾讯控股, 台积电) as often as its own: their market tells the
	 * region only of a text that is not written in Simplified. */
	if (r == REG_NONE && trad && ctx != NULL)
		r = entity_region(ctx);
	z->region = (uint8_t)r;
	z->taiwan = r == REG_TW || (trad && r == REG_NONE && states_twd(z));
}

/*
 * Does a text with no known source speak of Taiwan, Hong Kong or Macau (a
 * place, their money, a ROC year, a company listed there)?  Then its bare
 * 元 may be theirs.  A Traditional text that does not is read as a
 * mainland one (a wire's Traditional edition): its 元 is CNY.
 */
static bool
names_tw_hk(struct zp_numbers *z)
{
	static const char *const w[] = { "台湾", "台北", "高雄", "台中", "台南",
		"新竹", "台币", "香港", "港元", "港币", "港股", "九龙", "澳门",
		"民国" };

	if (z->ctx != NULL)
		for (size_t i = 0; i < z->ctx->nents; i++) {
			int r = market_region(&z->ctx->ents[i]);

			if (r == REG_TW || r == REG_HK)
				return true;
		}
	for (size_t i = 0; i < z->n; i++) {
		uint32_t c = z->cp[i];

		/* 台 香 港 九 澳 民 高 新 */
		if (c != 0x53F0 && c != 0x9999 && c != 0x6E2F && c != 0x4E5D &&
		    c != 0x6FB3 && c != 0x6C11 && c != 0x9AD8 && c != 0x65B0)
			continue;
		for (size_t k = 0; k < sizeof w / sizeof *w; k++)
			if (match_len(z, i, w[k]) != 0)
				return true;
	}
	return false;
}

/* Bits of the yuan-family currencies a story states. */
enum { S_CNY = 1, S_TWD = 2, S_HKD = 4, S_MOP = 8 };

static unsigned
yuan_bit(const char *code)
{
	if (strcmp(code, "CNY") == 0)
		return S_CNY;
	if (strcmp(code, "TWD") == 0)
		return S_TWD;
	if (strcmp(code, "HKD") == 0)
		return S_HKD;
	if (strcmp(code, "MOP") == 0)
		return S_MOP;
	return 0;
}

static const char *
bit_code(unsigned b)
{
	switch (b) {
	case S_CNY:
		return "CNY";
	case S_TWD:
		return "TWD";
	case S_HKD:
		return "HKD";
	case S_MOP:
		return "MOP";
	default:
		return NULL;
	}
}

/*
 * The currency of a bare 元 after the stated ones (S_* bits), or NULL when
 * the document does not settle it.
 */
static const char *
local_currency(const struct zp_numbers *z, unsigned stated)
{
	static const unsigned reg_bit[] = { 0, S_TWD, S_HKD, S_MOP, S_CNY };
	unsigned own = reg_bit[z->region];

	if (own != 0)
		/* After amounts in its own currency, among others, the
		 * source's money; after others only (陸企營收人民幣80億元，
		 * 淨利10億元) the story may be counting in theirs. */
		return stated == 0 || (stated & own) ? bit_code(own) : NULL;
	/* A Traditional story of no known source: what it stated, if it
	 * stated one currency of the family. */
	return bit_code(stated);
}

void
num_region_currency(struct zp_numbers *z)
{
	const char *dflt = z->ctx != NULL ? z->ctx->currency : NULL;
	unsigned stated = 0;
	bool mainland_known = false, mainland = false;

	for (size_t i = 0; i < z->nm; i++) {
		struct ment *m = &z->m[i];
		const char *code, *why;

		if (m->kind != ZP_NK_MONEY)
			continue;
		if (!m->yuan) {
			stated |= yuan_bit(m->unit);
			continue;
		}
		if (strcmp(m->unit, "CNY") != 0)
			continue;
		if (z->region == REG_NONE && !mainland_known) {
			mainland_known = true;
			mainland = !z->trad || !names_tw_hk(z);
		}
		if (z->region == REG_NONE && mainland) {
			/* A mainland story: CNY, or the user's default. */
			if (dflt == NULL || strcmp(dflt, "CNY") == 0)
				continue;
			code = dflt;
			why = "bare 元: the default currency";
		} else {
			code = local_currency(z, stated);
			why = z->region_src ?
			    "bare 元: the source's currency" :
			    "bare 元: the currency of the story";
			if (code == NULL) {
				code = dflt;
				why = "bare 元: the default currency";
			}
		}
		m->regional = true;
		if (code != NULL) {
			unit_copy(m, code);
			if (m->note == NULL)
				m->note = why;
		} else {
			/* The unit as written, with no code. */
			m->unit[zp_utf8_encode(m->ych, m->unit)] = '\0';
			if (m->note == NULL)
				m->note = "bare 元: currency not known";
		}
	}
}

bool
zp_numbers_currency_known(const struct zp_numbers *z, const char *code)
{
	for (size_t k = 0; k < z->units.n; k++)
		if (z->units.e[k].cls == U_CUR && z->units.e[k].code != NULL &&
		    strcmp(z->units.e[k].code, code) == 0)
			return true;
	for (size_t k = 0; k < z->prefix.n; k++)
		if (z->prefix.e[k].code != NULL &&
		    strcmp(z->prefix.e[k].code, code) == 0)
			return true;
	return false;
}
