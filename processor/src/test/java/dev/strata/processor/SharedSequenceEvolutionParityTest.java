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
 * A sequence that the package's entities share (a {@code @SequenceGenerator} in {@code
 * package-info.java}) keeps its numbers when another entity starts sharing it, and when that entity
 * goes again: Hibernate validates the schema at each version, and the keys it hands out after the
 * change follow those given out before, never the sequence's start again.
 */
class SharedSequenceEvolutionParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/sharedsequence",
          "org.example.sharedsequence",
          List.of("package-info"),
          List.of("Ticket", "Voucher"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aSharedSequenceKeepsItsNumbersWhenAnEntityJoinsItAndLeaves(DatabaseKind kind)
      throws Exception {
    try (URLClassLoader first = MODEL.load(1, snapshots, classes);
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      MODEL.assertHibernatesSchema(first, database);
      database.execute(
          "INSERT INTO Ticket (id) VALUES (" + nextNumber(kind) + ")",
          "INSERT INTO Voucher (id) VALUES (" + nextNumber(kind) + ")");

      ParityModel joined = MODEL.with("Badge");
      try (URLClassLoader second = joined.load(2, snapshots, laterClasses)) {
        Strata strata = Strata.configure(database.dataSource()).classLoader(second).load();
        strata.upgrade();
        joined.assertHibernatesSchema(second, database);
        database.execute(
            "INSERT INTO Badge (id) VALUES (" + nextNumber(kind) + ")",
            "INSERT INTO Ticket (id) VALUES (" + nextNumber(kind) + ")");
        assertEquals(List.of("id", "1", "4"), database.query("SELECT id FROM Ticket ORDER BY id"));

        strata.downgrade(1);
        MODEL.assertHibernatesSchema(first, database);
        database.execute("INSERT INTO Voucher (id) VALUES (" + nextNumber(kind) + ")");
        assertEquals(List.of("id", "2", "5"), database.query("SELECT id FROM Voucher ORDER BY id"));
      }
    }
  }

  /** The shared sequence's next value, as each database asks for it. */
  private static String nextNumber(DatabaseKind kind) {
    return kind == DatabaseKind.POSTGRESQL
        ? "nextval('shared_numbers')"
        : "NEXT VALUE FOR shared_numbers";
  }
}
