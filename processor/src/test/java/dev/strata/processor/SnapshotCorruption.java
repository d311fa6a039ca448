package dev.strata.processor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.processor.model.Sha256;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One random damage to a snapshot file, as a merge, an editor, a disk or a colleague inflicts it;
 * optionally followed by renaming the file after its new content, so that the checks behind the
 * name's hash are exercised too.
 */
record SnapshotCorruption(Kind kind, long seed, boolean renamed) {

  enum Kind {
    TRUNCATE,
    FLIP_BYTE,
    DELETE_FIELD,
    CHANGE_TYPE,
    DUPLICATE_KEY,
    NULL_VALUE,
    HUGE_NUMBER,
    INSERT_TEXT
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern FIELD_LINE = Pattern.compile("(?m)^ *\"\\w+\": [^\\[{\\n]*,$");
  private static final List<JsonNode> REPLACEMENTS =
      List.of(
          JsonNodeFactory.instance.textNode("x"),
          JsonNodeFactory.instance.numberNode(1.5),
          JsonNodeFactory.instance.numberNode(-3),
          JsonNodeFactory.instance.booleanNode(true),
          JsonNodeFactory.instance.objectNode(),
          JsonNodeFactory.instance.arrayNode());

  /** Damages {@code file}; returns the file that now holds the damaged text. */
  Path apply(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Random random = new Random(seed);
    byte[] damaged =
        switch (kind) {
          case TRUNCATE -> Arrays.copyOf(bytes, random.nextInt(bytes.length));
          case FLIP_BYTE -> flip(bytes, random);
          case INSERT_TEXT -> text(insert(utf8(bytes), random));
          case DUPLICATE_KEY -> text(duplicateLine(utf8(bytes), random));
          default -> text(tree(utf8(bytes), random));
        };
    Files.write(file, damaged);
    return renamed ? rename(file, damaged) : file;
  }

  private String tree(String text, Random random) throws IOException {
    JsonNode root = JSON.readTree(text);
    List<Runnable> edits = new ArrayList<>();
    collect(root, random, edits);
    edits.get(random.nextInt(edits.size())).run();
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /** One possible edit per field and list entry of the tree, of this corruption's kind. */
  private void collect(JsonNode node, Random random, List<Runnable> edits) {
    if (node instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>();
      object.fieldNames().forEachRemaining(keys::add);
      for (String key : keys) {
        edits.add(() -> edit(object, key, random));
        collect(object.get(key), random, edits);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        int index = i;
        edits.add(() -> array.set(index, replacement(random)));
        collect(array.get(i), random, edits);
      }
    }
  }

  private void edit(ObjectNode object, String key, Random random) {
    if (kind == Kind.DELETE_FIELD) {
      object.remove(key);
    } else {
      object.set(key, replacement(random));
    }
  }

  private JsonNode replacement(Random random) {
    return switch (kind) {
      case NULL_VALUE -> JsonNodeFactory.instance.nullNode();
      case HUGE_NUMBER ->
          random.nextBoolean()
              ? JsonNodeFactory.instance.numberNode(BigInteger.TEN.pow(40))
              : JsonNodeFactory.instance.numberNode(1e300);
      default -> REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size()));
    };
  }

  private static String duplicateLine(String text, Random random) {
    Matcher matcher = FIELD_LINE.matcher(text);
    List<int[]> lines = new ArrayList<>();
    while (matcher.find()) {
      lines.add(new int[] {matcher.start(), matcher.end()});
    }
    int[] line = lines.get(random.nextInt(lines.size()));
    String copy = text.substring(line[0], line[1]);
    return text.substring(0, line[1]) + "\n" + copy + text.substring(line[1]);
  }

  private static String insert(String text, Random random) {
    List<String> fragments = List.of("{", "]", ",", "\"", "null", "1e99999", "\\u0000", "é", "\r");
    int at = random.nextInt(text.length() + 1);
    return text.substring(0, at)
        + fragments.get(random.nextInt(fragments.size()))
        + text.substring(at);
  }

  private static byte[] flip(byte[] bytes, Random random) {
    byte[] flipped = bytes.clone();
    int at = random.nextInt(flipped.length);
    flipped[at] = (byte) (flipped[at] ^ (1 << random.nextInt(8)));
    return flipped;
  }

  private static Path rename(Path file, byte[] damaged) throws IOException {
    String name = file.getFileName().toString();
    String hash = Sha256.hex(utf8(damaged).replace("\r\n", "\n")).substring(0, 8);
    Path renamed = file.resolveSibling(name.substring(0, name.indexOf('-') + 1) + hash + ".json");
    return Files.move(file, renamed);
  }

  private static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static byte[] text(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
