/*
 * rules: named families of PCRE2 patterns, matched against one line at a
 * time with as few regex passes as possible.
 *
 * A family has a name, caller-defined flags and a length cap: a line
 * longer than the cap (in bytes) is never matched by that family, which
 * keeps "short line" patterns off body paragraphs and lets long lines
 * skip most of the work.  Patterns are added to families, then
 * rules_compile() joins them into one alternation per length tier (the
 * families whose cap is at least the tier's), each family a capture
 * group, so that matching a line costs a single JIT pass.  Patterns given
 * with RULES_SOLO (users' patterns, which may use their own groups and
 * back-references) are compiled alone and tried after the joined ones.
 *
 * Every pattern is compiled with the flags given to rules_init() (e.g.
 * RX_ICASE) on top of rx's UTF and invalid-UTF handling.  Joined
 * patterns must not use capture groups or back-references: write (?:).
 *
 * The struct owns copies of the names and patterns.  A struct rules is
 * not to be shared between threads (its rx match blocks are reused).
 */
#ifndef NU_RULES_H
#define NU_RULES_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "rx.h"

#define RULES_NOCAP	SIZE_MAX	/* a family with no length cap */
#define RULES_SOLO	0x1		/* rules_add(): compile this one alone */

struct rules_family {
	char		*name;
	unsigned	 flags;		/* the caller's, returned as they are */
	size_t		 maxlen;
	struct buf	 alt;		/* joined patterns: "(?:p1)|(?:p2)" */
	size_t		 npat;
};

struct rules_tier {
	size_t		 cap;		/* lines up to cap bytes use this tier */
	struct rx	 rx;
	size_t		*fam;		/* capture group g is family fam[g-1] */
	size_t		 nfam;
};

struct rules_solo {
	struct rx	 rx;
	size_t		 fam;
};

struct rules {
	unsigned		 rxflags;
	struct rules_family	*fam;
	size_t			 nfam;
	struct rules_tier	*tier;
	size_t			 ntier;
	struct rules_solo	*solo;
	size_t			 nsolo;
	int			 compiled;
};

void	rules_init(struct rules *, unsigned rxflags);
/*
 * The index of the family called name, created with flags and maxlen if
 * there is none yet (an existing family keeps its own).
 */
size_t	rules_family(struct rules *, const char *name, unsigned flags,
	    size_t maxlen);
/*
 * Add a pattern to family fam.  The pattern is compiled at once to check
 * it; on error returns -1 with "message at offset N" in err.
 */
int	rules_add(struct rules *, size_t fam, const char *pat, size_t patlen,
	    unsigned how, char *err, size_t errlen);
/* Build the joined passes; -1 with a message in err on failure. */
int	rules_compile(struct rules *, char *err, size_t errlen);
/*
 * The family of the first pattern that matches [s, s+len), or -1.  A
 * pattern that hits PCRE2's match limits counts as not matching.
 */
long	rules_match(struct rules *, const char *s, size_t len);
const struct rules_family *rules_get(const struct rules *, size_t fam);
void	rules_free(struct rules *);

#endif
