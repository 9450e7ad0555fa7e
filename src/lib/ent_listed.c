/*
 * ent_listed -- listed companies by what financial news writes after their
 * name: a stock code (禾丰牧业(603609.SH), 天福(06868), 渣打集团(02888-HK),
 * 思享(SJ.US), 每经's (SZ 000007,收盘价…)) or a price quote
 * (翔鹭钨业(9.500,0.12,1.28%)).  The code makes the end sure, so the name
 * runs back over the characters that stop other names (时, 万, 都) and
 * over the names inside it (中金 + 环境) to punctuation, a function word
 * or a word that introduces a company; it keeps a share-class tail (-W,
 * 建车B) and the marker of special treatment (*ST); a Latin name is taken
 * whole (IMAX CHINA).
 */
#include "ent_internal.h"

/* A number of digits (with one '.' inside) at p: its end, or p. */
static size_t
decimal_at(const uint32_t *c, size_t n, size_t p)
{
	size_t q = p, dots = 0;

	if (q < n && c[q] == '-')
		q++;
	while (q < n && (is_digit(c[q]) || (c[q] == '.' && dots++ == 0)))
		q++;
	return q > p && is_digit(c[q - 1]) ? q : p;
}

/* Whether c[p..) reads letters then .US, .N or .O and ')': (TSLA.US). */
static size_t
us_ticker_after(const uint32_t *c, size_t n, size_t p)
{
	size_t q = p;

	while (q < n && q - p < 6 && is_upper(c[q]))
		q++;
	if (q == p || q + 2 >= n || c[q] != '.' || !is_upper(c[q + 1]))
		return 0;
	q++;
	while (q < n && is_upper(c[q]))
		q++;
	return q < n && is_close(c[q]) ? q + 1 : 0;
}

/*
 * The parenthesized code or quote at i (an opening parenthesis): the
 * position after its closing one, or 0.
 */
size_t
ent_code_after(const struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n, p = i + 1, d = 0;

	/* SZ 000007,收盘价: a market and the code, then the price. */
	if (p + 9 < n && is_upper(c[p]) && is_upper(c[p + 1]) &&
	    c[p + 2] == ' ' && decimal_at(c, n, p + 3) == p + 9 &&
	    (c[p + 9] == ',' || is_close(c[p + 9])))
		return p + 10;
	if (is_upper(c[p]))
		return us_ticker_after(c, n, p);
	while (p < n && is_digit(c[p])) {
		p++;
		d++;
	}
	if (d >= 4 && d <= 6) {
		bool market = false;

		/* 603609.SH, 02888-HK: the exchange after the code. */
		if (p + 2 < n && (c[p] == '.' || c[p] == '-') &&
		    is_upper(c[p + 1]) && is_upper(c[p + 2])) {
			p += 3;
			while (p < n && is_upper(c[p]))
				p++;
			market = true;
		}
		/* (2023) is a year. */
		if (d == 4 && !market && (c[i + 1] == '1' || c[i + 1] == '2'))
			return 0;
		return p < n && is_close(c[p]) ? p + 1 : 0;
	}
	/* 9.500,0.12,1.28%: price, change and change in percent. */
	p = i + 1;
	for (int part = 0; part < 3; part++) {
		size_t q = decimal_at(c, n, p);

		if (q == p)
			return 0;
		p = q;
		if (part < 2) {
			if (p >= n || c[p] != ',')
				return 0;
			p++;
			if (p < n && c[p] == ' ')
				p++;
		}
	}
	return p + 1 < n && c[p] == '%' && is_close(c[p + 1]) ? p + 2 : 0;
}

/*
 * Function words that end the run back from the code: no short name holds
 * them.  丨 is a Han character, but stories use it as a bar (7月1日丨X).
 */
static const char listed_stop[] =
    "的了是在被把让该此这据称并且但与及或向从对给由丨";

/* Units right after a number: 214万元天和防务 starts after 元. */
static const char after_digits[] = "万亿元股年月日号个只家";

/*
 * A share-class tail after the name: -W, -SW, -B (Hong Kong), or the B of
 * a B share (建车B): its length, or 0.
 */
static size_t
class_tail(const uint32_t *c, size_t e)
{
	size_t l = 0;

	while (l < 2 && e > l && is_upper(c[e - 1 - l]))
		l++;
	if (l > 0 && e > l + 1 && c[e - 1 - l] == '-' && is_han(c[e - 2 - l]))
		return l + 1;
	return l == 1 && e > 1 && c[e - 1] == 'B' && is_han(c[e - 2]) ? 1 : 0;
}

/* A Latin name before the code: IMAX CHINA(…), ACME HLDGS(00123). */
static size_t
latin_left(const struct zp_entities *x, size_t e)
{
	const uint32_t *c = x->c;
	size_t k = e;

	while (k > 0 && e - k < 40 &&
	    (is_alnum(c[k - 1]) || c[k - 1] == '&' || c[k - 1] == '.' ||
	        (c[k - 1] == ' ' && k > 1 && is_alnum(c[k - 2]))))
		k--;
	while (k < e && !is_upper(c[k]))
		k++;
	return e - k >= 2 && x->owner[k] < 0 && span_free(x, k, e) ? k : e;
}

/*
 * Where the name ending at e starts: back over Han characters and the
 * names inside it (中金 + 环境, 中国 + 长城) to punctuation, a function word
 * or a word that introduces a company (股东, 显示, 增持); the last four
 * characters when the run finds no edge in eight (a headline that runs
 * into the name); e when the name is shorter than two.
 */
static size_t
listed_left(const struct zp_entities *x, size_t e)
{
	const uint32_t *c = x->c;
	size_t k = e, p;

	while (k > 0 && e - k < 12) {
		int32_t o = x->owner[k - 1];

		if (o >= 0) {
			if (x->ent[o].e != k)
				break;
			k = x->ent[o].s;
			continue;
		}
		if (!is_han(c[k - 1]) || in_set(listed_stop, c[k - 1]))
			break;
		k--;
	}
	/* 214万元天和防务: the unit of the number is no part. */
	if (k > 0 && is_digit(c[k - 1]))
		while (k < e && in_set(after_digits, c[k]))
			k++;
	for (p = e - 2; p > k; p--)
		if (zp_wl_before(&x->legalleads, c, k, p, NULL) > 0) {
			k = p;
			break;
		}
	/* A place starts a long run's name: 高居 + 中国电影. */
	for (p = k + 1; e - k > 4 && p + 2 <= e; p++)
		if (x->owner[p] >= 0 && x->ent[x->owner[p]].s == p &&
		    x->ent[x->owner[p]].type == ZP_ET_LOC &&
		    x->ent[x->owner[p]].e + 2 <= e) {
			k = p;
			break;
		}
	if (e - k > 8) {
		k = e - 4;
		if (x->owner[k] >= 0)
			k = x->ent[x->owner[k]].s;
	}
	return e - k >= 2 ? k : e;
}

/* Adds the listed company c[k..j), or keeps a name of the lists there. */
static void
add_listed(struct zp_entities *x, size_t k, size_t e, size_t j)
{
	int32_t o = x->owner[k];

	if (o >= 0 && x->ent[o].s == k && x->ent[o].e == j &&
	    x->ent[o].type == ZP_ET_ORG)
		return;
	/* A known company with a word before it: 高居 + 中国电影. */
	if ((o = ends_at(x, e)) >= 0 && x->ent[o].type == ZP_ET_ORG &&
	    x->ent[o].s >= k + 2 && e - k > 4 && e - x->ent[o].s > 2)
		return;
	/* A place alone is no company: 中国(…). */
	if (o >= 0 && x->ent[o].s == k && j == e && x->ent[o].type == ZP_ET_LOC)
		return;
	ent_clear_span(x, k, j);
	ent_add(x, k, j, ZP_ET_ORG, SRC_RULE, NONE, ent_put_surface(x, k, j));
}

void
ent_pass_listed(struct zp_entities *x)
{
	const uint32_t *c = x->c;

	for (size_t i = 2; (i = next_cp2(x, i, '(', 0xFF08)) + 5 < x->n; i++) {
		size_t k, e;

		if (!is_open(c[i]) || ent_code_after(x, i) == 0)
			continue;
		e = i - class_tail(c, i);
		if (is_alpha(c[e - 1]) && !is_han(c[e - 2])) {
			if ((k = latin_left(x, e)) < e)
				add_listed(x, k, e, i);
			continue;
		}
		/* A role before the code (十大股东) names none; 公司 may. */
		if (!is_han(c[e - 1]) ||
		    (zp_wl_before(&x->legalleads, c, 0, e, NULL) > 0 &&
		        !text_is(x, e - 2, "公司")) ||
		    (k = listed_left(x, e)) == e)
			continue;
		/* *ST利源, ST丰山: the marker of a company under treatment. */
		if (k >= 2 && c[k - 1] == 'T' && c[k - 2] == 'S') {
			size_t m = k - 2;

			if (m > 0 && c[m - 1] == '*')
				m--;
			if (m == 0 || !is_alnum(c[m - 1]))
				k = m;
		}
		add_listed(x, k, e, i);
	}
}

/*
 * The code or quote that ends at k (after its closing parenthesis), as
 * news sites put it after a short name even inside the company's legal
 * name (上海某某医疗(10.820,0.00,0.00%)科技股份有限公司): where its opening
 * parenthesis is, or k.
 */
size_t
ent_code_before(const struct zp_entities *x, size_t k)
{
	size_t p = k - 1;

	if (k < 8 || !is_close(x->c[p]))
		return k;
	while (p > 0 && k - p < 32 && !is_open(x->c[p]) && !is_han(x->c[p]))
		p--;
	return is_open(x->c[p]) && ent_code_after(x, p) == k ? p : k;
}

void
ent_listed_init(struct zp_entities *x)
{
	(void)x;
	/* Built now, so that matching (in_set) only reads them. */
	ent_cset_get(listed_stop);
	ent_cset_get(after_digits);
}

/*
 * What comes before 公告 without being a company: the board, the company
 * itself, an exchange or a regulator, a time, the matter announced.
 */
static const char *const not_announcers[] = {
	"董事会",
	"监事会",
	"股东大会",
	"交易所",
	"证监会",
	"上市公司",
	"事项",
	"计划",
	"进展",
	"报告",
	"预告",
	"结果",
	"决议",
	"通知",
	"情况",
};

/*
 * The company before the lead c[b..b + l) (公告, 发布公告 or 晚间公告):
 * a short name of three or four after a mark or a space, added.
 */
static void
announcer(struct zp_entities *x, size_t b, size_t l)
{
	const uint32_t *c = x->c;
	size_t a = b, q = b + l;
	int32_t o;

	/* 中文传媒公告,截至…: the lead goes on after a mark or 称. */
	if (!(c[q] == ',' || c[q] == 0xFF0C || c[q] == ':' || c[q] == 0xFF1A ||
	        c[q] == 0x79F0 /* 称 */))
		return;
	while (a > 0 && b - a < 5 && is_han(c[a - 1]) && x->owner[a - 1] < 0)
		a--;
	/* A place the name starts with: 东港 + 股份. */
	if ((o = ends_at(x, a)) >= 0 && x->ent[o].type == ZP_ET_LOC &&
	    b - x->ent[o].s <= 4)
		a = x->ent[o].s;
	/* A short name of three or four, after a mark or a space. */
	/* After a number it is the rest of a date: 8日晚间公告. */
	if (b - a < 3 || b - a > 4 ||
	    (a > 0 && (is_han(c[a - 1]) || is_digit(c[a - 1]))) ||
	    ent_all_generic(x, a, b) ||
	    zp_wl_before(&x->legalleads, c, a, b, NULL) > 0 ||
	    zp_wl_before(&x->stopw, c, a, b, NULL) > 0 ||
	    wl_at(&x->stopw, c, b, a) > 0)
		return;
	for (size_t w = 0; w < NELEM(not_announcers); w++)
		if (text_is(x, b - strlen(not_announcers[w]) / 3,
		        not_announcers[w]))
			return;
	if (text_is(x, b - 2, "公司"))
		return;
	ent_clear_span(x, a, b);
	ent_add(x, a, b, ZP_ET_ORG, SRC_RULE, NONE, ent_put_surface(x, a, b));
}

/*
 * The leads all end in 告, which is rare: one walk finds it alone, eight
 * positions a test, where a walk for their first characters (公 of 公司)
 * stopped all the time.  The leads ending at a 告 are tried by their
 * starts, as a walk by starts would (no two leads' 告 are near enough to
 * interleave them); a lead starts at 3 or later, three before the end.
 */
void
ent_pass_announcers(struct zp_entities *x)
{
	size_t n = x->n;

	for (size_t t = 4; (t = next_cp2(x, t, 0x544A, 0x544A)) < n; t++) {
		if (t >= 6 &&
		    (text_is(x, t - 3, "发布公告") ||
		        text_is(x, t - 3, "晚间公告")))
			announcer(x, t - 3, 4);
		if (t + 2 < n && text_is(x, t - 1, "公告"))
			announcer(x, t - 1, 2);
	}
}
