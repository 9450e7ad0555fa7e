/*
 * num_scan -- the scanner of the figure finder: the text decoded into code
 * points with one class byte each, the driver that runs the stages deciding
 * what the numeral at a position is (in one fixed order, listed in
 * run_numeral_stages), and the stages that belong to no family: the
 * numeral itself, codes, signs, ordinals, fractions, the unit, bare
 * numbers and the mention with its value.
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
	static const char periodw[] = "上下全去今前明本当當半中首报单單";
	static const char linkw[] = "近多过過未个個几幾分人约約折RC";
	size_t i, l;

	for (uint32_t c = 0; c < 0x10000; c++) {
		uint8_t k = 0;

		if (c < 0x80 ? c >= '0' && c <= '9' :
		               zp_cnum_starts(c) || c == 0x6570 ||
		            c == 0x51E0 || c == 0x4EBF || c == 0x767E ||
		            c == 0x5343 || c == 0x4E07 || c == 0x534A)
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
	/* 近年来 多年来 过去几年 未来几年 个月前 几年前 (num_period.c), 分别
	 * (num_link.c), 人民币 约合 折合 RMB CNY (num_link.c). */
	for (i = 0; linkw[i] != '\0'; i += l)
		z->cls[zp_utf8_decode(linkw + i, sizeof linkw - 1 - i, &l)] |=
		    C_LINKW;
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
	    e <= i) {
		/* 几个亿: 几 reads only with its scale. */
		uint32_t tmp[2];

		if (!(i + 2 < z->n && z->cp[i] == 0x51E0 &&
		        (z->cp[i + 1] == 0x4E2A || z->cp[i + 1] == 0x500B)))
			return -1;
		tmp[0] = z->cp[i];
		tmp[1] = z->cp[i + 2];
		if (zp_cnum_parse(c, tmp, 2, 0, ZP_CNUM_ALLOW_VAGUE, &e) != 0 ||
		    e != 2 || !(c->flags & ZP_CNUM_BIG))
			return -1;
		e = i + 3;
	}
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
	num_shorthand(z, c, i, nu);
	num_ge_scale(z, c, nu);
	e = nu->e;
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

/* Does a verb of ranking end at p (排名前三, 位列前十)? */
static bool
after_rank_verb(struct zp_numbers *z, size_t p)
{
	static const char *const w[] = {
		"排名",
		"排行",
		"排在",
		"位列",
		"位居",
		"名列",
		"跻身",
		"挤进",
		"进入",
		"跌出",
		"稳居",
		"位于",
	};

	for (size_t i = 0; i < sizeof w / sizeof *w; i++)
		if (ends_with(z, p, w[i]))
			return true;
	return false;
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
	/* 排名前三, 跻身前五: a rank reached, when no period word follows
	 * (前三季度 is read as a period before this). */
	if (e == s + 1 && before == 0x524D /* 前 */ && !nu->neg &&
	    (!is_cjk(after) || strchr_cp("的名位强", after)) &&
	    after_rank_verb(z, s - 1))
		return true;
	/* 一以上, 五左右: 以上, 以下 or 左右 after make it a figure (not 陆之上
	 * of 大陆之上). */
	if (e == s + 1 && !nu->neg && !(nu->flags & ZP_CNUM_CAPITAL) &&
	    (starts_with(z, e, "以上") || starts_with(z, e, "以下") ||
	        starts_with(z, e, "左右")))
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

/* ---------------------------------------------------------------------- */
/* The stages of a figure that belong to no family. */

/* 亿, 万 right after a digit or 数 belong to that numeral's run. */
static enum step
st_after_digit(struct scan *st)
{
	const uint32_t *cp = st->cp;
	size_t i = st->i;

	if (i > 0 && (zp_cnum_digit(cp[i - 1]) >= 0 || cp[i - 1] == 0x6570))
		return done(st, i + 1);
	return GO_ON;
}

/* Nothing starts here: the next position. */
static enum step
st_nothing(struct scan *st)
{
	return done(st, st->i + 1);
}

/* num_numeral_unit -- num_numeral, but 12千米, 1兆赫兹 leave 千 and 兆 to
 * the unit. */
int
num_numeral_unit(
    struct zp_numbers *z, struct zp_cnum *c, size_t i, struct num *nu)
{
	const uint32_t *cp = z->cp;
	size_t len;

	if (num_numeral(z, c, i, nu) != 0)
		return -1;
	if (nu->e > i + 1 &&
	    (cp[nu->e - 1] == 0x5343 || cp[nu->e - 1] == 0x767E ||
	        cp[nu->e - 1] == 0x5146)) {
		int ku = unit_at(z, nu->e - 1, &len);

		if (ku >= 0 && len >= 2 &&
		    (z->units.e[ku].cls == U_QTY ||
		        z->units.e[ku].cls == U_QTYLATIN)) {
			size_t save = z->n;
			int r;

			/* The parse must stop before 千: hide the rest. */
			z->n = nu->e - 1;
			r = num_numeral(z, c, i, nu);
			z->n = save;
			return r;
		}
	}
	return 0;
}

/* Parses the numeral; 12千米, 1兆赫兹 leave 千 and 兆 to the unit. */
static enum step
st_numeral(struct scan *st)
{
	struct zp_numbers *z = st->z;
	size_t i = st->i;

	if (num_numeral_unit(z, st->c, i, &st->nu) != 0)
		return done(st, i + 1);
	st->e = st->nu.e;
	st->s = i;
	st->lo = last_before(z->clause, z->nclause, i);
	num_leading_point(st);
	return GO_ON;
}

/*
 * A numeral that begins an organization of the record's entities, alone
 * or after 第, is part of its name, no figure: 36氪, 21世纪经济报道 and
 * 第一财经 are outlets, 360 a company.
 */
static enum step
st_in_name(struct scan *st)
{
	const struct zp_numbers *z = st->z;

	if (z->ctx == NULL)
		return GO_ON;
	for (size_t k = 0; k < z->ctx->nents; k++) {
		const struct zp_nentity *en = &z->ctx->ents[k];

		if (en->org && st->e <= en->end &&
		    (en->start == st->i ||
		        (en->start + 1 == st->i &&
		            st->cp[en->start] == 0x7B2C)))
			return done(st, en->end);
	}
	return GO_ON;
}

/* 3.5亿亿: not an amount; the scale run is skipped too. */
static enum step
st_bad_scale(struct scan *st)
{
	const uint32_t *cp = st->cp;
	size_t e = st->e, n = st->n;

	if (!(st->nu.flags & ZP_CNUM_BADSCALE))
		return GO_ON;
	while (e < n &&
	    (zp_cnum_digit(cp[e]) >= 0 || cp[e] == 0x4EBF || cp[e] == 0x4E07 ||
	        cp[e] == 0x5104 || cp[e] == 0x842C || cp[e] == 0x5146))
		e++;
	return done(st, e);
}

/* Lexicalized words: 一些, 十分, 零售, 五金... (翻了一番 is not). */
static enum step
st_lexical(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t i = st->i, e = st->e;

	if ((st->nu.flags & ZP_CNUM_CHINESE) &&
	    !(st->nu.flags & ZP_CNUM_ARABIC) && lexical_at(z, i) &&
	    !(i > 0 && cp[i - 1] == 0x7B2C && !lexical_at(z, i - 1)) &&
	    !(e < st->n && cp[e] == 0x756A &&
	        (ends_with(z, i, "翻") || ends_with(z, i, "翻了"))))
		return done(st, e);
	return GO_ON;
}

/* Dotted codes and versions: 1.2.3, 600519.SH, 192.168.0.1. */
static enum step
st_dotted(struct scan *st)
{
	const uint32_t *cp = st->cp;
	size_t e = st->e;

	if ((st->nu.flags & ZP_CNUM_ARABIC) && e + 1 < st->n &&
	    (cp[e] == '.' || cp[e] == 0xFF0E) &&
	    (is_adigit(cp[e + 1]) || is_latin(cp[e + 1])))
		return done(st, skip_code(st->z, e));
	return GO_ON;
}

/*
 * Does the character before the minus at p end a figure, so that the
 * minus separates two (3万股-5万股, 2-1, 2万元--8万元)?  Spaces before it
 * are skipped; a figure found ending there counts too.
 */
static bool
minus_separates(struct scan *st, size_t p)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	uint32_t c;

	/* --9, 2万元--8万元: a doubled dash is a separator. */
	if (p > 0 && is_range_conn(cp[p - 1]) && cp[p - 1] != 0x81F3 &&
	    cp[p - 1] != 0x5230)
		return true;
	while (p > 0 && is_space(cp[p - 1]))
		p--;
	if (p == 0)
		return false;
	if (z->nm > 0 && z->m[z->nm - 1].e == p)
		return true;
	c = cp[p - 1];
	return is_adigit(c) || is_latin(c) || c == ')' || c == 0xFF09 ||
	    zp_cnum_digit(c) >= 0 || c == 0x4E07 || c == 0x4EBF ||
	    c == 0x842C || c == 0x5104 || c == '%' || c == 0xFF05 ||
	    c == 0x5143;
}

/*
 * A sign or 第 just before: 负, 負, minus; a minus with one space (- 1,200,
 * 000) too.  A minus after a figure is a separator, never a sign.
 */
static enum step
st_sign(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t s = st->s, m = s;

	st->pstart = s;
	if (m > 1 && cp[m - 1] == ' ' && is_minus(cp[m - 2]))
		m--;
	if (s > 0 && (cp[s - 1] == 0x8D1F || cp[s - 1] == 0x8CA0)) {
		st->nu.neg = true;
		st->pstart = --s;
	} else if (m > 0 && is_minus(cp[m - 1]) &&
	    !minus_separates(st, m - 1)) {
		st->nu.neg = true;
		st->pstart = s = m - 1;
	} else if (s >= 6 && cp[s - 1] == ' ' && ends_with(z, s - 1, "minus") &&
	    (s == 6 || !is_latin(cp[s - 7]))) {
		st->nu.neg = true;
		st->pstart = s -= 6;
	}
	if (s > 0 && cp[s - 1] == 0x7B2C) { /* 第 */
		st->ordinal = true;
		st->pstart = --s;
	}
	st->s = s;
	return GO_ON;
}

/*
 * 第十至第十五, 第三和第五之间: ranks between two ordinals, one range of
 * kind ordinal (through num_set_range, so ordered or without min and max).
 */
static bool
ordinal_range(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, q = st->nu.e, end;
	struct num nu2;
	bool between;
	struct ment *m;

	if (!(q + 2 < n && strchr_cp("和与及至到", cp[q]) &&
	        cp[q + 1] == 0x7B2C &&
	        num_numeral(z, &z->b, q + 2, &nu2) == 0 &&
	        !(nu2.flags & (ZP_CNUM_VAGUE | ZP_CNUM_LEADZERO))))
		return false;
	between = cp[q] != 0x81F3 && cp[q] != 0x5230;
	end = nu2.e;
	if (between && !starts_with(z, end, "之间") &&
	    !starts_with(z, end, "间"))
		return false;
	m = num_new_ment(z, st->s, end, ZP_NK_ORDINAL);
	num_set_range(z, m, &st->c->val, &z->b.val);
	st->next = end;
	return true;
}

/* 第N: ordinals and quarters; 第08065期 is an issue number. */
static enum step
st_ordinal(struct scan *st)
{
	struct zp_numbers *z = st->z;
	struct num *nu = &st->nu;
	size_t len;
	struct ment *m;
	int k;

	if (!st->ordinal)
		return GO_ON;
	if (nu->flags & ZP_CNUM_LEADZERO)
		return done(st, st->e);
	st->iv = small_int(&st->c->val);
	if (num_quarter(z, st->s, nu, st->iv, true, &st->e))
		return done(st, st->e);
	if (starts_with(z, nu->e, "产业") || starts_with(z, nu->e, "三方") ||
	    lexical_at(z, st->s))
		return done(st, nu->e);
	if (ordinal_range(st))
		return DONE;
	k = unit_at(z, nu->e, &len);
	m = num_new_ment(z, st->s, nu->e, ZP_NK_ORDINAL);
	num_set_value(z, m, &st->c->val);
	if (k >= 0 &&
	    (z->units.e[k].cls == U_COUNT || z->units.e[k].cls == U_DUR ||
	        z->units.e[k].cls == U_YEAR)) {
		m->e = nu->e + len;
		num_unit_surface(z, m, nu->e, nu->e + len, st->text);
	}
	return done(st, m->e);
}

/* 两位数增长: a magnitude class; 上一季度, 同一天, 之一: relative words. */
static enum step
st_not_a_value(struct scan *st)
{
	struct zp_numbers *z = st->z;
	size_t i = st->i, e = st->e;

	if (starts_with(z, e, "位数") || starts_with(z, e, "位數"))
		return done(st, e + 2);
	if (st->nu.single && small_int(&st->c->val) == 1 && st->s == i &&
	    i > 0 && st->cp[i - 1] < 0x10000 &&
	    (z->cls[st->cp[i - 1]] & C_REL1))
		return done(st, e);
	return GO_ON;
}

/* The value as a small integer, and whether it may be a year. */
static enum step
st_value(struct scan *st)
{
	const struct num *nu = &st->nu;
	size_t w = st->e - st->i;

	st->iv = small_int(&st->c->val);
	st->yearlike = !nu->neg && !st->curprefix[0] && !st->percent_prefix &&
	    (((nu->flags & ZP_CNUM_ARABIC) &&
	         !(nu->flags & ~(ZP_CNUM_ARABIC)) && w == 4) ||
	        ((nu->flags & ZP_CNUM_SEQ) && w == 4)) &&
	    st->iv >= 1000 && st->iv <= 2999;
	/* 民國112年, 112年3月 in a Taiwanese story: the year 2023, read by
	 * the year stages as if written so. */
	if (!st->yearlike && num_roc_year(st)) {
		st->iv += 1911;
		st->yearlike = st->roc = true;
	}
	return GO_ON;
}

/* 一半: a half. */
static enum step
st_half(struct scan *st)
{
	struct zp_numbers *z = st->z;
	size_t i = st->i, e = st->e;
	struct ment *m;

	if (!(st->nu.single && st->iv == 1 && e < st->n &&
	        st->cp[e] == 0x534A && st->s == i))
		return GO_ON;
	m = num_new_ment(z, i, e + 1, ZP_NK_NUMBER);
	zp_dec_parse(&z->x, "0.5", 3);
	num_set_value(z, m, &z->x);
	num_look_back(z, m, st->s, st->lo, false);
	return done(st, e + 1);
}

/* 三又三分之一, 1又2分之1: a whole, 又, and a fraction. */
static enum step
st_whole_and_fraction(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, p, q, r;
	struct num nu2, nu3;
	struct ment *m;
	long den;

	if (st->percent_prefix || st->curprefix[0])
		return GO_ON;
	p = skip_sp(z, st->e);
	if (!(p + 4 < n && cp[p] == 0x53C8 &&
	        num_numeral(z, &z->b, skip_sp(z, p + 1), &nu2) == 0 &&
	        (q = skip_sp(z, nu2.e)) + 2 < n && cp[q] == 0x5206 &&
	        cp[(r = skip_sp(z, q + 1))] == 0x4E4B && r + 1 < n))
		return GO_ON;
	den = small_int(&z->b.val);
	if (!(den > 0 && num_numeral(z, &z->b, skip_sp(z, r + 1), &nu3) == 0 &&
	        !(nu3.flags & ZP_CNUM_VAGUE)))
		return GO_ON;
	m = num_new_ment(z, st->s, nu3.e, ZP_NK_NUMBER);
	zp_dec_div_u64(&z->x, &z->b.val, (uint64_t)den, 15);
	zp_dec_add(&z->x, &st->c->val);
	z->x.neg = st->nu.neg && !zp_dec_is_zero(&z->x);
	num_set_value(z, m, &z->x);
	num_look_back(z, m, st->s, st->lo, false);
	return done(st, nu3.e);
}

/* 1 3/5: Arabic, one space, a small fraction. */
static enum step
st_whole_space_fraction(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	const struct num *nu = &st->nu;
	size_t n = st->n, e = st->e;
	struct num nu2, nu3;
	struct zp_dec num;
	struct ment *m;

	if (st->percent_prefix || st->curprefix[0])
		return GO_ON;
	if (!((nu->flags & ZP_CNUM_ARABIC) && !(nu->flags & ~ZP_CNUM_ARABIC) &&
	        e - st->i <= 3 && e + 3 < n && cp[e] == ' ' &&
	        num_numeral(z, &z->b, e + 1, &nu2) == 0 &&
	        !(nu2.flags & ~ZP_CNUM_ARABIC) && nu2.e - nu2.s <= 3 &&
	        nu2.e + 1 < n && (cp[nu2.e] == '/' || cp[nu2.e] == 0xFF0F)))
		return GO_ON;
	memset(&num, 0, sizeof num);
	zp_dec_copy(&num, &z->b.val);
	if (num_numeral(z, &z->b, nu2.e + 1, &nu3) == 0 &&
	    !(nu3.flags & ~ZP_CNUM_ARABIC) && nu3.e - nu3.s <= 3 &&
	    small_int(&z->b.val) > 0 &&
	    !(nu3.e < n &&
	        (cp[nu3.e] == '/' || is_adigit(cp[nu3.e]) ||
	            is_latin(cp[nu3.e])))) {
		m = num_new_ment(z, st->s, nu3.e, ZP_NK_NUMBER);
		zp_dec_div_u64(&z->x, &num, (uint64_t)small_int(&z->b.val), 15);
		zp_dec_add(&z->x, &st->c->val);
		z->x.neg = nu->neg && !zp_dec_is_zero(&z->x);
		num_set_value(z, m, &z->x);
		zp_dec_free(&num);
		return done(st, nu3.e);
	}
	zp_dec_free(&num);
	return GO_ON;
}

/* Fractions: 三分之一, 五 分之 一, 负3分之负157. */
static enum step
st_fraction(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, p, q;
	bool neg2 = false;
	struct num nu2;
	struct ment *m;
	long den;

	if (st->percent_prefix || st->curprefix[0])
		return GO_ON;
	p = skip_sp(z, st->e);
	if (!(p + 1 < n && cp[p] == 0x5206 &&
	        cp[(q = skip_sp(z, p + 1))] == 0x4E4B && q + 1 < n))
		return GO_ON;
	q = skip_sp(z, q + 1);
	if (q < n && (cp[q] == 0x8D1F || cp[q] == 0x8CA0 || is_minus(cp[q]))) {
		neg2 = true;
		q++;
	}
	if (!(q < n && num_numeral(z, &z->b, q, &nu2) == 0))
		return GO_ON;
	den = small_int(&st->c->val);
	if (!(den > 0 && !(nu2.flags & ZP_CNUM_VAGUE)))
		return GO_ON;
	m = num_new_ment(z, st->s, nu2.e, ZP_NK_NUMBER);
	zp_dec_div_u64(&z->x, &z->b.val, (uint64_t)den, 15);
	z->x.neg = st->nu.neg != neg2 && !zp_dec_is_zero(&z->x);
	num_set_value(z, m, &z->x);
	num_look_back(z, m, st->s, st->lo, false);
	return done(st, nu2.e);
}

/* 3/4, 1/10: Arabic fractions (dates were taken before). */
static enum step
st_slash_fraction(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	const struct num *nu = &st->nu;
	size_t n = st->n, e = st->e, len;
	struct num nu2;
	struct ment *m;
	long den;

	if (!((nu->flags & ZP_CNUM_ARABIC) && !(nu->flags & ~ZP_CNUM_ARABIC) &&
	        e - st->i <= 4 && e + 1 < n &&
	        (cp[e] == '/' || cp[e] == 0xFF0F) && !st->curprefix[0] &&
	        !st->percent_prefix &&
	        num_numeral(z, &z->b, e + 1, &nu2) == 0 &&
	        !(nu2.flags & ~ZP_CNUM_ARABIC) && nu2.e - nu2.s <= 4 &&
	        !(nu2.e < n &&
	            (cp[nu2.e] == '/' || cp[nu2.e] == '.' ||
	                is_latin(cp[nu2.e]) || unit_at(z, nu2.e, &len) >= 0))))
		return GO_ON;
	den = small_int(&z->b.val);
	if (den <= 0)
		return GO_ON;
	m = num_new_ment(z, st->s, nu2.e, ZP_NK_NUMBER);
	zp_dec_div_u64(&z->x, &st->c->val, (uint64_t)den, 15);
	z->x.neg = nu->neg && !zp_dec_is_zero(&z->x);
	num_set_value(z, m, &z->x);
	num_look_back(z, m, st->s, st->lo, false);
	return done(st, nu2.e);
}

/*
 * 12.3 亿美元: a scale word after one or two spaces joins the numeral (p
 * moves past it); a currency or percent unit after them, or a count or
 * measure after one space and a digit, is the unit (p moves to it).
 * Returns the new p.
 */
static size_t
unit_after_space(struct scan *st, size_t p)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, q = p, e2, len;
	int k;

	while (q < n && q < p + 2 && is_space(cp[q]))
		q++;
	if (q < n &&
	    (cp[q] == 0x4EBF || cp[q] == 0x4E07 || cp[q] == 0x5104 ||
	        cp[q] == 0x842C)) {
		int ex = 0;

		if (st->nu.flags & ZP_CNUM_BIG)
			return p;
		if (cp[q] == 0x4E07 && q + 1 < n &&
		    (cp[q + 1] == 0x4EBF || cp[q + 1] == 0x5104)) {
			ex = 12;
			e2 = q + 2;
		} else {
			ex = cp[q] == 0x4E07 || cp[q] == 0x842C ? 4 : 8;
			e2 = q + 1;
		}
		zp_dec_shift(&st->c->val, ex);
		st->nu.flags |= ZP_CNUM_BIG;
		st->e = e2;
		return e2;
	}
	if (q < n && unit_at(z, q, &len) >= 0) {
		k = unit_at(z, q, &len);
		if (z->units.e[k].cls == U_CUR || z->units.e[k].cls == U_PCT ||
		    z->units.e[k].cls == U_PP || z->units.e[k].cls == U_BP ||
		    z->units.e[k].cls == U_CHENG ||
		    z->units.e[k].cls == U_ZHE ||
		    z->units.e[k].cls == U_QTYLATIN)
			return q;
		/* 16,274,888 股: a count after one space, as filings set it. */
		if ((z->units.e[k].cls == U_COUNT ||
		        z->units.e[k].cls == U_QTY) &&
		    q == p + 1 && is_adigit(cp[p - 1]))
			return q;
	}
	return p;
}

/* The unit after the numeral, past 50余家's hedge and 12.3 亿's space. */
static enum step
st_unit(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, p = st->e, len;
	bool inner_more = false;
	int k;

	/* 50余家, 三十多个: the hedge sits inside the span. */
	if (p < n && (cp[p] == 0x591A || cp[p] == 0x4F59 || cp[p] == 0x9918) &&
	    !(st->nu.flags & ZP_CNUM_VAGUE)) {
		k = unit_at(z, p + 1, &len);
		if (k >= 0 && z->units.e[k].cls != U_MONTH &&
		    z->units.e[k].cls != U_DA &&
		    !(z->units.e[k].cls == U_QTY &&
		        (cp[p + 1] == 0x70B9 || cp[p + 1] == 0x9EDE))) {
			inner_more = true;
			p++;
		}
	}
	if (p < n && is_space(cp[p]))
		p = unit_after_space(st, p);
	st->ustart = p;
	k = unit_at(z, p, &len);
	if (k >= 0) {
		st->ucls = z->units.e[k].cls;
		st->code = z->units.e[k].code;
		/* A power of ten, not a character. */
		/* NOLINTNEXTLINE(bugprone-signed-char-misuse,cert-str34-c) */
		st->uexp = z->units.e[k].exp;
		st->uend = p + len;
	} else {
		st->ucls = U_NONE;
		st->uend = inner_more ? p - 1 : st->e;
		if (inner_more)
			st->ustart = p - 1;
	}
	if (inner_more && st->ucls != U_NONE)
		st->nu.flags |= ZP_CNUM_MORE;
	else if (inner_more)
		st->ustart = st->uend = st->e;
	return GO_ON;
}

/* Units that need context: 翻一番, 三块, 一个月球, 一两个, 四大; dates
 * that are durations here. */
static enum step
st_unit_context(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, ustart = st->ustart, uend = st->uend, len;
	int ucls = st->ucls;

	if (ucls == U_FAN &&
	    !(ends_with(z, st->s, "翻") || ends_with(z, st->s, "翻了")))
		ucls = U_NONE;
	/* 三块 at the end of a phrase is money, and so is 二十块五毛, 两块五;
	 * 三块屏幕 is a count. */
	if (ucls == U_COUNT && (cp[ustart] == 0x5757 || cp[ustart] == 0x584A) &&
	    uend == ustart + 1 &&
	    (uend >= n || !is_cjk(cp[uend]) || cp[uend] == 0x591A ||
	        cp[uend] == 0x5DE6 ||
	        (zp_cnum_digit(cp[uend]) >= 0 &&
	            (uend + 1 >= n || !is_cjk(cp[uend + 1]) ||
	                strchr_cp("毛角分毫", cp[uend + 1]))))) {
		ucls = U_CUR;
		st->code = "CNY";
		st->uexp = 0;
	}
	/* 一个月球基地: 月 starts the next word. */
	if (ucls == U_DUR && cp[uend - 1] == 0x6708 && uend < n &&
	    strchr_cp("球饼亮光色台", cp[uend])) {
		ucls = U_COUNT;
		st->code = NULL;
		uend--;
	}
	/* 一两个 (one or two), 两两: not the weight unit; 二两 ending a
	 * clause is (四两拨千斤 in quotes is not). */
	if (ucls == U_QTY && (cp[ustart] == 0x4E24 || cp[ustart] == 0x5169) &&
	    ((uend < n &&
	         (unit_at(z, uend, &len) >= 0 || cp[uend] == 0x4E09)) ||
	        (st->nu.single &&
	            !(st->iv >= 2 && cp[st->i] != 0x4E24 &&
	                cp[st->i] != 0x5169 &&
	                (uend >= n || is_clause_mark(cp[uend]))))))
		ucls = U_NONE;
	if (ucls == U_DA &&
	    (st->iv < 2 || st->iv > 10 || !st->nu.single || uend >= n ||
	        !is_cjk(cp[uend])))
		ucls = U_NONE;
	if (ucls == U_YEAR || ucls == U_MONTH || ucls == U_DAY) {
		/* Not a date here: durations. */
		if (ucls == U_MONTH) {
			ucls = U_NONE;
		} else {
			ucls = U_DUR;
			st->code = NULL;
		}
	}
	if (ucls == U_FY || ucls == U_QUARTER) {
		ucls = U_DUR;
		st->code = NULL;
	}
	if (ucls == U_NONE) {
		ustart = uend = st->e;
		st->code = NULL;
	}
	st->ucls = ucls;
	st->ustart = ustart;
	st->uend = uend;
	return GO_ON;
}

/* 一 as an article, and bare numerals that are parts of words. */
static enum step
st_bare(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t e = st->e, len;
	struct ment *m;

	/* 一 before a noun is an article; not after 是 (不是一而是五) nor
	 * before a hedge (一以上). */
	if (!st->range && st->nu.single && st->iv == 1 && !st->percent_prefix &&
	    !st->curprefix[0] &&
	    (st->ucls == U_COUNT ||
	        (st->ucls == U_NONE && e < st->n && is_cjk(cp[e]) &&
	            !(st->i > 0 && cp[st->i - 1] == 0x662F &&
	                strchr_cp("不而却那这和与或也就", cp[e])) &&
	            lex_match(&z->hedge_a, cp, 0, st->n, e, &len) < 0) ||
	        (st->ucls == U_QTY && cp[st->ustart] == 0x70B9)))
		return done(st, st->uend > e ? st->uend : e);
	if (!(st->ucls == U_NONE && !st->range && !st->percent_prefix &&
	        !st->curprefix[0]))
		return GO_ON;
	if (!bare_ok(z, st->pstart, e, &st->nu))
		return done(st, e);
	zp_dec_copy(&z->x, &st->c->val);
	z->x.neg = st->nu.neg && !zp_dec_is_zero(&z->x);
	bare_number(z, st->pstart, e, &st->nu, &z->x);
	m = &z->m[z->nm - 1];
	num_look_back(z, m, st->pstart, st->lo, false);
	if (!m->bound)
		num_hedge_after(z, m, e);
	return done(st, e);
}

/* 七〇六所: digits read one by one name things, not amounts. */
static enum step
st_digit_names(struct scan *st)
{
	const struct num *nu = &st->nu;

	if ((nu->flags & ZP_CNUM_SEQ) && !st->range &&
	    !(nu->flags & ZP_CNUM_VAGUE) &&
	    !(st->ucls == U_ZHE && st->e == st->i + 2)) /* but 七五折 */
		return done(st, st->uend > st->e ? st->uend : st->e);
	return GO_ON;
}

/*
 * The kind of the mention the unit makes, and the power of ten its value
 * takes (成 1, ‰ -1, 美分's exp); sets *bare_yuan for 元 written alone.
 * May settle st->code and st->ucls (百分之, a currency prefix).
 */
static int
mention_kind(struct scan *st, int *scale, bool *bare_yuan)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;

	if (st->percent_prefix) {
		*scale = st->pct_exp;
		st->uend = st->e;
		st->code = "%";
		st->ucls = U_PCT;
		return ZP_NK_PERCENT;
	}
	if (st->curprefix[0] && st->ucls != U_CUR) {
		st->code = st->curprefix;
		st->uend = st->e;
		return ZP_NK_MONEY;
	}
	switch (st->ucls) {
	case U_CUR:
		*scale = st->uexp;
		if (st->curprefix[0] && strcmp(st->code, "CNY") == 0)
			st->code = st->curprefix;
		/* 元 alone: the local currency, CNY unless the text declares
		 * another (港元，下同). */
		*bare_yuan = !st->curprefix[0] &&
		    strcmp(st->code, "CNY") == 0 &&
		    (cp[st->ustart] == 0x5143 || cp[st->ustart] == 0x5706 ||
		        cp[st->ustart] == 0x5757) &&
		    st->ustart + 1 == st->uend;
		return ZP_NK_MONEY;
	case U_PCT:
		return ZP_NK_PERCENT;
	case U_PERMILLE:
		*scale = -1;
		return ZP_NK_PERCENT;
	case U_PP:
	case U_BP:
		return ZP_NK_PERCENT;
	case U_CHENG:
		*scale = 1;
		st->code = "%";
		return ZP_NK_PERCENT;
	case U_ZHE:
		/* 九折 = 90 %, 9.5折 = 95 %, 七五折 = 75 %. */
		st->code = "%";
		if (st->range ? z->y.n == 0 || z->y.exp + (int64_t)z->y.n <= 1 :
		                st->c->val.n == 0 ||
		            st->c->val.exp + (int64_t)st->c->val.n <= 1)
			*scale = 1;
		return ZP_NK_PERCENT;
	case U_BEI:
	case U_FAN:
		return ZP_NK_NUMBER;
	case U_COUNT:
	case U_DA:
		return ZP_NK_COUNT;
	case U_QTY:
	case U_QTYLATIN:
		return ZP_NK_QUANTITY;
	case U_DUR:
		return ZP_NK_PERIOD;
	default:
		return ZP_NK_NUMBER;
	}
}

/*
 * The half after the unit (一年半, 一吨半, 三成半) and the sub-units
 * after money (五元三角): both add to z->x and move the end.
 */
static void
after_unit(struct scan *st, struct ment *m, int kind)
{
	struct zp_numbers *z = st->z;
	const uint32_t *cp = st->cp;
	size_t n = st->n, uend = st->uend;

	if (!st->range && uend + 0 < n && cp[uend] == 0x534A &&
	    !(st->nu.flags & ZP_CNUM_VAGUE) &&
	    (kind == ZP_NK_PERIOD || kind == ZP_NK_QUANTITY ||
	        st->ucls == U_CHENG) &&
	    !(uend + 1 < n && is_cjk(cp[uend + 1]) &&
	        !is_clause_mark(cp[uend + 1]) &&
	        strchr_cp(
	            "导岛径身价数场球壁自决年天月个成折以来", cp[uend + 1]))) {
		zp_dec_parse(&z->y, "0.5", 3);
		zp_dec_add(&z->x, &z->y);
		m->e = ++uend;
	}
	/* 七成六, 七成 六: 76 %, one more digit after 成 ending the phrase. */
	if (!st->range && st->ucls == U_CHENG && m->e == uend &&
	    !(st->nu.flags & ZP_CNUM_VAGUE)) {
		size_t q = uend < n && cp[uend] == ' ' ? uend + 1 : uend;
		int d = q < n ? zp_cnum_digit(cp[q]) : -1;

		if (d > 0 &&
		    (q + 1 >= n ||
		        !(is_cjk(cp[q + 1]) || is_adigit(cp[q + 1]) ||
		            is_latin(cp[q + 1])))) {
			zp_dec_set_u64(&z->y, (uint64_t)d);
			zp_dec_shift(&z->y, -1);
			zp_dec_add(&z->x, &z->y);
			m->e = uend = q + 1;
		}
	}
	/* 五元三角, 50元6角3分, 两美元又三美分: sub-units. */
	if (!st->range && st->ucls == U_CUR && st->uexp == 0 &&
	    st->code != NULL && !(st->nu.flags & ZP_CNUM_VAGUE))
		uend = m->e = num_subunits_after(z, uend, st->code, &z->x);
	st->uend = uend;
}

/* The figure with its unit: value or range, hedges, change. */
static enum step
st_mention(struct scan *st)
{
	struct zp_numbers *z = st->z;
	const struct num *nu = &st->nu;
	bool bare_yuan = false;
	int kind, scale = 0;
	size_t unit_end;
	struct ment *m;

	if (!st->range) {
		zp_dec_copy(&z->x, &st->c->val);
		z->x.neg = nu->neg && !zp_dec_is_zero(&z->x);
	}
	kind = mention_kind(st, &scale, &bare_yuan);
	m = num_new_ment(z, st->pstart, st->uend, kind);
	m->defcur = bare_yuan;
	/* 元/股 is bare 元 too for the region, though not for the passes
	 * that read defcur. */
	m->yuan = bare_yuan ||
	    (kind == ZP_NK_MONEY && !st->curprefix[0] && st->code != NULL &&
	        strcmp(st->code, "CNY") == 0 && st->cp[st->ustart] == 0x5143 &&
	        st->ustart + 3 == st->uend && st->cp[st->ustart + 1] == '/');
	if (m->yuan)
		m->ych = st->cp[st->ustart];
	unit_end = st->uend;
	after_unit(st, m, kind);
	if (scale != 0) {
		zp_dec_shift(&z->x, scale);
		zp_dec_shift(&z->y, scale);
	}
	if (st->range) {
		num_set_range(z, m, &z->x, &z->y);
		if (st->range_more)
			m->approx = true;
	} else if (nu->flags & ZP_CNUM_VAGUE) {
		m->vmode = 2;
		m->approx = true;
	} else {
		num_set_value(z, m, &z->x);
	}
	if (nu->flags & ZP_CNUM_MORE) {
		m->approx = true;
		m->bound = 'l';
	}
	if (nu->flags & ZP_CNUM_DANGLING)
		m->note = "decimal point without digits read as absent";
	m->ucls = (uint8_t)st->ucls;
	if (kind == ZP_NK_MONEY || kind == ZP_NK_PERCENT)
		unit_copy(m, st->code != NULL ? st->code : "");
	else if (st->ucls == U_DA)
		m->unit[0] = '\0';
	else if (unit_end > st->ustart)
		num_unit_surface(z, m, st->ustart, unit_end, st->text);
	num_look_back(z, m, st->pstart, st->lo, kind == ZP_NK_PERIOD);
	/* Hedges after: 左右, 以上, 多 (五倍多, 一年多). */
	if (!(st->range && st->cp[st->uend] == 0x591A))
		num_hedge_after(z, m, st->uend);
	/* Signed change after 同比: 同比-5.2%; 增速为-3% is down. */
	if (nu->neg && m->change == 0 &&
	    (ends_with(z, st->pstart, "同比") ||
	        ends_with(z, st->pstart, "环比")))
		m->change = 'd';
	if (nu->neg && m->change == 'u')
		m->change = 'd';
	return done(st, st->uend > st->e ? st->uend : st->e);
}

/* ---------------------------------------------------------------------- */
/* The driver. */

/*
 * At a scale character that starts no numeral (亿, 百, 万...): the first
 * stage that settles the position ends the list.
 */
static void
run_scale_stages(struct scan *st)
{
	/* clang-format off */
	(void)(st_after_digit(st) == DONE ||
	    num_st_percent_whole(st) == DONE ||
	    num_st_half_step(st) == DONE ||
	    num_st_magnitude(st) == DONE ||
	    num_st_colloquial_scale(st) == DONE ||
	    st_nothing(st) == DONE);
	/* clang-format on */
}

/*
 * At the start of a numeral, the stages in this order; the first that
 * settles the figure ends the list, and the last always does.  A direct
 * list rather than a table of pointers, so the compiler may inline them.
 */
static void
run_numeral_stages(struct scan *st)
{
	/* clang-format off */
	(void)(st_numeral(st) == DONE ||
	    st_in_name(st) == DONE ||
	    num_st_code_period(st) == DONE ||
	    st_bad_scale(st) == DONE ||
	    st_lexical(st) == DONE ||
	    num_st_year_quarter(st) == DONE ||
	    st_dotted(st) == DONE ||
	    st_sign(st) == DONE ||
	    num_st_power(st) == DONE ||
	    num_st_percent_prefix(st) == DONE ||
	    num_st_currency_prefix(st) == DONE ||
	    st_ordinal(st) == DONE ||
	    num_st_first_n(st) == DONE ||
	    num_st_rate_step(st) == DONE ||
	    st_not_a_value(st) == DONE ||
	    st_value(st) == DONE ||
	    num_st_year_iso(st) == DONE ||
	    num_st_hyphen_code(st) == DONE ||
	    num_st_year_unit(st) == DONE ||
	    num_st_short_date(st) == DONE ||
	    num_st_month_day(st) == DONE ||
	    num_st_clock(st) == DONE ||
	    num_st_quarter(st) == DONE ||
	    st_half(st) == DONE ||
	    st_whole_and_fraction(st) == DONE ||
	    st_whole_space_fraction(st) == DONE ||
	    st_fraction(st) == DONE ||
	    st_slash_fraction(st) == DONE ||
	    num_st_dozen(st) == DONE ||
	    num_st_spaced_discount(st) == DONE ||
	    st_unit(st) == DONE ||
	    num_st_percent_unit(st) == DONE ||
	    st_unit_context(st) == DONE ||
	    num_st_currency_unit(st) == DONE ||
	    num_st_range(st) == DONE ||
	    st_bare(st) == DONE ||
	    num_st_bare_range(st) == DONE ||
	    st_digit_names(st) == DONE ||
	    st_mention(st) == DONE);
	/* clang-format on */
}

void
num_scan_begin(
    struct scan *st, struct zp_numbers *z, size_t i, const char *text)
{
	/*
	 * Field by field, not memset: this runs at every numeral, and a
	 * memset of the struct compiles to rep stos, whose start-up cost
	 * tripled the time of a text made of numerals.
	 */
	st->z = z;
	st->text = text;
	st->cp = z->cp;
	st->n = z->n;
	st->i = i;
	st->c = &z->a;
	st->nu = (struct num){ 0 };
	st->s = st->e = st->lo = st->pstart = 0;
	st->ordinal = st->percent_prefix = false;
	st->pct_exp = 0;
	st->curprefix[0] = '\0';
	st->iv = 0;
	st->yearlike = st->roc = false;
	st->ustart = st->uend = 0;
	st->ucls = U_NONE;
	st->uexp = 0;
	st->code = NULL;
	st->range = st->range_more = false;
	st->next = i + 1;
}

/*
 * Tries a figure whose numeral starts at i.  Returns the position to go on
 * scanning from (> i).
 */
static size_t
try_at(struct zp_numbers *z, size_t i, const char *text)
{
	struct scan st;

	num_scan_begin(&st, z, i, text);
	if (!zp_cnum_starts(z->cp[i]) && z->cp[i] != 0x6570 &&
	    z->cp[i] != 0x51E0)
		run_scale_stages(&st);
	else
		run_numeral_stages(&st);
	return st.next;
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
	if (z->metric_bits != zp_wl_count(&z->metrics.wl)) {
		/* Terms were added since: their first characters. */
		for (size_t k = z->metric_bits; k < zp_wl_count(&z->metrics.wl);
		     k++) {
			size_t wn;
			uint32_t c = zp_wl_word(&z->metrics.wl, k, &wn)[0];

			if (c >= 0x80 && c < 0x10000)
				z->cls[c] |= C_METRIC;
		}
		z->metric_bits = zp_wl_count(&z->metrics.wl);
	}
	z->nclause = z->nsent = 0;
	zp_fold_begin(&z->fold);
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
			else /* the rules read the Simplified fold (fold.h) */
				c = (int32_t)zp_fold_step(
				    &z->fold, (uint32_t)c, n);
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
	/*
	 * Ambiguous folds, decided now that the script is known; none of
	 * them is a clause or sentence mark, so the bounds stand.
	 */
	z->trad = zp_fold_end(&z->fold, z->cp, n);
	for (size_t k = 0; k < z->fold.npos; k++)
		z->pc[z->fold.pos[k]] = z->cls[z->cp[z->fold.pos[k]]];
	memset(z->pc + n, 0, 8); /* next_with reads 8 at a time */
	z->n = n;
	z->nm = 0;
	z->nan = 0;
	z->ctx = ctx;
	zp_buf_clear(&z->vals);
	num_clauses_over_names(z);
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
