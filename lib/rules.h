/*
 * rules: named families of PCRE2 patterns, matched against one line at a
 * time with as few regex passes as possible.
 *
 * A family has a name, caller-defined flags and a length cap: a line
 * longer than the cap (in bytes) is never matched by that family, which
 * keeps "short line" patterns off body paragraphs and lets long lines
 * skip most of the work.  The patterns added to a family are joined into
 * one alternation, compiled once (with JIT) by rules_compile(), so that
 * a family costs one pass over a line.  Patterns given with RULES_SOLO
 * (users' patterns, which may use groups and back-references of their
 * own) are compiled alone and tried after the families.
 *
 * Most lines match nothing, so the caller may say in advance which
 * passes are worth running: a family or a solo pattern may be given a
 * gate (a bit, 1 to 63), and rules_match() tries it only when the
 * caller's gate mask has that bit, typically because the line holds one
 * of its key words (the caller finds them while it reads the words
 * anyway).  Ungated families and patterns are always tried.
 *
 * Every pattern is compiled with the flags given to rules_init() (e.g.
 * RX_ICASE) on top of rx's UTF and invalid-UTF handling.  The struct
 * owns copies of the names and patterns.  A struct rules is not to be
 * shared between threads (its rx match blocks are reused).
 */
#ifndef NU_RULES_H
#define NU_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "rx.h"

#define RULES_NOCAP	SIZE_MAX	/* a family with no length cap */
#define RULES_SOLO	0x1		/* rules_add(): compile it alone */

struct rules_family {
	char		*name;
	unsigned	 flags;		/* the caller's, as they are */
	size_t		 maxlen;
	uint64_t	 gate;		/* 0: always tried */
	struct buf	 alt;		/* "(?:p1)|(?:p2)" */
	size_t		 npat;
	struct rx	 rx;		/* alt, compiled */
	int		 compiled;
};

struct rules_solo {
	struct rx	 rx;
	size_t		 fam;
	uint64_t	 gate;		/* 0: always tried */
	size_t		 tail;		/* 0: the whole line */
};

struct rules {
	unsigned		 rxflags;
	struct rules_family	*fam;
	size_t			 nfam;
	struct rules_solo	*solo;
	size_t			 nsolo;
};

void	rules_init(struct rules *, unsigned rxflags);
/*
 * The index of the family called name, created with flags and maxlen if
 * there is none yet (an existing family keeps its own).
 */
size_t	rules_family(struct rules *, const char *name, unsigned flags,
	    size_t maxlen);
/* Try family fam only when gate (1..63) is open. */
void	rules_family_gate(struct rules *, size_t fam, unsigned gate);
/*
 * Add a pattern to family fam.  The pattern is compiled at once to check
 * it; on error returns -1 with "message at offset N" in err.
 */
int	rules_add(struct rules *, size_t fam, const char *pat, size_t patlen,
	    unsigned how, char *err, size_t errlen);
/*
 * Add the patterns of a file, one per line, each compiled alone (like
 * RULES_SOLO); blank lines and lines starting with '#' are skipped.  On
 * error returns -1 with "path: reason" or "path:line: message" in err.
 */
int	rules_add_file(struct rules *, size_t fam, const char *path,
	    char *err, size_t errlen);
/*
 * Add a pattern compiled alone, tried only when gate (1..63) is open.
 * With tail > 0 the search starts that many bytes before the end of the
 * line (at a character boundary), for patterns that end with $ and
 * cannot be longer: they need not be tried all along a long line.
 */
int	rules_add_gated(struct rules *, size_t fam, const char *pat,
	    size_t patlen, unsigned gate, size_t tail, char *err,
	    size_t errlen);
/* Compile the families' passes; -1 with a message in err on failure. */
int	rules_compile(struct rules *, char *err, size_t errlen);
/*
 * The family of the first pattern that matches [s, s+len), or -1: the
 * families in the order they were made, then the solo patterns.  A
 * pattern that hits PCRE2's match limits counts as not matching.
 */
long	rules_match(struct rules *, const char *s, size_t len,
	    uint64_t gates);
const struct rules_family *rules_get(const struct rules *, size_t fam);
void	rules_free(struct rules *);

#endif
