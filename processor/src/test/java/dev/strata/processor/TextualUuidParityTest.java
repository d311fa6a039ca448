package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @JdbcTypeCode(SqlTypes.CHAR)} and {@code (SqlTypes.VARCHAR)} on a {@code UUID}: a key, a
 * field, an element collection's values and the join columns referring to the key, against
 * Hibernate's own export; Hibernate then writes and reads a generated key through them.
 */
class TextualUuidParityTest {

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void uuidsKeptAsTextAreTheColumnsHibernateCreates(DatabaseKind kind, boolean spring)
      throws Exception {
    new ParityModel(
            "oracle/textualuuids",
            "org.example.textualuuids",
            List.of(),
            List.of("Device", "Reading"),
            spring)
        .assertFirstVersionRoundTrip(
            snapshots,
            classes,
            kind,
            "Device",
            Map.of("serial", UUID.fromString("00000000-0000-0000-0000-000000000007")));
  }
}
