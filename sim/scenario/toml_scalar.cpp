#include "scenario/toml_scalar.hpp"

#include "scenario/text_scan.hpp"

namespace burgers::scenario {

namespace {

bool is_hex(char c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
bool is_octal(char c) {
  return c >= '0' && c <= '7';
}
bool is_binary(char c) {
  return c == '0' || c == '1';
}

// A cursor over the text; each reader consumes what it accepts and says whether it did.
class Reader {
 public:
  explicit Reader(std::string_view t) : t_(t) {}
  bool done() const { return i_ == t_.size(); }
  char peek(std::size_t ahead = 0) const { return i_ + ahead < t_.size() ? t_[i_ + ahead] : '\0'; }
  bool take(char c) {
    if (peek() != c) return false;
    ++i_;
    return true;
  }
  bool take_any(std::string_view set) {
    if (done() || set.find(peek()) == std::string_view::npos) return false;
    ++i_;
    return true;
  }
  bool take_word(std::string_view w) {
    if (t_.substr(i_, w.size()) != w) return false;
    i_ += w.size();
    return true;
  }
  // Digits of a class, with single underscores between them.
  bool digits(bool (*is)(char)) {
    if (!is(peek())) return false;
    while (is(peek()) || (peek() == '_' && is(peek(1)))) i_ += peek() == '_' ? 2 : 1;
    return true;
  }
  bool exactly(int n) {
    for (int k = 0; k < n; ++k) {
      if (!is_digit(peek())) return false;
      ++i_;
    }
    return true;
  }

 private:
  std::string_view t_;
  std::size_t i_ = 0;
};

bool number(std::string_view text) {
  Reader r(text);
  const bool sign = r.take_any("+-");
  if (r.take_word("inf") || r.take_word("nan")) return r.done();
  if (!sign && r.peek() == '0' && (r.peek(1) == 'x' || r.peek(1) == 'o' || r.peek(1) == 'b')) {
    r.take('0');
    if (r.take('x')) return r.digits(is_hex) && r.done();
    if (r.take('o')) return r.digits(is_octal) && r.done();
    r.take('b');
    return r.digits(is_binary) && r.done();
  }
  if (r.peek() == '0' && (is_digit(r.peek(1)) || r.peek(1) == '_')) return false;  // leading 0
  if (!r.digits(is_digit)) return false;
  if (r.take('.') && !r.digits(is_digit)) return false;
  if (r.take_any("eE")) {
    r.take_any("+-");
    if (!r.digits(is_digit)) return false;
  }
  return r.done();
}

bool time_of_day(Reader& r) {
  if (!(r.exactly(2) && r.take(':') && r.exactly(2) && r.take(':') && r.exactly(2))) return false;
  if (r.take('.') && !r.exactly(1)) return false;
  while (is_digit(r.peek())) r.exactly(1);
  return true;
}

bool date_or_time(std::string_view text) {
  Reader r(text);
  if (text.size() > 2 && text[2] == ':') return time_of_day(r) && r.done();
  if (!(r.exactly(4) && r.take('-') && r.exactly(2) && r.take('-') && r.exactly(2))) return false;
  if (r.done()) return true;
  if (!r.take_any("Tt ") || !time_of_day(r)) return false;
  if (r.take_any("Zz")) return r.done();
  if (r.take_any("+-")) return r.exactly(2) && r.take(':') && r.exactly(2) && r.done();
  return r.done();
}

}  // namespace

bool is_toml_scalar(std::string_view text) {
  return text == "true" || text == "false" || number(text) || date_or_time(text);
}

}  // namespace burgers::scenario
