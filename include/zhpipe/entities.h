/*
 * entities -- finds organizations, people, places and products in a text:
 * gazetteer names (leftmost-longest, with guards), rules for names no list
 * has (organization suffixes, titles and roles around people, transliterated
 * names with "·", Latin names, model codes, enumerations), and coreference
 * within a document.
 */
#ifndef ZHPIPE_ENTITIES_H
#define ZHPIPE_ENTITIES_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "zhpipe/buf.h"
#include "zhpipe/gazetteer.h"

struct zp_entity {
	size_t start, end;   /* code points into the text, half-open */
	size_t bstart, bend; /* the same span in bytes */
	enum zp_etype type;
	const char *id;       /* NUL-terminated canonical name */
	const char *ticker;   /* NULL when unknown */
	const char *exchange; /* NULL when unknown */
	const char *parent;   /* a unit's company (its id), or NULL */
	const char *maker;    /* a product's company id, or NULL */
};

struct zp_entities;

/*
 * An extractor over g (borrowed: it must outlive the extractor and be
 * compiled).  The extractor adds its guard words to nothing but itself.
 */
struct zp_entities *zp_ent_new(const struct zp_gazetteer *g);
void zp_ent_free(struct zp_entities *x);

/*
 * Gazetteer entries numbered below `below' come from the long derived lists
 * (data/names/, read first): such an organization right after places takes
 * them in (辽宁省卫生厅 is one name), which a curated one does not.
 */
void zp_ent_set_minor(struct zp_entities *x, uint32_t below);

/*
 * For tests: false makes every pass visit every position, without the
 * tests by which it skips those where none of its rules can start
 * (slower; the entities must be the same, which is what tests check).
 */
void zp_ent_set_skips(struct zp_entities *x, bool on);

/*
 * Reads the name statistics of path (lines "C GIVEN SURNAME": a character
 * and its scores as a given-name character and as a surname, 100 times the
 * log-odds against other words; "#" starts a comment line) and turns on the
 * recognizer of Chinese names that have no role or verb beside them.
 * Returns 0, or -1 with a message "FILE[:LINE]: ..." in err.
 */
int zp_ent_load_names(
    struct zp_entities *x, const char *path, char *err, size_t errsize);

/*
 * Starts a new document: forgets the names seen so far, which later
 * records of the same document use for coreference.
 */
void zp_ent_new_doc(struct zp_entities *x);

/*
 * Finds the entities of s[0..len) (valid UTF-8), in text order, without
 * overlaps.  Returns their number; *out is valid until the next call.
 */
size_t zp_ent_extract(struct zp_entities *x, const char *s, size_t len,
    const struct zp_entity **out);

/*
 * Appends the entities as a JSON array (text taken from s): text, start,
 * end, type, id, and ticker, exchange and parent when known.
 */
void zp_ent_json(
    struct zp_buf *b, const char *s, const struct zp_entity *e, size_t n);

#endif
