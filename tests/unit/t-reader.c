/*
 * Unit tests of lib/reader.c and lib/filter.c: each case writes input to
 * a file, reads it back as events (or through a filter that keeps every
 * other line), and compares a transcript written by hand.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "filter.h"
#include "out.h"
#include "reader.h"
#include "tap.h"

static char dir[] = "/tmp/t-reader.XXXXXX";

static char *
put_file(const char *name, const char *s, size_t len)
{
	static char path[4][256];
	static int k;
	char *p = path[k++ % 4];
	FILE *fp;

	snprintf(p, 256, "%s", name);
	fp = fopen(p, "wb");
	fwrite(s, 1, len, fp);
	fclose(fp);
	return p;
}

/* D<name> for a document, L<n>:<text> for a line, B<n> blank, E error. */
static void
transcript(struct buf *t, struct nu_opts *o, char **files, int n)
{
	struct rd_line l;
	enum rd_event ev;
	struct rd r;
	char num[32];

	buf_reset(t);
	rd_open(&r, o, files, n);
	while ((ev = rd_next(&r, &l)) != RD_END) {
		switch (ev) {
		case RD_DOC:
			buf_adds(t, "D");
			buf_add(t, l.text, l.len);
			buf_adds(t, l.raw ? "(h) " : " ");
			break;
		case RD_LINE:
			snprintf(num, sizeof(num), "%c%zu:", l.blank ? 'B' : 'L',
			    l.lineno);
			buf_adds(t, num);
			buf_add(t, l.text, l.len);
			snprintf(num, sizeof(num), "/%zu ", l.rawlen);
			buf_adds(t, num);
			break;
		case RD_ERROR:
			buf_adds(t, "E ");
			break;
		default:
			break;
		}
	}
	rd_close(&r);
}

static void
check(const char *what, struct nu_opts *o, const char *in, size_t inlen,
    const char *want)
{
	struct buf t = BUF_INIT;
	char *f = put_file("in", in, inlen);

	transcript(&t, o, &f, 1);
	is_str(t.p, t.len, want, what);
	buf_free(&t);
}

/* Run a filter that keeps odd lines and drops even ones; returns output. */
static void
filter_odd(struct buf *res, struct nu_opts *o, char **files, int n)
{
	char *outp = put_file("out", "", 0);
	struct rd_line l;
	enum rd_event ev;
	struct out out;
	struct fw w;
	struct rd r;
	FILE *fp;
	char b[4096];
	size_t k;
	int fd;

	fd = open(outp, 1 | O_TRUNC);
	out_init(&out, fd, "out");
	rd_open(&r, o, files, n);
	fw_init(&w, &out, &r);
	while ((ev = rd_next(&r, &l)) != RD_END) {
		if (ev == RD_DOC)
			fw_doc(&w, &l);
		else if (ev == RD_ERROR)
			fw_error(&w, &l);
		else if (l.blank)
			fw_blank(&w, &l);
		else if (((unsigned char)l.text[0]) % 2 == 1)
			fw_keep(&w, &l);
	}
	fw_finish(&w);
	rd_close(&r);
	out_finish(&out, 0);
	buf_reset(res);
	fp = fopen(outp, "rb");
	while ((k = fread(b, 1, sizeof(b), fp)) > 0)
		buf_add(res, b, k);
	fclose(fp);
}

#define S(x) x, sizeof(x) - 1

int
main(void)
{
	struct nu_opts o = NU_OPTS_INIT;
	struct buf t = BUF_INIT;
	char *files[2];

	if (mkdtemp(dir) == NULL || chdir(dir) != 0)
		return 2;
	/* The reader reports errors on stderr; keep TAP output clean. */
	freopen("/dev/null", "w", stderr);

	check("plain lines", &o, S("a\nb\n"), "Din L1:a/2 L2:b/2 ");
	check("no final newline", &o, S("a\nb"), "Din L1:a/2 L2:b/1 ");
	check("CR LF stripped from text, kept in raw", &o, S("a\r\nb\r\n"),
	    "Din L1:a/3 L2:b/3 ");
	check("blank lines are events", &o, S("a\n\n \nb\n"),
	    "Din L1:a/2 B2:/1 B3: /2 L4:b/2 ");
	check("empty file is one empty document", &o, S(""), "Din ");
	{
		char *f = put_file("in", S("a\0b\n"));
		static const char want[] = "Din L1:a\0b/4 ";

		transcript(&t, &o, &f, 1);
		ok(t.len == sizeof(want) - 1 && memcmp(t.p, want, t.len) == 0,
		    "NUL bytes travel with their length");
	}
	check("headers start documents", &o, S("\fone\nx\n\ftwo\r\ny\n"),
	    "Done(h) L1:x/2 Dtwo(h) L1:y/2 ");
	check("lines before a header are the file's document", &o,
	    S("x\n\fone\ny\n"), "Din L1:x/2 Done(h) L1:y/2 ");
	check("empty header names an unnamed document", &o, S("\f\nx\n"),
	    "D(h) L1:x/2 ");

	o.paragraph = 1;
	check("-p joins a block with single spaces", &o,
	    S("  a b \nc\n\nd\n"), "Din L1:a b c/9 B3:/1 L4:d/2 ");
	check("-p block ends at a header", &o, S("a\nb\n\fz\nc"),
	    "Din L1:a b/4 Dz(h) L1:c/1 ");
	o.paragraph = 0;

	o.jsonl = 1;
	check("-J pieces of the text field", &o,
	    S("{\"id\":\"x\",\"text\":\"a\\n\\nb\"}\n"),
	    "Dx(h) L1:a/1 B2:/0 L3:b/1 ");
	check("-J url names the document when id is absent", &o,
	    S("{\"url\":\"u\",\"text\":\"a\"}\n"), "Du(h) L1:a/1 ");
	check("-J integer id", &o, S("{\"id\":7,\"text\":\"a\"}\n"),
	    "D7(h) L1:a/1 ");
	check("-J bad record is an error, the next one is read", &o,
	    S("{\"id\":\"x\",\"text\"\n[1]\n{\"id\":\"y\"}\n"), "E E Dy(h) ");
	o.id_field = "name";
	check("--id-field", &o, S("{\"id\":1,\"name\":\"n\",\"text\":\"a\"}\n"),
	    "Dn(h) L1:a/1 ");
	o.id_field = NULL;
	o.jsonl = 0;

	files[0] = put_file("f1", S("a\n"));
	files[1] = put_file("f2", S("b"));
	transcript(&t, &o, files, 2);
	ok(strstr(t.p, "f1 L1:a/2 ") && strstr(t.p, "f2 L1:b/1 "),
	    "each file operand is a document");
	files[1] = "/nonexistent/file";
	transcript(&t, &o, files, 2);
	ok(t.len > 0 && strstr(t.p, "E ") != NULL, "unreadable file: error");
	files[1] = dir;
	transcript(&t, &o, files, 2);
	ok(strstr(t.p, "E ") != NULL && strstr(t.p, "f1 L1:a/2 E ") != NULL,
	    "directory operand: an error, no document");

	o.shard = 0;
	o.nshards = 2;
	transcript(&t, &o, (files[0] = put_file("s", S("\fa\n1\n\fb\n2\n\fc\n3\n\fd\n4\n")), files), 1);
	{
		struct buf t2 = BUF_INIT;

		o.shard = 1;
		transcript(&t2, &o, files, 1);
		ok(t.len + t2.len == strlen("Da(h) L1:1/2 ") * 4,
		    "--shard: the two shards share the documents out");
		buf_free(&t2);
	}
	o.nshards = 0;

	/* The filter writer. */
	files[0] = put_file("in", S("1\n2\n\n3\n\n4\n\n5\r\n"));
	filter_odd(&t, &o, files, 1);
	is_str(t.p, t.len, "1\n\n3\n\n5\r\n",
	    "filter: kept lines as they came, blanks only between kept");
	files[0] = put_file("in", S("\fA\n1\n2\n\fB\n3"));
	filter_odd(&t, &o, files, 1);
	is_str(t.p, t.len, "\fA\n1\n\fB\n3", "filter: headers kept");
	files[0] = put_file("f1", S("1\n2"));
	files[1] = put_file("f2", S("3\n"));
	filter_odd(&t, &o, files, 2);
	{
		char want[256];

		snprintf(want, sizeof(want), "\ff1\n1\n\ff2\n3\n");
		is_str(t.p, t.len, want, "filter: several files are framed");
	}
	o.jsonl = 1;
	files[0] = put_file("in", S("{\"id\":\"x\",\"text\":\"a\\nb\\nc\\n\","
	    "\"n\":1}\nnot json\n{\"text\":\"\\u00e9\"}\n"));
	filter_odd(&t, &o, files, 1);
	is_str(t.p, t.len, "{\"id\":\"x\",\"text\":\"a\\nc\\n\",\"n\":1}\n"
	    "not json\n{\"text\":\"\\u00e9\"}\n",
	    "filter -J: text rewritten, other fields and bad lines kept, "
	    "an unchanged record as it came");
	files[0] = put_file("in", S("{ \"id\": 1, \"text\": \"a\\nc\" }\r\n"
	    "{\"x\": 1.50}"));
	filter_odd(&t, &o, files, 1);
	is_str(t.p, t.len, "{ \"id\": 1, \"text\": \"a\\nc\" }\r\n{\"x\": 1.50}\n",
	    "filter -J: records kept whole are byte-identical");
	o.jsonl = 0;

	buf_free(&t);
	return done_testing();
}
