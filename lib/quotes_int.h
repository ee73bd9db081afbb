/*
 * quotes_int: the pieces of quotes.c shared by its modules.  Not a
 * public interface; only lib/quotes*.c include it.
 *
 *   quotes.c	the document buffer, quote-mark scanning and pairing
 *   quotes_attr.c	tokens and the attribution patterns
 *   quotes_ent.c	speaker phrases reduced to name and role, and the
 *		discourse memory that resolves pronouns and short references
 *   quotes_lex.c	the word lists (reporting verbs, roles, ...)
 *
 * Offsets are byte offsets into a paragraph's copy; paragraphs are
 * indexed in the order they were added.  Strings made during attribution
 * (speaker, role) live in the document's arena, addressed by offset
 * because the arena may move when it grows.
 */
#ifndef NU_QUOTES_INT_H
#define NU_QUOTES_INT_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/* Word classes, from qt_lex(). */
#define QL_VERB		0x00000001u	/* reporting verb, any tense */
#define QL_ROLE		0x00000002u	/* person's title or function */
#define QL_ORG		0x00000004u	/* word that makes a name an organisation */
#define QL_DET		0x00000008u	/* the, a, one ... */
#define QL_PRON_M	0x00000010u
#define QL_PRON_F	0x00000020u
#define QL_PRON_P	0x00000040u	/* they */
#define QL_FUNC		0x00000080u	/* function word: never part of a name */
#define QL_MOD		0x00000100u	/* modifier allowed in a speaker phrase */
#define QL_ADV		0x00000200u	/* may stand between subject and verb */
#define QL_FIRST_M	0x00000400u	/* given names */
#define QL_FIRST_F	0x00000800u
#define QL_MALE		0x00001000u	/* Mr, spokesman, king ... */
#define QL_FEMALE	0x00002000u
#define QL_GROUP	0x00004000u	/* officials, police, analysts ... */
#define QL_PREP		0x00008000u	/* of, for, at: inside a speaker phrase */
#define QL_REL		0x00010000u	/* who, which */
#define QL_TIME		0x00020000u	/* Monday, June: capitalised, no name */
#define QL_PLACE	0x00040000u	/* demonyms and places in role prefixes */
#define QL_PERS_ROLE	0x00080000u	/* role head that names a person */
#define QL_NOUN_SAY	0x00100000u	/* statement, interview, tweet ... */
#define QL_PASSIVE	0x00200000u	/* quoted, reported, cited (as saying) */
#define QL_STOPNP	0x00400000u	/* lowercase words that end a phrase */
#define QL_ABBR		0x00800000u	/* Mr. Gen. Inc.: the period stays */
#define QL_EPITHET	0x01000000u	/* "the veteran": a person named before */

/* Whether a word is an epithet: in the list, or "24-year-old". */
int		qt_epithet(const char *, size_t);

uint32_t	qt_lex(const char *, size_t);
/* Whether the lowercase form of the word is one of the listed words. */
int		qt_lex_is(const char *, size_t, const char *lower);

enum qt_tokkind { TK_WORD, TK_PUNCT, TK_QUOTE };

#define TF_CAP		0x01	/* starts with a capital letter */
#define TF_SENT		0x02	/* first token of a sentence */
#define TF_LEXED	0x04	/* lex is valid */
#define TF_ABBR		0x08	/* ends with a period that is not a stop */

struct qt_tok {
	size_t		 off;		/* in the paragraph */
	size_t		 len;
	uint32_t	 lex;
	int		 quote;		/* TK_QUOTE: index of the quotation */
	uint32_t	 ch;		/* TK_PUNCT: the code point */
	uint8_t		 kind;
	uint8_t		 flags;
};

struct qt_para {
	size_t		 off;		/* in the document's text */
	size_t		 len;
	size_t		 lineno;
};

struct qt_span {
	size_t		 p0, s0;	/* paragraph and offset of the text */
	size_t		 p1, e1;	/* paragraph and end of the text */
	size_t		 m0;		/* opening mark's offset in p0 */
	size_t		 m1;		/* end of the closing mark in p1 */
	size_t		 c1;		/* the text's end before trimming */
	int		 balanced;
	int		 family;
	size_t		 words;
	int		 full;
	/* Attribution: offsets into the arena, or text_* into p0's copy. */
	size_t		 spk_off, spk_len;
	size_t		 stx_off, stx_len;
	size_t		 role_off, role_len;
	size_t		 cue_off, cue_len;	/* in the paragraph cue_para */
	size_t		 cue_para;
	int		 attributed;	/* a cue or a rule gave a speaker */
	int		 ent;		/* entity index, -1 */
	int		 how;		/* which rule (for debugging) */
	size_t		 text_off, text_len;	/* multi-paragraph text, arena */
};

/* A hash of a folded name or name token, and the newest entity. */
struct qt_ekey {
	uint64_t	 h;		/* 0: empty */
	int		 ent;
	uint32_t	 gen;		/* valid only if the document's own */
};

/* A person or organisation the document has named. */
struct qt_ent {
	size_t		 name_off, name_len;	/* arena */
	size_t		 role_off, role_len;	/* arena, "" if none */
	int		 gender;		/* 0 unknown, 'm', 'f' */
	int		 org;
	int		 weak;		/* a name without evidence yet */
	size_t		 last;			/* position of last mention */
	size_t		 last_spoke;		/* position of last quotation */
	size_t		 last_subj;		/* last mention as a subject */
	size_t		 nspoke;		/* quotations attributed */
};

struct qt_doc {
	struct buf	 text;		/* the paragraphs' bytes */
	struct qt_para	*paras;
	size_t		 npara, capara;
	struct qt_span	*spans;
	size_t		 nspan, capspan;
	struct buf	 arena;		/* made strings */
	struct qt_tok	*toks;		/* tokens of the current paragraph */
	size_t		 ntok, captok;
	struct qt_ent	*ents;
	size_t		 nent, capent;
	size_t		 pos;		/* mention clock */
	size_t		 limit;		/* pronouns: only mentions before */
	size_t		 here;		/* the quotation being attributed */
	struct qt_ekey	*ekeys;		/* name and name-token hashes */
	size_t		 nekey, capekey;
	uint32_t	 gen;		/* bumped by each reset */
	int		 sent_ent;	/* the one person of this sentence */
	int		 sent_n;	/* persons named in this sentence */
	/* The last attributed quotation, for continuations. */
	int		 last_ent;
	size_t		 last_para;
	size_t		 last_spk_off, last_spk_len;
	size_t		 last_role_off, last_role_len;
	size_t		 last_stx_off, last_stx_len;
	int		 have_last;
	/* The last organisation named, for "the company said". */
	size_t		 morg_off, morg_len;
	size_t		 morg_para;
	int		 have_morg;
	/* Looking ahead for the next paragraph: learn no genders. */
	int		 trial;
	/* Interviews: the one who answers the questions. */
	struct qt_span	 qa;
	int		 have_qa;
	/* The last organisation or group quoted, for "it said", "they said". */
	int		 have_org;
	size_t		 org_para;
	size_t		 org_off, org_len;
	size_t		 cur_para;
	/* A paragraph that ends "X said:" introduces the next one. */
	struct qt_span	 lead;
	int		 have_lead;
	size_t		 lead_para;
	/* "Smith said the plan was flawed." before a bare quotation. */
	struct qt_span	 tail;
	int		 have_tail;
	size_t		 tail_para;
};

static inline const char *
qt_ptext(const struct qt_doc *d, size_t p)
{
	return d->text.p + d->paras[p].off;
}

/* quotes_attr.c */
void	qt_attribute(struct qt_doc *);

/* quotes_ent.c */
struct qt_phrase {
	const struct qt_tok *t;		/* the phrase's tokens */
	size_t		 n;
	const char	*s;		/* paragraph text */
};
void	qt_ent_reset(struct qt_doc *);
/* Record the names of a paragraph's tokens (outside quotations). */
void	qt_ent_scan(struct qt_doc *, const char *, struct qt_tok *,
	    size_t from, size_t to, size_t ntok);
/* The token's word classes, looked up once. */
uint32_t qt_tok_lex(const char *, struct qt_tok *);
/*
 * Resolve a speaker phrase and set the span's speaker, speaker_text and
 * role.  Returns 1 when the phrase named someone.
 */
int	qt_ent_speaker(struct qt_doc *, struct qt_span *, const char *,
	    const struct qt_tok *, size_t n, const struct qt_tok *appos,
	    size_t nappos);
/* Speaker from a pronoun token's lex class. */
int	qt_ent_pronoun(struct qt_doc *, struct qt_span *, const char *,
	    const struct qt_tok *);
void	qt_ent_spoke(struct qt_doc *, int ent);
/* The person quoted most so far, the first named on a tie (an
 * interview's subject); 0 if none. */
int	qt_ent_top(struct qt_doc *, struct qt_span *);
size_t	qt_arena_add(struct qt_doc *, const char *, size_t);

#endif
