package dev.strata.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every Java, XML and properties block of the README is built, compiled, or marked as a fragment
 * with the reason; a new unmarked snippet fails here, naming its line.
 */
class UncheckedBlocksTest {

  @Test
  void everyPastedBlockOfTheReadmeIsCheckedOrMarkedAsAFragment() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

    assertEquals(
        List.of(),
        UncheckedBlocks.in(readme),
        "README.md lines of ```java, ```xml or ```properties blocks that nothing checks: put"
            + " <!-- readme-test: KIND --> above each (see DEVELOPERS.md, The README test) or, for"
            + " a part of a file, <!-- readme-fragment: why it is one -->");
  }

  @Test
  void anUnmarkedJavaBlockIsReportedByItsFenceLine() {
    String markdown =
        """
        Text.

        ```java
        class Unmarked {}
        ```
        """;

    assertEquals(List.of(3), UncheckedBlocks.in(markdown));
  }

  @Test
  void testAndFragmentMarkersBothCount() {
    String markdown =
        """
        <!-- readme-test: compile -->
        ```java
        class Built {}
        ```
        <!-- readme-fragment: a method of the generated class -->

        ```java
        void upgrade() {}
        ```
        """;

    assertEquals(List.of(), UncheckedBlocks.in(markdown));
  }

  @Test
  void aFragmentMarkerNeedsItsReason() {
    assertEquals(List.of(2), UncheckedBlocks.in("<!-- readme-fragment: -->\n```xml\n<a/>\n```\n"));
  }

  @Test
  void otherLanguagesAndFencesInsideABlockAreNotBlocksToCheck() {
    String markdown =
        """
        ````markdown
        ```java
        class InsideAnExample {}
        ```
        ````

        ```bash
        mvn verify
        ```
        """;

    assertEquals(List.of(), UncheckedBlocks.in(markdown));
  }

  @Test
  void propertiesAndXmlBlocksAreChecked() {
    assertEquals(List.of(1, 4), UncheckedBlocks.in("```xml\n<a/>\n```\n```properties\na=b\n```\n"));
  }
}
