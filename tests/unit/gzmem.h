/*
 * gzmem.h -- gzip data made in memory with zlib, for the unit tests and
 * fuzz harnesses (header-only: each test is one translation unit).
 */
#ifndef ZP_TEST_GZMEM_H
#define ZP_TEST_GZMEM_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

#include "zhpipe/buf.h"

/* Appends one gzip member holding p[0..n) to out; aborts on zlib trouble. */
static inline void
gzmem_member(struct zp_buf *out, const void *p, size_t n)
{
	z_stream z;
	int rc;

	memset(&z, 0, sizeof(z));
	/* windowBits 15 + 16: a gzip wrapper instead of zlib's. */
	if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 31, 8,
	        Z_DEFAULT_STRATEGY) != Z_OK)
		abort();
	z.next_in = (Bytef *)(uintptr_t)p;
	z.avail_in = (uInt)n;
	do {
		char *dst = zp_buf_reserve(out, 4096);

		z.next_out = (Bytef *)dst;
		z.avail_out = 4096;
		rc = deflate(&z, Z_FINISH);
		if (rc == Z_STREAM_ERROR)
			abort();
		out->len += 4096 - z.avail_out;
	} while (rc != Z_STREAM_END);
	deflateEnd(&z);
	out->p[out->len] = '\0';
}

/*
 * A readable temporary file holding p[0..n); its path goes to path
 * (>= 64 bytes).  The caller unlinks it.
 */
static inline void
gzmem_tmpfile(char *path, size_t size, const void *p, size_t n)
{
	const char *dir = getenv("TMPDIR");
	int fd;

	snprintf(path, size, "%s/zp-test-XXXXXX",
	    dir != NULL && *dir != '\0' ? dir : "/tmp");
	fd = mkstemp(path);
	if (fd < 0)
		abort();
	while (n > 0) {
		ssize_t w = write(fd, p, n);

		if (w <= 0)
			abort();
		p = (const char *)p + w;
		n -= (size_t)w;
	}
	close(fd);
}

#endif
