/*
 * boiler -- what makes a document site chrome rather than text: too short
 * without sentence punctuation, a menu of short items, a chrome phrase of
 * data/boilerplate.txt, or a --drop regular expression.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unicode/uregex.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "zhpipe/boiler.h"
#include "zhpipe/buf.h"
#include "zhpipe/input.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

struct zp_boiler {
	size_t min_chars;
	char **phrase;
	size_t *phrase_len;
	size_t nphrase;
	URegularExpression **re;
	size_t nre;
	UText *ut;
};

struct load_ctx {
	struct zp_boiler *b;
	struct zp_cleaner *c;
	struct zp_buf tmp;
};

static int
add_phrase(void *ctx, char *line, size_t n, unsigned long lineno, char *why,
    size_t whysize)
{
	struct load_ctx *l = ctx;
	struct zp_boiler *b = l->b;

	(void)lineno;
	(void)why;
	(void)whysize;
	zp_clean(l->c, line, n, &l->tmp, NULL);
	if (l->tmp.len == 0)
		return 0;
	b->phrase =
	    zp_xreallocarray(b->phrase, b->nphrase + 1, sizeof(*b->phrase));
	b->phrase_len = zp_xreallocarray(
	    b->phrase_len, b->nphrase + 1, sizeof(*b->phrase_len));
	b->phrase[b->nphrase] = zp_xmemdup(l->tmp.p, l->tmp.len);
	b->phrase_len[b->nphrase] = l->tmp.len;
	b->nphrase++;
	return 0;
}

static int
add_regex(void *ctx, char *line, size_t n, unsigned long lineno, char *why,
    size_t whysize)
{
	struct load_ctx *l = ctx;
	struct zp_boiler *b = l->b;
	UErrorCode ec = U_ZERO_ERROR;
	UParseError pe;
	URegularExpression *re;

	(void)lineno;
	if (!zp_utf8_valid(line, n)) {
		snprintf(why, whysize, "invalid UTF-8");
		return -1;
	}
	UChar *pat = zp_xreallocarray(NULL, n + 1, sizeof(UChar));
	int32_t plen = 0;

	u_strFromUTF8(pat, (int32_t)n + 1, &plen, line, (int32_t)n, &ec);
	re = U_SUCCESS(ec) ? uregex_open(pat, plen, 0, &pe, &ec) : NULL;
	free(pat);
	if (U_FAILURE(ec)) {
		snprintf(why, whysize, "invalid regular expression: %s",
		    u_errorName(ec));
		return -1;
	}
	/* An array of pointers: its element size is the pointer's. */
	/* NOLINTNEXTLINE(bugprone-sizeof-expression) */
	b->re = zp_xreallocarray(b->re, b->nre + 1, sizeof(*b->re));
	b->re[b->nre++] = re;
	return 0;
}

struct zp_boiler *
zp_boiler_new(size_t min_chars, const char *phrases, const char *drop,
    struct zp_cleaner *c, char *err, size_t errsize)
{
	struct zp_boiler *b = zp_xcalloc(1, sizeof(*b));
	struct load_ctx l = { b, c, ZP_BUF_INIT };
	int rc = 0;

	b->min_chars = min_chars;
	if (phrases != NULL)
		rc = zp_each_line(phrases, add_phrase, &l, err, errsize);
	if (rc == 0 && drop != NULL)
		rc = zp_each_line(drop, add_regex, &l, err, errsize);
	zp_buf_free(&l.tmp);
	if (rc < 0) {
		zp_boiler_free(b);
		return NULL;
	}
	return b;
}

void
zp_boiler_free(struct zp_boiler *b)
{
	size_t i;

	if (b == NULL)
		return;
	for (i = 0; i < b->nphrase; i++)
		free(b->phrase[i]);
	for (i = 0; i < b->nre; i++)
		uregex_close(b->re[i]);
	if (b->ut != NULL)
		utext_close(b->ut);
	free(b->phrase);
	free(b->phrase_len);
	free(b->re);
	free(b);
}

bool
zp_has_sentence_end(const char *t, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		switch (t[i]) {
		case '!':
		case '?':
		case ';':
			return true;
		case '.':
			/* Not a decimal point or an abbreviation's dot. */
			if (i + 1 == n || t[i + 1] == ' ' || t[i + 1] == '"')
				return true;
			break;
		case '\xE3':
			/* U+3002 IDEOGRAPHIC FULL STOP */
			if (i + 2 < n && t[i + 1] == '\x80' &&
			    t[i + 2] == '\x82')
				return true;
			break;
		default:
			break;
		}
	}
	return false;
}

/* A separator between menu items, at t[i]; its length, or 0. */
static size_t
separator(const char *t, size_t n, size_t i)
{
	switch (t[i]) {
	case ' ':
	case '|':
	case '>':
	case '/':
		return 1;
	default:
		break;
	}
	if (i + 1 < n && memcmp(t + i, "\xC2\xB7", 2) == 0) /* · */
		return 2;
	if (i + 1 < n && memcmp(t + i, "\xC2\xBB", 2) == 0) /* » */
		return 2;
	if (i + 2 < n &&
	    (memcmp(t + i, "\xE2\x80\xA2", 3) == 0 ||   /* • */
	        memcmp(t + i, "\xE4\xB8\xA8", 3) == 0)) /* 丨 */
		return 3;
	return 0;
}

/* At least four items of four characters or fewer on average. */
static bool
menu_like(const char *t, size_t n)
{
	size_t i = 0, k, items = 0, chars = 0;
	bool in_item = false;

	while (i < n) {
		k = separator(t, n, i);
		if (k > 0) {
			in_item = false;
			i += k;
			continue;
		}
		if (!in_item)
			items++;
		in_item = true;
		if (((unsigned char)t[i] & 0xC0) != 0x80)
			chars++;
		i++;
	}
	return items >= 4 && chars <= 4 * items;
}

enum zp_boil
zp_boiler_check(struct zp_boiler *b, const char *t, size_t n)
{
	size_t chars, i;

	/* A character is at most 4 bytes: most documents skip counting. */
	chars = n / 4 >= 4 * b->min_chars ? n / 4 : zp_utf8_count(t, n);
	if (b->min_chars > 0 && !zp_has_sentence_end(t, n)) {
		if (chars < b->min_chars)
			return ZP_BOIL_SHORT;
		if (menu_like(t, n))
			return ZP_BOIL_MENU;
	}
	if (chars < 4 * b->min_chars)
		for (i = 0; i < b->nphrase; i++)
			if (memmem(t, n, b->phrase[i], b->phrase_len[i]))
				return ZP_BOIL_PHRASE;
	if (b->nre > 0) {
		UErrorCode ec = U_ZERO_ERROR;

		b->ut = utext_openUTF8(b->ut, t, (int64_t)n, &ec);
		for (i = 0; i < b->nre && U_SUCCESS(ec); i++) {
			uregex_setUText(b->re[i], b->ut, &ec);
			if (U_SUCCESS(ec) && uregex_find(b->re[i], 0, &ec))
				return ZP_BOIL_USER;
		}
	}
	return ZP_BOIL_KEEP;
}

uint64_t
zp_hash64(const void *s, size_t n)
{
	const unsigned char *p = s;
	uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xFF51AFD7ED558CCDULL);
	uint64_t w;

	while (n >= 8) {
		memcpy(&w, p, 8);
		w *= 0x87C37B91114253D5ULL;
		w = (w << 31) | (w >> 33);
		h ^= w * 0x4CF5AD432745937FULL;
		h = ((h << 27) | (h >> 37)) * 5 + 0x52DCE729;
		p += 8;
		n -= 8;
	}
	w = 0;
	memcpy(&w, p, n);
	h ^= w * 0x87C37B91114253D5ULL;
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 33;
	return h;
}

static bool
insert(uint64_t *slot, size_t cap, uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);

	while (slot[i] != 0) {
		if (slot[i] == h)
			return false;
		i = (i + 1) & (cap - 1);
	}
	slot[i] = h;
	return true;
}

bool
zp_hashset_add(struct zp_hashset *s, uint64_t h)
{
	if (h == 0)
		h = 1; /* 0 marks an empty slot */
	if ((s->count + 1) * 2 > s->cap) {
		size_t cap = s->cap ? s->cap * 2 : 1024, i;
		uint64_t *slot = zp_xcalloc(cap, sizeof(*slot));

		for (i = 0; i < s->cap; i++)
			if (s->slot[i] != 0)
				insert(slot, cap, s->slot[i]);
		free(s->slot);
		s->slot = slot;
		s->cap = cap;
	}
	if (!insert(s->slot, s->cap, h))
		return false;
	s->count++;
	return true;
}

void
zp_hashset_free(struct zp_hashset *s)
{
	free(s->slot);
	s->slot = NULL;
	s->cap = s->count = 0;
}
