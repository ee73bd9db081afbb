/*
 * The discourse memory of one document: the persons (and organisations)
 * it has named, with their roles, gender where a given name, title or
 * role tells it, and when they were last mentioned and last quoted.
 *
 * A speaker phrase ("Harbour Authority spokesman Tomas Kerrin", "the
 * minister", "Glaser", "he") is reduced here to a name and a role and
 * resolved against the memory: a surname alone to the newest person who
 * bears it, a definite role to the newest person holding it, a pronoun to
 * the newest person of its gender mentioned as a subject or quoted.
 *
 * Names are found without a parser: a run of capitalised words, cut
 * where a role, organisation or place word ends it, is taken for a person
 * only on evidence (a title before it, a known given name, an honorific,
 * a person the memory already holds).  The memory is bounded (MAX_ENTS)
 * so a hostile document cannot make lookups slow.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "quotes_int.h"
#include "xalloc.h"

#define MAX_ENTS	2048
#define EKEY_SLOTS	8192	/* a power of two, over 3 keys per entity */

uint32_t
qt_tok_lex(const char *s, struct qt_tok *t)
{
	if (!(t->flags & TF_LEXED)) {
		t->lex = t->kind == TK_WORD ? qt_lex(s + t->off, t->len) : 0;
		t->flags |= TF_LEXED;
	}
	return t->lex;
}

void
qt_ent_reset(struct qt_doc *d)
{
	d->nent = 0;
	d->pos = 1;	/* 0 means "never" */
	d->sent_ent = -1;
	d->sent_n = 0;
	d->have_org = 0;
	d->have_lead = 0;
	d->have_tail = 0;
	d->have_last = 0;
	d->have_qa = 0;
	d->have_morg = 0;
	/* A new generation empties the table without touching it. */
	if (d->nekey > 0 && ++d->gen == 0) {
		memset(d->ekeys, 0, d->capekey * sizeof(*d->ekeys));
		d->gen = 1;
	}
	d->nekey = 0;
}

/* Hash of a word with ASCII case folded and a trailing ’s or 's cut. */
static uint64_t
fold_hash(const char *s, size_t len, uint64_t h)
{
	size_t i;

	if (len >= 4 && memcmp(s + len - 4, "\xE2\x80\x99s", 4) == 0)
		len -= 4;
	else if (len >= 2 && s[len - 2] == '\'' && s[len - 1] == 's')
		len -= 2;
	for (i = 0; i < len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 'A' && c <= 'Z')
			c += 32;
		h = (h ^ c) * 1099511628211ull;
	}
	return h | 1;
}

#define H_FULL	14695981039346656037ull
#define H_TOK	1469598103934665603ull

static struct qt_ekey *
ekey_slot(struct qt_doc *d, uint64_t h)
{
	size_t i;

	if (d->ekeys == NULL) {
		d->capekey = EKEY_SLOTS;
		d->ekeys = xcalloc(d->capekey, sizeof(*d->ekeys));
		d->gen = 1;
	}
	i = (size_t)(h >> 7) & (d->capekey - 1);
	while (d->ekeys[i].gen == d->gen && d->ekeys[i].h != h)
		i = (i + 1) & (d->capekey - 1);
	return &d->ekeys[i];
}

static int
ekey_get(struct qt_doc *d, uint64_t h)
{
	struct qt_ekey *k = ekey_slot(d, h);

	return k->gen == d->gen && k->h == h ? k->ent : -1;
}

static void
ekey_put(struct qt_doc *d, uint64_t h, int ent)
{
	struct qt_ekey *k;

	if (d->nekey >= d->capekey / 2 && ekey_get(d, h) < 0)
		return;
	k = ekey_slot(d, h);
	if (k->gen != d->gen)
		d->nekey++;
	k->h = h;
	k->ent = ent;
	k->gen = d->gen;
}

static const char *
ent_name(const struct qt_doc *d, const struct qt_ent *e)
{
	return d->arena.p + e->name_off;
}

/* What ent_add() adds: a named person, an organisation, or a person
 * known only by a description ("a spokesman for the delegation"). */
enum { ENT_PERSON, ENT_ORG, ENT_DESCR };

static int
ent_add(struct qt_doc *d, const char *name, size_t len, int org)
{
	struct qt_ent *e;
	size_t i, first_end, last_start;
	int idx;

	if (d->nent >= MAX_ENTS)
		return -1;
	if (d->nent == d->capent) {
		d->capent = d->capent ? d->capent * 2 : 32;
		d->ents = xreallocarray(d->ents, d->capent, sizeof(*e));
	}
	idx = (int)d->nent++;
	e = &d->ents[idx];
	memset(e, 0, sizeof(*e));
	e->name_off = qt_arena_add(d, name, len);
	e->name_len = len;
	e->org = org == ENT_ORG;
	ekey_put(d, fold_hash(name, len, H_FULL), idx);
	for (first_end = 0; first_end < len && name[first_end] != ' ';
	    first_end++)
		;
	for (last_start = len; last_start > 0 && name[last_start - 1] != ' ';
	    last_start--)
		;
	if (org == ENT_PERSON) {
		ekey_put(d, fold_hash(name + last_start, len - last_start,
		    H_TOK), idx);
		if (first_end < len)
			ekey_put(d, fold_hash(name, first_end, H_TOK), idx);
	}
	(void)i;
	return idx;
}

static void
ent_set_role(struct qt_doc *d, int idx, const char *role, size_t len)
{
	struct qt_ent *e = &d->ents[idx];

	if (len == 0)
		return;
	e->role_off = qt_arena_add(d, role, len);
	e->role_len = len;
}

static void
ent_mention(struct qt_doc *d, int idx, size_t pos, int subj)
{
	if (idx < 0)
		return;
	if (pos > d->ents[idx].last)
		d->ents[idx].last = pos;
	if (subj && pos > d->ents[idx].last_subj)
		d->ents[idx].last_subj = pos;
}

void
qt_ent_spoke(struct qt_doc *d, int idx)
{
	if (idx >= 0) {
		d->ents[idx].last_spoke = d->here;
		d->ents[idx].nspoke++;
	}
}

/* Lower-case particles inside names: Ursula von der Leyen. */
static int
is_particle(const char *s, size_t len)
{
	static const char *const part[] = { "de", "da", "van", "von", "bin",
	    "al", "del", "della", "di", "du", "la", "le", "der", "den", "ter",
	    "ten", "ibn", "abu", "el", "dos", "das", "y" };
	size_t i;

	if (len > 5 || len == 0 || s[0] < 'a' || s[0] > 'y')
		return 0;
	for (i = 0; i < sizeof(part) / sizeof(part[0]); i++)
		if (part[i][0] == s[0] && strncmp(part[i], s, len) == 0 &&
		    part[i][len] == '\0')
			return 1;
	return 0;
}

static int
all_caps(const char *s, size_t len)
{
	size_t i, up = 0;

	for (i = 0; i < len; i++) {
		if (s[i] >= 'a' && s[i] <= 'z')
			return 0;
		if (s[i] >= 'A' && s[i] <= 'Z')
			up++;
	}
	return up >= 2;
}

/* A capitalised word that may be part of a person's name. */
static int
name_tok(const char *s, struct qt_tok *t)
{
	uint32_t lx;
	size_t i;

	if (t->kind != TK_WORD || !(t->flags & TF_CAP))
		return 0;
	lx = qt_tok_lex(s, t);
	if (lx & (QL_FIRST_M | QL_FIRST_F))
		return 1;
	if (lx & (QL_ROLE | QL_ORG | QL_PLACE | QL_TIME | QL_FUNC |
	    QL_NOUN_SAY | QL_GROUP | QL_DET | QL_PRON_M | QL_PRON_F |
	    QL_PRON_P | QL_MALE | QL_FEMALE))
		return 0;
	if (all_caps(s + t->off, t->len))
		return 0;
	/* "R-Redding", "D-Mich.": a party and a state. */
	if (t->len > 2 && s[t->off + 1] == '-' && (s[t->off] == 'R' ||
	    s[t->off] == 'D' || s[t->off] == 'I'))
		return 0;
	for (i = 0; i < t->len; i++)
		if (s[t->off + i] >= '0' && s[t->off + i] <= '9')
			return 0;
	return 1;
}

/* Whether a word ends with ’s or 's. */
static int
possessive(const char *s, const struct qt_tok *t)
{
	const char *w = s + t->off;

	return t->kind == TK_WORD && ((t->len > 4 &&
	    memcmp(w + t->len - 4, "\xE2\x80\x99s", 4) == 0) ||
	    (t->len > 2 && w[t->len - 2] == '\'' && w[t->len - 1] == 's'));
}

/*
 * The name at the end of tokens [b, e): returns the index where it
 * starts (== e when there is none).  At most four words and particles.
 */
static size_t
name_start(const char *s, struct qt_tok *t, size_t b, size_t e)
{
	size_t i = e, words = 0, k;

	while (i > b && words < 4) {
		struct qt_tok *k = &t[i - 1];

		/* "Labour’s Denise Okoro": the possessive is no name. */
		if (i < e && possessive(s, k))
			break;
		if (name_tok(s, k)) {
			i--;
			words++;
		} else if (i < e && i - 1 > b && k->kind == TK_WORD &&
		    !(k->flags & TF_CAP) && is_particle(s + k->off, k->len) &&
		    name_tok(s, &t[i - 2]))
			i--;
		else
			break;
	}
	/* "Bureau of Statistics", "Ministry of Public Housing": no name. */
	if (i < e && i > b && t[i - 1].kind == TK_WORD &&
	    !(t[i - 1].flags & TF_CAP) && (qt_lex_is(s + t[i - 1].off,
	    t[i - 1].len, "of") || qt_lex_is(s + t[i - 1].off, t[i - 1].len,
	    "for")))
		return e;
	/* "Senior Coroner David Ridley-Shaw": a given name after other
	 * words starts the name. */
	for (k = i + 1; k + 1 < e; k++)
		if ((qt_tok_lex(s, &t[k]) & (QL_FIRST_M | QL_FIRST_F)) &&
		    !(qt_tok_lex(s, &t[k - 1]) & (QL_FIRST_M | QL_FIRST_F)) &&
		    !is_particle(s + t[k - 1].off, t[k - 1].len)) {
			i = k;
			break;
		}
	/* "Forward Tavita Leone-Price": a sentence's first word that
	 * says what the person is. */
	if (e - i >= 3 && (t[i].flags & TF_SENT) && (qt_tok_lex(s, &t[i]) &
	    QL_EPITHET))
		i++;
	return i;
}

/* Bytes of tokens [b, e) as written, with a trailing ’s cut. */
static void
tok_span(const char *s, const struct qt_tok *t, size_t b, size_t e,
    const char **p, size_t *len)
{
	size_t a = t[b].off, z = t[e - 1].off + t[e - 1].len;

	if (z - a >= 4 && memcmp(s + z - 4, "\xE2\x80\x99s", 4) == 0)
		z -= 4;
	else if (z - a >= 2 && s[z - 2] == '\'' && s[z - 1] == 's')
		z -= 2;
	*p = s + a;
	*len = z - a;
}

static int
gender_of(const char *s, struct qt_tok *t, size_t b, size_t e, size_t nb)
{
	size_t i;
	uint32_t lx;

	for (i = b; i < e; i++) {
		lx = qt_tok_lex(s, &t[i]);
		if (lx & QL_FEMALE)
			return 'f';
		if (lx & QL_MALE)
			return 'm';
	}
	if (nb < e) {
		lx = qt_tok_lex(s, &t[nb]);
		if ((lx & QL_FIRST_F) && !(lx & QL_FIRST_M))
			return 'f';
		if ((lx & QL_FIRST_M) && !(lx & QL_FIRST_F))
			return 'm';
	}
	return 0;
}

/* Whether tokens [b, e) hold a word of class bits. */
static int
has_class(const char *s, struct qt_tok *t, size_t b, size_t e, uint32_t bits)
{
	size_t i;

	for (i = b; i < e; i++)
		if (qt_tok_lex(s, &t[i]) & bits)
			return 1;
	return 0;
}

/*
 * Find or add the person named by tokens [nb, e), with role words in
 * [b, nb).  evidence: the caller knows it is a person.  Returns the
 * entity, or -1.
 */
static int
person(struct qt_doc *d, const char *s, struct qt_tok *t, size_t b,
    size_t nb, size_t e, int evidence, const char *role, size_t rlen)
{
	const char *name;
	size_t nlen;
	int idx, g, weak;

	if (nb >= e)
		return -1;
	tok_span(s, t, nb, e, &name, &nlen);
	if (nlen == 0)
		return -1;
	idx = ekey_get(d, fold_hash(name, nlen, e - nb == 1 ? H_TOK : H_FULL));
	if (idx < 0 && e - nb == 1)
		idx = ekey_get(d, fold_hash(name, nlen, H_FULL));
	if (idx >= 0 && d->ents[idx].org)
		return -1;
	if (idx < 0) {
		weak = !evidence && !has_class(s, t, b, nb, QL_ROLE | QL_MALE |
		    QL_FEMALE) && !(e - nb >= 2 &&
		    (qt_tok_lex(s, &t[nb]) & (QL_FIRST_M | QL_FIRST_F)));
		/*
		 * "Kofi Mensah and Ama Owusu met": two unknown capitalised
		 * words may be a person, or "Hong Kong".  Kept weak, they
		 * answer no pronoun until a cue shows them speaking.
		 */
		if (weak && (e - nb < 2 || e - nb > 3))
			return -1;
		idx = ent_add(d, name, nlen, ENT_PERSON);
		if (idx < 0)
			return -1;
		d->ents[idx].weak = weak;
	} else if (evidence)
		d->ents[idx].weak = 0;
	g = gender_of(s, t, b, e, nb);
	if (g != 0 && d->ents[idx].gender == 0)
		d->ents[idx].gender = g;
	if (rlen == 0 && nb > b && has_class(s, t, b, nb, QL_ROLE))
		tok_span(s, t, b, nb, &role, &rlen);
	if (rlen > 0)
		ent_set_role(d, idx, role, rlen);
	return idx;
}

static int	by_role(struct qt_doc *, const char *, size_t);
static size_t	skip_det(const char *, struct qt_tok *, size_t, size_t);

/* A copula or auxiliary: the name before it is a subject. */
static int
aux_word(const char *w, size_t len)
{
	static const char *const aux[] = { "is", "was", "are", "were", "has",
	    "had", "have", "will", "would", "could", "can", "did", "does",
	    "also", "later", "then" };
	size_t i;

	if (len > 5)
		return 0;
	for (i = 0; i < sizeof(aux) / sizeof(aux[0]); i++)
		if (strlen(aux[i]) == len && memcmp(aux[i], w, len) == 0)
			return 1;
	return 0;
}

/* Whether the token after a mention makes it a subject. */
static int
subject_after(const char *s, struct qt_tok *t, size_t i, size_t ntok)
{
	uint32_t lx;

	if (i >= ntok || t[i].kind != TK_WORD || (t[i].flags & TF_CAP))
		return i < ntok && t[i].kind == TK_PUNCT && t[i].ch == ',';
	lx = qt_tok_lex(s, &t[i]);
	if (lx & QL_VERB)
		return 1;
	/* "Hutchins was noncommittal", "Reyes has said" */
	if (aux_word(s + t[i].off, t[i].len))
		return 1;
	return !(lx & (QL_FUNC | QL_PREP | QL_DET | QL_ROLE | QL_ORG));
}

static int
lower_word(const struct qt_tok *t)
{
	return t->kind == TK_WORD && !(t->flags & TF_CAP);
}

static int
comma(const struct qt_tok *t)
{
	return t->kind == TK_PUNCT && t->ch == ',';
}

/*
 * "The state's emergency management director, Karen Liu, said": the role
 * phrase that ends at the comma before a name, going back from e.
 */
static size_t
role_before(const char *s, struct qt_tok *t, size_t lo, size_t e)
{
	size_t i = e;

	if (i <= lo || !lower_word(&t[i - 1]) ||
	    !(qt_tok_lex(s, &t[i - 1]) & QL_ROLE))
		return e;
	while (i > lo && e - i < 8 && t[i - 1].kind == TK_WORD &&
	    !(qt_tok_lex(s, &t[i - 1]) & (QL_DET | QL_VERB | QL_STOPNP)) &&
	    (!lower_word(&t[i - 1]) || (qt_tok_lex(s, &t[i - 1]) & (QL_ROLE |
	    QL_MOD | QL_PLACE | QL_ORG | QL_PREP)) ||
	    (i >= 2 && lower_word(&t[i - 1]) && i - 1 > lo &&
	    t[i - 2].kind == TK_WORD)))
		i--;
	while (i < e && (qt_tok_lex(s, &t[i]) & (QL_PREP | QL_FUNC)) &&
	    !(t[i].flags & TF_CAP))
		i++;
	/* Only an opening phrase: "The director, Karen Liu," not "after
	 * talks with the leader, Okonjo". */
	if (i < e && !(t[i].flags & TF_SENT) && !(i > lo &&
	    (t[i - 1].flags & TF_SENT) && (qt_tok_lex(s, &t[i - 1]) &
	    QL_DET)))
		return e;
	return i;
}

/* ", a transportation analyst at Coastline University,": its end. */
static size_t
role_after(const char *s, struct qt_tok *t, size_t i, size_t to)
{
	size_t j, k;

	if (i >= to || !comma(&t[i]))
		return i;
	for (j = i + 1; j < to && j < i + 5; j++)
		if (qt_tok_lex(s, &t[j]) & QL_ROLE)
			break;
	if (j >= to || j >= i + 5 || t[j].kind != TK_WORD)
		return i;
	for (k = i + 1; k < to && k < i + 16 && t[k].kind == TK_WORD; k++)
		if ((qt_tok_lex(s, &t[k]) & QL_VERB) && lower_word(&t[k]))
			return i;
	return k > j ? k : i;
}

/* Whether a reporting verb follows, perhaps after an appositive. */
static int
verb_follows(const char *s, struct qt_tok *t, size_t i, size_t to)
{
	size_t k;

	/* "Maria, said she": the comma closes an appositive. */
	if (i + 1 < to && comma(&t[i]) && lower_word(&t[i + 1]) &&
	    (qt_tok_lex(s, &t[i + 1]) & QL_VERB))
		return 1;
	if (i < to && comma(&t[i])) {
		for (k = i + 1; k < to && k < i + 20 && !comma(&t[k]); k++)
			if (t[k].kind != TK_WORD)
				return 0;
		if (k >= to || !comma(&t[k]))
			return 0;
		i = k + 1;
	}
	while (i < to && lower_word(&t[i]) && (qt_tok_lex(s, &t[i]) & QL_ADV) &&
	    !(qt_tok_lex(s, &t[i]) & QL_VERB))
		i++;
	return i < to && lower_word(&t[i]) && (qt_tok_lex(s, &t[i]) & QL_VERB);
}

/*
 * "the minister" mentions the newest minister: it keeps that person
 * salient for a later "he".  Returns the token after the phrase.
 */
static size_t
definite(struct qt_doc *d, const char *s, struct qt_tok *t, size_t i,
    size_t to, size_t ntok)
{
	size_t j = i + 1;
	int idx;

	while (j < to && j < i + 4 && lower_word(&t[j]) &&
	    (qt_tok_lex(s, &t[j]) & (QL_MOD | QL_PLACE)) &&
	    !(qt_tok_lex(s, &t[j]) & QL_PERS_ROLE))
		j++;
	if (j >= to || !lower_word(&t[j]) ||
	    !(qt_tok_lex(s, &t[j]) & QL_PERS_ROLE) ||
	    (j + 1 < to && (t[j + 1].flags & TF_CAP)))
		return i + 1;
	idx = by_role(d, s + t[j].off, t[j].len);
	ent_mention(d, idx, d->pos + j + 1, (t[i].flags & TF_SENT) ||
	    subject_after(s, t, j + 1, ntok));
	return j + 1;
}

/*
 * "Okoro said his firm ...": a pronoun in a sentence that has named one
 * person tells that person's gender, when nothing else did.
 */
static int
pronoun_gender(const char *s, size_t len)
{
	static const char *const m[] = { "he", "his", "him", "himself" };
	static const char *const f[] = { "she", "her", "hers", "herself" };
	size_t i;

	for (i = 0; i < 4; i++) {
		if (strlen(m[i]) == len && memcmp(s, m[i], len) == 0)
			return 'm';
		if (strlen(f[i]) == len && memcmp(s, f[i], len) == 0)
			return 'f';
	}
	return 0;
}

static void
learn_gender(struct qt_doc *d, int g)
{
	if (g == 0 || d->sent_n != 1 || d->sent_ent < 0 ||
	    d->ents[d->sent_ent].gender != 0)
		return;
	d->ents[d->sent_ent].gender = g;
}

/* "Greene and Doyle have clashed": Doyle is a subject too. */
static int
coordinated(const char *s, struct qt_tok *t, size_t lo, size_t b)
{
	size_t k;

	if (b < lo + 2 || !qt_lex_is(s + t[b - 1].off, t[b - 1].len, "and"))
		return 0;
	for (k = b - 1; k > lo && (t[k - 1].flags & TF_CAP) &&
	    t[k - 1].kind == TK_WORD && b - k < 6; k--)
		;
	return k < b - 1 && (t[k].flags & TF_SENT);
}

/*
 * A run of capitalised words and role words from i, as "U.S. Secretary
 * of State Dana Whitcombe", widened back over lower-case role words
 * ("top diplomat Lin Meixiu").  Sets [*b, *e); returns where to go on.
 */
static size_t
cap_run(const char *s, struct qt_tok *t, size_t from, size_t to, size_t i,
    size_t *b, size_t *e)
{
	*b = i;
	while (i < to && t[i].kind == TK_WORD &&
	    ((t[i].flags & TF_CAP) || (((qt_tok_lex(s, &t[i]) & QL_ROLE) ||
	    qt_lex_is(s + t[i].off, t[i].len, "of")) && i + 1 < to &&
	    t[i + 1].kind == TK_WORD) || is_particle(s + t[i].off, t[i].len)))
		i++;
	*e = i;
	while (*e > *b && !(t[*e - 1].flags & TF_CAP))
		(*e)--;
	if (*e == *b)
		return i;
	while (*b > from && t[*b - 1].kind == TK_WORD &&
	    !(t[*b - 1].flags & TF_CAP) && (qt_tok_lex(s, &t[*b - 1]) &
	    (QL_ROLE | QL_MOD)) && !(qt_tok_lex(s, &t[*b - 1]) &
	    (QL_FUNC | QL_DET)))
		(*b)--;
	return i;
}

/*
 * A role in an appositive around the name [nb, e): "The director, Karen
 * Liu, said" or "Marta Feld, a transportation analyst,".  Returns 1
 * with the role set when there is one.
 */
static int
appos_role(const char *s, struct qt_tok *t, size_t from, size_t to,
    size_t b, size_t nb, size_t e, const char **role, size_t *rlen)
{
	size_t rb, ae;

	if (nb == b && b > from + 1 && comma(&t[b - 1]) && e < to &&
	    comma(&t[e]) && (rb = role_before(s, t, from, b - 1)) < b - 1) {
		tok_span(s, t, rb, b - 1, role, rlen);
		return 1;
	}
	if ((ae = role_after(s, t, e, to)) > e + 1 &&
	    (rb = skip_det(s, t, e + 1, ae)) < ae) {
		tok_span(s, t, rb, ae, role, rlen);
		return 1;
	}
	return 0;
}

/* Remember the organisation named by tokens [b, e). */
static void
org_mention(struct qt_doc *d, const char *s, struct qt_tok *t, size_t b,
    size_t e)
{
	const char *p;
	size_t len;

	while (b < e && (qt_tok_lex(s, &t[b]) & QL_DET))
		b++;
	if (b >= e)
		return;
	tok_span(s, t, b, e, &p, &len);
	/* "Skyline" after "Skyline Airways": keep the full name. */
	if (d->have_morg && d->morg_len > len && strncasecmp(d->arena.p +
	    d->morg_off, p, len) == 0 && d->arena.p[d->morg_off + len] == ' ') {
		d->morg_para = d->cur_para;
		return;
	}
	d->morg_off = qt_arena_add(d, p, len);
	d->morg_len = len;
	d->morg_para = d->cur_para;
	d->have_morg = 1;
}

/*
 * "customers who tried to leave Nexora faced fees": after a verb or a
 * preposition a name is an object, unless a reporting verb follows it.
 */
static int
object_before(const char *s, struct qt_tok *t, size_t from, size_t b,
    size_t e, size_t to)
{
	static const char *const conj[] = { "and", "but", "or", "that",
	    "while", "when", "as", "because", "after", "before", "since", "if",
	    "although", "though", "so", "then", "where", "whereas", "until",
	    "was", "is", "were", "are" };
	size_t i;

	const char *w;
	size_t n;
	uint32_t lx;

	if (b <= from || !lower_word(&t[b - 1]) || verb_follows(s, t, e, to) ||
	    qt_epithet(s + t[b - 1].off, t[b - 1].len) || (qt_tok_lex(s,
	    &t[b - 1]) & (QL_ROLE | QL_MOD)))
		return 0;
	for (i = 0; i < sizeof(conj) / sizeof(conj[0]); i++)
		if (qt_lex_is(s + t[b - 1].off, t[b - 1].len, conj[i]))
			return 0;
	/* A verb or a preposition before it; "the retired geologist
	 * Gerald Rhodes" is an apposition. */
	w = s + t[b - 1].off;
	n = t[b - 1].len;
	lx = qt_tok_lex(s, &t[b - 1]);
	return (lx & (QL_VERB | QL_PREP | QL_FUNC)) || (n > 3 &&
	    (memcmp(w + n - 2, "ed", 2) == 0 || memcmp(w + n - 3, "ing",
	    3) == 0)) || (b - 1 > from && lower_word(&t[b - 2]) &&
	    qt_lex_is(s + t[b - 2].off, t[b - 2].len, "to"));
}

/* The name [nb, e) with role words [b, nb): remember the person. */
static void
scan_name(struct qt_doc *d, const char *s, struct qt_tok *t, size_t from,
    size_t to, size_t ntok, size_t b, size_t nb, size_t e)
{
	const char *role = "";
	size_t rlen = 0;
	int idx, subj, ev, said;

	ev = verb_follows(s, t, e, to);
	if (appos_role(s, t, from, to, b, nb, e, &role, &rlen))
		ev = 1;
	/* "14-year-old Moussa Diallo", "Diallo, 23,": a person's age. */
	if ((b > from && t[b - 1].kind == TK_WORD && qt_epithet(s +
	    t[b - 1].off, t[b - 1].len)) || (e + 2 < to && comma(&t[e]) &&
	    t[e + 1].kind == TK_WORD && s[t[e + 1].off] >= '1' &&
	    s[t[e + 1].off] <= '9' && t[e + 1].len <= 3 && comma(&t[e + 2])))
		ev = 1;
	said = ev;
	/* "Taiwan said": no person; "Maria said": a given name is. */
	if (e - nb < 2 && ev && rlen == 0 && !(qt_tok_lex(s, &t[nb]) &
	    (QL_FIRST_M | QL_FIRST_F)))
		ev = 0;
	subj = (t[b].flags & TF_SENT) || (subject_after(s, t, e, ntok) &&
	    !object_before(s, t, from, b, e, to)) ||
	    coordinated(s, t, from, b);
	/* "Skyline said": a name alone that is no one's yet. */
	if (e - nb == 1 && nb == b && said && rlen == 0 && !(qt_tok_lex(s,
	    &t[nb]) & (QL_FIRST_M | QL_FIRST_F)) && ekey_get(d,
	    fold_hash(s + t[nb].off, t[nb].len, H_TOK)) < 0)
		org_mention(d, s, t, b, e);
	idx = person(d, s, t, b, nb, e, ev, role, rlen);
	/* "Mensah said", "Owusu disagreed": a surname alone. */
	if (idx >= 0 && (said || e - nb == 1))
		d->ents[idx].weak = 0;
	ent_mention(d, idx, d->pos + e, subj);
	if (idx >= 0 && idx != d->sent_ent) {
		d->sent_n++;
		d->sent_ent = idx;
	}
}

/*
 * "A spokesman for the rebel delegation, speaking on condition of
 * anonymity, said ...": an unnamed person who speaks, remembered by the
 * description so that "the spokesman" finds it later.  Returns the
 * token after the description.
 */
static size_t
indefinite(struct qt_doc *d, const char *s, struct qt_tok *t, size_t i,
    size_t to)
{
	size_t j = i + 1, k, a, z;
	int idx;

	while (j < to && j < i + 4 && lower_word(&t[j]) &&
	    (qt_tok_lex(s, &t[j]) & (QL_MOD | QL_PLACE)) &&
	    !(qt_tok_lex(s, &t[j]) & QL_PERS_ROLE))
		j++;
	if (j >= to || !lower_word(&t[j]) ||
	    !(qt_tok_lex(s, &t[j]) & QL_PERS_ROLE))
		return i + 1;
	k = j + 1;
	if (k < to && t[k].kind == TK_WORD && (qt_lex_is(s + t[k].off,
	    t[k].len, "for") || qt_lex_is(s + t[k].off, t[k].len, "of")))
		for (k++; k < to && k < j + 9 && t[k].kind == TK_WORD &&
		    !(lower_word(&t[k]) && (qt_tok_lex(s, &t[k]) &
		    (QL_VERB | QL_STOPNP))); k++)
			;
	if (!verb_follows(s, t, k, to))
		return k;
	a = t[i].off;
	z = t[k - 1].off + t[k - 1].len;
	idx = ent_add(d, s + a, z - a, ENT_DESCR);
	if (idx < 0)
		return k;
	ent_set_role(d, idx, s + t[j].off, t[j].len);
	d->ents[idx].gender = (qt_tok_lex(s, &t[j]) & QL_FEMALE) ? 'f' :
	    (qt_tok_lex(s, &t[j]) & QL_MALE) ? 'm' : 0;
	ent_mention(d, idx, d->pos + k, 1);
	return k;
}

/*
 * Whether the pronoun at i likely means the sentence's one person: a
 * possessive before a noun ("his plan", "her team"), or a subject right
 * after a reporting verb ("said she would").  Objects ("approached
 * him") never do, and a pronoun deeper in the sentence ("said that
 * she", "in which he") too often means someone else.
 */
static int
gender_cue(const char *s, struct qt_tok *t, size_t i, size_t to)
{
	const char *w = s + t[i].off;
	size_t n = t[i].len;

	if (qt_lex_is(w, n, "his") || qt_lex_is(w, n, "her"))
		return i + 1 < to && t[i + 1].kind == TK_WORD &&
		    !(qt_tok_lex(s, &t[i + 1]) & (QL_FUNC | QL_DET | QL_PREP |
		    QL_ADV | QL_VERB));
	if (qt_lex_is(w, n, "he") || qt_lex_is(w, n, "she"))
		return i > 0 && t[i - 1].kind == TK_WORD &&
		    lower_word(&t[i - 1]) && (qt_tok_lex(s, &t[i - 1]) &
		    QL_VERB);
	return 0;
}

void
qt_ent_scan(struct qt_doc *d, const char *s, struct qt_tok *t, size_t from,
    size_t to, size_t ntok)
{
	size_t i = from, b, e, nb;

	while (i < to) {
		if (t[i].flags & TF_SENT)
			d->sent_ent = -1, d->sent_n = 0;
		if (t[i].kind == TK_WORD && !(t[i].flags & TF_CAP) &&
		    (s[t[i].off] == 'h' || s[t[i].off] == 's') &&
		    t[i].len <= 7) {
			/* Only "his plan", "said she would": not "said
			 * that she", "approached him", "in which he". */
			if (gender_cue(s, t, i, to))
				learn_gender(d, pronoun_gender(s + t[i].off,
				    t[i].len));
			i++;
			continue;
		}
		if (t[i].kind == TK_WORD && t[i].len == 3 &&
		    (s[t[i].off] | 0x20) == 't' && (s[t[i].off + 1] | 0x20) ==
		    'h' && (s[t[i].off + 2] | 0x20) == 'e') {
			i = definite(d, s, t, i, to, ntok);
			continue;
		}
		if (t[i].kind == TK_WORD && (s[t[i].off] | 0x20) == 'a' &&
		    (t[i].len == 1 || (t[i].len == 2 &&
		    (s[t[i].off + 1] | 0x20) == 'n'))) {
			i = indefinite(d, s, t, i, to);
			continue;
		}
		if (t[i].kind != TK_WORD || !(t[i].flags & TF_CAP)) {
			i++;
			continue;
		}
		i = cap_run(s, t, from, to, i, &b, &e);
		/* "Institute for Fiscal Studies": the tail of a name. */
		if (b >= 2 && lower_word(&t[b - 1]) && (t[b - 2].flags &
		    TF_CAP) && t[b - 2].kind == TK_WORD &&
		    (qt_lex_is(s + t[b - 1].off, t[b - 1].len, "for") ||
		    qt_lex_is(s + t[b - 1].off, t[b - 1].len, "of")))
			continue;
		if (e > b && (nb = name_start(s, t, b, e)) < e)
			scan_name(d, s, t, from, to, ntok, b, nb, e);
		else if (e > b + 1 && has_class(s, t, b, e, QL_ORG) &&
		    !has_class(s, t, b, e, QL_ROLE | QL_PERS_ROLE))
			org_mention(d, s, t, b, e);
	}
}

/* Whether the role string r holds the word w (any case). */
static int
role_has(const char *r, size_t rlen, const char *w, size_t wlen)
{
	size_t j;

	for (j = 0; j + wlen <= rlen; j++)
		if (strncasecmp(r + j, w, wlen) == 0 &&
		    (j == 0 || r[j - 1] == ' ') &&
		    (j + wlen == rlen || r[j + wlen] == ' ' ||
		    r[j + wlen] == '-'))
			return 1;
	return 0;
}

/*
 * The newest person whose role holds the word head; one whose role also
 * holds the modifier ("the foreign minister") wins over one whose role
 * does not.  mod may be NULL.
 */
static int
by_role2(struct qt_doc *d, const char *head, size_t hlen, const char *mod,
    size_t mlen)
{
	size_t i, best_pos = 0, when;
	int best = -1, score, best_score = 0;

	for (i = 0; i < d->nent; i++) {
		const struct qt_ent *e = &d->ents[i];
		const char *r = d->arena.p + e->role_off;

		if (e->org || e->role_len < hlen ||
		    !role_has(r, e->role_len, head, hlen))
			continue;
		score = 1 + (mod != NULL && role_has(r, e->role_len, mod, mlen));
		when = e->last > e->last_spoke ? e->last : e->last_spoke;
		if (score > best_score || (score == best_score &&
		    when >= best_pos)) {
			best = (int)i;
			best_pos = when;
			best_score = score;
		}
	}
	return best;
}

static int
by_role(struct qt_doc *d, const char *head, size_t hlen)
{
	return by_role2(d, head, hlen, NULL, 0);
}

static void
set_out(struct qt_doc *d, struct qt_span *sp, const char *spk, size_t slen,
    const char *role, size_t rlen, const char *stx, size_t stlen)
{
	sp->spk_off = qt_arena_add(d, spk, slen);
	sp->spk_len = slen;
	sp->role_off = qt_arena_add(d, role, rlen);
	sp->role_len = rlen;
	sp->stx_off = qt_arena_add(d, stx, stlen);
	sp->stx_len = stlen;
}

/* Speaker and role from entity idx. */
static void
set_ent(struct qt_doc *d, struct qt_span *sp, int idx, const char *stx,
    size_t stlen, const char *role, size_t rlen)
{
	struct qt_ent *e = &d->ents[idx];
	struct buf tmp = BUF_INIT;

	/* The arena may move while we copy from it: copy out first. */
	buf_add(&tmp, ent_name(d, e), e->name_len);
	if (rlen == 0 && e->role_len > 0) {
		buf_add(&tmp, d->arena.p + e->role_off, e->role_len);
		set_out(d, sp, tmp.p, e->name_len, tmp.p + e->name_len,
		    e->role_len, stx, stlen);
	} else
		set_out(d, sp, tmp.p, e->name_len, role, rlen, stx, stlen);
	buf_free(&tmp);
	sp->ent = idx;
}

/*
 * The person a pronoun of gender want (0: either) means: the newest
 * mentioned as a subject or quoted, before the cue.
 */
static int
antecedent_in(struct qt_doc *d, int want, int weak_ok, int any)
{
	size_t i, when, best_when = 0;
	int best = -1;

	for (i = 0; i < d->nent; i++) {
		const struct qt_ent *e = &d->ents[i];

		if (e->org || (e->weak && !weak_ok) || (want != 0 &&
		    e->gender != 0 && e->gender != want))
			continue;
		/* A name never seen speaking counts as a subject only. */
		if (e->weak && e->last_subj == 0)
			continue;
		when = e->last_subj < d->limit ? e->last_subj : 0;
		if (any && e->last > when && e->last < d->limit)
			when = e->last;
		if (e->last_spoke > when && e->last_spoke < d->limit)
			when = e->last_spoke;
		if (when >= best_when && when > 0) {
			best = (int)i;
			best_when = when;
		}
	}
	return best;
}

/*
 * The person a pronoun means; failing a named speaker, a name that has
 * only been a subject ("Mira Castellane is sitting in a café").
 */
static int
antecedent(struct qt_doc *d, int want)
{
	int best = antecedent_in(d, want, 0, 0);
	int weak = antecedent_in(d, want, 1, 0);

	/*
	 * "His counterpart, Mairi Gougeon-Reid, was unconvinced. ‘...,’
	 * she said": a name without evidence, but the subject of this
	 * paragraph, beats one named before it.
	 */
	if (best < 0 || (weak >= 0 && weak != best &&
	    d->ents[weak].last_subj >= d->pos))
		return weak;
	return best;
}

/*
 * "the 74-year-old", "the Swede": the person named last, subject or
 * not ("The award went to Bill Nighy").
 */
static int
antecedent_last(struct qt_doc *d, int want)
{
	int best = antecedent_in(d, want, 0, 1);

	return best >= 0 ? best : antecedent_in(d, want, 1, 1);
}

int
qt_ent_pronoun(struct qt_doc *d, struct qt_span *sp, const char *s,
    const struct qt_tok *t)
{
	uint32_t lx = qt_lex(s + t->off, t->len);
	int want = (lx & QL_PRON_F) ? 'f' : (lx & QL_PRON_M) ? 'm' : 0;
	int best;

	/*
	 * "it said", "they said": the organisation or group quoted last,
	 * if recently.  An unresolved pronoun is still the cue's speaker:
	 * unknown.
	 */
	if (want == 0) {
		if (d->have_org && d->org_para + 3 >= d->cur_para) {
			struct buf tmp = BUF_INIT;

			buf_add(&tmp, d->arena.p + d->org_off, d->org_len);
			set_out(d, sp, tmp.p, tmp.len, "", 0, s + t->off,
			    t->len);
			buf_free(&tmp);
		} else
			set_out(d, sp, "", 0, "", 0, s + t->off, t->len);
		return 1;
	}
	best = antecedent(d, want);
	if (best < 0) {
		set_out(d, sp, "", 0, "", 0, s + t->off, t->len);
		return 1;
	}
	if (d->ents[best].gender == 0 && !d->trial)
		d->ents[best].gender = want;
	set_ent(d, sp, best, s + t->off, t->len, "", 0);
	return 1;
}

/* Whether tokens [b, e) hold a capitalised word past the first. */
static int
cap_in(const struct qt_tok *t, size_t b, size_t e)
{
	size_t i;

	for (i = b; i < e; i++)
		if ((t[i].flags & TF_CAP) && !(i == b && (t[i].flags &
		    TF_SENT)))
			return 1;
	return 0;
}

int
qt_ent_top(struct qt_doc *d, struct qt_span *sp)
{
	size_t i, most = 0;
	int best = -1;
	struct buf tmp = BUF_INIT;

	for (i = 0; i < d->nent; i++)
		if (!d->ents[i].org && d->ents[i].nspoke > most &&
		    d->ents[i].nspoke > 0) {
			most = d->ents[i].nspoke;
			best = (int)i;
		}
	if (best < 0)
		return 0;
	buf_add(&tmp, ent_name(d, &d->ents[best]), d->ents[best].name_len);
	set_ent(d, sp, best, tmp.p, tmp.len, "", 0);
	buf_free(&tmp);
	return 1;
}

/* Drop leading determiners and "according to" from [*b, e). */
static void
trim_front(const char *s, struct qt_tok *t, size_t *b, size_t e)
{
	while (*b < e && t[*b].kind == TK_WORD &&
	    (qt_lex_is(s + t[*b].off, t[*b].len, "according") ||
	    qt_lex_is(s + t[*b].off, t[*b].len, "to")))
		(*b)++;
}

/* A speaker phrase being reduced, and what is known of it so far. */
struct phrase {
	struct qt_doc	*d;
	struct qt_span	*sp;
	const char	*s;
	struct qt_tok	*t;
	size_t		 b, e;		/* the phrase */
	size_t		 nb;		/* where its name starts, e if none */
	struct qt_tok	*appos;		/* ", the harbour master," */
	size_t		 nappos;
	const char	*stx, *role;
	size_t		 stlen, rlen;
	int		 aff;		/* role is an affiliation "of X" */
	int		 noname;	/* a noun heads it: "a patient at X" */
	int		 the;		/* it opens with "the" */
	int		 demonym;	/* "the Swede" */
};

/*
 * "Ben Okoro of Marlowe Research": the name ends at the preposition and
 * the rest is his affiliation; "a patient at St Anne's": a name after
 * the preposition is no speaker.  Then find where the name starts.
 */
static void
phrase_split(struct phrase *ph)
{
	const char *s = ph->s;
	struct qt_tok *t = ph->t;
	size_t k;

	for (k = ph->b + 1; k < ph->e; k++) {
		if (t[k].kind != TK_WORD || (t[k].flags & TF_CAP) ||
		    !(qt_tok_lex(s, &t[k]) & QL_PREP))
			continue;
		if (name_start(s, t, ph->b, k) < k) {
			if (ph->rlen == 0 && ph->nappos == 0 && k + 1 < ph->e) {
				tok_span(s, t, k + 1, ph->e, &ph->role,
				    &ph->rlen);
				ph->aff = 1;
			}
			ph->e = k;
			break;
		}
		if (!(t[k - 1].flags & TF_CAP)) {
			ph->noname = 1;
			break;
		}
	}
	ph->nb = ph->noname ? ph->e : name_start(s, t, ph->b, ph->e);
	/* "the Swede" is no one's name: an epithet, unless known. */
	ph->the = qt_lex_is(s + t[ph->b].off, t[ph->b].len, "the");
	if (ph->the && ph->nb + 1 == ph->e && ph->nb == ph->b + 1 &&
	    ekey_get(ph->d, fold_hash(s + t[ph->nb].off, t[ph->nb].len,
	    H_TOK)) < 0) {
		ph->nb = ph->e;
		ph->demonym = 1;
	}
}

/* First index in [b, e) past the determiners. */
static size_t
skip_det(const char *s, struct qt_tok *t, size_t b, size_t e)
{
	while (b < e && (qt_tok_lex(s, &t[b]) & QL_DET))
		b++;
	return b;
}

/* "McIlroy-Bain's caddie": a possessive, then lower-case nouns. */
static int
owner_noun(const char *s, struct qt_tok *t, size_t b, size_t e)
{
	size_t k;

	for (k = b; k + 1 < e; k++)
		if (possessive(s, &t[k]))
			break;
	if (k + 1 >= e)
		return 0;
	for (k++; k < e; k++)
		if (t[k].kind != TK_WORD || (t[k].flags & TF_CAP) ||
		    (qt_tok_lex(s, &t[k]) & (QL_FUNC | QL_VERB)))
			return 0;
	return 1;
}

/*
 * "Biden's spokeswoman, Karine Jean-Pierre, said": the name is in the
 * appositive, the role before it.
 */
static int
speak_appos(struct phrase *ph)
{
	const char *s = ph->s;
	struct qt_tok *t = ph->t;
	size_t rb, na, k;
	int idx;

	if (ph->nappos == 0 || ph->nappos > 6 || (ph->nb < ph->e &&
	    !has_class(s, t, ph->nb, ph->e, QL_ORG)) ||
	    (na = name_start(s, ph->appos, 0, ph->nappos)) >= ph->nappos ||
	    ph->nappos - na > 4 || !(has_class(s, t, ph->b, ph->e, QL_ROLE) ||
	    owner_noun(s, t, ph->b, ph->e)))
		return 0;
	/* ", Dr Amara Okonkwo-Reid,": titles before the name. */
	for (k = 0; k < na; k++)
		if (!(ph->appos[k].flags & TF_CAP) || !(qt_tok_lex(s,
		    &ph->appos[k]) & (QL_ROLE | QL_MALE | QL_FEMALE)))
			return 0;
	rb = skip_det(s, t, ph->b, ph->e);
	if (rb < ph->e)
		tok_span(s, t, rb, ph->e, &ph->role, &ph->rlen);
	idx = person(ph->d, s, ph->appos, 0, na, ph->nappos, 1, ph->role,
	    ph->rlen);
	if (idx < 0) {
		ph->rlen = 0;
		return 0;
	}
	ent_mention(ph->d, idx, ph->d->limit, 1);
	set_ent(ph->d, ph->sp, idx, ph->stx, ph->stlen, ph->role, ph->rlen);
	return 1;
}

/* A person named in the phrase, with the title before the name. */
static int
speak_person(struct phrase *ph)
{
	const char *s = ph->s;
	struct qt_tok *t = ph->t;
	size_t rb;
	int idx;

	if (ph->nb >= ph->e || has_class(s, t, ph->nb, ph->e, QL_ORG))
		return 0;
	rb = skip_det(s, t, ph->b, ph->nb);
	if (rb < ph->nb && (ph->rlen == 0 || ph->aff) &&
	    has_class(s, t, rb, ph->nb, QL_ROLE))
		tok_span(s, t, rb, ph->nb, &ph->role, &ph->rlen);
	idx = person(ph->d, s, t, ph->b, ph->nb, ph->e, 1, "", 0);
	if (idx < 0)
		return 0;
	if (ph->d->ents[idx].role_len == 0 && ph->rlen > 0)
		ent_set_role(ph->d, idx, ph->role, ph->rlen);
	ent_mention(ph->d, idx, ph->d->limit, 1);
	set_ent(ph->d, ph->sp, idx, ph->stx, ph->stlen, ph->role, ph->rlen);
	return 1;
}

/* A noun for a public body, which no company name answers. */
static int
org_public(const char *w, size_t len)
{
	return (len == 7 && strncasecmp(w, "council", 7) == 0) ||
	    (len == 9 && strncasecmp(w, "regulator", 9) == 0) ||
	    (len == 8 && strncasecmp(w, "watchdog", 8) == 0);
}

/* The last word of a public body's name. */
static int
org_body(const char *w, size_t len)
{
	static const char *const body[] = { "authority", "commission",
	    "agency", "office", "board", "bureau", "council", "regulator",
	    "ofcom", "ofwat", "ofgem", "sec", "ftc", "fca" };
	size_t i;

	for (i = 0; i < sizeof(body) / sizeof(body[0]); i++)
		if (strlen(body[i]) == len && strncasecmp(body[i], w,
		    len) == 0)
			return 1;
	return 0;
}

/* A common noun that stands for a company or body named before. */
static int
org_noun(const char *w, size_t len)
{
	static const char *const nouns[] = { "company", "firm", "airline",
	    "carrier", "bank", "group", "retailer", "carmaker", "automaker",
	    "club", "lender", "insurer", "manufacturer", "maker", "giant",
	    "chain", "operator", "supermarket", "charity", "startup",
	    "conglomerate", "corporation", "business", "brand", "network",
	    "broadcaster", "publisher", "council", "regulator", "watchdog" };
	size_t i;

	/* "the company's filing" */
	if (len > 4 && memcmp(w + len - 4, "\xE2\x80\x99s", 4) == 0)
		len -= 4;
	else if (len > 2 && w[len - 2] == '\'' && w[len - 1] == 's')
		len -= 2;
	for (i = 0; i < sizeof(nouns) / sizeof(nouns[0]); i++)
		if (strlen(nouns[i]) == len && strncasecmp(nouns[i], w,
		    len) == 0)
			return 1;
	return 0;
}

/*
 * Whether the organisation remembered can be "the company": its last
 * word is no kind of body ("Nexora"), a company's ("Inc.", "Airways"),
 * or the noun itself ("the council" for "Leeds City Council").
 */
static int
org_fits(struct qt_doc *d, const char *head, size_t hlen)
{
	static const char *const firm[] = { "inc", "inc.", "corp", "corp.",
	    "co", "co.", "ltd", "ltd.", "plc", "llc", "group", "company",
	    "airline", "airlines", "airways", "bank", "holdings", "ag", "sa",
	    "foods", "motors", "systems", "technologies", "industries" };
	const char *n = d->arena.p + d->morg_off, *w;
	size_t len = d->morg_len, k, wlen;

	for (k = len; k > 0 && n[k - 1] != ' '; k--)
		;
	w = n + k;
	wlen = len - k;
	if (wlen == hlen && strncasecmp(w, head, hlen) == 0)
		return 1;
	/* "the regulator" for the Financial Conduct Authority */
	if (org_public(head, hlen))
		return org_body(w, wlen);
	for (k = 0; k < sizeof(firm) / sizeof(firm[0]); k++)
		if (strlen(firm[k]) == wlen && strncasecmp(firm[k], w,
		    wlen) == 0)
			return !org_public(head, hlen);
	return !(qt_lex(w, wlen) & QL_ORG) && !org_public(head, hlen);
}

/*
 * No name: "the minister" is the newest minister named, "the Norwegian"
 * or "the 24-year-old" the person just named, "China’s state-owned news
 * agency Xinhua" is Xinhua, and anything else stays as written.
 */
static void
speak_nameless(struct phrase *ph)
{
	const char *s = ph->s, *head, *name;
	struct qt_tok *t = ph->t;
	size_t b = ph->b, e = ph->e, hlen, nb, rb, nlen;
	uint32_t hlx = qt_tok_lex(s, &t[e - 1]);
	int idx;

	head = s + t[e - 1].off;
	hlen = t[e - 1].len;
	/* "the company said": the organisation named lately. */
	if (ph->the && e - b == 2 && !(t[e - 1].flags & TF_CAP) &&
	    ph->d->have_morg && ph->d->morg_para + 6 >= ph->d->cur_para &&
	    org_noun(head, hlen) && org_fits(ph->d, head, hlen)) {
		struct buf tmp = BUF_INIT;

		buf_add(&tmp, ph->d->arena.p + ph->d->morg_off,
		    ph->d->morg_len);
		set_out(ph->d, ph->sp, tmp.p, tmp.len, "", 0, ph->stx,
		    ph->stlen);
		buf_free(&tmp);
		return;
	}
	/* "the minister", and "counsel said" with no article */
	if ((ph->the || (e - b == 1 && !(t[b].flags & TF_CAP))) &&
	    (hlx & QL_PERS_ROLE) && ((idx = by_role2(ph->d, head, hlen,
	    e - b >= 3 ? s + t[e - 2].off : NULL, e - b >= 3 ?
	    t[e - 2].len : 0)) >= 0 || (hlen == 5 && strncasecmp(head,
	    "judge", 5) == 0 && (idx = by_role(ph->d, "Justice", 7)) >= 0))) {
		set_ent(ph->d, ph->sp, idx, ph->stx, ph->stlen, "", 0);
		return;
	}
	if (ph->the && e - b <= 3 && (ph->demonym || qt_epithet(head,
	    hlen)) && !(hlx & QL_ORG) && (idx = antecedent_last(ph->d,
	    (hlx & QL_FEMALE) ? 'f' : (hlx & QL_MALE) ? 'm' : 0)) >= 0) {
		set_ent(ph->d, ph->sp, idx, ph->stx, ph->stlen, "", 0);
		return;
	}
	for (nb = e; nb > b && (t[nb - 1].flags & TF_CAP) &&
	    !(qt_tok_lex(s, &t[nb - 1]) & QL_FUNC); nb--)
		;
	rb = skip_det(s, t, b, nb);
	if (!ph->noname && nb > rb && nb < e && !(t[nb - 1].flags & TF_CAP) &&
	    !(qt_tok_lex(s, &t[nb - 1]) & QL_PREP)) {
		tok_span(s, t, nb, e, &name, &nlen);
		if (ph->rlen == 0)
			tok_span(s, t, rb, nb, &ph->role, &ph->rlen);
		set_out(ph->d, ph->sp, name, nlen, ph->role, ph->rlen, ph->stx,
		    ph->stlen);
		return;
	}
	set_out(ph->d, ph->sp, ph->stx, ph->stlen, ph->role, ph->rlen,
	    ph->stx, ph->stlen);
}

int
qt_ent_speaker(struct qt_doc *d, struct qt_span *sp, const char *s,
    const struct qt_tok *ct, size_t n, const struct qt_tok *appos,
    size_t nappos)
{
	struct phrase ph;
	struct qt_tok *t = (struct qt_tok *)ct;

	memset(&ph, 0, sizeof(ph));
	ph.d = d;
	ph.sp = sp;
	ph.s = s;
	ph.t = t;
	ph.e = n;
	ph.role = "";
	ph.appos = (struct qt_tok *)appos;
	ph.nappos = nappos;
	trim_front(s, t, &ph.b, ph.e);
	/* "The State Department statement" speaks for the department. */
	while (ph.e > ph.b + 1 && (qt_tok_lex(s, &t[ph.e - 1]) &
	    QL_NOUN_SAY) && !(t[ph.e - 1].flags & TF_CAP))
		ph.e--;
	if (ph.b >= ph.e)
		return 0;
	/* "the statement said", "a joint statement": no source named. */
	if (ph.e < n && (qt_tok_lex(s, &t[ph.e]) & QL_NOUN_SAY) &&
	    !has_class(s, t, ph.b, ph.e, QL_ROLE | QL_GROUP | QL_ORG |
	    QL_PERS_ROLE | QL_PRON_M | QL_PRON_F | QL_PRON_P) &&
	    !cap_in(t, ph.b, ph.e))
		return 0;
	ph.stx = s + t[ph.b].off;
	ph.stlen = t[ph.e - 1].off + t[ph.e - 1].len - t[ph.b].off;
	if (ph.e - ph.b == 1 && (qt_tok_lex(s, &t[ph.b]) &
	    (QL_PRON_M | QL_PRON_F | QL_PRON_P)))
		return qt_ent_pronoun(d, sp, s, &t[ph.b]);
	phrase_split(&ph);
	if (speak_appos(&ph))
		return 1;
	if (!ph.aff && nappos > 0 && nappos <= 24 && has_class(s, ph.appos,
	    0, nappos < 4 ? nappos : 4, QL_ROLE))
		tok_span(s, ph.appos, 0, nappos, &ph.role, &ph.rlen);
	if (!speak_person(&ph))
		speak_nameless(&ph);
	return 1;
}
