/*
 * jsonl: JSON Lines records through Jansson.
 *
 * Records are objects; NUL bytes in strings are allowed.  Strings handed
 * to Jansson are made valid UTF-8 first (invalid bytes become U+FFFD),
 * since JSON output must always be valid.  Returned json_t pointers are
 * owned by the caller (json_decref); returned strings are borrowed from
 * the object.
 */
#ifndef NU_JSONL_H
#define NU_JSONL_H

#include <stddef.h>

#include <jansson.h>

#include "out.h"

/* Parse one line; NULL with a message in err if it is not a JSON object. */
json_t		*jsonl_parse(const char *, size_t, char *err, size_t errlen);
/* A string field, or NULL when absent or not a string. */
const char	*jsonl_get_str(json_t *, const char *field, size_t *len);
/*
 * The document's name: the string or integer field id_field, or when
 * id_field is NULL "id", then "url".  Written into name; "" when none.
 */
struct buf;
void		 jsonl_doc_name(json_t *, const char *id_field, struct buf *name);
/* Set a string field to [s, s+len), invalid bytes made U+FFFD. */
void		 jsonl_set_str(json_t *, const char *field, const char *,
		    size_t);
/* A new JSON string from any bytes, invalid bytes made U+FFFD. */
json_t		*jsonl_string(const char *, size_t);
/* Write the record compactly on one line. */
void		 jsonl_write(struct out *, json_t *);

#endif
