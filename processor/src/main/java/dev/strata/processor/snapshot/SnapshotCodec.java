package dev.strata.processor.snapshot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.List;
import java.util.Optional;

/**
 * Converts snapshots to and from their JSON text: fixed key order, two-space indent, {@code \n}
 * line ends and a trailing newline, so that the same schema always gives the same bytes.
 */
public final class SnapshotCodec {

  private final ObjectMapper mapper =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  private final ObjectWriter writer = mapper.writer(prettyPrinter());

  public String encode(Snapshot snapshot) {
    List<ViewJson> views = snapshot.schema().views().stream().map(ViewJson::of).toList();
    SnapshotJson json =
        new SnapshotJson(
            Snapshot.FORMAT_VERSION,
            snapshot.version(),
            snapshot.set(),
            snapshot.parent().orElse(null),
            views);
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
      SnapshotJson json = mapper.treeToValue(tree, SnapshotJson.class);
      List<ViewDefinition> views = json.views().stream().map(ViewJson::toDefinition).toList();
      return new Snapshot(
          json.version(), json.set(), Optional.ofNullable(json.parent()), new Schema(views));
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

  @JsonPropertyOrder({"formatVersion", "version", "set", "parent", "views"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private record SnapshotJson(
      @JsonProperty(value = "formatVersion", required = true) int formatVersion,
      @JsonProperty(value = "version", required = true) int version,
      @JsonProperty(value = "set", required = true) String set,
      @JsonProperty("parent") String parent,
      @JsonProperty(value = "views", required = true) List<ViewJson> views) {}

  @JsonPropertyOrder({
    "name",
    "declaredBy",
    "sql",
    "hash",
    "reads",
    "columns",
    "dependsOn",
    "renamedFrom"
  })
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private record ViewJson(
      @JsonProperty(value = "name", required = true) String name,
      @JsonProperty(value = "declaredBy", required = true) String declaredBy,
      @JsonProperty(value = "sql", required = true) String sql,
      @JsonProperty(value = "hash", required = true) String hash,
      @JsonProperty("reads") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> reads,
      @JsonProperty("columns") @JsonInclude(JsonInclude.Include.NON_NULL) List<String> columns,
      @JsonProperty("dependsOn") List<String> dependsOn,
      @JsonProperty("renamedFrom") String renamedFrom) {

    static ViewJson of(ViewDefinition view) {
      return new ViewJson(
          view.name(),
          view.declaredBy(),
          view.sql(),
          view.hash(),
          view.reads().orElse(null),
          view.columns().orElse(null),
          view.dependsOn(),
          view.renamedFrom().orElse(null));
    }

    ViewDefinition toDefinition() {
      return new ViewDefinition(
          name,
          sql,
          declaredBy,
          hash,
          Optional.ofNullable(reads),
          Optional.ofNullable(columns),
          dependsOn == null ? List.of() : dependsOn,
          Optional.ofNullable(renamedFrom));
    }
  }
}
