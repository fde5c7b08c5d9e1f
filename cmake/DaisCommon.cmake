# Compile settings shared by every Dais target: link dais_common_cfg instead of repeating them.
add_library(dais_common_cfg INTERFACE)
target_compile_features(dais_common_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(dais_common_cfg INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor>)
target_compile_definitions(dais_common_cfg INTERFACE QT_NO_CAST_FROM_ASCII)

# dais_core_library(NAME SOURCES... [LINKS ...]): one folder of core/ as one static library.
# Core targets may link only other core targets and ICU; Qt is not on their include path,
# so a stray Qt include fails to build.
function(dais_core_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;LINKS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_include_directories(${name} PUBLIC "${PROJECT_SOURCE_DIR}")
  target_link_libraries(${name} PUBLIC dais_common_cfg ${ARG_LINKS})
endfunction()
