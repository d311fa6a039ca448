package dev.strata.readme;

import java.util.Objects;

/**
 * One fenced code block of the README that a {@code <!-- readme-test: KIND -->} comment marks as
 * part of the tutorial project.
 *
 * @param kind what the block is in the project
 * @param text the block's content, without its fences, ending with a line break
 * @param line the README line of the marker, for messages
 */
record Snippet(Kind kind, String text, int line) {

  /** Where a snippet goes in the project built from the README. */
  enum Kind {
    /** The whole {@code pom.xml}. */
    POM("pom"),
    /** {@code <dependency>} elements that the README asks to add to that POM. */
    DEPENDENCIES("dependencies"),
    /** A Java source file under {@code src/main/java}. */
    MAIN("main"),
    /** A Java source file under {@code src/test/java}. */
    TEST("test"),
    /** Lines the first build prints, as the README quotes them ({@code ...} stands for a path). */
    OUTPUT("output");

    private final String marker;

    Kind(String marker) {
      this.marker = marker;
    }

    /** The word after {@code readme-test:} in the README's comment. */
    String marker() {
      return marker;
    }

    static Kind ofMarker(String word, int line) {
      for (Kind kind : values()) {
        if (kind.marker.equals(word)) {
          return kind;
        }
      }
      throw new ReadmeException(
          "README.md line "
              + line
              + ": unknown snippet kind \""
              + word
              + "\" in <!-- readme-test: ... -->; use one of pom, dependencies, main, test, output");
    }
  }

  Snippet {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
