/*
 * err -- process-level messages and the exit status every filter shares.
 *
 * Exit status: 0 every record was written, 1 some records were rejected and
 * reported, 2 usage error or fatal trouble (open/read failure, bad gzip,
 * write error, out of memory).  The status only ever goes up.
 */
#ifndef ZHPIPE_ERR_H
#define ZHPIPE_ERR_H

#include <stdarg.h>

enum { ZP_EXIT_OK = 0, ZP_EXIT_REJECTS = 1, ZP_EXIT_TROUBLE = 2 };

/*
 * Remembers the program name for messages and silences getopt's own
 * messages (use zp_bad_option); call first in main().
 */
void zp_init(const char *argv0);

/* The name messages start with ("to-csv"). */
const char *zp_prog(void);

/* Raises the exit status to at least `status`. */
void zp_status_raise(int status);
int zp_status(void);

/* "prog: message" on stderr; zp_warn_trouble also raises the status to 2. */
void zp_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void zp_warn_trouble(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));
void zp_vwarn(const char *fmt, va_list ap);

/*
 * The GNU noreturn attribute repeats _Noreturn for cppcheck 2.10, which
 * ignores _Noreturn and then reports null dereferences after the call.
 */

/* "prog: message" on stderr, then exit(status). */
_Noreturn void zp_die(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3), noreturn));

/* Prints "Try 'prog --help' for more information." and exits 2. */
_Noreturn void zp_usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2), noreturn));

/*
 * For getopt's '?': names the bad option (zp_init turned off getopt's own
 * messages, which would name the program by its full path) and exits 2.
 */
_Noreturn void zp_bad_option(char **argv) __attribute__((noreturn));

#endif
