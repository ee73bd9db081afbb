/*
 * filter: the writing side of a filter (a program whose output is the
 * text itself), so that every filter keeps the framing the same way.
 *
 * Feed it the reader's events:
 *
 *   RD_DOC    fw_doc(): ends the previous document and starts this one.
 *             When the reader says the stream is framed (several files or
 *             a header seen), a header line is written: the input's own
 *             header bytes when there was one, else "\f" NAME "\n".  One
 *             plain document comes out plain.
 *   RD_LINE   the program decides: fw_keep() writes the line exactly as it
 *             came in; fw_put() writes new text in its place (the line's
 *             own terminator, LF or CR LF, is kept; the text may hold \n to
 *             make several lines, which end in CR LF when the line did);
 *             nothing at all drops it.  For a blank
 *             line, fw_blank() keeps it only if it separates kept lines
 *             (so dropping a paragraph does not leave a run of blanks);
 *             fw_keep() keeps it always.
 *   RD_ERROR  fw_error() passes a bad record through unchanged.
 *   RD_END    fw_finish().
 *
 * With -J the kept pieces of a record are joined with "\n" into its text
 * field (made valid UTF-8), every other field is kept, and the record is
 * written as one compact line at the end of the document.  A record whose
 * text comes out unchanged, or that has no string text field, is written
 * back exactly as it came in.
 */
#ifndef NU_FILTER_H
#define NU_FILTER_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "buf.h"
#include "out.h"
#include "reader.h"

struct fw {
	struct out	*o;
	const struct rd	*r;
	uint64_t	 lines_out;
	/* Private. */
	int		 in_doc;
	int		 wrote_line;	/* a line was kept in this document */
	size_t		 pending_blank;	/* blank lines awaiting a kept line */
	size_t		 last_blank;	/* line number of the last of them */
	struct buf	 blanks;	/* their raw bytes (plain mode) */
	json_t		*obj;		/* -J: the record being rebuilt */
	struct buf	 text;		/* -J: its new text */
	struct buf	 record;	/* -J: the record line as it came in */
	int		 has_text;
	int		 jtrail;	/* -J: the text ended with \n */
	int		 at_bol;	/* output ends with a newline */
};

void	fw_init(struct fw *, struct out *, const struct rd *);
void	fw_doc(struct fw *, const struct rd_line *);
void	fw_keep(struct fw *, const struct rd_line *);
void	fw_put(struct fw *, const struct rd_line *, const char *, size_t);
void	fw_blank(struct fw *, const struct rd_line *);
void	fw_error(struct fw *, const struct rd_line *);
void	fw_finish(struct fw *);

#endif
