package dev.strata.processor.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.processor.jpa.JpaNaming;
import dev.strata.processor.verify.VerificationDialect;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

/** The {@code -Astrata.*} options: their defaults, and a message for every value refused. */
class ProcessorOptionsTest {

  private static final String RELEASES =
      "a release of PostgreSQL from 15 to 18, those its checks are measured on (for an older server,"
          + " leave it out)";

  @Test
  void noOptionsGiveTheDocumentedDefaults() {
    ProcessorOptions options = ProcessorOptions.from(Map.of());

    assertEquals(
        new ProcessorOptions(
            Optional.empty(),
            "main",
            Optional.empty(),
            false,
            false,
            true,
            VerificationDialect.H2,
            JpaNaming.JPA,
            true,
            true,
            Set.of(),
            15),
        options);
  }

  @Test
  void everyOptionIsRead() {
    ProcessorOptions options =
        ProcessorOptions.from(
            Map.ofEntries(
                Map.entry("strata.snapshots", "db/strata"),
                Map.entry("strata.set", "reporting"),
                Map.entry("strata.package", "com.example.db"),
                Map.entry("strata.check", "true"),
                Map.entry("strata.tables", "true"),
                Map.entry("strata.verify", "false"),
                Map.entry("strata.dialect", "postgresql"),
                Map.entry("strata.naming", "snake_case"),
                Map.entry("strata.validator.apply_to_ddl", "false"),
                Map.entry("strata.cache", "false"),
                Map.entry("strata.targets", "mariadb, h2"),
                Map.entry("strata.postgresqlVersion", "17")));

    assertEquals(
        new ProcessorOptions(
            Optional.of(Path.of("db/strata")),
            "reporting",
            Optional.of("com.example.db"),
            true,
            true,
            false,
            VerificationDialect.POSTGRESQL,
            JpaNaming.SNAKE_CASE,
            false,
            false,
            // the dialect is a target too
            Set.of("h2", "mariadb", "postgresql"),
            17),
        options);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "strata.set      | Main   | use lower-case letters, digits and underscores",
        "strata.package  | 1com   | give a Java package name",
        "strata.check    | yes    | true or false",
        "strata.tables   | 1      | true or false",
        "strata.verify   | off    | true or false",
        "strata.validator.apply_to_ddl | no | true or false",
        "strata.dialect  | oracle | h2, postgresql, mysql or mariadb",
        "strata.naming   | camel  | jpa, snake_case or spring_standard",
        "strata.targets  | postgresql,oracle | a comma-separated list of h2, postgresql, mysql,"
            + " mariadb",
        "strata.postgresqlVersion | 14 | " + RELEASES,
        "strata.postgresqlVersion | 19 | " + RELEASES,
        "strata.postgresqlVersion | 16.4 | " + RELEASES,
      })
  void aValueThatCannotBeUsedIsRefusedNamingTheOptionAndWhatItTakes(
      String option, String value, String expected) {
    ProcessorOptions.InvalidOptionException refused =
        assertThrows(
            ProcessorOptions.InvalidOptionException.class,
            () -> ProcessorOptions.from(Map.of(option, value)));

    assertEquals(
        "Option -A" + option + "=" + value + " is not valid: " + expected, refused.getMessage());
  }

  @Test
  void aSnapshotFolderThatIsNoPathIsRefused() {
    ProcessorOptions.InvalidOptionException refused =
        assertThrows(
            ProcessorOptions.InvalidOptionException.class,
            () -> ProcessorOptions.from(Map.of("strata.snapshots", "a\0b")));

    assertEquals(
        "Option -Astrata.snapshots=a\0b is not valid: give a folder path", refused.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "strata.snapshots | give a folder path",
        "strata.set       | use lower-case letters, digits and underscores",
        "strata.package   | give a Java package name",
        "strata.check     | true or false",
        "strata.tables    | true or false",
        "strata.verify    | true or false",
        "strata.validator.apply_to_ddl | true or false",
        "strata.dialect   | h2, postgresql, mysql or mariadb",
        "strata.naming    | jpa, snake_case or spring_standard",
        "strata.targets   | a comma-separated list of h2, postgresql, mysql, mariadb",
        "strata.cache     | true or false",
        "strata.postgresqlVersion | " + RELEASES,
      })
  void anOptionGivenWithoutAValueIsRefusedNamingTheOptionAndWhatItTakes(
      String option, String expected) {
    // javac passes null for both -Akey and -Akey=
    Map<String, String> options = new HashMap<>();
    options.put(option, null);

    ProcessorOptions.InvalidOptionException refused =
        assertThrows(
            ProcessorOptions.InvalidOptionException.class, () -> ProcessorOptions.from(options));

    assertEquals("Option -A" + option + "= is not valid: " + expected, refused.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  void noOptionTheProcessorReadsTakesAnEmptyValue(String value) {
    // every option, so that one added later is covered too
    for (String option : ProcessorOptions.ALL) {
      Map<String, String> options = new HashMap<>();
      options.put(option, value);

      ProcessorOptions.InvalidOptionException refused =
          assertThrows(
              ProcessorOptions.InvalidOptionException.class,
              () -> ProcessorOptions.from(options),
              option);

      assertTrue(
          refused.getMessage().startsWith("Option -A" + option + "= is not valid: "),
          refused.getMessage());
    }
  }
}
