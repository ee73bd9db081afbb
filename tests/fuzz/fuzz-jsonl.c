/*
 * fuzz-jsonl: JSON Lines in and out.
 *
 * Three things are driven by one input:
 *
 *   1. jsonl_parse() of the first line, and when it gives an object, the
 *      field accessors, a rewrite of its text field with arbitrary bytes
 *      (the whole input, invalid UTF-8 and NULs included) and
 *      jsonl_write(): the line written must be valid UTF-8 and parse back
 *      to an object whose text is the rewritten bytes (exactly, when they
 *      were valid UTF-8).
 *   2. out_json_str() of the whole input: a JSON string that parses back,
 *      to the input itself when the input was valid UTF-8.
 *   3. The reader in -J mode over the whole input as a stream, through the
 *      filter writer, keeping every other piece: every output line that
 *      is not a bad record passed through is a valid JSON object.
 */
#include <sys/mman.h>

#include <assert.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <jansson.h>

#include "buf.h"
#include "filter.h"
#include "jsonl.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "utf8.h"

/* Everything written to a memfd-backed struct out, read back. */
struct sink {
	int	 fd;
	char	*p;
	size_t	 len;
};

static void
sink_open(struct sink *s, struct out *o)
{
	s->fd = memfd_create("out", MFD_CLOEXEC);
	assert(s->fd >= 0);
	out_init(o, dup(s->fd), "stdout");
	s->p = NULL;
	s->len = 0;
}

static void
sink_close(struct sink *s, struct out *o)
{
	off_t n;

	assert(out_finish(o, 0) == 0);
	n = lseek(s->fd, 0, SEEK_END);
	assert(n >= 0);
	s->len = (size_t)n;
	s->p = malloc(s->len + 1);
	assert(s->p != NULL);
	assert(pread(s->fd, s->p, s->len, 0) == (ssize_t)s->len);
	s->p[s->len] = '\0';
	close(s->fd);
}

static void
check_record(const uint8_t *line, size_t len, const uint8_t *data,
    size_t size)
{
	char err[256];
	json_t *obj, *back;
	struct out o;
	struct sink s;
	struct buf name = BUF_INIT;
	const char *text;
	size_t tlen;

	if ((obj = jsonl_parse((const char *)line, len, err, sizeof(err))) == NULL)
		return;
	text = jsonl_get_str(obj, "text", &tlen);
	if (text != NULL)
		assert(utf8_valid(text, tlen));
	jsonl_doc_name(obj, NULL, &name);
	jsonl_doc_name(obj, "title", &name);
	buf_free(&name);
	jsonl_set_str(obj, "text", (const char *)data, size);

	sink_open(&s, &o);
	jsonl_write(&o, obj);
	sink_close(&s, &o);
	assert(utf8_valid(s.p, s.len));
	assert(s.len > 0 && s.p[s.len - 1] == '\n');
	assert(memchr(s.p, '\n', s.len) == s.p + s.len - 1);
	back = jsonl_parse(s.p, s.len - 1, err, sizeof(err));
	assert(back != NULL);
	text = jsonl_get_str(back, "text", &tlen);
	assert(text != NULL && utf8_valid(text, tlen));
	if (utf8_valid((const char *)data, size))
		assert(tlen == size && memcmp(text, data, size) == 0);
	json_decref(back);
	json_decref(obj);
	free(s.p);
}

static void
check_string(const uint8_t *data, size_t size)
{
	struct out o;
	struct sink s;
	json_error_t je;
	json_t *v;

	sink_open(&s, &o);
	out_json_str(&o, (const char *)data, size);
	sink_close(&s, &o);
	assert(utf8_valid(s.p, s.len));
	v = json_loadb(s.p, s.len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &je);
	assert(v != NULL && json_is_string(v));
	if (utf8_valid((const char *)data, size))
		assert(json_string_length(v) == size &&
		    memcmp(json_string_value(v), data, size) == 0);
	json_decref(v);
	free(s.p);
}

/* Each output line: a JSON object, or an input line passed through. */
static void
check_stream_output(const struct sink *s, const uint8_t *data, size_t size)
{
	const char *p = s->p, *end = s->p + s->len, *nl;
	char err[256];
	json_t *v;
	size_t len;

	while (p < end) {
		nl = memchr(p, '\n', (size_t)(end - p));
		len = nl ? (size_t)(nl - p) : (size_t)(end - p);
		v = jsonl_parse(p, len, err, sizeof(err));
		if (v != NULL) {
			assert(utf8_valid(p, len));
			json_decref(v);
		} else
			assert(memmem(data, size, p, len) != NULL);
		p += len + 1;
	}
}

static void
check_stream(const uint8_t *data, size_t size)
{
	struct nu_opts opts = NU_OPTS_INIT;
	struct rd r;
	struct rd_line l;
	struct out o;
	struct sink s;
	struct fw w;
	enum rd_event ev;
	char name[32], *files[1];
	int in;
	size_t n = 0;

	opts.jsonl = 1;
	in = memfd_create("in", MFD_CLOEXEC);
	assert(in >= 0);
	if (size > 0)
		assert(write(in, data, size) == (ssize_t)size);
	snprintf(name, sizeof(name), "/dev/fd/%d", in);
	files[0] = name;

	sink_open(&s, &o);
	rd_open(&r, &opts, files, 1);
	fw_init(&w, &o, &r);
	while ((ev = rd_next(&r, &l)) != RD_END) {
		if (ev == RD_DOC)
			fw_doc(&w, &l);
		else if (ev == RD_ERROR)
			fw_error(&w, &l);
		else if (l.blank)
			fw_blank(&w, &l);
		else if (n++ % 3 == 1)
			continue;
		else if (n % 3 == 0)
			fw_put(&w, &l, l.text, l.len);
		else
			fw_keep(&w, &l);
	}
	fw_finish(&w);
	rd_close(&r);
	sink_close(&s, &o);
	check_stream_output(&s, data, size);
	free(s.p);
	close(in);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nl = memchr(data, '\n', size);

	check_record(data, nl ? (size_t)(nl - data) : size, data, size);
	check_string(data, size);
	check_stream(data, size);
	return 0;
}
