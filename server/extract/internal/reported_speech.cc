// Reported speech: every cue outside quotes, sentence by sentence (ReportedSpeech), made into
// statements by ProcessCue (verbs) and ProcessNounCue (nouns), and the passive, headline and
// poll forms.
#include "server/extract/internal/pass.h"

#include <algorithm>
#include <cstdint>
#include <string_view>

namespace policy::extract_internal::attribution_internal {
namespace {

// A dateline opens the story's body: the headline, a standfirst and a byline may come first.
constexpr uint32_t kDatelineParagraphs = 4;

// Whether paragraph `para` can open the story's body: it is among the first few, or every
// paragraph before it is a line without a sentence's period (a headline, a "Key points:"
// list of bullets, a byline), however many there are.
bool MayOpenBody(const Document& doc, uint32_t para) {
  if (para <= kDatelineParagraphs) return true;
  for (uint32_t p = 0; p < para; ++p) {
    const Paragraph& before = doc.paragraphs[p];
    for (uint32_t t = before.first; t < before.last; ++t) {
      if (doc.tokens[t].punct == '.') return false;
    }
  }
  return true;
}

}  // namespace

void Pass::ReportedSpeech() {
  // Only the words the text layer listed as cue starts can open a cue.
  // (A span, and the sentence's end below, as locals: the calls in the loop would make the
  // compiler read the vector's bounds and `s.last` again at every cue start.)
  const std::span<const uint32_t> starts(doc_.cue_starts);
  size_t next = 0;
  uint32_t resume = 0;  // tokens before it are part of a cue already processed
  // The text's colons, found once: only a sentence with a colon can be a headline's "Name:
  // claim", and most sentences have none (Headline's own search cost a call per sentence).
  std::vector<uint32_t>& colon_list = buffers_.colons;
  colon_list.clear();
  for (size_t at = doc_.text.find(':'); at != std::string_view::npos;
       at = doc_.text.find(':', at + 1)) {
    colon_list.push_back(static_cast<uint32_t>(at));
  }
  size_t next_colon = 0;
  HeadlineWithSourceLast();
  for (const Sentence& s : doc_.sentences) {
    while (next_colon < colon_list.size() && colon_list[next_colon] < toks_[s.first].begin) {
      ++next_colon;
    }
    if (next_colon < colon_list.size() && colon_list[next_colon] < toks_[s.last - 1].end) {
      Headline(s);
    }
    const size_t before = cands_.size();
    const uint32_t last = s.last;
    while (next < starts.size() && starts[next] < s.first) ++next;
    for (; next < starts.size() && starts[next] < last; ++next) {
      const uint32_t t = starts[next];
      if (t < resume || in_quote_[t] >= 0 || consumed_[t]) continue;
      int cue = -1;
      const uint32_t len = MatchCue(t, last, &cue);
      // (The token after the cue first: PassiveAgent reads the cue's record.)
      if (len > 0 && t + len < last && LowerIs(t + len, "by")) {
        if (AsReportedBy(t, t + len, cue)) {
          resume = t + len;
          continue;
        }
        PassiveSubject(t, t + len, cue);
        if (PassiveAgent(t, t + len, cue)) {
          resume = t + len;
          continue;
        }
      }
      if (len == 0 || !VerbUse(t, cue)) {
        // Most of these words open no noun cue ("said" as no verb of saying): each path of
        // ProcessNounCue needs one of the word's noun cues, but "In his view, ...". (Tested
        // here: the call's entry and exit cost more than the test.)
        if (toks_[t].is(kNounCueStart) || LowerIs(t, "view")) ProcessNounCue(t, last);
        continue;
      }
      if (lex_.cue(cue).cls == CueClass::kQuoteOnly && !AsSubjectPutIt(t, t + len, cue) &&
          !EndsClauseAttribution(t, t + len, cue, s)) {
        continue;
      }
      ProcessCue(t, t + len, cue);
      resume = t + len;
    }
    // (Tested here first: most sentences open with no capitalized "In". The word first:
    // whether the sentence made a statement goes either way.)
    if (LowerIs(s.first, "in") && toks_[s.first].has(kCapitalized) && cands_.size() == before) {
      PollOpening(s);
    }
  }
}

// "Graham: Rivals Are Wrong on Trade": a name, a colon and a claim, as in headlines.
void Pass::Headline(const Sentence& s) {
  uint32_t first = s.first;
  while (first < s.last && toks_[first].IsQuote()) ++first;
  if (first >= s.last) return;
  // Most sentences have no colon among their first words: one memchr over their bytes
  // spares the scan below (whose exit, after a varying number of words, mispredicted).
  const uint32_t scan_end = std::min(s.last, first + 14);
  const char* from = doc_.text.data() + toks_[first].begin;
  if (std::memchr(from, ':', toks_[scan_end - 1].end - toks_[first].begin) == nullptr) return;
  uint32_t colon = first;
  // "Lee to farmers: The deal will hold": a name, "to" and those it addresses before the
  // colon; the name speaks (the addressees may run longer than a speaker's label).
  uint32_t to = 0;
  while (colon < s.last && colon - first < (to != 0 ? 9 : 6) && toks_[colon].IsWord()) {
    if (to == 0 && colon > first && colon < first + 4 && LowerIs(colon, "to")) to = colon;
    ++colon;
  }
  // The speaker: the words before the colon, or in a parliament's record (a paragraph
  // opening "Name (Constituency):" or "Role (Ms Name):") the name before the parenthesis or
  // the titled name inside it.
  uint32_t speaker_first = first, speaker_last = colon;
  if (colon > first && colon + 3 < s.last && toks_[colon].IsPunct('(') &&
      toks_[first].has(kParagraphStart)) {
    uint32_t close = colon + 1;
    while (close < s.last && close < colon + 8 && toks_[close].IsWord()) ++close;
    if (close + 1 < s.last && close > colon + 1 && toks_[close].IsPunct(')') &&
        toks_[close + 1].IsPunct(':')) {
      if (toks_[colon + 1].is(kTitle) && toks_[colon + 1].has(kCapitalized) &&
          close > colon + 2) {
        speaker_first = colon + 1;
        speaker_last = close;
      }
      colon = close + 1;
    }
  }
  if (colon == first || colon >= s.last || !toks_[colon].IsPunct(':')) return;
  if (to != 0 && speaker_first == first) {
    if (!AddressedHeadline(first, to, colon)) return;
    speaker_last = to;
  }
  // (`"It's classic Lee: Hit hard," said Ray`: inside a quotation, the colon is the quoted
  // speaker's, unless a turn's label of capitalized words opens it, `"RAMOS: Did you?`.)
  if (in_quote_[colon] >= 0 && quotes_[in_quote_[colon]].accepted) {
    for (uint32_t t = speaker_first; t < speaker_last; ++t) {
      if (!toks_[t].has(kCapitalized) || toks_[t].is(kPronoun) || toks_[t].has(kPossessive)) {
        return;
      }
    }
  }
  if (colon + 1 < s.last && toks_[colon + 1].IsQuote()) {
    // The quote pass has an accepted quote; a short one that the headline runs on past
    // (`Ray: 'Of Course' Lee Can Run`) is part of the claim.
    const int q = colon + 2 < s.last ? in_quote_[colon + 2] : -1;
    if (q < 0 || quotes_[q].accepted || quotes_[q].close + 2 >= s.last) return;
  }
  const Token& head = toks_[speaker_last - 1];
  // ("Tech executive: ...", "Top official: ...": in the headline, a role noun in lower case
  // after a capitalized modifier names the speaker as "Executive:" does.)
  const bool headline_role = speaker_last == speaker_first + 2 && head.is(kRole) &&
                             head.has(kLowerInitial) && !head.is(kGroup) &&
                             toks_[speaker_first].has(kCapitalized) &&
                             !toks_[speaker_first].is(kDeterminer) &&
                             doc_.sentences[doc_.sentence_of[first]].paragraph == 0;
  if ((!head.has(kCapitalized) && !headline_role) || head.is(kLabel) ||
      !ValidSubject(speaker_first, speaker_last)) {
    return;
  }
  // ("10:05 GMT: The club has confirmed ...": a live blog's time stamp labels its entry, no
  // speaker's turn; a label with a figure in it names no speaker.)
  for (uint32_t t = speaker_first; t < speaker_last; ++t) {
    if (toks_[t].has(kHasDigit)) return;
  }
  for (uint32_t t = first; t < colon; ++t) {
    if (toks_[t].is(kCueStart) && toks_[t].has(kLowerInitial)) return;
  }
  // ("Another problem for Ray: ...", "Good news for Lee: ...": a phrase about the name,
  // after a preposition of concern, introduces the writer's point, not the name's words.)
  for (uint32_t t = speaker_first; t < speaker_last; ++t) {
    if (toks_[t].has(kLowerInitial) && (LowerIs(t, "for") || LowerIs(t, "about") ||
                                        LowerIs(t, "against") || LowerIs(t, "with"))) {
      return;
    }
  }
  // "UP NEXT / Hawks: Host Portland on Sunday.": the lines after a sports story's schedule
  // label say where each team plays next, not what it claims.
  for (uint32_t p = doc_.sentences[doc_.sentence_of[first]].paragraph, back = 0;
       p-- > 0 && back < 2; ++back) {
    const Paragraph& para = doc_.paragraphs[p];
    if (para.last == para.first + 2 && doc_.TokenText(para.first) == "UP" &&
        doc_.TokenText(para.first + 1) == "NEXT") {
      return;
    }
  }
  // A word in capitals before the colon ("ELM CITY: Minister Ann Ray on Monday said that
  // ..."): a dateline (Indian, Pakistani and Malaysian papers' style), when what follows
  // opens with the subject of a verb of saying, or has the verb after a comma and before a
  // name ("ELM CITY: The bridge will open, said Ann Ray."); that attribution is the
  // statement. (Not "LEE: We said no.", a speaker's turn; nor the headline "Lee: Ray should
  // have called me".)
  bool capitals = true;
  for (uint32_t t = first; t < colon && capitals; ++t) {
    for (char ch : doc_.TokenText(t)) capitals = capitals && !(ch >= 'a' && ch <= 'z');
  }
  // ("Ghana: Chief calls for calm", "Elm County: Sheriff says road is shut": a place before
  // the colon labels a headline with its own attribution, as a dateline does; a place
  // alone may still claim, "Canada: Tariffs are unfair".)
  // So does one word before the colon opening one of the body's first paragraphs
  // ("Elmpur: Elm Steel on Friday reported ...", Indian papers' dateline).
  const uint32_t para = ParagraphOf(first);
  const bool place = !capitals && speaker_first == first &&
                     ((colon == first + 1 && toks_[first].has(kParagraphStart) && para > 0 &&
                       para <= kDatelineParagraphs) ||
                      lex_.IsPlace(std::string_view(doc_.text).substr(
                          toks_[first].begin, toks_[colon - 1].end - toks_[first].begin)));
  // Another of the article's paragraphs opens with a word in capitals and a colon: a
  // transcript labels every speaker's turn so. (Read only for a label in capitals opening
  // its paragraph.)
  const bool turn_elsewhere =
      capitals && toks_[first].has(kParagraphStart) && TurnLabelElsewhere(doc_, para);
  // ("Delegates: Ray leads, according to the Harbor Times.": any label's claim with its
  // source after a comma is the source's.)
  // (Not in a transcript's turn, "OSEI: With respect, the premier has been saying ...":
  // whatever the turn's first sentence says, the label is its speaker, not a dateline.)
  for (uint32_t t = colon + 2; t < s.last && !turn_elsewhere; ++t) {
    if (!toks_[t].is(kCueStart) || !toks_[t].has(kLowerInitial) || in_quote_[t] >= 0) continue;
    int cue = -1;
    const uint32_t len = MatchCue(t, s.last, &cue);
    if (len == 0) continue;
    if (lex_.cue(cue).cls == CueClass::kSource && toks_[t - 1].IsPunct(',')) return;
    if (!(capitals || place) || lex_.cue(cue).cls != CueClass::kSpeech || !VerbUse(t, cue)) {
      continue;
    }
    if (toks_[t - 1].IsPunct(',') && t + len < s.last && toks_[t + len].IsWord() &&
        toks_[t + len].has(kCapitalized)) {
      return;
    }
    const Subject subj = FindSubject(t, colon + 1);
    if (subj.found && subj.mention.first == colon + 1 && !toks_[colon + 1].is(kPronoun)) return;
    // ("ELM CITY: The bridge will open, Minister Ann Ray said on Monday.": the subject after
    // the clause's comma.)
    if (subj.found && subj.mention.first > colon + 3 && subj.boundary == Boundary::kComma &&
        !toks_[subj.mention.first].is(kPronoun) &&
        toks_[subj.mention.first - 1].IsPunct(',')) {
      return;
    }
    break;
  }
  // "BENGALURU: Opener Tom Lee struck an unbeaten 134 ...": a word in capitals before a colon
  // that opens one of the article's first paragraphs, when no other paragraph opens so, is
  // a dateline over a narrative sentence: a transcript labels every speaker's turn. (Not
  // in the text's first paragraph when it is a headline, "SHOWDOWN: Lee Takes On Ray."
  // makes its claim; nor before a sentence without its period.)
  // (The period may be an abbreviation's or an initial's: "... against Elm A.")
  if (capitals && toks_[first].has(kParagraphStart) &&
      (toks_[s.last - 1].IsPunct('.') || doc_.TokenText(s.last - 1).ends_with('.'))) {
    // (The first paragraph is the headline when it is one sentence: "ELM CITY: Chief Minister
    // Ann Ray opened a bridge. Ray said ..." opens a text with no headline.)
    const bool headline = para == 0 && s.last >= doc_.paragraphs[0].last;
    if (!(headline || !MayOpenBody(doc_, para) || turn_elsewhere)) return;
  }
  Candidate cand;
  cand.SetSpeaker({speaker_first, speaker_last, 0, 0}, speaker_first);
  cand.first = colon + 1;
  cand.last = TrimEnd(colon + 1, s.last);
  // "LEE: We will build it. The ferry can wait.": a speaker's name in capitals opening a
  // paragraph labels a transcript turn, which runs to the paragraph's end.
  // So does a name in any case when two other paragraphs open with a label of one to three
  // capitalized words and a colon, one of them ending in the same word: an interview's
  // turns, "Ann Ray: We looked at it. It costs too much." with "Elm Times: Why not?" and
  // "Ray: ...". (Not section heads, "Ann Ray: Student loans" over one essay's part each.)
  int labels_elsewhere = 0;
  bool same_label = false;
  for (uint32_t p = 0; !capitals && toks_[first].has(kParagraphStart) && p < kTurnParagraphs &&
                       p < doc_.paragraphs.size() && !(labels_elsewhere >= 2 && same_label);
       ++p) {
    const Paragraph& other = doc_.paragraphs[p];
    if (p == para || other.last < other.first + 4) continue;
    uint32_t x = other.first;
    while (x < other.last && x < other.first + 3 && toks_[x].IsWord() &&
           toks_[x].has(kCapitalized) && in_quote_[x] < 0) {
      ++x;
    }
    if (x > other.first && x + 2 < other.last && toks_[x].IsPunct(':')) {
      ++labels_elsewhere;
      same_label = same_label || doc_.TokenText(x - 1) == doc_.TokenText(colon - 1);
    }
  }
  if (toks_[first].has(kParagraphStart)) {
    if ((capitals && doc_.TokenText(colon - 1).size() >= 2) ||
        (labels_elsewhere >= 2 && same_label)) {
      const Paragraph& para = doc_.paragraphs[doc_.sentences[doc_.sentence_of[first]].paragraph];
      cand.last = TrimEnd(colon + 1, para.last);
    }
  }
  // (In a transcript, whose other paragraphs open with labels in capitals too, a turn of
  // any length: "FELL: Why not?", "RAY: No.")
  if (!AtLeastWords(cand.first, cand.last, capitals && turn_elsewhere ? 1 : 3)) return;
  // "Iowa: Ann Ray, Tom Lee, Ida Moss, ...": a roster of names after its heading says
  // nothing.
  int commas = 0;
  bool lower = false;
  for (uint32_t t = cand.first; t < cand.last && !lower; ++t) {
    commas += toks_[t].IsPunct(',');
    lower = toks_[t].IsWord() && toks_[t].has(kLowerInitial) && !LowerIs(t, "and");
  }
  if (commas >= 2 && !lower) return;
  Emit(cand);
}

bool Pass::AddressedHeadline(uint32_t first, uint32_t to, uint32_t colon) {
  if (to + 1 >= colon) return false;
  for (uint32_t t = first; t < to; ++t) {
    if (!toks_[t].has(kCapitalized) || toks_[t].is(kDeterminer) || toks_[t].is(kPronoun)) {
      return false;
    }
  }
  if (!CapitalizedMidSentenceElsewhere(to - 1)) return false;
  uint32_t addressee = to + 1;
  if (toks_[addressee].is(kDeterminer) && addressee + 1 < colon) ++addressee;
  return toks_[addressee].is(kGroup) || toks_[addressee].is(kOrgNoun) ||
         PeopleNoun(addressee) || PluralNoun(addressee) ||
         (toks_[addressee].has(kCapitalized) && CapitalizedMidSentenceElsewhere(addressee));
}

// "Fuel prices will not rise - Minister": a headline (the text's first paragraph, one line
// without a closing period, before the body) that ends in a dash and a speaker's role or
// title of one to three capitalized words, West African papers' way of attributing one.
// Chinese and Indian papers end one in a colon and the source, in any case: "Private firms
// key to growth: lawmaker", "Output rises 5.8% in October: NSB", "...: study".
void Pass::HeadlineWithSourceLast() {
  if (doc_.paragraphs.size() < 2) return;
  const Paragraph& line = doc_.paragraphs[0];
  if (line.last < line.first + 5 || doc_.sentences.empty() ||
      doc_.sentences[0].last < line.last) {
    return;
  }
  uint32_t dash = line.last - 1;
  while (dash > line.first && line.last - dash <= 4 && !toks_[dash].IsPunct('-') &&
         !toks_[dash].IsPunct(':')) {
    --dash;
  }
  const bool colon = toks_[dash].IsPunct(':');
  if (!(toks_[dash].IsPunct('-') || colon) || dash == line.last - 1 || dash < line.first + 3) {
    return;
  }
  // (In lower case, a wire's "... - sources", "... - officials", "... - report": a group's,
  // a role's or a document's noun.)
  const Token& head = toks_[line.last - 1];
  const bool lower_source =
      head.has(kLowerInitial) && (head.is(kGroup) || head.is(kRole) || head.is(kDocument));
  for (uint32_t t = dash + 1; t < line.last; ++t) {
    if (!toks_[t].IsWord() || !(toks_[t].has(kCapitalized) || colon || lower_source)) return;
  }
  // (After a dash, Nigerian papers' "... - DHQ", "... - Police": a body's acronym or its
  // noun too.)
  const bool source = head.is(kRole) || head.is(kTitle) || lower_source ||
                      (colon && (head.is(kGroup) || head.is(kDocument))) ||
                      (head.has(kCapitalized) &&
                       (Shouted(line.last - 1) || (!colon && head.is(kOrgNoun))));
  if (!source || in_quote_[dash - 1] >= 0) return;
  Candidate cand;
  cand.SetSpeaker({dash + 1, line.last, 0, 0}, dash + 1);
  cand.first = line.first;
  cand.last = TrimEnd(line.first, dash);
  if (!AtLeastWords(cand.first, cand.last, 3)) return;
  Emit(cand);
}

void Pass::InterviewAnswers() {
  // A paragraph opened by the one capital letter `label` and a colon.
  auto opens_with = [this](const Paragraph& p, char label) {
    return p.last > p.first + 3 && toks_[p.first].IsWord() &&
           toks_[p.first].end == toks_[p.first].begin + 1 &&
           doc_.text[toks_[p.first].begin] == label && toks_[p.first + 1].IsPunct(':');
  };
  int questions = 0, answers = 0;
  size_t first_question = doc_.paragraphs.size();
  for (size_t p = 0; p < doc_.paragraphs.size(); ++p) {
    if (opens_with(doc_.paragraphs[p], 'Q')) {
      ++questions;
      first_question = std::min(first_question, p);
    } else if (opens_with(doc_.paragraphs[p], 'A')) {
      ++answers;
    }
  }
  if (questions < 2 || answers < 2) return;
  // The interviewee: the first name of two or three capitalized words, outside quotations,
  // before the first question ("Actor Ira Mehta returns ...": past the role's word; not in
  // a headline in Title Case, whose every word is capitalized).
  const uint32_t limit = doc_.paragraphs[first_question].first;
  auto name_word = [this](uint32_t t) {
    const Token& tok = toks_[t];
    return tok.IsWord() && tok.has(kCapitalized) && in_quote_[t] < 0 &&
           !tok.is(kStop | kDeterminer | kPronoun | kTime | kLabel | kRole | kTitle) &&
           !tok.has(kPossessive | kHasDigit);
  };
  // (Of several, the first that reads as a person's: a known given name, a role's word
  // before it, or its last word alone again after the questions, "Rents in Harbor City
  // ... Economist Paul Adeyemi ... Adeyemi said"; else the first.)
  auto personal = [this, limit](const Mention& m) {
    if (toks_[m.first].is(kFemale | kMale) ||
        (m.first > 0 && toks_[m.first - 1].IsWord() && toks_[m.first - 1].is(kRole))) {
      return true;
    }
    const std::string_view last = doc_.TokenText(m.last - 1);
    for (auto it = std::upper_bound(doc_.capitalized.begin(), doc_.capitalized.end(), limit);
         it != doc_.capitalized.end(); ++it) {
      const uint32_t t = *it;
      if (doc_.TokenText(t) == last && !(t > 0 && toks_[t - 1].IsWord() &&
                                         toks_[t - 1].has(kCapitalized))) {
        return true;
      }
    }
    return false;
  };
  Mention person, first_name;
  for (uint32_t t = 0; t + 1 < limit && person.empty(); ++t) {
    if (!name_word(t) || (t > 0 && name_word(t - 1)) ||
        TitleCase(doc_.sentence_of[t])) {
      continue;
    }
    uint32_t end = t + 1;
    while (end < limit && end < t + 3 && name_word(end)) ++end;
    // (Not a body's name, "Elm Power chief executive Ann Ray": with a body's word, or
    // before a role's word.)
    bool body = end < limit && toks_[end].is(kRole);
    for (uint32_t k = t; k < end && !body; ++k) {
      body = toks_[k].is(kOrgNoun | kOrgUnit | kCorpSuffix);
    }
    if (end >= t + 2 && (end == limit || !name_word(end)) && !body) {
      const Mention m = {t, end, 0, 0};
      if (first_name.empty()) first_name = m;
      if (personal(m)) person = m;
    }
  }
  if (person.empty()) person = first_name;
  if (person.empty()) return;
  for (size_t p = first_question + 1; p < doc_.paragraphs.size(); ++p) {
    const Paragraph& answer = doc_.paragraphs[p];
    if (!opens_with(answer, 'A')) continue;
    const uint32_t first = answer.first + 2;
    // ("A: I think it will reopen." is the answer, whole: the interviewee's own "I" or "we"
    // names no other speaker. Such statements inside it are hidden.)
    auto first_person = [this](const Candidate& c) {
      return c.has_mention && c.mention.last == c.mention.first + 1 &&
             (LowerIs(c.mention.first, "i") || LowerIs(c.mention.first, "we"));
    };
    bool held = false;
    for (const Candidate& c : cands_) {
      held = held || (c.first < answer.last && c.last > first && !first_person(c));
    }
    if (held) continue;
    for (Candidate& c : cands_) {
      if (c.first < answer.last && c.last > first) c.hidden = true;
    }
    Candidate cand;
    cand.first = first;
    cand.last = TrimEnd(first, answer.last);
    cand.kind = StatementKind::kDirect;
    cand.SetSpeaker(person, first);
    Emit(cand);
  }
}

bool Pass::PassiveAgent(uint32_t cf, uint32_t cl, int cue) {
  const Cue& c = lex_.cue(cue);
  const uint32_t se = SentenceLast(cf);
  if (!c.past_participle || cl + 2 >= se || !LowerIs(cl, "by") ||
      (c.cls != CueClass::kSpeech && c.cls != CueClass::kThought) ||
      c.LemmaIs(kLemmaAsk | kLemmaAskAbout)) {
    return false;
  }
  const uint32_t sf = SentenceFirst(cf);
  bool aside = false;  // the reduced passive opens after a comma: it ends at the next one
  if (!PassiveVerb(cf, sf)) {
    // A reduced passive: "a scheme seen by pilots as ...", "Lee, often criticized by crews
    // for ...": after a common noun or a comma (adverbs aside), not after a name or pronoun
    // ("Lee criticized by letter": the active verb).
    uint32_t b = cf;
    while (b > sf && b + 3 > cf && toks_[b - 1].IsWord() && toks_[b - 1].has(kLowerInitial) &&
           (MannerAdverb(b - 1) || LowerIs(b - 1, "still") || LowerIs(b - 1, "also") ||
            LowerIs(b - 1, "often"))) {
      --b;
    }
    if (b == sf) return false;
    const Token& before = toks_[b - 1];
    const bool noun = before.IsWord() && before.has(kLowerInitial) && !before.is(kStop) &&
                      !before.is(kPreverb) && !before.is(kPronoun) && !before.is(kDeterminer) &&
                      !before.is(kCueStart);
    // ("The memo, dated May 3 and written by the counsel, says": a second participle after
    // "and" or "or" in the aside.)
    const bool conjunction = before.IsWord() && before.has(kLowerInitial) &&
                             (LowerIs(b - 1, "and") || LowerIs(b - 1, "or"));
    if (!noun && !before.IsPunct(',') && !conjunction) return false;
    aside = !noun;
  }
  const uint32_t agent_end = NameAfter(cl + 1, se);
  // The content opens right after the agent with the reason or the judgement ("for closing
  // the pier", "as a risk", "of raising fares", "that ..."); other words ("and ...",
  // "of the union", ", who ...") continue the agent's phrase or the sentence.
  const uint32_t k = agent_end;
  if (k == cl + 1 || k + 1 >= se || !toks_[k].IsWord() || !toks_[k].has(kLowerInitial) ||
      !(LowerIs(k, "for") || LowerIs(k, "as") || LowerIs(k, "over") || LowerIs(k, "that") ||
        (LowerIs(k, "of") && doc_.TokenText(k + 1).ends_with("ing")) ||
        HearsayInfinitive(k, c))) {
    return false;
  }
  Candidate cand = AgentCandidate(cf, cl, agent_end);
  cand.first = LowerIs(k, "that") ? k + 1 : k;
  uint32_t end = se;
  for (uint32_t t = cand.first; aside && t < se; ++t) {
    if (toks_[t].IsPunct(',') && in_quote_[t] < 0) end = t;
    if (end < se) break;
  }
  cand.last = ContentEnd(cand.first, end);
  Emit(cand);
  return true;
}

bool Pass::AsReportedBy(uint32_t cf, uint32_t cl, int cue) {
  const Cue& c = lex_.cue(cue);
  if (!c.past_participle || !c.rest.empty() || c.cls != CueClass::kSpeech ||
      TakesListener(cue) || c.LemmaIs(kLemmaAsk | kLemmaAskAbout | kLemmaCall)) {
    return false;
  }
  const uint32_t sf = SentenceFirst(cf);
  const uint32_t se = SentenceLast(cf);
  const uint32_t as = AsBeforePassive(cf, sf);
  if (as == kNone) return false;
  const uint32_t agent_end = NameAfter(cl + 1, se);
  if (agent_end == cl + 1) return false;
  uint32_t start = sf;
  while (start < se && toks_[start].IsQuote() && in_quote_[start] < 0) ++start;
  Candidate cand = AgentCandidate(cf, cl, agent_end);
  if (as == start || (as == start + 1 && toks_[start].has(kCapitalized) &&
                      (LowerIs(start, "but") || LowerIs(start, "and")))) {
    // The clause after the phrase's comma (a time may come first: "on Tuesday").
    uint32_t comma = agent_end;
    while (comma < se && comma < agent_end + 6 && toks_[comma].IsWord()) ++comma;
    if (comma + 1 >= se || !toks_[comma].IsPunct(',') ||
        (comma > agent_end && !TailIsAdjunct(agent_end, comma))) {
      return false;
    }
    cand.first = comma + 1;
    cand.last = TrimEnd(cand.first, se);
  } else {
    // The clause before the phrase's comma, when the phrase ends the sentence.
    if (as < start + 3 || !toks_[as - 1].IsPunct(',') || in_quote_[as - 1] >= 0 ||
        (agent_end < TrimEnd(agent_end, se) && !TailIsAdjunct(agent_end, TrimEnd(agent_end, se)))) {
      return false;
    }
    // (Not a clause with a quotation or a verb of saying of its own: `"A," Lee said in an
    // interview, as reported by the Herald.` is Lee's.)
    for (uint32_t t = start; t + 1 < as; ++t) {
      int inner = -1;
      if (toks_[t].IsQuote() || in_quote_[t] >= 0 ||
          (toks_[t].is(kCueStart) && MatchCue(t, as, &inner) > 0 && VerbUse(t, inner))) {
        return false;
      }
    }
    cand.first = start;
    cand.last = TrimEnd(start, as - 1);
  }
  if (cand.last <= cand.first) return false;
  Emit(cand);
  return true;
}

void Pass::PassiveSubject(uint32_t cf, uint32_t cl, int cue) {
  const Cue& c = lex_.cue(cue);
  if (!c.past_participle || !c.rest.empty() ||
      (c.cls != CueClass::kSpeech && c.cls != CueClass::kThought) ||
      TakesListener(cue) || c.LemmaIs(kLemmaCall)) {
    return;  // "was told by", "was called by" name a listener or a caller
  }
  const uint32_t sf = SentenceFirst(cf);
  const uint32_t se = SentenceLast(cf);
  if (!PassiveVerb(cf, sf)) return;
  const uint32_t agent_end = NameAfter(cl + 1, se);
  if (agent_end == cl + 1 || (agent_end + 1 < se && HearsayInfinitive(agent_end, c))) return;
  // "A copy of the letter was seen by the Elm Times": without "as" and a view after the
  // agent ("was seen by riders as a risk"), the agent only looked at the subject.
  if (c.LemmaIs(kLemmaSee) && !(agent_end < se && LowerIs(agent_end, "as"))) return;
  uint32_t start = sf;
  while (start < se && toks_[start].IsQuote() && in_quote_[start] < 0) ++start;
  const Subject subj = FindSubject(cf, start);
  if (!subj.found || subj.mention.last >= cf) return;
  // The subject opens its clause: not the object of a preposition or verb ("the win in
  // Elm City was projected by ...": the city was not projected).
  const uint32_t m = subj.mention.first;
  if (m > start && (ObjectPosition(m - 1) || toks_[m - 1].IsPunct(','))) return;
  // ("It was argued by Lee that ...": an empty "it" stands for the clause after "that".)
  if (subj.mention.last == m + 1 && LowerIs(m, "it") && agent_end < se &&
      LowerIs(agent_end, "that")) {
    return;
  }
  Candidate cand = AgentCandidate(cf, cl, agent_end);
  cand.first = subj.mention.first;
  cand.last = subj.mention.last;
  cand.single_word = true;
  Emit(cand);
}

// "In a Harbor Post poll taken in May, Ann Ray led Tom Lee by four points.": a sentence
// opening with "In" and a poll, survey or study reports that source's finding, when no cue
// in the sentence gave it a statement already. Not "In a letter, ..." or "In the port, ...".
void Pass::PollOpening(const Sentence& s) {
  const uint32_t start = s.first;
  if (s.last < start + 6 || !toks_[start].IsWord() || !toks_[start].has(kCapitalized) ||
      !LowerIs(start, "in")) {
    return;
  }
  uint32_t source = kNone;
  uint32_t comma = start + 1;
  for (; comma < s.last && comma < start + 16; ++comma) {
    const Token& t = toks_[comma];
    if (t.IsPunct(',')) break;
    // A quote, a dash or a parenthesis: no plain opening phrase. A slash or hyphen joins
    // the names of a joint poll's sponsors ("a Harbor Post/Elm Radio poll").
    const bool joiner = (t.IsPunct('/') || t.IsPunct('-')) && comma + 1 < s.last &&
                        toks_[comma - 1].end == t.begin && toks_[comma + 1].begin == t.end;
    if (!t.IsWord() && !joiner) return;
    if (t.is(kDocument) && t.has(kLowerInitial) &&
        (LowerIs(comma, "poll") || LowerIs(comma, "polls") || LowerIs(comma, "survey") ||
         LowerIs(comma, "surveys") || LowerIs(comma, "study"))) {
      source = comma;
    }
  }
  if (source == kNone || comma >= s.last || !toks_[comma].IsPunct(',')) return;
  for (uint32_t t = comma + 1; t < s.last; ++t) {
    if (toks_[t].IsQuote()) return;  // a quotation has its own attribution
  }
  Candidate cand;
  cand.cue_first = start;
  cand.cue_last = start + 1;
  // (To the poll's noun: "a Harbor Post poll taken in May" is the Harbor Post poll.)
  cand.SetSpeaker({start + 1, source + 1, 0, 0}, start + 1);
  cand.first = comma + 1;
  cand.last = TrimEnd(comma + 1, s.last);
  if (!AtLeastWords(cand.first, cand.last, 3)) return;
  // "In a study of riders, Harbor Watch, a rider group, found ...": a clause that opens with
  // the subject of its own reporting verb names who found it; the study is where.
  const std::vector<uint32_t>& starts = doc_.cue_starts;
  for (auto it = starts.begin() + static_cast<std::ptrdiff_t>(FirstAbove(starts, comma + 1));
       it != starts.end() && *it < cand.last && *it < comma + 1 + kMaxAppositiveSpan; ++it) {
    int cue = -1;
    if (!toks_[*it].has(kLowerInitial) || MatchCue(*it, cand.last, &cue) == 0 ||
        !VerbUse(*it, cue)) {
      continue;  // (not a noun: "the mayor's promise of lower fares won ...")
    }
    const Subject subject = FindSubject(*it, comma + 1);
    if (subject.found && subject.mention.first == comma + 1) {
      cand.mention = subject.mention;
      cand.anchor = subject.mention.first;
    }
    break;
  }
  Emit(cand);
}

void Pass::ProcessNounCue(uint32_t t, uint32_t limit) {
  const uint32_t sf = SentenceFirst(t);
  if (t == sf || !toks_[t].has(kLowerInitial)) return;
  // The source: "his", "her", "their", "its", or a noun phrase ending in a possessive. Tested
  // before the cue: most cue words have no possessive before them.
  uint32_t p = t - 1;
  // "Lee's recent assertion that ...", "his most remarkable claim": up to three adjectives
  // between the owner and the noun. (Adjectives only, by their endings and a short list:
  // "Lee's campaign faced accusations that ..." has a verb between them, and "Lee's phone
  // call", "his heart attack", "an insurance claim" are other nouns.)
  auto adjective = [&](uint32_t q) {
    const Token& tok = toks_[q];
    if (!tok.IsWord() || !tok.has(kLowerInitial) || tok.has(kPossessive)) return false;
    if (LowerIs(q, "most") || LowerIs(q, "more") || LowerIs(q, "new") || LowerIs(q, "own") ||
        LowerIs(q, "first") || LowerIs(q, "last") || LowerIs(q, "final") ||
        LowerIs(q, "bold") || LowerIs(q, "false")) {
      return true;
    }
    if (tok.is(kStop) || tok.is(kCueStart) || tok.is(kDeterminer) || tok.is(kGroup) ||
        tok.is(kRole)) {
      return false;
    }
    // ("his renewed call", "her blistering attack", "Lee's strikingly personal attacks": a
    // participle, and an adverb of degree before another modifier.)
    if ((EndsWith(q, "ed") || EndsWith(q, "ing")) && doc_.TokenText(q).size() > 5) return true;
    if (EndsWith(q, "ly") && q < p && toks_[q + 1].IsWord() &&
        toks_[q + 1].has(kLowerInitial) && !toks_[q + 1].is(kCueStart)) {
      return true;
    }
    if (tok.is(kPreverb)) return false;
    if (LowerIs(q, "harsh") || LowerIs(q, "direct") || LowerIs(q, "sharp") ||
        LowerIs(q, "strong") || LowerIs(q, "fierce") || LowerIs(q, "blunt")) {
      return true;
    }
    return EndsWith(q, "al") || EndsWith(q, "ive") || EndsWith(q, "ous") ||
           EndsWith(q, "ent") || EndsWith(q, "est") || EndsWith(q, "ic") ||
           EndsWith(q, "ful") || EndsWith(q, "less") || EndsWith(q, "ible") ||
           EndsWith(q, "able") || EndsWith(q, "ary");
  };
  {
    uint32_t q = p;
    while (q > sf && q + 3 > p && adjective(q)) --q;
    if (q < p && (toks_[q].has(kPossessive) || LowerIs(q, "his") || LowerIs(q, "her") ||
                  LowerIs(q, "their") || LowerIs(q, "its"))) {
      p = q;
    }
  }
  const uint32_t owner_end = p + 1;  // t, or the first modifier
  const bool pronoun =
      LowerIs(p, "his") || LowerIs(p, "her") || LowerIs(p, "their") || LowerIs(p, "its");
  // "Ray voiced firm support for ...", "Lee made a renewed call for ...", "they expressed
  // concern that ...": a noun cue as the object of a verb of uttering is its subject's.
  uint32_t light = kNone;
  if (!pronoun && !toks_[p].has(kPossessive)) {
    uint32_t v = p;
    while (v > sf && v + 3 > p && toks_[v].IsWord() && toks_[v].has(kLowerInitial) &&
           (toks_[v].is(kDeterminer) || !toks_[v].is(kStop)) && !LightVerb(v)) {
      --v;
    }
    // Not the noun: "a loud voice followed the attacks on".
    if (LightVerb(v) && v > sf &&
        !(toks_[v - 1].IsWord() && toks_[v - 1].has(kLowerInitial) &&
          !toks_[v - 1].is(kPreverb) && !toks_[v - 1].is(kPronoun) && !toks_[v - 1].is(kGroup))) {
      light = v;
    }
  }
  if (!pronoun && light == kNone && !(toks_[p].IsWord() && toks_[p].has(kPossessive))) {
    NounCueWithSourceAfterFrom(t, limit);
    return;
  }
  // "In his view, CLAUSE", "But in Ann Ray's view, CLAUSE": the owner's opinion, opening
  // the clause.
  if (light == kNone && t + 2 < limit && toks_[t + 1].IsPunct(',') && LowerIs(t, "view")) {
    const uint32_t owner = pronoun ? p : ScanNounPhraseBack(t, sf);
    if (owner > sf && owner < t && LowerIs(owner - 1, "in") &&
        (owner - 1 == sf || toks_[owner - 2].IsPunct(',') ||
         (owner - 2 == sf && (LowerIs(sf, "but") || LowerIs(sf, "and")))) &&
        (pronoun || ValidSubject(owner, t))) {
      Candidate cand;
      cand.cue_first = t;
      cand.cue_last = t + 1;
      cand.noun_cue = true;
      cand.paragraph = doc_.sentences[doc_.sentence_of[t]].paragraph;
      cand.SetSpeaker({owner, t, 0, 0}, owner);
      cand.first = t + 2;
      cand.last = ContentEnd(t + 2, SentenceLast(t));
      if (cand.last > cand.first) Emit(cand);
    }
    return;
  }
  int cue = -1;
  uint32_t len = MatchCue(t, limit, &cue, /*nouns=*/true);
  if (len == 0) {
    // "Ray's remark on Monday that ...", "his claim last week that ...", "her pledge a
    // year ago to ...": the noun cue's complementizer after a short time phrase; "Lee's
    // claim is that ...": after a copula.
    uint32_t x = t + 1;
    bool time = false;
    while (x < limit && x < t + 5 && toks_[x].IsWord() &&
           (toks_[x].is(kTime) || toks_[x].has(kHasDigit) || LowerIs(x, "last") ||
            LowerIs(x, "this") || LowerIs(x, "on") || LowerIs(x, "in") || LowerIs(x, "a") ||
            LowerIs(x, "ago") || LowerIs(x, "earlier"))) {
      time = time || toks_[x].is(kTime);
      ++x;
    }
    if (!time) x = t + 1;
    // (Also after both: "Lee's argument on Monday was that ...". Not "Ray's position is
    // that of a moderate": a pronoun.)
    const bool copula = x + 2 < limit && (LowerIs(x, "is") || LowerIs(x, "was")) &&
                        LowerIs(x + 1, "that") && !LowerIs(x + 2, "of");
    if (copula) ++x;
    if (!(time || copula) || x >= limit || x == t + 1) return;
    for (const CueRef& ref : lex_.CuesOfWord(doc_.word_ids[t], /*nouns=*/true)) {
      if (ref.rest_words != 1) continue;
      const Cue& c = lex_.cue(ref.cue);
      if (doc_.HasWordId(x, ref.second_word) && (Is(c.rest[0], "that") || Is(c.rest[0], "to"))) {
        cue = ref.cue;
        break;
      }
    }
    if (cue < 0) return;
    len = x + 1 - t;  // the noun, the time phrase and the complementizer
  }
  Mention source;
  if (light != kNone) {
    // "made an effort to", "made a bid to": an act, not an utterance.
    const std::string_view noun = Lower(t);
    if (noun.starts_with("effort") || noun.starts_with("attempt") || noun == "push" ||
        noun == "bid" || noun == "decision" || noun.starts_with("plan")) {
      return;
    }
    // ("PARIS (Elm Wire) - The party's leader, Ann Ray, voiced support for": not the
    // dateline's place.)
    Subject subj = FindSubject(light, StartAfterDateline(sf, light));
    if (!subj.found) return;
    source = subj.mention;
  } else if (pronoun) {
    source = {p, owner_end, 0, 0};
    // "Diaz stood by her claim": the owner is the sentence's subject when it is a name.
    uint32_t name_first = sf;
    while (name_first < p && toks_[name_first].IsQuote()) ++name_first;
    // ("As Mr. Ray seized on it to renew his call to ...": after an opening "as" or
    // subordinator, the clause's subject owns the noun.)
    if (name_first + 1 < p && toks_[name_first].has(kCapitalized) &&
        (LowerIs(name_first, "as") || Subordinator(name_first))) {
      ++name_first;
    }
    const uint32_t name_end = OpeningName(name_first, p);
    if (name_end > name_first) {
      source = {name_first, name_end, 0, 0};
    } else if (p > sf + 4 && LowerIs(p - 2, "to") && toks_[p - 1].has(kLowerInitial) &&
               Infinitive(p - 1) && toks_[p - 3].has(kCapitalized) &&
               !toks_[p - 3].has(kPossessive) && !LowerIs(p, "their")) {
      // "The vote forced Tom Lee to drop his bid for ...": the object of the verb before
      // "to" is the infinitive's subject, and owns the noun; "his" or "her" agrees with its
      // first name where that is known.
      uint32_t name = p - 3;
      while (name > sf + 1 && p - 3 - name < 3 && toks_[name - 1].IsWord() &&
             toks_[name - 1].has(kCapitalized) && !toks_[name - 1].is(kDeterminer)) {
        --name;
      }
      const Token& verb = toks_[name - 1];
      const Token& given = toks_[name];
      const bool disagrees = (LowerIs(p, "his") && given.is(kFemale) && !given.is(kMale)) ||
                             (LowerIs(p, "her") && given.is(kMale) && !given.is(kFemale));
      if (verb.IsWord() && verb.has(kLowerInitial) && !verb.is(kStop) && !verb.is(kPreverb) &&
          !disagrees && ValidSubject(name, p - 2) && PossibleSpeaker({name, p - 2, 0, 0})) {
        source = {name, p - 2, 0, 0};
      }
    } else if (p > sf + 1 && LowerIs(p, "their") && LightVerb(p - 1)) {
      // "Most of those polled shared their doubts about ...": "their" after a light verb
      // is its plural subject's.
      const Subject subj = FindSubject(p - 1, sf);
      const uint32_t head = subj.found ? subj.mention.last - 1 : 0;
      // (A plural: a group word, a plural noun, or "those surveyed".)
      if (subj.found && !toks_[head].is(kPronoun) &&
          (toks_[head].is(kGroup) || PluralNoun(head) || EndsWith(head, "ed"))) {
        source = subj.mention;
      }
    }
  } else {
    uint32_t k = ScanNounPhraseBack(owner_end, sf);
    // ("tired of the board's claim that": the preposition before the owner is not its.)
    while (k + 1 < owner_end && toks_[k].has(kLowerInitial) && toks_[k].is(kStop) &&
           !toks_[k].is(kDeterminer)) {
      ++k;
    }
    // ("many of Ann Ray's claims", "some of the board's findings": a share of the owner's.)
    if (k + 2 < owner_end && LowerIs(k + 1, "of") && ShareWord(k)) k += 2;
    if (k == owner_end || !ValidSubject(k, owner_end)) return;
    source = {k, owner_end, 0, 0};
    // "Lee objected to Ray's promise to ...", "the board laughed at Ray's claim that ...": a
    // noun cue in the object of another speaker's verb in the past is that speaker's account
    // of the owner's position; the verb's subject reports it.
    uint32_t v = k;
    while (v > sf + 1 && v + 3 > k && toks_[v - 1].IsWord() && toks_[v - 1].has(kLowerInitial) &&
           (toks_[v - 1].is(kStop) || LowerIs(v - 1, "out") || LowerIs(v - 1, "back") ||
            LowerIs(v - 1, "off") || LowerIs(v - 1, "up")) &&
           !LowerIs(v - 1, "that") && !LowerIs(v - 1, "of") && !toks_[v - 1].is(kPreverb)) {
      --v;
    }
    if (v > sf + 1) {
      const Token& verb = toks_[v - 1];
      const std::string_view form = doc_.TokenText(v - 1);
      if (verb.IsWord() && verb.has(kLowerInitial) && !verb.is(kStop) && !verb.is(kPreverb) &&
          !verb.is(kDeterminer) && form.size() > 4 && form.ends_with("ed") &&
          !PassiveVerb(v - 1, sf)) {
        uint32_t start = sf;
        while (start < v - 1 && toks_[start].IsQuote()) ++start;
        const Subject subject = FindSubject(v - 1, start);
        if (subject.found && PossibleSpeaker(subject.mention) &&
            ValidSubject(subject.mention.first, subject.mention.last)) {
          source = subject.mention;
        }
      }
    }
  }
  const uint32_t se = SentenceLast(t);
  const uint32_t first = t + len;
  if (first >= se) return;
  // "made statements that damaged his name", "claims that are false": "that" before a verb
  // is a relative pronoun, the noun's subject, not a complementizer.
  if (LowerIs(first - 1, "that") && toks_[first].IsWord() && toks_[first].has(kLowerInitial) &&
      !toks_[first].is(kStop) && !toks_[first].is(kDeterminer) &&
      (FiniteAuxiliary(first) || IrregularPast(first) ||
       (EndsWith(first, "ed") && doc_.TokenText(first).size() > 4))) {
    return;
  }
  // "her bid to the voters", "his call to the mayor": "to" before a noun phrase is a
  // preposition, not an infinitive's; the noun names no words. (Not after the nouns whose
  // "to" takes a noun phrase: "opposition to the plan", "a threat to the mayor".)
  if (LowerIs(first - 1, "to") && !Lower(t).starts_with("opposition") &&
      !Lower(t).starts_with("threat") && toks_[first].IsWord() &&
      (toks_[first].is(kDeterminer) || toks_[first].has(kCapitalized) ||
       toks_[first].has(kHasDigit))) {
    return;
  }
  Candidate cand;
  cand.cue_first = t;
  cand.cue_last = t + len;
  cand.noun_cue = true;
  cand.paragraph = doc_.sentences[doc_.sentence_of[t]].paragraph;
  cand.SetSpeaker(source, source.first);
  cand.first = first;
  cand.last = ContentEnd(first, se);
  // "his attacks on the toll, but his jabs are gentle": after a noun cue's preposition (not
  // "that" or "to"), the noun phrase ends as a topic's does.
  if (len > 1 && toks_[t + len - 1].is(kStop) && !LowerIs(t + len - 1, "that") &&
      !LowerIs(t + len - 1, "to") && first + 1 < cand.last) {
    cand.last = TopicEnd(first, cand.last);
  }
  // "her attacks on Lee, striking ...", "Ray's attack on Ann Lee shows ...": after a noun
  // cue's preposition, a name followed by a mark, an adjunct or a verb is the whole object,
  // as a stance verb's name object is.
  if (toks_[first].IsWord() && toks_[first].has(kCapitalized) && !LowerIs(first - 1, "that") &&
      !LowerIs(first - 1, "to")) {
    const uint32_t k = NameObjectEnd(first, std::min(cand.last, first + 4));
    if (k > first &&
        (k == cand.last || toks_[k].IsPunct(',') || toks_[k].IsPunct(';') ||
         toks_[k].IsPunct('-') ||
         // (A preposition, a time, an adverb or a verb in the past, not a noun the name
         // modifies, "attacks on Elm government troops", nor an infinitive's "to".)
         (toks_[k].IsWord() && toks_[k].has(kLowerInitial) && !toks_[k].is(kDeterminer) &&
          (toks_[k].is(kStop) || toks_[k].is(kTime) || toks_[k].is(kPreverb) ||
           FiniteVerb(k)) &&
          !LowerIs(k, "and") && !LowerIs(k, "or") && !LowerIs(k, "who") && !LowerIs(k, "to") &&
          !LowerIs(k, "of") && !EndsWith(k, "ly")))) {
      cand.last = k;
      cand.single_word = true;
    }
  }
  // "Ray's call for a new ferry was rejected", "Her promise to build it has not been kept":
  // a noun cue opening the sentence is its subject, and the content ends at the main verb.
  // (After "that" the content is a clause with verbs of its own: "Ray's claim that ...".)
  uint32_t opener = sf;
  while (opener < source.first && toks_[opener].IsQuote()) ++opener;
  if (light == kNone && source.first == opener && !LowerIs(t + len - 1, "that")) {
    for (uint32_t k = first + 1; k < cand.last; ++k) {
      if (!toks_[k].IsWord() || !toks_[k].has(kLowerInitial)) continue;
      // (Or a past tense that is no participle: "His renewed call for a vote came late".)
      static constexpr WordSet kSimplePast = {"came", "went", "drew", "began", "took",  "gave",
                                              "saw",  "fell", "rose", "grew",  "became"};
      if (FiniteAuxiliary(k) || kSimplePast.Has(word_ids_[k])) {
        cand.last = k;
        break;
      }
      // ("Ray's endorsement of Tom Lee surprised many": a verb in the past after a name or
      // a noun, before its own object; not a participle, "a pier funded by the city".)
      const Token& before = toks_[k - 1];
      if (k + 1 < cand.last &&
          (EndsWith(k, "ed") || IrregularPast(k) ||
           (EndsWith(k, "s") && !EndsWith(k, "ss") && before.has(kCapitalized))) &&
          !toks_[k].is(kStop) &&
          !toks_[k].is(kPreverb) && before.IsWord() && !before.is(kStop) &&
          (!before.is(kCueStart) || before.is(kNounCue)) &&
          !before.is(kDeterminer) && !EndsWith(k - 1, "ly") && toks_[k + 1].IsWord() &&
          (toks_[k + 1].is(kDeterminer) || toks_[k + 1].has(kCapitalized) ||
           ObjectPronoun(k + 1) || SubjectPronoun(k + 1))) {
        cand.last = k;
        break;
      }
    }
  }
  // "Ray's claim that the pier is unsafe drew criticism": after "that", the clause has its
  // own verb; a second verb in the past (or an auxiliary) after it, with no conjunction or
  // relative pronoun between, is the main clause's.
  if (light == kNone && source.first == opener && LowerIs(t + len - 1, "that")) {
    // (A verb in -ed after a noun or a name, not after a determiner: "many undocumented
    // riders" has none.)
    auto finite = [this](uint32_t k) {
      const Token& before = toks_[k - 1];
      return toks_[k].has(kLowerInitial) &&
             (FiniteAuxiliary(k) || IrregularPast(k) ||
              (EndsWith(k, "ed") && !toks_[k].is(kStop) && doc_.TokenText(k).size() > 4 &&
               before.IsWord() && !before.is(kDeterminer) && !before.is(kStop) &&
               !before.is(kPreverb)));
    };
    uint32_t own_verb = kNone;
    for (uint32_t k = first + 1; k < cand.last && k < first + 6 && own_verb == kNone; ++k) {
      if (!toks_[k].IsWord() || LowerIs(k, "that") || LowerIs(k, "who") ||
          LowerIs(k, "which")) {
        break;
      }
      if (finite(k)) own_verb = k;
    }
    for (uint32_t k = own_verb + 1; own_verb != kNone && k < cand.last && k < own_verb + 8;
         ++k) {
      if (!toks_[k].IsWord() || (toks_[k].is(kStop) && !toks_[k].is(kPreverb)) ||
          in_quote_[k] >= 0) {
        break;
      }
      const Token& before = toks_[k - 1];
      if (k > own_verb + 1 && finite(k) && before.IsWord() && !before.is(kDeterminer) &&
          !before.is(kPreverb) && !(before.has(kLowerInitial) && before.is(kStop))) {
        cand.last = k;
        break;
      }
    }
  }
  Emit(cand);
}

void Pass::NounCueWithSourceAfterFrom(uint32_t t, uint32_t limit) {
  // "warnings from experts that the pier would fail", "pledges from the two parties to cut
  // fares": the source after "from", between the noun and its "that" or "to".
  if (t + 4 >= limit || !LowerIs(t + 1, "from")) return;
  uint32_t x = t + 2;
  while (x < limit && x < t + 8 && toks_[x].IsWord() && !LowerIs(x, "that") &&
         !LowerIs(x, "to")) {
    ++x;
  }
  if (x == t + 2 || x + 1 >= limit || !toks_[x].has(kLowerInitial) ||
      !(LowerIs(x, "that") || LowerIs(x, "to")) || !toks_[x + 1].IsWord()) {
    return;
  }
  // (After "to", an infinitive: not "pledges from the rich to the poor".)
  if (LowerIs(x, "to") && !(toks_[x + 1].has(kLowerInitial) && Infinitive(x + 1))) return;
  const Mention source{t + 2, x, 0, 0};
  if (!ValidSubject(source.first, source.last) ||
      !(PossibleSpeaker(source) || PeopleNoun(x - 1))) {
    return;
  }
  int cue = -1;
  for (const CueRef& ref : lex_.CuesOfWord(doc_.word_ids[t], /*nouns=*/true)) {
    if (ref.rest_words == 1 && doc_.HasWordId(x, ref.second_word)) {
      cue = ref.cue;
      break;
    }
  }
  if (cue < 0) return;
  const uint32_t se = SentenceLast(t);
  Candidate cand;
  cand.cue_first = t;
  cand.cue_last = x + 1;
  cand.noun_cue = true;
  cand.paragraph = doc_.sentences[doc_.sentence_of[t]].paragraph;
  cand.SetSpeaker(source, source.first);
  cand.first = x + 1;
  cand.last = ContentEnd(cand.first, se);
  if (cand.last > cand.first) Emit(cand);
}

void Pass::NameBeforeUnclosedDescription(Subject* subj, uint32_t start) const {
  if (!subj->found || subj->mention.appositive_last != 0) return;
  if (!toks_[subj->mention.last - 1].IsWord()) return;
  // Back from the subject to ", a"/", an"/", the", with no other comma, quotation mark or
  // verb of saying on the way.
  uint32_t article = kNone;
  for (uint32_t t = subj->mention.last; t-- > start + 2 && t + 16 > subj->mention.last;) {
    const Token& tok = toks_[t];
    if (in_quote_[t] >= 0) return;
    if (tok.IsWord()) continue;  // (most tokens: the marks' tests below are not for them)
    if (tok.IsQuote() || tok.IsPunct(';') || tok.IsPunct(':')) return;
    if (tok.IsPunct(',')) {
      if (t + 1 <= subj->mention.first && toks_[t + 1].has(kLowerInitial) &&
          (LowerIs(t + 1, "a") || LowerIs(t + 1, "an") || LowerIs(t + 1, "the"))) {
        article = t + 1;
      }
      break;
    }
  }
  if (article == kNone) return;
  // Before the comma: a name of two or more capitalized words (a title may open it, a
  // party and state in parentheses may close it) that opens the clause.
  uint32_t name_end = article - 1;
  if (toks_[name_end - 1].IsPunct(')')) {
    uint32_t open = name_end - 1;
    while (open > start && !toks_[open].IsPunct('(') && name_end - open < 8) --open;
    if (!toks_[open].IsPunct('(')) return;
    name_end = open;
  }
  uint32_t name_first = name_end;
  // (Not a time or place phrase: "Last May, a judge ... ordered".)
  while (name_first > start && toks_[name_first - 1].IsWord() &&
         toks_[name_first - 1].has(kCapitalized) && !toks_[name_first - 1].is(kTime) &&
         !toks_[name_first - 1].is(kAdjunct)) {
    --name_first;
  }
  if (name_first > start && toks_[name_first - 1].IsWord()) return;
  if (name_first > start && toks_[name_first - 1].IsPunct(',') &&
      RoleBeforeComma(name_first - 1, start)) {
    return;
  }
  if (name_end < name_first + 2 || toks_[name_first].is(kStop) ||
      toks_[name_first].is(kDeterminer) ||
      !(name_first == start || toks_[name_first - 1].IsPunct(',') ||
        toks_[name_first - 1].IsQuote())) {
    return;
  }
  subj->mention = {name_first, name_end, article, subj->mention.last};
  // (The boundary is the name's: the comma before the description is inside the subject.)
  subj->boundary =
      name_first > start && toks_[name_first - 1].IsPunct(',') ? Boundary::kComma
                                                                : Boundary::kSentenceStart;
}

uint32_t Pass::NounObjectBeforeOccasion(uint32_t first, uint32_t last) const {
  const Token& head = toks_[first];
  if (!head.IsWord() || in_quote_[first] >= 0 ||
      !(head.is(kDeterminer) || OwnerPronoun(first) || head.has(kPossessive)) ||
      head.is(kPronoun) || LowerIs(first, "that") || toks_[first + 1].is(kTime)) {
    return last;  // (Not a time, "this week at a rally": no object.)
  }
  // (No verb before it: the words of "said the pier was shut at the rally" are a clause;
  // nor right after it, "said the debate in the hall was heated".)
  uint32_t occasion = kNone;
  for (uint32_t t = first + 1; t + 1 < last && occasion == kNone; ++t) {
    const Token& tok = toks_[t];
    // ("did not mention the plan, and there were no hecklers", ", but he ...": a clause of
    // the writer's after the object's comma.)
    if (tok.IsPunct(',') && ClauseAfterConjunction(t + 1, last, /*it=*/false)) {
      return TrimEnd(first, t);
    }
    if (!tok.IsWord() || in_quote_[t] >= 0) return last;
    if (!tok.has(kLowerInitial)) continue;
    // ("laid out the fares while touring the pier", "lashed out at Ray after he spoke": what
    // the subject did as it spoke, or a clause with a subject of its own, ends the object, as
    // an occasion does; not "when", which may say when the object happened: "described the
    // excitement when Lee called".)
    if (SubordinateParticiple(t) ||
        (Subordinator(t) && !LowerIs(t, "if") && !LowerIs(t, "when") && t + 1 < last &&
         ((SubjectPronoun(t + 1) && !LowerIs(t + 1, "it")) ||
          (toks_[t + 1].has(kCapitalized) && !toks_[t + 1].is(kTime))))) {
      return TrimEnd(first, t);
    }
    if (FiniteAuxiliary(t) || IrregularPast(t) || LowerIs(t, "that") || LowerIs(t, "who") ||
        LowerIs(t, "which") || Subordinator(t) || tok.is(kCueStart) ||
        (EndsWith(t, "ed") && !toks_[t - 1].is(kDeterminer))) {
      return last;
    }
    if (OccasionOrDateAt(first, t, last)) occasion = t;
  }
  if (occasion == kNone) return last;
  // (Not before the object's complement: "described the plan during an interview as "a
  // relic"".)
  for (uint32_t k = occasion + 1; k < last; ++k) {
    if (toks_[k].IsQuote() || (LowerIs(k, "as") && toks_[k].has(kLowerInitial))) return last;
  }
  const bool adverb = occasion - 1 > first && MannerAdverb(occasion - 1);
  return TrimEnd(first, adverb ? occasion - 1 : occasion);
}

bool Pass::MainAuxiliaryAfterContent(uint32_t first, uint32_t aux) const {
  const uint32_t c0 = LowerIs(first, "that") ? first + 1 : first;
  const bool infinitive = LowerIs(c0, "to");
  int finite = 0;
  for (uint32_t m = c0; m < aux; ++m) {
    const Token& tok = toks_[m];
    if (!tok.IsWord() || in_quote_[m] >= 0) return false;
    if (tok.has(kLowerInitial) &&
        (LowerIs(m, "that") || LowerIs(m, "who") || LowerIs(m, "which") || LowerIs(m, "and") ||
         LowerIs(m, "or") || LowerIs(m, "but") || Subordinator(m))) {
      return false;
    }
    if (tok.has(kLowerInitial) && (FiniteAuxiliary(m) || IrregularPast(m))) ++finite;
  }
  return infinitive ? finite == 0 : finite == 1;
}

uint32_t Pass::TopicEnd(uint32_t first, uint32_t last) {
  // (A verb's form: "made", "is", "took"; not a participle after its determiner, nor a
  // compound adjective: "small and medium-sized ones".)
  auto verb = [&](uint32_t t) {
    return toks_[t].IsWord() && toks_[t].has(kLowerInitial) &&
           ((EndsWith(t, "ed") && !toks_[t - 1].is(kDeterminer) && !Hyphenated(t)) ||
            IrregularPast(t) ||
            FiniteAuxiliary(t));
  };
  for (uint32_t t = first + 1; t + 1 < last; ++t) {
    const Token& tok = toks_[t];
    if (in_quote_[t] >= 0) continue;
    // (A clause inside the phrase, "Republicans who suggest A, or that B", "the case, in
    // which riders have claimed ...": its commas and verbs are its own.)
    if (tok.IsWord() && tok.has(kLowerInitial) && tok.is(kStop)) {
      // ("was talking about the budget when she told ...", "spoke about jobs because he
      // ...": a subordinate clause with a subject pronoun of its own says when or why the
      // subject spoke, not what about.)
      if (((Subordinator(t) || LowerIs(t, "as")) && !LowerIs(t, "if") &&
           SubjectPronoun(t + 1) && !LowerIs(t + 1, "it")) ||
          SubordinateParticiple(t)) {
        return TrimEnd(first, t);
      }
      // ("did not mention Lee, though the crowd booed": after the topic's comma, a
      // subordinator and a subject of any kind.)
      if (Subordinator(t) && !LowerIs(t, "if") && toks_[t - 1].IsPunct(',') && t + 1 < last &&
          toks_[t + 1].IsWord() &&
          (toks_[t + 1].is(kDeterminer) || toks_[t + 1].has(kCapitalized))) {
        return TrimEnd(first, t);
      }
      if (LowerIs(t, "who") || LowerIs(t, "whom") || LowerIs(t, "which") || LowerIs(t, "that") ||
          Subordinator(t)) {
        return last;
      }
    }
    // "criticized the plan in an interview", "praised the crews at a rally on Friday",
    // "backed Lee in June 2015": where or when it was said ends the topic.
    if (tok.IsWord() && tok.has(kLowerInitial) && OccasionOrDateAt(first, t, last)) {
      // (With the "and" that joined it, "backed Lee and in a statement praised ...", or an
      // adverb of manner before it, "did not mention Lee directly in his speech".)
      const bool before = t - 1 > first && (LowerIs(t - 1, "and") || MannerAdverb(t - 1));
      return TrimEnd(first, before ? t - 1 : t);
    }
    // "talked about immigration - his weak spot - in a new ad": a dash ends the topic (not
    // a hyphen inside a word or a quotation, "a 'D-' rating").
    if (tok.IsPunct('-') &&
        !(tok.end == tok.begin + 1 && tok.begin > 0 && tok.end < doc_.text.size() &&
          doc_.text[tok.begin - 1] != ' ' && doc_.text[tok.end] != ' ')) {
      return TrimEnd(first, t);
    }
    if (tok.IsPunct(',')) {
      // "..., made no comment", "..., but the council is divided": the clause goes on
      // without the topic (not a list's comma: "jobs, trade and taxes").
      const uint32_t next = t + 1;
      if (verb(next) || ClauseAfterConjunction(next, last, /*it=*/true) ||
          ((LowerIs(next, "but") || LowerIs(next, "and") || LowerIs(next, "or")) &&
           next + 1 < last && verb(next + 1))) {
        return TrimEnd(first, t);
      }
      continue;
    }
    // "talked about the market and made comments about ...": a second verb of the subject.
    if (tok.IsWord() && tok.has(kLowerInitial) && (LowerIs(t, "and") || LowerIs(t, "but")) &&
        verb(t + 1)) {
      return TrimEnd(first, t);
    }
  }
  return last;
}

bool Pass::ClauseAfterConjunction(uint32_t t, uint32_t last, bool it) const {
  if (t + 1 >= last || !(LowerIs(t, "but") || LowerIs(t, "and") || LowerIs(t, "or")) ||
      !toks_[t + 1].IsWord() || LowerIs(t + 1, "that")) {
    return false;
  }
  const uint32_t s = t + 1;
  return toks_[s].is(kDeterminer) || (SubjectPronoun(s) && (it || !LowerIs(s, "it"))) ||
         (OwnerPronoun(s) && !LowerIs(s, "its")) ||
         ((toks_[s].has(kCapitalized) || LowerIs(s, "there")) && s + 1 < last &&
          FiniteAuxiliary(s + 1));
}

bool Pass::OccasionOrDateAt(uint32_t first, uint32_t t, uint32_t last) const {
  if (!(LowerIs(t, "in") || LowerIs(t, "at") || LowerIs(t, "during")) || t + 1 >= last) {
    return false;
  }
  // "in June 2015", "in 2008 and 2012": a month or a year after "in" that ends the phrase
  // (not "his loss in 2019 and his run in 2021", nor a list's "a ban in 2004, his ...").
  const Token& next = toks_[t + 1];
  if (LowerIs(t, "in") && next.IsWord() &&
      ((next.is(kTime) && next.has(kCapitalized)) ||
       (next.has(kHasDigit) && next.end - next.begin == 4))) {
    uint32_t after = t + 2 < last && toks_[t + 2].has(kHasDigit) ? t + 3 : t + 2;
    if (after + 1 < last && LowerIs(after, "and") && toks_[after + 1].has(kHasDigit)) after += 2;
    // (A date of its own in the phrase before makes this one the last item's: "his loss in
    // 2019 and his run in 2021".)
    for (uint32_t k = t; after >= last && k-- > first + 1;) {
      if (LowerIs(k, "in") && toks_[k + 1].has(kHasDigit)) return false;
    }
    return after >= last;
  }
  // "in speeches", "at recent rallies", "in television interviews": a plural occasion's
  // noun, after at most one modifier, with nothing of its own after it.
  static constexpr WordSet kPluralOccasions = {
      "speeches", "rallies",  "interviews", "events",     "debates",
      "meetings", "hearings", "tweets",     "briefings", "appearances"};
  for (uint32_t k = t + 1; k < last && k < t + 3 && toks_[k].IsWord() &&
                           toks_[k].has(kLowerInitial) && !toks_[k].is(kStop);
       ++k) {
    if (!kPluralOccasions.Has(word_ids_[k])) continue;
    return k + 1 >= last || !toks_[k + 1].IsWord() ||
           (toks_[k + 1].is(kStop) && !FiniteAuxiliary(k + 1)) || toks_[k + 1].is(kTime);
  }
  // "in an interview", "at a news conference", "during his speech": a determiner or an
  // owner, up to two modifiers, then the occasion's noun in lower case.
  if (!(next.is(kDeterminer) || OwnerPronoun(t + 1) || next.has(kPossessive))) return false;
  for (uint32_t k = t + 2; k < last && k < t + 5; ++k) {
    const Token& w = toks_[k];
    if (!w.IsWord() || w.is(kStop)) return false;
    if (w.has(kLowerInitial) && (OccasionWord(k) || LowerIs(k, "statement"))) {
      // (The occasion's own noun, not a modifier: "a news conference", "a night club"; a
      // preposition, a time or a participle may follow it: "an interview published May 2".)
      if (k + 1 >= last || !toks_[k + 1].IsWord()) return true;
      const Token& after = toks_[k + 1];
      if (OccasionWord(k + 1)) continue;
      return (after.is(kStop) && !FiniteAuxiliary(k + 1) && !after.is(kPreverb)) ||
             after.is(kTime) || EndsWith(k + 1, "ed");
    }
  }
  return false;
}

uint32_t Pass::StanceObjectEnd(uint32_t first, uint32_t last) {
  last = ObjectEnd(first, last);
  // ("praised Lee for the plan, but ...", "backed the bill - a long shot - in May": an
  // object's noun phrase ends as a topic's does.)
  // (Not after a time that opens it: "denounced Thursday - the day of the vote - a plan",
  // whose object comes after the aside.)
  if (first + 1 < last && !LowerIs(first, "that") && !toks_[first].is(kTime)) {
    last = TopicEnd(first, last);
  }
  return last;
}

uint32_t Pass::ObjectEnd(uint32_t first, uint32_t last) {
  for (uint32_t t = first + 1; t + 1 < last; ++t) {
    if (!toks_[t].IsWord() || !toks_[t].is(kStop) || !toks_[t].has(kLowerInitial) ||
        in_quote_[t] >= 0 || !Subordinator(t) || LowerIs(t, "if") || LowerIs(t, "once")) {
      continue;
    }
    // After a comma or the object's last word; not after a word that modifies the
    // conjunction ("hours after", "such as when", "until after", "just before", "- after").
    const Token& prev = toks_[t - 1];
    const uint32_t p = t - 1;
    const bool modified =
        prev.IsWord()
            ? prev.is(kStop) || prev.is(kAdjunct) || TimeMeasure(p) || LowerIs(p, "only") ||
                  LowerIs(p, "hour")
            : !prev.IsPunct(',');
    const Token& subject = toks_[t + 1];
    if (!modified && subject.IsWord() &&
        (subject.has(kCapitalized) || SubjectPronoun(t + 1) ||
         (subject.is(kDeterminer) && !subject.is(kPronoun)))) {
      return TrimEnd(first, t);
    }
  }
  // "praised the crews on Monday at the pier", "defended the plan this week on his radio
  // show": a time after the object, then at most a place or a medium, tells when and where
  // it was said.
  // (Also after a name alone: "endorsed Ray Wednesday".)
  const uint32_t from =
      first < last && toks_[first].has(kCapitalized) && !toks_[first].is(kTime) ? 1 : 2;
  for (uint32_t t = first + from; t < last; ++t) {
    const Token& tok = toks_[t];
    if (!tok.IsWord() || in_quote_[t] >= 0) break;
    uint32_t after = t;
    if (LowerIs(t, "on") && t + 1 < last && toks_[t + 1].is(kTime)) {
      after = t + 2;
    } else if (tok.is(kTime) && !tok.is(kStop) &&
               (tok.has(kCapitalized) || LowerIs(t, "yesterday") || LowerIs(t, "today"))) {
      after = t + 1;
    } else if ((LowerIs(t, "last") || LowerIs(t, "this")) && t + 1 < last &&
               toks_[t + 1].is(kTime)) {
      after = t + 2;
    }
    if (after == t) continue;
    // ("in November", "since Monday": from the preposition; not after a verb, whose time it
    // is: "the plan the mayor announced on Monday", "an interview published Saturday".)
    uint32_t cut = t;
    if (toks_[t - 1].IsWord() && toks_[t - 1].has(kLowerInitial) && toks_[t - 1].is(kStop) &&
        !LowerIs(t, "on")) {
      --cut;
    }
    if (cut < first + from || !toks_[cut - 1].IsWord() || EndsWith(cut - 1, "ed") ||
        toks_[cut - 1].is(kStop)) {
      break;
    }
    const bool place = after < last && toks_[after].IsWord() && toks_[after].has(kLowerInitial) &&
                       (LowerIs(after, "at") || LowerIs(after, "in") || LowerIs(after, "on") ||
                        LowerIs(after, "outside") || LowerIs(after, "near"));
    bool comma = false;
    for (uint32_t k = after; k < last && !comma; ++k) comma = toks_[k].IsPunct(',');
    if (after >= last || (place && !comma)) return TrimEnd(first, cut);
    break;
  }
  return last;
}

void Pass::ProcessHearingCue(uint32_t cf, uint32_t cl, uint32_t se, Candidate& cand) {
  if (!HearingBodyBefore(cf)) return;
  // "CLAUSE, the court heard.", "..., a court has heard.": the body and its verb end the
  // sentence after the clause's comma (a time after them too: "the inquiry heard on
  // Monday", "the court heard yesterday").
  uint32_t after = cl;
  while (after < se && after < cl + 3 && toks_[after].IsWord() && toks_[after].has(kLowerInitial) &&
         (toks_[after].is(kTime) || LowerIs(after, "on") || LowerIs(after, "last") ||
          LowerIs(after, "this"))) {
    ++after;
  }
  if (after > cl && after < se && toks_[after].IsWord() && toks_[after].is(kTime)) ++after;
  if (after >= se || (after + 1 == se && toks_[after].IsPunct('.'))) {
    uint32_t body = HearingBodyNoun(cf);
    // ("the commission of inquiry heard", "the Elm Board of Inquiry heard".)
    if (body >= 2 && LowerIs(body - 1, "of") && toks_[body - 2].IsWord() &&
        (LowerIs(body, "inquiry") || LowerIs(body, "enquiry"))) {
      body -= 2;
    }
    // (Up to three modifiers after its article: "the state flood inquiry has heard", "a
    // Crown Court jury heard".)
    uint32_t article = body;
    while (article > 0 && article + 4 > body && toks_[article - 1].IsWord() &&
           !toks_[article - 1].is(kStop) && !toks_[article - 1].is(kDeterminer) &&
           (!toks_[article - 1].is(kCueStart) || toks_[article - 1].is(kNounCue)) &&
           in_quote_[article - 1] < 0) {
      --article;
    }
    if (article > 0 && (LowerIs(article - 1, "the") || LowerIs(article - 1, "a"))) {
      body = article - 1;
    }
    uint32_t start = SentenceFirst(cf);
    while (start < body && toks_[start].IsQuote()) ++start;
    if (body > start + 2 && toks_[body - 1].IsPunct(',') && in_quote_[body - 1] < 0) {
      cand.first = start;
      cand.last = TrimEnd(start, body - 1);
      if (cand.last > cand.first) Emit(cand);
    }
    return;
  }
  // What was heard: a clause after "that" or "how", or one that opens with a name or a
  // pronoun ("heard Lee had been drinking"); not "heard evidence from ...".
  uint32_t first = cl;
  if (LowerIs(first, "that") || LowerIs(first, "how")) {
    ++first;
  } else if (!toks_[first].IsWord() || !(toks_[first].has(kCapitalized) || SubjectPronoun(first))) {
    return;
  }
  if (first >= se) return;
  cand.first = first;
  cand.last = ContentEnd(first, se);
  if (cand.last > cand.first) Emit(cand);
}

bool Pass::HearingBodyBefore(uint32_t cf) const { return HearingBodyNoun(cf) != kNone; }

uint32_t Pass::HearingBodyNoun(uint32_t cf) const {
  // (After "also" or "was"/"had": "the jury had heard".)
  uint32_t noun = cf;
  while (noun > 0 && toks_[noun - 1].IsWord() && toks_[noun - 1].is(kPreverb) &&
         toks_[noun - 1].has(kLowerInitial)) {
    --noun;
  }
  if (noun == 0 || !toks_[--noun].IsWord()) return kNone;
  // (Parliaments' and councils' hearings too: "the committee heard", "MPs were told"; and
  // public inquiries': "the commission heard", "the panel heard", "the coroner heard".)
  static constexpr WordSet kHearingBodies = {
      "court",     "jury",     "jurors",      "inquest",    "tribunal", "magistrates",
      "hearing",   "trial",    "inquiry",     "enquiry",    "committee", "mps",
      "councillors", "commission", "panel",   "coroner",    "council",  "parliament",
      "senators",  "lawmakers"};
  auto hearing = [this](uint32_t t) { return kHearingBodies.Has(word_ids_[t]); };
  if (hearing(noun)) return noun;
  // "The inquest into his death heard that ...", "the inquiry into the crash has heard": the
  // body's noun before an "into" phrase of up to four words.
  for (uint32_t k = noun; k > 1 && k + 5 > noun && toks_[k].IsWord() && in_quote_[k] < 0; --k) {
    if (LowerIs(k, "into")) return toks_[k - 1].IsWord() && hearing(k - 1) ? k - 1 : kNone;
  }
  return kNone;
}

void Pass::ProcessCue(uint32_t cf, uint32_t cl, int cue) {
  const Cue& c = lex_.cue(cue);
  const std::string_view lemma = c.lemma;  // (a view: == tests the length first)
  const uint32_t sf = SentenceFirst(cf);
  uint32_t se = SentenceLast(cf);
  uint32_t start = sf;
  while (start < se && toks_[start].IsQuote() && in_quote_[start] < 0) ++start;
  // "(The French are fans of the show, Lee said.)": a sentence in parentheses is read
  // without them.
  // (Also "(... Lee said).": the period after the parenthesis.)
  if (se > start + 3 && toks_[start].IsPunct('(')) {
    const uint32_t close = toks_[se - 1].IsPunct('.') ? se - 2 : se - 1;
    if (toks_[close].IsPunct(')')) {
      ++start;
      se = close;
    }
  }
  start = StartAfterDateline(start, cf);
  // "Update: Elm Energy, which serves the area, said ...": a label and its colon opening the
  // sentence are neither content nor subject; nor is a word before a colon opening a
  // paragraph ("Elmpur: The port will close, Minister Ann Ray said", a dateline).
  if (start + 2 < cf && toks_[start].has(kCapitalized) && toks_[start + 1].IsPunct(':') &&
      (toks_[start].is(kLabel) || toks_[start].has(kParagraphStart))) {
    start += 2;
  }
  // "Support looks to be weakening", "Lee is looking to have a long week": "look to" before
  // "be" or "have" tells what seems likely, not an aim.
  if (lemma == "look to" && cl < se && (LowerIs(cl, "be") || LowerIs(cl, "have"))) return;
  // "stopped charging late fees", "charges $5", "charged rent": a price, not an accusation.
  // (Not "more": "charged more than 20 people".)
  if (lemma == "charge" && cl < se) {
    static constexpr WordSet kPrices = {"fee",     "fees",      "fines",  "interest",
                                        "rent",    "rents",     "prices", "rates",
                                        "tuition", "admission", "extra"};
    const uint32_t price = cl + 1 < se && LowerIs(cl, "late") ? cl + 1 : cl;
    if (toks_[cl].IsPunct('$') || toks_[cl].has(kHasDigit) ||
        (toks_[price].has(kLowerInitial) && kPrices.Has(word_ids_[price]))) {
      return;
    }
  }
  // "young people learning Kelvari", "learned of her status": "learn" finds out what a
  // clause says ("learned that ...", "learned how ...", "learned he had lost"); a noun
  // phrase after it is a skill or a topic. (Not an adjunct: "as we learned in May, ...".)
  if (lemma == "learn" && cl < se && toks_[cl].IsWord()) {
    if (LowerIs(cl, "of") || LowerIs(cl, "about")) return;
    if (!toks_[cl].is(kStop) && !toks_[cl].is(kPronoun) && !toks_[cl].is(kDeterminer)) {
      bool verb = false;
      for (uint32_t t = cl + 1; t < se && t < cl + 5 && toks_[t].IsWord() && !verb; ++t) {
        verb = FiniteVerb(t);
      }
      if (!verb) return;
    }
  }
  // "The reforms Lee called for would cost millions", "the trends they raise concerns about
  // with alarm": a cue that ends in its preposition, then a finite verb or another
  // preposition, has its object before it (the gap of a relative clause) and reports
  // nothing here.
  // (After "to", "have" and "do" are an infinitive's, "would love to have been"; so is a
  // preposition after "to": "the trends they point to with alarm".)
  if (!c.rest.empty() && cl < se && toks_[cl].IsWord() && toks_[cl].has(kLowerInitial)) {
    const std::string_view preposition = c.rest.back();
    const bool gap_before =
        ((preposition == "for" || preposition == "about" || preposition == "on") &&
         FiniteAuxiliary(cl)) ||
        // ("The judge Lee was referring to is Ann Ray": a form no infinitive takes.)
        (preposition == "to" && FiniteAuxiliary(cl) && !LowerIs(cl, "have") &&
         !LowerIs(cl, "do")) ||
        ((preposition == "for" || preposition == "about" || preposition == "on" ||
          preposition == "to") &&
         (LowerIs(cl, "with") || LowerIs(cl, "in") || LowerIs(cl, "at") || LowerIs(cl, "by") ||
          LowerIs(cl, "from") || LowerIs(cl, "during")));
    if (gap_before) return;
  }
  // "Emergency warning for Elm fire", "issued a red wind warning for the coast": a warning
  // for a place or an event is a forecaster's product, not a verb of saying (one warns
  // of, about or against things). ("warned for years that": a time.)
  if (c.LemmaIs(kLemmaWarn) && cl + 1 < se && LowerIs(cl, "for") && !toks_[cl + 1].is(kTime) &&
      !toks_[cl + 1].has(kHasDigit) && !LowerIs(cl + 1, "decades") &&
      !(cl + 2 < se && (LowerIs(cl + 1, "a") || LowerIs(cl + 1, "some")) &&
        toks_[cl + 2].is(kTime))) {
    return;
  }
  // "The airline ordered 20 jets", "has ordered 60 new streetcars": a number of things
  // ordered is a purchase, not a command (which names whom, and what they must do: "ordered
  // 20 families to leave").
  if (LowerIs(cf, "ordered") && cl + 1 < se && IsNumber(doc_, cl)) {
    bool command = false;
    for (uint32_t t = cl + 1; t + 1 < se && t < cl + 6 && !command; ++t) {
      command = LowerIs(t, "to") && Infinitive(t + 1);
    }
    if (!command) return;
  }
  Candidate cand;
  cand.cue_first = cf;
  cand.cue_last = cl;
  cand.paragraph = doc_.sentences[doc_.sentence_of[cf]].paragraph;

  if (c.cls == CueClass::kSource) {
    ProcessSourceCue(cf, cl, start, se, cand);
    return;
  }
  if (c.LemmaIs(kLemmaHear)) {
    ProcessHearingCue(cf, cl, se, cand);
    return;
  }

  if (c.LemmaIs(kLemmaCall | kLemmaDub | kLemmaLabel | kLemmaTermed) && c.past_participle &&
      cl < se && toks_[cl].IsQuote() && cf > start + 1 && toks_[cf - 1].IsWord() &&
      toks_[cf - 1].has(kLowerInitial)) {
    // `a video called "Harbor Lights"`, `a ferry dubbed "the Slow Boat"`: the participle
    // names the noun before it; the quoted words are a title, not a statement. (Not `the
    // mayor called "..."`, a subject and its verb.) The noun phrase: up to three modifiers
    // and nouns after a determiner, which is "a"/"an" or follows a verb or preposition.
    uint32_t k = cf - 1;
    while (k > start && k + 4 > cf && toks_[k].IsWord() && toks_[k].has(kLowerInitial) &&
           !toks_[k].is(kDeterminer) && !toks_[k].is(kStop) && !toks_[k].is(kPreverb) &&
           !toks_[k].is(kPronoun)) {
      --k;
    }
    const bool indefinite = LowerIs(k, "a") || LowerIs(k, "an");
    if (k < cf - 1 && toks_[k].IsWord() &&
        (indefinite || ((toks_[k].is(kDeterminer) || toks_[k].has(kPossessive)) && k > start &&
                        ObjectPosition(k - 1)))) {
      return;
    }
  }
  // "In a statement posted on its website, Orbitel said ...": a participle right after the
  // noun of an opening preposition's object (a determiner, at most one modifier, a document
  // or a word for where words appear) is a reduced relative clause on it, not a verb of the
  // sentence. (Not "Lee in his speech called ...": there the verb follows a subject.)
  if (c.past_participle && cf >= start + 3 && toks_[cf - 1].IsWord() &&
      toks_[cf - 1].has(kLowerInitial) &&
      (toks_[cf - 1].is(kDocument) || toks_[cf - 1].is(kNounCue) ||
       toks_[cf - 1].is(kOccasion))) {
    uint32_t d = cf - 2;
    if (!toks_[d].is(kDeterminer) && d > start && toks_[d].IsWord() && !toks_[d].is(kStop)) {
      --d;  // "a brief statement", "a video message", "a TikTok video"
    }
    if (toks_[d].is(kDeterminer) && !toks_[d].is(kPronoun) && d == start + 1 &&
        (LowerIs(start, "in") || LowerIs(start, "on") || LowerIs(start, "via") ||
         LowerIs(start, "through"))) {
      return;
    }
  }
  // "..., according to a district FAQ posted after the vote": a participle after the noun
  // of the source "according to" names is a reduced relative clause on that source too.
  if (c.past_participle && cf >= start + 4 && toks_[cf - 1].IsWord() &&
      !toks_[cf - 1].is(kStop)) {
    uint32_t d = cf - 1;
    while (d > start + 2 && d + 4 > cf && toks_[d].IsWord() && !toks_[d].is(kDeterminer) &&
           !toks_[d].is(kStop)) {
      --d;
    }
    if (toks_[d].is(kDeterminer) && !toks_[d].is(kPronoun) && LowerIs(d - 1, "to") &&
        LowerIs(d - 2, "according")) {
      return;
    }
  }
  // "present", "position", "frame" are common words: without "as" after a short object they
  // report nothing, which is tested before any subject is looked for.
  if (c.portrayal && !CastAs(cl, std::min(se, cl + 7))) return;
  // "Elm Air added 300 jobs", "the chef added his own twist": "added" before a noun phrase
  // that an article, a possessive or a number opens, with no verb of its own (up to its
  // comma), adds a thing; "added his plan would fail" reports a clause.
  if (c.LemmaIs(kLemmaAdd) && c.rest.empty() && cl < se && toks_[cl].IsWord() &&
      (LowerIs(cl, "a") || LowerIs(cl, "an") || LowerIs(cl, "his") || LowerIs(cl, "her") ||
       LowerIs(cl, "its") || LowerIs(cl, "their") || LowerIs(cl, "another") ||
       toks_[cl].has(kHasDigit))) {
    bool verb = false;
    for (uint32_t t = cl + 1; t < se && !toks_[t].IsPunct(',') && !verb; ++t) {
      verb = toks_[t].IsQuote() || FiniteVerb(t);
    }
    if (!verb) return;
  }
  if (c.LemmaIs(kLemmaDeclineTo) &&
      (cl >= se || !toks_[cl].IsWord() || !toks_[cl].has(kLowerInitial) ||
       toks_[cl].is(kDeterminer) || toks_[cl].has(kHasDigit))) {
    return;  // "Sales declined to a record low": a fall, not a refusal (whose verb follows)
  }
  // "Some aides are said to favor a delay", "Ray is said to be angry", "The board is widely
  // expected to approve it", "The bank is learnt to have sought a report": hearsay or
  // expectation of people the writer does not name; the subject is whom it is about, not
  // who says it. The infinitive is the statement, with no speaker.
  if (cl + 1 < se && cl == cf + 1 && HearsayPassive(cf, c) &&
      c.past_participle && PassiveVerb(cf, sf)) {
    cand.first = cl;
    cand.last = ContentEnd(cl, se);
    cand.last = EmbeddedClauseEnd(sf, cf, cl, cand.last);
    Emit(cand);
    return;
  }
  // "Ray is best known for her stance on the pier", "a group known for its audits": a
  // reputation, what people the writer does not name say of the subject; the words after
  // "for" are the statement, with no speaker.
  if (lemma == "known for" && cl < se) {
    cand.first = cl;
    cand.last = TopicEnd(cl, ContentEnd(cl, se));
    Emit(cand);
    return;
  }
  // "The ferry is increasingly seen as a relic", "The case was viewed as a threat": a
  // view that people the writer does not name hold of the subject (a passive, VerbUse); the
  // words after "as" are the statement, with no speaker.
  if (c.LemmaIs(kLemmaSeenAs) && cl < se && SeenAsPassive(cf)) {
    cand.first = cl;
    cand.last = TopicEnd(cl, ContentEnd(cl, se));
    // (In a relative clause set off by commas, "Lee, who is seen as a better sailor, hopes
    // to ...", the view ends at the clause's comma.)
    uint32_t aux = cf;
    while (aux > start && aux + 4 > cf && toks_[aux - 1].IsWord() &&
           toks_[aux - 1].has(kLowerInitial) && !LowerIs(aux - 1, "who") &&
           !LowerIs(aux - 1, "which")) {
      --aux;
    }
    if (aux > start + 1 && (LowerIs(aux - 1, "who") || LowerIs(aux - 1, "which")) &&
        toks_[aux - 2].IsPunct(',')) {
      for (uint32_t t = cl; t < cand.last; ++t) {
        if (toks_[t].IsPunct(',') && in_quote_[t] < 0) {
          cand.last = TrimEnd(cl, t);
          break;
        }
      }
    }
    if (cand.last > cand.first) Emit(cand);
    return;
  }
  // "It is alleged that ...", "It was reported that ...", "It is understood that ...": an
  // impersonal passive of saying or thought reports what people the writer does not name
  // say or believe (British and Indian papers' "it is learnt that"); the clause after
  // "that" is the statement, with no speaker.
  if (c.past_participle && (c.cls == CueClass::kSpeech || c.cls == CueClass::kThought) &&
      cl + 1 < se && ImpersonalPassive(cf, cl, sf)) {
    cand.first = cl + 1;
    cand.last = ContentEnd(cl + 1, se);
    Emit(cand);
    return;
  }
  // "Lee was repeatedly warned that the pier was unsafe", "was publicly criticized for ...":
  // a passive with an adverb before its participle reports what people the writer does
  // not name said; its subject is whom it was said to or of, not its speaker. (With "by",
  // the agent's: PassiveAgent.)
  if (c.past_participle && (c.cls == CueClass::kSpeech || c.cls == CueClass::kThought) &&
      cf > sf + 2 && cl < se && toks_[cl].IsWord() && !LowerIs(cl, "by") &&
      MannerAdverb(cf - 1) && PassiveVerb(cf, sf) &&
      !c.LemmaIs(kLemmaTell | kLemmaAsk | kLemmaAskAbout)) {
    cand.first = ContentStartAfterCue(cl, se, cue);
    cand.last = ContentEnd(cand.first, se);
    if (cand.last > cand.first) Emit(cand);
    return;
  }
  // "Ferry cuts will hurt islanders, MPs told": a headline's "told" with nothing after it is
  // a passive ("MPs [were] told"; the verb takes an object otherwise), whose hearers are no
  // speaker: what they heard is a statement with none named, as after "the court heard".
  // (A line without a period: a body's "..., Ann Ray told." lost its object.)
  if (c.LemmaIs(kLemmaTell) && LowerIs(cf, "told") && TrimEnd(cl, se) <= cl &&
      !toks_[se - 1].IsPunct('.')) {
    const Subject subj = FindSubject(cf, start);
    if (subj.found && subj.mention.first > start + 2 &&
        toks_[subj.mention.first - 1].IsPunct(',') && in_quote_[subj.mention.first - 1] < 0) {
      cand.first = start;
      cand.last = TrimEnd(start, subj.mention.first - 1);
      if (cand.last > cand.first) Emit(cand);
    }
    return;
  }
  // "Lee was told that he would lose", "... had been told by aides that ...": what the
  // subject heard, from nobody named unless an agent follows "by".
  if (c.LemmaIs(kLemmaTell) && c.past_participle && PassiveVerb(cf, sf)) {
    const uint32_t that = PassiveToldThat(cl);
    // ("The court was told Lee had been drinking": a hearing body was told, as it heard.)
    if (that == kNone && HearingBodyBefore(cf)) {
      ProcessHearingCue(cf, cl, se, cand);
      return;
    }
    if (that == kNone && cl < se && PassiveToldClause(cl)) {
      cand.first = AfterToldTime(cl);  // "Staff were told they would lose their jobs"
      cand.last = ContentEnd(cand.first, se);
      Emit(cand);
      return;
    }
    if (that == kNone || that + 1 >= se) return;
    AgentAfterBy(cl, that, &cand);
    cand.first = that + 1;
    cand.last = ContentEnd(that + 1, se);
    Emit(cand);
    return;
  }
  // "Replying to questions from Tom Lee, Ray said ...": a participle opening the sentence
  // names what the speaker's words answer, not what was said. (Elsewhere "did not respond
  // to calls from the Herald" reports withheld speech: in scope.)
  if (c.LemmaIs(kLemmaReply | kLemmaRespond) && cf == start && cl < se &&
      LowerIs(cl, "to") && EndsWith(cf, "ing")) {
    return;
  }
  if (c.LemmaIs(kLemmaAsk) && (cf == start || (cf == start + 1 && LowerIs(start, "when")))) {
    // "Asked if the plan would work, Smith said ...": the question, put by the writer.
    uint32_t comma = cl;
    while (comma < se && !toks_[comma].IsPunct(',') && comma - cl < 40) ++comma;
    if (comma >= se || !toks_[comma].IsPunct(',')) return;
    // ("Asked whether the pier's director, Tom Lee, could stay, Ray said": a name between
    // commas after a noun, then an auxiliary, is the noun's appositive inside the question,
    // which ends at the next comma.)
    if (comma > cl && toks_[comma - 1].IsWord() && toks_[comma - 1].has(kLowerInitial) &&
        !toks_[comma - 1].is(kStop)) {
      uint32_t name_end = comma + 1;
      while (name_end < se && name_end < comma + 5 && toks_[name_end].IsWord() &&
             toks_[name_end].has(kCapitalized) && !toks_[name_end].is(kStop)) {
        ++name_end;
      }
      uint32_t next = name_end + 1;
      if (name_end > comma + 1 && next < se && toks_[name_end].IsPunct(',') &&
          toks_[next].is(kPreverb) && toks_[next].has(kLowerInitial)) {
        while (next < se && !toks_[next].IsPunct(',') && next - cl < 40) ++next;
        if (next < se && toks_[next].IsPunct(',')) comma = next;
      }
    }
    cand.last = TrimEnd(cl, comma);
    cand.anchor = cf;
    // The question's own verbs ("When asked which plan she backed, ...") report nothing.
    for (uint32_t t = cl; t < comma; ++t) consumed_[t] = 1;
    // "Asked by a reporter whether ...", "When asked by Ann Ray about ...": the agent asked.
    // (The question itself after its agent, as "when asked by ..." has it; after a time or
    // place, "Asked on Monday whether ...", the question alone.)
    const uint32_t after = AgentAfterBy(cl, comma, &cand);
    cand.first = after + 1 < comma ? QuestionAfterAdjunct(after, comma, /*if_too=*/true) : cl;
    Emit(cand);
    return;
  }
  if (LowerIs(cf, "asked") && cf > start + 1 && LowerIs(cf - 1, "when") &&
      toks_[cf - 1].has(kLowerInitial) && c.past_participle &&
      c.LemmaIs(kLemmaAsk | kLemmaAskAbout)) {
    // `"We will see," Ray said when asked whether she would run`: a question put to the
    // speaker by someone else, unnamed unless an agent follows ("when asked by a reporter
    // if ..."). It runs to the next comma or the sentence end.
    uint32_t first = cf + 1;
    if (first < se && LowerIs(first, "by") && QuestionOpens(NameAfter(first + 1, se), se)) {
      first = AgentAfterBy(first, se, &cand);
    }
    if (!QuestionOpens(first, se)) return;
    uint32_t end = first;
    while (end < se && !((toks_[end].IsPunct(',') || toks_[end].IsPunct(':')) &&
                         in_quote_[end] < 0)) {
      ++end;
    }
    for (uint32_t t = first; t < end; ++t) consumed_[t] = 1;
    cand.first = first;
    cand.last = TrimEnd(first, end);
    cand.anchor = cf;
    Emit(cand);
    return;
  }
  if (c.LemmaIs(kLemmaAsk | kLemmaAskAbout) && c.past_participle && cf > start + 1) {
    // "Ray was asked about the toll", "Lee has been asked to resign by the board": the
    // question put to the subject, who is not its speaker; the asker is the agent after
    // "by", when named.
    uint32_t aux = cf;
    while (aux > start && toks_[aux - 1].IsWord() && toks_[aux - 1].has(kLowerInitial) &&
           toks_[aux - 1].is(kPreverb) && !PassiveAuxiliary(aux - 1) && aux + 3 > cf) {
      --aux;
    }
    if (aux > start && PassiveAuxiliary(aux - 1)) {
      const uint32_t first = AgentAfterBy(cl, se, &cand);
      // The question ends at a comma ("was asked about the toll, and she smiled"): what
      // follows is the writer's again. (A question put as a clause, "was asked whether Lee,
      // who ..., could win", ends where a reported clause does.)
      uint32_t end = first;
      if (first < se && LowerIs(first, "whether")) {
        end = se;
      } else {
        while (end < se && end < first + kMaxContentTokens &&
               !(toks_[end].IsPunct(',') && in_quote_[end] < 0)) {
          ++end;
        }
      }
      cand.first = first;
      cand.last = ContentEnd(first, end);
      cand.anchor = cf;
      cand.put_to_subject = true;
      Emit(cand);
      return;
    }
  }
  uint32_t before_cue = cf;
  // ("... and began talking about": a verb of starting before a gerund cue, as FindSubject
  // reads it.)
  for (bool aspect = EndsWith(cf, "ing"); before_cue > sf && toks_[before_cue - 1].IsWord() &&
                                          toks_[before_cue - 1].has(kLowerInitial);) {
    if (toks_[before_cue - 1].is(kPreverb)) {
      --before_cue;
    } else if (aspect && before_cue == cf && AspectVerb(before_cue - 1)) {
      --before_cue;
      aspect = false;
    } else {
      break;
    }
  }
  // ("..., and like Ann Ray has spoken about ...": a comparison with a name between "and"
  // and the verb, whose subject is the sentence's, as right after "and".)
  for (uint32_t n = before_cue; n > sf + 2 && n + 4 > before_cue && toks_[n - 1].IsWord() &&
                                toks_[n - 1].has(kCapitalized);
       --n) {
    if (toks_[n - 2].has(kLowerInitial) &&
        (LowerIs(n - 2, "like") || LowerIs(n - 2, "unlike")) &&
        (LowerIs(n - 3, "and") || LowerIs(n - 3, "but"))) {
      before_cue = n - 2;
      break;
    }
  }
  if ((cf == start && OpeningParticipleCue(cf, c)) || ParticipleAfterOpener(cf, start, c)) {
    if (OpeningParticiple(cf, cl, se, cue, &cand)) Emit(cand);
    return;
  }
  // "Ann Ray took the stage to say", "The leak led Ann Ray to announce": who speaks a verb
  // of saying after "to".
  uint32_t caused = kNone;
  const InfinitiveSpeaker infinitive = SpeakerOfInfinitive(cf, cue, &caused);
  // The cue ends its sentence, maybe before a time or an adjunct ("..., has said on Monday.").
  // (Asked last, of a cue after a comma and an auxiliary.)
  auto ends_sentence = [&] {
    const uint32_t end = TrimEnd(cl, se);
    return cl >= end || (toks_[cl].IsWord() && (toks_[cl].is(kTime) || toks_[cl].is(kAdjunct)) &&
                         !LowerIs(cl, "by") && TailIsAdjunct(cl, end));
  };
  // "The Education Minister, Ann Ray, has said ...": the comma before the auxiliary closes a
  // name set off after the sentence's subject, which is no second verb of that subject but
  // the subject itself, as before "said" alone. (Asked last, of a cue after a comma and an
  // auxiliary.)
  auto appositive_subject = [&] {
    const Subject subj = FindSubject(cf, start);
    // (Or a clause's, after its comma and conjunction: "A, but the senator, Ann Ray, had";
    // or after a subordinator, "as" or "whether": "because Ray, a senator, will".)
    const uint32_t m = subj.mention.appositive_last != 0
                           ? std::min(subj.mention.first, subj.mention.appositive_first)
                           : subj.mention.first;
    const bool clause_start =
        subj.boundary == Boundary::kSentenceStart ||
        (m > sf + 2 && toks_[m - 2].IsPunct(',') && toks_[m - 1].has(kLowerInitial) &&
         (LowerIs(m - 1, "but") || LowerIs(m - 1, "and") || LowerIs(m - 1, "yet"))) ||
        (m > sf && (toks_[m - 1].has(kLowerInitial) || m - 1 == start) &&
         (Subordinator(m - 1) || LowerIs(m - 1, "as") || LowerIs(m - 1, "whether")));
    return subj.found && clause_start && subj.mention.appositive_last != 0 &&
           std::max(subj.mention.last, subj.mention.appositive_last) + 1 == before_cue;
  };
  // Whether one of the last attributions found has its cue in this sentence before `t`
  // (kNone: none).
  auto cue_before = [&](uint32_t t) {
    for (size_t i = cands_.size(); t != kNone && i > 0 && i + 8 > cands_.size(); --i) {
      const uint32_t other = cands_[i - 1].cue_first;
      if (other >= sf && other < t) return true;
    }
    return false;
  };
  // "Elm Motors narrows loss, says price war is not over": a headline's second verb in the
  // present, after a comma, is its subject's, the name that opens it (not "Elm Motors
  // narrows", which the body's rules would read as "Acme shares"). A headline: the text's
  // first paragraph, one sentence without a period.
  const bool headline_second_verb =
      before_cue == cf && cf > sf + 2 && toks_[cf - 1].IsPunct(',') && EndsWith(cf, "s") &&
      toks_[cf].has(kLowerInitial) && HeadlineSentence(doc_.sentence_of[cf]) && cl < se &&
      // (Not "CLAUSE, says Lanxi official", "CLAUSE, says minister": the speaker after the
      // cue.)
      !(TrimEnd(cl, se) <= cl + 4 && ValidSubject(cl, TrimEnd(cl, se)));
  if (headline_second_verb) {
    uint32_t name_end = start;
    while (name_end < cf && toks_[name_end].IsWord() && toks_[name_end].has(kCapitalized)) {
      ++name_end;
    }
    // ("Central bank holds rates, signals cuts", "Rival senator blasts plan, says ...": a
    // body's or a role's noun in lower case after the capitalized word, as the headline drops
    // its determiner; up to the headline's verb, "Elm union head rejects offer, says".)
    const uint32_t capitalized_end = name_end;
    for (uint32_t t = capitalized_end; capitalized_end > start && t < cf && t < capitalized_end + 3;
         ++t) {
      if (!toks_[t].IsWord() || !toks_[t].has(kLowerInitial) || toks_[t].is(kStop)) break;
      const bool noun = toks_[t].is(kOrgNoun | kRole) && !toks_[t].is(kGroup);
      if (noun) name_end = t + 1;
      if (!noun && EndsWith(t, "s")) break;
    }
    if (name_end > start && name_end < cf && ValidSubject(start, name_end)) {
      cand.SetSpeaker({start, name_end, 0, 0}, start);
      cand.first = ContentStartAfterCue(cl, se, cue);
      cand.last = ContentEnd(cand.first, se);
      cand.anchor = cf;
      Emit(cand);
      return;
    }
  }
  // "..., saying CLAUSE" and "X refused to comment but said CLAUSE": the speaker is the
  // sentence's subject.
  const bool participle =
      // "..., saying", "angered the crew by saying that", "Ray opened by talking about the
      // ferry": the means of the subject's act.
      (EndsWith(cf, "ing") && cf > sf &&
       (ParticipleOpener(cf - 1) || CommaClosesQuote(cf - 1) || TimeOfActBefore(cf) ||
        // "..., falsely suggesting that", "..., later alleging that": an adverb of manner or
        // of time before the participle.
        (cf > sf + 1 && toks_[cf - 2].IsPunct(',') && toks_[cf - 1].has(kLowerInitial) &&
         (PreverbAdverb(cf - 1) || MannerAdverb(cf - 1))))) ||
      (before_cue > sf + 1 && (LowerIs(before_cue - 1, "and") || LowerIs(before_cue - 1, "but"))) ||
      // "A, but at a hearing on Monday said B": a phrase of time or place between.
      // (After an attribution of its own: in "clerks in the city and at the port have
      // said", the phrase is part of the subject.)
      (before_cue > sf + 3 && ClauseTakingSpeechCue(cue, cl) &&
       cue_before(ConjunctionBeforeAdjunct(sf, before_cue))) ||
      // "Ann Ray took to Harbor Radio to say CLAUSE": an infinitive of purpose.
      (cf > sf + 1 && infinitive == InfinitiveSpeaker::kClauseSubject) ||
      // "Li offered him a job, then said ...": an adverb after a comma, no subject. (Not an
      // auxiliary or "also" before a cue that ends the sentence: "A, the commissioner, Tom
      // Lee, has said." has its subject and its clause before the comma.)
      // (Not a reduced passive with its agent: "an analysis, first reported by the Globe,".)
      (before_cue < cf && before_cue > sf + 1 && toks_[before_cue - 1].IsPunct(',') &&
       !toks_[before_cue].has(kCapitalized) && !EndsWith(cf, "ing") &&
       !(c.past_participle && cl < se && LowerIs(cl, "by")) &&
       !(!PassiveAuxiliary(before_cue) &&
         (FiniteAuxiliary(before_cue) || LowerIs(before_cue, "also")) &&
         (ends_sentence() || appositive_subject())));
  if (participle) {
    ProcessParticipleCue(cf, cl, cue, start, se, cand);
    return;
  }

  if (cf > start && before_cue == cf && EndsWith(cf, "ing") &&
      ParticipleModifiesSubject(cf, cl, se)) {
    return;
  }
  Subject subj = FindSubject(cf, start);
  // "A tree fell on a car; its owner, Tom Lee, said ...": a clause after a semicolon is read
  // on its own when the subject is not found from the sentence's start. (Within a subject's
  // length of the cue: twelve tokens.)
  if (!subj.found) {
    uint32_t semicolon = kNone;
    for (uint32_t t = cf - 1; t > start + 1 && t + 12 > cf && semicolon == kNone; --t) {
      if (toks_[t - 1].IsPunct(';') && in_quote_[t - 1] < 0) semicolon = t;
    }
    if (semicolon != kNone) {
      subj = FindSubject(cf, semicolon);
      if (subj.found) start = semicolon;
    }
  }
  // "Lee apologized, saying ...": after a subject that opens the sentence, a participle of
  // saying right after the cue's comma reports the words itself, for the same subject; the
  // cue has none of its own.
  // (Not "declined to comment, saying ...", a refusal that is a statement, nor a cue in
  // -ing, "are responding, painting ...".)
  // (Also after an opening phrase of where or when: "In a post on Friday, he apologized,
  // saying ...".)
  // (The tokens after the cue first: few cues have a participle after their comma.)
  if (cl + 2 < se && toks_[cl].IsPunct(',') && toks_[cl + 1].IsWord() &&
      toks_[cl + 1].has(kLowerInitial) && EndsWith(cl + 1, "ing") && !EndsWith(cl - 1, "ing") &&
      !c.LemmaIs(kLemmaDeclineToComment) && subj.found &&
      (subj.boundary == Boundary::kSentenceStart ||
       (subj.boundary == Boundary::kComma && subj.mention.first > start + 2 &&
        OpeningAdverbial(start, subj.mention.first - 1)))) {
    int inner = -1;
    if (SpeechCueAt(cl + 1, se, &inner) > 0) return;
  }
  // (The next three change the subject only in a case of their own, which their first tests
  // tell and which most cues are not in: those tests are made here, where the calls' entry
  // and exit would cost more.)
  if (subj.found && subj.mention.first > start + 1) {
    SubjectBeforeParticiple(&subj, start, cf, se);  // (a participle before the subject)
    SubjectBeforePlace(&subj, start);  // (a place after a role: "the pollster in Ohio")
    SubjectAfterRelativeClause(&subj, start, cf);  // (a relative clause before the cue)
  } else if (!subj.found) {
    SubjectAfterRelativeClause(&subj, start, cf);
  }
  if (subj.found && subj.boundary == Boundary::kClause &&
      toks_[subj.mention.last - 1].is(kDocument)) {
    DocumentAuthor(&subj, start);  // (a document noun ends the subject: its case)
  }
  if (subj.found && EndsWith(cf, "ing")) ParticipleAfterObject(&subj, sf, start, cf, cue);
  NameBeforeUnclosedDescription(&subj, start);
  if (!subj.found || subj.boundary == Boundary::kClause) {
    // "Sales fell, a study by the Harbor Trust found": the document phrase after the comma,
    // its author named inside it.
    const uint32_t document = PostposedDocumentStart(start, before_cue);
    if (document != kNone && (!subj.found || subj.mention.first > document)) {
      subj.found = true;
      subj.mention = {document, before_cue, 0, 0};
      subj.boundary = Boundary::kComma;
    }
  }
  // "The leak led Ann Ray to announce ...": the one caused to speak.
  if (infinitive == InfinitiveSpeaker::kObject && cf > start + 2 && caused > start) {
    subj.found = true;
    subj.mention = {caused, cf - 1, 0, 0};
    subj.boundary = Boundary::kClause;
  }
  // (Its case, a comma right before the cue and its auxiliaries, tested here first.)
  if (before_cue > start && toks_[before_cue - 1].IsPunct(',')) {
    uint32_t author_end = kNone;
    const uint32_t author = DocumentAuthorAside(start, cf, &author_end);
    if (author != kNone && (!subj.found || subj.mention.last <= author)) {
      subj.found = true;
      subj.mention = {author, author_end, 0, 0};
      subj.boundary = Boundary::kSentenceStart;
    }
  }
  if (c.cls == CueClass::kEvidence) {
    // Only documents, polls and outlets "show" or "find" things in the reported sense.
    if (!subj.found) {
      const uint32_t head_end = DocumentSubjectEnd(start, cf);
      if (head_end == kNone) return;
      subj.found = true;
      subj.mention = {start, head_end, 0, 0};
      subj.boundary = Boundary::kSentenceStart;
    }
    const Token& head = toks_[subj.mention.last - 1];
    // ("Speaking on radio show Elm Hour", "a television show": an outlet's singular noun
    // right before "show" makes a compound noun; as a verb, "show" would take a plural.)
    if (subj.mention.last == cf && LowerIs(cf, "show") && head.is(kOrgNoun) &&
        !head.is(kDocument) && head.has(kLowerInitial) && !PluralNoun(cf - 1)) {
      return;
    }
    // ("BBC found", "NHK shows": a body's acronym.)
    const bool acronym = AllCapitalLetters(doc_.TokenText(subj.mention.last - 1));
    bool document = head.is(kDocument) || head.is(kOrgNoun) || acronym;
    for (uint32_t t = subj.mention.first; t < subj.mention.last && !document; ++t) {
      document = toks_[t].is(kDocument);  // "a study by the Institute of ..."
    }
    // "The pilot program showed that ...", "Moss found that ...": with "that" the verb reports
    // a finding whatever its subject ("the police found the car" does not). So does the verb
    // after its clause, a comma and its subject: "The crew skipped the checklist, air accident
    // investigators found.", the headline's "Jail is overcrowded, inspector finds".
    // (Not a noun: "..., her weakest showing", "..., the Elm Today show".)
    const bool after_clause =
        subj.mention.first > start + 2 && toks_[subj.mention.first - 1].IsPunct(',') &&
        !toks_[subj.mention.first].is(kPronoun) && !EndsWith(cf, "ing") &&
        !(toks_[cf - 1].has(kCapitalized) && (LowerIs(cf, "show") || LowerIs(cf, "find"))) &&
        ends_sentence();
    if (!document && !after_clause && !(cl < se && LowerIs(cl, "that"))) {
      const uint32_t head_end = DocumentSubjectEnd(start, cf);
      if (head_end == kNone) return;
      subj.found = true;
      subj.mention = {start, head_end, 0, 0};
      subj.boundary = Boundary::kSentenceStart;
    }
  }
  if (subj.found && subj.mention.last == subj.mention.first + 1 &&
      LowerIs(subj.mention.first, "it") && c.LemmaIs(kLemmaEncourage)) {
    return;  // "It encouraged people to drive less": a policy or a price, not a source
  }
  // "The clash echoes a row in June": what echoes without a speaker for its subject only
  // resembles.
  if (subj.found && c.lemma == "echo" && !PossibleSpeaker(subj.mention) &&
      !PeopleNoun(subj.mention.last - 1)) {
    return;
  }
  // "not the rout many pundits predicted, but Lee won", "Though the vote was not the rout
  // pundits forecast, Lee won": a cue right before a comma, closing a relative clause on the
  // noun before its subject, has that noun as its object (the gap) and reports nothing after
  // the comma.
  if (subj.found && cl < se && toks_[cl].IsPunct(',') && subj.mention.first > start + 2) {
    const uint32_t noun = subj.mention.first - 1;
    const Token& n = toks_[noun];
    if (n.IsWord() && n.has(kLowerInitial) && !n.is(kStop) && !n.is(kPreverb) &&
        !n.is(kCueStart) && !n.is(kPronoun) && !EndsWith(noun, "ly") &&
        (toks_[noun - 1].is(kDeterminer) ||
         (toks_[noun - 2].is(kDeterminer) && toks_[noun - 1].IsWord() &&
          toks_[noun - 1].has(kLowerInitial) && !toks_[noun - 1].is(kStop)))) {
      return;
    }
  }
  if (subj.found) {
    cand.SetSpeaker(subj.mention, subj.mention.first);
    // (Its case, tested here as above: a relative pronoun between the sentence's first word
    // and the subject.)
    // (The relative pronoun, or "even" after it, is a lower-case word.)
    if (subj.mention.first > start + 1 && toks_[subj.mention.first - 1].has(kLowerInitial)) {
      RelativePronounFragment(cand, start);
      // "the slaves, whom Ray referred to in her speech, were ...", "the plan that Lee talked
      // about on Monday is dead": the relative pronoun is the object of the cue's
      // preposition, which is followed by no object of its own; what comes after is no
      // one's words.
      const uint32_t p = subj.mention.first - 1;
      if (!c.rest.empty() && cl > cf + 1 && toks_[cl - 1].is(kStop) &&
          (LowerIs(p, "whom") || LowerIs(p, "which") || LowerIs(p, "that")) &&
          !toks_[p - 1].is(kStop) &&
          (cl >= se || !toks_[cl].IsWord() ||
           (toks_[cl].has(kLowerInitial) && toks_[cl].is(kStop) && !toks_[cl].is(kPreverb) &&
            !toks_[cl].is(kDeterminer) && !LowerIs(cl, "as")))) {
        return;
      }
    }
    // "The pier, which Lee said would close, is still open": what Lee said ends with the
    // relative clause, at the comma before the main clause's verb.
    if (const uint32_t p = subj.mention.first; p >= start + 2 && toks_[p - 2].IsPunct(',') &&
                                              LowerIs(p - 1, "which")) {
      for (uint32_t t = cl; t + 1 < se; ++t) {
        if (toks_[t].IsQuote() || in_quote_[t] >= 0) break;
        if (toks_[t].IsPunct(',')) {
          // (An auxiliary or a verb of saying in the past or the present: "like", a
          // preposition, is no verb.)
          const std::string_view next = doc_.TokenText(t + 1);
          // ("The lead, which Ray refers to as a moat, grew": a verb in the past.)
          if (toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial) &&
              (toks_[t + 1].is(kPreverb) || IrregularPast(t + 1) ||
               (toks_[t + 1].is(kCueStart) && (next.ends_with("ed") || next.ends_with("s"))))) {
            se = t;
          }
          break;
        }
      }
    }
    // "Ann Ray, who repeatedly vowed to close the pier, soon ran an ad on Elm Radio":
    // what a relative clause on the subject reports ends at its first comma or dash when the
    // main clause's verb (or "and who") follows. (Only there: "who said the pier, built in
    // 1900, was unsafe" has its own commas.)
    {
      const uint32_t rel = VerbModifiersStart(cf, start + 2);
      if (rel > start + 2 && toks_[rel - 2].IsPunct(',') && toks_[rel - 1].has(kLowerInitial) &&
          (LowerIs(rel - 1, "who") || LowerIs(rel - 1, "which"))) {
        for (uint32_t t = cl; t + 2 < se; ++t) {
          if (toks_[t].IsQuote() || in_quote_[t] >= 0 || toks_[t].IsPunct('(')) break;
          if (!toks_[t].IsPunct(',') && !toks_[t].IsPunct('-')) continue;
          // ("who said that, if elected, she would ...": an aside after "that" opens the
          // clause; its closing comma is not the relative clause's.)
          if (toks_[t].IsPunct(',') && LowerIs(t - 1, "that")) {
            uint32_t close = t + 1;
            while (close + 2 < se && close < t + 8 && toks_[close].IsWord()) ++close;
            if (toks_[close].IsPunct(',')) {
              t = close;
              continue;
            }
          }
          uint32_t v = t + 1;
          if (toks_[v].IsWord() && toks_[v].has(kLowerInitial) && EndsWith(v, "ly")) ++v;
          const Token& verb = toks_[v];
          // (Not a participle before its phrase: "the pier, built in 1900, ...".)
          const uint32_t w = v + 1;
          const bool past = verb.IsWord() && verb.has(kLowerInitial) && !verb.is(kStop) &&
                            (EndsWith(v, "ed") || IrregularPast(v)) && w < se &&
                            !(LowerIs(w, "in") || LowerIs(w, "by") || LowerIs(w, "at") ||
                              LowerIs(w, "on") || LowerIs(w, "from") || LowerIs(w, "with") ||
                              LowerIs(w, "to") || LowerIs(w, "for") || LowerIs(w, "of") ||
                              LowerIs(w, "as") || LowerIs(w, "after") || LowerIs(w, "during"));
          if ((verb.IsWord() && verb.has(kLowerInitial) && FiniteAuxiliary(v)) || past ||
              (LowerIs(t + 1, "and") &&
               (LowerIs(t + 2, "who") || LowerIs(t + 2, "which")))) {
            se = t;
          }
          break;
        }
      }
    }
    if (c.LemmaIs(kLemmaDeclineToComment)) {
      // "X declined to comment": a refusal is the statement ("to comment"), with what it was
      // about ("to comment on the deal").
      cand.cue_last = cf + 1;
      cand.first = cf + 1;
      cand.last = cl;
      if (cl + 1 < se && (LowerIs(cl, "on") || LowerIs(cl, "about")) &&
          toks_[cl + 1].IsWord()) {
        cand.last = std::max(cl, ContentEnd(cl, se));
      }
      Emit(cand);
      return;
    }
    if (c.LemmaIs(kLemmaDeclineTo)) {
      // "X declined to confirm the deal": the refusal, with its "to" as in "to comment".
      cand.first = cl - 1;
      cand.last = ContentEnd(cl - 1, se);
      Emit(cand);
      return;
    }
    uint32_t tail = TakesListener(cue) ? SkipListener(cl, TrimEnd(cl, se)) : cl;
    // ("A, Ann Ray wrote Tom Lee.": "wrote" and the one written to, ending the sentence.)
    if (tail == cl && cl < se && c.LemmaIs(kLemmaWrite)) {
      const uint32_t end = TrimEnd(cl, se);
      const uint32_t name_end = NameObjectEnd(cl, std::min(end, cl + 4));
      if ((name_end == end && name_end > cl) || (cl + 1 == end && ObjectPronoun(cl))) tail = end;
    }
    // "CLAUSE, as Lin Yi said.", "CLAUSE, as one pilot put it in May.": the clause before the
    // comma, as in "CLAUSE, X said." Only after a verb whose object "as" can stand for (after
    // others "as" is "while": "..., as the crowd applauded", "..., as Ray answered"), and not
    // in "A, as X reported on Monday, B", where B is the statement.
    const uint32_t named = subj.mention.first;
    if (named >= start + 3 && LowerIs(named - 1, "as") && toks_[named - 2].IsPunct(',') &&
        in_quote_[named - 2] < 0 && AsTakesTheClause(lemma) &&
        TailIsAdjunct(tail, TrimEnd(cl, se)) && !CommaBetween(tail, se)) {
      cand.first = start;
      cand.last = TrimEnd(start, named - 2);
      Emit(cand);
      return;
    }
    // (`In the note with the video, Ray wrote:`: a colon right after the cue introduces its
    // words, so the phrase before the comma is no clause of them. A later colon belongs to
    // what follows: "A, Ray said Friday, adding: ...".)
    const bool colon_after = tail < se && toks_[tail].IsPunct(':');
    // (`Ray admitted it could be termed "unsafe," the Elm Post reported`: the comma may be
    // inside the closing mark of a short quotation in the clause, which stays with it.)
    const uint32_t named_first = subj.mention.first;
    const bool comma_in_quote =
        subj.boundary == Boundary::kClause && named_first > start + 3 &&
        CommaClosesQuote(named_first - 1) && !quotes_[in_quote_[named_first - 2]].accepted &&
        quotes_[in_quote_[named_first - 2]].open > start + 1;
    // ("On Tuesday, even as shares fell, Ray wrote to investors, ...": opening adverbials
    // and a clause of time, with no main clause, are no clause reported; a condition or a
    // reason may be: "If the vote fails, Li warned, ...".)
    auto adverbials_only = [&](uint32_t comma) {
      uint32_t segment = start;
      for (uint32_t t = start; t <= comma; ++t) {
        if (t < comma && !toks_[t].IsPunct(',')) continue;
        uint32_t opener = segment;
        // (Up to three words that measure or stress the time: "just", "not long", "shortly",
        // "two days".)
        while (opener + 1 < t && opener < segment + 3 && TimeMeasure(opener)) ++opener;
        const bool adverbial =
            OpeningAdverbial(segment, t) ||
            (opener + 2 < t && (LowerIs(opener, "as") || LowerIs(opener, "when") ||
                                LowerIs(opener, "while") || LowerIs(opener, "after") ||
                                LowerIs(opener, "before") || LowerIs(opener, "once")));
        if (!adverbial) return false;
        segment = t + 1;
      }
      return segment > start + 1;
    };
    if ((subj.boundary == Boundary::kComma || comma_in_quote) && !colon_after &&
        !OpeningAdverbial(start, subj.mention.first - 1) &&
        !adverbials_only(subj.mention.first - 1) &&
        (TailIsAdjunct(tail, TrimEnd(cl, se)) ||
         (subj.mention.first >= start + 5 && PrepositionalTail(tail, TrimEnd(cl, se))))) {
      // CLAUSE, X said.
      // ("..., an amount agreed with the company", "..., no injuries reported", "..., a
      // memoir written by Lee": an indefinite noun for no person, body or document with a
      // participle after it is a reduced relative clause summing up the clause, not its
      // speaker.)
      {
        const uint32_t head = subj.mention.last - 1;
        const uint32_t m = head > subj.mention.first ? subj.mention.first : head - 1;
        if ((LowerIs(m, "a") || LowerIs(m, "an") || LowerIs(m, "no")) &&
            head + 1 == cf && (EndsWith(cf, "ed") || EndsWith(cf, "en")) &&
            toks_[head].IsWord() && toks_[head].has(kLowerInitial) && !toks_[head].is(kRole) &&
            !toks_[head].is(kGroup) &&
            !toks_[head].is(kOrgNoun) && !toks_[head].is(kOrgUnit) &&
            !toks_[head].is(kDocument) && !PeopleNoun(head)) {
          return;
        }
      }
      uint32_t comma = subj.mention.first - 1;
      // A list of speakers: "..., legislators, advisers and experts said."
      bool coordinated = false;
      for (uint32_t t = subj.mention.first; t < subj.mention.last; ++t) {
        coordinated = coordinated || LowerIs(t, "and");
      }
      while (coordinated && comma > start) {
        uint32_t prev = comma;
        while (prev > start && !toks_[prev - 1].IsPunct(',')) --prev;
        const uint32_t chunk = comma - prev;
        if (prev == start || chunk == 0 || chunk > 3) break;
        bool nominal = true;
        for (uint32_t t = prev; t < comma; ++t) {
          nominal = nominal && toks_[t].IsWord() && !toks_[t].is(kStop) &&
                    !toks_[t].is(kCueStart) && !toks_[t].is(kPreverb);
        }
        const Token& head = toks_[comma - 1];
        const std::string_view head_text = doc_.TokenText(comma - 1);
        const bool plural = head.has(kLowerInitial) && head_text.size() > 3 &&
                            head_text.back() == 's';
        if (!nominal || !(head.is(kGroup) || head.is(kRole) || head.has(kCapitalized) || plural)) {
          break;
        }
        cand.mention.first = prev;
        comma = prev - 1;
      }
      // "..., the company's chief executive, Tom Lee, said.": a description before the name,
      // between commas, is the speaker's (the determiner or an owner, then a role noun).
      if (!coordinated && comma > start + 2 && toks_[subj.mention.first].has(kCapitalized)) {
        uint32_t prev = comma;
        while (prev > start && prev + 6 > comma && !toks_[prev - 1].IsPunct(',')) --prev;
        const Token& head = toks_[comma - 1];
        // ("..., the Commissioner for the Environment, Mr. Tom Lee, has said.", "the Minister
        // of Works": a role right after "the", in either case, and its complement.)
        const bool role_of = prev + 3 < comma && LowerIs(prev, "the") &&
                             (toks_[prev + 1].is(kRole) || toks_[prev + 1].is(kTitle)) &&
                             (LowerIs(prev + 2, "of") || LowerIs(prev + 2, "for"));
        // ("..., the operator, Westgrid, said": a body's noun or a trade's before its name.)
        // ("..., a utility spokeswoman, Ann Ray, warned": "a" opens a description too.)
        if (prev > start + 1 && prev + 1 < comma && toks_[prev - 1].IsPunct(',') &&
            (LowerIs(prev, "the") || LowerIs(prev, "a") || LowerIs(prev, "an") ||
             toks_[prev].has(kPossessive)) &&
            head.IsWord() &&
            ((head.has(kLowerInitial) &&
              ((head.is(kRole) && !head.is(kGroup)) || head.is(kOrgNoun | kOrgUnit) ||
               TradeNounEnding(doc_.TokenText(comma - 1)))) ||
             role_of)) {
          if (cand.mention.appositive_last == 0) {
            cand.mention.appositive_first = prev;  // the name's profile
            cand.mention.appositive_last = comma;
          }
          comma = prev - 1;
        }
      }
      // "A, Elm TV reported, while B, the Times reported.": an earlier attribution between
      // commas, then a conjunction, reports A; this one reports B.
      // ("Pilots said A, but B, they said.": so does a verb of saying that opens the sentence
      // after its own subject.)
      uint32_t opening_cue = kNone;
      for (uint32_t t = start + 1; t < start + 8 && t + 4 < comma; ++t) {
        if (!toks_[t].is(kCueStart) || !toks_[t].has(kLowerInitial) || in_quote_[t] >= 0) {
          continue;
        }
        int own = -1;
        if (MatchCue(t, comma, &own) > 0 && lex_.cue(own).LemmaIs(kLemmaSay) && VerbUse(t, own)) {
          const Subject own_subject = FindSubject(t, start);
          if (own_subject.found && own_subject.mention.first == start) opening_cue = t;
        }
        break;
      }
      uint32_t first = start;
      uint32_t split = kNone;  // the comma before the conjunction, after an opening cue
      for (uint32_t t = start + 3; t + 2 < comma; ++t) {
        if (!toks_[t].IsPunct(',') || in_quote_[t] >= 0 || !toks_[t + 1].IsWord() ||
            !toks_[t + 1].has(kLowerInitial) ||
            !(LowerIs(t + 1, "while") || LowerIs(t + 1, "whereas") || LowerIs(t + 1, "but") ||
              LowerIs(t + 1, "and"))) {
          continue;
        }
        if (opening_cue != kNone && opening_cue + 2 < t) {
          first = t + 2;
          split = t;
          continue;
        }
        if (!toks_[t - 1].is(kCueStart) || !toks_[t - 1].has(kLowerInitial) ||
            !(EndsWith(t - 1, "ed") || EndsWith(t - 1, "s") || IrregularPast(t - 1))) {
          continue;
        }
        uint32_t prev = t - 1;
        while (prev > start && !toks_[prev - 1].IsPunct(',')) --prev;
        if (prev > start && prev + 6 > t && toks_[prev].IsWord() &&
            (toks_[prev].has(kCapitalized) || toks_[prev].is(kDeterminer))) {
          first = t + 2;
        }
      }
      cand.first = first;
      cand.last = comma_in_quote && comma + 1 == named_first ? named_first : TrimEnd(first, comma);
      // (The opening cue's statement, emitted before this one, ends at that comma.)
      if (split != kNone) {
        for (Candidate& earlier : cands_) {
          if (earlier.cue_first == opening_cue && earlier.first < split && earlier.last > split) {
            earlier.last = TrimEnd(earlier.first, split);
          }
        }
      }
      Emit(cand);
      return;
    }
    // "The port will close, Lee told reporters, because ...": the listener of "tell" stands
    // between the cue and the comma.
    // (An object pronoun, or [a determiner and] up to two words ending in a name, a noun
    // for people or a plural: not "told riders ferries would run", "told them nothing".)
    uint32_t after_cue = cl;
    if (c.LemmaIs(kLemmaTell) && cl + 1 < se) {
      uint32_t x = cl;
      if (LowerIs(x, "them") || LowerIs(x, "him") || LowerIs(x, "her") || LowerIs(x, "us") ||
          LowerIs(x, "me")) {
        after_cue = x + 1;
      } else {
        if (toks_[x].is(kDeterminer) && !toks_[x].is(kPronoun)) ++x;
        uint32_t words = 0;
        while (x < se && words < 2 && toks_[x].IsWord() && !toks_[x].is(kStop) &&
               !toks_[x].is(kPreverb) && !toks_[x].is(kCueStart) && !toks_[x].is(kPronoun)) {
          ++x;
          ++words;
        }
        const uint32_t head = x - 1;
        if (words > 0 && (toks_[head].has(kCapitalized) || toks_[head].is(kGroup) ||
                          toks_[head].is(kRole) || PluralNoun(head))) {
          after_cue = x;
        }
      }
    }
    // ("If the vote fails, Lee said on Monday, the party will split", "A, Ray argued in an
    // email, B": where or when the words were said stands between the cue and the comma.)
    // (So does a day's name, "Lee said Tuesday, the party ...", "said Friday night,"; the
    // second half starts after its comma.)
    uint32_t day_comma = kNone;
    if (after_cue == cl && cl + 2 < se && toks_[cl].IsWord() && toks_[cl].has(kCapitalized) &&
        toks_[cl].is(kTime) && toks_[cl].is(kAdjunct)) {
      day_comma = cl + 1;
      if (toks_[day_comma].IsWord() && toks_[day_comma].has(kLowerInitial) &&
          toks_[day_comma].is(kTime)) {
        ++day_comma;
      }
      if (day_comma + 1 < se && toks_[day_comma].IsPunct(',')) {
        after_cue = day_comma;
      } else {
        day_comma = kNone;
      }
    } else if (after_cue == cl && cl + 2 < se && toks_[cl].IsWord() &&
               toks_[cl].has(kLowerInitial) && (toks_[cl].is(kAdjunct) || toks_[cl].is(kTime))) {
      uint32_t comma = cl + 1;
      while (comma < se && comma < cl + 8 && toks_[comma].IsWord()) ++comma;
      if (comma < se && toks_[comma].IsPunct(',') && WhereOrWhenOnly(cl, comma)) {
        after_cue = comma;
      }
    }
    // "Fish heads (the best part, he insists) are roasted whole": an attribution that closes
    // a parenthesis says the words between the parenthesis and its comma, nothing after.
    // ("The toll will rise (Lee said) in May": the clause before the parenthesis.)
    if (cl < se && toks_[cl].IsPunct(')') && subj.mention.first > start + 1) {
      const uint32_t before = subj.mention.first - 1;
      uint32_t open = before;
      while (open > start && before - open < 20 && !toks_[open].IsPunct('(')) --open;
      if (!toks_[open].IsPunct('(')) return;
      if (open == before) {
        if (open > start + 1) {
          cand.first = start;
          cand.last = TrimEnd(start, open);
          Emit(cand);
        }
        return;
      }
      if (!toks_[before].IsPunct(',') || open + 2 >= before) return;
      cand.first = open + 1;
      cand.last = TrimEnd(open + 1, before);
      Emit(cand);
      return;
    }
    bool both_halves = false;
    // ("The pattern is the same, she says: people ...": a colon too, after a clause with a
    // finite verb of its own; not after an opening adverbial, "In the note with the video,
    // Ray wrote: ...", "Asked about it, Ray said: ...".)
    auto finite_clause_before = [&] {
      // (Not a subordinate clause or a topic: "When asked whether ..., Ray said:", "As for
      // the pier, ...".)
      if (Subordinator(start) || LowerIs(start, "as")) return false;
      for (uint32_t x = start + 1; x + 1 < subj.mention.first; ++x) {
        if (toks_[x].IsWord() && toks_[x].has(kLowerInitial) &&
            (FiniteAuxiliary(x) || IrregularPast(x) || EndsWith(x, "ed"))) {
          return true;
        }
      }
      return false;
    };
    // (Or a semicolon: "The logs were altered, Lee said; his crews found the originals".)
    const bool halves_mark =
        after_cue < se && (toks_[after_cue].IsPunct(',') || toks_[after_cue].IsPunct(';') ||
                           (toks_[after_cue].IsPunct(':') && subj.mention.first > start + 2 &&
                            !OpeningAdverbial(start, subj.mention.first - 1) &&
                            finite_clause_before()));
    if (subj.boundary == Boundary::kComma && halves_mark && subj.mention.appositive_last == 0) {
      // "If the vote fails, Li said, the party will split.": both halves.
      Candidate head = cand;
      head.first = start;
      // ("Lee said the ads answer attacks that, Ray noted, Moss began": "say" with its own
      // subject before the split opens a clause of its own; the first half starts after
      // that verb, whose statement it is part of.)
      for (uint32_t t = subj.mention.first - 1; t-- > start + 1;) {
        if (!toks_[t].is(kCueStart) || !toks_[t].has(kLowerInitial) || in_quote_[t] >= 0) {
          continue;
        }
        int own = -1;
        const uint32_t len = MatchCue(t, se, &own);
        if (len == 0 || !lex_.cue(own).LemmaIs(kLemmaSay) || !VerbUse(t, own) ||
            !FindSubject(t, start).found) {
          continue;
        }
        head.first = ContentStartAfterCue(t + len, se, own);
        break;
      }
      // ("After Ray accused him, he warned, "...": before a quotation, a clause of time that
      // opens the sentence says when the quoted words were said, and is no half of them.)
      const bool time_clause =
          head.first == start && toks_[start].IsWord() && after_cue + 1 < se &&
          toks_[after_cue + 1].IsQuote() && in_quote_[after_cue + 1] < 0 &&
          (LowerIs(start, "after") || LowerIs(start, "before") || LowerIs(start, "when") ||
           LowerIs(start, "while") || LowerIs(start, "once") || LowerIs(start, "until"));
      if (head.first + 1 < subj.mention.first && !time_clause) {
        head.last = TrimEnd(head.first, subj.mention.first - 1);
        head.single_word = head.last == head.first + 1 && toks_[head.first].IsWord();
        Emit(head);
      }
      both_halves = true;
    } else if (halves_mark && subj.boundary == Boundary::kClause &&
               subj.mention.appositive_last == 0 && subj.mention.first > start + 1 &&
               CommaClosesQuote(subj.mention.first - 1) && !toks_[start].IsQuote()) {
      // (`Despite the "awful weather," Ray said, the harbor stayed open`: a first half that
      // ends in a quotation, read as a quote, then the second half; not after a whole
      // quotation, `"We lost," Ray said, ...`.)
      both_halves = true;
    }
    const uint32_t first =
        both_halves && day_comma != kNone ? day_comma + 1 : ContentStartAfterCue(cl, se, cue);
    if (both_halves && WritersTail(first, se)) return;
    // "A, records show, and experts say B", "A, Ray said, but B, Lee said", "A, Ray said,
    // though he said B": a clause after "and", "but" or "though" with a cue of its own is
    // that cue's; the attribution between the commas reports only the first half.
    if (both_halves && first + 2 < se && toks_[first].has(kLowerInitial) &&
        (LowerIs(first, "and") || LowerIs(first, "but") || LowerIs(first, "though") ||
         LowerIs(first, "although")) &&
        toks_[first + 1].IsWord()) {
      for (uint32_t t = first + 2; t < se && t < first + 40 && in_quote_[t] < 0 &&
                                   (toks_[t].IsWord() || toks_[t].IsPunct(','));
           ++t) {
        int own = -1;
        if (toks_[t].is(kCueStart) && toks_[t].has(kLowerInitial) &&
            !LowerIs(t - 1, "to") && MatchCue(t, se, &own) > 0 &&
            lex_.cue(own).cls != CueClass::kSource && VerbUse(t, own)) {
          // (Its own subject, after the conjunction: not "and was quick to contradict".)
          const Subject own_subject = FindSubject(t, first + 1);
          if (own_subject.found) return;
        }
      }
    }
    // "the levy the board opposed and Ann Ray said she would veto": a cue right before "and"
    // or "but" and a new clause's subject has its object elsewhere (the gap of a relative
    // clause); it says nothing here. So does an intransitive cue before another clause: "48
    // percent agreed and 44 percent disagreed". (Not "derided and insulted the left": a
    // second verb shares the object.)
    if (first == cl && first + 2 < se && toks_[first].has(kLowerInitial) &&
        (LowerIs(first, "and") || LowerIs(first, "but")) && toks_[first + 1].IsWord() &&
        (toks_[first + 1].has(kCapitalized) || toks_[first + 1].is(kPronoun | kDeterminer) ||
         toks_[first + 1].has(kHasDigit))) {
      return;
    }
    // "Although Lee conceded, he kept his seat": a cue closing an opening subordinate
    // clause has no words of its own; the comma opens the main clause. (So does a noun of
    // time's clause: "By the time the talks concluded, ...".)
    if (first == cl + 1 && toks_[cl].IsPunct(',') && subj.mention.first > start &&
        subj.mention.appositive_last == 0) {
      const uint32_t m = subj.mention.first;
      if (Subordinator(m - 1) ||
          (m >= start + 2 && LowerIs(m - 2, "the") &&
           (LowerIs(m - 1, "time") || LowerIs(m - 1, "day") || LowerIs(m - 1, "moment")))) {
        return;
      }
    }
    if (first == cl + 1 && toks_[cl].IsPunct(',') && InterjectedAttributionAt(first, se)) {
      // "Ray hopes, Lee said, that the pier will open": the clause is Lee's account, split
      // by his attribution (whose cue emits both halves), not a hope with "Lee said" in it.
      return;
    }
    // "The fee was not disclosed, but sources said ...", "Ray would not say, but ...": after
    // a negated cue, ", but" opens the contrasting clause, not the cue's content; the cue
    // said nothing. (Not "Ray said, but ...": there "but" may go on with what was said.)
    if (first == cl + 1 && toks_[cl].IsPunct(',') && first + 1 < se && LowerIs(first, "but") &&
        toks_[first].has(kLowerInitial) && cf > start + 1) {
      bool negated = false;
      for (uint32_t t = cf - 1; t + 3 >= cf && t > start && !negated; --t) {
        negated = LowerIs(t, "not") || LowerIs(t, "never") || EndsWith(t, "n't") ||
                  EndsWith(t, "n\xE2\x80\x99t");
      }
      if (negated) return;
    }
    // "Lee reports to the chief executive", "reported daily to Ann Ray": to whom one answers
    // at work, unless "that" opens a clause after the listener ("reported to police that").
    if (c.LemmaIs(kLemmaReported) && first + 1 < se && first <= cl + 1 &&
        (LowerIs(first, "to") || (EndsWith(first, "ly") && LowerIs(first + 1, "to")))) {
      bool that = false;
      for (uint32_t t = first + 1; t < se && t < first + 12 && !that; ++t) {
        that = LowerIs(t, "that") || toks_[t].IsPunct(':');
      }
      if (!that) return;
    }
    cand.first = first;
    cand.last = ContentEnd(first, se);
    if (c.name_object) cand.last = StanceObjectEnd(first, cand.last);
    // "Riders who backed Ray say ...": in a relative clause with no comma before "who", the
    // object of a verb of endorsement ends at the main clause's verb: a verb of saying, an
    // auxiliary or an irregular past ("Riders who backed Ray left"). (Also with auxiliaries
    // or adverbs after "who": "Riders who had long backed Ray say".) Any other cue's
    // content ends at a verb of saying with no auxiliary, after a noun in lower case and,
    // in a clause, its finite verb ("Critics who argued that the pier is unsafe say
    // ..."); its own clause may have auxiliaries, pronouns and names as subjects ("who
    // know what voters say", "who posted it was roundly condemned", "who said Ray's call
    // for ...").
    // (So in a clause with its own pronoun inside such a relative clause: "A resident who
    // asked not to be named because she feared reprisals said ...".)
    const bool object_only = c.name_object || TopicCue(cue);
    const uint32_t verb_start = VerbModifiersStart(cf, start + 1);
    bool in_relative = verb_start > start + 1 && LowerIs(verb_start - 1, "who") &&
                       toks_[verb_start - 2].IsWord();
    if (!in_relative && verb_start > start + 4 && SubjectPronoun(verb_start - 1) &&
        Subordinator(verb_start - 2)) {
      for (uint32_t t = verb_start - 3; t > start + 1 && t + 14 > verb_start; --t) {
        if (!toks_[t].IsWord() || !toks_[t].has(kLowerInitial)) break;
        if (LowerIs(t, "who")) {
          in_relative = toks_[t - 1].IsWord();
          break;
        }
      }
    }
    if (in_relative) {
      const uint32_t reach = object_only ? 12 : 25;
      for (uint32_t t = first + 1; t < cand.last && t < first + reach; ++t) {
        if (!toks_[t].IsWord()) break;
        const Token& prev = toks_[t - 1];
        if (!toks_[t].has(kLowerInitial) || prev.is(kStop) || prev.is(kDeterminer)) continue;
        int main_cue = -1;
        const bool said = toks_[t].is(kCueStart) && !EndsWith(t, "ing") &&
                          MatchCue(t, cand.last, &main_cue) > 0 &&
                          lex_.cue(main_cue).cls == CueClass::kSpeech;
        uint32_t verb = t;
        while (verb > first + 1 && toks_[verb - 1].is(kPreverb)) --verb;  // ("... now say")
        // ("Voters who believe the plan will fail will stay home", "Senators who wanted to
        // attend could be faced with ...": an auxiliary after a noun or an adjective, once
        // the reported clause has its finite verb (an infinitive has none), is the main
        // clause's; not inside a relative clause of the content's own.)
        if (!object_only && !said && FiniteAuxiliary(t) && verb == t &&
            MainAuxiliaryAfterContent(first, t)) {
          cand.last = t;
          break;
        }
        if (object_only ? (FiniteAuxiliary(t) || IrregularPast(t) || said) : said) {
          if (!object_only) {
            const uint32_t modifiers = VerbModifiersStart(t, first + 1);
            bool auxiliary = false;
            for (uint32_t m = modifiers; m < t && !auxiliary; ++m) {
              auxiliary = FiniteAuxiliary(m) || PassiveAuxiliary(m);
            }
            const Token& noun = toks_[modifiers - 1];
            // (Or a name after a preposition, an object: "who worked at City Hall said".)
            uint32_t name = modifiers - 1;
            while (name > first && toks_[name].IsWord() && toks_[name].has(kCapitalized) &&
                   !toks_[name].is(kStop) && !toks_[name].has(kPossessive)) {
              --name;
            }
            const bool name_object = name + 1 < modifiers && name > first &&
                                     toks_[name].has(kLowerInitial) && ObjectPosition(name) &&
                                     toks_[name].is(kStop);
            if (auxiliary || !noun.IsWord() || (!noun.has(kLowerInitial) && !name_object) ||
                noun.is(kStop) || noun.is(kPronoun) || noun.has(kPossessive) ||
                noun.is(kPreverb)) {
              continue;
            }
            // (A clause after "that", a question word or a pronoun has its own finite verb
            // first: in "who know what voters say", the voters say.)
            if (toks_[first].has(kLowerInitial) &&
                (LowerIs(first, "that") || LowerIs(first, "what") || LowerIs(first, "how") ||
                 LowerIs(first, "whether") || LowerIs(first, "why") || LowerIs(first, "if") ||
                 SubjectPronoun(first))) {
              bool finite = false;
              for (uint32_t m = first; m + 1 < modifiers && !finite; ++m) {
                finite = toks_[m].has(kLowerInitial) &&
                         (FiniteAuxiliary(m) || IrregularPast(m) || EndsWith(m, "ed"));
              }
              if (!finite) continue;
            }
          }
          cand.last = verb;
          break;
        }
      }
    }
    // "refused to endorse Ray, in what ...", "voted to back Ray last week": after a cue that
    // takes an infinitive, an infinitive of endorsement or judgement (cues.tsv class
    // "object") whose object is a name reports that name alone, as the verb itself would
    // (read below; else the infinitive stays the content: "refused to blame the referee").
    // (`object_first`: where such an object starts.)
    uint32_t object_first = c.name_object ? cl : kNone;
    if (!c.name_object && first > 0 && first + 1 < cand.last && LowerIs(first - 1, "to") &&
        toks_[first].is(kCueStart) && toks_[first].has(kLowerInitial)) {
      int inner = -1;
      const uint32_t words = MatchCue(first, cand.last, &inner);
      if (words > 0 && lex_.cue(inner).name_object && first + words < cand.last &&
          toks_[first + words].has(kCapitalized)) {
        object_first = first + words;
      }
    }
    if (c.LemmaIs(kLemmaApologize) && !ApologyReason(cl, &cand)) return;
    // "voted 3-2 to ban parking, despite objections from ...", "..., sending the bill to the
    // House": the measure voted on ends before the writer's account of the vote (a vote is
    // an act; the speech of others in that account is their own statement).
    if (lemma.starts_with("vote ")) {
      for (uint32_t t = first + 1; t + 1 < cand.last; ++t) {
        if (toks_[t].IsPunct(',') && in_quote_[t] < 0 && toks_[t + 1].has(kLowerInitial) &&
            (LowerIs(t + 1, "despite") ||
             (EndsWith(t + 1, "ing") && !LowerIs(t + 1, "including")))) {
          cand.last = TrimEnd(first, t);
          break;
        }
      }
    }
    if (first == se && BlockQuoteAfter(first, &cand)) {
      Emit(cand);
      return;
    }
    // ("The bill, which Ray said was unfair, passed": the cue's subject after the relative
    // pronoun, its gap the reported clause's subject.)
    const uint32_t m = subj.mention.first;
    const bool relative_subject = subj.found && m > sf + 2 && toks_[m - 2].IsPunct(',') &&
                                  (LowerIs(m - 1, "who") || LowerIs(m - 1, "which"));
    if ((subj.mention.first == start && before_cue > start + 1 &&
         toks_[before_cue - 2].IsPunct(',') &&
         (LowerIs(before_cue - 1, "who") || LowerIs(before_cue - 1, "which"))) ||
        relative_subject) {
      // "Ann Ray, who wants a new ferry, spoke on Monday": a relative clause between the
      // sentence's subject and its verb; its content ends at its closing comma. (Not
      // "... the report, which states that A, pushes B and ...", a list.)
      for (uint32_t t = first; t < cand.last; ++t) {
        // (`The tweet, which said only "Goodbye," was deleted`: the comma inside the closing
        // mark closes the relative clause too.)
        if (in_quote_[t] >= 0 && t + 2 < cand.last && CommaClosesQuote(t + 1) &&
            toks_[t + 2].IsWord() && toks_[t + 2].has(kLowerInitial) &&
            (!toks_[t + 2].is(kStop) || toks_[t + 2].is(kPreverb)) &&
            !toks_[t + 2].is(kDeterminer)) {
          cand.last = t + 2;
          break;
        }
        if (in_quote_[t] >= 0) continue;
        if (toks_[t].IsQuote()) {
          if (t > first && in_quote_[t - 1] >= 0) continue;  // a closing mark
          if (t + 1 < cand.last && in_quote_[t + 1] >= 0) continue;  // an opening mark
          break;
        }
        if (toks_[t].IsPunct(',')) {
          // ("who praised the costs, benefits and risks of the plan, left": a list's comma
          // goes on to the next.)
          if (ListComma(t, cand.last)) continue;
          // (After the cue's own subject, only before the main clause's verb: "which he said
          // risks leaving voters, especially ..." runs on.)
          const bool main_verb =
              t + 1 < cand.last &&
              (FiniteVerb(t + 1) || (EndsWith(t + 1, "s") && !EndsWith(t + 1, "ss") &&
                                     toks_[t + 1].has(kLowerInitial)));
          if (t + 1 < cand.last && toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial) &&
              !toks_[t + 1].is(kStop) && !toks_[t + 1].is(kDeterminer) &&
              (!relative_subject || main_verb)) {
            cand.last = TrimEnd(first, t);
          }
          break;
        }
      }
    }
    // (Also after a short modifier of the conjunction: "Two weeks after Ray vowed ...,",
    // "Shortly before Lee said ...,".)
    // ("As Lee vowed to fight on, ...", "Even as they vowed ...": "as" is one too when the
    // cue's words follow it, not its comma: "As Lee said, A" reports A. Nor before a time
    // alone: "As the Herald reported on Monday, A".)
    bool as_opener = false;
    if (first == cl || (first > cl && !toks_[first - 1].IsPunct(','))) {
      const uint32_t m = subj.mention.first;
      as_opener = (m == start + 1 && LowerIs(start, "as")) ||
                  (m == start + 2 && LowerIs(start + 1, "as") &&
                   (LowerIs(start, "even") || LowerIs(start, "just")));
    }
    bool opening_subordinate =
        (subj.mention.first == start + 1 && Subordinator(start)) || as_opener;
    if (!opening_subordinate && subj.mention.first > start + 1 &&
        subj.mention.first <= start + 5 && Subordinator(subj.mention.first - 1)) {
      opening_subordinate = true;
      for (uint32_t t = start; t + 1 < subj.mention.first && opening_subordinate; ++t) {
        // ("And while Ray said ...,": a conjunction may open the sentence.)
        opening_subordinate = toks_[t].IsWord() && !toks_[t].is(kCueStart) &&
                              (toks_[t].has(kHasDigit) || toks_[t].is(kTime) ||
                               (t == start && (LowerIs(t, "and") || LowerIs(t, "but") ||
                                               LowerIs(t, "yet"))) ||
                               toks_[t].is(kAdjunct) || toks_[t].is(kDeterminer) ||
                               TimeMeasure(t) || LowerIs(t, "only") ||
                               LowerIs(t, "several") || LowerIs(t, "few"));
      }
    }
    // ("The day Lee announced his bid, ...", "By the time Ray said so, ...", "At the moment
    // that Lee spoke, ...": a noun of time with its own clause opens the sentence as a
    // subordinator does.)
    if (!opening_subordinate && cf > start + 3) {
      const uint32_t the = start + (LowerIs(start, "at") || LowerIs(start, "by") ||
                                    LowerIs(start, "from") || LowerIs(start, "until"));
      const uint32_t noun = the + 1;
      const bool the_time =
          noun + 1 < cf && LowerIs(the, "the") && toks_[noun].has(kLowerInitial) &&
          (LowerIs(noun, "day") || LowerIs(noun, "moment") || LowerIs(noun, "time") ||
           LowerIs(noun, "minute") || LowerIs(noun, "instant") || LowerIs(noun, "night") ||
           LowerIs(noun, "week"));
      if (the_time && subj.mention.first <= noun + 2) {
        opening_subordinate = true;
        for (uint32_t t = start; t < cf && opening_subordinate; ++t) {
          opening_subordinate = !toks_[t].IsPunct(',');
        }
      }
    }
    // ("With polls showing Lee behind, Ray campaigned ...", "Despite polls showing ...": a
    // preposition, a noun and its participle open the sentence as a subordinate clause does.)
    if (!opening_subordinate && subj.mention.first == start + 1 && EndsWith(cf, "ing") &&
        (LowerIs(start, "with") || LowerIs(start, "despite") || LowerIs(start, "amid") ||
         LowerIs(start, "without"))) {
      opening_subordinate = true;
      for (uint32_t t = start; t < cf && opening_subordinate; ++t) {
        opening_subordinate = !toks_[t].IsPunct(',');
      }
    }
    // ("On Monday, when Ray said ...,", "Last year, after Lee said ...,": after an opening
    // adverbial or time and its comma.)
    if (const uint32_t m = subj.mention.first;
        !opening_subordinate && m >= start + 3 && m <= start + 8 && Subordinator(m - 1) &&
        toks_[m - 2].IsPunct(',')) {
      opening_subordinate = OpeningAdverbial(start, m - 2);
      for (uint32_t t = start; t < m - 2 && !opening_subordinate; ++t) {
        const Token& tok = toks_[t];
        if (!tok.IsWord() || !(tok.is(kTime) || tok.has(kHasDigit) || tok.is(kDeterminer) ||
                               LowerIs(t, "last") || LowerIs(t, "next") || LowerIs(t, "early") ||
                               LowerIs(t, "late"))) {
          break;
        }
        opening_subordinate = t + 1 == m - 2;
      }
    }
    // (", and while Lee said the plan would work, critics ...": a coordinated clause that
    // opens with its subordinate clause, after the comma and the conjunction.)
    if (const uint32_t m = subj.mention.first;
        !opening_subordinate && m >= start + 3 && Subordinator(m - 1) &&
        toks_[m - 2].has(kLowerInitial) && toks_[m - 3].IsPunct(',') &&
        (LowerIs(m - 2, "and") || LowerIs(m - 2, "but") || LowerIs(m - 2, "yet"))) {
      opening_subordinate = true;
    }
    // ("After Lee said the results showed progress, voters cheered.": a cue reported inside
    // the opening subordinate clause, with no comma before it, ends there too.)
    // (So does the cue of a relative clause inside an opening participle's phrase, "Pointing
    // to a report that found the pier unsafe, the board shut it"; the participle is no name
    // that speaks.)
    const bool opening_participle =
        cf > sf + 2 && toks_[sf].IsWord() && toks_[sf].has(kCapitalized) &&
        EndsWith(sf, "ing") && toks_[sf].end - toks_[sf].begin > 5 && toks_[sf + 1].IsWord() &&
        toks_[sf + 1].has(kLowerInitial) && subj.mention.first > sf &&
        toks_[cf - 1].has(kLowerInitial) &&
        (LowerIs(cf - 1, "who") || LowerIs(cf - 1, "that") || LowerIs(cf - 1, "which"));
    if (opening_participle) {
      opening_subordinate = true;
      for (uint32_t t = sf + 1; t < cf && opening_subordinate; ++t) {
        opening_subordinate = !toks_[t].IsPunct(',');
      }
    }
    if (!opening_subordinate && cf > start + 2 && toks_[start].IsWord() && Subordinator(start)) {
      opening_subordinate = true;
      for (uint32_t t = start + 1; t < cf && opening_subordinate; ++t) {
        opening_subordinate = !toks_[t].IsPunct(',');
      }
    }
    if (opening_subordinate) {
      const uint32_t whole = cand.last;
      // "While Ray said the ferry was late, the port stayed open": the cue sits in an
      // opening subordinate clause, whose content ends at the comma before the main clause
      // (its subject: a pronoun, determiner, name or number after the comma).
      // (Not an aside set off by commas before the clause's own verb: "after Ray said the
      // storm, the worst in years, would pass, the port reopened".)
      auto aside_until = [this](uint32_t comma, uint32_t end) {
        for (uint32_t c = comma + 2; c + 1 < end && c < comma + 9; ++c) {
          if (!toks_[c].IsWord()) {
            return toks_[c].IsPunct(',') && toks_[c + 1].IsWord() &&
                           toks_[c + 1].has(kLowerInitial) &&
                           (FiniteAuxiliary(c + 1) || toks_[c + 1].is(kPreverb))
                       ? c
                       : kNone;
          }
        }
        return kNone;
      };
      // (The content's own opening adverbial, "said that if prices rose, buyers waited, ...",
      // ends at a comma of its own: the main clause's comma is a later one.)
      uint32_t c0 = first;
      if (c0 < cand.last && LowerIs(c0, "that")) ++c0;
      bool own_opener = c0 < cand.last && toks_[c0].IsWord() && toks_[c0].has(kLowerInitial) &&
                        (Subordinator(c0) || LowerIs(c0, "in") || LowerIs(c0, "as") ||
                         LowerIs(c0, "during"));
      uint32_t skipped = kNone;  // the content's end at the opener's own comma
      for (uint32_t t = first + 1; t + 1 < cand.last; ++t) {
        if (!toks_[t].IsPunct(',')) continue;
        // ("When Ray said it was "a scandal," Lee left": the quotation's own comma, right
        // before its closing mark, is the clause's; the main clause goes on after the mark.)
        uint32_t cut = t;
        if (in_quote_[t] >= 0) {
          if (t + 2 >= cand.last || !CommaClosesQuote(t + 1) || in_quote_[t + 2] >= 0) continue;
          cut = ++t + 1;
        }
        const Token& next = toks_[t + 1];
        // (Or a plural noun and its verb: "..., riders protested", "..., analysts say".)
        // (Also after one modifier: "..., striking miners have marched".)
        auto plural_and_verb = [&](uint32_t n) {
          return n + 1 < cand.last && toks_[n].IsWord() && toks_[n].has(kLowerInitial) &&
                 PluralNoun(n) && toks_[n + 1].IsWord() && toks_[n + 1].has(kLowerInitial) &&
                 (EndsWith(n + 1, "ed") || toks_[n + 1].is(kPreverb) ||
                  toks_[n + 1].is(kCueStart));
        };
        const bool plural_subject =
            next.IsWord() && next.has(kLowerInitial) &&
            (plural_and_verb(t + 1) ||
             (!next.is(kStop) && !next.is(kCueStart) && !next.is(kPreverb) &&
              plural_and_verb(t + 2)));
        // (Or a word for people, "..., nobody cheered", "..., everyone left".)
        if (next.IsWord() && !LowerIs(t + 1, "that") &&
            (next.is(kPronoun) || next.is(kDeterminer) || next.has(kCapitalized) ||
             next.has(kHasDigit) || next.is(kGroup) || plural_subject)) {
          if (const uint32_t close = aside_until(t, cand.last); close != kNone) {
            t = close;  // the aside's closing comma; the loop goes on after it
            continue;
          }
          const uint32_t clause_end = cut == t ? TrimEnd(first, t) : cut;
          if (own_opener) {
            own_opener = false;
            skipped = clause_end;
            continue;
          }
          cand.last = clause_end;
          skipped = kNone;
          break;
        }
      }
      if (skipped != kNone) cand.last = skipped;
      if (as_opener) {
        // ("reported just today, A": adverbs and times alone are no content.)
        bool time_only = true;
        for (uint32_t t = first; t < cand.last && time_only; ++t) {
          time_only = toks_[t].IsWord() && (toks_[t].is(kTime) || toks_[t].is(kPreverb));
        }
        if (time_only || WhereOrWhenOnly(first, cand.last)) cand.last = whole;
      }
    }
    {
      // `"We will win," Li told supporters in Ohio`: the quote before the speaker is the
      // statement; the words after the cue are not, unless "that" opens a clause.
      uint32_t q = subj.mention.first;
      if (q > start && toks_[q - 1].IsPunct(',')) --q;
      // A title or scare quote before the subject (`On the show "Harbor Hour," Ray said
      // ...`) is no statement, and the words after the cue are.
      const bool quote_before = q > start + 1 && toks_[q - 1].IsQuote() && in_quote_[q - 2] >= 0 &&
                                quotes_[in_quote_[q - 2]].accepted;
      // (`Lee claimed that "A," one pilot said B`: a quote after "that" is an earlier cue's,
      // and B is this one's.)
      const bool earlier_object = quote_before && QuoteAfterThat(quotes_[in_quote_[q - 2]]);
      cand.hidden = quote_before && !earlier_object && (first == cl || !LowerIs(first - 1, "that"));
    }
    // A reduced passive: "the plan criticized by the mayor", "Emails cited in the lawsuit
    // show ..." (a document's noun right before the participle; "Lee said in May" is no
    // passive).
    if (first == cl && first < se && c.past_participle &&
        (LowerIs(first, "by") ||
         (LowerIs(first, "in") && cf > start && toks_[cf - 1].IsWord() &&
          toks_[cf - 1].is(kDocument) && !toks_[cf - 1].has(kPossessive)))) {
      return;
    }
    {
      // "Li said at a briefing, according to the Gazette": what follows the comma is
      // a second source, not the content. (Not after "that": "said that according to its
      // count, ..." opens the clause with its source.)
      int next = -1;
      if (first > cl && first < se && toks_[first].is(kCueStart) && !LowerIs(first - 1, "that") &&
          MatchCue(first, se, &next) > 0 && lex_.cue(next).cls == CueClass::kSource) {
        return;
      }
    }
    if (c.portrayal && (!CastAs(cand.first, cand.last) ||
                              (before_cue > start && PassiveAuxiliary(before_cue - 1)))) {
      return;  // not as a passive ("was cast as the lead")
    }
    if (c.LemmaIs(kLemmaCall)) {
      // Bare "called" is a statement only as `called X "Y"` ("called the mayor" is a phone
      // call).
      bool quoted = false;
      for (uint32_t t = cand.first; t < cand.last && !quoted; ++t) quoted = toks_[t].IsQuote();
      // ... or as `called him a liar` / `called Ann Ray a fraud`: an object, then "a(n)".
      uint32_t k = cand.first;
      // "called himself a moderate", "called them reckless", "calls it the best pier": a
      // pronoun object whose complement may also be an adjective ("her" may own a noun).
      bool pronoun_object = false;
      if (k < cand.last && (LowerIs(k, "him") || LowerIs(k, "her") || LowerIs(k, "them") ||
                            LowerIs(k, "it"))) {
        pronoun_object = !LowerIs(k, "her");
        ++k;
      } else if (k < cand.last && toks_[k].has(kLowerInitial) &&
                 (LowerIs(k, "himself") || LowerIs(k, "herself") ||
                  LowerIs(k, "themselves") || LowerIs(k, "itself"))) {
        pronoun_object = true;
        ++k;
      } else if (k < cand.last && toks_[k].is(kDeterminer) && !toks_[k].is(kPronoun) &&
                 !LowerIs(k, "a") && !LowerIs(k, "an")) {
        // "called the ferry a disgrace": a short noun phrase as the object.
        ++k;
        while (k < cand.last && k < cand.first + 4 && toks_[k].IsWord() &&
               !toks_[k].is(kStop) && !LowerIs(k, "a") && !LowerIs(k, "an")) {
          ++k;
        }
      } else {
        while (k < cand.last && k < cand.first + 4 && toks_[k].IsWord() &&
               toks_[k].has(kCapitalized) && !toks_[k].is(kStop)) {
          ++k;
        }
      }
      // The complement: "a(n) ...", "the ...", "his/her/their ..." ("called the port his
      // second home", "calls Elm City her home town"), not a time ("called him the day
      // before"); after a pronoun also an adjective that ends the clause ("called it
      // reckless.", "called them unfair and ..."; not "called him back", "called it off").
      bool labelled = false;
      if (k > cand.first && k + 1 < cand.last && toks_[k].IsWord() &&
          toks_[k].has(kLowerInitial) && toks_[k].is(kDeterminer)) {
        labelled = LowerIs(k, "a") || LowerIs(k, "an") ||
                   ((LowerIs(k, "the") || LowerIs(k, "his") || LowerIs(k, "her") ||
                     LowerIs(k, "their") || LowerIs(k, "its") || LowerIs(k, "our") ||
                     LowerIs(k, "my")) &&
                    toks_[k + 1].IsWord() && !toks_[k + 1].is(kTime) &&
                    !toks_[k + 1].is(kStop));
      } else if (pronoun_object && k < cand.last && toks_[k].IsWord() &&
                 toks_[k].has(kLowerInitial) && !toks_[k].is(kStop) &&
                 !toks_[k].is(kPreverb) && !toks_[k].is(kAdjunct) && !toks_[k].is(kTime) &&
                 !toks_[k].is(kCueStart) && !toks_[k].is(kDeterminer) &&
                 !toks_[k].is(kPronoun) && !LowerIs(k, "off") && !LowerIs(k, "up") &&
                 !LowerIs(k, "out") && !LowerIs(k, "back") && !LowerIs(k, "down") &&
                 !LowerIs(k, "away") && !LowerIs(k, "home") && !LowerIs(k, "again")) {
        const uint32_t after = k + 1;
        labelled = after == cand.last ||
                   (after < cand.last && (toks_[after].IsPunct(',') || LowerIs(after, "and") ||
                                          LowerIs(after, "but")));
      }
      // "called the plan reckless", "called Ann Ray's remarks unacceptable": after a noun
      // phrase or a name, one word of an adjective's ending that closes the clause (not
      // "called the police station", a noun).
      // (The phrase's scan above may have taken the adjective as its last word; a name's
      // possessive owns the noun after it: "Ann Ray's remarks".)
      uint32_t end_of_object = k;
      if (end_of_object > cand.first && end_of_object + 1 < cand.last &&
          toks_[end_of_object - 1].has(kPossessive) && toks_[end_of_object].IsWord() &&
          toks_[end_of_object].has(kLowerInitial) && !toks_[end_of_object].is(kStop)) {
        ++end_of_object;
      }
      const uint32_t adjective =
          end_of_object == cand.last || LowerIs(end_of_object, "and") ||
                  toks_[end_of_object].IsPunct(',')
              ? end_of_object - 1
              : end_of_object;
      if (!labelled && !pronoun_object && adjective >= cand.first + 2 &&
          (adjective + 1 == cand.last ||
           (adjective + 1 < cand.last &&
            (LowerIs(adjective + 1, "and") || toks_[adjective + 1].IsPunct(',')))) &&
          toks_[adjective].IsWord() && toks_[adjective].has(kLowerInitial) &&
          !toks_[adjective].is(kStop)) {
        labelled = JudgementAdjective(adjective);
      }
      // "in what police called an arson attack", "a bill that critics call unfair": the object
      // is the gap of a relative clause on "what", "that" or "which" before the subject; the
      // words after the cue are the label, which ends as a topic does.
      const uint32_t m = subj.mention.first;
      if (!quoted && !labelled && subj.found && m > sf && subj.mention.last == cf &&
          cand.first < cand.last && toks_[m - 1].has(kLowerInitial) &&
          (LowerIs(m - 1, "what") || LowerIs(m - 1, "that") || LowerIs(m - 1, "which")) &&
          toks_[cand.first].IsWord() && !toks_[cand.first].is(kPronoun) &&
          !(toks_[cand.first].is(kStop) && !toks_[cand.first].is(kDeterminer))) {
        labelled = true;
        cand.last = TopicEnd(cand.first, cand.last);
      }
      if (!quoted && !labelled) return;
      // `called the pier "a relic" and left`: after the quoted label, "and" and a verb in the
      // past tense are the subject's next act.
      for (uint32_t open = cand.first; quoted && open < cand.last; ++open) {
        if (!toks_[open].IsQuote()) continue;
        uint32_t close = open + 1;
        while (close < cand.last && !toks_[close].IsQuote()) ++close;
        if (close + 2 < cand.last && LowerIs(close + 1, "and") && toks_[close + 2].IsWord() &&
            toks_[close + 2].has(kLowerInitial) &&
            (EndsWith(close + 2, "ed") || IrregularPast(close + 2))) {
          cand.last = close + 1;
        }
        // (`called the toll "unfair," and his staff ...`, `that Ray called "unfair," Lee
        // sang`: after the label and a comma, a conjunction or a new subject opens the
        // writer's next clause.)
        uint32_t after = close + 1;
        const bool comma = toks_[close - 1].IsPunct(',') ||
                           (after < cand.last && toks_[after].IsPunct(','));
        if (after < cand.last && toks_[after].IsPunct(',')) ++after;
        if (comma && after + 1 < cand.last && toks_[after].IsWord() &&
            (LowerIs(after, "and") || LowerIs(after, "but") || LowerIs(after, "while") ||
             (toks_[after].has(kCapitalized) && !toks_[after].is(kStop)) ||
             (toks_[after].is(kDeterminer) && toks_[after].has(kLowerInitial)))) {
          cand.last = close + 1;
        }
        break;
      }
      // The label ends the statement: "called it a mess, raising ...", "called him unfit,
      // after ...", "calls Lee his friend, meeting ..." (a list goes on: "a liar, a cheat";
      // so does one of adjectives, "a kind, loving and loyal man").
      for (uint32_t t = k; t + 1 < cand.last; ++t) {
        if (!toks_[t].IsPunct(',') || in_quote_[t] >= 0 || CommaClosesQuote(t)) continue;
        const Token& next = toks_[t + 1];
        const bool participle =
            doc_.TokenText(t + 1).ends_with("ing") &&
            !(t + 2 < cand.last && (LowerIs(t + 2, "and") || LowerIs(t + 2, "or")));
        if (next.IsWord() && next.has(kLowerInitial) &&
            ((next.is(kStop) && !LowerIs(t + 1, "and") && !LowerIs(t + 1, "or")) ||
             next.is(kPronoun) || participle)) {
          cand.last = TrimEnd(cand.first, t);
        }
        break;
      }
    }
    if (cand.first == cl && cand.first + 1 <= cand.last && toks_[cl].has(kLowerInitial) &&
        toks_[cl].end - toks_[cl].begin <= 3 && c.cls == CueClass::kSpeech &&
        (LowerIs(cl, "yes") || LowerIs(cl, "no") || LowerIs(cl, "so")) &&
        (cl + 1 == cand.last || toks_[cl + 1].IsPunct(',') || toks_[cl + 1].IsPunct(';') ||
         (toks_[cl + 1].IsWord() && toks_[cl + 1].is(kAdjunct) && !LowerIs(cl + 1, "to")))) {
      // "46 percent said yes, ...", "half said so in May": the answer is the content ("said
      // no to the plan" says more).
      cand.last = cl + 1;
      cand.single_word = true;
    }
    if (object_first != kNone && cand.first == (c.name_object ? cl : first) &&
        cand.first < cand.last &&
        // ("endorsed her", "backed them": an object pronoun is a name's stand-in.)
        (toks_[object_first].has(kCapitalized) || ObjectPronoun(object_first))) {
      // "Lee endorsed Ray last week and ...", "Lee attacked Ann Ray, saying ...": a stance
      // verb's object that is a name, then an adjunct, a comma or the end, is the content.
      const uint32_t o = object_first;
      uint32_t k = o;
      if (ObjectPronoun(o)) ++k;
      k = NameObjectEnd(k, std::min(cand.last, o + 4));
      // Not before a relative clause or an adverb in -ly ("Ray, who ...", "Ray repeatedly
      // for ..."): the object's phrase or the verb's complement goes on.
      const bool comma_end =
          k < cand.last && (toks_[k].IsPunct(',') || toks_[k].IsPunct(';')) &&
          !(k + 1 < cand.last && (LowerIs(k + 1, "who") || LowerIs(k + 1, "which") ||
                                  LowerIs(k + 1, "whose")));
      // (In a Title Case headline the adjunct is capitalized too: "Lee Endorses Ann Ray With
      // Moss's Blessing".)
      const bool title_case = k < cand.last && toks_[k].has(kCapitalized) &&
                              TitleCase(doc_.sentence_of[k]);
      const bool adjunct_end = k < cand.last && toks_[k].IsWord() &&
                               (toks_[k].has(kLowerInitial) || title_case) &&
                               (toks_[k].is(kTime) || toks_[k].is(kAdjunct)) &&
                               !doc_.TokenText(k).ends_with("ly");
      // "endorsed Lee - a rare move for the club ...": a dash ends the object too.
      const bool dash_end = k < cand.last && toks_[k].IsPunct('-');
      // "endorsed Ray but ...", "endorsed her or conceded ...": a conjunction before a verb
      // (not before another of the objects: "endorsed Ray and his running mate").
      // (In a Title Case headline, "And" before a verb of the lexicon: "Ray Backs Lee And
      // Denounces Moss".)
      int next_cue = -1;
      const bool conjunction_end =
          k + 1 < cand.last &&
          ((toks_[k].has(kLowerInitial) &&
            (LowerIs(k, "but") ||
             ((LowerIs(k, "and") || LowerIs(k, "or")) && toks_[k + 1].IsWord() &&
              toks_[k + 1].has(kLowerInitial) && !toks_[k + 1].is(kDeterminer) &&
              !toks_[k + 1].is(kStop) && !ObjectPronoun(k + 1)))) ||
           (title_case && (LowerIs(k, "and") || LowerIs(k, "but")) &&
            MatchCue(k + 1, cand.last, &next_cue) > 0));
      // "has not endorsed Ray and Lee dropped her support": "and" before a name and its
      // verb opens a clause of its own (not "endorsed Ray and Lee last week", nor after a
      // participle on the subject, "PACs supporting Ray and Lee paid": the main verb).
      bool clause_end = false;
      if (k + 2 < cand.last && (LowerIs(k, "and") || LowerIs(k, "but")) && !EndsWith(cf, "ing") &&
          toks_[k + 1].IsWord() && toks_[k + 1].has(kCapitalized)) {
        uint32_t v = k + 1;
        while (v < cand.last && v < k + 6 && toks_[v].IsWord() && toks_[v].has(kCapitalized)) {
          ++v;
        }
        clause_end = v < cand.last && !toks_[v].is(kTime) && FiniteVerb(v);
      }
      // "Riders supporting Ann Ray have pointed to ...": after a participle that modifies
      // the subject, the main clause's verb ends the object.
      // (Also after names joined by "and": "PACs supporting Ray and Ann Lee paid ...".)
      uint32_t main_verb = k;
      if (EndsWith(cf, "ing") && k + 1 < cand.last && (LowerIs(k, "and") || LowerIs(k, "or")) &&
          toks_[k + 1].IsWord() && toks_[k + 1].has(kCapitalized)) {
        main_verb = NameObjectEnd(k + 1, std::min(cand.last, k + 6));
      }
      const bool main_verb_end =
          main_verb < cand.last && EndsWith(cf, "ing") && FiniteVerb(main_verb);
      if (k > o && (k == cand.last || comma_end || adjunct_end || dash_end || conjunction_end ||
                    clause_end || main_verb_end)) {
        cand.first = o;
        cand.last = main_verb_end ? main_verb : k;
        cand.single_word = true;
      }
    }
    if (TopicCue(cue) && cand.first == cl && cand.first + 1 < cand.last) {
      cand.last = TopicEnd(cand.first, cand.last);
    } else if (c.cls == CueClass::kSpeech && !c.name_object && cand.first == cl &&
               cand.first + 1 < cand.last) {
      cand.last = NounObjectBeforeOccasion(cand.first, cand.last);
    }
    if (cand.first == cl) cand.last = NameTopicEnd(cl, cand.last, cue);
    // "warned of shortages", "spoke about immigration": one noun is a whole topic (not a
    // pronoun: "asked about it"); so is a plural noun for a stance verb's object ("praised
    // volunteers"), or for a denial of charges ("denied wrongdoing", "denied the charges";
    // not "denied bail", a refusal to grant).
    const bool denied_charge =
        cl < cand.last && c.LemmaIs(kLemmaDeny) && (PluralNoun(cl) || LowerIs(cl, "wrongdoing") ||
                                LowerIs(cl, "involvement") || LowerIs(cl, "responsibility"));
    // ("called for calm", "urged restraint", "appealed for unity": one noun is a whole
    // appeal.)
    const std::string_view lem = c.lemma;
    const bool appeal = lem.ends_with(" for") || c.LemmaIs(kLemmaUrge | kLemmaDemand);
    if (cand.last == cand.first + 1 && cand.first == cl &&
        (TopicCue(cue) || denied_charge ||
         (appeal && toks_[cl].has(kLowerInitial) && !LowerIs(cl, "him") &&
          !LowerIs(cl, "them") && !LowerIs(cl, "us") && !LowerIs(cl, "me") &&
          !LowerIs(cl, "you")) ||
         (c.name_object && (PluralNoun(cl) || toks_[cl].is(kGroup)))) &&
        toks_[cl].IsWord() && !toks_[cl].is(kPronoun) && !toks_[cl].is(kStop) &&
        !toks_[cl].is(kDeterminer) && !toks_[cl].is(kTime) && !toks_[cl].is(kAdjunct) &&
        !toks_[cl].has(kHasDigit) && !LowerIs(cl, "next")) {
      cand.single_word = true;
    }
    if (cand.first + 1 < cand.last && toks_[cand.first].IsQuote() &&
        in_quote_[cand.first + 1] >= 0) {
      const Quote& q = quotes_[in_quote_[cand.first + 1]];
      if (q.accepted && !q.embedded && q.last() + 2 >= cand.last) return;  // the quote is it
    }
    // "Ann Ray said in a statement.", "Lee told reporters on Monday.": where and when, and
    // nothing that was said. Kept hidden: the quotation that often follows in the next
    // paragraph takes its speaker.
    // (Not when it tells when, asked: "Asked when the pier would reopen, Ray said
    // two weeks later.")
    if (c.cls == CueClass::kSpeech && !c.name_object && cand.last == TrimEnd(cand.first, se) &&
        WhereOrWhenOnly(cand.first, cand.last) && !AskedWhen(sf)) {
      cand.hidden = true;
    }
    Emit(cand);
    return;
  }
  // ", said Smith, a spokesman." after a clause. Only verbs of saying invert so; in
  // "..., saw the incident unfold" the words after the verb are its object, as they are
  // after a verb with its preposition (`Li said, asked about the plan`) and after a verb of
  // endorsement or judgement ("Riders, Lee said, applaud the toll").
  // (Not after a relative pronoun and an aside: in "a facet that, to her, recalls Lee" the
  // verb is the relative clause's.)
  auto relative_before_aside = [&] {
    for (uint32_t p = cf - 2; cf > start + 3 && p > start + 1 && p + 6 > cf; --p) {
      if (!toks_[p].IsPunct(',')) continue;
      return toks_[p - 1].has(kLowerInitial) &&
             (LowerIs(p - 1, "that") || LowerIs(p - 1, "which") || LowerIs(p - 1, "who"));
    }
    return false;
  };
  if (cf > start && toks_[cf - 1].IsPunct(',') && !TakesListener(cue) && c.rest.empty() &&
      !c.name_object &&
      (c.cls == CueClass::kSpeech || c.cls == CueClass::kQuoteOnly) &&
      !relative_before_aside()) {
    const uint32_t end = TrimEnd(cl, se);
    uint32_t x = NameAfter(cl, end);
    // ", said a spokesman for the company.": a role's complement, to a comma or the end.
    if (x > cl && x + 2 < end && toks_[x - 1].has(kLowerInitial) &&
        (toks_[x - 1].is(kRole) || toks_[x - 1].is(kGroup)) && ComplementPreposition(x)) {
      uint32_t y = x + 1;
      while (y < end && y < x + 7 && toks_[y].IsWord() &&
             !(toks_[y].is(kStop) && toks_[y].has(kLowerInitial) && !LowerIs(y, "of"))) {
        ++y;  // ("two sources with knowledge of the talks")
      }
      if (y > x + 1 && (y == end || toks_[y].IsPunct(','))) x = y;
    }
    // (", said Tom Lee and others,": more speakers with the named one.)
    if (x > cl && x + 1 < end && LowerIs(x, "and") && LowerIs(x + 1, "others")) x += 2;
    // (", confirmed the incident, adding ...": a lower-case phrase with no word for a
    // person, body or document is the verb's object, no inverted speaker.)
    // (Nor a bare plural that names no people: "Elm hospital confirms case, urges
    // vaccination checks"; ", say analysts", ", said residents" do.)
    if (x > cl && toks_[x - 1].has(kLowerInitial)) {
      const bool bare = !toks_[cl].is(kDeterminer) && !toks_[cl].has(kHasDigit);
      bool speaker_word = false;
      for (uint32_t t = cl; t < x && !speaker_word; ++t) {
        speaker_word = toks_[t].has(kCapitalized) ||
                       (SpeakerHeadNoun(t) &&
                        !(bare && t + 1 == x && toks_[t].has(kLowerInitial) &&
                          !toks_[t].is(kRole | kGroup | kOrgNoun | kOrgUnit | kDocument |
                                       kTitle) &&
                          !PeopleNoun(t)));
      }
      if (!speaker_word) x = cl;
    }
    // (A manner adverb after a noun or a verb is a clause's, not a speaker's phrase: "Her
    // son, Per Lund, said his mother died peacefully at home" names no inverted speaker;
    // "said a newly hired aide" does.)
    for (uint32_t t = cl + 1; t < x; ++t) {
      if (toks_[t].has(kLowerInitial) && toks_[t - 1].has(kLowerInitial) &&
          !toks_[t - 1].is(kDeterminer) && !toks_[t - 1].has(kPossessive) && MannerAdverb(t)) {
        x = cl;
        break;
      }
    }
    x = RoleComplementBeforeName(cl, x, end);  // ", said his chief of staff, Lisa Tran."
    // (", said Tom Lee who runs the pier.": a relative clause describes the speaker.)
    if (x > cl && (x == end || toks_[x].IsPunct(',') || TailIsAdjunct(x, end) ||
                   (x + 1 < end && (LowerIs(x, "who") || LowerIs(x, "whose"))))) {
      cand.mention = {cl, x, 0, 0};
      const uint32_t name_end = NameAfterRole(cl, x, end);
      // "The gap with Ray, said Tom Lee, will be plain": a finite auxiliary after the
      // name's comma goes on with the sentence (the second half of what was said), not a
      // profile of the speaker.
      const bool second_half = name_end <= x && x + 2 < end && toks_[x].IsPunct(',') &&
                               toks_[x + 1].has(kLowerInitial) && FiniteAuxiliary(x + 1);
      if (name_end > x) {
        cand.mention = {x + 1, name_end, cl, x};  // ", said the fund's manager, Chen Bo."
      } else if (x < end && toks_[x].IsPunct(',') && !second_half) {
        cand.mention.appositive_first = x + 1;
        cand.mention.appositive_last = end;
      }
      cand.has_mention = true;
      cand.anchor = cl;
      cand.first = start;
      cand.last = TrimEnd(start, cf - 1);
      Emit(cand);
      if (second_half) {
        cand.first = x + 1;
        cand.last = ContentEnd(x + 1, se);
        Emit(cand);
      }
    }
  }
}

// ProcessCue for a source cue: "according to X, CLAUSE", "CLAUSE, according to X", "A,
// according to X, B". `start` is the sentence's first token after opening quotation marks
// and a dateline, `se` its end; `cand` holds the cue.
void Pass::ProcessSourceCue(uint32_t cf, uint32_t cl, uint32_t start, uint32_t se, Candidate cand) {
  cand.secondhand = true;
  // "A (the actual figure is 15 percent, according to Elm Check).": a source inside a
  // parenthesis reports only what the parenthesis holds.
  for (uint32_t t = cf; t-- > start;) {
    if (toks_[t].IsPunct(')') || in_quote_[t] >= 0) break;
    if (!toks_[t].IsPunct('(')) continue;
    uint32_t close = cl;
    while (close < se && !toks_[close].IsPunct(')') && !toks_[close].IsPunct('(')) ++close;
    if (close < se && toks_[close].IsPunct(')')) {
      start = t + 1;
      se = close;
    }
    break;
  }
  // "Lee said that according to its count, the party won": after the "that" of another
  // cue, the source is part of that cue's reported clause, not an attribution of the words
  // before it.
  // (Also after its comma: "The Gazette reported that, according to an audit, ...".)
  const uint32_t before_cue = cf > start + 1 && toks_[cf - 1].IsPunct(',') ? cf - 1 : cf;
  if (before_cue > start && LowerIs(before_cue - 1, "that") &&
      toks_[before_cue - 1].has(kLowerInitial)) {
    return;
  }
  // "according to X, CLAUSE" / "CLAUSE, according to X".
  // The source: up to a comma, a dash, a time or a participle ("according to a report
  // released Wednesday", "according to the poll conducted by ...").
  uint32_t x = cl;
  bool source_modified = false;  // the source's name is followed by its modifier
  uint32_t source_first = cl;
  while (x < se && x - cl < 12) {
    // "according to the "Harbor First" plan": a quoted title before the document's noun; the
    // document is the source.
    if (toks_[x].IsQuote() && x > cl && x + 1 < se && in_quote_[x + 1] >= 0) {
      const Quote& q = quotes_[in_quote_[x + 1]];
      if (q.open == x && q.close < x + 8 && q.close + 1 < se && toks_[q.close + 1].IsWord() &&
          toks_[q.close + 1].is(kDocument) && toks_[q.close + 1].has(kLowerInitial)) {
        x = q.close + 1;
        source_first = x;
      }
    }
    if (!toks_[x].IsWord()) break;
    const Token& t = toks_[x];
    // "according to a May 2019 study": a date after a determiner is a modifier; so is
    // a participle after a determiner or an adverb, before its noun ("the recently
    // released port plan", "a leaked memo").
    const bool prenominal_participle =
        x + 1 < se && (toks_[x - 1].is(kDeterminer) || EndsWith(x - 1, "ly")) &&
        toks_[x + 1].IsWord() && !toks_[x + 1].is(kStop) && !toks_[x + 1].is(kTime);
    // ("an Elm News poll last month": "last", "this" or "next" before a time opens it.)
    if (x > cl && x + 1 < se && t.has(kLowerInitial) &&
        (LowerIs(x, "last") || LowerIs(x, "this") || LowerIs(x, "next")) &&
        toks_[x + 1].is(kTime)) {
      break;
    }
    // ("a GoFundMe page set up by his sister", "the letter sent to staff": an irregular
    // participle too.)
    static constexpr WordSet kIrregularParticiples = {"set",   "put",   "written", "drawn",
                                                      "given", "shown", "taken"};
    if (x > cl && ((t.is(kTime) && !toks_[x - 1].is(kDeterminer)) ||
                   (t.has(kLowerInitial) &&
                    (std::string_view(doc_.TokenText(x)).ends_with("ed") ||
                     ((IrregularPast(x) || kIrregularParticiples.Has(word_ids_[x])) &&
                      toks_[x - 1].IsWord() && toks_[x - 1].has(kLowerInitial) &&
                      !toks_[x - 1].is(kStop | kPronoun))) &&
                    !prenominal_participle))) {
      break;
    }
    // "according to interviews with ten riders": those interviewed are the source.
    if (x > cl && x + 1 < se && LowerIs(x, "with") && x <= cl + 2 &&
        (LowerIs(x - 1, "interviews") || LowerIs(x - 1, "interview") ||
         LowerIs(x - 1, "conversations") || LowerIs(x - 1, "conversation"))) {
      source_first = ++x;
      continue;
    }
    // "according to an adviser who asked not to be named": a relative clause or another
    // preposition ends the source ("the head of the union" keeps its "of").
    if (x > cl && t.is(kStop) && t.has(kLowerInitial) && !LowerIs(x, "of") && !LowerIs(x, "for") &&
        !LowerIs(x, "at") && !LowerIs(x, "and") && !ComplementPreposition(x) &&
        !OnInsideBodyName(x)) {
      source_modified = true;
      break;
    }
    ++x;
  }
  if (x == cl) return;
  // "according to a summary the council released Monday", "... the plan the board adopted":
  // a document, then a relative clause without "that" (its subject and verb); the document
  // is the source. (Not a participle right after the document: "budget documents reviewed
  // by the Gazette".)
  if (x < se && x >= cl + 2 && toks_[x].has(kLowerInitial) && EndsWith(x, "ed") &&
      !toks_[x - 1].is(kDocument)) {
    for (uint32_t d = x - 2; d >= cl && d + 5 > x; --d) {
      const Token& next = toks_[d + 1];
      if (toks_[d].is(kDocument) && toks_[d].has(kLowerInitial) &&
          (next.is(kDeterminer | kPronoun) || next.has(kCapitalized) ||
           (next.has(kLowerInitial) && !next.is(kStop) && !next.is(kPreverb)))) {
        x = d + 1;
        break;
      }
      if (d == cl) break;
    }
  }
  cand.mention = {source_first, x, 0, 0};
  {
    // "according to a count by the Gazette", "... to records filed by Ann Ray", "... to a
    // report from the Port Authority": the author of the work is the source. (Not "a
    // spokesman for ...", "residents from Ohio": a person is the source.)
    // ("a white paper released at the forum by ...": a participle's agent.)
    // (Not one who only holds or read it: "court records obtained by the Gazette", "a memo
    // seen by Elm News".)
    static constexpr WordSet kHolders = {"obtained", "seen",     "reviewed", "viewed",
                                         "examined", "received", "leaked",   "cited"};
    const uint32_t by = x < se && !kHolders.Has(word_ids_[x]) ? AgentByAfterParticiple(doc_, x, se)
                                                              : x;
    const Token& head = toks_[x - 1];
    if (by + 1 < se && x > cl && head.IsWord() && head.has(kLowerInitial) && !head.is(kRole) &&
        !head.is(kGroup) && !head.is(kPronoun) && !head.is(kStop) &&
        (LowerIs(by, "by") || (LowerIs(by, "from") && head.is(kDocument)))) {
      uint32_t agent_end = NameAfter(by + 1, se);
      // ("the Harbor Institute based on ...": a participle ends the name.)
      for (uint32_t t = by + 2; t < agent_end; ++t) {
        if (toks_[t].has(kLowerInitial) && doc_.TokenText(t).ends_with("ed")) {
          agent_end = t;
          break;
        }
      }
      // A named author or an organization ("a statement from the company") only: "an
      // email from the head of ..." keeps the email.
      if (agent_end > by + 1 &&
          (toks_[agent_end - 1].has(kCapitalized) || toks_[agent_end - 1].is(kOrgNoun))) {
        cand.mention = {by + 1, agent_end, 0, 0};
        x = agent_end;
      }
    }
  }
  cand.has_mention = true;
  cand.anchor = cl;
  // "But according to X, CLAUSE", "(According to X, CLAUSE)", "...: According to X,
  // CLAUSE": the cue opens the clause as at the sentence start.
  const bool opens_clause =
      cf == start || (cf > start && (toks_[cf - 1].IsPunct(':') || toks_[cf - 1].IsPunct('('))) ||
      (cf == start + 1 && toks_[start].has(kCapitalized) &&
       (LowerIs(start, "but") || LowerIs(start, "and") || LowerIs(start, "yet") ||
        LowerIs(start, "so") || LowerIs(start, "still")));
  // "A, according to X, B": both halves are the source's.
  uint32_t before_last = opens_clause ? start : cf;
  if (before_last > start && toks_[before_last - 1].IsPunct(',')) --before_last;
  uint32_t after = x;
  if (opens_clause || source_modified) {
    // "According to the clerk who runs the ferry dock, CLAUSE", "A, according to members
    // who spoke to reporters, B": the clause starts after the source's comma even when the
    // source's name ends before it.
    for (uint32_t t = x; t < se && t < x + 20; ++t) {
      if (toks_[t].IsQuote() || in_quote_[t] >= 0) break;
      if (toks_[t].IsPunct(',')) {
        after = t;
        break;
      }
    }
  }
  if (after < se && toks_[after].IsPunct(',')) ++after;
  // "According to Liu Hua, a researcher at the Harbor Institute, CLAUSE": a named source's
  // profile, between commas, is the source's and not the clause's.
  const bool named_source = toks_[x - 1].IsWord() && toks_[x - 1].has(kCapitalized) && after > x &&
                            toks_[after - 1].IsPunct(',');
  // (Any source's relative clause too: "According to the agency, which tracks rents, ...".)
  const bool relative_clause = after > x && after < se && toks_[after - 1].IsPunct(',') &&
                               (LowerIs(after, "who") || LowerIs(after, "which"));
  // "According to the county water officer, Mr. Joseph Kiprono, CLAUSE": a role's holder
  // named between commas is the source, the role its profile.
  if (opens_clause && !named_source && !source_modified && after > x && after + 2 < se &&
      toks_[after - 1].IsPunct(',') && toks_[x - 1].IsWord() && toks_[x - 1].is(kRole) &&
      toks_[x - 1].has(kLowerInitial)) {
    uint32_t name_end = after;
    while (name_end < se && name_end < after + 5 && toks_[name_end].IsWord() &&
           toks_[name_end].has(kCapitalized) && !toks_[name_end].is(kStop) &&
           !toks_[name_end].is(kDeterminer) && !toks_[name_end].has(kPossessive) &&
           !toks_[name_end].is(kOrgNoun | kOrgUnit | kIndustry | kCorpSuffix)) {
      ++name_end;
    }
    // (A person's: a title or a known given name opens it; not "According to the researcher,
    // Los Angeles, Chicago and Houston saw ...".)
    if (name_end >= after + 2 && name_end + 1 < se && toks_[name_end].IsPunct(',') &&
        toks_[after].is(kTitle | kFemale | kMale)) {
      cand.mention = {after, name_end, source_first, x};
      after = name_end + 1;
    }
  }
  if (opens_clause && (named_source || relative_clause) && !source_modified) {
    const uint32_t profile_end = SourceProfileEnd(after, se);
    if (profile_end > after) {
      cand.mention.appositive_first = after;
      cand.mention.appositive_last = profile_end;
      after = profile_end + 1;
    }
  }
  // Mid-sentence, the words after the source are the statement's only in
  // "A, according to X, B"; not in "A, according to figures released Friday" (a
  // participle), "..., according to Ann Ray, an analyst at ..." (an appositive) or
  // "A according to the poll, B" (no comma before the cue).
  // ("..., according to the developer, Sunfield Energy.": a name that is all the rest of the
  // sentence, after a description in lower case and its comma, is the source; the
  // description is its profile.)
  if (!opens_clause && after < se && after > x && toks_[cf - 1].IsPunct(',') &&
      toks_[after - 1].IsPunct(',') && toks_[x - 1].IsWord() &&
      toks_[x - 1].has(kLowerInitial) && !toks_[x - 1].is(kStop | kTime)) {
    uint32_t name_end = after;
    while (name_end < se && toks_[name_end].IsWord() && toks_[name_end].has(kCapitalized)) {
      ++name_end;
    }
    if (name_end > after && name_end == TrimEnd(after, se)) {
      cand.mention = {after, name_end, source_first, x};
      after = se;
    }
  }
  if (!opens_clause && after < se) {
    const bool commas = toks_[cf - 1].IsPunct(',') && after > x && toks_[after - 1].IsPunct(',');
    const Token& next = toks_[after];
    // (A role after a named source: "..., according to Zhang Hua, vice-president of X",
    // "..., according to Ann Ray, the port's chief economist".)
    // Not a clause that opens with one: "A, according to X, the mayor will veto it".
    auto role_within = [&](uint32_t first, uint32_t count) {
      for (uint32_t t = after; t < se; ++t) {
        if (toks_[t].is(kPreverb) || toks_[t].is(kCueStart)) return false;
      }
      for (uint32_t t = first; t < se && t < first + count && toks_[t].IsWord(); ++t) {
        if (toks_[t].is(kRole) && toks_[t].has(kLowerInitial)) return true;
      }
      return false;
    };
    // ("..., according to the Elm Trust, the city's largest charity.", "..., according to
    // Ann Ray, one of the pier's owners.": a noun phrase with no verb to the sentence's end,
    // or to its own relative clause, describes the source.)
    auto profile_phrase = [&] {
      if (!next.IsWord() || !(LowerIs(after, "the") || next.has(kPossessive) ||
                              (after + 1 < se && LowerIs(after + 1, "of") &&
                               (LowerIs(after, "one") || IsNumber(doc_, after))))) {
        return false;
      }
      for (uint32_t t = after; t < se; ++t) {
        if (toks_[t].IsPunct(',') && t + 1 < se &&
            (LowerIs(t + 1, "who") || LowerIs(t + 1, "which") || EndsWith(t + 1, "ing"))) {
          break;
        }
        if (!toks_[t].IsWord()) continue;
        // (A cue word after an article is a noun: "the largest counties in the state".)
        if (in_quote_[t] >= 0 ||
            (toks_[t].has(kLowerInitial) &&
             (FiniteAuxiliary(t) || IrregularPast(t) || EndsWith(t, "ed") ||
              (toks_[t].is(kCueStart) && !NounAfterDeterminer(t))))) {
          return false;
        }
      }
      return true;
    };
    const bool appositive =
        profile_phrase() ||
        (next.IsWord() && next.has(kLowerInitial) &&
         (LowerIs(after, "a") || LowerIs(after, "an") || LowerIs(after, "who") ||
          LowerIs(after, "which") || LowerIs(after, "whose") || LowerIs(after, "where") ||
          std::string_view(doc_.TokenText(after)).ends_with("ing") ||
          (named_source &&
           (role_within(after, 1) || (LowerIs(after, "the") && role_within(after + 1, 3))))));
    if (!commas || appositive) {
      // "..., according to Liu Hua, a researcher at the Harbor Institute.": the rest of
      // the sentence is the named source's profile.
      if (appositive && named_source && cand.mention.appositive_last == 0) {
        cand.mention.appositive_first = after;
        cand.mention.appositive_last = TrimEnd(after, se);
      }
      after = se;
    }
  }
  if (before_last > start) {
    Candidate head = cand;
    head.first = start;
    head.last = TrimEnd(start, before_last);
    // (`"A," according to a report by X`: a quotation that is the whole head is a direct
    // statement, between its marks.)
    if (start > 0 && toks_[start - 1].IsQuote() && head.last > start + 1 &&
        toks_[head.last - 1].IsQuote() && in_quote_[start] >= 0 &&
        in_quote_[start] == in_quote_[head.last - 2]) {
      head.last = TrimEnd(start, head.last - 1);
      head.kind = StatementKind::kDirect;
    }
    // ("Prices, according to the report, rose ...": one word, the subject of the verb that
    // opens the half after; not an adverb, "Moreover, according to X, prices rose".)
    const Token& word = toks_[start];
    const Token& verb = toks_[after < se ? after : start];
    head.single_word = head.last == head.first + 1 && after < se && word.IsWord() &&
                       (word.word_flags & (kStop | kPreverb | kAdjunct | kTime)) == 0 &&
                       verb.IsWord() && verb.has(kLowerInitial) &&
                       ((verb.is(kPreverb) && !verb.is(kDeterminer)) || EndsWith(after, "ed") ||
                        IrregularPast(after));
    Emit(head);
  }
  if (after < se) {
    // "(According to X, CLAUSE.)": the clause ends with its parenthesis.
    uint32_t end = se;
    if (cf > start && toks_[cf - 1].IsPunct('(')) {
      for (uint32_t t = after; t < se; ++t) {
        if (toks_[t].IsPunct(')')) {
          end = t;
          break;
        }
      }
    }
    cand.first = after;
    cand.last = TrimEnd(after, end);
    Emit(cand);
  }
}

// ProcessCue for a participle or a second verb whose speaker is the sentence's subject
// ("..., saying CLAUSE", "X refused to comment but said CLAUSE"). `start`, `se` and `cand`
// as for ProcessSourceCue.
// "The row began a month after the builder entered the race, calling ...": when the main
// clause's subject cannot speak, a later subordinate clause's subject that can, with its
// verb in the past tense, is the participle's; replaces `*m` by the nearest such subject
// between `from` and the cue at `cf`.
void Pass::SubordinateSubject(uint32_t from, uint32_t cf, Mention* m) {
  for (uint32_t t = from; t + 2 < cf; ++t) {
    if (!Subordinator(t) || !toks_[t].has(kLowerInitial) || in_quote_[t] >= 0 ||
        !toks_[t + 1].IsWord()) {
      continue;
    }
    const uint32_t end = SpeakerBeforePastVerb(t + 1, cf);
    if (end != kNone) *m = {t + 1, end, 0, 0};
  }
}

bool Pass::ParticipleSubject(uint32_t sf, uint32_t start, uint32_t cf, Mention* m) {
  const bool found = ClauseSubject(sf, start, cf, m);
  if (found && PossibleSpeaker(*m)) return true;
  Mention later = {0, 0, 0, 0};
  SubordinateSubject(found ? m->last : start, cf, &later);
  if (later.last > later.first) *m = later;
  // (Not "Shares fell 5%, citing ...": a thing, not a speaker the article names.)
  if (later.last == later.first && found && OpeningCommonPlural(*m)) return false;
  return found || later.last > later.first;
}

uint32_t Pass::SpeakerBeforePastVerb(uint32_t first, uint32_t cf) {
  const uint32_t end = OpeningPhraseEnd(first, cf);
  uint32_t verb = end;
  if (verb + 2 < cf && (LowerIs(verb, "has") || LowerIs(verb, "have") || LowerIs(verb, "had"))) {
    ++verb;
    // "has since sued", "has already sued", "had quietly sued"
    if (verb + 2 < cf && toks_[verb].has(kLowerInitial) &&
        (toks_[verb].is(kPreverb) || LowerIs(verb, "already") || LowerIs(verb, "since") ||
         EndsWith(verb, "ly"))) {
      ++verb;
    }
  }
  const bool past = end > first && verb < cf && ValidSubject(first, end) &&
                    toks_[verb].IsWord() && toks_[verb].has(kLowerInitial) &&
                    !toks_[verb].is(kStop) && (EndsWith(verb, "ed") || IrregularPast(verb)) &&
                    PossibleSpeaker({first, end, 0, 0});
  return past ? end : kNone;
}

void Pass::ProcessParticipleCue(uint32_t cf, uint32_t cl, int cue, uint32_t start, uint32_t se,
                                Candidate cand) {
  const Cue& c = lex_.cue(cue);
  const uint32_t sf = SentenceFirst(cf);
  // "..., saying CLAUSE": the speaker is the subject of the sentence's earlier statement,
  // else the sentence's opening noun phrase.
  int previous = -1;
  for (int i = static_cast<int>(cands_.size()) - 1; i >= 0; --i) {
    const Candidate& other = cands_[i];
    // (Not a question put to the subject: "Ray was asked whether ... and replied that" is
    // Ray's reply.)
    if (other.cue_first != kNone && other.cue_first < cf && other.cue_first >= sf &&
        !other.noun_cue && !other.put_to_subject && !OpeningQuestion(other, start) &&
        !GerundInObject(other) &&
        // (Nor a share of "them" set off by commas: "..., many of them wary of A, the
        // chief, Ann Ray, bluntly suggested B".)
        !(other.has_mention && AbsoluteShareEnd(other.mention.first, cf) != kNone)) {
      previous = i;
      break;
    }
  }
  // "While most rivals called for troops, Lee hewed to the plan, noting ...": an attribution
  // in the opening subordinate clause lends no speaker past the main clause's subject.
  bool in_opening_subordinate = false;
  // A comma at `t`, then a name, a pronoun or a determiner ("the crowd"): where a main
  // clause may start.
  auto main_clause_after = [this](uint32_t t) {
    return ((toks_[t].IsPunct(',') && in_quote_[t] < 0) || CommaClosesQuote(t)) &&
           toks_[t + 1].IsWord() &&
           ((!toks_[t + 1].is(kStop) &&
             (toks_[t + 1].has(kCapitalized) || toks_[t + 1].is(kPronoun))) ||
            (toks_[t + 1].is(kDeterminer) && t + 2 < n_ && toks_[t + 2].IsWord()));
  };
  if (previous >= 0 && cands_[previous].has_mention && cands_[previous].last < cf) {
    const uint32_t m = cands_[previous].mention.first;
    uint32_t opener = m > sf && Subordinator(m - 1) ? m - 1 : kNone;
    // ("While leaders and their lobbies push for ...": the conjunction opens the sentence,
    // with no comma before the attribution.)
    if (opener == kNone) {
      const uint32_t s0 = sf + 1 < cf && (LowerIs(sf, "and") || LowerIs(sf, "but")) ? sf + 1 : sf;
      if (Subordinator(s0) && s0 < m) {
        opener = s0;
        for (uint32_t t = s0; t < cands_[previous].cue_first && opener != kNone; ++t) {
          if (toks_[t].IsPunct(',')) opener = kNone;
        }
      }
    }
    uint32_t main_clause = kNone;
    // ("Years after Lee claimed A, Ray won ...", "Shortly before": a measure of time may
    // open the subordinate clause.)
    auto measure_of_time = [&] {
      if (opener < sf + 1 || opener > sf + 3) return false;
      for (uint32_t t = sf; t < opener; ++t) {
        if (!TimeMeasure(t)) return false;
      }
      return true;
    };
    // (At the sentence's start, after "And" or "But", or after an opening adverbial: "In a
    // debate, while ...".)
    if (opener != kNone &&
        (opener == sf ||
         // (Or after "And", "But", or an adverb that times the conjunction: "Ever since",
         // "Even before", "Just after", "Right after".)
         (opener == sf + 1 && (LowerIs(sf, "and") || LowerIs(sf, "but") || LowerIs(sf, "ever") ||
                               LowerIs(sf, "even") || LowerIs(sf, "just") ||
                               LowerIs(sf, "right"))) ||
         measure_of_time() ||
         (opener > sf + 1 && toks_[opener - 1].IsPunct(',') &&
          OpeningAdverbial(sf, opener - 1)))) {
      in_opening_subordinate = true;
      // (From the clause's last token: a closing mark after its comma may end it.)
      for (uint32_t t = cands_[previous].last - 1; t + 1 < cf && main_clause == kNone; ++t) {
        if (main_clause_after(t)) main_clause = t + 1;
      }
    }
    if (main_clause != kNone) {
      previous = -1;
      in_opening_subordinate = false;
      start = main_clause;  // the main clause's subject speaks
    }
  }
  const uint32_t first = ContentStartAfterCue(cl, se, cue);
  cand.first = first;
  cand.last = ContentEnd(first, se);
  // "..., denouncing the plan after Lee said ...", "..., talking about the fares, but the
  // crowd ...": the object's noun phrase ends as after a finite verb.
  if (c.name_object) cand.last = StanceObjectEnd(first, cand.last);
  if (TopicCue(cue) && first == cl && first + 1 < cand.last) {
    cand.last = TopicEnd(first, cand.last);
  }
  if (first == cl) cand.last = NameTopicEnd(first, cand.last, cue);
  // "X confirmed the memo but declined to comment (further)": the refusal, as after a
  // subject ("to comment", with "on the deal" if it follows).
  if (c.LemmaIs(kLemmaDeclineToComment)) {
    cand.cue_last = cf + 1;
    cand.first = cf + 1;
    cand.last = cl;
    if (cl + 1 < se && (LowerIs(cl, "on") || LowerIs(cl, "about")) && toks_[cl + 1].IsWord()) {
      cand.last = std::max(cl, ContentEnd(cl, se));
    }
  }
  // ("While rivals called for more police, citing the robberies, Ray was silent": inside
  // the opening subordinate clause, the participle's words end where the main clause starts.)
  for (uint32_t t = first + 1; in_opening_subordinate && t + 1 < cand.last; ++t) {
    if (main_clause_after(t)) {
      cand.last = TrimEnd(first, t);
      break;
    }
  }
  cand.anchor = cf;
  {
    // "The crews, fearing a strike, stayed home": a participle phrase set off right after
    // the sentence's subject (a name or a description of people) ends at its closing
    // comma when a lower-case verb follows.
    uint32_t comma = cf - 1;
    if (!toks_[comma].IsPunct(',')) --comma;
    if (comma > start && comma <= start + 6 && toks_[comma].IsPunct(',')) {
      // The subject: a name, or a description of people ("The ferry crews").
      bool subject_only = toks_[start].IsWord() && toks_[start].is(kDeterminer) &&
                          !toks_[start].is(kPronoun) && Description(start, comma);
      for (uint32_t t = start; t < comma && !subject_only; ++t) {
        if (!toks_[t].IsWord() || !toks_[t].has(kCapitalized)) break;
        subject_only = t + 1 == comma;
      }
      for (uint32_t t = first; subject_only && t + 1 < cand.last; ++t) {
        if (in_quote_[t] >= 0 || toks_[t].IsQuote()) break;
        if (!toks_[t].IsPunct(',')) continue;
        const Token& next = toks_[t + 1];
        if (next.IsWord() && next.has(kLowerInitial) && !next.is(kDeterminer) &&
            !next.is(kPronoun) && !next.is(kStop) && !doc_.TokenText(t + 1).ends_with("ing")) {
          cand.last = TrimEnd(first, t);
        }
        break;
      }
    }
  }
  if (c.portrayal && !CastAs(cand.first, cand.last)) return;
  // "by saying", "after arguing": only a subject that can speak makes it a statement.
  const bool after_preposition =
      EndsWith(cf, "ing") && !toks_[cf - 1].IsPunct(',') && ParticipleOpener(cf - 1);
  if (after_preposition && c.cls == CueClass::kEvidence) return;  // "rose after showing"
  // "Inspectors closed the pier and Ann Ray sacked a clerk, conceding ...": a clause
  // coordinated after the sentence's first verb has its own subject, the participle's
  // speaker (not in "Lee and Ray took the ferry, saying": there "and" joins the subject).
  Mention coordinated;
  bool has_coordinated = false;
  if (cf > start + 4) {
    uint32_t subject_end = kNone;  // computed at the first "and"/"but" met
    const uint32_t stop = cf > start + 30 ? cf - 30 : start + 1;  // a clause's reach
    for (uint32_t t = cf - 2; t > stop && !has_coordinated; --t) {
      // Flags and length first: most words are neither.
      const Token& tok = toks_[t];
      if (!tok.is(kStop) || !tok.has(kLowerInitial) || in_quote_[t] >= 0) continue;
      if (tok.end - tok.begin != 3 || !(LowerIs(t, "and") || LowerIs(t, "but"))) {
        // "The crowd cheered when Lee spotted a sign and said ...": a verb joined by "and"
        // to a subordinate clause's verb (no comma between) has that clause's subject, when
        // a name. (After a pronoun it is as often the main clause's: "Ray was quick to back
        // him after he won and said ...".)
        if (!LowerIs(cf - 1, "and") || !Subordinator(t) || !toks_[t + 1].has(kCapitalized)) {
          continue;
        }
        bool comma = false;
        for (uint32_t x = t + 1; x < cf && !comma; ++x) comma = toks_[x].IsPunct(',');
        if (comma) continue;
      }
      if (subject_end == kNone) subject_end = OpeningPhraseEnd(start, cf);
      if (t <= subject_end + (Subordinator(t) ? 0 : 1)) break;
      const Token& next = toks_[t + 1];
      // ("..., and the league met the mayor and said": after a comma, "the" and a noun.)
      const bool the_after_comma = toks_[t - 1].IsPunct(',') && LowerIs(t + 1, "the") &&
                                   next.has(kLowerInitial);
      if (!next.IsWord() || !(next.has(kCapitalized) || LowerIs(t + 1, "he") ||
                              LowerIs(t + 1, "she") || LowerIs(t + 1, "they") ||
                              the_after_comma)) {
        continue;
      }
      // (A name right before "and" ends a list of names: "Ann Ray, Ida Moss and Tom Lee
      // went on air, saying": one subject.)
      if (toks_[t - 1].has(kCapitalized)) continue;
      if (previous >= 0 && cands_[previous].cue_first > t) {
        // "A, and the league denounced the plan and said B": the earlier cue is the joined
        // clause's own, and so is its subject.
        const Candidate& joined = cands_[previous];
        // (Also after a description that leads to the name: "..., and the civic group the Elm
        // League denounced the plan and said B".)
        bool joined_subject = joined.has_mention && joined.mention.first == t + 1;
        for (uint32_t x = t + 1; joined.has_mention && !joined_subject &&
                                 x < joined.mention.first && x < t + 9;
             ++x) {
          if (!toks_[x].IsWord() || toks_[x].is(kPreverb) || toks_[x].is(kCueStart)) break;
          joined_subject = x + 1 == joined.mention.first;
        }
        if (toks_[t - 1].IsPunct(',') && joined_subject &&
            PossibleSpeaker(joined.mention)) {
          coordinated = joined.mention;
          has_coordinated = true;
        }
        break;
      }
      // The subject, then its verb in the past tense or the perfect.
      const uint32_t end = SpeakerBeforePastVerb(t + 1, cf);
      if (end != kNone) {
        coordinated = {t + 1, end, 0, 0};
        has_coordinated = true;
      }
    }
  }
  // "A, a port official said, adding that B", "A, said Ann Ray, adding that B": right after
  // an attribution's cue or speaker and its comma, the participle is that speaker's (not
  // the speaker of the sentence's first cue, inside A: "Elm City never objected while ...").
  const bool right_after_previous =
      previous >= 0 && cands_[previous].has_mention && toks_[cf - 1].IsPunct(',') &&
      (cands_[previous].cue_last == cf - 1 || cands_[previous].mention.last == cf - 1);
  // "Ray, who won the seat after arguing that ...": after a preposition inside a relative
  // clause on "who", the clause's antecedent speaks.
  Subject antecedent;
  for (uint32_t t = cf - 1; after_preposition && t > start && t + 16 > cf; --t) {
    if (!toks_[t].IsWord() || in_quote_[t] >= 0) break;
    if (LowerIs(t, "who") && toks_[t].has(kLowerInitial)) {
      antecedent = FindSubject(t + 1, start);
      antecedent.found = antecedent.found && antecedent.mention.last <= t &&
                         PossibleSpeaker(antecedent.mention);
      break;
    }
  }
  if (antecedent.found) {
    cand.SetSpeaker(antecedent.mention, antecedent.mention.first);
  } else if (has_coordinated) {
    cand.SetSpeaker(coordinated, coordinated.first);
  } else if (right_after_previous) {
    cand.SetSpeaker(cands_[previous].mention, cands_[previous].mention.first);
  } else if (previous >= 0 &&
             (cands_[previous].has_mention || cands_[previous].same_sentence_speaker)) {
    cand.same_sentence_speaker = true;
  } else {
    // (Also after an earlier statement with no speaker of its own: "Tom Lee, when asked
    // about his errors, talks on, never admitting he was wrong" is Lee's.)
    Mention m;
    if (after_preposition ? ClauseSubject(sf, start, cf, &m) && PossibleSpeaker(m)
                          : ParticipleSubject(sf, start, cf, &m)) {
      cand.SetSpeaker(m, m.first);
    } else if (after_preposition) {
      return;
    }
  }
  Emit(cand);
}

}  // namespace policy::extract_internal::attribution_internal
