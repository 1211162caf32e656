# -Wnull-dereference is left out: GCC 12 reports false positives inside libstdc++ at -O2.
# Warnings for the project's own targets: all on, and errors.
function(burgers_warnings target)
  target_compile_options(${target} PRIVATE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast
    -Wcast-align -Woverloaded-virtual -Wimplicit-fallthrough
    -Wformat=2 -Werror)
endfunction()
