package dev.strata.processor.options;

import dev.strata.processor.jpa.JpaNaming;
import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.sql.ForeignSyntax;
import dev.strata.processor.verify.VerificationDialect;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
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
 * @param validationDdl whether Bean Validation constraints shape the tables, as Hibernate's {@code
 *     hibernate.validator.apply_to_ddl} (true by default) has them do when Hibernate Validator is
 *     on the class path
 * @param cache whether the build keeps what it learnt from the snapshots under the build's output
 *     folder ({@code target/strata-cache/}) and reuses what an earlier build kept there
 * @param targets the databases the module runs on, from {@code -Astrata.targets} and a {@code
 *     -Astrata.dialect} other than {@code h2}: a view option one of them lacks is an error
 * @param postgresqlVersion the release of PostgreSQL the module runs on, from 15 (the default) to
 *     18: the functions a view may call there ({@code ANY_VALUE} from 16)
 */
public record ProcessorOptions(
    Optional<Path> snapshots,
    String set,
    Optional<String> packageName,
    boolean check,
    boolean tables,
    boolean verify,
    VerificationDialect dialect,
    JpaNaming naming,
    boolean validationDdl,
    boolean cache,
    Set<String> targets,
    int postgresqlVersion) {

  public ProcessorOptions {
    // sorted: messages list them in this order
    targets = Collections.unmodifiableSet(new TreeSet<>(targets));
  }

  private static final String SNAPSHOTS = "strata.snapshots";
  private static final String SET = "strata.set";
  private static final String PACKAGE = "strata.package";
  private static final String CHECK = "strata.check";
  private static final String TABLES = "strata.tables";
  private static final String VERIFY = "strata.verify";
  private static final String DIALECT = "strata.dialect";
  private static final String NAMING = "strata.naming";
  private static final String VALIDATION_DDL = "strata.validator.apply_to_ddl";
  private static final String TARGETS = "strata.targets";
  private static final String CACHE = "strata.cache";
  private static final String POSTGRESQL_VERSION = "strata.postgresqlVersion";

  /** Every option the processor reads, as javac asks for them. */
  public static final Set<String> ALL =
      Set.of(
          SNAPSHOTS,
          SET,
          PACKAGE,
          CHECK,
          TABLES,
          VERIFY,
          DIALECT,
          NAMING,
          VALIDATION_DDL,
          CACHE,
          TARGETS,
          POSTGRESQL_VERSION);

  private static final String DEFAULT_SET = "main";

  // what each option takes, as the message refusing a value says it
  private static final String FOLDER_PATH = "give a folder path";
  private static final String SET_NAME = "use lower-case letters, digits and underscores";
  private static final String PACKAGE_NAME = "give a Java package name";
  private static final String BOOLEAN = "true or false";
  private static final String TARGET_LIST =
      "a comma-separated list of h2, postgresql, mysql, mariadb";
  private static final String POSTGRESQL_RELEASE =
      "a release of PostgreSQL from "
          + ForeignSyntax.OLDEST_POSTGRES
          + " to "
          + ForeignSyntax.NEWEST_POSTGRES
          + ", those its checks are measured on (for an older server, leave it out)";

  /**
   * @throws InvalidOptionException with a message for the user when an option is not valid
   */
  public static ProcessorOptions from(Map<String, String> options) {
    Optional<Path> snapshots = given(options, SNAPSHOTS, FOLDER_PATH).map(ProcessorOptions::path);
    String set = given(options, SET, SET_NAME).orElse(DEFAULT_SET);
    if (!set.matches("[a-z][a-z0-9_]{0,49}")) {
      throw invalid(SET, set, SET_NAME);
    }
    Optional<String> packageName = given(options, PACKAGE, PACKAGE_NAME);
    if (packageName.isPresent() && !SourceVersion.isName(packageName.get())) {
      throw invalid(PACKAGE, packageName.get(), PACKAGE_NAME);
    }
    VerificationDialect dialect =
        choice(
            options, DIALECT, "h2", VerificationDialect::named, "h2, postgresql, mysql or mariadb");
    boolean check = flag(options, CHECK, false);
    boolean tables = flag(options, TABLES, false);
    boolean verify = flag(options, VERIFY, true);
    JpaNaming naming =
        choice(options, NAMING, "jpa", JpaNaming::named, "jpa, snake_case or spring_standard");
    boolean validationDdl = flag(options, VALIDATION_DDL, true);
    boolean cache = flag(options, CACHE, true);
    return new ProcessorOptions(
        snapshots,
        set,
        packageName,
        check,
        tables,
        verify,
        dialect,
        naming,
        validationDdl,
        cache,
        targets(given(options, TARGETS, TARGET_LIST), dialect),
        postgresqlVersion(options));
  }

  private static int postgresqlVersion(Map<String, String> options) {
    Optional<String> value = given(options, POSTGRESQL_VERSION, POSTGRESQL_RELEASE);
    if (value.isEmpty()) {
      return ForeignSyntax.OLDEST_POSTGRES;
    }
    try {
      int version = Integer.parseInt(value.get());
      if (version >= ForeignSyntax.OLDEST_POSTGRES && version <= ForeignSyntax.NEWEST_POSTGRES) {
        return version;
      }
    } catch (NumberFormatException e) {
      // refused below, as a release out of range is
    }
    throw invalid(POSTGRESQL_VERSION, value.get(), POSTGRESQL_RELEASE);
  }

  /**
   * The option's value, if the option is given. javac passes null for both {@code -Akey} and {@code
   * -Akey=}: a user who wrote either meant to set the option (often through a build property left
   * empty), so it is refused like any other value the option cannot take, never read as the
   * default.
   */
  private static Optional<String> given(
      Map<String, String> options, String option, String expected) {
    if (!options.containsKey(option)) {
      return Optional.empty();
    }
    String value = options.get(option);
    if (value == null || value.isEmpty()) {
      throw invalid(option, "", expected);
    }
    return Optional.of(value);
  }

  private static Set<String> targets(Optional<String> value, VerificationDialect dialect) {
    Set<String> targets = new TreeSet<>();
    if (dialect != VerificationDialect.H2) {
      targets.add(dialect.name().toLowerCase(Locale.ROOT));
    }
    if (value.isEmpty()) {
      return targets;
    }
    for (String target : value.get().split(",", -1)) {
      String database = target.strip().toLowerCase(Locale.ROOT);
      if (!DialectQuery.DATABASES.contains(database)) {
        throw invalid(TARGETS, value.get(), TARGET_LIST);
      }
      targets.add(database);
    }
    return targets;
  }

  /** The value an option names through {@code lookup}, which answers null for an unknown name. */
  private static <T> T choice(
      Map<String, String> options,
      String option,
      String fallback,
      Function<String, T> lookup,
      String expected) {
    String value = given(options, option, expected).orElse(fallback);
    T chosen = lookup.apply(value);
    if (chosen == null) {
      throw invalid(option, value, expected);
    }
    return chosen;
  }

  private static boolean flag(Map<String, String> options, String option, boolean fallback) {
    String value = given(options, option, BOOLEAN).orElse(String.valueOf(fallback));
    if (!value.equals("true") && !value.equals("false")) {
      throw invalid(option, value, BOOLEAN);
    }
    return Boolean.parseBoolean(value);
  }

  private static Path path(String value) {
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw invalid(SNAPSHOTS, value, FOLDER_PATH);
    }
  }

  private static InvalidOptionException invalid(String option, String value, String expected) {
    return new InvalidOptionException(
        "Option -A" + option + "=" + value + " is not valid: " + expected);
  }

  /** An option whose value cannot be used; the message says which and what is expected. */
  public static final class InvalidOptionException extends RuntimeException {
    InvalidOptionException(String message) {
      super(message);
    }
  }
}
