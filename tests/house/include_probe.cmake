# cmake -P include_probe.cmake: compiles a one-line file, `#include "<HEADER>"`, with the
# include directories a target's own sources get, and checks the outcome.
#   -DCOMPILER=... -DINCLUDES="dir|dir|..." -DHEADER=chart/chart_model.hpp
#   -DEXPECT=fails    the header must not be found (any other error fails the probe)
#   -DEXPECT=compiles the header must be found and compile
#   -DWORK=<folder for the probe file>
file(MAKE_DIRECTORY ${WORK})
string(MAKE_C_IDENTIFIER ${HEADER} stem)
set(probe ${WORK}/${stem}.cpp)
file(WRITE ${probe} "#include \"${HEADER}\"\n")
string(REPLACE "|" ";" dirs "${INCLUDES}")
set(args -std=c++20 -fsyntax-only)
foreach(dir IN LISTS dirs)
  list(APPEND args -I${dir})
endforeach()
execute_process(COMMAND ${COMPILER} ${args} ${probe}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
string(REGEX REPLACE "([.+])" "\\\\\\1" header_re "${HEADER}")
# GCC: "chart/x.hpp: No such file or directory"; Clang: "'chart/x.hpp' file not found".
set(missing_re "${header_re}'?:? (No such file or directory|file not found)")
if(EXPECT STREQUAL "fails")
  if(status EQUAL 0)
    message(FATAL_ERROR "\"${HEADER}\" compiled, but this target must not see it")
  elseif(NOT out MATCHES "${missing_re}")
    message(FATAL_ERROR "the probe failed for another reason than a missing header:\n${out}")
  endif()
elseif(EXPECT STREQUAL "compiles")
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "\"${HEADER}\" should compile here:\n${out}")
  endif()
else()
  message(FATAL_ERROR "EXPECT must be fails or compiles")
endif()
