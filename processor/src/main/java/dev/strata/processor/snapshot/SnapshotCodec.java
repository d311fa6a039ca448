package dev.strata.processor.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.processor.json.JsonOutput;
import dev.strata.processor.json.JsonTree;
import dev.strata.processor.model.ViewDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Converts snapshots to and from their JSON text: fixed key order, two-space indent, {@code \n}
 * line ends and a trailing newline, so that the same schema always gives the same bytes. Jackson's
 * streaming parser and generator only ({@link JsonTree}, {@link JsonOutput}): setting up databind's
 * mapper and its serializers cost a first build more than writing the snapshot.
 */
public final class SnapshotCodec {

  private static final String VIEWS = "views";

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
   * files each view whose text equals one of theirs: its views are kept as text while the file is
   * parsed, and only a view no earlier file had is read into a tree and decoded.
   */
  Snapshot decode(String text, SharedViews shared) {
    Optional<JsonTree.ObjectWithItems> split;
    JsonNode tree;
    try {
      // strict: a key twice or text after the object is damage, never something to choose from
      split = JsonTree.readKeepingItems(text, VIEWS);
      tree = split.isPresent() ? split.get().object() : JsonTree.read(text);
    } catch (JsonProcessingException e) {
      throw new MalformedSnapshotException(JsonErrors.describe(e));
    }
    JsonFields root = JsonFields.root(tree);
    Snapshot snapshot =
        SnapshotDecoder.decode(
            root,
            split.isPresent()
                ? () -> views(root, split.get().items(), shared)
                : () -> root.objects(VIEWS).stream().map(SnapshotDecoder::view).toList());
    SnapshotConsistency.check(snapshot.schema());
    return snapshot;
  }

  private static List<ViewDefinition> views(
      JsonFields root, List<JsonTree.Item> items, SharedViews shared) {
    List<ViewDefinition> views = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonTree.Item item = items.get(i);
      String path = VIEWS + "[" + i + "]";
      if (item.objectText().isEmpty()) {
        throw root.fail(SnapshotMessages.wrongType(path, "an object", item.value().orElseThrow()));
      }
      String viewText = item.objectText().get();
      views.add(
          shared.view(viewText, () -> SnapshotDecoder.view(JsonFields.item(tree(viewText), path))));
    }
    return views;
  }

  /** The tree of a view's text, which the file's strict parse has already read without error. */
  private static JsonNode tree(String viewText) {
    try {
      return JsonTree.read(viewText);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A view's text parsed within its file but not alone", e);
    }
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
