/*
 * jsonl-check -- validate JSON Lines on standard input, for the tests.
 *
 * Exits 0 when every line is one JSON object, the whole input is valid
 * UTF-8 and every line (the last one included) ends in "\n"; otherwise
 * reports each offending line as "jsonl-check: <stdin>:LINE: reason" and
 * exits 1.  Stricter than the filters' reader on purpose: what a filter
 * writes must carry no BOM, no "\r" and no blank line.  The JSON rules
 * (UTF-8, surrogates, duplicate keys, depth, number range) are the record
 * layer's parser's.
 *
 * usage: jsonl-check [-q] [-n COUNT]
 *   -q        print nothing, only set the exit status
 *   -n COUNT  also require exactly COUNT lines
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zhpipe/buf.h"
#include "zhpipe/err.h"
#include "zhpipe/input.h"
#include "zhpipe/json.h"
#include "zhpipe/utf8.h"

static bool quiet;
static unsigned long bad;

static void
complain(unsigned long lineno, const char *why)
{
	bad++;
	if (!quiet)
		zp_warn("<stdin>:%lu: %s", lineno, why);
}

static void
check_line(struct zp_json *j, const char *p, size_t n, unsigned long lineno)
{
	char msg[160];

	if (n == 0) {
		complain(lineno, "blank line");
		return;
	}
	if (lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
		complain(lineno, "byte order mark");
		return;
	}
	if (memchr(p, '\r', n) != NULL) {
		complain(lineno, "carriage return outside a string");
		return;
	}
	if (!zp_utf8_valid(p, n)) {
		snprintf(msg, sizeof(msg), "invalid UTF-8 at byte %zu",
		    zp_utf8_valid_prefix(p, n) + 1);
		complain(lineno, msg);
		return;
	}
	if (zp_json_parse(j, p, n) < 0) {
		snprintf(msg, sizeof(msg), "invalid JSON at byte %zu: %s",
		    j->errpos + 1, j->err);
		complain(lineno, msg);
		return;
	}
	if (zp_json_type(j, 0) != ZP_JOBJECT)
		complain(lineno, "not a JSON object");
}

int
main(int argc, char *argv[])
{
	struct zp_source *src;
	struct zp_buf line = ZP_BUF_INIT;
	struct zp_json j = ZP_JSON_INIT;
	char err[160], chunk[65536];
	const char *rerr;
	unsigned long lineno = 0;
	long want = -1;
	ssize_t got;
	int c;

	zp_init("jsonl-check");
	while ((c = getopt(argc, argv, "qn:")) != -1) {
		switch (c) {
		case 'q':
			quiet = true;
			break;
		case 'n':
			want = strtol(optarg, NULL, 10);
			break;
		default:
			zp_usage_error("usage: jsonl-check [-q] [-n COUNT]");
		}
	}
	src = zp_source_open("-", err, sizeof(err));
	if (src == NULL)
		zp_die(2, "<stdin>: %s", err);
	/*
	 * The input is split here rather than by zp_lines, which forgives a
	 * BOM, "\r\n" and a missing final newline: exactly what a filter's
	 * output must not contain.  A "\r" inside a JSON string is escaped,
	 * so any raw one is an error.
	 */
	while ((got = zp_source_read(src, chunk, sizeof(chunk), &rerr)) > 0) {
		const char *p = chunk, *end = chunk + got, *nl;

		while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
			zp_buf_put(&line, p, (size_t)(nl - p));
			check_line(&j, line.p, line.len, ++lineno);
			zp_buf_clear(&line);
			p = nl + 1;
		}
		zp_buf_put(&line, p, (size_t)(end - p));
	}
	if (got < 0)
		zp_die(2, "<stdin>: %s", rerr);
	/* The source inflates gzip by itself; a filter must not write it. */
	if (zp_source_is_gzip(src))
		complain(0, "gzip data, not JSON Lines text");
	if (line.len > 0) {
		check_line(&j, line.p, line.len, ++lineno);
		complain(lineno, "no newline at the end of the last line");
	}
	if (want >= 0 && lineno != (unsigned long)want) {
		snprintf(
		    err, sizeof(err), "%lu lines, expected %ld", lineno, want);
		complain(lineno, err);
	}
	zp_source_close(src);
	zp_buf_free(&line);
	zp_json_free(&j);
	return bad > 0 ? 1 : 0;
}
