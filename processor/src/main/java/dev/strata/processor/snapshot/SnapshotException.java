package dev.strata.processor.snapshot;

import java.nio.file.Path;

/** A snapshot file that cannot be read, parsed or trusted; the message names the file. */
public final class SnapshotException extends Exception {

  private final Path file;

  public SnapshotException(Path file, String problem) {
    super(problem);
    this.file = file;
  }

  public SnapshotException(Path file, String problem, Throwable cause) {
    super(problem, cause);
    this.file = file;
  }

  public Path file() {
    return file;
  }
}
