package dev.strata.processor.snapshot;

import dev.strata.processor.model.Sha256;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names snapshot files {@code NNNN-hhhhhhhh.json}: the version, then the start of a SHA-256 of the
 * file's text. Two branches that each add version 4 add two different files, which a merge keeps
 * side by side instead of letting one silently replace the other; and a file edited by hand no
 * longer matches its name.
 */
final class SnapshotFileName {

  private static final Pattern NAME = Pattern.compile("(\\d{4,})-([0-9a-f]{8})\\.json");

  private SnapshotFileName() {}

  static String of(int version, String text) {
    return String.format(Locale.ROOT, "%04d-%s.json", version, hash(text));
  }

  static String id(Path file) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - ".json".length());
  }

  /** The version a file name claims, or empty if it is no snapshot name. */
  static Optional<Integer> version(Path file) {
    Matcher matcher = NAME.matcher(file.getFileName().toString());
    return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
  }

  /** Whether the text is what the file held when Strata named it. */
  static boolean matches(Path file, String text) {
    Matcher matcher = NAME.matcher(file.getFileName().toString());
    return matcher.matches() && matcher.group(2).equals(hash(text));
  }

  /** Line ends are normalised, so that a checkout with CRLF line ends is the same file. */
  private static String hash(String text) {
    return Sha256.hex(text.replace("\r\n", "\n")).substring(0, 8);
  }
}
