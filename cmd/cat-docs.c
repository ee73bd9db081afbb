/*
 * cat-docs: frame files into one stream, one header line per file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <err.h>

#include "buf.h"
#include "jsonl.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "stats.h"
#include "xalloc.h"

enum { OPT_FROM_LIST = OPT_PROG };

static const struct option longopts[] = {
	NU_COMMON_LONGOPTS,
	{ "from-list",	no_argument,	NULL, OPT_FROM_LIST },
	{ "null",	no_argument,	NULL, '0' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(int status)
{
	FILE *fp = status ? stderr : stdout;

	fprintf(fp, "usage: cat-docs [-hJ0] [--from-list] [--stats] [FILE ...]\n");
	if (status == 0)
		fputs("Frame files into one stream: a form-feed header line "
		    "naming each file,\nthen its content unchanged.\n\n"
		    "  -J, --jsonl            write JSON Lines "
		    "{\"id\": NAME, \"text\": CONTENT} instead\n"
		    "      --from-list        read the file names from stdin, "
		    "one per line\n"
		    "  -0, --null             with --from-list, names end "
		    "with NUL, not newline\n"
		    "      --stats            print a summary line on stderr "
		    "at the end\n"
		    "  -h, --help             print this help and exit\n"
		    "      --version          print the version and exit\n", fp);
	exit(status);
}

/* Read the operand list from stdin (--from-list); returns its length. */
static int
read_list(char ***files, int sep)
{
	struct buf name = BUF_INIT;
	char **v = NULL;
	int n = 0, c;

	for (;;) {
		c = getchar();
		if (c == EOF || c == sep) {
			if (name.len > 0) {
				v = xreallocarray(v, (size_t)n + 1, sizeof(*v));
				v[n++] = buf_detach(&name, NULL);
			}
			if (c == EOF)
				break;
			continue;
		}
		buf_addc(&name, c);
	}
	if (ferror(stdin))
		err(2, "stdin");
	*files = v;
	return n;
}

/*
 * The name a document gets in the new stream: the file's path, or for a
 * document framed inside a file FILE/NAME.  Newlines in a name would
 * break the framing, so they become '?'.
 */
static void
doc_name(struct buf *name, const struct rd *r, const struct rd_line *l)
{
	size_t i, start;

	buf_reset(name);
	if (l->raw != NULL && strcmp(r->file, "-") != 0) {
		buf_adds(name, r->file);
		buf_addc(name, '/');
	}
	start = name->len;
	buf_add(name, l->text, l->len);
	for (i = start; i < name->len; i++)
		if (name->p[i] == '\n' || name->p[i] == '\r')
			name->p[i] = '?';
}

struct framer {
	struct out	*o;
	int		 json;
	int		 at_bol;
	int		 in_doc;
	struct buf	 name;
	struct buf	 text;		/* -J: the document's content */
	uint64_t	 lines_out;
};

static void
end_doc(struct framer *f)
{
	json_t *obj;

	if (!f->in_doc || !f->json)
		return;
	obj = json_object();
	json_object_set_new(obj, "id", jsonl_string(f->name.p, f->name.len));
	json_object_set_new(obj, "text", jsonl_string(f->text.p, f->text.len));
	jsonl_write(f->o, obj);
	json_decref(obj);
	f->lines_out++;
}

static void
start_doc(struct framer *f, const struct rd *r, const struct rd_line *l)
{
	end_doc(f);
	f->in_doc = 1;
	doc_name(&f->name, r, l);
	buf_reset(&f->text);
	if (f->json)
		return;
	if (!f->at_bol)
		out_putc(f->o, '\n');
	out_putc(f->o, '\f');
	out_write(f->o, f->name.p, f->name.len);
	out_putc(f->o, '\n');
	f->at_bol = 1;
	f->lines_out++;
}

static void
put_line(struct framer *f, const struct rd_line *l)
{
	if (f->json) {
		buf_add(&f->text, l->raw, l->rawlen);
		return;
	}
	out_write(f->o, l->raw, l->rawlen);
	f->at_bol = l->rawlen > 0 && l->raw[l->rawlen - 1] == '\n';
	f->lines_out++;
}

int
main(int argc, char **argv)
{
	struct nu_opts opts = NU_OPTS_INIT, ropts;
	struct framer f;
	struct rd_line l;
	enum rd_event ev;
	struct out o;
	struct rd r;
	char **files;
	int ch, nfiles, from_list = 0, sep = '\n';

	nu_init(argc, argv);
	while ((ch = getopt_long(argc, argv, NU_COMMON_SHORTOPTS "0", longopts,
	    NULL)) != -1) {
		if (nu_common_opt(&opts, ch, optarg, usage))
			continue;
		switch (ch) {
		case '0':
			sep = '\0';
			break;
		case OPT_FROM_LIST:
			from_list = 1;
			break;
		default:
			usage(2);
		}
	}
	files = argv + optind;
	nfiles = argc - optind;
	if (from_list) {
		if (nfiles > 0)
			usage(2);
		nfiles = read_list(&files, sep);
		if (nfiles == 0)
			return 0;
	}
	/* -J here means JSON out; the files are read as plain text. */
	ropts = opts;
	ropts.jsonl = 0;
	ropts.paragraph = 0;
	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, &ropts, files, nfiles);
	memset(&f, 0, sizeof(f));
	f.o = &o;
	f.json = opts.jsonl;
	f.at_bol = 1;
	while ((ev = rd_next(&r, &l)) != RD_END) {
		if (ev == RD_DOC)
			start_doc(&f, &r, &l);
		else if (ev == RD_LINE)
			put_line(&f, &l);
	}
	end_doc(&f);
	if (opts.stats)
		stats_print(&r, f.lines_out, o.bytes, NULL);
	rd_close(&r);
	buf_free(&f.name);
	buf_free(&f.text);
	if (from_list) {
		while (nfiles > 0)
			free(files[--nfiles]);
		free(files);
	}
	return out_finish(&o, r.status);
}
