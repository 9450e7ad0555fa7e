/*
 * xalloc -- allocation that exits 2 with "prog: out of memory" instead of
 * returning NULL, and the ZP_FAIL_ALLOC_AT fault injection the tests use.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#include <sys/mman.h>
#include <unistd.h>
#endif

#include "zhpipe/err.h"
#include "zhpipe/xalloc.h"

static long fail_at = -1; /* -1: not read yet; 0: never fail */
static long calls;

static int
injected_failure(void)
{
	if (fail_at < 0) {
		const char *s = getenv("ZP_FAIL_ALLOC_AT");

		fail_at = s != NULL ? strtol(s, NULL, 10) : 0;
		if (fail_at < 0)
			fail_at = 0;
	}
	return fail_at > 0 && ++calls == fail_at;
}

void
zp_oom(void)
{
	zp_die(ZP_EXIT_TROUBLE, "out of memory");
}

void *
zp_xmalloc(size_t n)
{
	void *p;

	if (injected_failure())
		zp_oom();
	p = malloc(n != 0 ? n : 1);
	if (p == NULL)
		zp_oom();
	return p;
}

void *
zp_xcalloc(size_t nmemb, size_t size)
{
	void *p;

	if (injected_failure())
		zp_oom();
	p = calloc(nmemb != 0 ? nmemb : 1, size != 0 ? size : 1);
	if (p == NULL)
		zp_oom();
	return p;
}

void *
zp_xrealloc(void *p, size_t n)
{
	void *q;

	if (injected_failure())
		zp_oom();
	q = realloc(p, n != 0 ? n : 1);
	if (q == NULL)
		zp_oom();
	return q;
}

void *
zp_xreallocarray(void *p, size_t nmemb, size_t size)
{
	if (size != 0 && nmemb > SIZE_MAX / size)
		zp_oom();
	return zp_xrealloc(p, nmemb * size);
}

char *
zp_xstrdup(const char *s)
{
	return zp_xmemdup(s, strlen(s));
}

char *
zp_xmemdup(const void *p, size_t n)
{
	char *q;

	if (n == SIZE_MAX)
		zp_oom();
	q = zp_xmalloc(n + 1);
	memcpy(q, p, n);
	q[n] = '\0';
	return q;
}

/*
 * Grows the heap by bytes at once and asks for transparent huge pages
 * over it (where the system grants them on request), for a program that
 * builds megabytes of tables at start-up: a page fault cost some 6 us on
 * a virtual machine, and 2,400 of them were half of extract-entities'
 * start-up.  Big blocks stay on the heap (no mmap of their own) and freed
 * memory is kept, so that the pages are reused.  Only glibc's heap is
 * known to grow by brk; elsewhere this does nothing.
 */
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
static void *heap_gap; /* below the huge pages; kept */
#endif

void
zp_heap_reserve(size_t bytes)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
	const uintptr_t huge = (uintptr_t)2 << 20;
	uintptr_t lo, hi;
	void *p;

	mallopt(M_MMAP_THRESHOLD, (int)bytes);
	mallopt(M_TRIM_THRESHOLD, (int)(2 * bytes));
	mallopt(M_TOP_PAD, (int)bytes);
	p = malloc(1);
	if (p == NULL)
		return;
	lo = ((uintptr_t)p + huge - 1) & ~(huge - 1);
	hi = (uintptr_t)sbrk(0) & ~(huge - 1);
	/* Not where malloc is another's (a sanitizer, valgrind). */
	if (hi > lo && hi - lo <= bytes + huge) {
		madvise((void *)lo, hi - lo, MADV_HUGEPAGE);
		/*
		 * The heap below the first huge page is left out for good,
		 * allocated and never touched, so that the blocks to come
		 * lie in huge pages.
		 */
		heap_gap = malloc(lo - (uintptr_t)p);
	}
	free(p);
#else
	(void)bytes;
#endif
}
