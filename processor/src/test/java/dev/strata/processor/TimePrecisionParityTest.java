package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The fraction of a second of every time and timestamp type against Hibernate's own export, which
 * the parity check compares ({@code time(0)} against PostgreSQL's {@code time}, of 6 digits).
 */
class TimePrecisionParityTest {

  private static final ParityModel TIMES =
      new ParityModel("oracle/times", "org.example.times", List.of(), List.of("Shift"), false);

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void timesKeepTheFractionOfASecondHibernateExports(DatabaseKind kind) throws Exception {
    TIMES.assertFirstVersionParity(snapshots, classes, kind);
  }

  private static final ParityModel FRACTIONS =
      new ParityModel(
          "oracle/fractions",
          "org.example.fractions",
          List.of(),
          List.of("Lap", "Meeting", "Stamp"),
          false);

  private static final ParityModel SCALED =
      new ParityModel(
          "oracle/scaledtimes", "org.example.scaledtimes", List.of(), List.of("Rota"), false);

  /**
   * {@code @Column(secondPrecision)} and {@code @FractionalSeconds}: the digits of a second
   * Hibernate exports for them, on a field, in an override and on an element collection's values;
   * and the {@code @TimeZoneStorage} Strata realises (Meeting).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void theDigitsOfASecondAColumnGivesAreHibernates(DatabaseKind kind) throws Exception {
    FRACTIONS.assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * {@code @Column(precision, scale)} on times and timestamps, for a module that runs on MariaDB
   * only: Hibernate ignores both there, and Strata creates the columns of its export.
   */
  @Test
  void aScaleOnTimesIsIgnoredOnMariadbAsHibernateIgnoresIt() throws Exception {
    CompiledHistory history =
        new CompiledHistory(snapshots, classes, "-Astrata.tables=true", "-Astrata.targets=mariadb");
    history.compileVersion(SCALED.folder(), 1, SCALED.sources());
    try (URLClassLoader loader = history.load();
        TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      SCALED.assertHibernatesSchema(loader, database);
    }
  }

  private static final ParityModel FINE =
      new ParityModel(
          "oracle/finetimes", "org.example.finetimes", List.of(), List.of("Tick"), false);

  /**
   * More than 9 digits of a second, an error for a module that runs on H2
   * (BasicTypeDiagnosticsTest), for one that runs on PostgreSQL alone: PostgreSQL keeps 6 of
   * Strata's as of Hibernate's.
   */
  @Test
  void moreThanNineDigitsOfASecondArePostgresqlsSix() throws Exception {
    CompiledHistory history =
        new CompiledHistory(
            snapshots, classes, "-Astrata.tables=true", "-Astrata.targets=postgresql");
    history.compileVersion(FINE.folder(), 1, FINE.sources());
    try (URLClassLoader loader = history.load();
        TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      FINE.assertHibernatesSchema(loader, database);
    }
  }

  private static final ParityModel ZONED_STAMPS =
      new ParityModel(
          "oracle/zonedcodes", "org.example.zonedcodes", List.of(), List.of("ZonedStamp"), false);

  private static final ParityModel ZONED_CLOCKS =
      new ParityModel(
          "oracle/zonedcodes", "org.example.zonedcodes", List.of(), List.of("ZonedClock"), false);

  /**
   * The zoned timestamp codes, for a module that runs on H2 and PostgreSQL: MariaDB's timestamp for
   * them is an error for one that runs there (BasicTypeDiagnosticsTest).
   */
  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "POSTGRESQL"})
  void zonedTimestampCodesAreHibernatesOnH2AndPostgresql(DatabaseKind kind) throws Exception {
    assertCodedParity(ZONED_STAMPS, "h2,postgresql", kind);
  }

  /**
   * The zoned time codes, for a module that runs on H2: MariaDB refuses their column, and
   * PostgreSQL's is an error too (BasicTypeDiagnosticsTest).
   */
  @Test
  void zonedTimeCodesAreHibernatesOnH2() throws Exception {
    assertCodedParity(ZONED_CLOCKS, "h2", DatabaseKind.H2);
  }

  private static final ParityModel CODED_TEMPORALS =
      new ParityModel(
          "oracle/codedtemporals",
          "org.example.codedtemporals",
          List.of("TextToDateTime", "TextToTime", "MillisToInstant"),
          List.of("Ledger", "Receipt"),
          false);

  /**
   * Time codes with {@code @Temporal} (of its kind on a {@code Date}, any of {@code DATE}, {@code
   * TIME} and {@code TIMESTAMP} on a {@code Calendar}) and with {@code @Convert} (on the
   * converter's date, time or timestamp side) are Hibernate's columns on every database; the others
   * Hibernate cannot write a value with are errors (BasicTypeDiagnosticsTest).
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void timeCodesWithTemporalOrConvertAreHibernates(DatabaseKind kind) throws Exception {
    CODED_TEMPORALS.assertFirstVersionParity(snapshots, classes, kind);
  }

  private void assertCodedParity(ParityModel model, String targets, DatabaseKind kind)
      throws Exception {
    CompiledHistory history =
        new CompiledHistory(
            snapshots, classes, "-Astrata.tables=true", "-Astrata.targets=" + targets);
    history.compileVersion(model.folder(), 1, model.sources());
    try (URLClassLoader loader = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata.configure(database.dataSource()).classLoader(loader).load().upgrade();
      model.assertHibernatesSchema(loader, database);
    }
  }

  /**
   * The refusal Strata reports for a module that runs on H2 or PostgreSQL
   * (BasicTypeDiagnosticsTest) is Hibernate's own: it does not start on either with the same
   * classes.
   */
  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"H2", "POSTGRESQL"})
  void hibernateRefusesAScaleOnTimesOnH2AndPostgresql(DatabaseKind kind) throws Exception {
    CompiledHistory history =
        new CompiledHistory(snapshots, classes, "-Astrata.tables=true", "-Astrata.targets=mariadb");
    history.compileVersion(SCALED.folder(), 1, SCALED.sources());
    try (URLClassLoader loader = history.load();
        TestDatabase database = TestDatabases.open(kind)) {
      HibernateOracle hibernate = new HibernateOracle(SCALED.entities(loader), loader, false);
      IllegalArgumentException refusal =
          assertThrows(
              IllegalArgumentException.class, () -> hibernate.create(database.dataSource()));
      assertEquals("scale has no meaning for SQL time or timestamp types", refusal.getMessage());
    }
  }

  /**
   * A snapshot recorded before Strata wrote {@code TIME(0)}, whose plain {@code TIME} created a
   * {@code time} of microseconds on PostgreSQL: the next build records a version that changes each
   * such column to whole seconds, with a warning that PostgreSQL rounds the values, and the rows
   * stay.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void timesRecordedAsPlainTimeBeforeAreChangedToWholeSeconds(DatabaseKind kind) throws Exception {
    new CompiledHistory(snapshots, classes, TIMES.options())
        .compileVersion(TIMES.folder(), 1, TIMES.sources());
    Path first;
    try (Stream<Path> files = Files.list(snapshots)) {
      first = files.findFirst().orElseThrow();
    }
    recordAgain(first, Files.readString(first).replace("\"TIME(0)\"", "\"TIME\""));

    CompiledHistory later = new CompiledHistory(snapshots, laterClasses, TIMES.options());
    // the same classes: only the snapshot's types differ
    later.compileResources(2, TIMES.folder() + "/v1/Shift.java");
    assertThat(later.latest())
        .hadWarningContaining(
            "Version 2 changes column Shift.startsAt from TIME to TIME(0): PostgreSQL, whose plain"
                + " TIME kept microseconds, rounds the values to the new type's fraction of a second"
                + " without an error");
    try (URLClassLoader loader = later.load();
        TestDatabase database = TestDatabases.open(kind)) {
      Strata strata = Strata.configure(database.dataSource()).classLoader(loader).load();
      strata.upgrade(1);
      database.execute(
          "INSERT INTO Shift (id, startsAt, endsAt) VALUES (1, TIME '12:30:00', TIME '20:00:00')");
      strata.upgrade();
      TIMES.assertHibernatesSchema(loader, database);
      assertEquals(
          List.of("12:30:00,20:00:00"),
          database.query("SELECT startsAt, endsAt FROM Shift").stream().skip(1).toList());
    }
  }

  /** Replaces a snapshot by {@code text}, named by its hash as Strata names the files it writes. */
  private static void recordAgain(Path snapshot, String text) throws Exception {
    byte[] sha256 =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    String name = "0001-" + HexFormat.of().formatHex(sha256).substring(0, 8) + ".json";
    Files.delete(snapshot);
    Files.writeString(snapshot.resolveSibling(name), text);
  }
}
