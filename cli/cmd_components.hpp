#pragma once
// `dipgraph components`: the groups of actors linked by events, directly or
// through others.

#include "cli/cmd_centrality.hpp"
#include "cli/command.hpp"

namespace dipgraph::cli {

class ComponentsCommand : public Command {
 public:
  std::string_view name() const override { return "components"; }
  std::string_view description() const override {
    return "Connected components: groups of actors linked by events, largest first";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  GraphWindowArguments window_;
};

}  // namespace dipgraph::cli
