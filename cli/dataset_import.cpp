#include "cli/dataset_import.hpp"

#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/io_error.hpp"
#include "cli/output_text.hpp"
#include "core/error.hpp"
#include "importers/gdelt/gdelt_importer.hpp"
#include "importers/icews/icews_importer.hpp"

namespace dipgraph::cli {
namespace {

std::string_view dataset_name(Dataset dataset) {
  switch (dataset) {
    case Dataset::gdelt: break;
    case Dataset::icews: return "icews";
  }
  return "gdelt";
}

/// "rows/s, %, ETA" on one rewritten stderr line; only on a terminal.
class ProgressLine {
 public:
  ProgressLine(const std::string& path, bool enabled)
      : label_(path == "-" ? std::string("stdin") : path), enabled_(enabled),
        start_(std::chrono::steady_clock::now()) {}

  void update(long long bytes, long long size, long long rows) {
    if (!enabled_) return;
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    const double rate = seconds > 0 ? static_cast<double>(rows) / seconds : 0;
    std::fprintf(stderr, "\r%s: %lld rows, %.0f rows/s", label_.c_str(), rows, rate);
    if (size > 0 && bytes > 0) {
      const double done = static_cast<double>(bytes) / static_cast<double>(size);
      const double eta = done > 0 ? seconds * (1 - done) / done : 0;
      std::fprintf(stderr, ", %.1f%%, ETA %d:%02d", 100 * done, static_cast<int>(eta) / 60,
                   static_cast<int>(eta) % 60);
    }
    std::fprintf(stderr, "\033[K");
    std::fflush(stderr);
    shown_ = true;
  }

  void clear() {
    if (shown_) std::fprintf(stderr, "\r\033[K");
    shown_ = false;
  }

 private:
  std::string label_;
  bool enabled_;
  std::chrono::steady_clock::time_point start_;
  bool shown_ = false;
};

void print_summary(const importers::ImportReport& report, const std::string& label, bool quiet) {
  for (const auto& warning : report.warnings) std::cerr << label << ": warning: " << warning << '\n';
  for (const auto& problem : report.problems) {
    std::cerr << label << ':' << problem.line << ": " << one_line(problem.reason) << '\n';  // quotes the row
  }
  if (report.skipped > static_cast<long long>(report.problems.size())) {
    std::cerr << label << ": " << report.skipped - static_cast<long long>(report.problems.size())
              << " more malformed rows not listed\n";
  }
  if (quiet) return;
  long long out = 0;
  for (const auto& [reason, rows] : report.out_of_scope) out += rows;
  std::cerr << label << ": " << report.rows << " rows: " << report.added << " added, " << report.merged
            << " merged, " << report.unchanged << " unchanged, " << report.skipped << " malformed, " << out
            << " out of scope";
  if (report.stopped) std::cerr << "; stopped at the first malformed row (--strict), earlier batches kept";
  std::cerr << '\n';
  for (const auto& [reason, rows] : report.out_of_scope) {
    std::cerr << label << ":   " << rows << (rows == 1 ? " row " : " rows ") << reason << '\n';
  }
}

}  // namespace

ExitCode import_datasets(core::Store& store, const DatasetImportArgs& args) {
  const std::string command = "import " + std::string(dataset_name(args.dataset));
  const bool terminal = !args.quiet && ::isatty(STDERR_FILENO) == 1;
  long long malformed = 0;
  int files_with_problems = 0;
  int rejected_files = 0;
  for (const auto& path : args.files) {
    if (path != "-") {
      std::error_code error;
      if (std::filesystem::is_directory(path, error)) throw IoError(path + ": is a directory");
      std::ifstream file(path, std::ios::binary);
      if (!file) throw IoError(path + ": cannot read: " + std::strerror(errno));
    }
    const std::string label = path == "-" ? std::string("stdin") : path;
    ProgressLine progress(path, terminal);
    importers::DatasetImportOptions options;
    options.strict = args.strict;
    options.batch_rows = args.batch_rows;
    options.progress = [&progress](long long bytes, long long size, long long rows) {
      progress.update(bytes, size, rows);
    };
    try {
      const importers::ImportReport report = args.dataset == Dataset::icews
                                                 ? importers::import_icews(store, path, options)
                                                 : importers::import_gdelt(store, path, options);
      progress.clear();
      print_summary(report, label, args.quiet);
      if (report.skipped > 0) {
        malformed += report.skipped;
        ++files_with_problems;
      }
    } catch (const InputError& error) {
      progress.clear();
      std::cerr << error.what() << '\n';
      ++rejected_files;
    }
  }
  if (malformed == 0 && rejected_files == 0) return ExitCode::success;
  std::cerr << "dipgraph: error: " << command << ": ";
  if (rejected_files > 0) {
    std::cerr << rejected_files << (rejected_files == 1 ? " file" : " files")
              << " rejected and not imported";
    if (malformed > 0) std::cerr << ", ";
  }
  if (malformed > 0) {
    std::cerr << malformed << (malformed == 1 ? " malformed row" : " malformed rows") << " in "
              << files_with_problems << (files_with_problems == 1 ? " file" : " files")
              << (args.strict ? " (--strict: stopped there)" : "; the other rows were imported");
  }
  std::cerr << "; fix the input named above and import again (stored rows are not duplicated)\n";
  return ExitCode::input_rejected;
}

}  // namespace dipgraph::cli
