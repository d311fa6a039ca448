package dev.strata.processor.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.OptionalInt;

/**
 * Converts snapshots to and from their JSON text: fixed key order, two-space indent, {@code \n}
 * line ends and a trailing newline, so that the same schema always gives the same bytes.
 */
public final class SnapshotCodec {

  // strict: a key twice or text after the object is damage, never something to choose from
  private final ObjectMapper mapper =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
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
   * Parses one snapshot file's text, checking every field and what the fields say about each other.
   *
   * @throws IllegalArgumentException with a message fit for the user when the text is not a
   *     snapshot this version of Strata can read
   */
  public Snapshot decode(String text) {
    JsonNode tree;
    try {
      tree = mapper.readTree(text);
    } catch (JsonProcessingException e) {
      throw new MalformedSnapshotException(JsonErrors.describe(e));
    }
    Snapshot snapshot = SnapshotDecoder.decode(JsonFields.root(tree));
    SnapshotConsistency.check(snapshot.schema());
    return snapshot;
  }

  /**
   * The format of a file a newer Strata wrote, read leniently: such a file is reported as newer,
   * whatever else about it this Strata does not understand, such as how it is named.
   */
  OptionalInt newerFormat(String text) {
    try {
      JsonNode format = mapper.readTree(text).path("formatVersion");
      return format.isIntegralNumber()
              && format.canConvertToInt()
              && format.intValue() > Snapshot.FORMAT_VERSION
          ? OptionalInt.of(format.intValue())
          : OptionalInt.empty();
    } catch (JsonProcessingException | RuntimeException e) {
      return OptionalInt.empty();
    }
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
