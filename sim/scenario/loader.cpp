#include "scenario/loader.hpp"

#include <array>
#include <exception>
#include <fstream>
#include <iterator>
#include <string>
#include <system_error>

#include "scenario/limits.hpp"
#include "scenario/scenario_validator.hpp"
#include "scenario/text_scan.hpp"
#include "scenario/toml_reader.hpp"
#include "scenario/variants.hpp"

namespace burgers::scenario {

namespace {

LoadResult failure(const std::string& file, std::string message) {
  LoadResult result;
  result.diagnostics.push_back({file, 0, 0, std::move(message)});
  return result;
}

}  // namespace

LoadResult load_scenario_text(std::string_view toml_text, std::string_view file_name,
                              std::span<const Override> overrides) {
  const std::string file(file_name);
  LoadResult result;
  // Nothing is expected to throw past toml++'s parse_error (caught inside); this keeps
  // the promise that a bad file can never take the app down.
  try {
    std::optional<TomlNode> root = read_toml_document(toml_text, file, result.diagnostics);
    if (!root) return result;
    // Every variant is checked against the file as written, whichever is chosen.
    std::optional<TomlNode> as_written;
    if (root->find("variant") != nullptr) as_written = *root;
    apply_variant_and_overrides(*root, overrides, result.diagnostics);
    Scenario s = validate_scenario(*root, result.diagnostics);
    if (as_written && result.diagnostics.empty())
      check_other_variants(*as_written, s, result.diagnostics);
    else if (as_written)
      name_chosen_variant(*root, result.diagnostics);
    const std::string name = std::filesystem::path(file).stem().string();
    // The name goes into summary.json and the report: like any text, it must be clean.
    if (const std::optional<TextError> bad = check_output_text(name, false)) {
      result.diagnostics.push_back(
          {file, 0, 0, "the file's name " + bad->message + ": rename the file"});
    }
    if (result.diagnostics.empty()) {
      s.name = name;
      s.path = file;
      result.scenario = std::move(s);
    }
  } catch (const std::exception& e) {
    return failure(file, std::string("internal error while loading the scenario: ") + e.what());
  } catch (...) {
    return failure(file, "internal error while loading the scenario");
  }
  return result;
}

std::optional<std::string> read_scenario_file(const std::filesystem::path& path, Diagnostics& out) {
  const std::string file = path.string();
  auto fail = [&](std::string message) -> std::optional<std::string> {
    out.push_back({file, 0, 0, std::move(message)});
    return std::nullopt;
  };
  try {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return fail("cannot open file: it is a directory");
    if (std::filesystem::exists(path, ec) && !std::filesystem::is_regular_file(path, ec))
      return fail("cannot open file: it is not a regular file");
    std::ifstream in(path, std::ios::binary);
    if (!in) return fail("cannot open file");
    // A piece at a time, as far as one piece past the limit (enough to know the file is
    // too large): memory as the file needs, not the limit's 8 MB for every file.
    std::string text;
    std::array<char, 1 << 16> piece;
    while (in) {
      in.read(piece.data(), static_cast<std::streamsize>(piece.size()));
      text.append(piece.data(), static_cast<std::size_t>(in.gcount()));
      if (text.size() > static_cast<std::size_t>(kMaxFileBytes)) {
        return fail("the file is larger than " + std::to_string(kMaxFileBytes >> 20) +
                    " MB (the limit for scenario files)");
      }
    }
    if (in.bad()) return fail("cannot read file");
    return text;
  } catch (const std::exception& e) {
    return fail(std::string("cannot read file: ") + e.what());
  } catch (...) {
    return fail("cannot read file");
  }
}

LoadResult load_scenario_file(const std::filesystem::path& path,
                              std::span<const Override> overrides) {
  LoadResult result;
  const std::optional<std::string> text = read_scenario_file(path, result.diagnostics);
  if (!text) return result;
  return load_scenario_text(*text, path.string(), overrides);
}

}  // namespace burgers::scenario
