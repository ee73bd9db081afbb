/*
 * words: open-addressing hash sets of folded words, and the compiled-in
 * word lists.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"
#include "words.h"
#include "xalloc.h"

/*
 * Stoplists: the function words of each language, the same kind of list
 * jusText and Gopher-style filters count to tell running prose from
 * menus and headlines.  Written for newsutils; lower case, "'" for the
 * apostrophe.
 */
static const char *const stop_en[] = {
	"a", "about", "above", "after", "again", "against", "ago", "all",
	"almost", "along", "already", "also", "although", "always", "am",
	"among", "an", "and", "another", "any", "anyone", "anything", "are",
	"aren't", "around", "as", "at", "away", "back", "be", "became",
	"because", "become", "been", "before", "being", "below", "between",
	"both", "but", "by", "can", "can't", "cannot", "could", "couldn't",
	"did", "didn't", "do", "does", "doesn't", "doing", "don't", "down",
	"during", "each", "either", "else", "enough", "even", "ever",
	"every", "few", "for", "from", "further", "had", "hadn't", "has",
	"hasn't", "have", "haven't", "having", "he", "he'd", "he'll",
	"he's", "her", "here", "hers", "herself", "him", "himself", "his",
	"how", "however", "i", "i'd", "i'll", "i'm", "i've", "if", "in",
	"into", "is", "isn't", "it", "it's", "its", "itself", "just",
	"least", "less", "let", "like", "made", "make", "many", "may", "me",
	"might", "more", "most", "much", "must", "my", "myself", "near",
	"neither", "never", "no", "nor", "not", "now", "of", "off", "often",
	"on", "once", "one", "only", "onto", "or", "other", "others",
	"otherwise", "our", "ours", "ourselves", "out", "over", "own",
	"per", "perhaps", "quite", "rather", "really", "said", "same",
	"say", "says", "see", "seem", "seemed", "seems", "several", "she",
	"she'd", "she'll", "she's", "should", "shouldn't", "since", "so",
	"some", "someone", "something", "still", "such", "than", "that",
	"that's", "the", "their", "theirs", "them", "themselves", "then",
	"there", "there's", "these", "they", "they'd", "they'll", "they're",
	"they've", "this", "those", "though", "through", "thus", "to",
	"together", "too", "toward", "towards", "under", "until", "up",
	"upon", "us", "very", "was", "wasn't", "way", "we", "we'd", "we'll",
	"we're", "we've", "well", "were", "weren't", "what", "what's",
	"when", "whenever", "where", "whereas", "whether", "which", "while",
	"who", "who's", "whom", "whose", "why", "will", "with", "within",
	"without", "won't", "would", "wouldn't", "yet", "you", "you'd",
	"you'll", "you're", "you've", "your", "yours", "yourself",
	"yourselves", "told", "according", "last", "first", "two", "new",
	"year", "years", "time", "also", "get", "got", "go", "going", "went",
	"come", "came", "take", "took", "want", "know", "think", "because",
	"next", "week", "day", "days", "three", "told", "asked", "added",
	NULL
};

static const char *const stop_de[] = {
	"aber", "alle", "allem", "allen", "aller", "alles", "als", "also",
	"am", "an", "ander", "andere", "anderen", "auch", "auf", "aus",
	"bei", "beim", "bin", "bis", "bist", "da", "damit", "dann", "das",
	"dass", "dem", "den", "denn", "der", "des", "dessen", "die", "dies",
	"diese", "diesem", "diesen", "dieser", "dieses", "doch", "dort",
	"du", "durch", "ein", "eine", "einem", "einen", "einer", "eines",
	"er", "es", "etwa", "euch", "für", "gegen", "gewesen", "hab",
	"habe", "haben", "hat", "hatte", "hatten", "hier", "hin", "ich",
	"ihm", "ihn", "ihnen", "ihr", "ihre", "ihrem", "ihren", "ihrer",
	"im", "in", "ist", "jede", "jedem", "jeden", "jeder", "jetzt",
	"kann", "kein", "keine", "können", "man", "mehr", "mein", "mich",
	"mit", "muss", "nach", "nicht", "noch", "nun", "nur", "ob", "oder",
	"ohne", "schon", "sehr", "sein", "seine", "seinem", "seinen",
	"seiner", "sich", "sie", "sind", "so", "soll", "sollen", "sowie",
	"über", "um", "und", "uns", "unter", "viel", "vom", "von", "vor",
	"wann", "war", "waren", "warum", "was", "weil", "welche", "wenn",
	"wer", "werden", "wie", "wieder", "will", "wir", "wird", "wo",
	"wurde", "wurden", "zu", "zum", "zur", "zwischen", "sagte", "laut",
	NULL
};

static const char *const stop_fr[] = {
	"a", "ai", "au", "aussi", "autre", "aux", "avait", "avec", "avoir",
	"c'est", "ce", "cela", "ces", "cet", "cette", "comme", "d'un",
	"d'une", "dans", "de", "depuis", "des", "deux", "donc", "du",
	"elle", "elles", "en", "encore", "entre", "est", "et", "été",
	"être", "eu", "fait", "il", "ils", "je", "l'a", "la", "le", "les",
	"leur", "leurs", "lui", "mais", "me", "même", "mes", "moi", "mon",
	"n'est", "ne", "ni", "nos", "notre", "nous", "on", "ont", "ou",
	"où", "par", "pas", "peu", "peut", "plus", "pour", "qu'il", "que",
	"qui", "sa", "sans", "se", "selon", "ses", "si", "son", "sont",
	"sous", "sur", "ta", "te", "tes", "toi", "ton", "tous", "tout",
	"toute", "très", "tu", "un", "une", "vers", "vos", "votre", "vous",
	"y", "été", "était", "étaient", "dit", "a-t-il", NULL
};

static const char *const stop_es[] = {
	"a", "al", "algo", "algunos", "ante", "antes", "aunque", "bien",
	"cada", "como", "con", "contra", "cual", "cuando", "de", "del",
	"desde", "donde", "dos", "el", "él", "ella", "ellas", "ellos", "en",
	"entre", "era", "eran", "es", "esa", "ese", "eso", "esta", "está",
	"están", "este", "esto", "estos", "fue", "fueron", "ha", "había",
	"han", "hasta", "hay", "la", "las", "le", "les", "lo", "los", "más",
	"me", "mi", "muy", "nada", "ni", "no", "nos", "o", "otra", "otro",
	"para", "pero", "poco", "por", "porque", "que", "qué", "quien",
	"se", "sea", "según", "ser", "si", "sí", "sin", "sido", "sobre",
	"son", "su", "sus", "también", "tanto", "te", "tiene", "todo",
	"todos", "tras", "tu", "un", "una", "uno", "unos", "y", "ya", "yo",
	"dijo", "año", "años", NULL
};

/*
 * Words that outlets put in their names ("The Harbor Gazette", "Calder
 * Daily Record"), for telling a site's name from a headline.
 */
static const char *const outlet_words[] = {
	"news", "times", "post", "herald", "gazette", "daily", "tribune",
	"journal", "observer", "courier", "chronicle", "today", "online",
	"magazine", "press", "express", "mail", "telegraph", "guardian",
	"star", "standard", "review", "sentinel", "record", "ledger",
	"dispatch", "bulletin", "weekly", "network", "tv", "radio", "media",
	"wire", "report", "reporter", "inquirer", "examiner", "register",
	"monitor", "independent", "gazeta", "zeitung", "nachrichten",
	"journal", "noticias", "diario", "tribuna", "nouvelles", "le",
	"broadcasting", "channel", "digital", "insider", "globe", "sun",
	"mirror", "argus", "advertiser", "enquirer", "leader", "voice",
	"world", "international", "bbc", "cnn", "reuters", "ap", "afp",
	NULL
};

struct list {
	const char		*name;
	const char *const	*src;
	struct words		 set;
	int			 built;
};

static struct list lists[] = {
	{ "en", stop_en, WORDS_INIT, 0 },
	{ "de", stop_de, WORDS_INIT, 0 },
	{ "fr", stop_fr, WORDS_INIT, 0 },
	{ "es", stop_es, WORDS_INIT, 0 },
	{ "outlet", outlet_words, WORDS_INIT, 0 },
};

static const char *const list_names[] = { "en", "de", "fr", "es", "outlet",
	NULL };

/*
 * A multiply-xorshift hash over eight bytes at a time (words are short,
 * so one or two rounds), with the top bit set so that 0 can mark an
 * empty slot.  Chunks are read as little-endian numbers, so that
 * words_hash_padded() gives the same values.
 */
static uint64_t
load_le(const char *s, size_t n)
{
	uint64_t v = 0;

	while (n-- > 0)
		v = (v << 8) | (unsigned char)s[n];
	return v;
}

uint64_t
words_hash(const char *s, size_t len)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ (len * 0xff51afd7ed558ccdULL);
	size_t n;

	for (; len > 0; s += n, len -= n) {
		n = len < 8 ? len : 8;
		h = words_hash_round_(h, load_le(s, n));
	}
	return words_hash_end_(h);
}

size_t
words_fold(const char *s, size_t len, char *out)
{
	const char *p = s, *end = s + len;
	size_t n = 0, k;
	int32_t cp;
	char enc[4];

	while (p < end) {
		unsigned char c = (unsigned char)*p;

		if (c < 0x80) {
			if (n >= WORDS_MAXLEN)
				return 0;
			out[n++] = (c >= 'A' && c <= 'Z') ? c + 32 : c;
			p++;
			continue;
		}
		k = utf8_decode(p, end, &cp);
		if (cp == UTF8_INVALID) {
			if (n >= WORDS_MAXLEN)
				return 0;
			out[n++] = *p++;
			continue;
		}
		p += k;
		if (cp == 0x2019)
			cp = '\'';
		else
			cp = utf8_tolower(cp);
		k = utf8_encode(cp, enc);
		if (n + k > WORDS_MAXLEN)
			return 0;
		memcpy(out + n, enc, k);
		n += k;
	}
	return n;
}

/* Keep the table at most half full, so probes stay short. */
static void
words_grow(struct words *ws)
{
	struct words_slot *old = ws->slot;
	size_t oldn = ws->slot ? ws->mask + 1 : 0, i, nslots;

	nslots = oldn ? oldn * 2 : 64;
	ws->slot = xcalloc(nslots, sizeof(*ws->slot));
	ws->mask = nslots - 1;
	for (i = 0; i < oldn; i++) {
		size_t j;

		if (old[i].h == 0)
			continue;
		j = old[i].h & ws->mask;
		while (ws->slot[j].h != 0)
			j = (j + 1) & ws->mask;
		ws->slot[j] = old[i];
	}
	free(old);
}

void
words_add(struct words *ws, const char *s, size_t len)
{
	words_add_val(ws, s, len, 1);
}

/* Add the folded word [w, w+n). */
static void
words_put(struct words *ws, const char *w, size_t n, uint64_t val)
{
	struct words_slot *sl;
	uint64_t h;

	if (ws->slot == NULL || (ws->n + 1) * 2 > ws->mask + 1)
		words_grow(ws);
	h = words_hash(w, n);
	sl = &ws->slot[words_find_(ws, w, n, h)];
	if (sl->h != 0) {
		sl->val |= val;
		return;
	}
	if (ws->poollen + n > ws->poolcap) {
		ws->poolcap = ws->poolcap ? ws->poolcap * 2 : 1024;
		if (ws->poolcap < ws->poollen + n)
			ws->poolcap = ws->poollen + n;
		ws->pool = xrealloc(ws->pool, ws->poolcap);
	}
	memcpy(ws->pool + ws->poollen, w, n);
	sl->h = h;
	sl->val = val;
	sl->off = (uint32_t)ws->poollen;
	sl->len = (uint32_t)n;
	ws->poollen += n;
	ws->n++;
}

void
words_add_val(struct words *ws, const char *s, size_t len, uint64_t val)
{
	char w[WORDS_MAXLEN];
	size_t n;

	if ((n = words_fold(s, len, w)) > 0)
		words_put(ws, w, n, val);
}

void
words_merge(struct words *dst, const struct words *src, uint64_t val)
{
	size_t i;

	if (src->slot == NULL)
		return;
	for (i = 0; i <= src->mask; i++)
		if (src->slot[i].h != 0)
			words_put(dst, src->pool + src->slot[i].off,
			    src->slot[i].len, val);
}

uint64_t
words_get(const struct words *ws, const char *w, size_t len)
{
	return words_get_hashed(ws, words_hash(w, len), w, len);
}

int
words_has(const struct words *ws, const char *w, size_t len)
{
	return words_get(ws, w, len) != 0;
}

int
words_load(struct words *ws, const char *path)
{
	FILE *fp;
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;
	int saved;

	if ((fp = fopen(path, "r")) == NULL)
		return -1;
	while ((n = getline(&line, &cap, fp)) != -1) {
		while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r' ||
		    line[n - 1] == ' ' || line[n - 1] == '\t'))
			n--;
		if (n == 0 || line[0] == '#')
			continue;
		words_add(ws, line, (size_t)n);
	}
	saved = ferror(fp) ? errno : 0;
	free(line);
	fclose(fp);
	if (saved) {
		errno = saved;
		return -1;
	}
	return 0;
}

void
words_free(struct words *ws)
{
	free(ws->slot);
	free(ws->pool);
	memset(ws, 0, sizeof(*ws));
}

const struct words *
words_list(const char *name)
{
	size_t i, j;

	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		if (strcmp(lists[i].name, name) != 0)
			continue;
		if (!lists[i].built) {
			for (j = 0; lists[i].src[j] != NULL; j++)
				words_add(&lists[i].set, lists[i].src[j],
				    strlen(lists[i].src[j]));
			lists[i].built = 1;
		}
		return &lists[i].set;
	}
	return NULL;
}

const char *const *
words_list_names(void)
{
	return list_names;
}
