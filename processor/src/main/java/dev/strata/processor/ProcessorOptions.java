package dev.strata.processor;

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
 */
record ProcessorOptions(
    Optional<Path> snapshots, String set, Optional<String> packageName, boolean check) {

  static final String SNAPSHOTS = "strata.snapshots";
  static final String SET = "strata.set";
  static final String PACKAGE = "strata.package";
  static final String CHECK = "strata.check";
  static final Set<String> ALL = Set.of(SNAPSHOTS, SET, PACKAGE, CHECK);

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
    String check = options.getOrDefault(CHECK, "false");
    if (!check.equals("true") && !check.equals("false")) {
      throw new InvalidOptionException(Messages.invalidOption(CHECK, check, "true or false"));
    }
    return new ProcessorOptions(snapshots, set, packageName, Boolean.parseBoolean(check));
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
