#pragma once
// `dipgraph import facts|roles|article|gdelt|icews FILE...`: load files into the store.

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace dipgraph::cli {

class ImportCommand : public Command {
 public:
  std::string_view name() const override { return "import"; }
  std::string_view description() const override {
    return "Import fact files, role files, articles, or GDELT and ICEWS event datasets";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  ExitCode run_article(const GlobalOptions& globals);
  /// `import gdelt` and `import icews`: FILE..., --strict and --batch.
  CLI::App* add_dataset_subcommand(CLI::App& app, const char* name, const char* summary,
                                   const char* files_help);
  CLI::App* facts_ = nullptr;
  CLI::App* roles_ = nullptr;
  CLI::App* article_ = nullptr;
  CLI::App* gdelt_ = nullptr;
  CLI::App* icews_ = nullptr;
  long long batch_rows_ = 50'000;
  std::vector<std::string> files_;
  std::string article_date_;
  std::string article_id_;
  bool strict_ = false;
};

}  // namespace dipgraph::cli
