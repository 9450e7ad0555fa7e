/*
 * icuword -- ICU word break, mapped back to UTF-8 byte offsets.
 */
#include <stdio.h>
#include <stdlib.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "zhpipe/icuword.h"
#include "zhpipe/xalloc.h"

struct zp_icuword {
	UBreakIterator *bi;
	UChar *u;
	size_t ucap;
	size_t *map; /* UTF-16 index -> byte offset */
	size_t *ends;
	size_t capends;
};

struct zp_icuword *
zp_icuword_new(char *err, size_t errsize)
{
	UErrorCode ec = U_ZERO_ERROR;
	struct zp_icuword *iw;
	UBreakIterator *bi = ubrk_open(UBRK_WORD, "zh", NULL, 0, &ec);

	if (U_FAILURE(ec)) {
		snprintf(err, errsize, "ICU word break: %s", u_errorName(ec));
		return NULL;
	}
	iw = zp_xcalloc(1, sizeof(*iw));
	iw->bi = bi;
	return iw;
}

void
zp_icuword_free(struct zp_icuword *iw)
{
	if (iw == NULL)
		return;
	ubrk_close(iw->bi);
	free(iw->u);
	free(iw->map);
	free(iw->ends);
	free(iw);
}

size_t
zp_icuword_run(
    struct zp_icuword *iw, const char *s, size_t n, const size_t **ends)
{
	UErrorCode ec = U_ZERO_ERROR;
	size_t i, k = 0, nt = 0;
	int32_t b;

	*ends = iw->ends;
	if (n == 0)
		return 0;
	if (n + 1 > iw->ucap) {
		iw->ucap = n + 1;
		iw->u = zp_xreallocarray(iw->u, n + 1, sizeof(*iw->u));
		iw->map = zp_xreallocarray(iw->map, n + 1, sizeof(*iw->map));
		iw->ends = zp_xreallocarray(iw->ends, n + 1, sizeof(*iw->ends));
		iw->capends = n + 1;
	}
	/* Decode by hand to keep the map; s is valid UTF-8. */
	for (i = 0; i < n;) {
		UChar32 c;
		size_t start = i;

		U8_NEXT_OR_FFFD((const uint8_t *)s, i, n, c);
		if (U_IS_BMP(c)) {
			iw->map[k] = start;
			iw->u[k++] = (UChar)c;
		} else {
			iw->map[k] = start;
			iw->u[k++] = U16_LEAD(c);
			iw->map[k] = start;
			iw->u[k++] = U16_TRAIL(c);
		}
	}
	iw->map[k] = n;
	ubrk_setText(iw->bi, iw->u, (int32_t)k, &ec);
	if (U_FAILURE(ec)) {
		/* Cannot happen for a valid buffer; fall back to one token. */
		iw->ends[0] = n;
		*ends = iw->ends;
		return 1;
	}
	ubrk_first(iw->bi);
	while ((b = ubrk_next(iw->bi)) != UBRK_DONE) {
		size_t e = iw->map[b];

		if (nt == 0 ? e > 0 : e > iw->ends[nt - 1])
			iw->ends[nt++] = e;
	}
	if (nt == 0 || iw->ends[nt - 1] != n)
		iw->ends[nt++] = n;
	*ends = iw->ends;
	return nt;
}
