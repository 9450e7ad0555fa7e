/*
 * annot -- handing a document's annotations to its sentences.
 *
 * A document record that went through the extractors carries "entities"
 * and "numbers": arrays of objects whose "start" and "end" are code point
 * offsets into the document's "text".  When segment splits the document,
 * each element goes to the sentence that holds its span, with "start" and
 * "end" re-based to the sentence and every other key copied byte for byte,
 * in order.  A sentence boundary inside a span is dropped, so that no
 * element is cut.  An element without a usable span (not an object,
 * "start" or "end" missing, not a non-negative integer, past the text,
 * start after end, or lying in white space outside every sentence) is
 * kept unchanged on the first sentence, so nothing is lost.
 */
#ifndef ZHPIPE_ANNOT_H
#define ZHPIPE_ANNOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "zhpipe/json.h"
#include "zhpipe/record.h"
#include "zhpipe/sentence.h"

#define ZP_ANNOT_NARRAYS 2

struct zp_annot_elem {
	uint32_t tok;        /* the element */
	uint32_t stok, etok; /* its "start" and "end" values */
	size_t start, end;   /* code points into the document text */
	size_t sent;         /* the sentence it goes to */
	bool ok;             /* the span is usable: re-based */
};

struct zp_annot_array {
	const char *key; /* "entities" or "numbers" */
	uint32_t arr;    /* the array, or ZP_JSON_NONE: not written */
	size_t first, n; /* its elements in e[] */
	size_t *at;      /* per sentence: its first element in order[] */
};

struct zp_annot {
	struct zp_annot_array a[ZP_ANNOT_NARRAYS];
	struct zp_annot_elem *e;
	size_t ne, ecap;
	size_t *order; /* element indices, by array, sentence, input order */
	size_t ordcap;
	long *depth; /* spans open across each sentence boundary */
	size_t depcap;
	size_t nbad;   /* elements without a usable span */
	char why[160]; /* the first of them, for the message */
};

#define ZP_ANNOT_INIT \
	{ \
		.a = { { .key = "entities", .arr = ZP_JSON_NONE }, \
			{ .key = "numbers", .arr = ZP_JSON_NONE } } \
	}

/*
 * Reads the "entities" and "numbers" arrays of record j (its "text" has
 * ncp code points).  A member that is absent or not an array is left to
 * the caller's copy, as any other field.  Returns true when at least one
 * array is there; the element lists are valid until the next parse of j.
 */
bool zp_annot_read(struct zp_annot *an, struct zp_json *j, size_t ncp);

/*
 * Joins the sentences of ss whose boundary lies inside a usable span and
 * gives each element its sentence.  Afterwards an->nbad counts the
 * elements without a usable span (kept on sentence 0) and an->why names
 * the first, as "numbers[3]: reason".
 */
void zp_annot_place(struct zp_annot *an, struct zp_sentsplit *ss);

/*
 * Names each array read as a field of out and writes the elements of
 * sentence k (starting at code point cstart of the document) as its value:
 * "[]" when there are none.
 */
void zp_annot_put(const struct zp_annot *an, struct zp_json *j, size_t k,
    size_t cstart, struct zp_recout *out);

void zp_annot_free(struct zp_annot *an);

#endif
