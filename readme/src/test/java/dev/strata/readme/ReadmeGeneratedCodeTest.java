package dev.strata.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.strata.readme.Snippet.Kind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated code the README quotes is code the processor writes: each {@code generated}
 * snippet's lines appear, in order and together, in one of the golden files that the processor's
 * tests compare its output with.
 */
class ReadmeGeneratedCodeTest {

  private static final Path GOLDEN =
      Path.of("..", "processor", "src", "test", "resources", "expected");

  @Test
  void everyGeneratedSnippetIsInAGoldenFile() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    List<Snippet> snippets =
        ReadmeSnippets.in(readme).stream().filter(s -> s.kind() == Kind.GENERATED).toList();
    List<List<String>> golden = goldenFiles();
    List<Integer> notFound = new ArrayList<>();
    for (Snippet snippet : snippets) {
      List<String> quoted = code(snippet.text());
      if (golden.stream().noneMatch(file -> Collections.indexOfSubList(file, quoted) >= 0)) {
        notFound.add(snippet.line());
      }
    }

    assertFalse(snippets.isEmpty(), "README.md marks no generated snippet");
    assertEquals(
        List.of(),
        notFound,
        "README.md lines of generated snippets that no file under " + GOLDEN + " contains");
  }

  @Test
  void codeIgnoresIndentationBlankLinesAndOverrides() {
    assertEquals(
        List.of("void a() {", "}", "void b() {}"),
        code("  @Override\n  void a() {\n  }\n\n  void b() {}\n"));
  }

  /** The lines a reader compares: stripped, without blank lines and {@code @Override}. */
  private static List<String> code(String text) {
    return text.lines()
        .map(String::strip)
        .filter(l -> !l.isEmpty() && !l.equals("@Override"))
        .toList();
  }

  private static List<List<String>> goldenFiles() throws IOException {
    try (Stream<Path> files = Files.walk(GOLDEN)) {
      return files
          .filter(file -> file.toString().endsWith(".java"))
          .sorted()
          .map(
              file -> {
                try {
                  return code(Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
