/*
 * err -- the process-level messages ("prog: ..."), usage errors with the
 * hint to --help, and the exit status, which only ever goes up.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/err.h"

static const char *progname = "zhpipe";
static int exit_status;

void
zp_init(const char *argv0)
{
	const char *slash;

	if (argv0 == NULL || *argv0 == '\0')
		return;
	slash = strrchr(argv0, '/');
	progname = slash != NULL ? slash + 1 : argv0;
	/* getopt would name the program by its full path; we say it. */
	opterr = 0;
}

const char *
zp_prog(void)
{
	return progname;
}

void
zp_status_raise(int status)
{
	if (status > exit_status)
		exit_status = status;
}

int
zp_status(void)
{
	return exit_status;
}

void
zp_vwarn(const char *fmt, va_list ap)
{
	/*
	 * One fprintf per line would interleave with other filters' messages
	 * in a pipe; build the line first and write it at once.
	 */
	char line[1024];
	int n;

	n = snprintf(line, sizeof(line), "%s: ", progname);
	if (n < 0)
		return;
	if ((size_t)n < sizeof(line))
		vsnprintf(line + n, sizeof(line) - (size_t)n, fmt, ap);
	fprintf(stderr, "%s\n", line);
}

void
zp_warn(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	zp_vwarn(fmt, ap);
	va_end(ap);
}

void
zp_warn_trouble(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	zp_vwarn(fmt, ap);
	va_end(ap);
	zp_status_raise(ZP_EXIT_TROUBLE);
}

void
zp_die(int status, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	zp_vwarn(fmt, ap);
	va_end(ap);
	exit(status);
}

void
zp_usage_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	zp_vwarn(fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n", progname);
	exit(ZP_EXIT_TROUBLE);
}

void
zp_bad_option(char **argv)
{
	const char *arg = optind > 0 ? argv[optind - 1] : "";

	if (optopt != 0 && (arg[0] != '-' || arg[1] != '-'))
		zp_usage_error(
		    "invalid option or missing argument -- '%c'", optopt);
	zp_usage_error("unrecognized option or missing argument '%s'", arg);
}
