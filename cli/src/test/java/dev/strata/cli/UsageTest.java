package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Help on every command, and the usage errors that exit with 2 before anything connects. */
class UsageTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "status",
        "upgrade",
        "downgrade",
        "validate",
        "sql",
        "baseline",
        "repair",
        "refresh"
      })
  void everyCommandHasHelpEndingInTheExitCodes(String command) {
    Result help = Cli.run(command, "--help");

    assertEquals(0, help.exitCode(), help::toString);
    assertTrue(help.out().contains("\nUsage: strata " + command + " [-h]"), help::toString);
    assertTrue(help.out().contains("--url=JDBC_URL"), help::toString);
    assertTrue(help.out().contains("-m, --migrations=PATH[,PATH...]"), help::toString);
    assertTrue(help.out().contains("Exit codes:\n  0   Success"), help::toString);
    assertTrue(help.out().contains("  3   Cannot connect"), help::toString);
  }

  @Test
  void theExitCodesOfTheHelpSayWhatScriptsMeetAsTheReadmeDoes() {
    Result help = Cli.run("downgrade", "--help");

    // as one line: the help wraps at 80 columns
    String codes = help.out().substring(help.out().indexOf("Exit codes:")).replaceAll("\\s+", " ");
    assertTrue(
        codes.contains(
            " 1 A migration failed, validate found problems or views changed by hand, status found"
                + " a FAILED or CHANGED migration, or another error."),
        help::toString);
    assertTrue(
        codes.contains(
            " 2 Usage error: unknown option, missing or invalid value, unknown set, version or"
                + " materialized view to refresh, several sets and no --set, or a revert that drops"
                + " data without --allow-data-loss."),
        help::toString);
    assertTrue(
        codes.contains(
            " 3 Cannot connect, the schema of the history table does not exist, or the"
                + " migrations cannot be used."),
        help::toString);
    assertTrue(codes.contains("--lock-timeout; nothing was done."), help::toString);
  }

  @Test
  void topLevelHelpListsTheCommands() {
    Result help = Cli.run("--help");

    assertEquals(0, help.exitCode(), help::toString);
    for (String command :
        new String[] {
          "status", "upgrade", "downgrade", "validate", "sql", "baseline", "repair", "refresh"
        }) {
      assertTrue(help.out().contains("\n  " + command + " "), command + " in\n" + help);
    }
  }

  @Test
  void versionNamesTheProjectVersion() {
    Result version = Cli.run("--version");

    assertEquals(0, version.exitCode(), version::toString);
    assertTrue(version.out().startsWith("strata 0.1.0"), version::toString);
  }

  @Test
  void noCommandIsAUsageErrorNamingEveryCommand() {
    Result none = Cli.run();

    assertEquals(2, none.exitCode(), none::toString);
    assertEquals(
        "Missing command: status, upgrade, downgrade, validate, sql, baseline, repair or refresh\n"
            + "Run 'strata --help' for its options.\n",
        none.err());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    Result unknown = Cli.run("status", "--url", "jdbc:h2:mem:x", "--colour");

    assertEquals(2, unknown.exitCode(), unknown::toString);
    assertEquals(
        "Unknown option: '--colour'\nRun 'strata status --help' for its options.\n", unknown.err());
  }

  @Test
  void aMistypedCommandGetsASuggestion() {
    Result typo = Cli.run("upgrad");

    assertEquals(2, typo.exitCode(), typo::toString);
    assertTrue(typo.err().contains("Did you mean: strata upgrade"), typo::toString);
  }

  @ParameterizedTest
  @CsvSource({
    "migrate, Flyway's migrate and Liquibase's update are strata upgrade",
    "update, Flyway's migrate and Liquibase's update are strata upgrade",
    "info, Flyway's info and Liquibase's status and history are strata status",
    "history, Flyway's info and Liquibase's status and history are strata status",
    "undo, Flyway's undo and Liquibase's rollback are strata downgrade --to N",
    "rollback, Flyway's undo and Liquibase's rollback are strata downgrade --to N",
    "update-sql, Liquibase's update-sql is strata sql",
    "changelog-sync, Liquibase's changelog-sync is strata baseline --version N",
    "clean, strata has no clean: strata downgrade --to 0 reverts every migration of a set",
    "help, strata --help lists the commands; strata COMMAND --help the options of one"
  })
  void aCommandOfFlywayOrLiquibaseIsToldStratasCommand(String other, String told) {
    Result result = Cli.run(other);

    assertEquals(2, result.exitCode(), result::toString);
    assertEquals(
        "Unknown command '" + other + "': " + told + "\nRun 'strata --help' for its options.\n",
        result.err());
  }

  @Test
  void aMissingUrlIsAUsageError() {
    Result missing = Cli.run("upgrade", "-m", TestMigrations.shop().toString());

    assertEquals(2, missing.exitCode(), missing::toString);
    assertTrue(missing.err().startsWith("Missing required option: '--url"), missing::toString);
  }

  @Test
  void downgradeNeedsATargetVersion() {
    Result missing = Cli.run("downgrade", "--url", "jdbc:h2:mem:x");

    assertEquals(2, missing.exitCode(), missing::toString);
    assertTrue(missing.err().startsWith("Missing required option: '--to=N'"), missing::toString);
  }

  @Test
  void aPasswordAndAPasswordVariableAreAUsageError() {
    Result both =
        Cli.run(
            "status",
            "--url",
            "jdbc:h2:mem:x",
            "--password",
            "secret",
            "--password-env",
            "STRATA_PASSWORD");

    assertEquals(2, both.exitCode(), both::toString);
    assertTrue(both.err().contains("mutually exclusive"), both::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"soon", "-5s", "PT-1S", "10x"})
  void aLockTimeoutThatIsNoDurationIsAUsageError(String timeout) {
    Result bad = Cli.run("upgrade", "--url", "jdbc:h2:mem:x", "--lock-timeout", timeout);

    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains("is not a duration"), bad::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"999999999h", "PT9999999999999H"})
  void aLockTimeoutLongerThanAJavaDurationInNanosecondsIsAUsageErrorNotACrash(String timeout) {
    Result bad = Cli.onShop("jdbc:h2:mem:forever", "upgrade", "--lock-timeout", timeout);

    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(
        bad.err()
            .startsWith(
                "Invalid value for option '--lock-timeout': '"
                    + timeout
                    + "' is longer than strata can wait, about 292 years: give a shorter"
                    + " duration\n"),
        bad::toString);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0s", "500ms", "PT0.9S"})
  void aLockLeaseUnderOneSecondIsAUsageErrorNamingTheOptionAndTheValueGiven(String lease) {
    Result bad = Cli.onShop("jdbc:h2:mem:lease", "upgrade", "--lock-lease", lease);

    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(
        bad.err()
            .startsWith(
                "Invalid value for option '--lock-lease': '"
                    + lease
                    + "' is shorter than the shortest lease, 1s: the lease is renewed every third"
                    + " of it. Give 1s or more (default: 30s)\n"),
        bad::toString);
    assertTrue(bad.err().contains("Run 'strata upgrade --help'"), bad::toString);
  }

  @Test
  void anInvalidHistoryTableNameIsAUsageError() {
    Result bad = Cli.run("status", "--url", "jdbc:h2:mem:x", "--history-table", "drop table; --");

    assertEquals(2, bad.exitCode(), bad::toString);
    assertTrue(bad.err().contains("Invalid history table name"), bad::toString);
  }
}
