package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shop's release 2 rolled back with release 1's build, compiled apart by the real processor:
 * {@code downgrade --to 1} and {@code upgrade --revert-unknown} revert version 2 from the history;
 * {@code validate --json} and {@code upgrade --fail-on-drift} name views changed by hand.
 */
class RollbackAndDriftCommandsTest {

  @TempDir Path folder;
  private TestDatabase database;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = TestDatabases.openH2File(folder);
    database.execute(TestMigrations.ITEMS_TABLE);
    assertEquals(0, Cli.onShop(database.url(), "upgrade").exitCode());
  }

  @Test
  void theOlderBuildRefusesThenDowngradesFromTheHistory() throws SQLException {
    Result refused = release1("upgrade");
    assertEquals(1, refused.exitCode(), refused::toString);
    assertTrue(refused.err().contains("strata downgrade --to 1"), refused::toString);

    Result downgrade = release1("downgrade", "--to", "1");

    assertEquals(0, downgrade.exitCode(), downgrade::toString);
    assertEquals("Reverted V0002 \"Create expensive_items\" of set main\n", downgrade.out());
    assertEquals(List.of("item_names"), database.viewNames());
    assertEquals(0, release1("validate").exitCode());
  }

  @Test
  void theOlderBuildIsToldTheCommandsThatRevertNotTheJavaApi() {
    for (String command : List.of("upgrade", "validate")) {
      Result refused = release1(command);

      assertEquals(1, refused.exitCode(), refused::toString);
      assertTrue(
          refused.err().contains("or revert them (strata downgrade --to 1 --set main):"),
          refused::toString);
      assertTrue(
          refused
              .err()
              .contains(
                  "or start it with strata upgrade --revert-unknown to do so at every start."),
          refused::toString);
      assertFalse(refused.err().contains("Configuration."), refused::toString);
      assertFalse(refused.err().contains("downgrade(\""), refused::toString);
    }
    Result json = release1("validate", "--json");
    assertEquals(1, json.exitCode(), json::toString);
    assertTrue(
        json.out().contains("or start it with strata upgrade --revert-unknown to do so"),
        json::toString);
    assertFalse(json.out().contains("Configuration."), json::toString);
  }

  @Test
  void upgradeRevertUnknownRevertsWhatTheBuildLacksFirst() throws SQLException {
    Result upgrade = release1("upgrade", "--revert-unknown");

    assertEquals(0, upgrade.exitCode(), upgrade::toString);
    // reported as what happened to it, not as applied
    assertEquals(
        "Reverted V0002 \"Create expensive_items\" of set main, which this build lacks\n",
        upgrade.out());
    assertEquals(List.of("item_names"), database.viewNames());
    assertEquals("Nothing to apply: the database is up to date.\n", release1("upgrade").out());
  }

  @Test
  void validateJsonAndFailOnDriftNameAViewChangedByHand() throws SQLException {
    database.execute(
        "CREATE OR REPLACE VIEW expensive_items AS SELECT id, name, price FROM items"
            + " WHERE price > 20");

    Result validate = Cli.onShop(database.url(), "validate", "--json");
    Result start = Cli.onShop(database.url(), "upgrade", "--fail-on-drift");

    assertEquals(1, validate.exitCode(), validate::toString);
    assertTrue(
        validate.out().startsWith("{\"valid\": true, \"drifted\": true"), validate::toString);
    assertTrue(
        validate.out().contains("{\"view\": \"PUBLIC.EXPENSIVE_ITEMS\", \"change\": \"CHANGED\""),
        validate::toString);
    assertTrue(validate.out().contains("+ WHERE \\\"PRICE\\\" > 20"), validate::toString);
    assertEquals(1, start.exitCode(), start::toString);
    assertTrue(
        start
            .err()
            .startsWith("Error: Strata refuses to start: --fail-on-drift is given and 1 view"),
        start::toString);
    assertTrue(start.err().contains("PUBLIC.EXPENSIVE_ITEMS was changed by hand"), start::toString);
  }

  private Result release1(String command, String... options) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of(options));
    args.addAll(List.of("--url", database.url(), "-m", TestMigrations.shopRelease1().toString()));
    return Cli.run(args.toArray(String[]::new));
  }
}
