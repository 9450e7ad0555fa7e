/*
 * gazetteer_csv -- the name lists' CSV files read into a gazetteer: one
 * file, a buffer, or a directory of *.csv in name order.  Plain lines (no
 * quotes) are split in place; quoted ones go through libcsv.  Every error
 * names the file and line.
 */
#include <csv.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "zhpipe/buf.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

#define MAXFIELDS 8

/* A field, NUL-terminated at len: in the text, or copied by libcsv. */
struct field {
	char *p;
	size_t len;
};

struct loader {
	struct zp_gazetteer *g;
	const char *path;
	unsigned long line;    /* physical line being fed */
	unsigned long recline; /* line where the current record started */
	unsigned long nrec;
	struct field field[MAXFIELDS];
	struct zp_buf copy[MAXFIELDS]; /* libcsv's fields */
	size_t nfield; /* may exceed MAXFIELDS: counted, not kept */
	/* The fields' code points: field i's from cpat[i] to cpat[i + 1] - 1. */
	uint32_t *cp;
	size_t cpcap, cpat[MAXFIELDS + 1];
	char *err;
	size_t errsize;
	bool failed;
};

static void
fail(struct loader *l, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (l->failed)
		return;
	l->failed = true;
	n = snprintf(l->err, l->errsize, "%s:%lu: ", l->path, l->recline);
	if (n < 0 || (size_t)n >= l->errsize)
		return;
	va_start(ap, fmt);
	vsnprintf(l->err + n, l->errsize - (size_t)n, fmt, ap);
	va_end(ap);
}

static void
on_field(void *s, size_t len, void *data)
{
	struct loader *l = data;

	if (l->nfield == 0)
		l->recline = l->line;
	if (l->nfield < MAXFIELDS) {
		struct zp_buf *b = &l->copy[l->nfield];

		zp_buf_clear(b);
		zp_buf_put(b, s, len);
		l->field[l->nfield].p = b->p;
		l->field[l->nfield].len = b->len;
	}
	l->nfield++;
}

static bool
is_header(struct loader *l)
{
	return l->nfield >= 3 && strcmp(l->field[0].p, "canonical") == 0 &&
	    strcmp(l->field[1].p, "type") == 0 &&
	    strcmp(l->field[2].p, "aliases") == 0;
}

/*
 * Decodes the field b to cp[*k..], moving *k past it, or returns false when
 * it is not valid UTF-8 without control characters.  Only bytes below 0x80
 * can be those, so the ideographs' three-byte sequences (leads E1-EC, which
 * have no overlong form or surrogate) are checked and decoded in place,
 * and anything else goes to zp_utf8_decode, whose code point of two or
 * more bytes is no control character when it is valid.  The NUL at p[len]
 * ends a short sequence: no length test for the three bytes.
 */
static bool
decode_clean(const struct field *b, uint32_t *cp, size_t *k)
{
	const unsigned char *u = (const unsigned char *)b->p;
	size_t i = 0, n = b->len, j = *k, l;

	while (i < n) {
		unsigned c = u[i];
		int32_t d;

		if (c - 0x20 < 0x7f - 0x20) {
			cp[j++] = c;
			i++;
		} else if (c - 0xE1 <= 0xEC - 0xE1 &&
		    (u[i + 1] & 0xC0) == 0x80 && (u[i + 2] & 0xC0) == 0x80) {
			cp[j++] = (c & 0x0F) << 12 | (u[i + 1] & 0x3Fu) << 6 |
			    (u[i + 2] & 0x3Fu);
			i += 3;
		} else {
			if (c < 0x80 ||
			    (d = zp_utf8_decode(b->p + i, n - i, &l)) < 0)
				return false;
			cp[j++] = (uint32_t)d;
			i += l;
		}
	}
	*k = j;
	return true;
}

static size_t
count_bars(const char *s)
{
	size_t n = 0;

	for (; *s != '\0'; s++)
		n += *s == '|';
	return n;
}

/* Room for n code points in l->cp, from its start. */
static uint32_t *
cp_room(struct loader *l, size_t n)
{
	if (l->cpcap < n) {
		l->cpcap = n > 2 * l->cpcap ? n : 2 * l->cpcap;
		free(l->cp);
		l->cp = zp_xreallocarray(NULL, l->cpcap, sizeof(*l->cp));
	}
	return l->cp;
}

/*
 * Takes the record of l->field[0..l->nfield), of which field bad is the
 * first that decode_clean refuses (SIZE_MAX: none).
 */
static void
record(struct loader *l, size_t bad)
{
	static const char *const names[] = { "canonical", "type", "aliases",
		"ticker", "exchange", "parent" };
	struct zp_gaz_cps al[257]; /* the canonical name, then the aliases */
	size_t nal = 1;
	const uint32_t *p, *bar, *end;
	int type;
	uint32_t idx;

	if (l->failed) {
		l->nfield = 0;
		return;
	}
	l->nrec++;
	if (l->nfield == 1 && l->field[0].len == 0) {
		l->nfield = 0; /* a line of spaces */
		return;
	}
	if (l->nrec == 1 && is_header(l)) {
		l->nfield = 0;
		return;
	}
	if (l->nfield < 3 || l->nfield > 6) {
		fail(l,
		    "expected 3 to 6 fields (canonical,type,aliases,"
		    "ticker,exchange,parent), got %zu",
		    l->nfield);
		return;
	}
	if (bad < l->nfield) {
		fail(l, "%s holds invalid UTF-8 or a control character",
		    names[bad]);
		return;
	}
	if (l->field[0].len == 0) {
		fail(l, "empty canonical name");
		return;
	}
	al[0].cp = l->cp + l->cpat[0];
	al[0].n = l->cpat[1] - 1 - l->cpat[0];
	if (al[0].n > ZP_GAZ_MAX_ALIAS) {
		fail(l, "canonical name longer than %d characters",
		    ZP_GAZ_MAX_ALIAS);
		return;
	}
	type = zp_gaz_type_parse(l->field[1].p);
	if (type < 0) {
		fail(l,
		    "unknown type \"%.20s\" (want ORG, PER, LOC or "
		    "PRODUCT)",
		    l->field[1].p);
		return;
	}
	p = l->cp + l->cpat[2];
	end = l->cp + l->cpat[3] - 1;
	if (p != end) {
		for (;;) {
			size_t n;

			for (bar = p; bar != end && *bar != '|'; bar++)
				;
			n = (size_t)(bar - p);
			if (n == 0) {
				fail(l, "empty alias");
				return;
			}
			if (n > ZP_GAZ_MAX_ALIAS) {
				fail(l, "alias longer than %d characters",
				    ZP_GAZ_MAX_ALIAS);
				return;
			}
			if (nal == sizeof(al) / sizeof(al[0])) {
				fail(l, "more than %zu aliases", nal - 1);
				return;
			}
			al[nal].cp = p;
			al[nal++].n = n;
			if (bar == end)
				break;
			p = bar + 1;
		}
	}
	if (l->nfield > 4 && l->field[4].len > 0 &&
	    count_bars(l->field[3].p) != count_bars(l->field[4].p)) {
		fail(l,
		    "ticker and exchange give different numbers of listings");
		return;
	}
	idx = zp_gaz_add_decoded(l->g, l->field[0].p, (enum zp_etype)type, al,
	    nal, l->nfield > 3 ? l->field[3].p : NULL,
	    l->nfield > 4 ? l->field[4].p : NULL);
	if (l->nfield > 5)
		zp_gaz_set_parent(l->g, idx, l->field[5].p);
	l->nfield = 0;
}

/* A record read by libcsv: its fields decoded as plain_line does. */
static void
on_record(int c, void *data)
{
	struct loader *l = data;
	size_t nf = l->nfield < MAXFIELDS ? l->nfield : MAXFIELDS;
	size_t bad = SIZE_MAX, n = 0, k = 0;
	uint32_t *cp;

	(void)c;
	for (size_t i = 0; i < nf; i++)
		n += l->field[i].len + 1;
	cp = cp_room(l, n);
	for (size_t i = 0; i < nf; i++) {
		if (!decode_clean(&l->field[i], cp, &k)) {
			bad = i;
			break;
		}
		cp[k++] = ',';
		l->cpat[i + 1] = k;
	}
	record(l, bad);
}

/*
 * Reads the line s[0..n) (without its newline) as libcsv would at the
 * start of a record, when that is plain: no quote, no carriage return and
 * no space or tab at either end of a field, which libcsv would trim.
 * Returns false, having read nothing, when the line is not so plain.
 * libcsv's state machine took a sixth of the start-up for lines that are
 * nearly all plain.  The fields stay where they are, each ended by a NUL
 * written over its comma or newline (s[n], which must be writable): a
 * copy of every field took a tenth.  One walk finds the commas and tells
 * the fields decode_clean would refuse, where a memchr for each kind of
 * byte and a check of every field read the line four times.
 */
static bool
plain_line(struct loader *l, char *s, size_t n)
{
	enum { MAXPLAIN = 16 }; /* more fields: libcsv, which counts them */
	const unsigned char *u = (const unsigned char *)s;
	size_t from[MAXFIELDS], to[MAXFIELDS], nf = 0, a = 0, i = 0, k = 0;
	size_t bad = SIZE_MAX, len;
	uint32_t *cp;
	int32_t c32;

	if (n == 0)
		return true; /* libcsv skips empty lines */
	cp = cp_room(l, n + 1);
	for (;;) {
		/*
		 * As decode_clean, with s[n] (a newline or NUL) for its NUL,
		 * and the code points for zp_gaz_add_decoded.  s[n], a
		 * control character, ends the line where the printable ones
		 * and the ideographs need no test of i.
		 */
		for (;;) {
			unsigned c = u[i];

			if (c - 0x20 < 0x7f - 0x20) {
				if (c == ',')
					break;
				if (c == '"')
					return false;
				cp[k++] = c;
				i++;
			} else if (c - 0xE1 <= 0xEC - 0xE1 &&
			    (u[i + 1] & 0xC0) == 0x80 &&
			    (u[i + 2] & 0xC0) == 0x80) {
				cp[k++] = (c & 0x0F) << 12 |
				    (u[i + 1] & 0x3Fu) << 6 |
				    (u[i + 2] & 0x3Fu);
				i += 3;
			} else if (i >= n) {
				break;
			} else if (c == '\r') {
				return false;
			} else {
				len = 1;
				c32 = c < 0x80 ?
				    -1 :
				    zp_utf8_decode(s + i, n - i, &len);
				if (c32 < 0 && bad == SIZE_MAX)
					bad = nf;
				cp[k++] = (uint32_t)c32;
				i += len;
			}
		}
		cp[k++] = ','; /* ends the field for cpat */
		if (nf == MAXPLAIN ||
		    (i > a &&
		        (s[a] == ' ' || s[a] == '\t' || s[i - 1] == ' ' ||
		            s[i - 1] == '\t')))
			return false;
		if (nf < MAXFIELDS) {
			from[nf] = a;
			to[nf] = i;
			l->cpat[nf + 1] = k;
		}
		nf++;
		if (i == n)
			break;
		a = ++i;
	}
	for (size_t f = 0; f < nf && f < MAXFIELDS; f++) {
		s[to[f]] = '\0';
		l->field[f].p = s + from[f];
		l->field[f].len = to[f] - from[f];
	}
	l->nfield = nf;
	record(l, bad);
	return true;
}

/* Loads text[0..len), which plain_line writes to, text[len] included. */
static int
load_text(struct zp_gazetteer *g, const char *path, char *text, size_t len,
    char *err, size_t errsize)
{
	struct csv_parser p;
	struct loader l = {
		.g = g, .path = path, .err = err, .errsize = errsize
	};
	size_t i = 0, e, quotes = 0;
	const char *nl;
	int rc = 0;

	if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
		zp_oom();
	csv_set_realloc_func(&p, zp_xrealloc);
	while (i < len && !l.failed) {
		nl = memchr(text + i, '\n', len - i);
		e = nl != NULL ? (size_t)(nl - text) + 1 : len;
		l.line++;
		if (l.nfield == 0)
			l.recline = l.line;
		/*
		 * libcsv is between records after a line when the quotes it
		 * has read are even: in strict mode any other quote is an
		 * error, and "" inside a quoted field counts two.
		 */
		if (quotes % 2 == 0 &&
		    plain_line(&l, text + i, e - i - (nl != NULL))) {
			i = e;
			continue;
		}
		for (size_t k = i; k < e; k++)
			quotes += text[k] == '"';
		if (csv_parse(&p, text + i, e - i, on_field, on_record, &l) !=
		    e - i) {
			fail(&l, "%s", csv_strerror(csv_error(&p)));
			break;
		}
		i = e;
	}
	if (!l.failed && csv_fini(&p, on_field, on_record, &l) != 0)
		fail(&l, "%s", csv_strerror(csv_error(&p)));
	csv_free(&p);
	for (size_t k = 0; k < MAXFIELDS; k++)
		zp_buf_free(&l.copy[k]);
	free(l.cp);
	if (l.failed)
		rc = -1;
	return rc;
}

int
zp_gaz_load_mem(struct zp_gazetteer *g, const char *name, const char *text,
    size_t len, char *err, size_t errsize)
{
	struct zp_buf b = ZP_BUF_INIT;
	int rc;

	if (memchr(text, '\0', len) != NULL) {
		snprintf(err, errsize, "%s: not a text file (NUL byte)", name);
		return -1;
	}
	zp_buf_put(&b, text, len);
	rc = load_text(g, name, b.p, b.len, err, errsize);
	zp_buf_free(&b);
	return rc;
}

int
zp_gaz_load_file(
    struct zp_gazetteer *g, const char *path, char *err, size_t errsize)
{
	struct zp_buf b = ZP_BUF_INIT;
	struct stat st;
	size_t n, room;
	FILE *f;
	int rc;

	f = fopen(path, "rb");
	if (f == NULL) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		return -1;
	}
	/* Read in one go when the size is known, with room to see the end. */
	if (fstat(fileno(f), &st) == 0 && S_ISREG(st.st_mode))
		zp_buf_reserve(&b, (size_t)st.st_size + 1);
	for (;;) {
		room = b.p != NULL ? b.cap - b.len - 1 : 0;
		if (room == 0) {
			zp_buf_reserve(&b, 65536);
			room = b.cap - b.len - 1;
		}
		n = fread(b.p + b.len, 1, room, f);
		b.len += n;
		b.p[b.len] = '\0';
		if (n < room)
			break;
	}
	if (ferror(f)) {
		snprintf(err, errsize, "%s: %s", path, strerror(errno));
		fclose(f);
		zp_buf_free(&b);
		return -1;
	}
	fclose(f);
	if (memchr(b.p, '\0', b.len) != NULL) {
		snprintf(err, errsize, "%s: not a text file (NUL byte)", path);
		zp_buf_free(&b);
		return -1;
	}
	rc = load_text(g, path, b.p, b.len, err, errsize);
	zp_buf_free(&b);
	return rc;
}

static int
cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int
zp_gaz_load_dir(
    struct zp_gazetteer *g, const char *dir, char *err, size_t errsize)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, cap = 0, l;
	int rc = 0;

	if (d == NULL) {
		snprintf(err, errsize, "%s: %s", dir, strerror(errno));
		return -1;
	}
	while ((de = readdir(d)) != NULL) {
		l = strlen(de->d_name);
		if (l < 5 || de->d_name[0] == '.' ||
		    strcmp(de->d_name + l - 4, ".csv") != 0)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 16;
			names = zp_xreallocarray(names, cap, sizeof(*names));
		}
		names[n++] = zp_xstrdup(de->d_name);
	}
	closedir(d);
	if (n > 0)
		qsort(names, n, sizeof(*names), cmp_str);
	for (size_t i = 0; i < n; i++) {
		struct zp_buf path = ZP_BUF_INIT;

		zp_buf_printf(&path, "%s/%s", dir, names[i]);
		if (rc >= 0 && zp_gaz_load_file(g, path.p, err, errsize) != 0)
			rc = -1;
		else if (rc >= 0)
			rc++;
		zp_buf_free(&path);
		free(names[i]);
	}
	free(names);
	return rc;
}
