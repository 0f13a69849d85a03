# Defines gait's core library in three steps, for the main and the fuzz builds:
#   PREFIX_objects        every core source but the bundled rubrics (OBJECT)
#   PREFIX_rubric_codegen a build-time tool on those objects: lints the bundled
#                         rubrics and compiles them to C++ with gait's own loader
#   PREFIX_core           the objects, the bundled rubrics and the generated data
# Usage: gait_add_core(PREFIX GENERATED_DIR RUBRICS_DIR NAME...), after
# GAIT_SOURCE_ROOT is set and src/sources.cmake is included.

# Display widths come from the Unicode data in Debian's libutf8proc-dev
# (utf8proc_charwidth): East Asian wide characters take two columns, combining
# marks none (docs/architecture.md says why this library).
find_path(GAIT_UTF8PROC_INCLUDE_DIR utf8proc.h REQUIRED)
find_library(GAIT_UTF8PROC_LIBRARY utf8proc REQUIRED)

function(gait_add_core prefix generated rubrics_dir)
  set(names ${ARGN})
  add_library(${prefix}_objects OBJECT ${GAIT_CORE_SOURCES})
  target_include_directories(${prefix}_objects
    PUBLIC ${GAIT_SOURCE_ROOT}/include ${generated}
    PRIVATE ${GAIT_SOURCE_ROOT}/src)
  target_include_directories(${prefix}_objects SYSTEM PRIVATE ${GAIT_UTF8PROC_INCLUDE_DIR})
  target_link_libraries(${prefix}_objects
    PUBLIC fmt::fmt nlohmann_json::nlohmann_json yaml-cpp Threads::Threads
           ${GAIT_UTF8PROC_LIBRARY})

  # A static library, so the tool links only what it uses of the core.
  add_library(${prefix}_loaders STATIC)
  target_link_libraries(${prefix}_loaders PUBLIC ${prefix}_objects)
  add_executable(${prefix}_rubric_codegen ${GAIT_SOURCE_ROOT}/src/tools/rubric_codegen.cpp)
  target_link_libraries(${prefix}_rubric_codegen PRIVATE ${prefix}_loaders)

  set(paths "")
  foreach(name IN LISTS names)
    list(APPEND paths ${rubrics_dir}/${name}.yaml)
  endforeach()
  add_custom_command(OUTPUT ${generated}/bundled_rubrics_data.cpp
    COMMAND ${prefix}_rubric_codegen ${generated}/bundled_rubrics_data.cpp ${rubrics_dir} ${names}
    DEPENDS ${prefix}_rubric_codegen ${paths}
    COMMENT "Linting the bundled rubrics and compiling them to C++")

  add_library(${prefix}_core STATIC ${GAIT_SOURCE_ROOT}/src/load/bundled_rubrics.cpp
                                    ${generated}/bundled_rubrics_data.cpp)
  target_include_directories(${prefix}_core PRIVATE ${GAIT_SOURCE_ROOT}/src)
  target_link_libraries(${prefix}_core PUBLIC ${prefix}_objects)
endfunction()
