package dev.strata.processor.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.processor.model.Utf8Text;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One JSON object of a snapshot file, read field by field: each getter checks that the field has
 * the type the format says and refuses {@code null}, naming the field by its path in the file
 * ({@code views[2].sql}), so that a damaged file is reported in the user's words rather than
 * Jackson's.
 */
final class JsonFields {

  private final JsonNode node;
  private final String path;

  private JsonFields(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The top-level object of a file. */
  static JsonFields root(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new MalformedSnapshotException(SnapshotMessages.notAnObject());
    }
    return new JsonFields(node, "");
  }

  /** An object found at {@code path} in a file, such as {@code views[2]}. */
  static JsonFields item(JsonNode node, String path) {
    return new JsonFields(node, path);
  }

  String path() {
    return path;
  }

  /** Refuses any key the format does not define, so that a misspelt key is not ignored. */
  void allowOnly(Set<String> keys) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!keys.contains(name)) {
        throw fail(SnapshotMessages.unknownKey(at(name)));
      }
    }
  }

  boolean has(String key) {
    return node.has(key);
  }

  JsonNode required(String key) {
    JsonNode value = node.get(key);
    if (value == null) {
      throw fail(SnapshotMessages.missing(at(key)));
    }
    if (value.isNull()) {
      throw fail(SnapshotMessages.isNull(at(key)));
    }
    return value;
  }

  String string(String key) {
    return text(required(key), at(key));
  }

  Optional<String> optionalString(String key) {
    return node.has(key) ? Optional.of(string(key)) : Optional.empty();
  }

  boolean bool(String key) {
    JsonNode value = required(key);
    if (!value.isBoolean()) {
      throw fail(SnapshotMessages.wrongType(at(key), "true or false", value));
    }
    return value.booleanValue();
  }

  /** A flag the format leaves out when it is false. */
  boolean optionalBool(String key) {
    return node.has(key) && bool(key);
  }

  /** A whole number of at least 1 that fits an {@code int}; {@code 1.0} and {@code "1"} are not. */
  int positiveInt(String key) {
    JsonNode value = required(key);
    if (!value.isIntegralNumber()) {
      throw fail(SnapshotMessages.wrongType(at(key), "a whole number", value));
    }
    if (!value.canConvertToInt() || value.intValue() < 1) {
      throw fail(SnapshotMessages.outOfRange(at(key), value.asText()));
    }
    return value.intValue();
  }

  /**
   * A whole number that fits a {@code long}, negative or not; {@code 1.0} and {@code "1"} are not.
   */
  long wholeNumber(String key) {
    JsonNode value = required(key);
    if (!value.isIntegralNumber()) {
      throw fail(SnapshotMessages.wrongType(at(key), "a whole number", value));
    }
    if (!value.canConvertToLong()) {
      throw fail(SnapshotMessages.outOfRange(at(key), value.asText()));
    }
    return value.longValue();
  }

  List<String> strings(String key) {
    List<String> strings = new ArrayList<>();
    List<JsonNode> items = array(key);
    for (int i = 0; i < items.size(); i++) {
      strings.add(text(items.get(i), at(key) + "[" + i + "]"));
    }
    return strings;
  }

  Optional<List<String>> optionalStrings(String key) {
    return node.has(key) ? Optional.of(strings(key)) : Optional.empty();
  }

  List<JsonFields> objects(String key) {
    List<JsonFields> objects = new ArrayList<>();
    List<JsonNode> items = array(key);
    for (int i = 0; i < items.size(); i++) {
      String itemPath = at(key) + "[" + i + "]";
      JsonNode item = items.get(i);
      if (!item.isObject()) {
        throw fail(SnapshotMessages.wrongType(itemPath, "an object", item));
      }
      objects.add(new JsonFields(item, itemPath));
    }
    return objects;
  }

  /** The object under {@code key}, when the key is there. */
  Optional<JsonFields> optionalObject(String key) {
    if (!node.has(key)) {
      return Optional.empty();
    }
    JsonNode value = required(key);
    if (!value.isObject()) {
      throw fail(SnapshotMessages.wrongType(at(key), "an object", value));
    }
    return Optional.of(new JsonFields(value, at(key)));
  }

  List<JsonFields> optionalObjects(String key) {
    return node.has(key) ? objects(key) : List.of();
  }

  /** An error about this object, or about one of its fields when the message names it. */
  MalformedSnapshotException fail(String problem) {
    return new MalformedSnapshotException(problem);
  }

  private List<JsonNode> array(String key) {
    JsonNode value = required(key);
    if (!value.isArray()) {
      throw fail(SnapshotMessages.wrongType(at(key), "a list", value));
    }
    List<JsonNode> items = new ArrayList<>();
    value.forEach(items::add);
    return items;
  }

  private String text(JsonNode value, String where) {
    if (value.isNull()) {
      throw fail(SnapshotMessages.isNull(where));
    }
    if (!value.isTextual()) {
      throw fail(SnapshotMessages.wrongType(where, "a string", value));
    }
    String text = value.textValue();
    int lone = Utf8Text.loneSurrogate(text);
    if (lone >= 0) {
      // JSON's escapes can say it; UTF-8 cannot, so no generated source could hold it as written
      throw fail(SnapshotMessages.loneSurrogate(where, text.charAt(lone), lone));
    }
    return text;
  }

  private String at(String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
