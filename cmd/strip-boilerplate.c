/*
 * strip-boilerplate: keep the article (title and body) of scraped news
 * pages, drop menus, notices, captions, sidebars and the like.
 *
 * Whole documents are needed for the context pass, so each document's
 * lines are copied into a struct boiler_doc until the next document
 * starts, then classified (lib/boiler*.c) and written through the filter
 * writer.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <err.h>

#include "boiler.h"
#include "buf.h"
#include "filter.h"
#include "opts.h"
#include "out.h"
#include "reader.h"
#include "rules.h"
#include "stats.h"
#include "words.h"
#include "xalloc.h"

enum {
	OPT_NO_DEFAULTS = OPT_PROG,
	OPT_LANG,
	OPT_NO_TITLE,
	OPT_CLEAN_TITLE,
	OPT_KEEP_CAPTIONS,
	OPT_EXPLAIN,
	OPT_LIST_RULES
};

static const struct option longopts[] = {
	NU_COMMON_LONGOPTS,
	{ "regexp",		required_argument,	NULL, 'e' },
	{ "file",		required_argument,	NULL, 'f' },
	{ "no-default-rules",	no_argument,		NULL, OPT_NO_DEFAULTS },
	{ "lang",		required_argument,	NULL, OPT_LANG },
	{ "no-title",		no_argument,		NULL, OPT_NO_TITLE },
	{ "clean-title",	no_argument,		NULL, OPT_CLEAN_TITLE },
	{ "keep-captions",	no_argument,		NULL, OPT_KEEP_CAPTIONS },
	{ "explain",		no_argument,		NULL, OPT_EXPLAIN },
	{ "invert",		no_argument,		NULL, 'v' },
	{ "list-rules",		no_argument,		NULL, OPT_LIST_RULES },
	{ NULL, 0, NULL, 0 }
};

struct state {
	struct boiler		 b;
	struct boiler_doc	 doc;
	struct fw		 w;
	struct out		*o;
	struct buf		 docname;	/* for --explain */
	int			 open;		/* a document is being read */
	int			 explain;
	int			 invert;
	int			 clean_title;
	uint64_t		 dropped;
};

static void
usage(int status)
{
	FILE *fp = status ? stderr : stdout;

	fprintf(fp, "usage: strip-boilerplate [-hJpv] [-e PATTERN] "
	    "[-f FILE] [--clean-title] [--explain]\n"
	    "       [--keep-captions] [--lang LANG] [--list-rules] "
	    "[--no-default-rules]\n"
	    "       [--no-title] [--stats] [FILE ...]\n");
	if (status == 0)
		fputs("Keep the article of scraped news pages: the title and "
		    "the body paragraphs.\n\n"
		    "  -e, --regexp PATTERN   also drop paragraphs matching "
		    "PATTERN (PCRE2, caseless)\n"
		    "  -f, --file FILE        read such patterns from FILE, "
		    "one per line\n"
		    "      --no-default-rules do not use the compiled-in rule "
		    "families\n"
		    "      --lang LANG        stoplist language: en, de, fr, "
		    "es (default: en)\n"
		    "      --no-title         drop the title line too\n"
		    "      --clean-title      cut \" | Site Name\" off the "
		    "title\n"
		    "      --keep-captions    keep photo captions\n"
		    "      --explain          print every paragraph's verdict "
		    "and reason as TSV\n"
		    "  -v, --invert           print only what would be "
		    "dropped\n"
		    "      --list-rules       list the rule families and "
		    "exit\n" NU_COMMON_USAGE, fp);
	exit(status);
}

/* The stoplists of words.c that --lang offers. */
static int
is_lang(const char *s)
{
	return strcmp(s, "en") == 0 || strcmp(s, "de") == 0 ||
	    strcmp(s, "fr") == 0 || strcmp(s, "es") == 0;
}

static void
list_rules(void)
{
	const struct boiler_family *f;

	for (f = boiler_families; f->name != NULL; f++)
		printf("%s\t%zu\t%s\n", f->name, f->maxlen, f->what);
	exit(0);	/* nu_init's exit handler checks the writes */
}

/* -e and -f patterns, kept until the rules are set up. */
struct userpat {
	const char	*arg;
	int		 isfile;
};

static void
add_user_rules(struct rules *rs, const struct userpat *u, size_t nu)
{
	char msg[256];
	size_t i, fam;

	if (nu == 0)
		return;
	fam = rules_family(rs, "user", 0, RULES_NOCAP);
	for (i = 0; i < nu; i++) {
		if (u[i].isfile) {
			if (rules_add_file(rs, fam, u[i].arg, msg,
			    sizeof(msg)) == -1)
				errx(2, "%s", msg);
		} else if (rules_add(rs, fam, u[i].arg,
		    (size_t)PCRE2_ZERO_TERMINATED, RULES_SOLO, msg,
		    sizeof(msg)) == -1)
			errx(2, "-e %s: %s", u[i].arg, msg);
	}
}

static void
explain_line(struct state *s, const struct boiler_para *p, const char *text)
{
	struct out *o = s->o;
	double sd = p->nwords ? (double)p->nstop / p->nwords : 0.0;
	static const char *const cls[] = { "bad", "short", "near-good",
	    "good" };

	out_tsv(o, s->docname.p, s->docname.len);
	out_printf(o, "\t%zu\t%s\t", p->lineno, p->keep ? "keep" : "drop");
	if (p->reason == BR_RULE)
		out_printf(o, "rule:%s", rules_get(&s->b.rules,
		    (size_t)p->fam)->name);
	else
		out_puts(o, boiler_reason_name(p->reason));
	out_printf(o, "\tclass=%s words=%u stop=%.2f lower=%u digits=%u "
	    "links=%u chars=%u end=%d\t", cls[p->cls0], p->nwords, sd,
	    p->nlower, p->ndigit, p->nlink, p->nchars, p->terminal);
	out_tsv(o, text, p->len);
	out_putc(o, '\n');
}

static void
write_para(struct state *s, const struct boiler_para *p)
{
	const char *text = s->doc.bytes.p + p->off;
	struct rd_line v;
	size_t hl;

	if (s->explain) {
		if (!p->blank && (!s->invert || !p->keep))
			explain_line(s, p, text);
		return;
	}
	v.text = text;
	v.len = p->len;
	v.raw = p->hasraw ? s->doc.bytes.p + p->rawoff : text;
	v.rawlen = p->hasraw ? p->rawlen : p->len;
	v.lineno = p->lineno;
	v.blank = p->blank;
	if (p->blank)
		fw_blank(&s->w, &v);
	else if (p->keep == !s->invert) {
		hl = p->tlen;
		if (s->clean_title && p->reason == BR_TITLE)
			hl = boiler_headline(text + p->tstart, p->tlen);
		if (hl < p->tlen)
			fw_put(&s->w, &v, text, p->tstart + hl);
		else
			fw_keep(&s->w, &v);
	}
}

/* Classify the document read so far and write it out. */
static void
flush_doc(struct state *s)
{
	size_t i;

	if (!s->open)
		return;
	boiler_classify(&s->b, &s->doc);
	for (i = 0; i < s->doc.n; i++) {
		write_para(s, &s->doc.p[i]);
		if (!s->doc.p[i].blank && !s->doc.p[i].keep)
			s->dropped++;
	}
	boiler_doc_reset(&s->doc);
	s->open = 0;
}

static void
run(struct state *s, struct rd *r)
{
	struct rd_line l;
	enum rd_event ev;

	while ((ev = rd_next(r, &l)) != RD_END) {
		switch (ev) {
		case RD_DOC:
			flush_doc(s);
			if (!s->explain)
				fw_doc(&s->w, &l);
			buf_reset(&s->docname);
			buf_add(&s->docname, r->doc, r->doclen);
			s->open = 1;
			break;
		case RD_LINE:
			boiler_doc_add(&s->doc, l.text, l.len, l.raw,
			    l.rawlen, l.lineno, l.blank);
			break;
		case RD_ERROR:
			flush_doc(s);
			if (!s->explain)
				fw_error(&s->w, &l);
			break;
		case RD_END:
			break;
		}
	}
	flush_doc(s);
	if (!s->explain)
		fw_finish(&s->w);
}

static void
print_stats(struct state *s, struct rd *r)
{
	struct buf extra = BUF_INIT;
	char num[64];
	size_t i;

	snprintf(num, sizeof(num), "dropped=%llu",
	    (unsigned long long)s->dropped);
	buf_adds(&extra, num);
	for (i = 0; i < s->b.nfam; i++) {
		if (s->b.famcount[i] == 0)
			continue;
		snprintf(num, sizeof(num), " rule.%s=%llu",
		    rules_get(&s->b.rules, i)->name,
		    (unsigned long long)s->b.famcount[i]);
		buf_adds(&extra, num);
	}
	for (i = 0; i < BR_NREASONS; i++) {
		if (s->b.count[i] == 0 || i == BR_RULE)
			continue;
		snprintf(num, sizeof(num), " %s=%llu", boiler_reason_name(i),
		    (unsigned long long)s->b.count[i]);
		buf_adds(&extra, num);
	}
	stats_print(r, s->w.lines_out, s->o->bytes, extra.p);
	buf_free(&extra);
}

int
main(int argc, char **argv)
{
	struct nu_opts opts = NU_OPTS_INIT;
	struct boiler_opts bo = { NULL, 0, 0 };
	struct state s;
	struct userpat *u = NULL;
	struct out o;
	struct rd r;
	size_t nu = 0;
	char msg[256];
	int ch, no_defaults = 0;

	nu_init(argc, argv);
	memset(&s, 0, sizeof(s));
	while ((ch = getopt_long(argc, argv, NU_COMMON_SHORTOPTS "e:f:v",
	    longopts, NULL)) != -1) {
		if (nu_common_opt(&opts, ch, optarg, usage))
			continue;
		switch (ch) {
		case 'e':
		case 'f':
			u = xreallocarray(u, nu + 1, sizeof(*u));
			u[nu].arg = optarg;
			u[nu++].isfile = ch == 'f';
			break;
		case 'v':
			s.invert = 1;
			break;
		case OPT_NO_DEFAULTS:
			no_defaults = 1;
			break;
		case OPT_LANG:
			if (!is_lang(optarg) ||
			    (bo.stop = words_list(optarg)) == NULL)
				errx(2, "unknown language: %s (known: en, de, "
				    "fr, es)", optarg);
			break;
		case OPT_NO_TITLE:
			bo.no_title = 1;
			break;
		case OPT_CLEAN_TITLE:
			s.clean_title = 1;
			break;
		case OPT_KEEP_CAPTIONS:
			bo.keep_captions = 1;
			break;
		case OPT_EXPLAIN:
			s.explain = 1;
			break;
		case OPT_LIST_RULES:
			list_rules();
			break;
		default:
			usage(2);
		}
	}
	if (boiler_init(&s.b, &bo, no_defaults, msg, sizeof(msg)) == -1)
		errx(2, "%s", msg);
	add_user_rules(&s.b.rules, u, nu);
	if (boiler_ready(&s.b, msg, sizeof(msg)) == -1)
		errx(2, "%s", msg);
	out_init(&o, STDOUT_FILENO, "stdout");
	s.o = &o;
	rd_open(&r, &opts, argv + optind, argc - optind);
	fw_init(&s.w, &o, &r);
	run(&s, &r);
	if (opts.stats)
		print_stats(&s, &r);
	rd_close(&r);
	boiler_doc_free(&s.doc);
	boiler_free(&s.b);
	buf_free(&s.docname);
	free(u);
	return out_finish(&o, r.status);
}
