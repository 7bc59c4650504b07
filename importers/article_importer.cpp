#include "importers/article_importer.hpp"

namespace dipgraph::importers {
namespace {

/// The store code of a fact's actor, creating a person the store lacks.
std::string stored_code(core::Store& store, const article::ActorRef& actor) {
  if (actor.kind != core::ActorKind::person) return actor.code;
  if (store.find_actor(actor.code)) return actor.code;
  return store.ensure_person(actor.name, actor.state, core::Origin::article).code;
}

}  // namespace

ImportReport store_article_facts(core::Store& store, const article::ArticleFacts& article) {
  ImportReport report;
  report.file = article.document.id;
  core::Store::Transaction transaction(store);
  core::Document document;
  document.kind = "article";
  document.key = article.document.id;
  document.uri = article.url;
  if (!article.document.headline.empty()) document.title = article.document.headline;
  if (article.document.published) document.published = article.document.published->to_string();
  const long long document_id = store.ensure_document(document);
  for (const auto& fact : article.facts) {
    ++report.rows;
    if (fact.type == "role") {
      const std::string person = stored_code(store, fact.source);
      bool held = false;
      for (const auto& role : store.roles_of(person)) {
        if (role.state_code == fact.target.code && role.title == fact.title) held = true;
      }
      if (held) {
        ++report.unchanged;
        continue;
      }
      core::Role role;
      role.person_code = person;
      role.person_name = fact.source.name;
      role.title = fact.title;
      role.state_code = fact.target.code;
      role.start = fact.date;
      role.source = "article " + article.document.id;
      role.origin = core::Origin::article;
      if (store.add_role(role)) {
        ++report.added;
      } else {
        ++report.unchanged;
      }
      continue;
    }
    core::NewEvent event;
    event.type = fact.type;
    event.source_code = stored_code(store, fact.source);
    event.target_code = stored_code(store, fact.target);
    event.date = fact.date;
    event.date_end = fact.date_end;
    event.confidence = fact.confidence;
    event.evidence = fact.evidence.front().text;
    bool first = true;
    for (const auto& evidence : fact.evidence) {
      core::Provenance provenance;
      provenance.url = article.url;
      provenance.title = document.title;
      provenance.published = document.published;
      provenance.evidence = evidence.text;
      provenance.note = "article " + article.document.id + (fact.date_inferred ? ", date inferred" : "");
      provenance.sentence = evidence.sentence;
      const core::AddEventResult result = store.add_event(event, document_id, provenance);
      if (first) {
        if (result.new_event) {
          ++report.added;
        } else if (result.new_source) {
          ++report.merged;
        } else {
          ++report.unchanged;
        }
      }
      first = false;
    }
  }
  transaction.commit();
  return report;
}

ImportReport import_article(core::Store& store, const article::Extractor& extractor, std::string_view text,
                            const std::string& id, std::optional<core::Date> date) {
  const article::ArticleFacts article = extractor.extract(text, id, date);
  return store_article_facts(store, article);
}

}  // namespace dipgraph::importers
