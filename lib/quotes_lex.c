/*
 * The word lists behind attribution.  Words are held lower case; a
 * lookup folds ASCII case only (the lists are English).  The table is an
 * open-addressing hash built on first use and kept until exit; a word
 * may sit in several classes, and its bits are OR-ed.
 */
#include <stdint.h>
#include <string.h>
#include <strings.h>

#include "quotes_int.h"

struct lexlist {
	uint32_t	 bits;
	const char	*words;		/* separated by single spaces */
};

/*
 * Reporting verbs, every tense that news prose uses.  The list follows
 * the verbs of speech found in attribution corpora (PARC) and style
 * guides; nouns of speech are separate (QL_NOUN_SAY).
 */
static const char verbs[] =
    "say says said saying tell tells told telling add adds added adding "
    "ask asks asked asking stress stresses stressed stressing "
    "emphasize emphasizes emphasized emphasizing emphasise emphasises "
    "emphasised note notes noted noting warn warns warned warning "
    "urge urges urged urging write writes wrote writing written "
    "tweet tweets tweeted tweeting post posts posted insist insists "
    "insisted insisting explain explains explained explaining declare "
    "declares declared declaring argue argues argued arguing recall "
    "recalls recalled recalling stated claim claims claimed "
    "claiming announce announces announced announcing assert asserts "
    "asserted asserting acknowledge acknowledges acknowledged admit "
    "admits admitted admitting allege alleges alleged answer answers "
    "answered reply replies replied replying respond responds responded "
    "remark remarks remarked comment comments commented observe observes "
    "observed suggest suggests suggested suggesting continue continues "
    "continued conclude concludes concluded confirm confirms confirmed "
    "deny denies denied estimate estimated predict predicts predicted "
    "promise promises promised pledge pledged pledges vow vows vowed "
    "threaten threatened complain complains complained complaining "
    "concede concedes conceded contend contends contended counter "
    "countered caution cautions cautioned quip quips quipped joke joked "
    "jokes shout shouted shouts yell yelled scream screamed whisper "
    "whispered exclaim exclaimed mutter muttered murmur murmured sigh "
    "sighed boast boasted boasts maintain maintains maintained reiterate "
    "reiterates reiterated reiterating underline underlined underlines "
    "underscore underscored underscores highlight highlighted highlights "
    "report reports reported reveal revealed reveals disclose disclosed "
    "indicate indicated indicates mention mentioned mentions repeat "
    "repeated repeats testify testified testifies charge charged retort "
    "retorted snap snapped lament lamented laments wonder wondered "
    "demand demanded demands plead pleaded pled beg begged thunder "
    "thundered fume fumed gush gushed recount recounted recounts "
    "told confide confided advise advised advises inform informed "
    "conclude concluded elaborate elaborated reason reasoned "
    "describe described describes call called calls "
    "proclaim proclaimed affirm affirmed assure assured reassure "
    "reassured opine opined posit posited counseled explain "
    "acknowledging adding telling stressing noting writing quote quotes "
    "quoted quoting accuse accuses accused accusing criticize criticized "
    "criticise criticised blast blasted slam slammed hail hailed "
    "praise praised dismiss dismissed pointed reflected reflects mused "
    "muses remembered shared shares texted emailed e-mailed messaged "
    "grumbled grumbles protested objected bragged brags enthused "
    "marveled marvelled summarized summarised appealed hinted hints "
    "speculated forecast reckoned reckons confessed confesses cry cries "
    "cried sobbed barked growled seethed raged chimed interjected "
    "interrupted responds replies counters acknowledges concedes "
    "recalls adds notes warns insists explains argues stresses";

static const char roles[] =
    "secretary minister spokesman spokeswoman spokesperson spokespeople "
    "president premier chancellor senator sen sen. rep rep. representative "
    "congressman congresswoman congressmember governor gov gov. mayor "
    "director chief officer executive ceo cfo coo cto chairman chairwoman "
    "chairperson chair head leader ambassador envoy general gen gen. "
    "colonel col col. captain capt capt. lieutenant lt lt. sergeant sgt "
    "sgt. admiral adm commander professor prof prof. dr dr. doctor judge "
    "justice attorney lawyer analyst economist coordinator adviser advisor "
    "counselor councilor councillor counsellor deputy assistant speaker "
    "king queen prince princess pope bishop archbishop cardinal rev rev. "
    "reverend father imam rabbi pastor sheikh inspector superintendent "
    "detective commissioner manager founder co-founder cofounder owner "
    "partner editor reporter correspondent author researcher scientist "
    "student teacher coach player striker midfielder defender goalkeeper "
    "captain official diplomat lawmaker legislator politician aide "
    "expert spokesmen source sources resident witness candidate nominee "
    "vice minister's strategist consultant physician nurse surgeon "
    "engineer president-elect chairman's treasurer auditor mp mep "
    "whip marshal sheriff trooper constable prosecutor solicitor "
    "barrister magistrate ombudsman registrar dean provost chancellor "
    "coroner recorder counsel "
    "principal superintendent curator historian journalist columnist "
    "commentator broadcaster presenter host anchor producer actor actress "
    "singer artist musician writer novelist poet director-general "
    "secretary-general undersecretary under-secretary attorney-general "
    "taoiseach emir sultan monarch ayatollah mufti premier-elect "
    "pm vp gm md chef farmer worker employee activist campaigner "
    "organizer organiser volunteer leader lead investigator biologist "
    "epidemiologist virologist psychologist sociologist economist "
    "chemist physicist mathematician astronomer climatologist "
    "meteorologist forecaster officer spokeswomen councilwoman "
    "councilman assemblyman assemblywoman alderman delegate negotiator "
    "mediator observer inspector-general fellow lecturer tutor "
    "headteacher headmaster headmistress manager boss owner landlord "
    "tenant patient victim survivor mother father son daughter wife "
    "husband brother sister uncle aunt grandmother grandfather widow "
    "friend neighbour neighbor colleague partner master harbourmaster "
    "harbormaster fisher fisherman fisherwoman farmer owner shopkeeper "
    "driver pilot soldier nurse mother father parent resident voter "
    "shopper commuter passenger fan supporter protester protestor "
    "demonstrator local villager citizen customer client user buyer "
    "seller trader investor banker broker dealer miner sailor "
    "veteran refugee migrant survivor eyewitness bystander onlooker "
    "attendee participant delegate member insider source official "
    "person individual executive employee staffer granddaughter "
    "grandson niece nephew cousin stepfather stepmother fiancé fiancée "
    "girlfriend boyfriend";

/* Role heads that name one person, for "the minister said". */
static const char persroles[] =
    "secretary minister spokesman spokeswoman spokesperson president "
    "premier chancellor senator congressman congresswoman governor mayor "
    "director chief officer executive ceo chairman chairwoman chairperson "
    "chair head leader ambassador envoy general colonel captain admiral "
    "commander professor judge justice attorney coordinator adviser "
    "advisor counselor councilor councillor speaker king queen prince "
    "princess pope bishop archbishop founder owner editor coach diplomat "
    "lawmaker prosecutor sheriff commissioner manager treasurer "
    "taoiseach emir sultan monarch ayatollah dean principal "
    "secretary-general director-general attorney-general president-elect "
    "counsel coroner "
    "prime";

static const char orgs[] =
    "department ministry office agency council commission committee party "
    "government administration bank fund institute university college "
    "school association union federation organization organisation "
    "corporation corp corp. inc inc. ltd ltd. llc plc group company co co. "
    "service services bureau authority authorities board court parliament "
    "congress senate house assembly police army navy force forces embassy "
    "consulate network news times post journal press media reuters ap afp "
    "xinhua cctv bbc cnn pentagon kremlin un nato eu who imf opec "
    "foundation center centre coalition alliance movement campaign "
    "hospital clinic church team club league airline airlines airways "
    "group's broadcaster tv television radio newspaper magazine daily "
    "gazette herald tribune telegraph guardian observer chronicle "
    "outlet outlets station studio firm startup giant maker "
    "manufacturer retailer bloc cabinet secretariat directorate "
    "tribunal regulator watchdog exchange market markets commission's "
    "statement readout communique report";

static const char dets[] =
    "the a an one another this that these those some two three several "
    "many its his her their our whose any each both";

static const char func[] =
    "the a an and or but if in on at to of for from by with as after "
    "before when while since until because although though however it "
    "its this that these those there here then than so not no yes we i "
    "you he she they his her their our my your what which who whom whose "
    "where why how all some any each every both either neither also just "
    "only even still yet now today yesterday tomorrow tonight last next "
    "during under over into onto about against between among through "
    "without within across behind beyond despite like unlike upon per "
    "is are was were be been being has have had do does did will would "
    "shall should can could may might must mr mrs ms miss dr prof sir "
    "meanwhile moreover furthermore instead indeed overall later earlier "
    "according asked speaking following earlier separately speaking "
    "new more most many much few other such said says told";

static const char mods[] =
    "senior top former acting deputy chief assistant associate junior "
    "principal lead head executive general vice foreign interior home "
    "defence defense finance justice health trade commerce economy "
    "economic state federal national regional local provincial city "
    "county district military police security intelligence "
    "presidential prime chief's own new longtime long-time veteran "
    "outgoing incoming interim retired late then now current "
    "high-ranking high-level ranking unnamed anonymous spokes "
    "press communications public political white house us u.s. uk u.k. "
    "un eu nato american chinese british russian french german "
    "european indian japanese korean israeli palestinian iranian "
    "ukrainian taiwanese pakistani australian canadian mexican "
    "affairs relations labor labour education energy environment "
    "agriculture transport transportation housing treasury culture "
    "sports tourism information technology science research "
    "immigration border customs tax taxation revenue budget "
    "independent opposition ruling republican democratic democrat "
    "conservative liberal socialist green party-line legal medical "
    "company's firm's ministry's department's government's "
    "official's minister's agency's white well-known prominent leading "
    "several two three four many some other another both "
    "spokesman spokeswoman staff team";

static const char advs[] =
    "also later then has had have would will once previously recently "
    "again further separately earlier subsequently reportedly simply "
    "just even still only repeatedly quickly flatly bluntly publicly "
    "privately initially first finally often frequently "
    "has been had been have been is was were are continued went "
    "last week yesterday today tuesday monday wednesday thursday friday "
    "saturday sunday immediately openly angrily calmly";

static const char pron_m[] = "he him his himself";
static const char pron_f[] = "she her hers herself";
static const char pron_p[] = "they them their themselves it";

static const char male[] =
    "mr mr. sir lord king prince spokesman chairman congressman "
    "councilman assemblyman father son husband brother uncle "
    "grandfather boy man businessman sportsman monsieur herr senor "
    "grandson nephew stepfather boyfriend "
    "señor sheikh emir sultan pope archbishop cardinal imam rabbi";

static const char female[] =
    "mrs mrs. ms ms. miss lady dame queen princess spokeswoman "
    "chairwoman congresswoman councilwoman assemblywoman mother "
    "daughter wife sister aunt grandmother widow girl woman "
    "granddaughter niece stepmother girlfriend "
    "businesswoman sportswoman madame mme frau senora señora actress";

/* Given names: a short list of common ones, enough to tell gender. */
static const char first_m[] =
    "john james robert michael william david richard joseph thomas "
    "charles christopher daniel matthew anthony antony mark donald steven "
    "paul andrew joshua kenneth kevin brian george edward ronald timothy "
    "jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry "
    "justin scott brandon benjamin samuel gregory frank alexander "
    "raymond patrick jack dennis jerry tyler aaron jose adam henry "
    "nathan douglas zachary peter kyle walter ethan jeremy harold keith "
    "christian roger noah gerald carl terry sean austin arthur lawrence "
    "jesse dylan bryan joe jordan billy bruce albert willie gabriel "
    "logan alan juan wayne roy ralph randy eugene vincent russell "
    "elijah louis bobby philip johnny boris vladimir emmanuel olaf "
    "rishi keir narendra recep benjamin volodymyr sergei sergey dmitry "
    "xi li ali mohammed muhammad ahmed ahmad omar hassan hussein "
    "abdul ibrahim yusuf mustafa imran nawaz shehbaz asif jake kurt "
    "lloyd antonio luis carlos jorge pedro miguel juan francisco "
    "giuseppe marco luca pierre jean francois françois jacques "
    "hans klaus wolfgang jurgen jürgen friedrich heinrich olaf "
    "ivan igor alexei aleksandr andrei yuri mikhail viktor "
    "hiroshi takeshi kenji fumio shinzo yoshihide kishida "
    "rahul amit raj sanjay vijay arjun ravi anil sunil "
    "chen wei jun hao tom tim jim bill bob mike dave steve chris matt "
    "nick ben sam dan ken ted rick rob ron don greg jeff josh andy "
    "tony jerome marcus martin howard eddie victor todd dale craig "
    "shawn travis phil barack hunter chuck mitch lindsey ted rand "
    "jonas lukas felix max paul tom oscar leo hugo rafael diego pablo "
    "derek ross neil ian colin graham gordon stuart fraser callum liam "
    "sean conor declan kieran owen evan rhys dylan gareth ahmed "
    "jamal tariq bilal faisal hamid karim samir nabil youssef "
    "kofi kwame kwabena yaw kojo chidi emeka obinna tunde femi segun "
    "olusegun musa ibrahim idris sani abdullah hamza khalid mahmoud "
    "walid ziad rami fadi georges elias antoine laurent nicolas "
    "sebastien mathieu julien thierry didier alain bernard gerard "
    "stefan tobias jonas niklas florian matthias andreas markus "
    "sven lars anders erik henrik magnus bjorn nils ole per "
    "piotr pawel tomasz krzysztof marek jan jakub vaclav milan "
    "dmitri nikolai oleksandr andriy taras bogdan mihai ion "
    "giorgos nikos kostas dimitris yannis "
    "mehmet mustafa emre burak kemal "
    "hiroshi takashi kenji yuki haruto kazuo shinji akira "
    "jin-woo min-ho seung dong "
    "arjun rohan vikram suresh rajesh manoj anand deepak "
    "joaquin alejandro santiago mateo sebastian javier fernando "
    "ricardo eduardo rodrigo gustavo felipe andres emilio "
    "lorenzo matteo alessandro giovanni francesco stefano "
    "patrick declan cormac ciaran eoin fergus hamish angus "
    "zach caleb luke isaac levi owen wyatt grayson hudson "
    "reggie marvin leon clive nigel trevor barry alan roy";

static const char first_f[] =
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah "
    "karen nancy lisa betty margaret sandra ashley kimberly emily donna "
    "michelle dorothy carol amanda melissa deborah stephanie rebecca "
    "sharon laura cynthia kathleen amy shirley angela helen anna brenda "
    "pamela nicole emma samantha katherine christine debra rachel "
    "catherine carolyn janet ruth maria heather diane virginia julie "
    "joyce victoria olivia kelly christina lauren joan evelyn judith "
    "megan cheryl andrea hannah martha jacqueline frances gloria ann "
    "teresa kathryn sara janice jean alice madison doris abigail julia "
    "judy grace denise amber marilyn beverly danielle theresa sophia "
    "marie diana brittany natalie isabella charlotte rose alexis kayla "
    "hillary kamala nikki janet gina wendy ursula angela theresa liz "
    "jacinda sanna giorgia marine indira benazir maryam sheikh hasina "
    "yulia svetlana olga natalia tatiana irina elena anastasia "
    "priya sunita anjali pooja neha fatima aisha ayesha zainab "
    "mei ling yan hua xiaoming sophie chloe camille claire isabelle "
    "anne annalena ursula greta ingrid astrid sigrid "
    "carmen lucia sofia valentina paula beatriz "
    "nancy kate katie jen jenny meg becky beth sue pam kim tina "
    "alexandria ilhan rashida elise kirsten tammy amy marsha "
    "jill melania michelle kristi gretchen kathy karine jen marta helena "
    "ines ruth linda eva eve ella maya mia zoe lucy hannah leah nora "
    "rosa elena ana marina daria nadia layla amina fiona eileen "
    "sinead siobhan aoife maeve tanya tara vera wanda yvonne "
    "ama abena akosua adwoa efua esi yaa ngozi chioma adaeze "
    "folake funmilayo amara zainab halima hadiza aisha khadija "
    "leila rania dina lina nour noor yasmin samira fatma "
    "amelie chantal nathalie sylvie monique brigitte "
    "helga birgit sabine petra katrin anja ulrike "
    "ingrid astrid sigrid liv kari solveig "
    "agnieszka katarzyna magdalena malgorzata ewa zofia "
    "oksana yulia iryna natalya lyudmila "
    "eleni maria sofia katerina "
    "ayse elif zeynep emine "
    "yuko yumi keiko aiko haruka sakura naomi "
    "ji-yeon min-ji soo-jin "
    "lakshmi deepa kavita meera nisha shreya "
    "lucia ximena valeria camila gabriela daniela mariana "
    "francesca chiara giulia alessandra federica "
    "niamh orla roisin caoimhe "
    "karine jacinda kamala theresa tulsi stacey "
    "beatriz marisol paloma soraya tuva sunniva henrike "
    "rosalind delphine marguerite mireille greta zoe";

static const char groups[] =
    "officials official's police authorities analysts experts sources "
    "critics observers residents witnesses officers investigators "
    "prosecutors lawmakers legislators diplomats aides advisers "
    "advisors protesters demonstrators activists researchers "
    "scientists economists doctors parents students teachers workers "
    "people leaders ministers members spokespeople organizers "
    "organisers campaigners representatives executives employees "
    "fans voters citizens";

static const char preps[] = "of for at from in on to 's";

static const char rels[] = "who which whose whom that";

static const char times[] =
    "monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october "
    "november december jan feb mar apr jun jul aug sep sept oct nov dec "
    "today yesterday tomorrow tonight";

/* Demonyms and places that open a role phrase, never a name. */
static const char places[] =
    "u.s. us usa u.k. uk america american china chinese britain british "
    "russia russian france french germany german india indian japan "
    "japanese korea korean north south east west israel israeli iran "
    "iranian ukraine ukrainian taiwan taiwanese pakistan pakistani "
    "australia australian canada canadian mexico mexican europe european "
    "brazil brazilian italy italian spain spanish turkey turkish "
    "egypt egyptian saudi syria syrian iraq iraqi afghan afghanistan "
    "beijing washington moscow london paris berlin tokyo delhi "
    "new york california texas florida eu un nato white state "
    "federal national city county united states kingdom republic "
    "people's prc gaza hamas west bank african africa asian asia "
    "singapore singaporean indonesian indonesia philippine philippines "
    "vietnam vietnamese thai thailand nigerian nigeria kenyan kenya "
    "bangladesh bangladeshi sri lankan nepal nepali "
    "scottish welsh irish dutch belgian swiss swedish norwegian danish "
    "finnish polish czech hungarian romanian greek portuguese "
    "argentine argentinian chilean colombian venezuelan peruvian cuban";

static const char saynouns[] =
    "statement interview tweet post briefing speech conference "
    "address remarks letter email e-mail message note video podcast "
    "broadcast report readout communique release news article op-ed "
    "column blog testimony hearing session memo filing court response "
    "reply reaction verdict answer comment comments message advice "
    "warning view";

static const char passives[] = "quoted reported cited heard recorded";

/* Lowercase words that cannot be inside a speaker phrase. */
static const char stopnp[] =
    "is are was were be been has have had do does did will would can "
    "could may might must should shall not that which who whom whose "
    "when while if because although though but or so than then there "
    "it this these those they we you i also only just even";

/* Abbreviations whose period is no sentence stop. */
static const char abbrs[] =
    "mr mrs ms dr prof sen rep gov gen lt col capt sgt st jr sr inc corp "
    "co ltd no vs mt ft rev adm cmdr maj hon messrs pres atty supt det "
    "insp cpl pvt brig dept approx jan feb mar apr jun jul aug sep sept "
    "oct nov dec u.s u.k u.n e.g i.e";

/* Words that refer back to a person: "the veteran said". */
static const char epithets[] =
    "veteran striker midfielder winger forward defender goalkeeper keeper "
    "champion star rookie newcomer incumbent challenger frontrunner "
    "front-runner favourite favorite singer actor actress rapper teenager "
    "youngster woman man girl boy politician billionaire tycoon "
    "entrepreneur businessman businesswoman coach manager skipper captain "
    "player athlete runner swimmer cyclist boxer fighter driver golfer "
    "novelist author artist director filmmaker musician fly-half "
    "scrum-half flanker hooker prop centre center full-back fullback "
    "quarterback pitcher guard batsman bowler all-rounder jockey "
    "sprinter pianist violinist cellist composer designer chef opener "
    "batter spinner seamer bowler keeper";

static const struct lexlist lists[] = {
	{ QL_EPITHET, epithets },
	{ QL_ABBR, abbrs },
	{ QL_VERB, verbs }, { QL_ROLE, roles }, { QL_PERS_ROLE, persroles },
	{ QL_ORG, orgs }, { QL_DET, dets }, { QL_FUNC, func },
	{ QL_MOD, mods }, { QL_ADV, advs }, { QL_PRON_M, pron_m },
	{ QL_PRON_F, pron_f }, { QL_PRON_P, pron_p }, { QL_MALE, male },
	{ QL_FEMALE, female }, { QL_FIRST_M, first_m },
	{ QL_FIRST_F, first_f }, { QL_GROUP, groups }, { QL_PREP, preps },
	{ QL_REL, rels }, { QL_TIME, times }, { QL_PLACE, places },
	{ QL_NOUN_SAY, saynouns }, { QL_PASSIVE, passives },
	{ QL_STOPNP, stopnp },
};

#define LEX_SLOTS	8192	/* a power of two, over twice the words */
#define LEX_MAXLEN	31

struct lexslot {
	const char	*w;		/* into a list: not NUL-terminated */
	uint8_t		 len;
	uint32_t	 bits;
};

static struct lexslot table[LEX_SLOTS];
static int built;

static uint32_t
lex_hash(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 16777619u;
	return h;
}

static void
lex_insert(const char *w, size_t len, uint32_t bits)
{
	uint32_t i = lex_hash(w, len) & (LEX_SLOTS - 1);

	while (table[i].w != NULL) {
		if (table[i].len == len && memcmp(table[i].w, w, len) == 0) {
			table[i].bits |= bits;
			return;
		}
		i = (i + 1) & (LEX_SLOTS - 1);
	}
	table[i].w = w;
	table[i].len = (uint8_t)len;
	table[i].bits = bits;
}

static void
lex_build(void)
{
	const char *p, *q;
	size_t i;

	for (i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		for (p = lists[i].words; *p != '\0'; p = q) {
			while (*p == ' ')
				p++;
			for (q = p; *q != ' ' && *q != '\0'; q++)
				;
			if (q > p && q - p <= LEX_MAXLEN)
				lex_insert(p, (size_t)(q - p), lists[i].bits);
		}
	}
	built = 1;
}

/*
 * Lower-case ASCII letters and write the typographic apostrophe as "'",
 * so that "Minister’s" and "minister's" look the same.
 */
static size_t
lex_fold(const char *s, size_t len, char *out)
{
	size_t i, n = 0;

	for (i = 0; i < len && n < LEX_MAXLEN + 1; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c == 0xE2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99) {
			out[n++] = '\'';
			i += 2;
		} else
			out[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
	}
	if (i < len)
		return LEX_MAXLEN + 1;
	/* China's is looked up as china. */
	if (n > 3 && out[n - 2] == '\'' && out[n - 1] == 's')
		n -= 2;
	return n;
}

uint32_t
qt_lex(const char *s, size_t len)
{
	char w[LEX_MAXLEN + 2];
	uint32_t i, h = 2166136261u;
	size_t n;

	if (!built)
		lex_build();
	if (len == 0 || len > 3 * LEX_MAXLEN)
		return 0;
	/* The common case: a short plain ASCII word, folded and hashed in
	 * one pass. */
	if (len <= LEX_MAXLEN) {
		for (n = 0; n < len; n++) {
			unsigned char c = (unsigned char)s[n];

			if (c >= 0x80 || c == '\'')
				break;
			if (c >= 'A' && c <= 'Z')
				c += 32;
			w[n] = (char)c;
			h = (h ^ c) * 16777619u;
		}
		if (n == len)
			goto look;
	}
	n = lex_fold(s, len, w);
	if (n > LEX_MAXLEN)
		return 0;
	h = lex_hash(w, n);
look:
	i = h & (LEX_SLOTS - 1);
	while (table[i].w != NULL) {
		if (table[i].len == n && memcmp(table[i].w, w, n) == 0)
			return table[i].bits;
		i = (i + 1) & (LEX_SLOTS - 1);
	}
	return 0;
}

int
qt_lex_is(const char *s, size_t len, const char *lower)
{
	char w[LEX_MAXLEN + 2];
	size_t n, want = strlen(lower);

	/* A folded word is at most 4 bytes shorter (’s). */
	if (len < want || len > want + 6)
		return 0;
	if (len == want) {
		if (strncasecmp(s, lower, len) == 0)
			return 1;
		if (memchr(s, '\'', len) == NULL &&
		    memchr(s, (char)0xE2, len) == NULL)
			return 0;
	} else if (memchr(s, '\'', len) == NULL &&
	    memchr(s, (char)0xE2, len) == NULL)
		return 0;
	n = lex_fold(s, len, w);
	return n == want && memcmp(w, lower, n) == 0;
}

int
qt_epithet(const char *s, size_t len)
{
	static const char suffix[] = "-year-old";
	size_t n = sizeof(suffix) - 1;

	if (qt_lex(s, len) & (QL_EPITHET | QL_PLACE))
		return 1;
	return len > n && memcmp(s + len - n, suffix, n) == 0;
}
