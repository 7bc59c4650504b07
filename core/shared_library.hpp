#pragma once
// A shared library opened at run time (dlopen) rather than at start-up. Used
// for the libraries only a few commands need (libzip and the libcrypto it
// pulls in, Graphviz), so that every other command does not pay the dynamic
// loader for their thousands of symbols.

#include <string>

namespace dipgraph::core {

class SharedLibrary {
 public:
  /// Opens `soname` (e.g. "libzip.so.4") with every symbol bound now. Throws
  /// Error naming the library and `package` (the Debian package that holds
  /// it) when it cannot be loaded.
  /// The library stays loaded until the process ends, also after this object
  /// is gone: unloading it at exit would run its destructors after it may
  /// still be used (Graphviz keeps process-wide state) and gains nothing.
  SharedLibrary(std::string soname, std::string package);
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;

  /// The address of `name`, typed as the declaration it has in the library's
  /// header: `lib.symbol<decltype(zip_open)>("zip_open")` for a function,
  /// `lib.symbol<Agdesc_t>("Agundirected")` for a variable. Throws Error when
  /// the library lacks it (an incompatible version).
  template <class Declared>
  Declared* symbol(const char* name) const {
    return reinterpret_cast<Declared*>(address(name));
  }

  const std::string& soname() const { return soname_; }

 private:
  void* address(const char* name) const;

  std::string soname_;
  std::string package_;
  void* handle_ = nullptr;
};

}  // namespace dipgraph::core
