/*
 * gazetteer -- name lists in CSV compiled into a trie over code points.
 *
 * The trie is built once from the sorted aliases, so every node's edges sit
 * together in one array, sorted by code point, and are found by binary
 * search.  The root, which is visited at every position of the text, is a
 * direct table over the Basic Multilingual Plane instead: one load tells
 * whether a name can start at a character.
 *
 * Nodes are numbered depth first, so a node's first child is the next node
 * and the chain of a long name lies in consecutive memory; the first edge's
 * code point sits in the node itself, which is 8 bytes.  Only the other
 * edges of a branching node go into a hash table, and the first two
 * characters of a name are found at once in a table of pairs.  No list of
 * edges is kept: the trie is walked, never listed.
 */
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/fold.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

#include "gazetteer_internal.h"

static const char *const type_names[] = { "ORG", "PER", "LOC", "PRODUCT",
	"BLOCK" };

/*
 * The first letters differ: one strcmp, not one per name, for each of the
 * 20,000 lines of the lists.
 */
int
zp_gaz_type_parse(const char *s)
{
	int i;

	switch (s[0]) {
	case 'O':
		i = ZP_ET_ORG;
		break;
	case 'P':
		i = s[1] == 'E' ? ZP_ET_PER : ZP_ET_PRODUCT;
		break;
	case 'L':
		i = ZP_ET_LOC;
		break;
	default:
		return -1;
	}
	/* The rest inline: a call of strcmp was most of the cost. */
	for (const char *t = type_names[i];; s++, t++)
		if (*s != *t)
			return -1;
		else if (*t == '\0')
			return i;
}

const char *
zp_gaz_type_name(enum zp_etype t)
{
	return type_names[t];
}

static void
free_chunks(struct zp_gazetteer *g)
{
	for (size_t i = 0; i < g->nchunk; i++)
		free(g->chunk[i]);
	free(g->chunk);
	g->chunk = NULL;
	g->nchunk = g->chunkleft = 0;
}

/*
 * Room for n bytes in the string chunks: the names of 13,000 entries, and
 * the listings, cost a malloc each to load and a free each at exit.
 */
static char *
str_alloc(struct zp_gazetteer *g, size_t n)
{
	size_t size;
	char *p;

	if (n > g->strleft) {
		/* A long name gets a block of its own; the chunk goes on. */
		size = n > STR_CHUNK / 8 ? n : STR_CHUNK;
		if ((g->nstr & (g->nstr - 1)) == 0) /* 0, 1, 2, 4...: full */
			g->str = zp_xreallocarray(
			    g->str, g->nstr ? 2 * g->nstr : 1, sizeof(*g->str));
		p = g->str[g->nstr++] = zp_xmalloc(size);
		if (size == n)
			return p;
		g->strcur = p;
		g->strleft = size;
	}
	p = g->strcur;
	g->strcur += n;
	g->strleft -= n;
	return p;
}

/* A copy of s[0..n) and a NUL in the string chunks. */
static char *
str_copy_n(struct zp_gazetteer *g, const char *s, size_t n)
{
	char *p = str_alloc(g, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

static char *
str_copy(struct zp_gazetteer *g, const char *s)
{
	return str_copy_n(g, s, strlen(s));
}

struct zp_gazetteer *
zp_gaz_new(void)
{
	return zp_xcalloc(1, sizeof(struct zp_gazetteer));
}

void
zp_gaz_free(struct zp_gazetteer *g)
{
	if (g == NULL)
		return;
	for (size_t i = 0; i < g->nstr; i++)
		free(g->str[i]);
	free(g->str);
	/* The listings' strings are in the chunks, their arrays one block. */
	for (size_t i = 0; i < g->nent; i++)
		free((void *)entry_at(g, i)->tickers);
	for (size_t b = 0; b < (g->nent + ENT_BLOCK - 1) / ENT_BLOCK; b++)
		free(g->eblk[b]);
	free_chunks(g);
	free(g->eblk);
	free(g->al);
	free(g->node);
	free(g->root);
	free(g->trad_node);
	free(g->trad_ent);
	free(g->etype);
	free(g->hash);
	free(g->ebits);
	free(g->pairs);
	free(g->tri);
	free(g);
}

size_t
zp_gaz_size(const struct zp_gazetteer *g)
{
	return g->nent;
}

enum zp_etype
zp_gaz_type(const struct zp_gazetteer *g, uint32_t i)
{
	/* Before zp_gaz_compile() there are no bytes. */
	if (i < g->netype)
		return (enum zp_etype)g->etype[i];
	return zp_gaz_entry(g, i)->type;
}

const struct zp_gaz_entry *
zp_gaz_entry(const struct zp_gazetteer *g, uint32_t i)
{
	return entry_at(g, i);
}

/* Room for n <= 4 * ZP_GAZ_MAX_ALIAS code points in the chunks. */
static uint32_t *
chunk_room(struct zp_gazetteer *g, size_t n)
{
	if (g->chunkleft < n) {
		g->chunk = zp_xreallocarray(
		    g->chunk, g->nchunk + 1, sizeof(*g->chunk));
		g->chunk[g->nchunk++] =
		    zp_xreallocarray(NULL, CP_CHUNK, sizeof(uint32_t));
		g->chunkleft = CP_CHUNK;
	}
	return g->chunk[g->nchunk - 1] + (CP_CHUNK - g->chunkleft);
}

/*
 * Decodes valid UTF-8 of at most 4 * ZP_GAZ_MAX_ALIAS bytes into the
 * chunks; *n gets its length in code points.
 */
static uint32_t *
decode(struct zp_gazetteer *g, const char *s, size_t len, uint32_t *n)
{
	uint32_t *cp = chunk_room(g, len);
	size_t i = 0, k = 0, l;

	while (i < len) {
		cp[k++] = (uint32_t)decode_at(s, len, i, &l);
		i += l;
	}
	g->chunkleft -= k;
	*n = (uint32_t)k;
	return cp;
}

/* A new alias at the end of the list, its seq set and its flags clear. */
static struct alias *
new_alias(struct zp_gazetteer *g)
{
	struct alias *a;

	/* Fourfold: a doubling's copies were 2 MB at every start-up. */
	if (g->nal == g->capal) {
		g->capal = g->capal ? 4 * g->capal : 256;
		g->al = zp_xreallocarray(g->al, g->capal, sizeof(*g->al));
	}
	a = &g->al[g->nal];
	a->folded = a->trad_only = a->dup = false;
	a->seq = (uint32_t)g->nal++;
	return a;
}

/* Adds s for entry; returns its index in g->al, or -1 when refused. */
static long
add_alias(struct zp_gazetteer *g, const char *s, uint32_t entry)
{
	struct alias *a;
	size_t len = strlen(s);

	/* Counted only when the bytes could be too many code points. */
	if (len == 0 ||
	    (len > ZP_GAZ_MAX_ALIAS &&
	        zp_utf8_count(s, len) > ZP_GAZ_MAX_ALIAS))
		return -1;
	a = new_alias(g);
	a->cp = decode(g, s, len, &a->len);
	a->entry = entry;
	return (long)a->seq;
}

/*
 * Whether a[0..an) and b[0..bn) are one text: inline, since texts that
 * differ do at their first code points mostly, and memcmp was a call.
 */
static inline bool
same_cps(const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
	if (an != bn)
		return false;
	for (size_t i = 0; i < an; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/* add_alias for the code points cp[0..n). */
static long
add_cps(struct zp_gazetteer *g, const uint32_t *cp, size_t n, uint32_t entry)
{
	struct alias *a;

	if (n == 0 || n > ZP_GAZ_MAX_ALIAS)
		return -1;
	a = new_alias(g);
	a->cp = memcpy(chunk_room(g, n), cp, n * sizeof(*cp));
	g->chunkleft -= n;
	a->len = (uint32_t)n;
	a->entry = entry;
	return (long)a->seq;
}

/*
 * Adds alias k of the list again, as the latest: its code points shared,
 * k marked dup.  Most lines of the long lists give the canonical name as
 * its own alias; the earlier copy, of the same entry and nothing added
 * between, can win no node, and zp_gaz_compile drops it unread.
 */
static long
again_alias(struct zp_gazetteer *g, size_t k)
{
	struct alias *a = new_alias(g);

	g->al[k].dup = true;
	a->cp = g->al[k].cp;
	a->len = g->al[k].len;
	a->entry = g->al[k].entry;
	return (long)a->seq;
}

void
zp_gaz_each_alias(const struct zp_gazetteer *g,
    void (*fn)(
        const char *s, size_t n, const struct zp_gaz_entry *e, void *ctx),
    void *ctx)
{
	char utf8[ZP_GAZ_MAX_ALIAS * 4];

	for (size_t i = 0; i < g->nal; i++) {
		const struct alias *a = &g->al[i];
		size_t n = 0;

		for (uint32_t k = 0; k < a->len; k++)
			n += zp_utf8_encode(a->cp[k], utf8 + n);
		fn(utf8, n, entry_at(g, a->entry), ctx);
	}
}

/*
 * Yahoo Finance's suffixes, which most feeds and spreadsheets know; US
 * symbols, and exchanges not listed here, go bare.
 */
static const struct {
	const char *exchange, *suffix;
} suffixes[] = {
	{ "TWSE", "TW" },
	{ "TPEx", "TWO" },
	{ "HKEX", "HK" },
	{ "SSE", "SS" },
	{ "SZSE", "SZ" },
	{ "BSE", "BJ" },
	{ "KRX", "KS" },
	{ "KOSPI", "KS" },
	{ "KOSDAQ", "KQ" },
	{ "TSE", "T" },
	{ "TYO", "T" },
	{ "AMS", "AS" },
	{ "ASX", "AX" },
	{ "BME", "MC" },
	{ "EPA", "PA" },
	{ "LSE", "L" },
	{ "SGX", "SI" },
	{ "SIX", "SW" },
	{ "Tadawul", "SR" },
	{ "XETRA", "DE" },
};

/*
 * What a code of n bytes grows by at most: to four digits, "." and "HK"
 * and a NUL (8 for an empty code), or ".", "TWO" and a NUL.
 */
#define TICKER_EXTRA 8

/*
 * Writes the ticker of code[0..n) on the exchange x[0..xn) (xn 0: none) to
 * t, which has room for n + TICKER_EXTRA bytes, and a NUL.
 */
static void
ticker_to(char *t, const char *code, size_t n, const char *x, size_t xn)
{
	const char *suf = NULL;
	size_t pad = 0, sl;

	for (size_t i = 0; xn > 0 && suf == NULL &&
	     i < sizeof(suffixes) / sizeof(suffixes[0]);
	     i++)
		if (strncmp(x, suffixes[i].exchange, xn) == 0 &&
		    suffixes[i].exchange[xn] == '\0')
			suf = suffixes[i].suffix;
	sl = suf != NULL ? strlen(suf) : 0;
	/* Bare, or written with its suffix already (2330.TW): as it is. */
	if (suf == NULL ||
	    (n > sl + 1 && code[n - sl - 1] == '.' &&
	        memcmp(code + n - sl, suf, sl) == 0)) {
		memcpy(t, code, n);
		t[n] = '\0';
		return;
	}
	/* HKEX codes are quoted with four digits at least: 0700.HK. */
	if (strcmp(suf, "HK") == 0 && n < 4) {
		pad = 4 - n;
		for (size_t i = 0; i < n; i++)
			if (code[i] < '0' || code[i] > '9')
				pad = 0;
	}
	memset(t, '0', pad);
	memcpy(t + pad, code, n);
	n += pad;
	/* BA. of the LSE is BA.L, not BA..L. */
	if (n == 0 || t[n - 1] != '.')
		t[n++] = '.';
	memcpy(t + n, suf, sl + 1);
}

char *
zp_gaz_ticker(const char *code, const char *exchange)
{
	size_t n = strlen(code);
	char *t = zp_xmalloc(n + TICKER_EXTRA);

	ticker_to(
	    t, code, n, exchange, exchange != NULL ? strlen(exchange) : 0);
	return t;
}

/* The length of the "|"-separated field at p, which ends *p or its NUL. */
static size_t
listing_len(const char *p)
{
	return strcspn(p, "|");
}

/*
 * Splits the listings of ticker and exchange into e, strings in the
 * chunks and the two arrays in one block (e->tickers).
 */
static void
add_listings(struct zp_gazetteer *g, struct zp_gaz_entry *e, const char *ticker,
    const char *exchange)
{
	const char **tk, **ex;
	size_t n = 1;

	e->nlist = 0;
	if (ticker == NULL || *ticker == '\0')
		return;
	for (const char *p = ticker; *p != '\0'; p++)
		n += *p == '|';
	tk = zp_xreallocarray(NULL, 2 * n, sizeof(*tk));
	ex = tk + n;
	if (exchange == NULL)
		exchange = "";
	for (;;) {
		size_t cn = listing_len(ticker), xn = listing_len(exchange);

		/* Not an empty listing: 601318||... */
		if (cn > 0) {
			char *t = str_alloc(g, cn + TICKER_EXTRA);

			ticker_to(t, ticker, cn, exchange, xn);
			tk[e->nlist] = t;
			ex[e->nlist++] =
			    xn > 0 ? str_copy_n(g, exchange, xn) : NULL;
		}
		exchange += exchange[xn] == '|' ? xn + 1 : xn;
		if (ticker[cn] == '\0')
			break;
		ticker += cn + 1;
	}
	e->tickers = tk;
	e->exchanges = ex;
	e->ticker = e->nlist > 0 ? tk[0] : NULL;
	e->exchange = e->nlist > 0 ? ex[0] : NULL;
}

/* A new entry without aliases; returns its index. */
static uint32_t
new_entry(struct zp_gazetteer *g, const char *id, enum zp_etype type,
    const char *ticker, const char *exchange)
{
	struct zp_gaz_entry *e;
	uint32_t idx;

	if (g->nent % ENT_BLOCK == 0) {
		size_t b = g->nent / ENT_BLOCK;

		/* 0, 1, 2, 4...: full.  eblk holds pointers to blocks. */
		if ((b & (b - 1)) == 0) {
			size_t nb = b ? 2 * b : 1;
			/* NOLINTNEXTLINE(bugprone-sizeof-expression) */
			size_t psz = sizeof(*g->eblk);

			g->eblk = zp_xreallocarray(g->eblk, nb, psz);
		}
		g->eblk[b] =
		    zp_xreallocarray(NULL, ENT_BLOCK, sizeof(**g->eblk));
	}
	idx = (uint32_t)g->nent++;
	e = entry_at(g, idx);
	memset(e, 0, sizeof(*e));
	e->id = str_copy(g, id);
	e->type = type;
	add_listings(g, e, ticker, exchange);
	return idx;
}

uint32_t
zp_gaz_add(struct zp_gazetteer *g, const char *id, enum zp_etype type,
    const char *const *aliases, size_t naliases, const char *ticker,
    const char *exchange)
{
	uint32_t idx = new_entry(g, id, type, ticker, exchange);
	long canon = add_alias(g, id, idx);

	for (size_t i = 0; i < naliases; i++) {
		if (canon >= 0 && strcmp(aliases[i], id) == 0)
			canon = again_alias(g, (size_t)canon);
		else
			add_alias(g, aliases[i], idx);
	}
	return idx;
}

uint32_t
zp_gaz_add_decoded(struct zp_gazetteer *g, const char *id, enum zp_etype type,
    const struct zp_gaz_cps *names, size_t nnames, const char *ticker,
    const char *exchange)
{
	uint32_t idx = new_entry(g, id, type, ticker, exchange);
	long canon = add_cps(g, names[0].cp, names[0].n, idx);

	for (size_t i = 1; i < nnames; i++) {
		if (canon >= 0 &&
		    same_cps(names[i].cp, names[i].n, names[0].cp, names[0].n))
			canon = again_alias(g, (size_t)canon);
		else
			add_cps(g, names[i].cp, names[i].n, idx);
	}
	return idx;
}

void
zp_gaz_set_parent(struct zp_gazetteer *g, uint32_t i, const char *parent)
{
	struct zp_gaz_entry *e = entry_at(g, i);

	/* In the string chunks, as the names are (an earlier one stays). */
	e->parent =
	    parent != NULL && *parent != '\0' ? str_copy(g, parent) : NULL;
}

/* Compilation. */

/*
 * Orders aliases by text, then seq, comparing from code point *from on
 * (those before are known equal).
 */
static int
cmp_alias(const void *pa, const void *pb, void *from)
{
	const struct alias *a = pa, *b = pb;
	uint32_t n = a->len < b->len ? a->len : b->len;

	for (uint32_t i = *(const uint32_t *)from; i < n; i++)
		if (a->cp[i] != b->cp[i])
			return a->cp[i] < b->cp[i] ? -1 : 1;
	if (a->len != b->len)
		return a->len < b->len ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

/*
 * Sorts a[0..n) with cmp_alias: for the short runs sort_aliases leaves,
 * whose first from code points are equal.
 */
static void
sort_run(struct alias *a, size_t n, uint32_t from)
{
	if (n > 24) {
		qsort_r(a, n, sizeof(*a), cmp_alias, &from);
		return;
	}
	for (size_t i = 1; i < n; i++) {
		struct alias t = a[i];
		size_t j = i;

		for (; j > 0 && cmp_alias(&a[j - 1], &t, &from) > 0; j--)
			a[j] = a[j - 1];
		a[j] = t;
	}
}

/*
 * The first three code points of a, each + 1 (0 past the end), in 16 bits
 * each; from the first at U+FFFE or beyond on, KEY_WIDE.  Keys in order
 * are then aliases in order, and equal keys equal texts unless they end in
 * KEY_WIDE (key_wide): texts to compare.
 */
#define KEY_WIDE 0xFFFFu

static uint64_t
alias_key(const struct alias *a)
{
	uint64_t k = 0, d;
	uint32_t i = 0;

	for (; i < 3; i++) {
		d = i < a->len ? (uint64_t)a->cp[i] + 1 : 0;
		if (d >= KEY_WIDE)
			break;
		k = k << 16 | d;
	}
	for (; i < 3; i++)
		k = k << 16 | KEY_WIDE;
	return k;
}

static bool
key_wide(uint64_t k)
{
	return (k & KEY_WIDE) == KEY_WIDE;
}

/*
 * Sorts the aliases as cmp_alias orders them.  qsort took a fifth of the
 * start-up: instead a stable radix sort on the first three code points
 * (the aliases are in order of addition, which is the order of seq), in
 * four passes of 12 bits, then cmp_alias only within the runs of one key
 * that hold a longer alias or one beyond U+FFFD.
 */
static void
sort_aliases(struct zp_gazetteer *g)
{
	enum { BITS = 12, NBUCKET = 1 << BITS, NPASS = 48 / BITS };
	struct kv {
		uint64_t key;
		uint32_t i;
	} * kv, *tmp, *t;
	size_t n = g->nal;
	uint32_t(*count)[NBUCKET];
	struct alias *al = g->al;

	kv = zp_xreallocarray(NULL, n, sizeof(*kv));
	tmp = zp_xreallocarray(NULL, n, sizeof(*tmp));
	/* The histograms of every digit at once, in one read of the keys. */
	count = zp_xcalloc(NPASS, sizeof(*count));
	for (size_t i = 0; i < n; i++) {
		uint64_t k = alias_key(&g->al[i]);

		kv[i].key = k;
		kv[i].i = (uint32_t)i;
		for (unsigned p = 0; p < NPASS; p++)
			count[p][(k >> (p * BITS)) & (NBUCKET - 1)]++;
	}
	for (unsigned p = 0; p < NPASS; p++) {
		unsigned shift = p * BITS;
		uint32_t sum = 0, *c = count[p];

		if (c[(kv[0].key >> shift) & (NBUCKET - 1)] == n)
			continue; /* one digit for all: nothing moves */
		for (size_t b = 0; b < NBUCKET; b++) {
			uint32_t cb = c[b];

			c[b] = sum;
			sum += cb;
		}
		for (size_t i = 0; i < n; i++)
			tmp[c[(kv[i].key >> shift) & (NBUCKET - 1)]++] = kv[i];
		t = kv;
		kv = tmp;
		tmp = t;
	}
	/*
	 * In place, cycle by cycle: al[i] = old al[kv[i].i].  A sorted copy
	 * was a megabyte more of memory to fault in.  kv[j].i = j marks j done.
	 */
	for (size_t i = 0; i < n; i++) {
		struct alias a;
		size_t j = i, k;

		if (kv[i].i == i)
			continue;
		a = al[i];
		for (;;) {
			k = kv[j].i;
			kv[j].i = (uint32_t)j;
			if (k == i)
				break;
			al[j] = al[k];
			j = k;
		}
		al[j] = a;
	}
	/* Equal keys: equal texts, in order, unless one goes on further. */
	for (size_t i = 0, j; i < n; i = j) {
		bool longer = al[i].len > 3;

		for (j = i + 1; j < n && kv[j].key == kv[i].key; j++)
			longer = longer || al[j].len > 3;
		if (j - i > 1 && key_wide(kv[i].key))
			sort_run(al + i, j - i, 0);
		else if (j - i > 1 && longer)
			sort_run(al + i, j - i, 3);
	}
	free(kv);
	free(tmp);
	free(count);
}

static uint32_t
new_node(struct zp_gazetteer *g)
{
	g->node[g->nnode].entry = ZP_GAZ_NONE;
	g->node[g->nnode].link = 0;
	return (uint32_t)g->nnode++;
}

/*
 * Notes the edge number k (in code point order) from nd, at depth d of the
 * aliases from al[lo], to child by c: where child() will look for it.
 */
static inline void
note_edge(struct zp_gazetteer *g, uint32_t nd, size_t lo, uint32_t d,
    uint32_t k, uint32_t c, uint32_t child)
{
	uint32_t c0 = g->al[lo].cp[0];

	if (k == 0)
		g->node[nd].link = c | LINK_CHILD;
	else
		g->node[nd].link |= LINK_MORE | LINK_SEEN(c);
	if (d == 0 && c < ROOT_DIRECT) {
		g->root[c] = child;
	} else if (k > 0) {
		struct hedge *h = &g->hedge[g->nhedge++];

		h->s.parent = nd;
		h->s.cp = c;
		h->s.node = child;
		h->pair = d == 2 && c0 < ROOT_DIRECT;
		h->h = h->pair ? zp_gaz_tri_hash(c0, g->al[lo].cp[1], c) :
		                 hash_edge(nd, c);
	}
	if (d == 1 && c0 < ROOT_DIRECT) {
		struct pedge *p = &g->pedge[g->npedge++];

		p->c0 = c0;
		p->c1 = c;
		p->node = child;
	}
}

/*
 * Builds the node for the sorted aliases al[lo..hi), which share their
 * first d code points.  Iterative over siblings, recursive over depth
 * (bounded by the longest alias).
 */
static void
build(struct zp_gazetteer *g, uint32_t nd, size_t lo, size_t hi, uint32_t d)
{
	size_t i = lo, j;

	/*
	 * One alias left: a chain of nodes with one edge each, built here
	 * as the general case below would build it, without its scans and
	 * a call per character (most nodes are such chains).
	 */
	if (hi - lo == 1) {
		const struct alias *a = &g->al[lo];

		for (; d < a->len && d < 2; d++) {
			uint32_t child = new_node(g);

			note_edge(g, nd, lo, d, 0, a->cp[d], child);
			nd = child;
		}
		/* Deeper, a first edge goes in the link alone (note_edge). */
		for (; d < a->len; d++) {
			uint32_t child = new_node(g);

			g->node[nd].link = a->cp[d] | LINK_CHILD;
			nd = child;
		}
		g->node[nd].entry = a->entry;
		return;
	}
	/* Aliases ending here sort first; the last of them wins. */
	while (i < hi && g->al[i].len == d) {
		g->node[nd].entry = g->al[i].entry;
		i++;
	}
	for (uint32_t k = 0; i < hi; k++) {
		uint32_t c = g->al[i].cp[d], child;

		for (j = i; j < hi && g->al[j].cp[d] == c; j++)
			;
		child = new_node(g);
		/* Depth first: the first child is the next node (see child()). */
		if (k == 0 && child != nd + 1)
			abort();
		note_edge(g, nd, lo, d, k, c, child);
		build(g, child, i, j, d + 1);
		i = j;
	}
}

static bool
same_text(const struct alias *a, const struct alias *b)
{
	return same_cps(a->cp, a->len, b->cp, b->len);
}

/*
 * A Traditional alias whose entry lists no Simplified twin (長榮 without
 * 长荣, 寶成 without 宝成) was listed for Traditional text only: in
 * Simplified text its fold is another name (宝成 the railway, 中钢 the
 * mainland's Sinosteel).  The aliases are sorted, so twins are adjacent.
 */
static void
mark_trad_only(struct zp_gazetteer *g)
{
	for (size_t i = 0, j; i < g->nal; i = j) {
		for (j = i + 1; j < g->nal && same_text(&g->al[i], &g->al[j]);
		     j++)
			;
		for (size_t a = i; a < j; a++) {
			g->al[a].trad_only = g->al[a].folded;
			for (size_t b = i; b < j && g->al[a].trad_only; b++)
				if (!g->al[b].folded &&
				    g->al[b].entry == g->al[a].entry)
					g->al[a].trad_only = false;
		}
	}
}

/* True when cp[0..n) holds a Traditional-only character (zhpipe/fold.h). */
static bool
has_trad(const uint32_t *map, const uint32_t *cp, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (cp[i] >= 0x2E80 && cp[i] <= 0xFFFF &&
		    (map[cp[i]] & ZP_FOLD_T_BIT))
			return true;
	return false;
}

/*
 * The extractors match on the Simplified fold of their text
 * (zhpipe/fold.h), so the aliases are folded too: 臺積電 becomes 台积电,
 * the same alias again for the same entry.  Not before compilation, since
 * zp_gaz_each_alias gives the segmenter the names as written.  In the
 * same walk: the aliases marked dup (again_alias) dropped, keeping the
 * order, and the quick bits of the first code points set (g->first,
 * single and pair, cleared).  Returns the number of code points of all
 * aliases.
 */
static size_t
fold_aliases(struct zp_gazetteer *g)
{
	struct zp_fold fold = ZP_FOLD_INIT;
	size_t ncp = 0, k = 0;

	zp_fold_begin(&fold); /* for its map */
	for (size_t i = 0; i < g->nal; i++) {
		struct alias *a = &g->al[k];
		uint32_t was[ZP_GAZ_MAX_ALIAS], c0;

		if (g->al[i].dup)
			continue;
		*a = g->al[i];
		k++;
		ncp += a->len;
		/*
		 * A text without a Traditional-only character folds to
		 * itself (zp_fold_end folds the ambiguous ones only in a
		 * Traditional text): most aliases, not worth a copy.
		 */
		if (has_trad(fold.map, a->cp, a->len)) {
			memcpy(was, a->cp, a->len * sizeof(*a->cp));
			zp_fold_text(a->cp, a->len);
			a->folded = a->folded ||
			    memcmp(was, a->cp, a->len * sizeof(*a->cp)) != 0;
		}
		/* Code point 0 stands for every astral one. */
		c0 = a->cp[0] < ROOT_DIRECT ? a->cp[0] : 0;
		setbit(g->first, c0);
		if (a->len == 1)
			setbit(g->single, c0);
		else
			setbit(g->pair, zp_gaz_pair_hash(c0, a->cp[1]));
	}
	g->nal = k;
	zp_fold_free(&fold);
	return ncp;
}

/*
 * The bits of the filter of zp_gaz_tri_bit: 16 a slot of the pair table (32 a
 * pair at least, 3% of them set for the shipped lists), at most 64 KB.
 */
#define TRI_MAXBITS (1u << 19)

static inline void
set_tri(struct zp_gazetteer *g, uint64_t key, uint32_t c2)
{
	uint32_t c0 = (uint32_t)(key & 0xFFFF);
	uint32_t c1 = (uint32_t)(key >> 16) & LINK_CP;

	setbit(g->tri, zp_gaz_tri_hash(c0, c1, c2) & g->tmask);
}

/*
 * The slots ms[0..n) of the pair table, whose nodes have edges in the hash
 * table, by node: a map of *mmask + 1 places, node and 1 + slot each.
 */
static uint32_t *
more_map(
    const struct zp_gazetteer *g, const uint32_t *ms, size_t n, uint32_t *mmask)
{
	size_t cap = 16;
	uint32_t *map;

	while (cap < 2 * n)
		cap *= 2;
	map = zp_xcalloc(cap, 2 * sizeof(*map));
	*mmask = (uint32_t)(cap - 1);
	for (size_t k = 0; k < n; k++) {
		uint32_t nd = (uint32_t)(g->pairs[ms[k]].key >> PAIR_KEYBITS);
		size_t h = (nd * 0x9e3779b1u) >> 7 & *mmask;

		while (map[2 * h + 1] != 0)
			h = (h + 1) & *mmask;
		map[2 * h] = nd;
		map[2 * h + 1] = ms[k] + 1;
	}
	return map;
}

/*
 * Fills the filter of zp_gaz_tri_bit from the compiled trie: for each node two
 * characters down (the pair table), whether it ends an alias, and the code
 * points of its edges, the first in its link and the others in the hash
 * table, whose parents are told from the other nodes by a bitmap.
 */
static void
build_tri(struct zp_gazetteer *g)
{
	size_t bits = 16 * ((size_t)g->pmask + 1), nms = 0;
	uint32_t *ms = zp_xreallocarray(NULL, g->pmask + 1, sizeof(*ms));
	uint64_t *more = zp_xcalloc(g->nnode / 64 + 1, sizeof(*more));
	uint32_t *map, mmask;

	if (bits > TRI_MAXBITS)
		bits = TRI_MAXBITS;
	free(g->tri);
	g->tri = zp_xcalloc(bits / 64, sizeof(*g->tri));
	g->tmask = (uint32_t)(bits - 1);
	for (uint32_t k = 0; k <= g->pmask; k++) {
		const struct pslot *s = &g->pairs[k];

		if (s->key == 0)
			continue;
		if (s->entry != ZP_GAZ_NONE)
			set_tri(g, s->key, ZP_GAZ_TRI_END);
		if (s->link & LINK_CHILD)
			set_tri(g, s->key, s->link & LINK_CP);
		if (s->link & LINK_MORE) {
			setbit(more, (uint32_t)(s->key >> PAIR_KEYBITS));
			ms[nms++] = k;
		}
	}
	map = more_map(g, ms, nms, &mmask);
	for (size_t k = 0; k <= g->hmask; k++) {
		const struct hslot *e = &g->hash[k];
		size_t h;

		/* An empty slot's parent is 0, the root: no pair node. */
		if (!getbit(more, e->parent))
			continue;
		h = (e->parent * 0x9e3779b1u) >> 7 & mmask;
		while (map[2 * h] != e->parent)
			h = (h + 1) & mmask;
		set_tri(g, g->pairs[map[2 * h + 1] - 1].key, e->cp);
	}
	free(map);
	free(more);
	free(ms);
}

void
zp_gaz_compile(struct zp_gazetteer *g)
{
	size_t ncp;

	/* zp_gaz_new cleared them; a second compilation clears them again. */
	if (g->compiled) {
		memset(g->first, 0, sizeof(g->first));
		memset(g->single, 0, sizeof(g->single));
		memset(g->pair, 0, sizeof(g->pair));
	}
	ncp = fold_aliases(g);

	if (g->nal > 0)
		sort_aliases(g);
	mark_trad_only(g);
	/*
	 * At most a node per code point: allocated once, so that no
	 * doubling copies them (pages never touched cost nothing).  The
	 * edges other than a node's first, and those to the nodes two
	 * characters down, are at most one per alias.
	 */
	if (g->capnode < ncp + 1) {
		free(g->node);
		g->capnode = ncp + 1;
		if (g->capnode >= PAIR_MAXNODE) /* 500 MB of names */
			zp_oom();
		g->node = zp_xreallocarray(NULL, g->capnode, sizeof(*g->node));
	}
	g->hedge = zp_xreallocarray(NULL, g->nal + 1, sizeof(*g->hedge));
	g->pedge = zp_xreallocarray(NULL, g->nal + 1, sizeof(*g->pedge));
	g->nhedge = g->npedge = 0;
	free(g->root);
	g->root = zp_xcalloc(ROOT_DIRECT, sizeof(*g->root));
	g->nnode = 0;
	new_node(g);
	if (g->nal > 0)
		build(g, 0, 0, g->nal, 0);
	/*
	 * Every edge but the first of its node (which leads to the next
	 * node) goes into the hash table, but the root's in the BMP.
	 */
	{
		size_t cap = 16;

		while (cap < 2 * g->nhedge + 16)
			cap *= 2;
		free(g->hash);
		g->hash = zp_xcalloc(cap, sizeof(*g->hash));
		g->hmask = (uint32_t)(cap - 1);
		/* 8 to 16 bits an edge: a false "maybe" for one in ten. */
		free(g->ebits);
		g->ebits = zp_xcalloc(cap / 16, sizeof(*g->ebits));
		g->emask = (uint32_t)(cap * 4 - 1);
		for (size_t k = 0; k < g->nhedge; k++) {
			const struct hedge *e = &g->hedge[k];
			uint32_t h = e->h;

			/* pair_edge asks the filter of zp_gaz_tri_bit instead. */
			if (!e->pair)
				setbit(g->ebits, h & g->emask);
			for (h &= g->hmask; g->hash[h].node != 0;)
				h = (h + 1) & g->hmask;
			g->hash[h] = e->s;
		}
	}
	/* The nodes two characters down, under a first character in the BMP. */
	{
		size_t cap = 16;

		while (cap < 2 * g->npedge + 16)
			cap *= 2;
		free(g->pairs);
		g->pairs = zp_xcalloc(cap, sizeof(*g->pairs));
		g->pmask = (uint32_t)(cap - 1);
		for (size_t k = 0; k < g->npedge; k++) {
			const struct pedge *e = &g->pedge[k];
			uint32_t h = zp_gaz_slot_hash(e->c0, e->c1) & g->pmask;

			while (g->pairs[h].key != 0)
				h = (h + 1) & g->pmask;
			g->pairs[h].key = PAIR_KEY(e->c0, e->c1) |
			    (uint64_t)e->node << PAIR_KEYBITS;
			g->pairs[h].entry = g->node[e->node].entry;
			g->pairs[h].link = g->node[e->node].link;
		}
	}
	free(g->hedge);
	free(g->pedge);
	g->hedge = NULL;
	g->pedge = NULL;
	/* Before any walk: pair_edge reads it. */
	build_tri(g);
	/* The node of each alias that wins its node (the last of its
	 * twins) and is Traditional only. */
	free(g->trad_node);
	g->trad_node = zp_xcalloc((g->nnode + 63) / 64, sizeof(*g->trad_node));
	free(g->trad_ent);
	g->trad_ent = zp_xcalloc((g->nent + 64) / 64, sizeof(*g->trad_ent));
	free(g->etype);
	g->etype = zp_xreallocarray(NULL, g->nent + 1, sizeof(*g->etype));
	for (size_t i = 0; i < g->nent; i++)
		g->etype[i] = (uint8_t)entry_at(g, i)->type;
	g->netype = g->nent;
	for (size_t i = 0; i < g->nal; i++)
		if (g->al[i].trad_only &&
		    (i + 1 == g->nal || !same_text(&g->al[i], &g->al[i + 1]))) {
			struct at a;

			if (!walk(g, g->al[i].cp, g->al[i].len, &a))
				abort(); /* it was just put in */
			setbit(g->trad_node, a.nd);
			setbit(g->trad_ent, a.entry);
		}
	/* The aliases are in the trie now. */
	free_chunks(g);
	free(g->al);
	g->al = NULL;
	g->nal = g->capal = 0;
	g->compiled = true;
}
