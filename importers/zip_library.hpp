#pragma once
// libzip, loaded the first time a .zip file is read. Linking it would load
// libzip, libcrypto, libbz2 and libz into every run of dipgraph: about 2.4 ms
// of dynamic loading, half of the start-up of a quick query.

#include <zip.h>

namespace dipgraph::importers {

/// The libzip functions LineReader calls, with the types of <zip.h>.
struct ZipLibrary {
  decltype(&zip_open) open;
  decltype(&zip_discard) discard;
  decltype(&zip_error_init_with_code) error_init_with_code;
  decltype(&zip_error_strerror) error_strerror;
  decltype(&zip_error_fini) error_fini;
  decltype(&zip_get_num_entries) get_num_entries;
  decltype(&zip_stat_index) stat_index;
  decltype(&zip_fopen_index) fopen_index;
  decltype(&zip_strerror) strerror;
  decltype(&zip_fread) fread;
  decltype(&zip_file_strerror) file_strerror;
  decltype(&zip_fclose) fclose;
};

/// Loads libzip on first use (the soname it was built against) and keeps it
/// loaded. Throws Error naming the library and its Debian package when it is
/// missing or lacks one of the functions.
const ZipLibrary& zip_library();

}  // namespace dipgraph::importers
