package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * A command run with {@code --json} that fails prints its error as a JSON object on standard
 * output, for the script that reads it, and on standard error as without {@code --json}.
 */
class JsonErrorsTest {

  @Test
  void aStatusThatCannotConnectPrintsTheErrorAsJsonWithItsExitCode() {
    Result status =
        Cli.run(
            "status",
            "--json",
            "--url",
            "jdbc:postgresql://127.0.0.1:9/none?connectTimeout=5",
            "-m",
            TestMigrations.shop().toString());

    assertEquals(3, status.exitCode(), status::toString);
    assertTrue(status.err().startsWith("Error: Strata could not connect"), status::toString);
    String message = status.err().substring("Error: ".length()).strip();
    assertEquals(
        "{\"error\": {\"message\": " + StatusJson.string(message) + ", \"exitCode\": 3}}\n",
        status.out());
  }

  @Test
  void aValidateWithAnUnknownOptionPrintsTheUsageErrorAsJson() {
    Result validate = Cli.run("validate", "--json", "--no-such-option");

    assertEquals(2, validate.exitCode(), validate::toString);
    assertEquals(
        "{\"error\": {\"message\": \"Unknown option: '--no-such-option'\", \"exitCode\": 2}}\n",
        validate.out());
    assertTrue(validate.err().startsWith("Unknown option: '--no-such-option'"), validate::toString);
  }

  @Test
  void aStatusOfAnUnknownSetPrintsTheErrorAsJson() {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2)) {
      Result status = Cli.onShop(database.url(), "status", "--json", "--set", "nope");

      assertEquals(2, status.exitCode(), status::toString);
      assertTrue(
          status.out().startsWith("{\"error\": {\"message\": \"No migration set nope is loaded"),
          status::toString);
      assertTrue(status.out().endsWith("\"exitCode\": 2}}\n"), status::toString);
    }
  }

  @Test
  void withoutJsonAFailurePrintsNothingOnStandardOutput() {
    Result status = Cli.run("status", "--no-such-option");

    assertEquals(2, status.exitCode(), status::toString);
    assertEquals("", status.out());
  }
}
