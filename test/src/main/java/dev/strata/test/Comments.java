package dev.strata.test;

import java.util.List;
import java.util.Optional;

/** Compares the comment the database keeps with a table or column with the snapshot's. */
final class Comments {

  private Comments() {}

  /** Adds a line to {@code differences} where {@code found} is not {@code expected}. */
  static void compare(
      String label, Optional<String> expected, Optional<String> found, List<String> differences) {
    if (expected.equals(found)) {
      return;
    }
    differences.add(
        label
            + found.map(text -> " has comment '" + text + "'").orElse(" has no comment")
            + expected
                .map(text -> ", the snapshot's is '" + text + "'")
                .orElse(", the snapshot none"));
  }
}
