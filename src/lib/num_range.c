/*
 * num_range -- hedges and bounds around a figure (约, 超过, 左右, 以上) and
 * the merging of a lower and an upper bound into one range.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/xalloc.h"

#include "num_internal.h"

/*
 * Looks back from p for hedges and a change verb.  Returns the new start of
 * the hedged zone; sets approx/bound/change on m.
 */
void
num_look_back(
    struct zp_numbers *z, struct ment *m, size_t p, size_t lo, bool period_unit)
{
	const uint32_t *cp = z->cp;
	size_t len;
	int k, steps;
	bool hedge_done = false;

	for (steps = 0; steps < 6 && p > lo; steps++) {
		size_t hl = 0;
		int h = lex_match(&z->hedge_b, cp, lo, z->n, p, &hl);

		k = lex_match(&z->verbs, cp, lo, z->n, p, &len);
		/* 不到 is a hedge, not the 到 of a level reached. */
		if (k >= 0 && !(h >= 0 && hl > len)) {
			int v = z->verbs.e[k].cls;

			if (v == V_LEVEL)
				return;
			/* 降 in 下降: the longest verb already matched. */
			m->change = v == V_UP ? 'u' : 'd';
			return;
		}
		k = h;
		len = hl;
		if (k < 0)
			return;
		switch (z->hedge_b.e[k].cls) {
		case H_APPROX:
			if (!hedge_done)
				m->approx = true;
			hedge_done = true;
			break;
		case H_LOWER:
			if (!hedge_done) {
				m->approx = true;
				m->bound = 'l';
			}
			hedge_done = true;
			break;
		case H_UPPER:
			if (!hedge_done) {
				m->approx = true;
				m->bound = 'u';
			}
			hedge_done = true;
			break;
		case H_NEAR:
			/* 近五年 is "the last five years", not a hedge. */
			if (!hedge_done && !period_unit) {
				m->approx = true;
				m->bound = 'u';
			}
			hedge_done = true;
			break;
		default:
			break;
		}
		p -= len;
	}
}

/* Hedges after a figure ending at p: 左右, 以上, 多 (五倍多, 一年多). */
void
num_hedge_after(struct zp_numbers *z, struct ment *m, size_t p)
{
	const uint32_t *cp = z->cp;
	size_t n = z->n, len;
	int k = lex_match(&z->hedge_a, cp, 0, n, p, &len);

	/* 170 之下, 60 以上: a word hedge after one space (not 多, 余). */
	if (k < 0 && p + 2 < n && is_space(cp[p])) {
		k = lex_match(&z->hedge_a, cp, 0, n, p + 1, &len);
		if (k >= 0 && len < 2)
			k = -1;
		p++;
	}
	if (k < 0)
		return;
	/* 多家, 多数, 多少, 多元: the next word, not a hedge. */
	if (cp[p] == 0x591A && p + 1 < n &&
	    (unit_at(z, p + 1, &len) >= 0 ||
	        strchr_cp("数少样方地元年个", cp[p + 1])))
		return;
	if (cp[p] == 0x4E0A && p + 2 < n && cp[p + 2] == 0x6E38) /* 上下游 */
		return;
	m->approx = true;
	if (z->hedge_a.e[k].cls == H_LOWER)
		m->bound = 'l';
	else if (z->hedge_a.e[k].cls == H_UPPER)
		m->bound = 'u';
}

/*
 * 大于10小于20, 1000以上，1500以下, 不低于5%、不高于8%: a lower and an
 * upper bound on one quantity next to each other are a range.
 */
void
num_merge_bounds(struct zp_numbers *z)
{
	static const char gapset[] =
	    "大于小于等不低高超过以上下并且而同时的或者、，,和及至多少最 ";
	size_t w = 0;

	for (size_t i = 0; i < z->nm; i++) {
		struct ment *a, *b;
		bool ok = true;

		z->m[w] = z->m[i];
		a = &z->m[w];
		w++;
		if (i + 1 >= z->nm)
			continue;
		b = &z->m[i + 1];
		if (!a->bound || !b->bound || a->bound == b->bound ||
		    a->vmode != 1 || b->vmode != 1 || b->s < a->e ||
		    b->s - a->e > 10)
			continue;
		/* 最多100最少20个: the bare end takes the other's unit. */
		if (a->kind != b->kind || strcmp(a->unit, b->unit) != 0) {
			if (a->bare && a->unit[0] == '\0') {
				a->kind = b->kind;
				memcpy(a->unit, b->unit, sizeof a->unit);
			} else if (!(b->bare && b->unit[0] == '\0')) {
				continue;
			}
		}
		for (size_t k = a->e; k < b->s && ok; k++)
			ok = strchr_cp(gapset, z->cp[k]);
		if (!ok)
			continue;
		{
			struct ment *lo = a->bound == 'l' ? a : b;
			struct ment *hi = a->bound == 'l' ? b : a;
			size_t v0 = lo->v0, v1 = lo->v1, m0 = hi->v0,
			       m1 = hi->v1;

			/* 大于50小于12 bounds nothing: two bounds stay. */
			if (num_val_num(z, v0, v1) > num_val_num(z, m0, m1))
				continue;

			a->v0 = v0;
			a->v1 = v1;
			a->m0 = m0;
			a->m1 = m1;
			a->vmode = 3;
			a->bound = 0;
			a->approx = true;
			a->e = b->e;
			a->bare = false;
			i++;
		}
	}
	z->nm = w;
}
