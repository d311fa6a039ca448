package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A basic field of a Java type Hibernate refuses, or maps in a way Strata cannot create, is an
 * error on the field that says what to declare instead.
 */
class BasicTypeDiagnosticsTest {

  @TempDir Path snapshots;
  private MappingCompiler compiler;

  @BeforeEach
  void compiler() {
    compiler = new MappingCompiler(snapshots);
  }

  /**
   * {@code @Column(precision, scale)} on a timestamp, on which Hibernate's H2 and PostgreSQL
   * dialects refuse to start (TimePrecisionParityTest shows it), is an error on that
   * {@code @Column} for a module that runs on either; a precision or a scale alone, or with a
   * {@code columnDefinition}, Hibernate takes, as it takes both on MariaDB.
   */
  @Test
  void aScaleOnATimestampIsAnErrorOnItsColumnWhereHibernateRefusesIt() {
    compiler.assertError(
        "ScaledTimes",
        "Hibernate 7 refuses field reviewedAt (java.time.LocalDateTime): its @Column(precision,"
            + " scale) gives a time or timestamp column a scale, on which Hibernate's H2 and"
            + " PostgreSQL dialects refuse to start (scale has no meaning for SQL time or timestamp"
            + " types); remove the scale",
        "precision = 5, scale = 2");
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/ScaledTimes.java");
    Compilation postgres =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=postgresql");
    assertThat(postgres).hadErrorCount(1);
    assertThat(postgres)
        .hadErrorContaining("refuses field reviewedAt")
        .inFile(source)
        .onLineContaining("precision = 5, scale = 2");
    assertThat(compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=mariadb"))
        .succeeded();
  }

  /**
   * More than 6 digits of a second, whose DDL MariaDB refuses (Too big precision specified,
   * measured on Hibernate's own), is an error on the annotation that gives them for a module that
   * runs on MySQL or MariaDB; H2 keeps 9, and PostgreSQL keeps 6 of Strata's as of Hibernate's.
   */
  @Test
  void moreThanSixDigitsOfASecondAreAnErrorOnTheirAnnotationForMariadb() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/FineTimes.java");
    Compilation mariadb =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=h2,mariadb");
    assertThat(mariadb).hadErrorCount(2);
    assertThat(mariadb)
        .hadErrorContaining(
            "Hibernate 7 gives field measuredAt (java.time.LocalDateTime) a column of 9 digits of a"
                + " second, which MySQL and MariaDB refuse (Too big precision specified, maximum is"
                + " 6), as they would refuse Hibernate's own DDL; give 6 at most, or remove mysql"
                + " and mariadb from -Astrata.targets")
        .inFile(source)
        .onLineContaining("secondPrecision = 9");
    assertThat(mariadb)
        .hadErrorContaining("field stampedAt (java.time.Instant) a column of 7 digits")
        .inFile(source)
        .onLineContaining("@FractionalSeconds(7)");
    assertThat(compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=h2,postgresql"))
        .succeeded();
  }

  /**
   * A time {@code @JdbcTypeCode} whose column a target database refuses (MariaDB a time with time
   * zone, H2 and MariaDB a date's timestamp of 19 digits) or which Strata does not create there
   * (MariaDB's timestamp, PostgreSQL's time with time zone) is an error on the annotation for a
   * module that runs there, and the column Hibernate exports elsewhere (TimePrecisionParityTest
   * shows the ones every database takes); a time code on a value of another type stays an error.
   */
  @Test
  void aTimeCodeIsAnErrorOnItsAnnotationWhereATargetRefusesItsColumn() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/CodedTimes.java");
    Compilation h2 = compiler.compile(source, "-Astrata.tables=true");
    assertThat(h2).hadErrorCount(2);
    assertThat(h2)
        .hadErrorContaining(
            "Hibernate 7 exports a time or timestamp of 19 digits of a second for field day"
                + " (java.time.LocalDate, a date with this @JdbcTypeCode), which H2, MySQL and"
                + " MariaDB refuse (PostgreSQL cuts it to 6): declare the field a LocalDateTime, or"
                + " use SqlTypes.DATE")
        .inFile(source)
        .onLineContaining("value = SqlTypes.TIMESTAMP");
    assertThat(h2)
        .hadErrorContaining(
            "@JdbcTypeCode other than SqlTypes.JSON and a date, time or timestamp code on a date,"
                + " time or timestamp value");

    Compilation postgres =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=postgresql");
    assertThat(postgres).hadErrorCount(2);
    assertThat(postgres)
        .hadErrorContaining(
            "Hibernate 7 exports a time with time zone for field opensAt with"
                + " SqlTypes.TIME_WITH_TIMEZONE, which Strata cannot create on PostgreSQL (its"
                + " portable TIME WITH TIME ZONE is a time normalised to UTC there): use"
                + " SqlTypes.TIME_UTC")
        .inFile(source)
        .onLineContaining("SqlTypes.TIME_WITH_TIMEZONE");

    Compilation mariadb =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=mariadb");
    assertThat(mariadb).hadErrorCount(4);
    assertThat(mariadb)
        .hadErrorContaining(
            "Strata cannot create the MySQL and MariaDB timestamp Hibernate 7 exports for field"
                + " signedAt with SqlTypes.TIMESTAMP_WITH_TIMEZONE (a timestamp with time zone on H2"
                + " and PostgreSQL): use SqlTypes.TIMESTAMP_UTC")
        .inFile(source)
        .onLineContaining("SqlTypes.TIMESTAMP_WITH_TIMEZONE");
    assertThat(mariadb)
        .hadErrorContaining(
            "field opensAt with SqlTypes.TIME_WITH_TIMEZONE, which MySQL and MariaDB refuse")
        .inFile(source)
        .onLineContaining("SqlTypes.TIME_WITH_TIMEZONE");
  }

  @Test
  void anArrayOfCharacterWrappersIsAnErrorSayingToDeclareACharArray() {
    compiler.assertError(
        "WrapperArrays",
        "Hibernate 7 refuses field initials (java.lang.Character[]): an array of wrappers may hold"
            + " nulls, which the varchar it was stored in before Hibernate 6.2 cannot"
            + " (hibernate.type.wrapper_array_handling); declare it char[]",
        "private Character[] initials;");
  }

  @Test
  void anArrayOfByteWrappersIsAnErrorSayingToDeclareAByteArray() {
    compiler.assertError(
        "WrapperArrays",
        "Hibernate 7 refuses field checksum (java.lang.Byte[]): an array of wrappers may hold"
            + " nulls, which the varbinary it was stored in before Hibernate 6.2 cannot"
            + " (hibernate.type.wrapper_array_handling); declare it byte[]",
        "private Byte[] checksum;");
  }

  @Test
  void anArrayOfAnElementTypeStrataCannotCreateIsAnErrorNamingTheOnesItCan() {
    compiler.assertError(
        "UnmappedArrays",
        "Strata cannot create the array column Hibernate 7 gives field opensAt"
            + " (java.time.LocalTime[]): it creates arrays of int, long, short, double, float,"
            + " boolean (or their wrappers), String, UUID, LocalDate, LocalDateTime, Instant,"
            + " OffsetDateTime, ZonedDateTime, BigDecimal, BigInteger and enums stored by their"
            + " ordinals only;",
        "private LocalTime[] opensAt;");
  }

  @Test
  void anArrayOfEnumsStoredByTheirNamesIsAnErrorSayingWhy() {
    compiler.assertError(
        "UnmappedArrays",
        "enums stored by their ordinals only (Hibernate declares H2's enum type for the names of"
            + " an @Enumerated(STRING) one)",
        "private Level[] levels;");
  }

  @Test
  void anArrayOfArraysIsAnErrorAsHibernateRefusesIt() {
    compiler.assertError(
        "UnmappedArrays",
        "Hibernate 7 refuses field grid (char[][]): it maps no array of arrays but a byte[][]",
        "private char[][] grid;");
  }

  /**
   * A collection without {@code @ElementCollection} of values whose array Strata does not create is
   * an error that names the arrays it does create; one of integers is an array column
   * (ArrayElementsParityTest).
   */
  @Test
  void aCollectionOfValuesWhoseArrayStrataCannotCreateIsAnErrorNamingTheOnesItCan() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/BasicCollections.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "Strata cannot create the array column Hibernate 7 gives field opensAt (java.util.Set"
                + "<java.time.LocalTime>, a collection without @ElementCollection): it creates"
                + " arrays of int, long,")
        .inFile(source)
        .onLineContaining("private Set<LocalTime> opensAt;");
  }

  @Test
  void hibernatesBooleanConverterOnACollectionsValuesIsAnErrorOnTheConvert() {
    compiler.assertError(
        "ConvertedFlags",
        "YesNoConverter on the values of a collection, whose check Hibernate writes in its table",
        "@Convert(converter = YesNoConverter.class)");
  }
}
