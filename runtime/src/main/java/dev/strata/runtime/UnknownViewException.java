package dev.strata.runtime;

import java.util.List;

/**
 * {@link Strata#refresh(String)} was given a view that no applied migration created as a
 * materialized view: the name is wrong, nothing was refreshed. The message names the materialized
 * views there are, or says there are none.
 *
 * <pre>{@code
 * try {
 *   strata.refresh(name);
 * } catch (UnknownViewException e) {
 *   // e.materializedViews() are the names refresh accepts
 * }
 * }</pre>
 */
public class UnknownViewException extends StrataException {

  private static final long serialVersionUID = 1L;

  private final List<String> materializedViews;

  public UnknownViewException(String message, List<String> materializedViews) {
    super(message);
    this.materializedViews = List.copyOf(materializedViews);
  }

  /** The materialized views that migrations created, which refresh accepts; empty if none. */
  public List<String> materializedViews() {
    return materializedViews;
  }
}
