#pragma once
// `dipgraph actors`: list the known actors.

#include <string>

#include "cli/command.hpp"

namespace dipgraph::cli {

class ActorsCommand : public Command {
 public:
  std::string_view name() const override { return "actors"; }
  std::string_view description() const override {
    return "List the known actors (states, people, organisations) by code";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  std::string kind_;
};

}  // namespace dipgraph::cli
