/*
 * entities -- the public API of the extractor: it builds the families of
 * rules (ent_*.c, behind ent_internal.h) and runs their passes in order.
 *
 * The text is decoded once into code points.  Each pass claims spans in an
 * owner map (one slot per code point), so later passes only look at what
 * earlier ones left, except where a rule knows better and replaces what it
 * covers (a Latin name with "Securities" in it over the "Korea" inside it,
 * a transliterated name over the surname a list matched).  The passes, in
 * the order of passes[] below (file, and when it runs if not always):
 *
 *   gazetteer        names of the lists, leftmost-longest, with guard words
 *                    (ent_gazetteer.c);
 *   latin            runs of capitalized Latin words: organizations by
 *                    keyword, people by the roles around them (ent_latin.c;
 *                    a text with a Latin letter);
 *   dot_names        transliterated names with "·" (ent_foreign.c; a text
 *                    with a name dot);
 *   places           places by their unit (芙蓉区, 桐城市) and country
 *                    abbreviations (中美, 访华) (ent_places.c);
 *   named_abbrevs    one-character country names before a government word
 *                    (ent_places.c);
 *   units            a known company + a region, business group or segment
 *                    named after it, one organization with the company as
 *                    its parent: 宝马中国, 腾讯互动娱乐事业群, 美团优选
 *                    (ent_units.c);
 *   legal            companies by their full legal name: a name, a place
 *                    or a part in parentheses inside it, and 有限公司,
 *                    有限责任公司 or (有限合伙), maybe + a branch
 *                    (ent_legal.c);
 *   suffix           organization suffixes (公司, 科技, 集团, ...) with a left
 *                    boundary from stop words, known names and generic words
 *                    (ent_suffix.c, ent_suftab.c, ent_bounds.c);
 *   place_bodies     a place + a body of the derived lists (辽宁省卫生厅)
 *                    (ent_bodies.c; with derived lists, zp_ent_set_minor);
 *   country_bodies   a place + its government body or party (土耳其外交部)
 *                    (ent_bodies.c);
 *   missions         missions abroad (驻华大使馆) (ent_bodies.c; a text with
 *                    驻);
 *   subunits         an organization + one of its bodies (北京大学中文系)
 *                    (ent_bodies.c);
 *   place_organs     a place, a name and an institution (美国土地管理局),
 *                    a level before a local body (市 + 人大常委会), an
 *                    organization + a body it owns (铁道部第四工程局),
 *                    museums and halls as places (ent_organs.c);
 *   listed           a listed company by the stock code or quote after its
 *                    name: 禾丰牧业(603609.SH) (ent_listed.c; a text with an
 *                    opening parenthesis);
 *   announcers       a short name after a mark, then 公告 and a comma:
 *                    中文传媒公告,截至… (ent_listed.c);
 *   raisers          a start-up before the round it closes: 赚购购获投数千万
 *                    元融资, “融云”完成D轮融资 (ent_raisers.c);
 *   doc_aliases      aliases given earlier in the document (ent_coref.c);
 *   people           Chinese names beside a role (分析师, 董事长) or a
 *                    reporting verb (ent_people.c, ent_surnames.c), a
 *                    surname before a title or alone (陈先生, 梁某;
 *                    ent_titles.c), transliterated names (ent_foreign.c,
 *                    ent_translit.c), Japanese names (ent_jpnames.c);
 *   scored_names     Chinese names by the name statistics (ent_surnames.c;
 *                    after zp_ent_load_names);
 *   lists            enumerations with "、" in which organizations or people
 *                    dominate (ent_lists.c; a text with 、);
 *   apposition       a kind word before a name: 芯片商英伟达 (ent_lists.c);
 *   self_aliases     a name the rules found once, found again (ent_lists.c);
 *   short_names      a company named again by its 字号 alone after its full
 *                    name: 理想汽车 ... 理想表示 (ent_shortnames.c);
 *   parens           aliases in parentheses after a name: 超威半导体(AMD)
 *                    (ent_lists.c; a text with an opening parenthesis);
 *   product_words    goods named in words: a brand's goods (五粮液批价),
 *                    a company + a category (华为手机), product names that
 *                    are common words only in their context (豆包, 海豹),
 *                    苹果 the fruit, a listed name with its version or
 *                    kind (DeepSeek-V3.2, 豆包大模型) and BYD's ocean
 *                    series alone (ent_prodwords.c);
 *   products         model codes (H100, 3A6000) and brand + model (Galaxy
 *                    S24) (ent_products.c, ent_noncode.c; a text with a
 *                    Latin letter or a digit);
 *   coref            coreference with the names seen earlier in the document
 *                    (ent_coref.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/*
 * The families of rules: each owns its word lists and character sets, so
 * they are built in any order; ent_build_cls then reads them all.
 */
static const struct family {
	void (*init)(struct zp_entities *x);
	void (*free)(struct zp_entities *x); /* NULL: nothing of its own */
} families[] = {
	{ ent_gazetteer_init, ent_gazetteer_free },
	{ ent_bounds_init, ent_bounds_free },
	{ ent_suffix_init, ent_suffix_free },
	{ ent_bodies_init, ent_bodies_free },
	{ ent_organs_init, ent_organs_free },
	{ ent_places_init, ent_places_free },
	{ ent_people_init, ent_people_free },
	{ ent_products_init, ent_products_free },
	{ ent_lists_init, ent_lists_free },
	{ ent_units_init, ent_units_free },
	{ ent_legal_init, ent_legal_free },
	{ ent_listed_init, NULL },
	{ ent_raisers_init, NULL },
	{ ent_shortnames_init, ent_shortnames_free },
	{ NULL, ent_coref_free },
	{ NULL, ent_text_free },
};

enum need { NEED_MINOR = 1, NEED_NAMES = 2 };

/*
 * The passes in the order they run.  A pass whose seen flag the text lacks
 * has nothing to start from there (ent_decode sets x->seen); the place
 * bodies need the derived lists (zp_ent_set_minor) and the scored names the
 * name statistics (zp_ent_load_names).
 */
static const struct pass {
	const char *name; /* as the list at the top of this file has it */
	void (*run)(struct zp_entities *x);
	unsigned seen; /* TX_* flag the text must have, or 0 */
	unsigned need; /* NEED_* the extractor must have, or 0 */
} passes[] = {
	{ "gazetteer", ent_pass_gazetteer, 0, 0 },
	{ "latin", ent_pass_latin, TX_ALPHA, 0 },
	{ "dot_names", ent_pass_dot_names, TX_DOT, 0 },
	{ "places", ent_pass_places, 0, 0 },
	{ "named_abbrevs", ent_pass_named_abbrevs, 0, 0 },
	{ "units", ent_pass_units, 0, 0 },
	{ "legal", ent_pass_legal, 0, 0 },
	{ "suffix", ent_pass_suffix, 0, 0 },
	{ "place_bodies", ent_pass_place_bodies, 0, NEED_MINOR },
	{ "country_bodies", ent_pass_country_bodies, 0, 0 },
	{ "missions", ent_pass_missions, TX_ZHU, 0 },
	{ "subunits", ent_pass_subunits, 0, 0 },
	{ "place_organs", ent_pass_place_organs, 0, 0 },
	{ "listed", ent_pass_listed, TX_OPEN, 0 },
	{ "announcers", ent_pass_announcers, 0, 0 },
	{ "raisers", ent_pass_raisers, 0, 0 },
	{ "doc_aliases", ent_pass_doc_aliases, 0, 0 },
	{ "people", ent_pass_people, 0, 0 },
	{ "scored_names", ent_pass_scored_names, 0, NEED_NAMES },
	{ "lists", ent_pass_lists, TX_DUN, 0 },
	{ "apposition", ent_pass_apposition, 0, 0 },
	{ "self_aliases", ent_pass_self_aliases, 0, 0 },
	{ "short_names", ent_pass_short_names, 0, 0 },
	{ "parens", ent_pass_parens, TX_OPEN, 0 },
	{ "product_words", ent_pass_product_words, 0, 0 },
	{ "products", ent_pass_products, TX_ALNUM, 0 },
	{ "coref", ent_pass_coref, 0, 0 },
};

struct zp_entities *
zp_ent_new(const struct zp_gazetteer *g)
{
	struct zp_entities *x = zp_xcalloc(1, sizeof(*x));

	x->g = g;
	for (size_t i = 0; i < NELEM(families); i++)
		if (families[i].init != NULL)
			families[i].init(x);
	zp_gaz_quick_get(g, &x->gq);
	zp_gaz_quick_get(x->blk, &x->bq);
	zp_gaz_quick_get(x->suf, &x->sq);
	for (size_t k = 0; k < ZP_GAZ_PAIR_BITS / 64; k++)
		x->gzpair[k] = x->gq.pair[k] | x->bq.pair[k];
	x->cls = zp_xcalloc(0x10000, sizeof(*x->cls));
	ent_build_cls(x);
	ent_build_seen(x);
	return x;
}

void
zp_ent_free(struct zp_entities *x)
{
	if (x == NULL)
		return;
	for (size_t i = 0; i < NELEM(families); i++)
		if (families[i].free != NULL)
			families[i].free(x);
	free(x);
}

void
zp_ent_set_minor(struct zp_entities *x, uint32_t below)
{
	x->minor = below;
}

void
zp_ent_set_skips(struct zp_entities *x, bool on)
{
	x->noskip = !on;
}

void
zp_ent_new_doc(struct zp_entities *x)
{
	ent_doc_clear(x);
}

void
ent_firsts_add(struct ent_firsts *f, const char *w)
{
	const unsigned char *u = (const unsigned char *)w;
	uint32_t c;

	if (u[0] != 0 && u[0] < 0x80)
		c = u[0];
	else if ((u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80)
		c = (uint32_t)(u[0] & 0x0F) << 12 |
		    (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
	else {
		memset(f->bits, 0xFF, sizeof(f->bits));
		return;
	}
	f->bits[(c >> 6) & 15] |= (uint64_t)1 << (c & 63);
}

void
ent_firsts_init(
    struct ent_firsts *f, const void *words, size_t n, size_t size, size_t off)
{
	memset(f, 0, sizeof(*f));
	for (size_t k = 0; k < n; k++) {
		const char *w;

		memcpy(&w, (const char *)words + k * size + off, sizeof(w));
		ent_firsts_add(f, w);
	}
}

/*
 * Sorts the keys start << 32 | index of the entities, a merge sort: the
 * passes add their entities in runs already in order.  The keys are
 * unique, and among equal starts the indexes keep the order in which the
 * entities were added, as the stable sort of the entities themselves
 * (glibc's qsort, then a merge sort of struct zp_entity) had kept it;
 * moving eight bytes instead of a struct had been a third of the sort.
 * tmp holds n.
 */
static void
sort_keys(uint64_t *a, size_t n, uint64_t *tmp)
{
	size_t h = n / 2, i = 0, j = h, k = 0;

	if (n <= 16) {
		for (size_t p = 1; p < n; p++) {
			uint64_t v = a[p];
			size_t b = p;

			for (; b > 0 && a[b - 1] > v; b--)
				a[b] = a[b - 1];
			a[b] = v;
		}
		return;
	}
	sort_keys(a, h, tmp);
	sort_keys(a + h, n - h, tmp);
	if (a[h - 1] < a[h])
		return;
	while (i < h && j < n)
		tmp[k++] = a[j] < a[i] ? a[j++] : a[i++];
	while (i < h)
		tmp[k++] = a[i++];
	memcpy(a, tmp, k * sizeof(*a));
}

static bool
pass_runs(const struct pass *p, const struct zp_entities *x)
{
	if (p->seen != 0 && !(x->seen & p->seen))
		return false;
	if ((p->need & NEED_MINOR) && x->minor == 0)
		return false;
	return !(p->need & NEED_NAMES) || x->nsc != NULL;
}

/*
 * The stock code written in parentheses right after a name (台積電(2330),
 * 騰訊(00700.HK)): its digits without leading zeros, or NULL.
 */
static const uint32_t *
written_code(const struct zp_entities *x, size_t end, size_t *len)
{
	size_t p = end + 1, d;

	if (end >= x->n || !is_open(x->c[end]))
		return NULL;
	while (p < x->n && x->c[p] == '0')
		p++;
	for (d = 0; p + d < x->n && is_digit(x->c[p + d]); d++)
		;
	if (p + d - (end + 1) < 4 || p + d - (end + 1) > 6 || p + d >= x->n ||
	    !(is_close(x->c[p + d]) || x->c[p + d] == '.' ||
	        x->c[p + d] == '-'))
		return NULL;
	*len = d;
	return x->c + p;
}

/*
 * The listing of ge that the text names by its code, when it names one:
 * 中國平安(2318) is the Hong Kong listing of a company whose primary one is
 * in Shanghai.  A numeric code that is none of ge's listings leaves the
 * mention without a ticker, as a wrong one is worse than none (the name may
 * be an alias of another company); a name without a code, or with listings
 * that are no numbers (NVDA), keeps the primary.
 */
static void
pick_listing(const struct zp_entities *x, const struct zp_gaz_entry *ge,
    size_t end, struct zp_entity *o)
{
	const uint32_t *code;
	size_t n;
	bool numeric = false;

	o->ticker = ge->ticker;
	o->exchange = ge->exchange;
	if (ge->nlist == 0 || (code = written_code(x, end, &n)) == NULL)
		return;
	for (size_t k = 0; k < ge->nlist; k++) {
		const char *t = ge->tickers[k];
		size_t i = 0;

		if (t[0] < '0' || t[0] > '9')
			continue;
		numeric = true;
		while (t[0] == '0')
			t++;
		while (i < n && t[i] == (char)code[i])
			i++;
		if (i == n && (t[i] == '.' || t[i] == '\0')) {
			o->ticker = ge->tickers[k];
			o->exchange = ge->exchanges[k];
			return;
		}
	}
	if (numeric)
		o->ticker = o->exchange = NULL;
}

/*
 * The entry whose alias is id (zp_gaz_lookup), for the entity at c[a..b).
 * An id that is the surface as written, in a text where nothing was
 * folded, is those code points already as the lookup would fold them (no
 * Traditional-only character, so no ambiguous one folds either): the walk
 * alone, where decoding and folding the id had been most of the lookup.
 */
static uint32_t
id_entry(const struct zp_entities *x, const char *id, size_t a, size_t b)
{
	size_t il = strlen(id), sl = x->boff[b] - x->boff[a];

	if (!x->folded && il == sl && memcmp(id, x->s + x->boff[a], il) == 0)
		return zp_gaz_lookup_cp(x->g, x->c + a, b - a);
	return zp_gaz_lookup(x->g, id, il);
}

/* The entity of e in o: its offsets, id, ticker, parent and maker. */
static void
put_out(const struct zp_entities *x, const struct ent *e, struct zp_entity *o)
{
	const struct zp_gaz_entry *ge = NULL;

	o->start = e->s;
	o->end = e->e;
	o->bstart = x->boff[e->s];
	o->bend = x->boff[e->e];
	o->type = (enum zp_etype)e->type;
	o->id = ent_id(x, e);
	if (e->gaz != NONE)
		ge = zp_gaz_entry(x->g, e->gaz);
	o->ticker = o->exchange = NULL;
	o->parent = e->parent != NONE ? x->ids.p + e->parent : NULL;
	o->maker =
	    o->type == ZP_ET_PRODUCT ? ent_product_maker(x, o->id) : NULL;
	/*
	 * An id taken from an earlier name takes its ticker too.  Most ids
	 * are their entry's own string (ent_id), equal without a strcmp.
	 */
	if (ge == NULL || (ge->id != o->id && strcmp(ge->id, o->id) != 0)) {
		uint32_t g2 = id_entry(x, o->id, e->s, e->e);

		ge = NULL;
		if (g2 != NONE && zp_gaz_entry(x->g, g2)->type == o->type &&
		    strcmp(zp_gaz_entry(x->g, g2)->id, o->id) == 0)
			ge = zp_gaz_entry(x->g, g2);
	}
	if (ge != NULL)
		pick_listing(x, ge, e->e, o);
	/* A product's parent column is its maker, given as maker. */
	if (ge != NULL && o->parent == NULL && o->type != ZP_ET_PRODUCT)
		o->parent = ge->parent;
}

/*
 * Remembers the names of the last text for the rest of its document.
 * zp_ent_extract leaves them to its next call (npend of them in out[],
 * their text copied to pends), where ent_decode has not yet replaced the
 * last text's code points: a record that is a document of its own, as
 * most are, is forgotten by zp_ent_new_doc before that, and registering
 * names that no later text reads had cost as much as a pass.
 */
static void
register_names(struct zp_entities *x)
{
	const char *s = x->pends.p;

	for (size_t k = 0; k < x->npend; k++) {
		const struct zp_entity *o = &x->out[k];

		ent_register_name(x, s + o->bstart, o->bend - o->bstart, o->id,
		    o->ticker, o->exchange, o->type,
		    o->type == ZP_ET_ORG && o->end - o->start >= 3 &&
		        o->ticker == NULL &&
		        zp_gaz_lookup_cp(
		            x->g, x->c + o->start, o->end - o->start) == NONE);
		if (o->type == ZP_ET_ORG) {
			zp_buf_clear(&x->lastorg_b);
			zp_buf_puts(&x->lastorg_b, o->id);
			x->lastorg = x->lastorg_b.p;
		}
	}
	x->npend = 0;
}

size_t
zp_ent_extract(struct zp_entities *x, const char *s, size_t len,
    const struct zp_entity **out)
{
	size_t no = 0;

	register_names(x);
	ent_decode(x, s, len);
	for (size_t i = 0; i < NELEM(passes); i++)
		if (pass_runs(&passes[i], x))
			passes[i].run(x);

	if (x->nent > x->capout) {
		x->capout = x->nent;
		x->out = zp_xreallocarray(x->out, x->capout, sizeof(*x->out));
		x->outkey = zp_xreallocarray(
		    x->outkey, x->capout, 2 * sizeof(*x->outkey));
	}
	/* The live entities by start, then in the order they were added. */
	for (size_t k = 0; k < x->nent; k++)
		if (!x->ent[k].dead)
			x->outkey[no++] = (uint64_t)x->ent[k].s << 32 | k;
	sort_keys(x->outkey, no, x->outkey + x->capout);
	for (size_t k = 0; k < no; k++)
		put_out(x, &x->ent[(uint32_t)x->outkey[k]], &x->out[k]);
	/* The names, for the rest of the document: see register_names. */
	if (no > 0) {
		zp_buf_clear(&x->pends);
		zp_buf_put(&x->pends, s, len);
	}
	x->npend = no;
	*out = x->out;
	return no;
}

static const char two_digits[] = "00010203040506070809101112131415161718192021"
                                 "22232425262728293031323334353637383940414243"
                                 "44454647484950515253545556575859606162636465"
                                 "66676869707172737475767778798081828384858687"
                                 "888990919293949596979899";

/*
 * Writes an offset in decimal at d (printf is slow enough to show), two
 * digits a step from its end, found by comparisons first: the offsets of
 * a record are short, and a copy through a buffer had cost as much again.
 * Up to four digits, the common case, without a loop: counting the digits
 * in one had cost as much as writing them.
 */
static inline char *
put_uint(char *d, size_t v)
{
	size_t nd = 5;
	char *e;

	if (v < 100) {
		if (v < 10) {
			*d = (char)('0' + v);
			return d + 1;
		}
		memcpy(d, two_digits + 2 * v, 2);
		return d + 2;
	}
	if (v < 10000) {
		if (v < 1000) {
			*d++ = (char)('0' + v / 100);
		} else {
			memcpy(d, two_digits + 2 * (v / 100), 2);
			d += 2;
		}
		memcpy(d, two_digits + 2 * (v % 100), 2);
		return d + 2;
	}
	for (size_t p = 100000; v >= p && nd < 20; p *= 10)
		nd++;
	e = d + nd;
	while (v >= 100) {
		e -= 2;
		memcpy(e, two_digits + 2 * (v % 100), 2);
		v /= 100;
	}
	if (v >= 10)
		memcpy(e - 2, two_digits + 2 * v, 2);
	else
		e[-1] = (char)('0' + v);
	return d + nd;
}

/* Writes s[0..n) at d; the position after it. */
static inline char *
put_mem(char *d, const char *s, size_t n)
{
	memcpy(d, s, n);
	return d + n;
}

/* A string literal without its NUL. */
#define PUT_LIT(d, l) put_mem((d), (l), sizeof(l) - 1)

/*
 * The bytes between an entity's end and its id, ,"type":"ORG","id": and
 * the like, made once from zp_gaz_type_name: copied TYPE_SEG bytes at a
 * time, whatever their length (zp_ent_json reserves room for it), they
 * cost less than the name's letters one by one.  A name too long for
 * that (none is) would take the long way.
 */
#define TYPE_SEG 32
static struct {
	char s[TYPE_SEG];
	int len; /* -1 for the long way, 0 before the first use */
} type_seg[ZP_ET_BLOCK + 1];

static inline char *
put_type(char *d, enum zp_etype t)
{
	if (type_seg[t].len == 0) {
		int l = snprintf(type_seg[t].s, TYPE_SEG,
		    ",\"type\":\"%s\",\"id\":", zp_gaz_type_name(t));

		type_seg[t].len = l > 0 && l < TYPE_SEG ? l : -1;
	}
	if (type_seg[t].len < 0) {
		d = PUT_LIT(d, ",\"type\":\"");
		d = put_mem(
		    d, zp_gaz_type_name(t), strlen(zp_gaz_type_name(t)));
		return PUT_LIT(d, "\",\"id\":");
	}
	memcpy(d, type_seg[t].s, TYPE_SEG);
	return d + type_seg[t].len;
}

/*
 * The entities as a JSON array.  Each is written into room reserved once
 * for all of its strings: a write a field cost more than the field.
 */
void
zp_ent_json(
    struct zp_buf *b, const char *s, const struct zp_entity *e, size_t n)
{
	zp_buf_putc(b, '[');
	for (size_t k = 0; k < n; k++) {
		size_t tl = e[k].bend - e[k].bstart, il = strlen(e[k].id);
		size_t kl = e[k].ticker != NULL ? strlen(e[k].ticker) : 0;
		size_t xl = e[k].exchange != NULL ? strlen(e[k].exchange) : 0;
		size_t pl = e[k].parent != NULL ? strlen(e[k].parent) : 0;
		size_t ml = e[k].maker != NULL ? strlen(e[k].maker) : 0;
		/*
		 * Strings escaped at worst, two offsets, the keys, and the
		 * type's TYPE_SEG bytes.
		 */
		char *d =
		    zp_buf_reserve(b, 6 * (tl + il + kl + xl + pl + ml) + 224);
		char *d0 = d;

		if (k > 0)
			*d++ = ',';
		d = PUT_LIT(d, "{\"text\":");
		d = zp_json_put_str(d, s + e[k].bstart, tl);
		d = PUT_LIT(d, ",\"start\":");
		d = put_uint(d, e[k].start);
		d = PUT_LIT(d, ",\"end\":");
		d = put_uint(d, e[k].end);
		d = put_type(d, e[k].type);
		d = zp_json_put_str(d, e[k].id, il);
		if (e[k].ticker != NULL) {
			d = PUT_LIT(d, ",\"ticker\":");
			d = zp_json_put_str(d, e[k].ticker, kl);
		}
		if (e[k].exchange != NULL) {
			d = PUT_LIT(d, ",\"exchange\":");
			d = zp_json_put_str(d, e[k].exchange, xl);
		}
		if (e[k].parent != NULL) {
			d = PUT_LIT(d, ",\"parent\":");
			d = zp_json_put_str(d, e[k].parent, pl);
		}
		if (e[k].maker != NULL) {
			d = PUT_LIT(d, ",\"maker\":");
			d = zp_json_put_str(d, e[k].maker, ml);
		}
		*d++ = '}';
		b->len += (size_t)(d - d0);
	}
	zp_buf_putc(b, ']');
}
