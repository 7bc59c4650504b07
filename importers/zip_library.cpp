#include "importers/zip_library.hpp"

#include "core/shared_library.hpp"

namespace dipgraph::importers {

namespace {

ZipLibrary load(const core::SharedLibrary& lib) {
  return ZipLibrary{
      lib.symbol<decltype(zip_open)>("zip_open"),
      lib.symbol<decltype(zip_discard)>("zip_discard"),
      lib.symbol<decltype(zip_error_init_with_code)>("zip_error_init_with_code"),
      lib.symbol<decltype(zip_error_strerror)>("zip_error_strerror"),
      lib.symbol<decltype(zip_error_fini)>("zip_error_fini"),
      lib.symbol<decltype(zip_get_num_entries)>("zip_get_num_entries"),
      lib.symbol<decltype(zip_stat_index)>("zip_stat_index"),
      lib.symbol<decltype(zip_fopen_index)>("zip_fopen_index"),
      lib.symbol<decltype(zip_strerror)>("zip_strerror"),
      lib.symbol<decltype(zip_fread)>("zip_fread"),
      lib.symbol<decltype(zip_file_strerror)>("zip_file_strerror"),
      lib.symbol<decltype(zip_fclose)>("zip_fclose"),
  };
}

}  // namespace

const ZipLibrary& zip_library() {
  // DIPGRAPH_LIBZIP_SONAME and DIPGRAPH_LIBZIP_PACKAGE come from CMake (the
  // library found at configure time).
  static const core::SharedLibrary lib(DIPGRAPH_LIBZIP_SONAME, DIPGRAPH_LIBZIP_PACKAGE);
  static const ZipLibrary functions = load(lib);
  return functions;
}

}  // namespace dipgraph::importers
