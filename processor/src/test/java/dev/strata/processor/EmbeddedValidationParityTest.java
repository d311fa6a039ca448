package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Bean Validation constraints of an embeddable's fields against Hibernate's own export: its
 * {@code TypeSafeActivator} reaches them only through embedded fields that are {@code @Valid}, and
 * makes their columns NOT NULL only where those fields are {@code @NotNull} too.
 */
class EmbeddedValidationParityTest {

  private static final ParityModel EMBEDDED_VALIDATION =
      new ParityModel(
          "oracle/embeddedvalidation",
          "org.example.embeddedvalidation",
          List.of("Address", "Customs", "Phone", "Email", "Fax", "Contact", "Stamp", "ShipmentKey"),
          List.of("Country", "Parcel", "Shipment", "Consignment"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(DatabaseKind.class)
  void anEmbeddablesConstraintsShapeItsColumnsOnlyThroughValidEmbeddedFields(DatabaseKind kind)
      throws Exception {
    EMBEDDED_VALIDATION.assertFirstVersionParity(snapshots, classes, kind);
  }
}
