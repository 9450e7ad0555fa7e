/*
 * test_annot -- handing a document's elements to its sentences: which
 * sentence each goes to, the boundaries a span removes (zero-width spans
 * at and between sentences included), and the spans no sentence holds.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include <cmocka.h>

#include "zhpipe/annot.h"
#include "zhpipe/json.h"
#include "zhpipe/sentence.h"
#include "zhpipe/utf8.h"

/*
 * Splits text with the spans given as "a-b,a-b" (numbers elements), and
 * compares the sentences ('|'-separated) and each element's sentence
 * ("0,1,..."; 'x' for an element without a usable span).
 */
static void
check(const char *text, const char *spans, const char *want_sents,
    const char *want_places)
{
	struct zp_json j = ZP_JSON_INIT;
	struct zp_sentsplit ss = ZP_SENTSPLIT_INIT;
	struct zp_annot an = ZP_ANNOT_INIT;
	char rec[1024], got[1024], places[256];
	const char *p = spans;
	size_t n = strlen(text), len, i, pl = 0;
	int k = 0;

	len = (size_t)snprintf(
	    rec, sizeof(rec), "{\"text\":\"%s\",\"numbers\":[", text);
	while (*p != '\0') {
		unsigned a, b;
		int used;

		assert_int_equal(sscanf(p, "%u-%u%n", &a, &b, &used), 2);
		len += (size_t)snprintf(rec + len, sizeof(rec) - len,
		    "%s{\"start\":%u,\"end\":%u}", k++ > 0 ? "," : "", a, b);
		p += used;
		if (*p == ',')
			p++;
	}
	snprintf(rec + len, sizeof(rec) - len, "]}");
	assert_int_equal(zp_json_parse(&j, rec, strlen(rec)), 0);
	zp_sentences(&ss, text, n);
	assert_true(zp_annot_read(&an, &j, zp_utf8_count(text, n)));
	zp_annot_place(&an, &ss);
	len = 0;
	got[0] = '\0';
	for (i = 0; i < ss.n; i++)
		len += (size_t)snprintf(got + len, sizeof(got) - len, "%s%.*s",
		    i > 0 ? "|" : "", (int)(ss.v[i].end - ss.v[i].start),
		    text + ss.v[i].start);
	places[0] = '\0';
	for (i = 0; i < an.ne; i++) {
		char c = an.e[i].ok ? (char)('0' + an.e[i].sent) : 'x';

		pl += (size_t)snprintf(places + pl, sizeof(places) - pl, "%s%c",
		    i > 0 ? "," : "", c);
	}
	if (strcmp(got, want_sents) != 0 || strcmp(places, want_places) != 0)
		fail_msg("\"%s\" with %s:\n got: %s  %s\nwant: %s  %s", text,
		    spans, got, places, want_sents, want_places);
	zp_annot_free(&an);
	zp_sentsplit_free(&ss);
	zp_json_free(&j);
}

static void
test_places(void **state)
{
	(void)state;
	check("甲。乙。丙。", "0-1,2-4,4-6", "甲。|乙。|丙。", "0,1,2");
	/* Input order is not text order. */
	check("甲。乙。丙。", "4-5,0-2", "甲。|乙。|丙。", "2,0");
	/* A span up to the end of its sentence. */
	check("甲。 乙。", "0-2,3-5", "甲。|乙。", "0,1");
}

static void
test_zero_width(void **state)
{
	(void)state;
	/* Between adjacent sentences: the later one, at its start. */
	check("甲。乙。", "2-2", "甲。|乙。", "1");
	/* At a sentence's end before white space: that sentence. */
	check("甲。 乙。", "2-2", "甲。|乙。", "0");
	/* Inside the white space between two: they become one. */
	check("甲。  乙。", "3-3", "甲。  乙。", "0");
}

static void
test_joins(void **state)
{
	(void)state;
	check("甲。乙。丙。丁。", "1-5", "甲。乙。丙。|丁。", "0");
	/* Two spans, each over one boundary, chain the joins. */
	check("甲。乙。丙。丁。", "1-3,3-5", "甲。乙。丙。|丁。", "0,0");
	check("甲。乙。丙。丁。", "1-3,5-7", "甲。乙。|丙。丁。", "0,1");
	/* A span over the white space between two sentences. */
	check("甲。 乙。丙。", "1-4", "甲。 乙。|丙。", "0");
}

static void
test_outside(void **state)
{
	(void)state;
	/* White space before the first or after the last sentence. */
	check(" 甲。", "0-1,1-3", "甲。", "x,0");
	check("甲。 ", "2-3,0-2", "甲。", "x,0");
	/* Offsets that do not fit the text. */
	check("甲。乙。", "3-1,0-9,4-4", "甲。|乙。", "x,x,1");
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_places),
		cmocka_unit_test(test_zero_width),
		cmocka_unit_test(test_joins),
		cmocka_unit_test(test_outside),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
