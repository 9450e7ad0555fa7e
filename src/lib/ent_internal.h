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
#include "zhpipe/fold.h"
#include "zhpipe/wordlist.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/utf8.h"
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#define NELEM(a) (sizeof(a) / sizeof(*(a)))

/* A string literal and its length in bytes: tables compared without strlen. */
struct ent_lit {
	const char *w;
	size_t len;
};

/* clang-format off */
#define ENT_LIT(w) { w, sizeof(w) - 1 }
/* clang-format on */

#define NONE UINT32_MAX
#define MAX_DOC_NAMES 512
#define MAX_DOC_PEOPLE 128 /* people named in full that coref looks at */
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
	/* offset in ids of a unit's company, or NONE for the entry's own */
	uint32_t parent;
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
	/*
	 * A person named in full (ent_coref.c): the name's code points in
	 * the Simplified fold and its surname's length; pn is 0 otherwise.
	 */
	uint8_t pn, psl;
	uint32_t pc[4];
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

/*
 * Two-character words as first << 32 | second << vbits (| a value below
 * 1 << vbits), sorted; seen, a filter of 1 << lg bits of the words' hashes
 * after the entries in the same allocation, turns most other pairs away
 * before the search.
 */
struct pairs {
	uint64_t *v, *seen;
	size_t n, cap;
	unsigned lg, vbits;
};

/*
 * What x->sufat holds where MARK_SUF is set (ent_suffix_marks): the length
 * of the longest suffix there and its index in ent_suffix.c's table, and
 * the length of the longest team word (ent_organs.c).
 */
#define SUFAT_LEN(v) ((v)&7u)
#define SUFAT_IDX(v) (((v) >> 3) & 0x1FFu)
#define SUFAT_TEAM(v) ((v) >> 12)

struct zp_entities {
	const struct zp_gazetteer *g;
	struct zp_gazetteer *blk; /* guard words */
	struct zp_gazetteer *suf; /* organization suffixes */
	/* Word lists, each filled by the init of its family's file. */
	struct zp_wordlist ownforms;       /* ent_gazetteer.c */
	struct zp_wordlist stopw, generic; /* ent_bounds.c */
	struct zp_wordlist levels, parties, legal, national; /* ent_suffix.c */
	struct zp_wordlist weaktrade, commontrade, scope;    /* ent_suffix.c */
	struct zp_wordlist contests;                         /* ent_suffix.c */
	struct zp_wordlist creed;                            /* ent_suffix.c */
	struct zp_wordlist subunit, legis, members, mission,
	    inst;                                             /* ent_bodies.c */
	struct zp_wordlist abbgov;                            /* ent_places.c */
	struct zp_wordlist role, lead, say, namenext, stitle; /* ent_people.c */
	struct zp_wordlist rolelead; /* role and lead as one: ent_people.c */
	struct zp_wordlist jpsur;    /* ent_jpnames.c */
	struct zp_wordlist prodsfx, noncode, noncodep; /* ent_products.c */
	struct zp_wordlist trail, orgctx, kind;        /* ent_lists.c */
	struct zp_wordlist uregion, usegment, usegnot, utail, ugroupnot,
	    udivnot, usite;                      /* ent_units.c */
	struct zp_wordlist shorttail, shortnext; /* ent_shortnames.c */
	struct zp_wordlist teams, clause;        /* ent_organs.c */
	struct zp_wordlist venues, levels2;      /* ent_organs.c */
	struct zp_wordlist localb;               /* ent_organs.c */

	struct zp_wordlist legalforms, legalleads, branches; /* ent_legal.c */
	struct zp_wordlist apverb;                           /* ent_lists.c */
	struct zp_wordlist holdverb;                         /* ent_people.c */
	/* the current text */
	uint32_t *c;
	size_t *boff;
	int32_t *owner;
	size_t n, cap;
	unsigned seen;       /* TX_* flags: rare characters in the text */
	struct zp_fold fold; /* c[] is folded to Simplified (fold.h) */
	bool trad;           /* and the text is Traditional */
	bool folded;         /* some character of c[] was folded */
	uint32_t minor;      /* gazetteer entries below: derived lists */
	struct namesc *nsc;  /* BMP -> name scores, or NULL */
	/*
	 * Common words that look like names: those of one to three
	 * characters in notwords (notname_key), sorted; notname holds the
	 * rest, and is NULL when the statistics have no such word.
	 */
	struct zp_gazetteer *notname;
	struct pairs notwords;
	/*
	 * Two-character words that may be given names (建国, 海军), as
	 * first << 32 | second, sorted: a given name alone is none of them.
	 */
	struct pairs gwords;
	/* Common two-character words (+C CHARS), the same way. */
	struct pairs cwords;
	/* Common verbs and function words, << 2 | VERB_EDGE, FUNC_EDGE or 0. */
	struct pairs verbs;
	uint64_t surbits[1024]; /* surnames scored NAME_SUR_MIN or more */
	/*
	 * CL_* flags of every BMP character (cls) and of each code point of
	 * the text (fl): where a pass can start, so that it skips the rest
	 * with one test.
	 */
	uint16_t *cls;
	uint16_t *fl;
	uint8_t *seen_tab; /* BMP -> TX_* flags, and whether it may fold */
	/*
	 * A bit per position: where the current pass may act, by a finer
	 * test the pass makes first over the whole text (mark_*); bit n is
	 * set, so that next_cand stops there.
	 */
	uint64_t *cand;
	/* Every kind of mark of the text, markw words each (ent_mark). */
	uint64_t *marks;
	size_t markw;
	/*
	 * The table of the suffixes and the team words, with the filters
	 * that ent_suffix_marks asks first (ent_suftab.c).
	 */
	struct suftab *suft;
	uint16_t *sufat; /* SUFAT_* of each position of MARK_SUF */
	struct zp_gaz_quick gq, bq, sq;         /* of g, blk and suf */
	uint64_t gzpair[ZP_GAZ_PAIR_BITS / 64]; /* pair filters of g and blk */
	uint64_t selfbits[1024]; /* ent_pass_self_aliases: first characters */
	uint8_t jpfs[4096]; /* ent_jpnames.c: jpsur's first (1), second (2) */
	bool role_short; /* a role word of one character (no CL_ROLE2 test) */
	bool noskip;     /* zp_ent_set_skips(x, false): visit every position */
	const char *s;
	struct ent *ent;
	size_t nent, capent;
	struct zp_buf ids;
	struct zp_entity *out; /* in text order */
	uint64_t *outkey; /* sort_keys: capout keys, and its room as many */
	size_t capout;
	/* the document */
	struct docname *doc;
	size_t ndoc;
	uint16_t dhash[DOC_HASH];      /* surface -> 1 + index in doc, or 0 */
	uint16_t dper[MAX_DOC_PEOPLE]; /* indexes in doc of people in full */
	size_t ndper;
	struct docblock *dstr; /* the newest block first */
	char *lastorg; /* id of the last organization seen (in lastorg_b) */
	struct zp_buf lastorg_b;
	/* The last text's names, not yet registered (entities.c). */
	size_t npend;
	struct zp_buf pends; /* that text */
};

/*
 * Organization suffixes.  Class L (legal form or a word that names the
 * same company: 英特尔公司 is Intel), class N (a new body of its own:
 * 中信建投资本 is not 中信建投); class W (a section named after its body
 * or place: 外事处) and class P (a party by its creed: 激进党) are seen by
 * ent_pass_suffix alone (ent_suffix_at leaves them out).
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
#define CL_SUF 0x02u       /* an organization suffix or a team word */
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
#define CL_UNIT 0x8000u    /* 市 省 县 州 区 镇 乡 村 */
#define CL_PLACE (CL_ABBREV | CL_UNIT)
#define CL_PEOPLE (CL_ROLE | CL_TRANSLIT | CL_SURNAME | CL_COMPOUND)
#define FL_PAD 16 /* fl[n..n+15] have every flag: next_fl stops there */

/* The passes ent_mark serves (it marks where each may act). */
enum mark {
	MARK_PEOPLE,
	MARK_PLACES,
	MARK_SCORED,
	MARK_GAZ,
	MARK_SUF,
	MARK_KINDS
};

/*
 * Across the files, functions are ent_* and each line below is its
 * contract; x is the extractor over the current text, a and b are positions
 * of its code points (b past the end), and none of them keeps a pointer.
 */

/* ent_text.c: the text, the owner map and the ids. */

/* Decodes s[0..len) (valid UTF-8, kept until the next text) into x. */
void ent_decode(struct zp_entities *x, const char *s, size_t len);
/* Fills x->cls, the CL_* flags of every BMP character (zp_ent_new). */
void ent_build_cls(struct zp_entities *x);
/* Fills x->seen_tab, the TX_* flags of every BMP character (zp_ent_new). */
void ent_build_seen(struct zp_entities *x);
/* The bitmap of the UTF-8 string set (the same pointer, the same map). */
const struct cset *ent_cset_get(const char *set);
/*
 * Marks in x->cand where the pass of kind may act, then ends the marks
 * (ent_decode computed them all in one walk).
 */
void ent_mark(struct zp_entities *x, enum mark kind);
/* Sets bit n of x->cand, the stop of next_cand, and clears those above. */
void ent_cand_end(struct zp_entities *x);
/* The id of entity e: its own, its gazetteer entry's, or "". */
const char *ent_id(const struct zp_entities *x, const struct ent *e);
/* Stores id s[0..n) (s may point into the store) and returns its offset. */
uint32_t ent_put_id(struct zp_entities *x, const char *s, size_t n);
/* Stores the surface text c[a..b) as an id and returns its offset. */
uint32_t ent_put_surface(struct zp_entities *x, size_t a, size_t b);
uint32_t ent_put_surface_gap(
    struct zp_entities *x, size_t a, size_t b, size_t ga, size_t gb);
/* Marks entity k dead and frees the positions it owns. */
void ent_kill(struct zp_entities *x, int32_t k);
/* Kills every entity overlapping [a, b). */
void ent_clear_span(struct zp_entities *x, size_t a, size_t b);
/* Adds an entity over [a, b), which it owns from now on; returns its index. */
int32_t ent_add(struct zp_entities *x, size_t a, size_t b, enum zp_etype type,
    enum src src, uint32_t gaz, uint32_t id);
/* Frees the text buffers, the entities and the ids (zp_ent_free). */
void ent_text_free(struct zp_entities *x);

/* ent_bounds.c: where names begin. */

/* The stop set 由被与和对向、及从给让: a name starts after one of these. */
extern const char ent_strong_stop[];
/* Stop characters (no name runs across one); ent_bounds_init sets it. */
extern const struct cset *ent_cs_stop;
/* Whether c[a..b) is made up of words of wl only. */
bool ent_all_words(const struct zp_entities *x, const struct zp_wordlist *wl,
    size_t a, size_t b);
/* Whether c[a..b) is made up of generic words only. */
bool ent_all_generic(const struct zp_entities *x, size_t a, size_t b);
/* Length of the longest generic word ending at b (within [a, b)). */
size_t ent_generic_tail(const struct zp_entities *x, size_t a, size_t b);
/* Whether c[a..b) keeps two characters or more without its generic tail. */
bool ent_named_core(const struct zp_entities *x, size_t a, size_t b);
/* Where a name ending at i starts (at most max back), or i if none fits. */
size_t ent_numeral_start(const struct zp_entities *x, size_t k, size_t i);
size_t ent_left_edge(
    struct zp_entities *x, size_t i, size_t max, int32_t *absorbed, bool item);
void ent_bounds_init(struct zp_entities *x);
void ent_bounds_free(struct zp_entities *x);

/* ent_gazetteer.c: the names of the lists and the guard words. */

/* Pass: gazetteer names, leftmost-longest, where no guard word wins. */
void ent_pass_gazetteer(struct zp_entities *x);
void ent_gazetteer_init(struct zp_entities *x);
void ent_gazetteer_free(struct zp_entities *x);

/* ent_latin.c: Latin names. */

/* Pass: runs of capitalized Latin words (organizations and people). */
void ent_pass_latin(struct zp_entities *x);

/* ent_suffix.c: organizations by their suffix. */

/* Characters after an institution's suffix that show it began a word. */
extern const char ent_firm_next[];
extern const char ent_firm_next_bu[];
extern const char ent_subunit_zu_next[];
/* The longest suffix at i (its length in *len), or NULL. */
const struct suffix *ent_suffix_at(
    const struct zp_entities *x, size_t i, size_t *len);
/* Whether a one-character suffix at i is a word of its own (总部, 格局). */
bool ent_short_suffix_ok(const struct zp_entities *x, size_t i);
/* Whether c, after an institution's suffix, shows it began a word. */
bool ent_firm_stop(const char *firm, uint32_t c);
/* The suffix list itself, n entries (for ent_suftab.c). */
const struct suffix *ent_suffix_list(size_t *n);
/*
 * Builds the table of the suffixes and the team words (ent_build_cls;
 * ent_suftab.c).
 */
void ent_suffix_table(struct zp_entities *x);
/*
 * Keeps of MARK_SUF (CL_SUF, from mark_all) the places where a suffix or
 * a team word starts, by the filter first, their SUFAT_* in x->sufat, and
 * sets bit n.
 */
void ent_suffix_marks(struct zp_entities *x);
/* Pass: organizations ending in a suffix (公司, 科技, 集团, 委员会...). */
void ent_pass_suffix(struct zp_entities *x);
void ent_suffix_init(struct zp_entities *x);
void ent_suffix_free(struct zp_entities *x);

/* ent_bodies.c: government bodies, institutions, missions, subunits. */

/* Set of the last characters of a body (部局署委院...). */
extern const struct cset *ent_cs_bodylast;
/* Whether 政府 or 人民政府 starts at i. */
bool ent_government_at(const struct zp_entities *x, size_t i);
/* Whether an institution of the place ending at i starts at i. */
bool ent_institution(const struct zp_entities *x, size_t i);
/* Whether c[a..b) is an institution word: 中国 + 女队. */
bool ent_institution_is(const struct zp_entities *x, size_t a, size_t b);
/* Entity k takes in the places that end where it starts (辽宁省 + 卫生厅). */
void ent_take_places_before(struct zp_entities *x, size_t k);
/* Pass: a place + a body of the derived lists (辽宁省卫生厅). */
void ent_pass_place_bodies(struct zp_entities *x);
/* Pass: a place + its government body or party (土耳其外交部). */
void ent_pass_country_bodies(struct zp_entities *x);
/* Pass: missions abroad (驻华大使馆). */
void ent_pass_missions(struct zp_entities *x);
/* Pass: an organization + one of its own bodies (北京大学中文系). */
void ent_pass_subunits(struct zp_entities *x);
void ent_bodies_init(struct zp_entities *x);
void ent_bodies_free(struct zp_entities *x);

/* ent_organs.c: a place + an institution (美国土地管理局). */

/* Pass: a place, a name and an institution's suffix, one organization. */
void ent_pass_place_organs(struct zp_entities *x);
void ent_organs_init(struct zp_entities *x);
void ent_organs_free(struct zp_entities *x);

/* ent_places.c: places and country abbreviations. */

/* The units of places 省市县区州镇乡村旗盟. */
extern const char ent_admin_units[];
/* Sets of country abbreviations, the characters that start one, and 方. */
extern const struct cset *ent_cs_abbrev, *ent_cs_abstart, *ent_cs_fang;
/* Pass: places by their unit and country abbreviations (中美, 访华). */
void ent_pass_places(struct zp_entities *x);
/* Pass: a country named in full before, by its first character alone. */
void ent_pass_named_abbrevs(struct zp_entities *x);
void ent_places_init(struct zp_entities *x);
void ent_places_free(struct zp_entities *x);

/*
 * People: ent_people.c (roles, reporting verbs, the pass), ent_surnames.c
 * (surname and given name, the scored names), ent_titles.c (the surname
 * alone: 陈先生, 梁某), ent_foreign.c (transliterated names by their
 * evidence), ent_translit.c, ent_jpnames.c, ent_namestats.c.
 */

/* Sets of surnames, non-given-name characters, transliteration... */
extern const struct cset *ent_cs_surname, *ent_cs_notgiven, *ent_cs_translit,
    *ent_cs_compound, *ent_cs_endweak, *ent_cs_titlefirst, *ent_cs_titlesecond,
    *ent_cs_titlebadsur, *ent_cs_translitend;
/* Length of the role (of either list) starting at i, or 0. */
size_t ent_lead_at(const struct zp_entities *x, size_t i);
/* Length of a surname at i (1 or 2), or 0. */
size_t ent_surname_at(const struct zp_entities *x, size_t i);
/* Length of a surname at the start of c[0..n) (1 or 2), or 0. */
size_t ent_surname_of(const uint32_t *c, size_t n);
/* Whether c[a..b) is free Han that may be a given name. */
bool ent_given_ok(const struct zp_entities *x, size_t a, size_t b);
/* Whether a name may end before j: punctuation, a verb, a role... */
bool ent_name_end_ok(const struct zp_entities *x, size_t j, bool strong);
/* Whether a name may start at a: start, punctuation, a name, a stop. */
bool ent_name_start_ok(const struct zp_entities *x, size_t a);
/* Adds the person c[a..b), with its gazetteer entry if it has one. */
void ent_add_person(struct zp_entities *x, size_t a, size_t b);
/* Pass: transliterated names with "·" (帕特·格尔辛格). */
void ent_pass_dot_names(struct zp_entities *x);
/* Pass: Chinese names beside a role, a title or a reporting verb. */
void ent_pass_people(struct zp_entities *x);
/* Pass: Chinese names by the name statistics alone (zp_ent_load_names). */
void ent_pass_scored_names(struct zp_entities *x);
/* Whether the given name c[0..2) is a common word (zp_ent_load_names). */
bool ent_common_given(const struct zp_entities *x, const uint32_t *c);
/* Whether c[0..2) is a common word of no name's kind (+C CHARS). */
bool ent_common_pair(const struct zp_entities *x, const uint32_t *c);
int ent_verb_at(const struct zp_entities *x, const uint32_t *c);
/*
 * Whether the surname and two given-name characters at i, scored sum,
 * begin a clause as a name does, whatever follows (ent_namestats.c).
 */
bool ent_clause_name3(const struct zp_entities *x, size_t i, int sum);
/* Whether c[0..n) reads as a transliterated foreign name (马斯克). */
bool ent_translit_name(const uint32_t *c, size_t n);
void ent_people_init(struct zp_entities *x);
void ent_people_free(struct zp_entities *x);
/* Whether digits at i are a day of the month: 耶尔马兹19日说. */
bool ent_date_after(const struct zp_entities *x, size_t i);
/* A Chinese name starting at a: its end, or a when none fits. */
size_t ent_name_from(const struct zp_entities *x, size_t a);
/* A Chinese name right after a role, whatever follows: its end, or a. */
size_t ent_name_after_role(const struct zp_entities *x, size_t a);
/* Whether c[a..b) is a common word that looks like a name (王朝). */
bool ent_notname_at(const struct zp_entities *x, size_t a, size_t b);
void ent_surnames_init(struct zp_entities *x);
void ent_surnames_free(struct zp_entities *x);
/* The length of the title at i, when a title follows a surname there. */
size_t ent_surname_title(const struct zp_entities *x, size_t i);
/* Adds the people X某 and 姓X (ent_titles.c). */
void ent_surname_only(struct zp_entities *x);
/* Adds a surname before its title at i (陈先生): the length of both, or 0. */
size_t ent_titled_surname(struct zp_entities *x, size_t i);
void ent_titles_init(struct zp_entities *x);
void ent_titles_free(struct zp_entities *x);
/* A transliterated name right after a role at a: its end, or a. */
size_t ent_translit_after_role(const struct zp_entities *x, size_t a);
/* Adds the transliterated names after a country's team (丹麦队盖德). */
void ent_after_country(struct zp_entities *x);
/* Adds a transliterated name at i before a verb or role: its end, or i. */
size_t ent_translit_said(struct zp_entities *x, size_t i);
void ent_foreign_init(struct zp_entities *x);
/* A run of transliteration c[a..b) that is a name alone (ent_translit.c). */
bool ent_translit_alone(const struct zp_entities *x, size_t a, size_t b);
/* Pass: two characters of transliteration, then a title (沃伦先生). */
void ent_pass_translit_pairs(struct zp_entities *x);
/* ent_jpnames.c: Japanese names (石田东四郎, 桥本首相), from ent_pass_people. */
void ent_pass_jp_names(struct zp_entities *x);
void ent_jpnames_init(struct zp_entities *x);
void ent_jpnames_free(struct zp_entities *x);

/* ent_products.c: products. */

/* Pass: model codes (H100) and brand + model (Galaxy S24). */
void ent_pass_products(struct zp_entities *x);
/* Pass: goods named in words (五粮液批价, 华为手机), and 苹果 the fruit. */
void ent_pass_product_words(struct zp_entities *x);
/* The id of the maker of the product id, or NULL. */
const char *ent_product_maker(const struct zp_entities *x, const char *id);
void ent_products_init(struct zp_entities *x);
void ent_products_free(struct zp_entities *x);

/* ent_lists.c: names found by their neighbours. */

/* The numerals 一二三...十两 (第一届, 两家). */
extern const char ent_list_numerals[];
/* Set of the first characters of kind words (企公厂...). */
extern const struct cset *ent_cs_kind;
/* Pass: enumerations with "、" in which organizations or people dominate. */
void ent_pass_lists(struct zp_entities *x);
/* Pass: a kind word before a name (芯片商英伟达). */
void ent_pass_apposition(struct zp_entities *x);
/* Pass: a name the rules found once, found again in the same text. */
void ent_pass_self_aliases(struct zp_entities *x);
/* Pass: aliases in parentheses after a name (超威半导体(AMD)). */
void ent_pass_parens(struct zp_entities *x);
void ent_lists_init(struct zp_entities *x);
void ent_lists_free(struct zp_entities *x);

/* ent_units.c: the units of a company. */

/* Pass: a company + a region, business group or segment (宝马中国). */
void ent_pass_units(struct zp_entities *x);
void ent_units_init(struct zp_entities *x);
void ent_units_free(struct zp_entities *x);

/* ent_legal.c: companies by their full legal name. */

/* Pass: a name + 有限公司, 有限责任公司, (有限合伙), maybe + a branch. */
void ent_pass_legal(struct zp_entities *x);
void ent_legal_init(struct zp_entities *x);
void ent_legal_free(struct zp_entities *x);

/* ent_listed.c: listed companies by their stock code or quote. */

/* Pass: a name before (603609.SH), (06868), (9.500,0.12,1.28%). */
void ent_pass_listed(struct zp_entities *x);
size_t ent_code_after(const struct zp_entities *x, size_t i);
size_t ent_code_before(const struct zp_entities *x, size_t k);
void ent_listed_init(struct zp_entities *x);
/* Pass: a short name after a mark, then 公告 (中文传媒公告,截至…). */
void ent_pass_announcers(struct zp_entities *x);

/* ent_shortnames.c: a company named again by its 字号 alone. */
void ent_pass_short_names(struct zp_entities *x);
void ent_shortnames_init(struct zp_entities *x);
void ent_shortnames_free(struct zp_entities *x);

/* ent_raisers.c: start-ups by the funding round they close. */

/* Pass: a name before 完成/获得/获投 ... 融资 (赚购购获投数千万元融资). */
void ent_pass_raisers(struct zp_entities *x);
void ent_raisers_init(struct zp_entities *x);

/* ent_coref.c: the document. */

/* A copy of s[0..n) with a NUL, kept until the document ends. */
char *ent_doc_str(struct zp_entities *x, const char *s, size_t n);
/* Forgets the names of the document (zp_ent_new_doc). */
void ent_doc_clear(struct zp_entities *x);
/* Remembers a name for the rest of the document (copies every string). */
void ent_register_name(struct zp_entities *x, const char *surface, size_t sl,
    const char *id, const char *ticker, const char *exchange,
    enum zp_etype type, bool alias);
/* Remembers c[a..b) as an alias of id, to be found in later text. */
void ent_register_alias(struct zp_entities *x, size_t a, size_t b,
    const char *id, enum zp_etype type);
/* Pass: aliases given earlier in the document, found again. */
void ent_pass_doc_aliases(struct zp_entities *x);
/* Pass: later mentions take the ids of the names seen before. */
void ent_pass_coref(struct zp_entities *x);
/* Frees the document's names (zp_ent_free). */
void ent_coref_free(struct zp_entities *x);

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
has_digit(const struct zp_entities *x, size_t a, size_t b)
{
	for (size_t i = a; i < b; i++)
		if (is_digit(x->c[i]))
			return true;
	return false;
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
 * the UTF-8 strings of the families the first time each is asked for (each
 * family's init asks for all of its own, so matching only reads them).
 */
struct cset {
	const char *key;
	uint64_t bits[1024];
};

/*
 * True when code point c occurs in the UTF-8 string set.  Each call site
 * keeps the set it found last (slot, see in_set): the rules test a set at
 * nearly every position they visit, and the table lookup by the string's
 * address cost a call and a probe each time.  The key is checked, as a
 * site may test different sets.
 */
static inline bool
in_set_at(const struct cset **slot, const char *set, uint32_t c)
{
	const struct cset *cs = *slot;
	char u[5];
	size_t l;

	if (c < 0x10000) {
		if (cs == NULL || cs->key != set)
			*slot = cs = ent_cset_get(set);
		if (cs != NULL)
			return (cs->bits[c >> 6] >> (c & 63)) & 1;
	}
	l = zp_utf8_encode(c, u);
	u[l] = '\0';
	return strstr(set, u) != NULL;
}

#define in_set(set, c) \
	__extension__({ \
		static const struct cset *in_set_slot_; \
		in_set_at(&in_set_slot_, (set), (c)); \
	})

/*
 * in_set where the set varies at the call site (the characters that may
 * not come before a suffix, by the suffix): 64 slots by the set's address,
 * where in_set's one slot was looked up again at each change of set (17k
 * lookups on docs3; 3k are left, of sets that share a slot).
 */
#define in_set_any(set, c) \
	__extension__({ \
		static const struct cset *in_set_slots_[64]; \
		const char *in_set_s_ = (set); \
		in_set_at(&in_set_slots_[((uintptr_t)in_set_s_ * \
		                             0x9E3779B97F4A7C15u) >> \
		              58], \
		    in_set_s_, (c)); \
	})

/* Whether the code points a[0..an) come in b[0..bn) in order: a short
 * name taken from a full one (民进 of 中国民主促进会). */
static inline bool
ent_cp_subsequence(const uint32_t *a, size_t an, const uint32_t *b, size_t bn)
{
	size_t q = 0;

	for (size_t k = 0; k < an; k++) {
		while (q < bn && b[q] != a[k])
			q++;
		if (q++ >= bn)
			return false;
	}
	return true;
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
 * The first position from i whose flags have one of mask, or n: eight
 * positions a load (four without SSE2), for passes that skip what they
 * cannot start at.
 */
static inline size_t
next_fl(const struct zp_entities *x, size_t i, unsigned mask)
{
	if (i >= x->n || x->noskip)
		return i;
#ifdef __SSE2__
	/* Eight at a load: fl[n..] has every flag, within FL_PAD. */
	const __m128i vm = _mm_set1_epi16((short)(uint16_t)mask);

	for (;; i += 8) {
		__m128i f = _mm_and_si128(
		    _mm_loadu_si128((const __m128i *)(x->fl + i)), vm);
		unsigned z = (unsigned)_mm_movemask_epi8(
		    _mm_cmpeq_epi16(f, _mm_setzero_si128()));

		if (z != 0xFFFF)
			return i + (size_t)__builtin_ctz(~z) / 2;
	}
#else
	const uint64_t m = (uint64_t)mask * 0x0001000100010001u;
	uint64_t w;

	for (;; i += 4) {
		memcpy(&w, x->fl + i, sizeof(w));
		if (w & m)
			break;
	}
	while (!(x->fl[i] & mask))
		i++;
	return i;
#endif
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

/*
 * The first position from i of the mark kind (mark_all), or n: the marks
 * of the passes that read them in place, not in cand[] (MARK_SUF, whose
 * bit n is set as the stop).
 */
static inline size_t
next_mark(const struct zp_entities *x, enum mark kind, size_t i)
{
	const uint64_t *m = x->marks + kind * x->markw;
	size_t w = i >> 6;
	uint64_t b;

	if (i >= x->n || x->noskip)
		return i;
	b = m[w] & (~(uint64_t)0 << (i & 63));
	while (b == 0)
		b = m[++w];
	return (w << 6) + (size_t)__builtin_ctzll(b);
}

/* Whether position i has the mark kind (mark_all). */
static inline bool
has_mark(const struct zp_entities *x, enum mark kind, size_t i)
{
	return (x->marks[kind * x->markw + (i >> 6)] >> (i & 63)) & 1;
}

/* The SUFAT_* value at i: 0 where no suffix or team word starts. */
static inline unsigned
suf_code_at(const struct zp_entities *x, size_t i)
{
	return i < x->n && has_mark(x, MARK_SUF, i) ? x->sufat[i] : 0;
}

/*
 * The first position from i whose code point, masked by mask, is a or b,
 * or n: for the passes that start only at one or two characters (、, an
 * opening parenthesis), eight positions a test where SSE2 is there.
 */
static inline size_t
next_cp_masked(const struct zp_entities *x, size_t i, uint32_t mask, uint32_t a,
    uint32_t b)
{
	const uint32_t *c = x->c;
	size_t n = x->n;
#ifdef __SSE2__
	const __m128i vm = _mm_set1_epi32((int)mask);
	const __m128i va = _mm_set1_epi32((int)a), vb = _mm_set1_epi32((int)b);

	for (; i + 8 <= n; i += 8) {
		__m128i lo = _mm_and_si128(
		    _mm_loadu_si128((const __m128i *)(c + i)), vm);
		__m128i hi = _mm_and_si128(
		    _mm_loadu_si128((const __m128i *)(c + i + 4)), vm);
		__m128i eq =
		    _mm_packs_epi32(_mm_or_si128(_mm_cmpeq_epi32(lo, va),
		                        _mm_cmpeq_epi32(lo, vb)),
		        _mm_or_si128(
		            _mm_cmpeq_epi32(hi, va), _mm_cmpeq_epi32(hi, vb)));
		unsigned m = (unsigned)_mm_movemask_epi8(eq);

		if (m != 0)
			return i + (size_t)__builtin_ctz(m) / 2;
	}
#endif
	for (; i < n; i++)
		if ((c[i] & mask) == a || (c[i] & mask) == b)
			return i;
	return n;
}

/* The first position from i whose code point is a or b, or n. */
static inline size_t
next_cp2(const struct zp_entities *x, size_t i, uint32_t a, uint32_t b)
{
	return next_cp_masked(x, i, UINT32_MAX, a, b);
}

/*
 * The first position from i whose code point is one of f[0..3], or n: for
 * passes that start at three or four characters, one walk where two of
 * next_cp2 read the text twice.
 */
static inline size_t
next_cp4(const struct zp_entities *x, size_t i, const uint32_t f[4])
{
	const uint32_t *c = x->c;
	size_t n = x->n;
#ifdef __SSE2__
	const __m128i f0 = _mm_set1_epi32((int)f[0]),
	              f1 = _mm_set1_epi32((int)f[1]),
	              f2 = _mm_set1_epi32((int)f[2]),
	              f3 = _mm_set1_epi32((int)f[3]);

	for (; i + 8 <= n; i += 8) {
		__m128i lo = _mm_loadu_si128((const __m128i *)(c + i));
		__m128i hi = _mm_loadu_si128((const __m128i *)(c + i + 4));
		__m128i el = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi32(lo, f0),
		                              _mm_cmpeq_epi32(lo, f1)),
		    _mm_or_si128(
		        _mm_cmpeq_epi32(lo, f2), _mm_cmpeq_epi32(lo, f3)));
		__m128i eh = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi32(hi, f0),
		                              _mm_cmpeq_epi32(hi, f1)),
		    _mm_or_si128(
		        _mm_cmpeq_epi32(hi, f2), _mm_cmpeq_epi32(hi, f3)));
		unsigned m =
		    (unsigned)_mm_movemask_epi8(_mm_packs_epi32(el, eh));

		if (m != 0)
			return i + (size_t)__builtin_ctz(m) / 2;
	}
#endif
	for (; i < n; i++)
		if (c[i] == f[0] || c[i] == f[1] || c[i] == f[2] ||
		    c[i] == f[3])
			return i;
	return n;
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

/*
 * The entity rules ask a word list (zhpipe/wordlist.h) only how long a word
 * is at a point or before one, never for its value.
 */
static inline size_t
wl_at(const struct zp_wordlist *wl, const uint32_t *c, size_t n, size_t i)
{
	return zp_wl_at(wl, c, n, i, NULL);
}

/* Length of the longest word of wl ending just before c[i], or 0. */
static inline size_t
wl_before(const struct zp_wordlist *wl, const uint32_t *c, size_t i)
{
	return zp_wl_before(wl, c, 0, i, NULL);
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
	return zp_gaz_lookup_cp(x->g, x->c + a, b - a);
}

/*
 * True when the text at c[a] reads w (Simplified).  The rules read the
 * folded text (fold.h): the bytes as written serve only when no character
 * of this text was folded.
 */
static inline bool
text_is(const struct zp_entities *x, size_t a, const char *w)
{
	const unsigned char *u = (const unsigned char *)w;
	size_t l, i = 0, k;

	/*
	 * Most calls fail at the first character, a Chinese one: c[a] is
	 * compared with it before w is measured (c[a] decodes the bytes at
	 * boff[a] as it would).  The lists of words made strlen and memcmp a
	 * twentieth of the run.
	 */
	if (a < x->n && (u[0] & 0xF0) == 0xE0 && (u[1] & 0xC0) == 0x80 &&
	    (u[2] & 0xC0) == 0x80 &&
	    x->c[a] !=
	        ((uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
	            (u[2] & 0x3F)))
		return false;
	l = strlen(w);
	if (!x->folded)
		return x->boff[a] + l <= x->boff[x->n] &&
		    memcmp(x->s + x->boff[a], w, l) == 0;
	for (; i < l; a++, i += k)
		if (a >= x->n ||
		    (uint32_t)zp_utf8_decode(w + i, l - i, &k) != x->c[a])
			return false;
	return true;
}

/*
 * The first characters of a list of words, as 1,024 bits by the low bits
 * of the code point, built by the family's init (ent_firsts_init).  A rule
 * that tries every word of a list at one position asks it first: most
 * positions start none of them, and text_is, cheap as it is, was a tenth
 * of the run for the lists tried word by word.  text_is reads a word at a
 * only when c[a] is its first character: ent_decode keeps ASCII and three-
 * byte characters as written unless the text is folded, and folded text
 * is compared by code point.  A word that starts otherwise sets every bit.
 */
struct ent_firsts {
	uint64_t bits[16];
};

/* Adds the first character of w (f zeroed first, or by ent_firsts_init). */
void ent_firsts_add(struct ent_firsts *f, const char *w);
/* From n words, the string at byte off of each element of size bytes. */
void ent_firsts_init(
    struct ent_firsts *f, const void *words, size_t n, size_t size, size_t off);

/* False when no word of the list can start at c[a] (text_is false). */
static inline bool
ent_firsts_may(
    const struct ent_firsts *f, const struct zp_entities *x, size_t a)
{
	uint32_t c;

	if (a >= x->n)
		return true;
	c = x->c[a];
	return (f->bits[(c >> 6) & 15] >> (c & 63)) & 1;
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
#define NAME_CLAUSE3 300 /* three characters beginning a clause: any end */

/*
 * The values in x->verbs: a common verb that ends a name on the left (but
 * may be a body's trade right before its suffix), a function word that
 * ends one always, or 0 for a word a name may hold.
 */
#define VERB_EDGE 1 /* "!WORD" */
#define FUNC_EDGE 2 /* "^WORD"; 0 is "~WORD" */

#endif /* ZP_ENT_INTERNAL_H */
