package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
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
 * A sequence created for a table that has rows (a key given {@code @GeneratedValue} where the
 * application assigned it) starts after their keys: with rows of keys 1 and 70, the migration makes
 * the sequence's next value 70 plus its increment of 50, and Hibernate's pooled optimizer gives 71,
 * on each database (before, the sequence started at 1 and Hibernate's first key was a row's own).
 */
class AddedSequenceRestartTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "jpa/sequenceadded", "org.example.sequenceadded", List.of(), List.of("Invoice"), false);

  private static final ParityModel TABLE_GENERATED =
      new ParityModel(
          "jpa/tablegenadded",
          "org.example.tablegenadded",
          List.of(),
          List.of("Invoice", "Receipt"),
          false);

  private static final ParityModel PER_CLASS_TABLE_GENERATED =
      new ParityModel(
          "jpa/tablegenperclass",
          "org.example.tablegenperclass",
          List.of("Shipment"),
          List.of("Parcel", "Letter"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aSequenceCreatedForATableWithRowsGivesTheKeyAfterTheirs(DatabaseKind kind) throws Exception {
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = MODEL.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO Invoice (id, number) VALUES (1, 'a')",
          "INSERT INTO Invoice (id, number) VALUES (70, 'b')");
      try (URLClassLoader second = MODEL.load(2, snapshots, laterClasses)) {
        Strata.configure(database.dataSource()).classLoader(second).load().upgrade();

        Class<?> invoice = second.loadClass("org.example.sequenceadded.Invoice");
        assertEquals(
            71L,
            new HibernateOracle(List.of(invoice), second, false)
                .persistNew(database.dataSource(), invoice));
      }
    }
  }

  /**
   * The same for a {@code @TableGenerator}'s row, which Hibernate inserts at 0 and reads a value
   * {@code v} of for the keys {@code v - increment + 2} to {@code v + 1}: the row moved to the
   * highest key plus the increment less one, for a block of 50 and for one key at a time (before,
   * the row stayed at 0 and Hibernate's first key was a row's own, on each database).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aTableGeneratorsRowAddedForATableWithRowsGivesTheKeyAfterTheirs(DatabaseKind kind)
      throws Exception {
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = TABLE_GENERATED.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO Invoice (id, number) VALUES (1, 'a')",
          "INSERT INTO Invoice (id, number) VALUES (70, 'b')",
          "INSERT INTO Receipt (id, number) VALUES (1, 'a')",
          "INSERT INTO Receipt (id, number) VALUES (30, 'b')");
      try (URLClassLoader second = TABLE_GENERATED.load(2, snapshots, laterClasses)) {
        Strata.configure(database.dataSource()).classLoader(second).load().upgrade();
        TABLE_GENERATED.assertHibernatesSchema(second, database);

        Class<?> invoice = second.loadClass("org.example.tablegenadded.Invoice");
        Class<?> receipt = second.loadClass("org.example.tablegenadded.Receipt");
        HibernateOracle hibernate = new HibernateOracle(List.of(invoice, receipt), second, false);
        assertEquals(71L, hibernate.persistNew(database.dataSource(), invoice));
        assertEquals(31L, hibernate.persistNew(database.dataSource(), receipt));
      }
    }
  }

  /**
   * A {@code TABLE_PER_CLASS} hierarchy whose keys come from one row: the row moves past the keys
   * of every subclass's table, whose rows share the key's values (before, only the root was the
   * row's user, which has no table, and Hibernate's first key was a row's own).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aTableGeneratorsRowAddedForAHierarchysTablesGivesTheKeyAfterAllOfThem(DatabaseKind kind)
      throws Exception {
    try (TestDatabase database = TestDatabases.open(kind);
        URLClassLoader first = PER_CLASS_TABLE_GENERATED.load(1, snapshots, classes)) {
      Strata.configure(database.dataSource()).classLoader(first).load().upgrade();
      database.execute(
          "INSERT INTO Parcel (id) VALUES (1)",
          "INSERT INTO Parcel (id) VALUES (70)",
          "INSERT INTO Letter (id) VALUES (2)",
          "INSERT INTO Letter (id) VALUES (120)");
      try (URLClassLoader second = PER_CLASS_TABLE_GENERATED.load(2, snapshots, laterClasses)) {
        Strata.configure(database.dataSource()).classLoader(second).load().upgrade();
        PER_CLASS_TABLE_GENERATED.assertHibernatesSchema(second, database);

        Class<?> parcel = second.loadClass("org.example.tablegenperclass.Parcel");
        Class<?> letter = second.loadClass("org.example.tablegenperclass.Letter");
        Class<?> shipment = second.loadClass("org.example.tablegenperclass.Shipment");
        HibernateOracle hibernate =
            new HibernateOracle(List.of(shipment, parcel, letter), second, false);
        assertEquals(121L, hibernate.persistNew(database.dataSource(), parcel));
      }
    }
  }
}
