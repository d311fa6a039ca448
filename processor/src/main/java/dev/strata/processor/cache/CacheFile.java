package dev.strata.processor.cache;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strata.processor.json.JsonOutput;
import dev.strata.processor.json.JsonTree;
import dev.strata.processor.model.PlanningRules;
import dev.strata.processor.model.StepDefinition;
import dev.strata.processor.model.StepPosition;
import dev.strata.processor.snapshot.SnapshotFileFacts;
import dev.strata.processor.snapshot.SnapshotHeader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.zip.CRC32;

/**
 * The cache's file format, version 3: a first line holding the CRC-32 of the rest, then one JSON
 * object. A file whose hash does not match, or that misses anything, is damaged and read as empty:
 * the cache can only ever save work, never change what a build generates.
 */
final class CacheFile {

  // 2: each snapshot's facts say when the file was read, for the racily clean check; the index
  // 3: the first line is a CRC-32, no longer a SHA-256
  static final int FORMAT = 4;

  private CacheFile() {}

  static String encode(CacheContent content) {
    String body = JsonOutput.compact(out -> out.object(root -> content(root, content)));
    return checksum(body) + "\n" + body;
  }

  private static void content(JsonOutput out, CacheContent content) throws IOException {
    out.number("format", FORMAT);
    out.string("processor", content.processor());
    out.objects("snapshots", content.snapshots(), (o, facts) -> o.object(f -> facts(f, facts)));
    out.object(
        "analysed",
        analysed -> {
          analysed.string("snapshot", content.analysed().snapshot());
          // sorted: the same content always gives the same file
          analysed.strings("views", List.copyOf(new TreeSet<>(content.analysed().views())));
        });
    out.objects(
        "migrations",
        content.migrations(),
        (o, migration) -> o.object(m -> migration(m, migration)));
    out.object(
        "index",
        index -> {
          index.string("key", content.index().key());
          index.string("source", content.index().source());
        });
  }

  /** The content, or empty when the text is damaged, of another format, or incomplete. */
  static Optional<CacheContent> decode(String text) {
    int newline = text.indexOf('\n');
    if (newline < 0 || !text.substring(0, newline).equals(checksum(text.substring(newline + 1)))) {
      return Optional.empty();
    }
    try {
      JsonNode root = JsonTree.read(text.substring(newline + 1));
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

  /**
   * Guards against damage (a file cut short or changed by hand), as the format's checks do, not
   * against an attacker, who could as well write the class files beside it: a CRC-32, which zlib
   * computes at once, where SHA-256 of the 1.4 MB cache of a 1,000-version history cost a fresh JVM
   * 50 to 90 ms of interpreted code.
   */
  private static String checksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.UTF_8));
    return "crc32:" + HexFormat.of().toHexDigits((int) crc.getValue());
  }

  private static void facts(JsonOutput out, SnapshotFileFacts facts) throws IOException {
    out.string("name", facts.name());
    out.number("size", facts.size());
    out.number("modified", facts.modified());
    out.string("sha256", facts.sha256());
    out.number("read", facts.read());
    SnapshotHeader header = facts.header();
    out.number("version", header.version());
    out.string("set", header.set());
    out.string("parent", header.parent().orElse(""));
    out.number("rules", header.rules().number());
    out.objects(
        "steps",
        header.steps(),
        (o, step) ->
            o.object(
                fields -> {
                  fields.string("class", step.className());
                  fields.string("position", step.position().name());
                }));
    out.strings("packages", header.packages());
  }

  private static SnapshotFileFacts facts(JsonNode node) {
    List<StepDefinition> steps = new ArrayList<>();
    for (JsonNode step : array(node, "steps")) {
      steps.add(
          new StepDefinition(
              string(step, "class"), StepPosition.valueOf(string(step, "position"))));
    }
    List<String> packages = new ArrayList<>();
    array(node, "packages").forEach(name -> packages.add(name.textValue()));
    String parent = string(node, "parent");
    SnapshotHeader header =
        new SnapshotHeader(
            integer(node, "version"),
            string(node, "set"),
            parent.isEmpty() ? Optional.empty() : Optional.of(parent),
            PlanningRules.of(integer(node, "rules")),
            steps,
            packages);
    return new SnapshotFileFacts(
        string(node, "name"),
        longValue(node, "size"),
        longValue(node, "modified"),
        string(node, "sha256"),
        header,
        longValue(node, "read"));
  }

  private static void migration(JsonOutput out, CachedMigration migration) throws IOException {
    out.string("key", migration.key());
    out.number("version", migration.version());
    out.string("description", migration.description());
    out.string("className", migration.className());
    out.string("checksum", migration.checksum());
    out.strings("changes", migration.changes());
    out.string("source", migration.source());
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
