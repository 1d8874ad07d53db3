# Gazetteers live in data/ as plain text files that people edit; the build
# compiles each into the library so that the tool needs no install prefix and
# no data path at run time. kamerref_embed_data(OUT_VAR FILE...) generates one
# .cc per file defining `std::string_view kamerref::data::<stem>()`.
function(kamerref_embed_data out_var)
  set(generated)
  foreach(input IN LISTS ARGN)
    get_filename_component(stem "${input}" NAME_WE)
    string(MAKE_C_IDENTIFIER "${stem}" ident)
    set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded/${ident}.cc")
    add_custom_command(
      OUTPUT "${output}"
      COMMAND ${CMAKE_COMMAND} -DINPUT=${input} -DOUTPUT=${output} -DIDENT=${ident}
              -P "${PROJECT_SOURCE_DIR}/cmake/EmbedOne.cmake"
      DEPENDS "${input}" "${PROJECT_SOURCE_DIR}/cmake/EmbedOne.cmake"
      COMMENT "Embedding ${stem}")
    list(APPEND generated "${output}")
  endforeach()
  set(${out_var} ${generated} PARENT_SCOPE)
endfunction()
