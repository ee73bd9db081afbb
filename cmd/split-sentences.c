/*
 * split-sentences: one sentence per line, paragraphs separated by an
 * empty line.  The segmenter is lib/sentences.c; this file holds the
 * options and the loop.
 */
#include <err.h>
#include <errno.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "filter.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "sentences.h"
#include "stats.h"

static const struct option longopts[] = {
	NU_COMMON_LONGOPTS,
	{ "abbreviations",	required_argument,	NULL, 'a' },
	{ NULL,			0,			NULL, 0 }
};

static void
usage(int status)
{
	FILE *fp = status == 0 ? stdout : stderr;

	fprintf(fp,
"usage: split-sentences [-hJp] [-a file] [--stats] [file ...]\n"
"Write one sentence per line, paragraphs separated by an empty line.\n"
"  -a, --abbreviations FILE  more abbreviations, one a line (may repeat)\n"
NU_COMMON_USAGE);
	exit(status);
}

int
main(int argc, char **argv)
{
	struct nu_opts opts = NU_OPTS_INIT;
	struct ss_abbr ab;
	struct buf text = BUF_INIT;
	struct rd r;
	struct rd_line l;
	struct out o;
	struct fw w;
	enum rd_event ev;
	uint64_t sentences = 0;
	char extra[64];
	int ch, after_para = 0;

	nu_init(argc, argv);
	ss_init(&ab);
	while ((ch = getopt_long(argc, argv, NU_COMMON_SHORTOPTS "a:", longopts,
	    NULL)) != -1) {
		if (nu_common_opt(&opts, ch, optarg, usage))
			continue;
		switch (ch) {
		case 'a':
			if (ss_load(&ab, optarg) == -1)
				err(2, "%s", optarg);
			break;
		default:
			usage(2);
		}
	}
	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, &opts, argv + optind, argc - optind);
	fw_init(&w, &o, &r);
	while ((ev = rd_next(&r, &l)) != RD_END) {
		switch (ev) {
		case RD_DOC:
			fw_doc(&w, &l);
			after_para = 0;
			break;
		case RD_ERROR:
			fw_error(&w, &l);
			break;
		case RD_LINE:
			if (l.blank) {
				fw_keep(&w, &l);
				after_para = 0;
				break;
			}
			/* Paragraphs one a line come out with a blank between. */
			buf_reset(&text);
			if (after_para)
				buf_addc(&text, '\n');
			sentences += ss_split(&ab, l.text, l.len, &text);
			fw_put(&w, &l, text.p, text.len);
			after_para = 1;
			break;
		case RD_END:
			break;
		}
	}
	fw_finish(&w);
	if (opts.stats) {
		snprintf(extra, sizeof(extra), "sentences=%" PRIu64, sentences);
		stats_print(&r, w.lines_out, o.bytes, extra);
	}
	rd_close(&r);
	buf_free(&text);
	ss_free(&ab);
	return out_finish(&o, r.status);
}
