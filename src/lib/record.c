/*
 * record -- the JSON Lines record layer of every filter: reading records
 * from the operands, reporting bad ones with FILE:LINE and counting them,
 * building output records that keep the input's fields, checked output.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zhpipe/err.h"
#include "zhpipe/record.h"
#include "zhpipe/utf8.h"
#include "zhpipe/xalloc.h"

struct zp_reader {
	char **files;
	int nfiles;
	int next_file;
	struct zp_reader_opts opts;
	struct zp_source *src;
	struct zp_lines *lines;
	const char *name;
	char *line;
	size_t len;
	unsigned long lineno;
	struct zp_json json;
	FILE *rejects;
	unsigned long rejected;
};

static char *stdin_operand[] = { "-" };

struct zp_reader *
zp_reader_open(int nfiles, char **files, const struct zp_reader_opts *opts)
{
	struct zp_reader *r = zp_xcalloc(1, sizeof(*r));

	if (nfiles == 0) {
		files = stdin_operand;
		nfiles = 1;
	}
	r->files = files;
	r->nfiles = nfiles;
	if (opts != NULL)
		r->opts = *opts;
	if (r->opts.max_record == 0)
		r->opts.max_record = ZP_MAX_RECORD_DEFAULT;
	if (r->opts.rejects != NULL) {
		r->rejects = fopen(r->opts.rejects, "w");
		if (r->rejects == NULL)
			zp_die(ZP_EXIT_TROUBLE, "%s: %s", r->opts.rejects,
			    strerror(errno));
	}
	return r;
}

/* Prints "prog: FILE:LINE: " + message. */
static void
vreport(const struct zp_reader *r, const char *fmt, va_list ap)
{
	char msg[512];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	zp_warn("%s:%lu: %s", r->name, r->lineno, msg);
}

static void
count_reject(struct zp_reader *r, const char *line, size_t len)
{
	r->rejected++;
	zp_status_raise(ZP_EXIT_REJECTS);
	if (r->rejects != NULL && line != NULL) {
		fwrite(line, 1, len, r->rejects);
		putc('\n', r->rejects);
		if (ferror(r->rejects))
			zp_die(ZP_EXIT_TROUBLE, "%s: write error",
			    r->opts.rejects);
	}
	if (r->opts.strict) {
		zp_out_flush();
		zp_die(ZP_EXIT_REJECTS,
		    "stopping at the first bad record "
		    "(--strict)");
	}
}

void
zp_reject(struct zp_reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(r, fmt, ap);
	va_end(ap);
	count_reject(r, r->line, r->len);
}

int
zp_reader_text(struct zp_reader *r, struct zp_json *j, struct zp_recout *out,
    const char **s, size_t *n)
{
	uint32_t t = zp_json_get(j, 0, "text");

	if (t == ZP_JSON_NONE) {
		zp_recout_begin(out, j);
		zp_recout_emit(out);
		return 0;
	}
	if (zp_json_type(j, t) != ZP_JSTRING) {
		zp_reject(r, "\"text\" is not a string");
		return -1;
	}
	*s = zp_json_str(j, t, n);
	return 1;
}

void
zp_reader_warn(const struct zp_reader *r, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vreport(r, fmt, ap);
	va_end(ap);
}

struct zp_source *
zp_source_open_warn(const char *path)
{
	struct zp_source *src;
	char err[160];

	src = zp_source_open(path, err, sizeof(err));
	if (src == NULL)
		zp_warn_trouble(
		    "%s: %s", strcmp(path, "-") == 0 ? "<stdin>" : path, err);
	return src;
}

static bool
open_next(struct zp_reader *r)
{
	while (r->next_file < r->nfiles) {
		r->src = zp_source_open_warn(r->files[r->next_file++]);
		if (r->src == NULL)
			continue;
		r->name = zp_source_name(r->src);
		r->lines = zp_lines_new(r->src, r->opts.max_record);
		return true;
	}
	return false;
}

static void
close_current(struct zp_reader *r)
{
	zp_lines_free(r->lines);
	zp_source_close(r->src);
	r->lines = NULL;
	r->src = NULL;
}

static bool
blank(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return false;
	return true;
}

struct zp_json *
zp_reader_next(struct zp_reader *r)
{
	enum zp_line_status st;
	const char *err;

	for (;;) {
		if (r->lines == NULL && !open_next(r))
			return NULL;
		st = zp_lines_next(r->lines, &r->line, &r->len, &err);
		r->lineno = zp_lines_lineno(r->lines);
		switch (st) {
		case ZP_LINE_EOF:
			close_current(r);
			continue;
		case ZP_LINE_ERROR:
			zp_warn_trouble("%s: %s", r->name, err);
			close_current(r);
			continue;
		case ZP_LINE_TOO_LONG:
			r->line = NULL;
			zp_warn("%s:%lu: record of %zu bytes exceeds "
			        "--max-record-bytes=%zu; skipped",
			    r->name, r->lineno, r->len, r->opts.max_record);
			count_reject(r, NULL, 0);
			continue;
		case ZP_LINE_OK:
			break;
		}
		if (blank(r->line, r->len))
			continue;
		if (zp_json_parse(&r->json, r->line, r->len) < 0) {
			zp_warn("%s:%lu:%zu: invalid JSON: %s", r->name,
			    r->lineno,
			    zp_utf8_count(r->line,
			        zp_utf8_floor(
			            r->line, r->len, r->json.errpos)) +
			        1,
			    r->json.err);
			count_reject(r, r->line, r->len);
			continue;
		}
		if (zp_json_type(&r->json, 0) != ZP_JOBJECT) {
			zp_reject(r, "not a JSON object");
			continue;
		}
		return &r->json;
	}
}

const char *
zp_reader_line(const struct zp_reader *r, size_t *len)
{
	*len = r->len;
	return r->line;
}

const char *
zp_reader_file(const struct zp_reader *r)
{
	return r->name;
}

unsigned long
zp_reader_lineno(const struct zp_reader *r)
{
	return r->lineno;
}

unsigned long
zp_reader_rejected(const struct zp_reader *r)
{
	return r->rejected;
}

void
zp_reader_close(struct zp_reader *r)
{
	if (r == NULL)
		return;
	close_current(r);
	zp_json_free(&r->json);
	if (r->rejects != NULL && fclose(r->rejects) != 0)
		zp_warn_trouble("%s: %s", r->opts.rejects, strerror(errno));
	free(r);
}

struct zp_recout_field {
	const char *key;
	size_t klen; /* strlen(key) */
	size_t off;  /* value's start in vals */
};

void
zp_recout_begin(struct zp_recout *o, struct zp_json *src)
{
	o->src = src;
	o->nfields = 0;
	zp_buf_clear(&o->vals);
}

struct zp_buf *
zp_recout_field(struct zp_recout *o, const char *key)
{
	if (o->nfields == o->cap) {
		o->cap = o->cap ? o->cap * 2 : 8;
		o->fields =
		    zp_xreallocarray(o->fields, o->cap, sizeof(*o->fields));
		o->used = zp_xreallocarray(o->used, o->cap, sizeof(*o->used));
	}
	o->fields[o->nfields].key = key;
	o->fields[o->nfields].klen = strlen(key);
	o->fields[o->nfields].off = o->vals.len;
	o->nfields++;
	return &o->vals;
}

void
zp_recout_str(struct zp_recout *o, const char *key, const char *s, size_t n)
{
	zp_buf_json_str(zp_recout_field(o, key), s, n);
}

void
zp_recout_int(struct zp_recout *o, const char *key, long long v)
{
	zp_buf_printf(zp_recout_field(o, key), "%lld", v);
}

static char *
put_value(const struct zp_recout *o, size_t f, char *d)
{
	size_t end = f + 1 < o->nfields ? o->fields[f + 1].off : o->vals.len;

	memcpy(d, o->vals.p + o->fields[f].off, end - o->fields[f].off);
	return d + (end - o->fields[f].off);
}

/*
 * Writes the record at d, which has room for it (emit_size); returns the
 * position after it.  A field named twice keeps its last value: the
 * earlier are "used".
 */
static char *
emit_at(struct zp_recout *o, char *d)
{
	struct zp_json *j = o->src;
	bool first = true;
	uint32_t k;
	size_t f;

	*d++ = '{';
	for (f = 0; f < o->nfields; f++) {
		size_t later;

		o->used[f] = false;
		for (later = f + 1; later < o->nfields; later++)
			if (strcmp(o->fields[f].key, o->fields[later].key) == 0)
				o->used[f] = true;
	}
	if (j != NULL) {
		for (k = zp_json_first(j, 0); k != ZP_JSON_NONE;
		     k = zp_json_next(j, 0, k)) {
			const struct zp_jtok *kt = zp_json_tok(j, k);
			const struct zp_jtok *vt = zp_json_tok(j, k + 1);

			if (!first)
				*d++ = ',';
			first = false;
			for (f = 0; f < o->nfields; f++)
				if (!o->used[f] &&
				    zp_json_str_eq(j, k, o->fields[f].key,
				        o->fields[f].klen))
					break;
			if (f < o->nfields) {
				o->used[f] = true;
				memcpy(d, j->text + kt->start,
				    kt->end - kt->start);
				d += kt->end - kt->start;
				*d++ = ':';
				d = put_value(o, f, d);
			} else {
				memcpy(d, j->text + kt->start,
				    vt->end - kt->start);
				d += vt->end - kt->start;
			}
		}
	}
	for (f = 0; f < o->nfields; f++) {
		if (o->used[f])
			continue;
		if (!first)
			*d++ = ',';
		first = false;
		d = zp_json_put_str(d, o->fields[f].key, o->fields[f].klen);
		*d++ = ':';
		d = put_value(o, f, d);
	}
	*d++ = '}';
	*d++ = '\n';
	return d;
}

/*
 * At most the bytes emit_at writes: the source's members and their
 * commas lie within its text, and a key is escaped at worst as \u00XX.
 */
static size_t
emit_size(const struct zp_recout *o)
{
	size_t n = 3 + o->vals.len + (o->src != NULL ? o->src->len : 0);

	for (size_t f = 0; f < o->nfields; f++)
		n += 6 * o->fields[f].klen + 4;
	return n;
}

/*
 * The record is written in one pass into room reserved for it at once (a
 * write of a few bytes at a time had cost more than the copying); it stays
 * in o->line until the next emit.
 */
void
zp_recout_emit(struct zp_recout *o)
{
	char *d;

	zp_buf_clear(&o->line);
	d = zp_buf_reserve(&o->line, emit_size(o));
	o->line.len = (size_t)(emit_at(o, d) - d);
	o->line.p[o->line.len] = '\0';
	zp_out_write(o->line.p, o->line.len);
}

void
zp_recout_free(struct zp_recout *o)
{
	zp_buf_free(&o->vals);
	zp_buf_free(&o->line);
	free(o->fields);
	free(o->used);
	memset(o, 0, sizeof(*o));
}

#define OUT_SIZE ((size_t)64 * 1024)
static char outbuf[OUT_SIZE];
static size_t outlen;
static bool wrote_any;

static void
write_all(const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(STDOUT_FILENO, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			zp_die(ZP_EXIT_TROUBLE, "write error: %s",
			    strerror(errno));
		}
		p += w;
		n -= (size_t)w;
	}
}

/*
 * Filters are chained four deep on a few cores: with the default 64 KiB
 * pipe each stage wakes the next for every buffer, and the switches cost
 * more than the copying.  A bigger pipe (best effort: the kernel may
 * refuse above /proc/sys/fs/pipe-max-size) lets each stage run longer.
 */
static void
widen_pipe(void)
{
	struct stat st;

	if (fstat(STDOUT_FILENO, &st) == 0 && S_ISFIFO(st.st_mode))
		(void)fcntl(STDOUT_FILENO, F_SETPIPE_SZ, 1 << 20);
}

void
zp_out_flush(void)
{
	static bool widened;
	size_t n = outlen;

	outlen = 0;
	if (n > 0) {
		if (!widened) {
			widened = true;
			widen_pipe();
		}
		write_all(outbuf, n);
	}
}

void
zp_out_write(const void *p, size_t n)
{
	wrote_any = wrote_any || n > 0;
	if (n > OUT_SIZE - outlen) {
		zp_out_flush();
		if (n >= OUT_SIZE) {
			write_all(p, n);
			return;
		}
	}
	memcpy(outbuf + outlen, p, n);
	outlen += n;
}

int
zp_finish(void)
{
	zp_out_flush();
	/* Anything printed through stdio (e.g. --help) is checked too. */
	if (fflush(stdout) != 0 || ferror(stdout)) {
		if (!(errno == EBADF && !wrote_any))
			zp_die(ZP_EXIT_TROUBLE, "write error: %s",
			    strerror(errno));
	}
	return zp_status();
}
