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
 * Appends s[0..n) to row as one cell.  With guard (to-csv --excel), a text
 * cell starting with = + - @ TAB or CR (a formula to a spreadsheet) gets a
 * leading "'", and text a spreadsheet would convert (zp_csv_would_convert)
 * is written protected (zp_csv_protect).
 */
void zp_csv_cell(
    struct zp_buf *row, const char *s, size_t n, char delim, bool guard);

/*
 * True when Calc or Excel, reading s[0..n) as an unquoted or quoted CSV
 * cell, would make it a number, date, time, percent, currency, fraction or
 * boolean instead of the text: every character is a digit, a blank, one of
 * . , + - / : % $ ( ) ¥ £ € or 年 月 日 时 分 秒 or an exponent's e, with a digit
 * among
 * them (leading zeros 005930, 3.1%, 3-4, 1/2, 2024-01, 1E5, 2024年1月,
 * long digit strings); or it is true or false in any case.  Cells that start
 * like a formula are the guard's, and cells over ZP_PROTECT_MAX bytes are
 * left as they are (a spreadsheet formula holds 8,192 characters).
 */
bool zp_csv_would_convert(const char *s, size_t n);

#define ZP_PROTECT_MAX 4096

/*
 * Appends s[0..n) (no double quote in it) as the cell ="s": a formula whose
 * value is the text s, which Calc and Excel show and keep as written.
 * Literals are cut every 255 characters (Excel's limit on one) and joined
 * with &.
 */
void zp_csv_protect(struct zp_buf *row, const char *s, size_t n);

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
