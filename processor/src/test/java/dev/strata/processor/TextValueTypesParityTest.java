package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JDK types Hibernate maps to text columns ({@code Currency}, {@code Locale}, {@code TimeZone},
 * {@code ZoneId}, {@code ZoneOffset}, {@code URL}) against Hibernate's own export.
 */
class TextValueTypesParityTest {

  private static final ParityModel TEXT_VALUES =
      new ParityModel(
          "oracle/textvalues", "org.example.textvalues", List.of(), List.of("Shop"), false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void jdkValuesStoredAsTextMigrateToTheColumnsHibernateCreates(DatabaseKind kind)
      throws Exception {
    TEXT_VALUES.assertFirstVersionParity(snapshots, classes, kind);
  }
}
