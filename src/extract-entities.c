/*
 * extract-entities -- add an "entities" array to each JSON Lines record:
 * the organizations, people, places and products named in its "text",
 * linked to canonical names.  Reads FILEs or stdin; writes stdout.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "zhpipe/cli.h"
#include "zhpipe/entities.h"
#include "zhpipe/err.h"
#include "zhpipe/gazetteer.h"
#include "zhpipe/record.h"
#include "zhpipe/xalloc.h"

enum { OPT_GAZETTEER = ZP_OPT_FIRST_TOOL, OPT_NO_DEFAULT, OPT_NO_CONTEXT };

static const struct option longopts[] = { ZP_COMMON_LONGOPTS,
	{ "gazetteer", required_argument, NULL, OPT_GAZETTEER },
	{ "no-default-gazetteers", no_argument, NULL, OPT_NO_DEFAULT },
	{ "no-context", no_argument, NULL, OPT_NO_CONTEXT },
	{ NULL, 0, NULL, 0 } };

static void
usage(void)
{
	printf("Usage: %s [OPTION]... [FILE]...\n"
	       "Add an \"entities\" array to each JSON Lines record: the "
	       "organizations,\npeople, places and products named in its "
	       "\"text\", as objects\n{text,start,end,type,id} (+ticker "
	       "such as 2330.TW, exchange, and a unit's\nparent company, "
	       "where known); start and end count code points, half-open.\n"
	       "Records without \"text\" pass through.\n\n"
	       "  -g, --gazetteer=FILE      also read the names in FILE (CSV: "
	       "canonical,type,\n"
	       "                            aliases,ticker,exchange[,parent]); "
	       "may be\n"
	       "                            repeated; its entries win over the "
	       "shipped ones\n"
	       "      --no-default-gazetteers  read only the --gazetteer "
	       "files\n"
	       "      --no-context          treat every record alone (no "
	       "coreference with\n"
	       "                            earlier records of the same "
	       "\"id\")\n",
	    zp_prog());
	fputs(zp_common_help, stdout);
}

int
main(int argc, char *argv[])
{
	struct zp_reader_opts ropts = { 0 };
	struct zp_recout out = ZP_RECOUT_INIT;
	struct zp_gazetteer *g;
	struct zp_entities *x;
	struct zp_reader *r;
	struct zp_json *j;
	struct zp_buf lastdoc = ZP_BUF_INIT;
	const struct zp_entity *ents;
	char **user = NULL, err[512];
	size_t nuser = 0;
	bool defaults = true, context = true, havedoc = false;
	uint32_t minor = 0;
	int c;

	zp_init(argv[0]);
	/*
	 * Compiling the gazetteers frees megabytes (the aliases, the sort's
	 * arrays) just before it allocates the trie: on the heap, with huge
	 * pages where they are to be had, the freed pages are reused and
	 * the rest faults in 2 MB at a time.
	 */
	zp_heap_reserve(32 << 20);
	while ((c = getopt_long(argc, argv, "g:h", longopts, NULL)) != -1) {
		if (zp_common_option(c, optarg, &ropts))
			continue;
		switch (c) {
		case 'h':
			usage();
			return zp_finish();
		case 'g':
		case OPT_GAZETTEER:
			user = zp_xreallocarray(user, nuser + 1, sizeof(*user));
			user[nuser++] = optarg;
			break;
		case OPT_NO_DEFAULT:
			defaults = false;
			break;
		case OPT_NO_CONTEXT:
			context = false;
			break;
		default:
			zp_usage_error("unknown option");
		}
	}

	g = zp_gaz_new();
	if (defaults) {
		char *dir = zp_data_path("names");

		/*
		 * First the long lists derived from jieba's dictionary, so
		 * that the curated gazetteers, read next, win where both
		 * have a name.  An install without them still works.
		 */
		if (access(dir, F_OK) == 0 &&
		    zp_gaz_load_dir(g, dir, err, sizeof(err)) < 0)
			zp_die(ZP_EXIT_TROUBLE, "%s", err);
		free(dir);
		minor = (uint32_t)zp_gaz_size(g);
		dir = zp_data_path("gazetteer");
		if (zp_gaz_load_dir(g, dir, err, sizeof(err)) < 0)
			zp_die(ZP_EXIT_TROUBLE, "%s", err);
		free(dir);
	}
	for (size_t i = 0; i < nuser; i++)
		if (zp_gaz_load_file(g, user[i], err, sizeof(err)) != 0)
			zp_die(ZP_EXIT_TROUBLE, "%s", err);
	free(user);
	zp_gaz_compile(g);
	x = zp_ent_new(g);
	zp_ent_set_minor(x, minor);
	if (defaults) {
		char *path = zp_data_path("names/given.txt");

		if (access(path, F_OK) == 0 &&
		    zp_ent_load_names(x, path, err, sizeof(err)) != 0)
			zp_die(ZP_EXIT_TROUBLE, "%s", err);
		free(path);
	}

	r = zp_reader_open(argc - optind, argv + optind, &ropts);
	while ((j = zp_reader_next(r)) != NULL) {
		const char *s;
		size_t n, ne;
		uint32_t d;

		if (zp_reader_text(r, j, &out, &s, &n) <= 0)
			continue;
		/* Sentences of one document share its "id". */
		d = context ? zp_json_get(j, 0, "id") : ZP_JSON_NONE;
		if (d == ZP_JSON_NONE) {
			zp_ent_new_doc(x);
			havedoc = false;
		} else {
			size_t rl;
			const char *raw = zp_json_raw(j, d, &rl);

			if (!havedoc || lastdoc.len != rl ||
			    memcmp(lastdoc.p, raw, rl) != 0) {
				zp_ent_new_doc(x);
				zp_buf_clear(&lastdoc);
				zp_buf_put(&lastdoc, raw, rl);
				havedoc = true;
			}
		}
		ne = zp_ent_extract(x, s, n, &ents);
		zp_recout_begin(&out, j);
		zp_ent_json(zp_recout_field(&out, "entities"), s, ents, ne);
		zp_recout_emit(&out);
	}
	zp_reader_close(r);
	zp_recout_free(&out);
	zp_ent_free(x);
	zp_gaz_free(g);
	zp_buf_free(&lastdoc);
	return zp_finish();
}
