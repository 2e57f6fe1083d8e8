// Attribution: finds the statements of one analysed article and who made them.
//
//   Document doc = Analyze(text, lexicon);
//   Extraction extraction = ExtractStatements(doc, lexicon);
//
// Three passes over the tokens:
//  1. Direct quotes: quotation marks are paired inside a paragraph (curly, straight, ``''``,
//     single, «»), a quote left open at a paragraph end that the next paragraph reopens is a
//     continuation, and an unbalanced mark never reaches past its paragraph. Scare quotes
//     (short, no sentence punctuation) and titles ("so-called", Title Case) are dropped.
//     A quote is attributed by the words after it (", said X" / ", X said"), else before it
//     (`X said: "`, `X said, "`, `X told reporters that "`), else it inherits the speaker of
//     the previous statement in its paragraph, the next one, or the previous paragraph.
//  2. Reported speech, per sentence, around every cue outside quotes:
//     `X [has also] said (that) CLAUSE`, `CLAUSE, X said [on Tuesday]`, `CLAUSE, said X, a ...`,
//     `X, a ..., said CLAUSE`, `..., which states that CLAUSE`, `X called for / urged ...`,
//     `according to X, CLAUSE`, `CLAUSE, according to X`, `..., saying CLAUSE`.
//     A quote inside the reported clause makes it a mixed statement.
//  3. Speakers are resolved in document order (see speakers.h).
// Each rule's search is bounded or indexed (constants in pass.h and at the top of the file that
// uses them), so that the time stays linear in the text's length even for a sentence of
// thousands of cues.
//
// The rules are the members of one class, Pass, declared in pass.h (whose overview says which
// file defines which members): pass 1 is in quotes.cc, pass 2 in reported_speech.cc (with
// cues.cc for the cues, subjects.cc for the speaker before or after a cue, clauses.cc for
// where a reported clause starts and ends); attribution.cc runs the passes (Pass::Run),
// resolves the speakers (pass 3) and holds ExtractStatements.
#ifndef POLICY_SERVER_EXTRACT_INTERNAL_ATTRIBUTION_H_
#define POLICY_SERVER_EXTRACT_INTERNAL_ATTRIBUTION_H_

#include "server/core/model.h"
#include "server/extract/internal/lexicon.h"
#include "server/extract/internal/text.h"

namespace policy::extract_internal {

Extraction ExtractStatements(const Document& doc, const Lexicon& lexicon);

}  // namespace policy::extract_internal

#endif  // POLICY_SERVER_EXTRACT_INTERNAL_ATTRIBUTION_H_
