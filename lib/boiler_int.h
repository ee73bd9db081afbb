/*
 * boiler_int: what the boiler*.c files share and nobody else needs.
 */
#ifndef NU_BOILER_INT_H
#define NU_BOILER_INT_H

#include <stddef.h>
#include <stdint.h>

/*
 * The next word of [*pp, end): a run of letters and digits, apostrophes
 * allowed inside.  Returns 0 at the end; else sets *ws, *wl, *first
 * (the first character) and advances *pp past the word.
 */
int		 boiler_next_word(const char **pp, const char *end,
		    const char **ws, size_t *wl, int32_t *first);
/* The fingerprint of a text's words (case folded for ASCII). */
uint64_t	 boiler_fp(const char *s, size_t len);

/* The steps of boiler_classify(), on a document of paragraphs. */
struct boiler;
struct boiler_doc;
void		 boiler_classify_lines(struct boiler *, struct boiler_doc *);

#endif
