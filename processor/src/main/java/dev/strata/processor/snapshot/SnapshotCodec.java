package dev.strata.processor.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/**
 * Converts snapshots to and from their JSON text: fixed key order, two-space indent, {@code \n}
 * line ends and a trailing newline, so that the same schema always gives the same bytes.
 */
public final class SnapshotCodec {

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final ObjectWriter writer = mapper.writer(prettyPrinter());

  public String encode(Snapshot snapshot) {
    SnapshotJson json = SnapshotJson.of(snapshot);
    try {
      return writer.writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot encode snapshot " + snapshot.version(), e);
    }
  }

  /**
   * Parses one snapshot file's text.
   *
   * @throws IllegalArgumentException with a message fit for the user when the text is not a
   *     snapshot this version of Strata can read
   */
  public Snapshot decode(String text) {
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("it is not valid JSON: " + e.getOriginalMessage());
    }
    if (tree == null || !tree.isObject()) {
      throw new IllegalArgumentException("it is not a JSON object");
    }
    JsonNode format = tree.get("formatVersion");
    if (format == null || !format.canConvertToInt()) {
      throw new IllegalArgumentException("it has no \"formatVersion\"");
    }
    if (format.intValue() > Snapshot.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "it was written by a newer Strata (snapshot format "
              + format.intValue()
              + ", this Strata reads up to "
              + Snapshot.FORMAT_VERSION
              + "); upgrade Strata");
    }
    try {
      return mapper.treeToValue(tree, SnapshotJson.class).toSnapshot();
    } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException("it is malformed: " + describe(e));
    }
  }

  private static String describe(Exception e) {
    return e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
  }

  private static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators)
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }
}
