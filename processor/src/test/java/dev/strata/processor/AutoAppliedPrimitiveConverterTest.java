package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate 7 applies an auto-applied converter of a wrapper ({@code AttributeConverter<Long,
 * String>}) to fields of its primitive ({@code long}) as well (measured on H2, PostgreSQL and
 * MariaDB): {@code varchar(255) not null}; but for a {@code @Version}, which keeps its {@code
 * bigint}.
 */
class AutoAppliedPrimitiveConverterTest {

  private static final ParityModel CONVERTED_PRIMITIVES =
      new ParityModel(
          "oracle/convertedprimitives",
          "org.example.convertedprimitives",
          List.of(),
          // the converters too, which Hibernate finds by scanning in an application
          List.of("Parcel", "LongText", "IntegerText"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  /**
   * Before, Strata looked for a converter of {@code long} itself, found none, and gave the fields
   * their {@code bigint} and {@code integer}, where Hibernate's validation expects {@code varchar}.
   */
  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void primitivesTakeTheirWrappersAutoAppliedConverter(DatabaseKind kind) throws Exception {
    CONVERTED_PRIMITIVES.assertFirstVersionParity(snapshots, classes, kind);
  }
}
