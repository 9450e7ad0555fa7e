/*
 * ent_coref -- the document: the names seen in its earlier records, the
 * aliases they gave, and the coreference of later mentions with them.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/* A copy of s[0..n) with a NUL, for the rest of the document. */
char *
ent_doc_str(struct zp_entities *x, const char *s, size_t n)
{
	struct docblock *b = x->dstr;
	char *p;

	if (b == NULL || b->cap - b->used < n + 1) {
		size_t cap = n + 1 > DOC_BLOCK ? n + 1 : DOC_BLOCK;

		b = zp_xmalloc(sizeof(*b) + cap);
		b->next = x->dstr;
		b->used = 0;
		b->cap = cap;
		x->dstr = b;
	}
	p = b->p + b->used;
	memcpy(p, s, n);
	p[n] = '\0';
	b->used += n + 1;
	return p;
}

/* The slot of surface s[0..n) in dhash: its name's or an empty one. */
static size_t
doc_slot(const struct zp_entities *x, const char *s, size_t n)
{
	uint32_t h = 2166136261u;
	size_t k;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	for (k = h & (DOC_HASH - 1); x->dhash[k] != 0;
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
	x->lastorg = NULL;
}

void
ent_register_name(struct zp_entities *x, const char *surface, size_t sl,
    const char *id, const char *ticker, const char *exchange,
    enum zp_etype type, bool alias)
{
	struct docname *d;
	size_t h = doc_slot(x, surface, sl);

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
	d->surface = ent_doc_str(x, surface, sl);
	d->len = sl;
	d->id = ent_doc_str(x, id, strlen(id));
	d->ticker =
	    ticker != NULL ? ent_doc_str(x, ticker, strlen(ticker)) : NULL;
	d->exchange = exchange != NULL ?
	    ent_doc_str(x, exchange, strlen(exchange)) :
	    NULL;
	d->type = (uint8_t)type;
	d->alias = alias;
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

/* Legal forms at the end of a registered company name. */
static const char *const legal_forms[] = {
	"股份有限公司",
	"有限责任公司",
	"有限公司",
	"(有限合伙)",
	"（有限合伙）",
};

static bool
ends_with(const char *s, size_t n, const char *w, size_t *wl)
{
	*wl = strlen(w);
	return n >= *wl && memcmp(s + n - *wl, w, *wl) == 0;
}

/*
 * Coreference of ids: 商务部 after 美国商务部 is the same department; a
 * legal name (无锡邑文电子科技有限公司) links to the short name used in the
 * document (邑文科技).
 */
void
ent_pass_coref(struct zp_entities *x)
{
	for (size_t k = 0; k < x->nent; k++) {
		struct ent *e = &x->ent[k];
		const char *sf = x->s + x->boff[e->s];
		size_t sl = x->boff[e->e] - x->boff[e->s], wl;

		if (e->dead || e->type != ZP_ET_ORG)
			continue;
		/* A place + this name seen before: 美国商务部 ... 商务部. */
		for (size_t q = 0; q < k; q++) {
			const struct ent *o = &x->ent[q];
			size_t ol = x->boff[o->e] - x->boff[o->s];
			uint32_t pl;

			if (o->dead || o->type != ZP_ET_ORG || o->e > e->s ||
			    ol <= sl ||
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
		/* A legal name and its short form. */
		if (e->src != SRC_RULE)
			continue;
		for (size_t f = 0;
		     f < sizeof(legal_forms) / sizeof(*legal_forms); f++) {
			size_t core_s, core_e, l;
			uint32_t sfx;

			if (!ends_with(sf, sl, legal_forms[f], &wl))
				continue;
			/* The core: after a place, before the suffixes. */
			core_s = e->s;
			{
				size_t lens[8];
				uint32_t ents[8];
				size_t np = zp_gaz_prefixes(x->g, x->c + e->s,
				    e->e - e->s, lens, ents, 8);

				while (np > 0) {
					np--;
					if (zp_gaz_entry(x->g, ents[np])
					        ->type == ZP_ET_LOC) {
						core_s = e->s + lens[np];
						break;
					}
				}
			}
			for (core_e = core_s + 1; core_e < e->e; core_e++)
				if (zp_gaz_longest(x->suf, x->c + core_e,
				        e->e - core_e, &sfx) > 0)
					break;
			l = x->boff[core_e] - x->boff[core_s];
			if (core_e - core_s < 2)
				break;
			for (size_t d = 0; d < x->ndoc; d++) {
				const struct docname *dn = &x->doc[d];

				if (dn->type == ZP_ET_ORG &&
				    dn->len < sl - wl &&
				    strncmp(dn->surface, x->s + x->boff[core_s],
				        l) == 0) {
					e->id = ent_put_id(
					    x, dn->id, strlen(dn->id));
					break;
				}
			}
			for (size_t q = 0; q < x->nent; q++) {
				struct ent *o = &x->ent[q];
				size_t ol = x->boff[o->e] - x->boff[o->s];

				if (q == k || o->dead || o->type != ZP_ET_ORG ||
				    ol >= sl - wl || ol <= l ||
				    memcmp(x->s + x->boff[o->s],
				        x->s + x->boff[core_s], l) != 0)
					continue;
				e->id = ent_put_id(
				    x, ent_id(x, o), strlen(ent_id(x, o)));
				break;
			}
			break;
		}
	}
}

void
ent_coref_free(struct zp_entities *x)
{
	ent_doc_clear(x);
	free(x->dstr);
	zp_buf_free(&x->lastorg_b);
	free(x->doc);
}
