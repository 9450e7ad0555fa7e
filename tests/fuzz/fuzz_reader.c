/*
 * fuzz_reader -- the JSON Lines record layer end to end: zp_reader over a
 * file (plain or gzip), and zp_recout building an output record from each
 * record read.
 *
 * The first input byte picks the record size cap; the rest is the file.
 * Invariants: no crash, no read outside the buffers; every record the
 * reader returns is an object; the record written for it (with "text"
 * replaced and "zp_fuzz" set) parses again as an object, holds every other
 * member of the source with its value byte for byte, and holds the two
 * fields with the values given.  Messages about bad lines go to /dev/null.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "zhpipe/buf.h"
#include "zhpipe/json.h"
#include "zhpipe/record.h"

#include "../unit/gzmem.h"

static const size_t caps[4] = { 16, 256, 4096, 1 << 20 };

/* Points fd at /dev/null; returns a copy of the old one to restore. */
static int
silence(int fd)
{
	int null = open("/dev/null", O_WRONLY), saved = dup(fd);

	if (null < 0 || saved < 0 || dup2(null, fd) < 0)
		abort();
	close(null);
	return saved;
}

static void
restore(int fd, int saved)
{
	if (dup2(saved, fd) < 0)
		abort();
	close(saved);
}

static void
check_output(
    struct zp_json *src, const struct zp_buf *line, struct zp_json *out)
{
	uint32_t k, v;
	size_t n, m;
	const char *a, *b;

	if (line->len == 0 || line->p[line->len - 1] != '\n')
		abort();
	if (zp_json_parse(out, line->p, line->len - 1) != 0 ||
	    zp_json_type(out, 0) != ZP_JOBJECT)
		abort();
	v = zp_json_get(out, 0, "text");
	if (v == ZP_JSON_NONE || !zp_json_str_eq(out, v, "t\n\"", 3))
		abort();
	v = zp_json_get(out, 0, "zp_fuzz");
	a = v == ZP_JSON_NONE ? NULL : zp_json_raw(out, v, &n);
	if (a == NULL || n != 2 || memcmp(a, "42", 2) != 0)
		abort();
	for (k = zp_json_first(src, 0); k != ZP_JSON_NONE;
	     k = zp_json_next(src, 0, k)) {
		const char *key;
		size_t klen;

		if (zp_json_str_eq(src, k, "text", 4) ||
		    zp_json_str_eq(src, k, "zp_fuzz", 7))
			continue;
		key = zp_json_str(src, k, &klen);
		v = zp_json_getn(out, 0, key, klen);
		if (v == ZP_JSON_NONE)
			abort();
		a = zp_json_raw(src, k + 1, &n);
		b = zp_json_raw(out, v, &m);
		if (n != m || memcmp(a, b, n) != 0)
			abort();
	}
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct zp_reader_opts opts = { 0 };
	struct zp_recout o = ZP_RECOUT_INIT;
	struct zp_json out = ZP_JSON_INIT;
	struct zp_reader *r;
	struct zp_json *j;
	char path[256], *files[1];
	int fd, saved_out, saved_err;

	if (size == 0)
		return 0;
	opts.max_record = caps[data[0] & 3];
	fd = memfd_create("fuzz_reader", MFD_CLOEXEC);
	if (fd >= 0) {
		size_t left = size - 1;
		const uint8_t *p = data + 1;

		while (left > 0) {
			ssize_t w = write(fd, p, left);

			if (w <= 0)
				abort();
			p += w;
			left -= (size_t)w;
		}
		snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	} else {
		gzmem_tmpfile(path, sizeof(path), data + 1, size - 1);
	}
	files[0] = path;

	saved_out = silence(1);
	saved_err = silence(2);
	r = zp_reader_open(1, files, &opts);
	while ((j = zp_reader_next(r)) != NULL) {
		if (zp_json_type(j, 0) != ZP_JOBJECT)
			abort();
		zp_recout_begin(&o, j);
		zp_recout_str(&o, "text", "t\n\"", 3);
		zp_recout_int(&o, "zp_fuzz", 42);
		zp_recout_emit(&o);
		check_output(j, &o.line, &out);
	}
	zp_reader_close(r);
	zp_out_flush();
	restore(2, saved_err);
	restore(1, saved_out);

	zp_recout_free(&o);
	zp_json_free(&out);
	if (fd >= 0)
		close(fd);
	else
		unlink(path);
	return 0;
}
