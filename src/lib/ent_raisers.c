/*
 * ent_raisers -- a company no list knows, named by the funding round it
 * closes: 赚购购获投数千万元天使轮融资, “融云”完成D轮融资, 服务品牌轻喜到家
 * 完成A+轮融资, Navigating Cancer获投2600万美元.  Stories on start-ups name
 * the company once, right before the verb, so the verb and the 融资 after
 * it make the end sure; the start is a mark, a quotation, a kind word
 * (平台, 品牌) or the 消息 of a dateline.  The apposition pass finds the
 * names after a kind word that need no verb; this one needs the round.
 */
#include "ent_internal.h"

#define RAISER_MAX 6   /* Han characters of a start-up's name */
#define ROUND_REACH 24 /* characters from the verb to its 融资 */

/* The verbs of closing a round, then what may come before them. */
static const char *const raise_verbs[] = { "完成", "获得", "获投" };
static const char *const raise_adverbs[] = {
	"已",
	"已经",
	"正式",
	"宣布",
	"近日",
	"日前",
	"今日",
	"此前",
	"再次",
	"成功",
	"刚刚",
	"最近",
	"又",
	"再",
	"曾",
	"曾经",
};

/* Words after which a name starts: a dateline's 消息, a source's 获悉. */
static const char *const raise_leads[] = {
	"消息",
	"获悉",
	"报道",
	"了解到",
	"显示",
	"宣布",
};

/* Characters no such name holds: function words, pronouns, verbs of news. */
static const char raise_stop[] = "的了是在将已曾于和与及或被把让向对从由为其该"
                                 "此这并且而但又也都还就称们我你他她它";

/* Times and counts no name holds (上半年, 截至目前, 共有), and the last
 * characters of nouns of people and amounts (项目, 投资者, 金额). */
static const char raise_bad[] = "年月日季时今截期间共有";
static const char raise_noun_end[] = "目者员户量额率数";

/* Whether 融资 follows the verb ending at v, in its clause. */
static bool
round_after(const struct zp_entities *x, size_t v)
{
	for (size_t q = v; q + 1 < x->n && q - v < ROUND_REACH; q++) {
		uint32_t ch = x->c[q];

		if (ch == 0x3002 /* 。 */ || ch == 0xFF0C || ch == ',' ||
		    ch == 0xFF1B || ch == ';' || ch == '\n')
			return false;
		if (text_is(x, q, "融资"))
			return true;
	}
	return false;
}

/* Whether a name may start at a: after a mark, a kind word or a lead. */
static bool
edge_before(const struct zp_entities *x, size_t a)
{
	if (a == 0 || !(is_han(x->c[a - 1]) || is_alnum(x->c[a - 1])))
		return true;
	if (wl_before(&x->kind, x->c, a) > 0)
		return true;
	for (size_t w = 0; w < NELEM(raise_leads); w++) {
		size_t l = strlen(raise_leads[w]) / 3;

		if (a >= l && text_is(x, a - l, raise_leads[w]))
			return true;
	}
	return false;
}

/* Where the name ending at b starts, or b: a quotation, Latin or Han. */
static size_t
raiser_left(const struct zp_entities *x, size_t b)
{
	const uint32_t *c = x->c;
	size_t a = b;

	/* “融云”: the name in quotation marks. */
	if (c[b - 1] == 0x201D || c[b - 1] == 0x300D) {
		uint32_t open = c[b - 1] == 0x201D ? 0x201C : 0x300C;

		for (a = b - 1; a > 0 && b - a < 12 && c[a - 1] != open; a--)
			if (!is_han(c[a - 1]) && !is_alnum(c[a - 1]))
				return b;
		return a > 0 && c[a - 1] == open && b - 1 - a >= 2 ? a : b;
	}
	/* Navigating Cancer: capitalized Latin words. */
	if (is_alpha(c[b - 1])) {
		while (a > 0 && b - a < 30 &&
		    (is_alnum(c[a - 1]) ||
		        (c[a - 1] == ' ' && a > 1 && is_alpha(c[a - 2]))))
			a--;
		while (a < b && !is_upper(c[a]))
			a++;
		return b - a >= 2 && (a == 0 || !is_alnum(c[a - 1])) ? a : b;
	}
	while (a > 0 && b - a < RAISER_MAX && is_han(c[a - 1]) &&
	    x->owner[a - 1] < 0 && !in_set(raise_stop, c[a - 1]) &&
	    !edge_before(x, a))
		a--;
	return b - a >= 2 && edge_before(x, a) ? a : b;
}

void
ent_pass_raisers(struct zp_entities *x)
{
	const uint32_t *c = x->c;

	for (size_t t = 2;
	     (t = next_cp2(x, t, 0x5B8C /* 完 */, 0x83B7 /* 获 */)) + 2 < x->n;
	     t++) {
		size_t v = 0, b = t, a, l;
		bool more = true;

		for (size_t w = 0; w < NELEM(raise_verbs) && v == 0; w++)
			if (text_is(x, t, raise_verbs[w]))
				v = t + 2;
		if (v == 0 || !round_after(x, v))
			continue;
		while (more && b > 0) {
			more = false;
			for (size_t w = 0; w < NELEM(raise_adverbs); w++) {
				l = strlen(raise_adverbs[w]) / 3;
				if (b >= l + 2 &&
				    text_is(x, b - l, raise_adverbs[w])) {
					b -= l;
					more = true;
					break;
				}
			}
		}
		if (b < 2 || x->owner[b - 1] >= 0 ||
		    (a = raiser_left(x, b)) == b)
			continue;
		/* The quotation's marks are no part of the name. */
		if (c[b - 1] == 0x201D || c[b - 1] == 0x300D)
			b--;
		if (!span_free(x, a, b) || ent_all_generic(x, a, b) ||
		    wl_at(&x->stopw, c, b, a) > 0 || in_set(raise_stop, c[a]) ||
		    in_set(raise_noun_end, c[b - 1]))
			continue;
		for (l = a; l < b && !in_set(raise_bad, c[l]); l++)
			;
		if (l < b)
			continue;
		ent_add(x, a, b, ZP_ET_ORG, SRC_RULE, NONE,
		    ent_put_surface(x, a, b));
	}
}

void
ent_raisers_init(struct zp_entities *x)
{
	(void)x;
	ent_cset_get(raise_stop);
	ent_cset_get(raise_bad);
	ent_cset_get(raise_noun_end);
}
