/*
 * json -- the validating JSON tokenizer: one pass over a record that checks
 * UTF-8, escapes, numbers, depth and duplicate keys, and leaves tokens that
 * point into the record so unknown fields are copied byte for byte.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

#include "zhpipe/json.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

/* Decoded strings live in blocks that stay put until the next parse. */
struct zp_json_block {
	struct zp_json_block *next;
	size_t used, cap;
	char data[];
};

#define BLOCK_MIN 4096

static char *
block_alloc(struct zp_json *j, size_t n)
{
	struct zp_json_block *b = j->blocks;

	if (b == NULL || b->cap - b->used < n) {
		size_t cap = n > BLOCK_MIN ? n : BLOCK_MIN;

		b = zp_xmalloc(sizeof(*b) + cap);
		b->cap = cap;
		b->used = 0;
		b->next = j->blocks;
		j->blocks = b;
	}
	b->used += n;
	return b->data + b->used - n;
}

static void
blocks_reset(struct zp_json *j)
{
	struct zp_json_block *b = j->blocks, *next;

	if (b == NULL)
		return;
	/* Keep the newest block, which is the largest recently needed. */
	for (next = b->next; next != NULL; next = b) {
		b = next->next;
		free(next);
	}
	j->blocks->next = NULL;
	j->blocks->used = 0;
}

void
zp_json_free(struct zp_json *j)
{
	blocks_reset(j);
	free(j->blocks);
	free(j->tok);
	free(j->stack);
	free(j->hash);
	zp_buf_free(&j->keya);
	zp_buf_free(&j->keyb);
	memset(j, 0, sizeof(*j));
}

static int
fail(struct zp_json *j, size_t pos, const char *msg)
{
	snprintf(j->err, sizeof(j->err), "%s", msg);
	j->errpos = pos;
	return -1;
}

static inline uint32_t
new_tok(struct zp_json *j, enum zp_jtype type, size_t start)
{
	struct zp_jtok *t;

	if (j->ntok == j->cap) {
		uint32_t cap = j->cap ? j->cap * 2 : 64;

		if (cap < j->cap)
			zp_oom();
		j->tok = zp_xreallocarray(j->tok, cap, sizeof(*j->tok));
		j->cap = cap;
	}
	t = &j->tok[j->ntok];
	t->type = (uint8_t)type;
	t->flags = 0;
	t->start = (uint32_t)start;
	t->end = (uint32_t)start;
	t->size = 0;
	t->next = j->ntok + 1;
	return j->ntok++;
}

/* Character classes inside a string: 0 plain ASCII. */
enum { C_PLAIN, C_QUOTE, C_BSLASH, C_CTRL, C_HIGH };
static unsigned char sclass[256];

static void
init_classes(void)
{
	int c;

	if (sclass['"'] == C_QUOTE)
		return;
	for (c = 0; c < 256; c++)
		sclass[c] = c < 0x20 ? C_CTRL : c >= 0x80 ? C_HIGH : C_PLAIN;
	sclass['\\'] = C_BSLASH;
	sclass['"'] = C_QUOTE;
}

static int
hex4(const char *s, uint32_t *out)
{
	uint32_t v = 0;
	int i;

	for (i = 0; i < 4; i++) {
		char c = s[i];

		v <<= 4;
		if (c >= '0' && c <= '9')
			v |= (uint32_t)(c - '0');
		else if (c >= 'a' && c <= 'f')
			v |= (uint32_t)(c - 'a' + 10);
		else if (c >= 'A' && c <= 'F')
			v |= (uint32_t)(c - 'A' + 10);
		else
			return -1;
	}
	*out = v;
	return 0;
}

/*
 * Checks the escape at s[pos] (the backslash); returns its length or -1.
 * The decoded code point goes to *cp (or -1 for a one-char escape).
 */
static long
check_escape(struct zp_json *j, size_t pos, int32_t *cp)
{
	const char *s = j->text;
	uint32_t hi, lo;

	*cp = -1;
	if (pos + 1 >= j->len)
		return fail(j, pos, "unterminated string");
	switch (s[pos + 1]) {
	case '"':
	case '\\':
	case '/':
	case 'b':
	case 'f':
	case 'n':
	case 'r':
	case 't':
		return 2;
	case 'u':
		break;
	default:
		return fail(j, pos, "invalid escape");
	}
	if (pos + 6 > j->len || hex4(s + pos + 2, &hi) < 0)
		return fail(j, pos, "invalid \\u escape");
	if (hi == 0)
		return fail(j, pos, "\\u0000 is not allowed in strings");
	if (hi >= 0xDC00 && hi <= 0xDFFF)
		return fail(j, pos, "invalid Unicode: lone low surrogate");
	if (hi < 0xD800 || hi > 0xDBFF) {
		*cp = (int32_t)hi;
		return 6;
	}
	if (pos + 12 > j->len || s[pos + 6] != '\\' || s[pos + 7] != 'u' ||
	    hex4(s + pos + 8, &lo) < 0 || lo < 0xDC00 || lo > 0xDFFF)
		return fail(j, pos, "invalid Unicode: lone high surrogate");
	*cp = (int32_t)(0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00));
	return 12;
}

/*
 * Whether s[0..12) is four three-byte characters whose leads are E1-EC or
 * EE-EF, after which any continuation bytes make a valid character: the
 * loop of scan_string four at a time, for Chinese text.  The bytes are read
 * little-endian; a zero test may flag a lane above a zero lane, which only
 * sends the bytes to the loop that tests one character at a time.
 */
static inline bool
four_cjk(const unsigned char *s)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t nib = 0x0F0F0F0F0F0F0F0FULL;
	/* Lanes of a = s[0..8): L C C L C C L C; of b = s[4..12): C C L C C L C C. */
	const uint64_t ma = 0xC0F0C0C0F0C0C0F0ULL, va = 0x80E08080E08080E0ULL;
	const uint64_t mb = 0xC0C0F0C0C0F0C0C0ULL, vb = 0x8080E08080E08080ULL;
	const uint64_t la = 0x0080000080000080ULL; /* leads 0, 3, 6 */
	const uint64_t lb = 0x0000800000000000ULL; /* lead 9 */
	uint64_t a, b, x, y, z;

	memcpy(&a, s, 8);
	memcpy(&b, s + 4, 8);
	if ((a & ma) != va || (b & mb) != vb)
		return false;
	/* Leads E0 and ED need their second byte checked: not here. */
	x = a & nib;
	y = b & nib;
	z = (((x - ones) & ~x) |
	        (((x ^ ones * 0x0D) - ones) & ~(x ^ ones * 0x0D))) &
	    la;
	z |= (((y - ones) & ~y) |
	         (((y ^ ones * 0x0D) - ones) & ~(y ^ ones * 0x0D))) &
	    lb;
	return z == 0;
#else
	(void)s;
	return false;
#endif
}

#ifdef __SSE2__
/*
 * The bytes of v that are in place: a lead of E1-EC or EE-EF where lead
 * has its lane set, a continuation byte elsewhere (signed compares: 80-BF
 * are below C0, E1-EF between E0 and F0).
 */
static inline __m128i
cjk_lanes(__m128i v, __m128i lead)
{
	__m128i cont = _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xC0));
	__m128i ld = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8((char)0xE0)),
	    _mm_cmplt_epi8(v, _mm_set1_epi8((char)0xF0)));

	ld = _mm_andnot_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xED)), ld);
	return _mm_or_si128(
	    _mm_and_si128(ld, lead), _mm_andnot_si128(lead, cont));
}

/*
 * The length in bytes of the run at s[0..n), n >= 16, of the characters
 * four_cjk takes, as far as 16 bytes are left: five characters a 16-byte
 * compare, and where one fails, those before the first byte out of place,
 * which its mask counts.  A run ends at every figure and Latin word, and
 * its end had cost more than its characters in the loops of sixteen, four
 * and one characters.
 */
static inline size_t
cjk_prefix(const unsigned char *s, size_t n)
{
	const __m128i l0 =
	    _mm_setr_epi8(-1, 0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1, 0, 0, -1);
	size_t i = 0;

	for (; i + 16 <= n; i += 15) {
		unsigned m = (unsigned)_mm_movemask_epi8(
		    cjk_lanes(_mm_loadu_si128((const __m128i *)(s + i)), l0));

		if (m != 0xFFFF)
			return i + (size_t)__builtin_ctz(~m) / 3 * 3;
	}
	return i;
}
#endif

/* Scans the string starting at the quote at *pos. */
static int
scan_string(struct zp_json *j, size_t *pos, uint8_t *flags)
{
	const unsigned char *s = (const unsigned char *)j->text;
	size_t i = *pos + 1, n = j->len, len;
	int32_t cp;
	long k;

	for (;;) {
		/*
		 * Eight bytes at a time while none is special (a control
		 * character, '"', '\\' or a byte of a multibyte character).
		 * The lowest flag is exact (a borrow only reaches the bytes
		 * above a flagged one), so on a little-endian machine it says
		 * which byte; elsewhere the loop below finds it.
		 */
		while (n - i >= 8) {
			const uint64_t ones = 0x0101010101010101ULL;
			const uint64_t high = 0x8080808080808080ULL;
			uint64_t w, q, bs, m;

			memcpy(&w, s + i, 8);
			q = w ^ (ones * '"');
			bs = w ^ (ones * '\\');
			m = (((w - ones * 0x20) & ~w) | ((q - ones) & ~q) |
			        ((bs - ones) & ~bs) | w) &
			    high;
			if (m != 0) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
				i += (size_t)__builtin_ctzll(m) >> 3;
#endif
				break;
			}
			i += 8;
		}
		while (i < n && sclass[s[i]] == C_PLAIN)
			i++;
		if (i >= n)
			return fail(j, *pos, "unterminated string");
		switch (sclass[s[i]]) {
		case C_QUOTE:
			*pos = i + 1;
			return 0;
		case C_BSLASH:
			k = check_escape(j, i, &cp);
			if (k < 0)
				return -1;
			*flags |= ZP_JF_ESCAPED;
			i += (size_t)k;
			break;
		case C_CTRL:
			return fail(j, i,
			    s[i] == 0 ? "NUL byte in string" :
			                "control character in string");
		default:
			/*
			 * A run of well-formed three-byte sequences (Han and
			 * the full-width punctuation between) in one loop:
			 * after a lead of E1-EC or EE-EF any continuation
			 * bytes make a valid character.
			 */
#ifdef __SSE2__
			if (n - i >= 16) {
				i += cjk_prefix(s + i, n - i);
			} else
#endif
			{
				while (i + 12 <= n && four_cjk(s + i))
					i += 12;
				while (i + 2 < n && s[i] >= 0xE1 &&
				    s[i] <= 0xEF && s[i] != 0xED &&
				    (s[i + 1] & 0xC0) == 0x80 &&
				    (s[i + 2] & 0xC0) == 0x80)
					i += 3;
			}
			if (i >= n || sclass[s[i]] != C_HIGH)
				break;
			if (zp_utf8_decode((const char *)s + i, n - i, &len) <
			    0)
				return fail(j, i, "invalid UTF-8 in string");
			i += len;
		}
	}
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
scan_number(struct zp_json *j, size_t *pos, uint8_t *flags)
{
	const char *s = j->text;
	size_t i = *pos, n = j->len;
	int is_int = 1;

	if (i < n && s[i] == '-')
		i++;
	if (i >= n || !is_digit(s[i]))
		return fail(j, *pos, "invalid number");
	if (s[i] == '0')
		i++;
	else
		while (i < n && is_digit(s[i]))
			i++;
	if (i < n && s[i] == '.') {
		is_int = 0;
		if (++i >= n || !is_digit(s[i]))
			return fail(j, i, "invalid number");
		while (i < n && is_digit(s[i]))
			i++;
	}
	if (i < n && (s[i] == 'e' || s[i] == 'E')) {
		is_int = 0;
		i++;
		if (i < n && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i >= n || !is_digit(s[i]))
			return fail(j, i, "invalid number");
		while (i < n && is_digit(s[i]))
			i++;
	}
	if (!is_int) {
		/* strtod needs a terminated copy; reals are short and rare. */
		char small[64], *copy = small;
		double d;

		if (i - *pos >= sizeof(small))
			copy = zp_xmemdup(s + *pos, i - *pos);
		else {
			memcpy(small, s + *pos, i - *pos);
			small[i - *pos] = '\0';
		}
		d = strtod(copy, NULL);
		if (copy != small)
			free(copy);
		if (isinf(d))
			return fail(j, *pos, "real number overflow");
	}
	*flags = is_int ? ZP_JF_INT : 0;
	*pos = i;
	return 0;
}

static size_t
skip_ws(const char *s, size_t i, size_t n)
{
	while (i < n &&
	    (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
		i++;
	return i;
}

static inline bool
key_eq(struct zp_json *j, uint32_t a, uint32_t b)
{
	const struct zp_jtok *ta = &j->tok[a], *tb = &j->tok[b];
	const char *pa, *pb;
	size_t la, lb;

	if (!((ta->flags | tb->flags) & ZP_JF_ESCAPED))
		return ta->end - ta->start == tb->end - tb->start &&
		    memcmp(j->text + ta->start, j->text + tb->start,
		        ta->end - ta->start) == 0;
	pa = zp_json_str(j, a, &la);
	pb = zp_json_str(j, b, &lb);
	return la == lb && memcmp(pa, pb, la) == 0;
}

static uint32_t
key_hash(struct zp_json *j, uint32_t k)
{
	size_t len, i;
	const char *p = zp_json_str(j, k, &len);
	uint32_t h = 2166136261u;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)p[i]) * 16777619u;
	return h;
}

/* Rejects an object whose keys repeat; linear time for large objects. */
static int
check_duplicates(struct zp_json *j, uint32_t obj)
{
	uint32_t n = j->tok[obj].size, a, b, i, mask;
	size_t cap;

	if (n < 2)
		return 0;
	if (n <= 8) {
		/*
		 * Keys without escapes that differ in a hash of their length
		 * and end bytes differ: one bit each says so for most objects
		 * (records, entities), and only a clash compares them.
		 */
		uint64_t seen = 0, bit;
		bool clash = false;

		for (a = obj + 1; a < j->tok[obj].next && !clash;
		     a = j->tok[a + 1].next) {
			const struct zp_jtok *ta = &j->tok[a];
			uint32_t kl = ta->end - ta->start - 2;
			const unsigned char *k =
			    (const unsigned char *)j->text + ta->start + 1;

			if ((ta->flags & ZP_JF_ESCAPED) || kl == 0) {
				clash = true;
				break;
			}
			bit = (uint64_t)1
			    << (((kl + k[0] * 257u + k[kl - 1] * 17u) *
			            0x9E3779B1u) >>
			           26);
			clash = (seen & bit) != 0;
			seen |= bit;
		}
		if (!clash)
			return 0;
		for (a = obj + 1; a < j->tok[obj].next; a = j->tok[a + 1].next)
			for (b = j->tok[a + 1].next; b < j->tok[obj].next;
			     b = j->tok[b + 1].next)
				if (key_eq(j, a, b))
					return fail(j, j->tok[b].start,
					    "duplicate object key");
		return 0;
	}
	for (cap = 16; cap < (size_t)n * 2; cap *= 2)
		;
	if (cap > j->hashcap) {
		j->hash = zp_xreallocarray(j->hash, cap, sizeof(*j->hash));
		j->hashcap = cap;
	}
	memset(j->hash, 0xff, cap * sizeof(*j->hash));
	mask = (uint32_t)cap - 1;
	for (a = obj + 1; a < j->tok[obj].next; a = j->tok[a + 1].next) {
		for (i = key_hash(j, a) & mask; j->hash[i] != ZP_JSON_NONE;
		     i = (i + 1) & mask)
			if (key_eq(j, j->hash[i], a))
				return fail(
				    j, j->tok[a].start, "duplicate object key");
		j->hash[i] = a;
	}
	return 0;
}

int
zp_json_parse(struct zp_json *j, const char *text, size_t len)
{
	size_t i = 0;
	uint32_t depth = 0, t, top;
	uint8_t flags = 0;
	bool want_key = false;

	init_classes();
	blocks_reset(j);
	j->text = text;
	j->len = len;
	j->ntok = 0;
	j->err[0] = '\0';
	if (len >= UINT32_MAX)
		return fail(j, 0, "record too large");
	if (j->stack == NULL)
		j->stack = zp_xmalloc(ZP_JSON_MAX_DEPTH * sizeof(*j->stack));

	for (;;) {
		/* Here a value (or, in an object, a key) is expected. */
		i = skip_ws(text, i, len);
		if (i >= len)
			return fail(j, i,
			    depth || j->ntok ? "unexpected end of input" :
			                       "empty record");
		if (want_key && text[i] != '"')
			return fail(j, i, "object key expected");
		switch (text[i]) {
		case '{':
		case '[':
			if (depth == ZP_JSON_MAX_DEPTH)
				return fail(j, i,
				    "maximum nesting depth "
				    "reached");
			t = new_tok(
			    j, text[i] == '{' ? ZP_JOBJECT : ZP_JARRAY, i);
			j->stack[depth++] = t;
			i = skip_ws(text, i + 1, len);
			if (i < len && (text[i] == '}' || text[i] == ']'))
				goto close;
			if (j->tok[t].type == ZP_JOBJECT) {
				want_key = true;
				j->tok[t].size++;
			} else {
				j->tok[t].size++;
			}
			continue;
		case '"':
			t = new_tok(j, ZP_JSTRING, i);
			flags = 0;
			if (scan_string(j, &i, &flags) < 0)
				return -1;
			j->tok[t].flags = flags;
			j->tok[t].end = (uint32_t)i;
			if (want_key) {
				want_key = false;
				i = skip_ws(text, i, len);
				if (i >= len || text[i] != ':')
					return fail(j, i, "':' expected");
				i++;
				continue;
			}
			break;
		case 't':
		case 'f':
		case 'n': {
			static const char *const lit[] = { "true", "false",
				"null" };
			static const enum zp_jtype ty[] = { ZP_JTRUE, ZP_JFALSE,
				ZP_JNULL };
			int k = text[i] == 't' ? 0 : text[i] == 'f' ? 1 : 2;
			size_t l = strlen(lit[k]);

			if (len - i < l || memcmp(text + i, lit[k], l) != 0)
				return fail(j, i, "invalid literal");
			t = new_tok(j, ty[k], i);
			i += l;
			j->tok[t].end = (uint32_t)i;
			break;
		}
		default:
			if (text[i] != '-' && !is_digit(text[i]))
				return fail(j, i, "unexpected character");
			t = new_tok(j, ZP_JNUMBER, i);
			if (scan_number(j, &i, &flags) < 0)
				return -1;
			j->tok[t].flags = flags;
			j->tok[t].end = (uint32_t)i;
			break;
		}

		/* After a value: a separator or the end of containers. */
		for (;;) {
			i = skip_ws(text, i, len);
			if (depth == 0) {
				if (i != len)
					return fail(j, i,
					    "end of record "
					    "expected");
				return 0;
			}
			top = j->stack[depth - 1];
			if (i >= len)
				return fail(j, i, "unexpected end of input");
			if (text[i] == ',') {
				i++;
				j->tok[top].size++;
				want_key = j->tok[top].type == ZP_JOBJECT;
				break;
			}
close:
			top = j->stack[depth - 1];
			if (text[i] !=
			    (j->tok[top].type == ZP_JOBJECT ? '}' : ']'))
				return fail(j, i,
				    j->tok[top].type == ZP_JOBJECT ?
				        "',' or '}' expected" :
				        "',' or ']' expected");
			i++;
			j->tok[top].end = (uint32_t)i;
			j->tok[top].next = j->ntok;
			depth--;
			if (j->tok[top].type == ZP_JOBJECT &&
			    check_duplicates(j, top) < 0)
				return -1;
		}
	}
}

uint32_t
zp_json_getn(struct zp_json *j, uint32_t obj, const char *key, size_t klen)
{
	uint32_t k, end;

	if (obj >= j->ntok || j->tok[obj].type != ZP_JOBJECT)
		return ZP_JSON_NONE;
	end = j->tok[obj].next;
	for (k = obj + 1; k < end; k = j->tok[k + 1].next) {
		const struct zp_jtok *kt = &j->tok[k];

		/*
		 * A key without escapes is its bytes: of another length it
		 * differs at once, else by a compare here (the call of
		 * zp_json_str_eq had cost more than the compare).
		 */
		if (!(kt->flags & ZP_JF_ESCAPED)) {
			if (kt->end - kt->start - 2 == klen &&
			    memcmp(j->text + kt->start + 1, key, klen) == 0)
				return k + 1;
			continue;
		}
		if (zp_json_str_eq(j, k, key, klen))
			return k + 1;
	}
	return ZP_JSON_NONE;
}

uint32_t
zp_json_get(struct zp_json *j, uint32_t obj, const char *key)
{
	return zp_json_getn(j, obj, key, strlen(key));
}

uint32_t
zp_json_path(struct zp_json *j, uint32_t obj, const char *path)
{
	const char *dot;
	uint32_t v;

	/* A key that itself holds dots wins over the nested reading. */
	v = zp_json_get(j, obj, path);
	if (v != ZP_JSON_NONE)
		return v;
	while ((dot = strchr(path, '.')) != NULL) {
		obj = zp_json_getn(j, obj, path, (size_t)(dot - path));
		if (obj == ZP_JSON_NONE)
			return ZP_JSON_NONE;
		path = dot + 1;
		v = zp_json_get(j, obj, path);
		if (v != ZP_JSON_NONE)
			return v;
	}
	return ZP_JSON_NONE;
}

uint32_t
zp_json_next(const struct zp_json *j, uint32_t parent, uint32_t t)
{
	uint32_t n;

	if (j->tok[parent].type == ZP_JOBJECT)
		n = j->tok[t + 1].next;
	else
		n = j->tok[t].next;
	return n < j->tok[parent].next ? n : ZP_JSON_NONE;
}

const char *
zp_json_str(struct zp_json *j, uint32_t t, size_t *len)
{
	const struct zp_jtok *tok = &j->tok[t];
	const char *s = j->text + tok->start + 1;
	size_t n = tok->end - tok->start - 2, i, o = 0;
	char *out;
	int32_t cp;
	long k;

	if (!(tok->flags & ZP_JF_ESCAPED)) {
		*len = n;
		return s;
	}
	out = block_alloc(j, n + 1);
	for (i = 0; i < n; i++) {
		if (s[i] != '\\') {
			out[o++] = s[i];
			continue;
		}
		k = check_escape(j, (size_t)(s + i - j->text), &cp);
		if (cp >= 0) {
			o += zp_utf8_encode((uint32_t)cp, out + o);
		} else {
			switch (s[i + 1]) {
			case 'b':
				out[o++] = '\b';
				break;
			case 'f':
				out[o++] = '\f';
				break;
			case 'n':
				out[o++] = '\n';
				break;
			case 'r':
				out[o++] = '\r';
				break;
			case 't':
				out[o++] = '\t';
				break;
			default:
				out[o++] = s[i + 1];
				break;
			}
		}
		i += (size_t)k - 1;
	}
	out[o] = '\0';
	*len = o;
	return out;
}

bool
zp_json_str_eq(struct zp_json *j, uint32_t t, const char *s, size_t n)
{
	const struct zp_jtok *tok = &j->tok[t];
	const char *p;
	size_t len;

	if (tok->type != ZP_JSTRING)
		return false;
	if (!(tok->flags & ZP_JF_ESCAPED))
		return tok->end - tok->start - 2 == n &&
		    memcmp(j->text + tok->start + 1, s, n) == 0;
	p = zp_json_str(j, t, &len);
	return len == n && memcmp(p, s, n) == 0;
}

void
zp_json_compact(const struct zp_json *j, uint32_t t, struct zp_buf *out)
{
	const char *s = j->text + j->tok[t].start;
	size_t n = j->tok[t].end - j->tok[t].start, i, run = 0;
	char *dst = zp_buf_reserve(out, n);
	bool in_str = false;

	for (i = 0; i < n; i++) {
		char c = s[i];

		if (in_str) {
			if (c == '\\') {
				dst[run++] = c;
				c = s[++i];
			} else if (c == '"') {
				in_str = false;
			}
		} else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			continue;
		} else if (c == '"') {
			in_str = true;
		}
		dst[run++] = c;
	}
	out->len += run;
	out->p[out->len] = '\0';
}

bool
zp_json_index(const struct zp_json *j, uint32_t t, size_t *out)
{
	size_t len, v = 0;
	const char *p;

	if (t == ZP_JSON_NONE || zp_json_type(j, t) != ZP_JNUMBER ||
	    !(zp_json_tok(j, t)->flags & ZP_JF_INT))
		return false;
	p = zp_json_raw(j, t, &len);
	/* 18 digits cannot overflow; no text is that long anyway. */
	if (len == 0 || len > 18 || p[0] == '-')
		return false;
	for (size_t i = 0; i < len; i++)
		v = v * 10 + (size_t)(p[i] - '0');
	*out = v;
	return true;
}
