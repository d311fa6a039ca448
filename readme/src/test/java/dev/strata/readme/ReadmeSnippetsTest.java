package dev.strata.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which of the README's code blocks become the tutorial project, and what a broken mark says. */
class ReadmeSnippetsTest {

  @Test
  void onlyTheBlocksAfterAMarkerAreTaken() {
    String markdown =
        """
        Some text.

        ```java
        class NotMarked {}
        ```

        <!-- readme-test: main -->
        ```java
        class Marked {}
        ```
        """;

    List<Snippet> snippets = ReadmeSnippets.in(markdown);

    assertEquals(List.of(new Snippet(Snippet.Kind.MAIN, "class Marked {}\n", 7)), snippets);
  }

  @Test
  void blankLinesMayStandBetweenMarkerAndBlock() {
    String markdown = "<!-- readme-test: pom -->\n\n```xml\n<project/>\n```\n";

    assertEquals("<project/>\n", ReadmeSnippets.in(markdown).get(0).text());
  }

  @Test
  void aBlockInsideAListItemLosesTheItemsIndentation() {
    String markdown =
        "- item\n  <!-- readme-test: test -->\n  ```java\n  class T {\n    int x;\n  }\n  ```\n";

    assertEquals("class T {\n  int x;\n}\n", ReadmeSnippets.in(markdown).get(0).text());
  }

  @Test
  void aLongerFenceKeepsShorterFencesInsideTheBlock() {
    String markdown = "<!-- readme-test: output -->\n````\n```\ninside\n````\n";

    assertEquals("```\ninside\n", ReadmeSnippets.in(markdown).get(0).text());
  }

  @Test
  void aMarkerWithoutABlockNamesItsLine() {
    String markdown = "text\n<!-- readme-test: main -->\nmore text\n```java\nclass A {}\n```\n";

    ReadmeException error = assertThrows(ReadmeException.class, () -> ReadmeSnippets.in(markdown));

    assertTrue(
        error.getMessage().startsWith("README.md line 2: the <!-- readme-test"),
        error.getMessage());
  }

  @Test
  void anUnclosedBlockIsAnError() {
    String markdown = "<!-- readme-test: main -->\n```java\nclass A {}\n";

    ReadmeException error = assertThrows(ReadmeException.class, () -> ReadmeSnippets.in(markdown));

    assertEquals(
        "README.md line 2: the code block marked on line 1 is never closed; end it with ```",
        error.getMessage());
  }

  @Test
  void anUnknownKindListsTheKnownOnes() {
    ReadmeException error =
        assertThrows(
            ReadmeException.class,
            () -> ReadmeSnippets.in("<!-- readme-test: java -->\n```java\nclass A {}\n```\n"));

    assertTrue(
        error
            .getMessage()
            .contains(
                "pom, dependencies, main, test, output, compile, statements, properties, plugin"),
        error.getMessage());
  }
}
