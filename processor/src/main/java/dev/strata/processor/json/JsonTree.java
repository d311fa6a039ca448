package dev.strata.processor.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one JSON value into a tree of {@link JsonNode}s with the streaming parser, the tree
 * databind's {@code readTree} gives (an {@code IntNode} for a number that fits an {@code int}, a
 * {@code LongNode} or {@code BigIntegerNode} beyond, a {@code DoubleNode} for a fraction),
 * strictly: a key twice in one object, or anything after the value, is an error, never something to
 * choose from. Empty text gives a {@link MissingNode}.
 */
public final class JsonTree {

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /**
   * The tree of {@code text}.
   *
   * @throws JsonProcessingException where the text is not one JSON value, as the parser reports it
   */
  public static JsonNode read(String text) throws JsonProcessingException {
    return parse(
        text,
        parser -> {
          JsonToken first = parser.nextToken();
          if (first == null) {
            return MissingNode.getInstance();
          }
          JsonNode value = value(parser, first);
          requireEnd(parser);
          return value;
        });
  }

  /**
   * An object read as {@link #read} reads it, except for the items of the array under one of its
   * keys: each item that is an object is kept as its exact text, for the caller to recognise before
   * it reads it (a long history repeats the same objects many times), and the array itself is left
   * empty in the tree. The whole text is still parsed strictly, so any error is where {@link #read}
   * reports it.
   *
   * @param text one JSON object
   * @param key the key, at the object's top level, whose array's items are kept as text
   * @return empty when {@code text} is not an object or has no array under {@code key}: {@link
   *     #read} it instead
   */
  public static Optional<ObjectWithItems> readKeepingItems(String text, String key)
      throws JsonProcessingException {
    return parse(
        text,
        parser -> {
          if (parser.nextToken() != JsonToken.START_OBJECT) {
            return Optional.empty();
          }
          ObjectNode object = NODES.objectNode();
          List<Item> items = null;
          for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            JsonToken token = parser.nextToken();
            if (name.equals(key) && token == JsonToken.START_ARRAY) {
              items = items(parser, text);
              object.set(name, NODES.arrayNode());
            } else {
              object.set(name, value(parser, token));
            }
          }
          requireEnd(parser);
          return items == null ? Optional.empty() : Optional.of(new ObjectWithItems(object, items));
        });
  }

  /**
   * An object whose array under one key was read item by item, as {@link #readKeepingItems}
   * describes.
   */
  public record ObjectWithItems(ObjectNode object, List<Item> items) {}

  /**
   * One item of the array: an object's exact text, or the tree of any other value.
   *
   * @param objectText the text from the object's opening brace to its closing one
   * @param value the item's tree when it is not an object
   */
  public record Item(Optional<String> objectText, Optional<JsonNode> value) {}

  /** What a reading makes of the parser's tokens; throws what the parser throws. */
  private interface Reading<T> {
    T from(JsonParser parser) throws IOException;
  }

  private static <T> T parse(String text, Reading<T> reading) throws JsonProcessingException {
    try (JsonParser parser = FACTORY.createParser(text)) {
      return reading.from(parser);
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      // the text is in memory: only a parse error can happen
      throw new UncheckedIOException(e);
    }
  }

  /** Strict: anything after the value is an error where it starts, never something to ignore. */
  private static void requireEnd(JsonParser parser) throws IOException {
    if (parser.nextToken() != null) {
      throw new JsonParseException(
          parser, "Trailing token after the value", parser.currentTokenLocation());
    }
  }

  private static List<Item> items(JsonParser parser, String text) throws IOException {
    List<Item> items = new ArrayList<>();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == JsonToken.START_OBJECT) {
        int start = Math.toIntExact(parser.currentTokenLocation().getCharOffset());
        // still every token of it, strictly: a key twice is found here as by read
        parser.skipChildren();
        int end = Math.toIntExact(parser.currentLocation().getCharOffset());
        items.add(new Item(Optional.of(text.substring(start, end)), Optional.empty()));
      } else {
        items.add(new Item(Optional.empty(), Optional.of(value(parser, token))));
      }
    }
    return items;
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> object(parser);
      case START_ARRAY -> array(parser);
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> whole(parser);
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new JsonParseException(parser, "Unexpected token " + token);
    };
  }

  private static JsonNode whole(JsonParser parser) throws IOException {
    return switch (parser.getNumberType()) {
      case INT -> NODES.numberNode(parser.getIntValue());
      case LONG -> NODES.numberNode(parser.getLongValue());
      default -> NODES.numberNode(parser.getBigIntegerValue());
    };
  }

  private static ObjectNode object(JsonParser parser) throws IOException {
    ObjectNode object = NODES.objectNode();
    for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
      object.set(name, value(parser, parser.nextToken()));
    }
    return object;
  }

  private static ArrayNode array(JsonParser parser) throws IOException {
    ArrayNode array = NODES.arrayNode();
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      array.add(value(parser, token));
    }
    return array;
  }
}
