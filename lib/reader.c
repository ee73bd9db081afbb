#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <err.h>

#include "hash.h"
#include "jsonl.h"
#include "reader.h"
#include "xalloc.h"

#define RD_CHUNK	(256 * 1024)

void
rd_open(struct rd *r, const struct nu_opts *opts, char **files, int nfiles)
{
	static char *dash[] = { "-" };

	memset(r, 0, sizeof(*r));
	r->opts = opts;
	if (nfiles == 0) {
		files = dash;
		nfiles = 1;
	}
	r->files = files;
	r->nfiles = nfiles;
	r->fd = -1;
	r->framed = nfiles > 1 && !opts->jsonl;
	r->cap = RD_CHUNK;
	r->buf = xmalloc(r->cap);
	r->doc = "";
}

void
rd_close(struct rd *r)
{
	if (r->fd > STDIN_FILENO)
		close(r->fd);
	r->fd = -1;
	if (r->obj != NULL)
		json_decref(r->obj);
	r->obj = NULL;
	free(r->buf);
	r->buf = NULL;
	buf_free(&r->name);
	buf_free(&r->joined);
}

/* Whether a document name hashes to shard (shard, nshards). */
static int
in_shard(const char *name, size_t len, unsigned shard, unsigned nshards)
{
	if (nshards == 0)
		return 1;
	return hash64(name, len) % nshards == shard;
}

static void
rd_warn(struct rd *r, const char *what)
{
	if (r->fileline > 0)
		warnx("%s:%zu: %s", r->file, r->fileline, what);
	else
		warnx("%s: %s", r->file, what);
	r->status = 2;
}

/*
 * Read more input.  The bytes from keep on are still in use (the view
 * handed out, or a -p block being gathered), so only what lies before
 * keep may be dropped.  Returns -1 on a read error (reported).
 */
static int
fill(struct rd *r)
{
	ssize_t n;

	if (r->keep > 0) {
		memmove(r->buf, r->buf + r->keep, r->end - r->keep);
		r->pos -= r->keep;
		r->end -= r->keep;
		r->keep = 0;
	}
	if (r->cap - r->end < RD_CHUNK / 2) {
		r->cap *= 2;
		r->buf = xrealloc(r->buf, r->cap);
	}
	for (;;) {
		n = read(r->fd, r->buf + r->end, r->cap - r->end);
		if (n >= 0)
			break;
		if (errno != EINTR) {
			rd_warn(r, strerror(errno));
			r->eof = r->rerr = 1;
			return -1;
		}
	}
	if (n == 0)
		r->eof = 1;
	r->end += (size_t)n;
	return 0;
}

/*
 * Find the physical line at pos without consuming it.  Returns 0 at the
 * end of the file, else 1 with the raw length (terminator included).
 * The search resumes where it stopped, so a 100 MB line costs one scan.
 */
static int
peek_line(struct rd *r, size_t *rawlen)
{
	size_t scanned = 0;
	char *nl;

	for (;;) {
		nl = memchr(r->buf + r->pos + scanned, '\n',
		    r->end - r->pos - scanned);
		if (nl != NULL) {
			*rawlen = (size_t)(nl - (r->buf + r->pos)) + 1;
			return 1;
		}
		scanned = r->end - r->pos;
		if (r->eof) {
			*rawlen = scanned;
			return scanned > 0;
		}
		if (fill(r) < 0 && r->end == r->pos)
			return 0;
	}
}

/* The content of a raw line: without LF and a CR before it. */
static size_t
content_len(const char *raw, size_t rawlen)
{
	if (rawlen > 0 && raw[rawlen - 1] == '\n')
		rawlen--;
	if (rawlen > 0 && raw[rawlen - 1] == '\r')
		rawlen--;
	return rawlen;
}

static int
is_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

/* Consume the line at pos, counting it. */
static void
take_line(struct rd *r, size_t rawlen)
{
	r->pos += rawlen;
	r->fileline++;
	r->bytes_in += rawlen;
}

/* Open the next operand; returns 0 when there is none left. */
static int
open_next(struct rd *r)
{
	if (r->next >= r->nfiles)
		return 0;
	r->file = r->files[r->next++];
	r->fileline = 0;
	r->eof = 0;
	r->keep = r->pos = r->end = 0;
	if (strcmp(r->file, "-") == 0)
		r->fd = STDIN_FILENO;
	else if ((r->fd = open(r->file, O_RDONLY | O_CLOEXEC)) == -1) {
		rd_warn(r, strerror(errno));
		r->eof = 1;
	}
	r->pending_doc = 1;
	return 1;
}

static void
close_file(struct rd *r)
{
	if (r->fd > STDIN_FILENO)
		close(r->fd);
	r->fd = -1;
}

/* Start a document named [name, name+len); returns 0 if --shard skips it. */
static int
start_doc(struct rd *r, const char *name, size_t len)
{
	buf_reset(&r->name);
	buf_add(&r->name, name, len);
	r->doc = r->name.p;
	r->doclen = r->name.len;
	r->doc_lineno = 0;
	r->skipping = !in_shard(r->name.p, r->name.len, r->opts->shard,
	    r->opts->nshards);
	if (r->skipping)
		return 0;
	r->docs++;
	return 1;
}

static void
set_line(struct rd_line *l, const char *raw, size_t rawlen, size_t lineno)
{
	l->raw = raw;
	l->rawlen = rawlen;
	l->text = raw;
	l->len = content_len(raw, rawlen);
	l->lineno = lineno;
	l->blank = is_blank(l->text, l->len);
}

/* The view of an RD_DOC event: the name, and the header as it came. */
static enum rd_event
doc_view(struct rd_line *l, const char *name, size_t len, const char *raw,
    size_t rawlen)
{
	l->text = name;
	l->len = len;
	l->raw = raw;
	l->rawlen = rawlen;
	l->lineno = 0;
	l->blank = 0;
	return RD_DOC;
}

static void
append_trimmed(struct buf *b, const char *s, size_t len)
{
	while (len > 0 && (*s == ' ' || *s == '\t')) {
		s++;
		len--;
	}
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (b->len > 0)
		buf_addc(b, ' ');
	buf_add(b, s, len);
}

/*
 * -p: gather the lines up to a blank line, a header or the end into one
 * paragraph.  keep stays at the block's first byte meanwhile, so that
 * fill() keeps the whole block in the buffer and raw can span it.
 */
static enum rd_event
gather_block(struct rd *r, struct rd_line *l)
{
	size_t rawlen, len, first = r->doc_lineno + 1;
	const char *raw;

	buf_reset(&r->joined);
	while (peek_line(r, &rawlen)) {
		raw = r->buf + r->pos;
		len = content_len(raw, rawlen);
		if (raw[0] == '\f' || is_blank(raw, len))
			break;
		append_trimmed(&r->joined, raw, len);
		take_line(r, rawlen);
		r->lines_in++;
		r->doc_lineno++;
	}
	l->raw = r->buf + r->keep;
	l->rawlen = r->pos - r->keep;
	l->text = r->joined.p;
	l->len = r->joined.len;
	l->lineno = first;
	l->blank = 0;
	return RD_LINE;
}

/* -J: the next \n-separated piece of the record's text field. */
static enum rd_event
json_piece(struct rd *r, struct rd_line *l)
{
	const char *s = r->jtext + r->jpos, *end = r->jtext + r->jlen;
	const char *nl = memchr(s, '\n', (size_t)(end - s));
	size_t n = nl != NULL ? (size_t)(nl - s) : (size_t)(end - s);

	r->jpos += n + (nl != NULL);
	r->jmore = r->jpos < r->jlen;
	set_line(l, s, n, ++r->doc_lineno);
	if (l->len > 0 && l->text[l->len - 1] == '\r')
		l->len--;
	l->blank = is_blank(l->text, l->len);
	return RD_LINE;
}

/* -J: one record.  Returns RD_END for a line that yields no event. */
static enum rd_event
json_record(struct rd *r, struct rd_line *l, const char *raw, size_t rawlen)
{
	size_t len = content_len(raw, rawlen);
	char err[256];
	json_t *obj;

	take_line(r, rawlen);
	r->lines_in++;
	if (is_blank(raw, len))
		return RD_END;
	if (r->obj != NULL)
		json_decref(r->obj);
	r->obj = NULL;
	r->jmore = 0;
	if ((obj = jsonl_parse(raw, len, err, sizeof(err))) == NULL) {
		rd_warn(r, err);
		set_line(l, raw, rawlen, 0);
		return RD_ERROR;
	}
	r->obj = obj;
	jsonl_doc_name(obj, r->opts->id_field, &r->joined);
	if (!start_doc(r, r->joined.p, r->joined.len))
		return RD_END;
	r->jtext = jsonl_get_str(obj, r->opts->text_field, &r->jlen);
	r->jpos = 0;
	r->jmore = r->jtext != NULL && r->jlen > 0;
	r->jtrail = r->jmore && r->jtext[r->jlen - 1] == '\n';
	return doc_view(l, r->doc, r->doclen, raw, rawlen);
}

/* A header line: the rest of it names the next document. */
static enum rd_event
header(struct rd *r, struct rd_line *l, const char *raw, size_t rawlen)
{
	take_line(r, rawlen);
	r->framed = 1;
	r->pending_doc = 0;
	if (!start_doc(r, raw + 1, content_len(raw + 1, rawlen - 1)))
		return RD_END;
	return doc_view(l, raw + 1, content_len(raw + 1, rawlen - 1), raw,
	    rawlen);
}

/* The document a file operand is, announced before its first line. */
static enum rd_event
file_doc(struct rd *r, struct rd_line *l)
{
	r->pending_doc = 0;
	if (!start_doc(r, r->file, strlen(r->file)))
		return RD_END;
	return doc_view(l, r->doc, r->doclen, NULL, 0);
}

enum rd_event
rd_next(struct rd *r, struct rd_line *l)
{
	enum rd_event ev;
	const char *raw;
	size_t rawlen;

	for (;;) {
		r->keep = r->pos;
		if (r->jmore && !r->skipping)
			return json_piece(r, l);
		if (r->fd == -1) {
			if (!open_next(r))
				return RD_END;
			if (r->fd == -1) {
				memset(l, 0, sizeof(*l));
				return RD_ERROR;
			}
			if (r->opts->jsonl)
				r->pending_doc = 0;
			continue;
		}
		if (!peek_line(r, &rawlen)) {
			if (r->rerr) {
				/* Reported by fill(); a directory ends here. */
				r->rerr = r->pending_doc = 0;
				close_file(r);
				memset(l, 0, sizeof(*l));
				return RD_ERROR;
			}
			if (r->pending_doc && (ev = file_doc(r, l)) != RD_END)
				return ev;
			close_file(r);
			continue;
		}
		raw = r->buf + r->pos;
		if (r->opts->jsonl) {
			if ((ev = json_record(r, l, raw, rawlen)) != RD_END)
				return ev;
			continue;
		}
		if (raw[0] == '\f') {
			if ((ev = header(r, l, raw, rawlen)) != RD_END)
				return ev;
			continue;
		}
		if (r->pending_doc) {
			if ((ev = file_doc(r, l)) != RD_END)
				return ev;
			continue;
		}
		if (r->skipping) {
			take_line(r, rawlen);
			continue;
		}
		if (r->opts->paragraph &&
		    !is_blank(raw, content_len(raw, rawlen)))
			return gather_block(r, l);
		take_line(r, rawlen);
		r->lines_in++;
		set_line(l, raw, rawlen, ++r->doc_lineno);
		return RD_LINE;
	}
}
