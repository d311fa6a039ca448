package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sibling subclasses of a single-table hierarchy that map columns of one name ({@code Car.vin} and
 * {@code Truck.vin}, unique; a {@code @ManyToOne Owner owner} each; a required {@code model} each)
 * share one column, as Hibernate 7 exports them: one unique constraint, one foreign key, one check
 * per class. Before, Strata refused the table, "two fields map to column vin", and said Hibernate
 * would refuse it as well, which it does not.
 */
class SiblingColumnParityTest {

  private static final ParityModel SIBLING_COLUMNS =
      new ParityModel(
          "oracle/siblingcolumns",
          "org.example.siblingcolumns",
          List.of(),
          List.of("Owner", "Vehicle", "Car", "Truck"),
          false);

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void siblingsShareTheColumnsTheyBothMap(DatabaseKind kind, boolean springNaming)
      throws Exception {
    SIBLING_COLUMNS.withNaming(springNaming).assertFirstVersionParity(snapshots, classes, kind);
  }
}
