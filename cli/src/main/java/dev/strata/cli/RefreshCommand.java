package dev.strata.cli;

import dev.strata.runtime.Strata;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strata refresh [--concurrently] [--set SET] [name]}: fills materialized views again. */
@Command(
    name = "refresh",
    header = "Fills materialized views from their queries again.",
    description = {
      "Refreshes the materialized view NAME, or without it every materialized view that"
          + " migrations created, each after the views it reads.",
      "On PostgreSQL a REFRESH MATERIALIZED VIEW; on H2, MySQL and MariaDB, where a table stands"
          + " in for the view, the table is filled again (see the README).",
      "With --set, NAME must be a materialized view that set's migrations create."
    })
final class RefreshCommand extends LockingCommand {

  @Option(
      names = "--concurrently",
      description =
          "Do not lock out readers while refreshing: PostgreSQL's REFRESH ... CONCURRENTLY, which"
              + " needs a unique index on the view. Elsewhere the refresh never locks them out.")
  private boolean concurrently;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description =
          "Refresh NAME only if this migration set's migrations create it. Without NAME, only"
              + " where SET is the one set loaded: which set created which view is not recorded.")
  private String set;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "The materialized view to refresh; all of them when left out.")
  private String name;

  @Override
  public Integer call() {
    Strata strata = load();
    if (set != null && name == null && !strata.sets().equals(List.of(set))) {
      throw new IllegalArgumentException(
          "strata refresh --set "
              + set
              + " without a NAME would refresh the materialized views of every set loaded ("
              + String.join(", ", strata.sets())
              + "), and Strata does not record which set created which: name one view, or leave"
              + " out --set");
    }
    List<String> refreshed =
        name == null
            ? strata.refreshAll(concurrently)
            : set == null
                ? strata.refresh(name, concurrently)
                : strata.refresh(set, name, concurrently);
    PrintWriter out = out();
    if (refreshed.isEmpty()) {
      out.println("Nothing to refresh: no migration created a materialized view.");
    }
    refreshed.forEach(view -> out.println("Refreshed " + view));
    return ExitCodes.OK;
  }
}
