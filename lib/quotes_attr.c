/*
 * Attribution: who said each quotation, and with which verb.
 *
 * Each paragraph is cut into tokens (words, punctuation, and one token
 * per quotation, so that words inside a quotation never pass for a
 * speaker).  The paragraph is walked in order, feeding the discourse
 * memory (quotes_ent.c) as it goes, so that a quotation is attributed
 * with what the text has said before it.  The rules, strongest first:
 *
 *   R1  a cue right after the quotation: “...,” X said / said X, the ... /
 *       he said / X, who ..., told reporters / X was quoted as saying /
 *       — X.  ("according to X" after it is weaker than R2.)
 *   R2  a cue before it in its sentence: X said: “...” / X said that “...”
 *       / X told reporters “...” / According to X, “...” / X, who ...,
 *       tweeted ...: “...”
 *   R3  a quotation that opens a sentence takes the speaker of the cue or
 *       quotation before it in the paragraph.
 *   R4  a quotation that opens a paragraph with no cue continues the
 *       previous speaker's quotation (within two paragraphs).
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "quotes_int.h"
#include "utf8.h"
#include "xalloc.h"

enum { HOW_NONE, HOW_R4, HOW_R3, HOW_R1WEAK, HOW_R2, HOW_R1 };

#define WINDOW	48	/* tokens searched around a quotation */

struct ctx;
static int	subject_before(struct ctx *, size_t, size_t, size_t *, size_t *,
		    size_t *, size_t *);

struct ctx {
	struct qt_doc	*d;
	size_t		 p;
	const char	*s;
	size_t		 len;
	struct qt_tok	*t;
	size_t		 n;
};

static int
is_abbrev(const char *s, size_t len)
{
	return (qt_lex(s, len) & QL_ABBR) != 0;
}

static void
push(struct qt_doc *d, int kind, size_t off, size_t len, uint32_t ch,
    int quote, int flags)
{
	struct qt_tok *t;

	if (d->ntok == d->captok) {
		d->captok = d->captok ? d->captok * 2 : 256;
		d->toks = xreallocarray(d->toks, d->captok, sizeof(*t));
	}
	t = &d->toks[d->ntok++];
	t->off = off;
	t->len = len;
	t->ch = ch;
	t->quote = quote;
	t->kind = (uint8_t)kind;
	t->flags = (uint8_t)flags;
	t->lex = 0;
}

static inline int
word_cp(int32_t cp)
{
	if (cp < 0x80)
		return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
		    (cp >= '0' && cp <= '9');
	return utf8_isalpha(cp) || utf8_isdigit(cp);
}

static int
space_cp(int32_t cp)
{
	return cp == ' ' || cp == '\t' || cp == '\r' || cp == '\n' ||
	    cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x202F ||
	    cp == 0x3000;
}

static const uint8_t ascii_word[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
	['A'] = 1, ['B'] = 1, ['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
	['G'] = 1, ['H'] = 1, ['I'] = 1, ['J'] = 1, ['K'] = 1, ['L'] = 1,
	['M'] = 1, ['N'] = 1, ['O'] = 1, ['P'] = 1, ['Q'] = 1, ['R'] = 1,
	['S'] = 1, ['T'] = 1, ['U'] = 1, ['V'] = 1, ['W'] = 1, ['X'] = 1,
	['Y'] = 1, ['Z'] = 1,
	['a'] = 1, ['b'] = 1, ['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1,
	['g'] = 1, ['h'] = 1, ['i'] = 1, ['j'] = 1, ['k'] = 1, ['l'] = 1,
	['m'] = 1, ['n'] = 1, ['o'] = 1, ['p'] = 1, ['q'] = 1, ['r'] = 1,
	['s'] = 1, ['t'] = 1, ['u'] = 1, ['v'] = 1, ['w'] = 1, ['x'] = 1,
	['y'] = 1, ['z'] = 1,
};

static size_t
dec(const char *s, size_t i, size_t len, int32_t *cp)
{
	if ((unsigned char)s[i] < 0x80) {
		*cp = (unsigned char)s[i];
		return 1;
	}
	return utf8_decode(s + i, s + len, cp);
}

/* A word from i: letters and digits, joined by . - ' ’ & before more. */
static size_t
word_end(const char *s, size_t i, size_t len, int *dots)
{
	int32_t cp, nx;
	size_t n, m;

	*dots = 0;
	while (i < len) {
		/* The common case: ASCII letters and digits. */
		while (i < len && ascii_word[(unsigned char)s[i]])
			i++;
		if (i >= len)
			break;
		n = dec(s, i, len, &cp);
		if (word_cp(cp)) {
			i += n;
			continue;
		}
		if (cp != '.' && cp != '-' && cp != '\'' && cp != 0x2019 &&
		    cp != '&')
			break;
		if (i + n >= len)
			break;
		m = dec(s, i + n, len, &nx);
		if (!word_cp(nx))
			break;
		if (cp == '.')
			(*dots)++;
		i += n + m;
	}
	return i;
}

/*
 * Past this many bytes a paragraph is no prose: its quotations are
 * reported without looking for speakers, which keeps time and memory
 * in proportion on hostile input.
 */
#define PARA_MAX	(1u << 20)

static void
tokenize(struct qt_doc *d, const char *s, size_t a, size_t b)
{
	size_t i = a, n, e;
	int32_t cp;
	int dots, flags;


	while (i < b) {
		if (s[i] == ' ') {
			i++;
			continue;
		}
		n = dec(s, i, b, &cp);
		if (space_cp(cp)) {
			i += n;
			continue;
		}
		if (!word_cp(cp)) {
			if (cp == '-' && i + 1 < b && s[i + 1] == '-') {
				push(d, TK_PUNCT, i, 2, 0x2014, -1, 0);
				i += 2;
				continue;
			}
			push(d, TK_PUNCT, i, n, (uint32_t)cp, -1, 0);
			i += n;
			continue;
		}
		e = word_end(s, i, b, &dots);
		flags = (cp >= 'A' && cp <= 'Z') || (cp >= 0x80 &&
		    utf8_isupper(cp)) ? TF_CAP : 0;
		/* "D-Mich.,": a stop is never followed by a comma. */
		if (e < b && s[e] == '.' && (dots > 0 || (e + 1 < b &&
		    s[e + 1] == ',') || (e - i == 1 &&
		    (flags & TF_CAP)) || (e - i <= 6 && is_abbrev(s + i,
		    e - i)))) {
			e++;
			flags |= TF_ABBR;
		}
		push(d, TK_WORD, i, e - i, 0, -1, flags);
		i = e;
	}
}

/* Mark sentence starts: after . ! ? and after a quotation ending so. */
static void
mark_sentences(struct qt_doc *d, size_t p, const char *s)
{
	struct qt_tok *t = d->toks;
	size_t i;
	int stop = 1;

	for (i = 0; i < d->ntok; i++) {
		if (stop && (t[i].kind != TK_WORD || (t[i].flags & TF_CAP)))
			t[i].flags |= TF_SENT;
		if (t[i].kind == TK_PUNCT)
			stop = t[i].ch == '.' || t[i].ch == '!' || t[i].ch == '?' ||
			    (stop && (t[i].ch == 0x201D || t[i].ch == ')'));
		else if (t[i].kind == TK_QUOTE) {
			const struct qt_span *sp = &d->spans[t[i].quote];
			unsigned char c = 0;

			if (sp->p1 == p && sp->c1 > 0)
				c = (unsigned char)s[sp->c1 - 1];
			stop = c == '.' || c == '!' || c == '?';
		} else
			stop = 0;
	}
}

static int
ispunct_tok(const struct qt_tok *t, uint32_t ch)
{
	return t->kind == TK_PUNCT && t->ch == ch;
}

static int
isdash(const struct qt_tok *t)
{
	return t->kind == TK_PUNCT && (t->ch == 0x2014 || t->ch == 0x2013 ||
	    t->ch == '-' || t->ch == 0x2015);
}

static int
is_word(struct ctx *c, size_t i, const char *lower)
{
	return i < c->n && c->t[i].kind == TK_WORD &&
	    qt_lex_is(c->s + c->t[i].off, c->t[i].len, lower);
}

static uint32_t
lx(struct ctx *c, size_t i)
{
	return qt_tok_lex(c->s, &c->t[i]);
}

/* A reporting verb in use: lower case, not after a determiner or "to". */
static int
is_verb(struct ctx *c, size_t i, size_t lo)
{
	struct qt_tok *t = &c->t[i];

	if (t->kind != TK_WORD || (t->flags & TF_CAP) || !(lx(c, i) & QL_VERB))
		return 0;
	if (i > lo && c->t[i - 1].kind == TK_WORD && ((lx(c, i - 1) &
	    QL_DET) || is_word(c, i - 1, "to")))
		return 0;
	return 1;
}

/* "the 24-year-old" */
static int
year_old(const char *s, size_t len)
{
	return len > 9 && memcmp(s + len - 9, "-year-old", 9) == 0;
}

/* Whether the word before i is a capitalised possessive ("Rory's"). */
static int
after_possessive(struct ctx *c, size_t i)
{
	const struct qt_tok *t;
	const char *w;

	if (i == 0 || c->t[i - 1].kind != TK_WORD ||
	    !(c->t[i - 1].flags & TF_CAP))
		return 0;
	t = &c->t[i - 1];
	w = c->s + t->off;
	return (t->len > 4 && memcmp(w + t->len - 4, "\xE2\x80\x99s", 4) ==
	    0) || (t->len > 2 && w[t->len - 2] == '\'' && w[t->len - 1] == 's');
}

/*
 * A word that can be inside a speaker phrase: capitalised words, role,
 * organisation and modifier words, and an unknown lower-case word only
 * before one of those ("state-run broadcaster CCTV").
 */
static int
np_word(struct ctx *c, size_t i)
{
	struct qt_tok *t = &c->t[i];
	uint32_t l;

	if (t->kind != TK_WORD)
		return 0;
	l = lx(c, i);
	if (t->flags & TF_CAP)
		return !(l & QL_FUNC) || (l & (QL_DET | QL_PRON_M | QL_PRON_F |
		    QL_PRON_P | QL_ROLE | QL_MALE | QL_FEMALE | QL_TIME)) ||
		    !(l & QL_STOPNP);
	if (l & (QL_VERB | QL_STOPNP))
		return 0;
	if ((l & (QL_DET | QL_ROLE | QL_MOD | QL_GROUP | QL_ORG | QL_PLACE |
	    QL_NOUN_SAY | QL_EPITHET)) || year_old(c->s + t->off, t->len))
		return 1;
	if (is_word(c, i, "of") || is_word(c, i, "for") || is_word(c, i, "at"))
		return 1;
	/* "co-founder and CEO Nadia El-Masri" */
	if (is_word(c, i, "and") && i > 0 && i + 1 < c->n &&
	    c->t[i - 1].kind == TK_WORD && (lx(c, i - 1) & QL_ROLE) &&
	    c->t[i + 1].kind == TK_WORD && (lx(c, i + 1) & QL_ROLE))
		return 1;
	if (l & QL_FUNC)
		return 0;
	/* "McIlroy-Bain's caddie" */
	if (after_possessive(c, i))
		return 1;
	return i + 1 < c->n && c->t[i + 1].kind == TK_WORD &&
	    ((c->t[i + 1].flags & TF_CAP) || (lx(c, i + 1) & (QL_ROLE |
	    QL_ORG | QL_GROUP | QL_MOD)));
}

/* A word that can end a speaker phrase. */
static int
np_head(struct ctx *c, size_t i)
{
	uint32_t l = lx(c, i);

	if (c->t[i].kind != TK_WORD || (l & QL_PREP))
		return 0;
	if (c->t[i].flags & TF_CAP)
		return !(l & (QL_FUNC | QL_TIME)) || (l & (QL_PRON_M |
		    QL_PRON_F | QL_PRON_P | QL_ROLE));
	return (l & (QL_ROLE | QL_GROUP | QL_ORG | QL_PRON_M | QL_PRON_F |
	    QL_PRON_P | QL_NOUN_SAY | QL_EPITHET)) != 0 ||
	    year_old(c->s + c->t[i].off, c->t[i].len) ||
	    (!(l & (QL_FUNC | QL_VERB | QL_STOPNP)) && after_possessive(c, i));
}

static int
is_pron(struct ctx *c, size_t i)
{
	return c->t[i].kind == TK_WORD &&
	    (lx(c, i) & (QL_PRON_M | QL_PRON_F | QL_PRON_P)) &&
	    !is_word(c, i, "his") && !is_word(c, i, "her") &&
	    !is_word(c, i, "their") && !is_word(c, i, "him") &&
	    !is_word(c, i, "them");
}

/*
 * A speaker phrase forward from i: returns its end (== i: none).  A
 * pronoun stands alone.  Ends at punctuation, a quotation, a verb.
 */
static size_t
np_forward(struct ctx *c, size_t i, size_t max)
{
	size_t j = i, last = i;

	if (i < c->n && is_pron(c, i))
		return i + 1;
	while (j < c->n && j - i < max && np_word(c, j)) {
		if (is_pron(c, j) && j > i)
			break;
		j++;
		if (np_head(c, j - 1))
			last = j;
	}
	return last;
}

/* Skip adverbs, "on Monday" and the like forward from i. */
static size_t
skip_adv(struct ctx *c, size_t i)
{
	while (i < c->n && c->t[i].kind == TK_WORD) {
		if (!(c->t[i].flags & TF_CAP) && (lx(c, i) & QL_ADV) &&
		    !(lx(c, i) & QL_VERB))
			i++;
		else if (is_word(c, i, "on") && i + 1 < c->n &&
		    (lx(c, i + 1) & QL_TIME))
			i += 2;
		else if ((lx(c, i) & QL_TIME) && c->t[i].flags & TF_CAP)
			i++;
		else if (is_word(c, i, "as") && i + 1 < c->n &&
		    is_verb(c, i + 1, 0))
			i++;
		else
			break;
	}
	return i;
}

/*
 * The source after "according to": "a statement from the ministry"
 * gives the ministry.  Returns the phrase's start in *b and its end.
 */
static size_t
source_after(struct ctx *c, size_t i, size_t *b)
{
	size_t e = np_forward(c, i, 10);

	*b = i;
	if (e > i && e + 1 < c->n && (lx(c, e - 1) & QL_NOUN_SAY) &&
	    (is_word(c, e, "from") || is_word(c, e, "by") ||
	    is_word(c, e, "of"))) {
		*b = e + 1;
		e = np_forward(c, e + 1, 10);
	}
	return e;
}

/* After a parenthesis "(R-Texas)" that opens at i, else i. */
static size_t
paren_end(struct ctx *c, size_t i)
{
	size_t j;

	if (i >= c->n || !ispunct_tok(&c->t[i], '('))
		return i;
	for (j = i + 1; j < c->n && j < i + 10; j++)
		if (ispunct_tok(&c->t[j], ')'))
			return j + 1;
	return i;
}

/* An appositive ", ... ," from i (at a comma): its end comma, or 0. */
static size_t
appositive(struct ctx *c, size_t i, size_t max)
{
	size_t j;

	if (i >= c->n || !ispunct_tok(&c->t[i], ','))
		return 0;
	for (j = i + 1; j < c->n && j - i <= max; j++) {
		if (c->t[j].kind == TK_QUOTE)
			return 0;
		if (c->t[j].kind == TK_PUNCT && (c->t[j].ch == '.' ||
		    c->t[j].ch == ';' || c->t[j].ch == ':'))
			return 0;
		if (ispunct_tok(&c->t[j], ','))
			return j > i + 1 ? j : 0;
	}
	return 0;
}

static void
set_cue(struct ctx *c, struct qt_span *sp, size_t a, size_t b)
{
	sp->cue_para = c->p;
	sp->cue_off = c->t[a].off;
	sp->cue_len = c->t[b - 1].off + c->t[b - 1].len - c->t[a].off;
}

static int
speaker(struct ctx *c, struct qt_span *sp, size_t b, size_t e, size_t ab,
    size_t ae)
{
	if (b >= e)
		return 0;
	while (ab < ae && (lx(c, ab) & QL_DET))
		ab++;
	c->d->limit = c->d->pos + b;
	return qt_ent_speaker(c->d, sp, c->s, c->t + b, e - b,
	    ab < ae ? c->t + ab : NULL, ab < ae ? ae - ab : 0);
}

/* After "quoted/cited": "media quoted Qin as saying" gives Qin. */
static int
passive_object(struct ctx *c, struct qt_span *sp, size_t v)
{
	size_t e;

	if (!(lx(c, v) & QL_PASSIVE))
		return 0;
	e = np_forward(c, v + 1, 8);
	if (e == v + 1 || !is_word(c, e, "as"))
		return 0;
	set_cue(c, sp, v, v + 1);
	return speaker(c, sp, v + 1, e, 0, 0);
}

/* The last character of a quotation's text. */
static uint32_t
quote_last(struct ctx *c, const struct qt_span *sp)
{
	const char *s = qt_ptext(c->d, sp->p1);
	size_t e = sp->c1;

	if (e == 0 || (sp->p0 == sp->p1 && e <= sp->s0))
		return 0;
	if (e >= 3 && (unsigned char)s[e - 3] == 0xE2)
		return (uint32_t)(((unsigned char)s[e - 2] << 8) |
		    (unsigned char)s[e - 1]) | 0xE20000u;
	return (unsigned char)s[e - 1];
}

/* Tokens from i to the sentence's end, at most lim. */
static size_t
to_stop(struct ctx *c, size_t i, size_t lim)
{
	size_t k;

	for (k = i; k < c->n && k - i < lim; k++) {
		if (c->t[k].kind == TK_QUOTE)
			return lim;	/* the cue of another quotation */
		if (c->t[k].kind == TK_PUNCT && (c->t[k].ch == '.' ||
		    c->t[k].ch == '!' || c->t[k].ch == '?'))
			return k - i;
	}
	return k < c->n ? lim : k - i;
}

/* “...,” said X, the foreign minister. */
static int
cue_verb_first(struct ctx *c, size_t v, struct qt_span *sp)
{
	size_t i = skip_adv(c, v + 1), e = np_forward(c, i, 10), a = 0, ae = 0;

	if (e == i)
		return HOW_NONE;
	if (e < c->n && ispunct_tok(&c->t[e], ',')) {
		a = e + 1;
		for (ae = a; ae < c->n && ae - a < 24 &&
		    c->t[ae].kind != TK_QUOTE &&
		    !(c->t[ae].kind == TK_PUNCT && c->t[ae].ch != '-' &&
		    c->t[ae].ch != '\'' && c->t[ae].ch != 0x2019 &&
		    c->t[ae].ch != '&'); ae++)
			;
	}
	if (!speaker(c, sp, i, e, a, ae))
		return HOW_NONE;
	set_cue(c, sp, v, v + 1);
	return HOW_R1;
}

/*
 * “....” Stuart Kilbride, whose bakery flooded, was blunt.  A named
 * person with a copula and a word or two closing the sentence.
 */
static int
was_blunt(struct ctx *c, size_t i, size_t e, size_t a, size_t ae, size_t v,
    int stop, struct qt_span *sp)
{
	if (!stop || v + 1 >= c->n || !(is_word(c, v, "was") ||
	    is_word(c, v, "were")) || c->t[v + 1].kind != TK_WORD ||
	    (c->t[v + 1].flags & TF_CAP) || (lx(c, v + 1) & (QL_FUNC |
	    QL_DET | QL_PASSIVE | QL_VERB)) || to_stop(c, v + 1, 3) > 2 ||
	    !(c->t[e - 1].flags & TF_CAP) || !speaker(c, sp, i, e, a,
	    ae ? ae : a) || sp->ent < 0)
		return HOW_NONE;
	set_cue(c, sp, v, v + 2);
	return HOW_R1WEAK;
}

/*
 * “...,” X said / X, who ..., said / X (R-Texas) said / as X put it /
 * X was quoted as saying.  stop: the quotation ended its sentence.
 */
static int
cue_phrase_first(struct ctx *c, size_t i, struct qt_span *sp, int stop)
{
	size_t e, v, a = 0, ae = 0, k;
	int how;

	if (is_word(c, i, "as"))
		i++;
	e = np_forward(c, i, 10);
	if (e == i)
		return HOW_NONE;
	v = paren_end(c, e);
	if ((ae = appositive(c, v, 24)) != 0) {
		a = v + 1;
		v = ae + 1;
		/* "Jones, 34, a nurse, said" */
		if (!is_verb(c, skip_adv(c, v), 0) &&
		    (k = appositive(c, ae, 24)) != 0) {
			if (!(lx(c, a) & QL_ROLE) && !(lx(c, a) & QL_DET))
				a = ae + 1, ae = k;
			v = k + 1;
		}
	}
	if ((how = was_blunt(c, i, e, a, ae, v, stop, sp)) != HOW_NONE)
		return how;
	v = skip_adv(c, v);
	if (v + 1 < c->n && is_word(c, v, "put") && is_word(c, v + 1, "it")) {
		if (!speaker(c, sp, i, e, a, ae ? ae : a))
			return HOW_NONE;
		set_cue(c, sp, v, v + 2);
		return HOW_R1;
	}
	if (v >= c->n || !is_verb(c, v, 0))
		return HOW_NONE;
	/*
	 * “....” Smith said. is sloppy but common; “....” Smith said the
	 * plan would fail. is a new sentence with its own content.
	 */
	if (stop && to_stop(c, v + 1, 5) >= 5)
		return HOW_NONE;
	if (passive_object(c, sp, v))
		return stop ? HOW_R1WEAK : HOW_R1;
	if (!speaker(c, sp, i, e, a, ae ? ae : a))
		return HOW_NONE;
	set_cue(c, sp, v, v + 1);
	return stop ? HOW_R1WEAK : HOW_R1;
}

/*
 * “....” Those were the words of Margaret Ellison / That was the
 * verdict of X: a sentence that names whose words they were.
 */
static int
words_of(struct ctx *c, size_t i, struct qt_span *sp)
{
	size_t k = i, e;

	if (!(is_word(c, k, "that") || is_word(c, k, "those") ||
	    is_word(c, k, "this") || is_word(c, k, "these")) ||
	    !(is_word(c, k + 1, "was") || is_word(c, k + 1, "were") ||
	    is_word(c, k + 1, "is") || is_word(c, k + 1, "are")) ||
	    !is_word(c, k + 2, "the"))
		return HOW_NONE;
	for (k += 3; k < c->n && k < i + 6 && !is_word(c, k, "of"); k++)
		if (c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP))
			return HOW_NONE;
	if (k >= c->n || !is_word(c, k, "of") || !(is_word(c, k - 1,
	    "words") || (lx(c, k - 1) & QL_NOUN_SAY)))
		return HOW_NONE;
	e = np_forward(c, k + 1, 10);
	if (e == k + 1 || !speaker(c, sp, k + 1, e, 0, 0))
		return HOW_NONE;
	set_cue(c, sp, k - 1, k);
	return HOW_R1;
}

/* R1: a cue right after the quotation token qi.  Returns HOW_*. */
static int
after_cue(struct ctx *c, size_t qi, struct qt_span *sp, const struct
    qt_span *q)
{
	size_t i = qi + 1, e, a;
	int how;

	if (i < c->n && ispunct_tok(&c->t[i], ','))
		i++;
	if (i >= c->n)
		return HOW_NONE;
	if (isdash(&c->t[i]) && i + 1 < c->n && (c->t[i + 1].flags & TF_CAP)) {
		e = np_forward(c, i + 1, 8);
		if (e > i + 1 && speaker(c, sp, i + 1, e, 0, 0)) {
			set_cue(c, sp, i, i + 1);
			return HOW_R1;
		}
		return HOW_NONE;
	}
	if (is_word(c, i, "according") && is_word(c, i + 1, "to")) {
		e = source_after(c, i + 2, &a);
		if (e > a && speaker(c, sp, a, e, 0, 0)) {
			set_cue(c, sp, i, i + 2);
			return HOW_R1WEAK;
		}
		return HOW_NONE;
	}
	if (is_verb(c, i, 0))
		return cue_verb_first(c, i, sp);
	if ((how = words_of(c, i, sp)) != HOW_NONE)
		return how;
	return cue_phrase_first(c, i, sp, quote_last(c, q) == '.');
}

/*
 * R5: the sentence ends with its cue: “Growth at all costs” — that was
 * the motto, one former manager recalled.
 */
static int
final_cue(struct ctx *c, size_t qi, struct qt_span *sp)
{
	size_t k, v, b, e, ab, ae;

	for (k = qi + 1; k < c->n && k < qi + WINDOW; k++) {
		if (c->t[k].kind == TK_QUOTE)
			return HOW_NONE;
		if (c->t[k].kind == TK_PUNCT && (c->t[k].ch == '.' ||
		    c->t[k].ch == '!' || c->t[k].ch == '?'))
			break;
	}
	if (k >= c->n || k >= qi + WINDOW)
		return HOW_NONE;
	v = k;
	while (v > qi + 1 && c->t[v - 1].kind == TK_WORD &&
	    ((lx(c, v - 1) & (QL_TIME | QL_ADV)) && !(lx(c, v - 1) & QL_VERB)))
		v--;
	if (v <= qi + 2 || !is_verb(c, v - 1, 0))
		return HOW_NONE;
	v--;
	if (!subject_before(c, qi + 1, v, &b, &e, &ab, &ae) || b == qi + 1 ||
	    !ispunct_tok(&c->t[b - 1], ',') || !speaker(c, sp, b, e, ab, ae))
		return HOW_NONE;
	set_cue(c, sp, v, v + 1);
	return HOW_R1WEAK;
}

/* Whether tokens [a, b) hold a reporting verb. */
static int
has_cue(struct ctx *c, size_t a, size_t b)
{
	size_t k;

	for (k = a; k < b; k++)
		if (is_verb(c, k, 0) || (is_word(c, k, "according") &&
		    is_word(c, k + 1, "to")))
			return 1;
	return 0;
}

/* The speaker phrase that ends at i, not before ss. */
static int
phrase_before(struct ctx *c, size_t ss, size_t i, size_t *b, size_t *e)
{
	*e = i;
	if (i > ss && is_pron(c, i - 1)) {
		*b = i - 1;
		return 1;
	}
	while (i > ss && *e - i < 10 && np_word(c, i - 1) && !is_pron(c, i - 1))
		i--;
	while (i < *e && (lx(c, i) & QL_PREP))
		i++;
	*b = i;
	return *b < *e && np_head(c, *e - 1);
}

/*
 * The subject of the verb at v, within [ss, v): the phrase's bounds in
 * *b, *e and an appositive's in *ab, *ae.  Returns 1 if found.
 */
static int
subject_before(struct ctx *c, size_t ss, size_t v, size_t *b, size_t *e,
    size_t *ab, size_t *ae)
{
	size_t i = v, j;

	*ab = *ae = 0;
	if (i > ss && ispunct_tok(&c->t[i - 1], ')')) {
		for (j = i - 1; j > ss && i - j < 10; j--)
			if (ispunct_tok(&c->t[j - 1], '('))
				break;
		if (j > ss && ispunct_tok(&c->t[j - 1], '('))
			i = j - 1;
	}
	while (i > ss && c->t[i - 1].kind == TK_WORD &&
	    !(c->t[i - 1].flags & TF_CAP) && ((lx(c, i - 1) &
	    (QL_ADV | QL_PASSIVE)) || is_word(c, i - 1, "as") ||
	    is_word(c, i - 1, "not")))
		i--;
	if (i > ss && ispunct_tok(&c->t[i - 1], ',')) {
		for (j = i - 1; j > ss && i - j < 25; j--)
			if (ispunct_tok(&c->t[j - 1], ',') ||
			    c->t[j - 1].kind == TK_QUOTE)
				break;
		if (j <= ss || i - j >= 25 || !ispunct_tok(&c->t[j - 1], ','))
			return 0;
		*ab = j;
		*ae = i - 1;
		if (*ab < *ae && (lx(c, *ab) & QL_REL))
			*ab = *ae = 0;	/* "who is attending": no role */
		i = j - 1;
	}
	if (phrase_before(c, ss, i, b, e))
		return 1;
	/* "Jones, 34, a nurse, said": a second appositive before. */
	if (*ae == 0 || i <= ss || !ispunct_tok(&c->t[i], ','))
		return 0;
	for (j = i; j > ss && i - j < 8; j--)
		if (ispunct_tok(&c->t[j - 1], ',') || c->t[j - 1].kind ==
		    TK_QUOTE || is_verb(c, j - 1, 0))
			break;
	if (j <= ss || i - j >= 8 || !ispunct_tok(&c->t[j - 1], ','))
		return 0;
	return phrase_before(c, ss, j - 1, b, e);
}

static size_t
sentence_start(struct ctx *c, size_t i)
{
	size_t lo = i > 4 * WINDOW ? i - 4 * WINDOW : 0;

	while (i > lo && !(c->t[i].flags & TF_SENT))
		i--;
	return i;
}

static void
copy_attr(struct qt_span *to, const struct qt_span *from)
{
	to->spk_off = from->spk_off;
	to->spk_len = from->spk_len;
	to->stx_off = from->stx_off;
	to->stx_len = from->stx_len;
	to->role_off = from->role_off;
	to->role_len = from->role_len;
	to->ent = from->ent;
}

/* Whether [a, b) holds at most max words, all in the word lists. */
static int
known_words(struct ctx *c, size_t a, size_t b, size_t max)
{
	size_t k;

	if (b <= a || b - a > max)
		return 0;
	for (k = a; k < b; k++)
		if (c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP) ||
		    lx(c, k) == 0)
			return 0;
	return 1;
}

/*
 * "The mayor was blunt:": a copula and at most max-1 more lower-case
 * words.
 */
static int
lower_words(struct ctx *c, size_t a, size_t b, size_t max)
{
	size_t k;

	if (b <= a || b - a > max || !(is_word(c, a, "was") ||
	    is_word(c, a, "is") || is_word(c, a, "were") || is_word(c, a, "are")))
		return 0;
	for (k = a; k < b; k++)
		if (c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP))
			return 0;
	return 1;
}

static int
naming_verb(struct ctx *c, size_t v)
{
	static const char *const names[] = { "call", "calls", "called",
	    "calling", "describe", "describes", "described", "describing",
	    "dubbed", "termed", "labelled", "labeled", "branded" };
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (is_word(c, v, names[i]))
			return 1;
	return 0;
}

/* “...,” said X, “...”: the second half has the first half's cue. */
static int
split_half(struct ctx *c, size_t v, size_t qi, struct qt_span *sp)
{
	const struct qt_span *q = &c->d->spans[c->t[v].quote];

	if (q->how != HOW_R1 || q->cue_para != c->p ||
	    q->cue_off <= c->t[v].off || q->spk_len == 0 || qi - v > 16)
		return 0;
	copy_attr(sp, q);
	sp->cue_para = q->cue_para;
	sp->cue_off = q->cue_off;
	sp->cue_len = q->cue_len;
	return 1;
}

/*
 * The speaker of the reporting verb at v, in the sentence from ss: its
 * subject, the object of "quoted X as saying", or for "..., saying:"
 * the sentence's subject.
 */
static int
verb_speaker(struct ctx *c, size_t ss, size_t v, struct qt_span *sp)
{
	size_t b, e, ab, ae;

	if (passive_object(c, sp, v))
		return 1;
	/* "was described by Jones as “...”" */
	if (is_word(c, v + 1, "by") && (e = np_forward(c, v + 2, 8)) > v + 2 &&
	    speaker(c, sp, v + 2, e, 0, 0)) {
		set_cue(c, sp, v, v + 1);
		return 1;
	}
	if (subject_before(c, ss, v, &b, &e, &ab, &ae) &&
	    speaker(c, sp, b, e, ab, ae)) {
		set_cue(c, sp, v, v + 1);
		return 1;
	}
	if (v > ss && ispunct_tok(&c->t[v - 1], ',') && c->t[v].len > 3 &&
	    memcmp(c->s + c->t[v].off + c->t[v].len - 3, "ing", 3) == 0 &&
	    (e = np_forward(c, ss, 10)) > ss && speaker(c, sp, ss, e, 0, 0)) {
		set_cue(c, sp, v, v + 1);
		return 1;
	}
	return 0;
}

/*
 * Okonjo: “...” / Reyes had this to say: “...”: a colon gives the
 * quotation to the sentence's subject, if it names someone; "Home »
 * news » Quintero: ‘...’" to the phrase before the colon.
 */
static int
colon_cue(struct ctx *c, size_t ss, size_t qi, struct qt_span *sp)
{
	size_t b, e;

	if (!ispunct_tok(&c->t[qi - 1], ':'))
		return 0;
	if ((e = np_forward(c, ss, 10)) > ss && (e == qi - 1 ||
	    (((c->t[e - 1].flags & TF_CAP) || is_pron(c, e - 1) ||
	    (lx(c, e - 1) & QL_ROLE)) && lower_words(c, e, qi - 1, 4)) ||
	    (((c->t[e - 1].flags & TF_CAP) || is_pron(c, e - 1)) &&
	    known_words(c, e, qi - 1, 6))) && speaker(c, sp, ss, e, 0, 0))
		return 1;
	if (qi < 2)
		return 0;
	for (b = qi - 1; b > ss && qi - 1 - b < 6 && np_word(c, b - 1); b--)
		;
	return b < qi - 1 && (b == ss || c->t[b - 1].kind == TK_PUNCT) &&
	    (c->t[qi - 2].flags & TF_CAP) && speaker(c, sp, b, qi - 1, 0, 0);
}

/* Whether the cue at v stands right beside the quotation at qi. */
static int
adjacent_cue(struct ctx *c, size_t v, size_t qi)
{
	const struct qt_tok *pt = &c->t[qi - 1];

	/* "which Grant called “a matter of fairness”" names, not quotes. */
	if (naming_verb(c, v))
		return 0;
	return qi - v == 1 || (ispunct_tok(pt, ':') && qi - v <= 14) ||
	    (ispunct_tok(pt, ',') && qi - v <= 3) ||
	    (is_word(c, qi - 1, "that") && qi - v <= 6) ||
	    ((is_word(c, v, "told") || is_word(c, v, "asked")) && qi - v <= 4);
}

/* R2: a cue before the quotation in its sentence. */
static int
before_cue(struct ctx *c, size_t qi, struct qt_span *sp, int *adjacent)
{
	size_t ss = sentence_start(c, qi), v, b, e, ae, lo;

	*adjacent = 0;
	if (ss == qi)
		return HOW_NONE;
	lo = qi - ss > WINDOW ? qi - WINDOW : ss;
	for (v = qi; v-- > lo; ) {
		if (c->t[v].kind == TK_QUOTE) {
			if (split_half(c, v, qi, sp)) {
				*adjacent = 1;
				return HOW_R2;
			}
			continue;
		}
		if (is_word(c, v, "to") && v > ss && is_word(c, v - 1,
		    "according")) {
			e = source_after(c, v + 1, &b);
			ae = appositive(c, e, 20);
			if (e > b && speaker(c, sp, b, e, ae ? e + 1 : 0, ae)) {
				set_cue(c, sp, v - 1, v + 1);
				*adjacent = e + 1 >= qi;
				return HOW_R2;
			}
			continue;
		}
		if (is_verb(c, v, ss) && verb_speaker(c, ss, v, sp)) {
			*adjacent = adjacent_cue(c, v, qi);
			return HOW_R2;
		}
	}
	if (colon_cue(c, ss, qi, sp)) {
		*adjacent = 1;
		return HOW_R2;
	}
	return HOW_NONE;
}


/*
 * "Jones disagreed. “It won't work.”": a short sentence whose subject
 * names someone introduces the quotation after it.
 */
static int
short_lead(struct ctx *c, size_t qi, struct qt_span *sp)
{
	size_t ss, e, k;

	if (qi < 3 || c->t[qi - 1].kind != TK_PUNCT ||
	    (c->t[qi - 1].ch != '.' && c->t[qi - 1].ch != ':'))
		return 0;
	ss = sentence_start(c, qi - 1);
	if (qi - ss > 10 || (e = np_forward(c, ss, 6)) == ss || e >= qi - 1 ||
	    !(c->t[e - 1].flags & TF_CAP || is_pron(c, e - 1)))
		return 0;
	for (k = e; k < qi - 1; k++)
		if (c->t[k].kind != TK_WORD || (c->t[k].flags & TF_CAP))
			return 0;
	return speaker(c, sp, ss, e, 0, 0) && sp->ent >= 0;
}

/*
 * "Faletau-Lewis, winning his 100th cap, was emotional. ‘...’" /
 * "Asked which she would prefer, she laughed. ‘...’": the sentence
 * before, in the paragraph, has a person for its subject.
 */
static int
lead_subject(struct ctx *c, size_t qi, struct qt_span *sp)
{
	size_t ss, s0, e, k, ae = 0, a = 0;

	if (qi < 3 || c->t[qi - 1].kind != TK_PUNCT || (c->t[qi - 1].ch !=
	    '.' && c->t[qi - 1].ch != ':' && c->t[qi - 1].ch != '!'))
		return 0;
	ss = sentence_start(c, qi - 1);
	s0 = ss;
	/* A participle clause first: "Asked about it, ..." */
	if (c->t[ss].kind == TK_WORD && c->t[ss].len > 3 &&
	    (memcmp(c->s + c->t[ss].off + c->t[ss].len - 2, "ed", 2) == 0 ||
	    memcmp(c->s + c->t[ss].off + c->t[ss].len - 3, "ing", 3) == 0))
		for (k = ss + 1; k < qi - 1 && k < ss + 16; k++)
			if (ispunct_tok(&c->t[k], ',')) {
				s0 = k + 1;
				break;
			}
	for (k = s0; k < qi - 1; k++)
		if (c->t[k].kind == TK_QUOTE)
			return 0;
	e = np_forward(c, s0, 10);
	if (e == s0 || e >= qi - 1 || !((c->t[e - 1].flags & TF_CAP) ||
	    is_pron(c, e - 1)))
		return 0;
	k = e;
	if (ispunct_tok(&c->t[e], ',') && (ae = appositive(c, e, 20)) != 0) {
		a = e + 1;
		k = ae + 1;
	}
	if (k >= qi - 1 || c->t[k].kind != TK_WORD ||
	    (c->t[k].flags & TF_CAP) || (lx(c, k) & (QL_DET | QL_PREP)))
		return 0;
	return speaker(c, sp, s0, e, a, ae) && sp->ent >= 0;
}

/*
 * "as the team confirmed the landing": a verb that is no verb of saying
 * here, with a noun phrase for its object.  Verbs of saying proper
 * ("said the plan was flawed") keep their clause.
 */
static int
object_verb(struct ctx *c, size_t v)
{
	static const char *const say[] = { "said", "says", "say", "told",
	    "tells", "added", "adds", "wrote", "writes", "insisted",
	    "argued", "warned", "explained", "noted", "stressed" };
	size_t i;

	if (v + 1 >= c->n || c->t[v + 1].kind != TK_WORD ||
	    !(lx(c, v + 1) & QL_DET))
		return 0;
	for (i = 0; i < sizeof(say) / sizeof(say[0]); i++)
		if (is_word(c, v, say[i]))
			return 0;
	return 1;
}

/* R3: the cue or attributed quotation before, in this paragraph. */
static int
prev_cue(struct ctx *c, size_t qi, struct qt_span *sp)
{
	size_t v, lo = qi > WINDOW ? qi - WINDOW : 0, b, e, ab, ae;

	if (short_lead(c, qi, sp))
		return HOW_R3;
	for (v = qi; v-- > lo; ) {
		if (c->t[v].kind == TK_QUOTE) {
			const struct qt_span *q = &c->d->spans[c->t[v].quote];

			if (q->attributed && q->spk_len > 0) {
				copy_attr(sp, q);
				sp->cue_para = q->cue_para;
				sp->cue_off = q->cue_off;
				sp->cue_len = q->cue_len;
				return HOW_R3;
			}
			continue;
		}
		if (!is_verb(c, v, 0) || object_verb(c, v))
			continue;
		if (subject_before(c, sentence_start(c, v), v, &b, &e, &ab,
		    &ae) && speaker(c, sp, b, e, ab, ae)) {
			set_cue(c, sp, v, v + 1);
			return HOW_R3;
		}
	}
	return HOW_NONE;
}

/*
 * A paragraph that ends with "X said in a statement:" gives X to a
 * quotation that opens the next paragraph.
 */
static void
colon_lead(struct ctx *c)
{
	struct qt_doc *d = c->d;
	struct qt_span *lead = &d->lead;
	size_t n = c->n, ss, v, lo;
	int found = 0;

	d->have_lead = 0;
	if (n < 2 || !ispunct_tok(&c->t[n - 1], ':'))
		return;
	memset(lead, 0, sizeof(*lead));
	lead->ent = -1;
	ss = sentence_start(c, n - 1);
	lo = n - ss > WINDOW ? n - WINDOW : ss;
	for (v = n - 1; v > lo && !found; v--)
		found = c->t[v - 1].kind != TK_QUOTE &&
		    is_verb(c, v - 1, ss) && verb_speaker(c, ss, v - 1, lead);
	if (!found) {
		memset(lead, 0, sizeof(*lead));
		lead->ent = -1;
		if (!colon_cue(c, ss, n, lead))
			return;
	}
	d->have_lead = 1;
	d->lead_para = c->p;
}

/*
 * The speaker of the last cue of a paragraph, after its last quotation:
 * "Smith said the plan was flawed." gives Smith to a bare quotation
 * that opens the next paragraph.
 */
static void
tail_cue(struct ctx *c)
{
	struct qt_doc *d = c->d;
	size_t v, ss;

	d->have_tail = 0;
	for (v = c->n; v > 0 && c->n - v < WINDOW; v--) {
		if (c->t[v - 1].kind == TK_QUOTE)
			return;
		if (!is_verb(c, v - 1, 0))
			continue;
		memset(&d->tail, 0, sizeof(d->tail));
		d->tail.ent = -1;
		ss = sentence_start(c, v - 1);
		if (verb_speaker(c, ss, v - 1, &d->tail) &&
		    d->tail.spk_len > 0) {
			d->have_tail = 1;
			d->tail_para = c->p;
		}
		return;
	}
}

/* Keep the stronger of two candidates in *sp. */
static void
take(struct qt_span *sp, struct qt_span *cand, int how)
{
	if (how <= sp->how)
		return;
	copy_attr(sp, cand);
	sp->cue_para = cand->cue_para;
	sp->cue_off = cand->cue_off;
	sp->cue_len = cand->cue_len;
	sp->how = how;
	sp->attributed = 1;
}

/*
 * An interview: paragraph p - 1 is a question of the interviewer's,
 * short, ending with "?", with no quotation, and someone has spoken
 * lately.
 */
static int
after_question(const struct qt_doc *d, size_t p)
{
	const char *s;
	size_t len, i;

	if (p < 2 || !d->have_last || d->last_para + 8 < p)
		return 0;
	s = qt_ptext(d, p - 1);
	len = d->paras[p - 1].len;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\r'))
		len--;
	if (len == 0 || len > 400 || s[len - 1] != '?')
		return 0;
	for (i = 0; i < len; i++)
		if (s[i] == '"' || ((unsigned char)s[i] == 0xE2 && i + 2 < len &&
		    (unsigned char)s[i + 1] == 0x80 &&
		    ((unsigned char)s[i + 2] == 0x9C ||
		    (unsigned char)s[i + 2] == 0x98)))
			return 0;
	return 1;
}

/* The last attributed speaker as a candidate. */
static void
last_cand(const struct qt_doc *d, struct qt_span *cand)
{
	memset(cand, 0, sizeof(*cand));
	cand->ent = d->last_ent;
	cand->spk_off = d->last_spk_off;
	cand->spk_len = d->last_spk_len;
	cand->stx_off = d->last_stx_off;
	cand->stx_len = d->last_stx_len;
	cand->role_off = d->last_role_off;
	cand->role_len = d->last_role_len;
}

static void
quote_begins(struct ctx *c, size_t qi, struct qt_span *sp)
{
	struct qt_span cand;
	struct qt_doc *d = c->d;
	int how, adj = 0;

	memset(&cand, 0, sizeof(cand));
	cand.ent = -1;
	how = before_cue(c, qi, &cand, &adj);
	if (how == HOW_NONE && qi == 0 && d->have_lead &&
	    d->lead_para + 1 == c->p) {
		cand = d->lead;
		how = HOW_R2;
		adj = 1;
	}
	if (how != HOW_NONE) {
		take(sp, &cand, how);
		sp->full = adj;		/* adjacency, decided at the end */
		return;
	}
	if (c->t[qi].flags & TF_SENT) {
		memset(&cand, 0, sizeof(cand));
		cand.ent = -1;
		if ((how = prev_cue(c, qi, &cand)) != HOW_NONE) {
			take(sp, &cand, how);
			return;
		}
		memset(&cand, 0, sizeof(cand));
		cand.ent = -1;
		if (lead_subject(c, qi, &cand)) {
			take(sp, &cand, HOW_R3);
			return;
		}
	}
	if (qi == 0 && d->have_tail && d->tail_para + 1 == c->p &&
	    !has_cue(c, 0, c->n)) {
		cand = d->tail;
		take(sp, &cand, HOW_R4);
		return;
	}
	if (qi == 0 && !has_cue(c, 0, c->n) && after_question(d, c->p)) {
		if (d->have_qa)
			cand = d->qa;
		else if (!qt_ent_top(d, &cand))
			last_cand(d, &cand);
		take(sp, &cand, HOW_R4);
		d->qa = cand;
		d->have_qa = 1;
		return;
	}
	if (qi == 0 && d->have_last && d->last_para + 1 == c->p &&
	    !has_cue(c, 0, c->n)) {
		memset(&cand, 0, sizeof(cand));
		cand.ent = d->last_ent;
		cand.spk_off = d->last_spk_off;
		cand.spk_len = d->last_spk_len;
		cand.stx_off = d->last_stx_off;
		cand.stx_len = d->last_stx_len;
		cand.role_off = d->last_role_off;
		cand.role_len = d->last_role_len;
		take(sp, &cand, HOW_R4);
	}
}

static int
starts_upper(struct qt_doc *d, const struct qt_span *sp)
{
	const char *s = qt_ptext(d, sp->p0);
	size_t len = d->paras[sp->p0].len;
	int32_t cp;

	if (sp->s0 >= len)
		return 0;
	utf8_decode(s + sp->s0, s + len, &cp);
	return cp > 0 && (utf8_isupper(cp) || cp == '[' || cp == 0x2026);
}

static void
quote_ends(struct ctx *c, size_t qi, struct qt_span *sp)
{
	struct qt_span cand;
	struct qt_doc *d = c->d;
	uint32_t last = quote_last(c, sp);
	int how, adj = sp->how == HOW_R2 && sp->full, soft;

	memset(&cand, 0, sizeof(cand));
	cand.ent = -1;
	how = after_cue(c, qi, &cand, sp);
	if (how == HOW_NONE && sp->how < HOW_R1WEAK) {
		memset(&cand, 0, sizeof(cand));
		cand.ent = -1;
		how = final_cue(c, qi, &cand);
	}
	soft = last == ',' || last == '?' || last == '!' || last == 0xE280A6 ||
	    last == 0xE28094;
	if (how == HOW_R1)
		adj = 1;
	/* “...,” it said. after "The ministry said ...": keep the ministry. */
	if (how != HOW_NONE && sp->spk_len > 0 && (cand.spk_len == 0 ||
	    (qt_lex(d->arena.p + cand.stx_off, cand.stx_len) & QL_PRON_P))) {
		sp->cue_para = cand.cue_para;
		sp->cue_off = cand.cue_off;
		sp->cue_len = cand.cue_len;
		sp->how = how;
	} else
		take(sp, &cand, how);
	/*
	 * Full: speech, not a scare quote.  A cue beside it makes it
	 * speech, so does length, so does a sentence with a speaker.
	 */
	if (sp->attributed)
		sp->full = (adj && (sp->words >= 3 || (how == HOW_R1 &&
		    soft) || starts_upper(d, sp))) || sp->words >= 6 ||
		    (starts_upper(d, sp) && (sp->words >= 3 || soft ||
		    last == '.'));
	else
		sp->full = sp->words >= 6 && starts_upper(d, sp);
	if (sp->attributed && sp->full && sp->spk_len > 0) {
		d->have_last = 1;
		d->last_para = c->p;
		d->last_ent = sp->ent;
		d->last_spk_off = sp->spk_off;
		d->last_spk_len = sp->spk_len;
		d->last_stx_off = sp->stx_off;
		d->last_stx_len = sp->stx_len;
		d->last_role_off = sp->role_off;
		d->last_role_len = sp->role_len;
		qt_ent_spoke(d, sp->ent);
	}
	if (sp->attributed && sp->ent < 0 && sp->spk_len > 0) {
		d->have_org = 1;
		d->org_para = c->p;
		d->org_off = sp->spk_off;
		d->org_len = sp->spk_len;
	}
}

/* Tokens of paragraph p; spans from *k on may cover parts of it. */
static void
para_tokens(struct qt_doc *d, size_t p, size_t k)
{
	const char *s = qt_ptext(d, p);
	size_t len = d->paras[p].len, pos = 0, a, b;

	d->ntok = 0;
	for (; k < d->nspan && d->spans[k].p0 <= p; k++) {
		const struct qt_span *sp = &d->spans[k];

		if (sp->p1 < p)
			continue;
		a = sp->p0 == p ? sp->m0 : 0;
		b = sp->p1 == p ? sp->m1 : len;
		if (a < pos)
			a = pos;
		if (b < a)
			b = a;
		if (len <= PARA_MAX)
			tokenize(d, s, pos, a);
		push(d, TK_QUOTE, a, b - a, 0, (int)k, 0);
		pos = b;
	}
	if (len <= PARA_MAX)
		tokenize(d, s, pos, len);
	mark_sentences(d, p, s);
}

/* Whether paragraph p + 1 opens with a quotation (spans from k on). */
static int
next_opens(const struct qt_doc *d, size_t k, size_t p)
{
	const char *s;
	size_t i;

	while (k < d->nspan && d->spans[k].p0 <= p)
		k++;
	if (k >= d->nspan || d->spans[k].p0 != p + 1)
		return 0;
	s = qt_ptext(d, p + 1);
	for (i = 0; i < d->spans[k].m0; i++)
		if (s[i] != ' ' && s[i] != '\t')
			return 0;
	return 1;
}

void
qt_attribute(struct qt_doc *d)
{
	struct ctx c;
	size_t p, k = 0, i, from;

	/* Paragraphs after the last quotation teach nothing needed. */
	for (p = 0; p < d->npara && p <= d->spans[d->nspan - 1].p1; p++) {
		while (k < d->nspan && d->spans[k].p1 < p)
			k++;
		para_tokens(d, p, k);
		c.d = d;
		c.p = p;
		d->cur_para = p;
		c.s = qt_ptext(d, p);
		c.len = d->paras[p].len;
		c.t = d->toks;
		c.n = d->ntok;
		from = 0;
		for (i = 0; i < c.n; i++) {
			struct qt_span *sp;

			if (c.t[i].kind != TK_QUOTE)
				continue;
			qt_ent_scan(d, c.s, c.t, from, i, c.n);
			from = i + 1;
			sp = &d->spans[c.t[i].quote];
			d->here = d->pos + i;
			if (sp->p0 == p)
				quote_begins(&c, i, sp);
			if (sp->p1 == p)
				quote_ends(&c, i, sp);
		}
		qt_ent_scan(d, c.s, c.t, from, c.n, c.n);
		/* The lead-ins matter only before a paragraph that opens
		 * with a quotation. */
		if (next_opens(d, k, p)) {
			/* "in which he complained" may be anyone's. */
			d->trial = 1;
			colon_lead(&c);
			tail_cue(&c);
			d->trial = 0;
		} else
			d->have_lead = d->have_tail = 0;
		d->pos += c.n + 1;
	}
}
