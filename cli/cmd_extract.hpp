#pragma once
// `dipgraph extract FILE...`: the facts news articles report, printed, never stored.

#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "core/store.hpp"

namespace dipgraph::cli {

class ExtractCommand : public Command {
 public:
  std::string_view name() const override { return "extract"; }
  std::string_view description() const override {
    return "Print the events and roles news articles (plain text) report, without storing them";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  std::vector<std::string> files_;
  std::string date_;
};

/// The whole text of an article file, or of stdin for "-". Throws IoError when
/// it cannot be read, InputError when it is larger than 256 MiB.
std::string read_article_text(const std::string& path);

/// The store `extract` reads names from: --db read-only when that file exists
/// (so people added by the user resolve), else a fresh in-memory gazetteer.
core::Store open_extract_store(const GlobalOptions& globals);

}  // namespace dipgraph::cli
