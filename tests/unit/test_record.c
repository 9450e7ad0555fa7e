/*
 * test_record -- the record reader (operands, bad lines reported with
 * FILE:LINE[:COL], counted and copied to --rejects, the size cap) and the
 * output record builder (source members kept byte for byte, a field of the
 * same name replaced in place, new fields appended in order).
 *
 * Standard output and standard error are redirected to temporary files
 * around each call under test, and read back.
 */
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "zhpipe/buf.h"
#include "zhpipe/err.h"
#include "zhpipe/record.h"

#include "gzmem.h"

#define S(lit) lit, sizeof(lit) - 1

struct capture {
	int fd; /* 1 or 2 */
	int saved;
	char path[256];
};

static void
capture_begin(struct capture *c, int fd)
{
	int tmp;

	gzmem_tmpfile(c->path, sizeof(c->path), "", 0);
	tmp = open(c->path, O_WRONLY | O_TRUNC);
	assert_true(tmp >= 0);
	fflush(fd == 1 ? stdout : stderr);
	c->fd = fd;
	c->saved = dup(fd);
	assert_true(c->saved >= 0);
	assert_int_equal(dup2(tmp, fd), fd);
	close(tmp);
}

/* Restores the descriptor and puts what was written into out. */
static void
capture_end(struct capture *c, struct zp_buf *out)
{
	char chunk[4096];
	ssize_t n;
	int fd;

	if (c->fd == 1)
		zp_out_flush();
	fflush(c->fd == 1 ? stdout : stderr);
	assert_int_equal(dup2(c->saved, c->fd), c->fd);
	close(c->saved);
	zp_buf_clear(out);
	fd = open(c->path, O_RDONLY);
	assert_true(fd >= 0);
	while ((n = read(fd, chunk, sizeof(chunk))) > 0)
		zp_buf_put(out, chunk, (size_t)n);
	close(fd);
	unlink(c->path);
	if (out->p == NULL)
		zp_buf_put(out, "", 0);
}

static struct zp_json rec = ZP_JSON_INIT;

static void
parse_src(const char *s)
{
	if (zp_json_parse(&rec, s, strlen(s)) != 0)
		fail_msg("bad test record %s: %s", s, rec.err);
}

/* Emits o (begun by the caller) and compares the line written. */
static void
expect_emit(struct zp_recout *o, const char *want)
{
	struct capture c;
	struct zp_buf out = ZP_BUF_INIT;

	capture_begin(&c, 1);
	zp_recout_emit(o);
	capture_end(&c, &out);
	assert_string_equal(out.p, want);
	zp_buf_free(&out);
}

static void
test_recout_keep(void **state)
{
	struct zp_recout o = ZP_RECOUT_INIT;

	(void)state;
	/* Untouched: members byte for byte, spacing inside a member too. */
	parse_src(" {\"id\":\"t:1\", \"text\" : \"中文\\u3002\" ,"
	          "\"n\":123456789012345678901234567890,\"r\":0.1,"
	          "\"x\":[1, 2]} ");
	zp_recout_begin(&o, &rec);
	expect_emit(&o,
	    "{\"id\":\"t:1\",\"text\" : \"中文\\u3002\","
	    "\"n\":123456789012345678901234567890,\"r\":0.1,"
	    "\"x\":[1, 2]}\n");
	/* A new field goes at the end. */
	zp_recout_begin(&o, &rec);
	zp_buf_puts(zp_recout_field(&o, "numbers"), "[1,2.5]");
	expect_emit(&o,
	    "{\"id\":\"t:1\",\"text\" : \"中文\\u3002\","
	    "\"n\":123456789012345678901234567890,\"r\":0.1,"
	    "\"x\":[1, 2],\"numbers\":[1,2.5]}\n");
	zp_recout_free(&o);
}

static void
test_recout_replace(void **state)
{
	struct zp_recout o = ZP_RECOUT_INIT;

	(void)state;
	parse_src("{\"id\":\"t:1\",\"text\" : \"old\",\"z\":true}");
	zp_recout_begin(&o, &rec);
	zp_recout_str(&o, "new", S("值"));
	zp_recout_str(&o, "text", S("new \"quoted\"\n"));
	zp_recout_int(&o, "sent", 3);
	expect_emit(&o,
	    "{\"id\":\"t:1\",\"text\":\"new \\\"quoted\\\"\\n\","
	    "\"z\":true,\"new\":\"值\",\"sent\":3}\n");
	/* The source's key is matched decoded and kept as written. */
	parse_src("{\"\\u0074ext\":\"a\",\"b\":1}");
	zp_recout_begin(&o, &rec);
	zp_recout_str(&o, "text", S("b"));
	expect_emit(&o, "{\"\\u0074ext\":\"b\",\"b\":1}\n");
	/* Replacing the first and the last member. */
	parse_src("{\"a\":1,\"b\":2,\"c\":3}");
	zp_recout_begin(&o, &rec);
	zp_recout_int(&o, "c", -30);
	zp_recout_int(&o, "a", 10);
	expect_emit(&o, "{\"a\":10,\"b\":2,\"c\":-30}\n");
	/* A key named twice keeps its last value, once. */
	zp_recout_begin(&o, &rec);
	zp_recout_int(&o, "n", 1);
	zp_recout_int(&o, "b", 20);
	zp_recout_int(&o, "n", 2);
	zp_recout_int(&o, "b", 21);
	expect_emit(&o, "{\"a\":1,\"b\":21,\"c\":3,\"n\":2}\n");
	/* A new record starts clean: no field left from the last one. */
	zp_recout_begin(&o, &rec);
	expect_emit(&o, "{\"a\":1,\"b\":2,\"c\":3}\n");
	zp_recout_free(&o);
}

static void
test_recout_new(void **state)
{
	struct zp_recout o = ZP_RECOUT_INIT;
	struct zp_buf *v;
	int i;

	(void)state;
	zp_recout_begin(&o, NULL);
	expect_emit(&o, "{}\n");
	zp_recout_begin(&o, NULL);
	zp_recout_str(&o, "k\"ey", S("v"));
	zp_recout_int(&o, "n", -9223372036854775807LL - 1);
	expect_emit(&o, "{\"k\\\"ey\":\"v\",\"n\":-9223372036854775808}\n");
	parse_src("{}");
	zp_recout_begin(&o, &rec);
	zp_recout_int(&o, "a", 1);
	expect_emit(&o, "{\"a\":1}\n");
	/* Many fields: the field table grows. */
	zp_recout_begin(&o, NULL);
	for (i = 0; i < 20; i++) {
		static const char *const keys[] = { "f0", "f1", "f2", "f3",
			"f4", "f5", "f6", "f7", "f8", "f9", "f10", "f11", "f12",
			"f13", "f14", "f15", "f16", "f17", "f18", "f19" };

		v = zp_recout_field(&o, keys[i]);
		zp_buf_printf(v, "%d", i);
	}
	expect_emit(&o,
	    "{\"f0\":0,\"f1\":1,\"f2\":2,\"f3\":3,\"f4\":4,"
	    "\"f5\":5,\"f6\":6,\"f7\":7,\"f8\":8,\"f9\":9,\"f10\":10,"
	    "\"f11\":11,\"f12\":12,\"f13\":13,\"f14\":14,\"f15\":15,"
	    "\"f16\":16,\"f17\":17,\"f18\":18,\"f19\":19}\n");
	zp_recout_free(&o);
}

static void
test_out_write(void **state)
{
	struct capture c;
	struct zp_buf out = ZP_BUF_INIT, want = ZP_BUF_INIT;
	char big[200000];
	int i;

	(void)state;
	for (i = 0; i < (int)sizeof(big); i++)
		big[i] = (char)('a' + i % 26);
	capture_begin(&c, 1);
	for (i = 0; i < 1000; i++) {
		char line[32];
		int n = snprintf(line, sizeof(line), "%d\n", i);

		zp_out_write(line, (size_t)n);
		zp_buf_put(&want, line, (size_t)n);
		if (i == 500) {
			zp_out_write(big, sizeof(big));
			zp_buf_put(&want, big, sizeof(big));
		}
	}
	capture_end(&c, &out);
	assert_int_equal(out.len, want.len);
	assert_memory_equal(out.p, want.p, out.len);
	zp_buf_free(&out);
	zp_buf_free(&want);
}

/* Runs a reader over files, writing each record; returns out and err. */
static unsigned long
run_reader(int nfiles, char **files, const struct zp_reader_opts *opts,
    struct zp_buf *out, struct zp_buf *err)
{
	struct capture co, ce;
	struct zp_recout o = ZP_RECOUT_INIT;
	struct zp_reader *r;
	struct zp_json *j;
	unsigned long rejected;

	capture_begin(&co, 1);
	capture_begin(&ce, 2);
	r = zp_reader_open(nfiles, files, opts);
	while ((j = zp_reader_next(r)) != NULL) {
		uint32_t t = zp_json_get(j, 0, "text");

		/* A filter's own rejection, like "text" not a string. */
		if (t != ZP_JSON_NONE && zp_json_type(j, t) != ZP_JSTRING) {
			zp_reject(r, "\"text\" is not a string");
			continue;
		}
		zp_recout_begin(&o, j);
		zp_recout_int(&o, "line", (long long)zp_reader_lineno(r));
		zp_recout_emit(&o);
	}
	rejected = zp_reader_rejected(r);
	zp_reader_close(r);
	zp_recout_free(&o);
	capture_end(&ce, err);
	capture_end(&co, out);
	return rejected;
}

static void
test_reader_bad_lines(void **state)
{
	static const char in[] =
	    "{\"id\":1}\n"
	    "\n"
	    "   \t\r\n"
	    "[]\n"
	    "{\"a\":\n"
	    "{\"id\":2}\r\n"
	    "{\"text\":\"this one is longer than the cap\"}\n"
	    "42\n"
	    "{\"中\":x}\n"
	    "{\"text\":7}\n"
	    "\"x\"\n"
	    "null\n"
	    "{\"a\":1,\"a\":2}\n"
	    "{\"id\":3}";
	struct zp_reader_opts opts = { 0 };
	struct zp_buf out = ZP_BUF_INIT, err = ZP_BUF_INIT, want = ZP_BUF_INIT;
	char path[256], rpath[256], *files[1];
	FILE *f;

	(void)state;
	zp_init("/some/dir/test_record");
	gzmem_tmpfile(path, sizeof(path), in, sizeof(in) - 1);
	gzmem_tmpfile(rpath, sizeof(rpath), "", 0);
	files[0] = path;
	opts.max_record = 30;
	opts.rejects = rpath;
	assert_int_equal(zp_status(), 0);
	assert_int_equal(run_reader(1, files, &opts, &out, &err), 9);
	assert_string_equal(out.p,
	    "{\"id\":1,\"line\":1}\n"
	    "{\"id\":2,\"line\":6}\n{\"id\":3,\"line\":14}\n");
	zp_buf_printf(&want,
	    "test_record: %s:4: not a JSON object\n"
	    "test_record: %s:5:6: invalid JSON: unexpected end of input\n"
	    "test_record: %s:7: record of 42 bytes exceeds "
	    "--max-record-bytes=30; skipped\n"
	    "test_record: %s:8: not a JSON object\n"
	    "test_record: %s:9:6: invalid JSON: unexpected character\n"
	    "test_record: %s:10: \"text\" is not a string\n"
	    "test_record: %s:11: not a JSON object\n"
	    "test_record: %s:12: not a JSON object\n"
	    "test_record: %s:13:8: invalid JSON: duplicate object key\n",
	    path, path, path, path, path, path, path, path, path);
	assert_string_equal(err.p, want.p);
	assert_int_equal(zp_status(), ZP_EXIT_REJECTS);
	/* The rejected lines, as read; the oversized one is not kept. */
	f = fopen(rpath, "r");
	assert_non_null(f);
	zp_buf_clear(&out);
	{
		char chunk[512];
		size_t n;

		while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
			zp_buf_put(&out, chunk, n);
	}
	fclose(f);
	assert_string_equal(out.p,
	    "[]\n{\"a\":\n42\n{\"中\":x}\n"
	    "{\"text\":7}\n\"x\"\nnull\n{\"a\":1,\"a\":2}\n");
	unlink(path);
	unlink(rpath);
	zp_buf_free(&out);
	zp_buf_free(&err);
	zp_buf_free(&want);
}

static void
test_reader_operands(void **state)
{
	struct zp_buf out = ZP_BUF_INIT, err = ZP_BUF_INIT, want = ZP_BUF_INIT;
	struct zp_buf gz = ZP_BUF_INIT, big = ZP_BUF_INIT;
	char a[256], b[256], g[256], t[256], dir[] = "/tmp/zp-test-XXXXXX";
	char *files[6];
	int i;

	(void)state;
	zp_init("test_record");
	gzmem_tmpfile(a, sizeof(a), S("{\"f\":\"a\"}\n"));
	gzmem_member(&gz, S("{\"f\":\"gz1\"}\n"));
	gzmem_member(&gz, S("{\"f\":\"gz2\"}\n"));
	gzmem_tmpfile(g, sizeof(g), gz.p, gz.len);
	gzmem_tmpfile(b, sizeof(b), S("\xEF\xBB\xBF{\"f\":\"b\"}"));
	assert_non_null(mkdtemp(dir));
	files[0] = a;
	files[1] = "/nonexistent/zp-test";
	files[2] = dir;
	files[3] = g;
	files[4] = b;
	assert_int_equal(run_reader(5, files, NULL, &out, &err), 0);
	assert_string_equal(out.p,
	    "{\"f\":\"a\",\"line\":1}\n"
	    "{\"f\":\"gz1\",\"line\":1}\n{\"f\":\"gz2\",\"line\":2}\n"
	    "{\"f\":\"b\",\"line\":1}\n");
	zp_buf_printf(&want,
	    "test_record: /nonexistent/zp-test: %s\n"
	    "test_record: %s: %s\n",
	    strerror(ENOENT), dir, strerror(EISDIR));
	assert_string_equal(err.p, want.p);
	assert_int_equal(zp_status(), ZP_EXIT_TROUBLE);

	/* A truncated gzip: the complete records before the cut, then 2. */
	for (i = 0; i < 5000; i++)
		zp_buf_printf(&big, "{\"i\":%d}\n", i);
	zp_buf_clear(&gz);
	gzmem_member(&gz, big.p, big.len);
	gzmem_tmpfile(t, sizeof(t), gz.p, gz.len / 2);
	files[0] = t;
	files[1] = a;
	run_reader(2, files, NULL, &out, &err);
	zp_buf_clear(&want);
	zp_buf_printf(&want,
	    "test_record: %s: unexpected end of file "
	    "(truncated gzip input)\n",
	    t);
	assert_string_equal(err.p, want.p);
	/* Whole records only, in order, and the next operand is read. */
	{
		const char *p = out.p, *nl;
		int n = 0;
		char line[64];

		while ((nl = strchr(p, '\n')) != NULL) {
			snprintf(line, sizeof(line), "{\"i\":%d,\"line\":%d}",
			    n, n + 1);
			if (strncmp(p, line, (size_t)(nl - p)) != 0)
				break;
			n++;
			p = nl + 1;
		}
		assert_true(n > 100 && n < 5000);
		assert_string_equal(p, "{\"f\":\"a\",\"line\":1}\n");
	}
	unlink(a);
	unlink(b);
	unlink(g);
	unlink(t);
	rmdir(dir);
	zp_buf_free(&out);
	zp_buf_free(&err);
	zp_buf_free(&want);
	zp_buf_free(&gz);
	zp_buf_free(&big);
}

static void
test_reader_stdin(void **state)
{
	struct zp_buf out = ZP_BUF_INIT, err = ZP_BUF_INIT;
	char path[256], *files[1] = { "-" };
	int fd, saved;

	(void)state;
	gzmem_tmpfile(path, sizeof(path), S("{\"a\":1}\n{bad}\n"));
	fd = open(path, O_RDONLY);
	assert_true(fd >= 0);
	saved = dup(0);
	assert_int_equal(dup2(fd, 0), 0);
	close(fd);
	run_reader(1, files, NULL, &out, &err);
	assert_int_equal(dup2(saved, 0), 0);
	close(saved);
	unlink(path);
	assert_string_equal(out.p, "{\"a\":1,\"line\":1}\n");
	assert_string_equal(err.p,
	    "test_record: <stdin>:2:2: invalid JSON: "
	    "object key expected\n");
	zp_buf_free(&out);
	zp_buf_free(&err);
}

static int
teardown(void **state)
{
	(void)state;
	zp_json_free(&rec);
	return 0;
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_recout_keep),
		cmocka_unit_test(test_recout_replace),
		cmocka_unit_test(test_recout_new),
		cmocka_unit_test(test_out_write),
		cmocka_unit_test(test_reader_bad_lines),
		cmocka_unit_test(test_reader_stdin),
		cmocka_unit_test(test_reader_operands),
	};

	return cmocka_run_group_tests_name("record", tests, NULL, teardown);
}
