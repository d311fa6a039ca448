package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.runtime.testing.FakeMigration;
import dev.strata.runtime.testing.FakeSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A view's query per database and its options as each database's SQL renders them, which is what
 * {@code strata sql --dialect} prints.
 */
class RenderViewQueryTest {

  private static final ViewQuery TAGS =
      ViewQuery.of("SELECT post_id, LISTAGG(tag, ',') AS tags FROM tags GROUP BY post_id")
          .on(
              "postgresql",
              "SELECT post_id, string_agg(tag, ',') AS tags FROM tags GROUP BY post_id")
          .on("mysql", "SELECT post_id, GROUP_CONCAT(tag) AS tags FROM tags GROUP BY post_id")
          .with(ViewQuery.CheckOption.CASCADED)
          .with(ViewQuery.Security.INVOKER)
          .withSecurityBarrier()
          .with(ViewQuery.Algorithm.TEMPTABLE);

  private final Strata strata =
      Strata.configure()
          .sources(
              FakeSource.of(
                  "main",
                  List.of(
                      FakeMigration.of(
                          1,
                          "Create tag_lists",
                          ops -> ops.createView("tag_lists", TAGS),
                          ops -> ops.dropView("tag_lists")),
                      FakeMigration.of(
                          2,
                          "Replace tag_lists",
                          ops ->
                              ops.replaceView(
                                  "tag_lists",
                                  TAGS.on("mariadb", "SELECT post_id, 'x' AS tags FROM tags")),
                          ops -> ops.replaceView("tag_lists", TAGS)))))
          .load();

  @Test
  void postgresqlRunsItsDialectWithItsStorageParameters() {
    assertEquals(
        List.of(
            "CREATE VIEW tag_lists WITH (check_option=cascaded, security_barrier=true,"
                + " security_invoker=true) AS SELECT post_id, string_agg(tag, ',') AS tags FROM tags"
                + " GROUP BY post_id;",
            "CREATE OR REPLACE VIEW tag_lists WITH (check_option=cascaded, security_barrier=true,"
                + " security_invoker=true) AS SELECT post_id, string_agg(tag, ',') AS tags FROM tags"
                + " GROUP BY post_id;"),
        statements(DatabaseKind.POSTGRESQL));
  }

  @Test
  void mariadbRunsItsOwnDialectElseTheMysqlOneWithItsClauses() {
    assertEquals(
        List.of(
            "CREATE ALGORITHM = TEMPTABLE SQL SECURITY INVOKER VIEW tag_lists AS SELECT post_id,"
                + " GROUP_CONCAT(tag) AS tags FROM tags GROUP BY post_id WITH CASCADED CHECK OPTION;",
            "CREATE OR REPLACE ALGORITHM = TEMPTABLE SQL SECURITY INVOKER VIEW tag_lists AS SELECT"
                + " post_id, 'x' AS tags FROM tags WITH CASCADED CHECK OPTION;"),
        statements(DatabaseKind.MYSQL));
  }

  @Test
  void h2RunsThePortableQueryWithoutOptionsItLacks() {
    assertEquals(
        List.of(
            "CREATE VIEW tag_lists AS SELECT post_id, LISTAGG(tag, ',') AS tags FROM tags GROUP BY"
                + " post_id;",
            "CREATE OR REPLACE VIEW tag_lists AS SELECT post_id, LISTAGG(tag, ',') AS tags FROM"
                + " tags GROUP BY post_id;"),
        statements(DatabaseKind.H2));
  }

  @Test
  void aDialectForAnUnknownDatabaseIsRefusedNamingTheKnownOnes() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> TAGS.on("oracle", "SELECT 1"));

    assertEquals(
        "Unknown database of a view dialect: oracle; use one of [h2, mariadb, mysql, postgresql]",
        refused.getMessage());
  }

  private List<String> statements(DatabaseKind kind) {
    return strata.renderSql(kind).lines().filter(line -> line.startsWith("CREATE")).toList();
  }
}
