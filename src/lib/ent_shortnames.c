/*
 * ent_shortnames -- a company named again by its 字号 alone: a story
 * names 理想汽车, 立讯精密 or 禾赛科技 first and then writes 理想, 立讯,
 * 禾赛.  Such a 字号 is often a common word (理想, 荣耀), so no list can
 * hold it; the document's own full name makes it sure.  The 字号 is what
 * stands before a trade word at the end of the name (汽车, 精密, 科技),
 * and only when the lists know it as nothing else (中信 of 中信证券 is
 * CITIC, 上海 of 上海汽车 a place).
 */
#include "ent_internal.h"

#define SHORT_MIN 2 /* characters of a 字号 */
#define SHORT_MAX 4
#define SHORT_NAMES 16 /* distinct 字号 looked for in one text */

/*
 * Trade words after a 字号 that leave it the company's alone.  Not 证券,
 * 银行, 保险, 资本, 投资: their 字号 is mostly a group's (中信, 招商, 平安).
 */
static const char *const short_tails[] = {
	"汽车",
	"集团",
	"精密",
	"科技",
	"股份",
	"控股",
	"电器",
	"电子",
	"智能",
	"能源",
	"新能源",
	"绿能",
	"智家",
	"体育",
	"乳业",
	"医疗",
	"生物",
	"制药",
	"药业",
	"终端",
	"动力",
	"半导体",
	"微电子",
	"光电",
	"通信",
	"食品",
	"饮料",
	"啤酒",
	"酒业",
	"材料",
};

/*
 * Trade words that end kinds of things as often as names (报业集团,
 * 赤潮生物, 新型材料): a name the rules made with one has no 字号 sure
 * enough; a listed company's has.
 */
static const char *const kind_tails[] = { "集团", "生物", "材料", "能源",
	"食品", "饮料", "通信", "体育" };

/* Characters after a 字号 that make it a word of its own (理想的状态). */
static const char short_bad_next[] = "的了化主型";

/* Whether the 字号 at [a, b) stands alone in the text: no word around it. */
static bool
short_alone(const struct zp_entities *x, size_t a, size_t b)
{
	const uint32_t *c = x->c;

	if (a > 0 && is_han(c[a - 1]) && !in_cs(ent_cs_stop, c[a - 1]))
		return false;
	if (b >= x->n || !is_han(c[b]))
		return b >= x->n || !is_alnum(c[b]);
	if (in_set(short_bad_next, c[b]))
		return false;
	return in_cs(ent_cs_stop, c[b]) || wl_at(&x->say, c, x->n, b) > 0 ||
	    wl_at(&x->role, c, x->n, b) > 0 ||
	    wl_at(&x->shortnext, c, x->n, b) > 0;
}

/* The 字号 of organization e: its length, or 0 when it has none. */
static size_t
short_of(const struct zp_entities *x, const struct ent *e)
{
	size_t tl, pl;

	if (e->dead || e->type != ZP_ET_ORG || e->parent != NONE ||
	    (e->gaz == NONE && e->src != SRC_RULE) ||
	    (e->gaz != NONE && e->gaz < x->minor))
		return 0;
	tl = zp_wl_before(&x->shorttail, x->c, e->s, e->e, NULL);
	if (tl == 0 || e->e - e->s <= tl)
		return 0;
	pl = e->e - e->s - tl;
	if (pl < SHORT_MIN || pl > SHORT_MAX)
		return 0;
	if (e->gaz == NONE)
		for (size_t k = 0; k < NELEM(kind_tails); k++)
			if (text_is(x, e->s + pl, kind_tails[k]))
				return 0;
	for (size_t i = e->s; i < e->s + pl; i++)
		if (!is_han(x->c[i]) || in_cs(ent_cs_stop, x->c[i]))
			return 0;
	if (lookup(x, e->s, e->s + pl) != NONE ||
	    ent_all_generic(x, e->s, e->s + pl) ||
	    wl_at(&x->stopw, x->c, e->s + pl, e->s) > 0)
		return 0;
	return pl;
}

void
ent_pass_short_names(struct zp_entities *x)
{
	size_t nent = x->nent, nc = 0;
	int32_t cand[SHORT_NAMES];
	size_t clen[SHORT_NAMES];

	for (size_t k = 0; k < nent && nc < SHORT_NAMES; k++) {
		size_t pl = short_of(x, &x->ent[k]);
		bool dup = false;

		if (pl == 0)
			continue;
		for (size_t q = 0; q < nc && !dup; q++)
			dup = clen[q] == pl &&
			    memcmp(x->c + x->ent[cand[q]].s, x->c + x->ent[k].s,
			        pl * sizeof(uint32_t)) == 0;
		if (!dup) {
			cand[nc] = (int32_t)k;
			clen[nc++] = pl;
		}
	}
	for (size_t q = 0; q < nc; q++) {
		const uint32_t *p = x->c + x->ent[cand[q]].s;
		size_t pl = clen[q];

		/* After the full name: a story introduces it first. */
		for (size_t i = x->ent[cand[q]].e; i + pl <= x->n; i++) {
			struct ent e;

			if (x->c[i] != p[0] || x->owner[i] >= 0 ||
			    memcmp(x->c + i, p, pl * sizeof(uint32_t)) != 0 ||
			    !span_free(x, i, i + pl) ||
			    !short_alone(x, i, i + pl))
				continue;
			e = x->ent[cand[q]]; /* ent_add may move the array */
			ent_add(x, i, i + pl, ZP_ET_ORG, SRC_RULE, e.gaz, e.id);
			i += pl - 1;
		}
	}
}

void
ent_shortnames_init(struct zp_entities *x)
{
	static const char *const next_words[] = { "方面", "公司", "旗下",
		"股价", "市值", "集团", "今年", "此前", "目前", "近日", "同比",
		"营收", "净利", "销量", "交付", "发布", "宣布", "推出", "计划",
		"预计", "官方" };

	zp_wl_add_all(&x->shorttail, short_tails, NELEM(short_tails));
	zp_wl_add_all(&x->shortnext, next_words, NELEM(next_words));
	ent_cset_get(short_bad_next);
}

void
ent_shortnames_free(struct zp_entities *x)
{
	zp_wl_free(&x->shorttail);
	zp_wl_free(&x->shortnext);
}
