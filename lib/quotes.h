/*
 * quotes: direct quotations in news prose and who said them.
 *
 * A struct qt_doc holds one document at a time.  The caller hands it
 * every paragraph (qt_add_line() copies the bytes: quotations run over
 * paragraphs, so the reader's borrowed views cannot be kept), then calls
 * qt_run(), which pairs the quote marks over the whole document and
 * attributes each quotation.  qt_get() then fills a struct qt_quote whose
 * pointers are borrowed from the qt_doc and stay valid until the next
 * qt_reset() or qt_free().  qt_reset() keeps the memory for the next
 * document, so a stream of documents allocates only as its largest one
 * needs.
 *
 * Pairing: marks pair by family (double: “ ” „ " ; guillemets « » ;
 * ‹ › ; single: ‘ ’ ‚ ' ; CJK 「 」 『 』), the direction of an ambiguous
 * mark comes from what flanks it, and an apostrophe (don’t, Beijing’s,
 * the ’90s, rock ’n’ roll) is never a quote mark.  A single quote pairs
 * only inside its paragraph; a double one left open at the end of a
 * paragraph continues when the next paragraph opens with a mark (the
 * news convention for quotations over several paragraphs), and is
 * otherwise reported as unbalanced, ending with its paragraph, so that a
 * stray mark never derails the rest of the document.  Marks nested in an
 * open quotation belong to it.
 *
 * Attribution uses rules only: a reporting-verb lexicon, the patterns of
 * news prose around a quotation, the reduction of a speaker phrase to a
 * name and a role, and a small memory of the persons the document has
 * named so far (for "he said", "the minister said", a surname alone).
 * See quotes_int.h for the pieces.
 */
#ifndef NU_QUOTES_H
#define NU_QUOTES_H

#include <stddef.h>

struct qt_doc;

struct qt_quote {
	size_t		 line;		/* line number where the quotation starts */
	size_t		 end_line;	/* and where it ends */
	size_t		 start;		/* byte offset of its text in line */
	size_t		 end;		/* end (exclusive) of its text in end_line */
	const char	*text;		/* the quoted text; paragraphs joined by \n */
	size_t		 len;
	const char	*speaker;	/* person or organisation, "" if unknown */
	size_t		 speaker_len;
	const char	*speaker_text;	/* the speaker as written at the cue */
	size_t		 speaker_text_len;
	const char	*role;		/* "State Department spokesman", or "" */
	size_t		 role_len;
	const char	*cue;		/* reporting verb as written, or "" */
	size_t		 cue_len;
	int		 full;		/* speech, not a scare quote or phrase */
	int		 balanced;	/* closed by a matching mark */
	size_t		 words;		/* words in text */
};

struct qt_doc	*qt_new(void);
void		 qt_free(struct qt_doc *);
/* Forget the document, keep the memory. */
void		 qt_reset(struct qt_doc *);
/* Append a paragraph (copied).  lineno is what records report. */
void		 qt_add_line(struct qt_doc *, const char *, size_t, size_t lineno);
/* Find and attribute the quotations; returns how many. */
size_t		 qt_run(struct qt_doc *);
/* The i-th quotation, in document order (i < qt_run()'s result). */
void		 qt_get(const struct qt_doc *, size_t i, struct qt_quote *);

#endif
