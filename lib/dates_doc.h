/*
 * dates_doc: extract-dates one document at a time: choose the reference
 * date, scan the paragraphs, write the records.
 *
 * The reference is, in order: the one the user gave (--ref); with JSON
 * Lines, a metadata field of the record; else the document's own date,
 * the first full date in a dateline or byline near the top.  To resolve
 * the top paragraphs against a date that is printed below them, the
 * first DD_TOPLINES paragraphs are held back (copied) until the
 * reference is known; after that, paragraphs stream through.  Memory is
 * therefore bounded by those few paragraphs plus the longest one.
 *
 * Call dd_begin() at each document, dd_line() for each paragraph,
 * dd_end() when the document ends (or the input does).  Records go to
 * the struct out given to dd_init(); nothing here reads input.
 */
#ifndef NU_DATES_DOC_H
#define NU_DATES_DOC_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "buf.h"
#include "dates.h"
#include "out.h"

#define DD_TOPLINES	12	/* paragraphs searched for a dateline */
#define DD_TOPBYTES	200	/* a dateline's date starts this near */

struct dd_held {
	struct buf	 text;
	size_t		 lineno;
};

struct dd {
	/* Settings, filled in by the caller after dd_init(). */
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
	struct dd_held	 held[DD_TOPLINES];
	size_t		 nheld;
	size_t		 seen;		/* paragraphs of this document */
};

void	dd_init(struct dd *, struct out *, const struct dw_lang *);
void	dd_free(struct dd *);
/* The header row for -H. */
void	dd_header(struct dd *);
/* A document starts; obj is its JSON record with -J, else NULL. */
void	dd_begin(struct dd *, const char *name, size_t namelen, json_t *obj);
void	dd_line(struct dd *, size_t lineno, const char *, size_t);
void	dd_end(struct dd *);

#endif
