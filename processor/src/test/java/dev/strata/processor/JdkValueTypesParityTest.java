package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The JDK types Hibernate maps by types of its own ({@code Duration}, {@code Year}, {@code
 * OffsetTime}, {@code InetAddress}, {@code Class}, {@code char[]}, {@code Blob}, {@code Clob},
 * {@code NClob}) or serializes ({@code MonthDay}, {@code YearMonth}, {@code Period}), the arrays it
 * maps as one column ({@code int[]}, {@code String[]}), and its own converters of a {@code
 * Boolean}, against Hibernate's own export.
 */
class JdkValueTypesParityTest {

  private static final ParityModel JDK_VALUES =
      new ParityModel(
          "oracle/jdkvalues",
          "org.example.jdkvalues",
          List.of("SlotId"),
          List.of("Timetable", "Slot", "Sensor", "Switch"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void jdkValuesMigrateToTheColumnsHibernateCreates(DatabaseKind kind) throws Exception {
    JDK_VALUES.assertFirstVersionParity(snapshots, classes, kind);
  }
}
