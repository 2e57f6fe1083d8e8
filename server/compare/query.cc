#include "server/compare/query.h"

#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "server/compare/internal/text.h"
#include "server/core/status_macros.h"

namespace policy::compare {
namespace {

constexpr size_t kMaxQueryBytes = 1000;
constexpr int kMaxDepth = 32;
constexpr size_t kMinPrefixBytes = 2;

struct Lexeme {
  enum class Type { kWord, kQuoted, kAnd, kOr, kNot, kOpen, kClose, kEnd };
  Type type = Type::kEnd;
  absl::string_view text;  // word or phrase body
  size_t column = 0;      // 1-based byte column
};

std::string Describe(const Lexeme& lexeme) {
  switch (lexeme.type) {
    case Lexeme::Type::kEnd: return "the end of the query";
    case Lexeme::Type::kClose: return "')'";
    case Lexeme::Type::kAnd: return "'AND'";
    case Lexeme::Type::kOr: return "'OR'";
    default: return absl::StrCat("'", lexeme.text, "'");
  }
}

absl::Status Error(absl::string_view what, size_t column) {
  return absl::InvalidArgumentError(absl::StrCat("topic query: ", what, " at column ", column));
}

absl::StatusOr<std::vector<Lexeme>> Lex(absl::string_view text) {
  std::vector<Lexeme> lexemes;
  size_t i = 0;
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (i < text.size()) {
    const char c = text[i];
    if (is_space(c)) {
      ++i;
      continue;
    }
    Lexeme lexeme;
    lexeme.column = i + 1;
    if (c == '(' || c == ')') {
      lexeme.type = c == '(' ? Lexeme::Type::kOpen : Lexeme::Type::kClose;
      lexeme.text = text.substr(i, 1);
      ++i;
    } else if (c == '"') {
      const size_t close = text.find('"', i + 1);
      if (close == absl::string_view::npos) {
        return Error("the quote is never closed (add a '\"')", i + 1);
      }
      lexeme.type = Lexeme::Type::kQuoted;
      lexeme.text = text.substr(i + 1, close - i - 1);
      i = close + 1;
    } else {
      size_t end = i;
      while (end < text.size() && !is_space(text[end]) && text[end] != '(' && text[end] != ')' &&
             text[end] != '"') {
        ++end;
      }
      lexeme.text = text.substr(i, end - i);
      lexeme.type = lexeme.text == "AND"   ? Lexeme::Type::kAnd
                    : lexeme.text == "OR"  ? Lexeme::Type::kOr
                    : lexeme.text == "NOT" ? Lexeme::Type::kNot
                                           : Lexeme::Type::kWord;
      i = end;
    }
    lexemes.push_back(lexeme);
  }
  Lexeme end;
  end.column = text.size() + 1;
  lexemes.push_back(end);
  return lexemes;
}

class Parser {
 public:
  explicit Parser(std::vector<Lexeme> lexemes) : lexemes_(std::move(lexemes)) {}

  absl::StatusOr<QueryNode> ParseAll() {
    ASSIGN_OR_RETURN(QueryNode node, ParseOr(0));
    const Lexeme& next = Peek();
    if (next.type == Lexeme::Type::kClose) {
      return Error("')' has no matching '('", next.column);
    }
    if (next.type != Lexeme::Type::kEnd) {
      return Error(absl::StrCat("unexpected ", Describe(next)), next.column);
    }
    return node;
  }

 private:
  const Lexeme& Peek() const { return lexemes_[position_]; }
  const Lexeme& Next() { return lexemes_[position_++]; }

  static bool StartsOperand(Lexeme::Type type) {
    return type == Lexeme::Type::kWord || type == Lexeme::Type::kQuoted ||
           type == Lexeme::Type::kOpen || type == Lexeme::Type::kNot;
  }

  static QueryNode Combine(QueryNode::Kind kind, std::vector<QueryNode> operands) {
    if (operands.size() == 1) return std::move(operands[0]);
    QueryNode node;
    node.kind = kind;
    for (QueryNode& operand : operands) {
      if (operand.kind == kind) {  // flatten (a AND (b AND c))
        for (QueryNode& child : operand.children) node.children.push_back(std::move(child));
      } else {
        node.children.push_back(std::move(operand));
      }
    }
    return node;
  }

  absl::StatusOr<QueryNode> ParseOr(int depth) {
    std::vector<QueryNode> operands;
    ASSIGN_OR_RETURN(QueryNode first, ParseAnd(depth));
    operands.push_back(std::move(first));
    while (Peek().type == Lexeme::Type::kOr) {
      Next();
      ASSIGN_OR_RETURN(QueryNode operand, ParseAnd(depth));
      operands.push_back(std::move(operand));
    }
    return Combine(QueryNode::Kind::kOr, std::move(operands));
  }

  absl::StatusOr<QueryNode> ParseAnd(int depth) {
    std::vector<QueryNode> operands;
    ASSIGN_OR_RETURN(QueryNode first, ParseUnary(depth));
    operands.push_back(std::move(first));
    while (true) {
      if (Peek().type == Lexeme::Type::kAnd) {
        Next();
      } else if (!StartsOperand(Peek().type)) {
        break;
      }
      ASSIGN_OR_RETURN(QueryNode operand, ParseUnary(depth));
      operands.push_back(std::move(operand));
    }
    return Combine(QueryNode::Kind::kAnd, std::move(operands));
  }

  absl::StatusOr<QueryNode> ParseUnary(int depth) {
    if (Peek().type == Lexeme::Type::kNot) {
      Next();
      ASSIGN_OR_RETURN(QueryNode operand, ParseUnary(depth));
      if (operand.kind == QueryNode::Kind::kNot) return std::move(operand.children[0]);
      QueryNode node;
      node.kind = QueryNode::Kind::kNot;
      node.children.push_back(std::move(operand));
      return node;
    }
    return ParsePrimary(depth);
  }

  absl::StatusOr<QueryNode> ParsePrimary(int depth) {
    const Lexeme& lexeme = Next();
    switch (lexeme.type) {
      case Lexeme::Type::kOpen: {
        if (depth >= kMaxDepth) {
          return Error(absl::StrCat("parentheses nested deeper than ", kMaxDepth, " levels"),
                       lexeme.column);
        }
        if (Peek().type == Lexeme::Type::kClose) {
          return Error("empty parentheses '()'", lexeme.column);
        }
        ASSIGN_OR_RETURN(QueryNode inner, ParseOr(depth + 1));
        if (Peek().type != Lexeme::Type::kClose) {
          return Error(absl::StrCat("'(' at column ", lexeme.column, " is never closed; found ",
                                    Describe(Peek())),
                       Peek().column);
        }
        Next();
        return inner;
      }
      case Lexeme::Type::kWord:
      case Lexeme::Type::kQuoted:
        return ParseWords(lexeme);
      default:
        return Error(absl::StrCat("expected a word, a \"phrase\" or '(' but found ",
                                  Describe(lexeme)),
                     lexeme.column);
    }
  }

  // A bare word or a quoted phrase -> a kWord or kPhrase node.
  absl::StatusOr<QueryNode> ParseWords(const Lexeme& lexeme) {
    const bool quoted = lexeme.type == Lexeme::Type::kQuoted;
    std::vector<QueryWord> words;
    size_t offset = 0;
    absl::string_view body = lexeme.text;
    while (offset <= body.size()) {
      // A '*' ends a word; split the body at each '*' and require it to follow a word.
      const size_t star = body.find('*', offset);
      const absl::string_view piece =
          body.substr(offset, star == absl::string_view::npos ? absl::string_view::npos
                                                             : star - offset);
      const size_t piece_column = lexeme.column + (quoted ? 1 : 0) + offset;
      std::vector<internal::Token> tokens = internal::Tokenize(piece);
      if (star != absl::string_view::npos) {
        // The '*' must touch the last word of the piece.
        if (tokens.empty() || tokens.back().end != piece.size()) {
          return Error("'*' must directly follow a word, as in innov*", piece_column + piece.size());
        }
        const std::vector<internal::Token> after = internal::Tokenize(body.substr(star + 1));
        if (!after.empty() && after.front().begin == 0) {
          return Error("'*' is only allowed at the end of a word", piece_column + piece.size());
        }
      }
      for (size_t k = 0; k < tokens.size(); ++k) {
        QueryWord word;
        word.lower = tokens[k].lower;
        word.prefix = star != absl::string_view::npos && k + 1 == tokens.size();
        if (word.prefix && word.lower.size() < kMinPrefixBytes) {
          return Error(absl::StrCat("prefix '", word.lower, "*' is too short; use at least ",
                                    kMinPrefixBytes, " letters"),
                       piece_column + tokens[k].begin);
        }
        if (!word.prefix) word.stem = stemmer_.Stem(word.lower);
        words.push_back(std::move(word));
      }
      if (star == absl::string_view::npos) break;
      offset = star + 1;
    }
    if (words.empty()) {
      return Error(quoted ? std::string("the phrase has no word to search for")
                          : absl::StrCat("'", lexeme.text, "' has no letter or digit to search for"),
                   lexeme.column);
    }
    QueryNode node;
    node.kind = words.size() == 1 ? QueryNode::Kind::kWord : QueryNode::Kind::kPhrase;
    node.words = std::move(words);
    return node;
  }

  std::vector<Lexeme> lexemes_;
  size_t position_ = 0;
  internal::Stemmer stemmer_;
};

std::string WordText(const QueryWord& word) {
  return word.prefix ? absl::StrCat(word.lower, "*") : word.lower;
}

void AppendCanonical(const QueryNode& node, std::string* out) {
  switch (node.kind) {
    case QueryNode::Kind::kWord:
      out->append(WordText(node.words[0]));
      return;
    case QueryNode::Kind::kPhrase: {
      out->push_back('"');
      for (size_t i = 0; i < node.words.size(); ++i) {
        if (i > 0) out->push_back(' ');
        out->append(WordText(node.words[i]));
      }
      out->push_back('"');
      return;
    }
    case QueryNode::Kind::kAnd:
    case QueryNode::Kind::kOr:
    case QueryNode::Kind::kNot: {
      out->append(node.kind == QueryNode::Kind::kAnd  ? "(AND"
                  : node.kind == QueryNode::Kind::kOr ? "(OR"
                                                      : "(NOT");
      for (const QueryNode& child : node.children) {
        out->push_back(' ');
        AppendCanonical(child, out);
      }
      out->push_back(')');
      return;
    }
  }
}

}  // namespace

absl::StatusOr<TopicQuery> TopicQuery::Parse(absl::string_view text) {
  if (text.size() > kMaxQueryBytes) {
    return Error(absl::StrCat("the query is longer than ", kMaxQueryBytes, " bytes"),
                 kMaxQueryBytes + 1);
  }
  ASSIGN_OR_RETURN(std::vector<Lexeme> lexemes, Lex(text));
  TopicQuery query;
  if (lexemes.size() == 1) return query;  // only the end marker: empty query
  Parser parser(std::move(lexemes));
  ASSIGN_OR_RETURN(QueryNode root, parser.ParseAll());
  query.root_ = std::make_shared<const QueryNode>(std::move(root));
  return query;
}

std::string TopicQuery::Canonical() const {
  std::string out;
  if (root_ != nullptr) AppendCanonical(*root_, &out);
  return out;
}

}  // namespace policy::compare
