# dipgraph_soname(<out_soname> <out_package> <library file>): the SONAME a
# shared library records (what dlopen must ask for at run time) and the Debian
# package that ships it by Debian's naming rule (libzip.so.4 -> libzip4).
function(dipgraph_soname out_soname out_package library)
  execute_process(COMMAND ${CMAKE_OBJDUMP} -p ${library}
                  OUTPUT_VARIABLE dump RESULT_VARIABLE status ERROR_QUIET)
  if(NOT status EQUAL 0 OR NOT dump MATCHES "SONAME +([^ \n]+)")
    message(FATAL_ERROR "cannot read the SONAME of ${library} with ${CMAKE_OBJDUMP}")
  endif()
  set(soname ${CMAKE_MATCH_1})
  set(package ${soname})
  if(soname MATCHES "^lib(.+)\\.so\\.([0-9]+)$")
    set(name ${CMAKE_MATCH_1})
    set(version ${CMAKE_MATCH_2})
    if(name MATCHES "[0-9]$")
      set(package "lib${name}-${version}")
    else()
      set(package "lib${name}${version}")
    endif()
  endif()
  set(${out_soname} ${soname} PARENT_SCOPE)
  set(${out_package} ${package} PARENT_SCOPE)
endfunction()
