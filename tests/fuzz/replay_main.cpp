// Runs a fuzz target's LLVMFuzzerTestOneInput on given inputs, without
// libFuzzer: so that every build compiles the targets and ctest replays their
// seeds and every input that once crashed one (tests/fuzz/regressions/TARGET),
// under the sanitizers in the ASan build.
//   replay_TARGET [--lines] PATH...
// A PATH is a file (one input) or a directory (its files, recursively, in name
// order). With --lines, each line of each file is an input of its own, as the
// line-based targets (date, resolver, question) take them. The empty input is
// always run too. Prints how many inputs ran; a crash ends the process.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void run_one(std::string_view input) {
  // A copy of its own, as libFuzzer gives: reading past it is an ASan report.
  const std::vector<std::uint8_t> bytes(input.begin(), input.end());
  LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
}

std::vector<std::filesystem::path> files_under(const std::filesystem::path& path) {
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(path)) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
      if (entry.is_regular_file()) files.push_back(entry.path());
    }
    std::sort(files.begin(), files.end());
  } else {
    files.push_back(path);
  }
  return files;
}

}  // namespace

int main(int argc, char** argv) {
  bool lines = false;
  std::vector<std::filesystem::path> files;
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg(argv[i]);
    if (arg == "--lines") {
      lines = true;
      continue;
    }
    if (!std::filesystem::exists(arg)) {
      std::cerr << argv[0] << ": no such file or directory: " << arg << "\n";
      return 2;
    }
    for (auto& file : files_under(arg)) files.push_back(std::move(file));
  }
  long long inputs = 0;
  run_one("");
  ++inputs;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (!lines) {
      run_one(content);
      ++inputs;
      continue;
    }
    std::istringstream stream(content);
    for (std::string line; std::getline(stream, line); ++inputs) run_one(line);
  }
  std::cout << inputs << " inputs from " << files.size() << " files\n";
  return 0;
}
