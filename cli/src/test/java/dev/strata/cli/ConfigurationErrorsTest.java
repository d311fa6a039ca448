package dev.strata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.cli.Cli.Result;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings a command cannot work with exit with 3, and say what to fix. */
class ConfigurationErrorsTest {

  @TempDir Path folder;

  @Test
  void aServerThatDoesNotAnswerExitsWithThree() {
    // port 9 (discard) has no database server on a test machine
    Result result = run("status", "--url", "jdbc:postgresql://127.0.0.1:9/none?connectTimeout=5");

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("Error: Strata could not connect"), result::toString);
  }

  @Test
  void aUrlNoDriverAcceptsExitsWithThree() {
    Result result = run("upgrade", "--url", "jdbc:nosuchdb://host/db?password=secret");

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(
        result.err().contains("No JDBC driver accepts the URL jdbc:nosuchdb://host/db "),
        result::toString);
    assertFalse(result.err().contains("secret"), result::toString);
  }

  @Test
  void aMisspelledSchemeOfABundledDriverNamesTheRightOne() {
    Result result = run("status", "--url", "jdbc:postgres://127.0.0.1:5432/shop?password=secret");

    assertEquals(3, result.exitCode(), result::toString);
    assertEquals(
        "Error: No JDBC driver accepts the URL jdbc:postgres://127.0.0.1:5432/shop: the scheme of"
            + " PostgreSQL's driver, which strata brings, is jdbc:postgresql:"
            + " (jdbc:postgresql://127.0.0.1:5432/shop)\n",
        result.err());
  }

  @Test
  void aUrlWithoutItsJdbcPrefixIsToldWhatAJdbcUrlIs() {
    Result result = run("status", "--url", "postgresql://127.0.0.1:5432/shop");

    assertEquals(3, result.exitCode(), result::toString);
    assertEquals(
        "Error: postgresql://127.0.0.1:5432/shop is not a JDBC URL: give --url as"
            + " jdbc:postgresql://host:5432/db, jdbc:mariadb://host:3306/db or jdbc:h2:file:./db\n",
        result.err());
  }

  @Test
  void aMysqlUrlIsToldHowTheBundledMariaDbDriverReadsIt() {
    Result result = run("status", "--url", "jdbc:mysql://host:3306/shop?password=secret");

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().contains("permitMysqlScheme"), result::toString);
    assertTrue(result.err().contains("jdbc:mariadb://host:3306/shop"), result::toString);
    assertFalse(result.err().contains("secret"), result::toString);
  }

  @Test
  void aMalformedUrlOfABundledDatabaseIsNotBlamedOnAMissingDriver() {
    Result result = run("status", "--url", "jdbc:postgresql://host:54x32/shop");

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(
        result.err().contains("PostgreSQL's driver, which strata brings, refuses the URL"),
        result::toString);
    assertFalse(result.err().contains("add the jar"), result::toString);
  }

  @Test
  void aWrongPasswordExitsWithThree() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    // H2 creates the database, with this user and password, on the first connection
    assertEquals(0, run("status", "--url", url, "-u", "sa", "--password", "right").exitCode());

    Result result = run("status", "--url", url, "-u", "sa", "--password", "wrong");

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().contains("Wrong user name or password"), result::toString);
  }

  @Test
  void aMissingPasswordVariableExitsWithThree() {
    Result result =
        run("status", "--url", "jdbc:h2:mem:x", "--password-env", "STRATA_NO_SUCH_VARIABLE_42");

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().contains("STRATA_NO_SUCH_VARIABLE_42"), result::toString);
  }

  @Test
  void aMigrationsPathThatDoesNotExistExitsWithThree() {
    Path missing = folder.resolve("no-such.jar");

    Result result = Cli.run("upgrade", "--url", "jdbc:h2:mem:x", "-m", missing.toString());

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().contains("neither a jar nor a folder"), result::toString);
  }

  @Test
  void anEmptyMigrationsPathIsRefusedAsEmptyNotReadAsTheWorkingFolder() {
    // what -m "$MIGRATIONS" passes when the variable is unset
    Result result = Cli.run("status", "--url", "jdbc:h2:mem:x", "-m", "");

    assertEquals(3, result.exitCode(), result::toString);
    assertEquals(
        "Error: --migrations names an empty path (an unset variable?): name the jar or class"
            + " folder of the module with @View classes, such as -m target/classes\n",
        result.err());
  }

  @Test
  void aFolderWithoutMigrationsExitsWithThree() {
    Result result = Cli.run("upgrade", "--url", "jdbc:h2:mem:x", "-m", folder.toString());

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("Error: No migrations in"), result::toString);
  }

  @Test
  void migrationsCompiledForANewerJavaExitWithThreeSayingWhichJavaToUse() throws IOException {
    // what a module compiled with a newer JDK and its --release holds: class files this JVM refuses
    Path newer = folder.resolve("newer-java");
    int newerMajor = Runtime.version().feature() + 45;
    try (Stream<Path> files = Files.walk(TestMigrations.shop())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path copy = newer.resolve(TestMigrations.shop().relativize(file).toString());
        Files.createDirectories(copy.getParent());
        byte[] bytes = Files.readAllBytes(file);
        if (file.toString().endsWith(".class")) {
          bytes[6] = (byte) (newerMajor >> 8);
          bytes[7] = (byte) newerMajor;
        }
        Files.write(copy, bytes);
      }
    }

    Result result = Cli.run("status", "--url", "jdbc:h2:mem:x", "-m", newer.toString());

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(
        result.err().startsWith("Error: Could not load the migrations in [" + newer + "]: "),
        result::toString);
    assertTrue(
        result
            .err()
            .contains(
                "They were compiled for a newer Java than the Java "
                    + Runtime.version().feature()
                    + " that runs strata: run strata with that Java or a newer one"),
        result::toString);
    assertFalse(result.err().contains("\tat "), result::toString);
  }

  @Test
  void noMigrationsOptionExitsWithThree() {
    Result result = Cli.run("validate", "--url", "jdbc:h2:mem:x");

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().contains("with --migrations"), result::toString);
  }

  @Test
  void statusWithoutMigrationsExitsWithThreeLikeTheOtherCommands() {
    Result result = Cli.run("status", "--url", "jdbc:h2:mem:x");

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().contains("with --migrations"), result::toString);
  }

  @Test
  void statusWithAFolderWithoutMigrationsExitsWithThree() {
    Result result = Cli.run("status", "--url", "jdbc:h2:mem:x", "-m", folder.toString());

    assertEquals(3, result.exitCode(), result::toString);
    assertTrue(result.err().startsWith("Error: No migrations in"), result::toString);
  }

  @Test
  void anH2FileUrlInAFolderThatCannotBeCreatedSaysSoWithoutH2sStackTrace() throws IOException {
    Path notAFolder = Files.writeString(folder.resolve("not-a-folder"), "");
    String url = "jdbc:h2:file:" + notAFolder.resolve("db");
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    ByteArrayOutputStream printedByH2 = new ByteArrayOutputStream();
    Result result;
    try (PrintStream capture = new PrintStream(printedByH2, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      result = run("status", "--url", url, "-m", TestMigrations.shop().toString());
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
    }

    assertEquals(3, result.exitCode(), result::toString);
    assertEquals("", printedByH2.toString(StandardCharsets.UTF_8));
    assertEquals(
        "Error: The H2 database "
            + url
            + " cannot be created: "
            + notAFolder
            + " is not a folder. Give --url a path in a folder this user may write\n",
        result.err());
  }

  /**
   * An existing H2 database that H2 opens read only (its file or folder not writable by this user,
   * or ACCESS_MODE_DATA=r as here, which does the same for root too): upgrade failed with exit code
   * 1 and the advice to grant the database user the right to insert into the history table.
   */
  @Test
  void anUpgradeOfAnH2DatabaseOpenedReadOnlySaysSoAndLeavesStatusWorking() throws Exception {
    String url = "jdbc:h2:file:" + folder.resolve("db").toAbsolutePath();
    try (Connection connection = DriverManager.getConnection(url);
        Statement statement = connection.createStatement()) {
      statement.execute(TestMigrations.ITEMS_TABLE);
    }
    assertEquals(0, Cli.onShop(url, "upgrade", "--to", "1").exitCode());
    String readOnly = url + ";ACCESS_MODE_DATA=r";
    PrintStream systemOut = System.out;
    PrintStream systemErr = System.err;
    ByteArrayOutputStream printedByH2 = new ByteArrayOutputStream();
    Result upgrade;
    Result status;
    try (PrintStream capture = new PrintStream(printedByH2, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      System.setErr(capture);
      upgrade = Cli.onShop(readOnly, "upgrade");
      status = Cli.onShop(readOnly, "status");
    } finally {
      System.setOut(systemOut);
      System.setErr(systemErr);
    }

    assertEquals(3, upgrade.exitCode(), upgrade::toString);
    assertEquals("", printedByH2.toString(StandardCharsets.UTF_8));
    assertEquals(
        "Error: The H2 database "
            + readOnly
            + " is open read only, so nothing was changed: this user may not write its file "
            + folder.resolve("db.mv.db").toAbsolutePath()
            + " or its folder, or the URL says ACCESS_MODE_DATA=r. Let this user write them, or"
            + " run strata as a user who may; status, validate and sql only read the database\n",
        upgrade.err());
    assertEquals(0, status.exitCode(), status::toString);
  }

  private static Result run(String... args) {
    String[] withMigrations = Arrays.copyOf(args, args.length + 2);
    withMigrations[args.length] = "-m";
    withMigrations[args.length + 1] = TestMigrations.shop().toString();
    return Cli.run(withMigrations);
  }
}
