/*
 * fuzz_json -- the record layer's JSON parser.
 *
 * Invariants: parsing never crashes or reads outside the input; when it
 * succeeds, the tokens are well formed (spans inside the text, `next`
 * pointing past the children), every string decodes to valid UTF-8 without
 * NUL, and zp_json_compact of the root parses again to the same number of
 * tokens and compacts to the same text (compaction is idempotent).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/json.h"
#include "zhpipe/utf8.h"

static void
check_tokens(struct zp_json *j)
{
	uint32_t t;

	for (t = 0; t < j->ntok; t++) {
		const struct zp_jtok *k = zp_json_tok(j, t);

		if (k->start > k->end || k->end > j->len || k->next <= t ||
		    k->next > j->ntok)
			abort();
		if (k->type == ZP_JSTRING) {
			size_t n;
			const char *s = zp_json_str(j, t, &n);

			if (!zp_utf8_valid(s, n) || memchr(s, 0, n) != NULL)
				abort();
			if (!zp_json_str_eq(j, t, s, n))
				abort();
		}
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct zp_json a = ZP_JSON_INIT, b = ZP_JSON_INIT;
	struct zp_buf c1 = ZP_BUF_INIT, c2 = ZP_BUF_INIT;

	if (zp_json_parse(&a, (const char *)data, size) == 0) {
		check_tokens(&a);
		zp_json_compact(&a, 0, &c1);
		if (zp_json_parse(&b, c1.p, c1.len) != 0)
			abort();
		if (b.ntok != a.ntok)
			abort();
		check_tokens(&b);
		zp_json_compact(&b, 0, &c2);
		if (c1.len != c2.len || memcmp(c1.p, c2.p, c1.len) != 0)
			abort();
		/* Lookups on the record must not misbehave either. */
		if (zp_json_type(&a, 0) == ZP_JOBJECT) {
			(void)zp_json_get(&a, 0, "text");
			(void)zp_json_path(&a, 0, "a.b.c");
		}
	} else if (a.err[0] == '\0' || a.errpos > size) {
		abort();
	}
	zp_json_free(&a);
	zp_json_free(&b);
	zp_buf_free(&c1);
	zp_buf_free(&c2);
	return 0;
}
