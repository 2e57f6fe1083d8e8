#include "server/store/internal/identity.h"

#include "gtest/gtest.h"

namespace policy::store_internal {
namespace {

TEST(IdentityTest, FoldKeyFoldsCaseAndSpace) {
  EXPECT_EQ(FoldKey("  Chairman   and\tCEO "), "chairman and ceo");
  EXPECT_EQ(Tidy("  Chairman   and\tCEO "), "Chairman and CEO");
  EXPECT_EQ(FoldKey(""), "");
}

TEST(IdentityTest, NameKeyFoldsTitlesAndPunctuation) {
  EXPECT_EQ(NameKey("Zhou Yunjie"), "zhou yunjie");
  EXPECT_EQ(NameKey("Mr. Zhou  Yunjie"), "zhou yunjie");
  EXPECT_EQ(NameKey("Dr Prof. Ada Lovelace"), "ada lovelace");
  EXPECT_EQ(NameKey("J.K. Rowling"), "j k rowling");
  EXPECT_EQ(NameKey("Conan O'Brien"), NameKey("conan obrien"));
  EXPECT_EQ(NameKey("Conan O\xE2\x80\x99" "Brien"), "conan obrien");
  EXPECT_EQ(NameKey("Jean-Luc Picard"), "jean luc picard");
  EXPECT_EQ(NameKey("Zhou's"), "zhou");
  EXPECT_EQ(NameKey("Jos\xC3\xA9 Mart\xC3\xAD"), "jose marti");
  EXPECT_EQ(NameKey("JOS\xC3\x89 MART\xC3\x8D"), "jose marti");
  // A title alone is kept: it is all there is.
  EXPECT_EQ(NameKey("Mr."), "mr");
  EXPECT_EQ(NameKey("..."), "");
  // Non-ASCII names are kept as written.
  EXPECT_EQ(NameKey("\xE5\x91\xA8\xE4\xBA\x91\xE6\x9D\xB0"), "\xE5\x91\xA8\xE4\xBA\x91\xE6\x9D\xB0");
}

TEST(IdentityTest, OrganizationKeyFoldsLegalFormsAndPossessives) {
  EXPECT_EQ(OrganizationKey("Haier"), "haier");
  EXPECT_EQ(OrganizationKey("Haier Group"), "haier");
  EXPECT_EQ(OrganizationKey("Haier's"), "haier");
  EXPECT_EQ(OrganizationKey("HAIER GROUP CO., LTD."), "haier");
  EXPECT_EQ(OrganizationKey("The Coca-Cola Company"), "coca cola");
  EXPECT_EQ(OrganizationKey("Bank of China Limited"), "bank of china");
  // A legal form alone is not removed.
  EXPECT_EQ(OrganizationKey("Group"), "group");
  EXPECT_NE(OrganizationKey("Gree"), OrganizationKey("Haier"));
}

TEST(IdentityTest, LooseNameKeyKeepsTheFirstAndLastWord) {
  EXPECT_EQ(LooseNameKey("Ann B. Ray"), "ann ray");
  EXPECT_EQ(LooseNameKey("Mr. Tom H. W. Lee"), "tom lee");
  EXPECT_EQ(LooseNameKey("Ann Mary Ray"), "ann ray");
  EXPECT_EQ(LooseNameKey("Tom Lee Jr."), "tom lee");
  EXPECT_EQ(LooseNameKey("Tom W. Lee III"), "tom lee");
  EXPECT_EQ(LooseNameKey("Ann Ray"), "ann ray");
  // First and last words stay, even when they are one letter.
  EXPECT_EQ(LooseNameKey("J. Ray"), "j ray");
  EXPECT_EQ(LooseNameKey("Ray J"), "ray j");
  // NameKey keeps them, so "Tom W. Lee" and "Tom H. W. Lee" stay two names.
  EXPECT_NE(NameKey("Tom W. Lee"), NameKey("Tom H. W. Lee"));
}

TEST(IdentityTest, DescriptionKeyIsScopedToItsArticle) {
  EXPECT_NE(DescriptionKey("officials", "a1"), DescriptionKey("Officials", "a2"));
  EXPECT_EQ(DescriptionKey("officials", "a1"), DescriptionKey("Officials", "a1"));
  EXPECT_NE(DescriptionKey("officials", "a1"), NameKey("officials"));
  EXPECT_EQ(DescriptionKey("...", "a1"), "");
}

TEST(IdentityTest, OrganizationKeyDropsHonorifics) {
  EXPECT_EQ(OrganizationKey("Mrs. Ray"), "ray");
  EXPECT_EQ(OrganizationKey("the Mr. Lee campaign"), "lee campaign");
}

TEST(IdentityTest, SameOrganizationWhenOneKeysWordsAreInTheOther) {
  EXPECT_TRUE(SameOrganization("acme", "acme"));
  EXPECT_TRUE(SameOrganization("ray", "ann ray campaign"));
  EXPECT_TRUE(SameOrganization("ann ray campaign", "ray"));
  EXPECT_FALSE(SameOrganization("acme", "globex"));
  EXPECT_FALSE(SameOrganization("acme labs", "acme bank"));
  EXPECT_FALSE(SameOrganization("acme", "acmeco"));  // words, not prefixes
  EXPECT_FALSE(SameOrganization("", "acme"));
}

TEST(IdentityTest, SpeakerSlug) {
  EXPECT_EQ(SpeakerSlug("Zhou Yunjie"), "zhou-yunjie");
  EXPECT_EQ(SpeakerSlug("Mr. Zhou Yunjie"), "zhou-yunjie");
  EXPECT_EQ(SpeakerSlug("Jos\xC3\xA9 Mart\xC3\xAD"), "jose-marti");
  EXPECT_EQ(SpeakerSlug("Government Work Report"), "government-work-report");
  const std::string chinese = SpeakerSlug("\xE5\x91\xA8\xE4\xBA\x91\xE6\x9D\xB0");
  EXPECT_EQ(chinese.rfind("speaker-", 0), 0u);
  EXPECT_EQ(chinese.size(), 16u);
  EXPECT_EQ(SpeakerSlug("\xE5\x91\xA8\xE4\xBA\x91\xE6\x9D\xB0"), chinese);  // deterministic
  EXPECT_LE(SpeakerSlug(std::string(200, 'a')).size(), 60u);
  for (char c : SpeakerSlug("A -- weird !! name ..")) {
    EXPECT_TRUE((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') << c;
  }
}

}  // namespace
}  // namespace policy::store_internal
