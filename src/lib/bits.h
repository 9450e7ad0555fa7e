/*
 * bits.h -- one bit of a bitmap of uint64_t words: the filters and
 * character sets that the gazetteer and the suffix table ask at every
 * candidate position, inline for that reason.
 */
#ifndef ZP_BITS_H
#define ZP_BITS_H

#include <stdbool.h>
#include <stdint.h>

static inline void
setbit(uint64_t *bits, uint32_t i)
{
	bits[i >> 6] |= (uint64_t)1 << (i & 63);
}

static inline bool
getbit(const uint64_t *bits, uint32_t i)
{
	return (bits[i >> 6] >> (i & 63)) & 1;
}

#endif
