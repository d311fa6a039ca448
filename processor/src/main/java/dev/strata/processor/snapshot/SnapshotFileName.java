package dev.strata.processor.snapshot;

import dev.strata.processor.model.Sha256;
import java.nio.file.Path;
import java.util.Locale;
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

  static boolean isSnapshotName(Path file) {
    return NAME.matcher(file.getFileName().toString()).matches();
  }

  /**
   * The version a snapshot file's name claims.
   *
   * @throws SnapshotException when the name is no snapshot name, or claims more than an int holds
   */
  static int version(Path file) throws SnapshotException {
    Matcher matcher = NAME.matcher(file.getFileName().toString());
    if (!matcher.matches()) {
      throw new SnapshotException(file, SnapshotMessages.NOT_A_SNAPSHOT_NAME);
    }
    String digits = matcher.group(1).replaceFirst("^0+(?=\\d)", "");
    // digits only, so any failure to parse means too large for an int
    if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
      throw new SnapshotException(file, SnapshotMessages.versionTooLarge(digits));
    }
    return Integer.parseInt(digits);
  }

  /** Whether the text is what the file held when Strata named it. */
  static boolean matches(Path file, String text) {
    Matcher matcher = NAME.matcher(file.getFileName().toString());
    return matcher.matches() && matcher.group(2).equals(hash(text));
  }

  /**
   * Whether the text is what the file held when Strata named it, given the SHA-256 of the text as
   * read: unless the text has CRLF line ends, that is the hash the name starts with, and a long
   * history is not hashed twice.
   */
  static boolean matches(Path file, String text, String textSha256) {
    if (text.indexOf('\r') >= 0) {
      return matches(file, text);
    }
    Matcher matcher = NAME.matcher(file.getFileName().toString());
    return matcher.matches() && textSha256.startsWith(matcher.group(2));
  }

  /** Line ends are normalised, so that a checkout with CRLF line ends is the same file. */
  private static String hash(String text) {
    return Sha256.hex(text.replace("\r\n", "\n")).substring(0, 8);
  }
}
