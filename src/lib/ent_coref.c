/*
 * ent_coref -- the document: the names seen in its earlier records, the
 * aliases they gave, and the coreference of later mentions with them.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/* A new block for a string of n bytes, the newest (doc_copy's room). */
static struct docblock *
doc_block(struct zp_entities *x, size_t n)
{
	size_t cap = n + 1 > DOC_BLOCK ? n + 1 : DOC_BLOCK;
	struct docblock *b = zp_xmalloc(sizeof(*b) + cap);

	b->next = x->dstr;
	b->used = 0;
	b->cap = cap;
	x->dstr = b;
	return b;
}

/*
 * ent_doc_str, inline for ent_register_name's strings: the call and the
 * registers a block's allocation wants were a fifth of registering.
 */
static inline char *
doc_copy(struct zp_entities *x, const char *s, size_t n)
{
	struct docblock *b = x->dstr;
	char *p;

	if (b == NULL || b->cap - b->used < n + 1)
		b = doc_block(x, n);
	p = b->p + b->used;
	memcpy(p, s, n);
	p[n] = '\0';
	b->used += n + 1;
	return p;
}

/* A copy of s[0..n) with a NUL, for the rest of the document. */
char *
ent_doc_str(struct zp_entities *x, const char *s, size_t n)
{
	return doc_copy(x, s, n);
}

/*
 * The bytes s[0..n), n below 8, as a word: the first four and the last
 * four (the same bytes twice when they overlap), or three of them.
 */
static inline uint64_t
short_word(const char *s, size_t n)
{
	uint32_t a, b;

	if (n == 0)
		return 0;
	if (n < 4)
		return (uint64_t)(unsigned char)s[0] |
		    (uint64_t)(unsigned char)s[n / 2] << 8 |
		    (uint64_t)(unsigned char)s[n - 1] << 16;
	memcpy(&a, s, sizeof(a));
	memcpy(&b, s + n - 4, sizeof(b));
	return (uint64_t)a | (uint64_t)b << 32;
}

/*
 * The start of s[0..n)'s probe in dhash: eight bytes a step (the last
 * eight again when n is no multiple), where a byte a step was a tenth of
 * registering the names.  Only the slots depend on it.
 */
static size_t
doc_hash(const char *s, size_t n)
{
	const uint64_t k = UINT64_C(0x9E3779B97F4A7C15);
	uint64_t h = n, w;
	size_t i = 0;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, sizeof(w));
		h = (h ^ w) * k;
		h ^= h >> 32;
	}
	if (i < n) {
		if (n >= 8)
			memcpy(&w, s + n - 8, sizeof(w));
		else
			w = short_word(s, n);
		h = (h ^ w) * k;
	}
	return (size_t)((h * k) >> 32) & (DOC_HASH - 1);
}

/* The slot of surface s[0..n) in dhash: its name's or an empty one. */
static size_t
doc_slot(const struct zp_entities *x, const char *s, size_t n)
{
	size_t k;

	for (k = doc_hash(s, n); x->dhash[k] != 0;
	     k = (k + 1) & (DOC_HASH - 1)) {
		const struct docname *d = &x->doc[x->dhash[k] - 1];

		if (d->len == n && memcmp(d->surface, s, n) == 0)
			break;
	}
	return k;
}

void
ent_doc_clear(struct zp_entities *x)
{
	/* Keep one block of the usual size for the next document. */
	while (x->dstr != NULL &&
	    (x->dstr->next != NULL || x->dstr->cap != DOC_BLOCK)) {
		struct docblock *b = x->dstr;

		x->dstr = b->next;
		if (b->cap == DOC_BLOCK && x->dstr == NULL) {
			x->dstr = b;
			break;
		}
		free(b);
	}
	if (x->dstr != NULL)
		x->dstr->used = 0;
	if (x->ndoc > 0)
		memset(x->dhash, 0, sizeof(x->dhash));
	x->ndoc = 0;
	x->ndper = 0;
	x->lastorg = NULL;
	x->npend = 0;
}

#define FULL_CPS 4 /* a surname of two and a given name of two */

/*
 * Whether the person c[0..n) is a Chinese name in full: a surname and a
 * given name of one or two Han characters, no transliteration (苏姿丰 and
 * 马云, not 马斯克, whose 马 is no surname).  Stores the surname's length.
 */
static bool
full_name(const uint32_t *c, size_t n, uint8_t *sl)
{
	size_t l = ent_surname_of(c, n);

	if (l == 0 || n < l + 1 || n > l + 2 || ent_translit_name(c, n))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!is_han(c[i]))
			return false;
	*sl = (uint8_t)l;
	return true;
}

/*
 * A name that is part of another's id is a later mention of that person
 * (毓群 of 曾毓群), no full name of its own.
 */
static bool
part_of_id(const char *surface, size_t len, const char *id)
{
	size_t il = strlen(id);
	const char *p = id, *end = id + il;

	/*
	 * A part is shorter than the id.  The ids are short and most are
	 * Latin: memchr for the first byte, where memmem's set-up cost more.
	 */
	if (il <= len)
		return false;
	if (len == 0)
		return true;
	for (;
	     (p = memchr(p, surface[0], (size_t)(end - p) - (len - 1))) != NULL;
	     p++)
		if (memcmp(p, surface, len) == 0)
			return true;
	return false;
}

/* The Simplified fold of a document name's surface into c: its length, or
 * 0 when it holds more than max characters (or is no UTF-8). */
static size_t
doc_name_cps(const struct docname *d, uint32_t *c, size_t max)
{
	size_t i = 0, n = 0, l;
	int32_t ch;

	while (i < d->len &&
	    (ch = zp_utf8_decode_fast(d->surface + i, d->len - i, &l)) >= 0) {
		if (n == max)
			return 0;
		c[n++] = zp_fold_char((uint32_t)ch);
		i += l;
	}
	return i == d->len ? n : 0;
}

/* Fills the full name of d (pn, psl, pc), once, when it names a person. */
static void
doc_person(struct docname *d)
{
	size_t n;

	d->pn = 0;
	/* part_of_id (two strlen and a memmem) last: few are full names. */
	if (d->type != ZP_ET_PER)
		return;
	n = doc_name_cps(d, d->pc, FULL_CPS);
	if (n > 0 && full_name(d->pc, n, &d->psl) &&
	    !part_of_id(d->surface, d->len, d->id))
		d->pn = (uint8_t)n;
}

void
ent_register_name(struct zp_entities *x, const char *surface, size_t sl,
    const char *id, const char *ticker, const char *exchange,
    enum zp_etype type, bool alias)
{
	struct docname *d;
	size_t h = doc_slot(x, surface, sl), il;

	if (x->dhash[h] != 0) {
		x->doc[x->dhash[h] - 1].alias |= alias;
		return;
	}
	if (x->ndoc == MAX_DOC_NAMES)
		return;
	if (x->doc == NULL)
		x->doc = zp_xreallocarray(NULL, MAX_DOC_NAMES, sizeof(*x->doc));
	x->dhash[h] = (uint16_t)(x->ndoc + 1);
	d = &x->doc[x->ndoc++];
	d->surface = doc_copy(x, surface, sl);
	d->len = sl;
	/* A third of the names are their own id: one copy for both. */
	il = strlen(id);
	d->id = il == sl && memcmp(id, surface, sl) == 0 ? d->surface :
	                                                   doc_copy(x, id, il);
	d->ticker = ticker != NULL ? doc_copy(x, ticker, strlen(ticker)) : NULL;
	d->exchange =
	    exchange != NULL ? doc_copy(x, exchange, strlen(exchange)) : NULL;
	d->type = (uint8_t)type;
	d->alias = alias;
	doc_person(d);
	if (d->pn > 0 && x->ndper < MAX_DOC_PEOPLE)
		x->dper[x->ndper++] = (uint16_t)(x->ndoc - 1);
}

void
ent_register_alias(struct zp_entities *x, size_t a, size_t b, const char *id,
    enum zp_etype type)
{
	ent_register_name(x, x->s + x->boff[a], x->boff[b] - x->boff[a], id,
	    NULL, NULL, type, true);
}

/* Names given earlier as aliases, found again: 格尔辛格 after 帕特·格尔辛格. */
void
ent_pass_doc_aliases(struct zp_entities *x)
{
	for (size_t d = 0; d < x->ndoc; d++) {
		const char *p = x->s, *end = x->s + x->boff[x->n], *hit;
		size_t sl;

		if (!x->doc[d].alias)
			continue;
		sl = x->doc[d].len;
		while (p < end &&
		    (hit = memmem(p, (size_t)(end - p), x->doc[d].surface,
		         sl)) != NULL) {
			size_t bo = (size_t)(hit - x->s), lo = 0, hi = x->n;
			size_t a, b;

			/* The code point at byte bo. */
			while (lo < hi) {
				size_t mid = (lo + hi) / 2;

				if (x->boff[mid] < bo)
					lo = mid + 1;
				else
					hi = mid;
			}
			a = lo;
			p = hit + sl;
			if (a >= x->n || x->boff[a] != bo)
				continue;
			for (b = a; b < x->n && x->boff[b] < bo + sl; b++)
				;
			if (!span_free(x, a, b) ||
			    (a > 0 && is_han(x->c[a - 1]) &&
			        x->doc[d].type == ZP_ET_PER &&
			        !ent_name_start_ok(x, a)))
				continue;
			ent_add(x, a, b, x->doc[d].type, SRC_RULE, NONE,
			    ent_put_id(x, x->doc[d].id, strlen(x->doc[d].id)));
		}
	}
}

/*
 * Legal forms at the end of a registered company name, with their lengths
 * in bytes (a strlen for each form and organization was a twentieth of
 * the pass).
 */
static const struct ent_lit legal_forms[] = {
	ENT_LIT("股份有限公司"),
	ENT_LIT("有限责任公司"),
	ENT_LIT("有限公司"),
	ENT_LIT("(有限合伙)"),
	ENT_LIT("（有限合伙）"),
};

static void coref_people(struct zp_entities *x);

/* The length of the legal form s[0..n) ends in, or 0: the last byte first. */
static size_t
legal_form_end(const char *s, size_t n)
{
	for (size_t f = 0; f < NELEM(legal_forms); f++) {
		size_t l = legal_forms[f].len;

		if (n >= l && s[n - 1] == legal_forms[f].w[l - 1] &&
		    memcmp(s + n - l, legal_forms[f].w, l) == 0)
			return l;
	}
	return 0;
}

/*
 * Whether s[0..n) is a short name of the legal name whose name part (no
 * place, no legal form) is name[0..nl), of which the 字号 before the first
 * trade or suffix word is the first kl: it opens as the name does, the
 * rest of its characters are the name's in order (北明控股 of 北明伟业控股,
 * not 北明股份), and it holds the whole 字号 or three characters at least
 * (宝钢 names no 宝钢资源).  A 公司 after it is the writer's (科兴公司).
 * All in code points of the Simplified fold.
 */
static bool
short_name_of(
    const uint32_t *s, size_t n, const uint32_t *name, size_t nl, size_t kl)
{
	if (n >= 4 && s[n - 2] == 0x516C /* 公 */ &&
	    s[n - 1] == 0x53F8 /* 司 */)
		n -= 2;
	return n >= 2 && n <= nl && s[0] == name[0] && s[1] == name[1] &&
	    (n >= 3 || (n >= kl && memcmp(s, name, kl * sizeof(*s)) == 0)) &&
	    ent_cp_subsequence(s, n, name, nl);
}

/*
 * A legal name (潮州市某达投资有限公司) takes the id of its short form in
 * the document (某达投资): the longest earlier or present name that is a
 * short name of it.
 */
#define LEGAL_SHORT_MAX 32 /* characters of a short name looked at */

static void
link_legal(struct zp_entities *x, struct ent *e)
{
	const char *sf = x->s + x->boff[e->s], *best = NULL;
	size_t sl = x->boff[e->e] - x->boff[e->s], wl, bl = 0;
	size_t core_s = e->s, core_e, name_e, kl, nl;
	uint32_t sfx, dc[LEGAL_SHORT_MAX];
	size_t lens[8];
	uint32_t ents[8];
	size_t np;

	if (e->src != SRC_RULE || (wl = legal_form_end(sf, sl)) == 0)
		return;
	/* The name part: after a place the name opens with. */
	np = zp_gaz_prefixes(x->g, x->c + e->s, e->e - e->s, lens, ents, 8);
	while (np > 0) {
		np--;
		if (zp_gaz_entry(x->g, ents[np])->type == ZP_ET_LOC) {
			core_s = e->s + lens[np];
			break;
		}
	}
	/* Where the legal form starts, in code points. */
	for (name_e = e->e;
	     name_e > e->s && x->boff[name_e] > x->boff[e->e] - wl; name_e--)
		;
	if (name_e < core_s + 2)
		return;
	nl = name_e - core_s;
	for (core_e = core_s + 2; core_e < e->e; core_e++)
		if (zp_gaz_longest(x->suf, x->c + core_e, e->e - core_e, &sfx) >
		    0)
			break;
	kl = core_e - core_s;
	for (size_t d = 0; d < x->ndoc; d++) {
		const struct docname *dn = &x->doc[d];
		size_t n;

		if (dn->type == ZP_ET_ORG &&
		    (n = doc_name_cps(dn, dc, LEGAL_SHORT_MAX)) > bl &&
		    short_name_of(dc, n, x->c + core_s, nl, kl)) {
			best = dn->id;
			bl = n;
		}
	}
	for (size_t q = 0; q < x->nent; q++) {
		const struct ent *o = &x->ent[q];
		size_t n = o->e - o->s;

		if (o == e || o->dead || o->type != ZP_ET_ORG || n <= bl ||
		    !short_name_of(x->c + o->s, n, x->c + core_s, nl, kl))
			continue;
		best = ent_id(x, o);
		bl = n;
	}
	if (best != NULL)
		e->id = ent_put_id(x, best, strlen(best));
}

/*
 * Coreference of ids: 商务部 after 美国商务部 is the same department; a
 * legal name (无锡邑文电子科技有限公司) links to the short name used in the
 * document (邑文科技); people named again (coref_people).
 */
#define COREF_ORGS 64 /* organizations ent_pass_coref keeps on the stack */

void
ent_pass_coref(struct zp_entities *x)
{
	/*
	 * The organizations before k, alive, in order: the pairs below are
	 * of two of them, and passing the other entities was most of the
	 * pass.  Nothing here kills an entity or changes its type.
	 */
	uint32_t stack[COREF_ORGS], *org = stack;
	size_t norg = 0, cap = COREF_ORGS;

	for (size_t k = 0; k < x->nent; k++) {
		struct ent *e = &x->ent[k];
		const char *sf = x->s + x->boff[e->s];
		size_t sl = x->boff[e->e] - x->boff[e->s];

		if (e->dead || e->type != ZP_ET_ORG)
			continue;
		/* A place + this name seen before: 美国商务部 ... 商务部. */
		for (size_t r = 0; r < norg; r++) {
			const struct ent *o = &x->ent[org[r]];
			uint32_t pl;

			/* The last bytes first: most pairs differ there. */
			if (o->e > e->s ||
			    x->boff[o->e] - x->boff[o->s] <= sl ||
			    (sl > 0 && x->s[x->boff[o->e] - 1] != sf[sl - 1]) ||
			    memcmp(x->s + x->boff[o->e] - sl, sf, sl) != 0)
				continue;
			pl = zp_gaz_lookup_cp(
			    x->g, x->c + o->s, (o->e - o->s) - (e->e - e->s));
			if (pl != NONE &&
			    zp_gaz_entry(x->g, pl)->type == ZP_ET_LOC) {
				const char *oid = ent_id(x, o);

				e->id = ent_put_id(x, oid, strlen(oid));
				e->gaz = o->gaz;
				goto legal;
			}
		}
		for (size_t d = 0; d < x->ndoc; d++) {
			const struct docname *dn = &x->doc[d];
			size_t dl = dn->len;
			uint32_t pl;

			if (dn->type != ZP_ET_ORG || dl <= sl ||
			    memcmp(dn->surface + dl - sl, sf, sl) != 0)
				continue;
			pl = zp_gaz_lookup(x->g, dn->surface, dl - sl);
			if (pl != NONE &&
			    zp_gaz_entry(x->g, pl)->type == ZP_ET_LOC) {
				e->id = ent_put_id(x, dn->id, strlen(dn->id));
				break;
			}
		}
legal:
		link_legal(x, e);
		if (norg == cap) {
			uint32_t *p = zp_xreallocarray(
			    org == stack ? NULL : org, 2 * cap, sizeof(*org));

			if (org == stack)
				memcpy(p, stack, sizeof(stack));
			org = p;
			cap *= 2;
		}
		org[norg++] = (uint32_t)k;
	}
	if (org != stack)
		free(org);
	coref_people(x);
}

/*
 * People.  A person named in full earlier in the document (曾毓群) is
 * named again by the surname and a title (曾总: ent_pass_people makes it
 * the surname 曾) or by the given name alone (毓群).  The earlier names are
 * the document's (earlier records, dper) and this text's before the
 * mention, at most MAX_FULL in all.
 */
#define MAX_FULL ((size_t)2 * MAX_DOC_PEOPLE)

struct fullname {
	uint32_t c[FULL_CPS]; /* in the Simplified fold */
	uint8_t n, sl;        /* code points, of which the surname */
	int32_t k;            /* the entity in this text, or -1 */
	const char *id;       /* when k is -1: the document's copy */
};

static const char *
full_id(const struct zp_entities *x, const struct fullname *f)
{
	return f->k >= 0 ? ent_id(x, &x->ent[f->k]) : f->id;
}

/* The full names of the document before this text, then of this text. */
static size_t
full_names(const struct zp_entities *x, struct fullname *fn)
{
	size_t nf = 0;

	for (size_t d = 0; d < x->ndper; d++) {
		const struct docname *dn = &x->doc[x->dper[d]];
		struct fullname *f = &fn[nf];

		memcpy(f->c, dn->pc, sizeof(f->c));
		f->n = dn->pn;
		f->sl = dn->psl;
		f->k = -1;
		f->id = dn->id;
		nf++;
	}
	for (size_t k = 0; k < x->nent && nf < MAX_FULL; k++) {
		const struct ent *e = &x->ent[k];
		struct fullname *f = &fn[nf];
		size_t n = e->e - e->s;

		if (e->dead || e->type != ZP_ET_PER || n > FULL_CPS ||
		    !full_name(x->c + e->s, n, &f->sl) ||
		    part_of_id(x->s + x->boff[e->s],
		        x->boff[e->e] - x->boff[e->s], ent_id(x, e)))
			continue;
		memcpy(f->c, x->c + e->s, n * sizeof(*f->c));
		f->n = (uint8_t)n;
		f->k = (int32_t)k;
		f->id = NULL;
		nf++;
	}
	return nf;
}

/* Whether f was said before position a of this text. */
static bool
said_before(const struct zp_entities *x, const struct fullname *f, size_t a)
{
	return f->k < 0 || x->ent[f->k].e <= a;
}

/*
 * The one person of the full names before a whose c[0..n) (a surname, or
 * at sl a given name) is ours, or NULL when none or two people have it.
 */
static const struct fullname *
one_person(const struct zp_entities *x, const struct fullname *fn, size_t nf,
    size_t a, const uint32_t *c, size_t n, bool given)
{
	const struct fullname *one = NULL;

	for (size_t q = 0; q < nf; q++) {
		const struct fullname *f = &fn[q];
		size_t from = given ? f->sl : 0,
		       len = given ? (size_t)(f->n - f->sl) : f->sl;

		if (!said_before(x, f, a) || len != n ||
		    !cps_eq(f->c + from, c, n))
			continue;
		if (one != NULL && strcmp(full_id(x, one), full_id(x, f)) != 0)
			return NULL;
		one = f;
	}
	return one;
}

/* A surname alone (曾 of 曾总) takes the id of the one person it names. */
static void
link_surnames(struct zp_entities *x, const struct fullname *fn, size_t nf)
{
	for (size_t k = 0; k < x->nent; k++) {
		struct ent *e = &x->ent[k];
		const struct fullname *f;

		if (e->dead || e->type != ZP_ET_PER || e->src != SRC_RULE ||
		    e->e - e->s > 2 || ent_surname_at(x, e->s) != e->e - e->s ||
		    (f = one_person(x, fn, nf, e->s, x->c + e->s, e->e - e->s,
		         false)) == NULL)
			continue;
		e->id = ent_put_id(x, full_id(x, f), strlen(full_id(x, f)));
	}
}

/* Whether a sentence ends in c[a..b): 。！？；(or ASCII) or a line break. */
static bool
sentence_between(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		switch (x->c[i]) {
		case 0x3002: /* 。 */
		case 0xFF01: /* ！ */
		case 0xFF1F: /* ？ */
		case 0xFF1B: /* ； */
		case '!':
		case '?':
		case ';':
		case '\n':
			return true;
		default:
			break;
		}
	return false;
}

/*
 * The bit of the pair a, b in link_given's filter: the low six bits of
 * each, together (the two bits of 64 apart let most positions by).
 */
static inline uint32_t
given_pair(uint32_t a, uint32_t b)
{
	return (a & 63) | (b & 63) << 6;
}

/* Whether the given name of f stands alone at a (see link_given). */
static bool
given_at(const struct zp_entities *x, const struct fullname *f, size_t a)
{
	const uint32_t *g = f->c + f->sl;
	size_t from = f->k >= 0 ? x->ent[f->k].e : 0;

	return f->n - f->sl == 2 && a >= from && a + 2 <= x->n &&
	    x->c[a] == g[0] && x->c[a + 1] == g[1] &&
	    (f->k < 0 || sentence_between(x, from, a)) &&
	    (a == 0 || !is_han(x->c[a - 1])) &&
	    ent_name_end_ok(x, a + 2, false);
}

/*
 * Bit k set where c[k], of eight, may be no Han: outside the main block
 * (is_han tells the rest).  c[] is padded past n with zeros.
 */
static inline unsigned
nonhan8(const uint32_t *c)
{
#ifdef __SSE2__
	/* c - 0x4E00 below 0x5200, unsigned, by a signed compare. */
	const __m128i bias = _mm_set1_epi32((int)(0x80000000u - 0x4E00u));
	const __m128i lim = _mm_set1_epi32((int)(0x80000000u + 0x5200u));
	__m128i lo = _mm_add_epi32(_mm_loadu_si128((const __m128i *)c), bias);
	__m128i hi =
	    _mm_add_epi32(_mm_loadu_si128((const __m128i *)(c + 4)), bias);
	__m128i in =
	    _mm_packs_epi32(_mm_cmplt_epi32(lo, lim), _mm_cmplt_epi32(hi, lim));

	return ~(unsigned)_mm_movemask_epi8(_mm_packs_epi16(in, in)) & 0xFF;
#else
	unsigned m = 0;

	for (unsigned k = 0; k < 8; k++)
		m |= (unsigned)(c[k] - 0x4E00u >= 0x5200u) << k;
	return m;
#endif
}

/*
 * The given name of f, of the full names fn, at a (see link_given): links
 * it and returns true when one person has it there.
 */
static bool
given_link_at(
    struct zp_entities *x, const struct fullname *fn, size_t nf, size_t a)
{
	const struct fullname *f = NULL, *one;
	const uint32_t *g;
	int32_t o;

	for (size_t q = 0; q < nf && f == NULL; q++)
		if (given_at(x, &fn[q], a))
			f = &fn[q];
	if (f == NULL ||
	    (one = one_person(x, fn, nf, a, f->c + f->sl, 2, true)) == NULL)
		return false;
	g = f->c + f->sl;
	o = x->owner[a];
	/* A word, or a name of the lists (小鹏), is no given name. */
	if (!ent_common_given(x, g) && zp_gaz_lookup_cp(x->g, g, 2) == NONE &&
	    span_free(x, a, a + 2))
		ent_add(x, a, a + 2, ZP_ET_PER, SRC_RULE, NONE,
		    ent_put_id(x, full_id(x, one), strlen(full_id(x, one))));
	else if (o >= 0 && x->ent[o].s == a && x->ent[o].e == a + 2 &&
	    x->ent[o].type == ZP_ET_PER && x->ent[o].src == SRC_RULE)
		x->ent[o].id =
		    ent_put_id(x, full_id(x, one), strlen(full_id(x, one)));
	return true;
}

/* The first position from i of one of f[0..nf), nf 1 to 4 (f padded). */
static inline size_t
next_first(const struct zp_entities *x, size_t i, const uint32_t *f, size_t nf)
{
	return nf <= 2 ? next_cp2(x, i, f[0], f[1]) : next_cp4(x, i, f);
}

/*
 * The given name of two characters alone (毓群 after 曾毓群), in a later
 * sentence, at the start of a clause (not 和金卡) and before a name's end,
 * when it is no common word (建国, 海军: the list of zp_ent_load_names)
 * and names one person.  A name the rules found there by its own (文华 of
 * 王文华, read as surname 文; a word too) takes the id.  Only the positions
 * after a character that is no Han (given_at), from the end of the first
 * full name of the text, are looked at.  With four first characters of
 * given names or fewer, the common case, the walk stops at them alone
 * (next_first), which are few, where it had stopped after every character
 * that is no Han; with more, it still does: those are found eight at a
 * test (nonhan8), then a bit of 64 for the first character (firsts) and
 * one of 4,096 for the pair (given_pair) let most by.
 */
static void
link_given(struct zp_entities *x, const struct fullname *fn, size_t nf)
{
	uint64_t pairs[64], firsts = 0;
	uint32_t f[4];
	size_t n = x->n, from = 1, nfirst = 0; /* no name starts before from */
	size_t start = SIZE_MAX; /* nor before the end of a full name */

	for (size_t q = 0; q < nf; q++) {
		uint32_t g0 = fn[q].c[fn[q].sl];
		size_t k = 0;

		if (fn[q].n - fn[q].sl != 2)
			continue;
		firsts |= (uint64_t)1 << (g0 & 63);
		if (fn[q].k < 0)
			start = 1;
		else if (x->ent[fn[q].k].e < start)
			start = x->ent[fn[q].k].e;
		while (k < nfirst && k < 4 && f[k] != g0)
			k++;
		if (k == nfirst && nfirst++ < 4)
			f[k] = g0;
	}
	if (firsts == 0 || n < 2)
		return;
	if (given_link_at(x, fn, nf, 0))
		from = 2;
	if (nfirst <= 4) {
		for (size_t k = nfirst; k < 4; k++)
			f[k] = f[0];
		for (size_t a = next_first(x, start > 1 ? start : 1, f, nfirst);
		     a + 2 <= n; a = next_first(x, a + 1, f, nfirst))
			if (a >= from && !is_han(x->c[a - 1]) &&
			    given_link_at(x, fn, nf, a))
				from = a + 2;
		return;
	}
	memset(pairs, 0, sizeof(pairs));
	for (size_t q = 0; q < nf; q++)
		if (fn[q].n - fn[q].sl == 2) {
			uint32_t h = given_pair(
			    fn[q].c[fn[q].sl], fn[q].c[fn[q].sl + 1]);

			pairs[h >> 6] |= (uint64_t)1 << (h & 63);
		}
	/* p: eight characters before the positions a = p + 1 .. p + 8. */
	for (size_t p = 0; p + 3 <= n; p += 8)
		for (unsigned m = nonhan8(x->c + p); m != 0; m &= m - 1) {
			size_t a = p + (size_t)__builtin_ctz(m) + 1;
			uint32_t h;

			if (a + 2 > n)
				break;
			/* The first character's bits alone let most by. */
			if (!((firsts >> (x->c[a] & 63)) & 1))
				continue;
			h = given_pair(x->c[a], x->c[a + 1]);
			if (a >= from && ((pairs[h >> 6] >> (h & 63)) & 1) &&
			    !is_han(x->c[a - 1]) && given_link_at(x, fn, nf, a))
				from = a + 2;
		}
}

static void
coref_people(struct zp_entities *x)
{
	struct fullname fn[MAX_FULL];
	size_t nf = full_names(x, fn);

	if (nf == 0)
		return;
	link_surnames(x, fn, nf);
	link_given(x, fn, nf);
}

void
ent_coref_free(struct zp_entities *x)
{
	ent_doc_clear(x);
	free(x->dstr);
	zp_buf_free(&x->lastorg_b);
	zp_buf_free(&x->pends);
	free(x->doc);
}
