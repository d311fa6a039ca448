package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.nio.file.Path;
import java.util.List;
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
   * A {@code @Convert} on an {@code @Id} or {@code @Version} field, which Hibernate refuses to
   * start on (measured on H2: 'AttributeConverter' not allowed for attribute annotated
   * '@jakarta.persistence.Id'), is an error on the {@code @Convert}, where Strata gave the column
   * the converter's type.
   */
  @Test
  void aConverterOnAKeyOrAVersionIsAnErrorAsHibernateRefusesIt() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/ConvertedKey.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");
    assertThat(compilation)
        .hadErrorContaining("Hibernate refuses to start on a @Convert on an @Id field")
        .inFile(source)
        .onLineContaining("@Convert(converter = Widened.class)");
    assertThat(compilation)
        .hadErrorContaining("Hibernate refuses to start on a @Convert on a @Version field")
        .inFile(source)
        .onLineContaining("@Convert(converter = ConvertedKey.Widened.class)");
    assertThat(compilation).hadErrorCount(2);
  }

  /**
   * JPA 3.2's {@code @EnumeratedValue} makes Hibernate 7 store a constant's value, in a column of
   * that value's type checked against the values its constants pass to their constructor (measured
   * on H2, PostgreSQL and MariaDB: {@code smallint check (level in (20,10,30))}, {@code
   * varchar(255) check (tone in ('r','g'))}, by ordinal and by name alike), which Strata cannot
   * read: an error on each field holding such an enum, as its value, an element or a map's key,
   * where Strata gave it the ordinal's or the name's column.
   */
  @Test
  void anEnumThatStoresAnEnumeratedValueIsAnErrorOnEachFieldHoldingIt() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/CodedLevels.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");
    String[][] fields = {
      {"Level", "private Level level;"},
      {"Tone", "private Tone tone;"},
      {"Level", "Set<Level> history"},
      {"Tone", "Map<Tone, String> toneNames"}
    };
    for (String[] field : fields) {
      assertThat(compilation)
          .hadErrorContaining(
              "Strata cannot yet create the schema Hibernate creates for an enum that stores an"
                  + " @EnumeratedValue ("
                  + field[0]
                  + ".code)")
          .inFile(source)
          .onLineContaining(field[1]);
    }
    assertThat(compilation).hadErrorCount(4);
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
    assertThat(mariadb).hadErrorCount(4);
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
    // an element collection's values as a field; its @FractionalSeconds Hibernate ignores
    assertThat(mariadb)
        .hadErrorContaining("field passes (java.util.List) a column of 7 digits")
        .inFile(source)
        .onLineContaining("secondPrecision = 7");
    assertThat(mariadb)
        .hadWarningContaining(
            "Hibernate 7 ignores @FractionalSeconds on element collection breaks: its values keep"
                + " the digits of a second of their type (timestamp(6), time(0)), or of"
                + " @Column(secondPrecision); to give them 3, write @Column(secondPrecision = 3)"
                + " instead")
        .inFile(source)
        .onLineContaining("@FractionalSeconds(3)");
    assertThat(compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=postgresql"))
        .succeeded();
  }

  /**
   * More than 9 digits of a second, whose DDL H2 refuses (measured on Hibernate's own), is an error
   * on the annotation for a module that runs on H2; PostgreSQL keeps 6 of Hibernate's and of
   * Strata's.
   */
  @Test
  void moreThanNineDigitsOfASecondAreAnErrorOnTheirAnnotationForH2() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/FineTimes.java");
    Compilation h2 =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=h2,postgresql");
    assertThat(h2).hadErrorCount(1);
    assertThat(h2)
        .hadErrorContaining(
            "Hibernate 7 gives field closedAt (java.time.LocalTime) a column of 10 digits of a"
                + " second, which H2 refuses (Scale or fractional seconds precision must be between"
                + " 0 and 9), as it would refuse Hibernate's own DDL; give 9 at most (PostgreSQL"
                + " keeps 6), or remove h2 from -Astrata.targets")
        .inFile(source)
        .onLineContaining("secondPrecision = 10");
  }

  /**
   * A time {@code @JdbcTypeCode} whose column a target database refuses (MariaDB a time with time
   * zone, H2 and MariaDB a date's timestamp of 19 digits) or which Strata does not create there
   * (MariaDB's timestamp, PostgreSQL's time with time zone) is an error on the annotation for a
   * module that runs there, and the column Hibernate exports elsewhere (TimePrecisionParityTest
   * shows the ones every database takes); a time code on a value of another type stays an error.
   * The java.time codes are their twins': OFFSET_DATE_TIME TIMESTAMP_WITH_TIMEZONE's, OFFSET_TIME
   * TIME_WITH_TIMEZONE's, LOCAL_DATE_TIME TIMESTAMP's.
   */
  @Test
  void aTimeCodeIsAnErrorOnItsAnnotationWhereATargetRefusesItsColumn() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/CodedTimes.java");
    Compilation h2 = compiler.compile(source, "-Astrata.tables=true");
    assertThat(h2).hadErrorCount(5);
    assertThat(h2)
        .hadErrorContaining(
            "Hibernate 7 exports a timestamp of 19 digits of a second for field day"
                + " (java.time.LocalDate, a date, with SqlTypes.TIMESTAMP), which H2, MySQL and"
                + " MariaDB refuse (PostgreSQL cuts it to 6): for a date, write SqlTypes.DATE or"
                + " LOCAL_DATE (a date column, with which Hibernate writes the value), or remove"
                + " the @JdbcTypeCode; for a date and time, declare the field a LocalDateTime")
        .inFile(source)
        .onLineContaining("value = SqlTypes.TIMESTAMP)");
    // after a java.time code, its date code first
    assertThat(h2)
        .hadErrorContaining(
            "a timestamp of 19 digits of a second for field due (java.time.LocalDate, a date, with"
                + " SqlTypes.LOCAL_DATE_TIME), which H2, MySQL and MariaDB refuse (PostgreSQL cuts"
                + " it to 6): for a date, write SqlTypes.LOCAL_DATE or DATE")
        .inFile(source)
        .onLineContaining("SqlTypes.LOCAL_DATE_TIME");
    assertThat(h2)
        .hadErrorContaining(
            "a time of 19 digits of a second for field closedOn (java.sql.Date, a date, with"
                + " SqlTypes.LOCAL_TIME), which H2, MySQL and MariaDB refuse (PostgreSQL cuts it to"
                + " 6): for a date, write SqlTypes.LOCAL_DATE or DATE (a date column, with which"
                + " Hibernate writes the value), or remove the @JdbcTypeCode; for a time of day,"
                + " declare the field a LocalTime")
        .inFile(source)
        .onLineContaining("SqlTypes.LOCAL_TIME");
    assertThat(h2)
        .hadErrorContaining(
            "for field paidOn (java.lang.String, converted to java.time.LocalDate, a date, with"
                + " SqlTypes.INSTANT)")
        .inFile(source)
        .onLineContaining("SqlTypes.INSTANT");
    assertThat(h2).hadErrorContaining("for a date and time, name a converter to an Instant");
    assertThat(h2)
        .hadErrorContaining("Hibernate 7 cannot store field text (java.lang.String)")
        .inFile(source)
        .onLineContaining("@JdbcTypeCode(SqlTypes.TIMESTAMP)");

    Compilation postgres =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=postgresql");
    assertThat(postgres).hadErrorCount(3);
    assertThat(postgres)
        .hadErrorContaining(
            "Hibernate 7 exports a time with time zone for field opensAt with"
                + " SqlTypes.TIME_WITH_TIMEZONE, which Strata cannot create on PostgreSQL (its"
                + " portable TIME WITH TIME ZONE is a time normalised to UTC there): use"
                + " SqlTypes.TIME_UTC")
        .inFile(source)
        .onLineContaining("SqlTypes.TIME_WITH_TIMEZONE");
    assertThat(postgres)
        .hadErrorContaining(
            "for field closesAt with SqlTypes.OFFSET_TIME, which Strata cannot create on"
                + " PostgreSQL")
        .inFile(source)
        .onLineContaining("SqlTypes.OFFSET_TIME");

    Compilation mariadb =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=mariadb");
    assertThat(mariadb).hadErrorCount(10);
    assertThat(mariadb)
        .hadErrorContaining(
            "Strata cannot create the MySQL and MariaDB timestamp Hibernate 7 exports for field"
                + " signedAt with SqlTypes.TIMESTAMP_WITH_TIMEZONE (a timestamp with time zone on H2"
                + " and PostgreSQL): use SqlTypes.TIMESTAMP_UTC")
        .inFile(source)
        .onLineContaining("@JdbcTypeCode(SqlTypes.TIMESTAMP_WITH_TIMEZONE)");
    // an element collection's values as a field
    assertThat(mariadb)
        .hadErrorContaining("exports for field history with SqlTypes.TIMESTAMP_WITH_TIMEZONE")
        .inFile(source)
        .onLineContaining("value = SqlTypes.TIMESTAMP_WITH_TIMEZONE");
    assertThat(mariadb)
        .hadErrorContaining(
            "field opensAt with SqlTypes.TIME_WITH_TIMEZONE, which MySQL and MariaDB refuse")
        .inFile(source)
        .onLineContaining("SqlTypes.TIME_WITH_TIMEZONE");
    assertThat(mariadb)
        .hadErrorContaining(
            "exports for field stampedAt with SqlTypes.OFFSET_DATE_TIME (a timestamp with time"
                + " zone on H2 and PostgreSQL): use SqlTypes.TIMESTAMP_UTC")
        .inFile(source)
        .onLineContaining("SqlTypes.OFFSET_DATE_TIME");
    assertThat(mariadb)
        .hadErrorContaining(
            "field closesAt with SqlTypes.OFFSET_TIME, which MySQL and MariaDB refuse")
        .inFile(source)
        .onLineContaining("SqlTypes.OFFSET_TIME");
  }

  /**
   * A time code Hibernate exports a column for and cannot write a value with, on every database
   * (measured: Could not convert, Cannot cast), is an error on the annotation that says what to
   * write instead: on a value that is no date, time or timestamp (a String, a Long, an array, a
   * converter's text) and against the field's {@code @Temporal} (another kind on a Date, a
   * java.time code on a Calendar). TimePrecisionParityTest shows the ones Hibernate writes.
   */
  @Test
  void aTimeCodeHibernateCannotWriteIsAnErrorOnItsAnnotation() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/MiscodedTimes.java");
    Compilation compilation =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=postgresql");
    assertThat(compilation).hadErrorCount(6);
    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 cannot store field text (java.lang.String) with SqlTypes.TIMESTAMP, a time"
                + " code on a value that is no date, time or timestamp: it exports a column of the"
                + " code's type (of 19 digits of a second for a String or a Long, which H2, MySQL"
                + " and MariaDB refuse) and fails on the first value it writes there (Could not"
                + " convert 'java.lang.String' to a date, time or timestamp; measured on H2,"
                + " PostgreSQL and MariaDB); declare the field a LocalDateTime (or another date,"
                + " time or timestamp), or name an AttributeConverter to one with @Convert(converter"
                + " = ...)")
        .inFile(source)
        .onLineContaining("// text");
    assertThat(compilation)
        .hadErrorContaining(
            "field millis (java.lang.Long) with SqlTypes.DATE, a time code on a value that is no"
                + " date, time or timestamp: it exports a column of the code's type (a date)")
        .inFile(source)
        .onLineContaining("// millis");
    assertThat(compilation)
        .hadErrorContaining(
            "field stamps (java.time.LocalDateTime[]) with SqlTypes.TIMESTAMP, a time code on a"
                + " value that is no date, time or timestamp: it exports a column of the code's type"
                + " (of 19 digits of a second for a String or a Long, which H2, MySQL and MariaDB"
                + " refuse; one such column for the whole array)")
        .inFile(source)
        .onLineContaining("// stamps");
    assertThat(compilation)
        .hadErrorContaining(
            "field written (java.time.LocalDateTime, converted to java.lang.String) with"
                + " SqlTypes.LOCAL_DATE_TIME")
        .inFile(source)
        .onLineContaining("// written");
    assertThat(compilation)
        .hadErrorContaining(
            "name a converter whose database side is a LocalDateTime (or another date, time or"
                + " timestamp), or remove the @JdbcTypeCode");
    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 cannot store field bookedOn (@Temporal(DATE)) with SqlTypes.TIMESTAMP: it"
                + " fails on the first value it writes (Cannot cast, or Could not convert, the"
                + " value; measured on H2, PostgreSQL and MariaDB), as with every code on a"
                + " java.util.Date but those of its @Temporal's kind and every java.time code on a"
                + " Calendar; write SqlTypes.DATE or LOCAL_DATE, or remove the @JdbcTypeCode: the"
                + " @Temporal alone gives the column")
        .inFile(source)
        .onLineContaining("// bookedOn");
    assertThat(compilation)
        .hadErrorContaining(
            "field openedAt (@Temporal(TIMESTAMP)) with SqlTypes.LOCAL_DATE_TIME: it fails on the"
                + " first value it writes")
        .inFile(source)
        .onLineContaining("// openedAt");
    assertThat(compilation).hadErrorContaining("write SqlTypes.DATE, TIME or TIMESTAMP, or remove");
  }

  /**
   * A scale on a double or float, on which Hibernate does not start anywhere (an array's on H2 and
   * PostgreSQL), and more digits than a double holds, whose float(54) every database refuses, are
   * errors on their annotation; a numeric wider than a target takes is one for a module that runs
   * there (measured on Hibernate's own DDL: MariaDB refuses decimal(70,2), decimal(60,39),
   * decimal(5,7), PostgreSQL numeric(1001,2), H2 2.5 numeric(100001,2), where it takes
   * numeric(100000,2)).
   */
  @Test
  void floatingAndDecimalSizesADatabaseRefusesAreErrorsOnTheirColumn() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/ScaledNumbers.java");
    Compilation h2 = compiler.compile(source, "-Astrata.tables=true");
    assertThat(h2).hadErrorCount(7);
    assertThat(h2)
        .hadErrorContaining(
            "Hibernate 7 gives field vast (java.math.BigDecimal) a numeric(100001,2), which H2"
                + " refuses more than 100000 digits, as they would refuse Hibernate's own DDL; make"
                + " it fit, or remove that database from -Astrata.targets")
        .inFile(source)
        .onLineContaining("precision = 100001, scale = 2");
    // an element collection's values
    assertThat(h2)
        .hadErrorContaining(
            "field vastValues (java.util.List) a numeric(100001,0), which H2 refuses more than"
                + " 100000 digits")
        .inFile(source)
        .onLineContaining("precision = 100001)");
    assertThat(h2)
        .hadErrorContaining(
            "Hibernate 7 refuses field ratio (double): its @Column(precision, scale) gives a"
                + " floating point column a scale, on which Hibernate refuses to start on H2,"
                + " PostgreSQL and MariaDB (scale has no meaning for SQL floating point types);"
                + " remove the scale")
        .inFile(source)
        .onLineContaining("precision = 10, scale = 2");
    assertThat(h2)
        .hadErrorContaining("field weight (java.lang.Float): its @Column(precision, scale)")
        .inFile(source)
        .onLineContaining("precision = 8, scale = 3");
    assertThat(h2)
        .hadErrorContaining("field samples (java.util.List): its @Column(precision, scale)")
        .inFile(source)
        .onLineContaining("precision = 6, scale = 1");
    assertThat(h2)
        .hadErrorContaining("field series (double[]): its @Column(precision, scale)")
        .inFile(source)
        .onLineContaining("precision = 5, scale = 1");
    assertThat(h2)
        .hadErrorContaining(
            "Hibernate 7 gives field reading (double) a float(54) for a precision of 16 digits,"
                + " more than a double's 53 binary digits hold, which H2, PostgreSQL and MariaDB"
                + " refuse; give 15 digits at most")
        .inFile(source)
        .onLineContaining("precision = 16");

    Compilation postgres =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=postgresql");
    assertThat(postgres).hadErrorCount(8);
    assertThat(postgres)
        .hadErrorContaining(
            "Hibernate 7 gives field huge (java.math.BigDecimal) a numeric(1001,2), which"
                + " PostgreSQL refuses more than 1000 digits")
        .inFile(source)
        .onLineContaining("precision = 1001");

    Compilation mariadb =
        compiler.compile(source, "-Astrata.tables=true", "-Astrata.targets=mariadb");
    // an array is MariaDB's json, which takes the scale
    assertThat(mariadb).hadErrorCount(10);
    assertThat(mariadb)
        .hadErrorContaining("a numeric(70,2), which MySQL and MariaDB refuse more than 65 digits")
        .inFile(source)
        .onLineContaining("precision = 70");
    assertThat(mariadb)
        .hadErrorContaining("a numeric(60,39), which MySQL and MariaDB refuse a scale over 38")
        .inFile(source)
        .onLineContaining("precision = 60");
    assertThat(mariadb)
        .hadErrorContaining(
            "a numeric(5,7), which MySQL and MariaDB refuse a scale over the precision")
        .inFile(source)
        .onLineContaining("precision = 5, scale = 7");
  }

  /** The refusal of a scale on a double is Hibernate's own, before it reaches a database. */
  @Test
  void hibernateRefusesAScaleOnADouble(@TempDir Path classes) throws Exception {
    IllegalArgumentException refusal =
        new HibernateRefusal("jpa/unsupported", "org.example.unsupported")
            .of(
                IllegalArgumentException.class,
                classes,
                List.of("ScaledNumbers"),
                List.of("ScaledNumbers"));
    assertEquals("scale has no meaning for SQL floating point types", refusal.getMessage());
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
   * (ArrayElementsParityTest); one of arrays, which Hibernate refuses, an error saying why.
   */
  @Test
  void aCollectionOfValuesWhoseArrayStrataCannotCreateIsAnErrorNamingTheOnesItCan() {
    JavaFileObject source = JavaFileObjects.forResource("jpa/unsupported/BasicCollections.java");
    Compilation compilation = compiler.compile(source, "-Astrata.tables=true");
    assertThat(compilation).hadErrorCount(4);
    assertThat(compilation)
        .hadErrorContaining(
            "Strata cannot create the array column Hibernate 7 gives field opensAt (java.util.Set"
                + "<java.time.LocalTime>, a collection without @ElementCollection): it creates"
                + " arrays of int, long,")
        .inFile(source)
        .onLineContaining("private Set<LocalTime> opensAt;");
    // one of arrays Hibernate refuses, as measured; of byte[] as an element collection it takes
    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses field attachments (java.util.List<byte[]>): it has no type for a"
                + " collection of byte[] without @ElementCollection (Could not determine JavaType"
                + " nor JdbcType); map the values as an @ElementCollection, a varbinary (bytea on"
                + " PostgreSQL) column each, or name an AttributeConverter")
        .inFile(source)
        .onLineContaining("attachments;");
    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses field codes (java.util.Set<char[]>): it maps a collection without"
                + " @ElementCollection as an array column, and nests no arrays in one but a byte[][]"
                + " (Nested arrays are not supported); map the values as an @ElementCollection, a"
                + " varchar column each")
        .inFile(source)
        .onLineContaining("codes;");
    assertThat(compilation)
        .hadErrorContaining("refuses field grids (java.util.List<int[]>): it maps a collection")
        .inFile(source)
        .onLineContaining("grids;");
  }

  @Test
  void hibernatesBooleanConverterOnACollectionsValuesIsAnErrorOnTheConvert() {
    compiler.assertError(
        "ConvertedFlags",
        "YesNoConverter on the values of a collection, whose check Hibernate writes in its table",
        "@Convert(converter = YesNoConverter.class)");
  }
}
