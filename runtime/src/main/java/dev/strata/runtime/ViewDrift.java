package dev.strata.runtime;

import dev.strata.runtime.internal.LineDiff;
import java.util.Objects;

/**
 * A view of a schema that Strata manages that is not as Strata left it: {@link Strata#validate()}
 * compares the definitions the database reported when Strata wrote its views with those it reports
 * now.
 *
 * <pre>{@code
 * try {
 *   strata.validate();
 * } catch (ValidationException e) {
 *   e.report().drift().forEach(drift -> log.warn(drift.message()));
 * }
 * }</pre>
 *
 * @param view the view, {@code schema.name} as the database's catalog spells it
 * @param change what happened to it
 * @param recorded the definition the database reported when Strata wrote the view; null for a view
 *     added by hand
 * @param current the definition the database reports now; null for a view dropped by hand
 */
public record ViewDrift(String view, Change change, String recorded, String current) {

  /** How the view differs from what Strata left. */
  public enum Change {
    /** Its definition differs from what the database reported when Strata wrote it. */
    CHANGED,
    /** Strata wrote it, and it is gone. */
    DROPPED,
    /** Strata did not write it: created by hand, or by another tool. */
    ADDED
  }

  public ViewDrift {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(change, "change");
  }

  /** The difference, line by line: {@code -} as recorded, {@code +} as now. */
  public String diff() {
    return LineDiff.of(recorded == null ? "" : recorded, current == null ? "" : current);
  }

  /** A paragraph naming the view, what happened to it and what to do, with the difference. */
  public String message() {
    String what =
        switch (change) {
          case CHANGED ->
              "was changed by hand since Strata wrote it. Put back the definition the migrations"
                  + " left (the - lines), or declare the change in its @View so that a migration"
                  + " makes it";
          case DROPPED ->
              "was dropped by hand since Strata created it. Create it again as the migrations left"
                  + " it (the - lines), or remove its @View so that a migration drops it";
          case ADDED ->
              "was created by hand: no migration of Strata wrote it. Drop it, or declare it with"
                  + " @View so that a migration creates it";
        };
    return "View " + view + " " + what + ":\n" + diff().indent(4).stripTrailing();
  }
}
