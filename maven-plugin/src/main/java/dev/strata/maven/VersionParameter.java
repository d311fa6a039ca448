package dev.strata.maven;

import org.apache.maven.plugin.MojoFailureException;

/**
 * A migration version given as a property ({@code strata.to}, {@code strata.downgradeTo}, {@code
 * strata.baselineVersion}), taken as text so that one that is no version fails naming the property,
 * where Maven's conversion names neither it nor what to give.
 */
final class VersionParameter {

  private VersionParameter() {}

  /**
   * @param property the user property the value came from, named by the error
   * @return the version, or null when {@code value} is unset or blank
   * @throws MojoFailureException naming the property and what it takes
   */
  static Integer parse(String property, String value) throws MojoFailureException {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      int version = Integer.parseInt(value.strip());
      if (version >= 0) {
        return version;
      }
    } catch (NumberFormatException e) {
      // reported below, with what the property takes
    }
    throw new MojoFailureException(
        property
            + " is '"
            + value
            + "', which is no version: give a whole number, 0 or more, such as -D"
            + property
            + "=3; strata:status shows the versions");
  }
}
