#pragma once
// The exit codes of `burgers`, shared by the command line and the dashboard (app/cli,
// app/ui). Part of the public interface (PRODUCT.md).

namespace burgers::app {

inline constexpr int kExitOk = 0;
inline constexpr int kExitScenarioError = 1;  // the scenario is invalid or its run failed
inline constexpr int kExitUsage = 2;          // bad command line
inline constexpr int kExitOutputError = 3;    // the outputs could not be written
inline constexpr int kExitNoDisplay = 4;      // the dashboard could not open a window
inline constexpr int kExitInterrupted = 130;  // SIGINT (Ctrl+C): stopped, nothing written
inline constexpr int kExitTerminated = 143;   // SIGTERM: stopped, nothing written

}  // namespace burgers::app
