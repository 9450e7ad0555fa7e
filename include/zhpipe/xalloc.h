/*
 * xalloc -- allocation that cannot fail from the caller's point of view: on
 * failure it prints "prog: out of memory" and exits 2.
 *
 * For fault-injection tests, ZP_FAIL_ALLOC_AT=N in the environment makes the
 * N-th call (counting from 1) fail as if memory had run out.
 */
#ifndef ZHPIPE_XALLOC_H
#define ZHPIPE_XALLOC_H

#include <stddef.h>

void *zp_xmalloc(size_t n);
void *zp_xcalloc(size_t nmemb, size_t size);
void *zp_xrealloc(void *p, size_t n);
/* realloc for an array of nmemb elements, checking the multiplication. */
void *zp_xreallocarray(void *p, size_t nmemb, size_t size);
char *zp_xstrdup(const char *s);
char *zp_xmemdup(const void *p, size_t n); /* adds a NUL after n bytes */

/*
 * Prepares the heap for a program that allocates about bytes at start-up
 * (see xalloc.c): fewer page faults.  Call before allocating much.
 */
void zp_heap_reserve(size_t bytes);

_Noreturn void zp_oom(void) __attribute__((noreturn));

#endif
