/*
 * fuzz_lines -- the record layer's byte source and line reader, plain and
 * gzip.
 *
 * The first input byte picks the line cap (bits 0-2) and a mode (bits 3-4);
 * the rest is the payload:
 *   0  the payload as the file (gzip when it starts with 1f 8b)
 *   1  the payload gzipped, one member
 *   2  the payload gzipped as two concatenated members
 *   3  the payload gzipped and cut short (bits 5-7 pick where)
 * The file is given to zp_source_open through a memfd (or a temporary
 * file).  In every mode but raw gzip, the lines read must equal those of a
 * simple model of the reader's contract: split on "\n", a last line without
 * "\n" kept, lines over the cap reported TOO_LONG with their full length,
 * then one "\r" before "\n" and a BOM at the very start dropped.  A cut
 * gzip must end in ZP_LINE_ERROR after a prefix of the model's lines.
 */
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

static const size_t caps[8] = { 1, 2, 3, 8, 64, 1000, 65536, 1 << 20 };

/* Writes the file; returns the path to open and, in *fd, what to close. */
static void
make_file(char *path, size_t size, const void *p, size_t n, int *fd)
{
	size_t left = n;
	const char *q = p;

	*fd = memfd_create("fuzz_lines", MFD_CLOEXEC);
	if (*fd < 0) {
		gzmem_tmpfile(path, size, p, n);
		return;
	}
	while (left > 0) {
		ssize_t w = write(*fd, q, left);

		if (w <= 0)
			abort();
		q += w;
		left -= (size_t)w;
	}
	snprintf(path, size, "/proc/self/fd/%d", *fd);
}

/*
 * Checks the next line of the model text m[0..mlen) from *pos against what
 * the reader returned; returns false when the model has no line left.
 */
static bool
model_next(const char *m, size_t mlen, size_t *pos, size_t max,
    enum zp_line_status st, const char *line, size_t len,
    unsigned long long off)
{
	const char *p = m + *pos, *nl;
	size_t n, raw;

	if (*pos >= mlen)
		return false;
	nl = memchr(p, '\n', mlen - *pos);
	raw = nl != NULL ? (size_t)(nl - p) : mlen - *pos;
	if (off != *pos)
		abort();
	n = raw;
	if (raw > max) {
		if (st != ZP_LINE_TOO_LONG || len != raw)
			abort();
	} else {
		if (n > 0 && p[n - 1] == '\r')
			n--;
		if (*pos == 0 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
			p += 3;
			n -= 3;
		}
		if (st != ZP_LINE_OK || len != n || memcmp(line, p, n) != 0)
			abort();
	}
	*pos += raw + (nl != NULL);
	return true;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct zp_buf file = ZP_BUF_INIT;
	const char *payload = (const char *)data + 1, *err;
	size_t plen, max, pos = 0, len;
	unsigned long nlines = 0;
	struct zp_source *src;
	struct zp_lines *l;
	enum zp_line_status st;
	char path[256], errbuf[160], *line;
	bool model, cut;
	int mode, fd = -1;

	if (size == 0)
		return 0;
	plen = size - 1;
	max = caps[data[0] & 7];
	mode = (data[0] >> 3) & 3;
	model = true;
	cut = false;
	switch (mode) {
	case 0:
		zp_buf_put(&file, payload, plen);
		model = !(plen >= 2 && (unsigned char)payload[0] == 0x1f &&
		    (unsigned char)payload[1] == 0x8b);
		break;
	case 1:
		gzmem_member(&file, payload, plen);
		break;
	case 2:
		gzmem_member(&file, payload, plen / 2);
		gzmem_member(&file, payload + plen / 2, plen - plen / 2);
		break;
	default:
		gzmem_member(&file, payload, plen);
		/* Keep the magic, so the cut file is still taken for gzip. */
		len = 2 + (file.len - 2) * (size_t)(data[0] >> 5) / 8;
		file.len = len < file.len ? len : file.len - 1;
		cut = true;
		break;
	}

	make_file(
	    path, sizeof(path), file.p != NULL ? file.p : "", file.len, &fd);
	src = zp_source_open(path, errbuf, sizeof(errbuf));
	if (src == NULL)
		abort();
	l = zp_lines_new(src, max);
	for (;;) {
		st = zp_lines_next(l, &line, &len, &err);
		if (st == ZP_LINE_EOF) {
			if (cut)
				abort(); /* truncation went unnoticed */
			break;
		}
		if (st == ZP_LINE_ERROR) {
			if (err == NULL || (model && !cut))
				abort();
			break;
		}
		nlines++;
		if (zp_lines_lineno(l) != nlines)
			abort();
		if (st == ZP_LINE_OK) {
			if (len > max || line[len] != '\0' ||
			    memchr(line, '\n', len) != NULL)
				abort();
		} else if (st != ZP_LINE_TOO_LONG || len <= max) {
			abort();
		}
		if (model &&
		    !model_next(payload, plen, &pos, max, st, line, len,
		        zp_lines_offset(l)))
			abort(); /* a line the model does not have */
	}
	/* At a clean end, every line of the model has been seen. */
	if (model && !cut && st == ZP_LINE_EOF && pos != plen)
		abort();
	/* After the end, the reader stays at the end. */
	if (zp_lines_next(l, &line, &len, &err) != ZP_LINE_EOF)
		abort();
	zp_lines_free(l);
	zp_source_close(src);
	if (fd >= 0)
		close(fd);
	else
		unlink(path);
	zp_buf_free(&file);
	return 0;
}
