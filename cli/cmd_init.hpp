#pragma once
// `dipgraph init`: create or migrate the database.

#include "cli/command.hpp"

namespace dipgraph::cli {

class InitCommand : public Command {
 public:
  std::string_view name() const override { return "init"; }
  std::string_view description() const override {
    return "Create the database (or migrate an older one) and show what it holds";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;
};

}  // namespace dipgraph::cli
