package dev.strata.processor.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.processor.json.JsonOutput;
import dev.strata.processor.json.JsonTree;
import java.util.OptionalInt;

/**
 * Converts snapshots to and from their JSON text: fixed key order, two-space indent, {@code \n}
 * line ends and a trailing newline, so that the same schema always gives the same bytes. Jackson's
 * streaming parser and generator only ({@link JsonTree}, {@link JsonOutput}): setting up databind's
 * mapper and its serializers cost a first build more than writing the snapshot.
 */
public final class SnapshotCodec {

  public String encode(Snapshot snapshot) {
    SnapshotJson json = SnapshotJson.of(snapshot);
    return JsonOutput.indented(out -> out.object(json::write)) + "\n";
  }

  /**
   * Parses one snapshot file's text, checking every field and what the fields say about each other.
   *
   * @throws IllegalArgumentException with a message fit for the user when the text is not a
   *     snapshot this version of Strata can read
   */
  public Snapshot decode(String text) {
    return decode(text, new SharedViews());
  }

  /**
   * Parses one file of a chain, as {@link #decode(String)} does, sharing with the chain's other
   * files each view whose JSON equals one of theirs.
   */
  Snapshot decode(String text, SharedViews shared) {
    JsonNode tree;
    try {
      // strict: a key twice or text after the object is damage, never something to choose from
      tree = JsonTree.read(text);
    } catch (JsonProcessingException e) {
      throw new MalformedSnapshotException(JsonErrors.describe(e));
    }
    Snapshot snapshot = SnapshotDecoder.decode(JsonFields.root(tree), shared);
    SnapshotConsistency.check(snapshot.schema());
    return snapshot;
  }

  /**
   * The format of a file a newer Strata wrote, read leniently: such a file is reported as newer,
   * whatever else about it this Strata does not understand, such as how it is named.
   */
  OptionalInt newerFormat(String text) {
    try {
      JsonNode format = JsonTree.read(text).path("formatVersion");
      return format.isIntegralNumber()
              && format.canConvertToInt()
              && format.intValue() > Snapshot.FORMAT_VERSION
          ? OptionalInt.of(format.intValue())
          : OptionalInt.empty();
    } catch (JsonProcessingException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }
}
