package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lock-timeout} on the commands that take no lock (status, validate, sql, the dry run of
 * downgrade): while another process holds an H2 file database open, they retry it as one out of
 * reach for a moment, up to the lock timeout, as the runtime does for an {@code AUTO_SERVER} file
 * changing hands. Without the option they waited the default ten minutes, and the option was
 * refused as unknown.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReadOnlyLockTimeoutTest {

  // opens the database and keeps it open until its standard input closes
  private static final String HOLDER =
      "import java.sql.*;\n"
          + "public class Hold {\n"
          + "  public static void main(String[] args) throws Exception {\n"
          + "    try (Connection c = DriverManager.getConnection(args[0], \"sa\", \"\")) {\n"
          + "      System.out.println(\"held\");\n"
          + "      System.out.flush();\n"
          + "      System.in.read();\n"
          + "    }\n"
          + "  }\n"
          + "}\n";

  @TempDir Path folder;

  @Test
  void statusValidateAndSqlWaitForADatabaseHeldByAnotherProcessOnlyAsLongAsTold() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("shop").toAbsolutePath();
    Process holder = hold(url);
    try {
      for (List<String> command :
          List.of(
              List.of("status"),
              List.of("validate"),
              List.of("sql"),
              List.of("downgrade", "--to", "0", "--dry-run"))) {
        long start = System.nanoTime();
        Result result =
            Cli.onShop(
                url,
                command.get(0),
                Stream.concat(command.stream().skip(1), Stream.of("--lock-timeout", "1s"))
                    .toArray(String[]::new));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertNotEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().contains("already in use"), result::toString);
        assertTrue(took.compareTo(Duration.ofSeconds(30)) < 0, command + " took " + took);
      }
    } finally {
      holder.getOutputStream().close();
      assertTrue(holder.waitFor(30, TimeUnit.SECONDS), "the holder did not exit");
    }
  }

  @Test
  void sqlWithDialectRefusesTheLockTimeoutOfADatabaseItDoesNotRead() {
    Result result =
        Cli.run(
            "sql",
            "--dialect",
            "h2",
            "--lock-timeout",
            "1s",
            "-m",
            TestMigrations.shop().toString());

    assertEquals(2, result.exitCode(), result::toString);
    assertTrue(
        result.err().contains("--lock-timeout bounds the waits for the database of --url"),
        result::toString);
  }

  /** It was refused as an unknown option, as if misspelt, beside --lock-timeout. */
  @Test
  void theLeaseOfALockTheyDoNotTakeIsRefusedSayingWhy() {
    for (String command : List.of("status", "validate", "sql")) {
      Result result = Cli.onShop("jdbc:h2:mem:no_lease", command, "--lock-lease", "1m");

      assertEquals(2, result.exitCode(), result::toString);
      assertTrue(
          result
              .err()
              .contains(
                  "--lock-lease sets how long a run that died keeps others waiting for the"
                      + " migration lock it held, and strata "
                      + command
                      + " takes no lock: leave --lock-lease out."),
          result::toString);
    }
  }

  /** Another JVM that holds {@code url} open, started once it has opened it. */
  private Process hold(String url) throws Exception {
    Path source = folder.resolve("Hold.java");
    Files.writeString(source, HOLDER, StandardCharsets.UTF_8);
    String h2 =
        Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI())
            .toString();
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(java, "-cp", h2, source.toString(), url)
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("held", output.readLine(), "the holder did not open the database");
    return process;
  }
}
