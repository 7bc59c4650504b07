// dipgraph: the executable. All of the command line lives in cli/app.cpp.
#include <string>
#include <vector>

#include "cli/app.hpp"

int main(int argc, char** argv) {
  return dipgraph::cli::run_app(std::vector<std::string>(argv + 1, argv + argc));
}
