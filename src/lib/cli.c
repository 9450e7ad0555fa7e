/*
 * cli -- the options every filter shares (the record layer's --rejects,
 * --strict, --max-record-bytes), --version and --help text, and the search
 * for the data directory (ZHPIPE_DATA, then the install prefix).
 */
#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "zhpipe/buf.h"
#include "zhpipe/cli.h"
#include "zhpipe/err.h"
#include "zhpipe/xalloc.h"

const char zp_common_help[] =
    "      --rejects=FILE     copy rejected input lines to FILE\n"
    "      --strict           stop at the first bad record (exit 1)\n"
    "      --max-record-bytes=N  skip and report records longer than N bytes\n"
    "                         (K, M, G suffixes; default 256M)\n"
    "  -h, --help             display this help and exit\n"
    "      --version          output version information and exit\n"
    "\n"
    "With no FILE, or when FILE is -, read standard input.  gzip input is\n"
    "detected and decompressed.\n"
    "\n"
    "Exit status: 0 if every record was written, 1 if some records were\n"
    "rejected (each is reported as FILE:LINE: reason), 2 on usage errors and\n"
    "fatal trouble (unreadable file, corrupt gzip, write error).\n";

long long
zp_parse_size(const char *s)
{
	char *end;
	unsigned long long v;
	int shift = 0;

	if (s == NULL || *s < '0' || *s > '9')
		return -1;
	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0)
		return -1;
	switch (*end) {
	case 'k':
	case 'K':
		shift = 10;
		end++;
		break;
	case 'm':
	case 'M':
		shift = 20;
		end++;
		break;
	case 'g':
	case 'G':
		shift = 30;
		end++;
		break;
	default:
		break;
	}
	if (*end != '\0' || v > ((unsigned long long)LLONG_MAX >> shift))
		return -1;
	return (long long)(v << shift);
}

bool
zp_common_option(int opt, const char *arg, struct zp_reader_opts *o)
{
	long long n;

	switch (opt) {
	case ZP_OPT_VERSION:
		printf("%s (zhpipe) %s\n", zp_prog(), ZP_VERSION);
		exit(zp_finish());
	case ZP_OPT_REJECTS:
		o->rejects = arg;
		return true;
	case ZP_OPT_STRICT:
		o->strict = true;
		return true;
	case ZP_OPT_MAX_RECORD:
		n = zp_parse_size(arg);
		/* Token offsets are 32-bit: a record stays under 4 GiB. */
		if (n <= 0 || n >= (long long)UINT32_MAX)
			zp_usage_error("invalid --max-record-bytes: '%s'", arg);
		o->max_record = (size_t)n;
		return true;
	default:
		return false;
	}
}

static bool
is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

char *
zp_data_path(const char *rel)
{
	struct zp_buf b = ZP_BUF_INIT;
	const char *env = getenv("ZHPIPE_DATA");
	char exe[PATH_MAX];
	ssize_t n;
	char *slash;

	if (env != NULL && *env != '\0') {
		zp_buf_printf(&b, "%s/%s", env, rel);
		return b.p;
	}
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	if (n > 0) {
		exe[n] = '\0';
		slash = strrchr(exe, '/');
		if (slash != NULL) {
			*slash = '\0'; /* exe is now the bin directory */
			zp_buf_printf(&b, "%s/../share/zhpipe", exe);
			if (!is_dir(b.p)) {
				zp_buf_clear(&b);
				zp_buf_printf(&b, "%s/../data", exe);
			}
			if (is_dir(b.p)) {
				zp_buf_printf(&b, "/%s", rel);
				return b.p;
			}
			zp_buf_clear(&b);
		}
	}
	zp_buf_printf(&b, "%s/share/zhpipe/%s", ZP_PREFIX, rel);
	return b.p;
}
