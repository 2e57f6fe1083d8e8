// The corpus browsing commands: articles list|show|delete, speakers [list]|show|rename|merge,
// statements search, info. List commands follow next_page_token through every page (up to
// --limit items) and print one merged result.
#include <iostream>
#include <memory>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "client/commands.h"
#include "client/format.h"

namespace policyctl {
namespace {

using policy::v1::Article;
using policy::v1::Speaker;
using policy::v1::Statement;

std::string WithPrefix(absl::string_view collection, const std::string& id) {
  return absl::StartsWith(id, absl::StrCat(collection, "/")) ? id
                                                              : absl::StrCat(collection, "/", id);
}

// Pages through a List-style RPC. `call(token, page_size, response)` performs one call;
// `items(response)` is the repeated field. Stops after `limit` items (0 = all).
template <typename Response, typename Call, typename Items>
grpc::Status CollectPages(int limit, int page_size, Call call, Items items, Response* merged) {
  std::string token;
  while (true) {
    Response page;
    const int want = limit > 0 ? std::min(page_size, limit - items(*merged).size()) : page_size;
    grpc::Status status = call(token, want, &page);
    if (!status.ok()) return status;
    for (auto& item : items(page)) *items(*merged).Add() = std::move(item);
    merged->set_total_size(page.total_size());
    token = page.next_page_token();
    if (token.empty() || (limit > 0 && items(*merged).size() >= limit)) break;
  }
  merged->set_next_page_token(token);
  return grpc::Status::OK;
}

struct ListFlags {
  int limit = 0;
  int page_size = 200;
};

void AddListFlags(CLI::App* cmd, ListFlags* flags) {
  cmd->add_option("--limit", flags->limit, "At most this many items (0 = all)")
      ->check(CLI::NonNegativeNumber);
  cmd->add_option("--page-size", flags->page_size, "Items per call")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000));
}

template <typename Message>
std::vector<Message> ToVector(const google::protobuf::RepeatedPtrField<Message>& items) {
  return std::vector<Message>(items.begin(), items.end());
}

std::string PageNote(int64_t shown, int64_t total) {
  return shown < total ? absl::StrCat("(", shown, " of ", total, "; raise --limit for more)\n")
                       : "";
}

// ---- articles ----

struct ArticlesFlags {
  ListFlags list;
  std::string source;
  std::string id;
  bool no_text = false;
};

int RunArticlesList(const GlobalOptions& g, const ArticlesFlags& f) {
  ServerConnection conn(g);
  policy::v1::ListArticlesResponse merged;
  grpc::Status status = CollectPages(
      f.list.limit, f.list.page_size,
      [&](const std::string& token, int size, policy::v1::ListArticlesResponse* page) {
        policy::v1::ListArticlesRequest req;
        req.set_page_size(size);
        req.set_page_token(token);
        req.set_source(f.source);
        grpc::ClientContext ctx;
        conn.Prepare(ctx);
        return conn.stub().ListArticles(&ctx, req, page);
      },
      [](auto& r) -> auto& { return *r.mutable_articles(); }, &merged);
  if (!status.ok()) return ReportRpcError(g, "articles list", status);
  if (g.format == OutputFormat::kJson) {
    std::cout << ToJson(merged) << "\n";
  } else {
    std::cout << RenderTable(ArticlesTable(ToVector(merged.articles())), g.format);
    std::cerr << PageNote(merged.articles_size(), merged.total_size());
  }
  return kExitOk;
}

int RunArticlesShow(const GlobalOptions& g, const ArticlesFlags& f) {
  ServerConnection conn(g);
  policy::v1::GetArticleRequest req;
  req.set_name(WithPrefix("articles", f.id));
  req.set_view(f.no_text ? policy::v1::ARTICLE_VIEW_BASIC : policy::v1::ARTICLE_VIEW_FULL);
  grpc::ClientContext ctx;
  conn.Prepare(ctx);
  Article article;
  grpc::Status status = conn.stub().GetArticle(&ctx, req, &article);
  if (!status.ok()) return ReportRpcError(g, absl::StrCat("articles show ", f.id), status);
  if (g.format == OutputFormat::kJson) {
    std::cout << ToJson(article) << "\n";
    return kExitOk;
  }
  Table t = ArticleDetailTable(article);
  if (g.format != OutputFormat::kTable) t.AddRow({"text", article.text()});
  std::cout << RenderTable(t, g.format);
  if (g.format == OutputFormat::kTable && !article.text().empty()) {
    std::cout << "\n" << article.text() << (absl::EndsWith(article.text(), "\n") ? "" : "\n");
  }
  return kExitOk;
}

int RunArticlesDelete(const GlobalOptions& g, const ArticlesFlags& f) {
  ServerConnection conn(g);
  policy::v1::DeleteArticleRequest req;
  req.set_name(WithPrefix("articles", f.id));
  grpc::ClientContext ctx;
  conn.Prepare(ctx);
  policy::v1::DeleteArticleResponse resp;
  grpc::Status status = conn.stub().DeleteArticle(&ctx, req, &resp);
  if (!status.ok()) return ReportRpcError(g, absl::StrCat("articles delete ", f.id), status);
  if (g.format == OutputFormat::kJson) {
    std::cout << ToJson(resp) << "\n";
  } else {
    std::cout << "deleted " << req.name() << " and its " << resp.deleted_statements()
              << " statements; corpus revision " << resp.corpus_revision() << "\n";
  }
  return kExitOk;
}

// ---- speakers ----

struct SpeakersFlags {
  ListFlags list;
  std::string organization;
  std::string query;
  bool named_only = false;
  std::string id;
  std::string new_name;
  std::string target;
  std::vector<std::string> sources;
  std::vector<std::string> articles;       // split: articles whose statements move
  std::vector<std::string> organizations;  // split: of the new speaker
};

int PrintSpeaker(const GlobalOptions& g, const Speaker& s) {
  if (g.format == OutputFormat::kJson) {
    std::cout << ToJson(s) << "\n";
  } else {
    std::cout << RenderTable(SpeakerDetailTable(s), g.format);
  }
  return kExitOk;
}

int RunSpeakersList(const GlobalOptions& g, const SpeakersFlags& f) {
  ServerConnection conn(g);
  policy::v1::ListSpeakersResponse merged;
  grpc::Status status = CollectPages(
      f.list.limit, f.list.page_size,
      [&](const std::string& token, int size, policy::v1::ListSpeakersResponse* page) {
        policy::v1::ListSpeakersRequest req;
        req.set_page_size(size);
        req.set_page_token(token);
        req.set_organization(f.organization);
        req.set_query(f.query);
        req.set_named_only(f.named_only);
        grpc::ClientContext ctx;
        conn.Prepare(ctx);
        return conn.stub().ListSpeakers(&ctx, req, page);
      },
      [](auto& r) -> auto& { return *r.mutable_speakers(); }, &merged);
  if (!status.ok()) return ReportRpcError(g, "speakers list", status);
  if (g.format == OutputFormat::kJson) {
    std::cout << ToJson(merged) << "\n";
  } else {
    std::cout << RenderTable(SpeakersTable(ToVector(merged.speakers())), g.format);
    std::cerr << PageNote(merged.speakers_size(), merged.total_size());
  }
  return kExitOk;
}

int RunSpeakersShow(const GlobalOptions& g, const SpeakersFlags& f) {
  ServerConnection conn(g);
  policy::v1::GetSpeakerRequest req;
  req.set_name(WithPrefix("speakers", f.id));
  grpc::ClientContext ctx;
  conn.Prepare(ctx);
  Speaker s;
  grpc::Status status = conn.stub().GetSpeaker(&ctx, req, &s);
  if (!status.ok()) return ReportRpcError(g, absl::StrCat("speakers show ", f.id), status);
  return PrintSpeaker(g, s);
}

int RunSpeakersRename(const GlobalOptions& g, const SpeakersFlags& f) {
  ServerConnection conn(g);
  policy::v1::UpdateSpeakerRequest req;
  req.set_name(WithPrefix("speakers", f.id));
  req.set_display_name(f.new_name);
  grpc::ClientContext ctx;
  conn.Prepare(ctx);
  Speaker s;
  grpc::Status status = conn.stub().UpdateSpeaker(&ctx, req, &s);
  if (!status.ok()) return ReportRpcError(g, absl::StrCat("speakers rename ", f.id), status);
  return PrintSpeaker(g, s);
}

int RunSpeakersMerge(const GlobalOptions& g, const SpeakersFlags& f) {
  ServerConnection conn(g);
  policy::v1::MergeSpeakersRequest req;
  req.set_target(WithPrefix("speakers", f.target));
  for (const auto& s : f.sources) req.add_sources(WithPrefix("speakers", s));
  grpc::ClientContext ctx;
  conn.Prepare(ctx);
  Speaker s;
  grpc::Status status = conn.stub().MergeSpeakers(&ctx, req, &s);
  if (!status.ok()) return ReportRpcError(g, absl::StrCat("speakers merge ", f.target), status);
  return PrintSpeaker(g, s);
}

int RunSpeakersSplit(const GlobalOptions& g, const SpeakersFlags& f) {
  ServerConnection conn(g);
  policy::v1::SplitSpeakerRequest req;
  req.set_name(WithPrefix("speakers", f.id));
  for (const auto& a : f.articles) req.add_articles(WithPrefix("articles", a));
  req.set_display_name(f.new_name);
  for (const auto& o : f.organizations) req.add_organizations(o);
  grpc::ClientContext ctx;
  conn.Prepare(ctx);
  Speaker s;
  grpc::Status status = conn.stub().SplitSpeaker(&ctx, req, &s);
  if (!status.ok()) return ReportRpcError(g, absl::StrCat("speakers split ", f.id), status);
  return PrintSpeaker(g, s);
}

// ---- statements ----

struct StatementsFlags {
  ListFlags list;
  std::string query;
  std::string speaker;
  std::string organization;
  std::string article;
  std::vector<std::string> kinds;
};

int RunStatementsSearch(const GlobalOptions& g, const StatementsFlags& f) {
  std::vector<policy::v1::StatementKind> kinds;
  for (const auto& k : f.kinds) {
    auto kind = ParseKind(k);
    if (!kind.ok()) return Fail(kExitUsage, absl::StrCat("--kind: ", kind.status().message()));
    kinds.push_back(*kind);
  }
  ServerConnection conn(g);
  policy::v1::SearchStatementsResponse merged;
  grpc::Status status = CollectPages(
      f.list.limit, f.list.page_size,
      [&](const std::string& token, int size, policy::v1::SearchStatementsResponse* page) {
        policy::v1::SearchStatementsRequest req;
        req.set_query(f.query);
        req.set_speaker(f.speaker);
        req.set_organization(f.organization);
        req.set_article(f.article);
        for (auto k : kinds) req.add_kinds(k);
        req.set_page_size(size);
        req.set_page_token(token);
        grpc::ClientContext ctx;
        conn.Prepare(ctx);
        return conn.stub().SearchStatements(&ctx, req, page);
      },
      [](auto& r) -> auto& { return *r.mutable_statements(); }, &merged);
  if (!status.ok()) return ReportRpcError(g, "statements search", status);
  if (g.format == OutputFormat::kJson) {
    std::cout << ToJson(merged) << "\n";
  } else {
    std::cout << RenderTable(StatementsTable(ToVector(merged.statements())), g.format);
    std::cerr << PageNote(merged.statements_size(), merged.total_size());
  }
  return kExitOk;
}

// ---- info ----

int RunInfo(const GlobalOptions& g) {
  ServerConnection conn(g);
  grpc::ClientContext ctx;
  conn.Prepare(ctx);
  policy::v1::CorpusInfo info;
  grpc::Status status = conn.stub().GetCorpusInfo(&ctx, {}, &info);
  if (!status.ok()) return ReportRpcError(g, "info", status);
  if (g.format == OutputFormat::kJson) {
    std::cout << ToJson(info) << "\n";
    return kExitOk;
  }
  Table t({"field", "value"});
  t.AddRow({"server", g.server});
  t.AddRow({"server_version", info.server_version()});
  t.AddRow({"store", info.store()});
  t.AddRow({"schema_version", absl::StrCat(info.schema_version())});
  t.AddRow({"revision", absl::StrCat(info.revision())});
  t.AddRow({"articles", absl::StrCat(info.article_count())});
  t.AddRow({"statements", absl::StrCat(info.statement_count())});
  t.AddRow({"speakers", absl::StrCat(info.speaker_count())});
  t.AddRow({"organizations", absl::StrCat(info.organization_count())});
  std::cout << RenderTable(t, g.format);
  return kExitOk;
}

}  // namespace

void AddCorpusCommands(CLI::App& app, const GlobalOptions& g, CommandRegistry& commands) {
  // articles
  auto af = std::make_shared<ArticlesFlags>();
  CLI::App* articles = app.add_subcommand("articles", "List, show or delete stored articles");
  articles->require_subcommand(1);
  CLI::App* alist = articles->add_subcommand("list", "List articles ordered by id");
  AddListFlags(alist, &af->list);
  alist->add_option("--source", af->source, "Only articles from this outlet");
  commands.Add(alist, [&g, af] { return RunArticlesList(g, *af); });
  CLI::App* ashow = articles->add_subcommand("show", "Show one article with its text");
  ashow->add_option("id", af->id, "Article id or articles/{id}")->required();
  ashow->add_flag("--no-text", af->no_text, "Metadata only");
  commands.Add(ashow, [&g, af] { return RunArticlesShow(g, *af); });
  CLI::App* adelete = articles->add_subcommand("delete", "Delete an article and its statements");
  adelete->add_option("id", af->id, "Article id or articles/{id}")->required();
  commands.Add(adelete, [&g, af] { return RunArticlesDelete(g, *af); });

  // speakers
  auto sf = std::make_shared<SpeakersFlags>();
  CLI::App* speakers =
      app.add_subcommand("speakers", "List speakers (default), or show/rename/merge/split one");
  // `speakers` alone lists, as `speakers list` does, with the same flags.
  auto add_list_flags = [sf](CLI::App* cmd) {
    AddListFlags(cmd, &sf->list);
    cmd->add_option("--organization", sf->organization, "Only speakers of this organization");
    cmd->add_option("--query", sf->query, "Only names/aliases containing this text");
    cmd->add_flag("--named-only", sf->named_only,
                  "Leave out speakers known only by a description in one article "
                  "(\"officials\")");
  };
  add_list_flags(speakers);
  commands.Add(speakers, [&g, sf] { return RunSpeakersList(g, *sf); });
  CLI::App* slist = speakers->add_subcommand("list", "List speakers, most statements first");
  add_list_flags(slist);
  commands.Add(slist, [&g, sf] { return RunSpeakersList(g, *sf); });
  CLI::App* sshow = speakers->add_subcommand("show", "Show one speaker");
  sshow->add_option("id", sf->id, "Speaker id or speakers/{id}")->required();
  commands.Add(sshow, [&g, sf] { return RunSpeakersShow(g, *sf); });
  CLI::App* srename =
      speakers->add_subcommand("rename", "Rename a speaker (the old name becomes an alias)");
  srename->add_option("id", sf->id, "Speaker id")->required();
  srename->add_option("name", sf->new_name, "New display name")->required();
  commands.Add(srename, [&g, sf] { return RunSpeakersRename(g, *sf); });
  CLI::App* smerge =
      speakers->add_subcommand("merge", "Merge SOURCE speakers into TARGET (statements move)");
  smerge->add_option("target", sf->target, "Speaker that remains")->required();
  smerge->add_option("sources", sf->sources, "Speakers merged into the target")->required();
  commands.Add(smerge, [&g, sf] { return RunSpeakersMerge(g, *sf); });
  CLI::App* ssplit = speakers->add_subcommand(
      "split", "Move a speaker's statements in ARTICLES to a new speaker (namesakes joined)");
  ssplit->add_option("id", sf->id, "Speaker to split")->required();
  ssplit->add_option("articles", sf->articles, "Articles whose statements move")->required();
  ssplit->add_option("--name", sf->new_name, "Display name of the new speaker (default: the same)");
  ssplit->add_option("--organization", sf->organizations,
                     "Organization of the new speaker (repeatable): tells the namesakes apart "
                     "in later articles");
  commands.Add(ssplit, [&g, sf] { return RunSpeakersSplit(g, *sf); });

  // statements
  auto tf = std::make_shared<StatementsFlags>();
  CLI::App* statements = app.add_subcommand("statements", "Search extracted statements");
  statements->require_subcommand(1);
  CLI::App* search = statements->add_subcommand(
      "search", "Full-text search (stemmed; \"phrases\", OR, NOT, prefix*) with filters");
  search->add_option("query", tf->query, "Words to find; empty = all statements");
  search->add_option("--speaker", tf->speaker, "Only this speaker (id or name)");
  search->add_option("--organization", tf->organization, "Only speakers of this organization");
  search->add_option("--article", tf->article, "Only this article (id)");
  search->add_option("--kind", tf->kinds, "direct|indirect|mixed (repeatable)");
  AddListFlags(search, &tf->list);
  commands.Add(search, [&g, tf] { return RunStatementsSearch(g, *tf); });

  CLI::App* info = app.add_subcommand("info", "Corpus counts, revision and server version");
  commands.Add(info, [&g] { return RunInfo(g); });
}

}  // namespace policyctl
