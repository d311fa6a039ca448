package dev.strata.processor.model;

/**
 * The class file's limit on a string constant, stated once: a {@code @View(sql)} value and every
 * string literal of the generated code are such constants.
 */
public final class ClassFileStrings {

  /** The most bytes a class file's string constant may hold (JVMS 4.4.7). */
  public static final int MAX_BYTES = 65_535;

  private ClassFileStrings() {}

  /** The length of {@code text} in the class file's modified UTF-8: NUL and U+0080+ take more. */
  public static int bytes(String text) {
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      bytes += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return bytes;
  }

  public static boolean fits(String text) {
    return bytes(text) <= MAX_BYTES;
  }
}
