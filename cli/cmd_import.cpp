#include "cli/cmd_import.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include <CLI/CLI.hpp>

#include "cli/cmd_extract.hpp"
#include "cli/command_support.hpp"
#include "cli/dataset_import.hpp"
#include "cli/io_error.hpp"
#include "cli/output_text.hpp"
#include "importers/article/extractor.hpp"
#include "importers/article_importer.hpp"
#include "importers/facts_importer.hpp"
#include "importers/roles_importer.hpp"

namespace dipgraph::cli {
namespace {

/// Unreadable files are I/O failures (exit 4), told apart from files the
/// importer reads and rejects (exit 3).
void check_readable(const std::string& path) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) throw IoError(path + ": is a directory");
  std::ifstream file(path, std::ios::binary);
  if (!file) throw IoError(path + ": cannot read: " + std::strerror(errno));
}

void print_report(const importers::ImportReport& report, const std::string& path, bool quiet) {
  for (const auto& warning : report.warnings) std::cerr << path << ": warning: " << warning << '\n';
  // Reasons quote the rejected text: one line each, no terminal escapes.
  for (const auto& problem : report.problems) {
    const std::string& file = problem.file.empty() ? path : problem.file;
    if (problem.line > 0) {
      std::cerr << file << ':' << problem.line << ": " << one_line(problem.reason) << '\n';
    } else {
      std::cerr << file << ": " << one_line(problem.reason) << '\n';
    }
  }
  if (quiet) return;
  if (report.rolled_back) {
    std::cerr << path << ": nothing imported (--strict): " << report.skipped << " bad of "
              << report.rows << " rows\n";
    return;
  }
  std::cerr << path << ": " << report.added << " added, " << report.merged << " merged, "
            << report.unchanged << " unchanged, " << report.skipped << " skipped\n";
}

void configure_file_options(CLI::App& sub, std::vector<std::string>& files, bool& strict) {
  sub.add_option("FILE", files, "files to import, each in its own transaction")
      ->required()
      ->type_name("FILE");
  sub.add_flag("--strict", strict,
               "a file with any bad row is not imported at all (default: import the good rows)");
}

}  // namespace

CLI::App* ImportCommand::add_dataset_subcommand(CLI::App& app, const char* name, const char* summary,
                                                const char* files_help) {
  CLI::App* command = app.add_subcommand(name, summary);
  command->add_option("FILE", files_, files_help)->required()->type_name("FILE");
  command->add_flag("--strict", strict_, "stop at the first malformed row (default: report it and go on)");
  command->add_option("--batch", batch_rows_, "rows per transaction (default 50000)")
      ->check(CLI::Range(1LL, 100'000'000LL))
      ->type_name("ROWS");
  return command;
}

void ImportCommand::configure(CLI::App& app) {
  app.require_subcommand(1);
  facts_ = app.add_subcommand("facts", "Import fact files (CSV or JSON Lines) as events");
  configure_file_options(*facts_, files_, strict_);
  facts_->footer(
      "Prints per file on stderr `FILE: A added, M merged, U unchanged, S skipped`, and each\n"
      "rejected row as `FILE:LINE: reason`. Re-importing a file adds nothing. Exit code 3\n"
      "when any row was skipped (with --strict: that file was not imported).\n"
      "Example:\n"
      "  dipgraph import facts visits-2024.csv statements.jsonl");
  roles_ = app.add_subcommand("roles",
                              "Import role files (CSV: person, title, state, start, end[, source])");
  configure_file_options(*roles_, files_, strict_);
  roles_->footer(
      "Unknown people are created, with the role's state as home state. Output and exit\n"
      "codes as for `import facts`.\n"
      "Example:\n"
      "  dipgraph import roles ministers.csv");
  article_ = app.add_subcommand("article", "Import news articles (plain text): extracted events and roles");
  article_->add_option("FILE", files_, "article files, each in its own transaction; - reads stdin")
      ->required()
      ->type_name("FILE");
  add_date_option(*article_, "--date", article_date_, "publication date, overriding the one the text gives");
  article_->add_option("--id", article_id_, "article id (default: the file name without extension; stdin: stdin)")
      ->type_name("ID");
  article_->footer(
      "Stores what `dipgraph extract` prints, with the article as provenance (headline, date,\n"
      "URL, sentence). Each article is one transaction; importing it again adds nothing, and\n"
      "an event two articles report is one event with two sources. Unknown people the text\n"
      "titles are created with their roles. A file that is not an article is rejected\n"
      "(exit 3) and nothing of it is written.\n"
      "Example:\n"
      "  dipgraph import article lukashenko-visit.txt\n"
      "  curl -s URL | html2text | dipgraph import article --id tribune-2024-11-28 -");
  gdelt_ = add_dataset_subcommand(app, "gdelt", "Import GDELT event exports (1.0 or 2.0, tab-separated)",
                                  "GDELT event files or .zip exports, read in batches; - reads stdin");
  gdelt_->footer(
      "Reads GDELT 2.0 (61 columns) and 1.0 (57 or 58 columns) event exports, told apart by\n"
      "the column count. Actor country codes become states, known-group codes (UNO, NAT,\n"
      "EEC, ...) organisations; EventCode gives the type (docs/cameo.md) and stays on the\n"
      "event; GoldsteinScale is the weight, SQLDATE the date, SOURCEURL the provenance.\n"
      "GLOBALEVENTID is the dedup key: importing a file again, or again after an\n"
      "interruption, changes nothing more. Rows with the same date, actors and code merge\n"
      "into one event with one source per row. Rows without two state or organisation\n"
      "actors, or with one actor on both sides, are counted per reason in the summary.\n"
      "Prints per file on stderr `FILE: R rows: A added, M merged, U unchanged, B malformed,\n"
      "O out of scope`, each malformed row as `FILE:LINE: reason`, and on a terminal a\n"
      "progress line. Exit code 3 when a row was malformed or a file was not a GDELT export.\n"
      "Example:\n"
      "  dipgraph import gdelt 20240101.export.CSV.zip 20240102.export.CSV.zip\n"
      "  gzip -dc events.tsv.gz | dipgraph import gdelt -");
  icews_ = add_dataset_subcommand(app, "icews", "Import ICEWS coded event files (tab-separated, with a header)",
                                  "ICEWS event files (or a .zip of one), read in batches; - reads stdin");
  icews_->footer(
      "Reads ICEWS event files by their header (Event ID, Event Date, Source Name, Source\n"
      "Country, Event Text, CAMEO Code, Intensity, Target Name, Target Country, ...). Country\n"
      "names go through the gazetteer; named people become person actors of their country,\n"
      "other actors count as their country. NA is a missing value; M/D/YYYY dates are read;\n"
      "without a CAMEO Code column Event Text gives the code. Repeated rows, and the same\n"
      "event in two releases, are stored once. Rows without both countries, with an unknown\n"
      "country, or within one country are counted per reason. Output and exit codes as for\n"
      "`import gdelt`.\n"
      "Example:\n"
      "  dipgraph import icews events.2018.tab");
  app.footer(
      "Examples:\n"
      "  dipgraph import facts visits-2024.csv\n"
      "  dipgraph import gdelt 20240101.export.CSV\n"
      "  dipgraph import article news/*.txt\n"
      "  dipgraph import roles --strict ministers.csv");
}

ExitCode ImportCommand::run(const GlobalOptions& globals) {
  if (article_->parsed()) return run_article(globals);
  if (gdelt_->parsed() || icews_->parsed()) {
    core::Store store = open_store(globals, core::OpenMode::read_write);
    return import_datasets(store, {.dataset = gdelt_->parsed() ? Dataset::gdelt : Dataset::icews,
                                   .files = files_,
                                   .strict = strict_,
                                   .batch_rows = batch_rows_,
                                   .quiet = globals.quiet});
  }
  const bool facts = facts_->parsed();
  const std::string command = facts ? "import facts" : "import roles";
  core::Store store = open_store(globals, core::OpenMode::read_write);
  long long skipped = 0;
  int files_with_problems = 0;
  for (const auto& path : files_) {
    check_readable(path);
    const importers::ImportReport report =
        facts ? importers::import_facts(store, path, {.strict = strict_})
              : importers::import_roles(store, path, {.strict = strict_});
    print_report(report, path, globals.quiet);
    if (report.skipped > 0) {
      skipped += report.skipped;
      ++files_with_problems;
    }
  }
  if (skipped == 0) return ExitCode::success;
  std::cerr << "dipgraph: error: " << command << ": " << skipped << (skipped == 1 ? " row" : " rows")
            << " rejected in " << files_with_problems << (files_with_problems == 1 ? " file" : " files")
            << (strict_ ? "; files with rejected rows were not imported (--strict)" : "; the other rows were imported")
            << "; fix the rows listed above and import again (stored rows are not duplicated)\n";
  return ExitCode::input_rejected;
}

ExitCode ImportCommand::run_article(const GlobalOptions& globals) {
  if (!article_id_.empty() && files_.size() > 1) {
    throw UsageError("import article: --id names one article, but " + std::to_string(files_.size()) +
                     " files were given");
  }
  const std::optional<core::Date> date = date_argument(article_date_);
  core::Store store = open_store(globals, core::OpenMode::read_write);
  const importers::article::Extractor extractor(store);
  int rejected = 0;
  for (const auto& path : files_) {
    const std::string text = read_article_text(path);
    const std::string label = path == "-" ? std::string("stdin") : path;
    std::string id = article_id_;
    if (id.empty()) id = path == "-" ? std::string("stdin") : importers::article::article_id(path);
    try {
      const importers::ImportReport report = importers::import_article(store, extractor, text, id, date);
      if (!globals.quiet) {
        std::cerr << label << ": " << report.added << " added, " << report.merged << " merged, "
                  << report.unchanged << " unchanged (" << report.rows << " facts)\n";
      }
    } catch (const InputError& e) {
      std::cerr << label << ": " << one_line(e.what()) << '\n';
      ++rejected;
    }
  }
  if (rejected == 0) return ExitCode::success;
  std::cerr << "dipgraph: error: import article: " << rejected << " of " << files_.size()
            << (files_.size() == 1 ? " file" : " files")
            << " rejected and not imported (see above); give plain-text news articles (UTF-8)\n";
  return ExitCode::input_rejected;
}

}  // namespace dipgraph::cli
