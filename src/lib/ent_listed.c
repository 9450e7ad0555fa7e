/*
 * ent_listed -- listed companies by what financial news writes after their
 * name: a stock code (禾丰牧业(603609.SH), 天福(06868), 渣打集团(02888-HK))
 * or a price quote (翔鹭钨业(9.500,0.12,1.28%)).  The name runs back from
 * the parenthesis over Chinese characters no other entity holds, to a stop
 * character or word, and may take in a place it starts with
 * (中国金融投资管理(00605)).
 */
#include "ent_internal.h"

/* A number of digits (with one '.' inside) at p: its end, or p. */
static size_t
decimal_at(const uint32_t *c, size_t n, size_t p)
{
	size_t q = p, dots = 0;

	if (q < n && c[q] == '-')
		q++;
	while (q < n && (is_digit(c[q]) || (c[q] == '.' && dots++ == 0)))
		q++;
	return q > p && is_digit(c[q - 1]) ? q : p;
}

/*
 * The parenthesized code or quote at i (an opening parenthesis): the
 * position after its closing one, or 0.
 */
static size_t
code_after(const struct zp_entities *x, size_t i)
{
	const uint32_t *c = x->c;
	size_t n = x->n, p = i + 1, d = 0;

	while (p < n && is_digit(c[p])) {
		p++;
		d++;
	}
	if (d >= 4 && d <= 6) {
		/* 603609.SH, 02888-HK: the exchange after the code. */
		if (p + 2 < n && (c[p] == '.' || c[p] == '-') &&
		    is_upper(c[p + 1]) && is_upper(c[p + 2])) {
			p += 3;
			while (p < n && is_upper(c[p]))
				p++;
		}
		return p < n && is_close(c[p]) ? p + 1 : 0;
	}
	/* 9.500,0.12,1.28%: price, change and change in percent. */
	p = i + 1;
	for (int part = 0; part < 3; part++) {
		size_t q = decimal_at(c, n, p);

		if (q == p)
			return 0;
		p = q;
		if (part < 2) {
			if (p >= n || c[p] != ',')
				return 0;
			p++;
		}
	}
	return p + 1 < n && c[p] == '%' && is_close(c[p + 1]) ? p + 2 : 0;
}

void
ent_pass_listed(struct zp_entities *x)
{
	const uint32_t *c = x->c;

	for (size_t i = 2; (i = next_cp2(x, i, '(', 0xFF08)) + 5 < x->n; i++) {
		size_t k = i, nname = 0;
		int32_t o, place = -1;

		if (!is_open(c[i]) || code_after(x, i) == 0)
			continue;
		if ((o = ends_at(x, i)) >= 0 && x->ent[o].type == ZP_ET_ORG)
			continue; /* named already */
		while (k > 0 && nname < 10 && is_han(c[k - 1]) &&
		    !in_cs(ent_cs_stop, c[k - 1]) &&
		    wl_before(&x->stopw, c, k) == 0) {
			if (x->owner[k - 1] >= 0) {
				const struct ent *e = &x->ent[x->owner[k - 1]];

				/* A place a name starts with: 中国… */
				if (e->type != ZP_ET_LOC || e->e != k)
					break;
				place = x->owner[k - 1];
				k = e->s;
				break;
			}
			k--;
			nname++;
		}
		if (place < 0) {
			k = ent_numeral_start(x, k, i);
			nname = i - k;
		}
		if (nname < 2 || (place < 0 && i - k < 2))
			continue;
		if (place >= 0)
			ent_kill(x, place);
		ent_add(x, k, i, ZP_ET_ORG, SRC_RULE, NONE,
		    ent_put_surface(x, k, i));
	}
}
