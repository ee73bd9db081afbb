/*
 * dates_doc: extract-dates one document at a time: choose the reference
 * date, scan the paragraphs, write the records.
 *
 * The reference is, in order: the one the user gave (--ref); with JSON
 * Lines, a metadata field of the record; else the document's own date,
 * the first full date in a dateline or byline near the top (a short
 * line, or one that says "Published"; failing those, a long top line
 * that starts with a date, as "WASHINGTON, June 18, 2023 - ...").  To resolve
 * the top paragraphs against a date that is printed below them, the
 * first DATES_DOC_TOPLINES paragraphs are held back (copied) until the
 * reference is known (or DATES_DOC_HELDMAX bytes are held); after that,
 * paragraphs stream through.  Memory is therefore bounded by those few
 * paragraphs plus the longest one.
 *
 * Call dates_doc_begin() at each document, dates_doc_line() for each paragraph,
 * dates_doc_end() when the document ends (or the input does).  Records go to
 * the struct out given to dates_doc_init(); nothing here reads input.
 */
#ifndef NU_DATES_DOC_H
#define NU_DATES_DOC_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "buf.h"
#include "dates.h"
#include "out.h"

#define DATES_DOC_TOPLINES	20	/* paragraphs searched for a dateline */
#define DATES_DOC_TOPBYTES	200	/* a dateline's date starts this near */
#define DATES_DOC_SHORTLINE	160	/* a dateline or byline is this short */
#define DATES_DOC_HELDMAX	(1u << 20)	/* bytes held back at most */

struct dates_doc_held {
	struct buf	 text;
	size_t		 lineno;
};

struct dates_doc {
	/* Settings, filled in by the caller after dates_doc_init(). */
	struct dates	 d;
	int		 json;		/* --json records */
	int		 count;		/* -c: counts per document */
	int		 explain;	/* --explain: say where refs come from */
	struct dates_ref fixed;		/* --ref, when set */
	const char	*ref_field;	/* NULL: "date", then "published" */

	/* Totals. */
	uint64_t	 found;		/* records over the whole run */
	uint64_t	 records;	/* lines written */

	/* Private. */
	struct out	*o;
	struct buf	 doc;
	int		 in_doc;
	uint64_t	 doc_found;
	struct dates_ref ref;
	char		 refstr[24];
	int		 decided;	/* the reference is settled */
	struct dates_ref fallback;	/* a date early in a long top line */
	size_t		 fallback_line;
	struct dates_doc_held	 held[DATES_DOC_TOPLINES];
	size_t		 nheld;
	size_t		 heldbytes;
};

void	dates_doc_init(struct dates_doc *, struct out *, const struct dw_lang *);
void	dates_doc_free(struct dates_doc *);
/* The header row for -H. */
void	dates_doc_header(struct dates_doc *);
/* A document starts; obj is its JSON record with -J, else NULL. */
void	dates_doc_begin(struct dates_doc *, const char *name, size_t namelen, json_t *obj);
void	dates_doc_line(struct dates_doc *, size_t lineno, const char *, size_t);
void	dates_doc_end(struct dates_doc *);

#endif
