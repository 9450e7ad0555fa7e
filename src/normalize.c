/*
 * normalize -- turns raw dumps (one document per line, paragraphs, JSON
 * Lines, WARC/WET; gzip or not; UTF-8 or a legacy Chinese encoding) into
 * clean document records {"id","text",...}, dropping site chrome and, on
 * request, exact duplicates.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/arc.h"
#include "zhpipe/boiler.h"
#include "zhpipe/cli.h"
#include "zhpipe/docdate.h"
#include "zhpipe/encoding.h"
#include "zhpipe/err.h"
#include "zhpipe/html.h"
#include "zhpipe/record.h"
#include "zhpipe/textclean.h"
#include "zhpipe/utf8.h"
#include "zhpipe/warc.h"
#include "zhpipe/xalloc.h"

enum {
	OPT_FROM = ZP_OPT_FIRST_TOOL,
	OPT_ENCODING,
	OPT_SIMPLIFIED,
	OPT_TRADITIONAL,
	OPT_FORM,
	OPT_KEEP_ALL,
	OPT_MIN_CHARS,
	OPT_DROP,
	OPT_DEDUPE,
	OPT_DATE,
	OPT_VERBOSE
};

static const struct option longopts[] = { ZP_COMMON_LONGOPTS,
	{ "from", required_argument, NULL, OPT_FROM },
	{ "encoding", required_argument, NULL, OPT_ENCODING },
	{ "simplified", no_argument, NULL, OPT_SIMPLIFIED },
	{ "traditional", no_argument, NULL, OPT_TRADITIONAL },
	{ "form", required_argument, NULL, OPT_FORM },
	{ "keep-all", no_argument, NULL, OPT_KEEP_ALL },
	{ "min-chars", required_argument, NULL, OPT_MIN_CHARS },
	{ "drop", required_argument, NULL, OPT_DROP },
	{ "dedupe", no_argument, NULL, OPT_DEDUPE },
	{ "date", required_argument, NULL, OPT_DATE },
	{ "verbose", no_argument, NULL, OPT_VERBOSE }, { NULL, 0, NULL, 0 } };

#define MIN_CHARS_DEFAULT 20

enum mode { FROM_LINES, FROM_PARAGRAPHS, FROM_JSONL, FROM_WARC, FROM_ARC };

#define NRKINDS 8

struct ctx {
	enum mode mode;
	const char *encoding; /* canonical, or "auto" */
	bool keep_all, dedupe, verbose;
	const char *date;
	struct zp_ymd ref;     /* --date, or y == 0 */
	struct zp_ymd lastmod; /* of the current HTTP response, or y == 0 */
	struct zp_reader_opts ropts;
	FILE *rejects;
	struct zp_cleaner *cleaner;
	struct zp_boiler *boiler;
	struct zp_hashset seen;
	struct zp_recout out;
	struct zp_buf clean, line, id, page, html, title, tmp, http, fallback;
	struct zp_convcache conv;
	unsigned long invalid; /* in the current file */
	/* --verbose counters */
	unsigned long docs, written, dropped[5], dups, rejected;
	/* archive records by type (enum rkind), non-text ones, bad ones */
	unsigned long records[NRKINDS], nontext, badrec;
};

static void
usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n", zp_prog());
	fputs(
	    "Turn raw text dumps into clean JSON Lines document records\n"
	    "{\"id\",\"text\",...}: decode, normalize (NFKC), drop site "
	    "chrome.\n"
	    "\n"
	    "      --from=MODE        lines (default: one document per line),\n"
	    "                         paragraphs (documents separated by blank "
	    "lines),\n"
	    "                         jsonl (records with a \"text\" field; "
	    "other fields\n"
	    "                         are kept), warc (WARC/WET: conversion, "
	    "response\n"
	    "                         and text resource records; HTML reduced "
	    "to text),\n"
	    "                         arc (ARC v1 and v2 files; id "
	    "FILE:OFFSET)\n"
	    "      --encoding=ENC     auto (default: UTF-8 when valid, else "
	    "detected),\n"
	    "                         utf-8, gb18030, gbk, big5, utf-16, or "
	    "any ICU\n"
	    "                         converter name; a decoded input gets an\n"
	    "                         \"encoding\" field\n"
	    "      --simplified       convert Traditional to Simplified "
	    "Chinese\n"
	    "      --traditional      convert Simplified to Traditional "
	    "Chinese (offsets\n"
	    "                         stay: one character for one)\n"
	    "      --form=FORM        nfkc (default) or nfc (keeps full-width "
	    "and other\n"
	    "                         compatibility characters)\n"
	    "      --keep-all         keep boilerplate (site chrome) "
	    "documents\n"
	    "      --min-chars=N      a document of fewer than N characters "
	    "without\n"
	    "                         sentence-ending punctuation is chrome "
	    "(default 20;\n"
	    "                         so are menus: runs of short items "
	    "without it;\n"
	    "                         chrome phrases count under 4N; 0 turns "
	    "all three\n"
	    "                         rules off)\n"
	    "      --drop=FILE        also drop documents matching any of the "
	    "ICU\n"
	    "                         regular expressions in FILE, one per "
	    "line\n"
	    "      --dedupe           drop exact duplicates of a cleaned text "
	    "(memory\n"
	    "                         grows by 16 bytes per distinct "
	    "document)\n"
	    "      --date=YYYY-MM-DD  the date of documents without one of "
	    "their "
	    "own, in\n"
	    "                         their URL or in a dateline at the top of "
	    "the text\n"
	    "      --verbose          report counts of documents read, written "
	    "and\n"
	    "                         dropped on standard error (warc, arc: "
	    "and of\n"
	    "                         records by type)\n",
	    stdout);
	fputs(zp_common_help, stdout);
	fputs("\n"
	      "A document without a date of its own takes one from its URL, "
	      "a dateline or\n"
	      "--date, and \"date_source\" says which: \"url\", \"dateline\", "
	      "\"option\";\n"
	      "\"http\" marks an HTTP Last-Modified date, taken over an "
	      "earlier WARC-Date.\n",
	    stdout);
}

/* The id prefix of a file: its base name without ".gz"; stdin is "stdin". */
static void
base_name(const char *path, struct zp_buf *out)
{
	const char *slash = strrchr(path, '/');
	const char *b = slash != NULL ? slash + 1 : path;
	size_t n = strlen(b);

	zp_buf_clear(out);
	if (strcmp(path, "-") == 0 || strcmp(path, "<stdin>") == 0) {
		zp_buf_puts(out, "stdin");
		return;
	}
	if (n > 3 && strcmp(b + n - 3, ".gz") == 0)
		n -= 3;
	zp_buf_put(out, b, n);
}

/* Reports a bad document of the raw modes and counts it. */
static void
reject(struct ctx *c, const char *where, const char *raw, size_t rawlen,
    const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	zp_warn("%s: %s", where, msg);
	c->rejected++;
	zp_status_raise(ZP_EXIT_REJECTS);
	if (c->rejects != NULL && raw != NULL) {
		fwrite(raw, 1, rawlen, c->rejects);
		putc('\n', c->rejects);
		if (ferror(c->rejects))
			zp_die(ZP_EXIT_TROUBLE, "%s: write error",
			    c->ropts.rejects);
	}
	if (c->ropts.strict) {
		zp_out_flush();
		zp_die(ZP_EXIT_REJECTS,
		    "stopping at the first bad record "
		    "(--strict)");
	}
}

/* U+FFFD making up more than half of the text: not a document. */
static bool
mostly_invalid(const struct zp_clean_stats *st, const struct zp_buf *t)
{
	return st->fffd > 0 && st->fffd * 2 > zp_utf8_count(t->p, t->len);
}

/* Boilerplate and duplicate checks on c->clean; true to write it. */
static bool
wanted(struct ctx *c)
{
	if (!c->keep_all) {
		enum zp_boil v =
		    zp_boiler_check(c->boiler, c->clean.p, c->clean.len);

		if (v != ZP_BOIL_KEEP) {
			c->dropped[v]++;
			return false;
		}
	}
	if (c->dedupe &&
	    !zp_hashset_add(&c->seen, zp_hash64(c->clean.p, c->clean.len))) {
		c->dups++;
		return false;
	}
	return true;
}

struct meta {
	const char *id;
	size_t idlen;
	const char *url, *date, *date_source, *title, *encoding;
	char datebuf[11];
};

/*
 * The date of a document whose record has none of its own, into m, in the
 * order of DESIGN.md: a full date in its URL, a dateline at the top of its
 * text (c->clean), then --date.  A dateline without a year takes the year
 * of a year-month in the URL when the months agree; else, without a
 * year-month in the URL, the year that puts it on or before --date; else
 * it gives no date.
 */
static void
infer_date(const struct ctx *c, const char *url, size_t ulen, struct meta *m)
{
	struct zp_ymd u = { 0, 0, 0 }, d;
	int ur = url != NULL ? zp_docdate_url(url, ulen, &u) : 0;

	if (ur == 2) {
		zp_ymd_format(&u, m->datebuf);
		m->date = m->datebuf;
		m->date_source = "url";
		return;
	}
	if (zp_docdate_dateline(c->clean.p, c->clean.len, &d)) {
		if (d.y == 0 && ur == 1 && u.m == d.m &&
		    zp_ymd_plausible(u.y, d.m, d.d))
			d.y = u.y;
		if (d.y != 0 ||
		    (ur == 0 && c->ref.y != 0 &&
		        zp_ymd_settle_year(&d, &c->ref))) {
			zp_ymd_format(&d, m->datebuf);
			m->date = m->datebuf;
			m->date_source = "dateline";
			return;
		}
	}
	if (c->date != NULL) {
		m->date = c->date;
		m->date_source = "option";
	}
}

static void
write_doc(struct ctx *c, const struct meta *m)
{
	zp_recout_begin(&c->out, NULL);
	zp_recout_str(&c->out, "id", m->id, m->idlen);
	zp_recout_str(&c->out, "text", c->clean.p, c->clean.len);
	if (m->url != NULL)
		zp_recout_str(&c->out, "url", m->url, strlen(m->url));
	if (m->date != NULL)
		zp_recout_str(&c->out, "date", m->date, strlen(m->date));
	if (m->date_source != NULL)
		zp_recout_str(&c->out, "date_source", m->date_source,
		    strlen(m->date_source));
	if (m->title != NULL)
		zp_recout_str(&c->out, "title", m->title, strlen(m->title));
	if (m->encoding != NULL)
		zp_recout_str(
		    &c->out, "encoding", m->encoding, strlen(m->encoding));
	zp_recout_emit(&c->out);
	c->written++;
}

/* One document of the lines and paragraphs modes. */
static void
text_doc(struct ctx *c, const char *name, const char *base,
    unsigned long lineno, const char *s, size_t n, const char *enc)
{
	struct zp_clean_stats st;
	struct meta m = { 0 };

	zp_clean(c->cleaner, s, n, &c->clean, &st);
	c->invalid += st.invalid;
	if (c->clean.len == 0)
		return;
	c->docs++;
	if (mostly_invalid(&st, &c->clean)) {
		zp_buf_clear(&c->tmp);
		zp_buf_printf(&c->tmp, "%s:%lu", name, lineno);
		reject(c, c->tmp.p, s, n,
		    "mostly invalid characters (%zu "
		    "U+FFFD); skipped",
		    st.fffd);
		return;
	}
	if (!wanted(c))
		return;
	zp_buf_clear(&c->id);
	zp_buf_printf(&c->id, "%s:%lu", base, lineno);
	m.id = c->id.p;
	m.idlen = c->id.len;
	infer_date(c, NULL, 0, &m);
	m.encoding = enc;
	write_doc(c, &m);
}

static bool
blank_line(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' ||
		    s[i] == '\f' || s[i] == '\v')
			continue;
		/* U+3000 and U+00A0 */
		if (i + 2 < n && memcmp(s + i, "\xE3\x80\x80", 3) == 0) {
			i += 2;
			continue;
		}
		if (i + 1 < n && memcmp(s + i, "\xC2\xA0", 2) == 0) {
			i++;
			continue;
		}
		return false;
	}
	return true;
}

static void
summary(struct ctx *c, const char *name, unsigned long extra)
{
	unsigned long n = c->invalid + extra;

	if (n > 0)
		zp_warn("%s: %lu invalid byte sequence%s replaced by U+FFFD",
		    name, n, n == 1 ? "" : "s");
	c->invalid = 0;
}

/* --from lines and --from paragraphs over one operand. */
static void
read_text_file(struct ctx *c, const char *path)
{
	struct zp_source *src;
	struct zp_decoder *dec;
	struct zp_lines *lines;
	enum zp_line_status st;
	const char *name, *err;
	char msg[160], base[256];
	char *line;
	size_t len;
	unsigned long para_line = 0;
	bool para_skip = false;
	struct zp_buf b = ZP_BUF_INIT;

	src = zp_source_open_warn(path);
	if (src == NULL)
		return;
	name = zp_source_name(src);
	base_name(path, &b);
	snprintf(base, sizeof(base), "%s", b.p);
	zp_buf_free(&b);
	dec = zp_decoder_new(src, c->encoding, msg, sizeof(msg));
	if (dec == NULL) {
		/* Not expected: the name was checked with the options. */
		zp_warn_trouble("%s: %s", name, msg);
		zp_source_close(src);
		return;
	}
	lines = zp_lines_new(zp_decoder_source(dec), c->ropts.max_record);
	zp_buf_clear(&c->page);
	for (;;) {
		st = zp_lines_next(lines, &line, &len, &err);
		if (st == ZP_LINE_EOF)
			break;
		if (st == ZP_LINE_ERROR) {
			zp_warn_trouble("%s: %s", name, err);
			break;
		}
		if (st == ZP_LINE_TOO_LONG) {
			zp_buf_clear(&c->tmp);
			zp_buf_printf(
			    &c->tmp, "%s:%lu", name, zp_lines_lineno(lines));
			reject(c, c->tmp.p, NULL, 0,
			    "line of %zu bytes "
			    "exceeds --max-record-bytes=%zu; skipped",
			    len, c->ropts.max_record);
			if (c->mode == FROM_PARAGRAPHS) {
				zp_buf_clear(&c->page);
				para_skip = true;
			}
			continue;
		}
		if (c->mode == FROM_LINES) {
			if (!blank_line(line, len))
				text_doc(c, name, base, zp_lines_lineno(lines),
				    line, len, zp_decoder_encoding(dec));
			continue;
		}
		if (blank_line(line, len)) {
			if (c->page.len > 0)
				text_doc(c, name, base, para_line, c->page.p,
				    c->page.len, zp_decoder_encoding(dec));
			zp_buf_clear(&c->page);
			para_skip = false;
			continue;
		}
		if (para_skip)
			continue;
		if (c->page.len == 0)
			para_line = zp_lines_lineno(lines);
		else
			zp_buf_putc(&c->page, '\n');
		if (c->page.len + len > c->ropts.max_record) {
			zp_buf_clear(&c->tmp);
			zp_buf_printf(&c->tmp, "%s:%lu", name, para_line);
			reject(c, c->tmp.p, NULL, 0,
			    "paragraph exceeds "
			    "--max-record-bytes=%zu; skipped",
			    c->ropts.max_record);
			zp_buf_clear(&c->page);
			para_skip = true;
			continue;
		}
		zp_buf_put(&c->page, line, len);
	}
	/* A paragraph cut by a read error is not written. */
	if (st == ZP_LINE_EOF && c->page.len > 0)
		text_doc(c, name, base, para_line, c->page.p, c->page.len,
		    zp_decoder_encoding(dec));
	zp_buf_clear(&c->page);
	summary(c, name, zp_decoder_invalid(dec));
	zp_lines_free(lines);
	zp_decoder_free(dec);
	zp_source_close(src);
}

/* The inferred date of a JSON Lines record without a "date" field. */
static void
jsonl_date(struct ctx *c, struct zp_json *j)
{
	struct meta m = { 0 };
	uint32_t t = zp_json_get(j, 0, "url");
	const char *url = NULL;
	size_t ulen = 0;

	if (t != ZP_JSON_NONE && zp_json_type(j, t) == ZP_JSTRING)
		url = zp_json_str(j, t, &ulen);
	infer_date(c, url, ulen, &m);
	if (m.date == NULL)
		return;
	zp_recout_str(&c->out, "date", m.date, strlen(m.date));
	zp_recout_str(
	    &c->out, "date_source", m.date_source, strlen(m.date_source));
}

/* --from jsonl: every operand through the record reader. */
static void
read_jsonl(struct ctx *c, int nfiles, char **files)
{
	struct zp_reader *r = zp_reader_open(nfiles, files, &c->ropts);
	struct zp_clean_stats st;
	struct zp_json *j;
	const char *s;
	size_t n;
	int has_text;

	while ((j = zp_reader_next(r)) != NULL) {
		has_text = zp_reader_text(r, j, &c->out, &s, &n);
		if (has_text < 0)
			c->rejected++;
		if (has_text <= 0)
			continue;
		zp_clean(c->cleaner, s, n, &c->clean, &st);
		if (c->clean.len == 0)
			continue;
		c->docs++;
		if (mostly_invalid(&st, &c->clean)) {
			zp_reject(r,
			    "mostly invalid characters (%zu U+FFFD); "
			    "skipped",
			    st.fffd);
			c->rejected++;
			continue;
		}
		if (!wanted(c))
			continue;
		zp_recout_begin(&c->out, j);
		if (zp_json_get(j, 0, "id") == ZP_JSON_NONE) {
			base_name(zp_reader_file(r), &c->tmp);
			zp_buf_clear(&c->id);
			zp_buf_printf(
			    &c->id, "%s:%lu", c->tmp.p, zp_reader_lineno(r));
			zp_recout_str(&c->out, "id", c->id.p, c->id.len);
		}
		zp_recout_str(&c->out, "text", c->clean.p, c->clean.len);
		if (zp_json_get(j, 0, "date") == ZP_JSON_NONE)
			jsonl_date(c, j);
		zp_recout_emit(&c->out);
		c->written++;
	}
	zp_reader_close(r);
}

/* Maps a declared charset to the converter to use, or NULL if unknown. */
static const char *
declared_encoding(const char *cs)
{
	/* As browsers do: GB2312 and GBK labels mean their superset. */
	if (strcmp(cs, "gb2312") == 0 || strcmp(cs, "gbk") == 0 ||
	    strcmp(cs, "x-gbk") == 0 || strcmp(cs, "gb_2312-80") == 0)
		return "gb18030";
	if (strcmp(cs, "utf8") == 0)
		return "utf-8";
	return zp_encoding_canon(cs);
}

static bool
text_mime(const char *ct)
{
	return strncasecmp(ct, "text/html", 9) == 0 ||
	    strncasecmp(ct, "application/xhtml", 17) == 0 ||
	    strncasecmp(ct, "text/plain", 10) == 0;
}

/*
 * Cleans the lines of a page (HTML text or a WET block) one by one,
 * dropping the chrome lines, into c->clean.
 */
static void
clean_page(struct ctx *c, const char *s, size_t n, struct zp_clean_stats *st)
{
	const char *p = s, *end = s + n, *nl;
	struct zp_clean_stats ls;

	st->invalid = st->fffd = 0;
	zp_buf_clear(&c->tmp);
	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		if (nl == NULL)
			nl = end;
		zp_clean(c->cleaner, p, (size_t)(nl - p), &c->line, &ls);
		p = nl + 1;
		st->invalid += ls.invalid;
		if (c->line.len == 0)
			continue;
		if (!c->keep_all &&
		    zp_boiler_check(c->boiler, c->line.p, c->line.len) !=
		        ZP_BOIL_KEEP)
			continue;
		st->fffd += ls.fffd;
		if (c->tmp.len > 0)
			zp_buf_putc(&c->tmp, ' ');
		zp_buf_put(&c->tmp, c->line.p, c->line.len);
	}
	zp_buf_clear(&c->clean);
	zp_buf_put(&c->clean, c->tmp.p, c->tmp.len);
}

/* The record types --verbose counts, WARC's names (ARC maps onto them). */
enum rkind {
	RK_CONVERSION,
	RK_RESPONSE,
	RK_RESOURCE,
	RK_REVISIT,
	RK_REQUEST,
	RK_METADATA,
	RK_WARCINFO,
	RK_OTHER
};

_Static_assert(RK_OTHER + 1 == NRKINDS, "NRKINDS counts enum rkind");

static const char *const rkind_names[NRKINDS] = { "conversion", "response",
	"resource", "revisit", "request", "metadata", "warcinfo", "other" };

/* How a record's block holds its document. */
enum block {
	BLOCK_TEXT,   /* the text itself (WARC conversion) */
	BLOCK_HTTP,   /* an HTTP response (WARC response, ARC) */
	BLOCK_PAYLOAD /* the payload, typed by the record (WARC resource) */
};

/* One archive record that may hold a document, WARC or ARC alike. */
struct webrec {
	enum block block;
	const char *ctype; /* the record's content type, or NULL */
	const char *body;
	size_t len;
	const char *id;       /* a record id ("<...>" or not), or NULL */
	const char *fallback; /* the id when there is no usable one */
	const char *url;      /* or NULL */
	char date[11];        /* YYYY-MM-DD as the record says, or "" */
	unsigned long long offset;
};

/* The Last-Modified date of HTTP headers h[0..n) into c->lastmod. */
static void
last_modified(struct ctx *c, const char *h, size_t n)
{
	char v[64];

	if (zp_http_header(h, n, "Last-Modified", v, sizeof(v)) == NULL ||
	    !zp_docdate_http(v, &c->lastmod))
		c->lastmod.y = 0;
}

/*
 * The payload of r's block into *payload and *plen, its content type into
 * *ct (ctbuf holds it when it comes from HTTP headers), whether it is HTML
 * into *html.  Returns 1 for a text payload, 0 for a record that holds none
 * (not HTTP, not text), -1 for a bad HTTP payload (reported).
 */
static int
web_payload(struct ctx *c, const struct webrec *r, const char *where,
    const char **payload, size_t *plen, const char **ct, char *ctbuf,
    size_t ctsize, bool *html)
{
	long hl;
	int rc;

	*payload = r->body;
	*plen = r->len;
	*ct = r->ctype;
	*html = false;
	c->lastmod.y = 0;
	if (r->block == BLOCK_TEXT)
		return 1;
	if (r->block == BLOCK_PAYLOAD) {
		if (r->ctype == NULL || !text_mime(r->ctype))
			return 0;
		*html = strncasecmp(r->ctype, "text/plain", 10) != 0;
		return 1;
	}
	hl = zp_http_split(r->body, r->len, payload, plen);
	if (hl < 0)
		return 0; /* not HTTP (dns:, ftp...) */
	*ct =
	    zp_http_header(r->body, (size_t)hl, "Content-Type", ctbuf, ctsize);
	if (*ct != NULL && !text_mime(*ct))
		return 0; /* images, PDF...: not text */
	last_modified(c, r->body, (size_t)hl);
	zp_buf_clear(&c->http);
	rc = zp_http_payload(r->body, (size_t)hl, *payload, *plen,
	    c->ropts.max_record, &c->http);
	if (rc < 0) {
		c->docs++;
		reject(c, where, NULL, 0,
		    "bad HTTP payload (chunked "
		    "or compressed); skipped");
		return -1;
	}
	if (rc > 0) {
		*payload = c->http.p;
		*plen = c->http.len;
	}
	*html = *ct == NULL || strncasecmp(*ct, "text/plain", 10) != 0;
	return 1;
}

/* The id of r's document into c->id: its own when usable, else fallback. */
static void
web_id(struct ctx *c, const struct webrec *r)
{
	zp_buf_clear(&c->id);
	if (r->id != NULL) {
		const char *id = r->id;
		size_t k = strlen(id);

		if (k >= 2 && id[0] == '<' && id[k - 1] == '>') {
			id++;
			k -= 2;
		}
		zp_buf_put(&c->id, id, k);
	} else {
		zp_buf_puts(&c->id, r->fallback);
	}
	if (!zp_utf8_valid(c->id.p, c->id.len)) {
		zp_buf_clear(&c->id);
		zp_buf_puts(&c->id, r->fallback);
	}
}

/*
 * The date of an archive record's document into m: HTTP Last-Modified
 * when the response has one no later than the record's date (the server's
 * own date of the content is nearer its publication than the crawl is; a
 * later one is a wrong clock), else the record's date (WARC-Date, the ARC
 * date), else what infer_date finds.
 */
static void
web_date(struct ctx *c, const struct webrec *r, struct meta *m)
{
	struct zp_ymd rd;
	bool has = zp_ymd_parse_iso(r->date, strlen(r->date), &rd);

	if (c->lastmod.y != 0 && (!has || zp_ymd_cmp(&c->lastmod, &rd) <= 0)) {
		zp_ymd_format(&c->lastmod, m->datebuf);
		m->date = m->datebuf;
		m->date_source = "http";
	} else if (has) {
		m->date = r->date;
	} else {
		infer_date(c, m->url, m->url != NULL ? strlen(m->url) : 0, m);
	}
}

/*
 * The one mapping from an archive record to a document record, for WARC
 * and ARC: payload, encoding (--encoding, a declared charset, detection),
 * HTML to text, cleaning, checks, then the record written.
 */
static void
web_doc(struct ctx *c, const char *name, const struct webrec *r)
{
	const char *payload, *enc = NULL, *hdr_ct;
	size_t plen;
	bool html;
	char cs[48], ct[128], where[512];
	struct zp_clean_stats st;
	struct meta m = { 0 };
	unsigned long bad = 0;
	int rc;

	snprintf(where, sizeof(where), "%s: byte %llu", name, r->offset);
	rc = web_payload(
	    c, r, where, &payload, &plen, &hdr_ct, ct, sizeof(ct), &html);
	if (rc == 0)
		c->nontext++;
	if (rc <= 0)
		return;
	c->docs++;
	/* Which encoding: --encoding, then a declared charset, then auto. */
	if (strcmp(c->encoding, "auto") != 0)
		enc = c->encoding;
	if (enc == NULL && hdr_ct != NULL &&
	    zp_find_charset(hdr_ct, strlen(hdr_ct), cs, sizeof(cs)) != NULL)
		enc = declared_encoding(cs);
	if (enc == NULL && html &&
	    zp_find_charset(
	        payload, plen < 4096 ? plen : 4096, cs, sizeof(cs)) != NULL)
		enc = declared_encoding(cs);
	if (enc == NULL)
		enc = zp_encoding_detect(payload, plen, false);
	if (strcmp(enc, "utf-8") != 0 && strcmp(enc, "utf-16") != 0) {
		zp_buf_clear(&c->page);
		if (zp_decode_buf(
		        &c->conv, enc, payload, plen, &c->page, &bad) == 0) {
			payload = c->page.p;
			plen = c->page.len;
			m.encoding = enc;
		}
	}
	zp_buf_clear(&c->title);
	if (html) {
		zp_buf_clear(&c->html);
		zp_html_text(payload, plen, &c->html, &c->title);
		payload = c->html.p;
		plen = c->html.len;
	}
	clean_page(c, payload, plen, &st);
	c->invalid += st.invalid + bad;
	if (c->clean.len == 0) {
		c->dropped[ZP_BOIL_SHORT]++;
		return;
	}
	if (mostly_invalid(&st, &c->clean)) {
		reject(c, where, NULL, 0,
		    "mostly invalid characters (%zu "
		    "U+FFFD); skipped",
		    st.fffd);
		return;
	}
	if (!wanted(c))
		return;
	web_id(c, r);
	m.id = c->id.p;
	m.idlen = c->id.len;
	if (r->url != NULL && zp_utf8_valid(r->url, strlen(r->url)))
		m.url = r->url;
	web_date(c, r, &m);
	if (c->title.len > 0) {
		zp_clean(c->cleaner, c->title.p, c->title.len, &c->line, NULL);
		if (c->line.len > 0)
			m.title = c->line.p;
	}
	write_doc(c, &m);
}

static enum rkind
warc_kind(const char *type)
{
	int k;

	for (k = 0; k < RK_OTHER; k++)
		if (strcmp(type, rkind_names[k]) == 0)
			return (enum rkind)k;
	return RK_OTHER;
}

/*
 * A WARC record: conversion, response and resource records may hold a
 * document; the others are only counted (a revisit points at content
 * written earlier).
 */
static void
warc_record(struct ctx *c, const char *name, const char *base,
    unsigned long recno, const struct zp_warc_record *rec)
{
	struct webrec r = { 0 };
	enum rkind k = warc_kind(rec->type);
	c->records[k]++;
	if (k == RK_CONVERSION)
		r.block = BLOCK_TEXT;
	else if (k == RK_RESPONSE)
		r.block = BLOCK_HTTP;
	else if (k == RK_RESOURCE)
		r.block = BLOCK_PAYLOAD;
	else
		return;
	zp_buf_clear(&c->fallback);
	zp_buf_printf(&c->fallback, "%s:%lu", base, recno);
	r.ctype = rec->content_type;
	r.body = rec->body;
	r.len = rec->body_len;
	r.id = rec->id;
	r.fallback = c->fallback.p;
	r.url = rec->uri;
	if (rec->date != NULL && strlen(rec->date) >= 10)
		memcpy(r.date, rec->date, 10);
	r.offset = rec->offset;
	web_doc(c, name, &r);
}

/*
 * An ARC record: the version block counts as warcinfo, every other record
 * as a response, its body an HTTP response or (dns:, ftp:, early crawls)
 * the payload typed by the header line.  The id is FILE:OFFSET.
 */
static void
arc_record(struct ctx *c, const char *name, const char *base,
    const struct zp_arc_record *rec)
{
	struct webrec r = { 0 };

	if (rec->version_block) {
		c->records[RK_WARCINFO]++;
		return;
	}
	c->records[RK_RESPONSE]++;
	r.block = rec->body_len >= 5 && memcmp(rec->body, "HTTP/", 5) == 0 ?
	    BLOCK_HTTP :
	    BLOCK_PAYLOAD;
	zp_buf_clear(&c->fallback);
	zp_buf_printf(&c->fallback, "%s:%llu", base, rec->offset);
	r.ctype = rec->content_type;
	r.body = rec->body;
	r.len = rec->body_len;
	r.fallback = c->fallback.p;
	r.url = rec->url;
	snprintf(r.date, sizeof(r.date), "%.4s-%.2s-%.2s", rec->date,
	    rec->date + 4, rec->date + 6);
	r.offset = rec->offset;
	web_doc(c, name, &r);
}

_Static_assert(ZP_ARC_BAD == (int)ZP_WARC_BAD &&
        ZP_ARC_EOF == (int)ZP_WARC_EOF &&
        ZP_ARC_READ_ERROR == (int)ZP_WARC_READ_ERROR,
    "the two readers' statuses agree");

/* --from warc and --from arc over one operand. */
static void
read_archive_file(struct ctx *c, const char *path)
{
	bool arc = c->mode == FROM_ARC;
	struct zp_source *src;
	struct zp_warc *w = NULL;
	struct zp_arc *a = NULL;
	struct zp_warc_record wrec;
	struct zp_arc_record arec;
	const char *name, *err;
	unsigned long recno = 0;
	unsigned long long at;
	struct zp_buf base = ZP_BUF_INIT;
	int st;

	src = zp_source_open_warn(path);
	if (src == NULL)
		return;
	name = zp_source_name(src);
	base_name(path, &base);
	if (arc)
		a = zp_arc_new(src, c->ropts.max_record);
	else
		w = zp_warc_new(src, c->ropts.max_record);
	for (;;) {
		st = arc ? (int)zp_arc_next(a, &arec, &err) :
		           (int)zp_warc_next(w, &wrec, &err);
		at = arc ? arec.offset : wrec.offset;
		if (st == ZP_WARC_EOF)
			break;
		recno++;
		if (st == ZP_WARC_READ_ERROR) {
			zp_warn_trouble("%s: %s", name, err);
			break;
		}
		if (st == ZP_WARC_BAD) {
			c->badrec++;
			zp_buf_clear(&c->tmp);
			zp_buf_printf(&c->tmp, "%s: byte %llu", name, at);
			reject(c, c->tmp.p, NULL, 0, "bad %s record: %s",
			    arc ? "ARC" : "WARC", err);
			continue;
		}
		if (arc)
			arc_record(c, name, base.p, &arec);
		else
			warc_record(c, name, base.p, recno, &wrec);
	}
	summary(c, name, 0);
	zp_arc_free(a);
	zp_warc_free(w);
	zp_source_close(src);
	zp_buf_free(&base);
}

/*
 * --verbose: the archive modes' records by type, then the documents read,
 * written, dropped and rejected.
 */
static void
verbose_report(const struct ctx *c)
{
	if (c->mode == FROM_WARC || c->mode == FROM_ARC) {
		struct zp_buf b = ZP_BUF_INIT;
		unsigned long total = c->badrec;
		int k;

		for (k = 0; k < NRKINDS; k++) {
			total += c->records[k];
			zp_buf_printf(&b, "%s%lu %s", k > 0 ? ", " : "",
			    c->records[k], rkind_names[k]);
		}
		zp_warn("%lu records: %s; %lu skipped non-text, %lu bad", total,
		    b.p, c->nontext, c->badrec);
		zp_buf_free(&b);
	}
	zp_warn("%lu documents: %lu written, %lu boilerplate (%lu "
	        "short, %lu menu, %lu chrome phrase, %lu --drop), %lu "
	        "duplicates, %lu rejected",
	    c->docs, c->written,
	    c->dropped[ZP_BOIL_SHORT] + c->dropped[ZP_BOIL_MENU] +
	        c->dropped[ZP_BOIL_PHRASE] + c->dropped[ZP_BOIL_USER],
	    c->dropped[ZP_BOIL_SHORT], c->dropped[ZP_BOIL_MENU],
	    c->dropped[ZP_BOIL_PHRASE], c->dropped[ZP_BOIL_USER], c->dups,
	    c->rejected);
}

/* Releases what main's ctx holds (not the rejects file). */
static void
ctx_free(struct ctx *c)
{
	zp_recout_free(&c->out);
	zp_buf_free(&c->clean);
	zp_buf_free(&c->line);
	zp_buf_free(&c->id);
	zp_buf_free(&c->page);
	zp_buf_free(&c->html);
	zp_buf_free(&c->title);
	zp_buf_free(&c->tmp);
	zp_buf_free(&c->http);
	zp_buf_free(&c->fallback);
	zp_convcache_free(&c->conv);
	zp_hashset_free(&c->seen);
	zp_boiler_free(c->boiler);
	zp_cleaner_free(c->cleaner);
}

int
main(int argc, char *argv[])
{
	struct ctx c = { 0 };
	struct zp_clean_opts copts = { ZP_FORM_NFKC, ZP_SCRIPT_KEEP };
	const char *drop = NULL, *canon;
	char err[256], *phrases, *enc_copy = NULL;
	long long min_chars = MIN_CHARS_DEFAULT;
	enum zp_script script;
	int opt, i;

	zp_init(argv[0]);
	c.encoding = "auto";
	while ((opt = getopt_long(argc, argv, "h", longopts, NULL)) != -1) {
		if (zp_common_option(opt, optarg, &c.ropts))
			continue;
		switch (opt) {
		case 'h':
			usage();
			return zp_finish();
		case OPT_FROM:
			if (strcmp(optarg, "lines") == 0)
				c.mode = FROM_LINES;
			else if (strcmp(optarg, "paragraphs") == 0)
				c.mode = FROM_PARAGRAPHS;
			else if (strcmp(optarg, "jsonl") == 0)
				c.mode = FROM_JSONL;
			else if (strcmp(optarg, "warc") == 0)
				c.mode = FROM_WARC;
			else if (strcmp(optarg, "arc") == 0)
				c.mode = FROM_ARC;
			else
				zp_usage_error(
				    "invalid --from: '%s' (lines, "
				    "paragraphs, jsonl, warc or arc)",
				    optarg);
			break;
		case OPT_ENCODING:
			canon = zp_encoding_canon(optarg);
			if (canon == NULL)
				zp_usage_error(
				    "unknown encoding: '%s'", optarg);
			/* canon is ICU-static: keep our own copy. */
			free(enc_copy);
			enc_copy = zp_xstrdup(canon);
			c.encoding = enc_copy;
			break;
		case OPT_SIMPLIFIED:
		case OPT_TRADITIONAL:
			script = opt == OPT_SIMPLIFIED ? ZP_SCRIPT_SIMPLIFIED :
			                                 ZP_SCRIPT_TRADITIONAL;
			if (copts.script != ZP_SCRIPT_KEEP &&
			    copts.script != script)
				zp_usage_error("--simplified and --traditional "
				               "exclude each other");
			copts.script = script;
			break;
		case OPT_FORM:
			if (strcmp(optarg, "nfkc") == 0)
				copts.form = ZP_FORM_NFKC;
			else if (strcmp(optarg, "nfc") == 0)
				copts.form = ZP_FORM_NFC;
			else
				zp_usage_error("invalid --form: '%s' (nfkc or "
				               "nfc)",
				    optarg);
			break;
		case OPT_KEEP_ALL:
			c.keep_all = true;
			break;
		case OPT_MIN_CHARS:
			min_chars = zp_parse_size(optarg);
			if (min_chars < 0 || min_chars > 1000000)
				zp_usage_error(
				    "invalid --min-chars: '%s'", optarg);
			break;
		case OPT_DROP:
			drop = optarg;
			break;
		case OPT_DEDUPE:
			c.dedupe = true;
			break;
		case OPT_DATE:
			if (!zp_ymd_parse_iso(optarg, strlen(optarg), &c.ref))
				zp_usage_error("invalid --date: '%s' "
				               "(YYYY-MM-DD)",
				    optarg);
			c.date = optarg;
			break;
		case OPT_VERBOSE:
			c.verbose = true;
			break;
		default:
			zp_usage_error("unknown option");
		}
	}
	if (c.mode == FROM_JSONL && strcmp(c.encoding, "auto") != 0 &&
	    strcmp(c.encoding, "utf-8") != 0)
		zp_usage_error("--from jsonl reads UTF-8 only");
	if (c.ropts.max_record == 0)
		c.ropts.max_record = ZP_MAX_RECORD_DEFAULT;
	c.cleaner = zp_cleaner_new(&copts, err, sizeof(err));
	if (c.cleaner == NULL)
		zp_die(ZP_EXIT_TROUBLE, "%s", err);
	/* --keep-all needs no chrome phrases, nor a data directory. */
	phrases = c.keep_all ? NULL : zp_data_path("boilerplate.txt");
	c.boiler = zp_boiler_new(
	    (size_t)min_chars, phrases, drop, c.cleaner, err, sizeof(err));
	free(phrases);
	if (c.boiler == NULL)
		zp_die(ZP_EXIT_TROUBLE, "%s", err);
	if (c.mode != FROM_JSONL && c.ropts.rejects != NULL) {
		c.rejects = fopen(c.ropts.rejects, "w");
		if (c.rejects == NULL)
			zp_die(ZP_EXIT_TROUBLE, "%s: %s", c.ropts.rejects,
			    strerror(errno));
	}
	argc -= optind;
	argv += optind;
	if (c.mode == FROM_JSONL) {
		read_jsonl(&c, argc, argv);
	} else {
		static char *stdin_only[] = { "-" };

		if (argc == 0) {
			argc = 1;
			argv = stdin_only;
		}
		for (i = 0; i < argc; i++) {
			if (c.mode == FROM_WARC || c.mode == FROM_ARC)
				read_archive_file(&c, argv[i]);
			else
				read_text_file(&c, argv[i]);
		}
	}
	if (c.verbose)
		verbose_report(&c);
	if (c.rejects != NULL && fclose(c.rejects) != 0)
		zp_warn_trouble("%s: %s", c.ropts.rejects, strerror(errno));
	ctx_free(&c);
	free(enc_copy);
	return zp_finish();
}
