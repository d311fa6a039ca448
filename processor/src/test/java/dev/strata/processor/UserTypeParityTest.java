package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate's {@code @Type} with a {@code @Column(columnDefinition)}, as teams map JSON types: the
 * column of that definition, on a field, in an embeddable and under an override, against
 * Hibernate's own export; Hibernate then writes and reads the values through the UserType.
 */
class UserTypeParityTest {

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest(name = "{0}, Spring naming {1}")
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aUserTypeWithAColumnDefinitionIsTheColumnHibernateCreates(DatabaseKind kind, boolean spring)
      throws Exception {
    new ParityModel(
            "oracle/usertypes",
            "org.example.usertypes",
            List.of("PairsType", "Labels"),
            List.of("Gadget"),
            spring)
        .assertFirstVersionRoundTrip(
            snapshots,
            classes,
            kind,
            "Gadget",
            Map.of(
                "attributes", Map.of("colour", "red", "size", "L"),
                "serial", Map.of("batch", "7")));
  }
}
