# The sources of gait's core library but the bundled rubrics (src/core.cmake adds
# those), one place for the main build and the fuzz build (tests/fuzz/CMakeLists.txt).
# GAIT_SOURCE_ROOT is the repository's root. In pipeline order: util, load,
# score, document, format, ask (docs/architecture.md).
set(GAIT_CORE_SOURCES
  ${GAIT_SOURCE_ROOT}/src/util/diagnostic.cpp
  ${GAIT_SOURCE_ROOT}/src/util/edit_distance.cpp
  ${GAIT_SOURCE_ROOT}/src/util/file_io.cpp
  ${GAIT_SOURCE_ROOT}/src/util/file_lock.cpp
  ${GAIT_SOURCE_ROOT}/src/util/text_format.cpp
  ${GAIT_SOURCE_ROOT}/src/load/answers.cpp
  ${GAIT_SOURCE_ROOT}/src/load/answers_migration.cpp
  ${GAIT_SOURCE_ROOT}/src/load/answers_edit.cpp
  ${GAIT_SOURCE_ROOT}/src/load/answers_store.cpp
  ${GAIT_SOURCE_ROOT}/src/load/answers_template.cpp
  ${GAIT_SOURCE_ROOT}/src/load/answers_writer.cpp
  ${GAIT_SOURCE_ROOT}/src/load/report_reader.cpp
  ${GAIT_SOURCE_ROOT}/src/load/rubric.cpp
  ${GAIT_SOURCE_ROOT}/src/load/rubric_check.cpp
  ${GAIT_SOURCE_ROOT}/src/load/yaml_outline.cpp
  ${GAIT_SOURCE_ROOT}/src/load/yaml_reader.cpp
  ${GAIT_SOURCE_ROOT}/src/load/yaml_text.cpp
  ${GAIT_SOURCE_ROOT}/src/score/aggregate.cpp
  ${GAIT_SOURCE_ROOT}/src/score/assessment.cpp
  ${GAIT_SOURCE_ROOT}/src/score/compare.cpp
  ${GAIT_SOURCE_ROOT}/src/score/scoring.cpp
  ${GAIT_SOURCE_ROOT}/src/score/team_files.cpp
  ${GAIT_SOURCE_ROOT}/src/document/aggregate_document.cpp
  ${GAIT_SOURCE_ROOT}/src/document/aggregate_wording.cpp
  ${GAIT_SOURCE_ROOT}/src/document/compare_document.cpp
  ${GAIT_SOURCE_ROOT}/src/document/compare_wording.cpp
  ${GAIT_SOURCE_ROOT}/src/document/document.cpp
  ${GAIT_SOURCE_ROOT}/src/document/report_document.cpp
  ${GAIT_SOURCE_ROOT}/src/document/report_wording.cpp
  ${GAIT_SOURCE_ROOT}/src/document/rubric_document.cpp
  ${GAIT_SOURCE_ROOT}/src/format/aggregate_csv.cpp
  ${GAIT_SOURCE_ROOT}/src/format/aggregate_json.cpp
  ${GAIT_SOURCE_ROOT}/src/format/compare_json.cpp
  ${GAIT_SOURCE_ROOT}/src/format/html_page.cpp
  ${GAIT_SOURCE_ROOT}/src/format/html_radar.cpp
  ${GAIT_SOURCE_ROOT}/src/format/html_writer.cpp
  ${GAIT_SOURCE_ROOT}/src/format/markdown_text.cpp
  ${GAIT_SOURCE_ROOT}/src/format/markdown_writer.cpp
  ${GAIT_SOURCE_ROOT}/src/format/report_json.cpp
  ${GAIT_SOURCE_ROOT}/src/format/text_writer.cpp
  ${GAIT_SOURCE_ROOT}/src/ask/console.cpp
  ${GAIT_SOURCE_ROOT}/src/ask/line_editor.cpp
  ${GAIT_SOURCE_ROOT}/src/ask/questionnaire.cpp)
