/*
 * fuzz_docdate -- the URL, dateline and HTTP date readers.
 *
 * Invariants: no reader crashes or reads outside its input (the driver and
 * libFuzzer hand over a buffer of exactly the input's size); a date a
 * reader returns is a plausible calendar day (a dateline's may lack the
 * year, then its month and day exist in some year), and a settled year
 * never puts it after the reference day.  The input is read whole as a URL
 * and, when valid UTF-8, as a text; its first line as an HTTP date.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/docdate.h"
#include "zhpipe/utf8.h"

static void
check_full(const struct zp_ymd *d)
{
	if (!zp_ymd_plausible(d->y, d->m, d->d))
		abort();
}

static void
check_dateline(const char *s, size_t size)
{
	static const struct zp_ymd ref = { 2024, 1, 31 };
	struct zp_ymd d;

	if (!zp_docdate_dateline(s, size, &d))
		return;
	if (d.y != 0) {
		check_full(&d);
		return;
	}
	if (!zp_ymd_valid(2000, d.m, d.d))
		abort();
	if (zp_ymd_settle_year(&d, &ref)) {
		check_full(&d);
		if (zp_ymd_cmp(&d, &ref) > 0)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct zp_ymd d;
	char line[128];
	const char *nl = memchr(s, '\n', size);
	size_t n = nl != NULL ? (size_t)(nl - s) : size;
	int r = zp_docdate_url(s, size, &d);

	if (r == 2)
		check_full(&d);
	else if (r == 1 && (d.d != 0 || !zp_ymd_plausible(d.y, d.m, 1)))
		abort();
	if (zp_utf8_valid(s, size))
		check_dateline(s, size);
	if (n < sizeof(line)) {
		memcpy(line, s, n);
		line[n] = '\0';
		if (zp_docdate_http(line, &d))
			check_full(&d);
	}
	return 0;
}
