/*
 * fuzz_cnum -- the numeral parser and the figure finder.
 *
 * Invariants: parsing never crashes or reads outside the input (the driver
 * and libFuzzer hand over a buffer of exactly the input's size); a parsed
 * value formats as a JSON number that zp_dec_parse reads back to the same
 * value, and that the numeral parser itself reads back to the same value;
 * on valid UTF-8 the finder writes a JSON array that the record layer's
 * parser accepts, whose every value, min and max re-parse to themselves and
 * whose spans lie inside the text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/cnum.h"
#include "zhpipe/json.h"
#include "zhpipe/numbers.h"
#include "zhpipe/utf8.h"

static struct zp_numbers *finder;

static void
check_value(struct zp_json *j, uint32_t t)
{
	struct zp_dec x = ZP_DEC_INIT;
	struct zp_buf b = ZP_BUF_INIT;
	const char *raw;
	size_t n;

	if (t == ZP_JSON_NONE || zp_json_type(j, t) == ZP_JNULL)
		return;
	if (zp_json_type(j, t) != ZP_JNUMBER)
		abort();
	raw = zp_json_raw(j, t, &n);
	if (zp_dec_parse(&x, raw, n) != 0)
		abort();
	zp_dec_format(&x, &b);
	if (b.len != n || memcmp(b.p, raw, n) != 0)
		abort();
	zp_dec_free(&x);
	zp_buf_free(&b);
}

static void
check_finder(const char *s, size_t size)
{
	struct zp_buf out = ZP_BUF_INIT;
	struct zp_json j = ZP_JSON_INIT;
	size_t ncp = zp_utf8_count(s, size);
	uint32_t t;

	if (finder == NULL)
		finder = zp_numbers_new();
	zp_numbers_json(finder, s, size, NULL, &out);
	if (zp_json_parse(&j, out.p, out.len) != 0 ||
	    zp_json_type(&j, 0) != ZP_JARRAY)
		abort();
	for (t = zp_json_first(&j, 0); t != ZP_JSON_NONE;
	     t = zp_json_next(&j, 0, t)) {
		uint32_t a = zp_json_get(&j, t, "start");
		uint32_t e = zp_json_get(&j, t, "end");
		size_t as, es, l;

		if (a == ZP_JSON_NONE || e == ZP_JSON_NONE)
			abort();
		as = strtoul(zp_json_raw(&j, a, &l), NULL, 10);
		es = strtoul(zp_json_raw(&j, e, &l), NULL, 10);
		if (as >= es || es > ncp)
			abort();
		check_value(&j, zp_json_get(&j, t, "value"));
		check_value(&j, zp_json_get(&j, t, "min"));
		check_value(&j, zp_json_get(&j, t, "max"));
	}
	zp_json_free(&j);
	zp_buf_free(&out);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct zp_cnum c = ZP_CNUM_INIT, c2 = ZP_CNUM_INIT;
	struct zp_dec x = ZP_DEC_INIT;
	struct zp_buf b = ZP_BUF_INIT;
	const char *s = (const char *)data;
	size_t used = 0, used2 = 0;

	if (zp_cnum_parse_utf8(&c, s, size, &used) == 0) {
		if (used == 0 || used > size)
			abort();
		zp_dec_format(&c.val, &b);
		if (zp_dec_parse(&x, b.p, b.len) != 0 ||
		    zp_dec_cmp(&x, &c.val) != 0)
			abort();
		if (zp_cnum_parse_utf8(&c2, b.p, b.len, &used2) != 0 ||
		    used2 != b.len || zp_dec_cmp(&c2.val, &c.val) != 0)
			abort();
	}
	if (zp_utf8_valid(s, size) && memchr(s, 0, size) == NULL)
		check_finder(s, size);
	zp_cnum_free(&c);
	zp_cnum_free(&c2);
	zp_dec_free(&x);
	zp_buf_free(&b);
	return 0;
}
