/*
 * test_arc -- the ARC reader: v1 and v2 header lines, the version block
 * (its length counting the closing blank line or not), URLs with spaces,
 * wrong and truncated lengths with their offsets, resynchronisation,
 * per-record gzip, the size cap.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "gzmem.h"
#include "zhpipe/arc.h"

#define V1_DEF "URL IP-address Archive-date Content-type Archive-length\n"
#define V2_DEF \
	"URL IP-address Archive-date Content-type Result-code Checksum " \
	"Location Offset Filename Archive-length\n"

/* A version block; blank=1 counts the blank line after it in its length. */
static void
add_filedesc(struct zp_buf *b, int version, int blank)
{
	const char *def = version == 2 ? V2_DEF : V1_DEF;
	char body[256];
	size_t n;

	n = (size_t)snprintf(
	    body, sizeof(body), "%d 0 zhpipe-test\n%s", version, def);
	if (version == 2)
		zp_buf_printf(b,
		    "filedesc://t.arc 0.0.0.0 20040131080000 text/plain 200 - "
		    "- 0 t.arc %zu\n",
		    n + (size_t)blank);
	else
		zp_buf_printf(b,
		    "filedesc://t.arc 0.0.0.0 20040131080000 text/plain %zu\n",
		    n + (size_t)blank);
	zp_buf_printf(b, "%s\n", body);
}

/* One record with a true length, or `len` when it is not (size_t)-1. */
static void
add_record(struct zp_buf *b, int version, const char *url, const char *body,
    size_t len)
{
	size_t n = len != (size_t)-1 ? len : strlen(body);

	if (version == 2)
		zp_buf_printf(b,
		    "%s 192.0.2.7 20040215103000 text/html 200 - - %zu t.arc "
		    "%zu\n%s\n",
		    url, b->len, n, body);
	else
		zp_buf_printf(b,
		    "%s 192.0.2.7 20040215103000 text/html %zu\n%s\n", url, n,
		    body);
}

struct opened {
	char path[128];
	struct zp_source *src;
	struct zp_arc *a;
};

static void
open_mem(struct opened *o, const struct zp_buf *b, size_t max)
{
	char err[128];

	gzmem_tmpfile(o->path, sizeof(o->path), b->p, b->len);
	o->src = zp_source_open(o->path, err, sizeof(err));
	assert_non_null(o->src);
	o->a = zp_arc_new(o->src, max);
}

static void
close_mem(struct opened *o)
{
	zp_arc_free(o->a);
	zp_source_close(o->src);
	unlink(o->path);
}

#define PAGE1 "HTTP/1.0 200 OK\nContent-Type: text/html\n\n<p>一</p>"
#define PAGE2 "HTTP/1.0 200 OK\r\n\r\n<p>二</p>\n"

static void
test_v1(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;
	struct zp_arc_record r;
	struct opened o;
	const char *err;
	size_t at1, at2;

	(void)state;
	add_filedesc(&b, 1, 0);
	at1 = b.len + 1;
	zp_buf_putc(&b, '\n');
	add_record(&b, 1, "http://news.example.test/a", PAGE1, (size_t)-1);
	at2 = b.len;
	add_record(&b, 1, "http://news.example.test/b", PAGE2, (size_t)-1);
	open_mem(&o, &b, 1 << 20);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_true(r.version_block);
	assert_int_equal(r.version, 1);
	assert_int_equal(r.offset, 0);
	assert_string_equal(r.url, "filedesc://t.arc");
	assert_memory_equal(r.body, "1 0 zhpipe-test\n", 16);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_false(r.version_block);
	assert_int_equal(r.offset, at1);
	assert_string_equal(r.url, "http://news.example.test/a");
	assert_string_equal(r.ip, "192.0.2.7");
	assert_string_equal(r.date, "20040215103000");
	assert_string_equal(r.content_type, "text/html");
	assert_int_equal(r.body_len, strlen(PAGE1));
	assert_memory_equal(r.body, PAGE1, strlen(PAGE1));
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_int_equal(r.offset, at2);
	assert_int_equal(r.body_len, strlen(PAGE2));
	assert_memory_equal(r.body, PAGE2, strlen(PAGE2));
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_EOF);
	close_mem(&o);
	zp_buf_free(&b);
}

/* v2: ten fields; the version block's length counts its blank line. */
static void
test_v2(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;
	struct zp_arc_record r;
	struct opened o;
	const char *err;

	(void)state;
	add_filedesc(&b, 2, 1);
	zp_buf_putc(&b, '\n');
	add_record(&b, 2, "http://news.example.test/a", PAGE1, (size_t)-1);
	add_record(
	    &b, 2, "dns:news.example.test", "20040215103000\n", (size_t)-1);
	open_mem(&o, &b, 1 << 20);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_int_equal(r.version, 2);
	assert_true(r.version_block);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_int_equal(r.version, 2);
	assert_string_equal(r.url, "http://news.example.test/a");
	assert_string_equal(r.content_type, "text/html");
	assert_memory_equal(r.body, PAGE1, strlen(PAGE1));
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_string_equal(r.url, "dns:news.example.test");
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_EOF);
	close_mem(&o);
	zp_buf_free(&b);
}

/* No version block; a URL with spaces; a v2 line among v1 lines. */
static void
test_no_version_block(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;
	struct zp_arc_record r;
	struct opened o;
	const char *err;

	(void)state;
	add_record(&b, 1, "http://x.test/a b c.html", "one", (size_t)-1);
	add_record(&b, 2, "http://x.test/d", "two", (size_t)-1);
	open_mem(&o, &b, 1 << 20);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_string_equal(r.url, "http://x.test/a b c.html");
	assert_int_equal(r.version, 1);
	assert_memory_equal(r.body, "one", 3);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_int_equal(r.version, 2);
	assert_memory_equal(r.body, "two", 3);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_EOF);
	close_mem(&o);
	zp_buf_free(&b);
}

/*
 * A length too short, one too long (reaching over the next record's
 * header), and a truncated last record: each reported at its header
 * line's offset, and every good record around them still read.
 */
static void
test_bad_lengths(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;
	struct zp_arc_record r;
	struct opened o;
	const char *err;
	size_t short_at, long_at, cut_at;

	(void)state;
	add_filedesc(&b, 1, 0);
	zp_buf_putc(&b, '\n');
	short_at = b.len;
	add_record(&b, 1, "http://x.test/short", "<p>short by three</p>", 18);
	add_record(&b, 1, "http://x.test/ok1", "first good", (size_t)-1);
	long_at = b.len;
	add_record(&b, 1, "http://x.test/long", "too long", 60);
	add_record(&b, 1, "http://x.test/ok2",
	    "second good, swallowed by nothing", (size_t)-1);
	add_record(&b, 1, "http://x.test/ok3", "third good", (size_t)-1);
	cut_at = b.len;
	zp_buf_puts(&b,
	    "http://x.test/cut 192.0.2.7 20040215103000 text/html "
	    "500\n<p>cut");
	open_mem(&o, &b, 1 << 20);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_BAD);
	assert_int_equal(r.offset, short_at);
	assert_non_null(strstr(err, "wrong length: 18 bytes do not end"));
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_string_equal(r.url, "http://x.test/ok1");
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_BAD);
	assert_int_equal(r.offset, long_at);
	assert_non_null(strstr(err, "wrong length"));
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_string_equal(r.url, "http://x.test/ok2");
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_string_equal(r.url, "http://x.test/ok3");
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_BAD);
	assert_int_equal(r.offset, cut_at);
	assert_string_equal(err, "truncated record: 6 of 500 content bytes");
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_EOF);
	close_mem(&o);
	zp_buf_free(&b);
}

/*
 * Junk where a header line should be; a record whose length runs to the
 * end, which swallows no record after it; junk after a good body makes
 * that body's length suspect.
 */
static void
test_length_past_the_end(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;
	struct zp_arc_record r;
	struct opened o;
	const char *err;
	size_t huge_at, after_at;

	(void)state;
	zp_buf_puts(&b, "this is no header line\nnor this\n\n");
	huge_at = b.len;
	add_record(&b, 1, "http://x.test/huge", "body", 100000);
	add_record(&b, 1, "http://x.test/next", "next body", (size_t)-1);
	after_at = b.len;
	add_record(&b, 1, "http://x.test/junk-after", "body", (size_t)-1);
	zp_buf_puts(&b, "junk\n");
	open_mem(&o, &b, 1 << 20);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_BAD);
	assert_int_equal(r.offset, 0);
	assert_string_equal(
	    err, "expected an ARC header line (URL IP DATE TYPE LENGTH)");
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_BAD);
	assert_int_equal(r.offset, huge_at);
	assert_non_null(strstr(err, "truncated record"));
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_string_equal(r.url, "http://x.test/next");
	assert_memory_equal(r.body, "next body", 9);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_BAD);
	assert_int_equal(r.offset, after_at);
	assert_non_null(strstr(err, "wrong length"));
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_EOF);
	close_mem(&o);
	zp_buf_free(&b);
}

static void
test_cap_and_version(void **state)
{
	struct zp_buf b = ZP_BUF_INIT;
	struct zp_arc_record r;
	struct opened o;
	const char *err;

	(void)state;
	zp_buf_puts(&b,
	    "filedesc://old.arc 0.0.0.0 19990101000000 text/plain "
	    "13\n3 0 unknown\n\n");
	add_record(&b, 1, "http://x.test/big",
	    "a body longer than the cap of thirty-two bytes", (size_t)-1);
	add_record(&b, 1, "http://x.test/small", "fits", (size_t)-1);
	open_mem(&o, &b, 32);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_BAD);
	assert_int_equal(r.offset, 0);
	assert_string_equal(err, "unsupported ARC version (not 1 or 2)");
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_BAD);
	assert_string_equal(
	    err, "record of 46 bytes exceeds --max-record-bytes=32; skipped");
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_string_equal(r.url, "http://x.test/small");
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_EOF);
	close_mem(&o);
	zp_buf_free(&b);
}

/* One gzip member a record: the same records, decoded-stream offsets. */
static void
test_gzip_members(void **state)
{
	struct zp_buf one = ZP_BUF_INIT, gz = ZP_BUF_INIT;
	struct zp_arc_record r;
	struct opened o;
	const char *err;
	size_t at;
	enum zp_arc_status st;

	(void)state;
	add_filedesc(&one, 1, 0);
	zp_buf_putc(&one, '\n');
	gzmem_member(&gz, one.p, one.len);
	at = one.len;
	zp_buf_clear(&one);
	add_record(&one, 1, "http://x.test/a", "alpha", (size_t)-1);
	gzmem_member(&gz, one.p, one.len);
	zp_buf_clear(&one);
	add_record(&one, 1, "http://x.test/b", "beta", (size_t)-1);
	gzmem_member(&gz, one.p, one.len);
	open_mem(&o, &gz, 1 << 20);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_int_equal(r.offset, at);
	assert_memory_equal(r.body, "alpha", 5);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_memory_equal(r.body, "beta", 4);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_EOF);
	close_mem(&o);
	/* Cut inside the last member: a read error after the first two. */
	gzmem_tmpfile(o.path, sizeof(o.path), gz.p, gz.len - 10);
	o.src = zp_source_open(o.path, (char[64]){ 0 }, 64);
	o.a = zp_arc_new(o.src, 1 << 20);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	assert_int_equal(zp_arc_next(o.a, &r, &err), ZP_ARC_OK);
	st = zp_arc_next(o.a, &r, &err);
	if (st == ZP_ARC_OK)
		st = zp_arc_next(o.a, &r, &err);
	assert_int_equal(st, ZP_ARC_READ_ERROR);
	assert_non_null(strstr(err, "truncated"));
	close_mem(&o);
	zp_buf_free(&one);
	zp_buf_free(&gz);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_v1),
		cmocka_unit_test(test_v2),
		cmocka_unit_test(test_no_version_block),
		cmocka_unit_test(test_bad_lengths),
		cmocka_unit_test(test_length_past_the_end),
		cmocka_unit_test(test_cap_and_version),
		cmocka_unit_test(test_gzip_members),
	};

	cmocka_set_message_output(CM_OUTPUT_TAP);
	return cmocka_run_group_tests(tests, NULL, NULL);
}
