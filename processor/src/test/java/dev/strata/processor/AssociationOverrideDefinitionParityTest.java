package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code columnDefinition} of an {@code @AssociationOverride}'s join column types the column,
 * as Hibernate 7.2 writes it: an embedded address's country referred to by a {@code varchar(40)}
 * (before, Strata gave it the type of the country's key, {@code varchar(255)}, without a word).
 */
class AssociationOverrideDefinitionParityTest {

  private static final ParityModel MODEL =
      new ParityModel(
          "oracle/overridedefinitions",
          "org.example.overridedefinitions",
          List.of("Address"),
          List.of("Country", "Customer"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void anOverridesJoinColumnDefinitionIsItsType(DatabaseKind kind, boolean spring)
      throws Exception {
    MODEL.withNaming(spring).assertFirstVersionParity(snapshots, classes, kind);
  }
}
