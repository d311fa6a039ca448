package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The nullability of the join columns an {@code @AssociationOverride} renames, against Hibernate's
 * own export: the override's {@code @JoinColumn} does not make nullable what the association
 * requires.
 */
class OverriddenAssociationParityTest {

  private static final ParityModel OVERRIDDEN_REQUIRED =
      new ParityModel(
          "oracle/overriddenrequired",
          "org.example.overriddenrequired",
          List.of("Route", "Voyage"),
          List.of("Port", "Sailing"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anOverriddenJoinColumnStaysNotNullWhereTheAssociationIsRequired(DatabaseKind kind)
      throws Exception {
    OVERRIDDEN_REQUIRED.assertFirstVersionParity(snapshots, classes, kind);
  }
}
