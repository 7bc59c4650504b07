#pragma once
// `dipgraph ask "QUESTION"`: a plain-English question mapped onto another
// command (cli/question.hpp), which it prints and runs.

#include <string>
#include <vector>

#include "cli/command.hpp"

namespace dipgraph::cli {

class AskCommand : public Command {
 public:
  std::string_view name() const override { return "ask"; }
  std::string_view description() const override {
    return "Answer a plain-English question by running the command it maps to";
  }
  void configure(CLI::App& app) override;
  ExitCode run(const GlobalOptions& globals) override;

 private:
  std::vector<std::string> words_;  ///< the question, possibly given as several arguments
  bool dry_run_ = false;
};

}  // namespace dipgraph::cli
