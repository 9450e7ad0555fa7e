/*
 * num_money -- money beyond the unit lookup: the sub-units after a currency
 * (五元三角, 两美元又三美分).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

/*
 * After 元 or 美元 at p: 三角, 5毛, 6角3分, 又三美分.  Adds the amounts to v
 * (in the main unit) and returns the end of what was read.
 */
size_t
num_subunits_after(
    struct zp_numbers *z, size_t p, const char *code, struct zp_dec *v)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n, q = p;
	struct num nu;
	int step;

	if (q < n && (cp[q] == 0x53C8 || cp[q] == 0x96F6)) /* 又 零 */
		q++;
	for (step = 0; step < 2; step++) {
		size_t l = 0;
		int exp = 0;

		if (q >= n || num_numeral(z, &z->b, q, &nu) != 0 ||
		    (nu.flags &
		        ~(ZP_CNUM_ARABIC | ZP_CNUM_CHINESE |
		            ZP_CNUM_CAPITAL)) ||
		    nu.e != q + 1)
			break;
		if (strcmp(code, "CNY") == 0) {
			if (nu.e < n &&
			    (cp[nu.e] == 0x89D2 || cp[nu.e] == 0x6BDB) &&
			    step == 0) {
				exp = -1;
				l = 1;
			} else if (nu.e < n && cp[nu.e] == 0x5206 &&
			    !(nu.e + 1 < n &&
			        (cp[nu.e + 1] == 0x4E4B ||
			            cp[nu.e + 1] == 0x949F))) {
				exp = -2;
				l = 1;
			}
		} else if (strcmp(code, "USD") == 0 && step == 0) {
			if ((l = match_len(z, nu.e, "美分")) != 0)
				exp = -2;
		}
		if (l == 0)
			break;
		zp_dec_shift(&z->b.val, exp);
		zp_dec_add(v, &z->b.val);
		q = p = nu.e + l;
		if (exp == -2)
			break;
	}
	return p;
}
