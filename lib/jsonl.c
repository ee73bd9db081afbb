#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "buf.h"
#include "jsonl.h"
#include "utf8.h"

json_t *
jsonl_parse(const char *s, size_t len, char *err, size_t errlen)
{
	json_error_t je;
	json_t *v;

	v = json_loadb(s, len, JSON_ALLOW_NUL | JSON_DECODE_ANY, &je);
	if (v == NULL) {
		snprintf(err, errlen, "invalid JSON: %s at column %d", je.text,
		    je.column);
		return NULL;
	}
	if (!json_is_object(v)) {
		snprintf(err, errlen, "JSON value is not an object");
		json_decref(v);
		return NULL;
	}
	return v;
}

const char *
jsonl_get_str(json_t *obj, const char *field, size_t *len)
{
	json_t *v = json_object_get(obj, field);

	if (!json_is_string(v))
		return NULL;
	*len = json_string_length(v);
	return json_string_value(v);
}

static int
name_from(json_t *obj, const char *field, struct buf *name)
{
	json_t *v = json_object_get(obj, field);
	char num[32];

	if (json_is_string(v)) {
		buf_add(name, json_string_value(v), json_string_length(v));
		return 1;
	}
	if (json_is_integer(v)) {
		snprintf(num, sizeof(num), "%" JSON_INTEGER_FORMAT,
		    json_integer_value(v));
		buf_adds(name, num);
		return 1;
	}
	return 0;
}

void
jsonl_doc_name(json_t *obj, const char *id_field, struct buf *name)
{
	buf_reset(name);
	if (id_field != NULL) {
		name_from(obj, id_field, name);
		return;
	}
	if (!name_from(obj, "id", name))
		name_from(obj, "url", name);
}

/* Append [s, s+len) to b with every invalid byte replaced by U+FFFD. */
static void
add_valid(struct buf *b, const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	size_t ok;

	while (p < end) {
		ok = utf8_valid_prefix(p, (size_t)(end - p));
		buf_add(b, p, ok);
		p += ok;
		if (p < end) {
			buf_add(b, "\xEF\xBF\xBD", 3);
			p++;
		}
	}
}

json_t *
jsonl_string(const char *s, size_t len)
{
	struct buf b = BUF_INIT;
	json_t *v;

	if (utf8_valid(s, len))
		return json_stringn_nocheck(s ? s : "", len);
	add_valid(&b, s, len);
	v = json_stringn_nocheck(b.p, b.len);
	buf_free(&b);
	return v;
}

void
jsonl_set_str(json_t *obj, const char *field, const char *s, size_t len)
{
	json_object_set_new(obj, field, jsonl_string(s, len));
}

static int
dump_to_out(const char *buf, size_t size, void *data)
{
	struct out *o = data;

	out_write(o, buf, size);
	return o->err ? -1 : 0;
}

void
jsonl_write(struct out *o, json_t *obj)
{
	json_dump_callback(obj, dump_to_out, o, JSON_COMPACT);
	out_putc(o, '\n');
}
