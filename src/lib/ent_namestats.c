/*
 * ent_namestats -- the name statistics of data/names/given.txt, which
 * zp_ent_load_names reads: each character's scores as a given name and as
 * a surname, the common words that look like names (-WORD), the
 * two-character words that may be given names too (=C CHARS: 建国), and
 * the common verbs and function words that end an organization's name on
 * the left (!WORD: 考虑 + 公司, ^WORD: 各级 + 法院) or that a name may hold
 * but is not alone (~WORD: 改革), and the common two-character words that
 * a short listed name is not read inside (+C CHARS: 集中 + 行动).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/entities.h"
#include "zhpipe/fold.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/input.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"
#include "ent_internal.h"

/*
 * A decimal integer at *s as strtol reads one in the C locale (white
 * space, a sign, digits), without its 150 instructions a call, twice on
 * each line of scores; past 99,999 it stays there, out of range all the
 * same.  False, *s unmoved, where no digit comes.
 */
static bool
score_at(const char **s, long *v)
{
	const char *p = *s;
	bool neg = false;
	long x = 0;

	while (*p == ' ' || (*p >= '\t' && *p <= '\r'))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if (*p < '0' || *p > '9')
		return false;
	for (; *p >= '0' && *p <= '9'; p++)
		if (x < 100000)
			x = 10 * x + (*p - '0');
	*v = neg ? -x : x;
	*s = p;
	return true;
}

/* Two integers in [-999, 999] after the character, as in "李 12 -40". */
static bool
two_scores(const char *s, long *a, long *b)
{
	return score_at(&s, a) && score_at(&s, b) && *a >= -999 && *a <= 999 &&
	    *b >= -999 && *b <= 999;
}

/* The statistics zp_ent_load_names reads, until they replace x's. */
struct names_load {
	struct namesc *nsc;
	struct zp_gazetteer *notname;
	struct pairs gwords, cwords, verbs, notwords;
	uint64_t given[1024]; /* scored NAME_GIVEN_MIN or more: CL_GIVEN0 */
};

/* Appends the entry k to p, which is sorted later (pairs_finish). */
static inline void
pairs_push(struct pairs *p, uint64_t k)
{
	if (p->n == p->cap) {
		p->cap = p->cap ? 2 * p->cap : 4096;
		p->v = zp_xreallocarray(p->v, p->cap, sizeof(*p->v));
	}
	p->v[p->n++] = k;
}

/*
 * "C CHARS" after '=' or '+': the two-character words C + each of CHARS;
 * one line per first character, to load fast.
 */
static int
pairs_line(struct pairs *p, const char *w, size_t len)
{
	size_t l, i;
	int32_t c1 = zp_utf8_decode_fast(w, len, &l), c2;

	if (c1 < 0 || l + 1 >= len || w[l] != ' ')
		return -1;
	for (i = l + 1; i < len; i += l) {
		if ((c2 = zp_utf8_decode_fast(w + i, len - i, &l)) < 0)
			return -1;
		pairs_push(p, (uint64_t)c1 << 32 | (uint32_t)c2);
	}
	return 0;
}

/*
 * "!WORD", "^WORD" or "~WORD": a two-character word kept as first << 32 |
 * second << 2 | value, so that one sorted table answers for all three.
 */
static int
verb_line(struct pairs *p, const char *w, size_t len, uint32_t value)
{
	size_t l1, l2;
	int32_t c1 = zp_utf8_decode_fast(w, len, &l1), c2;

	if (c1 < 0 || l1 >= len ||
	    (c2 = zp_utf8_decode_fast(w + l1, len - l1, &l2)) < 0 ||
	    l1 + l2 != len)
		return -1;
	pairs_push(p, (uint64_t)c1 << 32 | (uint64_t)c2 << 2 | value);
	return 0;
}

/*
 * A word of one to three code points (the most that a notwords' key holds)
 * as a key: each plus one, in 21 bits, the first highest.  Returns 0 for
 * another word.
 */
static uint64_t
notname_key(const uint32_t *c, size_t n)
{
	uint64_t k = 0;

	if (n == 0 || n > 3)
		return 0;
	for (size_t i = 0; i < 3; i++) {
		if (i < n && c[i] >= 0x1FFFFF)
			return 0;
		k = k << 21 | (i < n ? c[i] + 1 : 0);
	}
	return k;
}

/*
 * "-WORD": into ld->notwords when its key (notname_key) holds it, folded as
 * the gazetteer folds its aliases (zp_gaz_compile); else into ld->notname,
 * as before notwords, which a gazetteer of 7,000 words cost at start-up.
 */
static void
notname_line(struct names_load *ld, const char *w)
{
	size_t len = strlen(w), i = 0, n = 0, l;
	uint32_t c[3];
	uint64_t k = 0;

	if (ld->notname == NULL)
		ld->notname = zp_gaz_new();
	while (i < len && n < 3) {
		int32_t ch = zp_utf8_decode_fast(w + i, len - i, &l);

		if (ch < 0)
			break;
		c[n++] = (uint32_t)ch;
		i += l;
	}
	if (i == len && n > 0) {
		/*
		 * zp_fold_text changes no word whose characters all fold to
		 * themselves, most of them: they skip its set-up.
		 */
		for (size_t q = 0; q < n; q++)
			if (zp_fold_char(c[q]) != c[q]) {
				zp_fold_text(c, n);
				break;
			}
		k = notname_key(c, n);
	}
	if (k != 0)
		pairs_push(&ld->notwords, k);
	else if (len > 0)
		zp_gaz_add(ld->notname, w, ZP_ET_BLOCK, NULL, 0, NULL, NULL);
}

/* The marks of x->verbs' lines, each at its value: 0, VERB_EDGE, FUNC_EDGE. */
static const char verb_marks[] = "~!^";
_Static_assert(VERB_EDGE == 1 && FUNC_EDGE == 2, "verb_marks' order");

/*
 * One line of the statistics (zp_line_fn): "C GIVEN SURNAME", "-WORD",
 * "=C CHARS", "+C CHARS", "!WORD", "^WORD" or "~WORD".
 */
static int
names_line(void *arg, char *line, size_t len, unsigned long lineno, char *why,
    size_t whysize)
{
	struct names_load *ld = arg;
	uint32_t mark;
	size_t l;
	int32_t c;
	long g, sc;

	(void)lineno;
	if (line[0] == '=' || line[0] == '+') {
		if (pairs_line(line[0] == '=' ? &ld->gwords : &ld->cwords,
		        line + 1, len - 1) == 0)
			return 0;
		snprintf(why, whysize,
		    "expected a character, a space and characters after '%c'",
		    line[0]);
		return -1;
	}
	if (line[0] == '-') {
		notname_line(ld, line + 1);
		return 0;
	}
	/* The marks are ASCII: three tests, no call (strchr was one). */
	for (mark = 0; mark < 3 && verb_marks[mark] != line[0]; mark++)
		;
	if (mark < 3) {
		if (verb_line(&ld->verbs, line + 1, len - 1, mark) == 0)
			return 0;
		snprintf(why, whysize, "expected two characters after '%c'",
		    line[0]);
		return -1;
	}
	c = zp_utf8_decode_fast(line, len, &l);
	if (c < 0 || c >= 0x10000 || !two_scores(line + l, &g, &sc)) {
		snprintf(why, whysize, "expected a character and two scores");
		return -1;
	}
	ld->nsc[c].given = (int16_t)g;
	ld->nsc[c].sur = (int16_t)sc;
	/* The last line of a character says its score. */
	if (g >= NAME_GIVEN_MIN)
		ld->given[c >> 6] |= (uint64_t)1 << (c & 63);
	else
		ld->given[c >> 6] &= ~((uint64_t)1 << (c & 63));
	return 0;
}

static int
cmp_u64(const void *pa, const void *pb)
{
	uint64_t a = *(const uint64_t *)pa, b = *(const uint64_t *)pb;

	return a < b ? -1 : a > b;
}

/* The filter bit of the word k (its value bits clear) in 1 << lg bits. */
static inline uint64_t
pairs_hash(uint64_t k, unsigned lg)
{
	return (k * UINT64_C(0x9E3779B97F4A7C15)) >> (64 - lg);
}

/*
 * Sorts p (the file has it sorted already, unless a user wrote it) and
 * builds its filter: sixteen bits a word or more, so that about one other
 * pair in twenty passes it.
 */
static void
pairs_finish(struct pairs *p, unsigned vbits)
{
	uint64_t mask = ~(((uint64_t)1 << vbits) - 1);
	size_t words;
	bool sorted = true;

	p->vbits = vbits;
	if (p->n == 0)
		return;
	for (p->lg = 10; ((size_t)1 << p->lg) < 16 * p->n; p->lg++)
		;
	words = ((size_t)1 << p->lg) / 64;
	p->v = zp_xreallocarray(p->v, p->n + words, sizeof(*p->v));
	p->cap = p->n + words;
	p->seen = p->v + p->n;
	memset(p->seen, 0, words * sizeof(*p->seen));
	/* The filter does not ask the order: one walk sets it and checks. */
	for (size_t i = 0; i < p->n; i++) {
		uint64_t h = pairs_hash(p->v[i] & mask, p->lg);

		p->seen[h >> 6] |= (uint64_t)1 << (h & 63);
		sorted &= i == 0 || p->v[i - 1] <= p->v[i];
	}
	if (!sorted)
		qsort(p->v, p->n, sizeof(*p->v), cmp_u64);
}

/* Whether the word k may be in p: false for most words that are not. */
static inline bool
pairs_maybe(const struct pairs *p, uint64_t k)
{
	uint64_t h;

	if (p->seen == NULL)
		return false;
	h = pairs_hash(k, p->lg);
	return (p->seen[h >> 6] >> (h & 63)) & 1;
}

/* The first entry of p not below k, or p->n. */
static size_t
pairs_lower(const struct pairs *p, uint64_t k)
{
	size_t lo = 0, hi = p->n;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (p->v[mid] < k)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Whether the word k is one of p (without value bits). */
static bool
pairs_has_key(const struct pairs *p, uint64_t k)
{
	size_t i;

	if (!pairs_maybe(p, k))
		return false;
	i = pairs_lower(p, k);
	return i < p->n && p->v[i] == k;
}

/* Whether the two characters at c are one of the words of p. */
static bool
pairs_has(const struct pairs *p, const uint32_t *c)
{
	return pairs_has_key(p, (uint64_t)c[0] << 32 | c[1]);
}

/* A common word that looks like a name (荣誉, 王朝): data/names/given.txt. */
bool
ent_notname_at(const struct zp_entities *x, size_t a, size_t b)
{
	uint64_t k = notname_key(x->c + a, b - a);

	if (x->notname == NULL)
		return false;
	if (k != 0)
		return pairs_has_key(&x->notwords, k);
	return zp_gaz_lookup_cp(x->notname, x->c + a, b - a) != NONE;
}

/* On failure x keeps the statistics it had (none, or an earlier file's). */
int
zp_ent_load_names(
    struct zp_entities *x, const char *path, char *err, size_t errsize)
{
	struct names_load ld;
	uint16_t *cls = x->cls;

	memset(&ld, 0, sizeof(ld));

	ld.nsc = zp_xreallocarray(NULL, 0x10000, sizeof(*ld.nsc));
	for (size_t i = 0; i < 0x10000; i++)
		ld.nsc[i].given = ld.nsc[i].sur = NAMESC_NONE;
	if (zp_each_line(path, names_line, &ld, err, errsize) != 0) {
		free(ld.nsc);
		zp_gaz_free(ld.notname);
		free(ld.gwords.v);
		free(ld.cwords.v);
		free(ld.verbs.v);
		free(ld.notwords.v);
		return -1;
	}
	free(x->nsc);
	zp_gaz_free(x->notname);
	free(x->gwords.v);
	free(x->cwords.v);
	free(x->verbs.v);
	free(x->notwords.v);
	x->nsc = ld.nsc;
	x->notname = ld.notname;
	pairs_finish(&ld.gwords, 0);
	pairs_finish(&ld.cwords, 0);
	pairs_finish(&ld.verbs, 2);
	pairs_finish(&ld.notwords, 0);
	x->gwords = ld.gwords;
	x->cwords = ld.cwords;
	x->verbs = ld.verbs;
	x->notwords = ld.notwords;
	if (x->notname != NULL)
		zp_gaz_compile(x->notname);
	/*
	 * 和 于 向 are surnames too, but mostly words of their own.  The
	 * surnames' bits only, not the 65,536 characters.
	 */
	memset(x->surbits, 0, sizeof(x->surbits));
	for (size_t w = 0; w < 1024; w++)
		for (uint64_t m = ent_cs_surname->bits[w]; m != 0; m &= m - 1) {
			uint32_t c =
			    (uint32_t)(64 * w) + (uint32_t)__builtin_ctzll(m);

			if (!in_cs(ent_cs_endweak, c) &&
			    x->nsc[c].sur >= NAME_SUR_MIN)
				x->surbits[w] |= (uint64_t)1 << (c & 63);
		}
	/* The flags from the bits too: a few thousand characters have them. */
	for (uint32_t c = 0; c < 0x10000; c++)
		cls[c] &= (uint16_t) ~(CL_SUR | CL_GIVEN0);
	for (size_t w = 0; w < 1024; w++) {
		for (uint64_t m = ld.given[w]; m != 0; m &= m - 1)
			cls[64 * w + (size_t)__builtin_ctzll(m)] |= CL_GIVEN0;
		for (uint64_t m = x->surbits[w]; m != 0; m &= m - 1)
			cls[64 * w + (size_t)__builtin_ctzll(m)] |= CL_SUR;
	}
	return 0;
}

/*
 * Without the statistics every given name counts as a word: no given name
 * is then taken for a person alone.
 */
bool
ent_common_given(const struct zp_entities *x, const uint32_t *c)
{
	return x->gwords.v == NULL || pairs_has(&x->gwords, c);
}

/*
 * Whether the two characters at c are a common word (+C CHARS); without
 * the statistics none is.
 */
bool
ent_common_pair(const struct zp_entities *x, const uint32_t *c)
{
	return pairs_has(&x->cwords, c);
}

/*
 * The value of the common verb or function word c[0..2) (VERB_EDGE,
 * FUNC_EDGE or 0), or -1 when it is none.
 */
int
ent_verb_at(const struct zp_entities *x, const uint32_t *c)
{
	uint64_t k = (uint64_t)c[0] << 32 | (uint64_t)c[1] << 2;
	size_t i;

	if (!pairs_maybe(&x->verbs, k))
		return -1;
	i = pairs_lower(&x->verbs, k);
	return i < x->verbs.n && (x->verbs.v[i] & ~(uint64_t)3) == k ?
	    (int)(x->verbs.v[i] & 3) :
	    -1;
}

/*
 * A three-character name that begins the text or a clause (after
 * punctuation) is a subject as often as not, and a subject may be followed
 * by any verb or a date (胡富国感慨地说, 侯祥麟1935年): no end is asked.
 * The characters must not read as words instead: the first two none of the
 * common words that start with a surname (严格履行, 阳光明媚), the given
 * name no common word, nor its last character with the next (履行 of
 * 严格履行, 依稀 of 古韵依稀).
 */
bool
ent_clause_name3(const struct zp_entities *x, size_t i, int sum)
{
	const uint32_t *c = x->c;

	if (sum < NAME_CLAUSE3 || i + 3 >= x->n ||
	    (i > 0 && (is_han(c[i - 1]) || is_alnum(c[i - 1]))) ||
	    (is_alnum(c[i + 3]) && !is_digit(c[i + 3])) ||
	    c[i + 3] >= 0x10000 || x->notname == NULL ||
	    ent_notname_at(x, i, i + 2))
		return false;
	return !ent_common_given(x, c + i + 1) &&
	    !ent_common_given(x, c + i + 2);
}
