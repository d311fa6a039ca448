package dev.strata.processor.cache;

import dev.strata.processor.model.Sha256;
import dev.strata.processor.writer.MigrationIndexWriter;
import java.util.List;

/**
 * The cache key of a generated index: the hash of everything its source is a function of. The
 * package and set it is generated for, what it lists of each migration, and the processor build
 * that generates it, so that another Strata never reuses this one's code.
 */
public final class IndexKey {

  private static final String FORMAT = "strata-index-key-1";

  private IndexKey() {}

  public static String of(
      String packageName, String set, List<MigrationIndexWriter.Entry> entries) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    text.append(ProcessorBuild.identity()).append('\n');
    text.append(packageName).append('\n').append(set).append('\n');
    for (MigrationIndexWriter.Entry entry : entries) {
      // one field per line, each a single line: no two lists of entries give the same text
      text.append(entry.version())
          .append('\n')
          .append(entry.className())
          .append('\n')
          .append(entry.checksum())
          .append('\n')
          .append(entry.description().replace("\\", "\\\\").replace("\n", "\\n"))
          .append('\n');
    }
    return Sha256.hex(text.toString());
  }
}
