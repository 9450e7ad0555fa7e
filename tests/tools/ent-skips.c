/*
 * ent-skips -- extracts the entities of every record twice, with the
 * passes' skips on (what extract-entities does) and off, and reports the
 * records where they differ: a rule that starts where its pass skips.
 *
 *	ent-skips DATA_DIR FILE...
 *
 * DATA_DIR holds gazetteer/ and names/ as the shipped data/.  A line of a
 * FILE that is a JSON object with a string "text" is a record, read as
 * extract-entities reads it (records of one "id" in a row are one
 * document); any other line is a text, the texts of a file one document.
 * Prints the first differing texts and a count; exits 1 when any differ,
 * 2 on trouble.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "zhpipe/buf.h"
#include "zhpipe/entities.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/json.h"

static int
load(struct zp_gazetteer *g, const char *data, const char *sub)
{
	char err[512];
	struct zp_buf path = ZP_BUF_INIT;
	int rc;

	zp_buf_printf(&path, "%s/%s", data, sub);
	rc = zp_gaz_load_dir(g, path.p, err, sizeof(err));
	if (rc < 0)
		fprintf(stderr, "ent-skips: %s\n", err);
	zp_buf_free(&path);
	return rc;
}

static bool
same(const struct zp_entity *a, size_t na, const struct zp_entity *b, size_t nb)
{
	if (na != nb)
		return false;
	for (size_t k = 0; k < na; k++) {
		if (a[k].start != b[k].start || a[k].end != b[k].end ||
		    a[k].type != b[k].type || strcmp(a[k].id, b[k].id) != 0)
			return false;
		/* A unit's parent too (ent_units.c). */
		if ((a[k].parent == NULL) != (b[k].parent == NULL) ||
		    (a[k].parent != NULL &&
		        strcmp(a[k].parent, b[k].parent) != 0))
			return false;
	}
	return true;
}

int
main(int argc, char *argv[])
{
	struct zp_gazetteer *g;
	struct zp_entities *x[2];
	struct zp_json j = ZP_JSON_INIT;
	struct zp_buf last = ZP_BUF_INIT, given = ZP_BUF_INIT;
	size_t nrec = 0, nent = 0, ndiff = 0;
	uint32_t minor;
	char err[512];

	if (argc < 3) {
		fputs("usage: ent-skips DATA_DIR FILE...\n", stderr);
		return 2;
	}
	g = zp_gaz_new();
	if (load(g, argv[1], "names") < 0) {
		zp_gaz_free(g);
		return 2;
	}
	minor = (uint32_t)zp_gaz_size(g);
	if (load(g, argv[1], "gazetteer") < 0) {
		zp_gaz_free(g);
		return 2;
	}
	zp_gaz_compile(g);
	zp_buf_printf(&given, "%s/names/given.txt", argv[1]);
	for (int k = 0; k < 2; k++) {
		x[k] = zp_ent_new(g);
		zp_ent_set_minor(x[k], minor);
		if (zp_ent_load_names(x[k], given.p, err, sizeof(err)) != 0) {
			fprintf(stderr, "ent-skips: %s\n", err);
			for (int q = 0; q <= k; q++)
				zp_ent_free(x[q]);
			zp_gaz_free(g);
			zp_buf_free(&given);
			return 2;
		}
		zp_ent_set_skips(x[k], k == 0);
	}
	for (int a = 2; a < argc; a++) {
		FILE *f = fopen(argv[a], "r");
		char *line = NULL;
		size_t cap = 0;
		ssize_t len;

		if (f == NULL) {
			perror(argv[a]);
			ndiff = SIZE_MAX; /* trouble, below */
			break;
		}
		zp_ent_new_doc(x[0]);
		zp_ent_new_doc(x[1]);
		zp_buf_clear(&last);
		while ((len = getline(&line, &cap, f)) > 0) {
			const struct zp_entity *e[2];
			const char *s = line, *id;
			size_t n = (size_t)len, idlen, ne[2];
			uint32_t t, d;

			if (line[n - 1] == '\n')
				line[--n] = '\0';
			if (zp_json_parse(&j, line, n) == 0 &&
			    zp_json_type(&j, 0) == ZP_JOBJECT &&
			    (t = zp_json_get(&j, 0, "text")) != ZP_JSON_NONE &&
			    zp_json_type(&j, t) == ZP_JSTRING) {
				s = zp_json_str(&j, t, &n);
				d = zp_json_get(&j, 0, "id");
				id = d != ZP_JSON_NONE ?
				    zp_json_raw(&j, d, &idlen) :
				    NULL;
				/* A new document as extract-entities starts one. */
				if (id == NULL || last.len != idlen ||
				    memcmp(last.p, id, idlen) != 0) {
					zp_ent_new_doc(x[0]);
					zp_ent_new_doc(x[1]);
					zp_buf_clear(&last);
					if (id != NULL)
						zp_buf_put(&last, id, idlen);
				}
			}
			ne[0] = zp_ent_extract(x[0], s, n, &e[0]);
			ne[1] = zp_ent_extract(x[1], s, n, &e[1]);
			nrec++;
			nent += ne[1];
			if (!same(e[0], ne[0], e[1], ne[1]) && ndiff++ < 10)
				printf("differ: %s:%zu: %.*s\n", argv[a], nrec,
				    (int)(n < 120 ? n : 120), s);
		}
		free(line);
		fclose(f);
	}
	if (ndiff != SIZE_MAX)
		printf("%zu records, %zu entities, %zu differ\n", nrec, nent,
		    ndiff);
	zp_ent_free(x[0]);
	zp_ent_free(x[1]);
	zp_gaz_free(g);
	zp_json_free(&j);
	zp_buf_free(&last);
	zp_buf_free(&given);
	return ndiff == SIZE_MAX ? 2 : ndiff != 0;
}
