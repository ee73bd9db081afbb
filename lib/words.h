/*
 * words: sets of words (stoplists and other word lists) with fast
 * membership tests.
 *
 * A struct words holds folded words: lower case, with the typographic
 * apostrophe U+2019 written as "'".  words_fold() produces that form from
 * any bytes, so callers fold a token once and look it up with
 * words_has().  A zeroed struct words (WORDS_INIT) is a valid empty set;
 * the set owns its memory (words_free).
 *
 * Compiled-in lists are reached by name through words_list(), e.g. the
 * stoplists "en", "de", "fr", "es" (see words_list_names()).  They are
 * built on first use and live until exit; the returned pointer is
 * borrowed.  Building is not thread-safe: call words_list() once before
 * starting threads.
 */
#ifndef NU_WORDS_H
#define NU_WORDS_H

#include <stddef.h>
#include <stdint.h>

struct words_slot {
	uint64_t	 h;		/* 0: empty slot */
	uint32_t	 off;		/* into pool */
	uint32_t	 len;
};

struct words {
	struct words_slot *slot;
	size_t		 mask;		/* nslots - 1, nslots a power of 2 */
	size_t		 n;		/* words held */
	char		*pool;
	size_t		 poollen;
	size_t		 poolcap;
};
#define WORDS_INIT { NULL, 0, 0, NULL, 0, 0 }

/* The longest word words_fold() folds; longer tokens are never members. */
#define WORDS_MAXLEN	64

/*
 * Fold [s, s+len) into out (WORDS_MAXLEN bytes).  Returns the folded
 * length, or 0 when the result would not fit.
 */
size_t	words_fold(const char *s, size_t len, char *out);
/* Add a word (folded here); duplicates are ignored. */
void	words_add(struct words *, const char *, size_t);
/* Whether the folded word [w, w+len) is in the set. */
int	words_has(const struct words *, const char *w, size_t len);
/*
 * Add the words of a file, one per line; blank lines and lines starting
 * with '#' are skipped.  Returns 0, or -1 with errno set.
 */
int	words_load(struct words *, const char *path);
void	words_free(struct words *);

/* A compiled-in list by name, or NULL if there is none by that name. */
const struct words	*words_list(const char *name);
/* The names of the compiled-in lists, NULL-terminated. */
const char *const	*words_list_names(void);

#endif
