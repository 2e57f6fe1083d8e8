// Keys that decide when two mentions are the same speaker or organization, and speaker slugs.
//
//   NameKey("Mr. Zhou  Yunjie")     == "zhou yunjie"
//   LooseNameKey("James T. Kirk")    == "james kirk"   (also "James Tiberius Kirk")
//   OrganizationKey("Haier Group's") == "haier"
//   SameOrganization("ray", "ray white house")  == true
//   SpeakerSlug("Zhou Yunjie")       == "zhou-yunjie"
//
// All functions are pure and thread-safe. Case and accent folding cover ASCII and Latin-1
// letters; other non-ASCII bytes (for example Chinese characters) are kept as written, so keys
// stay valid UTF-8.
#ifndef POLICY_SERVER_STORE_INTERNAL_IDENTITY_H_
#define POLICY_SERVER_STORE_INTERNAL_IDENTITY_H_

#include <string>
#include <string_view>

namespace policy::store_internal {

// Text with runs of white space collapsed to one space and trimmed; case is kept.
std::string Tidy(std::string_view text);

// Case- and whitespace-folded text: ASCII lower case, runs of white space collapsed to one
// space, trimmed. Used to deduplicate roles and aliases and for case-insensitive lookups.
std::string FoldKey(std::string_view text);

// The identity key of a person's (or group's, document's) name: FoldKey plus Latin-1 accents
// folded ("José" == "Jose" == "JOSÉ"), punctuation folded ("J.K." == "J K", "O'Neil" == "ONeil", "Jean-Luc" == "Jean Luc"), a possessive "'s"
// dropped, and leading honorifics removed ("Mr.", "Dr.", "Prof.", ...). Empty if the name has
// no letters or digits.
std::string NameKey(std::string_view name);

// NameKey with only the first and the last word, after dropping a generational suffix
// ("James T. Kirk", "Ann Mary Ray", "Tom Lee Jr." -> "james kirk", "ann ray", "tom lee"):
// outlets differ in writing middle names and initials. A second key: "George W. Bush" and
// "George H. W. Bush" keep their own NameKeys, and only a mention that has no exact match
// falls back to this one.
std::string LooseNameKey(std::string_view name);

// The identity key of a speaker known only by a description ("officials", "a spokesman for
// the governor"): its NameKey scoped to one article, so that it never meets the same words
// in another article.
std::string DescriptionKey(std::string_view name, std::string_view article_id);
// What separates a description key's name key from its article id.
inline constexpr std::string_view kDescriptionMark = " #";
// The article id of a description key; empty for any other key.
std::string_view DescriptionArticle(std::string_view key);

// The identity key of an organization: NameKey-style folding plus a leading "the" and trailing
// legal-form words ("Group", "Co., Ltd.", "Inc.", "Corporation", "Holdings", ...) removed, so
// "Haier", "Haier Group" and "Haier's" share one key. Leading honorifics are dropped too
// ("Mrs. Ray's campaign" names Ray's).
std::string OrganizationKey(std::string_view organization);

// True if two organization keys may name the same organization: equal, or every word of one
// is a word of the other ("ray" ~ "ray white house", "acme" ~ "acme labs"). Loose on
// purpose: it only decides which of several same-named speakers a mention joins.
bool SameOrganization(std::string_view key_a, std::string_view key_b);

// A URL-safe slug ([a-z0-9-], at most 60 bytes) for a speaker id, from its name with
// honorifics dropped and Latin-1 accents folded ("José Martí" -> "jose-marti"). Names with no
// ASCII letters or digits (e.g. "周云杰") get "speaker-" plus 8 hex digits of their key's hash.
std::string SpeakerSlug(std::string_view display_name);

}  // namespace policy::store_internal

#endif  // POLICY_SERVER_STORE_INTERNAL_IDENTITY_H_
