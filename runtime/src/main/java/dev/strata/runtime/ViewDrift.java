package dev.strata.runtime;

import dev.strata.runtime.internal.LineDiff;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

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
 * @param options for a view changed by hand, the options (PostgreSQL's {@code check_option}, {@code
 *     security_barrier} and {@code security_invoker}; MySQL's and MariaDB's {@code algorithm},
 *     {@code check_option} and {@code security_type}) that differ from those the database reported
 *     when Strata wrote it, by name; empty when only the definition differs
 */
public record ViewDrift(
    String view, Change change, String recorded, String current, List<Option> options) {

  /** How the view differs from what Strata left. */
  public enum Change {
    /**
     * Its definition or its options differ from what the database reported when Strata wrote it.
     */
    CHANGED,
    /** Strata wrote it, and it is gone. */
    DROPPED,
    /** Strata did not write it: created by hand, or by another tool. */
    ADDED
  }

  /**
   * A view option changed by hand, as the catalog spells it ({@code security_barrier}, {@code
   * ALGORITHM}).
   *
   * @param name the option
   * @param recorded its value when Strata wrote the view, as its {@code @View} declared it; null if
   *     it was not set
   * @param current its value now; null if it is not set
   */
  public record Option(String name, String recorded, String current) {

    public Option {
      Objects.requireNonNull(name, "name");
    }

    /** {@code name: value} as recorded, then as now. */
    @Override
    public String toString() {
      return name
          + ": the migrations left "
          + (recorded == null ? "it unset" : recorded)
          + ", the database has "
          + (current == null ? "it unset" : current);
    }
  }

  public ViewDrift {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(change, "change");
    options = List.copyOf(options);
  }

  /** A view whose definition alone changed, or that was dropped or added. */
  public ViewDrift(String view, Change change, String recorded, String current) {
    this(view, change, recorded, current, List.of());
  }

  /** The difference, line by line: {@code -} as recorded, {@code +} as now. */
  public String diff() {
    return LineDiff.of(recorded == null ? "" : recorded, current == null ? "" : current);
  }

  /** A paragraph naming the view, what happened to it and what to do, with the difference. */
  public String message() {
    String definitions = diff().indent(4).stripTrailing();
    if (change == Change.CHANGED && !options.isEmpty()) {
      boolean definitionToo = diff().lines().anyMatch(line -> !line.startsWith(" "));
      return "View "
          + view
          + " had its options changed by hand since Strata wrote it. Put back the options the"
          + " migrations left, as its @View declares them"
          + (definitionToo ? ", and the definition they left (the - lines)" : "")
          + ", or declare the change in its @View so that a migration makes it:\n"
          + options.stream().map(option -> "    " + option).collect(Collectors.joining("\n"))
          + (definitionToo ? "\n" + definitions : "");
    }
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
    return "View " + view + " " + what + ":\n" + definitions;
  }
}
