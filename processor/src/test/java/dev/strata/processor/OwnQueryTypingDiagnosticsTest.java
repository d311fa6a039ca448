package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A view entity's field is judged, for each database the module targets, by the columns of the
 * query that database runs: its own where the view gives it one. The cast a target's own query
 * makes, as the errors advise, clears the error its typing of the portable query gives.
 */
class OwnQueryTypingDiagnosticsTest {

  private static final JavaFileObject ITEM =
      JavaFileObjects.forSourceString(
          "org.example.shop.Item",
          """
          package org.example.shop;
          @jakarta.persistence.Entity
          public class Item {
            @jakarta.persistence.Id Long id;
            Integer qty;
            String name;
            java.time.LocalDate born;
          }
          """);

  @TempDir Path snapshots;

  @Test
  void aLongOnASumIsAnErrorOnMariaDbUntilItsOwnQueryCastsIt() {
    String portable = "SELECT name AS id, SUM(qty) AS total FROM item GROUP BY name";

    assertThat(compiled("mariadb", portable, "")).hadErrorContaining("as MariaDB types it");
    assertThat(
            compiled(
                "mariadb",
                portable,
                "SELECT name AS id, CAST(SUM(qty) AS SIGNED) AS total FROM item GROUP BY name"))
        .succeeded();
  }

  @Test
  void anIntegerOnExtractIsAnErrorOnPostgresUntilItsOwnQueryCastsIt() {
    String portable = "SELECT name AS id, EXTRACT(YEAR FROM born) AS total FROM item";

    assertThat(compiled("postgresql", portable, "", "Integer"))
        .hadErrorContaining("as PostgreSQL types it");
    assertThat(
            compiled(
                "postgresql",
                portable,
                "SELECT name AS id, CAST(EXTRACT(YEAR FROM born) AS INTEGER) AS total FROM item",
                "Integer"))
        .succeeded();
  }

  private Compilation compiled(String target, String sql, String ownQuery) {
    return compiled(target, sql, ownQuery, "Long");
  }

  private Compilation compiled(String target, String sql, String ownQuery, String fieldType) {
    String dialects =
        ownQuery.isEmpty()
            ? ""
            : ",\n    dialects = @dev.strata.View.Dialect(database = \"%s\", sql = \"%s\")"
                .formatted(target, ownQuery);
    JavaFileObject view =
        JavaFileObjects.forSourceString(
            "org.example.shop.ItemTotal",
            """
            package org.example.shop;
            @jakarta.persistence.Entity
            @org.hibernate.annotations.Immutable
            @jakarta.persistence.Table(name = "item_total")
            @dev.strata.View(name = "item_total", sql = "%s"%s)
            public class ItemTotal {
              @jakarta.persistence.Id String id;
              %s total;
            }
            """
                .formatted(sql, dialects, fieldType));
    return new StrataCompiler(snapshots)
        .withOption("-Astrata.tables=true")
        .withOption("-Astrata.targets=" + target)
        .compile(List.of(ITEM, view));
  }
}
