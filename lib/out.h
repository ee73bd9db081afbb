/*
 * out: buffered, checked output.
 *
 * A struct out owns its buffer and writes to a file descriptor with
 * write(2).  The first error is kept (err) and later writes are dropped,
 * so a loop may go on writing and check once at the end.  A closed pipe
 * (EPIPE) ends the program at once, quietly, with status 0: the reader
 * wanted no more.  Every program ends with
 *
 *	return out_finish(&out, status);
 *
 * which flushes, closes the descriptor, reports a write error as
 * "prog: stdout: reason" and folds it into the exit status (2).
 *
 * Field writers: out_tsv() escapes a field for TSV (backslash, tab,
 * newline and CR become \\ \t \n \r); out_json_str() writes a quoted JSON
 * string in which invalid UTF-8 bytes become U+FFFD, so JSON output is
 * always valid.
 */
#ifndef NU_OUT_H
#define NU_OUT_H

#include <stddef.h>
#include <stdint.h>

struct out {
	int		 fd;
	const char	*name;		/* for messages: "stdout" */
	char		*buf;
	size_t		 len;
	size_t		 cap;
	int		 err;		/* first errno, 0 if none */
	uint64_t	 bytes;		/* bytes accepted so far */
};

void	out_init(struct out *, int fd, const char *name);
void	out_write(struct out *, const void *, size_t);
void	out_putc(struct out *, int);
void	out_puts(struct out *, const char *);
void	out_printf(struct out *, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	out_tsv(struct out *, const char *, size_t);
void	out_json_str(struct out *, const char *, size_t);
/* Write out the buffer; returns 0, or -1 with o->err set. */
int	out_flush(struct out *);
/* Flush, close, report; returns status, or 2 if any write failed. */
int	out_finish(struct out *, int status);

/*
 * rec: one extractor record, TSV or JSON.  Fields are given in TSV column
 * order; a field the TSV form does not have is written only when
 * r->json is set (the caller tests it).  TSV booleans are "true"/"false".
 */
struct rec {
	struct out	*o;
	int		 json;
	int		 nfields;
};

void	rec_begin(struct rec *);
void	rec_str(struct rec *, const char *key, const char *, size_t);
void	rec_cstr(struct rec *, const char *key, const char *);
void	rec_int(struct rec *, const char *key, long long);
void	rec_bool(struct rec *, const char *key, int);
void	rec_null(struct rec *, const char *key);	/* TSV: empty field */
void	rec_end(struct rec *);
/* The -H header row (TSV only): the names, NULL-terminated. */
void	rec_header(struct out *, const char *const *names);

#endif
