/*
 * numbers -- finds the figures in Chinese financial text (amounts of money,
 * percentages, counts, measured quantities, multipliers, ordinals, dates and
 * periods) and says what they mean: exact value, unit, range, hedge, bound,
 * change and basis, and the metric, subject and period they belong to.
 *
 * The conventions (span boundaries, kinds, units, values) are those of the
 * project's annotation guidelines; see man/extract-numbers.1.  The finder is a
 * hand-written scanner over code points: every lookup is a longest match in
 * a small table, and each input position is examined a bounded number of
 * times, so the time is linear in the text.
 */
#ifndef ZHPIPE_NUMBERS_H
#define ZHPIPE_NUMBERS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zhpipe/buf.h"

enum zp_nkind {
	ZP_NK_MONEY,
	ZP_NK_PERCENT,
	ZP_NK_COUNT,
	ZP_NK_QUANTITY,
	ZP_NK_NUMBER,
	ZP_NK_ORDINAL,
	ZP_NK_DATE,
	ZP_NK_PERIOD
};

/* An entity of the record, as extract-entities wrote it (borrowed). */
struct zp_nentity {
	size_t start, end; /* code points into the text */
	const char *id;    /* UTF-8, not NUL-terminated */
	size_t idlen;
	const char *ticker; /* its "ticker" (UTF-8, not NUL-terminated), or
	                       NULL */
	size_t tickerlen;
	const char *exchange; /* its "exchange" (TWSE, TPEx, HKEX...), or
	                         NULL; not NUL-terminated */
	size_t exchangelen;
	bool org;    /* type ORG */
	bool person; /* type PER */
};

/* What the record says around its text. */
struct zp_nctx {
	int year, month, day; /* the record's date, 0 when unknown */
	const struct zp_nentity *ents;
	size_t nents;
	/* The record's "url" and "encoding" (normalize's), UTF-8 and not
	 * NUL-terminated, or NULL: they say where the story was published. */
	const char *url, *encoding;
	size_t urllen, enclen;
	/* The ISO 4217 code for bare 元 where the document itself does not
	 * settle it (--currency), or NULL: CNY for a mainland story, no code
	 * for an undecided one. */
	const char *currency;
};

struct zp_numbers;

/* A finder with the built-in tables; free with zp_numbers_free. */
struct zp_numbers *zp_numbers_new(void);
void zp_numbers_free(struct zp_numbers *z);

/*
 * Adds metric terms (营收, 净利润...) from a file (plain or gzip), one term
 * per line; blank lines and lines starting with '#' are skipped.  Returns
 * 0, or -1 with "PATH: strerror" or "PATH:LINE: reason" (invalid UTF-8) in
 * err; terms before the bad line stay added.
 */
int zp_numbers_load_metrics(
    struct zp_numbers *z, const char *path, char *err, size_t errsize);
/*
 * Adds currency words from a file (plain or gzip) of lines WORD,CODE[,EXP]
 * (EXP scales the amount: 美分,USD,-2); '#' starts a comment line.  A word
 * already known is shadowed when the new one is at least as long.  Returns
 * 0, or -1 with "PATH: strerror" or "PATH:LINE: reason" in err.
 */
int zp_numbers_load_currencies(
    struct zp_numbers *z, const char *path, char *err, size_t errsize);

/*
 * Adds one metric term (UTF-8): TERM, or TERM,METRIC for a word that says a
 * metric in other words (斥资,投资: the figure's metric is 投资).
 */
void zp_numbers_add_metric(struct zp_numbers *z, const char *s, size_t n);

/*
 * Finds the figures of text[0..len) (valid UTF-8) and appends them to out as
 * a JSON array of number objects.  Returns the number of figures.  ctx may be
 * NULL.  Output depends only on the arguments.
 */
size_t zp_numbers_json(struct zp_numbers *z, const char *text, size_t len,
    const struct zp_nctx *ctx, struct zp_buf *out);

/*
 * True when code (NUL-terminated) is the ISO 4217 code of a currency the
 * finder knows: a built-in currency word's or one loaded with
 * zp_numbers_load_currencies.
 */
bool zp_numbers_currency_known(const struct zp_numbers *z, const char *code);

/* Parses "YYYY-MM-DD" (or a prefix "YYYY-MM", "YYYY") into ctx; 0 or -1. */
int zp_numbers_parse_date(const char *s, size_t n, struct zp_nctx *ctx);

#endif
