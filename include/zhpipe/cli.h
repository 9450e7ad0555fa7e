/*
 * cli -- what every filter's command line shares: the record-layer options,
 * --version, the help text describing them, and where runtime data lives.
 */
#ifndef ZHPIPE_CLI_H
#define ZHPIPE_CLI_H

#include <getopt.h>
#include <stdbool.h>

#include "zhpipe/record.h"

#define ZP_VERSION "0.1.0"

enum {
	ZP_OPT_VERSION = 0x1000,
	ZP_OPT_REJECTS,
	ZP_OPT_STRICT,
	ZP_OPT_MAX_RECORD,
	ZP_OPT_FIRST_TOOL /* tools number their own long options here */
};

#define ZP_COMMON_LONGOPTS \
	{ "help", no_argument, NULL, 'h' }, \
	    { "version", no_argument, NULL, ZP_OPT_VERSION }, \
	    { "rejects", required_argument, NULL, ZP_OPT_REJECTS }, \
	    { "strict", no_argument, NULL, ZP_OPT_STRICT }, \
	{ \
		"max-record-bytes", required_argument, NULL, ZP_OPT_MAX_RECORD \
	}

/* The common options' lines for --help, and the exit status paragraph. */
extern const char zp_common_help[];

/*
 * Handles a common option (returns true), or returns false for the tool to
 * handle.  --version prints and exits 0; a bad argument is a usage error.
 */
bool zp_common_option(int opt, const char *arg, struct zp_reader_opts *o);

/* Parses a byte count with an optional K, M or G suffix; -1 if invalid. */
long long zp_parse_size(const char *s);

/*
 * The path of a runtime data file, e.g. zp_data_path("gazetteer"): under
 * $ZHPIPE_DATA when set, else share/zhpipe beside the installed binary, else
 * the source tree's data/ beside bin/.  The caller frees the result.
 */
char *zp_data_path(const char *rel);

#endif
