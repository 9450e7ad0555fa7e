/*
 * ent_text -- the text the passes read: its decoding into code points
 * and flags, the character sets, the owner map of spans (add, kill, clear),
 * the ids of names, and the candidate marks that let a pass skip positions.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/*
 * Open addressing on the set's pointer.  The families ask for some 60 sets
 * and in_set looks one up at every test, so the table is twice that and
 * the pointer is hashed by multiplication: the strings lie side by side in
 * memory, and their low bits alone made long probes.
 */
#define MAX_CSETS 128 /* a power of two */
static struct cset csets[MAX_CSETS];

const struct cset *
ent_cset_get(const char *set)
{
	struct cset *cs;
	size_t i = 0, n, l;
	size_t h = (size_t)(((uint64_t)(uintptr_t)set * 0x9E3779B97F4A7C15u) >>
	    (64 - 7)); /* 2^7 == MAX_CSETS */

	for (size_t k = 0; k < MAX_CSETS; k++, h = (h + 1) & (MAX_CSETS - 1)) {
		if (csets[h].key == set)
			return &csets[h];
		if (csets[h].key == NULL)
			break;
	}
	if (csets[h].key != NULL)
		return NULL;
	cs = &csets[h];
	n = strlen(set);
	memset(cs->bits, 0, sizeof(cs->bits));
	while (i < n) {
		int32_t c = zp_utf8_decode(set + i, n - i, &l);

		if (c >= 0 && c < 0x10000)
			cs->bits[c >> 6] |= (uint64_t)1 << (c & 63);
		i += l;
	}
	cs->key = set;
	return cs;
}

/* Sets bit n of cand[], the stop of next_cand, and clears those above. */
void
ent_cand_end(struct zp_entities *x)
{
	size_t n = x->n;

	x->cand[n >> 6] &= ((uint64_t)1 << (n & 63)) - 1;
	x->cand[n >> 6] |= (uint64_t)1 << (n & 63);
}

/*
 * Marks in cand[] where a pass may act, by the flags of the position and
 * the next ones: four positions at a time, the flags of each in a 16-bit
 * lane, without a branch.  Past the end fl[] holds every flag (a superset
 * of the test there).
 *
 *   MARK_PEOPLE  where people_maybe() holds;
 *   MARK_PLACES  a country abbreviation, or a unit (ent_pass_places);
 *   MARK_SCORED  a surname, then a given-name character (scored names).
 *
 * A rule added to one of these passes must start where the mark (and the
 * pass's own CL_* test) lets it, or widen them: zp_ent_set_skips(x, false)
 * turns the skips off, and the unit tests and tests/cli/entity-skips.bats
 * require the same entities both ways.
 */
void
ent_mark(struct zp_entities *x, enum mark kind)
{
	const uint64_t one = 0x0001000100010001u;
	const uint64_t rs = x->role_short ? one : 0;
	const uint16_t *fl = x->fl;
	size_t n = x->n;
	uint64_t word = 0;
	size_t i;

#define SH(f) __builtin_ctz(f)
	for (i = 0; i < n; i += 4) {
		uint64_t f0, f1, f2, f3, ok;

		memcpy(&f0, fl + i, sizeof(f0));
		memcpy(&f1, fl + i + 1, sizeof(f1));
		memcpy(&f2, fl + i + 2, sizeof(f2));
		memcpy(&f3, fl + i + 3, sizeof(f3));
		switch (kind) {
		case MARK_PEOPLE:
			ok = ((f0 >> SH(CL_ROLE)) &
			         ((f1 >> SH(CL_ROLE2)) | rs)) |
			    ((f0 & f1 & f2) >> SH(CL_TRANSLIT)) |
			    (f0 >> SH(CL_COMPOUND)) |
			    ((f0 >> SH(CL_SURNAME)) & (f1 >> SH(CL_GIVEN)) &
			        ((f2 | f3) >> SH(CL_SAYROLE))) |
			    ((f0 >> SH(CL_SURNAME)) & (f1 >> SH(CL_ROLE)) &
			        (f2 >> SH(CL_ROLE2)));
			break;
		case MARK_PLACES:
			ok = (f0 >> SH(CL_ABBREV)) | (f0 >> SH(CL_UNIT));
			break;
		default:
			ok = (f0 >> SH(CL_SUR)) & (f1 >> SH(CL_GIVEN0));
		}
		/* The lane bits 0, 16, 32 and 48 to bits 48-51, then 0-3. */
		ok = ((ok & one) * 0x0001000200040008u) >> 48;
		word |= ok << (i & 63);
		if ((i & 63) == 60) {
			x->cand[i >> 6] = word;
			word = 0;
		}
	}
	/* The last word unless stored whole (i is past n here). */
	x->cand[i >> 6] = (i & 63) != 0 ? word : 0;
	ent_cand_end(x);
#undef SH
}

/* ORs f into cls[] for every code point whose bit is set in bits (BMP). */
static void
cls_or(uint16_t *cls, const uint64_t *bits, uint16_t f)
{
	for (size_t w = 0; w < 1024; w++)
		for (uint64_t m = bits[w]; m != 0; m &= m - 1)
			cls[w * 64 + (size_t)__builtin_ctzll(m)] |= f;
}

/* The CL_* flags of the BMP, a bitmap at a time, once the families are built. */
void
ent_build_cls(struct zp_entities *x)
{
	static const uint32_t units[] = { 0x5E02, 0x7701, 0x53BF, 0x5DDE,
		0x533A, 0x9547, 0x4E61, 0x6751 };
	uint64_t *han = zp_xcalloc(1024, sizeof(*han));
	uint64_t *tmp = zp_xreallocarray(NULL, 1024, sizeof(*tmp));

	for (uint32_t c = 0; c < 0x10000; c++)
		if (is_han(c))
			han[c >> 6] |= (uint64_t)1 << (c & 63);
	for (size_t w = 0; w < 1024; w++)
		tmp[w] = x->gq.first[w] | x->bq.first[w];
	cls_or(x->cls, tmp, CL_GAZ);
	for (size_t w = 0; w < 1024; w++)
		tmp[w] = x->gq.single[w] | x->bq.single[w];
	cls_or(x->cls, tmp, CL_GAZ1);
	cls_or(x->cls, x->sq.first, CL_SUF);
	cls_or(x->cls, x->role.first, CL_ROLE | CL_SAYROLE);
	cls_or(x->cls, x->lead.first, CL_ROLE);
	/* A title after a surname (surname_title) counts as a role here. */
	cls_or(x->cls, ent_cs_titlefirst->bits, CL_ROLE);
	cls_or(x->cls, ent_cs_titlesecond->bits, CL_ROLE2);
	cls_or(x->cls, x->say.first, CL_SAYROLE);
	cls_or(x->cls, ent_cs_translit->bits, CL_TRANSLIT);
	for (size_t w = 0; w < 1024; w++)
		tmp[w] = han[w] & ent_cs_surname->bits[w];
	cls_or(x->cls, tmp, CL_SURNAME);
	cls_or(x->cls, ent_cs_compound->bits, CL_COMPOUND);
	for (size_t w = 0; w < 1024; w++)
		tmp[w] = han[w] & ~ent_cs_notgiven->bits[w];
	cls_or(x->cls, tmp, CL_GIVEN);
	cls_or(x->cls, ent_cs_abstart->bits, CL_ABBREV);
	cls_or(x->cls, ent_cs_kind->bits, CL_KIND);
	for (size_t k = 0; k < sizeof(units) / sizeof(*units); k++)
		x->cls[units[k]] |= CL_UNIT;
	for (uint32_t c = 0; c < 0x80; c++)
		if (is_alnum(c))
			x->cls[c] |= CL_ALNUM;
	free(han);
	free(tmp);
	for (size_t k = 0; k < zp_wl_count(&x->role); k++) {
		size_t l;
		const uint32_t *w = zp_wl_word(&x->role, k, &l);

		if (l < 2)
			x->role_short = true;
		else if (w[1] < 0x10000)
			x->cls[w[1]] |= CL_ROLE2;
	}
	for (size_t k = 0; k < zp_wl_count(&x->lead); k++) {
		size_t l;
		const uint32_t *w = zp_wl_word(&x->lead, k, &l);

		if (l >= 2 && w[1] < 0x10000)
			x->cls[w[1]] |= CL_ROLE2;
	}
}

const char *
ent_id(const struct zp_entities *x, const struct ent *e)
{
	if (e->id != NONE)
		return x->ids.p + e->id;
	if (e->gaz != NONE)
		return zp_gaz_entry(x->g, e->gaz)->id;
	return "";
}

/* Stores an id; s may point into the store itself. */
uint32_t
ent_put_id(struct zp_entities *x, const char *s, size_t n)
{
	uint32_t off = (uint32_t)x->ids.len;
	char *p;

	if (x->ids.p != NULL && s >= x->ids.p && s < x->ids.p + x->ids.len) {
		size_t from = (size_t)(s - x->ids.p);

		p = zp_buf_reserve(&x->ids, n + 1);
		memcpy(p, x->ids.p + from, n);
		p[n] = '\0';
		x->ids.len += n + 1;
		x->ids.p[x->ids.len] = '\0';
		return off;
	}
	zp_buf_put(&x->ids, s, n);
	zp_buf_putc(&x->ids, '\0');
	return off;
}

/*
 * The id of the surface text c[a..b): the text in its Simplified fold, as
 * the guidelines want an id in Simplified Chinese, so that a name no list
 * knows has one id in both scripts (陳建宏 and 陈建宏 are 陈建宏).  The fold
 * changes no byte of Simplified text.
 */
uint32_t
ent_put_surface(struct zp_entities *x, size_t a, size_t b)
{
	uint32_t off = (uint32_t)x->ids.len;
	char *p = zp_buf_reserve(&x->ids, 4 * (b - a) + 1);
	size_t n = 0;

	for (size_t i = a; i < b; i++)
		n += zp_utf8_encode(x->c[i], p + n);
	p[n] = '\0';
	x->ids.len += n + 1;
	x->ids.p[x->ids.len] = '\0';
	return off;
}

void
ent_kill(struct zp_entities *x, int32_t k)
{
	struct ent *e = &x->ent[k];

	e->dead = true;
	for (uint32_t i = e->s; i < e->e; i++)
		if (x->owner[i] == k)
			x->owner[i] = -1;
}

/* Removes every entity overlapping [a, b). */
void
ent_clear_span(struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (x->owner[i] >= 0)
			ent_kill(x, x->owner[i]);
}

int32_t
ent_add(struct zp_entities *x, size_t a, size_t b, enum zp_etype type,
    enum src src, uint32_t gaz, uint32_t id)
{
	struct ent *e;
	int32_t k;

	if (x->nent == x->capent) {
		x->capent = x->capent ? 2 * x->capent : 64;
		x->ent = zp_xreallocarray(x->ent, x->capent, sizeof(*x->ent));
	}
	k = (int32_t)x->nent++;
	e = &x->ent[k];
	e->s = (uint32_t)a;
	e->e = (uint32_t)b;
	e->type = (uint8_t)type;
	e->src = (uint8_t)src;
	e->dead = false;
	e->gaz = gaz;
	e->id = id;
	for (size_t i = a; i < b; i++)
		x->owner[i] = k;
	return k;
}

/* TX_* flags of the ASCII characters. */
static const unsigned char ascii_seen[128] = {
	['('] = TX_OPEN,
	['0'] = TX_ALNUM,
	['1'] = TX_ALNUM,
	['2'] = TX_ALNUM,
	['3'] = TX_ALNUM,
	['4'] = TX_ALNUM,
	['5'] = TX_ALNUM,
	['6'] = TX_ALNUM,
	['7'] = TX_ALNUM,
	['8'] = TX_ALNUM,
	['9'] = TX_ALNUM,
/* A designator list, not an expression: no parentheses possible. */
/* NOLINTNEXTLINE(bugprone-macro-parentheses) */
#define L(c) [c] = TX_ALPHA | TX_ALNUM
	L('A'),
	L('B'),
	L('C'),
	L('D'),
	L('E'),
	L('F'),
	L('G'),
	L('H'),
	L('I'),
	L('J'),
	L('K'),
	L('L'),
	L('M'),
	L('N'),
	L('O'),
	L('P'),
	L('Q'),
	L('R'),
	L('S'),
	L('T'),
	L('U'),
	L('V'),
	L('W'),
	L('X'),
	L('Y'),
	L('Z'),
	L('a'),
	L('b'),
	L('c'),
	L('d'),
	L('e'),
	L('f'),
	L('g'),
	L('h'),
	L('i'),
	L('j'),
	L('k'),
	L('l'),
	L('m'),
	L('n'),
	L('o'),
	L('p'),
	L('q'),
	L('r'),
	L('s'),
	L('t'),
	L('u'),
	L('v'),
	L('w'),
	L('x'),
	L('y'),
	L('z'),
#undef L
};

/* TX_* flags of a character outside ASCII and the common Han block. */
static unsigned
rare_seen(uint32_t c)
{
	if (is_dot(c))
		return TX_DOT;
	if (is_open(c))
		return TX_OPEN;
	return c == 0x3001 ? TX_DUN : 0;
}

void
ent_decode(struct zp_entities *x, const char *s, size_t len)
{
	size_t n = 0, i = 0, l;
	unsigned seen = 0;

	if (len + 1 > x->cap) {
		x->cap = len + 1;
		x->c = zp_xreallocarray(x->c, x->cap, sizeof(*x->c));
		x->boff = zp_xreallocarray(x->boff, x->cap, sizeof(*x->boff));
		x->owner =
		    zp_xreallocarray(x->owner, x->cap, sizeof(*x->owner));
		x->fl =
		    zp_xreallocarray(x->fl, x->cap + FL_PAD, sizeof(*x->fl));
		x->cand = zp_xreallocarray(
		    x->cand, x->cap / 64 + 2, sizeof(*x->cand));
	}
	zp_fold_begin(&x->fold);
	while (i < len) {
		unsigned char b0 = (unsigned char)s[i];
		int32_t cp;

		/* The input is valid UTF-8: ASCII and CJK take the short way. */
		if (b0 < 0x80) {
			cp = b0;
			l = 1;
			seen |= ascii_seen[b0];
		} else if ((b0 & 0xF0) == 0xE0 && i + 2 < len) {
			cp = (int32_t)(((uint32_t)(b0 & 0x0F) << 12) |
			    ((uint32_t)((unsigned char)s[i + 1] & 0x3F) << 6) |
			    ((unsigned char)s[i + 2] & 0x3F));
			l = 3;
			/* The rules read the Simplified fold (fold.h). */
			cp = (int32_t)zp_fold_step(&x->fold, (uint32_t)cp, n);
			if (cp < 0x4E00 || cp > 0x9FFF)
				seen |= rare_seen((uint32_t)cp);
			else if (cp == 0x9A7B)
				seen |= TX_ZHU;
		} else {
			cp = zp_utf8_decode(s + i, len - i, &l);
			if (cp >= 0)
				seen |= rare_seen((uint32_t)cp);
		}
		x->boff[n] = i;
		x->c[n] = cp < 0 ? 0xFFFD : (uint32_t)cp;
		x->fl[n] = x->c[n] < 0x10000 ? x->cls[x->c[n]] : 0xFFFF;
		x->owner[n] = -1;
		n++;
		i += l;
	}
	x->boff[n] = len;
	/* Ambiguous folds, decided now that the script is known. */
	x->trad = zp_fold_end(&x->fold, x->c, n);
	x->folded = x->fold.ntrad > 0 || x->fold.npos > 0;
	for (size_t k = 0; k < x->fold.npos; k++) {
		size_t p = x->fold.pos[k];

		x->fl[p] = x->c[p] < 0x10000 ? x->cls[x->c[p]] : 0xFFFF;
		if (x->c[p] < 0x4E00 || x->c[p] > 0x9FFF)
			seen |= rare_seen(x->c[p]);
	}
	for (size_t k = 0; k < FL_PAD; k++)
		x->fl[n + k] = 0xFFFF;
	x->n = n;
	x->seen = seen;
	x->s = s;
	x->nent = 0;
	zp_buf_clear(&x->ids);
}

void
ent_text_free(struct zp_entities *x)
{
	free(x->c);
	free(x->boff);
	free(x->owner);
	free(x->fl);
	free(x->cand);
	free(x->cls);
	zp_fold_free(&x->fold);
	free(x->ent);
	free(x->out);
	zp_buf_free(&x->ids);
}
