/*
 * num_scan -- the scanner of the figure finder: the text decoded into code
 * points with one class byte each, and the stages that decide what a
 * numeral starting at a position is, run in a fixed order by one driver.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

void
num_build_classes(struct zp_numbers *z)
{
	static const char rel1[] =
	    "上新前下同另每单任其某逐唯统之这那哪专划归合第万";
	static const char periodw[] = "上下全去今前明";
	size_t i, l;

	for (uint32_t c = 0; c < 0x10000; c++) {
		uint8_t k = 0;

		if (c < 0x80 ? c >= '0' && c <= '9' :
		               zp_cnum_starts(c) || c == 0x6570 ||
		            c == 0x51E0 || c == 0x4EBF || c == 0x767E ||
		            c == 0x5343 || c == 0x4E07)
			k |= C_START;
		if (is_clause_mark(c))
			k |= C_CLAUSE;
		if (is_sent_mark(c))
			k |= C_SENT;
		if (c == 'h' || c == 'w' || c == 'H' || c == 'W' || c == '@')
			k |= C_URL;
		z->cls[c] = k;
	}
	for (i = 0; rel1[i] != '\0'; i += l)
		z->cls[zp_utf8_decode(rel1 + i, sizeof rel1 - 1 - i, &l)] |=
		    C_REL1;
	for (i = 0; periodw[i] != '\0'; i += l)
		z->cls[zp_utf8_decode(
		    periodw + i, sizeof periodw - 1 - i, &l)] |= C_PERIODW;
}

struct ment *
num_new_ment(struct zp_numbers *z, size_t s, size_t e, int kind)
{
	struct ment *m;

	if (z->nm == z->mcap) {
		z->mcap = z->mcap ? z->mcap * 2 : 16;
		z->m = zp_xreallocarray(z->m, z->mcap, sizeof *z->m);
	}
	m = &z->m[z->nm++];
	memset(m, 0, sizeof *m);
	m->s = s;
	m->e = e;
	m->kind = (uint8_t)kind;
	m->metric = -1;
	m->subject = -1;
	return m;
}

void
num_set_value(struct zp_numbers *z, struct ment *m, const struct zp_dec *v)
{
	if (beyond_double(v)) {
		m->vmode = 2;
		m->note = "value too large to write as a JSON number";
		return;
	}
	m->v0 = z->vals.len;
	zp_dec_format(v, &z->vals);
	m->v1 = z->vals.len;
	m->vmode = 1;
}

/* A value written into z->vals, back as a double (for ordering only). */
double
num_val_num(struct zp_numbers *z, size_t v0, size_t v1)
{
	char tmp[128], *t = tmp;
	size_t l = v1 - v0;
	double d;

	/* Long fractions (0.000…1) do not fit the stack copy. */
	if (l >= sizeof tmp)
		t = zp_xmalloc(l + 1);
	memcpy(t, z->vals.p + v0, l);
	t[l] = '\0';
	d = strtod(t, NULL);
	if (t != tmp)
		free(t);
	return d;
}

void
num_set_range(struct zp_numbers *z, struct ment *m, const struct zp_dec *a,
    const struct zp_dec *b)
{
	if (zp_dec_cmp(a, b) > 0) {
		const struct zp_dec *t = a;

		a = b;
		b = t;
	}
	if (beyond_double(a) || beyond_double(b)) {
		m->vmode = 2;
		m->note = "value too large to write as a JSON number";
		return;
	}
	m->v0 = z->vals.len;
	zp_dec_format(a, &z->vals);
	m->v1 = m->m0 = z->vals.len;
	zp_dec_format(b, &z->vals);
	m->m1 = z->vals.len;
	m->vmode = 3;
}

/* The written text cp[s..e) into the unit field. */
void
num_unit_surface(
    struct zp_numbers *z, struct ment *m, size_t s, size_t e, const char *text)
{
	size_t b = z->boff[s], l = z->boff[e] - b;

	if (l >= sizeof m->unit)
		l = zp_utf8_floor(text + b, l, sizeof m->unit - 1);
	memcpy(m->unit, text + b, l);
	m->unit[l] = '\0';
}

/* Parses a numeral at i into c; fills nu.  -1 if none. */
int
num_numeral(struct zp_numbers *z, struct zp_cnum *c, size_t i, struct num *nu)
{
	size_t e;

	if (zp_cnum_parse(c, z->cp, z->n, i, ZP_CNUM_ALLOW_VAGUE, &e) != 0 ||
	    e <= i)
		return -1;
	nu->s = i;
	nu->e = e;
	nu->flags = c->flags;
	/*
	 * 三十万多亿, 500万余亿: more than 30万亿.  The parser reads 万亿
	 * only when adjacent, so parse the numeral again with the hedge
	 * taken out; the hedge stays inside the span (GUIDELINES §4).
	 */
	if (e + 1 < z->n && e - i < 62 &&
	    (z->cp[e - 1] == 0x4E07 || z->cp[e - 1] == 0x842C) &&
	    (z->cp[e] == 0x591A || z->cp[e] == 0x4F59) &&
	    (z->cp[e + 1] == 0x4EBF || z->cp[e + 1] == 0x5104)) {
		uint32_t tmp[64];
		size_t k = e - i, e2;

		memcpy(tmp, z->cp + i, k * sizeof *tmp);
		tmp[k] = z->cp[e + 1];
		if (zp_cnum_parse(c, tmp, k + 1, 0, ZP_CNUM_ALLOW_VAGUE, &e2) ==
		        0 &&
		    e2 == k + 1 &&
		    !(c->flags & (ZP_CNUM_BADSCALE | ZP_CNUM_VAGUE))) {
			nu->e = e + 2;
			c->flags |= ZP_CNUM_MORE;
			nu->flags = c->flags;
		} else if (zp_cnum_parse(c, z->cp, z->n, i, ZP_CNUM_ALLOW_VAGUE,
		               &e) != 0) {
			return -1; /* cannot happen: it parsed before */
		}
	}
	nu->neg = false;
	nu->single = !(c->flags &
	                 (ZP_CNUM_ARABIC | ZP_CNUM_UNIT | ZP_CNUM_SEQ |
	                     ZP_CNUM_VAGUE | ZP_CNUM_FRACTION)) &&
	    e == i + 1;
	return 0;
}

static const char *const index_names[] = {
	"标普",
	"沪深",
	"中证",
	"上证",
	"深证",
	"恒生",
	"日经",
	"纳指",
	"道指",
	"富时",
	"罗素",
	"国证",
	"科创",
	"创业板",
	"北证",
	"MSCI",
	"纳斯达克",
};

static void
bare_number(struct zp_numbers *z, size_t s, size_t e, struct num *nu,
    const struct zp_dec *v)
{
	struct ment *m = num_new_ment(z, s, e, ZP_NK_NUMBER);

	if (nu->flags & ZP_CNUM_VAGUE) {
		m->vmode = 2;
		m->approx = true;
	} else {
		num_set_value(z, m, v);
	}
	if (nu->flags & ZP_CNUM_MORE) {
		m->approx = true;
		m->bound = 'l';
	}
	m->bare = true;
	/* 三百多: more than, the 多 left outside. */
	if (e < z->n && (z->cp[e] == 0x591A || z->cp[e] == 0x4F59) &&
	    !(e + 1 < z->n &&
	        (z->cp[e + 1] == 0x6570 || z->cp[e + 1] == 0x5C11))) {
		m->approx = true;
		m->bound = 'l';
	}
}

/* Is a bare (unitless) numeral at [s, e) worth reporting? */
static bool
bare_ok(struct zp_numbers *z, size_t s, size_t e, const struct num *nu)
{
	const uint32_t *cp = z->cp;
	uint32_t before = s > 0 ? cp[s - 1] : ' ';
	uint32_t after = e < z->n ? cp[e] : ' ';

	if (nu->flags & ZP_CNUM_LEADZERO)
		return false;
	if (nu->flags & ZP_CNUM_ARABIC) {
		if (starts_with(z, e, "指数") || starts_with(z, e, "ETF") ||
		    starts_with(z, e, "系列") || starts_with(z, e, "型号"))
			return false;
		for (size_t i = 0; i < sizeof index_names / sizeof *index_names;
		     i++)
			if (ends_with(z, s, index_names[i]))
				return false;
		/* List markers: 1、 2) 3. at the start of a clause. */
		if ((after == 0x3001 || after == ')' || after == 0xFF09 ||
		        after == 0xFF0E || after == '.') &&
		    (s == 0 || is_clause_mark(before) || is_space(before) ||
		        before == '(' || before == 0xFF08 || before == 0x3002))
			return false;
		/* 《暗黑破坏神3》: part of a title. */
		if (after == 0x300B || after == 0x3009)
			return false;
		/* Scores and clock times: 2∶2, 3:1, 10:30. */
		if (after == ':' || after == 0x2236 || after == 0xFF1A ||
		    before == ':' || before == 0x2236 || before == 0xFF1A)
			return false;
		if (before == '(' && after == ')')
			return false;
		/* Telephone, postal and account numbers. */
		if (e - s >= 7 &&
		    !(nu->flags & (ZP_CNUM_FRACTION | ZP_CNUM_GROUPED))) {
			static const char *const w[] = {
				"电话",
				"热线",
				"传真",
				"手机",
				"号码",
				"邮编",
				"编号",
				"代码",
				"账号",
				"QQ",
				"微信",
			};
			for (size_t t = 0; t < sizeof w / sizeof *w; t++)
				for (size_t b = s; b + 8 > s && b > 0; b--)
					if (ends_with(z, b, w[t]))
						return false;
		}
		return true;
	}
	/* 一、 二、: list markers. */
	if (after == 0x3001 &&
	    (s == 0 || is_clause_mark(before) || is_space(before) ||
	        before == 0x3002) &&
	    e - s <= 2)
		return false;
	/* Chinese: isolated, or with units (一百五十). */
	/*
	 * 答案是五, 不是四而是五: a lone digit after the copula 是 and before
	 * a function word or the end is a number; elsewhere between Chinese
	 * characters it is part of a word (三星, 四川, 五金).
	 */
	if (e == s + 1 && before == 0x662F &&
	    (!is_cjk(after) || strchr_cp("不而却那这和与或也就", after)) &&
	    !nu->neg)
		return true;
	if (e == s + 1 && (is_cjk(before) || is_cjk(after)))
		return false;
	if (is_cjk(before) && is_cjk(after) && !(nu->flags & ZP_CNUM_UNIT))
		return false;
	if (nu->single && (is_cjk(before) || is_cjk(after)))
		return false;
	if ((nu->flags & ZP_CNUM_SEQ) &&
	    (is_cjk(before) || is_cjk(after) ||
	        strchr_cp("“”「」『』《》\"'", before) ||
	        strchr_cp("“”「」『』《》\"'", after)))
		return false;
	if (!(nu->flags & ZP_CNUM_UNIT) && is_cjk(after))
		return false;
	/* 十 alone before a noun is usually a word (十大, 十足). */
	if ((nu->flags & ZP_CNUM_UNIT) && e == s + 1 && is_cjk(after))
		return false;
	return true;
}

/*
 * Tries a figure whose numeral starts at i.  Returns the position to go on
 * scanning from (> i).
 */
static size_t
try_at(struct zp_numbers *z, size_t i, const char *text)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n;
	struct num nu, nu2;
	struct zp_cnum *c = &z->a;
	size_t s, e, len, ustart, uend, lo;
	int k, ucls = U_NONE;
	const char *code = NULL;
	int uexp = 0;
	char curprefix[8] = "";
	size_t pstart;
	bool ordinal = false, percent_prefix = false, range = false;
	bool range_more = false; /* 5万亿-5.3万亿余元 */
	int pct_exp = 0;
	long iv;
	struct ment *m;
	bool period_unit;

	/* 亿元级, 千亿级: a magnitude class. */
	if (!zp_cnum_starts(cp[i]) && cp[i] != 0x6570 && cp[i] != 0x51E0) {
		static const char *const lv[][2] = {
			{ "亿元级", "100000000" },
			{ "百亿级", "10000000000" },
			{ "千亿级", "100000000000" },
			{ "万亿级", "1000000000000" },
			{ "百亿元级", "10000000000" },
			{ "千亿元级", "100000000000" },
			{ "万亿元级", "1000000000000" },
		};
		if (i > 0 &&
		    (zp_cnum_digit(cp[i - 1]) >= 0 || cp[i - 1] == 0x6570))
			return i + 1;
		/* 百分之百: 100 %. */
		if (match_len(z, i, "百分之百") == 4 &&
		    !(i + 4 < n &&
		        (zp_cnum_digit(cp[i + 4]) >= 0 ||
		            cp[i + 4] == 0x5206))) {
			m = num_new_ment(z, i, i + 4, ZP_NK_PERCENT);
			zp_dec_set_u64(&z->x, 100);
			num_set_value(z, m, &z->x);
			unit_copy(m, "%");
			return i + 4;
		}
		if (i + 1 >= n ||
		    (cp[i + 1] != 0x5143 && cp[i + 1] != 0x7EA7 &&
		        cp[i + 1] != 0x4EBF))
			return i + 1;
		for (size_t t = 0; t < sizeof lv / sizeof *lv; t++) {
			size_t l = match_len(z, i, lv[t][0]);

			if (l == 0)
				continue;
			m = num_new_ment(z, i, i + l, ZP_NK_MONEY);
			zp_dec_parse(&z->x, lv[t][1], strlen(lv[t][1]));
			num_set_value(z, m, &z->x);
			unit_copy(m, "CNY");
			m->approx = true;
			m->note = "order of magnitude";
			return i + l;
		}
		return i + 1;
	}
	if (num_numeral(z, c, i, &nu) != 0)
		return i + 1;
	/* 12千米, 1兆赫兹: 千 and 兆 belong to the unit, not the number. */
	if (nu.e > i + 1 &&
	    (cp[nu.e - 1] == 0x5343 || cp[nu.e - 1] == 0x767E ||
	        cp[nu.e - 1] == 0x5146)) {
		int ku = unit_at(z, nu.e - 1, &len);

		if (ku >= 0 && z->units.e[ku].n >= 2 &&
		    (z->units.e[ku].cls == U_QTY ||
		        z->units.e[ku].cls == U_QTYLATIN)) {
			size_t save = z->n;

			z->n = nu.e - 1;
			if (num_numeral(z, c, i, &nu) != 0) {
				z->n = save;
				return i + 1;
			}
			z->n = save;
		}
	}
	e = nu.e;
	s = i;
	lo = last_before(z->clause, z->nclause, i);

	/* Inside a Latin code: H100, 3A6000, HBM3E, MI300X, iPhone 17. */
	if (i > 0 &&
	    (is_latin(cp[i - 1]) || cp[i - 1] == '_' ||
	        (cp[i - 1] == '-' && i > 1 && is_latin(cp[i - 2])) ||
	        (cp[i - 1] == '.' && i > 1 && is_adigit(cp[i - 2]))) &&
	    (nu.flags & ZP_CNUM_ARABIC)) {
		/* Q4, FY2026, H1: periods, not codes. */
		size_t q = i - 1;

		if ((cp[q] == 'Q' || cp[q] == 'q') &&
		    (q == 0 || !is_latin(cp[q - 1])) && e == i + 1 &&
		    cp[i] >= '1' && cp[i] <= '4' &&
		    (e >= n || (!is_latin(cp[e]) && !is_adigit(cp[e])))) {
			char lab[64];

			snprintf(lab, sizeof lab, "Q%c", (char)cp[i]);
			m = num_new_ment(z, q, e, ZP_NK_PERIOD);
			num_fmt_period(m->period, sizeof m->period,
			    num_year_before(z, q), lab);
			num_add_anchor(z, q, e, m->period, false);
			return e;
		}
		if (q >= 1 && (cp[q] == 'Y' || cp[q] == 'y') &&
		    (cp[q - 1] == 'F' || cp[q - 1] == 'f') &&
		    (q < 2 || !is_latin(cp[q - 2])) &&
		    !(nu.flags & ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO))) {
			size_t nd = e - i;
			long y = small_int(&c->val);
			char lab[64];
			size_t end = e;

			if (nd == 2)
				y += 2000;
			if ((nd == 2 || nd == 4) && y >= 1900 && y < 2200) {
				snprintf(lab, sizeof lab, "FY%ld", y);
				if (end + 1 < n &&
				    (cp[end] == 'Q' || cp[end] == 'q') &&
				    cp[end + 1] >= '1' && cp[end + 1] <= '4') {
					snprintf(lab, sizeof lab, "FY%ld-Q%c",
					    y, (char)cp[end + 1]);
					end += 2;
				}
				m = num_new_ment(z, q - 1, end, ZP_NK_PERIOD);
				snprintf(
				    m->period, sizeof m->period, "%s", lab);
				num_add_anchor(z, q - 1, end, lab, false);
				return end;
			}
		}
		if ((cp[q] == 'H' || cp[q] == 'h') && e == i + 1 &&
		    (cp[i] == '1' || cp[i] == '2') &&
		    (q == 0 || !is_latin(cp[q - 1])) &&
		    (e >= n || (!is_latin(cp[e]) && !is_adigit(cp[e])))) {
			num_add_anchor(
			    z, q, e, cp[i] == '1' ? "H1" : "H2", false);
			return e;
		}
		return skip_code(z, e) > e ? skip_code(z, e) : e;
	}
	if (nu.flags & ZP_CNUM_BADSCALE) {
		/* 3.5亿亿: not an amount; skip the scale run too. */
		while (e < n &&
		    (zp_cnum_digit(cp[e]) >= 0 || cp[e] == 0x4EBF ||
		        cp[e] == 0x4E07 || cp[e] == 0x5104 || cp[e] == 0x842C ||
		        cp[e] == 0x5146))
			e++;
		return e;
	}
	/* Lexicalized words: 一些, 十分, 零售, 五金... (翻了一番 is not). */
	if ((nu.flags & ZP_CNUM_CHINESE) && !(nu.flags & ZP_CNUM_ARABIC) &&
	    lexical_at(z, i) &&
	    !(i > 0 && cp[i - 1] == 0x7B2C && !lexical_at(z, i - 1)) &&
	    !(e < n && cp[e] == 0x756A &&
	        (ends_with(z, i, "翻") || ends_with(z, i, "翻了"))))
		return e;

	/* Arabic followed by letters: 5G, 3D, 3C6000, 2023Q4, 7nm. */
	if ((nu.flags & ZP_CNUM_ARABIC) && e < n && is_latin(cp[e])) {
		k = unit_at(z, e, &len);
		if (k < 0) {
			if ((cp[e] == 'Q' || cp[e] == 'q') && e + 1 < n &&
			    cp[e + 1] >= '1' && cp[e + 1] <= '4' &&
			    (e + 2 >= n ||
			        (!is_latin(cp[e + 2]) &&
			            !is_adigit(cp[e + 2]))) &&
			    !(nu.flags &
			        ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO)) &&
			    (e - i == 4 || e - i == 2)) {
				long y = small_int(&c->val);
				char lab[64];

				if (e - i == 2)
					y += 2000;
				snprintf(
				    lab, sizeof lab, "Q%c", (char)cp[e + 1]);
				m = num_new_ment(z, i, e + 2, ZP_NK_PERIOD);
				num_fmt_period(
				    m->period, sizeof m->period, (int)y, lab);
				num_add_anchor(z, i, e + 2, m->period, false);
				return e + 2;
			}
			return skip_code(z, e);
		}
	}
	/* Dotted codes and versions: 1.2.3, 600519.SH, 192.168.0.1. */
	if ((nu.flags & ZP_CNUM_ARABIC) && e + 1 < n &&
	    (cp[e] == '.' || cp[e] == 0xFF0E) &&
	    (is_adigit(cp[e + 1]) || is_latin(cp[e + 1])))
		return skip_code(z, e);

	/* A sign, 第, 百分之, a currency prefix, just before. */
	pstart = s;
	/* 负 負, or a minus sign that is not a hyphen after a figure. */
	if (s > 0 &&
	    (cp[s - 1] == 0x8D1F || cp[s - 1] == 0x8CA0 ||
	        (is_minus(cp[s - 1]) &&
	            (s < 2 ||
	                (!is_adigit(cp[s - 2]) && !is_latin(cp[s - 2]) &&
	                    cp[s - 2] != ')' && zp_cnum_digit(cp[s - 2]) < 0 &&
	                    cp[s - 2] != 0x4E07 && cp[s - 2] != 0x4EBF &&
	                    cp[s - 2] != '%' && cp[s - 2] != 0x5143))))) {
		nu.neg = true;
		pstart = --s;
	}
	if (s > 0 && cp[s - 1] == 0x7B2C) { /* 第 */
		ordinal = true;
		pstart = --s;
	}
	if (!ordinal && s >= 3 && cp[s - 1] == 0x4E4B && cp[s - 2] == 0x5206) {
		/* 百分之, 千分之, 万分之 */
		if (cp[s - 3] == 0x767E || cp[s - 3] == 0x4F70)
			pct_exp = 0;
		else if (cp[s - 3] == 0x5343 || cp[s - 3] == 0x4EDF)
			pct_exp = -1;
		else if (cp[s - 3] == 0x4E07 || cp[s - 3] == 0x842C)
			pct_exp = -2;
		else
			pct_exp = 9;
		if (pct_exp != 9 &&
		    !(s >= 4 && zp_cnum_digit(cp[s - 4]) >= 0)) {
			percent_prefix = true;
			pstart = s -= 3;
		}
	}
	if (!ordinal && !percent_prefix) {
		size_t p = s;

		while (p > 0 && p + 2 > s && is_space(cp[p - 1]))
			p--;
		k = lex_match(&z->prefix, cp, 0, n, p, &len);
		if (k >= 0) {
			snprintf(curprefix, sizeof curprefix, "%s",
			    z->prefix.e[k].code);
			pstart = s = p - len;
		}
	}

	/* 第N: ordinals and quarters; 第08065期 is an issue number. */
	if (ordinal && (nu.flags & ZP_CNUM_LEADZERO))
		return e;
	if (ordinal) {
		iv = small_int(&c->val);
		if (num_quarter(z, s, &nu, iv, true, &e))
			return e;
		if (starts_with(z, nu.e, "产业") ||
		    starts_with(z, nu.e, "三方") || lexical_at(z, s))
			return nu.e;
		k = unit_at(z, nu.e, &len);
		m = num_new_ment(z, s, nu.e, ZP_NK_ORDINAL);
		num_set_value(z, m, &c->val);
		if (k >= 0 &&
		    (z->units.e[k].cls == U_COUNT ||
		        z->units.e[k].cls == U_DUR ||
		        z->units.e[k].cls == U_YEAR)) {
			m->e = nu.e + len;
			num_unit_surface(z, m, nu.e, nu.e + len, text);
		}
		return m->e;
	}

	/* 前三季度, 前三个季度, 前N个月. */
	if (s > 0 && cp[s - 1] == 0x524D && !nu.neg && !curprefix[0] &&
	    !percent_prefix) {
		size_t ql;

		iv = small_int(&c->val);
		if ((ql = match_len(z, e, "个季度")) ||
		    (ql = match_len(z, e, "季度")) ||
		    (ql = match_len(z, e, "个季")) ||
		    (ql = match_len(z, e, "季"))) {
			if (iv >= 2 && iv <= 4) {
				char lab[64];
				int year = num_year_before(z, s - 1);

				m = num_new_ment(
				    z, s - 1, e + ql, ZP_NK_PERIOD);
				num_set_value(z, m, &c->val);
				num_unit_surface(z, m, e, e + ql, text);
				snprintf(lab, sizeof lab, "Q1-Q%ld", iv);
				num_fmt_period(
				    m->period, sizeof m->period, year, lab);
				num_add_anchor(
				    z, s - 1, e + ql, m->period, false);
				return e + ql;
			}
		}
		if (iv == 1 && nu.single)
			return e; /* 前一年 */
		/* 前三个月: a duration counted from the start, 前 included. */
		if (iv >= 2 &&
		    ((ql = match_len(z, e, "个月")) ||
		        (ql = match_len(z, e, "個月")))) {
			m = num_new_ment(z, s - 1, e + ql, ZP_NK_PERIOD);
			num_set_value(z, m, &c->val);
			num_unit_surface(z, m, e, e + ql, text);
			return e + ql;
		}
	}

	/* 两位数增长: a magnitude class, not a value. */
	if (starts_with(z, e, "位数") || starts_with(z, e, "位數"))
		return e + 2;

	/* Relative words with 一: 上一季度, 新一代, 同一天, 唯一, 之一. */
	if (nu.single && small_int(&c->val) == 1 && s == i && i > 0 &&
	    cp[i - 1] < 0x10000 && (z->cls[cp[i - 1]] & C_REL1))
		return e;

	/* Year-like numerals: 2023年, 二〇二三年, 2020-2022年, 2024-02-21. */
	iv = small_int(&c->val);
	{
		bool yearlike = !nu.neg && !curprefix[0] && !percent_prefix &&
		    (((nu.flags & ZP_CNUM_ARABIC) &&
		         !(nu.flags & ~(ZP_CNUM_ARABIC)) && e - i == 4) ||
		        ((nu.flags & ZP_CNUM_SEQ) && e - i == 4)) &&
		    iv >= 1000 && iv <= 2999;

		if (yearlike && e + 2 < n &&
		    (cp[e] == '-' || cp[e] == '/' || cp[e] == '.' ||
		        cp[e] == 0x2014 || cp[e] == 0x2013 || cp[e] == '~' ||
		        cp[e] == 0xFF5E || cp[e] == 0x81F3) &&
		    is_adigit(cp[e + 1])) {
			/* ISO dates and year ranges. */
			struct num n2;
			long v2;

			if (num_numeral(z, &z->b, e + 1, &n2) == 0 &&
			    !(n2.flags &
			        ~(ZP_CNUM_ARABIC | ZP_CNUM_LEADZERO))) {
				v2 = small_int(&z->b.val);
				if (n2.e - n2.s == 4 && v2 > iv && v2 <= 2999 &&
				    cp[e] != '/' && cp[e] != '.') {
					size_t end = n2.e;

					m = num_new_ment(z, i, end, ZP_NK_DATE);
					if (end < n && cp[end] == 0x5E74)
						m->e = ++end;
					snprintf(m->date, sizeof m->date,
					    "%ld/%ld", iv, v2);
					return end;
				}
				if (n2.e - n2.s <= 2 && v2 >= 1 && v2 <= 12 &&
				    n2.e + 1 < n && cp[n2.e] == cp[e]) {
					struct num n3;

					if (num_numeral(
					        z, &z->b, n2.e + 1, &n3) == 0 &&
					    n3.e - n3.s <= 2 &&
					    !(n3.flags &
					        ~(ZP_CNUM_ARABIC |
					            ZP_CNUM_LEADZERO))) {
						long v3 = small_int(&z->b.val);

						if (v3 >= 1 && v3 <= 31 &&
						    (n3.e >= n ||
						        !is_adigit(cp[n3.e]))) {
							m = num_new_ment(z, i,
							    n3.e, ZP_NK_DATE);
							snprintf(m->date,
							    sizeof m->date,
							    "%04ld-%02ld-%02ld",
							    iv, v2, v3);
							return n3.e;
						}
					}
				}
			}
		}
		k = unit_at(z, e, &len);
		if (yearlike && k >= 0 && z->units.e[k].cls == U_FY) {
			char lab[64];

			m = num_new_ment(z, i, e + len, ZP_NK_PERIOD);
			snprintf(lab, sizeof lab, "FY%ld", iv);
			snprintf(m->period, sizeof m->period, "%s", lab);
			num_add_anchor(z, i, e + len, lab, false);
			return e + len;
		}
		if (yearlike && k >= 0 && cp[e] == 0x5E74 && e + 1 < n &&
		    cp[e + 1] == 0x4EE3) {
			/* 1980年代: the decade. */
			m = num_new_ment(z, i, e + 2, ZP_NK_DATE);
			snprintf(
			    m->date, sizeof m->date, "%ld/%ld", iv, iv + 9);
			return e + 2;
		}
		if (yearlike && k >= 0 && z->units.e[k].cls == U_DUR &&
		    cp[e] == 0x5E74) {
			/* 1949年间: the year; 间 stays outside. */
			k = lex_match(&z->units, cp, 0, e + 1, e, &len);
		}
		if (yearlike && k >= 0 && z->units.e[k].cls == U_YEAR) {
			size_t end = e + len;
			struct num n2;
			char date[64];
			size_t l2;
			int k2;

			snprintf(date, sizeof date, "%04ld", iv);
			/* 2024年2月21日 is one mention. */
			if (num_numeral(z, &z->b, end, &n2) == 0 &&
			    !(n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE))) {
				long mo = small_int(&z->b.val);

				k2 = unit_at(z, n2.e, &l2);
				if (mo >= 1 && mo <= 12 && k2 >= 0 &&
				    z->units.e[k2].cls == U_MONTH) {
					size_t end2 = n2.e + l2;
					struct num n3;
					int k3;
					size_t l3;

					snprintf(date, sizeof date,
					    "%04ld-%02ld", iv, mo);
					end = end2;
					if (num_numeral(z, &z->b, end2, &n3) ==
					    0) {
						long d = small_int(&z->b.val);

						k3 = unit_at(z, n3.e, &l3);
						if (d >= 1 && d <= 31 &&
						    k3 >= 0 &&
						    z->units.e[k3].cls ==
						        U_DAY) {
							snprintf(date,
							    sizeof date,
							    "%04ld-%02ld-%02ld",
							    iv, mo, d);
							end = n3.e + l3;
						}
					}
				}
			}
			m = num_new_ment(z, i, end, ZP_NK_DATE);
			snprintf(m->date, sizeof m->date, "%s", date);
			if (strlen(date) == 4)
				num_add_anchor(z, i, end, date, true);
			return end;
		}
	}

	/* 3·15, 9·11: month and day joined by a middle dot. */
	if ((nu.flags & ZP_CNUM_ARABIC) && !(nu.flags & ~ZP_CNUM_ARABIC) &&
	    iv >= 1 && iv <= 12 && e + 1 < n && cp[e] == 0xB7 && !nu.neg &&
	    !curprefix[0]) {
		struct num n2;

		if (num_numeral(z, &z->b, e + 1, &n2) == 0 &&
		    !(n2.flags & ~ZP_CNUM_ARABIC) && n2.e - n2.s <= 2 &&
		    small_int(&z->b.val) >= 1 && small_int(&z->b.val) <= 31) {
			m = num_new_ment(z, i, n2.e, ZP_NK_DATE);
			snprintf(m->date, sizeof m->date, "--%02ld-%02ld", iv,
			    small_int(&z->b.val));
			return n2.e;
		}
	}

	/* 70年代: a decade of an unknown century, not a duration. */
	if (e + 1 < n && cp[e] == 0x5E74 && cp[e + 1] == 0x4EE3)
		return e + 2;

	/* 民国112年: a ROC year, 1911 years after the Gregorian count. */
	if ((ends_with(z, i, "民国") || ends_with(z, i, "民國")) && !nu.neg &&
	    iv >= 1 && iv <= 300 && e < n && cp[e] == 0x5E74) {
		m = num_new_ment(z, i, e + 1, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "%04ld", iv + 1911);
		m->note = "ROC (民国) year";
		num_add_anchor(z, i, e + 1, m->date, true);
		return e + 1;
	}

	/* Month and day: 2月21日, 10月, 25日. */
	k = unit_at(z, e, &len);
	if (k >= 0 && z->units.e[k].cls == U_MONTH && !nu.neg &&
	    !curprefix[0] && !percent_prefix &&
	    !(nu.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE | ZP_CNUM_BIG)) &&
	    iv >= 1 && iv <= 12 &&
	    !(s > 0 && (cp[s - 1] == 0x4E2A || cp[s - 1] == 0x500B))) {
		size_t end = e + len, ws = 0;
		struct num n2;
		int year = 0;
		char date[64];

		year = num_rel_year(z, i, &ws);
		if (year > 0)
			snprintf(date, sizeof date, "%04d-%02ld", year, iv);
		else
			snprintf(date, sizeof date, "--%02ld", iv);
		if (num_numeral(z, &z->b, end, &n2) == 0) {
			long d = small_int(&z->b.val);
			size_t l3;
			int k3 = unit_at(z, n2.e, &l3);

			if (d >= 1 && d <= 31 && k3 >= 0 &&
			    z->units.e[k3].cls == U_DAY &&
			    !(n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE))) {
				if (year > 0)
					snprintf(date, sizeof date,
					    "%04d-%02ld-%02ld", year, iv, d);
				else
					snprintf(date, sizeof date,
					    "--%02ld-%02ld", iv, d);
				end = n2.e + l3;
			}
		}
		m = num_new_ment(z, i, end, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "%s", date);
		return end;
	}
	/* 12号 alone (a shirt, a unit, a line) is a label, not a figure. */
	if (k >= 0 && z->units.e[k].cls == U_DAY && cp[e] != 0x65E5 &&
	    !nu.neg && !curprefix[0] && !percent_prefix)
		return e + len;
	if (k >= 0 && z->units.e[k].cls == U_DAY &&
	    (nu.flags & ZP_CNUM_ARABIC) && !(nu.flags & ~(ZP_CNUM_ARABIC)) &&
	    iv >= 1 && iv <= 31 && !nu.neg && !curprefix[0]) {
		m = num_new_ment(z, i, e + len, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "---%02ld", iv);
		return e + len;
	}

	/* Clock times: 7时, 10时30分, 下午6点, 9点半. */
	if (!nu.neg && !curprefix[0] && !percent_prefix && iv >= 0 &&
	    iv <= 24 && e < n &&
	    !(nu.flags &
	        (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE | ZP_CNUM_BIG |
	            ZP_CNUM_SEQ)) &&
	    ((cp[e] == 0x65F6 &&
	         !(e + 1 < n &&
	             strchr_cp(
	                 "间期代候刻段机尚光效局速空常报针序髦", cp[e + 1]))) ||
	        ((cp[e] == 0x70B9 || cp[e] == 0x9EDE) &&
	            !(nu.flags & ZP_CNUM_ARABIC) &&
	            !(e + 1 < n && zp_cnum_digit(cp[e + 1]) >= 0)) ||
	        ((cp[e] == 0x70B9 || cp[e] == 0x9EDE) &&
	            ((e + 1 < n &&
	                 (cp[e + 1] == 0x949F || cp[e + 1] == 0x534A)) ||
	                ends_with(z, i, "上午") || ends_with(z, i, "下午") ||
	                ends_with(z, i, "晚上") || ends_with(z, i, "凌晨") ||
	                ends_with(z, i, "早上") || ends_with(z, i, "中午") ||
	                ends_with(z, i, "傍晚") || ends_with(z, i, "晚") ||
	                ends_with(z, i, "早") || ends_with(z, i, "夜"))))) {
		size_t end = e + 1;
		long mi = 0;
		struct num n2;

		if (end < n && cp[end] == 0x534A) {
			mi = 30;
			end++;
		} else if (num_numeral(z, &z->b, end, &n2) == 0 && n2.e < n &&
		    cp[n2.e] == 0x5206 &&
		    !(n2.flags & (ZP_CNUM_FRACTION | ZP_CNUM_VAGUE)) &&
		    small_int(&z->b.val) >= 0 && small_int(&z->b.val) < 60) {
			mi = small_int(&z->b.val);
			end = n2.e + 1;
		}
		if (end < n && cp[end] == 0x949F) /* 钟 */
			end++;
		m = num_new_ment(z, i, end, ZP_NK_DATE);
		snprintf(m->date, sizeof m->date, "T%02ld:%02ld", iv, mi);
		return end;
	}

	/* Quarters without 第: 四季度, 三季报, 2024年一季度. */
	if (!nu.neg && !curprefix[0] && !percent_prefix &&
	    num_quarter(z, s, &nu, iv, false, &e))
		return e;

	/* 一半 */
	if (nu.single && iv == 1 && e < n && cp[e] == 0x534A && s == i) {
		m = num_new_ment(z, i, e + 1, ZP_NK_NUMBER);
		zp_dec_parse(&z->x, "0.5", 3);
		num_set_value(z, m, &z->x);
		num_look_back(z, m, s, lo, false);
		return e + 1;
	}

	/* 三又三分之一, 1又2分之1, 1 3/5: a whole and a fraction. */
	if (!percent_prefix && !curprefix[0]) {
		size_t p = skip_sp(z, e), q, r;
		struct num nu3;

		if (p + 4 < n && cp[p] == 0x53C8 &&
		    num_numeral(z, &z->b, skip_sp(z, p + 1), &nu2) == 0 &&
		    (q = skip_sp(z, nu2.e)) + 2 < n && cp[q] == 0x5206 &&
		    cp[(r = skip_sp(z, q + 1))] == 0x4E4B && r + 1 < n) {
			long den = small_int(&z->b.val);

			if (den > 0 &&
			    num_numeral(z, &z->b, skip_sp(z, r + 1), &nu3) ==
			        0 &&
			    !(nu3.flags & ZP_CNUM_VAGUE)) {
				m = num_new_ment(z, s, nu3.e, ZP_NK_NUMBER);
				zp_dec_div_u64(
				    &z->x, &z->b.val, (uint64_t)den, 15);
				zp_dec_add(&z->x, &c->val);
				z->x.neg = nu.neg && !zp_dec_is_zero(&z->x);
				num_set_value(z, m, &z->x);
				num_look_back(z, m, s, lo, false);
				return nu3.e;
			}
		}
		/* 1 3/5: Arabic, one space, a small fraction. */
		if ((nu.flags & ZP_CNUM_ARABIC) &&
		    !(nu.flags & ~ZP_CNUM_ARABIC) && e - i <= 3 && e + 3 < n &&
		    cp[e] == ' ' && num_numeral(z, &z->b, e + 1, &nu2) == 0 &&
		    !(nu2.flags & ~ZP_CNUM_ARABIC) && nu2.e - nu2.s <= 3 &&
		    nu2.e + 1 < n &&
		    (cp[nu2.e] == '/' || cp[nu2.e] == 0xFF0F)) {
			struct zp_dec num;

			memset(&num, 0, sizeof num);
			zp_dec_copy(&num, &z->b.val);
			if (num_numeral(z, &z->b, nu2.e + 1, &nu3) == 0 &&
			    !(nu3.flags & ~ZP_CNUM_ARABIC) &&
			    nu3.e - nu3.s <= 3 && small_int(&z->b.val) > 0 &&
			    !(nu3.e < n &&
			        (cp[nu3.e] == '/' || is_adigit(cp[nu3.e]) ||
			            is_latin(cp[nu3.e])))) {
				m = num_new_ment(z, s, nu3.e, ZP_NK_NUMBER);
				zp_dec_div_u64(&z->x, &num,
				    (uint64_t)small_int(&z->b.val), 15);
				zp_dec_add(&z->x, &c->val);
				z->x.neg = nu.neg && !zp_dec_is_zero(&z->x);
				num_set_value(z, m, &z->x);
				zp_dec_free(&num);
				return nu3.e;
			}
			zp_dec_free(&num);
		}
	}
	/* Fractions: 三分之一, 五 分之 一, 负3分之负157. */
	if (!percent_prefix && !curprefix[0]) {
		size_t p = skip_sp(z, e), q;
		bool neg2 = false;

		if (p + 1 < n && cp[p] == 0x5206 &&
		    cp[(q = skip_sp(z, p + 1))] == 0x4E4B && q + 1 < n) {
			q = skip_sp(z, q + 1);
			if (q < n &&
			    (cp[q] == 0x8D1F || cp[q] == 0x8CA0 ||
			        is_minus(cp[q]))) {
				neg2 = true;
				q++;
			}
			if (q < n && num_numeral(z, &z->b, q, &nu2) == 0) {
				long den = small_int(&c->val);

				if (den > 0 && !(nu2.flags & ZP_CNUM_VAGUE)) {
					m = num_new_ment(
					    z, s, nu2.e, ZP_NK_NUMBER);
					zp_dec_div_u64(&z->x, &z->b.val,
					    (uint64_t)den, 15);
					z->x.neg = nu.neg != neg2 &&
					    !zp_dec_is_zero(&z->x);
					num_set_value(z, m, &z->x);
					num_look_back(z, m, s, lo, false);
					return nu2.e;
				}
			}
		}
	}

	/* 3/4, 1/10: Arabic fractions (dates were taken above). */
	if ((nu.flags & ZP_CNUM_ARABIC) && !(nu.flags & ~ZP_CNUM_ARABIC) &&
	    e - i <= 4 && e + 1 < n && (cp[e] == '/' || cp[e] == 0xFF0F) &&
	    !curprefix[0] && !percent_prefix &&
	    num_numeral(z, &z->b, e + 1, &nu2) == 0 &&
	    !(nu2.flags & ~ZP_CNUM_ARABIC) && nu2.e - nu2.s <= 4 &&
	    !(nu2.e < n &&
	        (cp[nu2.e] == '/' || cp[nu2.e] == '.' || is_latin(cp[nu2.e]) ||
	            unit_at(z, nu2.e, &len) >= 0))) {
		long den = small_int(&z->b.val);

		if (den > 0) {
			m = num_new_ment(z, s, nu2.e, ZP_NK_NUMBER);
			zp_dec_div_u64(&z->x, &c->val, (uint64_t)den, 15);
			z->x.neg = nu.neg && !zp_dec_is_zero(&z->x);
			num_set_value(z, m, &z->x);
			num_look_back(z, m, s, lo, false);
			return nu2.e;
		}
	}

	/* The second end of a fraction or a vague hedge inside the span. */
	{
		bool inner_more = false;
		size_t p = e;

		/* 50余家, 三十多个: the hedge sits inside the span. */
		if (p < n &&
		    (cp[p] == 0x591A || cp[p] == 0x4F59 || cp[p] == 0x9918) &&
		    !(nu.flags & ZP_CNUM_VAGUE)) {
			k = unit_at(z, p + 1, &len);
			if (k >= 0 && z->units.e[k].cls != U_MONTH &&
			    z->units.e[k].cls != U_DA &&
			    !(z->units.e[k].cls == U_QTY &&
			        (cp[p + 1] == 0x70B9 || cp[p + 1] == 0x9EDE))) {
				inner_more = true;
				p++;
			}
		}
		/* 12.3 亿美元: a space before the scale or unit. */
		if (p < n && is_space(cp[p])) {
			size_t q = p;

			while (q < n && q < p + 2 && is_space(cp[q]))
				q++;
			if (q < n &&
			    (cp[q] == 0x4EBF || cp[q] == 0x4E07 ||
			        cp[q] == 0x5104 || cp[q] == 0x842C)) {
				size_t e2;
				struct zp_dec *v = &c->val;

				/* Scale after the space. */
				if (!(nu.flags & ZP_CNUM_BIG)) {
					int ex = 0;

					if (cp[q] == 0x4E07 && q + 1 < n &&
					    (cp[q + 1] == 0x4EBF ||
					        cp[q + 1] == 0x5104)) {
						ex = 12;
						e2 = q + 2;
					} else {
						ex = cp[q] == 0x4E07 ||
						        cp[q] == 0x842C ?
						    4 :
						    8;
						e2 = q + 1;
					}
					zp_dec_shift(v, ex);
					nu.flags |= ZP_CNUM_BIG;
					e = p = e2;
				}
			} else if (q < n && unit_at(z, q, &len) >= 0) {
				k = unit_at(z, q, &len);
				if (z->units.e[k].cls == U_CUR ||
				    z->units.e[k].cls == U_PCT ||
				    z->units.e[k].cls == U_PP ||
				    z->units.e[k].cls == U_BP ||
				    z->units.e[k].cls == U_CHENG ||
				    z->units.e[k].cls == U_ZHE ||
				    z->units.e[k].cls == U_QTYLATIN)
					p = q;
			}
		}
		ustart = p;
		k = unit_at(z, p, &len);
		if (k >= 0) {
			ucls = z->units.e[k].cls;
			code = z->units.e[k].code;
			/* A power of ten, not a character. */
			/* NOLINTNEXTLINE(bugprone-signed-char-misuse,cert-str34-c) */
			uexp = z->units.e[k].exp;
			uend = p + len;
		} else {
			ucls = U_NONE;
			uend = inner_more ? p - 1 : e;
			if (inner_more)
				ustart = p - 1;
		}
		if (inner_more && ucls != U_NONE)
			nu.flags |= ZP_CNUM_MORE;
		else if (inner_more)
			ustart = uend = e;
	}
	/* Units that need context. */
	if (ucls == U_FAN &&
	    !(ends_with(z, s, "翻") || ends_with(z, s, "翻了")))
		ucls = U_NONE;
	if (ucls == U_CHENG && uend < n &&
	    (starts_with(z, uend, "为") || starts_with(z, uend, "立") ||
	        starts_with(z, uend, "本") || starts_with(z, uend, "交") ||
	        starts_with(z, uend, "员") || starts_with(z, uend, "功") ||
	        starts_with(z, uend, "果") || starts_with(z, uend, "长") ||
	        starts_with(z, uend, "熟") || starts_with(z, uend, "品") ||
	        starts_with(z, uend, "就") || starts_with(z, uend, "绩") ||
	        starts_with(z, uend, "分") || starts_with(z, uend, "效") ||
	        starts_with(z, uend, "型") || starts_with(z, uend, "份") ||
	        starts_with(z, uend, "都") || starts_with(z, uend, "年")))
		ucls = U_NONE;
	if (ucls == U_ZHE &&
	    ((uend < n &&
	         (starts_with(z, uend, "合") || starts_with(z, uend, "旧") ||
	             starts_with(z, uend, "算") || starts_with(z, uend, "扣") ||
	             starts_with(z, uend, "价") || starts_with(z, uend, "让") ||
	             starts_with(z, uend, "损") || starts_with(z, uend, "返") ||
	             starts_with(z, uend, "叠") || starts_with(z, uend, "射") ||
	             starts_with(z, uend, "线") || starts_with(z, uend, "腾") ||
	             starts_with(z, uend, "半") ||
	             starts_with(z, uend, "中"))) ||
	        nu.neg || (nu.flags & (ZP_CNUM_BIG | ZP_CNUM_VAGUE))))
		ucls = U_NONE;
	/* 三块 at the end of a phrase is money; 三块屏幕 is a count. */
	if (ucls == U_COUNT && (cp[ustart] == 0x5757 || cp[ustart] == 0x584A) &&
	    uend == ustart + 1 &&
	    (uend >= n || !is_cjk(cp[uend]) || cp[uend] == 0x591A ||
	        cp[uend] == 0x5DE6)) {
		ucls = U_CUR;
		code = "CNY";
		uexp = 0;
	}
	/* 一个月球基地: 月 starts the next word. */
	if (ucls == U_DUR && cp[uend - 1] == 0x6708 && uend < n &&
	    strchr_cp("球饼亮光色台", cp[uend])) {
		ucls = U_COUNT;
		code = NULL;
		uend--;
	}
	/* 一两个 (one or two), 两两: not the weight unit. */
	if (ucls == U_QTY && (cp[ustart] == 0x4E24 || cp[ustart] == 0x5169) &&
	    ((uend < n &&
	         (unit_at(z, uend, &len) >= 0 || cp[uend] == 0x4E09)) ||
	        nu.single))
		ucls = U_NONE;
	if (ucls == U_DA &&
	    (iv < 2 || iv > 10 || !nu.single || uend >= n || !is_cjk(cp[uend])))
		ucls = U_NONE;
	if (ucls == U_YEAR || ucls == U_MONTH || ucls == U_DAY) {
		/* Not a date here: durations. */
		if (ucls == U_MONTH)
			ucls = U_NONE;
		else {
			ucls = U_DUR;
			code = NULL;
		}
	}
	if (ucls == U_FY || ucls == U_QUARTER) {
		ucls = U_DUR;
		code = NULL;
	}
	if (ucls == U_NONE) {
		ustart = uend = e;
		code = NULL;
	}

	/* 万元 after a currency prefix: the prefix decides the currency. */
	if (curprefix[0] && ucls != U_CUR && ucls != U_NONE) {
		/* 人民币3家? keep the prefix only for money. */
		curprefix[0] = '\0';
		s = i - (nu.neg ? 1 : 0);
		pstart = s;
	}
	/* 元人民币, 元港币: a currency name after 元 wins. */
	if (ucls == U_CUR && code != NULL && strcmp(code, "CNY") == 0 &&
	    cp[uend - 1] == 0x5143) {
		size_t l2;
		int k2 = lex_match(&z->units, cp, 0, n, uend, &l2);

		if (k2 >= 0 && z->units.e[k2].cls == U_CUR &&
		    z->units.e[k2].exp == 0 && cp[uend] != 0x5143) {
			code = z->units.e[k2].code;
			uend += l2;
		}
	}
	/* 397.01元/股, 5000元/吨: a per-unit price. */
	if (ucls == U_CUR && uend + 1 < n && cp[uend] == '/' &&
	    is_cjk(cp[uend + 1]))
		uend += 2;

	/* Ranges: 51亿至57亿美元, 1-2亿元, 43%-67%, 三到四年, 3至4成. */
	{
		size_t q = uend;

		bool between = false, jian = false;

		/* 20 - 100: one space either side of the connector. */
		if (q + 2 < n && is_space(cp[q]) && is_range_conn(cp[q + 1]))
			q++;

		/* 20和30之间, 10000与20000间: "between" is a range too. */
		if (q + 1 < n &&
		    (cp[q] == 0x548C || cp[q] == 0x4E0E || cp[q] == 0x53CA) &&
		    !(nu.flags & ZP_CNUM_VAGUE) &&
		    num_numeral(z, &z->b, q + 1, &nu2) == 0) {
			size_t l2 = 0, r = nu2.e;
			int k2 = unit_at(z, r, &l2);

			if (k2 >= 0)
				r += l2;
			if (starts_with(z, r, "之间") ||
			    starts_with(z, r, "间"))
				between = true;
			/* 10000与20000间 at a clause end: 间 is "between",
			 * not the classifier of rooms. */
			if (!between && starts_with(z, nu2.e, "间") &&
			    (nu2.e + 1 >= n || !is_cjk(cp[nu2.e + 1]))) {
				between = true;
				jian = true;
			}
		}
		if (q + 1 < n && (is_range_conn(cp[q]) || between) &&
		    !(nu.flags & ZP_CNUM_VAGUE)) {
			size_t r = q + 1;
			bool neg2 = false;

			if (q > uend && r + 1 < n && is_space(cp[r]))
				r++;

			if (cp[r] == 0x8D1F ||
			    (is_minus(cp[r]) && r + 1 < n &&
			        is_adigit(cp[r + 1]))) {
				neg2 = true;
				r++;
			}
			if (num_numeral(z, &z->b, r, &nu2) == 0 &&
			    !(nu2.flags & (ZP_CNUM_VAGUE | ZP_CNUM_BADSCALE)) &&
			    !(r < n && is_latin(cp[nu2.e]) &&
			        unit_at(z, nu2.e, &len) < 0) &&
			    !((nu.flags & ZP_CNUM_ARABIC) !=
			            (nu2.flags & ZP_CNUM_ARABIC) &&
			        (cp[q] == '-'))) {
				size_t l2 = 0, u2 = nu2.e;
				int k2 = jian ? -1 : unit_at(z, nu2.e, &l2);
				int c2;

				/* 余元, 多家 after the second end: the hedge
				 * sits inside, the unit follows it. */
				if (k2 < 0 && !jian && nu2.e + 1 < n &&
				    (cp[nu2.e] == 0x591A ||
				        cp[nu2.e] == 0x4F59 ||
				        cp[nu2.e] == 0x9918) &&
				    (k2 = unit_at(z, nu2.e + 1, &l2)) >= 0) {
					if (z->units.e[k2].cls == U_MONTH ||
					    z->units.e[k2].cls == U_DA ||
					    z->units.e[k2].cls == U_QTY)
						k2 = -1;
					else
						u2 = nu2.e + 1;
				}
				c2 = k2 >= 0 ? z->units.e[k2].cls : U_NONE;
				const char *code2 =
				    k2 >= 0 ? z->units.e[k2].code : NULL;
				bool ok;

				if (c2 == U_YEAR || c2 == U_FY ||
				    c2 == U_QUARTER || c2 == U_MONTH ||
				    c2 == U_DAY)
					c2 = U_DUR;
				if (c2 == U_DUR && k2 >= 0)
					code2 = NULL;
				if (ucls == U_NONE)
					ok = true;
				else
					ok = c2 == ucls &&
					    (code == NULL || code2 == NULL ||
					        strcmp(code, code2) == 0);
				/* 至 after a figure with a unit, then a
				 * figure with another unit, is a level. */
				if (ok && c2 == U_NONE && ucls == U_NONE &&
				    cp[q] != '-' && cp[q] != 0x5230 &&
				    cp[q] != 0x81F3 && !between)
					ok = false;
				if (ok && c2 == U_NONE && ucls != U_NONE)
					ok = ucls == U_PCT;
				/* Bare 1-2 may be a score or a code; with a
				 * scale word it is an amount: 3万-5万, 5k-20k. */
				if (ok && ucls == U_NONE && c2 == U_NONE &&
				    (nu.flags & ZP_CNUM_ARABIC) && !between &&
				    !(nu2.flags & ZP_CNUM_BIG) &&
				    !(cp[nu.e - 1] == 'k' &&
				        cp[nu2.e - 1] == 'k'))
					ok = false;
				if (ok) {
					struct zp_dec *a = &c->val;
					struct zp_dec *b = &z->b.val;

					zp_dec_copy(&z->x, a);
					zp_dec_copy(&z->y, b);
					/* 1-2亿元: the scale of the second
					 * end applies to a bare first. */
					if (!(nu.flags & ZP_CNUM_BIG) &&
					    (nu2.flags & ZP_CNUM_BIG) &&
					    ucls == U_NONE &&
					    z->b.last_unit >= 4) {
						zp_dec_shift(
						    &z->x, z->b.last_unit);
					}
					z->x.neg =
					    nu.neg && !zp_dec_is_zero(&z->x);
					z->y.neg =
					    neg2 && !zp_dec_is_zero(&z->y);
					range = true;
					range_more = u2 > nu2.e;
					if (ucls == U_NONE) {
						ucls = c2;
						code = code2;
						uexp = k2 >= 0 ?
						    z->units.e[k2].exp :
						    0;
						ustart = u2;
					}
					uend = c2 != U_NONE ? u2 + l2 : nu2.e;
					if (k2 >= 0 && c2 != U_NONE)
						ustart = u2;
				}
			}
		}
	}

	/* Not a figure: 一 as an article, bare numerals in words. */
	if (!range && nu.single && iv == 1 && !percent_prefix &&
	    !curprefix[0] &&
	    (ucls == U_COUNT || (ucls == U_NONE && e < n && is_cjk(cp[e])) ||
	        (ucls == U_QTY && cp[ustart] == 0x70B9)))
		return uend > e ? uend : e;
	if (ucls == U_NONE && !range && !percent_prefix && !curprefix[0]) {
		if (!bare_ok(z, pstart, e, &nu))
			return e;
		zp_dec_copy(&z->x, &c->val);
		z->x.neg = nu.neg && !zp_dec_is_zero(&z->x);
		bare_number(z, pstart, e, &nu, &z->x);
		m = &z->m[z->nm - 1];
		num_look_back(z, m, pstart, lo, false);
		if (!m->bound)
			num_hedge_after(z, m, e);
		return e;
	}
	if (ucls == U_NONE && !percent_prefix && !curprefix[0] && range) {
		/* 三到四: a bare range. */
		m = num_new_ment(z, pstart, uend, ZP_NK_NUMBER);
		num_set_range(z, m, &z->x, &z->y);
		num_look_back(z, m, pstart, lo, false);
		return uend;
	}

	/* 七〇六所: digits read one by one name things, not amounts. */
	if ((nu.flags & ZP_CNUM_SEQ) && !range && !(nu.flags & ZP_CNUM_VAGUE) &&
	    !(ucls == U_ZHE && e == i + 2)) /* but 七五折 */
		return uend > e ? uend : e;

	/* Build the mention. */
	{
		bool bare_yuan = false;
		int kind = ZP_NK_NUMBER;
		size_t unit_end;
		struct zp_dec *v = &z->x;
		int scale = 0;

		if (!range) {
			zp_dec_copy(v, &c->val);
			v->neg = nu.neg && !zp_dec_is_zero(v);
		}
		if (percent_prefix) {
			kind = ZP_NK_PERCENT;
			scale = pct_exp;
			uend = e;
			code = "%";
			ucls = U_PCT;
		} else if (curprefix[0] && ucls != U_CUR) {
			kind = ZP_NK_MONEY;
			code = curprefix;
			uend = e;
		} else {
			switch (ucls) {
			case U_CUR:
				kind = ZP_NK_MONEY;
				scale = uexp;
				if (curprefix[0] && strcmp(code, "CNY") == 0)
					code = curprefix;
				/* 元 alone: the local currency, CNY unless the
				 * text declares another (港元，下同). */
				bare_yuan = !curprefix[0] &&
				    strcmp(code, "CNY") == 0 &&
				    (cp[ustart] == 0x5143 ||
				        cp[ustart] == 0x5706 ||
				        cp[ustart] == 0x5757) &&
				    ustart + 1 == uend;
				break;
			case U_PCT:
				kind = ZP_NK_PERCENT;
				break;
			case U_PERMILLE:
				kind = ZP_NK_PERCENT;
				scale = -1;
				break;
			case U_PP:
			case U_BP:
				kind = ZP_NK_PERCENT;
				break;
			case U_CHENG:
				kind = ZP_NK_PERCENT;
				scale = 1;
				code = "%";
				break;
			case U_ZHE:
				/* 九折 = 90 %, 9.5折 = 95 %, 七五折 = 75 %. */
				kind = ZP_NK_PERCENT;
				code = "%";
				if (range ? z->y.n == 0 ||
				            z->y.exp + (int64_t)z->y.n <= 1 :
				            c->val.n == 0 ||
				            c->val.exp + (int64_t)c->val.n <= 1)
					scale = 1;
				break;
			case U_BEI:
			case U_FAN:
				kind = ZP_NK_NUMBER;
				break;
			case U_COUNT:
			case U_DA:
				kind = ZP_NK_COUNT;
				break;
			case U_QTY:
			case U_QTYLATIN:
				kind = ZP_NK_QUANTITY;
				break;
			case U_DUR:
				kind = ZP_NK_PERIOD;
				break;
			default:
				break;
			}
		}
		m = num_new_ment(z, pstart, uend, kind);
		m->defcur = bare_yuan;
		period_unit = kind == ZP_NK_PERIOD;
		unit_end = uend;
		/* 一年半, 一吨半, 三成半: a half after the unit. */
		if (!range && uend + 0 < n && cp[uend] == 0x534A &&
		    !(nu.flags & ZP_CNUM_VAGUE) &&
		    (kind == ZP_NK_PERIOD || kind == ZP_NK_QUANTITY ||
		        ucls == U_CHENG) &&
		    !(uend + 1 < n && is_cjk(cp[uend + 1]) &&
		        !is_clause_mark(cp[uend + 1]) &&
		        strchr_cp("导岛径身价数场球壁自决年天月个成折以来",
		            cp[uend + 1]))) {
			zp_dec_parse(&z->y, "0.5", 3);
			zp_dec_add(&z->x, &z->y);
			m->e = ++uend;
		}
		/* 五元三角, 50元6角3分, 两美元又三美分: sub-units. */
		if (!range && ucls == U_CUR && uexp == 0 && code != NULL &&
		    !(nu.flags & ZP_CNUM_VAGUE))
			uend = m->e = num_subunits_after(z, uend, code, &z->x);
		if (scale != 0) {
			zp_dec_shift(&z->x, scale);
			zp_dec_shift(&z->y, scale);
		}
		if (range) {
			num_set_range(z, m, &z->x, &z->y);
			if (range_more)
				m->approx = true;
		} else if (nu.flags & ZP_CNUM_VAGUE) {
			m->vmode = 2;
			m->approx = true;
		} else {
			num_set_value(z, m, &z->x);
		}
		if (nu.flags & ZP_CNUM_MORE) {
			m->approx = true;
			m->bound = 'l';
		}
		if (nu.flags & ZP_CNUM_DANGLING)
			m->note = "decimal point without digits read as "
			          "absent";
		m->ucls = (uint8_t)ucls;
		if (kind == ZP_NK_MONEY || kind == ZP_NK_PERCENT)
			unit_copy(m, code != NULL ? code : "");
		else if (ucls == U_DA)
			m->unit[0] = '\0';
		else if (unit_end > ustart)
			num_unit_surface(z, m, ustart, unit_end, text);
		num_look_back(z, m, pstart, lo, period_unit);
		/* Hedges after: 左右, 以上, 多 (五倍多, 一年多). */
		if (!(range && cp[uend] == 0x591A))
			num_hedge_after(z, m, uend);
		/* Signed change after 同比: 同比-5.2%; 增速为-3% is down. */
		if (nu.neg && m->change == 0 &&
		    (ends_with(z, pstart, "同比") ||
		        ends_with(z, pstart, "环比")))
			m->change = 'd';
		if (nu.neg && m->change == 'u')
			m->change = 'd';
		return uend > e ? uend : e;
	}
}

static void
push_bound(size_t **b, size_t *nb, size_t *cap, size_t v)
{
	if (*nb == *cap) {
		*cap = *cap ? *cap * 2 : 64;
		*b = zp_xreallocarray(*b, *cap, sizeof **b);
	}
	(*b)[(*nb)++] = v;
}

void
num_decode(struct zp_numbers *z, const char *text, size_t len,
    const struct zp_nctx *ctx)
{
	size_t i = 0, n = 0;

	if (len + 1 > z->cap) {
		z->cap = len + 1;
		z->cp = zp_xreallocarray(z->cp, z->cap, sizeof *z->cp);
		z->boff = zp_xreallocarray(z->boff, z->cap, sizeof *z->boff);
		z->pc = zp_xreallocarray(z->pc, z->cap + 8, sizeof *z->pc);
	}
	if (z->metric_bits != z->metrics.n) {
		/* Terms were added since: first characters again. */
		for (size_t c = 0x80; c < 0x10000; c++)
			if ((z->metrics.key[c >> 3] >> (c & 7)) & 1)
				z->cls[c] |= C_METRIC;
		z->metric_bits = z->metrics.n;
	}
	z->nclause = z->nsent = 0;
	while (i < len) {
		size_t l;
		int32_t c;
		uint8_t k;
		unsigned char b0 = (unsigned char)text[i];

		/* The record layer hands over valid UTF-8; decode it inline. */
		if (b0 < 0x80) {
			c = b0;
			l = 1;
		} else if (b0 >= 0xE0 && b0 < 0xF0 && i + 2 < len &&
		    ((unsigned char)text[i + 1] & 0xC0) == 0x80 &&
		    ((unsigned char)text[i + 2] & 0xC0) == 0x80) {
			c = ((b0 & 0x0F) << 12) |
			    (((unsigned char)text[i + 1] & 0x3F) << 6) |
			    ((unsigned char)text[i + 2] & 0x3F);
			l = 3;
			if (c < 0x800 || (c >= 0xD800 && c < 0xE000))
				c = zp_utf8_decode(text + i, len - i, &l);
		} else {
			c = zp_utf8_decode(text + i, len - i, &l);
		}
		if (c < 0)
			c = 0xFFFD;
		z->boff[n] = i;
		z->cp[n] = (uint32_t)c;
		k = c < 0x10000 ? z->cls[c] : 0;
		z->pc[n] = k;
		if (k & (C_CLAUSE | C_SENT)) {
			if (k & C_CLAUSE)
				push_bound(
				    &z->clause, &z->nclause, &z->ccap, n + 1);
			if (k & C_SENT)
				push_bound(
				    &z->sent, &z->nsent, &z->scap, n + 1);
		}
		n++;
		i += l;
	}
	z->boff[n] = len;
	memset(z->pc + n, 0, 8); /* next_with reads 8 at a time */
	z->n = n;
	z->nm = 0;
	z->nan = 0;
	z->ctx = ctx;
	zp_buf_clear(&z->vals);
}

void
num_scan(struct zp_numbers *z, const char *text)
{
	size_t i = 0, n = z->n;

	while (i < n) {
		uint32_t c = z->cp[i];

		/* Most characters start nothing: one byte says so. */
		if (!(z->pc[i] & (C_START | C_URL))) {
			i = next_with(z, i, C_START | C_URL);
			continue;
		}
		if ((c == 'h' || c == 'w' || c == 'H' || c == 'W') &&
		    (starts_with(z, i, "http://") ||
		        starts_with(z, i, "https://") ||
		        starts_with(z, i, "www.") ||
		        starts_with(z, i, "HTTP"))) {
			/* A URL: its digits and %XX are not figures. */
			while (i < n && z->cp[i] > ' ' && z->cp[i] < 0x80)
				i++;
			continue;
		}
		if (c == '@' && i > 0 && is_latin(z->cp[i - 1])) {
			while (i < n && z->cp[i] > ' ' && z->cp[i] < 0x80)
				i++;
			continue;
		}
		if (!(z->pc[i] & C_START)) {
			i++;
			continue;
		}
		i = try_at(z, i, text);
	}
}
