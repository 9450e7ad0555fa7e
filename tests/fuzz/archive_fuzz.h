/*
 * archive_fuzz.h -- what the archive reader harnesses (fuzz_warc, fuzz_arc)
 * share: a source over memory with a chosen read size, a log of the calls
 * to compare two runs, and the input's control byte (header-only: each
 * harness is one translation unit).
 *
 * The first input byte is a control byte; the rest is the archive stream.
 *   bits 0-1  the record size cap (64 B, 1 KiB, 64 KiB, 1 MiB)
 *   bits 2-4  the size of each read the source gives (1 B ... all at once)
 *   bit 5     the stream is gzipped first (read through zp_source_open)
 */
#ifndef ZP_FUZZ_ARCHIVE_H
#define ZP_FUZZ_ARCHIVE_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "zhpipe/buf.h"
#include "zhpipe/input.h"

#include "../unit/gzmem.h"

/* A source over memory that hands out at most `step` bytes a read. */
struct memsrc {
	const char *p;
	size_t n, pos, step;
};

static inline ssize_t
mem_read(void *ctx, void *buf, size_t n, const char **err)
{
	struct memsrc *m = ctx;
	size_t k = m->n - m->pos;

	(void)err;
	if (k > n)
		k = n;
	if (k > m->step)
		k = m->step;
	memcpy(buf, m->p + m->pos, k);
	m->pos += k;
	return (ssize_t)k;
}

/* What one call returned, to compare runs with different read sizes. */
struct seen {
	int status;
	unsigned long long offset;
	size_t body_len;
	uint32_t hash;
};

static inline uint32_t
fnv(const char *p, size_t n)
{
	uint32_t h = 2166136261u;

	while (n-- > 0)
		h = (h ^ (unsigned char)*p++) * 16777619u;
	return h;
}

/*
 * What one call of a reader returned, its status as both readers number
 * it: 1 a record, -1 a bad record, 0 the end, -2 a read error.
 */
struct archive_call {
	int status;
	unsigned long long offset;
	const char *body;
	size_t body_len;
	const char *err;
};

/* The next call of the reader behind ctx, into *c. */
typedef void (*archive_next_fn)(void *ctx, struct archive_call *c);
/* Checks the record the last call returned, a piece of p[0..n). */
typedef void (*archive_check_fn)(
    void *ctx, const char *p, size_t n, size_t cap);

/*
 * Calls next until the end or a read error, checking what every reader
 * owes: each call consumes input, a bad record says why, the offsets
 * strictly increase inside the stream, a record's body is no longer than
 * the cap.  The first run logs the calls and checks each record; a later
 * run must make the same calls (else the reader depends on the read size
 * or on gzip).  A broken invariant aborts.
 */
static inline void
archive_loop(void *ctx, archive_next_fn next, archive_check_fn check,
    const char *p, size_t n, size_t cap, struct seen **log, size_t *nlog,
    bool first)
{
	unsigned long long last = 0;
	size_t i = 0;
	bool any = false;

	for (;;) {
		struct archive_call c = { 0, 0, NULL, 0, NULL };
		struct seen s;
		bool ok;

		next(ctx, &c);
		ok = c.status == 1;
		s.status = c.status;
		s.offset = c.offset;
		s.body_len = ok ? c.body_len : 0;
		s.hash = ok ? fnv(c.body, c.body_len) : 0;
		if (first) {
			*log = realloc(*log, (i + 1) * sizeof(**log));
			if (*log == NULL)
				abort();
			(*log)[i] = s;
		} else if (i >= *nlog || (*log)[i].status != s.status ||
		    (*log)[i].offset != s.offset ||
		    (*log)[i].body_len != s.body_len ||
		    (*log)[i].hash != s.hash) {
			abort();
		}
		i++;
		if (c.status == 0 || c.status == -2)
			break;
		if (i > n + 1)
			abort(); /* a call that consumed nothing */
		if (c.err == NULL && c.status == -1)
			abort();
		if ((any && c.offset <= last) || c.offset >= n)
			abort();
		any = true;
		last = c.offset;
		if (!ok || !first)
			continue;
		if (c.body_len > cap || c.body_len > n - c.offset)
			abort();
		check(ctx, p, n, cap);
	}
	if (first)
		*nlog = i;
	else if (i != *nlog)
		abort();
}

/*
 * One read of the whole stream p[0..n) from src with the size cap cap,
 * through archive_loop.
 */
typedef void (*archive_run_fn)(struct zp_source *src, const char *p, size_t n,
    size_t cap, struct seen **log, size_t *nlog, bool first);

/*
 * Reads the stream after the control byte twice: with the chosen read
 * size, then all at once or, with bit 5, gzipped from a file.
 */
static inline void
archive_fuzz(const uint8_t *data, size_t size, archive_run_fn run)
{
	static const size_t caps[4] = { 64, 1024, 64 * 1024, 1 << 20 };
	static const size_t reads[8] = { 1, 2, 3, 7, 64, 4096, 65536,
		SIZE_MAX };
	const char *p = (const char *)data + 1;
	size_t n = size - 1, cap = caps[data[0] & 3], nlog = 0;
	struct memsrc m = { p, n, 0, reads[(data[0] >> 2) & 7] };
	struct zp_source *src;
	struct seen *log = NULL;

	src = zp_source_from_fn("fuzz", mem_read, &m);
	run(src, p, n, cap, &log, &nlog, true);
	zp_source_close(src);
	if (data[0] & 0x20) {
		struct zp_buf gz = ZP_BUF_INIT;
		char path[128], msg[128];
		int fd = memfd_create("fuzz_archive", MFD_CLOEXEC);

		gzmem_member(&gz, p, n);
		if (fd >= 0) {
			if (write(fd, gz.p, gz.len) != (ssize_t)gz.len)
				abort();
			snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
		} else {
			gzmem_tmpfile(path, sizeof(path), gz.p, gz.len);
		}
		src = zp_source_open(path, msg, sizeof(msg));
		if (src == NULL)
			abort();
		run(src, p, n, cap, &log, &nlog, false);
		zp_source_close(src);
		if (fd >= 0)
			close(fd);
		else
			unlink(path);
		zp_buf_free(&gz);
	} else {
		m.pos = 0;
		m.step = SIZE_MAX;
		src = zp_source_from_fn("fuzz", mem_read, &m);
		run(src, p, n, cap, &log, &nlog, false);
		zp_source_close(src);
	}
	free(log);
}

#endif
