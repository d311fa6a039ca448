package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A single table records the checks Hibernate 7 writes for its discriminator, under the names
 * PostgreSQL would give them: the values of every concrete class, and a subclass's primitive column
 * required on its own rows.
 */
class DiscriminatorChecksTest {

  @TempDir Path snapshots;
  @TempDir Path classes;

  @Test
  void aSingleTableRecordsTheDiscriminatorsValuesAndEachSubclasssRequiredColumns()
      throws Exception {
    CompiledHistory history = new CompiledHistory(snapshots, classes, "-Astrata.tables=true");
    history.compileVersion("jpa/strategy", 1, List.of("Vehicle", "Car"));

    List<Path> written = Assertions.files(snapshots);
    String snapshot = Files.readString(written.get(written.size() - 1));
    assertTrue(
        snapshot
            .replaceAll("\\s+", " ")
            .contains(
                "{ \"name\": \"vehicle_check\", \"condition\": \"DTYPE <> 'Car' or (seats is not"
                    + " null)\" }, { \"name\": \"vehicle_dtype_check\", \"condition\": \"DTYPE in"
                    + " ('Vehicle','Car')\" }"),
        snapshot);
  }
}
