# One include root per module, so that a wrong include fails to build.
#
# Headers are spelled "<module>/<file>.hpp" ("model/job.hpp", "ui/session.hpp"). Giving
# every target the parent folder (sim/ or app/) as its include root would let any file
# include any module. Instead each module gets a folder of its own in the build tree,
# include-roots/<target>/, holding a single symbolic link, <module> -> the module's source
# folder. That folder is the target's PUBLIC include directory: a module sees its own
# headers and those of the targets it links (CMake passes PUBLIC include directories
# along the link graph), and nothing else. The spelling of includes does not change.

set(BURGERS_INCLUDE_ROOTS ${PROJECT_BINARY_DIR}/include-roots)

# burgers_include_root(<out-var> <target> <source folder>): makes the link
# include-roots/<target>/<folder name> -> <source folder> and returns the root's path.
function(burgers_include_root out_var target source_dir)
  get_filename_component(module ${source_dir} NAME)
  set(root ${BURGERS_INCLUDE_ROOTS}/${target})
  file(MAKE_DIRECTORY ${root})
  set(link ${root}/${module})
  if(IS_SYMLINK ${link})
    file(READ_SYMLINK ${link} current)
  endif()
  if(NOT current STREQUAL source_dir)
    file(REMOVE ${link})
    file(CREATE_LINK ${source_dir} ${link} SYMBOLIC)
  endif()
  set(${out_var} ${root} PARENT_SCOPE)
endfunction()

# burgers_module_includes(<target> <source folder>): the target's include root is its
# module's alone.
function(burgers_module_includes target source_dir)
  burgers_include_root(root ${target} ${source_dir})
  target_include_directories(${target} PUBLIC ${root})
endfunction()
