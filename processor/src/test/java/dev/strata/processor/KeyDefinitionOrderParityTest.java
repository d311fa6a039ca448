package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Hibernate 7.2 orders a composite primary key by the sizes of its columns' Java types, whatever a
 * {@code @Column(columnDefinition)} makes a column (before, Strata sized such a column by its
 * definition, and the key's columns came in another order on every database): an
 * {@code @EmbeddedId}'s {@code String} of {@code varchar(2)} after an {@code Integer}, an
 * {@code @IdClass}'s {@code Integer} of {@code bigint} before a {@code Long} of an earlier name.
 */
class KeyDefinitionOrderParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/keydefinitionorder",
          "org.example.keydefinitionorder",
          List.of("PlotId"),
          List.of("Plot", "Paddock"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void aKeyIsOrderedByItsColumnsTypesNotByTheirDefinitions(DatabaseKind kind) throws Exception {
    MODEL.assertFirstVersionParity(snapshots, classes, kind);
  }
}
