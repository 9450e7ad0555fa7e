/*
 * gazetteer_internal.h -- the compiled gazetteer's layout, shared by the
 * two halves of the gazetteer: gazetteer.c loads the entries and compiles
 * the trie, gazetteer_lookup.c answers the queries of the extractors.  The
 * walk down the trie is here because both use it (compilation marks the
 * nodes of Traditional-only aliases by walking them); inline, since it
 * runs at every candidate position of a text.
 */
#ifndef ZP_GAZETTEER_INTERNAL_H
#define ZP_GAZETTEER_INTERNAL_H

#include <stdbool.h>
#include <stdint.h>

#include "zhpipe/gazetteer.h"
#include "zhpipe/utf8.h"

#include "bits.h"

#define ROOT_DIRECT 0x10000

struct alias {
	uint32_t *cp;
	uint32_t len;
	uint32_t entry;
	uint32_t seq;   /* later additions win */
	bool folded;    /* written with Traditional characters */
	bool trad_only; /* and its entry lists no Simplified twin */
	bool dup;       /* a later alias of its entry has its text */
};

struct node {
	uint32_t entry; /* ZP_GAZ_NONE when no alias ends here */
	uint32_t link;  /* LINK_* flags | code point of the edge to node + 1 */
};

#define LINK_CP 0x1FFFFFu
#define LINK_CHILD 0x40000000u /* an edge to node + 1 */
#define LINK_MORE 0x80000000u  /* and others, in the hash table */
/*
 * The spare bits 21-28: a filter of the other edges' code points, one bit
 * of eight each, so that most missing edges of a node with few are turned
 * away with the link already read.
 */
#define LINK_SEEN(c) ((uint32_t)1 << (21 + ((c)*0x9E3779B1u >> 29)))

/* An edge in the hash table: one probe per step instead of a search. */
struct hslot {
	uint32_t parent;
	uint32_t cp;
	uint32_t node; /* 0: empty */
};

_Static_assert(sizeof(struct hslot) == ZP_GAZ_EDGE_BYTES, "hslot");

/*
 * An edge for the hash table while building, with the hash it goes in by:
 * hash_edge's, or for an edge from a node of the pair table that of its
 * three code points (pair_edge).
 */
struct hedge {
	struct hslot s;
	uint32_t h;
	bool pair;
};

/*
 * The node two characters down from the root, by those characters, with
 * its entry and link: a name of two characters, or a walk that ends at the
 * third, reads no node.  In 16 bytes: the key holds c0 (16 bits, in the
 * BMP), c1 (21 bits) and the node (27 bits; 0: empty).
 */
struct pslot {
	uint64_t key;
	uint32_t entry, link;
};

_Static_assert(sizeof(struct pslot) == ZP_GAZ_SLOT_BYTES, "pslot");

#define PAIR_KEY(c0, c1) ((uint64_t)(c0) | (uint64_t)(c1) << 16)
#define PAIR_KEYBITS 37
#define PAIR_MAXNODE (1u << (64 - PAIR_KEYBITS))

/* A depth-2 node while building, for the pair table. */
struct pedge {
	uint32_t c0, c1, node;
};

static inline uint32_t
hash_edge(uint32_t parent, uint32_t cp)
{
	uint32_t h = parent * 0x9e3779b1u ^ (cp + 0x7f4a7c15u) * 0x85ebca77u;

	return h ^ (h >> 15);
}

/*
 * The code points of the aliases until compilation, in chunks that never
 * move: one allocation per chunk rather than one per alias.
 */
#define CP_CHUNK 16384 /* > 4 * ZP_GAZ_MAX_ALIAS, the longest decoding */
#define STR_CHUNK 65536
/*
 * The entries in blocks that never move either: an array of 18,000 of them
 * doubled its way up, each copy a megabyte of pages more to fault in.
 */
#define ENT_BLOCK 512

struct zp_gazetteer {
	struct zp_gaz_entry **eblk;
	size_t nent;
	struct alias *al;
	size_t nal, capal;
	uint32_t **chunk;
	size_t nchunk, chunkleft;
	/* The entries' names, in chunks too, freed with g. */
	char **str, *strcur;
	size_t nstr, strleft;
	struct node *node;
	size_t nnode, capnode;
	/* While building: the edges for the hash table and the pairs. */
	struct hedge *hedge;
	size_t nhedge;
	struct pedge *pedge;
	size_t npedge;
	uint32_t *root;      /* ROOT_DIRECT entries: node index or 0 */
	uint64_t *trad_node; /* nodes whose alias is Traditional only */
	uint64_t *trad_ent;  /* entries of such nodes */
	uint8_t *etype;      /* the type of each entry, for zp_gaz_type */
	size_t netype;
	struct hslot *hash; /* non-first edges below the root */
	uint32_t hmask;
	uint64_t *ebits; /* a filter of the hash table's (parent, cp) */
	uint32_t emask;
	struct pslot *pairs; /* depth-2 nodes under a BMP first character */
	uint32_t pmask;
	/*
	 * Quick tests that fit in the first-level cache: the first code
	 * points of aliases, those of one-character aliases, and a filter of
	 * first-two-character pairs.  Most positions of a text fail here.
	 */
	uint64_t first[ROOT_DIRECT / 64];
	uint64_t single[ROOT_DIRECT / 64];
	uint64_t pair[ZP_GAZ_PAIR_BITS / 64];
	uint64_t *tri; /* the filter of zp_gaz_tri_bit (build_tri) */
	uint32_t tmask;
	bool compiled;
};

static inline struct zp_gaz_entry *
entry_at(const struct zp_gazetteer *g, size_t i)
{
	return &g->eblk[i / ENT_BLOCK][i % ENT_BLOCK];
}

/*
 * The code point at s[i] (i < len) and its length in *l: through a local,
 * so that the caller's length stays in a register.
 */
static inline int32_t
decode_at(const char *s, size_t len, size_t i, size_t *l)
{
	size_t k;
	int32_t c = zp_utf8_decode_fast(s + i, len - i, &k);

	*l = k;
	return c;
}

/*
 * The node of the edge from nd by c in the hash table, which the slot h
 * (before its mask) starts the probe of, or 0.
 */
static inline uint32_t
probe(const struct zp_gazetteer *g, uint32_t h, uint32_t nd, uint32_t c)
{
	for (h &= g->hmask;; h = (h + 1) & g->hmask) {
		const struct hslot *s = &g->hash[h];

		if (s->node == 0)
			return 0;
		if (s->parent == nd && s->cp == c)
			return s->node;
	}
}

/*
 * The node under nd (whose link is link) by code point c, or 0.  Most
 * edges that are not there fail in the filter, without a probe of the
 * hash table far away in memory.
 */
static inline uint32_t
below(const struct zp_gazetteer *g, uint32_t nd, uint32_t link, uint32_t c)
{
	uint32_t h;

	if ((link & LINK_CP) == c && (link & LINK_CHILD))
		return nd + 1;
	if (!(link & LINK_MORE) || !(link & LINK_SEEN(c)))
		return 0;
	h = hash_edge(nd, c);
	if (!getbit(g->ebits, h & g->emask))
		return 0;
	return probe(g, h, nd, c);
}

/*
 * The node under nd, a node of the pair table (whose link is link), by
 * the third code point of cp, or 0: as below(), but hashed by the text,
 * so that zp_gaz_quick_prefetch can load the slot early, and filtered by
 * zp_gaz_tri_bit, which holds every such edge.
 */
static inline uint32_t
pair_edge(const struct zp_gazetteer *g, uint32_t nd, uint32_t link,
    const uint32_t *cp)
{
	uint32_t c = cp[2], h;

	if ((link & LINK_CP) == c && (link & LINK_CHILD))
		return nd + 1;
	if (!(link & LINK_MORE) || !(link & LINK_SEEN(c)))
		return 0;
	h = zp_gaz_tri_hash(cp[0], cp[1], c);
	if (!getbit(g->tri, h & g->tmask))
		return 0;
	return probe(g, h, nd, c);
}

/* The node under nd by code point c, or 0. */
static inline uint32_t
child(const struct zp_gazetteer *g, uint32_t nd, uint32_t c)
{
	if (nd == 0 && c < ROOT_DIRECT)
		return g->root[c];
	return below(g, nd, g->node[nd].link, c);
}

/* A place in a walk down the trie: a node, its entry and its link. */
struct at {
	uint32_t nd, entry, link;
};

/* Moves a to node nd; false when nd is 0 (no node). */
static inline bool
at_node(const struct zp_gazetteer *g, uint32_t nd, struct at *a)
{
	if (nd == 0)
		return false;
	a->nd = nd;
	a->entry = g->node[nd].entry;
	a->link = g->node[nd].link;
	return true;
}

/*
 * Moves a, at the node of cp[0..i) (i > 0), down by cp[i]; false at a dead
 * end.  The nodes of the pair table keep their other edges by the text.
 * Always inlined: GCC took it for too large once it had two ways down, and
 * a call per character cost more than the test.
 */
static inline __attribute__((always_inline)) bool
step(const struct zp_gazetteer *g, struct at *a, const uint32_t *cp, size_t i)
{
	if (i == 2 && cp[0] < ROOT_DIRECT)
		return at_node(g, pair_edge(g, a->nd, a->link, cp), a);
	return at_node(g, below(g, a->nd, a->link, cp[i]), a);
}

/*
 * Moves a to the node of c0 c1 (c0 in the BMP) by the pair table alone;
 * false when none.
 */
static inline bool
pair_slot(const struct zp_gazetteer *g, uint32_t c0, uint32_t c1, struct at *a)
{
	uint64_t key = PAIR_KEY(c0, c1);

	for (uint32_t h = zp_gaz_slot_hash(c0, c1) & g->pmask;;
	     h = (h + 1) & g->pmask) {
		const struct pslot *s = &g->pairs[h];

		if (s->key == 0)
			return false;
		if ((s->key & (((uint64_t)1 << PAIR_KEYBITS) - 1)) == key) {
			a->nd = (uint32_t)(s->key >> PAIR_KEYBITS);
			a->entry = s->entry;
			a->link = s->link;
			return true;
		}
	}
}

/* The same, the pair filter first. */
static inline bool
pair_at(const struct zp_gazetteer *g, uint32_t c0, uint32_t c1, struct at *a)
{
	return getbit(g->pair, zp_gaz_pair_hash(c0, c1)) &&
	    pair_slot(g, c0, c1, a);
}

/* Walks a to the node where the alias cp[0..n) (n > 0) ends; false if none. */
static inline bool
walk(const struct zp_gazetteer *g, const uint32_t *cp, size_t n, struct at *a)
{
	size_t i = 1;

	if (n >= 2 && cp[0] < ROOT_DIRECT) {
		if (!pair_at(g, cp[0], cp[1], a))
			return false;
		i = 2;
	} else if (!at_node(g, child(g, 0, cp[0]), a)) {
		return false;
	}
	for (; i < n; i++)
		if (!step(g, a, cp, i))
			return false;
	return true;
}

#endif
