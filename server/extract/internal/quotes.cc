// Direct quotes: pairing quotation marks into quotes, judging which are statements (not scare
// quotes or titles), and attributing a quote by the words after it or before it.
#include "server/extract/internal/pass.h"

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>

namespace policy::extract_internal::attribution_internal {
namespace {

bool IsDoubleOpen(const Token& t) { return t.quote == QuoteStyle::kDoubleOpen; }
bool IsDoubleClose(const Token& t) { return t.quote == QuoteStyle::kDoubleClose; }
bool IsDoubleStraight(const Token& t) { return t.quote == QuoteStyle::kDoubleStraight; }

}  // namespace

void Pass::FindQuotes() {
  for (size_t p = 0; p < doc_.paragraphs.size(); ++p) {
    const Paragraph& para = doc_.paragraphs[p];
    uint32_t open = kNone;
    // ('"The board is not about “fair play” anymore," Ray said': curly marks inside a
    // passage in straight ones quote within it, as single marks do; the passage goes on.)
    bool nested = false;
    for (const uint32_t t : QuoteMarksIn(para)) {
      const Token& tok = toks_[t];
      if (nested && IsDoubleClose(tok)) {
        nested = false;
        continue;
      }
      // (A short phrase, not opening the passage and with no sentence's end in it: a longer
      // curly quotation inside straight marks is an excerpt's own quote.)
      if (!nested && open != kNone && IsDoubleStraight(toks_[open]) && IsDoubleOpen(tok) &&
          t > open + 1) {
        uint32_t x = t + 1;
        while (x < para.last && x < t + 8 && !IsDoubleClose(toks_[x]) &&
               !toks_[x].IsPunct('.') && !toks_[x].IsPunct('?') && !toks_[x].IsPunct('!')) {
          ++x;
        }
        if (x < para.last && IsDoubleClose(toks_[x])) {
          nested = true;
          continue;
        }
      }
      const bool spaced_before = tok.has(kSpaceBefore) || t == para.first ||
                                 (t > 0 && !toks_[t - 1].IsWord() && !toks_[t - 1].IsQuote() &&
                                  !toks_[t - 1].IsPunct('.') && !toks_[t - 1].IsPunct(',') &&
                                  !toks_[t - 1].IsPunct('?') && !toks_[t - 1].IsPunct('!'));
      const bool spaced_after = tok.has(kSpaceAfter) || t + 1 == para.last ||
                                (t + 1 < n_ && !toks_[t + 1].IsWord() && !toks_[t + 1].IsQuote());
      bool is_open = false, is_close = false;
      if (IsDoubleOpen(tok)) {
        is_open = true;
      } else if (IsDoubleClose(tok)) {
        is_close = true;
      } else if (IsDoubleStraight(tok)) {
        if (open == kNone) {
          is_open = !(spaced_after && !spaced_before);
        } else {
          is_close = !(spaced_before && !spaced_after);
          is_open = !is_close;
        }
      } else {
        continue;  // single quotes: second pass
      }
      if (is_open) {
        open = t;  // an earlier unclosed mark is dropped
      } else if (is_close && open != kNone) {
        if (t > open + 1) {
          Quote q;
          q.open = open;
          q.close = t;
          q.terminated = true;
          quotes_.push_back(q);
        }
        open = kNone;
      }
    }
    if (open != kNone && open + 1 < para.last) {
      Quote q;
      q.open = open;
      q.close = para.last;
      q.terminated = false;
      if (p + 1 < doc_.paragraphs.size()) {
        const Token& next = toks_[doc_.paragraphs[p + 1].first];
        q.continues = IsDoubleOpen(next) || IsDoubleStraight(next);
      }
      quotes_.push_back(q);
    }
  }
  // (A fill per quote: with a store through `in_quote_` per token the compiler read the
  // quote's end again after each, one int at a time.)
  for (size_t i = 0; i < quotes_.size(); ++i) {
    std::fill(in_quote_.begin() + quotes_[i].first(), in_quote_.begin() + quotes_[i].last(),
              static_cast<int>(i));
  }
  // Single quotes outside double quotes ("headline style" and British quoting).
  const size_t doubles = quotes_.size();
  for (const Paragraph& para : doc_.paragraphs) {
    uint32_t open = kNone;
    for (const uint32_t t : QuoteMarksIn(para)) {
      const Token& tok = toks_[t];
      if (in_quote_[t] >= 0) continue;
      const bool before = tok.has(kSpaceBefore) || t == para.first;
      const bool after = tok.has(kSpaceAfter) || t + 1 == para.last ||
                         (t + 1 < n_ && !toks_[t + 1].IsWord());
      if ((tok.quote == QuoteStyle::kSingleOpen ||
           (tok.quote == QuoteStyle::kSingleStraight && before && !after)) &&
          open == kNone) {
        open = t;
      } else if ((tok.quote == QuoteStyle::kSingleClose ||
                  tok.quote == QuoteStyle::kSingleStraight) &&
                 !before && open != kNone) {
        if (t > open + 1) {
          Quote q;
          q.open = open;
          q.close = t;
          q.terminated = true;
          q.single = true;
          quotes_.push_back(q);
        }
        open = kNone;
      }
    }
  }
  for (size_t i = doubles; i < quotes_.size(); ++i) {
    for (uint32_t t = quotes_[i].first(); t < quotes_[i].last(); ++t) {
      if (in_quote_[t] < 0) in_quote_[t] = static_cast<int>(i);
    }
  }
  quotes_in_double_marks_ = doubles > quotes_.size() - doubles;
  // Double quotes are found in text order; single ones after them need a sort.
  if (quotes_.size() == doubles) return;
  std::sort(quotes_.begin(), quotes_.end(),
            [](const Quote& a, const Quote& b) { return a.open < b.open; });
  // Re-index after sorting: a token takes the first quote that holds it. The quotes being
  // in order of their first tokens, an earlier one holds a token of quote i just when it
  // reaches past it, so each quote fills its tokens from the furthest end before it: every
  // token of a quote written once (not cleared, then tested and written).
  uint32_t reach = 0;
  for (size_t i = 0; i < quotes_.size(); ++i) {
    const uint32_t from = std::max(quotes_[i].first(), reach);
    if (from < quotes_[i].last()) {
      std::fill(in_quote_.begin() + from, in_quote_.begin() + quotes_[i].last(),
                static_cast<int>(i));
    }
    reach = std::max(reach, quotes_[i].last());
  }
}

bool Pass::OpensSentenceBeforeCue(const Quote& q) const {
  if (!q.terminated || q.open != SentenceFirst(q.open) || !toks_[q.open + 1].has(kCapitalized) ||
      q.close + 2 >= n_ || !toks_[q.close + 1].IsPunct(',')) {
    return false;
  }
  // The cue right after the comma, or after a name of up to four words: ", said Ann Ray",
  // ", Ann Ray said", ", she said".
  for (uint32_t t = q.close + 2; t < n_ && t < q.close + 7 && toks_[t].IsWord(); ++t) {
    if (toks_[t].has(kLowerInitial) && toks_[t].is(kCueStart)) return true;
    if (toks_[t].has(kLowerInitial) && !toks_[t].is(kPronoun)) return false;
  }
  return false;
}

void Pass::JudgeQuote(Quote& q) {
  const uint32_t first = q.first(), last = q.last();
  const int words = WordCount(first, last);
  uint32_t end = last;
  while (end > first && toks_[end - 1].IsQuote()) --end;
  const Token& final_tok = toks_[end > first ? end - 1 : first];
  const bool punctuated = final_tok.IsPunct('.') || final_tok.IsPunct('!') ||
                          final_tok.IsPunct('?') || final_tok.IsPunct(',') ||
                          final_tok.IsPunct('e') || final_tok.IsPunct('-') ||
                          final_tok.IsPunct(':') || final_tok.IsPunct(';');
  // Titles and terms: "the so-called 'dual circulation'", "a film titled ...", "its slogan,
  // 'Harbor First'".
  // ("the same words, "I'm not there yet"": after a comma, only the names of titles.)
  uint32_t before = q.open;
  if (before > 1 && toks_[before - 1].IsPunct(',')) --before;
  if (before > 0 && toks_[before - 1].IsWord()) {
    if (LowerIs(before - 1, "so-called") || LowerIs(before - 1, "dubbed") ||
        LowerIs(before - 1, "titled") || LowerIs(before - 1, "entitled") ||
        LowerIs(before - 1, "headlined") || LowerIs(before - 1, "nicknamed") ||
        LowerIs(before - 1, "slogan") || LowerIs(before - 1, "motto") ||
        LowerIs(before - 1, "hashtag")) {
      return;
    }
    if (before == q.open && (LowerIs(before - 1, "term") || LowerIs(before - 1, "phrase") ||
                             LowerIs(before - 1, "word") || LowerIs(before - 1, "words") ||
                             LowerIs(before - 1, "label"))) {
      return;
    }
  }
  // `words such as "ferry," "pier," "Elm" and "fares"`: quotes of one or two words next to
  // each other, with at most a comma or "and"/"or" between, are a list of terms. (Not
  // sentences, `"Go." "Go."`, nor chants, `"Fix the pier," and "Save the ferry."`.)
  if (words <= 2) {
    const size_t i = static_cast<size_t>(&q - quotes_.data());
    auto adjacent = [this](const Quote& left, const Quote& right) {
      if (right.open <= left.close || left.close <= left.open + 1) return false;
      const Token& left_end = toks_[left.close - 1];
      if (left_end.IsPunct('.') || left_end.IsPunct('!') || left_end.IsPunct('?')) return false;
      const uint32_t gap = right.open - left.close;
      return WordCount(left.first(), left.last()) <= 2 &&
             WordCount(right.first(), right.last()) <= 2 &&
             (gap == 1 ||
              (gap == 2 && (toks_[left.close + 1].IsPunct(',') || LowerIs(left.close + 1, "and") ||
                            LowerIs(left.close + 1, "or"))));
    };
    if ((i > 0 && adjacent(quotes_[i - 1], q)) ||
        (i + 1 < quotes_.size() && adjacent(q, quotes_[i + 1]))) {
      return;
    }
  }
  // A comma inside the marks is American punctuation, not the title's own: 'the show "Harbor
  // Lights," ...'. In a headline every word is capitalized, so there it proves nothing.
  // (A punctuated title has at most 8 words, so longer quotes skip the headline test.)
  // So is a period inside the marks of a quote that ends its sentence after other words
  // ('... a cap printed with the slogan "Ferries For All."').
  // (Not after a verb of saying or a colon: `Lee interjected, "Only Ann Ray."` answers. A
  // cue word after a determiner is a noun: `the TV show "Harbor Watch."` names the show.)
  const bool closes_sentence = q.terminated && final_tok.IsPunct('.') &&
                               q.open > SentenceFirst(q.open) &&
                               q.close + 1 >= SentenceLast(q.close) &&
                               !toks_[q.open - 1].IsPunct(':') &&
                               !(before > 0 && toks_[before - 1].is(kCueStart) &&
                                 !NounBeforeTitle(before - 1, q.close));
  // (TitleCase scans the whole sentence: it is asked last, only of a quote that would be
  // a title.)
  const bool soft_end = (final_tok.IsPunct(',') || closes_sentence) && words <= 8;
  if (!punctuated || soft_end) {
    // A title: every word capitalized but the small ones. The first lowercase word that is
    // not a small one settles it, so ordinary quotes stop at once.
    // (Nor a quote of two sentences: "Take Elm City. Or Harbor Point," Lee said. A chant of
    // a name, "Marco! Marco!", stays a title.)
    // (Shouted words, every letter a capital, are no title at a sentence's opening or after a
    // colon: `"WE WON," he declared`; inside a sentence they may be a title.)
    bool all_capitalized = true;
    int content_words = 0;
    int shouted_words = 0;
    for (uint32_t t = first; t < last && all_capitalized; ++t) {
      if (!toks_[t].IsWord()) {
        all_capitalized = !(t + 1 < end && words >= 3 &&
                            (toks_[t].IsPunct('.') || toks_[t].IsPunct('!') ||
                             toks_[t].IsPunct('?')));
        continue;
      }
      // (The small words have at most four letters: a longer word skips the comparisons.)
      if (toks_[t].end - toks_[t].begin <= 4 &&
          (LowerIs(t, "of") || LowerIs(t, "the") || LowerIs(t, "and") || LowerIs(t, "a") ||
           LowerIs(t, "an") || LowerIs(t, "in") || LowerIs(t, "on") || LowerIs(t, "for") ||
           LowerIs(t, "to") || LowerIs(t, "at") || LowerIs(t, "with"))) {
        continue;
      }
      ++content_words;
      all_capitalized = toks_[t].has(kCapitalized) || toks_[t].has(kHasDigit);
      shouted_words += all_capitalized && toks_[t].end - toks_[t].begin >= 2 && Shouted(t);
    }
    const bool opens_before_cue = !punctuated && words < 4 && OpensSentenceBeforeCue(q);
    if (all_capitalized && words <= 12 && !opens_before_cue &&
        (!punctuated || shouted_words < std::max(2, content_words) ||
         !(q.open == SentenceFirst(q.open) || toks_[q.open - 1].IsPunct(':'))) &&
        (punctuated ? (content_words >= 2 || TitleBefore(q.open)) && words <= 8
                    : content_words > 0) &&
        (!punctuated || !TitleCase(doc_.sentence_of[q.open]))) {
      return;  // a title
    }
    // (Not a quotation opening its sentence, closed before the comma of its cue: British
    // punctuation, "'We are ready', said Ann Ray.")
    if (!punctuated && words < 4 && !opens_before_cue) return;  // scare quotes
  }
  if (words < 1) return;
  // (British quoting marks a short quotation with single marks too, 'I am shocked.', 'It is
  // time,': a capital and a sentence's or a split quotation's punctuation tell it from
  // scare quotes.)
  if (q.single && words < 4 &&
      !(toks_[first].has(kCapitalized) &&
        (final_tok.IsPunct('.') || final_tok.IsPunct('!') || final_tok.IsPunct('?') ||
         final_tok.IsPunct(','))) &&
      !OpensSentenceBeforeCue(q)) {
    return;
  }
  if (!q.terminated && !q.continues && words < 4) return;
  // A paragraph of a phrase in single marks alone, 'A change of course.', where the article
  // quotes in double marks: a subhead (an American paper's, made of words quoted below it),
  // not a statement. (Where single marks are the quoting style, it is a quotation.)
  if (q.single && quotes_in_double_marks_ && toks_[q.open].has(kParagraphStart)) {
    const uint32_t para_end = doc_.paragraphs[ParagraphOf(q.close)].last;
    uint32_t k = q.close + 1;
    while (k < para_end && toks_[k].type == TokenType::kPunct) ++k;
    if (k == para_end) return;
  }
  // `Asked whether Lee "has the votes," 70 percent said yes`: a quotation inside the
  // writer's question that opens the sentence (before the question's comma, which closes the
  // quotation) is the question's wording, not the answer of the subject after it.
  if (const uint32_t sf = SentenceFirst(q.open);
      q.terminated && q.open > sf + 1 && toks_[sf].has(kCapitalized) &&
      (final_tok.IsPunct(',') || (q.close + 1 < n_ && toks_[q.close + 1].IsPunct(',')))) {
    const uint32_t asked = LowerIs(sf, "when") ? sf + 1 : sf;
    int ask = -1;
    if (asked + 1 < q.open && toks_[asked].is(kCueStart) && MatchCue(asked, q.open, &ask) > 0 &&
        OpeningQuestion(sf, asked, q.open, ask)) {
      bool comma_before = false;
      for (uint32_t t = asked + 1; t < q.open && !comma_before; ++t) {
        comma_before = toks_[t].IsPunct(',');
      }
      if (!comma_before) return;
    }
  }
  // An attribute's value in markup left in the text: `<tweet author="annray">`.
  if (toks_[q.open].begin > 0 && doc_.text[toks_[q.open].begin - 1] == '=') return;
  // A link: `<a href="http://...">`, "www.elm-city.gov".
  if (first < last) {
    const std::string_view text =
        doc_.text.substr(toks_[first].begin, toks_[last - 1].end - toks_[first].begin);
    if ((text.starts_with("http://") || text.starts_with("https://") ||
         text.starts_with("www.")) &&
        text.find_first_of(" \n") == std::string_view::npos) {
      return;
    }
  }
  // `"Pier to close in May," by the Harbor Times' Ann Ray`: a headline and its byline, in a
  // list of linked stories.
  // (Not "by Ann Ray's account": whose words they are.)
  if (q.terminated && q.close + 2 < n_ && LowerIs(q.close + 1, "by") &&
      toks_[q.close + 2].has(kCapitalized) && final_tok.IsPunct(',')) {
    bool account = false;
    for (uint32_t t = q.close + 2; t < n_ && t < q.close + 7 && !account; ++t) {
      account = LowerIs(t, "account");
    }
    if (!account) return;
  }
  q.accepted = true;
}

bool Pass::QuoteInSubjectsAside(const Quote& q) {
  // The first comma of the sentence, within 24 tokens before the quote, after a word and
  // before "who" or a participle, with no other comma, colon or dash outside quotation marks
  // after it up to the quote ("such as "A" and "B,"" holds two quotations).
  const uint32_t sf = SentenceFirst(q.open);
  uint32_t comma = q.open;
  for (uint32_t t = q.open; t > sf + 1 && t + 24 > q.open; --t) {
    const Token& tok = toks_[t - 1];
    if (tok.IsQuote() || in_quote_[t - 1] >= 0) continue;
    if (tok.IsPunct(';') || tok.IsPunct(':') || tok.IsPunct('-')) return false;
    if (tok.IsPunct(',')) {
      comma = t - 1;
      break;
    }
  }
  if (comma == q.open || comma + 1 >= q.open || !toks_[comma - 1].IsWord() ||
      !toks_[comma + 1].IsWord() || !toks_[comma + 1].has(kLowerInitial) ||
      !(LowerIs(comma + 1, "who") || EndsWith(comma + 1, "ing"))) {
    return false;
  }
  // (A subject alone before the comma: no verb, "The riders marched, chanting "A," said".)
  for (uint32_t t = sf; t < comma; ++t) {
    if (!toks_[t].IsWord() || in_quote_[t] >= 0) return false;
    if (toks_[t].has(kLowerInitial) &&
        (toks_[t].is(kCueStart) || (toks_[t].is(kPreverb) && FiniteAuxiliary(t)) ||
         EndsWith(t, "ed") || IrregularPast(t))) {
      return false;
    }
  }
  return true;
}

bool Pass::AttributeAfter(const Quote& q, Candidate* c) {
  if (!q.terminated) return false;
  const uint32_t para_end = doc_.paragraphs[ParagraphOf(q.close)].last;
  uint32_t k = q.close + 1;
  if (k < para_end && toks_[k].IsPunct(',')) ++k;
  // A quote that fills its paragraph, then a paragraph "- Ann Ray." or "-Tom Lee, port
  // director.": the line under a pull quote names its speaker.
  uint32_t dash_end = para_end;
  const bool closes_paragraph =
      k == para_end || (k + 1 == para_end && toks_[k].IsPunct('.'));  // `"...".`
  if (closes_paragraph && para_end < n_ && toks_[para_end].IsPunct('-') &&
      toks_[para_end].has(kParagraphStart) && toks_[q.open].has(kParagraphStart)) {
    k = para_end;
    dash_end = doc_.paragraphs[ParagraphOf(para_end)].last;
  }
  if (k >= dash_end) return false;
  // "... - Chairman Li": a dash and a name closing the paragraph or sentence.
  if (toks_[k].IsPunct('-')) {
    uint32_t x = k + 1;
    while (x < dash_end && toks_[x].IsWord() && x - k <= 6) ++x;
    if (x > k + 1 && (x == dash_end || toks_[x].IsPunct(',') || toks_[x].IsPunct('.')) &&
        toks_[x - 1].has(kCapitalized)) {
      Mention speaker{k + 1, x, 0, 0};
      if (x < dash_end && toks_[x].IsPunct(',')) {
        speaker.appositive_first = x + 1;
        speaker.appositive_last = SentenceLast(x);
      }
      c->SetSpeaker(speaker, k);
      return true;
    }
    // "'We were second best' - Lee not hiding after defeat": a headline that opens with the
    // quotation names its speaker after the dash, before the rest of the headline in lower
    // case (a name of two words, a role, or one word the article capitalizes mid-sentence).
    if (k == q.close + 1 && toks_[q.open].has(kParagraphStart) &&
        doc_.sentences[doc_.sentence_of[q.open]].paragraph == 0 &&
        HeadlineSentence(doc_.sentence_of[k])) {
      x = k + 1;
      while (x < dash_end && x < k + 5 && toks_[x].IsWord() && !toks_[x].is(kStop) &&
             toks_[x].has(kCapitalized)) {
        ++x;
      }
      // (Not a modifier of a noun for people or bodies: "- Elm fans despair".)
      if (x > k + 1 && x < dash_end && toks_[x].IsWord() && toks_[x].has(kLowerInitial) &&
          !toks_[x].is(kRole | kGroup | kOrgNoun | kOrgUnit | kDocument) &&
          (x > k + 2 || toks_[k + 1].is(kRole | kTitle) ||
           CapitalizedMidSentenceElsewhere(k + 1)) &&
          ValidSubject(k + 1, x)) {
        c->SetSpeaker({k + 1, x, 0, 0}, k);
        return true;
      }
    }
    return false;
  }
  // "'I said no three times': Ann Ray on her comeback", "'Counting will be fair': Returning
  // officer": a headline that opens with the quotation names its speaker after the colon (a
  // capitalized name or a role of up to four words), before "on", "after", "as" and the
  // topic or the headline's end. (British and Indian papers.)
  if (toks_[k].IsPunct(':') && k == q.close + 1 && toks_[q.open].has(kParagraphStart) &&
      doc_.sentences[doc_.sentence_of[q.open]].paragraph == 0 &&
      HeadlineSentence(doc_.sentence_of[k])) {
    uint32_t x = k + 1;
    while (x < dash_end && x < k + 5 && toks_[x].IsWord() && !toks_[x].is(kStop) &&
           (toks_[x].has(kCapitalized) || (toks_[x].is(kRole) && x > k + 1))) {
      ++x;
    }
    // ("'We cannot wait': Elmland's energy minister on ...": up to two modifiers in lower
    // case before the role.)
    uint32_t role = x;
    while (x > k + 1 && role < dash_end && role < x + 3 && toks_[role].IsWord() &&
           toks_[role].has(kLowerInitial) && !toks_[role].is(kStop)) {
      ++role;
    }
    if (role > x && toks_[role - 1].is(kRole)) x = role;
    const bool ends = x == dash_end || !toks_[x].IsWord() ||
                      (toks_[x].has(kLowerInitial) &&
                       (LowerIs(x, "on") || LowerIs(x, "after") || LowerIs(x, "as")));
    if (x > k + 1 && ends && (x > k + 2 || toks_[k + 1].is(kRole | kTitle)) &&
        ValidSubject(k + 1, x)) {
      c->SetSpeaker({k + 1, x, 0, 0}, k);
      return true;
    }
    return false;
  }
  // `"It is finished." So said Ann Ray.`, `"We will win." That was the message from Ann Ray,
  // the party leader, on Monday.`: the next sentence names the quotation's speaker.
  if (k == q.close + 1 && k + 3 < para_end && toks_[k].has(kCapitalized) &&
      (LowerIs(k, "so") || LowerIs(k, "that") || LowerIs(k, "this"))) {
    uint32_t name = kNone;
    if (LowerIs(k, "so") && (LowerIs(k + 1, "said") || LowerIs(k + 1, "says"))) {
      name = k + 2;
    } else if (!LowerIs(k, "so") && (LowerIs(k + 1, "was") || LowerIs(k + 1, "is"))) {
      uint32_t x = k + 2;
      if (LowerIs(x, "the")) ++x;
      if (x + 2 < para_end && MessageNoun(x) && LowerIs(x + 1, "from")) {
        name = x + 2;
      }
    }
    if (name != kNone) {
      const uint32_t end = std::min(para_end, SentenceLast(name));
      const uint32_t x = NameAfter(name, end);
      if (x > name) {
        Mention speaker{name, x, 0, 0};
        if (x + 1 < end && toks_[x].IsPunct(',')) {
          speaker.appositive_first = x + 1;
          speaker.appositive_last = end;
        }
        c->SetSpeaker(speaker, k);
        return true;
      }
    }
  }
  int cue = -1;
  // ", said Zhou Yunjie, a deputy to ..." (not a participle: `"...," saying the city ...`
  // goes on with the subject before the quote).
  uint32_t len = MatchCue(k, para_end, &cue);
  if (len > 0 && doc_.TokenText(k).ends_with("ing") && lex_.cue(cue).cls != CueClass::kSource) {
    len = 0;
  }
  // `"...?" asked Ann Ray.`: right after a quote, "asked" and a name that ends the sentence
  // or opens an appositive is the asker (in `asked Ray to ...` Ray is the one asked).
  const bool asked = len > 0 && lex_.cue(cue).LemmaIs(kLemmaAsk);
  // `"...," denounced his record as mayor and said ...`: a verb of judgement or portrayal
  // after a quote inverts with its speaker ("blasted the senator"), unless an owner's
  // noun, then more of the subject's verbs, make it one of a list of the subject's acts.
  bool object_after = false;
  if (len > 0 && (lex_.cue(cue).name_object || lex_.cue(cue).portrayal) && k + len < para_end &&
      (LowerIs(k + len, "his") || LowerIs(k + len, "her") || LowerIs(k + len, "its") ||
       LowerIs(k + len, "their"))) {
    const uint32_t sentence_end = SentenceLast(k);
    for (uint32_t t = k + len + 1; t + 1 < sentence_end && t < k + len + 12; ++t) {
      if (LowerIs(t, "and") && toks_[t + 1].IsWord() && toks_[t + 1].has(kLowerInitial)) {
        object_after = true;
        break;
      }
    }
  }
  // `"The numbers do not add up," according to Mayor Ann Ray.`: a quotation that opens its
  // sentence, then "according to" and the source, is that source's, as after "said". (Not a
  // quotation inside a clause: `Lee called it "a mess," according to aides` is the aides'
  // account, read by the reported pass.)
  if (len > 0 && lex_.cue(cue).cls == CueClass::kSource && q.open == SentenceFirst(q.open)) {
    const uint32_t end = std::min(para_end, SentenceLast(k + len - 1));
    const uint32_t x = NameAfter(k + len, end);
    // (A document, "according to a report by the Elm Institute", is left to that pass, which
    // reads its author.)
    bool document = false;
    for (uint32_t t = k + len; t < x && !document; ++t) document = toks_[t].is(kDocument);
    if (x > k + len && !document) {
      Mention speaker{k + len, x, 0, 0};
      if (x + 1 < end && toks_[x].IsPunct(',')) {
        speaker.appositive_first = x + 1;
        speaker.appositive_last = end;
      }
      SpeakerAtCue(c, speaker, k, k + len, k);
      return true;
    }
  }
  if (len > 0 && lex_.cue(cue).cls != CueClass::kSource && (!TakesListener(cue) || asked) &&
      !object_after && !QuoteInSubjectsAside(q)) {
    const uint32_t end = std::min(para_end, std::max(SentenceLast(k + len - 1), k + len));
    uint32_t x = NameAfter(k + len, end);
    // `"...," said one, Ann Ray, a student.`: one of the people just written about, then
    // her name between commas (vox-pop paragraphs).
    if (x == k + len && k + len + 3 < end && toks_[k + len + 1].IsPunct(',') &&
        (LowerIs(k + len, "one") || LowerIs(k + len, "another"))) {
      const uint32_t name_end = NameAfter(k + len + 2, end);
      if (name_end >= k + len + 4 &&
          (name_end == end || toks_[name_end].IsPunct(',') || toks_[name_end].IsPunct('.'))) {
        Mention speaker{k + len + 2, name_end, 0, 0};
        if (name_end + 1 < end && toks_[name_end].IsPunct(',')) {
          speaker.appositive_first = name_end + 1;
          speaker.appositive_last = end;
        }
        SpeakerAtCue(c, speaker, k, k + len, k);
        return true;
      }
    }
    if (asked && x > k + len) {
      uint32_t after = x;
      while (after < end && (toks_[after].IsPunct('.') || toks_[after].IsPunct('?') ||
                             toks_[after].IsPunct('!') || toks_[after].IsQuote())) {
        ++after;
      }
      if (after < end && !toks_[x].IsPunct(',') && !toks_[x].IsPunct('(')) x = k + len;
    }
    if (asked && x == k + len) return false;
    // "said one official familiar with the talks": the speaker ends at its head noun.
    if (x > k + len && toks_[x - 1].has(kLowerInitial) && !toks_[x - 1].is(kRole) &&
        !toks_[x - 1].is(kGroup) && !toks_[x - 1].is(kOrgNoun)) {  // "wrote Harbor magazine"
      for (uint32_t y = k + len + 1; y < x; ++y) {
        const Token& head = toks_[y - 1];
        if ((head.has(kCapitalized) || head.is(kRole) || head.is(kGroup)) &&
            ValidSubject(k + len, y)) {
          x = y;
          break;
        }
      }
    }
    // After a quote the inverted order is unambiguous: `"...," said one Democrat familiar
    // with the talks, who ...`: the longest valid speaker phrase, the rest is its profile.
    if (x == k + len) {
      // Shortest phrase ending in a name or a person noun, else the longest valid one.
      for (uint32_t y = k + len + 1; y <= std::min(end, k + len + 7); ++y) {
        const Token& head = toks_[y - 1];
        if ((head.has(kCapitalized) || head.is(kRole) || head.is(kGroup)) &&
            ValidSubject(k + len, y)) {
          x = y;
          break;
        }
      }
      for (uint32_t y = std::min(end, k + len + 7); x == k + len && y > k + len + 1; --y) {
        if (ValidSubject(k + len, y)) x = y;
      }
    }
    uint32_t after = x;
    if (after < end && toks_[after].IsPunct('(')) {  // "said Rep. Ann Ray (D-Ore.), ..."
      while (after < end && !toks_[after].IsPunct(')')) ++after;
      if (after < end) ++after;
    }
    if (x > k + len) {
      x = RoleComplementBeforeName(k + len, x, end);
      Mention speaker{k + len, x, 0, 0};
      const uint32_t name_end = NameAfterRole(k + len, x, end);
      if (name_end > x) {
        speaker = {x + 1, name_end, k + len, x};  // `"...," said Lee's deputy, Ann Ray.`
      } else if (after < end) {
        speaker.appositive_first = toks_[after].IsPunct(',') ? after + 1 : after;
        speaker.appositive_last = end;
      }
      SpeakerAtCue(c, speaker, k, k + len, k);
      return true;
    }
  }
  // ", Li said on Thursday", ", he added", ", Smith, a spokesman, said".
  // When the quote's sentence runs on past the closing mark (`"...," Li said of the
  // mayor`, `"...," Li said dryly`), the subject and cue after it attribute the quote
  // whatever follows the cue; after a quote that ends its sentence, the cue may open a new
  // statement (`"..." He said he would go.`), so the words after it must be an adjunct.
  const bool runs_on = doc_.sentence_of[k] == doc_.sentence_of[q.close];
  for (uint32_t x = k; x < para_end && x < k + 30; ++x) {
    if (toks_[x].IsQuote() || toks_[x].IsPunct('.') || toks_[x].IsPunct('?') ||
        toks_[x].IsPunct('!') || toks_[x].IsPunct(':') || toks_[x].IsPunct(';')) {
      break;
    }
    len = MatchCue(x, para_end, &cue);
    if (len == 0 || lex_.cue(cue).cls == CueClass::kSource || !VerbUse(x, cue)) continue;
    if (x == k) break;
    Subject s = FindSubject(x, k);
    if (!s.found) break;
    if (s.mention.first > k + 1 && toks_[s.mention.first - 1].has(kLowerInitial) &&
        (LowerIs(s.mention.first - 1, "on") || LowerIs(s.mention.first - 1, "in") ||
         LowerIs(s.mention.first - 1, "at") || LowerIs(s.mention.first - 1, "aboard")) &&
        ValidSubject(k, s.mention.first - 1)) {
      // `"...," a notice on the pier states.`, `"...," a pilot on the ferry said.`: the noun
      // before the place is the speaker; the place phrase only locates it.
      s.mention = {k, s.mention.first - 1, 0, 0};
    }
    if (s.mention.first != k) {
      // `"...," her neighbour, Ana Silva, told the BBC.`: a role, then the name. (Only after
      // a quote that opens its sentence or is set off by punctuation: in `a "bold plan"
      // filing suits, Lee said ...` the words after the quote go on with its clause.)
      const bool set_off = k > q.close + 1 || q.open == SentenceFirst(q.open) ||
                           (q.close > q.open + 1 && toks_[q.close - 1].punct != 0);
      if (!(set_off && s.mention.first > k + 1 && toks_[s.mention.first - 1].IsPunct(',') &&
            ValidSubject(k, s.mention.first - 1))) {
        break;
      }
      // (`"...," Ida Moss, the analyst who runs the Harbor Index wrote.`: a name, then a
      // description that runs into the cue without its closing comma: the name speaks.)
      if (s.mention.appositive_last == 0) NameBeforeUnclosedDescription(&s, k);
      if (s.mention.appositive_last == 0) {
        s.mention.appositive_first = k;
        s.mention.appositive_last = s.mention.first - 1;
      }
    }
    // `"..." The port did not elaborate.`: a verb of saying denied attributes nothing; nor
    // does a refusal, `"..." A spokesman declined to comment.`
    if (Negated(s.mention.last, x) ||
        lex_.cue(cue).LemmaIs(kLemmaDeclineToComment | kLemmaDeclineTo)) {
      break;
    }
    // `"..." He said he would go.`: the cue introduces a new statement, not this quote.
    uint32_t tail = x + len;
    const uint32_t sentence_end = TrimEnd(x + len, SentenceLast(x));
    if (TakesListener(cue)) tail = SkipListener(tail, sentence_end);  // "Li told the BBC."
    // (`"...?" Lee asked rhetorically.`: a manner adverb after the cue says how.)
    if (tail < sentence_end && MannerAdverb(tail)) ++tail;
    // (`"...?" Lee said of the meeting.`: the topic after "said of" is a noun phrase, no
    // clause; one with a verb or "that" opens a statement of its own.)
    if (!runs_on && !lex_.cue(cue).rest.empty() && lex_.cue(cue).rest.back() == "of") {
      uint32_t t = tail;
      while (t < sentence_end && toks_[t].IsWord() && in_quote_[t] < 0 &&
             !LowerIs(t, "that") && !(toks_[t].is(kPreverb) && FiniteAuxiliary(t)) &&
             !(toks_[t].is(kCueStart) && toks_[t].has(kLowerInitial))) {
        ++t;
      }
      if (t == sentence_end) tail = t;
    }
    // (`"Keep going!" Lee shouted, a call to finish the route`: after a quote ending in "!" or "?",
    // a comma after the cue sets off a comment, no clause of the cue's.)
    const bool exclaimed = q.close > q.open + 1 &&
                           (toks_[q.close - 1].IsPunct('?') || toks_[q.close - 1].IsPunct('!'));
    if (!runs_on && !TailIsAdjunct(tail, sentence_end) &&
        !(tail < sentence_end && toks_[tail].IsQuote()) &&
        !(exclaimed && tail < sentence_end && toks_[tail].IsPunct(','))) {
      break;
    }
    // `Lee claimed that "A," one pilot said B`: a quote after "that" is an earlier cue's
    // object, and the cue after it, reporting a clause of its own, is another statement.
    if (runs_on && QuoteAfterThat(q) && tail < sentence_end &&
        toks_[tail].IsWord() && !TailIsAdjunct(tail, sentence_end)) {
      break;
    }
    SpeakerAtCue(c, s.mention, x, x + len, k);
    // (`Citing "family reasons," Lee said he would resign`: a quotation inside the sentence's
    // opening phrase is the speaker's, and the clause after the cue is a statement of its
    // own, left to the reported speech's rules.)
    // (A clause: "that" or a word that is no preposition, "said he would", not "proclaimed
    // to a crowd".)
    if (runs_on && q.open > SentenceFirst(q.open) && tail < sentence_end &&
        toks_[tail].IsWord() && (!toks_[tail].is(kStop) || LowerIs(tail, "that")) &&
        !TailIsAdjunct(tail, sentence_end)) {
      for (uint32_t t = x; t < x + len; ++t) consumed_[t] = 0;
    }
    return true;
  }
  // A quote that ends in "?" or "!" closes its sentence for the splitter, yet
  // `"...?" Tom Lee went on.` attributes it as a comma would.
  const bool exclaims = q.close > q.open + 1 &&
                        (toks_[q.close - 1].IsPunct('?') || toks_[q.close - 1].IsPunct('!'));
  return (runs_on || exclaims) && ReportingVerbAfter(k, para_end, c);
}

void Pass::QuoteTailAfterCue(const Quote& q, const Candidate& c) {
  // (The subject before its cue, both after the quote: after `"...," said Ann Ray,` the
  // words are her profile.)
  if (c.cue_last == kNone || !c.has_mention || c.mention.empty() ||
      c.mention.first <= q.close || c.mention.last > c.cue_first ||
      !(CommaClosesQuote(q.close) || (q.close + 1 < n_ && toks_[q.close + 1].IsPunct(',')))) {
    return;
  }
  const uint32_t se = TrimEnd(c.cue_last, SentenceLast(q.close));
  uint32_t tail = c.cue_last;
  if (tail < se && MannerAdverb(tail)) ++tail;
  const uint32_t first = tail + 1;
  if (first >= se || !toks_[tail].IsPunct(',') || !toks_[first].IsWord() ||
      in_quote_[first] >= 0 || TailIsAdjunct(tail, se)) {
    return;
  }
  // (`Despite the "awful weather," Ray said, the harbor stayed open`: after a quotation that
  // closes a sentence's first half, a clause with a subject of its own, a name, a pronoun or
  // a determiner's noun, then its verb, is the second half.)
  const bool second_half = q.open > SentenceFirst(q.open) && !toks_[q.open - 1].IsQuote() &&
                           SubjectThenVerbAt(first, se);
  if (!toks_[first].has(kLowerInitial) && !second_half) return;
  // (A clause's verb, "that" or "only": not a preposition, a conjunction or a relative
  // pronoun, ", in a nod to Lee", ", as the crowd cheered", ", which ...", nor a phrase on
  // a participle, ", adding ...", ", dressed as Lee", ", again using ...", ", not even
  // suggesting ...", nor a time, ", just before the vote", ", that night", nor a phrase
  // with a determiner, ", the latest sign of ...".)
  const bool participle =
      EndsWith(first, "ing") || EndsWith(first, "ed") || TimeMeasure(first) ||
      (first + 1 < se && toks_[first + 1].IsWord() && EndsWith(first + 1, "ing"));
  const bool that_clause =
      LowerIs(first, "that") && !(first + 1 < se && toks_[first + 1].is(kTime));
  if (participle || (toks_[first].is(kDeterminer) && !that_clause && !second_half) ||
      (toks_[first].is(kStop) && !that_clause && !LowerIs(first, "only") &&
       !FiniteAuxiliary(first) && !second_half) ||
      (SubjectPronoun(first) && !second_half) || Subordinator(first)) {
    return;
  }
  Candidate tail_cand;
  tail_cand.cue_first = c.cue_first;
  tail_cand.cue_last = c.cue_last;
  tail_cand.paragraph = c.paragraph;
  tail_cand.SetSpeaker(c.mention, c.anchor);
  tail_cand.first = first;
  tail_cand.last = ContentEnd(first, se);
  if (tail_cand.last > tail_cand.first) Emit(tail_cand);
}

// `"...," an angry Ann Ray retaliated.`, `"...!" beamed Ida Moss, who ...`: in a sentence
// that runs on after a quote, any verb in the past tense next to a speaker phrase that ends
// the sentence (or opens an appositive) reports the quote, as a cue would.
bool Pass::ReportingVerbAfter(uint32_t k, uint32_t para_end, Candidate* c) {
  const uint32_t end = std::min(para_end, SentenceLast(k));
  auto past_verb = [this](uint32_t t) {
    const Token& tok = toks_[t];
    return tok.IsWord() && tok.has(kLowerInitial) && !tok.is(kStop) && !tok.is(kPreverb) &&
           !tok.is(kCueStart) && !tok.is(kDeterminer) && doc_.TokenText(t).size() > 4 &&
           doc_.TokenText(t).ends_with("ed");
  };
  // The speaker phrase ends the sentence, or a comma or parenthesis opens its appositive.
  auto closes = [this, end](uint32_t t) {
    return t >= end || toks_[t].IsPunct('.') || toks_[t].IsPunct(',') ||
           toks_[t].IsPunct('(') || toks_[t].IsPunct('!');
  };
  auto speaker_head = [this](uint32_t t) {
    const Token& tok = toks_[t];
    return tok.has(kCapitalized) || tok.is(kRole) || tok.is(kGroup) || tok.is(kOrgNoun) ||
           tok.is(kDocument);
  };
  uint32_t first = k, last = k;
  if (k < end && past_verb(k)) {  // "beamed Ida Moss"
    last = NameAfter(k + 1, end);
    if (last == k + 1 || !closes(last) || !speaker_head(last - 1)) return false;
    first = k + 1;
  } else {  // "an angry Ann Ray retaliated", "Lee went on", "Ray shot back"
    // An irregular past with its particle: the verb's length in tokens, else 0.
    auto phrasal_past = [this, end](uint32_t t) -> uint32_t {
      const Token& tok = toks_[t];
      if (!tok.IsWord() || !tok.has(kLowerInitial) || tok.is(kStop) || t + 1 >= end ||
          !toks_[t + 1].IsWord() || !toks_[t + 1].has(kLowerInitial)) {
        return 0;
      }
      const bool verb = LowerIs(t, "went") || LowerIs(t, "shot") || LowerIs(t, "cut") ||
                        LowerIs(t, "broke") || LowerIs(t, "spoke") || LowerIs(t, "threw");
      const bool particle = LowerIs(t + 1, "on") || LowerIs(t + 1, "back") ||
                            LowerIs(t + 1, "in") || LowerIs(t + 1, "up");
      return verb && particle ? 2 : 0;
    };
    uint32_t v = k + 1;
    while (v < end && v < k + 7 && toks_[v].IsWord() && !past_verb(v) && !phrasal_past(v)) ++v;
    const uint32_t verb_length = v < end ? (past_verb(v) ? 1 : phrasal_past(v)) : 0;
    if (v >= end || v >= k + 7 || verb_length == 0 || !closes(v + verb_length) ||
        !speaker_head(v - 1) || !ValidSubject(k, v)) {
      return false;
    }
    last = v;
  }
  Mention speaker{first, last, 0, 0};
  if (last < end && toks_[last].IsPunct(',')) {
    speaker.appositive_first = last + 1;
    speaker.appositive_last = end;
  }
  c->SetSpeaker(speaker, k);
  return true;
}

bool Pass::AttributeBefore(const Quote& q, Candidate* c) {
  uint32_t p = q.open;
  if (p == 0) return false;
  const bool opens_paragraph = toks_[p].has(kParagraphStart);
  // A paragraph that ends "Li said:" introduces the quote that opens the next one; so does
  // one of a single short sentence of a name and a verb of saying ("Lee went on.").
  if (opens_paragraph && !toks_[p - 1].IsPunct(':') &&
      !(toks_[p - 1].IsPunct('.') && toks_[SentenceFirst(p - 1)].has(kParagraphStart))) {
    return false;
  }
  --p;
  const Token& mark = toks_[p];
  // (A cue word right before the quote leads it only as a cue of its own: `Lee called the
  // plan "a disaster."` and `towns were paying "city prices."` end on a noun and a verb
  // that open longer cues, "plan to" and "pay tribute", and the quotation is part of the
  // reported clause. Nor does a cue word used as a noun: `Lee called the remarks "unfair."`)
  int lead_cue = -1;
  const bool lead = mark.IsPunct(',') || mark.IsPunct(':') || LowerIs(p, "that") ||
                    (mark.IsWord() && mark.is(kCueStart) && MatchCue(p, q.open, &lead_cue) > 0 &&
                     VerbUse(p, lead_cue));
  if (mark.IsPunct('.') && p > 0) {
    // `Port historian Ida Moss agreed. "..."`, `Lee was blunt. "..."`: a short sentence of a
    // name and its verb introduces the quote after it in the paragraph (or, for a verb of
    // saying alone in its paragraph, the quote that opens the next).
    const uint32_t sf = SentenceFirst(p);
    uint32_t first = sf;
    while (first < p && toks_[first].IsQuote()) ++first;
    // (Also such a clause after ", and" that ends the sentence: `"...," Ray said, and Tom
    // Lee cut in. "..."`.)
    for (uint32_t t = p; t > first + 2 && t + 8 > p; --t) {
      if (!toks_[t - 1].IsWord() || in_quote_[t - 1] >= 0) break;
      if (LowerIs(t - 1, "and") && toks_[t - 1].has(kLowerInitial) && toks_[t - 2].IsPunct(',') &&
          toks_[t].has(kCapitalized)) {
        first = t;
        break;
      }
    }
    // (Not OpeningName: so short a sentence is mostly capitalized, as a headline is.)
    uint32_t name_end = first;
    while (name_end < p && name_end < first + 6 && toks_[name_end].IsWord() &&
           (toks_[name_end].has(kCapitalized) ||
            ((toks_[name_end].is(kRole) || toks_[name_end].is(kTitle)) && name_end + 1 < p &&
             toks_[name_end + 1].has(kCapitalized)))) {
      ++name_end;
    }
    // ("Lee, asked about his ankle, shrugged.": a participle's aside between commas after
    // the name; the verb follows it.)
    uint32_t verb_first = name_end;
    if (name_end > first && name_end + 3 < p && toks_[name_end].IsPunct(',') &&
        toks_[name_end + 1].IsWord() && toks_[name_end + 1].has(kLowerInitial) &&
        (EndsWith(name_end + 1, "ed") || EndsWith(name_end + 1, "ing"))) {
      for (uint32_t t = name_end + 2; t + 1 < p && t < name_end + 12; ++t) {
        if (toks_[t].IsQuote()) break;
        if (toks_[t].IsPunct(',')) {
          verb_first = t + 1;
          break;
        }
      }
    }
    // ("Lee continued his remarks.", "Ray defended her record": after a verb of saying, an
    // owner's pronoun and up to three words of its object.)
    uint32_t verb_end = p;
    const bool saying =
        verb_first < p && toks_[verb_first].IsWord() && toks_[verb_first].is(kCueStart);
    for (uint32_t t = verb_first + 1; saying && t < p && t <= verb_first + 2; ++t) {
      if (OwnerPronoun(t)) {
        if (p - t <= 4) verb_end = t;
        break;
      }
    }
    // (Or, alone in its paragraph, a copula and one adjective, the speaker's manner: "But
    // Ann Ray was scathing." before a paragraph that opens with the quotation.)
    const bool manner = verb_end == p && p == verb_first + 2 &&
                        (LowerIs(verb_first, "was") || LowerIs(verb_first, "is")) &&
                        toks_[verb_first + 1].IsWord() &&
                        toks_[verb_first + 1].has(kLowerInitial) &&
                        !toks_[verb_first + 1].is(kStop) && !EndsWith(verb_first + 1, "ed");
    bool short_verb = name_end > first && verb_first < p && verb_end - verb_first <= 3 &&
                      (saying || manner || !opens_paragraph) && ValidSubject(first, name_end);
    // (A cue of two words is whole: "Lee cut in.", "Ray chimed in.")
    int whole_cue = -1;
    const bool cue_to_end = saying && verb_first + 1 < p &&
                            MatchCue(verb_first, p, &whole_cue) == p - verb_first;
    for (uint32_t t = verb_first; t < p && short_verb && !cue_to_end; ++t) {
      short_verb = toks_[t].IsWord() && toks_[t].has(kLowerInitial) &&
                   ((!toks_[t].is(kDeterminer) && !toks_[t].is(kPronoun)) || t == verb_end) &&
                   (!toks_[t].is(kStop) || PassiveAuxiliary(t));
    }
    // (Or a name that "had" or "gave" a message, whose words the quotation then gives:
    // "Ann Ray had a blunt warning for the council on Monday.", "Lee offered some advice.")
    if (!short_verb && name_end > first && verb_first == name_end && verb_first + 2 < p &&
        ValidSubject(first, name_end)) {
      static constexpr WordSet kGiving = {"had", "has", "offered", "delivered", "gave",
                                          "issued", "sent"};
      uint32_t noun = verb_first + 1;
      if (kGiving.Has(word_ids_[verb_first]) && toks_[verb_first].has(kLowerInitial)) {
        while (noun < p && noun < verb_first + 4 && toks_[noun].IsWord() &&
               toks_[noun].has(kLowerInitial) && !MessageNoun(noun) &&
               (toks_[noun].is(kDeterminer) || !toks_[noun].is(kStop))) {
          ++noun;
        }
      }
      short_verb = noun < p && MessageNoun(noun) &&
                   (noun + 1 == p || LowerIs(noun + 1, "for") || LowerIs(noun + 1, "to"));
      for (uint32_t t = noun + 1; t < p && short_verb && t < noun + 10; ++t) {
        short_verb = toks_[t].IsWord() && in_quote_[t] < 0;
      }
      short_verb = short_verb && p < noun + 10;
    }
    if (short_verb && PossibleSpeaker({first, name_end, 0, 0})) {
      c->SetSpeaker({first, name_end, 0, 0}, first);
      return true;
    }
  }
  if (!lead) return false;
  // `..., in her words, "the pier can wait."`, `In Ann Ray's words: "..."`: the owner's words.
  if ((mark.IsPunct(',') || mark.IsPunct(':')) && p >= 3 && LowerIs(p - 1, "words")) {
    const uint32_t owner = OwnerPronoun(p - 2) ? p - 2
                           : toks_[p - 2].has(kPossessive) && toks_[p - 2].has(kCapitalized)
                               ? ScanNounPhraseBack(p - 1, SentenceFirst(p))
                               : p - 1;
    if (owner < p - 1 && owner > 0 && LowerIs(owner - 1, "in")) {
      c->SetSpeaker({owner, p - 1, 0, 0}, owner);
      return true;
    }
  }
  // `said that "the pier is late" and that she was troubled`: a quote after "that" that the
  // reported clause goes on past ("and", "but", "or" and a lower-case word) is part of a
  // mixed statement, attributed by the reported pass; as a direct quote it would lose the
  // rest.
  if (LowerIs(p, "that") && q.terminated && q.close + 2 < n_ &&
      doc_.sentence_of[q.close + 2] == doc_.sentence_of[q.close] &&
      (LowerIs(q.close + 1, "and") || LowerIs(q.close + 1, "but") ||
       LowerIs(q.close + 1, "or")) &&
      toks_[q.close + 2].IsWord() && toks_[q.close + 2].has(kLowerInitial)) {
    return false;
  }
  // `said she respected the auditor but that "the figures are old."`: a quote after a second
  // "that" (after "and", "but" or "or") goes on with the reported clause before it, one
  // mixed statement made by the reported pass.
  if (LowerIs(p, "that") && p >= 2 &&
      (LowerIs(p - 1, "and") || LowerIs(p - 1, "but") || LowerIs(p - 1, "or"))) {
    return false;
  }
  // `insisting "by any fair test" she was "the better choice" for ...`: a quoted fragment
  // (lower case, no comma or stop of its own) right after the verb, with the clause's
  // subject after it in the sentence, is a phrase put before that clause: one mixed
  // statement, made by the reported pass.
  if (mark.IsWord() && mark.has(kLowerInitial) && q.terminated && q.open + 1 < q.close &&
      toks_[q.open + 1].IsWord() && toks_[q.open + 1].has(kLowerInitial) &&
      toks_[q.close - 1].IsWord() && q.close + 2 < n_ &&
      doc_.sentence_of[q.close + 2] == doc_.sentence_of[q.close]) {
    const Token& next = toks_[q.close + 1];
    if (next.IsWord() && (next.is(kPronoun) || next.is(kDeterminer) ||
                          (next.has(kCapitalized) && !next.is(kStop))) &&
        !LowerIs(q.close + 1, "it") && toks_[q.close + 2].IsWord() &&
        toks_[q.close + 2].has(kLowerInitial) && !toks_[q.close + 2].is(kCueStart)) {
      return false;
    }
  }
  const uint32_t sf = SentenceFirst(p);
  // `said the plan would save $14m, "less than one new pier."`: a quoted fragment (lower
  // case) that closes the sentence after a reported clause and its comma goes on with the
  // clause, one mixed statement made by the reported pass.
  if (mark.IsPunct(',') && q.terminated && q.open + 1 < q.close &&
      toks_[q.open + 1].IsWord() && toks_[q.open + 1].has(kLowerInitial) &&
      (q.close + 1 >= SentenceLast(p) ||
       (q.close + 2 == SentenceLast(p) && toks_[q.close + 1].IsPunct('.')))) {
    // (The last verb of saying before the comma, with two words or more of its clause: not
    // `Lee said, "as long as ..."` nor `Lee said on Monday, "we ..."`, whose words the
    // quotation is; nor the second half of a quotation split by its attribution: `"We won,"
    // said Lee, speaking of his aides, "and ..."`.)
    bool earlier_quote = false;
    for (uint32_t t = sf; t < p && !earlier_quote; ++t) earlier_quote = toks_[t].IsQuote();
    for (uint32_t t = p; !earlier_quote && t-- > sf;) {
      int cue = -1;
      const uint32_t len = SpeechCueAt(t, p, &cue);
      if (len == 0 || !VerbUse(t, cue)) continue;
      if (t + len + 2 < p && !TailIsAdjunct(t + len, p)) return false;
      break;
    }
  }
  // `The surge does not surprise pollster Ann Ray: "..."`, `Polls agree - Ann Ray: "..."`,
  // `More from Ann Ray: "..."`, `From the report: "..."`: the one named right before the
  // colon, after a role noun, a dash or an opening "from", introduces the words (a cue
  // earlier in the sentence has other words).
  if (mark.IsPunct(':')) {
    const uint32_t b = NamedBeforeColon(sf, p);
    if (b < p) {
      c->SetSpeaker({b, p, 0, 0}, b);
      return true;
    }
  }
  const bool cue_opens = toks_[sf].IsWord() && toks_[sf].is(kCueStart);  // "Said Ann Ray, ..."
  const uint32_t lo = p >= sf + 10 && !cue_opens ? p - 10 : sf;
  // The subject of the last verb of saying in the sentence before token `limit` (passing
  // over quoted words), when it has one that can speak.
  auto outer_speech_subject = [&](uint32_t limit, Subject* outer) {
    for (uint32_t x = limit; x-- > sf;) {
      int cue = -1;
      if (toks_[x].IsQuote() || in_quote_[x] >= 0 || consumed_[x]) continue;
      if (SpeechCueAt(x, limit, &cue) == 0 || !VerbUse(x, cue)) continue;
      *outer = FindSubject(x, sf);
      return outer->found && PossibleSpeaker(outer->mention);
    }
    return false;
  };
  uint32_t low = lo;
  for (uint32_t x = p + 1; x-- > low;) {
    if (in_quote_[x] >= 0 || toks_[x].IsQuote()) break;
    int cue = -1;
    const uint32_t len = MatchCue(x, p + 1, &cue);
    if (len == 0 || consumed_[x]) continue;
    // `Lee tweeted back, pointing at a mayor who promised cuts: "..."`: before a colon, a
    // cue in a relative clause is the antecedent's act, not the words' introduction; the
    // sentence's own cue, further back, is looked for.
    // (Not one that ends at the colon, maybe after an adverb of manner: "met a mayor who
    // said: ...", "who responds warmly: ..." is the antecedent's.)
    if (mark.IsPunct(':') && x > sf + 2 && x + len < p &&
        !(x + len + 1 == p && MannerAdverb(x + len)) && toks_[x - 1].has(kLowerInitial) &&
        (LowerIs(x - 1, "who") || LowerIs(x - 1, "which") || LowerIs(x - 1, "that"))) {
      low = sf;
      continue;
    }
    // `Said Ann Ray, who grew up with him, "..."`: a sentence-initial cue and its name.
    const bool said_first = x == sf && NameAfter(x + len, p + 1) > x + len;
    if (!said_first && !VerbUse(x, cue)) continue;
    // `Ray named her boat after a poem, "..."`: a verb of portrayal introduces words only
    // with its "as" after a short object ("cast the vote as a protest: ..."), as its
    // reported content needs (ProcessCue).
    if (lex_.cue(cue).portrayal && !CastAs(x + len, p)) continue;
    // `Asked about the fares, Lee was blunt: "..."`: the writer's question that opens the
    // sentence and ends at its comma attributes nothing; the subject after it may (below).
    if (OpeningQuestion(sf, x, p, cue) && CommaBetween(x + len, p)) continue;
    if (lex_.cue(cue).cls == CueClass::kSource) {
      // "According to Li: ..." is rare; attribute by the reported pass instead.
      return false;
    }
    // `Lee was asked by Ann Ray, the moderator, "..."`: a question put to the subject, not its
    // speaker; the asker is the agent after "by". (Without one, the quote stays the
    // subject's: the answers that follow it inherit from it.)
    if (lex_.cue(cue).LemmaIs(kLemmaAsk) && lex_.cue(cue).past_participle && x + len + 1 < p &&
        LowerIs(x + len, "by")) {
      uint32_t aux = x;
      while (aux > sf && aux + 3 > x && toks_[aux - 1].IsWord() &&
             toks_[aux - 1].has(kLowerInitial) && toks_[aux - 1].is(kPreverb) &&
             !PassiveAuxiliary(aux - 1)) {
        --aux;
      }
      const uint32_t agent_end = NameAfter(x + len + 1, p + 1);
      if (aux > sf && PassiveAuxiliary(aux - 1) && agent_end > x + len + 1) {
        SpeakerAtCue(c, {x + len + 1, agent_end, 0, 0}, x, x + len, x + len + 1);
        return true;
      }
    }
    // `Li smiled and said, "..."`, `..., telling Reuters, "..."`: a coordinated verb or a
    // participle after a comma has the clause's subject (the name after "telling" is the
    // listener).
    bool participle_after_attribution = false;
    bool coordinated_verb = false;
    {
      const std::string_view form = doc_.TokenText(x);
      uint32_t before = x;
      while (before > sf && toks_[before - 1].IsWord() && toks_[before - 1].is(kPreverb) &&
             toks_[before - 1].has(kLowerInitial)) {
        --before;
      }
      const bool participle = form.ends_with("ing") && x > sf && ParticipleOpener(x - 1);
      const bool coordinated = before > sf + 1 && toks_[before - 1].has(kLowerInitial) &&
                               (LowerIs(before - 1, "and") || LowerIs(before - 1, "but"));
      // After another attribution in the sentence (`Li said, adding, "..."`) the quote is
      // that speaker's: it inherits from the sentence's statement.
      // (Not "Asked whether ..., Li shook her head and said": that question is the writer's,
      // and so are the cues inside it, up to its comma: "Asked whether he wanted the job".)
      bool earlier_cue = false;
      // (Over the cue starts only: a long sentence of such quotes would read its words again
      // for each.)
      const std::vector<uint32_t>& starts = doc_.cue_starts;
      const size_t from = sf == 0 ? 0 : FirstAbove(starts, sf - 1);
      uint32_t question_end = sf;  // cues before it are in an opening "Asked ..." question
      for (auto it = starts.begin() + static_cast<std::ptrdiff_t>(from);
           it != starts.end() && *it < x && !earlier_cue && (participle || coordinated); ++it) {
        const uint32_t t = *it;
        int other = -1;
        if (t < question_end || in_quote_[t] >= 0 || toks_[t].IsQuote() ||
            MatchCue(t, x, &other) == 0 || !VerbUse(t, other)) {
          continue;
        }
        if (!OpeningQuestion(sf, t, x, other)) {
          earlier_cue = true;
          break;
        }
        question_end = t + 1;
        while (question_end < x && !toks_[question_end].IsPunct(',')) ++question_end;
      }
      participle_after_attribution = participle && earlier_cue;
      coordinated_verb = coordinated;
      Mention subject;
      uint32_t start = sf;
      while (start < x && toks_[start].IsQuote()) ++start;
      // `A said B, and Lee smiled and said, "..."`: the coordinated verb's clause has a
      // subject of its own, whatever was said before it.
      uint32_t joined = kNone;
      if (coordinated) JoinedClause(start, before - 1, &joined);
      if (joined != kNone && ClauseSubject(joined, joined, x, &subject)) {
        SpeakerAtCue(c, subject, x, x + len, subject.first);
        return true;
      }
      // (A participle's, as for reported speech: ParticipleSubject.)
      auto clause_subject = [&] {
        return participle ? ParticipleSubject(sf, start, x, &subject)
                          : ClauseSubject(sf, start, x, &subject);
      };
      if ((participle || coordinated) && !earlier_cue && clause_subject()) {
        SpeakerAtCue(c, subject, x, x + len, subject.first);
        return true;
      }
      // `Lee hailed the speech, shouting "We win!"`: a participle of a verb that only
      // introduces quotations, right before its quotation, after the sentence's attribution:
      // the clause's subject shouts it (no statement of the attribution takes it in).
      if (participle && earlier_cue && lex_.cue(cue).cls == CueClass::kQuoteOnly &&
          (x + len == q.open || (x + len + 1 == q.open && toks_[x + len].IsPunct(','))) &&
          clause_subject()) {
        SpeakerAtCue(c, subject, x, x + len, subject.first);
        return true;
      }
    }
    Subject s = FindSubject(x, sf);
    {
      // `Ann Ray issued a statement saying "..."`: the statement's author; `Ray emailed
      // supporters saying: "..."`: the subject.
      uint32_t start = sf;
      while (start < x && toks_[start].IsQuote()) ++start;
      DocumentAuthor(&s, start);
      ParticipleAfterObject(&s, sf, start, x, cue);
    }
    if (!s.found) {
      // "Said Li: ..." / ", said Li, ..." before a quote; not `told Li, "..."` or `calling
      // the report "...": there the noun phrase is the cue's object.
      if (ObjectFollows(cue)) return false;
      const uint32_t y = NameAfter(x + len, p + 1);
      if (y == x + len) return false;
      // Nor after "and": a coordinated verb is never inverted: the noun phrase after it is
      // its object (`Ray backed the plan and recalled the freeze: "..."`), and the
      // speaker is the clause's subject.
      if (coordinated_verb) {
        uint32_t start = sf;
        while (start < x && toks_[start].IsQuote()) ++start;
        Mention subject;
        if (ClauseSubject(sf, start, x, &subject) && PossibleSpeaker(subject)) {
          SpeakerAtCue(c, subject, x, x + len, subject.first);
          return true;
        }
      }
      // Nor after a participle that follows the sentence's attribution (`"A," said Lee,
      // speaking of lawyers, "B."`): its noun phrase is a topic, and the quote inherits Lee.
      // (The participle is then part of that attribution, not a clause of its own.)
      // (But a clause after the participle, "..., saying the deal goes "far too fast."", is a
      // statement of its own, which the quotation is part of.)
      if (participle_after_attribution) {
        if (!(toks_[y].IsWord() && toks_[y].has(kLowerInitial)) || mark.IsPunct(',')) {
          for (uint32_t t = x; t < x + len; ++t) consumed_[t] = 1;
        }
        return false;
      }
      // Nor after a preposition of topic: "when asked about the audit:".
      if (TopicCue(cue)) return false;
      s.found = true;
      s.mention = {x + len, y, 0, 0};
    }
    // `Lee said ... and that she now sees the risk: "..."`: a cue inside a clause that an
    // earlier verb of saying reports (its subject a pronoun right after "that") gives the
    // quote to that verb's speaker.
    if (mark.IsPunct(':') && s.mention.first > sf + 1 &&
        s.mention.last == s.mention.first + 1 && toks_[s.mention.first].is(kPronoun) &&
        LowerIs(s.mention.first - 1, "that")) {
      Subject outer;
      if (outer_speech_subject(s.mention.first - 1, &outer)) {
        c->SetSpeaker(outer.mention, outer.mention.first);
        return true;
      }
    }
    SpeakerAtCue(c, s.mention, x, x + len, s.mention.first);
    // `Lee said the navy had too few ships: "We are stretched."`: a clause between the cue
    // and the colon is a statement of its own, which the quotation illustrates; the cue is
    // left to the reported speech's rules for it.
    // (A clause: a verb after its first word, an auxiliary, an irregular past or an
    // infinitive, "urged both sides to return"; not an object, "offered a few facts:",
    // "put it this way:", "confirmed that observation:".)
    if (mark.IsPunct(':') && s.mention.last <= x && x + len + 3 <= p &&
        toks_[x + len].IsWord() && (!toks_[x + len].is(kStop) || LowerIs(x + len, "that")) &&
        !ObjectFollows(cue) && !TailIsAdjunct(x + len, p)) {
      static constexpr WordSet kAuxiliaries = {"is",   "was",   "are",   "were",  "has",
                                               "have", "had",   "would", "will",  "could",
                                               "can",  "may",   "might", "should", "must"};
      bool clause = false;
      for (uint32_t t = x + len + 1; t < p && !clause; ++t) {
        if (!toks_[t].IsWord() || !toks_[t].has(kLowerInitial)) continue;
        clause = kAuxiliaries.Has(word_ids_[t]) || kIrregularPast.Has(word_ids_[t]) ||
                 (LowerIs(t - 1, "to") && toks_[t - 1].has(kLowerInitial) && Infinitive(t) &&
                  !toks_[t].is(kStop));
      }
      if (clause) {
        for (uint32_t t = x; t < x + len; ++t) consumed_[t] = 0;
      }
    }
    return true;
  }
  // `During the debate, Ann Ray cracked, "..."`, `Lee responded pointedly: "..."`: a verb in
  // the past tense that no cue lists, right before the quote, after the clause's subject.
  if ((mark.IsPunct(',') || mark.IsPunct(':')) && p > sf + 1) {
    uint32_t v = p - 1;
    if (v > sf + 1 && MannerAdverb(v)) --v;
    const Token& verb = toks_[v];
    const std::string_view form = doc_.TokenText(v);
    if (verb.IsWord() && verb.has(kLowerInitial) && !verb.is(kStop) && !verb.is(kPreverb) &&
        !verb.is(kCueStart) && !verb.is(kDeterminer) && form.size() > 4 &&
        form.ends_with("ed") && !PassiveVerb(v, sf)) {
      const Subject s = FindSubject(v, sf);
      if (s.found && s.boundary != Boundary::kClause && PossibleSpeaker(s.mention)) {
        c->SetSpeaker(s.mention, s.mention.first);
        return true;
      }
    }
  }
  // `Ann Ray ended her speech with a warning, "We will not stop."`: a sentence whose subject
  // is a name or a pronoun introduces, after a comma, a quotation that is a sentence of its
  // own and ends the writer's (not a phrase or title inside it: `Ray read the sign, "No
  // Entry," aloud`, `Ray hummed a song, "Harbor Blues."`).
  // (`"[I am] concerned ..."`: an editor's bracket may open the quotation.)
  const uint32_t quote_first = q.open + 2 < q.close && toks_[q.open + 1].IsPunct('[') ? q.open + 2
                                                                                     : q.open + 1;
  if (mark.IsPunct(',') && p > sf + 2 && q.terminated && q.close > q.open + 4 &&
      toks_[quote_first].has(kCapitalized) &&
      (toks_[q.close - 1].IsPunct('.') || toks_[q.close - 1].IsPunct('!') ||
       toks_[q.close - 1].IsPunct('?')) &&
      (q.close + 1 >= n_ || toks_[q.close + 1].has(kParagraphStart) ||
       doc_.sentence_of[q.close + 1] != doc_.sentence_of[q.close])) {
    // (After an opening adverbial too: "Earlier this week, Ray ended ...". Not after a work
    // the words come from: "a line from a poem, "..."", "sang the anthem, "..."".)
    uint32_t first = sf;
    while (first < p && toks_[first].IsQuote()) ++first;
    Mention m;
    const bool work = toks_[p - 1].IsWord() &&
                      (LowerIs(p - 1, "poem") || LowerIs(p - 1, "song") ||
                       LowerIs(p - 1, "anthem") || LowerIs(p - 1, "hymn") ||
                       LowerIs(p - 1, "line") || LowerIs(p - 1, "lines") ||
                       LowerIs(p - 1, "verse") || LowerIs(p - 1, "lyrics") ||
                       LowerIs(p - 1, "sign") || LowerIs(p - 1, "banner") ||
                       LowerIs(p - 1, "slogan") || LowerIs(p - 1, "motto") ||
                       LowerIs(p - 1, "chant") || LowerIs(p - 1, "title") ||
                       LowerIs(p - 1, "headline") || LowerIs(p - 1, "caption") ||
                       LowerIs(p - 1, "inscription") || LowerIs(p - 1, "prayer"));
    // (The verb follows the name, or its appositive's closing comma: "Ann Ray, the head of
    // the agency, reacted to the deal, "..."".)
    const bool found = !work && ClauseSubject(sf, first, p, &m, /*nearest=*/false);
    uint32_t verb = m.last;
    if (found && verb + 2 < p && toks_[verb].IsPunct(',') && toks_[verb + 1].IsWord() &&
        toks_[verb + 1].has(kLowerInitial) && toks_[verb + 1].is(kDeterminer)) {
      for (uint32_t t = verb + 2; t + 1 < p && t < verb + 14 && !toks_[t].IsQuote(); ++t) {
        if (toks_[t].IsPunct(',')) {
          verb = t + 1;
          break;
        }
      }
    }
    if (found && verb + 1 < p && toks_[verb].IsWord() && toks_[verb].has(kLowerInitial) &&
        !toks_[verb].is(kStop) && PossibleSpeaker(m) &&
        (toks_[m.last - 1].has(kCapitalized) || toks_[m.first].is(kPronoun))) {
      c->SetSpeaker(m, m.first);
      return true;
    }
  }
  // `Okafor: "..."`: a name alone before a colon.
  if (mark.IsPunct(':') && p > sf) {
    uint32_t first = sf;
    while (first < p && toks_[first].IsQuote()) ++first;
    // `Ray On Ferry Plan: "..."`: in a headline, the speaker, then "on" and the topic.
    if (first + 2 < p && TitleCase(doc_.sentence_of[first])) {
      for (uint32_t o = first + 1; o + 1 < p; ++o) {
        if (!LowerIs(o, "on")) continue;
        if (toks_[o - 1].has(kCapitalized) && ValidSubject(first, o)) {
          c->SetSpeaker({first, o, 0, 0}, first);
          return true;
        }
        break;
      }
    }
    // (`Rep. Ann Ray (R-Ohio): "..."`: a party and state in parentheses after the name.)
    uint32_t label_end = p;
    if (p >= first + 4 && toks_[p - 1].IsPunct(')')) {
      uint32_t open = p - 2;
      while (open > first && open + 6 > p && !toks_[open].IsPunct('(')) --open;
      if (toks_[open].IsPunct('(') && PartyAndState(open + 1)) label_end = open;
    }
    if (first < label_end && ValidSubject(first, label_end) &&
        toks_[label_end - 1].has(kCapitalized) && !toks_[label_end - 1].is(kLabel)) {
      c->SetSpeaker({first, label_end, 0, 0}, first);
      return true;
    }
    // `The mayor's message was simple: "..."`, `Harbor Republicans' reaction: "..."`, `The
    // message from Ann Ray was clear: "..."`: a noun for what someone said, its owner's.
    if (const Mention owner = OwnerOfWordsBeforeColon(first, p); owner.last > owner.first) {
      c->SetSpeaker(owner, owner.first);
      return true;
    }
    // `Senate leader Ann Ray delivered a blunt message: "..."`: a sentence that opens with
    // a name and ends in a colon introduces its subject's words.
    const uint32_t x = OpeningName(first, p);
    if (x > first) {
      c->SetSpeaker({first, x, 0, 0}, first);
      return true;
    }
    // `When the pier burned, Mayor Ann Ray released the following statement: "..."`, `As if
    // answering him, the board was firm in its findings: "..."`: after an opening adverbial,
    // the clause's subject.
    // `Her husband was less sure: "..."`, `He was blunt: "..."`: a person's description or
    // pronoun opening the sentence, as a name does above.
    Mention m;
    auto person = [&](const Mention& mention) {
      const Token& head = toks_[mention.last - 1];
      return (mention.last == mention.first + 1 && head.is(kPronoun) &&
              !LowerIs(mention.first, "it")) ||
             (head.has(kLowerInitial) && (head.is(kRole) || head.is(kGroup)));
    };
    // (Not one who receives the words: "The residents received a letter from the mayor:".)
    auto receives = [&](const Mention& mention) {
      for (uint32_t t = mention.last; t < p; ++t) {
        if (LowerIs(t, "from") || LowerIs(t, "received") || LowerIs(t, "receives") ||
            LowerIs(t, "got") || LowerIs(t, "gets")) {
          return true;
        }
      }
      return false;
    };
    // (`A note in the audit spells it out: "..."`: so does a document with a verb,
    // not the copula of `The message was simple: "..."`, a quotation that goes on with the
    // last speaker.)
    auto document_says = [&](const Mention& mention) {
      const Token& head = toks_[mention.last - 1];
      return head.has(kLowerInitial) && head.is(kDocument) && mention.last + 1 < p &&
             toks_[mention.last].IsWord() && !PassiveAuxiliary(mention.last) &&
             !LowerIs(mention.last, "seemed") && !LowerIs(mention.last, "seems");
    };
    if (ClauseSubject(sf, first, p, &m, /*nearest=*/false) &&
        (m.first > first || ((person(m) || document_says(m)) && !receives(m))) &&
        PossibleSpeaker(m) &&
        !TitleCase(doc_.sentence_of[first])) {
      c->SetSpeaker(m, m.first);
      return true;
    }
  }
  return false;
}

Mention Pass::OwnerOfWordsBeforeColon(uint32_t first, uint32_t colon) {
  // ("was simple", "is clear": a copula and one word before the colon.)
  uint32_t end = colon;
  if (end >= first + 4 && (LowerIs(end - 2, "was") || LowerIs(end - 2, "is")) &&
      toks_[end - 1].IsWord() && toks_[end - 1].has(kLowerInitial)) {
    end -= 2;
  }
  static constexpr WordSet kNounsForWords = {"message", "reaction", "response", "answer",
                                              "verdict", "advice", "reply", "words",
                                              "warning", "take"};
  auto words_noun = [&](uint32_t t) {
    return toks_[t].IsWord() && toks_[t].has(kLowerInitial) && kNounsForWords.Has(word_ids_[t]);
  };
  // "OWNER's NOUN": the owner's phrase, its possessive last.
  if (end >= first + 2 && words_noun(end - 1) && toks_[end - 2].has(kPossessive)) {
    const uint32_t owner = ScanNounPhraseBack(end - 1, first);
    if (owner == first && ValidSubject(owner, end - 1)) return {owner, end - 1, 0, 0};
  }
  // "Her message was simple": the pronoun, resolved as a subject pronoun is.
  if (end == first + 2 && words_noun(first + 1) &&
      OwnerPronoun(first)) {
    return {first, first + 1, 0, 0};
  }
  // "The NOUN from NAME".
  if (end >= first + 4 && LowerIs(first, "the") && words_noun(first + 1) &&
      LowerIs(first + 2, "from") && NameAfter(first + 3, end) == end) {
    return {first + 3, end, 0, 0};
  }
  // "Interesting comments from the Elm coach, Tom Lee, who spoke at the break:", "Comments
  // from Ann Ray:": the noun (a word or two of modifiers before it), "from", a name or a role
  // and its name, perhaps a relative clause on the person last.
  uint32_t noun = first;
  while (noun < first + 2 && noun + 2 < colon && !LowerIs(noun + 1, "from")) ++noun;
  const bool words_word =
      toks_[noun].IsWord() && (kNounsForWords.Has(word_ids_[noun]) ||
                               LowerIs(noun, "comments") || LowerIs(noun, "remarks"));
  if (noun + 2 < colon && words_word && LowerIs(noun + 1, "from")) {
    for (uint32_t t = first; t < noun; ++t) {
      if (!toks_[t].IsWord() || toks_[t].is(kStop) || toks_[t].is(kCueStart)) return {};
    }
    const uint32_t from = noun + 2;
    uint32_t last = colon, comma = colon;
    for (uint32_t t = from + 1; t + 1 < colon; ++t) {
      if (!toks_[t].IsPunct(',')) continue;
      if (LowerIs(t + 1, "who")) {
        last = t;
        break;
      }
      if (comma == colon) comma = t;
    }
    if (comma < last) {
      const uint32_t name_end = NameAfterRole(from, comma, last);
      if (name_end == last && ValidSubject(from, comma)) return {comma + 1, last, from, comma};
    } else if (NameAfter(from, last) == last) {
      return {from, last, 0, 0};
    }
  }
  return {};
}

uint32_t Pass::NamedBeforeColon(uint32_t sf, uint32_t colon) {
  uint32_t b = colon;
  while (b > sf && colon - b < 6 && toks_[b - 1].IsWord() && toks_[b - 1].has(kCapitalized) &&
         !toks_[b - 1].is(kLabel) && in_quote_[b - 1] < 0) {
    --b;
    // `- Ann Ray and Tom Lee: "..."`: two names joined by "and".
    if (b > sf + 1 && b < colon - 1 && LowerIs(b - 1, "and") && toks_[b - 2].has(kCapitalized) &&
        colon - b < 4) {
      --b;
    }
  }
  if (b < colon && b > sf) {
    const Token& before = toks_[b - 1];
    const bool introduced =
        before.IsPunct('-') || (before.IsWord() && before.has(kLowerInitial) &&
                                before.is(kRole) && !before.is(kStop) && in_quote_[b - 1] < 0);
    // (Not the listener or the topic of a verb of saying before the role noun, perhaps
    // across a preposition, an article or a possessive: `She told reporter Tom Lee: "..."`,
    // `Lee wrote to senator Ann Ray: "..."`, `Lee told the Ledger's editor Ann Ray: "..."`;
    // the verb's subject speaks. Nor a topic: `Tom Lee, on pollster Ann Ray: "..."`.)
    bool object = false;
    if (introduced && !before.IsPunct('-')) {
      uint32_t x = b - 1;  // the role noun
      object = x > sf && (LowerIs(x - 1, "on") || LowerIs(x - 1, "about"));
      while (x > sf && x + 4 > b && toks_[x - 1].IsWord() &&
             (toks_[x - 1].has(kPossessive) ||
              (toks_[x - 1].has(kLowerInitial) &&
               (toks_[x - 1].is(kDeterminer) || LowerIs(x - 1, "to") || LowerIs(x - 1, "of") ||
                LowerIs(x - 1, "on") || LowerIs(x - 1, "for") || LowerIs(x - 1, "with") ||
                LowerIs(x - 1, "at") || LowerIs(x - 1, "about"))))) {
        --x;
      }
      int cue = -1;
      object = object || (x > sf && MatchCue(x - 1, b - 1, &cue) > 0);
    }
    // (A name of two words or more: not "- Update:".)
    if (introduced && !object && colon - b >= 2 && ValidSubject(b, colon) &&
        PossibleSpeaker({b, colon, 0, 0})) {
      // `Pollsters agree - Ann Ray: "..."`: a verb of saying right before the dash has no
      // words but these.
      for (uint32_t x = b - 1; before.IsPunct('-') && x-- > sf && x + 4 > b;) {
        int cue = -1;
        if (MatchCue(x, b - 1, &cue) == b - 1 - x) {
          for (uint32_t t = x; t + 1 < b; ++t) consumed_[t] = 1;
          break;
        }
      }
      return b;
    }
  }
  uint32_t f = sf;
  while (f < colon && toks_[f].IsQuote()) ++f;
  // ("Signs had shown for weeks - More from Ray and Lee: "...": after a dash, as at the
  // sentence's start.)
  for (uint32_t d = colon; d-- > f + 1 && d + 9 > colon;) {
    if (toks_[d].IsPunct('-') && d + 3 < colon && LowerIs(d + 1, "more") &&
        LowerIs(d + 2, "from")) {
      f = d + 1;
      break;
    }
  }
  if (f + 1 < colon && LowerIs(f, "more") && LowerIs(f + 1, "from")) ++f;
  if (f + 1 < colon && LowerIs(f, "from") && colon - f <= 6) {
    // (A name, or a document and its modifiers: not "From Ann Ray writing at Harbor Watch:",
    // whose writer is the source.)
    const bool document = toks_[colon - 1].is(kDocument);
    bool phrase = toks_[colon - 1].has(kCapitalized) || document;
    for (uint32_t t = f + 1; t + 1 < colon && phrase; ++t) {
      // ("More from Ray and Lee:": two names joined.)
      phrase = toks_[t].IsWord() &&
               (toks_[t].has(kCapitalized) || toks_[t].is(kDeterminer) ||
                toks_[t].has(kPossessive) || (document && !toks_[t].is(kStop)) ||
                (LowerIs(t, "and") && toks_[t - 1].has(kCapitalized)));
    }
    const Mention m{f + 1, colon, 0, 0};
    if (phrase && ValidSubject(m.first, m.last) && PossibleSpeaker(m)) return m.first;
  }
  return colon;
}

}  // namespace policy::extract_internal::attribution_internal
