/*
 * fuzz_segment -- the sentence splitter and the word segmenter.
 *
 * The first input byte picks the maximum sentence length (0..255, 0 being
 * no limit); the rest is the text, valid UTF-8 or not.  Invariants:
 * sentences are in order, non-empty, inside the text, and only white space
 * lies outside them; for valid UTF-8 (what records hold), their code point
 * offsets agree with their byte offsets and none is longer than the
 * maximum; the word segmenter's tokens
 * over each sentence are non-empty and concatenate back to it exactly.
 * The lexicon is a small one built in memory, so the harness needs no data
 * files.
 */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/lexicon.h"
#include "zhpipe/sentence.h"
#include "zhpipe/utf8.h"
#include "zhpipe/wordseg.h"

static const char words[] =
    "中国 100 ns\n中国人 20 n\n人民 50 n\n银行 40 n\n中国人民银行 9 nt\n"
    "王小明 5 nr\n欧阳明 5 nr\n增长 50 v\n营收 30 n\n亿元 20 m\n"
    "年 50 q\n月 40 m\n日 40 m\nB超 3 n\n\xf0\xa0\x80\x80\xe5\xad\x97 2 n\n";

static struct zp_lexicon *lx;
static struct zp_wordseg *ws;

static void
init(void)
{
	char err[128];

	lx = zp_lexicon_new();
	if (zp_lexicon_load_mem(
	        lx, words, sizeof(words) - 1, false, err, sizeof(err)) != 0)
		abort();
	zp_lexicon_add(lx, "英伟达", strlen("英伟达"), -1, ZP_LEX_USER);
	zp_lexicon_build(lx);
	ws = zp_wordseg_new(lx, 0);
}

static int
space_at(const char *s, size_t n, size_t i, size_t *l)
{
	int32_t c = zp_utf8_decode(s + i, n - i, l);

	return c == ' ' || (c >= 0x09 && c <= 0x0d) || c == 0x85 || c == 0xa0 ||
	    c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
	    c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

/* Code points as the splitter counts them: invalid bytes count one each. */
static size_t
count_cp(const char *s, size_t n)
{
	size_t i = 0, k = 0, l;

	while (i < n) {
		(void)zp_utf8_decode(s + i, n - i, &l);
		i += l;
		k++;
	}
	return k;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct zp_sentsplit ss = ZP_SENTSPLIT_INIT;
	const char *s;
	size_t n, i, k, at = 0, l;
	bool valid;

	if (lx == NULL)
		init();
	if (size == 0)
		return 0;
	ss.max_len = data[0];
	s = (const char *)data + 1;
	n = size - 1;
	valid = zp_utf8_valid(s, n);
	zp_sentences(&ss, s, n);
	for (i = 0; i < ss.n; i++) {
		const struct zp_sent *x = &ss.v[i];
		const size_t *ends;
		size_t nt, a = 0;

		if (x->start < at || x->end <= x->start || x->end > n)
			abort();
		for (k = at; k < x->start; k += l)
			if (!space_at(s, n, k, &l))
				abort();
		if (valid &&
		    (x->cstart != count_cp(s, x->start) ||
		        x->cend != count_cp(s, x->end)))
			abort();
		if (valid && ss.max_len != 0 &&
		    x->cend - x->cstart > ss.max_len)
			abort();
		nt = zp_wordseg_run(ws, s + x->start, x->end - x->start, &ends);
		for (k = 0; k < nt; k++) {
			if (ends[k] <= a)
				abort();
			a = ends[k];
		}
		if (a != x->end - x->start)
			abort();
		at = x->end;
	}
	for (k = at; k < n; k += l)
		if (!space_at(s, n, k, &l))
			abort();
	zp_sentsplit_free(&ss);
	return 0;
}
