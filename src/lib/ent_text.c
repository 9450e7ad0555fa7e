/*
 * ent_text -- the text the passes read: its decoding into code points
 * and flags, the character sets, the owner map of spans (add, kill, clear),
 * the ids of names, and the candidate marks that let a pass skip positions.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/fold.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

#define C_PAD 8      /* c[n..n+7] are 0: mark_all reads past n */
#define FLAG_ROWS 16 /* words of mark_all per 64 positions: one per flag */
/* fl[n..n+63] have every flag: mark_all reads 64 at a time (FL_PAD too). */
#define MARK_FL_PAD 64

/* ent_decode's vectors store boff[] as 64-bit lanes. */
#if defined(__SSE2__) && SIZE_MAX == UINT64_MAX
#define DEC_SSE2 1
#endif

/*
 * Open addressing on the set's pointer.  The families ask for some 60 sets
 * and in_set looks one up at every test, so the table is twice that and
 * the pointer is hashed by multiplication: the strings lie side by side in
 * memory, and their low bits alone made long probes.
 */
#define MAX_CSETS 128 /* a power of two */
/*
 * On the heap, allocated once and kept: a megabyte of static memory
 * faulted in 4 KB at a time, where the heap has huge pages
 * (zp_heap_reserve).
 */
static struct cset *csets;

const struct cset *
ent_cset_get(const char *set)
{
	struct cset *cs;
	size_t i = 0, n, l;
	size_t h = (size_t)(((uint64_t)(uintptr_t)set * 0x9E3779B97F4A7C15u) >>
	    (64 - 7)); /* 2^7 == MAX_CSETS */

	/*
	 * Not zeroed as a whole: a set's bits are cleared when it is made,
	 * and clearing them twice had cost a million instructions.
	 */
	if (csets == NULL) {
		csets = zp_xreallocarray(NULL, MAX_CSETS, sizeof(*csets));
		for (size_t k = 0; k < MAX_CSETS; k++)
			csets[k].key = NULL;
	}
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
 * The mark of kind for four positions, the flags of each in a 16-bit lane
 * of f0 (and of the next positions in f1..f3); the lowest bit of each lane
 * says whether the pass may act there.
 *
 *   MARK_PEOPLE  where people_maybe() holds;
 *   MARK_PLACES  a country abbreviation, or a unit (ent_pass_places);
 *   MARK_SCORED  a surname, then a given-name character (scored names).
 *
 * (MARK_GAZ and MARK_SUF, of the gazetteer's and the suffixes' filters,
 * are not made of flags alone: gaz_marks, suf_marks and
 * ent_suffix_marks.)
 *
 * A rule added to one of these passes must start where the mark (and the
 * pass's own CL_* test) lets it, or widen them: zp_ent_set_skips(x, false)
 * turns the skips off, and the unit tests and tests/cli/entity-skips.bats
 * require the same entities both ways.
 */
static inline uint64_t
mark_lanes(enum mark kind, uint64_t f0, uint64_t f1, uint64_t f2, uint64_t f3,
    uint64_t rs)
{
#define SH(f) __builtin_ctz(f)
	switch (kind) {
	case MARK_PEOPLE:
		return ((f0 >> SH(CL_ROLE)) & ((f1 >> SH(CL_ROLE2)) | rs)) |
		    ((f0 & f1 & f2) >> SH(CL_TRANSLIT)) |
		    (f0 >> SH(CL_COMPOUND)) |
		    ((f0 >> SH(CL_SURNAME)) & (f1 >> SH(CL_GIVEN)) &
		        ((f2 | f3) >> SH(CL_SAYROLE))) |
		    ((f0 >> SH(CL_SURNAME)) & (f1 >> SH(CL_ROLE)) &
		        ((f2 >> SH(CL_ROLE2)) | ~(f2 >> SH(CL_GIVEN))));
	case MARK_PLACES:
		return (f0 >> SH(CL_ABBREV)) | (f0 >> SH(CL_UNIT));
	case MARK_SCORED:
		return (f0 >> SH(CL_SUR)) & (f1 >> SH(CL_GIVEN0));
	default:
		return 0;
	}
#undef SH
}

/*
 * The gazetteer's marks, MARK_GAZ: a name or a guard word may start there,
 * by the quick tests of both lists (first character, then one-character
 * names or the pair filter).  store_marks has left in MARK_GAZ the
 * positions of CL_GAZ without CL_GAZ1, the only ones where the pair
 * filter's answer counts (its hash had cost more than the rest of the
 * marks together), and in cand[], free until the passes, those of both.
 * A walk of its own after mark_all's, where the loop had shared the
 * registers of the vectors' and spent as much again on its addresses.
 * c[i + 1] is read at n too (ent_decode pads c[]); finish_marks clears what
 * the pad made of position n - 1.
 */
static void
gaz_marks(struct zp_entities *x)
{
	uint64_t *mg = x->marks + MARK_GAZ * x->markw;
	const uint64_t *both = x->cand;
	const uint64_t *pair = x->gzpair;
	const uint32_t *c = x->c, *c1 = x->c + 1;
	size_t nw = x->n / 64 + 1;

	for (size_t w = 0; w < nw; w++, c += 64, c1 += 64) {
		uint64_t r = both[w];

		for (uint64_t m = mg[w]; m != 0; m &= m - 1) {
			unsigned k = (unsigned)__builtin_ctzll(m);
			uint32_t h = zp_gaz_pair_hash(c[k], c1[k]);

			r |= ((pair[h >> 6] >> (h & 63)) & 1) << k;
		}
		mg[w] = r;
	}
}

/*
 * The positions of CL_SUF (sf) of word w before n: ent_suffix_marks keeps
 * of them those where a suffix or a team word starts.
 */
static inline uint64_t
suf_marks(const struct zp_entities *x, size_t w, uint64_t sf)
{
	if (x->n - 64 * w < 64)
		sf &= ((uint64_t)1 << (x->n - 64 * w)) - 1;
	return sf;
}

/* Stores the words w of the marks that mark_all fills. */
static inline void
store_marks(struct zp_entities *x, size_t w, uint64_t wp, uint64_t wl,
    uint64_t ws, uint64_t gz, uint64_t g1, uint64_t sf)
{
	uint64_t *m = x->marks;
	size_t stride = x->markw;

	m[MARK_PEOPLE * stride + w] = wp;
	m[MARK_PLACES * stride + w] = wl;
	m[MARK_SCORED * stride + w] = ws;
	m[MARK_GAZ * stride + w] = gz & ~g1;
	x->cand[w] = gz & g1;
	m[MARK_SUF * stride + w] = suf_marks(x, w, sf);
}

/*
 * Ends the marks once their words are stored: the pair filter's part of
 * MARK_GAZ, the last position, which has no pair (only a one-character
 * name), and MARK_SUF's lookups.
 */
static void
finish_marks(struct zp_entities *x)
{
	size_t n = x->n;

	gaz_marks(x);
	if (n > 0 && !(x->fl[n - 1] & CL_GAZ1))
		x->marks[MARK_GAZ * x->markw + ((n - 1) >> 6)] &=
		    ~((uint64_t)1 << ((n - 1) & 63));
	ent_suffix_marks(x);
}

/*
 * Ends mark_all's walk, i past n: the last word unless it was stored
 * whole, then finish_marks.
 */
static inline void
end_marks(struct zp_entities *x, size_t i, uint64_t wp, uint64_t wl,
    uint64_t ws, uint64_t gz, uint64_t g1, uint64_t sf)
{
	if ((i & 63) == 0)
		wp = wl = ws = gz = g1 = sf = 0;
	store_marks(x, i >> 6, wp, wl, ws, gz, g1, sf);
	finish_marks(x);
}

#ifdef __SSE2__
/* The flags of fl[] that the marks read (not CL_KIND, not CL_ALNUM). */
#define FLAGS_READ (0xFFFFu & ~(CL_KIND | CL_ALNUM))

/*
 * Puts the bit of flag b of sixteen positions, bit 7 of their bytes in v,
 * where it lies in the word of b at p (bit b of fl[] in word b;
 * little-endian, as SSE2's machines are), and returns v shifted by one:
 * within a 16-bit lane that brings the next bit of each byte to bit 7,
 * which the movemask keeps.
 */
static inline __m128i
flag_bit(unsigned char *p, __m128i v, int b)
{
	if ((FLAGS_READ >> b) & 1) {
		uint16_t m = (uint16_t)_mm_movemask_epi8(v);

		memcpy(p + 8 * (size_t)b, &m, sizeof(m));
	}
	return _mm_slli_epi16(v, 1);
}

/* flag_bit of the flags b0 + 7 down to b0, one byte a position in v. */
static inline void
flag_bytes(unsigned char *p, __m128i v, int b0)
{
	v = flag_bit(p, v, b0 + 7);
	v = flag_bit(p, v, b0 + 6);
	v = flag_bit(p, v, b0 + 5);
	v = flag_bit(p, v, b0 + 4);
	v = flag_bit(p, v, b0 + 3);
	v = flag_bit(p, v, b0 + 2);
	v = flag_bit(p, v, b0 + 1);
	(void)flag_bit(p, v, b0);
}

/*
 * The word of flag f (FLAG_ROWS words per word of positions, fb) from
 * position 64 * w + k on: what mark_lanes reads as f1, f2 and f3.
 */
static inline uint64_t
flag_from(const uint64_t *fb, size_t w, unsigned f, unsigned k)
{
	const uint64_t *r = fb + FLAG_ROWS * w + __builtin_ctz(f);

	return k == 0 ? r[0] : r[0] >> k | r[FLAG_ROWS] << (64 - k);
}

/*
 * mark_all in two walks: the first turns the flags of sixteen positions
 * into a word per flag (the low and the high bytes packed apart, then one
 * movemask a flag) in x->marks past the marks, fb; the second makes each
 * mark of 64 positions from those words by mark_lanes's formulas, the
 * next positions' flags shifted in from the next word.  Each formula on
 * vectors of eight 16-bit lanes had cost 128 instructions per sixteen
 * positions.  As with fl[]'s pad, the flags past n are all set.
 */
static void
mark_all(struct zp_entities *x)
{
	const uint64_t rs = x->role_short ? ~(uint64_t)0 : 0;
	const uint16_t *fl = x->fl;
	uint64_t *fb = x->marks + MARK_KINDS * x->markw;
	size_t n = x->n, wn = n >> 6;

	for (size_t w = 0; 64 * w < n; w++) {
		unsigned char *p = (unsigned char *)(fb + FLAG_ROWS * w);

		for (size_t j = 0; j < 64; j += 16, p += 2) {
			const uint16_t *f = fl + 64 * w + j;
			__m128i a =
			    _mm_loadu_si128((const __m128i *)(const void *)f);
			__m128i b = _mm_loadu_si128(
			    (const __m128i *)(const void *)(f + 8));
			__m128i m = _mm_set1_epi16(0xFF);

			flag_bytes(p,
			    _mm_packus_epi16(
			        _mm_and_si128(a, m), _mm_and_si128(b, m)),
			    0);
			flag_bytes(p,
			    _mm_packus_epi16(
			        _mm_srli_epi16(a, 8), _mm_srli_epi16(b, 8)),
			    8);
		}
	}
	/* The words past the last, whose positions have every flag. */
	for (size_t w = (n + 63) / 64; w <= wn + 1; w++)
		for (size_t k = 0; k < FLAG_ROWS; k++)
			fb[FLAG_ROWS * w + k] = ~(uint64_t)0;
	for (size_t w = 0; w <= wn; w++) {
#define F(f, k) flag_from(fb, w, f, k)
		uint64_t sn = F(CL_SURNAME, 0);
		uint64_t wp = (F(CL_ROLE, 0) & (F(CL_ROLE2, 1) | rs)) |
		    (F(CL_TRANSLIT, 0) & F(CL_TRANSLIT, 1) &
		        F(CL_TRANSLIT, 2)) |
		    F(CL_COMPOUND, 0) |
		    (sn & F(CL_GIVEN, 1) &
		        (F(CL_SAYROLE, 2) | F(CL_SAYROLE, 3))) |
		    (sn & F(CL_ROLE, 1) & (F(CL_ROLE2, 2) | ~F(CL_GIVEN, 2)));

		store_marks(x, w, wp, F(CL_ABBREV, 0) | F(CL_UNIT, 0),
		    F(CL_SUR, 0) & F(CL_GIVEN0, 1), F(CL_GAZ, 0), F(CL_GAZ1, 0),
		    F(CL_SUF, 0));
#undef F
	}
	finish_marks(x);
}
#else
/*
 * Fills x->marks, one bitmap per enum mark, in one walk over the text after
 * decoding: four positions at a time, without a branch (most positions
 * fail, at random).  Past the end fl[] holds every flag (a superset of the
 * test there); ent_mark ends the copy it makes at n.  The pair filter reads
 * c[i] unclamped, since a code point outside the BMP has CL_GAZ1.
 */
static void
mark_all(struct zp_entities *x)
{
	const uint64_t one = 0x0001000100010001u;
	const uint64_t rs = x->role_short ? one : 0;
	const uint16_t *fl = x->fl;
	size_t n = x->n;
	uint64_t wp = 0, wl = 0, ws = 0, wg = 0, w1 = 0, wf = 0;
	size_t i;

	for (i = 0; i < n; i += 4) {
		uint64_t f0, f1, f2, f3;

		memcpy(&f0, fl + i, sizeof(f0));
		memcpy(&f1, fl + i + 1, sizeof(f1));
		memcpy(&f2, fl + i + 2, sizeof(f2));
		memcpy(&f3, fl + i + 3, sizeof(f3));
		/* The lane bits 0, 16, 32 and 48 to bits 48-51, then 0-3. */
#define LANES(k) \
	(((mark_lanes(k, f0, f1, f2, f3, rs) & one) * 0x0001000200040008u) >> \
	    48)
#define FLAG(f) ((((f0 >> __builtin_ctz(f)) & one) * 0x0001000200040008u) >> 48)
		wp |= LANES(MARK_PEOPLE) << (i & 63);
		wl |= LANES(MARK_PLACES) << (i & 63);
		ws |= LANES(MARK_SCORED) << (i & 63);
		wf |= FLAG(CL_SUF) << (i & 63);
		wg |= FLAG(CL_GAZ) << (i & 63);
		w1 |= FLAG(CL_GAZ1) << (i & 63);
#undef FLAG
#undef LANES
		if ((i & 63) == 60) {
			store_marks(x, i >> 6, wp, wl, ws, wg, w1, wf);
			wp = wl = ws = wg = w1 = wf = 0;
		}
	}
	end_marks(x, i, wp, wl, ws, wg, w1, wf);
}
#endif

/* Copies the marks of kind (mark_all) into cand[] and ends them at n. */
void
ent_mark(struct zp_entities *x, enum mark kind)
{
	memcpy(x->cand, x->marks + kind * x->markw,
	    (x->n / 64 + 1) * sizeof(*x->cand));
	ent_cand_end(x);
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

	/* It reads the suffixes and the team words of two families. */
	ent_suffix_table(x);

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
	/* ent_pass_place_organs starts at a suffix or a team word alike. */
	cls_or(x->cls, x->teams.first, CL_SUF);
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
	return ent_put_surface_gap(x, a, b, b, b);
}

/* The id of c[a..b) without c[ga..gb): a name with a quote inside. */
uint32_t
ent_put_surface_gap(
    struct zp_entities *x, size_t a, size_t b, size_t ga, size_t gb)
{
	uint32_t off = (uint32_t)x->ids.len;
	char *p = zp_buf_reserve(&x->ids, 4 * (b - a) + 1);
	size_t n = 0;

	for (size_t i = a; i < b; i++) {
		uint32_t cp;

		if (i == ga && (i = gb) >= b)
			break;
		cp = x->c[i];
		/* Han in line: a call a character had cost twice the rest. */
		if (cp >= 0x800 && cp < 0x10000) {
			p[n] = (char)(0xE0 | (cp >> 12));
			p[n + 1] = (char)(0x80 | ((cp >> 6) & 0x3F));
			p[n + 2] = (char)(0x80 | (cp & 0x3F));
			n += 3;
		} else
			n += zp_utf8_encode(cp, p + n);
	}
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
	e->parent = NONE;
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

#define SEEN_FOLD 0x80u /* in seen_tab: zp_fold_step may change it */
#define SEEN_LAZY 0x40u /* in seen_tab: not worked out yet */

/*
 * Starts x->seen_tab, the TX_* flags of every BMP character and SEEN_FOLD
 * where the fold has something to do, so that the decoder takes one look
 * at a table for both instead of range tests per character.  Outside
 * ASCII an entry is worked out the first time a text has the character
 * (seen_lazy): the whole table cost a millisecond of start-up.
 */
void
ent_build_seen(struct zp_entities *x)
{
	uint8_t *t = zp_xreallocarray(NULL, 0x10000, 1);

	memcpy(t, ascii_seen, 0x80);
	memset(t + 0x80, SEEN_LAZY, 0x10000 - 0x80);
	x->seen_tab = t;
}

/*
 * The entry of seen_tab for c (in the BMP), stored there.  Out of line, so
 * that the decoder's loop has no store to a byte that might alias its
 * pointers.
 */
static __attribute__((noinline)) unsigned
seen_lazy(uint8_t *tab, const uint32_t *map, uint32_t c)
{
	unsigned v = c < 0x4E00 || c > 0x9FFF ? rare_seen(c) :
	    c == 0x9A7B                       ? TX_ZHU :
	                                        0;

	if (c >= 0x2E80 && (map[c] & (ZP_FOLD_T_BIT | ZP_FOLD_A_BIT)))
		v |= SEEN_FOLD;
	tab[c] = (uint8_t)v;
	return v;
}

#ifdef DEC_SSE2
/*
 * The code points of four three-byte characters from the sixteen bytes at
 * u, in the lanes of *c4, or false when a lead is not 1110xxxx: the
 * arithmetic of the scalar step on lanes of 32 bits, byte 3k shifted up to
 * lane k.  Half the instructions of four scalar steps, which had been the
 * most of the decoder's.
 */
static inline bool
dec3x4(const unsigned char *u, __m128i *c4)
{
	__m128i v = _mm_loadu_si128((const __m128i *)(const void *)u);
	__m128i lead = _mm_and_si128(v, _mm_set1_epi8((char)0xF0));
	__m128i q, l;

	/* Bytes 0, 3, 6 and 9. */
	if ((_mm_movemask_epi8(
	         _mm_cmpeq_epi8(lead, _mm_set1_epi8((char)0xE0))) &
	        0x249) != 0x249)
		return false;
	/*
	 * Character k to lane k: bytes 0-7 beside bytes 6-13 put characters
	 * 0 and 2 at the start of lanes 0 and 2, and three bytes on,
	 * characters 1 and 3, which go up a lane (8 instructions, where a
	 * shift and a mask per lane had taken 13).  A lane's fourth byte,
	 * a lead, is masked off below.
	 */
	q = _mm_unpacklo_epi64(v, _mm_srli_si128(v, 6));
	l = _mm_or_si128(_mm_and_si128(q, _mm_set_epi32(0, -1, 0, -1)),
	    _mm_slli_epi64(_mm_srli_si128(q, 3), 32));
	/*
	 * The lead's four bits and the last byte's six, 16-bit words of a
	 * lane, times 4096 and 1 by one pmaddwd; the middle byte's six go
	 * to bits 6-11 by a shift.
	 */
	*c4 = _mm_or_si128(
	    _mm_madd_epi16(_mm_and_si128(l, _mm_set1_epi32(0x3F000F)),
	        _mm_set1_epi32(0x11000)),
	    _mm_and_si128(_mm_srli_epi32(l, 2), _mm_set1_epi32(0xFC0)));
	return true;
}
#endif

/* The arrays ent_decode fills, and its tables. */
struct dec {
	const uint16_t *cls;
	const uint8_t *stab;
	uint32_t *c;
	size_t *boff;
	uint16_t *fl;
	int32_t *owner;
};

/*
 * Decodes from s[*ip] (position *np) a run of three-byte characters that
 * the tables settle (no lazy entry, nothing to fold), most of a Chinese
 * text: ent_decode's general step had kept its state on the stack.  Four
 * characters a turn first where SSE2 is there (dec3x4), two without, one
 * test of their leads and one of their entries: the loop's own tests had
 * cost as much as a character's work.  (After four, a loop of two mostly
 * failed its test: the one of one takes the rest.)  Inlined, its state
 * stays in registers.
 */
static inline void
dec_run3(const struct dec *d, const char *s, size_t len, size_t *ip, size_t *np,
    unsigned *seenp)
{
	size_t i = *ip, n = *np;
	unsigned seen = *seenp;

#ifdef DEC_SSE2
	/*
	 * The byte offsets of the four in two vectors that step by twelve,
	 * and their flags gathered into one by pinsrw: a store each had cost
	 * more than the decoding of a character.
	 */
	if (i + 15 < len) {
		const unsigned char *u = (const unsigned char *)s + i;
		const unsigned char *end = (const unsigned char *)s + len - 15;
		__m128i bo01 = _mm_set_epi64x((long long)i + 3, (long long)i);
		__m128i bo23 = _mm_add_epi64(bo01, _mm_set1_epi64x(6));

		do {
			__m128i c4, f4;
			uint32_t c0, c1, c2, c3;
			unsigned t;

			if (!dec3x4(u, &c4))
				break;
			_mm_storeu_si128((__m128i *)(void *)(d->c + n), c4);
			c0 = d->c[n];
			c1 = d->c[n + 1];
			c2 = d->c[n + 2];
			c3 = d->c[n + 3];
			t = d->stab[c0] | d->stab[c1] | d->stab[c2] |
			    d->stab[c3];
			if (t & (SEEN_LAZY | SEEN_FOLD))
				break;
			_mm_storeu_si128(
			    (__m128i *)(void *)(d->boff + n), bo01);
			_mm_storeu_si128(
			    (__m128i *)(void *)(d->boff + n + 2), bo23);
			bo01 = _mm_add_epi64(bo01, _mm_set1_epi64x(12));
			bo23 = _mm_add_epi64(bo23, _mm_set1_epi64x(12));
			f4 = _mm_cvtsi32_si128(d->cls[c0]);
			f4 = _mm_insert_epi16(f4, d->cls[c1], 1);
			f4 = _mm_insert_epi16(f4, d->cls[c2], 2);
			f4 = _mm_insert_epi16(f4, d->cls[c3], 3);
			_mm_storel_epi64((__m128i *)(void *)(d->fl + n), f4);
			_mm_storeu_si128((__m128i *)(void *)(d->owner + n),
			    _mm_set1_epi32(-1));
			seen |= t;
			u += 12;
			n += 4;
		} while (u < end);
		i = (size_t)(u - (const unsigned char *)s);
	}
#else
	for (; i + 5 < len; i += 6, n += 2) {
		const unsigned char *u = (const unsigned char *)s + i;
		uint32_t c0, c1;
		unsigned t0, t1;

		if (((u[0] & 0xF0) ^ 0xE0) | ((u[3] & 0xF0) ^ 0xE0))
			break;
		c0 = ((uint32_t)(u[0] & 0x0F) << 12) |
		    ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
		c1 = ((uint32_t)(u[3] & 0x0F) << 12) |
		    ((uint32_t)(u[4] & 0x3F) << 6) | (u[5] & 0x3F);
		t0 = d->stab[c0];
		t1 = d->stab[c1];
		if ((t0 | t1) & (SEEN_LAZY | SEEN_FOLD))
			break;
		d->boff[n] = i;
		d->boff[n + 1] = i + 3;
		d->fl[n] = d->cls[c0];
		d->fl[n + 1] = d->cls[c1];
		d->c[n] = c0;
		d->c[n + 1] = c1;
		d->owner[n] = d->owner[n + 1] = -1;
		seen |= t0 | t1;
	}
#endif
	while (i + 2 < len && ((unsigned char)s[i] & 0xF0) == 0xE0) {
		const unsigned char *u = (const unsigned char *)s + i;
		uint32_t cp = ((uint32_t)(u[0] & 0x0F) << 12) |
		    ((uint32_t)(u[1] & 0x3F) << 6) | (u[2] & 0x3F);
		unsigned t = d->stab[cp];

		if (t & (SEEN_LAZY | SEEN_FOLD))
			break;
		d->boff[n] = i;
		d->fl[n] = d->cls[cp];
		d->owner[n] = -1;
		d->c[n++] = cp;
		seen |= t;
		i += 3;
	}
	*ip = i;
	*np = n;
	*seenp = seen;
}

/* Makes room in x for a text of len bytes. */
static void
text_grow(struct zp_entities *x, size_t len)
{
	x->cap = len + 1;
	/* Padded: the pair filter reads c[n] (gaz_marks). */
	x->c = zp_xreallocarray(x->c, x->cap + C_PAD, sizeof(*x->c));
	x->boff = zp_xreallocarray(x->boff, x->cap, sizeof(*x->boff));
	x->owner = zp_xreallocarray(x->owner, x->cap, sizeof(*x->owner));
	x->fl = zp_xreallocarray(x->fl, x->cap + MARK_FL_PAD, sizeof(*x->fl));
	x->cand = zp_xreallocarray(x->cand, x->cap / 64 + 2, sizeof(*x->cand));
	x->markw = x->cap / 64 + 2;
	/* Past the marks, mark_all's words of flags (FLAG_ROWS each). */
	x->marks = zp_xreallocarray(
	    x->marks, (MARK_KINDS + FLAG_ROWS) * x->markw, sizeof(*x->marks));
	x->sufat = zp_xreallocarray(x->sufat, x->cap, sizeof(*x->sufat));
}

void
ent_decode(struct zp_entities *x, const char *s, size_t len)
{
	size_t n = 0, i = 0, l;
	unsigned seen = 0;
	const uint16_t *cls = x->cls;
	uint8_t *stab = x->seen_tab;
	uint32_t *c;
	size_t *boff;
	uint16_t *fl;
	int32_t *owner; /* -1: nothing owns a position yet */
	struct dec d;

	if (len + 1 > x->cap)
		text_grow(x, len);
	zp_fold_begin(&x->fold);
	c = x->c;
	boff = x->boff;
	fl = x->fl;
	owner = x->owner;
	d = (struct dec){ cls, stab, c, boff, fl, owner };
	while (i < len) {
		unsigned char b0;
		uint32_t cp;

		dec_run3(&d, s, len, &i, &n, &seen);
		if (i >= len)
			break;
		b0 = (unsigned char)s[i];
		boff[n] = i;
		/*
		 * The input is valid UTF-8: CJK, then ASCII take the short
		 * way, in the order of their frequency in Chinese text.
		 */
		if ((b0 & 0xF0) == 0xE0 && i + 2 < len) {
			unsigned t;

			cp = ((uint32_t)(b0 & 0x0F) << 12) |
			    ((uint32_t)((unsigned char)s[i + 1] & 0x3F) << 6) |
			    ((unsigned char)s[i + 2] & 0x3F);
			i += 3;
			t = stab[cp];
			/* One test in the common case: Han, nothing to fold. */
			if (t & (SEEN_LAZY | SEEN_FOLD)) {
				if (t & SEEN_LAZY)
					t = seen_lazy(stab, x->fold.map, cp);
				/*
				 * The rules read the Simplified fold (fold.h),
				 * which keeps a character in the BMP.
				 */
				if (t & SEEN_FOLD) {
					cp = zp_fold_step(&x->fold, cp, n) &
					    0xFFFF;
					t = stab[cp];
					if (t & SEEN_LAZY)
						t = seen_lazy(
						    stab, x->fold.map, cp);
				}
			}
			fl[n] = cls[cp];
			seen |= t;
		} else if (b0 < 0x80) {
			/*
			 * A run of ASCII (figures, Latin words) in a loop of
			 * its own: it had gone round the tests of the loops
			 * above at every byte.
			 */
			for (;;) {
				fl[n] = cls[b0];
				seen |= ascii_seen[b0];
				owner[n] = -1;
				c[n++] = b0;
				if (++i >= len ||
				    (b0 = (unsigned char)s[i]) >= 0x80)
					break;
				boff[n] = i;
			}
			continue;
		} else {
			int32_t d = zp_utf8_decode(s + i, len - i, &l);

			i += l;
			if (d >= 0)
				seen |= rare_seen((uint32_t)d);
			cp = d < 0 ? 0xFFFD : (uint32_t)d;
			fl[n] = cp < 0x10000 ? cls[cp] : 0xFFFF;
		}
		owner[n] = -1;
		c[n++] = cp;
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
	for (size_t k = 0; k < MARK_FL_PAD; k++)
		x->fl[n + k] = 0xFFFF;
	for (size_t k = 0; k < C_PAD; k++)
		x->c[n + k] = 0;
	x->n = n;
	x->seen = seen & ~SEEN_FOLD;
	x->s = s;
	x->nent = 0;
	zp_buf_clear(&x->ids);
	mark_all(x);
}

void
ent_text_free(struct zp_entities *x)
{
	free(x->c);
	free(x->boff);
	free(x->owner);
	free(x->fl);
	free(x->cand);
	free(x->marks);
	free(x->sufat);
	free(x->cls);
	free(x->seen_tab);
	zp_fold_free(&x->fold);
	free(x->ent);
	free(x->out);
	free(x->outkey);
	zp_buf_free(&x->ids);
}
