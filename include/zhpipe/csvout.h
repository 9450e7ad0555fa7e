/*
 * csvout -- RFC 4180 cells, and the output encoder for old Excel.
 *
 * Cells are quoted only when they must be: they hold the delimiter, a quote,
 * CR or LF, or start or end with a blank (which some readers trim).  Quotes
 * are doubled.
 */
#ifndef ZHPIPE_CSVOUT_H
#define ZHPIPE_CSVOUT_H

#include <stdbool.h>
#include <stddef.h>

#include "zhpipe/buf.h"

/* Excel's limit on a cell, in UTF-16 code units. */
#define ZP_EXCEL_CELL_MAX 32767

/*
 * Appends s[0..n) to row as one cell.  With guard, a cell starting with
 * = + - @ TAB or CR (a formula to a spreadsheet) gets a leading "'".
 */
void zp_csv_cell(
    struct zp_buf *row, const char *s, size_t n, char delim, bool guard);

/*
 * Ends the row that starts at row->p[start] with eol.  A row of one empty
 * cell is written as "" so that readers do not take it for a blank line.
 */
void zp_csv_end_row(struct zp_buf *row, size_t start, const char *eol);

/* True when text starting with c would be read as a formula. */
bool zp_csv_formula_start(char c);

/*
 * Length in bytes of the longest prefix of UTF-8 s[0..n) that fits in max
 * UTF-16 code units (n itself when all of it fits).
 */
size_t zp_utf16_prefix(const char *s, size_t n, size_t max);

struct zp_encoder;

/*
 * A converter from UTF-8 to charset (an ICU converter name such as "gbk" or
 * "gb18030").  Returns NULL with a message in err when ICU has no such
 * converter.  Characters the charset lacks become "?".
 */
struct zp_encoder *zp_encoder_open(
    const char *charset, char *err, size_t errsize);

/*
 * Converts s[0..n) into out (cleared first).  Returns the number of
 * characters that had to be replaced.
 */
size_t zp_encoder_convert(
    struct zp_encoder *e, const char *s, size_t n, struct zp_buf *out);
void zp_encoder_close(struct zp_encoder *e);

#endif
