/*
 * boiler: tell a news page's article (title and body) from its
 * boilerplate, one whole document at a time.
 *
 * A struct boiler_doc holds a copy of a document's lines (their text and
 * their bytes as they came in) in one buffer, so that memory is bounded
 * by the largest document and no line costs an allocation of its own;
 * boiler_doc_reset() keeps the memory for the next document.
 *
 * boiler_classify() decides every paragraph of a document in steps:
 *
 *  1. rules: the compiled-in families (boiler_rules.c) and the user's
 *     patterns mark junk for certain; nothing later makes it good.
 *  2. features: length, words, stopword density, capitalised words,
 *     terminal punctuation, link-like tokens; an initial class in the
 *     manner of jusText: good, near-good, short or bad.
 *  3. the title: the first line, unless it is a site name or a
 *     "Headline | Site" line whose headline comes again below it;
 *     repeated lines (captions printed twice) are dropped.
 *  4. sidebars: after the body has started, a sidebar heading ("Most
 *     read", "Related stories", "Opinion") or an end-of-article block
 *     (tags, comments, copyright) drops what follows, unless the article
 *     plainly resumes.
 *  5. context: short and near-good paragraphs take the class of the
 *     good or bad paragraphs around them; the document's edges count as
 *     bad, and so do rule matches, so junk cannot make its neighbours
 *     look good; but the kinds of junk that sit inside articles (ads,
 *     embeds, captions, "Read more:" links) are looked through, so that
 *     the paragraphs after an embedded post still belong to the body.
 *
 * A document without a single good paragraph (a portal page) keeps
 * nothing, not even its title.
 */
#ifndef NU_BOILER_H
#define NU_BOILER_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"
#include "rules.h"
#include "words.h"

/* Flags of rule families (rules_family()). */
#define BF_ZONE		0x01	/* after the body: a sidebar or footer */
#define BF_CAPTION	0x02	/* a photo caption or credit */
#define BF_EMBED	0x04	/* an embed's attribution: the line
				   before it is the embedded post */
#define BF_INLINE	0x08	/* inside articles (ads, embeds): the
				   context pass looks through it */
#define BF_NAV		0x10	/* the site's navigation: the headline
				   is the first one after it */
#define BF_TEASER	0x20	/* teaser links: a short line next to one
				   is another */
#define BF_META		0x40	/* bylines, dates: they end a standfirst */
#define BF_TAIL		0x80	/* only after the last good paragraph */

/*
 * The lexicon maps a folded word to bits: BOILER_STOP for stopwords,
 * and from BOILER_GATE0 on one bit per rule gate: a family's gate opens
 * when the line's first word is one its patterns can start with (those
 * bits are in famgates), a gated pattern's when any word of the line is
 * one of its keys.  Some gates open on things other than words
 * (BOILER_SP_*).
 */
#define BOILER_STOP	1ULL
#define BOILER_GATE0	1
enum {
	BOILER_SP_COPY,		/* a copyright sign */
	BOILER_SP_ARROW,	/* menu arrows */
	BOILER_SP_CAPS,		/* a word in capitals after a sentence */
	BOILER_SP_PAREN,	/* a closing bracket at the end */
	BOILER_SP_CRUMB,	/* a path separator: > \u00bb \u203a */
	BOILER_SP_BAR,		/* a menu separator: | \u2022 \u00b7 */
	BOILER_SP_DIGIT,	/* a digit in a short line (14 words) */
	BOILER_SP_DASH,		/* a dash: em, en, or " - " */
	BOILER_SP_LEAD,		/* starts with digit, bracket, dash, @ */
	BOILER_SP_N
};

enum boiler_class { BC_BAD, BC_SHORT, BC_NEARGOOD, BC_GOOD };

/* Why a paragraph was kept or dropped; see boiler_reason_name(). */
enum boiler_reason {
	BR_GOOD,		/* good on its own */
	BR_CONTEXT_GOOD,	/* made good by its neighbours */
	BR_TITLE,
	BR_CAPTION_KEPT,	/* --keep-captions */
	BR_RULE,		/* a rule family matched (see fam) */
	BR_TITLE_SITE,		/* "Headline | Site", repeated below */
	BR_TITLE_REPEAT,
	BR_SITE_NAME,
	BR_NO_TITLE,		/* --no-title */
	BR_NO_BODY,		/* the title of a page without an article */
	BR_REPEAT,		/* printed twice: a caption or a teaser */
	BR_EMBED,		/* the text of an embedded post */
	BR_SIDEBAR,
	BR_HEAD,		/* short line above the body: kicker, byline */
	BR_LEAD_CAPTION,	/* above the body, ends with a date */
	BR_LINKS,
	BR_NO_WORDS,
	BR_MENU,
	BR_STOPWORDS,		/* too few function words to be prose */
	BR_CONTEXT_BAD,
	BR_PULL_QUOTE,		/* a quote printed again from the body */
	BR_CAPTION_NEXT,	/* a short line beside a photo credit */
	BR_TITLE_CONT,		/* a wrapped title's next lines */
	BR_NREASONS
};

struct boiler_para {
	size_t		 off, len;	/* text, in the doc's buffer */
	size_t		 rawoff, rawlen; /* bytes as they came in */
	size_t		 lineno;
	int		 blank;
	int		 hasraw;
	/* Features, of the text without surrounding white space. */
	size_t		 tstart, tlen;
	unsigned	 nchars, nwords, nstop, nlower, ndigit, nlink;
	int		 terminal;	/* ends like a sentence */
	uint64_t	 gates;		/* gated rules its words open */
	uint64_t	 fp;		/* letters and digits, lower case */
	long		 fam;		/* rule family, -1 for none */
	enum boiler_class cls0;		/* before the context pass */
	int		 weak;		/* good only as one long sentence */
	enum boiler_class cls;
	enum boiler_reason reason;
	int		 hard;		/* decided before context */
	int		 repeat_first;	/* first copy of a repeat */
	enum boiler_class prev, next;	/* neighbours' classes */
	int		 keep;
};

struct boiler_doc {
	struct buf		 bytes;
	struct boiler_para	*p;
	size_t			 n;
	size_t			 cap;
};
#define BOILER_DOC_INIT { BUF_INIT, NULL, 0, 0 }

struct boiler_opts {
	const struct words	*stop;	/* stoplist; NULL: "en" */
	int			 no_title;
	int			 keep_captions;
};

struct boiler {
	struct rules		 rules;
	struct rx		 leaddate;	/* ends with a date */
	struct words		 lex;	/* stopwords, gate keys */
	uint64_t		 special[BOILER_SP_N];
	uint64_t		 famgates;	/* opened by first words */
	unsigned		 ngates;
	struct boiler_opts	 opts;
	uint64_t		*famcount;	/* lines dropped per family */
	size_t			 nfam;
	uint64_t		 count[BR_NREASONS];
};

/*
 * Set up with the compiled-in families (unless no_defaults); the caller
 * may then add its own patterns to b->rules (family "user" and the like,
 * with RULES_SOLO) before boiler_ready().
 */
int	boiler_init(struct boiler *, const struct boiler_opts *,
	    int no_defaults, char *err, size_t errlen);
/* Compile the rules; -1 with a message in err. */
int	boiler_ready(struct boiler *, char *err, size_t errlen);
void	boiler_classify(struct boiler *, struct boiler_doc *);
void	boiler_free(struct boiler *);

/* Features of one paragraph (fills the feature fields of p). */
void	boiler_features(const struct boiler *, const char *text, size_t len,
	    struct boiler_para *p);

const char *boiler_reason_name(enum boiler_reason);
/*
 * The headline of a "Headline | Section | Site Name" title: the length
 * of the part before the separators whose tails look like names, or len
 * when there are none.
 */
size_t	boiler_headline(const char *s, size_t len);

void	boiler_doc_reset(struct boiler_doc *);
/* Add a line; raw may be NULL.  Both are copied. */
void	boiler_doc_add(struct boiler_doc *, const char *text, size_t len,
	    const char *raw, size_t rawlen, size_t lineno, int blank);
void	boiler_doc_free(struct boiler_doc *);

/*
 * The compiled-in rule families, for --list-rules and the man page.
 * pats start with ^ and are joined into one pass; gated patterns may
 * match anywhere and run only on lines holding one of their keys
 * (lower-case words, or "@copy", "@arrow", "@caps", "@paren", "@crumb",
 * "@bar", "@digit", "@dash", "@lead").
 */
struct boiler_gated {
	const char		*pat;
	const char		*keys;	/* separated by spaces */
	size_t			 tail;	/* 0, or the last bytes only */
};

struct boiler_family {
	const char		*name;
	unsigned		 flags;
	size_t			 maxlen;
	const char		*what;		/* one line for users */
	const char *const	*pats;		/* NULL-terminated */
	const struct boiler_gated *gated;	/* ends with a NULL pat */
	const char		*first;	/* words that start pats */
};
extern const struct boiler_family boiler_families[];
/* Add the compiled-in families; -1 with a message on a bad one. */
int	boiler_rules_add(struct boiler *, char *err, size_t errlen);

#endif
