package dev.strata.processor;

import dev.strata.processor.verify.VerificationDialect;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The {@code -Astrata.*} options of one compilation, validated when read.
 *
 * @param snapshots the snapshot folder, if given; relative paths are resolved against the module
 * @param set the migration set's name
 * @param packageName the package of the generated classes, if given
 * @param check whether the build only checks that the views match the newest snapshot
 * @param tables whether JPA entities' tables are versioned and migrated like views
 * @param verify whether views' queries are run and checked at compile time
 * @param dialect the database the SQL is written for, which sets H2's compatibility mode
 * @param naming how names JPA leaves implicit become table and column names
 */
record ProcessorOptions(
    Optional<Path> snapshots,
    String set,
    Optional<String> packageName,
    boolean check,
    boolean tables,
    boolean verify,
    VerificationDialect dialect,
    JpaNaming naming) {

  static final String SNAPSHOTS = "strata.snapshots";
  static final String SET = "strata.set";
  static final String PACKAGE = "strata.package";
  static final String CHECK = "strata.check";
  static final String TABLES = "strata.tables";
  static final String VERIFY = "strata.verify";
  static final String DIALECT = "strata.dialect";
  static final String NAMING = "strata.naming";
  static final Set<String> ALL =
      Set.of(SNAPSHOTS, SET, PACKAGE, CHECK, TABLES, VERIFY, DIALECT, NAMING);

  static final String DEFAULT_SET = "main";

  /**
   * @throws InvalidOptionException with a message for the user when an option is not valid
   */
  static ProcessorOptions from(Map<String, String> options) {
    Optional<Path> snapshots =
        Optional.ofNullable(options.get(SNAPSHOTS)).map(ProcessorOptions::path);
    String set = options.getOrDefault(SET, DEFAULT_SET);
    if (!set.matches("[a-z][a-z0-9_]{0,49}")) {
      throw new InvalidOptionException(
          Messages.invalidOption(SET, set, "use lower-case letters, digits and underscores"));
    }
    Optional<String> packageName = Optional.ofNullable(options.get(PACKAGE));
    if (packageName.isPresent() && !SourceVersion.isName(packageName.get())) {
      throw new InvalidOptionException(
          Messages.invalidOption(PACKAGE, packageName.get(), "give a Java package name"));
    }
    String dialectName = options.getOrDefault(DIALECT, "h2");
    VerificationDialect dialect = VerificationDialect.named(dialectName);
    if (dialect == null) {
      throw new InvalidOptionException(
          Messages.invalidOption(DIALECT, dialectName, "h2, postgresql, mysql or mariadb"));
    }
    return new ProcessorOptions(
        snapshots,
        set,
        packageName,
        flag(options, CHECK, false),
        flag(options, TABLES, false),
        flag(options, VERIFY, true),
        dialect,
        JpaNaming.fromOption(options.getOrDefault(NAMING, "jpa")));
  }

  private static boolean flag(Map<String, String> options, String option, boolean fallback) {
    String value = options.getOrDefault(option, String.valueOf(fallback));
    if (!value.equals("true") && !value.equals("false")) {
      throw new InvalidOptionException(Messages.invalidOption(option, value, "true or false"));
    }
    return Boolean.parseBoolean(value);
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new InvalidOptionException(
          Messages.invalidOption(SNAPSHOTS, value, "give a folder path"));
    }
  }

  /** An option whose value cannot be used; the message says which and what is expected. */
  static final class InvalidOptionException extends RuntimeException {
    InvalidOptionException(String message) {
      super(message);
    }
  }
}
