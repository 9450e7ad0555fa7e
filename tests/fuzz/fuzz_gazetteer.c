/*
 * fuzz_gazetteer -- the gazetteer loader and the entity extractor.
 *
 * The input is split at its first NUL byte: before it, a gazetteer (CSV)
 * loaded after a small fixed one; after it, the text.  Without a NUL the
 * whole input is both.  Invariants: loading either succeeds or fails with
 * a message naming "fuzz.csv:" and a line; for text that is valid UTF-8
 * (what records hold) the entities are in order, do not overlap, lie
 * inside the text, have code point offsets that agree with their byte
 * offsets, a known type and a non-empty id; the JSON written for them is
 * valid UTF-8.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/entities.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/utf8.h"

static const char base[] = "canonical,type,aliases,ticker,exchange\n"
                           "NVIDIA,ORG,英伟达|輝達|Nvidia,NVDA,NASDAQ\n"
                           "CITIC Group,ORG,中信\n"
                           "中信建投,ORG,中信建投证券\n"
                           "Samsung Electronics,ORG,三星电子|三星\n"
                           "United States,LOC,美国\n"
                           "Elon Musk,PER,埃隆·马斯克|马斯克\n"
                           "Samsung Galaxy,PRODUCT,Galaxy\n"
                           "X (social network),PRODUCT,X\n";

static void
check(const char *text, size_t len, struct zp_gazetteer *g)
{
	struct zp_entities *x = zp_ent_new(g);
	const struct zp_entity *e;
	struct zp_buf b = ZP_BUF_INIT;
	size_t n, last = 0;

	for (int round = 0; round < 2; round++) {
		n = zp_ent_extract(x, text, len, &e);
		last = 0;
		for (size_t k = 0; k < n; k++) {
			if (e[k].start >= e[k].end || e[k].start < last ||
			    e[k].bend > len || e[k].bstart >= e[k].bend)
				abort();
			if (zp_utf8_count(text, e[k].bstart) != e[k].start ||
			    zp_utf8_count(text, e[k].bend) != e[k].end)
				abort();
			if (e[k].type > ZP_ET_PRODUCT || e[k].id == NULL ||
			    e[k].id[0] == '\0')
				abort();
			last = e[k].end;
		}
		zp_buf_clear(&b);
		zp_ent_json(&b, text, e, n);
		if (!zp_utf8_valid(b.p, b.len))
			abort();
	}
	zp_buf_free(&b);
	zp_ent_free(x);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	const char *nul = memchr(s, '\0', size);
	size_t glen = nul != NULL ? (size_t)(nul - s) : size;
	const char *text = nul != NULL ? nul + 1 : s;
	size_t tlen = nul != NULL ? size - glen - 1 : size;
	struct zp_gazetteer *g = zp_gaz_new();
	char err[256];

	if (zp_gaz_load_mem(
	        g, "base.csv", base, sizeof(base) - 1, err, sizeof(err)) != 0)
		abort();
	err[0] = '\0';
	if (zp_gaz_load_mem(g, "fuzz.csv", s, glen, err, sizeof(err)) != 0 &&
	    strncmp(err, "fuzz.csv:", 9) != 0)
		abort();
	zp_gaz_compile(g);
	if (zp_utf8_valid(text, tlen))
		check(text, tlen, g);
	zp_gaz_free(g);
	return 0;
}
