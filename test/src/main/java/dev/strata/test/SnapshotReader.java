package dev.strata.test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Reads a module's committed snapshot chain ({@code NNNN-hash.json}, snapshot format 1) into the
 * schema each version expects.
 *
 * <p>It reads the JSON itself rather than through {@code strata-processor}'s {@code SnapshotStore}:
 * the processor on a test class path would bring an annotation processor, JavaPoet and JSqlParser
 * along, and the kit needs only names and types, which format 1 states field by field. The
 * processor has already checked the chain's integrity when it compiled the migrations.
 */
final class SnapshotReader {

  private static final int FORMAT_VERSION = 1;
  private static final ObjectMapper JSON = new ObjectMapper();

  private SnapshotReader() {}

  /** The chain in version order, versions 1 to n without gaps. */
  static List<ExpectedSchema> read(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(
          "No snapshot folder "
              + folder.toAbsolutePath()
              + ": point the kit at the module's snapshots (default src/main/strata)");
    }
    List<ExpectedSchema> chain = new ArrayList<>();
    for (Path file : snapshotFiles(folder)) {
      ExpectedSchema schema = parse(file);
      if (schema.version() != chain.size() + 1) {
        throw new IllegalArgumentException(
            "Snapshot "
                + file
                + " has version "
                + schema.version()
                + ", expected "
                + (chain.size() + 1));
      }
      chain.add(schema);
    }
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("No snapshot in " + folder.toAbsolutePath());
    }
    return List.copyOf(chain);
  }

  private static List<Path> snapshotFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      // sorted: the file name starts with the zero-padded version
      return files
          .filter(file -> file.getFileName().toString().matches("\\d{4,}-[0-9a-f]+\\.json"))
          .sorted(Comparator.comparing(file -> file.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list the snapshots in " + folder, e);
    }
  }

  private static ExpectedSchema parse(Path file) {
    JsonNode root;
    try {
      root = JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read snapshot " + file, e);
    }
    int format = root.path("formatVersion").asInt(-1);
    if (format != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "Snapshot " + file + " has format " + format + "; this strata-test reads format 1");
    }
    return new ExpectedSchema(
        root.path("version").asInt(),
        root.path("set").asText("main"),
        file.getFileName().toString(),
        views(root.path("views")),
        tables(root.path("tables")));
  }

  private static List<ExpectedSchema.View> views(JsonNode views) {
    List<ExpectedSchema.View> result = new ArrayList<>();
    for (JsonNode view : views) {
      Map<String, List<String>> dialectColumns = new TreeMap<>();
      for (JsonNode dialect : view.path("dialects")) {
        dialectColumns.put(dialect.path("database").asText(), columnNames(dialect.path("columns")));
      }
      result.add(
          new ExpectedSchema.View(
              view.path("name").asText(),
              columnNames(view.path("columns")),
              dialectColumns,
              materialized(view.path("materialized"))));
    }
    return result;
  }

  private static List<String> columnNames(JsonNode items) {
    List<String> columns = new ArrayList<>();
    for (JsonNode item : items) {
      Optional<String> name = ViewColumnName.of(item.asText());
      if (name.isEmpty()) {
        // one unnamed column makes the positions of the others unknown: check existence only
        return List.of();
      }
      columns.add(name.get());
    }
    return columns;
  }

  /** Present only for a materialized view: its snapshot entry has {@code "materialized"}. */
  private static Optional<ExpectedSchema.Materialized> materialized(JsonNode materialized) {
    if (materialized.isMissingNode() || materialized.isNull()) {
      return Optional.empty();
    }
    return Optional.of(
        new ExpectedSchema.Materialized(
            materialized.path("withData").asBoolean(true), indexes(materialized.path("indexes"))));
  }

  private static List<ExpectedSchema.Index> indexes(JsonNode indexes) {
    List<ExpectedSchema.Index> result = new ArrayList<>();
    for (JsonNode index : indexes) {
      List<String> descending = texts(index.path("descending"));
      result.add(
          new ExpectedSchema.Index(
              index.path("name").asText(),
              texts(index.path("columns")).stream()
                  .map(c -> descending.contains(c) ? c + ExpectedSchema.Index.DESC : c)
                  .toList(),
              index.path("unique").asBoolean(false)));
    }
    return result;
  }

  private static List<ExpectedSchema.Table> tables(JsonNode tables) {
    List<ExpectedSchema.Table> result = new ArrayList<>();
    for (JsonNode table : tables) {
      List<ExpectedSchema.Column> columns = new ArrayList<>();
      for (JsonNode column : table.path("columns")) {
        columns.add(
            new ExpectedSchema.Column(
                column.path("name").asText(),
                column.path("type").asText(),
                column.path("nullable").asBoolean(true),
                column.path("identity").asBoolean(false),
                Optional.ofNullable(column.path("defaultValue").textValue()),
                Optional.ofNullable(column.path("comment").textValue())));
      }
      List<ExpectedSchema.ForeignKey> foreignKeys = new ArrayList<>();
      for (JsonNode key : table.path("foreignKeys")) {
        foreignKeys.add(
            new ExpectedSchema.ForeignKey(
                key.path("name").asText(),
                texts(key.path("columns")),
                key.path("referencedTable").asText(),
                texts(key.path("referencedColumns")),
                key.path("onDelete").asText(ExpectedSchema.ForeignKey.NO_ACTION)));
      }
      List<String> checks = new ArrayList<>();
      table.path("checks").forEach(check -> checks.add(check.path("name").asText()));
      List<String> sequences = new ArrayList<>();
      table.path("sequences").forEach(sequence -> sequences.add(sequence.path("name").asText()));
      result.add(
          new ExpectedSchema.Table(
              table.path("name").asText(),
              columns,
              texts(table.path("primaryKey")),
              indexes(table.path("indexes")),
              foreignKeys,
              checks,
              sequences,
              Optional.ofNullable(table.path("comment").textValue())));
    }
    return result;
  }

  private static List<String> texts(JsonNode items) {
    List<String> texts = new ArrayList<>();
    items.forEach(item -> texts.add(item.asText()));
    return texts;
  }
}
