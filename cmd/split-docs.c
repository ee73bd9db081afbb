/*
 * split-docs: write each document of a stream into a folder, one file
 * each, named after the document when the name is safe.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <err.h>

#include "atomic.h"
#include "buf.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "safename.h"
#include "stats.h"

static const struct option longopts[] = {
	NU_COMMON_LONGOPTS,
	{ "directory",	required_argument,	NULL, 'd' },
	{ "force",	no_argument,		NULL, 'f' },
	{ "verbose",	no_argument,		NULL, 'v' },
	{ NULL, 0, NULL, 0 }
};

static void
usage(int status)
{
	FILE *fp = status ? stderr : stdout;

	fprintf(fp, "usage: split-docs [-fhJpv] -d DIR [--stats] [FILE ...]\n");
	if (status == 0)
		fputs("Write each document of a stream into DIR as its own "
		    "file.\n\n"
		    "  -d, --directory DIR    the folder to write into "
		    "(created if missing)\n"
		    "  -f, --force            replace files that exist\n"
		    "  -v, --verbose          print each file written\n"
		    NU_COMMON_USAGE, fp);
	exit(status);
}

struct splitter {
	const char	*dir;
	int		 force;
	int		 verbose;
	int		 open;		/* a document file is being written */
	struct afile	 af;
	struct buf	 path;
	struct buf	 rel;
	size_t		 ndocs;
	uint64_t	 files;
	int		 status;
};

/* Make the folders of rel inside dir; none may be a symbolic link. */
static int
make_parents(struct splitter *s)
{
	struct buf p = BUF_INIT;
	struct stat st;
	size_t i;
	int ok = 1;

	for (i = 0; i < s->rel.len && ok; i++) {
		if (s->rel.p[i] != '/')
			continue;
		buf_reset(&p);
		buf_adds(&p, s->dir);
		buf_addc(&p, '/');
		buf_add(&p, s->rel.p, i);
		if (mkdir(p.p, 0777) != 0 && errno != EEXIST)
			ok = 0;
		else if (lstat(p.p, &st) != 0 || !S_ISDIR(st.st_mode))
			ok = 0;
	}
	buf_free(&p);
	return ok;
}

static void
close_doc(struct splitter *s)
{
	if (!s->open)
		return;
	s->open = 0;
	if (af_commit(&s->af) != 0) {
		warn("%s", s->path.p);
		s->status = 2;
		return;
	}
	s->files++;
	if (s->verbose)
		fprintf(stderr, "%s\n", s->path.p);
}

static void
open_doc(struct splitter *s, const char *name, size_t len)
{
	char num[32];

	close_doc(s);
	s->ndocs++;
	if (!safename(&s->rel, name, len) || !make_parents(s)) {
		snprintf(num, sizeof(num), "doc-%06zu", s->ndocs);
		buf_reset(&s->rel);
		buf_adds(&s->rel, num);
	}
	buf_reset(&s->path);
	buf_adds(&s->path, s->dir);
	buf_addc(&s->path, '/');
	buf_add(&s->path, s->rel.p, s->rel.len);
	if (af_open(&s->af, s->path.p, !s->force) != 0) {
		warn("%s", s->path.p);
		s->status = 2;
		return;
	}
	s->open = 1;
}

static void
put(struct splitter *s, const char *p, size_t n)
{
	if (s->open && n > 0 && fwrite(p, 1, n, s->af.fp) != n) {
		warn("%s", s->path.p);
		af_abort(&s->af);
		s->open = 0;
		s->status = 2;
	}
}

int
main(int argc, char **argv)
{
	struct nu_opts opts = NU_OPTS_INIT;
	struct splitter s;
	struct rd_line l;
	enum rd_event ev;
	struct out o;
	struct rd r;
	char extra[64];
	int ch;

	nu_init(argc, argv);
	memset(&s, 0, sizeof(s));
	while ((ch = getopt_long(argc, argv, NU_COMMON_SHORTOPTS "d:fv",
	    longopts, NULL)) != -1) {
		if (nu_common_opt(&opts, ch, optarg, usage))
			continue;
		switch (ch) {
		case 'd':
			s.dir = optarg;
			break;
		case 'f':
			s.force = 1;
			break;
		case 'v':
			s.verbose = 1;
			break;
		default:
			usage(2);
		}
	}
	if (s.dir == NULL) {
		warnx("no output folder: give -d DIR");
		usage(2);
	}
	if (mkdir(s.dir, 0777) != 0 && errno != EEXIST)
		err(2, "%s", s.dir);
	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, &opts, argv + optind, argc - optind);
	while ((ev = rd_next(&r, &l)) != RD_END) {
		if (ev == RD_DOC) {
			open_doc(&s, l.text, l.len);
			/* -J: the text field is the file, exactly. */
			if (opts.jsonl && r.jtext != NULL)
				put(&s, r.jtext, r.jlen);
		} else if (ev == RD_LINE && !opts.jsonl)
			put(&s, l.raw, l.rawlen);
	}
	close_doc(&s);
	if (opts.stats) {
		snprintf(extra, sizeof(extra), "files=%llu",
		    (unsigned long long)s.files);
		stats_print(&r, 0, 0, extra);
	}
	rd_close(&r);
	buf_free(&s.path);
	buf_free(&s.rel);
	return out_finish(&o, r.status > s.status ? r.status : s.status);
}
