/*
 * num_internal -- what the files of the figure finder (numbers.c and
 * num_*.c) share: the finder's state, a mention, the longest-match tables
 * and the small helpers every rule family uses.  Hot helpers are static
 * inline here, so splitting the rules into files costs no calls.  Private
 * to src/lib; the public API is include/zhpipe/numbers.h.
 */
#ifndef ZHPIPE_NUM_INTERNAL_H
#define ZHPIPE_NUM_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/cnum.h"
#include "zhpipe/fold.h"
#include "zhpipe/numbers.h"
#include "zhpipe/utf8.h"
#include "zhpipe/wordlist.h"

/* ---------------------------------------------------------------------- */
/* Longest-match tables: a word list (zhpipe/wordlist.h) whose values index
 * the entries, matched at a position or, reversed, ending at one. */

#define LEX_MAXW 12

struct lent {
	uint8_t cls;
	int8_t exp;
	const char *code; /* ISO code, label, or the surface text */
};

struct lex {
	struct zp_wordlist wl; /* a word's value is its entry's index */
	struct lent *e;        /* all added, replaced ones too */
	size_t n, cap;
	bool rev;  /* match text ending at a position */
	bool key2; /* one-character words are ignored */
};

/* lex_init -- an empty table; rev tables match text ending at a position. */
void lex_init(struct lex *l, bool rev);
/* lex_free -- frees the entries (and codes marked cls 255); l is reusable
 * after lex_init. */
void lex_free(struct lex *l);
/* lex_addn -- adds s[0..len) (UTF-8; words over LEX_MAXW code points or
 * invalid are ignored); code is borrowed.  Last added wins a tie. */
void lex_addn(struct lex *l, const char *s, size_t len, int cls, int exp,
    const char *code);
/* lex_add -- lex_addn of a NUL-terminated s. */
void lex_add(struct lex *l, const char *s, int cls, int exp, const char *code);

/*
 * The longest entry at cp[i..n) (forward) or ending just before i
 * (reversed, within cp[lo..i)); its index, or -1.  *len gets its length
 * (0 when there is none).
 */
static inline int
lex_match(const struct lex *l, const uint32_t *cp, size_t lo, size_t n,
    size_t i, size_t *len)
{
	uint32_t v = 0;

	*len = l->rev ? zp_wl_before(&l->wl, cp, lo, i, &v) :
	                zp_wl_at(&l->wl, cp, n, i, &v);
	return *len > 0 ? (int)v : -1;
}

enum ucls {
	U_NONE,
	U_CUR,      /* money; exp scales the amount (美分 -2) */
	U_PCT,      /* % */
	U_PERMILLE, /* ‰, stored as % */
	U_PP,       /* 个百分点 */
	U_BP,       /* 基点 */
	U_CHENG,    /* 成 = 10 % */
	U_BEI,      /* 倍 */
	U_FAN,      /* 番 (after 翻) */
	U_COUNT,    /* classifiers */
	U_QTY,      /* measures */
	U_QTYLATIN, /* measures in Latin letters: need a word boundary */
	U_DUR,      /* durations */
	U_YEAR,     /* 年, 年度 */
	U_FY,       /* 财年 */
	U_MONTH,    /* 月, 月份 */
	U_DAY,      /* 日, 号 */
	U_QUARTER,  /* 季度, 财季, 季 */
	U_DA,       /* 两大, 四大 */
	U_ZHE       /* 折: a discount, 九折 = 90 % */
};

enum hcls {
	H_APPROX = 1,
	H_LOWER,
	H_UPPER,
	H_NEAR,  /* 近: upper, or "recent" before a period */
	H_FILLER /* 达, 高达, 了: no hedge, skipped looking for a verb */
};

enum vcls { V_UP = 1, V_DOWN, V_LEVEL, V_YOY, V_QOQ };
/* Categories of metric terms (their exp): a market's measure has no
 * owner; a corporate action's (回购, 质押) measures shares too. */
enum mcat { MC_NONE, MC_MARKET, MC_ACTION, MC_AMOUNT };

struct ment {
	size_t s, e;
	uint8_t kind;
	uint8_t vmode;         /* 0 none, 1 value, 2 null, 3 range */
	size_t v0, v1, m0, m1; /* value or min, and max, in z->vals */
	char unit[48];
	bool approx;
	char bound, change, basis;
	char date[64];
	char period[64];
	int metric;  /* index into the metric table, or -1 */
	int subject; /* entity index, or -1 */
	const char *note;
	uint8_t ucls;
	bool bare;
	bool defcur; /* CNY only because 元 was written alone */
	int conv;    /* the figure this one converts (约合), or -1 */
	int counterparty, holder; /* entity indexes, or -1 (num_subject.c) */
	size_t mpos;              /* where the metric word is, with */
	uint8_t mpre;             /* the length of its accounting prefix */
	/* 元 alone (or 元/股, or shared with such a figure): its currency is
	 * the document's (num_region.c); regional once that pass settled
	 * it; ych the 元 (圆 块) as written, the unit when no code is. */
	bool yuan, regional;
	uint32_t ych;
};

struct anchor {
	size_t s, e;
	char label[64];
	bool year;  /* a bare year: joins a following quarter */
	bool local; /* holds only in its clause: 上一季度的, 较2023年 */
	bool skip;  /* no period of figures: 2008年以来 */
	int subj;   /* the subject of the first figure it gave a period in
	               its sentence: -1 none, -3 not yet */
};

struct occ {
	size_t s, e;
	int idx;
	uint8_t pre; /* an accounting prefix before s: 调整后, 扣非 */
};

/* Bits of zp_numbers.cls. */
enum {
	C_START = 1,   /* may start a figure (digit, numeral, 数 几) */
	C_CLAUSE = 2,  /* ends a clause */
	C_SENT = 4,    /* ends a sentence */
	C_PERIODW = 8, /* first character of a period word */
	C_REL1 = 16,   /* before 一, makes it relative (同一, 第一) */
	C_URL = 32,    /* h w H W @: maybe a URL or address */
	C_METRIC = 64, /* first character of a metric term */
	C_LINKW = 128  /* first character of a word the link passes look
	                  for: 分别, 近年来, 人民币 (num_link.c, num_period.c) */
};

struct zp_numbers {
	char **owned; /* strings the tables point to */
	size_t nowned;
	struct lex units, prefix, hedge_b, hedge_a, verbs, bases, lexical,
	    metrics, relyear, pwords, timew, ownless_tail, ownless_verb,
	    outlets;
	uint32_t *cp;
	size_t *boff;
	size_t cap;
	struct ment *m;
	size_t nm, mcap;
	struct anchor *an;
	size_t nan, ancap;
	struct occ *oc;
	size_t noc, occap;
	size_t *clause, *sent; /* boundary positions (after the mark) */
	size_t nclause, nsent, ccap, scap;
	struct zp_buf vals;
	struct zp_cnum a, b;
	struct zp_dec x, y;
	const struct zp_nctx *ctx;
	size_t n;
	/*
	 * cp[] holds the Simplified fold of the text (fold.h); trad says
	 * the text is Traditional, decided in num_decode.
	 */
	struct zp_fold fold;
	bool trad;
	/*
	 * One byte of C_* bits per BMP code point, so the per-character
	 * passes test a single load instead of a chain of comparisons.
	 */
	uint8_t cls[0x10000];
	uint8_t *pc;        /* cls of each cp[i] (0 beyond the BMP) */
	size_t metric_bits; /* metric words when C_METRIC was last set */
	size_t *org;        /* the record's ORG entities in text order */
	uint8_t *orole;     /* and their roles (num_subject.c) */
	size_t norg, orgcap;
	/* The story's region (num_region.c): where it comes from, REG_*. */
	uint8_t region;
	bool region_src; /* region read from the source, not the text */
	bool taiwan;     /* a Taiwanese document: 112年 is a ROC year */
};

/* Where num_subject_of is in its walk over a document's figures. */
struct subj_walk {
	size_t next;         /* the first ORG (in z->org) not passed */
	int topic;           /* entity the text is about; -1 none, -2 two */
	size_t topic_clause; /* 1 + start of the clause that set it */
	int dominant;        /* the most named ORG, or -1 */
	int announcer;       /* the title's or 证券简称's ORG, or -1 */
};

struct num {
	size_t s, e; /* the numeral, after sign handling */
	unsigned flags;
	bool neg;
	bool single; /* exactly one Chinese digit, no unit */
};

/* ---------------------------------------------------------------------- */
/* One figure: what the stages of num_scan.c share while they decide what
 * the numeral at i is.  Each field is set by the stage named beside it and
 * only read after. */

struct scan {
	struct zp_numbers *z;
	const char *text;
	const uint32_t *cp;  /* z->cp */
	size_t n;            /* z->n */
	size_t i;            /* where the numeral starts */
	struct zp_cnum *c;   /* its parse: &z->a (numeral) */
	struct num nu;       /* numeral; neg from the sign stage */
	size_t s;            /* span start: sign, 第, 百分之, a prefix */
	size_t e;            /* numeral end, then with a scale after a space */
	size_t lo;           /* start of the clause (numeral) */
	size_t pstart;       /* start of the mention (prefixes, currency) */
	bool ordinal;        /* 第 before (sign and ordinal) */
	bool percent_prefix; /* 百分之 before; pct_exp scales it */
	int pct_exp;
	char curprefix[8];   /* a currency before: US$, 人民币 */
	long iv;             /* small_int of the value (value) */
	bool yearlike;       /* four digits 1000..2999 (value) */
	bool roc;            /* a ROC year; iv is its Gregorian year (value) */
	size_t ustart, uend; /* the unit (unit, range) */
	int ucls, uexp;
	const char *code;
	bool range, range_more; /* a second end (range); z->x, z->y */
	size_t next;            /* where scanning goes on, once DONE */
};

/* What a stage tells the driver: go on to the next stage, or stop with
 * st->next as the position to scan from. */
enum step { GO_ON, DONE };

static inline enum step
done(struct scan *st, size_t next)
{
	st->next = next;
	return DONE;
}

/* num_scan_begin (num_scan.c) -- a fresh state for the numeral (or scale
 * character) at i of the decoded text; what the driver starts from. */
void num_scan_begin(
    struct scan *st, struct zp_numbers *z, size_t i, const char *text);

/*
 * The stages in other files, in the order the driver runs them; each
 * returns DONE (st->next set) when it settled the position, else GO_ON.
 */
/* 百分之百 at a scale character: 100 % (num_percent.c). */
enum step num_st_percent_whole(struct scan *st);
/* 亿元级, 千亿级: an order of magnitude of money (num_money.c). */
enum step num_st_magnitude(struct scan *st);
/* Q4, FY2026, H1 after letters; else the rest of a Latin code (num_date.c). */
enum step num_st_code_period(struct scan *st);
/* 2023Q4, and Arabic digits running into letters (num_date.c). */
enum step num_st_year_quarter(struct scan *st);
/* 百分之, 千分之, 万分之 before (num_percent.c). */
enum step num_st_percent_prefix(struct scan *st);
/* US$, 人民币, ¥ before (num_money.c). */
enum step num_st_currency_prefix(struct scan *st);
/* 前三季度, 前三个月 (num_date.c). */
enum step num_st_first_n(struct scan *st);
/* num_percent.c: 升息一碼 (a quarter point) and 半碼 in a rate clause. */
enum step num_st_rate_step(struct scan *st);
enum step num_st_half_step(struct scan *st);
/* ISO dates and year ranges: 2024-02-21, 2020-2022年 (num_date.c). */
enum step num_st_year_iso(struct scan *st);
/* num_roc_year (num_date.c) -- whether the numeral of st, before 年, is a
 * ROC year: after 民國, or in a Taiwanese story with a date after it. */
bool num_roc_year(struct scan *st);
/* 2023财年, 1980年代, 2024年2月21日 (num_date.c). */
enum step num_st_year_unit(struct scan *st);
/* 3·15, 70年代, 民国112年 (num_date.c). */
enum step num_st_short_date(struct scan *st);
/* 2月21日, 10月; 12号 as a label; 25日 (num_date.c). */
enum step num_st_month_day(struct scan *st);
/* 7时, 10时30分, 下午6点, 9点半 (num_date.c). */
enum step num_st_clock(struct scan *st);
/* 四季度, 三季报 without 第 (num_date.c). */
enum step num_st_quarter(struct scan *st);
/* 成 and 折 only where they are percentages (num_percent.c). */
enum step num_st_percent_unit(struct scan *st);
/* A currency prefix kept only for money; 元人民币; 元/股 (num_money.c). */
enum step num_st_currency_unit(struct scan *st);
/* A second end: 51亿至57亿美元, 3至4成, 20和30之间 (num_range.c). */
enum step num_st_range(struct scan *st);
/* 三到四: a range without a unit (num_range.c). */
enum step num_st_bare_range(struct scan *st);

/* Written forms (num_forms.c), in the driver's order: 百三, 半百, 半成 at a
 * scale character; -1.1^+23 after the sign; 400-820-8820 (no figure) after
 * the dates; 五十打 and 7 2 折 before the unit. */
enum step num_st_colloquial_scale(struct scan *st);
enum step num_st_power(struct scan *st);
enum step num_st_hyphen_code(struct scan *st);
enum step num_st_dozen(struct scan *st);
enum step num_st_spaced_discount(struct scan *st);

/* ---------------------------------------------------------------------- */
/* Shared functions.  Each one's contract is at its definition too. */

/* num_lex_tables (num_lex.c) -- fills z's tables with the built-in words. */
void num_lex_tables(struct zp_numbers *z);
/* num_build_classes (num_scan.c) -- fills z->cls (C_* bits per BMP code
 * point). */
void num_build_classes(struct zp_numbers *z);
/* num_decode (num_scan.c) -- text[0..len) into z->cp, z->boff, z->pc and
 * the clause and sentence boundaries; resets the mentions. */
void num_decode(struct zp_numbers *z, const char *text, size_t len,
    const struct zp_nctx *ctx);
/* num_scan (num_scan.c) -- finds the figures of the decoded text, in
 * order, into z->m (and period anchors into z->an). */
void num_scan(struct zp_numbers *z, const char *text);
/* num_new_ment -- a zeroed mention [s, e) of kind appended to z->m; the
 * pointer is valid until the next call. */
struct ment *num_new_ment(struct zp_numbers *z, size_t s, size_t e, int kind);
/* num_set_value -- v as m's exact value (in z->vals), or null with a note
 * beyond a double. */
void num_set_value(
    struct zp_numbers *z, struct ment *m, const struct zp_dec *v);
/* num_val_num -- a value of z->vals back as a double (for ordering only). */
double num_val_num(struct zp_numbers *z, size_t v0, size_t v1);
/* num_set_range (num_range.c) -- a (written first) and b as m's min and
 * max; the one place the order of a range is checked (see there). */
void num_set_range(struct zp_numbers *z, struct ment *m, const struct zp_dec *a,
    const struct zp_dec *b);
/* num_unit_surface -- the written text cp[s..e) into m->unit. */
void num_unit_surface(
    struct zp_numbers *z, struct ment *m, size_t s, size_t e, const char *text);
/* num_numeral -- parses a numeral at i into c and fills nu; 0, or -1 when
 * none starts there. */
int num_numeral(
    struct zp_numbers *z, struct zp_cnum *c, size_t i, struct num *nu);
/* num_numeral_unit -- num_numeral, leaving 千 of 12千米 and 兆 of 1兆赫兹
 * to the unit; 0 or -1. */
int num_numeral_unit(
    struct zp_numbers *z, struct zp_cnum *c, size_t i, struct num *nu);
/* num_shorthand, num_ge_scale (num_forms.c) -- the scale after the numeral
 * nu just parsed into c: 100K, 1.2M, 5w; 两个亿.  Extend nu and c. */
void num_shorthand(
    struct zp_numbers *z, struct zp_cnum *c, size_t i, struct num *nu);
void num_ge_scale(struct zp_numbers *z, struct zp_cnum *c, struct num *nu);
/* num_leading_point (num_forms.c) -- .5: the numeral at st->i after a
 * point that starts a token becomes a fraction; st->s moves to the point. */
void num_leading_point(struct scan *st);
/* num_look_back (num_range.c) -- hedges and a change verb before p (not
 * before lo) onto m. */
void num_look_back(struct zp_numbers *z, struct ment *m, size_t p, size_t lo,
    bool period_unit);
/* num_hedge_after (num_range.c) -- a hedge after p (左右, 以上, 多) onto m. */
void num_hedge_after(struct zp_numbers *z, struct ment *m, size_t p);
/* num_merge_bounds (num_range.c) -- a lower and an upper bound side by side
 * become one range. */
void num_merge_bounds(struct zp_numbers *z);
/* num_add_anchor (num_date.c) -- a period label at [s, e) for linking. */
void num_add_anchor(
    struct zp_numbers *z, size_t s, size_t e, const char *label, bool year);
/* num_rel_year (num_date.c) -- the year 去年/今年 ending at p stands for
 * with the record's date, its start in *wstart; 0 when none. */
int num_rel_year(struct zp_numbers *z, size_t p, size_t *wstart);
/* num_year_before (num_date.c) -- the year written just before p, or 0. */
int num_year_before(struct zp_numbers *z, size_t p);
/* num_fmt_period (num_date.c) -- "YYYY-" (when year > 0) and q into out. */
void num_fmt_period(char *out, size_t size, int year, const char *q);
/* num_quarter (num_date.c) -- a quarter after the numeral nu (value v, di
 * when after 第): adds it, stores its end in *endp and returns true. */
bool num_quarter(struct zp_numbers *z, size_t s, struct num *nu, long v,
    bool di, size_t *endp);
/* num_period_words (num_date.c) -- anchors for 上半年, 全年, 去年... */
void num_period_words(struct zp_numbers *z);
/* num_subunits_after (num_money.c) -- 三角, 6角3分 after a currency at p,
 * added to v; returns the end of what was read. */
size_t num_subunits_after(
    struct zp_numbers *z, size_t p, const char *code, struct zp_dec *v);
/* Where a story comes from (num_region.c). */
enum { REG_NONE, REG_TW, REG_HK, REG_MO, REG_CN };
/* num_region (num_region.c) -- the document's region and script, from the
 * record (url, encoding, entities' exchanges) and the top of its text (an
 * outlet's dateline); run after num_decode, before num_scan. */
/* num_region_tables -- the outlets whose dateline tells a region. */
void num_region_tables(struct zp_numbers *z);
void num_region(struct zp_numbers *z);
/* num_region_currency (num_region.c) -- bare 元 by region: the local
 * currency, CNY for a mainland story, or no code when undecided; run
 * after num_coordinate, before num_declared_currency. */
void num_region_currency(struct zp_numbers *z);
/* num_coordinate, num_declared_currency, num_carry_change, num_link
 * (num_link.c), num_find_metrics (num_metric.c) -- the passes after
 * scanning, in numbers.c's order. */
void num_coordinate(struct zp_numbers *z);
void num_declared_currency(struct zp_numbers *z);
void num_carry_change(struct zp_numbers *z);
void num_find_metrics(struct zp_numbers *z);
void num_link(struct zp_numbers *z);
/* num_set_metric, num_copy_metric (num_metric.c) -- occurrence k of z->oc
 * (none when k < 0), or another figure's metric, as m's. */
void num_set_metric(struct zp_numbers *z, struct ment *m, int k);
void num_copy_metric(struct ment *m, const struct ment *from);
/* num_figure_metric (num_metric.c) -- figure i's metric; *oi walks the
 * occurrences. */
void num_figure_metric(struct zp_numbers *z, size_t i, size_t *oi);
/* num_parallel_lists (num_metric.c) -- a list of changes takes the metrics
 * and subjects of the list of amounts before it. */
void num_parallel_lists(struct zp_numbers *z);
/* num_resolve_periods (num_period.c) -- each period anchor's year from the
 * text and the record's date; unresolved relative ones lose their label. */
void num_resolve_periods(struct zp_numbers *z);
/* num_figure_period (num_period.c) -- the period in force at m (the latest
 * anchor in its paragraph, which starts at para, said of m's subject) into
 * m->period; *ai walks the anchors.  m->subject must be set. */
void num_figure_period(
    struct zp_numbers *z, struct ment *m, size_t para, size_t cl, size_t *ai);
/* num_subject_begin, num_subject_of (num_subject.c) -- the walk over the
 * figures in order that gives each its owner: an entity index, or -1. */
void num_subject_begin(struct zp_numbers *z, struct subj_walk *w);
/* num_subject_tables (num_subject.c) -- the word lists of names that own
 * no figure, into z (freed with the other tables). */
void num_subject_tables(struct zp_numbers *z);
int num_subject_of(
    struct zp_numbers *z, struct subj_walk *w, struct ment *m, size_t cl);
/* num_clauses_over_names (num_subject.c) -- drops the clause bounds inside
 * the given entities: a name with a comma in it is one name. */
void num_clauses_over_names(struct zp_numbers *z);
/* num_action_roles (num_subject.c) -- the other side of a corporate
 * action's figure (收购Y, 由Z领投, 向X质押) and the shareholder acting for
 * its subject (股东X) into m->counterparty and m->holder. */
void num_action_roles(struct zp_numbers *z, struct ment *m);
/* num_write_json (num_json.c) -- the mentions as a JSON array onto o. */
void num_write_json(struct zp_numbers *z, const char *text, struct zp_buf *o);

/* ---------------------------------------------------------------------- */
/* Small helpers. */

/* ---------------------------------------------------------------------- */
/* Character classes. */

static inline bool
is_latin(uint32_t c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
	    (c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A);
}

static inline bool
is_adigit(uint32_t c)
{
	return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

static inline bool
is_space(uint32_t c)
{
	return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0;
}

static inline bool
is_cjk(uint32_t c)
{
	return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF);
}

static inline bool
is_clause_mark(uint32_t c)
{
	return c == 0xFF0C || c == ',' || c == 0xFF1B || c == ';' ||
	    c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' || c == '?' ||
	    c == '\n' || c == 0xFF1A || c == ':';
}

static inline bool
is_sent_mark(uint32_t c)
{
	return c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == '!' ||
	    c == '?' || c == '\n';
}

static inline bool
is_range_conn(uint32_t c)
{
	return c == 0x81F3 || c == 0x5230 || c == '-' || c == '~' ||
	    c == 0xFF5E || c == 0x2014 || c == 0x2013 || c == 0x301C ||
	    c == 0xFF0D;
}

static inline bool
is_minus(uint32_t c)
{
	return c == '-' || c == 0xFF0D || c == 0x2212;
}

/*
 * The first position from i whose class has one of bits, or z->n.  Eight
 * class bytes are tested at a time (pc is zero-padded past the text), as
 * most positions of a text start nothing.
 */
static inline size_t
next_with(const struct zp_numbers *z, size_t i, uint8_t bits)
{
	const uint64_t mask = 0x0101010101010101ull * bits;
	uint64_t w;

	while (i < z->n) {
		memcpy(&w, z->pc + i, sizeof w);
		if (w & mask)
			break;
		i += 8;
	}
	while (i < z->n && !(z->pc[i] & bits))
		i++;
	return i < z->n ? i : z->n;
}

/*
 * A fraction with more than 308 digits before the point is not a JSON
 * number any reader takes (it overflows a double, and our own parser
 * rejects such reals), so the figure keeps its text but no value.
 * Integers of any size stay exact.
 */
static inline bool
beyond_double(const struct zp_dec *v)
{
	return v->exp < 0 && (int64_t)v->n + v->exp > 308;
}

/* Small integer value of a dec (0 if fractional, negative or large). */
static inline long
small_int(const struct zp_dec *x)
{
	long v = 0;

	if (x->neg || x->exp < 0 || x->n + (size_t)x->exp > 9)
		return x->n == 0 ? 0 : -1;
	for (size_t i = 0; i < x->n; i++)
		v = v * 10 + x->d[i];
	for (int64_t k = 0; k < x->exp; k++)
		v *= 10;
	return v;
}

/* The unit lookup at cp[i..): longest entry that fits its context. */
static inline int
unit_at(struct zp_numbers *z, size_t i, size_t *len)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n;
	int k = lex_match(&z->units, cp, 0, n, i, len);

	if (k < 0)
		return -1;
	if (z->units.e[k].cls == U_QTYLATIN ||
	    (z->units.e[k].cls == U_BP && cp[i] == 'b') ||
	    (z->units.e[k].cls == U_PP && cp[i] == 'p')) {
		size_t e = i + *len;

		if (e < n && (is_latin(cp[e]) || is_adigit(cp[e])))
			return -1;
	}
	return k;
}

/* The text of a table entry into a ment's unit field. */
static inline void
unit_copy(struct ment *m, const char *s)
{
	size_t l = strlen(s);

	if (l >= sizeof m->unit)
		l = sizeof m->unit - 1;
	memcpy(m->unit, s, l);
	m->unit[l] = '\0';
}

static inline size_t
last_before(const size_t *b, size_t nb, size_t p)
{
	size_t lo = 0, hi = nb;

	/* The last boundary <= p, or 0. */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (b[mid] <= p)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo == 0 ? 0 : b[lo - 1];
}

static inline bool
lexical_at(struct zp_numbers *z, size_t i)
{
	size_t len;

	return lex_match(&z->lexical, z->cp, 0, z->n, i, &len) >= 0;
}

/* Do two entities name the same thing (the same id)? */
static inline bool
same_id(const struct zp_nentity *a, const struct zp_nentity *b)
{
	return a->idlen == b->idlen && memcmp(a->id, b->id, a->idlen) == 0;
}

/* Skips up to two spaces from p (never past the text). */
static inline size_t
skip_sp(struct zp_numbers *z, size_t p)
{
	size_t q = p;

	while (q < z->n && q < p + 2 && is_space(z->cp[q]))
		q++;
	return q < z->n ? q : p;
}

/* Skips an ASCII word (letters, digits, . - _) from i; returns its end. */
static inline size_t
skip_code(struct zp_numbers *z, size_t i)
{
	while (i < z->n &&
	    (is_latin(z->cp[i]) || is_adigit(z->cp[i]) || z->cp[i] == '.' ||
	        z->cp[i] == '-' || z->cp[i] == '_' || z->cp[i] == '/'))
		i++;
	return i;
}

/*
 * The next code point of a NUL-terminated UTF-8 literal of this file (all
 * valid, none beyond the BMP), advancing *w; no strlen, no general decoder.
 */
static inline uint32_t
lit_next(const char **w)
{
	const unsigned char *u = (const unsigned char *)*w;

	if (u[0] < 0x80) {
		*w += 1;
		return u[0];
	}
	if (u[0] < 0xE0) {
		*w += 2;
		return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
	}
	*w += 3;
	return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 |
	    (u[2] & 0x3F);
}

/* Code points in a literal: bytes that are not continuation bytes. */
static inline size_t
lit_len(const char *w)
{
	size_t n = 0;

	for (; *w != '\0'; w++)
		n += ((unsigned char)*w & 0xC0) != 0x80;
	return n;
}

static inline bool
ends_with(struct zp_numbers *z, size_t p, const char *w)
{
	size_t n = lit_len(w);

	if (n > p)
		return false;
	for (p -= n; *w != '\0'; p++)
		if (z->cp[p] != lit_next(&w))
			return false;
	return true;
}

static inline size_t
match_len(struct zp_numbers *z, size_t p, const char *w)
{
	size_t k = 0;

	while (*w != '\0') {
		if (p + k >= z->n || z->cp[p + k] != lit_next(&w))
			return 0;
		k++;
	}
	return k;
}

static inline bool
starts_with(struct zp_numbers *z, size_t p, const char *w)
{
	return *w == '\0' || match_len(z, p, w) != 0;
}

/* True when c is one of the characters of the UTF-8 string set. */
static inline bool
strchr_cp(const char *set, uint32_t c)
{
	/* UTF-8 is self-synchronizing: c's bytes occur in set only where
	 * c does, so no decoding of set is needed. */
	char b[5];

	if (c == 0 || c > 0x10FFFF)
		return false;
	b[zp_utf8_encode(c, b)] = '\0';
	return strstr(set, b) != NULL;
}

#endif
