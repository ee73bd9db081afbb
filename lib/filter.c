#include <string.h>

#include "filter.h"
#include "jsonl.h"

void
fw_init(struct fw *w, struct out *o, const struct rd *r)
{
	memset(w, 0, sizeof(*w));
	w->o = o;
	w->r = r;
	w->at_bol = 1;
}

/* Text that ends a document without a newline must not run into a header. */
static void
ensure_bol(struct fw *w)
{
	if (!w->at_bol)
		out_putc(w->o, '\n');
	w->at_bol = 1;
}

static void
write_raw(struct fw *w, const char *s, size_t n)
{
	out_write(w->o, s, n);
	if (n > 0)
		w->at_bol = s[n - 1] == '\n';
}

/* -J: whether the rebuilt text is the record's own, byte for byte. */
static int
text_unchanged(const struct fw *w)
{
	json_t *v = json_object_get(w->obj, w->r->opts->text_field);

	/* An empty buf has p == NULL, which memcmp may not be given. */
	return json_is_string(v) && json_string_length(v) == w->text.len &&
	    (w->text.len == 0 ||
	    memcmp(json_string_value(v), w->text.p, w->text.len) == 0);
}

static void
end_doc(struct fw *w)
{
	if (!w->in_doc)
		return;
	w->in_doc = 0;
	if (w->obj == NULL)
		return;
	if (w->has_text && w->jtrail && w->wrote_line)
		buf_addc(&w->text, '\n');
	if (!w->has_text || text_unchanged(w)) {
		/* Nothing to rewrite: the record goes out as it came in. */
		ensure_bol(w);
		write_raw(w, w->record.p, w->record.len);
		ensure_bol(w);
	} else {
		jsonl_set_str(w->obj, w->r->opts->text_field, w->text.p,
		    w->text.len);
		jsonl_write(w->o, w->obj);
	}
	json_decref(w->obj);
	w->obj = NULL;
}

void
fw_doc(struct fw *w, const struct rd_line *hdr)
{
	end_doc(w);
	w->in_doc = 1;
	w->wrote_line = 0;
	w->pending_blank = 0;
	buf_reset(&w->blanks);
	if (w->r->opts->jsonl) {
		w->obj = json_incref(w->r->obj);
		buf_reset(&w->text);
		buf_reset(&w->record);
		buf_add(&w->record, hdr->raw, hdr->rawlen);
		w->has_text = w->r->jtext != NULL;
		w->jtrail = w->r->jtrail;
		return;
	}
	if (hdr->raw != NULL) {
		ensure_bol(w);
		write_raw(w, hdr->raw, hdr->rawlen);
	} else if (w->r->framed) {
		ensure_bol(w);
		out_putc(w->o, '\f');
		out_write(w->o, hdr->text, hdr->len);
		out_putc(w->o, '\n');
	}
}

/* Blank lines waiting for a kept line are written only between kept lines. */
static void
flush_blanks(struct fw *w)
{
	size_t i;

	if (w->wrote_line && w->pending_blank > 0) {
		if (w->obj != NULL)
			for (i = 0; i < w->pending_blank; i++)
				buf_addc(&w->text, '\n');
		else
			write_raw(w, w->blanks.p, w->blanks.len);
		w->lines_out += w->pending_blank;
	}
	w->pending_blank = 0;
	buf_reset(&w->blanks);
}

/* The line's own terminator, kept by fw_put(): LF, CR LF, or none. */
static size_t
eol_len(const char *raw, size_t rawlen)
{
	if (rawlen == 0 || raw[rawlen - 1] != '\n')
		return 0;
	return rawlen > 1 && raw[rawlen - 2] == '\r' ? 2 : 1;
}

/* -J: add one piece to the record's new text. */
static void
add_piece(struct fw *w, const char *s, size_t n)
{
	if (w->wrote_line)
		buf_addc(&w->text, '\n');
	buf_add(&w->text, s, n);
}

void
fw_keep(struct fw *w, const struct rd_line *l)
{
	flush_blanks(w);
	if (w->obj != NULL)
		add_piece(w, l->raw, l->rawlen);
	else
		write_raw(w, l->raw, l->rawlen);
	w->wrote_line = 1;
	w->lines_out++;
}

/*
 * New text in place of one line.  When that line ended in CR LF, the
 * lines the text holds end in CR LF too, so a split CR LF line stays CR LF.
 */
static void
write_text(struct fw *w, const char *s, size_t n, int crlf)
{
	const char *p = s, *end = s + n, *nl;

	if (!crlf) {
		out_write(w->o, s, n);
		return;
	}
	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		out_write(w->o, p, (size_t)(nl - p));
		out_write(w->o, "\r\n", 2);
		p = nl + 1;
	}
	out_write(w->o, p, (size_t)(end - p));
}

void
fw_put(struct fw *w, const struct rd_line *l, const char *s, size_t n)
{
	const char *p = s, *end = s + n, *nl;
	size_t eol = eol_len(l->raw, l->rawlen);

	flush_blanks(w);
	if (w->obj != NULL)
		add_piece(w, s, n);
	else {
		write_text(w, s, n, eol == 2);
		if (eol > 0)
			write_raw(w, l->raw + l->rawlen - eol, eol);
		else if (n > 0)
			w->at_bol = s[n - 1] == '\n';
	}
	w->wrote_line = 1;
	w->lines_out++;
	while ((nl = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		w->lines_out++;
		p = nl + 1;
	}
}

void
fw_blank(struct fw *w, const struct rd_line *l)
{
	/*
	 * Only the blank lines right before the next kept line count: a
	 * dropped line in between (a gap in the numbering) makes the run
	 * start again, so A, blank, (dropped), blank, C keeps one blank.
	 */
	if (w->pending_blank > 0 && l->lineno != w->last_blank + 1) {
		w->pending_blank = 0;
		buf_reset(&w->blanks);
	}
	w->last_blank = l->lineno;
	w->pending_blank++;
	if (w->obj == NULL)
		buf_add(&w->blanks, l->raw, l->rawlen);
}

void
fw_error(struct fw *w, const struct rd_line *l)
{
	if (l->raw == NULL || l->rawlen == 0)
		return;
	end_doc(w);
	ensure_bol(w);
	write_raw(w, l->raw, l->rawlen);
	ensure_bol(w);
	w->lines_out++;
}

void
fw_finish(struct fw *w)
{
	end_doc(w);
	buf_free(&w->blanks);
	buf_free(&w->text);
	buf_free(&w->record);
}
