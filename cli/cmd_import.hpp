#pragma once
// `dipgraph import facts|roles FILE...`: load curated files into the store.

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace dipgraph::cli {

class ImportCommand : public Command {
 public:
  std::string_view name() const override { return "import"; }
  std::string_view description() const override {
    return "Import fact files (events) or role files into the database";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  CLI::App* facts_ = nullptr;
  CLI::App* roles_ = nullptr;
  std::vector<std::string> files_;
  bool strict_ = false;
};

}  // namespace dipgraph::cli
