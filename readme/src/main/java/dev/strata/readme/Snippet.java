package dev.strata.readme;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One fenced code block of the README that a {@code <!-- readme-test: KIND -->} comment marks as
 * part of the tutorial project, or as Java compiled alone.
 *
 * @param kind what the block is in the project
 * @param text the block's content, without its fences, ending with a line break
 * @param line the README line of the marker, for messages
 */
record Snippet(Kind kind, String text, int line) {

  /** Where a snippet goes in the project built from the README, or how it is compiled alone. */
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
    OUTPUT("output"),
    /**
     * A whole Java file outside the tutorial, compiled alone by {@code ReadmeJavaTest} against
     * Strata's artifacts (without the processor, since it would need the file's project).
     */
    COMPILE("compile"),
    /**
     * Java statements, compiled by {@code ReadmeJavaTest} as the body of a method with {@code
     * dataSource} and {@code classLoader} in scope and the runtime API imported.
     */
    STATEMENTS("statements"),
    /**
     * Lines of {@code .properties} files, read by {@code ReadmeConfigurationTest} as Spring Boot
     * would: a comment must stand on its own line, or it becomes part of the value.
     */
    PROPERTIES("properties"),
    /**
     * A {@code <plugin>} element for {@code strata-maven-plugin}, whose configuration {@code
     * ReadmeConfigurationTest} checks against the plugin's descriptor.
     */
    PLUGIN("plugin"),
    /**
     * Lines of a generated migration, which {@code ReadmeGeneratedCodeTest} finds in one of the
     * processor's golden files (blank and {@code @Override} lines aside).
     */
    GENERATED("generated");

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
              + "\" in <!-- readme-test: ... -->; use one of "
              + Arrays.stream(values()).map(Kind::marker).collect(Collectors.joining(", ")));
    }
  }

  Snippet {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
