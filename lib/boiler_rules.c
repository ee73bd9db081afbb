/*
 * boiler_rules: the compiled-in rule families of strip-boilerplate, as
 * data.
 *
 * Each family is a list of PCRE2 patterns, matched case-insensitively
 * against a paragraph without its surrounding white space, and a length
 * cap in bytes: a longer paragraph is never matched by that family, so
 * that a pattern written for a one-line prompt cannot take a body
 * paragraph that merely mentions the same words.  Patterns must not
 * capture (use (?:)); (?-i:...) marks the parts where case matters.
 *
 * The patterns were written for newsutils from the kinds of residue that
 * scraped news pages carry; keep each family to one kind, and add a
 * fixture line to tests/data/strip-boilerplate/ for every new pattern.
 */
#include <stdio.h>
#include <string.h>

#include "boiler.h"
#include "rules.h"

/* A date or time token, for whole-line timestamp patterns. */
#define MONTH	"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|" \
		"june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|" \
		"nov(?:ember)?|dec(?:ember)?)"
#define WDAY	"(?:mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|" \
		"thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)"
#define DATETOK	"(?:" MONTH "|" WDAY "|published|updated|posted|last|" \
		"modified|first|created|date|on|at|am|pm|gmt|utc|[a-z]{1,2}t|" \
		"bst|cest?|ist|hrs?|today|yesterday|ago|just now|hours?|" \
		"minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|" \
		"an?|min read|read|issue|edition|\\d{1,4}(?:st|nd|rd|th|h)?)(?!\\w)"
#define DATESEP	"(?:[\\s,.:;|/\\x{2022}\\x{00b7}()\\[\\]\\x{2013}\\x{2014}-]" \
		"|a\\.m\\.|p\\.m\\.)"

/* Words that make up a site's menus. */
#define NAVWORDS "(?:skip to (?:the )?(?:main )?(?:content|navigation)" \
	"|skip navigation|(?:main |open |close )?menu|toggle (?:navigation" \
	"|menu)|navigation|search(?: for)?|close|home(?:page)?|front page" \
	"|back(?: to top)?|top|(?:all )?sections|show more|load more" \
	"|see more|view (?:all|more)|see all|sign in|log ?in|log ?out" \
	"|sign out|register|my account|account|profile|settings" \
	"|subscribe(?: now)?|donate|contact(?: us)?|about(?: us)?|help|faq" \
	"|sitemap|site map|rss|e-?paper|newsletters?|live tv|watch live" \
	"|weather|markets?|world|news|local|business|sports?|politics" \
	"|entertainment|lifestyle|tech(?:nology)?|science|health|travel" \
	"|culture|arts|food|style|autos?|real estate|jobs|classifieds" \
	"|obituaries|games|puzzles|crosswords?|email address" \
	"|enter your email(?: address)?|sign up|submit|go|ok|edition" \
	"|choose your edition|change location|jump to|table of contents" \
	"|contents|in this article|on this page|video|videos|opinion" \
	"|podcasts?|more)"

static const char *const nav[] = {
	"^" NAVWORDS "\\W*$",
	/* Several of them run together: "Menu Search Sign in Subscribe". */
	"^(?:" NAVWORDS "\\b[\\s|/,.:\\x{2022}\\x{00b7}-]*){2,}$",
	NULL
};

static const struct boiler_gated nav_gated[] = {
	{ "[\\x{25be}\\x{25bc}\\x{2630}]", "@arrow", 0 },
	/* A site's address on a line of its own. */
	{ "^(?:www\\.)?[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|org|net|co|"
	    "co\\.uk|news|info|in|pk|ph|au|ca|de|fr|ie|nz|za)\\W*$",
	    "com org net co uk info pk ph au ca de fr ie nz za", 0 },
	/* A menu: three or more short items between bars or bullets. */
	{ "^(?:[^|\\x{2022}\\x{00b7}]{1,30}[|\\x{2022}\\x{00b7}]){2,}"
	    "[^|\\x{2022}\\x{00b7}]{0,30}$", "@bar", 0 },
	{ NULL, NULL, 0 }
};

static const char *const breadcrumb[] = {
	"^(?:home|start|front page)\\s*[\\x{00bb}\\x{203a}>/|:]",
	"^you are here\\b",
	NULL
};

static const struct boiler_gated breadcrumb_gated[] = {
	/* Section paths: "Money \xc2\xbb Economy", "News > World > Asia". */
	{ "^(?:[^\\x{00bb}\\x{203a}>]{1,40}\\s[\\x{00bb}\\x{203a}>]\\s+){1,6}"
	    "[^\\x{00bb}\\x{203a}>]{1,40}$", "@crumb", 0 },
	{ NULL, NULL, 0 }
};

static const char *const timestamp[] = {
	"^(?:published|updated|posted|last (?:updated|modified)|"
	"first published)(?:\\s+on)?\\s*:?\\s*(?:" DATESEP "|" DATETOK
	"|by\\b.{0,60})+$",
	"^\\d+\\s*(?:min(?:ute)?s?)\\s+read\\W*$",
	"^(?:reading time|read time|listen time)\\b.{0,30}$",
	NULL
};

static const struct boiler_gated timestamp_gated[] = {
	{ "^(?:" DATESEP "|" DATETOK ")+$", "@digit", 0 },
	{ NULL, NULL, 0 }
};

static const char *const byline[] = {
	/* "By Jane Doe, Reuters": names, not a sentence starting with By. */
	"^(?:by|written by|words by|story by|text by|posted by|"
	"interview(?:ed)? by|photographs? by|illustrations? by|"
	"published by|author|authors?:)\\s+(?-i:\\p{Lu}).{0,100}$"
	"(?<![a-z]{3}[.!?])",
	"^(?:staff|senior|chief|political|foreign|business|economics|"
	"sports|science|health|city hall)? ?(?:reporter|correspondent|"
	"staff writer|contributing writer|columnist)\\W*$",
	NULL
};

static const struct boiler_gated byline_gated[] = {
	/* "Jane Doe, Waterfront Reporter" */
	{ "^(?:by\\s+)?(?-i:\\p{Lu})[\\p{L}.'\\x{2019}-]+(?:\\s+(?-i:\\p{Lu})"
	    "[\\p{L}.'\\x{2019}-]+){1,3}\\s*[,|\\x{2022}\\x{2014}\\x{2013}-]\\s*"
	    "(?:staff (?:writer|reporter)|(?:senior |chief |political |"
	    "foreign |business |economics |sports |science |health |"
	    "environment |waterfront |city hall )?(?:reporter|correspondent|"
	    "editor|writer|columnist|contributor))\\W*$",
	    "reporter correspondent editor writer columnist contributor", 0 },
	{ NULL, NULL, 0 }
};

static const char *const caption[] = {
	"^(?:photo|image|file photo|picture|caption|gallery)s?\\s*[:|\\d]",
	"^(?:photo |image |video )?credits?\\s*(?:\\.{2,}|\\x{2026}|:)",
	"^(?:image|photo|video|audio|gallery|graphic|slideshow)s?\\W*$",
	NULL
};

static const struct boiler_gated caption_gated[] = {
	/* A credit at the end: "... June 18. \xe2\x80\x94 Reuters". */
	{ "[\\x{2014}\\x{2013}-]\\s*(?:photo(?:graph)?s?\\s*[:/]\\s*.{1,60}|"
	    "(?-i:Reuters|REUTERS|AFP|AP|EPA|EPA-EFE|Getty Images|Bloomberg|"
	    "Xinhua|ANI|PTI|Shutterstock|Supplied|Handout|File|Photo|"
	    "[A-Z][\\w.]*(?: [A-Z][\\w.]*){0,3} (?:Press|News|Service|"
	    "Agency|Images|Wire|Newswire|Dispatch|Photo)))\\W*$",
	    "@dash", 100 },
	/* "... on Tuesday. CALDER DAILY RECORD/Joel Pyne" */
	{ "[.!?\\x{201d}\"]\\s+(?-i:[A-Z][A-Z .&'-]{1,40}"
	    "(?:/[\\p{L} .'-]{1,40})?)$", "@caps", 100 },
	{ "\\((?:(?-i:\\p{Lu})[^()/]{0,40}\\s*/\\s*(?-i:\\p{Lu})[^()]{0,40}|"
	    "(?:ap |afp |reuters |epa |getty |file |pool )?photo[^()]{0,60}|"
	    "(?:image|photo|picture)s?: [^()]{1,60}|(?-i:[A-Z][\\w.]*"
	    "(?: [A-Z][\\w.]*){0,3} (?:Press|News|Service|Agency|Images|"
	    "Wire|Newswire|Dispatch|Photo)|Reuters|AFP|AP|EPA|Getty Images|"
	    "Xinhua|Bloomberg))\\)\\W*$", "@paren",
	    100 },
	{ "(?:^|[\\s(|.])(?:photo(?:graph)?|image|picture|illustration|"
	    "graphic|file photo|photo credit|image credit|credit|courtesy|"
	    "pictured)s?\\s*(?:by\\s|[:/|]\\s*)\\s*\\S.{0,80}$",
	    "photo photos photograph photographs image images picture "
	    "pictures illustration graphic credit credits courtesy pictured",
	    120 },
	{ "\\b(?:getty images|shutterstock|istock(?:photo)?|alamy|ap photo|"
	    "afp via getty|epa-efe|pool photo|reuters/(?-i:\\p{Lu}))",
	    "getty shutterstock istock istockphoto alamy ap afp epa pool "
	    "reuters", 0 },
	/* "\xc2\xa9 Jonas Rieck": a credit; with a year it is a footer. */
	{ "^\\x{00a9}\\s*(?-i:\\p{Lu})[\\p{L} .&/'\\x{2019}-]{1,40}$", "@copy",
	    0 },
	{ "\\bclick (?:on )?(?:the )?(?:image|photo|picture) to (?:enlarge|"
	    "expand)\\b", "enlarge expand", 0 },
	{ NULL, NULL, 0 }
};

static const struct boiler_gated embed_gated[] = {
	{ "pic\\.twitter\\.com/", "twitter", 0 },
	{ "^a post shared by\\b", "shared", 0 },
	{ NULL, NULL, 0 }
};

static const char *const embed[] = {
	"^(?:https?://)?(?:t\\.co|youtu\\.be|bit\\.ly)/\\S+\\W*$",
	"^(?:view this post on (?:instagram|facebook)|"
	"view (?:more )?on (?:instagram|twitter|x|facebook|tiktok|youtube|"
	"threads)|watch on youtube|embed from getty images|"
	"this content is (?:imported|hosted) from|"
	"this (?:video|embed|tweet|post) (?:is|was|has been) "
	"(?:not available|unavailable|deleted|removed)|"
	"click to (?:play|watch)|play video|loading (?:video|player|tweet)|"
	"embedded (?:video|content|tweet|post|media)\\W*$|"
	"video player is loading)",
	"^\\d{1,2}:\\d{2}(?:\\s*/\\s*\\d{1,2}:\\d{2})?$",
	NULL
};

/* "— Name (@handle) June 18, 2023": the line before it is the post. */
static const char *const embed_attribution[] = {
	"^[\\x{2014}\\x{2013}-]+\\s*[^()]{0,80}\\(@\\w{1,30}\\)"
	"[\\w\\s,.:/]{0,40}$",
	NULL
};

static const char *const share[] = {
	"^(?:share|share (?:this|the) (?:article|story|post|page)|"
	"share (?:on|via|to) \\w+|share article|tweet(?: this)?|e-?mail|"
	"print(?: this(?: article| page)?)?|whatsapp|facebook|twitter|x|"
	"linkedin|pinterest|reddit|telegram|flipboard|copy link|copy url|"
	"link copied|save|saved|save (?:article|story|for later)|bookmark|"
	"gift (?:this )?article|listen(?: to (?:this )?(?:article|story))?|"
	"font size|text size|a\\+?|comments?|show comments|reuse this content|"
	"send any friend a story|opens? (?:in )?(?:a )?new (?:window|tab)|"
	"(?:like|follow) us(?: on \\w+)?|follow)\\W*$",
	"^share(?: this)?(?: (?:article|story|post))?\\s*[:|\\x{2014}-]",
	"^(?:please |kindly )?share (?:this|the) (?:article|story|post|page|"
	"news|report)\\b.{0,30}$",
	"^(?:share (?:on|via|to) \\w+\\s*){2,}$",
	"^(?:follow|like|join) (?:us|our)\\b.{0,60}$",
	"^follow (?:\\S+ ){1,4}on (?:twitter|x|facebook|instagram|linkedin|"
	"threads|bluesky|tiktok|youtube)\\b.{0,40}$",
	"^(?:follow\\s+)?@\\w{1,30}(?:\\s+on\\s+\\w+)?\\W*$",
	"^\\d+(?:[.,]\\d+)?[km]?\\s*(?:views?|likes?|shares?|reads?|"
	"reactions?)\\W*$",
	"^(?:facebook|twitter|x|linkedin|whatsapp|email|pinterest|reddit|"
	"telegram|print|copy link)(?:\\s*[,|/]?\\s*(?:facebook|twitter|x|"
	"linkedin|whatsapp|email|pinterest|reddit|telegram|print|"
	"copy link))+\\W*$",
	NULL
};

static const char *const comments[] = {
	"^(?:\\d+|no|view|show|hide|load|read) comments?\\b",
	"^(?:leave|post|add|write|submit) (?:a |your )?(?:comment|reply|"
	"response)\\b",
	"^(?:join|start) the (?:conversation|discussion|debate)\\b",
	"^(?:be the first to comment|comments are (?:closed|moderated)|"
	"cancel reply|have your say\\b|what do you think\\?|"
	"your email address will not be published|"
	"required fields are marked|save my name, email|"
	"(?:name|email|website|comment)\\s*\\*?$)",
	"^comments? (?:policy|guidelines)\\b",
	"^comments?\\s*\\(\\d+\\)\\W*$",
	"^(?:\\d+|one|two|three) (?:thoughts?|responses?|replies|reactions?) "
	"(?:on|to)\\b",
	"^(?:reply|report|flag|permalink)(?:\\s*[|\\x{00b7}]\\s*"
	"(?:reply|report|like|flag|share|permalink))*\\W*$",
	"^(?:comments?|discussion|reader comments|responses?)$",
	NULL
};

static const struct boiler_gated comments_gated[] = {
	{ "\\blogged in to (?:post|comment|reply)\\b", "logged", 0 },
	/* "News, Politics June 6, 2019 No Comments on Headline" */
	{ "\\b(?:no|\\d+) comments? on\\b", "comments", 0 },
	{ NULL, NULL, 0 }
};

static const char *const subscribe[] = {
	"^(?:subscribe|sign up|register|join|get|receive)\\b.{0,100}"
	"\\b(?:newsletters?|updates|alerts|inbox|briefing|digest|bulletin|"
	"e-?mails?)\\b",
	"^(?:subscribe|sign up)\\s+(?:to|now|today|for|from|and|on|here)\\b",
	NULL
};

static const struct boiler_gated subscribe_gated[] = {
	{ "\\byour subscription\\b", "subscription", 0 },
	{ "\\b(?:thank(?:s| you) for (?:subscribing|signing up|registering|"
	    "your (?:interest|support|subscription))|we could not sign you up|"
	    "check your (?:email|inbox)|please (?:try again|enter a valid|"
	    "check your email)|invalid email)",
	    "thank thanks sign check please invalid", 0 },
	{ "\\b(?:already (?:a subscriber|a member|have an account|"
	    "registered)|create (?:a free |an |your )?account|"
	    "subscribers? only|for subscribers|unlimited (?:digital )?access|"
	    "start your (?:free )?trial|log ?in to (?:continue|read)|"
	    "this (?:article|story|content) is (?:for|available to|exclusive "
	    "to|reserved for) (?:subscribers|members))",
	    "already account subscriber subscribers unlimited trial login "
	    "log", 0 },
	{ "\\b(?:support (?:our|independent|local|quality|quality local) "
	    "journalism|become an? (?:\\w+ )?(?:member|subscriber|supporter))",
	    "journalism member supporter", 0 },
	{ "\\b(?:you have reached your (?:limit|free)|"
	    "free articles? (?:remaining|left)|"
	    "delivered (?:straight )?to your inbox|cancel any ?time|"
	    "delivered (?:to you )?(?:every|each) (?:weekday|day|morning|"
	    "evening|week|friday|sunday)|"
	    "subscribe (?:from|for) [$\\x{00a3}\\x{20ac}]|"
	    "(?:daily|weekly|morning|evening) (?:newsletter|briefing|"
	    "digest)\\b)",
	    "reached inbox anytime subscribe newsletter briefing digest "
	    "delivered", 0 },
	{ "\\b(?:(?:cancel|unsubscribe|opt[ -]out)(?: at)? any ?time|"
	    "free articles? (?:remaining|left)|we use your sign-?up)\\b",
	    "cancel remaining unsubscribe opt", 0 },
	{ NULL, NULL, 0 }
};

static const char *const legal[] = {
	"^(?:terms (?:of (?:use|service)|and conditions|& conditions)|"
	"privacy (?:policy|notice|statement|settings)|cookie (?:policy|"
	"settings|preferences)|do not sell my .{0,40}|accessibility|"
	"advertise(?: with us)?|careers|work with us|corrections|"
	"editorial (?:standards|guidelines|policy)|ethics policy|"
	"our standards\\b.{0,60})(?:\\s*[|\\x{2022}\\x{00b7}]\\s*.*)?$",
	"^(?:this site is protected|google privacy policy)",
	"^privacy (?:notice|policy|statement)\\s*:",
	"^(?:disclaimer|disclosure)s?\\s*[:.\\x{2014}\\x{2013}-]",
	/* Market data and investment disclaimers. */
	"^(?:all |stock |market )?(?:data|quotes?|prices?)\\b.{0,60}"
	"\\b(?:delayed (?:by )?(?:at least |a minimum of |up to )?"
	"(?:\\d+|fifteen|twenty) min|real-time snapshot)",
	"^this (?:article|content|story|material|information) is "
	"(?:provided )?(?:for |solely for )?(?:general )?information(?:al)? "
	"purposes",
	NULL
};

static const struct boiler_gated legal_gated[] = {
	{ "\\b(?:by (?:clicking|continuing|signing up|subscribing|"
	    "submitting|providing|entering|registering|using|creating)|"
	    "i (?:agree|accept|have read)|you (?:agree|consent|accept)|"
	    "(?:confirm|acknowledge) (?:that )?(?:you|i) have read)\\b.{0,200}"
	    "\\b(?:terms|privacy|polic(?:y|ies)|conditions|cookies?)\\b",
	    "terms privacy policy policies conditions", 0 },
	/* reCAPTCHA notices, disclaimers of links and of opinions. */
	{ "\\brecaptcha\\b.{0,80}\\b(?:privacy|terms|protect)|"
	    "\\bnot responsible for the content of (?:external|other|"
	    "third[ -]party) (?:sites|websites|links|internet sites)\\b|"
	    "\\bviews expressed (?:in this \\w+ |here )?are (?:the author|"
	    "those of the author|(?:his|her|their|my) own|solely)|"
	    "\\bsubmit a (?:response|letter)\\b.{0,80}\\b(?:publication|"
	    "letters)\\b|\\b(?:holds?|takes?|accepts?|bears?) no "
	    "responsibility for (?:its|the|this|their) content\\b",
	    "recaptcha external expressed submit responsibility", 0 },
	{ NULL, NULL, 0 }
};

static const char *const cookies[] = {
	"^(?:accept|reject|allow|manage|decline|deny)(?: all)?"
	"(?: cookies)?(?:\\s*[|/]\\s*(?:accept|reject|allow|manage|decline|"
	"deny|settings|preferences|options)(?: all)?)*\\W*$",
	"^(?:i accept|got it|agree|i agree|accept all|manage (?:preferences|"
	"settings|options|consent)|more options|cookie settings)\\W*$",
	NULL
};

static const struct boiler_gated cookies_gated[] = {
	{ "\\bwe (?:and our (?:\\d+ )?partners )?use cookies\\b",
	    "cookies", 0 },
	{ "\\b(?:this|our) (?:web)?site uses cookies\\b", "cookies", 0 },
	{ "^(?=.*\\bcookies?\\b)(?=.*\\b(?:we|our|you|your|this "
	    "(?:web)?site)\\b)(?=.*\\b(?:experience|browsing|browser|consent|"
	    "accept|agree|preferences|settings|personali[sz]e|analy[sz]e|"
	    "traffic|partners|continu(?:e|ing))\\b)", "cookie cookies", 0 },
	/* Consent banners that do not say "cookie". */
	{ "\\bwe value your privacy\\b|^(?=.*\\b(?:we|our|you|your)\\b)"
	    "(?=.*\\b(?:consent|partners'?|vendors)\\b)(?=.*\\b(?:personal "
	    "data|personali[sz]ed|processing|legitimate interest|device)\\b)",
	    "privacy consent vendors", 0 },
	{ NULL, NULL, 0 }
};

static const char *const copyright[] = {
	"^copyright(?: notice| information| policy)?\\W*$",
	NULL
};

static const struct boiler_gated copyright_gated[] = {
	{ "\\x{00a9}", "@copy", 0 },
	{ "\\(c\\)\\s*(?:\\d{4}|copyright)", "c", 0 },
	{ "\\bcopyright\\b\\s*(?:\\(c\\)|\\d{4})", "copyright", 0 },
	{ "\\ball rights reserved\\b", "reserved", 0 },
	{ "\\b(?:this material|this article|this content) may not be "
	    "(?:published|broadcast|rewritten|reproduced|redistributed)",
	    "rewritten redistributed republished reproduced broadcast", 0 },
	{ "\\b(?:reproduction|republication|redistribution) "
	    "(?:of this .{1,30} )?(?:without|is prohibited|is forbidden)",
	    "reproduction republication redistribution", 0 },
	{ NULL, NULL, 0 }
};

static const char *const tags[] = {
	"^(?:tags?|topics?|tagged(?: with| in)?|related (?:topics|tags|"
	"terms|keywords)|categories|category|filed under|keywords|labels|"
	"more on|more about|more in|explore|subjects?)"
	"\\s*[:\\x{ff1a}|]",
	"^posted in\\b.{0,60}\\bby\\b",
	"^(?:tags?|topics?|related topics|keywords)$",
	NULL
};

static const char *const source[] = {
	"^\\(?(?:sources?|via|courtesy(?: of)?|credits?|image sources?|"
	"photo sources?)\\s*:.{0,150}$",
	"^\\(?(?:with )?(?:(?:additional )?reporting|writing|editing|edited|"
	"compiled|produced|translated|research|graphics) by\\b.{0,200}$",
	"^\\(?with (?:inputs? from|agency inputs|agencies|wire "
	"services|additional reporting|(?-i:[A-Z][\\w.-]*)(?: (?:and|&) "
	"(?-i:[A-Z][\\w.-]*(?: [A-Z][\\w.-]*)*))?$)",
	"^\\(?(?:this (?:story|article|report) (?:was|has been|first) "
	"(?:originally )?(?:published|appeared|updated|edited|produced|"
	"auto-generated)|originally published|(?:read|view) the original "
	"(?:article|story)|this is an? (?:edited|automated) (?:version|"
	"story))",
	"^(?:[\\x{2014}\\x{2013}-]\\s*)?(?:(?-i:AP|AFP|Reuters|ANI|PTI|IANS|"
	"Xinhua|Bloomberg)|agencies|staff)\\W*$",
	"^\\(?this (?:story|article|report|piece) "
	"(?:appears|appeared|will appear) in (?:the )?(?:\\w+ )*"
	"(?:print|issue|edition|magazine)\\b",
	"^(?-i:SOURCE) (?-i:\\p{Lu})[\\w.&' -]{1,60}$",
	"^(?:media|press|investor|news) (?:contacts?|enquiries|inquiries|"
	"relations)\\s*:?.{0,80}$",
	"^\\(?(?:except for the headline|this (?:story|article|report) "
	"(?:has not been|was not|is) (?:edited|published|generated|"
	"auto-generated|automatically generated|syndicated))",
	NULL
};

static const struct boiler_gated source_gated[] = {
	{ "\\bcontributed (?:to )?this (?:report|story|article)\\b|"
	    "^\\(?a version of this (?:story|article|report|piece) "
	    "(?:appears|appeared|will appear) in\\b",
	    "contributed version", 0 },
	{ "\\bpublished from a (?:syndicated|wire|news agency) feed\\b",
	    "syndicated feed", 0 },
	{ NULL, NULL, 0 }
};

static const char *const no_pats[] = { NULL };

/*
 * A reader-funded outlet's appeal after the article: several paragraphs
 * of good prose, so it opens a zone (BF_ZONE) that drops the rest.
 */
static const struct boiler_gated appeal_gated[] = {
	{ "\\b(?:we have a small favou?r to ask|every contribution,? "
	    "(?:however|big or|large or)|support us (?:from|for) as little as|"
	    "(?:powers|funds|sustains|supports) our (?:journalism|reporting)|"
	    "we have no shareholders|no billionaire owner|"
	    "(?:make|give) a (?:one-off |one-time |monthly )?(?:contribution|"
	    "donation) (?:to|today)|readers like you (?:keep|make))",
	    "favour favor contribution shareholders billionaire journalism "
	    "donation", 0 },
	{ NULL, NULL, 0 }
};

/*
 * "Jane Doe is a writer based in Galway.": only after the last good
 * paragraph (BF_TAIL), since a story may introduce a reporter so.
 */
static const struct boiler_gated bio_gated[] = {
	{ "^(?-i:\\p{Lu}[\\p{L}.'\\x{2019}-]+(?:\\s+\\p{Lu}"
	    "[\\p{L}.'\\x{2019}-]+){1,3})\\s+(?:is|was)\\s+(?:an?|the)\\s+"
	    "(?:[\\w,'\\x{2019}-]+\\s+){0,4}(?:writer|journalist|reporter|"
	    "correspondent|editor|author|columnist|contributor|photographer|"
	    "novelist|critic|professor|fellow|freelancer)\\b",
	    "writer journalist reporter correspondent editor author "
	    "columnist contributor photographer novelist critic professor "
	    "fellow freelancer", 0 },
	/* "The Salt Road by Ann Lee is published by Harrow, \xc2\xa312." */
	{ "\\b(?:is|are) (?:published|out) (?:by|from|now) [^.]{1,60}"
	    "[,(]\\s*[$\\x{00a3}\\x{20ac}]\\s?\\d", "published", 0 },
	{ NULL, NULL, 0 }
};

static const char *const ads[] = {
	"^(?:advertisements?|advert|ads?|sponsored(?: content| links?)?|"
	"paid (?:content|post|partnership)|promoted(?: content)?|"
	"partner content|presented by|in partnership with|supported by|"
	"(?:story|article|content) continues (?:below|after)"
	"(?: (?:this )?(?:advertisement|ad))?|"
	"continue reading(?: below| the main story)?|"
	"scroll (?:down )?to continue(?: with content| reading)?|"
	"advertisement\\W+scroll to continue(?: with content)?|"
	"(?:video )?ad feedback|report (?:this )?ad|remove ads|ad-free|"
	"skip (?:advertisement|ad)|close (?:ad|advertisement))\\W*$",
	NULL
};

static const char *const related[] = {
	"^(?:related(?: (?:stories|articles|news|posts|content|coverage|"
	"links|reading|story|article|video))?|read(?: more| also| next)?|"
	"also read|see also|also see|more|watch|listen|must read|"
	"don'?t miss|recommended|trending|top story|latest|"
	"further reading|more from [^:]{1,30}|more on [^:]{1,40}|"
	"editor'?s'? picks?|click here|full story|in other news|"
	"check out|explained|explainer|live|live updates|breaking|"
	"video|watch video|photos|in pictures|opinion|analysis|comment)"
	"\\s*(?:[:\\x{ff1a}|\\x{00bb}>\\x{2014}\\x{2013}]|-\\s)\\s*\\S",
	"^(?:click|tap) here\\b",
	"^recommended (?:from|by) [\\w .'\\x{2019}-]{1,30}$",
	"^(?:read|continue reading|view|see) (?:the )?(?:full|original|"
	"complete|rest of the) (?:story|article|report|coverage)"
	"(?: (?:here|on|at|in) .{0,40})?\\W*$",
	NULL
};

/* Headings of sidebars and of the blocks that end an article. */
static const char *const sidebar[] = {
	"^(?:related(?: (?:stories|articles|news|posts|content|coverage|"
	"links|reading|items|videos|topics))?|more (?:stories|news|"
	"articles|headlines|videos|to read|from [^:]{1,40}|on this "
	"(?:story|topic)|in [\\w .'\\x{2019}-]{1,30}|like this|for you|"
	"coverage)|read (?:more|next|also)|you (?:may|might) (?:also )?"
	"(?:like|enjoy|be interested in|have missed)|"
	"recommended(?: (?:for you|stories|articles|reading|videos))?|"
	"also (?:on|in) [\\w .'\\x{2019}-]{1,30}|"
	"most (?:read|popular|viewed|shared|"
	"commented|emailed|watched|recent)(?: (?:stories|articles|news|"
	"today|this week|now|in [\\w ]{1,20}))?|popular(?: (?:stories|now|"
	"posts|articles|in [\\w ]{1,20}))?|trending(?: (?:now|stories|news|"
	"topics|articles|in [\\w ]{1,20}))?|latest(?: (?:news|stories|"
	"articles|posts|headlines|videos|updates|from [\\w .'\\x{2019}-]"
	"{1,30}))?|top (?:stories|news|headlines|picks)|editor'?s'? "
	"(?:picks?|choice)|don'?t miss|what to read next|further reading|"
	"up next|watch next|in (?:other news|case you missed it|pictures)|"
	"around the web|from the web|from our partners|partner (?:content|"
	"stories)|sponsored (?:stories|links|content)|opinions?|"
	"editorials?|columns?|columnists|letters(?: to the editor)?|"
	"features|blogs?|videos?|photos|podcasts?|multimedia|gallery|"
	"also read|see also|explore more|elsewhere|across the network|"
	"recent (?:posts|articles|stories)|(?:previous|next|newer|older)"
	"(?: (?:story|post|article))?|you may have missed|"
	"more top stories|suggested (?:reading|articles|for you)|"
	"keep reading|stories you may like|people also read|"
	"what others are reading|special reports?|spotlight|"
	"scoreboard|results|standings|fixtures|market data|"
	"popular on [\\w .'\\x{2019}-]{1,30}|featured(?: (?:stories|articles|"
	"posts|content|videos))?|promoted (?:stories|content|links)|"
	"read this next|discover more|more to (?:explore|read)|"
	"elsewhere on [\\w .'\\x{2019}-]{1,30}|about the authors?|"
	"(?:reader |daily |today'?s )?(?:poll|quiz|survey))\\W*$",
	"^about (?-i:\\p{Lu}[\\p{L}.&'\\x{2019}-]*)(?:\\s+(?-i:\\p{Lu})"
	"[\\p{L}.&'\\x{2019}-]*){0,4}\\W*$",
	/* "Don't miss these stories from Market Desk PRO:" */
	"^(?:don'?t miss|read|see|more|check out|explore|catch up on|"
	"recommended|related)\\b.{0,50}\\b(?:stories|articles|reads|"
	"coverage|headlines|videos)\\b[^.!?]{0,30}:$",
	NULL
};

static const struct boiler_gated prompts_gated[] = {
	{ "\\b(?:get|catch|track|follow|read) (?:all )?(?:the )?latest "
	    "(?:news|updates|headlines)\\b.{0,120}$|\\bfollow us on "
	    "(?:instagram|twitter|x|facebook|linkedin|threads|tiktok|"
	    "youtube|whatsapp|telegram|google news)\\b|"
	    "^this (?:advertisement|ad) has not loaded\\b.{0,60}$",
	    "latest advertisement", 0 },
	{ NULL, NULL, 0 }
};

static const char *const prompts[] = {
	"^(?:loading|please wait|please (?:enable|turn on) javascript|"
	"javascript is (?:disabled|required)|your browser does not support|"
	"this (?:video|content|feature|page) is (?:not available|"
	"unavailable)|report (?:an )?(?:error|typo|a correction)|"
	"send us (?:a tip|feedback)|got a (?:news )?tip|"
	"do you have a story|contact the (?:author|reporter|newsroom)|"
	"get in touch\\W*$|if you (?:have been|were|are) affected by\\b|"
	"(?:was|is|did you find) this (?:article|story|page|information) "
	"(?:helpful|useful)\\b|"
	"(?:buy|order) (?:a|your) copy\\b|"
	"(?:download|get|install) (?:our|the) (?:[\\w'\\x{2019} ]{1,40} )?app|"
	"open in app|join (?:our|us on) (?:whatsapp|telegram)|"
	"for (?:the )?latest (?:news|updates)|"
	"for more (?:\\w+ )?(?:news|stories|updates|information|coverage)"
	"\\b.{0,60}"
	"\\b(?:visit|follow|click|go to|check out|download)\\b|"
	"stay (?:informed|updated|connected)|sign up for\\b|"
	"get (?:breaking|the latest|our) .{0,40}(?:news|alerts|newsletter|"
	"updates)|watch live|breaking news|"
	"want to read more|want more\\b|like this (?:story|article)\\?|"
	"this article is more than \\w+ (?:years?|months?|days?) old|"
	"after newsletter promotion$)",
	"^(?:we(?:'re| are) (?:sorry|unable)|something went wrong|"
	"oops\\b|error loading|page not found|404\\b)",
	NULL
};

const struct boiler_family boiler_families[] = {
	{ "cookies", 0, 1200, "cookie and consent notices", cookies,
	    cookies_gated,
	    "accept reject allow manage decline deny i got agree more "
	    "cookie" },
	{ "legal", 0, 600, "terms, privacy and legal notices", legal,
	    legal_gated,
	    "terms privacy cookie do accessibility advertise careers "
	    "work corrections editorial ethics our this google disclaimer "
	    "disclaimers disclosure disclosures all stock market data quote "
	    "quotes price prices" },
	{ "caption", BF_CAPTION | BF_INLINE, 600,
	    "photo captions and credits", caption,
	    caption_gated,
	    "photo photos image images file picture pictures caption "
	    "captions gallery galleries credit credits video audio graphic "
	    "slideshow" },
	{ "copyright", BF_ZONE, 600, "copyright and all-rights lines",
	    copyright, copyright_gated,
	    "copyright" },
	{ "appeal", BF_ZONE, 600, "donation and membership appeals", no_pats,
	    appeal_gated, NULL },
	{ "subscribe", BF_INLINE, 300,
	    "subscription, newsletter and paywall prompts",
	    subscribe, subscribe_gated,
	    "subscribe sign register join get receive" },
	{ "embed", BF_INLINE, 600, "social and video embed residue", embed,
	    embed_gated,
	    "https http t youtu bit view watch embed this click play "
	    "loading video @lead embedded" },
	{ "embed-attribution", BF_EMBED | BF_INLINE, 160,
	    "\"- Name (@handle) date\" under an embedded post; drops the post "
	    "too", embed_attribution, NULL, "@lead" },
	{ "source", 0, 300, "source, wire and reporting credits", source,
	    source_gated,
	    "sources source via courtesy credit credits image photo "
	    "reporting additional writing editing edited compiled "
	    "produced translated research graphics with this "
	    "originally read view ap afp reuters ani pti ians xinhua "
	    "bloomberg agencies staff @lead except media press investor "
	    "news" },
	{ "bio", BF_TAIL, 400, "an author's bio after the article",
	    no_pats, bio_gated, NULL },
	{ "tags", BF_ZONE, 600, "tag, topic and category lines", tags, NULL,
	    "tag tags topic topics tagged related categories category "
	    "filed keywords labels posted more explore subject "
	    "subjects" },
	{ "comments", BF_ZONE, 160, "comment prompts and forms", comments,
	    comments_gated,
	    "no view show hide load read comment comments leave post "
	    "add write submit join start be cancel have what your "
	    "required save name email website discussion reader "
	    "response responses @lead one two three reply report flag "
	    "permalink" },
	{ "sidebar", BF_ZONE | BF_TEASER, 80,
	    "sidebar headings: related, most read, opinion", sidebar, NULL,
	    "related more read you recommended also most popular "
	    "trending latest top editor editors editor's don don't "
	    "what further up watch in around from partner sponsored "
	    "opinion opinions editorial editorials column columns "
	    "columnists letters features blog blogs video videos "
	    "photos podcast podcasts multimedia gallery see explore "
	    "elsewhere across recent previous next newer older "
	    "suggested keep stories people special spotlight "
	    "scoreboard results standings fixtures market featured promoted "
	    "discover check catch about poll polls quiz survey reader daily "
	    "today today's" },
	{ "related", BF_INLINE | BF_TEASER, 300,
	    "related-story teasers and \"Read more:\" links",
	    related, NULL,
	    "related read also see more watch listen must don don't "
	    "recommended trending top latest further editor editors "
	    "editor's click full in check explained explainer live "
	    "breaking video photos opinion analysis comment tap "
	    "continue view" },
	{ "share", BF_INLINE, 160, "share, follow and save prompts", share,
	    NULL,
	    "share tweet e email print whatsapp facebook twitter x "
	    "linkedin pinterest reddit telegram flipboard copy link "
	    "save saved bookmark gift listen font text a comments "
	    "comment show like follow join @lead reuse send opens open "
	    "please kindly" },
	{ "ads", BF_INLINE, 80, "advertisement markers", ads, NULL,
	    "advertisement advertisements advert ad ads sponsored "
	    "paid promoted partner presented in story article content "
	    "continue scroll report remove close supported skip video" },
	{ "prompts", BF_INLINE, 160, "app, tip-line and script prompts",
	    prompts, prompts_gated,
	    "loading please javascript your this report send got do "
	    "contact download get install open join for stay sign "
	    "watch breaking want like we we're something oops error "
	    "page after buy order if was is did" },
	{ "breadcrumb", BF_NAV, 160, "breadcrumbs: \"Home > News > ...\"",
	    breadcrumb, breadcrumb_gated,
	    "home start front you" },
	{ "nav", BF_NAV, 160, "navigation and menu lines", nav, nav_gated,
	    "skip main open close menu toggle navigation search home "
	    "homepage front back top all sections show load see view "
	    "sign log login logout register my account profile "
	    "settings subscribe donate contact about help faq sitemap "
	    "site rss e epaper paper newsletter newsletters live "
	    "watch weather market markets world news local business "
	    "sport sports politics entertainment lifestyle tech "
	    "technology science health travel culture arts food style "
	    "auto autos real jobs classifieds obituaries games "
	    "puzzles crossword crosswords email enter submit go ok "
	    "edition choose change jump table contents in on" },
	{ "timestamp", BF_INLINE | BF_META, 160,
	    "date, time and reading-time lines",
	    timestamp, timestamp_gated,
	    "published updated posted last first reading read listen @lead" },
	{ "byline", BF_INLINE | BF_META, 160, "bylines and author titles",
	    byline, byline_gated,
	    "by written words story text posted published author "
	    "interview interviewed photograph photographs illustration "
	    "illustrations "
	    "authors staff senior chief political foreign business "
	    "economics sports science health city reporter "
	    "correspondent contributing columnist" },
	{ NULL, 0, 0, NULL, NULL, NULL, NULL }
};

static const char *const special_keys[BOILER_SP_N] = {
	[BOILER_SP_COPY] = "@copy",
	[BOILER_SP_ARROW] = "@arrow",
	[BOILER_SP_CAPS] = "@caps",
	[BOILER_SP_PAREN] = "@paren",
	[BOILER_SP_CRUMB] = "@crumb",
	[BOILER_SP_BAR] = "@bar",
	[BOILER_SP_DIGIT] = "@digit",
	[BOILER_SP_DASH] = "@dash",
	[BOILER_SP_LEAD] = "@lead",
};

/* Open gate g on each of keys: words into the lexicon, @names aside. */
static void
add_keys(struct boiler *b, const char *keys, unsigned g)
{
	const char *p = keys, *e;
	size_t i, n;

	while (*p != '\0') {
		while (*p == ' ')
			p++;
		for (e = p; *e != '\0' && *e != ' '; e++)
			continue;
		n = (size_t)(e - p);
		if (n > 0 && *p == '@') {
			for (i = 0; i < BOILER_SP_N; i++)
				if (strlen(special_keys[i]) == n &&
				    memcmp(special_keys[i], p, n) == 0)
					b->special[i] |= 1ULL << g;
		} else if (n > 0)
			words_add_val(&b->lex, p, n, 1ULL << g);
		p = e;
	}
}

/* The next free bit of the lexicon; -1 when all are taken. */
static int
next_gate(struct boiler *b, char *msg, size_t msglen)
{
	if (BOILER_GATE0 + b->ngates > 63) {
		snprintf(msg, msglen, "too many gated patterns");
		return -1;
	}
	return (int)(BOILER_GATE0 + b->ngates++);
}

/*
 * A family's joined patterns run when the line's first word is one of
 * first; its gated patterns, when the line holds one of their keys.
 */
static int
add_family(struct boiler *b, const struct boiler_family *f, char *err,
    size_t errlen)
{
	char msg[256];
	size_t fam, i;
	int g;

	fam = rules_family(&b->rules, f->name, f->flags, f->maxlen);
	if (f->first != NULL) {
		if ((g = next_gate(b, msg, sizeof(msg))) == -1)
			goto fail;
		rules_family_gate(&b->rules, fam, (unsigned)g);
		add_keys(b, f->first, (unsigned)g);
		b->famgates |= 1ULL << g;
	}
	for (i = 0; f->pats[i] != NULL; i++) {
		/* One try per line, at its start: see rules.h. */
		if (f->pats[i][0] != '^') {
			snprintf(msg, sizeof(msg), "pattern %zu: not anchored",
			    i + 1);
			goto fail;
		}
		if (rules_add(&b->rules, fam, f->pats[i],
		    (size_t)PCRE2_ZERO_TERMINATED, 0, msg, sizeof(msg)) == -1)
			goto fail;
	}
	for (i = 0; f->gated != NULL && f->gated[i].pat != NULL; i++) {
		if ((g = next_gate(b, msg, sizeof(msg))) == -1 ||
		    rules_add_gated(&b->rules, fam, f->gated[i].pat,
		    (size_t)PCRE2_ZERO_TERMINATED, (unsigned)g,
		    f->gated[i].tail, msg, sizeof(msg)) == -1)
			goto fail;
		add_keys(b, f->gated[i].keys, (unsigned)g);
	}
	return 0;
fail:
	snprintf(err, errlen, "rule family %s: %s", f->name, msg);
	return -1;
}

int
boiler_rules_add(struct boiler *b, char *err, size_t errlen)
{
	const struct boiler_family *f;

	for (f = boiler_families; f->name != NULL; f++)
		if (add_family(b, f, err, errlen) == -1)
			return -1;
	return 0;
}
