#pragma once
// Lesson variants ([[variant]]): one switch that sets several keys. The loader applies the
// chosen variant's `set` overrides before the command line's others, the validator reads
// the tables and the choice, and the loader then checks every other variant against the
// file. Internal to sim/scenario.
#include <span>

#include "scenario/diagnostic.hpp"
#include "scenario/loader.hpp"
#include "scenario/scenario.hpp"
#include "scenario/table_reader.hpp"
#include "scenario/toml_node.hpp"

namespace burgers::scenario {

// The --set key that chooses a variant.
inline constexpr std::string_view kVariantOverrideKey = "scenario.variant";

// Applies `overrides` to `document`: first those that choose a variant, then the chosen
// variant's sets (problems reported where they are written in the file), then the others,
// so that an explicit --set wins over the variant. The choice: the last --set
// scenario.variant, else [scenario] variant, else the first [[variant]]. A choice that names
// no variant applies nothing: the validator reports it.
void apply_variant_and_overrides(TomlNode& document, std::span<const Override> overrides,
                                 Diagnostics& out);

// Prefixes with "variant 'NAME': " the diagnostics that point into the chosen variant's
// `set` strings (`document` after apply_variant_and_overrides), so that an error in a value
// a variant sets names the variant.
void name_chosen_variant(const TomlNode& document, Diagnostics& diagnostics);

// The validator's part: [[variant]] tables into s.variants, the choice into s.variant.
void read_variants(TableReader& root, Scenario& s, Diagnostics& out);

// Every variant of `s` but the chosen one, applied to the file as written (`document`,
// before any override), must make a valid scenario; its first problem is reported, inside
// its `set` string when it lies there.
void check_other_variants(const TomlNode& document, const Scenario& s, Diagnostics& out);

}  // namespace burgers::scenario
