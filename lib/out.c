#include <errno.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <err.h>

#include "out.h"
#include "utf8.h"
#include "xalloc.h"

#define OUT_BUFSIZE	(64 * 1024)

void
out_init(struct out *o, int fd, const char *name)
{
	memset(o, 0, sizeof(*o));
	o->fd = fd;
	o->name = name;
	o->cap = OUT_BUFSIZE;
	o->buf = xmalloc(o->cap);
}

static void
write_all(struct out *o, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0 && o->err == 0) {
		w = write(o->fd, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			/*
			 * The reader is gone: end quietly.  _exit skips the
			 * atexit handlers, which have nothing to flush here
			 * and would make a leak checker count the memory a
			 * stopped-midway program still holds.
			 */
			if (errno == EPIPE)
				_exit(0);
			o->err = errno;
			return;
		}
		p += w;
		n -= (size_t)w;
	}
}

int
out_flush(struct out *o)
{
	if (o->len > 0 && o->err == 0)
		write_all(o, o->buf, o->len);
	o->len = 0;
	return o->err ? -1 : 0;
}

void
out_write(struct out *o, const void *p, size_t n)
{
	if (o->err)
		return;
	o->bytes += n;
	if (o->len + n > o->cap) {
		out_flush(o);
		if (n >= o->cap) {
			write_all(o, p, n);
			return;
		}
	}
	memcpy(o->buf + o->len, p, n);
	o->len += n;
}

void
out_putc(struct out *o, int c)
{
	char ch = (char)c;

	if (o->len < o->cap && o->err == 0) {
		o->buf[o->len++] = ch;
		o->bytes++;
		return;
	}
	out_write(o, &ch, 1);
}

void
out_puts(struct out *o, const char *s)
{
	out_write(o, s, strlen(s));
}

void
out_printf(struct out *o, const char *fmt, ...)
{
	char small[256], *p = small;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(small)) {
		p = xmalloc((size_t)n + 1);
		va_start(ap, fmt);
		vsnprintf(p, (size_t)n + 1, fmt, ap);
		va_end(ap);
	}
	out_write(o, p, (size_t)n);
	if (p != small)
		free(p);
}

void
out_tsv(struct out *o, const char *s, size_t n)
{
	const char *p = s, *end = s + n, *run = s;

	for (; p < end; p++) {
		const char *esc;

		/* Every byte above '\\' and most below need no escape. */
		if ((unsigned char)*p > '\\' || (*p > '\r' && *p != '\\'))
			continue;
		switch (*p) {
		case '\t': esc = "\\t"; break;
		case '\n': esc = "\\n"; break;
		case '\r': esc = "\\r"; break;
		case '\\': esc = "\\\\"; break;
		default: continue;
		}
		out_write(o, run, (size_t)(p - run));
		out_write(o, esc, 2);
		run = p + 1;
	}
	out_write(o, run, (size_t)(end - run));
}

/* Write one ASCII byte that JSON wants escaped. */
static void
json_escape_byte(struct out *o, unsigned char c)
{
	switch (c) {
	case '"': out_write(o, "\\\"", 2); break;
	case '\\': out_write(o, "\\\\", 2); break;
	case '\n': out_write(o, "\\n", 2); break;
	case '\r': out_write(o, "\\r", 2); break;
	case '\t': out_write(o, "\\t", 2); break;
	case '\b': out_write(o, "\\b", 2); break;
	case '\f': out_write(o, "\\f", 2); break;
	default: out_printf(o, "\\u%04x", c); break;
	}
}

void
out_json_str(struct out *o, const char *s, size_t n)
{
	const char *p = s, *end = s + n, *run = s;
	int32_t cp;
	size_t k;

	out_putc(o, '"');
	while (p < end) {
		unsigned char c = (unsigned char)*p;

		if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
			p++;
			continue;
		}
		if (c >= 0x80) {
			k = utf8_decode(p, end, &cp);
			if (cp != UTF8_INVALID) {
				p += k;
				continue;
			}
		}
		out_write(o, run, (size_t)(p - run));
		if (c >= 0x80)
			out_write(o, "\xEF\xBF\xBD", 3);	/* U+FFFD */
		else
			json_escape_byte(o, c);
		run = ++p;
	}
	out_write(o, run, (size_t)(end - run));
	out_putc(o, '"');
}

int
out_finish(struct out *o, int status)
{
	out_flush(o);
	if (close(o->fd) != 0 && o->err == 0 && errno != EINTR)
		o->err = errno;
	free(o->buf);
	o->buf = NULL;
	if (o->err) {
		if (o->err == EPIPE)
			return status;
		warnx("%s: %s", o->name, strerror(o->err));
		return 2;
	}
	return status;
}

static void
rec_sep(struct rec *r, const char *key)
{
	if (r->json) {
		out_write(r->o, r->nfields ? ",\"" : "\"", r->nfields ? 2 : 1);
		out_puts(r->o, key);
		out_write(r->o, "\":", 2);
	} else if (r->nfields)
		out_putc(r->o, '\t');
	r->nfields++;
}

void
rec_begin(struct rec *r)
{
	r->nfields = 0;
	if (r->json)
		out_putc(r->o, '{');
}

void
rec_str(struct rec *r, const char *key, const char *s, size_t n)
{
	rec_sep(r, key);
	if (r->json)
		out_json_str(r->o, s, n);
	else
		out_tsv(r->o, s, n);
}

void
rec_cstr(struct rec *r, const char *key, const char *s)
{
	rec_str(r, key, s, strlen(s));
}

void
rec_int(struct rec *r, const char *key, long long v)
{
	char num[24], *p = num + sizeof(num);
	unsigned long long u = v < 0 ? 0ULL - (unsigned long long)v :
	    (unsigned long long)v;

	/* By hand: line numbers go out with every record. */
	rec_sep(r, key);
	do {
		*--p = (char)('0' + u % 10);
		u /= 10;
	} while (u > 0);
	if (v < 0)
		*--p = '-';
	out_write(r->o, p, (size_t)(num + sizeof(num) - p));
}

void
rec_bool(struct rec *r, const char *key, int v)
{
	rec_sep(r, key);
	out_puts(r->o, v ? "true" : "false");
}

void
rec_null(struct rec *r, const char *key)
{
	rec_sep(r, key);
	if (r->json)
		out_puts(r->o, "null");
}

void
rec_end(struct rec *r)
{
	if (r->json)
		out_putc(r->o, '}');
	out_putc(r->o, '\n');
}

void
rec_header(struct out *o, const char *const *names)
{
	size_t i;

	for (i = 0; names[i] != NULL; i++) {
		if (i > 0)
			out_putc(o, '\t');
		out_puts(o, names[i]);
	}
	out_putc(o, '\n');
}
