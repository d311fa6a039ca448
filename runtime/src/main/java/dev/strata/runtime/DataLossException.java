package dev.strata.runtime;

import java.util.List;

/**
 * A downgrade that was told to keep every table and column ({@link Strata#downgradeKeepingData})
 * found, under the migration lock, that it would drop some with their data: nothing was reverted.
 * {@link #dropped()} lists them, as {@link Strata#downgradeDrops} does.
 *
 * <pre>{@code
 * try {
 *   strata.downgradeKeepingData("main", 2);
 * } catch (DataLossException e) {
 *   e.dropped().forEach(data -> log.warn("would drop " + data.what()));
 * }
 * }</pre>
 */
public class DataLossException extends StrataException {

  private static final long serialVersionUID = 1L;

  // transient: DroppedData is no Serializable; a deserialized exception lists none
  private final transient List<DroppedData> dropped;

  public DataLossException(String message, List<DroppedData> dropped) {
    super(message);
    this.dropped = List.copyOf(dropped);
  }

  /** The tables and columns the downgrade would have dropped, highest version first. */
  public List<DroppedData> dropped() {
    return dropped == null ? List.of() : dropped;
  }
}
