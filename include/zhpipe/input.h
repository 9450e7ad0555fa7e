/*
 * input -- byte sources (plain or gzip, detected by magic bytes) and a line
 * reader with no fixed length limit but a cap.
 *
 * gzip is inflated with zlib's inflate() directly rather than gzread():
 * gzread reports truncation as a quiet end of file and waits for a full
 * buffer on pipes, and a sniffed pipe cannot be rewound for gzdopen.
 */
#ifndef ZHPIPE_INPUT_H
#define ZHPIPE_INPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

struct zp_source;

/*
 * Opens path ("-" is stdin).  Returns NULL and a message in err on failure
 * (the path is not part of the message).  Directories are refused here.
 */
struct zp_source *zp_source_open(const char *path, char *err, size_t errsize);

/* "<stdin>" for "-", else the path as given. */
const char *zp_source_name(const struct zp_source *s);

/* True once the first bytes showed gzip magic. */
bool zp_source_is_gzip(const struct zp_source *s);

/*
 * Reads up to n decoded bytes.  Returns the count, 0 at the end, or -1 on a
 * read error, a truncated or a corrupt gzip stream; *err then says which.
 */
ssize_t zp_source_read(
    struct zp_source *s, void *buf, size_t n, const char **err);

/*
 * A source whose bytes come from fn(ctx, buf, n, err) instead of a file,
 * e.g. a decoder layered over another source; fn follows zp_source_read's
 * contract.  name is borrowed.  Closing it does not touch ctx.
 */
struct zp_source *zp_source_from_fn(const char *name,
    ssize_t (*fn)(void *ctx, void *buf, size_t n, const char **err), void *ctx);

/* Closes the source (not stdin's descriptor); safe with NULL. */
void zp_source_close(struct zp_source *s);

enum zp_line_status {
	ZP_LINE_ERROR = -1, /* read error; the partial line is dropped */
	ZP_LINE_EOF = 0,
	ZP_LINE_OK = 1,
	ZP_LINE_TOO_LONG = 2 /* skipped without buffering; len = its size */
};

struct zp_lines;

/*
 * A line reader over src (borrowed).  max is the cap on a line's length in
 * bytes, not counting the newline.  A UTF-8 BOM at the very start is dropped,
 * one "\r" before "\n" is dropped, and a last line without "\n" is returned.
 */
struct zp_lines *zp_lines_new(struct zp_source *src, size_t max);
void zp_lines_free(struct zp_lines *l);

/*
 * Next line: *line points into the reader's buffer (valid until the next
 * call) and is NUL-terminated at (*line)[*len].  On ZP_LINE_ERROR, *err
 * describes the trouble.
 */
enum zp_line_status zp_lines_next(
    struct zp_lines *l, char **line, size_t *len, const char **err);

/* 1-based number of the line last returned. */
unsigned long zp_lines_lineno(const struct zp_lines *l);

/* Byte offset, in the decoded stream, of the start of the line last returned. */
unsigned long long zp_lines_offset(const struct zp_lines *l);

/*
 * One line of a data file for zp_each_line: line is NUL-terminated at
 * line[len], without its newline or trailing "\r", and may be changed in
 * place; lineno is 1-based.  Returns 0 to go on, or -1 after writing the
 * reason (no file name, no line number) into why.
 */
typedef int (*zp_line_fn)(void *arg, char *line, size_t len,
    unsigned long lineno, char *why, size_t whysize);

/* The longest line a data file may have, in bytes. */
#define ZP_DATA_LINE_MAX ((size_t)1 << 20)

/*
 * zp_each_line -- the one reader of line-based data files (word lists,
 * currencies, metrics, name statistics, chrome phrases).  Calls fn(arg, ...)
 * for every line of path (plain or gzip) that is neither empty nor a
 * comment ('#' first).  Returns 0 when every line was taken, else -1 with
 * err holding "PATH: strerror" for a file that cannot be opened or read, or
 * "PATH:LINE: reason" for a line fn refused or one over ZP_DATA_LINE_MAX.
 */
int zp_each_line(
    const char *path, zp_line_fn fn, void *arg, char *err, size_t errsize);

#endif
