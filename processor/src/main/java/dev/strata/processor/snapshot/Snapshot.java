package dev.strata.processor.snapshot;

import dev.strata.processor.model.Schema;
import java.util.Locale;
import java.util.Objects;

/**
 * One committed version of a module's schema: the file {@code NNNN.json} in the snapshot folder.
 *
 * @param version the schema version, starting at 1
 * @param set the migration set the snapshot belongs to
 * @param schema the views at that version
 */
public record Snapshot(int version, String set, Schema schema) {

  /** Bumped when the file layout changes; a newer file is refused rather than misread. */
  public static final int FORMAT_VERSION = 1;

  public Snapshot {
    if (version < 1) {
      throw new IllegalArgumentException("Snapshot versions start at 1, got " + version);
    }
    Objects.requireNonNull(set, "set");
    Objects.requireNonNull(schema, "schema");
  }

  public String fileName() {
    return fileName(version);
  }

  public static String fileName(int version) {
    return String.format(Locale.ROOT, "%04d.json", version);
  }
}
