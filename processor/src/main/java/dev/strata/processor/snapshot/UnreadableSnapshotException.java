package dev.strata.processor.snapshot;

/**
 * A snapshot file that an earlier build had read, found unreadable when its schema was needed: the
 * file changed or vanished during the build.
 */
public final class UnreadableSnapshotException extends RuntimeException {

  public UnreadableSnapshotException(SnapshotException cause) {
    super(cause.getMessage(), cause);
  }

  /** The failure, with the file it names. */
  public SnapshotException snapshotException() {
    return (SnapshotException) getCause();
  }
}
