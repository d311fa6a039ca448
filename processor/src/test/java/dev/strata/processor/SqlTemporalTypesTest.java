package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code java.sql}'s {@code Date}, {@code Time} and {@code Timestamp} under {@code @Temporal}, as
 * Hibernate 7 maps them (measured on H2, PostgreSQL and MariaDB): a {@code Date} as {@code DATE}, a
 * {@code Time} as {@code TIME}, a {@code Timestamp} as {@code DATE} or {@code TIMESTAMP}, each the
 * column {@code @Temporal} gives, and so for an element collection's values and, under
 * {@code @MapKeyTemporal}, a map's keys; on any other pairing it refuses to start (measured for
 * each). Before, Strata refused every one of them ("cannot tell which column type"; a collection's,
 * as "an {@code @ElementCollection} other than a Set, List or Map").
 */
class SqlTemporalTypesTest {

  private static final ParityModel SQL_TEMPORALS =
      new ParityModel(
          "oracle/sqltemporals", "org.example.sqltemporals", List.of(), List.of("Ledger"), false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void sqlTypesTakeTheColumnTheirTemporalGives(DatabaseKind kind) throws Exception {
    SQL_TEMPORALS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @ParameterizedTest(name = "{0} under @Temporal({1})")
  @CsvSource({"Date, TIMESTAMP", "Date, TIME", "Time, DATE", "Time, TIMESTAMP", "Timestamp, TIME"})
  void aPairingHibernateRefusesIsAnErrorThatSaysWhichItAccepts(String type, String temporal) {
    JavaFileObject source = RefusedTemporalPairing.entry("java.sql." + type, temporal);

    Compilation compilation =
        new MappingCompiler(snapshots).compile(source, "-Astrata.tables=true");

    RefusedTemporalPairing.assertRefused(compilation, source, "java.sql." + type, temporal);
    assertThat(compilation)
        .hadErrorContaining(
            "it maps a java.sql.Date as DATE only, a java.sql.Time as TIME only and a"
                + " java.sql.Timestamp as DATE or TIMESTAMP");
  }

  @Test
  void aCollectionsValuesOrAMapsKeysHibernateRefusesAreAnErrorToo() {
    JavaFileObject source =
        JavaFileObjects.forSourceString(
            "com.example.Diary",
            "package com.example;\n"
                + "import jakarta.persistence.*;\n"
                + "import java.util.*;\n"
                + "@Entity public class Diary {\n"
                + "  @Id Long id;\n"
                + "  @ElementCollection @Temporal(TemporalType.TIMESTAMP)\n"
                + "  List<java.sql.Date> days;\n"
                + "  @ElementCollection @MapKeyTemporal(TemporalType.TIME)\n"
                + "  Map<java.sql.Timestamp, String> notes;\n"
                + "}\n");

    Compilation compilation =
        new MappingCompiler(snapshots).compile(source, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on the values of collection days, a java.sql.Date under"
                + " @Temporal(TIMESTAMP)")
        .inFile(source)
        .onLineContaining("@Temporal(TemporalType.TIMESTAMP)");
    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on the keys of map notes, a java.sql.Timestamp under"
                + " @MapKeyTemporal(TIME)")
        .inFile(source)
        .onLineContaining("notes;");
  }
}
