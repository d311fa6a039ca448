package dev.strata.processor.model;

/**
 * What UTF-8 can encode, stated once: a query is written to a snapshot and to a generated source in
 * UTF-8, so text that UTF-8 cannot encode must be refused wherever it enters, from an annotation or
 * from a snapshot.
 */
public final class Utf8Text {

  private Utf8Text() {}

  /** The index of the first half of a surrogate pair that has no other half, or -1. */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
