package dev.strata.cli;

import dev.strata.runtime.DroppedData;
import java.util.List;

/** What {@code strata downgrade} says about the data a downgrade drops. */
final class DowngradeWording {

  private DowngradeWording() {}

  /** The notice printed before the downgrade runs, or instead of it: one line per drop. */
  static String drops(List<DroppedData> dropped) {
    StringBuilder text = new StringBuilder("This downgrade drops data for good:");
    for (DroppedData data : dropped) {
      text.append("\n  ").append(data);
    }
    return text.toString();
  }

  /** As {@link #notAllowed}, for {@code upgrade --revert-unknown}, which has no dry run. */
  static String revertNotAllowed() {
    return "Nothing was reverted or applied: reverting the migrations this build lacks drops the"
        + " data listed above. Back it up if it matters, then run again with --allow-data-loss";
  }

  /** What a dry run without {@code --allow-data-loss} says of a downgrade that drops data. */
  static String wouldNotRevert(int version) {
    return "Without --allow-data-loss, strata downgrade --to "
        + version
        + " reverts nothing: it drops the data listed above. Back it up if it matters, then run"
        + " it with --allow-data-loss.";
  }

  static String notAllowed(int version) {
    return "Nothing was reverted: the downgrade to version "
        + version
        + " drops the data listed above. Back it up if it matters, then run again with"
        + " --allow-data-loss; --dry-run shows the SQL";
  }
}
