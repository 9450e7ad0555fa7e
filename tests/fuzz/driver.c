/*
 * driver -- a plain main that replays fuzz corpora through a harness's
 * LLVMFuzzerTestOneInput, for builds without libFuzzer (zstd's
 * regression_driver and ICU's fuzzer_driver do the same).
 *
 * usage: fuzz_NAME [DIR-OR-FILE]...
 * With no argument, replays tests/fuzz/corpus/NAME, NAME being this
 * program's basename (run from the top of the source tree, as make check
 * does).  Prints TAP: "1..N", then "ok I - FILE" per input.  An invariant
 * the harness finds broken aborts the process, which prove reports as a
 * failure.  Each input is copied into a buffer of exactly its size, so
 * AddressSanitizer sees a read past the end.
 */
#include <dirent.h>
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv) __attribute__((weak));

struct list {
	char **v;
	size_t n, cap;
};

static void *
xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (p == NULL) {
		perror("fuzz driver");
		exit(2);
	}
	return p;
}

static void
add(struct list *l, const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;

	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xrealloc(l->v, l->cap * sizeof(*l->v));
	}
	l->v[l->n] = xrealloc(NULL, n);
	if (*dir != '\0')
		snprintf(l->v[l->n], n, "%s/%s", dir, name);
	else
		snprintf(l->v[l->n], n, "%s", name);
	l->n++;
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds path, or the regular files directly inside it; -1 if unreadable. */
static int
collect(struct list *l, const char *path)
{
	struct stat st;
	struct dirent *d;
	DIR *dp;
	size_t first = l->n;

	if (stat(path, &st) < 0)
		return -1;
	if (!S_ISDIR(st.st_mode)) {
		add(l, "", path);
		return 0;
	}
	if ((dp = opendir(path)) == NULL)
		return -1;
	while ((d = readdir(dp)) != NULL) {
		char full[4096];

		if (d->d_name[0] == '.')
			continue;
		snprintf(full, sizeof(full), "%s/%s", path, d->d_name);
		if (stat(full, &st) == 0 && S_ISREG(st.st_mode))
			add(l, path, d->d_name);
	}
	closedir(dp);
	/* readdir order varies; TAP numbering should not. */
	qsort(l->v + first, l->n - first, sizeof(*l->v), cmp);
	return 0;
}

/* Reads a whole file into a buffer of exactly its size. */
static uint8_t *
slurp(const char *path, size_t *size)
{
	FILE *f = fopen(path, "rb");
	uint8_t *buf = NULL;
	size_t len = 0, cap = 0, n;

	if (f == NULL)
		return NULL;
	for (;;) {
		if (len == cap) {
			cap = cap ? cap * 2 : 4096;
			buf = xrealloc(buf, cap);
		}
		n = fread(buf + len, 1, cap - len, f);
		len += n;
		if (n == 0)
			break;
	}
	if (ferror(f)) {
		fclose(f);
		free(buf);
		return NULL;
	}
	fclose(f);
	/* Shrink to fit; malloc(0) may return NULL, so keep one byte. */
	buf = xrealloc(buf, len ? len : 1);
	*size = len;
	return buf;
}

int
main(int argc, char *argv[])
{
	struct list l = { NULL, 0, 0 };
	const char *base = strrchr(argv[0], '/');
	char defdir[4096];
	int i, failed = 0;
	size_t k;

	base = base != NULL ? base + 1 : argv[0];
	if (LLVMFuzzerInitialize != NULL)
		LLVMFuzzerInitialize(&argc, &argv);
	if (argc < 2) {
		snprintf(defdir, sizeof(defdir), "tests/fuzz/corpus/%s", base);
		if (collect(&l, defdir) < 0) {
			printf("1..1\nnot ok 1 - %s: %s\n", defdir,
			    strerror(errno));
			return 1;
		}
	}
	for (i = 1; i < argc; i++) {
		if (collect(&l, argv[i]) < 0) {
			printf("1..1\nnot ok 1 - %s: %s\n", argv[i],
			    strerror(errno));
			return 1;
		}
	}
	if (l.n == 0) {
		printf("1..0 # SKIP empty corpus\n");
		return 0;
	}
	printf("1..%zu\n", l.n);
	fflush(stdout);
	for (k = 0; k < l.n; k++) {
		size_t size = 0;
		uint8_t *data = slurp(l.v[k], &size);

		if (data == NULL) {
			printf("not ok %zu - %s: %s\n", k + 1, l.v[k],
			    strerror(errno));
			failed = 1;
		} else {
			/* Print first, so a crash names its input. */
			printf("# %s\n", l.v[k]);
			fflush(stdout);
			LLVMFuzzerTestOneInput(data, size);
			printf("ok %zu - %s\n", k + 1, l.v[k]);
		}
		fflush(stdout);
		free(data);
		free(l.v[k]);
	}
	free(l.v);
	return failed;
}
