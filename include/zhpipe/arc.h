/*
 * arc -- a reader for Internet Archive ARC files, versions 1 and 2, over a
 * byte source; gzip, whole-file or one member per record, is handled by the
 * source.
 *
 * A file starts with its version block, a record whose URL is
 * "filedesc://NAME" and whose body's first line starts with the version
 * (1 or 2).  Each record is one header line, then exactly LENGTH bytes,
 * then a line feed:
 *   v1  URL IP DATE CONTENT-TYPE LENGTH
 *   v2  URL IP DATE CONTENT-TYPE RESULT CHECKSUM LOCATION OFFSET FILENAME
 *       LENGTH
 * DATE is YYYYMMDDhhmmss.  The fields are read from the right, so a URL
 * holding spaces is read whole.  A file without a version block is read
 * all the same, each header line by its number of fields.
 *
 * A record is good only when its LENGTH bytes are followed by blank lines
 * and then the end of input or another header line.  A bad record (bad
 * header line, wrong length, truncated) is reported with its byte offset
 * and the reader resynchronises on the next header line, searching from
 * the line after the bad header: a length that was too long does not
 * swallow the records after it.
 */
#ifndef ZHPIPE_ARC_H
#define ZHPIPE_ARC_H

#include <stdbool.h>
#include <stddef.h>

#include "zhpipe/input.h"

struct zp_arc_record {
	/* Header fields, NUL-terminated; valid until the next call. */
	const char *url;
	const char *ip;
	const char *date; /* 14 digits, YYYYMMDDhhmmss */
	const char *content_type;
	const char *body; /* the LENGTH bytes after the header line */
	size_t body_len;
	/* The record is a version block (URL "filedesc://..."). */
	bool version_block;
	/* 1 or 2: the form of the header line. */
	int version;
	/* Byte offset of the record's header line (or of the bad line) in
	 * the decoded stream. */
	unsigned long long offset;
};

enum zp_arc_status {
	ZP_ARC_READ_ERROR = -2, /* the source failed; stop reading */
	ZP_ARC_BAD = -1,        /* bad record, skipped; go on */
	ZP_ARC_EOF = 0,
	ZP_ARC_OK = 1
};

struct zp_arc;

/*
 * zp_arc_new -- a reader over src (borrowed, must outlive the reader);
 * records over max bytes are skipped and reported.  Free it with
 * zp_arc_free (NULL is allowed there).
 */
struct zp_arc *zp_arc_new(struct zp_source *src, size_t max);
void zp_arc_free(struct zp_arc *a);

/*
 * zp_arc_next -- the next record into *rec.  Returns ZP_ARC_OK with *rec
 * filled (its pointers valid until the next call), ZP_ARC_EOF at the end,
 * ZP_ARC_BAD for a bad record (rec->offset says where, *err why; the next
 * call goes on after it), or ZP_ARC_READ_ERROR when the source failed
 * (*err says why; stop reading).  *err points into the reader.
 */
enum zp_arc_status zp_arc_next(
    struct zp_arc *a, struct zp_arc_record *rec, const char **err);

#endif
