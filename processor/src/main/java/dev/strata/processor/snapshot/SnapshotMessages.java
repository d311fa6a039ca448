package dev.strata.processor.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The texts of the snapshot package: what is wrong with a file of the snapshot folder, in the
 * user's words, and what to do about it. The pipeline prefixes each with the file's name.
 */
final class SnapshotMessages {

  /** What to do about a file Strata wrote and someone or something changed since. */
  static final String RESTORE = "; restore it from version control";

  static final String CHANGED_DURING_BUILD =
      "it changed while the build was reading the snapshot folder; build again, and if this"
          + " persists, build with -Astrata.cache=false";

  static final String EDITED =
      "it was edited after Strata wrote it (its content no longer matches the hash in its name); a"
          + " recorded version must not change, so restore it from version control and change the"
          + " code instead";

  static final String NOT_UTF8 =
      "it was edited after Strata wrote it: it is not UTF-8 text any more, as Strata writes it"
          + RESTORE;

  static final String NOT_A_SNAPSHOT_NAME =
      "its name is not a snapshot name (NNNN-hhhhhhhh.json), and the snapshot folder holds"
          + " snapshots only, so that none is overlooked; move it out of the folder";

  static final String OVERWRITE = "it already exists and Strata never overwrites one";

  static final String NOT_ENCODABLE =
      "it cannot be written: its text holds a character that UTF-8 cannot encode (a lone"
          + " surrogate, half of a pair); find it in the names and queries of the views and"
          + " entities, and write the whole character or remove it";

  private SnapshotMessages() {}

  static String versionMismatch(int version) {
    return "it says it is version " + version + ", but its name says otherwise" + RESTORE;
  }

  static String undeletable(String reason) {
    return "this build wrote it but could not finish, and it cannot be deleted ("
        + reason
        + "); delete it before the next build";
  }

  static String versionTooLarge(String digits) {
    return "its name claims version "
        + digits
        + ", more than Strata can count (2147483647); it is not a file Strata wrote, move it out"
        + " of the snapshot folder";
  }

  static String unreadable(String reason) {
    return "it cannot be read (" + reason + "); check the file's permissions";
  }

  static String unwritable(String reason) {
    return "it cannot be written (" + reason + "); check that the folder is writable";
  }

  static String unlistable(String reason) {
    return "the snapshot folder cannot be listed (" + reason + "); check its permissions";
  }

  static String notJson(String where) {
    return "it is not valid JSON" + where + RESTORE;
  }

  static String truncated() {
    return "it ends before its JSON does (was it cut off?)" + RESTORE;
  }

  static String duplicateKey(String key) {
    return "key \"" + key + "\" appears twice in one object" + RESTORE;
  }

  static String tooLarge() {
    return "it holds a number, string or nesting too large for a snapshot" + RESTORE;
  }

  static String notAnObject() {
    return "it is not a JSON object, as every snapshot is" + RESTORE;
  }

  static String newerPlanningRules(int rules) {
    return "its migration is planned under rules "
        + rules
        + ", which a newer Strata wrote and this one does not know; upgrade Strata";
  }

  static String newerFormat(int format) {
    return "it was written by a newer Strata (snapshot format "
        + format
        + ", this Strata reads up to "
        + Snapshot.FORMAT_VERSION
        + "); upgrade Strata";
  }

  static String unknownKey(String path) {
    return "it has a key \"" + path + "\" that snapshots do not have" + RESTORE;
  }

  static String missing(String path) {
    return "\"" + path + "\" is missing" + RESTORE;
  }

  static String isNull(String path) {
    return "\"" + path + "\" is null" + RESTORE;
  }

  static String wrongType(String path, String expected, JsonNode actual) {
    return "\"" + path + "\" is " + describe(actual) + ", not " + expected + RESTORE;
  }

  static String loneSurrogate(String path, char half, int index) {
    return String.format(
            Locale.ROOT,
            "\"%s\" holds half of a surrogate pair (\\u%04x at character %d), which UTF-8 cannot"
                + " encode and no query or name Strata writes holds",
            path,
            (int) half,
            index)
        + RESTORE;
  }

  static String outOfRange(String path, String value) {
    return "\"" + path + "\" is " + value + ", not a number from 1 to 2147483647" + RESTORE;
  }

  static String blank(String path) {
    return "\"" + path + "\" is empty" + RESTORE;
  }

  static String parentMismatch(int version) {
    return version == 1
        ? "it is version 1 but names a \"parent\"; only later versions follow another" + RESTORE
        : "it is version " + version + " but names no \"parent\" it follows" + RESTORE;
  }

  static String notAnId(String parent) {
    return "its \"parent\" \"" + parent + "\" is not a snapshot name without .json" + RESTORE;
  }

  static String invalidModel(String path, String problem) {
    return "\"" + path + "\" is not valid: " + problem + RESTORE;
  }

  static String noColumnType(String table, String column) {
    return "column \"" + column + "\" of table \"" + table + "\" has no type" + RESTORE;
  }

  static String unknownColumn(String table, String column, String user) {
    return "table \""
        + table
        + "\" has no column \""
        + column
        + "\", which "
        + user
        + " names"
        + RESTORE;
  }

  static String unknownTarget(String table, String key, String target) {
    return "foreign key "
        + key
        + " of table \""
        + table
        + "\" refers to table \""
        + target
        + "\", which the snapshot does not hold"
        + RESTORE;
  }

  static String keyWidthMismatch(String table, String key) {
    return "foreign key "
        + key
        + " of table \""
        + table
        + "\" names a different number of columns on each side"
        + RESTORE;
  }

  static String missingBefore(int version) {
    return "snapshot "
        + String.format(Locale.ROOT, "%04d", version)
        + " is missing before it"
        + RESTORE;
  }

  static String otherBranch(String parent, String previous) {
    return "it follows "
        + parent
        + ", but the snapshot before it is "
        + previous
        + ": it was recorded on another branch. Delete it and the later snapshots of that"
        + " branch, then compile: Strata records the views as the next version";
  }

  static String otherSet(String set, Path firstFile, String firstSet) {
    return "it belongs to set \""
        + set
        + "\" but "
        + firstFile
        + " to set \""
        + firstSet
        + "\"; one folder holds one set";
  }

  static String branchesMerged(String files, int version) {
    return files
        + " both claim version "
        + version
        + ": two branches each recorded a new version and were merged. To resolve it: (1) keep"
        + " the snapshot that shared databases already applied (normally the one merged first)"
        + " and delete the other, with every later snapshot of its branch; (2) compile, and"
        + " Strata records the views of both branches as the next version; (3) commit the new"
        + " snapshot. A database that applied the deleted version (a developer's own) must first"
        + " be downgraded below "
        + version
        + " with the build that still has it, or be recreated";
  }

  private static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "a string";
    }
    if (node.isNumber()) {
      return node.isIntegralNumber() ? "the number " + node.asText() : "the fraction " + node;
    }
    if (node.isBoolean()) {
      return node.asText();
    }
    return node.isArray() ? "a list" : node.isObject() ? "an object" : "null";
  }

  static String unknownStepPosition(String path, String runs) {
    return path
        + ".runs is '"
        + runs
        + "', which is neither BEFORE_GENERATED nor AFTER_GENERATED: restore the file from version"
        + " control";
  }

  static String stepTwice(String className, int first, int second) {
    return "Step "
        + className
        + " is recorded in version "
        + first
        + " and again in version "
        + second
        + ": a step runs in one version only. Restore the snapshots from version control, or, if"
        + " these versions are not yet applied anywhere, delete the newer snapshot and build again";
  }
}
