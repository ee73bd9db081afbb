/*
 * fuzz-reader: the stream reader (plain, framed, paragraph mode, several
 * operands, --shard) and the filter writer behind it.
 *
 * The first byte of an input picks the mode; the rest is the stream.
 * Besides what the sanitizers catch, it checks the reader's promises:
 * a line's text is its raw bytes less the terminator (plain mode), line
 * numbers start at 1 and grow within a document, and a filter that keeps
 * every line of one plain unframed document gives back exactly its input.
 *
 * The stream reaches the reader through memfd files named /dev/fd/N, so
 * that the real read(2) path and its buffer growth are exercised.
 */
#include <sys/mman.h>

#include <assert.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "filter.h"
#include "opts.h"
#include "out.h"
#include "reader.h"

enum {
	F_PARAGRAPH = 1 << 0,	/* -p */
	F_TWO_FILES = 1 << 1,	/* split the stream into two operands */
	F_SHARD = 1 << 2,	/* --shard 0/2 */
	F_PUT = 1 << 3,		/* rewrite lines with fw_put, not fw_keep */
	F_DROP = 1 << 4,	/* drop every other line */
	F_BLANKS = 1 << 5	/* blank lines through fw_blank */
};

static int
memfd_with(const uint8_t *data, size_t size)
{
	int fd = memfd_create("fuzz", MFD_CLOEXEC);

	assert(fd >= 0);
	if (size > 0)
		assert(write(fd, data, size) == (ssize_t)size);
	assert(lseek(fd, 0, SEEK_SET) == 0);
	return fd;
}

static void
check_line(const struct rd_line *l, int flags, size_t *lastno)
{
	assert(l->lineno >= 1);
	if (flags & F_PARAGRAPH)
		return;
	/* Plain lines: text is raw less LF or CR LF. */
	assert(l->len <= l->rawlen && l->rawlen - l->len <= 2);
	assert(memcmp(l->text, l->raw, l->len) == 0);
	assert(memchr(l->text, '\n', l->len) == NULL);
	assert(l->lineno > *lastno);
	*lastno = l->lineno;
}

/* Feed every event to the filter writer as the flags say. */
static void
run(struct rd *r, struct fw *w, int flags)
{
	struct rd_line l;
	enum rd_event ev;
	size_t lastno = 0, n = 0;

	while ((ev = rd_next(r, &l)) != RD_END) {
		switch (ev) {
		case RD_DOC:
			assert(l.len == r->doclen);
			lastno = 0;
			fw_doc(w, &l);
			break;
		case RD_ERROR:
			fw_error(w, &l);
			break;
		case RD_LINE:
			check_line(&l, flags, &lastno);
			if ((flags & F_DROP) && n++ % 2 == 1)
				break;
			if (l.blank && (flags & F_BLANKS))
				fw_blank(w, &l);
			else if (flags & F_PUT)
				fw_put(w, &l, l.text, l.len);
			else
				fw_keep(w, &l);
			break;
		case RD_END:
			break;
		}
	}
	fw_finish(w);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct nu_opts opts = NU_OPTS_INIT;
	struct rd r;
	struct out o;
	struct fw w;
	char name[2][32], *files[2];
	int in[2] = { -1, -1 }, outfd, flags, nfiles, identity;
	size_t cut;
	off_t outlen;

	if (size < 1)
		return 0;
	flags = data[0];
	data++, size--;
	opts.paragraph = (flags & F_PARAGRAPH) != 0;
	if (flags & F_SHARD) {
		opts.shard = 0;
		opts.nshards = 2;
	}
	nfiles = (flags & F_TWO_FILES) ? 2 : 1;
	cut = nfiles == 2 ? size / 2 : size;
	in[0] = memfd_with(data, cut);
	if (nfiles == 2)
		in[1] = memfd_with(data + cut, size - cut);
	for (int i = 0; i < nfiles; i++) {
		snprintf(name[i], sizeof(name[i]), "/dev/fd/%d", in[i]);
		files[i] = name[i];
	}

	outfd = memfd_create("out", MFD_CLOEXEC);
	assert(outfd >= 0);
	out_init(&o, dup(outfd), "stdout");
	rd_open(&r, &opts, files, nfiles);
	fw_init(&w, &o, &r);
	run(&r, &w, flags);
	assert(r.bytes_in <= size);
	rd_close(&r);
	(void)out_finish(&o, 0);

	/*
	 * One plain document, no header, every line kept: the output is
	 * the input, byte for byte.
	 */
	identity = !(flags & (F_PARAGRAPH | F_TWO_FILES | F_SHARD | F_DROP |
	    F_PUT | F_BLANKS)) &&
	    memchr(data, '\f', size) == NULL;
	if (identity) {
		outlen = lseek(outfd, 0, SEEK_END);
		assert(outlen == (off_t)size);
		if (size > 0) {
			char *got = malloc(size);

			assert(got != NULL);
			assert(pread(outfd, got, size, 0) == (ssize_t)size);
			assert(memcmp(got, data, size) == 0);
			free(got);
		}
	}
	close(outfd);
	for (int i = 0; i < nfiles; i++)
		close(in[i]);
	return 0;
}
