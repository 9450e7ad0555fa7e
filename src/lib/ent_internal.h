/*
 * ent_internal -- what the entity passes share: the state of one text
 * (struct zp_entities), the character classes, and the small helpers every
 * pass calls, inline here so that one file per family costs no calls.
 * Private to src/lib; the public API is include/zhpipe/entities.h.
 */
#ifndef ZP_ENT_INTERNAL_H
#define ZP_ENT_INTERNAL_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/entities.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/utf8.h"

#define NELEM(a) (sizeof(a) / sizeof(*(a)))

#define NONE UINT32_MAX
#define MAX_DOC_NAMES 512
#define DOC_HASH 1024 /* slots of the index of doc[], above twice the names */
#define DOC_BLOCK 4096

enum src { SRC_GAZ, SRC_RULE };

struct ent {
	uint32_t s, e;
	uint8_t type;
	uint8_t src;
	bool dead;
	uint32_t gaz; /* gazetteer entry, or NONE */
	uint32_t id;  /* offset in ids, or NONE for the entry's id */
};

/* Scores of a character in Chinese names (zp_ent_load_names). */
struct namesc {
	int16_t given, sur;
};
#define NAMESC_NONE (-1000) /* a character the list does not have */

/* A name seen earlier in the document. */
struct docname {
	char *surface;
	size_t len; /* of surface, in bytes */
	char *id;
	char *ticker;
	char *exchange;
	uint8_t type;
	bool alias; /* also to be found in later text */
};

/*
 * The strings of the document's names, in blocks that never move and are
 * emptied together when the document ends (no allocation per name).
 */
struct docblock {
	struct docblock *next;
	size_t used, cap;
	char p[];
};

#define WL_MAP 1024 /* buckets, a power of two above twice the words */

/* A list of words as code points, for matching at or ending at a point. */
struct wlist {
	uint32_t **w; /* sorted by first code point */
	uint8_t *len;
	size_t n;
	uint32_t **bw; /* the same words sorted by last code point */
	uint8_t *blen;
	uint64_t first[1024]; /* first characters (BMP), a quick test */
	uint64_t last[1024];  /* last characters */
	struct wbucket {      /* first character -> its words in w[] */
		uint32_t cp;
		uint16_t start, count;
	} map[WL_MAP];
	struct wbucket bmap[WL_MAP]; /* last character -> its words in bw[] */
};

struct zp_entities {
	const struct zp_gazetteer *g;
	struct zp_gazetteer *blk; /* guard words */
	struct zp_gazetteer *suf; /* organization suffixes */
	struct wlist stopw, generic, levels, parties, subunit, role, lead, say,
	    trail, orgctx, prodsfx, noncode, noncodep, namenext, legal,
	    national, legis, members;
	/* Lists defined after zp_ent_new (wl_init_late). */
	struct wlist kind, abbctx, abbgov, mission, inst;
	/* the current text */
	uint32_t *c;
	size_t *boff;
	int32_t *owner;
	size_t n, cap;
	unsigned seen;      /* TX_* flags: rare characters in the text */
	uint32_t minor;     /* gazetteer entries below: derived lists */
	struct namesc *nsc; /* BMP -> name scores, or NULL */
	struct zp_gazetteer *notname; /* common words that look like names */
	uint64_t surbits[1024];       /* surnames scored NAME_SUR_MIN or more */
	/*
	 * CL_* flags of every BMP character (cls) and of each code point of
	 * the text (fl): where a pass can start, so that it skips the rest
	 * with one test.
	 */
	uint16_t *cls;
	uint16_t *fl;
	/*
	 * A bit per position: where the current pass may act, by a finer
	 * test the pass makes first over the whole text (mark_*); bit n is
	 * set, so that next_cand stops there.
	 */
	uint64_t *cand;
	struct zp_gaz_quick gq, bq, sq;         /* of g, blk and suf */
	uint64_t gzpair[ZP_GAZ_PAIR_BITS / 64]; /* pair filters of g and blk */
	uint64_t selfbits[1024]; /* ent_pass_self_aliases: first characters */
	bool role_short; /* a role word of one character (no CL_ROLE2 test) */
	bool noskip;     /* zp_ent_set_skips(x, false): visit every position */
	const char *s;
	struct ent *ent;
	size_t nent, capent;
	struct zp_buf ids;
	struct zp_entity *out;
	size_t capout;
	/* the document */
	struct docname *doc;
	size_t ndoc;
	uint16_t dhash[DOC_HASH]; /* surface -> 1 + index in doc, or 0 */
	struct docblock *dstr;    /* the newest block first */
	char *lastorg; /* id of the last organization seen (in lastorg_b) */
	struct zp_buf lastorg_b;
};

/*
 * Organization suffixes.  Class L (legal form or a word that names the
 * same company: 英特尔公司 is Intel), class N (a new body of its own:
 * 中信建投资本 is not 中信建投).
 */
struct suffix {
	const char *w;
	char cls;
	/*
	 * For a suffix that only names an institution, the characters after
	 * it, besides firm_core, that show it began a word; NULL for one that
	 * is a noun of a trade too (银行业, 科技股), where bad_next applies.
	 */
	const char *firm;
};

/*
 * Characters some passes start from; a text without any of them skips the
 * pass (sentence records mostly have none).
 */
#define TX_ALPHA 0x01u /* ASCII letter: Latin names */
#define TX_ALNUM 0x02u /* ASCII letter or digit: product codes */
#define TX_DOT 0x04u   /* a name dot: transliterated names */
#define TX_OPEN 0x08u  /* an opening parenthesis */
#define TX_DUN 0x10u   /* 、: enumerations */
#define TX_ZHU 0x20u   /* 驻: missions abroad */

/*
 * CL_* flags: a pass can start at the character (a superset of what the
 * pass tests first; every character outside the BMP has them all).
 */
#define CL_GAZ 0x01u       /* a name or a guard word */
#define CL_GAZ1 0x04u      /* a name or guard word of one character */
#define CL_SUF 0x02u       /* an organization suffix */
#define CL_ABBREV 0x08u    /* a country abbreviation may start (ABBREV_START) */
#define CL_KIND 0x10u      /* a kind word (ent_pass_apposition) */
#define CL_SUR 0x20u       /* a surname of surbits (ent_pass_scored_names) */
#define CL_ROLE 0x40u      /* the first character of a role word */
#define CL_ROLE2 0x80u     /* the second character of a role word */
#define CL_TRANSLIT 0x100u /* of transliterated names */
#define CL_SURNAME 0x200u  /* a surname */
#define CL_COMPOUND 0x400u /* the first of a compound surname */
#define CL_GIVEN 0x800u    /* Han, not in not_given */
#define CL_SAYROLE 0x1000u /* the first character of a role or say word */
#define CL_ALNUM 0x2000u   /* ASCII letter or digit */
#define CL_GIVEN0 0x4000u  /* scored as a given-name character */
#define CL_UNIT 0x8000u    /* 市 省 县 州 区 */
#define CL_PLACE (CL_ABBREV | CL_UNIT)
#define CL_PEOPLE (CL_ROLE | CL_TRANSLIT | CL_SURNAME | CL_COMPOUND)
#define FL_PAD 8 /* fl[n..n+7] have every flag: next_fl stops there */

/* The passes ent_mark serves (it marks where each may act). */
enum mark { MARK_PEOPLE, MARK_PLACES, MARK_SCORED };

/*
 * The word-list matcher (ent_wordlist.c).  wl_init copies words[0..n) (UTF-8,
 * each shorter than 256 code points) into wl, which the caller frees with
 * wl_free; wl_at (above) and wl_before only read it.
 */
void wl_init(struct wlist *wl, const char *const *words, size_t n);
void wl_free(struct wlist *wl);
/* Length of the longest word of wl ending just before c[i], or 0. */
size_t wl_before(const struct wlist *wl, const uint32_t *c, size_t i);

/* ent_bodies.c */

/* Whether 政府 or 人民政府 starts at i. */
bool ent_government_at(const struct zp_entities *x, size_t i);
/*
 * Whether an institution starts at i after the place ending there.  A
 * country's government is the country (美国政府 is 美国, GUIDELINES 8);
 * a province's or a city's is a body of its own (北京市政府).
 */
bool ent_institution(const struct zp_entities *x, size_t i);
/* Whether c[a..b) is an institution word: 中国 + 女队. */
bool ent_institution_is(const struct zp_entities *x, size_t a, size_t b);
/*
 * Entity k takes in the places that end where it starts (辽宁省 + 卫生厅,
 * 土耳其 + 外交部) and becomes a name of its own surface, no longer the
 * gazetteer entry it matched.
 */
void ent_take_places_before(struct zp_entities *x, size_t k);
/*
 * A body of the derived lists after places: 辽宁省 + 卫生厅, 四川 + 全兴队
 * are one organization (a curated name keeps its place apart: 韩国 +
 * 三星电子).
 */
void ent_pass_place_bodies(struct zp_entities *x);
/*
 * A government body or party named after the place before it is the
 * place's own: 土耳其 + 外交部, 芬兰 + 共产党, 美国 + 海军 are one organization
 * (GUIDELINES 8: 日本经济产业省), while a company keeps its place apart
 * (韩国 + 三星电子).  A ministry before 门 is a kind of office (财政部门),
 * a party before 员 or 派 a kind of member (共产党员, 民主党派); 外交部长
 * keeps its ministry, as the seed keeps 美国商务部 in 美国商务部长.  A
 * body with its term takes its place too: 香港特区第一届立法会.
 */
void ent_pass_country_bodies(struct zp_entities *x);
/*
 * An organization followed by one of its own bodies is that body: 北京大学
 * 中文系, 中共中央书记处 (the body alone would be no name).
 */
void ent_pass_subunits(struct zp_entities *x);
void ent_pass_missions(struct zp_entities *x);
extern const struct cset *ent_cs_bodylast;

/* ent_bounds.c */

extern const char ent_strong_stop[];
/* True when c[a..b) is made up of words of wl only. */
bool ent_all_words(
    const struct zp_entities *x, const struct wlist *wl, size_t a, size_t b);
/* True when c[a..b) is made up of generic words only. */
bool ent_all_generic(const struct zp_entities *x, size_t a, size_t b);
/* Length of the longest generic word ending at b (within [a, b)). */
size_t ent_generic_tail(const struct zp_entities *x, size_t a, size_t b);
/*
 * Whether c[a..b) keeps a name of two characters or more once the generic
 * words that end it are gone: 复兴 of 复兴开发, 昌河飞机 of 昌河飞机制造.
 */
bool ent_named_core(const struct zp_entities *x, size_t a, size_t b);
/* Where a name ending at i starts, or i when nothing fits. */
size_t ent_left_edge(
    struct zp_entities *x, size_t i, size_t max, int32_t *absorbed, bool item);
extern const struct cset *ent_cs_stop;

/* ent_coref.c */

/* A copy of s[0..n) with a NUL, for the rest of the document. */
char *ent_doc_str(struct zp_entities *x, const char *s, size_t n);
void ent_doc_clear(struct zp_entities *x);
void ent_register_name(struct zp_entities *x, const char *surface, size_t sl,
    const char *id, const char *ticker, const char *exchange,
    enum zp_etype type, bool alias);
void ent_register_alias(struct zp_entities *x, size_t a, size_t b,
    const char *id, enum zp_etype type);
/* Names given earlier as aliases, found again: 格尔辛格 after 帕特·格尔辛格. */
void ent_pass_doc_aliases(struct zp_entities *x);
/*
 * Coreference of ids: 商务部 after 美国商务部 is the same department; a
 * legal name (无锡邑文电子科技有限公司) links to the short name used in the
 * document (邑文科技).
 */
void ent_pass_coref(struct zp_entities *x);

/* ent_gazetteer.c */

void ent_pass_gazetteer(struct zp_entities *x);

/* ent_latin.c */

bool ent_has_digit(const struct zp_entities *x, size_t a, size_t b);
void ent_pass_latin(struct zp_entities *x);

/* ent_lists.c */

extern const char ent_list_numerals[];
void ent_pass_lists(struct zp_entities *x);
void ent_pass_apposition(struct zp_entities *x);
void ent_pass_parens(struct zp_entities *x);
/*
 * A name the rules found once is found again in the same text: 锡创投
 *孵化 ... 锡创投再次加码.
 */
void ent_pass_self_aliases(struct zp_entities *x);
extern const struct cset *ent_cs_kind;

/* ent_people.c */

/* The length of the role, of either list, that starts at i; 0 if none. */
size_t ent_lead_at(const struct zp_entities *x, size_t i);
void ent_pass_dot_names(struct zp_entities *x);
/* Length of a surname at i (1 or 2), or 0. */
size_t ent_surname_at(const struct zp_entities *x, size_t i);
bool ent_given_ok(const struct zp_entities *x, size_t a, size_t b);
/* After a name: punctuation, end, a verb, a role, a function word. */
bool ent_name_end_ok(const struct zp_entities *x, size_t j, bool strong);
void ent_add_person(struct zp_entities *x, size_t a, size_t b);
/* Before a name: start, punctuation, a name, a stop character. */
bool ent_name_start_ok(const struct zp_entities *x, size_t a);
void ent_pass_people(struct zp_entities *x);
/*
 * Chinese names with nothing beside them but a boundary: a known surname
 * and one or two given-name characters, scored from the name statistics
 * (100 log-odds against other words, per character).  The start must be a
 * boundary (ent_name_start_ok); after a three-character name a weak end, after
 * a two-character one a strong end, so that 王国, 高度 and 成本 inside
 * longer words do not fire.
 */
void ent_pass_scored_names(struct zp_entities *x);
extern const struct cset *ent_cs_surname;
extern const struct cset *ent_cs_notgiven;
extern const struct cset *ent_cs_translit;
extern const struct cset *ent_cs_compound;
extern const struct cset *ent_cs_endweak;
extern const struct cset *ent_cs_titlefirst;
extern const struct cset *ent_cs_titlesecond;
extern const struct cset *ent_cs_titlebadsur;
extern const struct cset *ent_cs_translitend;

/* ent_places.c */

extern const char ent_admin_units[];
/*
 * One walk for the characters that start the rules above: country pairs
 * (中美关系) and units of places (市 省 县 州 区).
 */
void ent_pass_places(struct zp_entities *x);
/*
 * The first character of a country or region named in full before, alone
 * before its government or economy: 塔吉克斯坦 … 塔总统, 亚美尼亚 … 在亚
 * 首都.  The full name is a listed place of three characters or more that
 * is no city (市, 省, 县, 区, 州 end those).
 */
void ent_pass_named_abbrevs(struct zp_entities *x);
extern const struct cset *ent_cs_abbrev;
extern const struct cset *ent_cs_abstart;
extern const struct cset *ent_cs_fang;

/* ent_products.c */

void ent_pass_products(struct zp_entities *x);

/* ent_suffix.c */

extern const char ent_firm_next[];
extern const char ent_subunit_zu_next[];
extern const char ent_firm_next_bu[];
const struct suffix *ent_suffix_at(
    const struct zp_entities *x, size_t i, size_t *len);
/* Whether a one-character suffix at i is a word of its own (总部, 格局). */
bool ent_short_suffix_ok(const struct zp_entities *x, size_t i);
/* Whether c, after an institution's suffix, shows it began a word. */
bool ent_firm_stop(const char *firm, uint32_t c);
void ent_pass_suffix(struct zp_entities *x);

/* ent_text.c */

/*
 * Decodes s[0..len) (valid UTF-8, borrowed until the next call) into x's
 * code points, byte offsets and flags, and empties the entities of the
 * last text.
 */
void ent_decode(struct zp_entities *x, const char *s, size_t len);
/* The CL_* flags of every BMP character into x->cls (zp_ent_new). */
void ent_build_cls(struct zp_entities *x);

const struct cset *ent_cset_get(const char *set);
/* Sets bit n of cand[], the stop of next_cand, and clears those above. */
void ent_cand_end(struct zp_entities *x);
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
void ent_mark(struct zp_entities *x, enum mark kind);
const char *ent_id(const struct zp_entities *x, const struct ent *e);
/* Stores an id; s may point into the store itself. */
uint32_t ent_put_id(struct zp_entities *x, const char *s, size_t n);
/* The id of the surface text c[a..b). */
uint32_t ent_put_surface(struct zp_entities *x, size_t a, size_t b);
void ent_kill(struct zp_entities *x, int32_t k);
/* Removes every entity overlapping [a, b). */
void ent_clear_span(struct zp_entities *x, size_t a, size_t b);
int32_t ent_add(struct zp_entities *x, size_t a, size_t b, enum zp_etype type,
    enum src src, uint32_t gaz, uint32_t id);

/* Length of the longest word ending just before c[i], or 0. */
size_t wl_before(const struct wlist *wl, const uint32_t *c, size_t i);

/*
 * Each family's init fills the parts of x it owns (word lists, guard and
 * suffix gazetteers, character sets); its free releases them.  zp_ent_new
 * and zp_ent_free call them.
 */
void ent_coref_free(struct zp_entities *x);
void ent_text_free(struct zp_entities *x);
void ent_bodies_init(struct zp_entities *x);
void ent_bodies_free(struct zp_entities *x);
void ent_bounds_init(struct zp_entities *x);
void ent_bounds_free(struct zp_entities *x);
void ent_gazetteer_init(struct zp_entities *x);
void ent_gazetteer_free(struct zp_entities *x);
void ent_lists_init(struct zp_entities *x);
void ent_lists_free(struct zp_entities *x);
void ent_people_init(struct zp_entities *x);
void ent_people_free(struct zp_entities *x);
void ent_places_init(struct zp_entities *x);
void ent_places_free(struct zp_entities *x);
void ent_products_init(struct zp_entities *x);
void ent_products_free(struct zp_entities *x);
void ent_suffix_init(struct zp_entities *x);
void ent_suffix_free(struct zp_entities *x);

static inline bool
is_han(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
	    (c >= 0x20000 && c <= 0x2FFFF) || c == 0x3007 || c == 0x25CB;
}

static inline bool
is_alnum(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') ||
	    (c >= 'a' && c <= 'z');
}

static inline bool
is_alpha(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static inline bool
is_upper(uint32_t c)
{
	return c >= 'A' && c <= 'Z';
}

static inline bool
is_lower(uint32_t c)
{
	return c >= 'a' && c <= 'z';
}

static inline bool
is_digit(uint32_t c)
{
	return c >= '0' && c <= '9';
}

static inline bool
is_dot(uint32_t c)
{
	return c == 0xB7 || c == 0x2022 || c == 0x2027 || c == 0x30FB ||
	    c == 0xFF65 || c == 0x2219;
}

static inline bool
is_open(uint32_t c)
{
	return c == '(' || c == 0xFF08;
}

static inline bool
is_close(uint32_t c)
{
	return c == ')' || c == 0xFF09;
}

/*
 * Character sets as bitmaps over the Basic Multilingual Plane, built from
 * the UTF-8 strings above the first time each is asked for (zp_ent_new
 * asks for all of them, so matching only reads them).
 */
struct cset {
	const char *key;
	uint64_t bits[1024];
};

/* True when code point c occurs in the UTF-8 string set. */
static inline bool
in_set(const char *set, uint32_t c)
{
	const struct cset *cs;
	char u[5];
	size_t l;

	if (c < 0x10000 && (cs = ent_cset_get(set)) != NULL)
		return (cs->bits[c >> 6] >> (c & 63)) & 1;
	l = zp_utf8_encode(c, u);
	u[l] = '\0';
	return strstr(set, u) != NULL;
}

static inline bool
in_cs(const struct cset *cs, uint32_t c)
{
	return c < 0x10000 && ((cs->bits[c >> 6] >> (c & 63)) & 1);
}

static inline bool
bit(const uint64_t *bits, uint32_t c)
{
	return c >= 0x10000 || ((bits[c >> 6] >> (c & 63)) & 1);
}

/*
 * The first position from i whose flags have one of mask, or n: four
 * positions a load, for passes that skip what they cannot start at.
 */
static inline size_t
next_fl(const struct zp_entities *x, size_t i, unsigned mask)
{
	const uint64_t m = (uint64_t)mask * 0x0001000100010001u;
	uint64_t w;

	if (i >= x->n || x->noskip)
		return i;
	for (;; i += 4) {
		memcpy(&w, x->fl + i, sizeof(w));
		if (w & m)
			break;
	}
	while (!(x->fl[i] & mask))
		i++;
	return i;
}

/* The first position from i marked in cand[], or n. */
static inline size_t
next_cand(const struct zp_entities *x, size_t i)
{
	size_t w = i >> 6;
	uint64_t m;

	if (i >= x->n || x->noskip)
		return i;
	m = x->cand[w] & (~(uint64_t)0 << (i & 63));
	while (m == 0)
		m = x->cand[++w];
	return (w << 6) + (size_t)__builtin_ctzll(m);
}

/* Equal runs of code points; the words are short, so no memcmp call. */
static inline bool
cps_eq(const uint32_t *a, const uint32_t *b, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (a[i] != b[i])
			return false;
	return true;
}

/* The bucket of code point c (not 0), or NULL. */
static inline const struct wbucket *
wl_bucket(const struct wbucket *map, uint32_t c)
{
	uint32_t h = (c * 0x9e3779b1u) >> 22;

	for (; map[h].cp != c; h = (h + 1) & (WL_MAP - 1))
		if (map[h].cp == 0)
			return NULL;
	return &map[h];
}

/* Length of the longest word starting at c[i], or 0. */
static inline size_t
wl_at(const struct wlist *wl, const uint32_t *c, size_t n, size_t i)
{
	size_t best = 0;

	const struct wbucket *bk;
	uint32_t h;

	if (i >= n || !bit(wl->first, c[i]))
		return 0;
	for (h = (c[i] * 0x9e3779b1u) >> 22; wl->map[h].cp != c[i];
	     h = (h + 1) & (WL_MAP - 1))
		if (wl->map[h].cp == 0)
			return 0;
	bk = &wl->map[h];
	for (size_t k = bk->start; k < (size_t)bk->start + bk->count; k++) {
		size_t l = wl->len[k];

		if (l > best && i + l <= n && cps_eq(c + i, wl->w[k], l))
			best = l;
	}
	return best;
}

static inline bool
span_free(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (x->owner[i] >= 0)
			return false;
	return true;
}

/* The entity ending exactly at i, or -1. */
static inline int32_t
ends_at(const struct zp_entities *x, size_t i)
{
	if (i == 0 || x->owner[i - 1] < 0)
		return -1;
	return x->ent[x->owner[i - 1]].e == i ? x->owner[i - 1] : -1;
}

/* Looks the text c[a..b) up in the gazetteer. */
static inline uint32_t
lookup(const struct zp_entities *x, size_t a, size_t b)
{
	return zp_gaz_lookup(x->g, x->s + x->boff[a], x->boff[b] - x->boff[a]);
}

static inline bool
text_is(const struct zp_entities *x, size_t a, const char *w)
{
	size_t l = strlen(w);

	return x->boff[a] + l <= x->boff[x->n] &&
	    memcmp(x->s + x->boff[a], w, l) == 0;
}

#define NAME_SUR_MIN 50             /* surname */
#define NAME_GIVEN_MIN (-60)        /* the first given-name character */
#define NAME_GIVEN2_MIN 0           /* the second: 宋健今晚 is 宋健 */
#define NAME_ROLE_GIVEN2_MIN (-100) /* the second after a role: 王大中 */
#define NAME_SUM3 300               /* surname + two given-name characters */
#define NAME_SUM2 300               /* surname + one */
#define NAME_FREE3 500              /* three characters: then any end */
#define NAME_HALF2 500              /* two characters: a boundary on one side */
#define NAME_BARE3 700              /* three characters: no boundary at all */

#endif /* ZP_ENT_INTERNAL_H */
