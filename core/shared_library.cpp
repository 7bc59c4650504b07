#include "core/shared_library.hpp"

#include <dlfcn.h>

#include <utility>

#include "core/error.hpp"

namespace dipgraph::core {

namespace {

std::string last_dl_error() {
  const char* reason = dlerror();
  return reason ? reason : "unknown reason";
}

}  // namespace

SharedLibrary::SharedLibrary(std::string soname, std::string package)
    : soname_(std::move(soname)), package_(std::move(package)) {
  handle_ = dlopen(soname_.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (!handle_) {
    throw Error("cannot load " + soname_ + " (" + last_dl_error() + "); install Debian's " +
                package_);
  }
}

void* SharedLibrary::address(const char* name) const {
  dlerror();  // clear: a symbol's address may legitimately be null
  void* found = dlsym(handle_, name);
  if (!found) {
    throw Error(soname_ + " lacks " + name + " (" + last_dl_error() + "); install Debian's " +
                package_);
  }
  return found;
}

}  // namespace dipgraph::core
