#pragma once
// `dipgraph events`: list stored events, filtered.

#include <optional>
#include <string>
#include <vector>

#include "cli/command.hpp"

namespace dipgraph::cli {

class EventsCommand : public Command {
 public:
  std::string_view name() const override { return "events"; }
  std::string_view description() const override {
    return "List events, by date then id, filtered by actors, types and dates";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  std::vector<std::string> between_;
  std::string actor_;
  std::string from_;
  std::string to_;
  std::vector<std::string> types_;
  std::string since_;
  std::string until_;
  std::optional<long long> limit_;
  bool newest_first_ = false;
};

}  // namespace dipgraph::cli
