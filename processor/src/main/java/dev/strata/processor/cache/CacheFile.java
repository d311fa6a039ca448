package dev.strata.processor.cache;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.Sha256;
import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.StepPosition;
import dev.strata.processor.snapshot.SnapshotFileFacts;
import dev.strata.processor.snapshot.SnapshotHeader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The cache's file format, version 2: a first line holding the SHA-256 of the rest, then one JSON
 * object. A file whose hash does not match, or that misses anything, is damaged and read as empty:
 * the cache can only ever save work, never change what a build generates.
 */
final class CacheFile {

  // 2: each snapshot's facts say when the file was read, for the racily clean check; the index
  static final int FORMAT = 2;

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CacheFile() {}

  static String encode(CacheContent content) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("processor", content.processor());
    ArrayNode snapshots = root.putArray("snapshots");
    content.snapshots().forEach(facts -> snapshots.add(facts(facts)));
    ObjectNode analysed = root.putObject("analysed");
    analysed.put("snapshot", content.analysed().snapshot());
    ArrayNode views = analysed.putArray("views");
    // sorted: the same content always gives the same file
    new TreeSet<>(content.analysed().views()).forEach(views::add);
    ArrayNode migrations = root.putArray("migrations");
    content.migrations().forEach(migration -> migrations.add(migration(migration)));
    ObjectNode index = root.putObject("index");
    index.put("key", content.index().key());
    index.put("source", content.index().source());
    String body = root.toString();
    return Sha256.hex(body) + "\n" + body;
  }

  /** The content, or empty when the text is damaged, of another format, or incomplete. */
  static Optional<CacheContent> decode(String text) {
    int newline = text.indexOf('\n');
    if (newline < 0
        || !text.substring(0, newline).equals(Sha256.hex(text.substring(newline + 1)))) {
      return Optional.empty();
    }
    try {
      JsonNode root = MAPPER.readTree(text.substring(newline + 1));
      if (integer(root, "format") != FORMAT) {
        return Optional.empty();
      }
      List<SnapshotFileFacts> snapshots = new ArrayList<>();
      for (JsonNode node : array(root, "snapshots")) {
        snapshots.add(facts(node));
      }
      JsonNode analysed = field(root, "analysed");
      TreeSet<String> views = new TreeSet<>();
      array(analysed, "views").forEach(view -> views.add(view.textValue()));
      List<CachedMigration> migrations = new ArrayList<>();
      for (JsonNode node : array(root, "migrations")) {
        migrations.add(migration(node));
      }
      JsonNode index = field(root, "index");
      return Optional.of(
          new CacheContent(
              string(root, "processor"),
              snapshots,
              new CacheContent.AnalysedViews(string(analysed, "snapshot"), views),
              migrations,
              new CachedIndex(string(index, "key"), string(index, "source"))));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static ObjectNode facts(SnapshotFileFacts facts) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("name", facts.name());
    node.put("size", facts.size());
    node.put("modified", facts.modified());
    node.put("sha256", facts.sha256());
    node.put("read", facts.read());
    SnapshotHeader header = facts.header();
    node.put("version", header.version());
    node.put("set", header.set());
    node.put("parent", header.parent().orElse(""));
    node.put("rules", header.rules().number());
    ArrayNode steps = node.putArray("steps");
    for (StepDefinition step : header.steps()) {
      steps.addObject().put("class", step.className()).put("position", step.position().name());
    }
    return node;
  }

  private static SnapshotFileFacts facts(JsonNode node) {
    List<StepDefinition> steps = new ArrayList<>();
    for (JsonNode step : array(node, "steps")) {
      steps.add(
          new StepDefinition(
              string(step, "class"), StepPosition.valueOf(string(step, "position"))));
    }
    String parent = string(node, "parent");
    SnapshotHeader header =
        new SnapshotHeader(
            integer(node, "version"),
            string(node, "set"),
            parent.isEmpty() ? Optional.empty() : Optional.of(parent),
            PlanningRules.of(integer(node, "rules")),
            steps);
    return new SnapshotFileFacts(
        string(node, "name"),
        longValue(node, "size"),
        longValue(node, "modified"),
        string(node, "sha256"),
        header,
        longValue(node, "read"));
  }

  private static ObjectNode migration(CachedMigration migration) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("key", migration.key());
    node.put("version", migration.version());
    node.put("description", migration.description());
    node.put("className", migration.className());
    node.put("checksum", migration.checksum());
    ArrayNode changes = node.putArray("changes");
    migration.changes().forEach(changes::add);
    node.put("source", migration.source());
    return node;
  }

  private static CachedMigration migration(JsonNode node) {
    List<String> changes = new ArrayList<>();
    array(node, "changes").forEach(change -> changes.add(change.textValue()));
    return new CachedMigration(
        string(node, "key"),
        integer(node, "version"),
        string(node, "description"),
        string(node, "className"),
        string(node, "checksum"),
        changes,
        string(node, "source"));
  }

  private static JsonNode field(JsonNode node, String name) {
    return field(node, name, value -> value.isObject());
  }

  /** The field's value, which must be there and fit; anything else is damage. */
  private static JsonNode field(JsonNode node, String name, Predicate<JsonNode> fits) {
    JsonNode value = node.get(name);
    if (value == null || !fits.test(value)) {
      throw new IllegalArgumentException("No fitting " + name);
    }
    return value;
  }

  private static String string(JsonNode node, String name) {
    return field(node, name, JsonNode::isTextual).textValue();
  }

  private static int integer(JsonNode node, String name) {
    return field(node, name, JsonNode::isInt).intValue();
  }

  private static long longValue(JsonNode node, String name) {
    return field(node, name, value -> value.isIntegralNumber() && value.canConvertToLong())
        .longValue();
  }

  private static JsonNode array(JsonNode node, String name) {
    return field(node, name, JsonNode::isArray);
  }
}
