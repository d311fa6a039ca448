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
 * arguments only, as in Hibernate, where Strata matched it to a {@code List<Integer>} too; and of a
 * subtype it converts the values whose own type arguments match its own by the same rule ({@code
 * Collection<String>} an {@code ArrayList<String>}, {@code List<Number>} a {@code List<Integer>}),
 * where Strata matched none. A converter of {@code Number} converts the primitives, as their
 * wrappers, where Strata left them their own columns.
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

  private static final ParityModel COLLECTION_SUBTYPES =
      new ParityModel(
          "oracle/convertedcollectionsubtypes",
          "org.example.convertedcollectionsubtypes",
          List.of(),
          List.of("Bin", "CollectionText", "NumberListText"),
          false);

  private static final String NUMBERS = "oracle/convertednumbers";

  private static final ParityModel PRIMITIVES =
      new ParityModel(
          NUMBERS,
          "org.example.convertednumbers",
          List.of(),
          List.of("Meter", "NumberText"),
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

  /**
   * Before, Strata matched no converter of a parameterized type to a subtype's values: the {@code
   * ArrayList<String>} got a {@code varbinary}, the {@code Set<String>} and {@code List<Integer>}
   * arrays, where Hibernate expects the converters' {@code varchar}.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aConverterOfAParameterizedSupertypeConvertsSubtypesWithMatchingArguments(DatabaseKind kind)
      throws Exception {
    COLLECTION_SUBTYPES.assertFirstVersionParity(snapshots, classes, kind);
  }

  /** Before, the {@code int} and {@code long} kept their columns, where Hibernate has varchar. */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aConverterOfASupertypeOfTheWrappersConvertsThePrimitives(DatabaseKind kind)
      throws Exception {
    PRIMITIVES.assertFirstVersionParity(snapshots, classes, kind);
  }

  @Test
  void twoConvertersMatchingAPrimitiveAreAnErrorOnTheField() {
    List<JavaFileObject> sources =
        MappingCompiler.resources(NUMBERS + "/v1", List.of("NumberText", "IntegerText", "Counter"));

    Compilation compilation =
        new MappingCompiler(snapshots).compile(sources, "-Astrata.tables=true");

    assertThat(compilation)
        .hadErrorContaining(
            "Hibernate 7 refuses to start on field hits, whose int values 2 auto-applied converters"
                + " match")
        .inFile(sources.get(2))
        .onLineContaining("int hits;");
  }

  @Test
  void hibernateRefusesToStartOnTwoConvertersMatchingAPrimitive() throws Exception {
    HibernateException refusal =
        new HibernateRefusal(NUMBERS + "/v1", "org.example.convertednumbers")
            .of(
                HibernateException.class,
                classes,
                List.of("NumberText", "IntegerText", "Counter"),
                List.of("Counter", "NumberText", "IntegerText"));
    assertTrue(
        refusal.getMessage().startsWith("Multiple auto-apply converters matched"),
        refusal.getMessage());
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
