package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.lang.reflect.Field;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * MySQL's and MariaDB's casts in a view entity's query, in a module whose views are written for
 * MariaDB ({@code -Astrata.dialect=mariadb}): a field of the type MariaDB gives each cast's column
 * compiles, and Hibernate validates and loads it there. H2, which checks the query at compile time,
 * types {@code SIGNED} as an {@code INTEGER} where MariaDB gives a {@code BIGINT}, refuses {@code
 * SIGNED INTEGER} and {@code UNSIGNED}, and makes a {@code CHAR} of a {@code CHAR} cast where
 * MariaDB makes a {@code VARCHAR}.
 */
class MySqlCastsParityTest {

  @TempDir Path temp;

  @Test
  void castsTypedAsMariaDbTypesThemCompileAndHibernateValidatesAndLoadsThem() throws Exception {
    CompiledHistory history =
        new CompiledHistory(
                temp.resolve("snapshots"),
                temp.resolve("classes"),
                "-Astrata.tables=true",
                "-Astrata.dialect=mariadb")
            .compileResources(1, "mysqlcasts/v1/Item.java", "mysqlcasts/v1/ItemCasts.java");
    try (URLClassLoader loader = history.load();
        TestDatabase mariaDb = TestDatabases.open(DatabaseKind.MARIADB)) {
      Strata.configure(mariaDb.dataSource()).classLoader(loader).load().upgrade();
      mariaDb.execute("INSERT INTO Item (id, qty, name) VALUES (1, 7, 'bolt')");
      Class<?> casts = loader.loadClass("org.example.casts.ItemCasts");
      HibernateOracle hibernate =
          new HibernateOracle(
              List.of(loader.loadClass("org.example.casts.Item"), casts), loader, false);

      List<String> loaded =
          hibernate.fromValidated(mariaDb.dataSource(), session -> fields(session.find(casts, 1L)));

      assertEquals(
          List.of(
              "id=1",
              "signed_qty=7",
              "signed_integer_qty=7",
              "unsigned_qty=7",
              "integer_qty=7",
              "converted_qty=7",
              "short_name=bolt",
              "any_name=bolt",
              "ratio=7.0",
              "utf8_name=bolt"),
          loaded);
    }
  }

  private static List<String> fields(Object row) {
    List<String> values = new ArrayList<>();
    for (Field field : row.getClass().getDeclaredFields()) {
      field.setAccessible(true);
      try {
        values.add(field.getName() + "=" + field.get(row));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
    }
    return values;
  }
}
