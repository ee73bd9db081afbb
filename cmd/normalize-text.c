/*
 * normalize-text: repair mojibake and clean characters, line for line.
 * The work is in lib/normalize.c and lib/mojibake.c; this file holds
 * the options and the loop.
 */
#include <err.h>
#include <getopt.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "filter.h"
#include "normalize.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "stats.h"

enum {
	OPT_NFKC = OPT_PROG, OPT_NO_NORMALIZE, OPT_INVALID, OPT_NO_MOJIBAKE,
	OPT_MOJIBAKE_ONLY, OPT_ASCII_PUNCT, OPT_ENTITIES, OPT_NO_SPACES,
	OPT_NO_ZERO_WIDTH, OPT_NO_CONTROLS, OPT_NO_COLLAPSE, OPT_NO_TRIM,
	OPT_EXPLAIN
};

static const struct option longopts[] = {
	NU_COMMON_LONGOPTS,
	{ "nfkc",		no_argument,		NULL, OPT_NFKC },
	{ "no-normalize",	no_argument,		NULL, OPT_NO_NORMALIZE },
	{ "invalid",		required_argument,	NULL, OPT_INVALID },
	{ "no-mojibake",	no_argument,		NULL, OPT_NO_MOJIBAKE },
	{ "mojibake-only",	no_argument,		NULL, OPT_MOJIBAKE_ONLY },
	{ "ascii-punct",	no_argument,		NULL, OPT_ASCII_PUNCT },
	{ "entities",		no_argument,		NULL, OPT_ENTITIES },
	{ "no-spaces",		no_argument,		NULL, OPT_NO_SPACES },
	{ "no-zero-width",	no_argument,		NULL, OPT_NO_ZERO_WIDTH },
	{ "no-controls",	no_argument,		NULL, OPT_NO_CONTROLS },
	{ "no-collapse",	no_argument,		NULL, OPT_NO_COLLAPSE },
	{ "no-trim",		no_argument,		NULL, OPT_NO_TRIM },
	{ "explain",		no_argument,		NULL, OPT_EXPLAIN },
	{ NULL,			0,			NULL, 0 }
};

static void
usage(int status)
{
	FILE *fp = status == 0 ? stdout : stderr;

	fprintf(fp,
"usage: normalize-text [-hJp] [--nfkc | --no-normalize]\n"
"           [--invalid keep | replace | drop]\n"
"           [--no-mojibake | --mojibake-only] [--ascii-punct] [--entities]\n"
"           [--no-spaces] [--no-zero-width]\n"
"           [--no-controls] [--no-collapse] [--no-trim] [--explain] [--stats]\n"
"           [file ...]\n"
"Repair mojibake and clean up characters, line for line.\n"
"      --nfkc             compatibility normalization (NFKC) instead of NFC\n"
"      --no-normalize     no Unicode normalization\n"
"      --invalid HOW      invalid UTF-8: keep, replace with U+FFFD (default),\n"
"                         or drop\n"
"      --no-mojibake      do not repair mojibake\n"
"      --mojibake-only    repair mojibake and nothing else\n"
"      --ascii-punct      curly quotes, dashes, ellipses, bullets to ASCII\n"
"      --entities         decode HTML entities (&amp; &#8217; &nbsp;)\n"
"      --no-spaces        keep no-break and other Unicode spaces\n"
"      --no-zero-width    keep zero-width characters and soft hyphens\n"
"      --no-controls      keep control characters\n"
"      --no-collapse      keep runs of spaces\n"
"      --no-trim          keep spaces at the ends of lines\n"
"      --explain          print doc, line, repairs, text of changed lines\n"
NU_COMMON_USAGE);
	exit(status);
}

static void
parse_prog_opt(struct nz_opts *z, int *explain, int ch, const char *arg)
{
	switch (ch) {
	case OPT_NFKC:		z->form = NZ_NFKC; break;
	case OPT_NO_NORMALIZE:	z->form = NZ_NONE; break;
	case OPT_NO_MOJIBAKE:	z->mojibake = 0; break;
	case OPT_ASCII_PUNCT:	z->punct = 1; break;
	case OPT_ENTITIES:	z->entities = 1; break;
	case OPT_NO_SPACES:	z->spaces = 0; break;
	case OPT_NO_ZERO_WIDTH:	z->zerowidth = 0; break;
	case OPT_NO_CONTROLS:	z->controls = 0; break;
	case OPT_NO_COLLAPSE:	z->collapse = 0; break;
	case OPT_NO_TRIM:	z->trim = 0; break;
	case OPT_EXPLAIN:	*explain = 1; break;
	case OPT_MOJIBAKE_ONLY:
		memset(z, 0, sizeof(*z));
		z->form = NZ_NONE;
		z->invalid = NZ_KEEP;
		z->mojibake = 1;
		break;
	case OPT_INVALID:
		if (strcmp(arg, "keep") == 0)
			z->invalid = NZ_KEEP;
		else if (strcmp(arg, "replace") == 0)
			z->invalid = NZ_REPLACE;
		else if (strcmp(arg, "drop") == 0)
			z->invalid = NZ_DROP;
		else {
			warnx("invalid --invalid: %s: want keep, replace or drop",
			    arg);
			usage(2);
		}
		break;
	default:
		usage(2);
	}
}

/* "mojibake:windows-1252+windows-1252,spaces" */
static void
write_kinds(struct out *o, const struct nz_change *ch)
{
	int k, first = 1, l;

	for (k = 0; k < NZK_NKINDS; k++) {
		if (!(ch->kinds & (1u << k)))
			continue;
		if (!first)
			out_putc(o, ',');
		first = 0;
		out_puts(o, nz_kind_names[k]);
		if ((1u << k) != NZK_MOJIBAKE)
			continue;
		for (l = 0; l < ch->mj.layers; l++) {
			out_putc(o, l == 0 ? ':' : '+');
			out_puts(o, ch->mj.enc[l]);
		}
	}
}

static void
explain(struct out *o, const struct rd *r, const struct rd_line *l,
    const struct nz_change *ch, const char *res, size_t reslen)
{
	out_tsv(o, r->doc, r->doclen);
	out_printf(o, "\t%zu\t", l->lineno);
	write_kinds(o, ch);
	out_putc(o, '\t');
	out_tsv(o, l->text, l->len);
	out_putc(o, '\t');
	out_tsv(o, res, reslen);
	out_putc(o, '\n');
}

int
main(int argc, char **argv)
{
	struct nu_opts opts = NU_OPTS_INIT;
	struct nz_opts z = NZ_OPTS_INIT;
	struct nz_change ch;
	struct rd r;
	struct rd_line l;
	struct out o;
	struct fw w;
	enum rd_event ev;
	uint64_t changed = 0, bykind[NZK_NKINDS] = { 0 };
	const char *res;
	size_t reslen;
	char extra[512];
	int c, k, do_explain = 0, n;

	nu_init(argc, argv);
	while ((c = getopt_long(argc, argv, NU_COMMON_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (nu_common_opt(&opts, c, optarg, usage))
			continue;
		parse_prog_opt(&z, &do_explain, c, optarg);
	}
	out_init(&o, STDOUT_FILENO, "stdout");
	rd_open(&r, &opts, argv + optind, argc - optind);
	fw_init(&w, &o, &r);
	while ((ev = rd_next(&r, &l)) != RD_END) {
		if (ev == RD_DOC) {
			if (!do_explain)
				fw_doc(&w, &l);
			continue;
		}
		if (ev == RD_ERROR) {
			if (!do_explain)
				fw_error(&w, &l);
			continue;
		}
		if (!nz_line(&z, l.text, l.len, &res, &reslen, &ch)) {
			if (!do_explain)
				fw_keep(&w, &l);
			continue;
		}
		changed++;
		for (k = 0; k < NZK_NKINDS; k++)
			bykind[k] += (ch.kinds >> k) & 1;
		if (do_explain)
			explain(&o, &r, &l, &ch, res, reslen);
		else
			fw_put(&w, &l, res, reslen);
	}
	if (!do_explain)
		fw_finish(&w);
	if (opts.stats) {
		n = snprintf(extra, sizeof(extra), "changed=%" PRIu64, changed);
		for (k = 0; k < NZK_NKINDS && n > 0 && (size_t)n < sizeof(extra);
		    k++)
			n += snprintf(extra + n, sizeof(extra) - (size_t)n,
			    " %s=%" PRIu64, nz_kind_names[k], bykind[k]);
		stats_print(&r, w.lines_out, o.bytes, extra);
	}
	rd_close(&r);
	return out_finish(&o, r.status);
}
