package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The arrays of timestamps ({@code LocalDateTime[]}, {@code Instant[]}, {@code OffsetDateTime[]},
 * {@code ZonedDateTime[]}), decimals ({@code BigDecimal[]}, sized by {@code @Column}, {@code
 * BigInteger[]}) and enums stored by their ordinals that Hibernate 7 maps as one column, and the
 * collections of basic values without {@code @ElementCollection} it maps as their arrays ({@code
 * List<Integer>}, {@code Set<String>}), against its own export.
 */
class ArrayElementsParityTest {

  private static final ParityModel ARRAYS =
      new ParityModel(
          "oracle/arrays",
          "org.example.arrays",
          List.of("Phase"),
          List.of("Observation", "Tally"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void arraysAndBasicCollectionsMigrateToTheColumnsHibernateCreates(DatabaseKind kind)
      throws Exception {
    ARRAYS.assertFirstVersionParity(snapshots, classes, kind);
  }
}
