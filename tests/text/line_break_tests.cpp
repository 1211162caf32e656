#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "text/line_break.hpp"

using namespace burgers::text;
using Lines = std::vector<std::string>;

namespace {

// One unit per character, whatever the script: widths read as character counts.
float count(std::string_view s) {
  float n = 0;
  for (std::size_t i = 0; i < s.size();) {
    next_code_point(s, i);
    n += 1;
  }
  return n;
}

// No line may start with closing punctuation or end with opening punctuation.
void check_punctuation_rules(const Lines& lines) {
  for (std::size_t k = 0; k < lines.size(); ++k) {
    const std::string& line = lines[k];
    if (line.empty()) continue;
    std::size_t i = 0;
    const char32_t first = next_code_point(line, i);
    char32_t last = first;
    for (std::size_t j = 0; j < line.size();) last = next_code_point(line, j);
    INFO("line " << k << ": " << line);
    if (k > 0) CHECK_FALSE(is_closing(first));
    if (k + 1 < lines.size()) CHECK_FALSE(is_opening(last));
  }
}

}  // namespace

TEST_CASE("English wraps at spaces and drops the space at the break") {
  CHECK(wrap("the cashier is free", 11, count) == Lines{"the cashier", "is free"});
  CHECK(wrap("short", 20, count) == Lines{"short"});
  CHECK(wrap("", 20, count).empty());
}

TEST_CASE("a word longer than the line is split between its letters") {
  CHECK(wrap("abcdefghij xy", 4, count) == Lines{"abcd", "efgh", "ij", "xy"});
}

TEST_CASE("Chinese wraps between any two characters, not only at spaces") {
  const Lines lines = wrap("顧客拿到號碼牌之後就可以和朋友聊天", 5, count);
  REQUIRE(lines.size() == 4);
  CHECK(lines[0] == "顧客拿到號");
  for (const std::string& l : lines) CHECK(count(l) <= 5);
}

TEST_CASE("closing punctuation never begins a line and opening punctuation never ends one") {
  // Width 4 would put "，" first on the second line; it stays with the character before.
  const Lines lines = wrap("一位櫃檯，一位廚師。「你」在（櫃檯）前等", 4, count);
  check_punctuation_rules(lines);
  CHECK(lines[0] == "一位櫃");
  CHECK(lines[1] == "檯，一位");
  for (const char* text : {"等待、計算、1 / 秒的網路等待，再 5 / 毫秒的計算：「阻塞」！",
                           "（一）（二）（三）：結束。", "他說：「好。」然後離開！？"}) {
    for (float width : {2.0f, 3.0f, 4.0f, 5.0f, 7.0f, 11.0f})
      check_punctuation_rules(wrap(text, width, count));
  }
}

TEST_CASE("mixed English and Chinese breaks at the script boundary") {
  CHECK(wrap("CPU 計算很慢", 4, count) == Lines{"CPU", "計算很慢"});
  CHECK(wrap("用asyncio等待", 7, count) == Lines{"用", "asyncio", "等待"});
}

TEST_CASE("a newline always breaks the line and an empty line stays") {
  CHECK(wrap("one\n\ntwo", 20, count) == Lines{"one", "", "two"});
}

TEST_CASE("the break rules follow the table of punctuation") {
  CHECK(can_break_between(U'客', U'拿'));
  CHECK_FALSE(can_break_between(U'客', U'，'));
  CHECK_FALSE(can_break_between(U'客', U'。'));
  CHECK_FALSE(can_break_between(U'「', U'客'));
  CHECK_FALSE(can_break_between(U'（', U'客'));
  CHECK(can_break_between(U'，', U'客'));
  CHECK_FALSE(can_break_between(U'a', U'b'));
  CHECK(can_break_between(U'a', U'客'));
  for (char32_t c : std::u32string_view(U"，。、：；！？」）")) CHECK(is_closing(c));
  for (char32_t c : std::u32string_view(U"「（")) CHECK(is_opening(c));
}

TEST_CASE("fit cuts text with an ellipsis only when it does not fit") {
  CHECK(fit("Cashier", 10, count) == "Cashier");
  CHECK(fit("Mean time blocked", 8, count) == "Mean ti…");
  CHECK(fit("平均阻塞時間", 4, count) == "平均阻…");
}

TEST_CASE("the estimated width counts CJK characters as one em") {
  CHECK(estimate_width("平均", 10) == Approx(20));
  CHECK(estimate_width("ab", 10) == Approx(11.6));
}

TEST_CASE("a no-break space keeps a number with its unit, in Chinese too") {
  CHECK(wrap("拿號碼牌自由活動（12\u00A0人）", 10, count) ==
        Lines{"拿號碼牌自由活動", "（12\u00A0人）"});
  CHECK_FALSE(can_break_between(U'\u00A0', U'人'));
}
