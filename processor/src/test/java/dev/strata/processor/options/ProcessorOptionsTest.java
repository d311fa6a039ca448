package dev.strata.processor.options;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.strata.processor.jpa.JpaNaming;
import dev.strata.processor.verify.VerificationDialect;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code -Astrata.*} options: their defaults, and a message for every value refused. */
class ProcessorOptionsTest {

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
            true),
        options);
  }

  @Test
  void everyOptionIsRead() {
    ProcessorOptions options =
        ProcessorOptions.from(
            Map.of(
                "strata.snapshots", "db/strata",
                "strata.set", "reporting",
                "strata.package", "com.example.db",
                "strata.check", "true",
                "strata.tables", "true",
                "strata.verify", "false",
                "strata.dialect", "postgresql",
                "strata.naming", "snake_case",
                "strata.validator.apply_to_ddl", "false",
                "strata.cache", "false"));

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
            false),
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
        "strata.naming   | camel  | jpa or snake_case",
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
}
