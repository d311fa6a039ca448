package dev.strata.processor.snapshot;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;
import dev.strata.processor.sql.ViewDefinitions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Valid snapshots to damage, and the file operations the damage takes. */
final class SnapshotFixtures {

  /** What no message to the user may contain: the internals of Jackson, NIO and the JDK. */
  static final List<String> INTERNALS =
      List.of(
          "Source:",
          "REDACTED",
          "Optional[",
          "Exception",
          "malformed: null",
          "com.fasterxml",
          "java.",
          "line: ",
          "[line");

  private SnapshotFixtures() {}

  /** Version 1: two views and two tables, one with a foreign key to the other. */
  static Snapshot first() {
    TableDefinition customers =
        TableDefinition.builder("customers", "com.example.Customer")
            .columns(
                List.of(
                    new ColumnDefinition("id", "BIGINT", false, true, Optional.empty()),
                    new ColumnDefinition("email", "VARCHAR(255)", true)))
            .primaryKey(List.of("id"))
            .indexes(List.of(new IndexDefinition("customers_email_key", List.of("email"), true)))
            .build();
    TableDefinition orders =
        TableDefinition.builder("orders", "com.example.Order")
            .columns(
                List.of(
                    new ColumnDefinition("id", "BIGINT", false),
                    new ColumnDefinition("customer_id", "BIGINT", true)))
            .primaryKey(List.of("id"))
            .foreignKeys(
                List.of(
                    new ForeignKeyDefinition(
                        "orders_customer_id_fkey",
                        List.of("customer_id"),
                        "customers",
                        List.of("id"))))
            .build();
    return new Snapshot(
        1,
        "main",
        Optional.empty(),
        new Schema(
            List.of(
                view("active_customers", "SELECT id, email FROM customers WHERE email IS NOT NULL"),
                view("order_counts", "SELECT customer_id, COUNT(*) AS n FROM orders GROUP BY 1")),
            List.of(customers, orders)));
  }

  static Snapshot next(StoredSnapshot parent, ViewDefinition... views) {
    return new Snapshot(
        parent.snapshot().version() + 1,
        "main",
        Optional.of(parent.id()),
        new Schema(List.of(views), parent.snapshot().schema().tables()));
  }

  static ViewDefinition view(String name, String sql) {
    try (ViewDefinitions definitions = new ViewDefinitions()) {
      return definitions.define(name, sql, "com.example.View", List.of("orders"), Optional.empty());
    }
  }

  /**
   * Replaces a file's text and renames it after its new content, as if Strata had written it: the
   * name check passes, and what follows must find the damage.
   */
  static Path rewriteAndRename(Path file, String text) throws IOException {
    Files.delete(file);
    int version = Integer.parseInt(file.getFileName().toString().substring(0, 4));
    Path renamed = file.resolveSibling(SnapshotFileName.of(version, text));
    Files.writeString(renamed, text, StandardCharsets.UTF_8);
    return renamed;
  }

  static void assertInUsersWords(String message) {
    for (String internal : INTERNALS) {
      assertFalse(message.contains(internal), () -> "\"" + internal + "\" in: " + message);
    }
    assertTrue(message.length() > 20, message);
  }
}
