#include <limits.h>

#include "buf.h"
#include "safename.h"

static int
component_ok(const char *s, size_t len)
{
	return len > 0 && len <= NAME_MAX && s[0] != '.';
}

int
safename(struct buf *out, const char *name, size_t len)
{
	size_t i, start;

	buf_reset(out);
	while (len > 0 && *name == '/') {
		name++;
		len--;
	}
	if (len == 0 || (len == 1 && name[0] == '-'))
		return 0;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)name[i];

		if (c < 0x20 || c == 0x7F)
			return 0;
	}
	for (start = 0, i = 0; i <= len; i++) {
		if (i < len && name[i] != '/')
			continue;
		if (!component_ok(name + start, i - start))
			return 0;
		start = i + 1;
	}
	buf_add(out, name, len);
	return 1;
}
