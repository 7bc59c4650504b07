#pragma once
// `dipgraph actor NAME`: one actor's profile.

#include <string>

#include "cli/command.hpp"

namespace dipgraph::cli {

class ActorCommand : public Command {
 public:
  std::string_view name() const override { return "actor"; }
  std::string_view description() const override {
    return "Show one actor: code, names, roles, memberships, events by type, top partners";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  std::string name_;
};

}  // namespace dipgraph::cli
