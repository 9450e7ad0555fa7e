/*
 * ent_prod -- what the product files share: ent_products.c (codes,
 * models, makers), ent_noncode.c (codes and words that are no model),
 * ent_series.c (BYD's series), ent_prodwords.c (goods named in words and
 * the names that are common words elsewhere) and ent_prodcues.c (names by
 * their cues).
 */
#ifndef ZHPIPE_ENT_PROD_H
#define ZHPIPE_ENT_PROD_H

#include "ent_internal.h"

size_t prod_model_tail(const struct zp_entities *x, size_t j);
int32_t prod_add(struct zp_entities *x, size_t a, size_t b, const char *mk,
    size_t ca, size_t cb, const char *expanded);
/* ent_noncode.c: codes that are no model, and the words of its lists. */
bool prod_is_noncode(const struct zp_entities *x, size_t a, size_t b);
bool prod_is_unit_code(const struct zp_entities *x, size_t a, size_t b);
bool prod_is_standard(const struct zp_entities *x, size_t a, size_t b);
bool prod_title_word(const struct zp_entities *x, size_t i, size_t j);
bool prod_tech_word(const struct zp_entities *x, size_t i, size_t j);
void prod_noncode_init(struct zp_entities *x);
void prod_noncode_free(struct zp_entities *x);
/* ent_series.c: BYD's series. */
int prod_series_at(const struct zp_entities *x, size_t a, size_t *len);
void prod_series_init(void);
size_t prod_series_model(struct zp_entities *x, size_t i, size_t j);
void prod_add_series(
    struct zp_entities *x, size_t a, size_t m, size_t b, int q);
void prod_series_after_maker(struct zp_entities *x, int32_t k);
bool prod_counter_after(uint32_t p);
size_t prod_category_at(const struct zp_entities *x, size_t t);
bool prod_category_product(struct zp_entities *x, int32_t k);
void prod_words_init(void);
bool prod_word_at(const struct zp_entities *x, size_t i, const char *const *w,
    size_t nw, size_t *len);
bool prod_word_before(
    const struct zp_entities *x, size_t i, const char *const *w, size_t nw);
/* ent_prodcues.c: games, drug brands and phones named by their cues. */
void prod_mark_cues(struct zp_entities *x);
void prod_cued_names(struct zp_entities *x);
void prod_cues_init(void);

#endif
