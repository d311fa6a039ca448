package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, run as users run it: {@code java -jar strata-cli-...-all.jar}, in a JVM of its
 * own, with nothing on its classpath but the jar. Runs after {@code package} (failsafe).
 */
class ExecutableJarIT {

  @TempDir Path folder;

  @Test
  void helpRunsFromTheJar() throws Exception {
    Run help = java("--help");

    assertEquals(0, help.exitCode(), help::toString);
    assertTrue(help.out().startsWith("Usage: strata"), help::toString);
    assertTrue(help.out().contains("Exit codes:"), help::toString);
  }

  @Test
  void upgradeAndStatusRunOnH2FromTheJar() throws Exception {
    TestDatabase database = TestDatabases.openH2File(folder);
    database.execute(TestMigrations.ITEMS_TABLE);
    String migrations = TestMigrations.shop().toAbsolutePath().toString();

    Run upgrade = java("upgrade", "--url", database.url(), "-m", migrations);
    assertEquals(0, upgrade.exitCode(), upgrade::toString);
    assertEquals(2, upgrade.out().split("Applied ", -1).length - 1, upgrade::toString);

    Run status = java("status", "--url", database.url(), "-m", migrations);
    assertEquals(0, status.exitCode(), status::toString);
    assertTrue(status.out().startsWith("SET   VERSION  DESCRIPTION"), status::toString);
    assertEquals(2, status.out().split("  APPLIED  ", -1).length - 1, status::toString);
    assertEquals("", status.err(), status::toString);
  }

  @Test
  void theJarBringsThePostgresqlAndMariadbDrivers() throws Exception {
    // nothing listens on port 9: the drivers are found, and cannot connect
    for (String url :
        new String[] {"jdbc:postgresql://127.0.0.1:9/none", "jdbc:mariadb://127.0.0.1:9/none"}) {
      Run status =
          java("status", "--url", url, "-m", TestMigrations.shop().toAbsolutePath().toString());
      assertEquals(3, status.exitCode(), status::toString);
      assertTrue(status.err().contains("Strata could not connect"), status::toString);
      assertFalse(status.err().contains("No JDBC driver"), status::toString);
    }
  }

  @Test
  void aFailureOnMariadbIsReportedOnceWithoutTheDriversOwnLog() throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.MARIADB)) {
      // version 2 cannot create view expensive_items over a table of that name
      database.execute(TestMigrations.ITEMS_TABLE, "CREATE TABLE expensive_items (id INT)");

      Run upgrade =
          java(
              "upgrade",
              "--url",
              database.url(),
              "-m",
              TestMigrations.shop().toAbsolutePath().toString());

      assertEquals(1, upgrade.exitCode(), upgrade::toString);
      assertTrue(upgrade.err().startsWith("Error: Migration V0002"), upgrade::toString);
      assertEquals(1, upgrade.err().split("already exists", -1).length - 1, upgrade::toString);
    }
  }

  /**
   * A server's shell, a container or cron often has no locale, in which Java 17 prints ASCII alone:
   * the script, which says it is UTF-8, must be UTF-8 whatever the locale.
   */
  @Test
  void sqlWritesTheScriptInUtf8UnderTheCLocale() throws Exception {
    String migrations = TestMigrations.labels().toAbsolutePath().toString();

    Run sql =
        java(
            Map.of("LC_ALL", "C", "LANG", "C"), "sql", "--dialect", "postgresql", "-m", migrations);

    assertEquals(0, sql.exitCode(), sql::toString);
    assertTrue(sql.out().contains("'caf\u00e9 \u2615 \ud83d\ude00' AS label"), sql::toString);
  }

  /**
   * A script reads the JSON of a command in any locale: a view's text changed by hand keeps every
   * character, as PostgreSQL reports it, where Java 17 printed each one outside ASCII as {@code ?}.
   */
  @Test
  void validateJsonKeepsEveryCharacterOfADriftedViewUnderTheCLocale() throws Exception {
    try (TestDatabase database = TestDatabases.open(DatabaseKind.POSTGRESQL)) {
      database.execute(TestMigrations.ITEMS_TABLE);
      String migrations = TestMigrations.labels().toAbsolutePath().toString();
      assertEquals(0, java("upgrade", "--url", database.url(), "-m", migrations).exitCode());
      database.execute(
          "CREATE OR REPLACE VIEW labels AS SELECT id, 'th\u00e9 \u2615 \ud83d\ude00'::text AS"
              + " label FROM items");

      Run validate =
          java(
              Map.of("LC_ALL", "C", "LANG", "C"),
              "validate",
              "--json",
              "--url",
              database.url(),
              "-m",
              migrations);

      assertEquals(1, validate.exitCode(), validate::toString);
      JsonNode drift = new ObjectMapper().readTree(validate.out()).get("drift").get(0);
      assertEquals(
          // PostgreSQL's text ends with a semicolon, which Strata leaves out
          database
              .query("SELECT pg_get_viewdef('labels'::regclass)")
              .get(1)
              .strip()
              .replaceFirst(";$", ""),
          drift.get("current").asText().strip(),
          validate::toString);
      assertTrue(
          drift.get("recorded").asText().contains("'caf\u00e9 \u2615 \ud83d\ude00'"),
          validate::toString);
    }
  }

  private record Run(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
    }
  }

  private Run java(String... args) throws IOException, InterruptedException {
    return java(Map.of(), args);
  }

  private Run java(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    Path jar =
        Path.of(System.getProperty("strata.cli.jar", "target/strata-cli-0.1.0-SNAPSHOT-all.jar"));
    assertTrue(Files.isRegularFile(jar), "no executable jar at " + jar + ": run mvn package");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Path out = folder.resolve("out.txt");
    Path err = folder.resolve("err.txt");
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(environment);
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("strata " + String.join(" ", args) + " did not end in 60 s");
    }
    return new Run(
        process.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
