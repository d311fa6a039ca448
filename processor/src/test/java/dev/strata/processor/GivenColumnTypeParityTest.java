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
 * A {@code columnDefinition} that spells one of Strata's portable types is written as Hibernate 7.2
 * writes it, as it is, where a database renders the portable type as another column: {@code json}
 * on PostgreSQL (where Strata created a {@code jsonb}, and Hibernate's validation failed: {@code
 * found [jsonb], but expecting [json]}), {@code real}, {@code timestamp}, {@code boolean} and
 * {@code char(n)} on MariaDB (where Strata created a {@code float}, {@code datetime(6)}, {@code
 * bit} and {@code varchar(n)}), a foreign key to a {@code char(8)} key and an element collection's
 * values included, and a view over them checked at build time. A module whose snapshot holds such
 * columns as Strata wrote them before records one version that gives each its declared type,
 * keeping the rows, and its downgrade gives them back. The fixed-width texts are not compared on
 * PostgreSQL, where Hibernate's validation refuses its own export of them ({@code found [bpchar],
 * but expecting [char(8)]}), and which Strata wrote as given already.
 */
class GivenColumnTypeParityTest {

  private static final ParityModel TYPES =
      new ParityModel(
          "oracle/giventypes",
          "org.example.giventypes",
          List.of("ValidReading"),
          List.of("Reading"),
          false);

  private static final ParityModel CHARS =
      new ParityModel(
          "oracle/givenchars",
          "org.example.givenchars",
          List.of(),
          List.of("Meter", "Reading"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aColumnDefinitionSpellingAPortableTypeIsWrittenAsItIs(DatabaseKind kind) throws Exception {
    TYPES.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "MARIADB"})
  void aFixedWidthTextIsWrittenAsItIsAndSoAreTheForeignKeysToIt(DatabaseKind kind)
      throws Exception {
    CHARS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aSnapshotOfTheRenderedTypesGetsAVersionGivingEachItsDeclaredType(DatabaseKind kind)
      throws Exception {
    String payload = kind == DatabaseKind.H2 ? "JSON '{\"a\": 1}'" : "'{\"a\": 1}'";
    assertUpgradedFromStrataBefore(
        TYPES,
        kind,
        "INSERT INTO Reading (id, payload, ratio, takenAt, valid) VALUES (1, "
            + payload
            + ", 0.5, TIMESTAMP '2026-12-06 10:30:00', TRUE)",
        "SELECT payload, ratio, EXTRACT(YEAR FROM takenAt),"
            + " CASE WHEN valid THEN 'yes' ELSE 'no' END FROM Reading",
        "{\"a\":1},0.5,2026,yes");
  }

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "MARIADB"})
  void aSnapshotOfRenderedFixedWidthTextsGetsAVersionGivingEachItsDeclaredType(DatabaseKind kind)
      throws Exception {
    assertUpgradedFromStrataBefore(
        CHARS,
        kind,
        "INSERT INTO Meter (serial) VALUES ('M0000001');"
            + "INSERT INTO Reading (id, meter_serial, country, currency) VALUES (1, 'M0000001',"
            + " 'NL', 'EUR');"
            + "INSERT INTO Reading_regions (Reading_id, regions) VALUES (1, 'EU')",
        "SELECT meter_serial, country, currency, regions FROM Reading"
            + " JOIN Reading_regions ON Reading_id = id",
        "M0000001,NL,EUR,EU");
  }

  /**
   * Records the model's version 1 as Strata wrote it before, migrates to it, writes the rows, and
   * then builds the same sources again: the version that records gives each column its declared
   * type, as Hibernate's export has it, keeping the rows, and its downgrade keeps them too.
   */
  private void assertUpgradedFromStrataBefore(
      ParityModel model, DatabaseKind kind, String inserts, String select, String row)
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, model.options());
    List<String> sources =
        model.sources().stream().map(name -> model.folder() + "/v1/" + name + ".java").toList();
    history.compileResources(1, sources);
    // as a build before types were given as they are wrote them
    EarlierSnapshots.rewrite(snapshots, text -> text.replace(" AS GIVEN", ""));
    try (URLClassLoader loader = history.compileResources(2, sources).load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();
      strata.upgrade(1);
      database.execute(inserts.split(";"));
      strata.upgrade();
      model.assertHibernatesSchema(loader, database);
      assertEquals(row, database.query(select).get(1).replace(" ", ""));
      strata.downgrade(1);
      assertEquals(row, database.query(select).get(1).replace(" ", ""));
    }
  }
}
