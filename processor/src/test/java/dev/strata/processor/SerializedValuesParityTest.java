package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The {@code Serializable} values Hibernate 7 stores as Java serialization writes them (a user's
 * class, record or interface, {@code URI}, {@code File}, {@code BitSet}, an {@code ArrayList} or
 * {@code HashMap}; as fields, a {@code @Lob}, an element collection's values and a map's keys),
 * against Hibernate's own export.
 */
class SerializedValuesParityTest {

  private static final ParityModel SERIALIZED =
      new ParityModel(
          "oracle/serialized",
          "org.example.serialized",
          List.of("Route", "Waypoint", "Tagged"),
          List.of("Trip"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void serializableValuesMigrateToTheColumnsHibernateCreates(DatabaseKind kind) throws Exception {
    SERIALIZED.assertFirstVersionParity(snapshots, classes, kind);
  }
}
