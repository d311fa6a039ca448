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
