// png_check FILE MIN_WIDTH MIN_HEIGHT MIN_COLOURS: exits 0 when FILE decodes as a PNG at
// least that large with at least that many distinct colours (a real frame, not a blank
// or a single-colour window), and says what it found either way.
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <unordered_set>

int main(int argc, char** argv) {
  if (argc != 5) {
    std::fprintf(stderr, "usage: png_check FILE MIN_WIDTH MIN_HEIGHT MIN_COLOURS\n");
    return 2;
  }
  int w = 0, h = 0, n = 0;
  unsigned char* pixels = stbi_load(argv[1], &w, &h, &n, 4);
  if (pixels == nullptr) {
    std::fprintf(stderr, "%s: does not decode as an image\n", argv[1]);
    return 1;
  }
  std::unordered_set<unsigned> colours;
  for (long i = 0; i < static_cast<long>(w) * h; ++i) {
    const unsigned char* p = pixels + i * 4;
    colours.insert(static_cast<unsigned>(p[0]) << 16 | static_cast<unsigned>(p[1]) << 8 | p[2]);
  }
  stbi_image_free(pixels);
  std::printf("%s: %d x %d, %zu colours\n", argv[1], w, h, colours.size());
  const bool ok = w >= std::atoi(argv[2]) && h >= std::atoi(argv[3]) &&
                  colours.size() >= static_cast<std::size_t>(std::atoi(argv[4]));
  return ok ? 0 : 1;
}
