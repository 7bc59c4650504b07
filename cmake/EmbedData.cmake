# Compiles the data/ TSV files into the library so that dipgraph needs no
# data files at run time. The generated source is rebuilt whenever a file changes.
function(dipgraph_embed_data target)
  set(files ${ARGN})
  set(out ${CMAKE_CURRENT_BINARY_DIR}/embedded_data.cpp)
  add_custom_command(
    OUTPUT ${out}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out} "-DFILES=${files}"
            -P ${PROJECT_SOURCE_DIR}/cmake/embed_data_script.cmake
    DEPENDS ${files} ${PROJECT_SOURCE_DIR}/cmake/embed_data_script.cmake
    COMMENT "Embedding data files"
    VERBATIM)
  target_sources(${target} PRIVATE ${out})
endfunction()
