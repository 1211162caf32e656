// A file with the includes that sim/ must never have: the scan test must report it.
#include <GLFW/glfw3.h>
#include <imgui.h>
