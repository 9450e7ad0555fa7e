/*
 * record -- the JSON Lines record layer: reading records from the operands
 * with bad ones reported and counted, building output records that keep the
 * input's fields byte for byte, and checked output.
 */
#ifndef ZHPIPE_RECORD_H
#define ZHPIPE_RECORD_H

#include <stdbool.h>
#include <stddef.h>

#include "zhpipe/buf.h"
#include "zhpipe/input.h"
#include "zhpipe/json.h"

#define ZP_MAX_RECORD_DEFAULT ((size_t)256 << 20)

struct zp_reader_opts {
	size_t max_record;   /* bytes; 0 means the default */
	const char *rejects; /* path for rejected lines, or NULL */
	bool strict;         /* stop (exit 1) at the first bad record */
};

struct zp_reader;
struct zp_recout;

/*
 * Reads the operands in order (none means stdin).  A file that cannot be
 * opened or read is reported as "prog: FILE: reason", raises the exit status
 * to 2, and the next operand is read.
 */
struct zp_reader *zp_reader_open(
    int nfiles, char **files, const struct zp_reader_opts *opts);

/*
 * Opens an operand as zp_source_open() does; when it cannot be opened,
 * reports "prog: FILE: reason" (<stdin> for "-"), raises the exit status
 * to 2 and returns NULL, so the caller goes on with the next operand.
 */
struct zp_source *zp_source_open_warn(const char *path);

/*
 * The next good record, parsed; NULL when every operand is done.  Bad lines
 * (invalid JSON, not an object, over the size cap) are reported as
 * "prog: FILE:LINE[:COL]: reason", counted and skipped.  Blank lines are
 * skipped.  The record is valid until the next call.
 */
struct zp_json *zp_reader_next(struct zp_reader *r);

/* The current record's raw line, its file name and line number. */
const char *zp_reader_line(const struct zp_reader *r, size_t *len);
const char *zp_reader_file(const struct zp_reader *r);
unsigned long zp_reader_lineno(const struct zp_reader *r);

/*
 * Rejects the current record for a reason the filter found: reported with
 * FILE:LINE, counted, copied to --rejects.  Under --strict, exits 1.
 */
void zp_reject(struct zp_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/*
 * The "text" every filter works on, for the current record j: returns 1
 * with the decoded string in *s, *n; 0 when j has no "text", after writing
 * it through unchanged with out (DESIGN.md: not an error); -1 when "text"
 * is not a string, after rejecting the record.
 */
int zp_reader_text(struct zp_reader *r, struct zp_json *j,
    struct zp_recout *out, const char **s, size_t *n);

/* Warns about the current record without rejecting it. */
void zp_reader_warn(const struct zp_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Number of records rejected so far. */
unsigned long zp_reader_rejected(const struct zp_reader *r);

void zp_reader_close(struct zp_reader *r);

/*
 * Output record builder.  zp_recout_begin() starts from a parsed record (or
 * NULL for a new one); zp_recout_field() names a field and returns the buffer
 * its JSON value is to be appended to; zp_recout_emit() writes the record:
 * the source's members in order, byte for byte, with a field of the same
 * name replaced in place, then the new fields in the order they were named.
 * A key named twice keeps the value given last.
 */
struct zp_recout {
	struct zp_json *src;
	struct zp_buf vals;
	struct zp_buf line;
	struct zp_recout_field *fields;
	size_t nfields, cap;
	bool *used;
};

#define ZP_RECOUT_INIT \
	{ \
		0 \
	}

void zp_recout_begin(struct zp_recout *o, struct zp_json *src);
/* key must stay valid until emit. */
struct zp_buf *zp_recout_field(struct zp_recout *o, const char *key);
void zp_recout_str(
    struct zp_recout *o, const char *key, const char *s, size_t n);
void zp_recout_int(struct zp_recout *o, const char *key, long long v);
void zp_recout_emit(struct zp_recout *o);
void zp_recout_free(struct zp_recout *o);

/*
 * Checked, buffered output on standard output (fd 1), bypassing stdio.  A
 * write error prints "prog: write error: reason" and exits 2; with SIGPIPE
 * at its default a closed pipe ends the process quietly.
 */
void zp_out_write(const void *p, size_t n);
void zp_out_flush(void);

/* Flushes output and stdout; returns the exit status for main(). */
int zp_finish(void);

#endif
