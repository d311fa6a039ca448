package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Columns whose Java type changes under filled rows, with Hibernate as the oracle at each version
 * and after the downgrade: a {@code String} becomes a {@code Long} and a {@code Long} a {@code
 * String}, an {@code Integer} a {@code Long}, a {@code LocalDate} a {@code LocalDateTime}, and a
 * {@code BigDecimal} gains precision and scale. The values convert as each database casts them,
 * both ways, rows written in the new shape included.
 */
class ColumnTypeEvolutionParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/typeevolution",
          "org.example.typeevolution",
          List.of(),
          List.of("Reading"),
          false);

  private static final String ROWS =
      "SELECT id, code, serial, amount, taken, price FROM Reading ORDER BY id";

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void columnsRetypedUnderRowsMigrateBothWaysAndKeepTheirValues(DatabaseKind kind)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, MODEL.options());
    history.compileVersion(MODEL.folder(), 1, MODEL.sources());
    try (URLClassLoader first = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      MODEL.assertHibernatesSchema(first, database);
      database.execute(
          "INSERT INTO Reading (id, code, serial, amount, taken, price)"
              + " VALUES (1, '42', 7, 5, DATE '2024-01-02', 12.34)");

      CompiledHistory later = new CompiledHistory(snapshots, laterClasses, MODEL.options());
      later.compileVersion(MODEL.folder(), 2, MODEL.sources());
      try (URLClassLoader second = later.load()) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        MODEL.assertHibernatesSchema(second, database);
        database.execute(
            "INSERT INTO Reading (id, code, serial, amount, taken, price)"
                + " VALUES (2, 43, '8', 6, TIMESTAMP '2024-01-03 00:00:00', 5.5)");
        assertEquals(
            List.of("1,42,7,5,2024-01-02,12.34", "2,43,8,6,2024-01-03,5.5"), values(database));

        strata.downgrade(1);
        MODEL.assertHibernatesSchema(first, database);
        assertEquals(
            List.of("1,42,7,5,2024-01-02,12.34", "2,43,8,6,2024-01-03,5.5"), values(database));
      }
    }
  }

  /** The rows with each database's way of printing a time and a scale evened out. */
  private static List<String> values(TestDatabase database) throws Exception {
    return database.query(ROWS).stream()
        .skip(1)
        .map(
            row -> row.replaceAll(" 00:00:00(\\.0+)?", "").replaceAll("(\\.\\d*?[1-9])0+\\b", "$1"))
        .toList();
  }
}
