package dev.strata.processor.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The streaming reader builds the tree databind's {@code readTree} builds, node type for node type,
 * so that the snapshot decoder's checks ({@code isInt}, {@code isIntegralNumber}, {@code
 * isTextual}) see what they saw before; and it is strict where the old mapper was configured to be.
 */
class JsonTreeTest {

  private static final ObjectMapper DATABIND = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{}",
        "[]",
        "{\"a\": [1, -1, 2147483647, 2147483648, -2147483649, 9223372036854775807,"
            + " 9223372036854775808, 1.0, 1e3, -0.5, 0]}",
        "{\"s\": \"\\u00e9\\n\\\"x\\\"\\t\", \"t\": true, \"f\": false, \"n\": null}",
        "{\"nested\": {\"list\": [{\"x\": []}, [[]], \"\"]}, \"after\": 1}",
        "\"text\"",
        "42",
        "  {\"a\" : 1}  \n",
      })
  void readsTheTreeDatabindReads(String text) throws IOException {
    assertSameTree(DATABIND.readTree(text), JsonTree.read(text));
  }

  @ParameterizedTest
  @MethodSource("committedSnapshots")
  void readsEveryCommittedSnapshotAsDatabindDoes(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);

    assertSameTree(DATABIND.readTree(text), JsonTree.read(text));
  }

  @Test
  void emptyTextIsMissing() throws IOException {
    assertTrue(JsonTree.read("").isMissingNode());
    assertTrue(JsonTree.read("  \n").isMissingNode());
  }

  @Test
  void aKeyTwiceIsRefused() {
    JsonProcessingException error =
        assertThrows(JsonProcessingException.class, () -> JsonTree.read("{\"a\": 1, \"a\": 2}"));

    assertTrue(error.getOriginalMessage().startsWith("Duplicate field 'a'"));
  }

  @Test
  void textAfterTheValueIsRefusedWhereItStarts() {
    JsonProcessingException error =
        assertThrows(JsonProcessingException.class, () -> JsonTree.read("{\"a\": 1}\n {}"));

    assertEquals(2, error.getLocation().getLineNr());
    assertEquals(2, error.getLocation().getColumnNr());
  }

  @Test
  void textCutOffIsAnEndOfInput() {
    assertThrows(JsonEOFException.class, () -> JsonTree.read("{\"a\": [1, 2"));
    assertThrows(JsonEOFException.class, () -> JsonTree.read("{\"a\": "));
  }

  @ParameterizedTest
  @MethodSource("committedSnapshots")
  void keepingTheViewsAsTextLeavesTheRestAndEachViewAsReadWouldHaveThem(Path file)
      throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    JsonNode whole = JsonTree.read(text);

    JsonTree.ObjectWithItems split = JsonTree.readKeepingItems(text, "views").orElseThrow();

    JsonNode views = whole.get("views");
    assertEquals(views.size(), split.items().size());
    for (int i = 0; i < views.size(); i++) {
      String viewText = split.items().get(i).objectText().orElseThrow();
      assertSameTree(views.get(i), JsonTree.read(viewText));
      assertTrue(text.contains(viewText));
    }
    ((ObjectNode) whole).set("views", DATABIND.createArrayNode());
    assertSameTree(whole, split.object());
  }

  @Test
  void itemsFarIntoALongTextAreKeptExactly() throws IOException {
    // far beyond the parser's buffer, which it refills as it goes, and with characters outside
    // ASCII and the basic plane, counted as Java counts them
    List<String> expected = new ArrayList<>();
    StringBuilder text = new StringBuilder("{\"first\": 1, \"views\": [\n");
    for (int i = 0; i < 5_000; i++) {
      String item =
          "{\n  \"name\": \"v"
              + i
              + "\",\n  \"sql\": \"SELECT 'caf\u00e9 \ud83d\ude00 "
              + i
              + "'\"\n}";
      expected.add(item);
      text.append(i == 0 ? "" : ",\n").append(item);
    }
    text.append("\n], \"last\": [true]}");

    JsonTree.ObjectWithItems split =
        JsonTree.readKeepingItems(text.toString(), "views").orElseThrow();

    assertTrue(text.length() > 200_000);
    assertEquals(
        expected, split.items().stream().map(item -> item.objectText().orElseThrow()).toList());
    assertEquals(
        DATABIND.readTree("{\"first\": 1, \"views\": [], \"last\": [true]}"), split.object());
  }

  @Test
  void anItemThatIsNoObjectIsKeptAsItsTree() throws IOException {
    JsonTree.ObjectWithItems split =
        JsonTree.readKeepingItems("{\"v\": [{\"a\": [1]}, 2, null], \"w\": [{}]}", "v")
            .orElseThrow();

    assertEquals("{\"a\": [1]}", split.items().get(0).objectText().orElseThrow());
    assertEquals(DATABIND.readTree("2"), split.items().get(1).value().orElseThrow());
    assertTrue(split.items().get(2).value().orElseThrow().isNull());
    assertEquals(DATABIND.readTree("{\"v\": [], \"w\": [{}]}"), split.object());
  }

  @Test
  void withoutAnArrayUnderTheKeyOrAnObjectAtTheTopThereIsNothingToKeep() throws IOException {
    assertTrue(JsonTree.readKeepingItems("{\"v\": 1}", "v").isEmpty());
    assertTrue(JsonTree.readKeepingItems("{\"w\": []}", "v").isEmpty());
    assertTrue(JsonTree.readKeepingItems("[{\"v\": []}]", "v").isEmpty());
    assertTrue(JsonTree.readKeepingItems("", "v").isEmpty());
  }

  @Test
  void itemsKeptAsTextAreStillParsedStrictly() {
    JsonProcessingException twice =
        assertThrows(
            JsonProcessingException.class,
            () -> JsonTree.readKeepingItems("{\"v\": [{\"a\": 1, \"a\": 2}]}", "v"));
    assertTrue(twice.getOriginalMessage().startsWith("Duplicate field 'a'"));
    assertThrows(
        JsonEOFException.class, () -> JsonTree.readKeepingItems("{\"v\": [{\"a\": [1", "v"));
    JsonProcessingException after =
        assertThrows(
            JsonProcessingException.class,
            () -> JsonTree.readKeepingItems("{\"v\": []}\n {}", "v"));
    assertEquals(2, after.getLocation().getLineNr());
    assertThrows(
        JsonProcessingException.class,
        () -> JsonTree.readKeepingItems("{\"v\": [], \"v\": []}", "v"));
  }

  static Stream<Path> committedSnapshots() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/expected"))) {
      List<Path> snapshots = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
      assertTrue(snapshots.size() >= 10, "the golden snapshots are where this test looks");
      return snapshots.stream();
    }
  }

  /** Equal, and of the same node class at every level: {@code IntNode(1)} is not a long. */
  private static void assertSameTree(JsonNode expected, JsonNode actual) {
    assertEquals(expected, actual);
    assertEquals(expected.getClass(), actual.getClass(), expected.toString());
    if (expected.isObject()) {
      expected
          .fieldNames()
          .forEachRemaining(name -> assertSameTree(expected.get(name), actual.get(name)));
    } else if (expected.isArray()) {
      for (int i = 0; i < expected.size(); i++) {
        assertSameTree(expected.get(i), actual.get(i));
      }
    }
  }
}
