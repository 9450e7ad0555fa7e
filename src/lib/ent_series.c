/*
 * ent_series -- BYD's series, named with common words (汉, 秦, 海豹): after
 * BYD's name or before model words only.
 */
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/utf8.h"
#include "ent_internal.h"
#include "ent_prod.h"

/*
 * BYD's series, named with a common word (汉 the dynasty, 海豹 the
 * animal): a series only after BYD's name or before model words (汉EV,
 * 比亚迪秦, 海豹06).
 */
static const struct {
	const char *w, *id;
} series[] = {
	{ "汉", "BYD Han" },
	{ "唐", "BYD Tang" },
	{ "宋", "BYD Song" },
	{ "秦", "BYD Qin" },
	{ "元", "BYD Yuan" },
	{ "海豹", "BYD Seal" },
	{ "海豚", "BYD Dolphin" },
	{ "海鸥", "BYD Seagull" },
	{ "海狮", "BYD Sealion" },
};

/*
 * The code points of each series name (one or two, 0 after one; by
 * prod_series_init): the names are read at every 海 and before every
 * code, and compared as words they cost more than the pass around them.
 */
static uint32_t series_cp[NELEM(series)][2];

/* Model words after such a series name: 汉EV, 秦PLUS, 宋Pro DM-i. */
static const char *const series_models[] = { "EV", "DM", "DM-i", "DM-p", "PLUS",
	"Plus", "Pro", "L", "MAX", "UP", "05", "06", "07", "08" };

/*
 * Their first characters: most codes after a Chinese character are
 * numbers of anything (2025年), and are none of them.
 */
static struct ent_firsts series_model_firsts;

/* Words a series name may follow: 和秦PLUS, 新款汉EV. */
static bool
series_after(uint32_t p)
{
	static const uint32_t w[] = { 0x548C /* 和 */, 0x4E0E /* 与 */,
		0x53CA /* 及 */, 0x7684 /* 的 */, 0x6B3E /* 款 */,
		0x8F86 /* 辆 */, 0x6216 /* 或 */, 0x8DDF /* 跟 */,
		0x540C /* 同 */, 0x5411 /* 向 */, 0x662F /* 是 */,
		0x578B /* 型, 新车型唐L */, 0x65B0 /* 新 */,
		0x4E8E /* 于, 搭载于汉L */ };

	for (size_t k = 0; k < NELEM(w); k++)
		if (p == w[k])
			return true;
	return false;
}

/* The series named at c[a] (of *len characters), or -1. */
int
prod_series_at(const struct zp_entities *x, size_t a, size_t *len)
{
	/* Their first characters: most texts have none of them there. */
	switch (x->c[a]) {
	case 0x6C49: /* 汉 */
	case 0x5510: /* 唐 */
	case 0x5B8B: /* 宋 */
	case 0x79E6: /* 秦 */
	case 0x5143: /* 元 */
	case 0x6D77: /* 海 */
		break;
	default:
		return -1;
	}
	for (size_t q = 0; q < NELEM(series); q++)
		if (series_cp[q][0] == x->c[a] &&
		    (series_cp[q][1] == 0 ||
		        (a + 1 < x->n && series_cp[q][1] == x->c[a + 1]))) {
			*len = series_cp[q][1] == 0 ? 1 : 2;
			return (int)q;
		}
	return -1;
}

void
prod_series_init(void)
{
	ent_firsts_init(&series_model_firsts, series_models,
	    NELEM(series_models), sizeof(*series_models), 0);
	for (size_t q = 0; q < NELEM(series); q++) {
		const char *w = series[q].w;
		size_t l = strlen(w), k;

		series_cp[q][0] = (uint32_t)zp_utf8_decode(w, l, &k);
		series_cp[q][1] =
		    k < l ? (uint32_t)zp_utf8_decode(w + k, l - k, &k) : 0;
	}
}

/* The series named just before c[i] (from *a), or -1. */
static int
series_before(const struct zp_entities *x, size_t i, size_t *a)
{
	/* The names have one character or two: 汉, 海豹. */
	for (size_t l = 1; l <= 2 && l <= i; l++) {
		int q;

		if (!is_han(x->c[i - l]))
			return -1;
		if ((q = prod_series_at(x, i - l, a)) >= 0 && *a == l) {
			*a = i - l;
			return q;
		}
	}
	return -1;
}

/* Adds the series q at [a, b) with the model words c[m..b) in its id. */
void
prod_add_series(struct zp_entities *x, size_t a, size_t m, size_t b, int q)
{
	prod_add(x, a, b, series[q].id, m, b, NULL);
}

/*
 * A series name before the model words at [i, j): 汉EV, 和秦PLUS; the
 * character before it ends BYD's name or no word (元 after digits is
 * money).  Returns the end of the product, or 0.
 */
size_t
prod_series_model(struct zp_entities *x, size_t i, size_t j)
{
	size_t a, t;
	int q;
	int32_t o;

	if (!ent_firsts_may(&series_model_firsts, x, i) ||
	    (q = series_before(x, i, &a)) < 0 || !span_free(x, a, i))
		return 0;
	for (t = 0; t < NELEM(series_models); t++)
		if (strlen(series_models[t]) == j - i &&
		    text_is(x, i, series_models[t]))
			break;
	if (t == NELEM(series_models))
		return 0;
	o = ends_at(x, a);
	if (a > 0 && o < 0 &&
	    (is_digit(x->c[a - 1]) ||
	        (is_han(x->c[a - 1]) && !series_after(x->c[a - 1]))))
		return 0;
	if (o >= 0 &&
	    (x->ent[o].type != ZP_ET_ORG ||
	        strcmp(ent_id(x, &x->ent[o]), "BYD") != 0))
		return 0;
	t = prod_model_tail(x, j);
	prod_add_series(x, a, i, t, q);
	return t;
}

/* A series name right after BYD's name, without model words: 比亚迪汉. */
void
prod_series_after_maker(struct zp_entities *x, int32_t k)
{
	size_t e = x->ent[k].e, l = 0, t;
	int q;

	if (e >= x->n || (q = prod_series_at(x, e, &l)) < 0 ||
	    !span_free(x, e, e + l) ||
	    strcmp(ent_id(x, &x->ent[k]), "BYD") != 0)
		return;
	t = e + l;
	if (t < x->n &&
	    (is_alnum(x->c[t]) ||
	        (is_han(x->c[t]) && !series_after(x->c[t]) &&
	            !text_is(x, t, "销") && !text_is(x, t, "系列") &&
	            !text_is(x, t, "车"))))
		return;
	prod_add_series(x, e, t, t, q);
}
