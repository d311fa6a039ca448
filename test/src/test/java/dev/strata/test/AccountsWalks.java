package dev.strata.test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;

/**
 * The walks of a module whose table has the column types of a JPA entity's enums ({@code TINYINT},
 * {@code ENUM(...)}), {@code Instant} ({@code TIMESTAMP WITH TIME ZONE}), {@code char} ({@code
 * CHAR(1)}), {@code byte[]} ({@code VARBINARY(255)}) and {@code @Lob} fields ({@code CLOB}, {@code
 * BLOB}), which H2, PostgreSQL and MariaDB each render and report their own way.
 */
final class AccountsWalks {

  static final Path FOLDER = Path.of("src", "test", "resources", "snapshots", "accounts");

  private AccountsWalks() {}

  /** The table as its snapshot states it walks up and down. */
  static void consistentChainWalks(DataSource database) {
    assertEquals(1, MigrationTestKit.forSnapshots(FOLDER).database(database).run());
  }

  /**
   * On H2, whose type name lists an enum's values, an enum column with other values than its
   * snapshot's fails, naming both.
   */
  static void otherEnumValuesFailOnH2(Path folder) throws IOException {
    MigrationTestKit kit =
        MigrationTestKit.forSnapshots(
            ShopSnapshots.copy(FOLDER, "accounts-with-other-labels", folder));

    MigrationTestFailure failure = assertThrows(MigrationTestFailure.class, kit::run);

    assertTrue(
        failure
            .getMessage()
            .contains(
                "table accounts column label: type ENUM('BUSINESS', 'PERSONAL', 'SHARED')(8) in"
                    + " the database, ENUM('BUSINESS','PERSONAL') in the snapshot"),
        failure.getMessage());
  }
}
