/*
 * lexicon -- collecting words and compiling them into a trie.
 *
 * The trie is built breadth first from the entries sorted in byte order
 * (which is code point order for UTF-8): every node owns a contiguous range
 * of entries sharing its prefix, and its children are the runs of that range
 * with the same next code point.  Children are therefore created together,
 * contiguous and sorted, with no pointer trie in between.
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zhpipe/lexicon.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

struct zp_lexentry {
	const char *w;
	uint32_t len;
	uint32_t pos; /* build cursor: bytes consumed by the trie */
	float freq;   /* < 0: none given */
	uint8_t flags;
};

struct zp_lexicon *
zp_lexicon_new(void)
{
	return zp_xcalloc(1, sizeof(struct zp_lexicon));
}

void
zp_lexicon_free(struct zp_lexicon *lx)
{
	size_t i;

	if (lx == NULL)
		return;
	for (i = 0; i < lx->nblocks; i++)
		free(lx->blocks[i]);
	free(lx->blocks);
	free(lx->ent);
	free(lx->slot);
	free(lx->root);
	free(lx);
}

static char *
keep_block(struct zp_lexicon *lx, char *p)
{
	lx->blocks =
	    zp_xreallocarray(lx->blocks, lx->nblocks + 1, sizeof(*lx->blocks));
	lx->blocks[lx->nblocks++] = p;
	return p;
}

static void
push(
    struct zp_lexicon *lx, const char *w, size_t n, double freq, unsigned flags)
{
	struct zp_lexentry *e;

	if (lx->nent == lx->capent) {
		lx->capent = lx->capent ? lx->capent * 2 : 1024;
		lx->ent =
		    zp_xreallocarray(lx->ent, lx->capent, sizeof(*lx->ent));
	}
	e = &lx->ent[lx->nent++];
	e->w = w;
	e->len = (uint32_t)n;
	e->pos = 0;
	e->freq = (float)freq;
	e->flags = (uint8_t)flags;
}

void
zp_lexicon_add(
    struct zp_lexicon *lx, const char *w, size_t n, double freq, unsigned flags)
{
	if (lx->built || n == 0 || n > 1024 || !zp_utf8_valid(w, n))
		return;
	push(lx, keep_block(lx, zp_xmemdup(w, n)), n, freq, flags);
}

static bool
is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r';
}

/* Entry-only flags, above the ZP_LEX_* bits edges carry. */
enum {
	ENT_TAGGED = 0x10, /* a POS tag was given */
	ENT_WHOLE = 0x20   /* the tag says: keep whole (idiom, name...) */
};

/*
 * Flags from a jieba POS tag: nr is a person's name; idioms (i),
 * fixed expressions (l), abbreviations (j), proper names (n[rstz]...) and
 * our own domain terms (term, in finance.dict) are kept whole when phrases
 * are split.
 */
static unsigned
tag_flags(const char *t, size_t n)
{
	unsigned f = ENT_TAGGED;
	size_t k = 0;

	while (k < n && !is_blank(t[k]))
		k++;
	if (k == 0)
		return 0;
	if (k == 2 && t[0] == 'n' && t[1] == 'r')
		f |= ZP_LEX_NAME;
	if ((k == 1 && (t[0] == 'i' || t[0] == 'l' || t[0] == 'j')) ||
	    (k >= 2 && t[0] == 'n' &&
	        (t[1] == 'r' || t[1] == 's' || t[1] == 't' || t[1] == 'z')) ||
	    (k == 4 && memcmp(t, "term", 4) == 0))
		f |= ENT_WHOLE;
	return f;
}

/*
 * Parses text (kept by the lexicon, NUL-terminated at len) line by line.
 * Entries point into it.
 */
static int
parse_words(struct zp_lexicon *lx, const char *text, size_t len, bool user,
    char *err, size_t errsize)
{
	const char *p = text, *end = text + len;
	unsigned long lineno = 0;
	size_t first = lx->nent;
	bool sorted = !user && lx->nsorted == lx->nent;

	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		const char *le = nl ? nl : end, *w, *we, *q;
		double freq = -1;
		unsigned flags = user ? ZP_LEX_USER : 0;

		lineno++;
		q = p;
		p = nl ? nl + 1 : end;
		while (q < le && is_blank(*q))
			q++;
		if (q == le || *q == '#')
			continue;
		w = q;
		while (q < le && !is_blank(*q))
			q++;
		we = q;
		while (q < le && is_blank(*q))
			q++;
		if (q < le && *q >= '0' && *q <= '9') {
			freq = 0;
			while (q < le && *q >= '0' && *q <= '9')
				freq = freq * 10 + (*q++ - '0');
			if (q < le && *q == '.') {
				double frac = 0, scale = 1;

				for (q++; q < le && *q >= '0' && *q <= '9';
				     q++) {
					frac = frac * 10 + (*q - '0');
					scale *= 10;
				}
				freq += frac / scale;
			}
			if (q < le && !is_blank(*q)) {
				snprintf(err, errsize, "%lu: invalid frequency",
				    lineno);
				return -1;
			}
			while (q < le && is_blank(*q))
				q++;
			if (!user && q < le)
				flags |= tag_flags(q, (size_t)(le - q));
		}
		if (!zp_utf8_valid(w, (size_t)(we - w))) {
			snprintf(err, errsize, "%lu: invalid UTF-8", lineno);
			return -1;
		}
		if (we - w > 1024) {
			snprintf(err, errsize, "%lu: word too long", lineno);
			return -1;
		}
		if (sorted && lx->nent > 0) {
			const struct zp_lexentry *e = &lx->ent[lx->nent - 1];
			size_t n = (size_t)(we - w);
			int c = memcmp(e->w, w, e->len < n ? e->len : n);

			if (c > 0 || (c == 0 && e->len >= n))
				sorted = false;
		}
		push(lx, w, (size_t)(we - w), freq, flags);
	}
	if (sorted)
		lx->nsorted = lx->nent;
	(void)first;
	return 0;
}

int
zp_lexicon_load_mem(struct zp_lexicon *lx, const char *text, size_t len,
    bool user, char *err, size_t errsize)
{
	char *copy;

	if (lx->built) {
		snprintf(err, errsize, "lexicon already built");
		return -1;
	}
	copy = keep_block(lx, zp_xmemdup(text, len));
	return parse_words(lx, copy, len, user, err, errsize);
}

/* Reads a whole file into a NUL-terminated buffer. */
static char *
slurp(const char *path, size_t *lenp, char *err, size_t errsize)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	struct stat st;
	char *buf = NULL;
	size_t len = 0, cap = 0;

	if (fd < 0) {
		snprintf(err, errsize, "%s", strerror(errno));
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
		snprintf(err, errsize, "%s", strerror(EISDIR));
		close(fd);
		return NULL;
	}
	if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
		cap = (size_t)st.st_size + 1;
	for (;;) {
		ssize_t r;

		if (cap - len < 2) {
			cap = cap ? cap * 2 : 65536;
			buf = zp_xrealloc(buf, cap);
		} else if (buf == NULL) {
			buf = zp_xmalloc(cap);
		}
		r = read(fd, buf + len, cap - len - 1);
		if (r < 0) {
			if (errno == EINTR)
				continue;
			snprintf(err, errsize, "%s", strerror(errno));
			free(buf);
			close(fd);
			return NULL;
		}
		if (r == 0)
			break;
		len += (size_t)r;
	}
	close(fd);
	if (buf == NULL)
		buf = zp_xmalloc(1);
	buf[len] = '\0';
	*lenp = len;
	return buf;
}

int
zp_lexicon_load(struct zp_lexicon *lx, const char *path, bool user, char *err,
    size_t errsize)
{
	size_t len;
	char *text;

	if (lx->built) {
		snprintf(err, errsize, "lexicon already built");
		return -1;
	}
	if ((text = slurp(path, &len, err, errsize)) == NULL)
		return -1;
	keep_block(lx, text);
	return parse_words(lx, text, len, user, err, errsize);
}

static int
cmp_bytes(const struct zp_lexentry *a, const struct zp_lexentry *b)
{
	size_t n = a->len < b->len ? a->len : b->len;
	int c = memcmp(a->w, b->w, n);

	if (c != 0)
		return c;
	return a->len < b->len ? -1 : a->len > b->len;
}

static int
cmp_entry(const void *pa, const void *pb)
{
	const struct zp_lexentry *a = pa, *b = pb;
	int c = cmp_bytes(a, b);

	if (c != 0)
		return c;
	/* Equal words keep their order of arrival: later ones override. */
	return a < b ? -1 : a > b;
}

/* Folds entry b (later) into a. */
static void
combine(struct zp_lexentry *a, const struct zp_lexentry *b)
{
	if (b->freq >= 0) {
		a->freq = b->freq;
		a->flags = b->flags;
	} else if (b->flags & ZP_LEX_USER) {
		if (a->freq < ZP_LEX_USER_FREQ)
			a->freq = (float)ZP_LEX_USER_FREQ;
		a->flags = b->flags;
	}
}

/*
 * Sorts what is not yet sorted and merges it with the sorted prefix,
 * folding duplicates.  Leaves lx->ent sorted and unique.
 */
static void
sort_entries(struct zp_lexicon *lx)
{
	struct zp_lexentry *a = lx->ent, *out;
	size_t ns = lx->nsorted, n = lx->nent, i, j, k;

	if (ns < n) {
		/* Tie order must be arrival order, so sort with a stable key. */
		qsort(a + ns, n - ns, sizeof(*a), cmp_entry);
	}
	out = zp_xreallocarray(NULL, n ? n : 1, sizeof(*out));
	i = 0;
	j = ns;
	k = 0;
	while (i < ns || j < n) {
		const struct zp_lexentry *e;

		if (j >= n || (i < ns && cmp_bytes(&a[i], &a[j]) <= 0))
			e = &a[i++];
		else
			e = &a[j++];
		if (k > 0 && cmp_bytes(&out[k - 1], e) == 0) {
			combine(&out[k - 1], e);
			continue;
		}
		out[k] = *e;
		if (out[k].freq < 0)
			out[k].freq = (out[k].flags & ZP_LEX_USER) ?
			    (float)ZP_LEX_USER_FREQ :
			    1;
		k++;
	}
	/* A word given without frequency that was also listed with one. */
	free(lx->ent);
	lx->ent = out;
	lx->nent = k;
	lx->capent = n ? n : 1;
	lx->nsorted = k;
}

/* Is w[0..n) one of the sorted entries? */
static bool
has_entry(const struct zp_lexicon *lx, const char *w, size_t n)
{
	struct zp_lexentry key = { w, (uint32_t)n, 0, 0, 0 };
	size_t lo = 0, hi = lx->nent;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = cmp_bytes(&lx->ent[mid], &key);

		if (c < 0)
			lo = mid + 1;
		else if (c > 0)
			hi = mid;
		else
			return true;
	}
	return false;
}

/* Drops the phrases split_phrases describes; keeps the order. */
static void
drop_phrases(struct zp_lexicon *lx)
{
	struct zp_lexentry *e = lx->ent;
	size_t i, k = 0;
	bool *drop = zp_xcalloc(lx->nent ? lx->nent : 1, sizeof(*drop));

	for (i = 0; i < lx->nent; i++) {
		size_t mid;

		if (!(e[i].flags & ENT_TAGGED) ||
		    (e[i].flags & (ENT_WHOLE | ZP_LEX_USER | ZP_LEX_NAME)) ||
		    zp_utf8_count(e[i].w, e[i].len) != 4)
			continue;
		mid = zp_utf8_floor(e[i].w, e[i].len, e[i].len / 2);
		/* Four Han characters are 12 bytes; the middle is at 6. */
		if (mid * 2 != e[i].len)
			continue;
		drop[i] = has_entry(lx, e[i].w, mid) &&
		    has_entry(lx, e[i].w + mid, e[i].len - mid);
	}
	for (i = 0; i < lx->nent; i++)
		if (!drop[i])
			e[k++] = e[i];
	free(drop);
	lx->nent = lx->nsorted = k;
}

/*
 * Zeroed memory for the trie's tables, on transparent huge pages where the
 * kernel offers them: the walk touches the tables at random, and with 4 KiB
 * pages nearly every step would also miss the TLB.
 */
static void *
table_alloc(size_t n)
{
	const size_t huge = (size_t)2 << 20;
	void *p;

	if (n < huge)
		return zp_xcalloc(1, n);
	n = (n + huge - 1) / huge * huge;
	if (posix_memalign(&p, huge, n) != 0)
		zp_oom();
#ifdef MADV_HUGEPAGE
	(void)madvise(p, n, MADV_HUGEPAGE);
#endif
	memset(p, 0, n);
	return p;
}

static unsigned
table_bits(uint32_t nkid)
{
	unsigned b = 0;

	/* Load factor at most 3/4. */
	while ((3u << b) < 4 * nkid)
		b++;
	return b;
}

void
zp_lexicon_build(struct zp_lexicon *lx)
{
	struct zp_lexentry *e;
	uint32_t *lo, *hi, *first, *nkid, *cpv;
	uint8_t *flv;
	float *lpv;
	uint64_t *toff;
	size_t cap, nn, v, i, nslots;
	double total = 0, logtotal;

	if (lx->built)
		return;
	sort_entries(lx);
	if (lx->split_phrases)
		drop_phrases(lx);
	e = lx->ent;
	for (i = 0; i < lx->nent; i++) {
		if (e[i].freq < 1)
			e[i].freq = 1;
		total += e[i].freq;
	}
	if (total < 1)
		total = 1;
	logtotal = log(total);

	/*
	 * Pass 1, breadth first: node v owns entries [lo[v], hi[v]); its
	 * children are nodes first[v] .. first[v] + nkid[v] - 1.
	 */
	cap = lx->nent + 1024;
	lo = zp_xreallocarray(NULL, cap, sizeof(*lo));
	hi = zp_xreallocarray(NULL, cap, sizeof(*hi));
	first = zp_xreallocarray(NULL, cap, sizeof(*first));
	nkid = zp_xreallocarray(NULL, cap, sizeof(*nkid));
	cpv = zp_xreallocarray(NULL, cap, sizeof(*cpv));
	flv = zp_xreallocarray(NULL, cap, sizeof(*flv));
	lpv = zp_xreallocarray(NULL, cap, sizeof(*lpv));
	lo[0] = 0;
	hi[0] = (uint32_t)lx->nent;
	cpv[0] = 0;
	flv[0] = 0;
	lpv[0] = 0;
	nn = 1;
	for (v = 0; v < nn; v++) {
		uint32_t a = lo[v], b = hi[v];

		if (a < b && e[a].pos == e[a].len)
			a++; /* the word ending here: set by the parent */
		first[v] = (uint32_t)nn;
		nkid[v] = 0;
		while (a < b) {
			size_t l;
			int32_t cp = zp_utf8_decode(
			    e[a].w + e[a].pos, e[a].len - e[a].pos, &l);
			const char *key = e[a].w + e[a].pos;
			uint32_t c = a;

			/* Entries were validated; cp is never -1 here. */
			while (c < b && e[c].len - e[c].pos >= l &&
			    memcmp(e[c].w + e[c].pos, key, l) == 0) {
				e[c].pos += (uint32_t)l;
				c++;
			}
			if (nn == cap) {
				cap *= 2;
				lo = zp_xreallocarray(lo, cap, sizeof(*lo));
				hi = zp_xreallocarray(hi, cap, sizeof(*hi));
				first = zp_xreallocarray(
				    first, cap, sizeof(*first));
				nkid =
				    zp_xreallocarray(nkid, cap, sizeof(*nkid));
				cpv = zp_xreallocarray(cpv, cap, sizeof(*cpv));
				flv = zp_xreallocarray(flv, cap, sizeof(*flv));
				lpv = zp_xreallocarray(lpv, cap, sizeof(*lpv));
			}
			cpv[nn] = (uint32_t)cp;
			flv[nn] = 0;
			lpv[nn] = 0;
			if (e[a].pos == e[a].len) {
				flv[nn] = (uint8_t)(ZP_LEX_WORD |
				    (e[a].flags & 0x0f));
				lpv[nn] = (float)(log(e[a].freq) - logtotal);
			}
			lo[nn] = a;
			hi[nn] = c;
			nn++;
			nkid[v]++;
			a = c;
		}
	}
	free(lo);
	free(hi);

	/* Pass 2: table offsets, in breadth-first order. */
	toff = zp_xreallocarray(NULL, nn, sizeof(*toff));
	nslots = 0;
	for (v = 0; v < nn; v++) {
		toff[v] = nslots;
		if (nkid[v] > 0)
			nslots += (size_t)1 << table_bits(nkid[v]);
	}
	if (nslots >= ((size_t)1 << 22))
		zp_oom(); /* offsets are 22 bits */
	lx->slot = table_alloc((nslots + 1) * sizeof(*lx->slot));
	lx->nslots = nslots;
	lx->root = table_alloc(65536 * sizeof(*lx->root));

	/* Pass 3: every node's edge goes into its parent's table. */
	for (v = 0; v < nn; v++) {
		unsigned b = table_bits(nkid[v]);
		uint64_t *t = lx->slot + toff[v];
		uint32_t k, mask = ((uint32_t)1 << b) - 1;

		for (k = first[v]; k < first[v] + nkid[v]; k++) {
			float q = -lpv[k] * ZP_LEXEDGE_LOGP_SCALE + 0.5f;
			unsigned f = flv[k];
			uint64_t ed;
			uint32_t i;

			if (q < 0)
				q = 0;
			if (q > 4095)
				q = 4095;
			if (nkid[k] > 0)
				f |= ZP_LEX_KIDS;
			ed = cpv[k] | (uint64_t)f << 21 | (uint64_t)q << 25;
			if (nkid[k] > 0)
				ed |= (uint64_t)(table_bits(nkid[k]) + 1)
				        << 37 |
				    toff[k] << 42;
			for (i = zp_lexicon_hash(cpv[k], b); t[i] != 0;
			     i = (i + 1) & mask)
				;
			t[i] = ed;
			if (v == 0 && cpv[k] < 0x10000)
				lx->root[cpv[k]] = ed;
		}
	}
	lx->rootedge = nkid[0] > 0 ?
	    (uint64_t)(table_bits(nkid[0]) + 1) << 37 | toff[0] << 42 :
	    0;
	/* Never equal to a real edge, which has a code point or flags. */
	free(first);
	free(nkid);
	free(cpv);
	free(flv);
	free(lpv);
	free(toff);
	lx->nnodes = (uint32_t)nn;
	lx->nwords = lx->nent;
	lx->total = total;
	lx->minlogp = (float)-logtotal;
	lx->built = true;

	free(lx->ent);
	lx->ent = NULL;
	lx->nent = lx->capent = lx->nsorted = 0;
	for (i = 0; i < lx->nblocks; i++)
		free(lx->blocks[i]);
	free(lx->blocks);
	lx->blocks = NULL;
	lx->nblocks = 0;
}

bool
zp_lexicon_lookup(const struct zp_lexicon *lx, const char *s, size_t n,
    float *logp, unsigned *flags)
{
	uint64_t e;
	size_t i = 0, l;

	if (!lx->built || n == 0)
		return false;
	e = lx->rootedge;
	while (i < n) {
		int32_t cp = zp_utf8_decode(s + i, n - i, &l);

		if (cp < 0 || (e = zp_lexicon_next(lx, e, (uint32_t)cp)) == 0)
			return false;
		i += l;
	}
	if (!(zp_lexedge_flags(e) & ZP_LEX_WORD))
		return false;
	*logp = zp_lexedge_logp(e);
	*flags = zp_lexedge_flags(e);
	return true;
}
