#pragma once
// A 128-bit unsigned integer (GCC/Clang builtin), named once so -Wpedantic stays quiet.

namespace burgers {

__extension__ typedef unsigned __int128 uint128;

}  // namespace burgers
