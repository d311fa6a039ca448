package dev.strata.processor.cache;

import dev.strata.processor.model.Sha256;
import dev.strata.processor.plan.StepCall;
import java.util.List;
import java.util.Optional;

/**
 * The cache key of one generated migration: the hash of everything its source is a function of. The
 * two snapshots it is planned between, by the hash of their whole text; the package and set it is
 * generated for; the hand-written steps it calls, with what today's code says of them; and the
 * processor build that generates it, so that another Strata never reuses this one's code.
 */
public final class MigrationKey {

  private static final String FORMAT = "strata-migration-key-1";

  private MigrationKey() {}

  /**
   * @param before the hash of the previous snapshot's text, empty for version 1
   * @param after the hash of the version's snapshot text
   */
  public static String of(
      String packageName, String set, Optional<String> before, String after, List<StepCall> calls) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n');
    text.append(ProcessorBuild.identity()).append('\n');
    text.append(packageName).append('\n').append(set).append('\n');
    text.append(before.orElse("-")).append('\n').append(after).append('\n');
    for (StepCall call : calls) {
      text.append(call.className())
          .append(' ')
          .append(call.packageName())
          .append(' ')
          .append(call.definition().position().name())
          .append(' ')
          .append(call.revision())
          .append(' ')
          .append(call.reversible())
          .append('\n');
    }
    return Sha256.hex(text.toString());
  }
}
