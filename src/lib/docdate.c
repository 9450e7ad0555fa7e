/*
 * docdate -- a document's date from its URL, its dateline and HTTP dates.
 *
 * The dateline reader copies the top of the text into a small array of
 * code points, full-width forms folded to ASCII, and tries each digit run
 * there as a date (年月日 or ISO).  A date counts only in the company that
 * makes it a dateline: a wire suffix (电, 讯, 消息), 北京时间 at the start
 * of a clause, parentheses around it, a clock time or a 来源 after it at
 * the start of a clause, or a publication label (发布时间) before it.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "zhpipe/docdate.h"
#include "zhpipe/utf8.h"

#define YEAR_MIN 1990
#define YEAR_MAX 2100

/* Code points past the top that a dateline starting there may use. */
#define LOOKAHEAD 24
#define TOPBUF (ZP_DATELINE_TOP + LOOKAHEAD)

static int
month_days(int y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30,
		31 };

	if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

bool
zp_ymd_valid(int y, int m, int d)
{
	return y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= month_days(y, m);
}

bool
zp_ymd_plausible(int y, int m, int d)
{
	return y >= YEAR_MIN && y <= YEAR_MAX && zp_ymd_valid(y, m, d);
}

/* A month and day that some year has (29 February included). */
static bool
md_valid(int m, int d)
{
	return zp_ymd_valid(2000, m, d);
}

bool
zp_ymd_parse_iso(const char *s, size_t n, struct zp_ymd *out)
{
	int v[3] = { 0, 0, 0 };
	size_t i;

	if (n != 10 || s[4] != '-' || s[7] != '-')
		return false;
	for (i = 0; i < 10; i++) {
		if (i == 4 || i == 7)
			continue;
		if (!isdigit((unsigned char)s[i]))
			return false;
		v[i < 4       ? 0 :
		        i < 7 ? 1 :
		                2] = v[i < 4       ? 0 :
		                             i < 7 ? 1 :
		                                     2] *
		        10 +
		    (s[i] - '0');
	}
	if (!zp_ymd_valid(v[0], v[1], v[2]))
		return false;
	out->y = v[0];
	out->m = v[1];
	out->d = v[2];
	return true;
}

void
zp_ymd_format(const struct zp_ymd *d, char out[11])
{
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)d->y % 10000u,
	    (unsigned)d->m % 100u, (unsigned)d->d % 100u);
}

int
zp_ymd_cmp(const struct zp_ymd *a, const struct zp_ymd *b)
{
	if (a->y != b->y)
		return a->y < b->y ? -1 : 1;
	if (a->m != b->m)
		return a->m < b->m ? -1 : 1;
	if (a->d != b->d)
		return a->d < b->d ? -1 : 1;
	return 0;
}

bool
zp_ymd_settle_year(struct zp_ymd *d, const struct zp_ymd *ref)
{
	int y;

	if (!zp_ymd_valid(ref->y, ref->m, ref->d))
		return false;
	y = ref->y;
	if (d->m > ref->m || (d->m == ref->m && d->d > ref->d))
		y--;
	if (!zp_ymd_plausible(y, d->m, d->d))
		return false;
	d->y = y;
	return true;
}

/* ---- URLs ---------------------------------------------------------- */

static bool
url_alnum(const char *u, size_t n, size_t i)
{
	return i < n && isalnum((unsigned char)u[i]);
}

static bool
url_sep(char c)
{
	return c == '/' || c == '-' || c == '_' || c == '.';
}

/* The length of the digit run at u[i] (0 for none) and its value in *v. */
static size_t
url_run(const char *u, size_t n, size_t i, int *v)
{
	size_t k = 0;

	*v = 0;
	while (i + k < n && isdigit((unsigned char)u[i + k])) {
		if (k < 8)
			*v = *v * 10 + (u[i + k] - '0');
		k++;
	}
	return k;
}

/*
 * The shapes that start with a four-digit year run at u[i]: YYYY/MM/DD,
 * YYYY-MM-DD and the like, YYYY/MMDD; a year-month alone into *part.
 * Returns true for a plausible full date.
 */
static bool
url_year_first(const char *u, size_t n, size_t i, int y, struct zp_ymd *out,
    struct zp_ymd *part)
{
	size_t j = i + 5, k2, k3;
	int m, d;

	if (i + 4 >= n || !url_sep(u[i + 4]))
		return false;
	k2 = url_run(u, n, j, &m);
	if (k2 == 4 && !url_alnum(u, n, j + 4)) {
		out->y = y;
		out->m = m / 100;
		out->d = m % 100;
		return zp_ymd_plausible(y, out->m, out->d);
	}
	if (k2 < 1 || k2 > 2)
		return false;
	if (j + k2 < n && url_sep(u[j + k2])) {
		k3 = url_run(u, n, j + k2 + 1, &d);
		if (k3 >= 1 && k3 <= 2 && !url_alnum(u, n, j + k2 + 1 + k3)) {
			/* A full shape with a bad day is no date at all. */
			out->y = y;
			out->m = m;
			out->d = d;
			return zp_ymd_plausible(y, m, d);
		}
	}
	if (!url_alnum(u, n, j + k2) && part->y == 0 &&
	    zp_ymd_plausible(y, m, 1)) {
		part->y = y;
		part->m = m;
	}
	return false;
}

/* YYYYMM/DD at u[i], or a year-month YYYYMM alone into *part. */
static bool
url_year_month(const char *u, size_t n, size_t i, int v, struct zp_ymd *out,
    struct zp_ymd *part)
{
	int y = v / 100, m = v % 100, d;
	size_t k;

	if (url_alnum(u, n, i + 6))
		return false;
	if (i + 6 < n && u[i + 6] == '/') {
		k = url_run(u, n, i + 7, &d);
		if (k >= 1 && k <= 2 && !url_alnum(u, n, i + 7 + k)) {
			out->y = y;
			out->m = m;
			out->d = d;
			return zp_ymd_plausible(y, m, d);
		}
	}
	if (part->y == 0 && zp_ymd_plausible(y, m, 1)) {
		part->y = y;
		part->m = m;
	}
	return false;
}

int
zp_docdate_url(const char *u, size_t n, struct zp_ymd *out)
{
	struct zp_ymd part = { 0, 0, 0 };
	const char *s = memmem(u, n, "://", 3);
	size_t i = 0, k;
	int v;

	/* The host name is not the path: skip to what follows it. */
	if (s != NULL) {
		i = (size_t)(s - u) + 3;
		while (i < n && u[i] != '/' && u[i] != '?' && u[i] != '#')
			i++;
	}
	for (; i<n; i += k> 0 ? k : 1) {
		k = url_run(u, n, i, &v);
		if (k == 0 || (i > 0 && isdigit((unsigned char)u[i - 1])))
			continue;
		if (k == 8 && !url_alnum(u, n, i + 8) &&
		    (!url_alnum(u, n, i - 1) ||
		        (isalpha((unsigned char)u[i - 1]) &&
		            (i < 2 || !url_alnum(u, n, i - 2))))) {
			/* /20240131/, /t20240131_123.html */
			out->y = v / 10000;
			out->m = v / 100 % 100;
			out->d = v % 100;
			if (zp_ymd_plausible(out->y, out->m, out->d))
				return 2;
			continue;
		}
		if (i > 0 && url_alnum(u, n, i - 1))
			continue;
		if (k == 4 && url_year_first(u, n, i, v, out, &part))
			return 2;
		if (k == 6 && url_year_month(u, n, i, v, out, &part))
			return 2;
	}
	if (part.y == 0)
		return 0;
	out->y = part.y;
	out->m = part.m;
	out->d = 0;
	return 1;
}

/* ---- datelines ------------------------------------------------------ */

/* The top of a text, folded. */
struct top {
	int32_t t[TOPBUF];
	size_t n;    /* code points in t */
	size_t lim;  /* a dateline starts before this */
	bool closed; /* t ends where the text or its first sentence ends */
};

static int32_t
fold(int32_t c)
{
	if (c >= 0xFF01 && c <= 0xFF5E)
		return c - 0xFEE0;
	if (c == 0x3000 || c == '\t' || c == '\n' || c == '\r')
		return ' ';
	return c;
}

/*
 * Reads the top of s[0..n) into tp, folded.  Every document passes here, so
 * ASCII and three-byte sequences (the ideographs, CJK and full-width
 * punctuation) are decoded inline and, the text being valid UTF-8 as the
 * contract says, not checked again; the rest goes through zp_utf8_decode.
 */
static void
top_read(struct top *tp, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k = 0, len;
	int32_t c;

	tp->closed = false;
	while (i < n && k < TOPBUF) {
		if (u[i] < 0x80) {
			c = u[i++];
		} else if ((u[i] & 0xF0) == 0xE0 && i + 2 < n) {
			c = (int32_t)(u[i] & 0x0F) << 12 |
			    (int32_t)(u[i + 1] & 0x3F) << 6 | (u[i + 2] & 0x3F);
			i += 3;
		} else {
			c = zp_utf8_decode(s + i, n - i, &len);
			i += len;
		}
		tp->t[k++] = fold(c);
		if (c == 0x3002) { /* 。 */
			tp->closed = true;
			break;
		}
	}
	tp->n = k;
	if (i >= n)
		tp->closed = true;
	tp->lim = k < ZP_DATELINE_TOP ? k : ZP_DATELINE_TOP;
}

static bool
is_digit(int32_t c)
{
	return c >= '0' && c <= '9';
}

/* Letters, digits and ideographs: what a clause boundary is not. */
static bool
is_word(int32_t c)
{
	if (c < 0)
		return false;
	if (c < 0x80)
		return isalnum(c) != 0;
	if (c < 0xC0 || (c >= 0x2000 && c < 0x2E80) ||
	    (c >= 0x3000 && c < 0x3040) || (c >= 0xFE10 && c < 0xFE70) ||
	    (c >= 0xFF00 && c < 0xFF66) || c == 0xFFFD)
		return false;
	return true;
}

/* The digit run at t[i]: its length, its value (of up to 4 digits). */
static size_t
top_run(const struct top *tp, size_t i, int *v)
{
	size_t k = 0;

	*v = 0;
	while (i + k < tp->n && is_digit(tp->t[i + k])) {
		if (k < 4)
			*v = *v * 10 + (tp->t[i + k] - '0');
		k++;
	}
	return k;
}

/*
 * The code points of a UTF-8 literal matched at t[i]: its length in code
 * points, or 0.
 */
static size_t
lit_at(const struct top *tp, size_t i, const char *s)
{
	size_t n = strlen(s), k = 0, len, j = 0;

	while (j < n) {
		if (i + k >= tp->n ||
		    tp->t[i + k] != zp_utf8_decode(s + j, n - j, &len))
			return 0;
		j += len;
		k++;
	}
	return k;
}

/* Whether one of the literals in list (NULL-ended) ends at t[i]: its start,
 * or SIZE_MAX. */
static size_t
lit_before(const struct top *tp, size_t i, const char *const *list)
{
	size_t k;

	for (; *list != NULL; list++) {
		k = zp_utf8_count(*list, strlen(*list));
		if (k <= i && lit_at(tp, i - k, *list) == k)
			return i - k;
	}
	return SIZE_MAX;
}

/* A literal from list at t[i]: its length, or 0. */
static size_t
lit_any(const struct top *tp, size_t i, const char *const *list)
{
	size_t k;

	for (; *list != NULL; list++)
		if ((k = lit_at(tp, i, *list)) > 0)
			return k;
	return 0;
}

static size_t
skip_spaces(const struct top *tp, size_t i)
{
	while (i < tp->n && tp->t[i] == ' ')
		i++;
	return i;
}

static size_t
skip_spaces_back(const struct top *tp, size_t i)
{
	while (i > 0 && tp->t[i - 1] == ' ')
		i--;
	return i;
}

/*
 * [YYYY年]M月D日 at t[i]: the end of the numerals read, 0 if there are
 * none such.  d->y is 0 without a year.
 */
static size_t
cjk_date(const struct top *tp, size_t i, struct zp_ymd *d)
{
	size_t j = i, k;
	int v;

	d->y = 0;
	k = top_run(tp, j, &v);
	if (k == 4 && j + 4 < tp->n && tp->t[j + 4] == 0x5E74) { /* 年 */
		d->y = v;
		j = skip_spaces(tp, j + 5);
		k = top_run(tp, j, &v);
	}
	if (k < 1 || k > 2 || j + k >= tp->n || tp->t[j + k] != 0x6708)
		return 0; /* 月 */
	d->m = v;
	j = skip_spaces(tp, j + k + 1);
	k = top_run(tp, j, &v);
	if (k < 1 || k > 2 || j + k >= tp->n || tp->t[j + k] != 0x65E5)
		return 0; /* 日 */
	d->d = v;
	return j + k + 1;
}

/* YYYY-MM-DD, YYYY/MM/DD or YYYY.MM.DD at t[i]: its end, or 0. */
static size_t
iso_date(const struct top *tp, size_t i, struct zp_ymd *d)
{
	size_t j, k;
	int32_t sep;

	if (top_run(tp, i, &d->y) != 4 || i + 4 >= tp->n)
		return 0;
	sep = tp->t[i + 4];
	if (sep != '-' && sep != '/' && sep != '.')
		return 0;
	j = i + 5;
	k = top_run(tp, j, &d->m);
	if (k < 1 || k > 2 || j + k >= tp->n || tp->t[j + k] != sep)
		return 0;
	j += k + 1;
	k = top_run(tp, j, &d->d);
	if (k < 1 || k > 2)
		return 0;
	return j + k;
}

/* A clock time (H:MM, HH:MM:SS) after spaces at t[i]: its end, or 0. */
static size_t
clock_at(const struct top *tp, size_t i)
{
	size_t j = skip_spaces(tp, i), k;
	int v;

	k = top_run(tp, j, &v);
	if (k < 1 || k > 2 || v > 23 || j + k >= tp->n || tp->t[j + k] != ':')
		return 0;
	j += k + 1;
	if (top_run(tp, j, &v) != 2 || v > 59)
		return 0;
	j += 2;
	if (j + 1 < tp->n && tp->t[j] == ':') {
		if (top_run(tp, j + 1, &v) != 2 || v > 59)
			return 0;
		j += 3;
	}
	return j;
}

/*
 * Whether a clause starts at t[i]: the top of the text, a mark before it
 * that is not a comma (a date after a comma is one of the sentence's
 * facts: 比赛进行,北京时间6月6日上午开球), or a word before it across
 * spaces, unless that word ends in a preposition or verb that makes the
 * date an event (定于, 将在, 截至).
 */
static bool
clause_start(const struct top *tp, size_t i)
{
	static const char event[] =
	    "于於在至到从從自将將为為是和及或前后後定期止起";
	size_t j = skip_spaces_back(tp, i), k, len;
	int32_t c;

	if (j == 0)
		return true;
	c = tp->t[j - 1];
	if (c == ',' || c == ';' || c == 0x3001) /* 、 */
		return false;
	if (!is_word(c))
		return true;
	if (j == i)
		return false;
	for (k = 0; k < sizeof(event) - 1; k += len)
		if (c == zp_utf8_decode(event + k, sizeof(event) - 1 - k, &len))
			return false;
	return true;
}

/* 电, 讯 or 消息 after the date at t[e], then the end of the word. */
static bool
wire_suffix(const struct top *tp, size_t e)
{
	static const char *const wire[] = { "电", "電", "讯", "訊", "消息",
		NULL };
	static const char *const next[] = { "记者", "記者", "据", "據", NULL };
	size_t j = skip_spaces(tp, e), k = lit_any(tp, j, wire);

	if (k == 0)
		return false;
	j += k;
	if (j >= tp->n)
		return tp->closed;
	return !is_word(tp->t[j]) || lit_any(tp, j, next) > 0;
}

/* 北京时间 right before the date at t[i], itself where a clause starts. */
static bool
beijing_time(const struct top *tp, size_t i)
{
	static const char *const bj[] = { "北京时间", "北京時間", NULL };
	static const char *const wire[] = { "电", "電", "讯", "訊", "消息",
		NULL };
	size_t s = lit_before(tp, skip_spaces_back(tp, i), bj);

	if (s == SIZE_MAX)
		return false;
	return clause_start(tp, s) ||
	    lit_before(tp, skip_spaces_back(tp, s), wire) != SIZE_MAX;
}

/* A publication label (发布时间:) before the date at t[i]. */
static bool
labelled(const struct top *tp, size_t i)
{
	static const char *const label[] = { "发布时间", "發布時間", "發佈時間",
		"发布日期", "發布日期", "發佈日期", "发表时间", "發表時間",
		"发表日期", "發表日期", "更新时间", "更新時間", "发稿时间",
		"發稿時間", "发布于", "發布於", "發佈於", "发表于", "發表於",
		NULL };
	size_t j = skip_spaces_back(tp, i);

	if (j > 0 && tp->t[j - 1] == ':')
		j = skip_spaces_back(tp, j - 1);
	return lit_before(tp, j, label) != SIZE_MAX;
}

/* The date at t[i..e) in parentheses, a clock time allowed: (2024-01-31). */
static bool
parenthesized(const struct top *tp, size_t i, size_t e)
{
	size_t c = clock_at(tp, e);

	if (i == 0 || tp->t[i - 1] != '(')
		return false;
	e = skip_spaces(tp, c > 0 ? c : e);
	return e < tp->n && tp->t[e] == ')';
}

/* A time stamp: the date at a clause start, a clock time or 来源 after. */
static bool
stamped(const struct top *tp, size_t i, size_t e)
{
	static const char *const by[] = { "来源", "來源", "作者", "编辑",
		"編輯", "责任编辑", "責任編輯", NULL };

	if (!clause_start(tp, i))
		return false;
	return clock_at(tp, e) > 0 || lit_any(tp, skip_spaces(tp, e), by) > 0;
}

/* Whether the date at t[i..e) is a dateline; d->y is 0 without a year. */
static bool
dateline_at(
    const struct top *tp, size_t i, size_t e, bool cjk, const struct zp_ymd *d)
{
	if (d->y == 0) {
		size_t b = skip_spaces_back(tp, i);

		/* 24年1月31日 is not a date without a year. */
		if (!md_valid(d->m, d->d) || (b > 0 && tp->t[b - 1] == 0x5E74))
			return false;
		return wire_suffix(tp, e) || beijing_time(tp, i) ||
		    labelled(tp, i);
	}
	if (!zp_ymd_plausible(d->y, d->m, d->d))
		return false;
	if (cjk && (wire_suffix(tp, e) || beijing_time(tp, i)))
		return true;
	return labelled(tp, i) || parenthesized(tp, i, e) || stamped(tp, i, e);
}

bool
zp_docdate_dateline(const char *s, size_t n, struct zp_ymd *out)
{
	struct top tp;
	struct zp_ymd d;
	size_t i, e;
	bool cjk;

	top_read(&tp, s, n);
	for (i = 0; i < tp.lim; i++) {
		if (!is_digit(tp.t[i]) || (i > 0 && is_digit(tp.t[i - 1])))
			continue;
		cjk = true;
		e = cjk_date(&tp, i, &d);
		if (e == 0) {
			cjk = false;
			e = iso_date(&tp, i, &d);
		}
		if (e == 0)
			continue;
		if (dateline_at(&tp, i, e, cjk, &d)) {
			*out = d;
			return true;
		}
		/* Not a dateline: its parts are not one either. */
		i = e - 1;
	}
	return false;
}

/* ---- HTTP dates ------------------------------------------------------ */

/* The month whose English abbreviation starts s, 1..12, or 0. */
static int
month_name(const char *s)
{
	static const char *const names[] = { "Jan", "Feb", "Mar", "Apr", "May",
		"Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	int m;

	for (m = 0; m < 12; m++)
		if (strncasecmp(s, names[m], 3) == 0 &&
		    !isalpha((unsigned char)s[3]))
			return m + 1;
	return 0;
}

/* min..max digits at s into *v: the end, or NULL (more digits follow). */
static const char *
http_num(const char *s, int min, int max, int *v)
{
	int k = 0;

	*v = 0;
	while (k < max && isdigit((unsigned char)s[k]))
		*v = *v * 10 + (s[k++] - '0');
	if (k < min || isdigit((unsigned char)s[k]))
		return NULL;
	return s + k;
}

bool
zp_docdate_http(const char *s, struct zp_ymd *out)
{
	const char *p = strchr(s, ',');
	int d, y, m, t;

	if (p != NULL) {
		/* Wed, 31 Jan 2024 10:23:00 GMT; not 31-Jan-24 (RFC 850) */
		p += strspn(p + 1, " ") + 1;
		if ((p = http_num(p, 1, 2, &d)) == NULL || *p++ != ' ' ||
		    (m = month_name(p)) == 0 || p[3] != ' ' ||
		    (p = http_num(p + 4, 4, 4, &y)) == NULL ||
		    (*p != ' ' && *p != '\0'))
			return false;
	} else {
		/* Wed Jan 31 10:23:00 2024 */
		p = s + strspn(s, " ");
		if (strlen(p) < 8 || p[3] != ' ' ||
		    (m = month_name(p + 4)) == 0)
			return false;
		p += 7 + strspn(p + 7, " ");
		if ((p = http_num(p, 1, 2, &d)) == NULL || *p++ != ' ' ||
		    (p = http_num(p, 2, 2, &t)) == NULL || *p++ != ':' ||
		    (p = http_num(p, 2, 2, &t)) == NULL || *p++ != ':' ||
		    (p = http_num(p, 2, 2, &t)) == NULL || *p++ != ' ' ||
		    (p = http_num(p, 4, 4, &y)) == NULL ||
		    (*p != ' ' && *p != '\0'))
			return false;
	}
	if (!zp_ymd_plausible(y, m, d))
		return false;
	out->y = y;
	out->m = m;
	out->d = d;
	return true;
}
