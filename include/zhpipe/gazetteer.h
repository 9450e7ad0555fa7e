/*
 * gazetteer -- lists of names (CSV read with libcsv) compiled into one trie
 * over code points, for leftmost-longest matching.
 *
 * File format, one entry per record, a header line first:
 *
 *	canonical,type,aliases,ticker,exchange[,parent]
 *	NVIDIA,ORG,英伟达|輝達|Nvidia,NVDA,NASDAQ
 *	JD Logistics,ORG,京东物流|京東物流,2618,HKEX,JD.com
 *
 * type is ORG, PER, LOC or PRODUCT; aliases are separated by "|" and the
 * canonical name counts as an alias too; ticker and exchange may be empty
 * or left out.  parent, also optional, is the canonical name of the entry
 * a unit belongs to (a subsidiary's or a business group's company), or
 * of a product's maker; the
 * header line may name it or not, as the column is read by its place.  Aliases match in their Simplified fold (zhpipe/fold.h), as
 * the extractors read their text, so a Traditional alias is needed only
 * where the name itself differs (臺積電 and 台积电 are one alias, 輝達 and
 * 英伟达 two); a Traditional alias with no Simplified twin in its entry
 * is for Traditional text only (zp_gaz_trad_only).  A ticker is kept as the market quotes it, with its
 * exchange's suffix (2330.TW, 0700.HK, 600519.SS, 005930.KS; US symbols
 * bare): 2330 of TWSE is read as 2330.TW, and a ticker that carries its
 * suffix already stays as written.  A company listed twice gives its
 * listings separated by "|" in both fields, the primary first:
 *
 *	中国平安,ORG,中國平安,601318|2318,SSE|HKEX
 *
 * When two entries share an alias, the one loaded last wins,
 * so a user's file overrides the shipped lists.
 */
#ifndef ZHPIPE_GAZETTEER_H
#define ZHPIPE_GAZETTEER_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum zp_etype {
	ZP_ET_ORG,
	ZP_ET_PER,
	ZP_ET_LOC,
	ZP_ET_PRODUCT,
	ZP_ET_BLOCK /* a word that stops a shorter name inside it */
};

#define ZP_GAZ_NONE UINT32_MAX
#define ZP_GAZ_MAX_ALIAS 256 /* code points; longer aliases are refused */

struct zp_gaz_entry {
	const char *id;       /* canonical name */
	const char *ticker;   /* the primary listing's (2330.TW), or NULL */
	const char *exchange; /* its exchange (TWSE), or NULL */
	/* Every listing, the primary first: nlist tickers and exchanges. */
	const char *const *tickers;
	const char *const *exchanges;
	size_t nlist;
	enum zp_etype type;
	const char *parent; /* canonical name of the entry it is a unit of */
};

struct zp_gazetteer;

/* An empty gazetteer; add names, then zp_gaz_compile() before matching. */
struct zp_gazetteer *zp_gaz_new(void);
void zp_gaz_free(struct zp_gazetteer *g);

/*
 * The ticker of code on exchange as quoters write it, in a new string:
 * 2330, TWSE -> 2330.TW; 700, HKEX -> 0700.HK; NVDA, NASDAQ -> NVDA.
 */
char *zp_gaz_ticker(const char *code, const char *exchange);

/* The type named s ("ORG"...), or -1. */
int zp_gaz_type_parse(const char *s);
const char *zp_gaz_type_name(enum zp_etype t);

/*
 * Adds an entry and its aliases (each a NUL-terminated UTF-8 string; the
 * canonical is added as an alias too).  ticker and exchange are as in the
 * file ("|" between listings; NULL or "" for none).  Returns the entry's
 * index.
 */
uint32_t zp_gaz_add(struct zp_gazetteer *g, const char *id, enum zp_etype type,
    const char *const *aliases, size_t naliases, const char *ticker,
    const char *exchange);

/*
 * zp_gaz_add for a loader that has decoded the names as it checked them:
 * names[0] is id's code points, names[1..nnames) the aliases'.
 */
struct zp_gaz_cps {
	const uint32_t *cp;
	size_t n;
};

uint32_t zp_gaz_add_decoded(struct zp_gazetteer *g, const char *id,
    enum zp_etype type, const struct zp_gaz_cps *names, size_t nnames,
    const char *ticker, const char *exchange);

/* Sets the parent of entry i (a copy of parent; NULL or "" for none). */
void zp_gaz_set_parent(struct zp_gazetteer *g, uint32_t i, const char *parent);

/*
 * Loads a CSV file.  Returns 0, or -1 with "FILE:LINE: reason" (or
 * "FILE: reason" when it cannot be read) in err.  Entries read before a
 * malformed line stay added.
 */
int zp_gaz_load_file(
    struct zp_gazetteer *g, const char *path, char *err, size_t errsize);

/* The same from memory; name stands for the file in messages. */
int zp_gaz_load_mem(struct zp_gazetteer *g, const char *name, const char *text,
    size_t len, char *err, size_t errsize);

/*
 * Loads every *.csv in dir, in byte order of their names.  Returns the
 * number of files read, or -1 with the first error in err.
 */
int zp_gaz_load_dir(
    struct zp_gazetteer *g, const char *dir, char *err, size_t errsize);

/*
 * Calls fn with every alias added so far (UTF-8, not NUL-terminated), in
 * the order of addition, with its entry; only before zp_gaz_compile(),
 * which drops the list.  For users of the names that do not match with the
 * trie, such as the word segmenter's lexicon.
 */
void zp_gaz_each_alias(const struct zp_gazetteer *g,
    void (*fn)(
        const char *s, size_t n, const struct zp_gaz_entry *e, void *ctx),
    void *ctx);

/* Builds the matching trie; adding after this is not allowed. */
void zp_gaz_compile(struct zp_gazetteer *g);

size_t zp_gaz_size(const struct zp_gazetteer *g);
const struct zp_gaz_entry *zp_gaz_entry(
    const struct zp_gazetteer *g, uint32_t i);

/*
 * zp_gaz_entry(g, i)->type, from a byte an entry kept by zp_gaz_compile():
 * a caller that tests the type of each name it finds reads no entry, 64
 * bytes each and mostly out of the cache.
 */
enum zp_etype zp_gaz_type(const struct zp_gazetteer *g, uint32_t i);

/*
 * The longest alias that is a prefix of cp[0..n): returns its length in
 * code points (0 when none) and stores its entry in *entry.
 */
size_t zp_gaz_longest(const struct zp_gazetteer *g, const uint32_t *cp,
    size_t n, uint32_t *entry);

/*
 * Every alias that is a prefix of cp[0..n), shortest first: fills lens[] and
 * entries[] (at most max) and returns how many.
 */
size_t zp_gaz_prefixes(const struct zp_gazetteer *g, const uint32_t *cp,
    size_t n, size_t *lens, uint32_t *entries, size_t max);

/*
 * The same for a cp[0] in the BMP that no alias of one code point is, as
 * the caller knows: from the pair table at once, without the quick tests,
 * which a caller that has made its own (zp_gaz_tri_bit) need not repeat.
 */
size_t zp_gaz_prefixes_long(const struct zp_gazetteer *g, const uint32_t *cp,
    size_t n, size_t *lens, uint32_t *entries, size_t max);

/* True when some alias starts with code point c (a fast first test). */
bool zp_gaz_can_start(const struct zp_gazetteer *g, uint32_t c);

/*
 * The first test of zp_gaz_prefixes() and zp_gaz_longest(), for callers
 * that try every position of a text and want it without a call: bitmaps
 * over the BMP (bit 0 stands for every other code point) of the first code
 * points of aliases, of one-character aliases, and a filter of the pairs
 * of first two code points; and where the pair table lies, for
 * zp_gaz_quick_prefetch().  Valid while g lives; all clear (slots NULL)
 * before zp_gaz_compile().
 */
#define ZP_GAZ_PAIR_BITS (1u << 18)
#define ZP_GAZ_SLOT_BYTES 16 /* a slot of the pair table */
#define ZP_GAZ_EDGE_BYTES 12 /* a slot of the table of edges */

struct zp_gaz_quick {
	const uint64_t *first, *single, *pair;
	const unsigned char *slots;
	uint32_t smask;
	const uint64_t *tri; /* zp_gaz_tri_bit's filter, tmask + 1 bits */
	uint32_t tmask;
	const unsigned char *edges; /* hmask + 1 slots */
	uint32_t hmask;
};

void zp_gaz_quick_get(const struct zp_gazetteer *g, struct zp_gaz_quick *q);

static inline uint32_t
zp_gaz_pair_hash(uint32_t a, uint32_t b)
{
	uint32_t h = a * 0x9e3779b1u + b * 0x85ebca77u;

	return (h ^ (h >> 14)) & (ZP_GAZ_PAIR_BITS - 1);
}

/* False when no alias can start at cp[0..n); true says only "maybe". */
static inline bool
zp_gaz_quick(const struct zp_gaz_quick *q, const uint32_t *cp, size_t n)
{
	uint32_t c0, h;

	if (n == 0)
		return false;
	c0 = cp[0] < 0x10000 ? cp[0] : 0;
	if (!((q->first[c0 >> 6] >> (c0 & 63)) & 1))
		return false;
	if ((q->single[c0 >> 6] >> (c0 & 63)) & 1)
		return true;
	if (n < 2)
		return false;
	h = zp_gaz_pair_hash(c0, cp[1]);
	return (q->pair[h >> 6] >> (h & 63)) & 1;
}

/*
 * A filter of the first three code points of aliases, an alias of two
 * having ZP_GAZ_TRI_END for its third: no alias of two code points or more
 * starts with c0 c1 (c0 in the BMP) unless zp_gaz_tri_bit() holds for
 * zp_gaz_tri_hash(c0, c1, ZP_GAZ_TRI_END) or for that of c0 c1 and the
 * next code point.  Most positions that pass the pair filter start no
 * alias (经济 and 国家 begin names, but few of their texts do), and fail
 * here rather than in the pair table, which is larger than the caches.
 */
#define ZP_GAZ_TRI_END 0x110000u /* past the code points */

static inline uint32_t
zp_gaz_tri_hash(uint32_t c0, uint32_t c1, uint32_t c2)
{
	uint32_t h = c0 * 0x9e3779b1u + c1 * 0x85ebca77u + c2 * 0xc2b2ae3du;

	return h ^ (h >> 15);
}

static inline uint64_t
zp_gaz_tri_bit(const struct zp_gaz_quick *q, uint32_t h)
{
	h &= q->tmask;
	return (q->tri[h >> 6] >> (h & 63)) & 1;
}

/* Where the pair c0 c1 (c0 in the BMP) starts its probe of the pair table. */
static inline uint32_t
zp_gaz_slot_hash(uint32_t c0, uint32_t c1)
{
	uint32_t h = c0 * 0x85ebca77u ^ (c1 + 0x165667b1u) * 0x9e3779b1u;

	return h ^ (h >> 16);
}

/*
 * A hint that zp_gaz_prefixes(), zp_gaz_prefixes_long() or zp_gaz_longest()
 * will look at cp[0..n) soon: starts loading the slot of its first two code
 * points in the pair table and that of the edge by its third, which miss
 * the cache at most positions.  Callers that try the positions of a text
 * in order give it some positions ahead.  Always inlined: GCC takes a
 * function that only prefetches for one without effects and drops its
 * calls before it would inline them.
 */
static inline __attribute__((always_inline)) void
zp_gaz_quick_prefetch(
    const struct zp_gaz_quick *q, const uint32_t *cp, size_t n)
{
	if (n < 2 || q->slots == NULL || cp[0] >= 0x10000)
		return;
	__builtin_prefetch(q->slots +
	    (size_t)(zp_gaz_slot_hash(cp[0], cp[1]) & q->smask) *
	        ZP_GAZ_SLOT_BYTES);
	if (n > 2)
		__builtin_prefetch(q->edges +
		    (size_t)(zp_gaz_tri_hash(cp[0], cp[1], cp[2]) & q->hmask) *
		        ZP_GAZ_EDGE_BYTES);
}

/*
 * The entry whose alias is exactly s[0..n) (UTF-8), or ZP_GAZ_NONE.  s is
 * folded to Simplified first, as a text of its own (zhpipe/fold.h), since
 * zp_gaz_compile() folds the aliases.
 */
uint32_t zp_gaz_lookup(const struct zp_gazetteer *g, const char *s, size_t n);

/*
 * The same for the code points cp[0..n), taken as they are: for spans of a
 * text that is already folded.
 */
uint32_t zp_gaz_lookup_cp(
    const struct zp_gazetteer *g, const uint32_t *cp, size_t n);

/*
 * zp_gaz_trad_only -- true when cp[0..n) (folded) is an alias written only
 * in Traditional characters, its entry listing no Simplified twin (長榮,
 * not 长荣): a name to be found in Traditional text only.
 */
bool zp_gaz_trad_only(
    const struct zp_gazetteer *g, const uint32_t *cp, size_t n);
/*
 * False when no alias that names entry is Traditional only, so that a
 * caller with the entry can skip zp_gaz_trad_only's walk.
 */
bool zp_gaz_has_trad_only(const struct zp_gazetteer *g, uint32_t entry);

#endif
