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
#include <iterator>
#include <string_view>

namespace policy::extract_internal {

// Lower case, sorted by bytes, no duplicates; a paragraph per first letter. A word's id is
// its index; 0 (the empty string) is the id of every token that is neither a rule word nor
// a cue's word, punctuation and quotation marks included.
inline constexpr std::string_view kRuleWords[] = {
    "",
    "&",
    "a", "a.m.", "aboard", "about", "above", "according", "account", "acting", "addition",
    "administration", "advice", "after", "afternoon",
    "again", "against", "ago", "ahead", "airwaves",
    "all", "allied", "ally", "almost", "along", "aloud", "already", "also", "although",
    "ambassador", "ambulance", "amid", "an", "and",
    "anomaly", "anonymity", "another", "answer", "anthem",
    "appearance", "approximately", "are", "aren't", "aren\xE2\x80\x99t", "as", "asked",
    "assembly", "assistant", "at", "attempt", "attempts", "authored", "away",
    "back", "banner", "barely", "based", "battle", "battles", "be", "beaten", "because",
    "been", "before", "began", "begin", "begins", "behalf", "being", "believed", "belly",
    "below", "bid", "bids", "billion", "blow", "bold", "born", "both", "bound", "briefed",
    "briefing", "broadcast", "broke", "brought", "built", "bully", "bunch", "but", "by",
    "call", "called", "calls", "cameras", "campaign", "campaigns", "can", "caption", "caught",
    "cents", "ceremony", "chant", "charge", "children", "chosen", "cited", "cites", "citing",
    "clad", "close", "co-authored", "coming", "commissioned", "compared", "compelled",
    "compiled", "conducted", "conference", "congressman", "congresswoman", "consensus",
    "continue", "continued", "continues", "continuing", "could", "couple", "course", "court",
    "crusade", "custom", "cut",
    "days", "debate", "decades", "decision", "democrat", "departure", "depth", "deputy",
    "despite", "detail", "did", "do", "does", "dollars", "down", "dozen", "drafted", "drawn",
    "drive", "driven", "drives", "dubbed", "during",
    "e-mail", "each", "earlier", "early", "educated", "effort", "efforts", "eight", "email",
    "emailed", "emerged", "entitled", "even", "evening", "event", "exactly", "examined",
    "example", "excluding", "expected", "express", "expressed", "expresses", "expressing",
    "extra",
    "facebook", "fact", "false", "familiar", "family",
    "far", "fax", "feed", "few", "fewer", "fight",
    "fights", "final", "finally", "firefighters", "first",
    "five", "floor", "following", "for", "forced",
    "former", "formerly", "forum", "forward", "found", "four", "from", "fully", "funded",
    "future",
    "gave", "general", "gets", "give", "given", "gives", "go", "goes", "going", "gone", "got",
    "governor", "group",
    "had", "half", "hall", "hand", "handful", "hardly", "has", "hashtag", "have", "having",
    "he", "headline", "headlined", "hear", "heard", "hearing", "hears", "held", "her", "here",
    "herself", "hidden", "him", "himself", "his", "hit", "home", "hour", "hours", "how",
    "hymn",
    "i", "identified", "if", "in",
    "including", "independent", "initiative", "initiatives", "inquest",
    "inquiry", "inscription", "inspired", "instagram", "instance", "instead", "interview",
    "interviewed", "into", "investigation", "involved", "involvement", "is", "isn't",
    "isn\xE2\x80\x99t", "issue", "issued", "issues", "issuing", "it", "it's", "its", "itself",
    "it\xE2\x80\x99s",
    "jelly", "journalists", "judge", "jurors", "jury", "just", "justice",
    "keep", "keeps", "kept", "knowledgeable", "known",
    "label", "labeled", "largely", "last", "late", "later", "lead", "leaked", "least", "led",
    "length", "less", "letter", "libertarian", "lieutenant", "like", "likely", "line",
    "lines", "long", "lot", "loyal", "lt.", "lyrics",
    "made", "magistrates", "mail", "make", "makes",
    "making", "many", "may", "mayor", "me", "meanwhile",
    "media", "meeting", "merely", "message", "messaged", "microphone", "might", "million",
    "minutes", "miss", "monopoly", "months", "more", "morning", "most", "mostly", "motto",
    "move", "moved", "movement", "moves", "much", "must", "my", "myself",
    "named", "near", "nearly", "negotiations", "never", "new", "news", "next", "nicknamed",
    "night", "nine", "no", "none", "not", "nothing", "now", "number",
    "obtained", "of", "off", "often", "on", "once", "one", "only", "opposed", "or", "ordered",
    "others", "our", "ourselves", "out", "outside", "over", "overall", "own", "p.m.",
    "page", "pair", "paramedics", "part",
    "participating", "particular", "partly", "past", "people",
    "percent", "phone", "phrase", "plan", "podcast",
    "podium", "poem", "poised", "police", "poll",
    "polls", "post", "prayer", "prepared", "president", "press", "previous", "probe",
    "process", "produced", "professor", "program", "prompt", "prompted", "protest",
    "protests", "provided", "publicly", "published", "push",
    "quick", "quoted", "quotes", "quoting",
    "race", "radio", "raise", "raised", "raises",
    "raising", "rally", "reaction", "read", "reads",
    "received", "receives", "reiterate", "reiterated", "reiterates", "reiterating",
    "released", "remain", "remained", "remains", "remarks", "reply", "reported", "reporters",
    "reports", "representative", "republican",
    "requested", "response", "responsibility", "resumed",
    "resumes", "returned", "reversal", "review", "reviewed", "right", "rises", "rose",
    "roughly", "run", "rush",
    "said", "same", "satellite", "saw", "says", "schedule", "scheduled", "score", "script",
    "search", "seconds", "secretary", "see", "seeing", "seen", "sees", "senator", "sent",
    "session", "set", "setback", "seven", "several", "shaken", "shared", "she", "shift",
    "shot", "should", "show", "shown", "sign", "simply", "since", "site", "six", "slogan",
    "so", "so-called", "social", "some", "song", "soon", "speaks", "speech", "spoke",
    "sponsored", "stage", "start", "started", "starts", "statement", "step", "still",
    "stopped", "stops", "stories", "story", "stricken", "struck", "study", "stung", "summit",
    "supply", "survey", "surveys", "sworn", "sympathetic", "take",
    "taken", "tale", "tales", "talked", "talks", "tally", "telephone", "television", "ten",
    "term", "text", "texted", "than", "that", "that's", "that\xE2\x80\x99s", "the", "their",
    "them", "themselves", "then", "there", "there's", "there\xE2\x80\x99s", "these", "they",
    "this", "those", "though", "thought", "three", "threw", "through", "thrown", "timetable",
    "title", "titled", "to", "today", "together", "told", "too", "torn", "toward", "town",
    "tradition", "trained", "trial", "tribunal", "turn", "tv", "tweet", "twitter", "two",
    "unanimously", "under", "understood", "unless", "unlike", "until", "up", "upcoming", "us",
    "used", "uses", "using", "verdict",
    "verse", "via", "vice", "video", "videoconference", "view", "viewed", "virtually",
    "visit", "voice", "voiced", "voices", "voicing", "vote", "votes", "warning",
    "was", "wasn't", "wasn\xE2\x80\x99t", "watch", "watched", "watching", "way", "we",
    "weekend", "weeks", "well", "went", "were", "weren't", "weren\xE2\x80\x99t", "what",
    "when", "whenever", "where", "whereas", "whether", "which", "while", "who", "who'd",
    "who's", "whom", "whose", "who\xE2\x80\x99" "d", "who\xE2\x80\x99s", "why", "will",
    "with", "within", "won", "word", "words", "work", "working", "worn", "would", "writes",
    "written", "wrongdoing", "wrote",
    "years", "yes", "yesterday", "yet", "you", "your", "yourself",
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

}  // namespace policy::extract_internal

#endif  // POLICY_SERVER_EXTRACT_INTERNAL_WORDS_H_
