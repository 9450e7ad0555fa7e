/*
 * test_input -- byte sources and the line reader: plain and gzip input
 * (one member, several, truncated, corrupt, header only, trailing garbage,
 * empty), BOM, CRLF, a last line without newline, the line cap, NUL bytes,
 * lines across buffer boundaries and input arriving a byte at a time.
 *
 * The gzip data is made here with zlib; each case is written to a temporary
 * file and read back through zp_source_open.
 */
#include <errno.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmocka.h>

#include "zhpipe/buf.h"
#include "zhpipe/input.h"

#include "gzmem.h"

#define S(lit) lit, sizeof(lit) - 1

/*
 * Reads every line of path with cap max into a transcript: "text|" per
 * line (NUL shown as \0), "T<len>|" per line over the cap, "E|" for an
 * error (its message goes to *errmsg when given), then "EOF" at the end.
 */
static void
transcript_src(struct zp_source *src, size_t max, struct zp_buf *out,
    char *errmsg, size_t errsize)
{
	struct zp_lines *l = zp_lines_new(src, max);
	enum zp_line_status st;
	unsigned long n = 0;
	const char *err;
	char *line;
	size_t len, i;

	zp_buf_clear(out);
	while ((st = zp_lines_next(l, &line, &len, &err)) != ZP_LINE_EOF) {
		n++;
		if (st == ZP_LINE_ERROR) {
			assert_non_null(err);
			if (errmsg != NULL)
				snprintf(errmsg, errsize, "%s", err);
			zp_buf_puts(out, "E|");
			n--;
			continue;
		}
		assert_int_equal(zp_lines_lineno(l), n);
		if (st == ZP_LINE_TOO_LONG) {
			zp_buf_printf(out, "T%zu|", len);
			continue;
		}
		assert_int_equal(st, ZP_LINE_OK);
		assert_int_equal(line[len], '\0');
		for (i = 0; i < len; i++) {
			if (line[i] == '\0')
				zp_buf_puts(out, "\\0");
			else
				zp_buf_putc(out, line[i]);
		}
		zp_buf_putc(out, '|');
	}
	zp_buf_puts(out, "EOF");
	/* The end is sticky. */
	assert_int_equal(zp_lines_next(l, &line, &len, &err), ZP_LINE_EOF);
	zp_lines_free(l);
}

static void
transcript(const void *data, size_t n, size_t max, struct zp_buf *out,
    char *errmsg, size_t errsize, bool *gzip)
{
	char path[256], err[160];
	struct zp_source *src;

	gzmem_tmpfile(path, sizeof(path), data, n);
	src = zp_source_open(path, err, sizeof(err));
	assert_non_null(src);
	assert_string_equal(zp_source_name(src), path);
	transcript_src(src, max, out, errmsg, errsize);
	if (gzip != NULL)
		*gzip = zp_source_is_gzip(src);
	zp_source_close(src);
	unlink(path);
}

static void
expect_lines(const void *data, size_t n, size_t max, const char *want)
{
	struct zp_buf out = ZP_BUF_INIT;

	transcript(data, n, max, &out, NULL, 0, NULL);
	assert_string_equal(out.p, want);
	zp_buf_free(&out);
}

#define BIG ((size_t)1 << 30)

static void
test_plain(void **state)
{
	(void)state;
	expect_lines(S(""), BIG, "EOF");
	expect_lines(S("a\nb\n"), BIG, "a|b|EOF");
	expect_lines(S("a\nb"), BIG, "a|b|EOF"); /* no final newline */
	expect_lines(S("\n\n"), BIG, "||EOF");   /* blank lines */
	expect_lines(S("\n"), BIG, "|EOF");
	expect_lines(S("x"), BIG, "x|EOF");
	expect_lines(S("中文\n"), BIG, "中文|EOF");
	/* One byte only: too short for the gzip magic, read as text. */
	expect_lines(S("\x1f"), BIG, "\x1f|EOF");
}

static void
test_crlf_bom(void **state)
{
	(void)state;
	expect_lines(S("a\r\nb\r\n"), BIG, "a|b|EOF");
	expect_lines(S("a\r\nb\r"), BIG, "a|b|EOF");
	/* Only one \r is dropped, and only before the newline. */
	expect_lines(S("a\r\r\nb\rc\n"), BIG, "a\r|b\rc|EOF");
	expect_lines(S("\r\n"), BIG, "|EOF");
	expect_lines(S("\xEF\xBB\xBF{}\n{}\n"), BIG, "{}|{}|EOF");
	expect_lines(S("\xEF\xBB\xBF"), BIG, "|EOF");
	expect_lines(S("\xEF\xBB\xBF\r\nx"), BIG, "|x|EOF");
	/* A BOM anywhere but the very start is data. */
	expect_lines(S("a\n\xEF\xBB\xBF"
	               "b\n"),
	    BIG,
	    "a|\xEF\xBB\xBF"
	    "b|EOF");
	expect_lines(S("toolong\n\xEF\xBB\xBF"
	               "b\n"),
	    4,
	    "T7|\xEF\xBB\xBF"
	    "b|EOF");
}

static void
test_nul_bytes(void **state)
{
	(void)state;
	expect_lines("a\0b\n\0\nc", 7, BIG, "a\\0b|\\0|c|EOF");
	expect_lines("\0\0", 2, BIG, "\\0\\0|EOF");
}

static void
test_cap(void **state)
{
	(void)state;
	/* Over the cap: skipped, reported with its length; next line read. */
	expect_lines(S("abc\nabcd\nab\n"), 3, "abc|T4|ab|EOF");
	expect_lines(S("abcd\n"), 3, "T4|EOF");
	/* The last line, without newline, over the cap. */
	expect_lines(S("ab\nabcdefgh"), 3, "ab|T8|EOF");
	expect_lines(S("abcdefgh"), 3, "T8|EOF");
	/* The \r counts toward the cap, as the bytes on disk do. */
	expect_lines(S("abc\r\nx\n"), 3, "T4|x|EOF");
	expect_lines(S("ab\r\nx\n"), 3, "ab|x|EOF");
	expect_lines(S("a\n\n"), 0, "T1||EOF");
}

/* A line of n bytes of c (n > 0), then "\n". */
static void
put_run(struct zp_buf *b, char c, size_t n)
{
	memset(zp_buf_reserve(b, n), c, n);
	b->len += n;
	zp_buf_putc(b, '\n');
}

static void
test_long_lines(void **state)
{
	struct zp_buf in = ZP_BUF_INIT, out = ZP_BUF_INIT, gz = ZP_BUF_INIT;
	struct zp_buf want = ZP_BUF_INIT;
	size_t sizes[] = { 65535, 65536, 65537, 300000, 1 };
	size_t i;

	(void)state;
	/* Lines across every buffer boundary the reader has. */
	for (i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		put_run(&in, (char)('a' + i), sizes[i]);
		zp_buf_printf(&want, "%c%zu|", (char)('a' + i), sizes[i]);
	}
	zp_buf_puts(&want, "EOF");
	transcript(in.p, in.len, BIG, &out, NULL, 0, NULL);
	/* Summarize each line as its first byte and length. */
	{
		struct zp_buf sum = ZP_BUF_INIT;
		const char *p = out.p, *bar;

		while ((bar = strchr(p, '|')) != NULL) {
			zp_buf_printf(&sum, "%c%zu|", *p, (size_t)(bar - p));
			p = bar + 1;
		}
		zp_buf_puts(&sum, p);
		assert_string_equal(sum.p, want.p);
		zp_buf_free(&sum);
	}
	/* The same lines skipped by a cap, then a short one read. */
	zp_buf_puts(&in, "end\n");
	transcript(in.p, in.len, 1000, &out, NULL, 0, NULL);
	assert_string_equal(out.p, "T65535|T65536|T65537|T300000|e|end|EOF");
	/* And through gzip. */
	gzmem_member(&gz, in.p, in.len);
	transcript(gz.p, gz.len, 1000, &out, NULL, 0, NULL);
	assert_string_equal(out.p, "T65535|T65536|T65537|T300000|e|end|EOF");
	zp_buf_free(&in);
	zp_buf_free(&out);
	zp_buf_free(&gz);
	zp_buf_free(&want);
}

static void
test_many_lines_offsets(void **state)
{
	struct zp_buf in = ZP_BUF_INIT;
	char path[256], err[160], *line;
	struct zp_source *src;
	struct zp_lines *l;
	const char *e;
	size_t len;
	unsigned long long off = 0;
	int i;

	(void)state;
	for (i = 0; i < 100000; i++)
		zp_buf_printf(
		    &in, "{\"id\":\"t:%d\"}%s\n", i, i % 3 ? "" : "\r");
	gzmem_tmpfile(path, sizeof(path), in.p, in.len);
	src = zp_source_open(path, err, sizeof(err));
	assert_non_null(src);
	l = zp_lines_new(src, BIG);
	for (i = 0; i < 100000; i++) {
		char want[32];

		snprintf(want, sizeof(want), "{\"id\":\"t:%d\"}", i);
		assert_int_equal(zp_lines_next(l, &line, &len, &e), ZP_LINE_OK);
		assert_string_equal(line, want);
		assert_int_equal(zp_lines_offset(l), off);
		assert_int_equal(zp_lines_lineno(l), (unsigned long)i + 1);
		off += len + 1 + (i % 3 == 0);
	}
	assert_int_equal(zp_lines_next(l, &line, &len, &e), ZP_LINE_EOF);
	assert_int_equal(off, in.len);
	zp_lines_free(l);
	zp_source_close(src);
	unlink(path);
	zp_buf_free(&in);
}

static void
test_gzip(void **state)
{
	struct zp_buf gz = ZP_BUF_INIT, out = ZP_BUF_INIT;
	bool is_gz = false;

	(void)state;
	gzmem_member(&gz, S("{\"a\":1}\n中文\n"));
	transcript(gz.p, gz.len, BIG, &out, NULL, 0, &is_gz);
	assert_string_equal(out.p, "{\"a\":1}|中文|EOF");
	assert_true(is_gz);

	/* Several members, the line split across two of them. */
	gzmem_member(&gz, S("line two\nline th"));
	gzmem_member(&gz, S(""));
	gzmem_member(&gz, S("ree\nlast"));
	transcript(gz.p, gz.len, BIG, &out, NULL, 0, NULL);
	assert_string_equal(
	    out.p, "{\"a\":1}|中文|line two|line three|last|EOF");

	/* gzip of empty input, and a BOM and CRLF inside gzip. */
	zp_buf_clear(&gz);
	gzmem_member(&gz, S(""));
	transcript(gz.p, gz.len, BIG, &out, NULL, 0, &is_gz);
	assert_string_equal(out.p, "EOF");
	assert_true(is_gz);
	zp_buf_clear(&gz);
	gzmem_member(&gz,
	    S("\xEF\xBB\xBF"
	      "a\r\nb\r\n"));
	transcript(gz.p, gz.len, BIG, &out, NULL, 0, NULL);
	assert_string_equal(out.p, "a|b|EOF");

	/* Trailing garbage after the last member is ignored, as gzip -d. */
	zp_buf_clear(&gz);
	gzmem_member(&gz, S("x\ny\n"));
	zp_buf_puts(&gz, "this is not gzip\n");
	transcript(gz.p, gz.len, BIG, &out, NULL, 0, NULL);
	assert_string_equal(out.p, "x|y|EOF");
	zp_buf_free(&gz);
	zp_buf_free(&out);
}

static void
test_gzip_broken(void **state)
{
	struct zp_buf in = ZP_BUF_INIT, gz = ZP_BUF_INIT, out = ZP_BUF_INIT;
	struct zp_buf one = ZP_BUF_INIT;
	char msg[160];
	size_t full, cut;
	int i;

	(void)state;
	for (i = 0; i < 20000; i++)
		zp_buf_printf(
		    &in, "{\"id\":\"t:%d\",\"v\":%d}\n", i, (i * 7919) % 10007);
	gzmem_member(&gz, in.p, in.len);
	full = gz.len;

	/* Header only: an error, no line. */
	msg[0] = '\0';
	transcript(gz.p, 5, BIG, &out, msg, sizeof(msg), NULL);
	assert_string_equal(out.p, "E|EOF");
	assert_non_null(strstr(msg, "truncated"));

	/* Cut short: a prefix of the lines, then an error, no partial line. */
	for (cut = 10; cut < full; cut += full / 7) {
		struct zp_buf want = ZP_BUF_INIT;
		const char *p = in.p, *nl;
		size_t nlines;

		transcript(gz.p, cut, BIG, &out, msg, sizeof(msg), NULL);
		assert_true(out.len >= 5);
		assert_string_equal(out.p + out.len - 5, "E|EOF");
		nlines = 0;
		for (p = out.p; (nl = strchr(p, '|')) != NULL; p = nl + 1)
			nlines++;
		nlines--; /* the "E|" */
		/* Rebuild the first nlines lines of the input. */
		for (p = in.p; nlines-- > 0; p = nl + 1) {
			nl = strchr(p, '\n');
			zp_buf_put(&want, p, (size_t)(nl - p));
			zp_buf_putc(&want, '|');
		}
		zp_buf_puts(&want, "E|EOF");
		assert_string_equal(out.p, want.p);
		assert_non_null(strstr(msg, "truncated"));
		zp_buf_free(&want);
	}
	/* All but the last byte of the trailer. */
	transcript(gz.p, full - 1, BIG, &out, msg, sizeof(msg), NULL);
	assert_string_equal(out.p + out.len - 5, "E|EOF");

	/* A bad block header in the second member: the first is read. */
	gzmem_member(&one, S("good\n"));
	gzmem_member(&one, S("never seen\n"));
	one.p[one.len / 2 + 10] = (char)0xFF;
	transcript(one.p, one.len, BIG, &out, msg, sizeof(msg), NULL);
	assert_string_equal(out.p, "good|E|EOF");
	assert_non_null(strstr(msg, "corrupt"));

	/* A damaged CRC: the data decodes, then the check fails. */
	zp_buf_clear(&one);
	gzmem_member(&one, S("a\nb\n"));
	one.p[one.len - 8] ^= 1;
	transcript(one.p, one.len, BIG, &out, msg, sizeof(msg), NULL);
	assert_string_equal(out.p + out.len - 5, "E|EOF");
	assert_non_null(strstr(msg, "corrupt"));

	/* A damaged length field. */
	zp_buf_clear(&one);
	gzmem_member(&one, S("a\nb\n"));
	one.p[one.len - 1] ^= 1;
	transcript(one.p, one.len, BIG, &out, msg, sizeof(msg), NULL);
	assert_string_equal(out.p + out.len - 5, "E|EOF");

	/* Corruption in the middle of the deflate data of a big member. */
	gz.p[full / 2] ^= 0x55;
	gz.p[full / 2 + 1] ^= 0x55;
	transcript(gz.p, full, BIG, &out, msg, sizeof(msg), NULL);
	assert_string_equal(out.p + out.len - 5, "E|EOF");

	zp_buf_free(&in);
	zp_buf_free(&gz);
	zp_buf_free(&out);
	zp_buf_free(&one);
}

static void
test_open_errors(void **state)
{
	char err[160], dir[] = "/tmp/zp-test-dir-XXXXXX";
	struct zp_source *src;

	(void)state;
	src = zp_source_open("/nonexistent/zp-test", err, sizeof(err));
	assert_null(src);
	assert_string_equal(err, strerror(ENOENT));
	assert_non_null(mkdtemp(dir));
	src = zp_source_open(dir, err, sizeof(err));
	assert_null(src);
	assert_string_equal(err, strerror(EISDIR));
	rmdir(dir);
	zp_source_close(NULL);
}

/* A child writes data into a pipe one byte per write(2). */
static void
pipe_source(const void *data, size_t n, const char *want)
{
	struct zp_buf out = ZP_BUF_INIT;
	struct zp_source *src;
	char path[64], err[160];
	int fd[2], status;
	pid_t pid;

	assert_int_equal(pipe(fd), 0);
	pid = fork();
	assert_true(pid >= 0);
	if (pid == 0) {
		const char *p = data;
		size_t i;

		close(fd[0]);
		for (i = 0; i < n; i++)
			if (write(fd[1], p + i, 1) != 1)
				_exit(1);
		_exit(0);
	}
	close(fd[1]);
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd[0]);
	src = zp_source_open(path, err, sizeof(err));
	assert_non_null(src);
	transcript_src(src, BIG, &out, NULL, 0);
	zp_source_close(src);
	close(fd[0]);
	assert_int_equal(waitpid(pid, &status, 0), pid);
	assert_true(WIFEXITED(status) && WEXITSTATUS(status) == 0);
	assert_string_equal(out.p, want);
	zp_buf_free(&out);
}

static void
test_pipe_trickle(void **state)
{
	struct zp_buf gz = ZP_BUF_INIT;

	(void)state;
	pipe_source(S("\xEF\xBB\xBF"
	              "a\r\nbc\nd"),
	    "a|bc|d|EOF");
	gzmem_member(&gz, S("x\ny\n"));
	gzmem_member(&gz, S("z\n"));
	pipe_source(gz.p, gz.len, "x|y|z|EOF");
	/* One byte that looks like the start of the magic. */
	pipe_source(S("\x1f"), "\x1f|EOF");
	zp_buf_free(&gz);
}

/* zp_each_line: collects "lineno:text|", refuses a line that says "stop". */
static int
collect(void *arg, char *line, size_t len, unsigned long lineno, char *why,
    size_t whysize)
{
	if (strcmp(line, "stop") == 0) {
		snprintf(why, whysize, "told to stop");
		return -1;
	}
	assert_int_equal(strlen(line), len);
	zp_buf_printf(arg, "%lu:%s|", lineno, line);
	return 0;
}

static int
each_line_of(const void *data, size_t n, bool gzip, struct zp_buf *out,
    char *err, size_t errsize, char *path, size_t pathsize)
{
	struct zp_buf z = ZP_BUF_INIT;
	int rc;

	if (gzip) {
		gzmem_member(&z, data, n);
		gzmem_tmpfile(path, pathsize, z.p, z.len);
	} else {
		gzmem_tmpfile(path, pathsize, data, n);
	}
	zp_buf_clear(out);
	rc = zp_each_line(path, collect, out, err, errsize);
	unlink(path);
	zp_buf_free(&z);
	return rc;
}

static void
test_each_line(void **state)
{
	struct zp_buf out = ZP_BUF_INIT, want = ZP_BUF_INIT;
	char path[256], err[512];
	const char text[] = "\xef\xbb\xbf"
	                    "# a comment\n"
	                    "一\r\n"
	                    "\n"
	                    "二\r\r\n"
	                    "  # not a comment\n"
	                    "last";

	(void)state;
	for (int gz = 0; gz < 2; gz++) {
		assert_int_equal(each_line_of(S(text), gz, &out, err,
		                     sizeof(err), path, sizeof(path)),
		    0);
		assert_string_equal(
		    out.p, "2:一|4:二|5:  # not a comment|6:last|");
	}

	/* A refused line is named with the file and its number. */
	assert_int_equal(each_line_of(S("a\n#\nstop\nb\n"), false, &out, err,
	                     sizeof(err), path, sizeof(path)),
	    -1);
	assert_string_equal(out.p, "1:a|");
	zp_buf_printf(&want, "%s:3: told to stop", path);
	assert_string_equal(err, want.p);

	/* A line over the cap is an error, not a truncated word. */
	zp_buf_clear(&want);
	zp_buf_puts(&want, "a\n");
	for (size_t i = 0; i <= ZP_DATA_LINE_MAX; i++)
		zp_buf_putc(&want, 'x');
	assert_int_equal(each_line_of(want.p, want.len, false, &out, err,
	                     sizeof(err), path, sizeof(path)),
	    -1);
	zp_buf_clear(&want);
	zp_buf_printf(
	    &want, "%s:2: line longer than %zu bytes", path, ZP_DATA_LINE_MAX);
	assert_string_equal(err, want.p);

	/* A file that cannot be opened: "PATH: reason". */
	assert_int_equal(zp_each_line("/nonexistent/words.txt", collect, &out,
	                     err, sizeof(err)),
	    -1);
	assert_string_equal(
	    err, "/nonexistent/words.txt: No such file or directory");

	/* A corrupt gzip stream is a read error of the file. */
	assert_int_equal(each_line_of(S("\x1f\x8b\x08\x00garbage"), false, &out,
	                     err, sizeof(err), path, sizeof(path)),
	    -1);
	assert_memory_equal(err, path, strlen(path));
	assert_string_not_equal(err + strlen(path), "");
	zp_buf_free(&out);
	zp_buf_free(&want);
}

int
main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_plain),
		cmocka_unit_test(test_crlf_bom),
		cmocka_unit_test(test_nul_bytes),
		cmocka_unit_test(test_cap),
		cmocka_unit_test(test_long_lines),
		cmocka_unit_test(test_many_lines_offsets),
		cmocka_unit_test(test_gzip),
		cmocka_unit_test(test_gzip_broken),
		cmocka_unit_test(test_open_errors),
		cmocka_unit_test(test_pipe_trickle),
		cmocka_unit_test(test_each_line),
	};

	return cmocka_run_group_tests_name("input", tests, NULL, NULL);
}
