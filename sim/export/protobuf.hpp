#pragma once
// The protobuf wire format, the little of it trace.perfetto-trace needs: varints, tags and
// length-delimited fields, written into a byte string. Internal to sim/export and its tests.
#include <cstdint>
#include <string>
#include <string_view>

namespace burgers::exporter::proto {

enum Wire : std::uint32_t { kVarint = 0, kLengthDelimited = 2 };

inline void varint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

inline void tag(std::string& out, std::uint32_t field, Wire wire) {
  varint(out, (static_cast<std::uint64_t>(field) << 3) | wire);
}

inline void uint_field(std::string& out, std::uint32_t field, std::uint64_t v) {
  tag(out, field, kVarint);
  varint(out, v);
}

// int64 fields are plain varints of the two's complement (negative values take 10 bytes).
inline void int_field(std::string& out, std::uint32_t field, std::int64_t v) {
  uint_field(out, field, static_cast<std::uint64_t>(v));
}

inline void bytes_field(std::string& out, std::uint32_t field, std::string_view bytes) {
  tag(out, field, kLengthDelimited);
  varint(out, bytes.size());
  out.append(bytes);
}

}  // namespace burgers::exporter::proto
