/*
 * Unit tests for lib/quotes.c: pairing of marks, apostrophes, quotations
 * over paragraphs, offsets, attribution, and reuse after qt_reset().
 */
#include <string.h>

#include "quotes.h"
#include "quotes_int.h"
#include "tap.h"

/* Load paragraphs (a NULL-terminated list) numbered 1, 2, ... */
static size_t
load(struct qt_doc *d, const char *const *paras)
{
	size_t i;

	qt_reset(d);
	for (i = 0; paras[i] != NULL; i++)
		qt_add_line(d, paras[i], strlen(paras[i]), i + 1);
	return qt_run(d);
}

static void
test_pairing(struct qt_doc *d)
{
	static const char *const apos[] = {
	    "Beijing’s view: don’t touch the ’90s rock ’n’ roll, O'Brien's.",
	    NULL };
	static const char *const nest[] = {
	    "“They called it ‘a mess’ today,” he said.", NULL };
	static const char *const styles[] = {
	    "« Bonjour » et „Guten Tag“ und «non» und 「はい」.", NULL };
	static const char *const single[] = {
	    "Critics called it 'a fair deal' and ‘candid’ talks.", NULL };
	struct qt_quote q;

	ok(load(d, apos) == 0, "apostrophes are never quotation marks");
	ok(load(d, nest) == 1, "single marks nest inside double ones");
	qt_get(d, 0, &q);
	is_str(q.text, q.len, "They called it ‘a mess’ today", "nested text");
	ok(load(d, styles) == 4, "guillemets, low-high, corner brackets");
	qt_get(d, 0, &q);
	is_str(q.text, q.len, "Bonjour", "inner spaces are trimmed");
	qt_get(d, 1, &q);
	is_str(q.text, q.len, "Guten Tag", "„ closes with “");
	ok(load(d, single) == 2, "single quotes pair inside a paragraph");
	qt_get(d, 0, &q);
	is_str(q.text, q.len, "a fair deal", "straight single quotes");
}

static void
test_paragraphs(struct qt_doc *d)
{
	static const char *const cont[] = {
	    "“One,” she said. “Two.", "“Three.", "“Four.”", "After.", NULL };
	static const char *const open[] = {
	    "It read “Closed for good.", "Nothing opens here.",
	    "“Fine,” said Ana Ruiz.", NULL };
	struct qt_quote q;

	ok(load(d, cont) == 2, "a quotation continued over paragraphs");
	qt_get(d, 1, &q);
	ok(q.line == 1 && q.end_line == 3, "line and end_line");
	is_str(q.text, q.len, "Two.\nThree.\nFour.", "pieces joined by \\n");
	ok(q.start == 24 && q.end == 8 && q.balanced, "offsets, balanced");
	ok(load(d, open) == 2, "an open mark ends with its paragraph");
	qt_get(d, 0, &q);
	ok(!q.balanced && q.end_line == 1, "reported unbalanced");
	qt_get(d, 1, &q);
	ok(q.balanced && q.line == 3, "the next quotation is intact");
	is_str(q.speaker, q.speaker_len, "Ana Ruiz", "and attributed");
}

static void
test_attribution(struct qt_doc *d)
{
	static const char *const doc[] = {
	    "Energy Minister Clara Vogt met Chief Executive Jon Hale.",
	    "“Prices will fall,” she said.",
	    "“Not soon,” Hale told reporters.",
	    "The minister insisted: “They will.”",
	    "“Nonsense,” said the company, Brightwater Energy.", NULL };
	struct qt_quote q;

	ok(load(d, doc) == 4, "four quotations");
	qt_get(d, 0, &q);
	is_str(q.speaker, q.speaker_len, "Clara Vogt", "she: gender unknown, "
	    "newest subject");
	is_str(q.role, q.role_len, "Energy Minister", "role from the name");
	qt_get(d, 1, &q);
	is_str(q.speaker, q.speaker_len, "Jon Hale", "surname alone");
	is_str(q.cue, q.cue_len, "told", "cue as written");
	qt_get(d, 2, &q);
	is_str(q.speaker, q.speaker_len, "Clara Vogt", "the minister");
	ok(q.full, "a colon cue makes it full");
	qt_get(d, 3, &q);
	is_str(q.speaker, q.speaker_len, "the company", "an organisation");
}

static void
test_memory(struct qt_doc *d)
{
	static const char *const doc[] = {
	    "Kofi Mensah and Ama Owusu met. Mensah said his plan would work.",
	    "Owusu disagreed, saying her team had doubts.",
	    "“It will work,” he said.",
	    "“It will not,” she said.",
	    "The agency said in a statement:",
	    "“Nothing has changed.”",
	    "“Still nothing,” it said.", NULL };
	static const char *const other[] = { "“Who?” she asked.", NULL };
	struct qt_quote q;

	ok(load(d, doc) == 4, "four quotations");
	qt_get(d, 0, &q);
	is_str(q.speaker, q.speaker_len, "Kofi Mensah", "he: gender learnt "
	    "from his");
	qt_get(d, 1, &q);
	is_str(q.speaker, q.speaker_len, "Ama Owusu", "she: a weak name "
	    "confirmed by its surname");
	qt_get(d, 2, &q);
	is_str(q.speaker, q.speaker_len, "The agency", "a cue and a colon "
	    "end the paragraph before");
	qt_get(d, 3, &q);
	is_str(q.speaker, q.speaker_len, "The agency", "it: the organisation");
	ok(load(d, other) == 1, "the next document");
	qt_get(d, 0, &q);
	ok(q.speaker_len == 0, "remembers nobody from the last one");
}

static void
test_blind_cases(struct qt_doc *d)
{
	static const char *const gender[] = {
	    "Judge Ines Moro-Banks sentenced the clerk.",
	    "Her lawyer, Taavi Rennick, said that she had been overworked.",
	    "“She was drowning,” he said.", NULL };
	static const char *const firm[] = {
	    "Lumen Airways said it had suspended the pilot.",
	    "The city council met on Monday.",
	    "“We are sorry,” the airline said.",
	    "“We were not told,” the council said.", NULL };
	struct qt_quote q;

	ok(load(d, gender) == 1, "one quotation");
	qt_get(d, 0, &q);
	is_str(q.speaker, q.speaker_len, "Taavi Rennick", "'said that she' "
	    "gives the lawyer no gender");
	ok(load(d, firm) == 2, "two quotations");
	qt_get(d, 0, &q);
	is_str(q.speaker, q.speaker_len, "Lumen Airways", "the airline: the "
	    "company named before");
	qt_get(d, 1, &q);
	is_str(q.speaker, q.speaker_len, "the council", "a council is no "
	    "airline");
}

static void
test_lexicon(void)
{
	ok(qt_lex("said", 4) & QL_VERB, "said is a reporting verb");
	ok(qt_lex("Tweeted", 7) & QL_VERB, "case is folded");
	ok(qt_lex("minister’s", 12) & QL_ROLE, "possessive folded");
	ok(!(qt_lex("harbour", 7) & QL_VERB), "harbour is no verb");
	ok(qt_lex_is("According", 9, "according"), "qt_lex_is");
}

int
main(void)
{
	struct qt_doc *d = qt_new();

	test_pairing(d);
	test_paragraphs(d);
	test_attribution(d);
	test_memory(d);
	test_blind_cases(d);
	test_lexicon();
	qt_free(d);
	return done_testing();
}
