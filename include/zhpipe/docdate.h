/*
 * docdate -- the date of a document when its record carries none: read from
 * its URL (/2024/01/31/, /20240131/, 2024-01-31, /2024/0131/, /202401/31/)
 * or from a dateline at the top of its text (新华社北京1月31日电,
 * 北京时间1月31日, 【…2022年09月22日讯】, (2024-01-31 10:23),
 * 发布时间:2024-01-31, 2024年01月31日 10:23), and from HTTP dates.
 *
 * Precision comes first: a wrong date is worse than none.  A reader answers
 * only for the shapes it knows, with the year in 1990..2100 and a day that
 * the month has; a date elsewhere in the text (an event) is not a dateline.
 */
#ifndef ZHPIPE_DOCDATE_H
#define ZHPIPE_DOCDATE_H

#include <stdbool.h>
#include <stddef.h>

/* The code points at the top of a text where a dateline may start. */
#define ZP_DATELINE_TOP 200

/* A calendar date; y == 0 when the year is unknown, d == 0 when the day. */
struct zp_ymd {
	int y, m, d;
};

/* True when y-m-d is a day of the Gregorian calendar (any year 0..9999). */
bool zp_ymd_valid(int y, int m, int d);

/* zp_ymd_valid, with the year in the range the readers trust: 1990..2100. */
bool zp_ymd_plausible(int y, int m, int d);

/*
 * Parses exactly YYYY-MM-DD (s[0..n)) into *out.  Returns true for a valid
 * day of any year; out is untouched otherwise.
 */
bool zp_ymd_parse_iso(const char *s, size_t n, struct zp_ymd *out);

/* Writes a full date as YYYY-MM-DD and a NUL into out. */
void zp_ymd_format(const struct zp_ymd *d, char out[11]);

/* Compares two full dates as strcmp does. */
int zp_ymd_cmp(const struct zp_ymd *a, const struct zp_ymd *b);

/*
 * The date in a URL, u[0..n), host name excluded.  Returns 2 for a full
 * date, 1 when the URL holds only a year and a month (d is 0: /2024-01/,
 * /202401/), 0 for none.  A full date anywhere wins over a year-month.  The
 * digits must be a run of their own: an article id (/1234567890.html) or a
 * time stamp (20240131102300) is not a date.
 */
int zp_docdate_url(const char *u, size_t n, struct zp_ymd *out);

/*
 * The dateline at the top of a text s[0..n) (valid UTF-8): its first
 * ZP_DATELINE_TOP code points, up to the first 。.  Full-width digits and
 * punctuation count as their ASCII forms, so --form nfc text reads alike.
 * Returns true with *out set; out->y is 0 for a month and day without a
 * year (新华社北京1月31日电), which zp_ymd_settle_year may complete.
 */
bool zp_docdate_dateline(const char *s, size_t n, struct zp_ymd *out);

/*
 * Gives a date without a year the year that makes it the latest such day
 * on or before ref (a news story is not dated after the day it is read
 * for).  Returns false, d unchanged, when ref is not a full date or no
 * such day is plausible (29 February of a common year).
 */
bool zp_ymd_settle_year(struct zp_ymd *d, const struct zp_ymd *ref);

/*
 * An HTTP date (RFC 9110: IMF-fixdate "Wed, 31 Jan 2024 10:23:00 GMT", or
 * asctime "Wed Jan 31 10:23:00 2024"; the obsolete RFC 850 form with its
 * two-digit year is not read).  Returns true for a plausible date.
 */
bool zp_docdate_http(const char *s, struct zp_ymd *out);

#endif
