package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import org.hibernate.HibernateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate 7 applies an auto-applied converter of a type to the values of its subtypes too
 * (measured on H2, PostgreSQL and MariaDB): a converter of {@code java.util.Date} stores a {@code
 * java.sql.Date}, {@code Timestamp} or {@code Time}, a field's, an element collection's values or a
 * map's keys, as its text; and where two match one value (one of {@code java.sql.Date} beside it)
 * it refuses to start. Before, Strata matched a converter to its own type alone: it gave those
 * values their {@code date}, {@code timestamp} and {@code time}, on which Hibernate's validation
 * failed ('found [date], but expecting [varchar(255)]'), and passed the model Hibernate refuses. A
 * converter of a parameterized type ({@code List<String>}) converts that type with the same
 * arguments only, as in Hibernate, where Strata matched it to a {@code List<Integer>} too.
 */
class AutoAppliedSupertypeConverterTest {

  private static final String FOLDER = "oracle/convertedsubtypes";

  private static final ParityModel SUBTYPES =
      new ParityModel(
          FOLDER,
          "org.example.convertedsubtypes",
          List.of(),
          // the converter too, which Hibernate finds by scanning in an application
          List.of("Ledger", "DateText"),
          false);

  private static final ParityModel GENERICS =
      new ParityModel(
          "oracle/convertedgenerics",
          "org.example.convertedgenerics",
          List.of(),
          List.of("Crate", "StringListText"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aConverterOfASupertypeConvertsTheSubtypesValues(DatabaseKind kind) throws Exception {
    SUBTYPES.assertFirstVersionParity(snapshots, classes, kind);
  }

  /**
   * Before, Strata matched the converter by the erased type and gave {@code List<Integer> scores}
   * its {@code varchar}, where Hibernate keeps the array column.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aConverterOfAParameterizedTypeConvertsThatTypeWithItsArgumentsOnly(DatabaseKind kind)
      throws Exception {
    GENERICS.assertFirstVersionParity(snapshots, classes, kind);
  }

  @Test
  void twoMatchingConvertersAreAnErrorOnTheField() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(FOLDER + "/v1", List.of("DateText", "SqlDateText", "Diary"));

    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on field written, whose java.sql.Date values 2"
                + " auto-applied converters match, as it applies one of a type to its subtypes too"
                + " (SqlDateText, DateText;")
        .inFile(sources.get(2))
        .onLineContaining("private Date written;");
  }

  /** The oracle: Hibernate's own refusal, at its boot. */
  @Test
  void hibernateRefusesToStartOnTwoMatchingConverters() throws Exception {
    HibernateException refusal =
        new HibernateRefusal(FOLDER + "/v1", "org.example.convertedsubtypes")
            .of(
                HibernateException.class,
                classes,
                List.of("DateText", "SqlDateText", "Diary"),
                List.of("Diary", "DateText", "SqlDateText"));
    assertTrue(
        refusal.getMessage().startsWith("Multiple auto-apply converters matched"),
        refusal.getMessage());
  }
}
