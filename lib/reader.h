/*
 * reader: the stream model of newsutils(7), read once, here.
 *
 * A reader visits the operands in order ("-" or no operand is stdin) and
 * turns them into events, one per call of rd_next():
 *
 *   RD_DOC    a document starts.  Every document gets exactly one, before
 *             its lines: each file operand (unless its first line is a
 *             header), each form-feed header line, each JSON Lines record.
 *             line->text is the document's name; line->raw is the header
 *             line as it came in (terminator included; with -J the record
 *             line), or NULL when the document starts because a file does.
 *   RD_LINE   a paragraph: a line (or with -p a block of lines joined by
 *             single spaces, or with -J one \n-separated piece of the text
 *             field).  Blank lines (empty or only spaces and tabs) are
 *             events too, with line->blank set, so that line numbers count
 *             them and filters can keep them.
 *   RD_ERROR  a file could not be read, or a JSON line is not an object.
 *             The reader has already reported it as "prog: file:line: what"
 *             and set r->status to 2.  For a bad record line->raw holds the
 *             line as it came in, for filters to pass through unchanged.
 *   RD_END    no more input.
 *
 * The line view is borrowed: text and raw stay valid until the next call.
 * text never holds the CR LF terminator; raw holds the original bytes,
 * terminator included, so a filter that keeps a line writes raw and gives
 * back exactly what came in.  Lines may hold NULs and invalid UTF-8 and be
 * of any length: the buffer grows as needed, memory is bounded by the
 * longest line (with -p the longest block, with -J the longest record).
 *
 * Line numbers (lineno) are 1-based within the document: physical lines
 * after the header; with -p the line where the block starts; with -J the
 * index of the piece within the text field.
 *
 * Document names: "-" for stdin, the path for a file, the rest of the
 * header line (without the form feed and the terminator) for a framed
 * document, the id field (or url) for a JSON record, "" when none.
 */
#ifndef NU_READER_H
#define NU_READER_H

#include <stddef.h>
#include <stdint.h>

#include <jansson.h>

#include "buf.h"
#include "opts.h"

enum rd_event { RD_END, RD_LINE, RD_DOC, RD_ERROR };

struct rd_line {
	const char	*text;		/* content, without terminator */
	size_t		 len;
	const char	*raw;		/* as in the input, terminator included */
	size_t		 rawlen;
	size_t		 lineno;	/* 1-based within the document */
	int		 blank;		/* no content */
};

struct rd {
	/* Read-only for callers. */
	const char	*file;		/* current operand, "-" for stdin */
	size_t		 fileline;	/* line in that file, for messages */
	const char	*doc;		/* current document's name */
	size_t		 doclen;
	json_t		*obj;		/* -J: current record (borrowed) */
	int		 framed;	/* filters must write headers */
	int		 status;	/* 0, or 2 after any RD_ERROR */
	uint64_t	 bytes_in;
	uint64_t	 lines_in;
	uint64_t	 docs;

	/* Private. */
	const struct nu_opts *opts;
	char		**files;
	int		 nfiles;
	int		 next;		/* index of the next operand */
	int		 fd;		/* -1: no file open */
	int		 eof;
	int		 rerr;		/* a read error ended the file */
	int		 pending_doc;	/* a file started: RD_DOC still owed */
	int		 skipping;	/* --shard: document not ours */
	char		*buf;		/* input bytes [pos, end) unread */
	size_t		 cap;
	size_t		 keep;		/* first byte the caller may still see */
	size_t		 pos;
	size_t		 end;
	size_t		 doc_lineno;
	struct buf	 name;
	struct buf	 joined;	/* -p: the block's text */
	const char	*jtext;		/* -J: the record's text field */
	size_t		 jlen;
	size_t		 jpos;		/* -J: where the next piece starts */
	int		 jmore;		/* -J: pieces left to give */
	int		 jtrail;	/* -J: the text ends with \n */
};

/*
 * Set up a reader over operands files[0..nfiles) (none: stdin).  The
 * options and the file names are borrowed for the reader's life.
 */
void		rd_open(struct rd *, const struct nu_opts *, char **files,
		    int nfiles);
enum rd_event	rd_next(struct rd *, struct rd_line *);
void		rd_close(struct rd *);

#endif
