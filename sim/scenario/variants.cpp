#include "scenario/variants.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "scenario/limits.hpp"
#include "scenario/overrides.hpp"
#include "scenario/scenario_keys.hpp"
#include "scenario/scenario_validator.hpp"
#include "scenario/suggest.hpp"
#include "scenario/text_scan.hpp"

namespace burgers::scenario {

namespace {

using Type = TomlNode::Type;

constexpr std::string_view kSetExpected = "a string \"KEY=VALUE\", as --set takes it";

// The name [scenario] variant gives (after the overrides that choose one), or "".
std::string chosen_name(const TomlNode& document) {
  const TomlNode* header = document.find("scenario");
  const TomlNode* name =
      header != nullptr && header->is(Type::table) ? header->find("variant") : nullptr;
  return name != nullptr && name->is(Type::string) ? name->string : std::string();
}

// The [[variant]] table called `name`; the first one when `name` is empty.
const TomlNode* find_variant(const TomlNode& document, std::string_view name) {
  const TomlNode* array = document.find("variant");
  if (array == nullptr || !array->is(Type::array)) return nullptr;
  for (const TomlNode& item : array->items) {
    const TomlNode* item_name = item.is(Type::table) ? item.find("name") : nullptr;
    if (item_name == nullptr || !item_name->is(Type::string)) continue;
    if (name.empty() || item_name->string == name) return &item;
  }
  return nullptr;
}

// Where column `column` (1-based, in code points) of "KEY=VALUE" is written in the file:
// inside the string `written`.
SourcePosition in_file(const TomlNode& written, int column) {
  const std::string_view text = written.string;
  std::size_t offset = 0;
  for (int c = 1; c < column && offset < text.size(); ++c) {
    offset += code_point_at(text, offset).size();
  }
  return written.position_in_string(offset);
}

// Moves what an override put into `node` at "--set KEY=VALUE" (file `from`, line 1) to
// where KEY=VALUE is written, so that later errors about the value point into the file.
void move_positions(TomlNode& node, const std::string& from, const TomlNode& written) {
  if (node.where.file == from) {
    const int column = node.where.column;
    node.where = in_file(written, column);
    node.content_column = node.content_column > 0 && written.content_column > 0
                              ? written.content_column + node.content_column - 1
                              : 0;
  }
  for (TomlEntry& entry : node.entries) {
    if (entry.where.file == from) entry.where = in_file(written, entry.where.column);
    move_positions(entry.value, from, written);
  }
  for (TomlNode& item : node.items) move_positions(item, from, written);
}

// The `set` strings of `variant` applied to `document`, problems reported where they are
// written. Malformed tables and strings are left to read_variants.
void apply_sets(TomlNode& document, const TomlNode& variant, Diagnostics& out) {
  const TomlNode* sets = variant.find("set");
  if (sets == nullptr || !sets->is(Type::array)) return;
  const std::string prefix = "variant '" + variant.find("name")->string + "': ";
  for (const TomlNode& written : sets->items) {
    if (!written.is(Type::string)) continue;
    Diagnostic malformed;
    const std::optional<Override> o = parse_override(written.string, malformed);
    if (!o || o->key == kVariantOverrideKey) continue;
    Diagnostics found;
    apply_overrides(document, std::span<const Override>(&*o, 1), found);
    const std::string from = "--set " + o->key + "=" + o->value;
    move_positions(document, from, written);
    for (const Diagnostic& d : found) {
      const SourcePosition at =
          d.file == from ? in_file(written, d.column) : SourcePosition{d.file, d.line, d.column};
      out.push_back({at.file, at.line, at.column, prefix + d.message});
    }
  }
}

// One `set` string: "KEY=VALUE" with a key --set knows, and not a choice of variant.
void check_set(TableReader& r, const TomlNode& written) {
  if (!written.is(Type::string)) {
    r.type_error(written, "set", kSetExpected);
    return;
  }
  Diagnostic malformed;
  const std::optional<Override> o = parse_override(written.string, malformed);
  if (!o) {
    r.error(written.position_in_string(0), "set", "'" + written.string + "': " + malformed.message);
  } else if (o->key == kVariantOverrideKey) {
    r.error(written.position_in_string(0), "set",
            "a variant cannot choose a variant: set the keys themselves");
  }
}

void read_sets(TableReader& r, Variant& variant) {
  const TomlNode* sets = r.find("set");
  if (sets == nullptr) return;  // the file as written
  if (!sets->is(Type::array)) {
    r.type_error(*sets, "set", "an array of \"KEY=VALUE\" strings");
    return;
  }
  if (sets->items.size() > static_cast<std::size_t>(kMaxSetsPerVariant)) {
    r.error(sets->items[kMaxSetsPerVariant].where, "set",
            "more than " + std::to_string(kMaxSetsPerVariant) + " keys set (limit " +
                std::to_string(kMaxSetsPerVariant) + ")");
    return;
  }
  for (const TomlNode& written : sets->items) {
    check_set(r, written);
    if (written.is(Type::string)) variant.sets.push_back(written.string);
  }
}

void read_variant(const TomlNode& table, std::size_t index, Scenario& s, Diagnostics& out) {
  TableReader r(table, "variant[" + std::to_string(index) + "]", out);
  r.reject_unknown_keys(kVariantKeys, "in [[variant]]");
  Variant variant;
  if (std::optional<std::string> name = r.name("name")) {
    for (std::size_t earlier = 0; earlier < s.variants.size(); ++earlier) {
      if (s.variants[earlier].name != *name) continue;
      r.error(r.find("name")->where, "name",
              "duplicate variant name '" + *name + "' (already used by variant[" +
                  std::to_string(earlier) + "])");
      name.reset();
      break;
    }
    if (name) variant.name = *name;
  }
  variant.label = r.string("label", Key::required).value_or("");
  variant.label_zh = r.string("label_zh", Key::optional).value_or("");
  variant.description = r.string("description", Key::optional, Lines::many).value_or("");
  variant.description_zh = r.string("description_zh", Key::optional, Lines::many).value_or("");
  read_sets(r, variant);
  // Kept even when invalid so that variant[i] in messages matches the index.
  s.variants.push_back(std::move(variant));
}

// [scenario] variant (or --set scenario.variant) must name a variant; without it the first.
void read_choice(TableReader& root, Scenario& s, bool tables, Diagnostics& out) {
  const TomlNode* header = root.find("scenario");
  if (header == nullptr || !header->is(Type::table) || header->find("variant") == nullptr) {
    if (!s.variants.empty()) s.variant = s.variants.front().name;
    return;
  }
  TableReader r(*header, "scenario", out);
  const std::optional<std::string> name = r.string("variant", Key::optional);
  if (!name) return;
  const TomlNode& node = *header->find("variant");
  std::vector<std::string_view> names;
  for (const Variant& v : s.variants) {
    if (!v.name.empty()) names.push_back(v.name);
  }
  if (!tables) {
    r.error(node.where, "variant",
            "there are no [[variant]] tables to choose from: add [[variant]] tables (a name, a "
            "label and the keys each sets) or leave this key out");
  } else if (names.empty()) {
    return;  // the tables' own problems are reported
  } else if (std::find(names.begin(), names.end(), *name) == names.end()) {
    // Variants are few: name them all, with the likely one first.
    r.error(node.where, "variant",
            "unknown variant '" + *name + "'" + did_you_mean(*name, names) + "; the variants are " +
                join_names(names));
  } else {
    s.variant = *name;
  }
}

}  // namespace

void apply_variant_and_overrides(TomlNode& document, std::span<const Override> overrides,
                                 Diagnostics& out) {
  std::vector<Override> choices;
  std::vector<Override> others;
  for (const Override& o : overrides)
    (o.key == kVariantOverrideKey ? choices : others).push_back(o);
  apply_overrides(document, choices, out);
  if (const TomlNode* variant = find_variant(document, chosen_name(document))) {
    const TomlNode chosen = *variant;  // overrides may add tables to the document
    apply_sets(document, chosen, out);
  }
  apply_overrides(document, others, out);
}

void name_chosen_variant(const TomlNode& document, Diagnostics& diagnostics) {
  const TomlNode* variant = find_variant(document, chosen_name(document));
  const TomlNode* sets = variant == nullptr ? nullptr : variant->find("set");
  if (sets == nullptr || !sets->is(Type::array)) return;
  const std::string prefix = "variant '" + variant->find("name")->string + "': ";
  for (Diagnostic& d : diagnostics) {
    for (const TomlNode& written : sets->items) {
      const SourcePosition& at = written.where;
      const bool inside = written.is(Type::string) && d.file == at.file && d.line == at.line &&
                          d.column >= at.column &&
                          d.column <= at.column + 2 + count_code_points(written.string);
      // "variant[0].set: ..." names it already.
      if (inside && d.message.rfind("variant", 0) != 0) d.message = prefix + d.message;
    }
  }
}

void read_variants(TableReader& root, Scenario& s, Diagnostics& out) {
  const TomlNode* node = root.find("variant");
  if (node != nullptr && !node->is(Type::array)) {
    root.type_error(*node, "variant",
                    "an array of tables ([[variant]]); to choose one, write variant = \"NAME\" "
                    "in [scenario]");
    node = nullptr;
  } else if (node != nullptr && node->items.size() > static_cast<std::size_t>(kMaxVariants)) {
    root.error(node->items[kMaxVariants].where, "variant",
               "more than " + std::to_string(kMaxVariants) + " variants (limit " +
                   std::to_string(kMaxVariants) + ")");
    node = nullptr;
  }
  for (std::size_t i = 0; node != nullptr && i < node->items.size(); ++i) {
    const TomlNode& item = node->items[i];
    if (!item.is(Type::table)) {
      root.type_error(item, "variant[" + std::to_string(i) + "]", "a table ([[variant]])");
      continue;
    }
    read_variant(item, i, s, out);
  }
  read_choice(root, s, root.find("variant") != nullptr, out);
}

void check_other_variants(const TomlNode& document, const Scenario& s, Diagnostics& out) {
  for (const Variant& variant : s.variants) {
    if (variant.name == s.variant) continue;
    TomlNode other = document;
    Diagnostics found;
    const Override choice{std::string(kVariantOverrideKey), variant.name};
    apply_variant_and_overrides(other, std::span<const Override>(&choice, 1), found);
    if (found.empty()) validate_scenario(other, found, LimitChecks::off);
    if (found.empty()) continue;
    Diagnostic first = found.front();
    const std::string prefix = "variant '" + variant.name + "': ";
    if (first.message.rfind(prefix, 0) != 0) first.message = prefix + first.message;
    out.push_back(std::move(first));
  }
}

}  // namespace burgers::scenario
