// Words the rules test tokens against by name ("of", "said"), each with a small id, so that
// such a test is one comparison of integers instead of a comparison of strings:
//
//   if (doc.WordIs(t, "of")) ...   // "of" becomes a Word, its id found while compiling
//
// The tokenizer stores every token's id (Document::word_ids; the lexicon holds the ids with
// its other entries: Lexicon::WordInText). A literal missing from kRuleWords does not
// compile, so the table cannot silently go stale: add the word in its place in the order.
// The words of cues (cues.tsv) that are none of these get ids after them when the lexicon
// loads (Cue::rest_words, Lexicon::CuesOfWord). Other text known only at run time is
// compared as a string: Document::WordIsText.
#ifndef POLICY_SERVER_EXTRACT_INTERNAL_WORDS_H_
#define POLICY_SERVER_EXTRACT_INTERNAL_WORDS_H_

#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <string_view>

namespace policy::extract_internal {

// Lower case, sorted by bytes, no duplicates; a paragraph per first letter. A word's id is
// its index; 0 (the empty string) is the id of every token that is neither a rule word nor
// a cue's word, punctuation and quotation marks included.
inline constexpr std::string_view kRuleWords[] = {
    "", "&",
    "a", "a.m.", "aboard", "about", "above", "absurd", "according", "account", "accurate",
    "accused", "acquitted",
    "across", "acting", "activists", "addition",
    "address", "administration", "admirer", "admirers",
    "admission",
    "advice", "adviser", "advises", "advisor",
    "advocate", "advocates", "after",
    "afternoon",
    "again", "against", "aged", "agency", "ago", "ahead", "airline",
    "airwaves", "album", "alike", "all", "allied", "allies", "allusion", "ally", "almost", "along",
    "alongside",
    "aloud",
    "already", "also",
    "although",
    "ambassador", "ambulance", "amid", "among", "an", "analyst", "analysts", "and", "anger",
    "anomaly",
    "anonymity",
    "another",
    "answer", "answers",
    "anthem", "any", "anybody", "anyone", "apart", "apologize", "appeal", "appear", "appearance",
    "appearances",
    "appeared", "appears", "applause", "appointed",
    "appropriate", "approximately", "april",
    "are", "area",
    "aren't",
    "aren\xE2\x80\x99t", "around", "arrested", "arrive", "arrived", "arrives", "as", "aside",
    "ask", "asked",
    "assembled",
    "assembly",
    "assemblyman",
    "assemblymember",
    "assemblywoman", "assessment", "assistant",
    "at", "ate",
    "attempt", "attempted", "attempting", "attempts", "august", "aunt", "authored", "authority",
    "authors",
    "automaker", "avenue", "away",
    "back", "backer", "backers", "backlash", "bad", "banner", "barb", "barely", "based", "battle",
    "battles", "bay", "be", "beach", "beat", "beaten", "beating", "beats", "became", "because",
    "becomes",
    "been", "before", "began", "begin", "begins",
    "behalf", "behind", "being", "believe", "believed", "belly", "below", "beneath", "bent",
    "besides", "beyond", "bid", "bids", "bigger", "billion", "billionaire", "biography", "bishop",
    "blew", "blog",
    "blow", "blunt",
    "bogus", "bold", "book", "boos", "boosted", "boosts", "born", "borough", "boss", "both",
    "bought",
    "bound",
    "boy",
    "branch",
    "breach",
    "brewer", "briefed",
    "briefing", "briefings", "broadcast", "broadcaster", "broke", "brother", "brought", "builder",
    "built",
    "bully", "bunch", "bureau", "but", "butterfly",
    "by", "calculated",
    "call", "called", "calling", "calls", "came", "cameras", "campaign", "campaigners",
    "campaigns", "can",
    "caption", "care", "careful",
    "carmaker", "carrier",
    "caught", "cents", "ceo", "ceremony", "cfo", "chair", "chairman", "chairperson", "chairwoman",
    "chancellor",
    "chant", "chapter",
    "charge", "charged", "charity", "cheers", "chief", "children", "chipmaker", "chose", "chosen",
    "cio",
    "circulated",
    "cited",
    "cites", "citing", "city", "clad", "cleared", "close", "cm", "cmo",
    "co-authored", "co-founder", "coach", "coast", "cofounder", "collector", "column", "come",
    "comedy", "comes",
    "coming",
    "comment", "commentary",
    "comments",
    "commission",
    "commissioned", "commissioner",
    "committee",
    "company",
    "compared",
    "compelled", "compiled", "complain", "concluded", "condemnation", "conducted", "conference",
    "conglomerate", "congressman",
    "congresswoman",
    "consensus", "constable", "constabulary", "consultancy", "consultant", "contempt",
    "continue", "continued", "continues", "continuing", "contractor", "convene", "convened",
    "convenes", "conversation", "conversations", "convicted", "coo",
    "coroner", "corporate",
    "corporation", "could", "council", "councillors", "counter", "county", "couple", "course",
    "court",
    "cousin", "covered", "covers", "crazy", "critic",
    "criticism", "critics", "crowd", "crucial", "crusade", "cto", "current", "currently", "custom",
    "customer", "customers", "cut", "cuts",
    "da", "daily", "daughter", "day", "days", "de", "dead", "dealt", "dean", "debate", "debates",
    "decades",
    "decision", "declined", "defending", "del", "delivered", "democrat", "democratic", "den",
    "departing",
    "department",
    "departure",
    "depth",
    "deputy", "der", "despite", "det", "det.", "detail", "detained", "detective", "detractor",
    "detractors", "developer",
    "di", "did", "didn't",
    "didn\xE2\x80\x99t",
    "dig", "direct", "director",
    "disclose", "disclosed", "discovered", "dissent", "dissertation",
    "distributor", "district",
    "do", "documentary", "does",
    "dollars",
    "dos", "down",
    "dozen", "dozens",
    "drafted",
    "dragging", "drama", "drawing", "drawn", "drew", "drive", "driven", "driver", "drives",
    "driving",
    "drove",
    "drugmaker",
    "du", "dubbed",
    "dumb", "during",
    "e-mail", "each", "earlier", "earliest", "early", "east", "economist", "economists", "editor",
    "educated",
    "effort",
    "efforts", "eight",
    "elaborate", "elderly", "elected", "eliciting", "email",
    "emailed", "embattled", "emerged", "employees", "enquiry", "entitled", "envoy", "essay",
    "estimated",
    "estimates", "evacuated", "even",
    "evening",
    "event", "events", "ever", "ex", "exactly", "examined", "example", "exceeded", "exceeding",
    "excluding", "executive", "executives", "expectations", "expected", "expert", "experts",
    "explain",
    "express",
    "expressed", "expresses", "expressing", "extra", "extreme",
    "facebook", "fact", "fake", "falls", "false", "familiar", "family", "fan", "fans",
    "far", "father",
    "fax",
    "fee",
    "feed",
    "fees",
    "fell", "fellow",
    "felt", "female", "few",
    "fewer", "fierce", "fight", "fights", "filed", "film", "filmed", "final",
    "finally", "find",
    "fines", "fire",
    "fired", "firefighters", "firm", "first", "five", "flawed", "fled", "flew",
    "floor", "foe", "foes", "followed", "follower", "followers", "following", "follows", "for",
    "forced", "forecast",
    "forecasts", "foreword",
    "forgave", "forgot", "former", "formerly", "forum",
    "forward", "forwarded", "fought", "found", "founder", "founding", "four", "friend", "friends",
    "from", "froze", "fully", "funded", "fury", "future", "gather", "gathered", "gathers",
    "gave", "general", "gets", "giant", "girl", "give", "given", "gives", "giving", "global",
    "go", "goes",
    "going",
    "gone",
    "good", "got",
    "governor", "great", "greater", "grew", "group", "guilty",
    "had", "half", "hall", "hand", "handed", "handful", "hardly", "harsh", "has", "hashtag",
    "hasten", "hastened", "hastens", "have",
    "having", "he", "head", "headed",
    "headline", "headlined", "hear", "heard", "hearing", "hearings",
    "hears", "heights", "held", "help", "helped", "helps", "her", "here", "herself", "hid",
    "hidden", "hiked", "hikes", "hills", "him", "himself", "his", "hit", "home", "hon", "hon.",
    "honorable",
    "honourable",
    "hour",
    "hours", "how", "hundreds", "hurt",
    "husband",
    "hymn",
    "i", "identified", "identify", "if", "illegal", "immoral", "imprisoned", "in", "inaccurate",
    "inappropriate", "including", "incoming",
    "independent", "indicted", "initiative",
    "initiatives",
    "injured", "inquest", "inquiry", "insane", "inscription", "inside", "insp", "insp.",
    "inspector",
    "inspired", "instagram",
    "instance", "instant", "instead",
    "insurer",
    "interest",
    "interim",
    "interview", "interviewed", "interviews", "into", "introduction", "investigation",
    "investigators", "involved",
    "involvement",
    "ire", "is", "island", "islands", "isn't",
    "isn\xE2\x80\x99t", "issue", "issued", "issues", "issuing", "it", "it's", "its", "itself",
    "it\xE2\x80\x99s",
    "jab", "jailed", "jelly", "jibe", "joint", "journalists", "judge",
    "june", "jurors", "jury", "just",
    "justice",
    "keen", "keep", "keeps", "kept", "king", "knew", "knocking", "know", "knowledgeable", "known",
    "label", "labeled", "lake", "landlord", "large", "largely", "larger", "last", "late", "later",
    "laughter", "lawmakers",
    "lead",
    "leaked", "least", "lecturer",
    "led",
    "left", "legitimate", "lender", "length", "lent", "less", "let", "lets", "letter", "liable",
    "libertarian",
    "lieutenant", "lifted", "lifting", "lifts",
    "like",
    "likely", "likened", "line", "lines", "little", "local", "lodge", "long", "longer",
    "longtime", "lost", "lot",
    "lowered", "lowers",
    "loyal",
    "lt.",
    "lyrics",
    "made", "magazine", "magistrates", "mail",
    "majority", "make", "maker", "makes", "making", "male", "man", "manager", "managing",
    "manufacturer", "many",
    "may",
    "mayor", "me", "meant",
    "meanwhile", "media", "meet", "meeting", "meetings", "meets", "members", "memoir",
    "men", "merely", "message", "messaged", "met", "microphone", "midnight", "might",
    "million", "millions", "miner", "minister", "ministry",
    "minority", "minute", "minutes", "misleading", "miss", "missed", "misses", "missing", "moment",
    "moments",
    "monopoly",
    "monthly", "months", "more", "morning", "most",
    "mostly", "mother", "motto", "move", "moved", "movement",
    "moves", "movie", "mps", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "much", "must", "my",
    "myself", "naive", "name",
    "named", "near", "nearly", "necessary", "negotiations", "neighborhood", "neighbourhood",
    "nephew", "never",
    "new", "news", "newspaper",
    "next", "ngo",
    "nicknamed", "niece", "night",
    "nine", "no", "nobody", "nod", "non-profit", "none", "nonprofit", "noon", "north", "not",
    "nothing",
    "noticed", "novel", "now",
    "number", "observed",
    "obtained", "of", "off", "offer", "offered", "officer", "official", "officials", "often",
    "older",
    "ombudsman", "on",
    "once",
    "one", "only", "onto", "op-ed", "open", "operator", "opponent", "opponents", "opposed", "or",
    "ordered", "other",
    "others", "our", "ourselves", "out", "outdated", "outgoing", "outrage", "outside", "over",
    "overall",
    "overblown", "overcame",
    "overdue", "overheard", "oversaw",
    "own", "owner",
    "p.m.", "page", "paid", "pains", "pair", "panel", "paramedics", "parish", "park", "parliament",
    "part",
    "participating",
    "particular",
    "partly", "partner",
    "party", "passed",
    "past", "people", "percent", "person", "phone", "photographed",
    "phrase", "pictured", "pivoted", "pivots", "placing", "plan", "play", "plea", "pm", "podcast",
    "podium",
    "poem",
    "point", "poised",
    "police", "poll", "polled", "polls", "pollster", "poor", "pope", "possibly", "post", "posted",
    "potentially",
    "prayer", "prediction",
    "premature", "premier", "prepared", "president", "press", "pressed", "presumably", "previous",
    "prices",
    "principal",
    "private", "probably", "probe", "process", "produced", "producer", "professor",
    "program", "projections", "promise", "promoter", "prompt", "prompted", "prompting",
    "proponent", "proponents",
    "prosecuting",
    "protest",
    "protests", "provide", "provided", "provider", "province",
    "provoking", "public", "publicly", "published", "publisher", "push", "pushing",
    "put", "putting",
    "quarterly", "queen", "questioned", "quick", "quit", "quoted", "quotes", "quoting",
    "race", "racist", "radio", "raise", "raised", "raises", "raising", "rallied", "rallies",
    "rally", "ran",
    "rates",
    "reaction", "read",
    "reads", "rebuke", "recall", "recalled", "recalling",
    "recalls", "received", "receives", "recorded", "reference", "refused", "region", "regional",
    "regulator",
    "reiterate", "reiterated", "reiterates", "reiterating",
    "released", "remain", "remained", "remains", "remarks",
    "rent",
    "rents",
    "rep", "rep.", "reply", "reported",
    "reporters",
    "reports", "representative", "republican", "requested", "rescued", "researcher",
    "researchers", "resorted",
    "resorts",
    "response",
    "responsibility", "resumed",
    "resumes", "retailer", "retiring", "returned", "returns", "reveal", "reversal", "reverted",
    "reverts",
    "review",
    "reviewed",
    "rich", "rigged", "right",
    "rises", "rival", "rivals", "river", "road", "rode",
    "rose",
    "roughly", "ruling", "run", "rush", "sacked",
    "sad", "said", "saint", "same", "sang", "sat", "satellite", "saw", "say", "says", "sceptic",
    "sceptics",
    "schedule", "scheduled", "scholar", "scientist", "scientists",
    "score", "scores",
    "script", "search", "second", "seconds", "secretary", "see", "seeing", "seek", "seeking",
    "seeks", "seemed", "seems", "seen", "sees", "sen",
    "sen.",
    "senator",
    "senators",
    "sending", "senior", "sent", "sentenced", "sergeant", "series", "served", "serves",
    "session", "set", "setback", "seven", "several", "sexist", "sgt", "sgt.", "shadow",
    "shaken", "share", "shared", "shareholders", "shares",
    "sharing", "sharp", "she", "shed", "sheriff", "shift", "shifted", "shifts", "shook",
    "shortly", "shot", "should", "show", "shown", "shut", "sign",
    "silly", "simply", "since", "sister", "sitcom", "site", "six", "skeptic", "skeptics", "slashed",
    "slashes", "slept", "slid",
    "slogan",
    "so", "so-called", "social", "sold", "some", "son", "song", "soon", "sought", "south",
    "sparking",
    "speaks",
    "specify", "speculation", "speech", "speeches", "spend", "spending", "spends",
    "spent", "split", "spoke", "spokesman",
    "spokesperson", "spokeswoman", "sponsored", "spotted", "springs", "spun", "square", "st",
    "st.", "staff",
    "staffers",
    "stage", "start", "started", "starts", "startup", "state", "statement",
    "step", "still", "stock", "stocks", "stood", "stopped", "stops",
    "stories", "story", "strategist", "strategists", "street", "stricken", "strong", "stronger",
    "struck",
    "stuck", "study",
    "stung", "stupid", "submitted", "suburb", "suburbs", "such", "sued", "summit", "superintendent",
    "supplier",
    "supply", "support", "supporter", "supporters", "supt", "supt.",
    "sure",
    "surpassed",
    "surpassing",
    "survey", "surveyed", "surveys", "suspected", "suspended", "swam", "swept", "swift", "swipe",
    "switched", "switches",
    "swore",
    "sworn",
    "sympathetic",
    "system",
    "take", "taken", "takes", "taking", "tale", "tales", "talked", "talks", "tally", "tank",
    "tanks", "taught", "teen", "teenager",
    "telephone",
    "television", "tell", "telling", "tells", "ten", "tend", "tended", "tends", "ter", "term",
    "terrible", "text", "texted",
    "than", "thanks", "that",
    "that's",
    "that\xE2\x80\x99s",
    "the", "their", "them", "themselves", "then", "there", "there's", "there\xE2\x80\x99s", "these",
    "they", "think", "this", "those", "though", "thought", "thousands", "three", "threw",
    "thriller",
    "through",
    "throughout",
    "thrown", "time",
    "timetable", "title", "titled", "to", "today",
    "together", "told", "too", "took", "top", "topped", "topping", "tops", "tore",
    "torn", "toward", "town", "township", "tracked", "tracks", "tradition", "trained", "traveled",
    "travelled",
    "treasurer",
    "trial", "tribunal",
    "tried", "tries", "triggering", "trimmed", "trims", "trooper", "try", "trying",
    "tuition",
    "turn",
    "turned", "turns",
    "tv", "tweet", "tweets",
    "twitter", "two",
    "unanimously", "uncle", "under", "understood", "undertook",
    "unemployed", "union", "unless", "unlike", "until", "up", "upcoming", "upheld", "upon",
    "upset", "urged",
    "us",
    "used", "uses", "using", "utility", "valley", "van",
    "verdict", "verse", "very", "veteran", "via", "vice", "victories", "victory", "video",
    "videoconference", "videotaped", "view", "viewed", "village", "violation", "virtually",
    "visit", "vital", "voice", "voiced", "voices", "voicing", "volunteers", "von", "vote", "votes",
    "walkout", "warning", "was", "wasn't", "wasn\xE2\x80\x99t", "watch", "watchdog", "watched",
    "watches",
    "watching",
    "way", "we",
    "weak", "wealthy", "week", "weekend", "weekly", "weeks", "welcome", "well", "went",
    "wept", "were", "weren't", "weren\xE2\x80\x99t", "west", "what",
    "when", "whenever", "where", "whereas", "whether", "which", "while", "who", "who'd", "who's",
    "whom", "whose", "who\xE2\x80\x99" "d", "who\xE2\x80\x99s", "why", "widow", "wife", "will",
    "win", "wins",
    "with", "withdraws",
    "withdrew", "within", "without", "witnesses", "woman",
    "women", "won", "word", "words", "wore", "work", "workers", "working", "worn", "would",
    "wouldn't", "wouldn\xE2\x80\x99t", "wounded", "writes", "written",
    "wrong", "wrongdoing", "wrote",
    "years", "yes", "yesterday", "yet", "you", "young", "younger", "your", "yourself", "youth",
};

constexpr bool RuleWordsInOrder() {
  for (size_t i = 1; i < std::size(kRuleWords); ++i) {
    if (!(kRuleWords[i - 1] < kRuleWords[i])) return false;
    for (const char c : kRuleWords[i]) {
      if (c >= 'A' && c <= 'Z') return false;  // would match no token, as a string never did
    }
  }
  return true;
}
static_assert(RuleWordsInOrder(), "kRuleWords must be lower case, sorted and without duplicates");
static_assert(std::size(kRuleWords) <= 65536, "a Word id is 16 bits");

// Not constexpr: a Word of a word missing from kRuleWords calls it while compiling, which
// stops the compiler with this name in the message.
inline void WordMissingFromRuleWords() {}

// A word of kRuleWords. Implicit and consteval: `WordIs(t, "of")` takes a literal as it did
// a string, and no string is left to compare at run time.
class Word {
 public:
  consteval Word(const char* word) : id_(Find(word)) {}

  constexpr uint16_t id() const { return id_; }

 private:
  static consteval uint16_t Find(std::string_view word) {
    size_t low = 1;  // (not the empty string: id 0 is every other token's)
    size_t high = std::size(kRuleWords);
    while (low < high) {
      const size_t mid = low + (high - low) / 2;
      if (kRuleWords[mid] < word) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    if (low == std::size(kRuleWords) || kRuleWords[low] != word) WordMissingFromRuleWords();
    return static_cast<uint16_t>(low);
  }

  uint16_t id_;
};

// A set of words of kRuleWords, built while compiling: whether a token is one of them is a
// test of one bit of its id instead of a comparison per word. (Cue words that are no rule
// word have ids past the table: in no set.)
class WordSet {
 public:
  consteval WordSet(std::initializer_list<Word> words) {
    for (const Word w : words) bits_[w.id() / 64] |= uint64_t{1} << (w.id() % 64);
  }

  constexpr bool Has(uint16_t id) const {
    return id < std::size(kRuleWords) && ((bits_[id / 64] >> (id % 64)) & 1) != 0;
  }

 private:
  uint64_t bits_[(std::size(kRuleWords) + 63) / 64] = {};
};

// Common irregular past tenses ("began", "sent", "took"): a verb, never a modifier. Tested
// by a token's id (`kIrregularPast.Has(doc.word_ids[t])`).
inline constexpr WordSet kIrregularPast = {
    "began", "sent", "met", "made", "took", "gave", "wrote", "spoke", "came", "went", "saw",
    "found", "felt", "left", "got", "held", "kept", "brought", "won", "lost", "ran", "led",
    "told", "said", "threw", "drew", "chose", "sought", "fought", "built", "sold", "bought",
    "paid", "spent", "taught", "caught", "stood", "broke", "drove", "rode", "rose", "fell",
    "fled", "grew", "knew", "flew", "wore", "swore", "tore", "became", "forgot", "forgave",
    "froze", "ate", "sat", "sang", "swam", "struck", "lent", "meant", "dealt", "blew", "shook",
    "hid", "slid", "swept", "wept", "slept", "stuck", "spun", "bent", "withdrew", "oversaw",
    "overcame", "undertook", "upheld",
    // (Past as the base: a verb after a name or a speaker's noun, "Harbor Holdings cut 200
    // jobs"; not "set", "put", often a participle: "a fund set up in May".)
    "cut", "hit", "shut", "quit", "shed", "split", "hurt"};

// Surnames' particles in lower case ("Ann de Wit", "Pieter van Zyl"): part of the name
// between its capitalized words. Read by the resolver's name runs and by the subject's
// titled name.
inline constexpr WordSet kSurnameParticles = {"van", "der", "den", "de", "du", "von",
                                              "da",  "dos", "del", "di", "ter"};

}  // namespace policy::extract_internal

#endif  // POLICY_SERVER_EXTRACT_INTERNAL_WORDS_H_
