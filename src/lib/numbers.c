/*
 * numbers -- the figure finder behind extract-numbers: its public API
 * (include/zhpipe/numbers.h) and the order of its passes.
 *
 * The text is decoded once into code points.  The scanner (num_scan.c)
 * stops only at characters that can start a numeral (digits, 十, 廿, 数,
 * 几, 亿...) and looks around them with small longest-match tables
 * (num_lex.c): backwards for a sign, 第, 百分之, a currency prefix, hedges
 * and change verbs; forwards for scale words, units, a range's second end
 * and trailing hedges.  Each numeral run is parsed once and skipped as a
 * whole, whatever the verdict, so a run of 10,000 digits or of 100,000 万
 * costs linear time.  The passes after it relate the figures to each other
 * and to the text (num_link.c, num_range.c, num_date.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/input.h"
#include "zhpipe/numbers.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

#include "num_internal.h"

struct zp_numbers *
zp_numbers_new(void)
{
	struct zp_numbers *z = zp_xcalloc(1, sizeof *z);

	num_lex_tables(z);
	num_subject_tables(z);
	num_build_classes(z);
	return z;
}

void
zp_numbers_free(struct zp_numbers *z)
{
	if (z == NULL)
		return;
	lex_free(&z->units);
	lex_free(&z->prefix);
	lex_free(&z->hedge_b);
	lex_free(&z->hedge_a);
	lex_free(&z->verbs);
	lex_free(&z->bases);
	lex_free(&z->lexical);
	lex_free(&z->metrics);
	lex_free(&z->relyear);
	lex_free(&z->pwords);
	lex_free(&z->timew);
	lex_free(&z->ownless_tail);
	lex_free(&z->ownless_verb);
	lex_free(&z->outlets);
	for (size_t i = 0; i < z->nowned; i++)
		free(z->owned[i]);
	free(z->owned);
	free(z->cp);
	free(z->boff);
	free(z->pc);
	zp_fold_free(&z->fold);
	free(z->m);
	free(z->an);
	free(z->org);
	free(z->orole);
	free(z->oc);
	free(z->clause);
	free(z->sent);
	zp_buf_free(&z->vals);
	zp_cnum_free(&z->a);
	zp_cnum_free(&z->b);
	zp_dec_free(&z->x);
	zp_dec_free(&z->y);
	free(z);
}

/* The category column of a metrics line, or -1 when unknown. */
static int
metric_category(const char *s, size_t n)
{
	static const char *const names[] = { "", "market", "action", "amount",
		"earnings" };

	for (size_t k = 0; k < sizeof names / sizeof *names; k++)
		if (strlen(names[k]) == n && memcmp(names[k], s, n) == 0)
			return k == 4 ? MC_NONE : (int)k;
	return -1;
}

void
zp_numbers_add_metric(struct zp_numbers *z, const char *s, size_t n)
{
	/* TERM[,METRIC[,CATEGORY]]: a word (斥资) that says a metric in
	 * other words (投资), and what kind of measure it is. */
	const char *c1 = memchr(s, ',', n), *c2 = NULL;
	size_t tl = c1 != NULL ? (size_t)(c1 - s) : n, ml;
	const char *metric = s;
	char *code;
	int cat = MC_NONE;

	ml = tl;
	if (c1 != NULL) {
		c2 = memchr(c1 + 1, ',', n - tl - 1);
		ml = c2 != NULL ? (size_t)(c2 - c1 - 1) : n - tl - 1;
		if (ml > 0)
			metric = c1 + 1;
		else
			ml = tl;
		if (c2 != NULL)
			cat = metric_category(c2 + 1, (size_t)(s + n - c2 - 1));
	}
	if (tl == 0 || cat < 0)
		return;
	code = zp_xmemdup(metric, ml);
	/* cls 255 marks an owned code string for lex_free. */
	lex_addn(&z->metrics, s, tl, 255, cat, code);
	if (z->metrics.n == 0 || z->metrics.e[z->metrics.n - 1].code != code)
		free(code);
}

static char *
own(struct zp_numbers *z, const char *s, size_t n)
{
	char *c = zp_xmemdup(s, n);

	z->owned = zp_xreallocarray(z->owned, z->nowned + 1, sizeof *z->owned);
	z->owned[z->nowned++] = c;
	return c;
}

/* One line WORD,CODE[,EXP] of a currency file (zp_line_fn). */
static int
add_currency(void *arg, char *line, size_t len, unsigned long lineno, char *why,
    size_t whysize)
{
	struct zp_numbers *z = arg;
	char *c1, *c2, *word, *code;
	int exp = 0;

	(void)lineno;
	c1 = strchr(line, ',');
	if (c1 == NULL || c1 == line || !zp_utf8_valid(line, len)) {
		snprintf(why, whysize, "want WORD,CODE[,EXP]");
		return -1;
	}
	c2 = strchr(c1 + 1, ',');
	if (c2 != NULL) {
		char *end;
		long v = strtol(c2 + 1, &end, 10);

		if (*end != '\0' || v < -4 || v > 4) {
			snprintf(why, whysize, "EXP must be -4..4");
			return -1;
		}
		exp = (int)v;
	}
	word = own(z, line, (size_t)(c1 - line));
	code =
	    own(z, c1 + 1, c2 != NULL ? (size_t)(c2 - c1 - 1) : strlen(c1 + 1));
	if (code[0] == '\0') {
		snprintf(why, whysize, "empty code");
		return -1;
	}
	lex_add(&z->units, word, U_CUR, exp, code);
	return 0;
}

int
zp_numbers_load_currencies(
    struct zp_numbers *z, const char *path, char *err, size_t errsize)
{
	return zp_each_line(path, add_currency, z, err, errsize);
}

/* One metric term of a metrics file (zp_line_fn). */
static int
add_metric_line(void *arg, char *line, size_t len, unsigned long lineno,
    char *why, size_t whysize)
{
	(void)lineno;
	/* Trailing blanks are not part of the term; a blank line is none. */
	while (len > 0 &&
	    (line[len - 1] == ' ' || line[len - 1] == '\t' ||
	        line[len - 1] == '\r'))
		len--;
	if (len == 0)
		return 0;
	if (!zp_utf8_valid(line, len)) {
		snprintf(why, whysize, "invalid UTF-8");
		return -1;
	}
	{
		const char *c1 = memchr(line, ',', len);
		const char *c2 = c1 == NULL ?
		    NULL :
		    memchr(c1 + 1, ',', len - (size_t)(c1 + 1 - line));

		if (c2 != NULL &&
		    metric_category(c2 + 1, len - (size_t)(c2 + 1 - line)) <
		        0) {
			snprintf(why, whysize,
			    "unknown category '%.*s' (want market, action, "
			    "amount or earnings)",
			    (int)(len - (size_t)(c2 + 1 - line)), c2 + 1);
			return -1;
		}
	}
	zp_numbers_add_metric(arg, line, len);
	return 0;
}

int
zp_numbers_load_metrics(
    struct zp_numbers *z, const char *path, char *err, size_t errsize)
{
	return zp_each_line(path, add_metric_line, z, err, errsize);
}

int
zp_numbers_parse_date(const char *s, size_t n, struct zp_nctx *ctx)
{
	int y = 0, m = 0, d = 0;
	size_t i;

	if (n < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		y = y * 10 + (s[i] - '0');
	}
	if (n >= 7 && s[4] == '-' && s[5] >= '0' && s[5] <= '9' &&
	    s[6] >= '0' && s[6] <= '9') {
		m = (s[5] - '0') * 10 + (s[6] - '0');
		if (n >= 10 && s[7] == '-' && s[8] >= '0' && s[8] <= '9' &&
		    s[9] >= '0' && s[9] <= '9')
			d = (s[8] - '0') * 10 + (s[9] - '0');
	}
	if (m > 12 || d > 31)
		return -1;
	ctx->year = y;
	ctx->month = m;
	ctx->day = d;
	return 0;
}

size_t
zp_numbers_json(struct zp_numbers *z, const char *text, size_t len,
    const struct zp_nctx *ctx, struct zp_buf *out)
{
	num_decode(z, text, len, ctx);
	num_region(z);
	num_scan(z, text);
	/* The passes after scanning, in this order: each reads what the
	 * ones before it settled. */
	num_coordinate(z);
	num_merge_bounds(z);
	num_carry_change(z);
	num_region_currency(z);
	num_declared_currency(z);
	num_period_words(z);
	num_resolve_periods(z);
	num_find_metrics(z);
	num_link(z);
	num_write_json(z, text, out);
	return z->nm;
}
