#include "cli/cmd_extract.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <sstream>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <sqlite3.h>

#include "cli/command_support.hpp"
#include "cli/fact_json.hpp"
#include "cli/io_error.hpp"
#include "cli/output_table.hpp"
#include "core/error.hpp"
#include "core/store_image/builtin_store_image.hpp"
#include "importers/article/extractor.hpp"

namespace dipgraph::cli {
namespace {

constexpr std::size_t kMaxArticleBytes = std::size_t{256} << 20;

struct FileCloser {
  int fd;
  ~FileCloser() { ::close(fd); }
};

std::string actor_label(const importers::article::ActorRef& actor) {
  if (actor.kind == core::ActorKind::person) {
    return actor.name + (actor.state ? " (" + *actor.state + ")" : "");
  }
  return actor.code;
}

std::string date_label(const importers::article::Fact& fact) {
  std::string label = fact.date.to_string();
  if (fact.date_end) label += ".." + fact.date_end->to_string();
  if (fact.date_inferred) label += "?";
  return label;
}

}  // namespace

std::string read_article_text(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    if (std::cin.bad()) throw IoError("stdin: cannot read");
    std::string text = std::move(buffer).str();
    if (text.size() > kMaxArticleBytes) throw InputError(path, 0, "too large for an article (at most 256 MiB)");
    return text;
  }
  // One open, fstat and read: extract reads thousands of small files, and
  // stat calls and stream buffers cost more than the reading.
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    const int error = errno;
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode)) throw IoError(path + ": is a directory");
    throw IoError(path + ": cannot read: " + std::strerror(error));
  }
  const FileCloser closer{fd};
  struct stat info {};
  const bool regular = ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode);
  if (!regular && S_ISDIR(info.st_mode)) throw IoError(path + ": is a directory");
  if (regular && static_cast<std::size_t>(info.st_size) > kMaxArticleBytes) {
    throw InputError(path, 0,
                     "too large for an article (" + std::to_string(static_cast<std::size_t>(info.st_size) >> 20) +
                         " MiB; at most 256 MiB)");
  }
  std::string text;
  if (regular) text.reserve(static_cast<std::size_t>(info.st_size));
  char chunk[65536];
  while (text.size() <= kMaxArticleBytes) {
    const ssize_t got = ::read(fd, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) throw IoError(path + ": cannot read");
    if (got == 0) break;
    text.append(chunk, static_cast<std::size_t>(got));
  }
  if (text.size() > kMaxArticleBytes) throw InputError(path, 0, "too large for an article (at most 256 MiB)");
  return text;
}

/// The database named by --db when it exists and can be read as it is; else the
/// built-in gazetteer. A database this dipgraph cannot read without writing to it
/// (an older schema, never initialised) is not upgraded behind the user's back:
/// extract notes it and reads names through the built-in gazetteer.
core::Store open_extract_store(const GlobalOptions& globals) {
  std::error_code error;
  if (!globals.db.empty() && std::filesystem::exists(globals.db, error)) {
    try {
      return open_store(globals, core::OpenMode::read_only);
    } catch (const StoreError& e) {
      if (e.sqlite_code() != SQLITE_READONLY) throw;
      std::cerr << "dipgraph: note: " << e.what() << "; extract uses the built-in gazetteer instead\n";
    }
  }
  return core::Store::open_in_memory(core::builtin_store_image());
}

void ExtractCommand::configure(CLI::App& app) {
  app.add_option("FILE", files_, "article files (plain text); - reads stdin")->required()->type_name("FILE");
  add_date_option(app, "--date", date_, "publication date, overriding the one the text gives");
  app.footer(
      "Reads each article (headline, byline or date line, body), finds the states, people\n"
      "and organisations it names and the visits, meetings, agreements, sanctions, support,\n"
      "aid, conflicts, threats, rejections and roles it reports, and prints them: one JSON\n"
      "object a line with --format jsonl (article, type, source, target, date, date_end,\n"
      "precision, confidence, sentence, evidence), or a table. Writes nothing; names resolve\n"
      "through --db when that database exists, else (or when its schema is older than\n"
      "this dipgraph's: a note says so) through the built-in gazetteer.\n"
      "A file that is empty, binary or not an article is reported on stderr (exit 3); the\n"
      "other files are still printed.\n"
      "Examples:\n"
      "  dipgraph extract article.txt\n"
      "  dipgraph extract --format jsonl --date 2024-11-28 a.txt b.txt > facts.jsonl");
}

ExitCode ExtractCommand::run(const GlobalOptions& globals) {
  require_format(globals, {OutputFormat::table, OutputFormat::jsonl, OutputFormat::json}, name());
  const std::optional<core::Date> date = date_argument(date_);
  const core::Store store = open_extract_store(globals);
  const importers::article::Extractor extractor(store);
  Table table({{"ARTICLE"}, {"TYPE"}, {"SOURCE"}, {"TARGET"}, {"DATE"}, {"CONF", Align::right}, {"EVIDENCE"}});
  Json all = Json::array();
  int rejected = 0;
  for (const auto& path : files_) {
    const std::string text = read_article_text(path);
    const std::string id = path == "-" ? std::string("stdin") : importers::article::article_id(path);
    importers::article::ArticleFacts article;
    try {
      article = extractor.extract(text, id, date);
    } catch (const InputError& e) {
      std::cerr << (path == "-" ? std::string("stdin") : path) << ": " << e.what() << '\n';
      ++rejected;
      continue;
    }
    if (article.mentions == 0 && !globals.quiet) {
      std::cerr << path << ": warning: no state, person or organisation named; no facts\n";
    }
    std::string lines;  // the article's jsonl, written at once
    for (const auto& fact : article.facts) {
      switch (globals.format) {
        case OutputFormat::jsonl: append_fact_jsonl(lines, id, fact); break;
        case OutputFormat::json: all.push_back(fact_json(id, fact)); break;
        default: {
          char confidence[16];
          std::snprintf(confidence, sizeof confidence, "%.2f", fact.confidence);
          std::string evidence = fact.evidence.empty() ? std::string() : fact.evidence.front().text;
          if (fact.type == "role") evidence = "[" + fact.title + "] " + evidence;
          table.add_row({id, fact.type, actor_label(fact.source), actor_label(fact.target), date_label(fact),
                         confidence, evidence});
        }
      }
    }
    std::cout << lines;
    std::cout.flush();
  }
  if (globals.format == OutputFormat::json) write_json(std::cout, all);
  if (globals.format == OutputFormat::table) table.print(std::cout);
  if (!std::cout) throw IoError("stdout: cannot write");
  if (rejected == 0) return ExitCode::success;
  std::cerr << "dipgraph: error: extract: " << rejected << " of " << files_.size()
            << (files_.size() == 1 ? " file" : " files")
            << " rejected (see above); give plain-text news articles (UTF-8)\n";
  return ExitCode::input_rejected;
}

}  // namespace dipgraph::cli
