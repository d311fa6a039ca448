package dev.strata.processor.snapshot;

/**
 * A snapshot file's text that is not a snapshot this Strata can use; the message says what is wrong
 * in the user's words, and the store adds the file's name.
 */
final class MalformedSnapshotException extends IllegalArgumentException {

  MalformedSnapshotException(String problem) {
    super(problem);
  }
}
