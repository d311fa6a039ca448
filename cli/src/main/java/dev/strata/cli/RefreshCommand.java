package dev.strata.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code strata refresh [--concurrently] [name]}: fills materialized views again. */
@Command(
    name = "refresh",
    header = "Fills materialized views from their queries again.",
    description = {
      "Refreshes the materialized view NAME, or without it every materialized view that"
          + " migrations created, each after the views it reads.",
      "On PostgreSQL a REFRESH MATERIALIZED VIEW; on H2, MySQL and MariaDB, where a table stands"
          + " in for the view, the table is filled again (see the README)."
    })
final class RefreshCommand extends LockingCommand {

  @Option(
      names = "--concurrently",
      description =
          "Do not lock out readers while refreshing: PostgreSQL's REFRESH ... CONCURRENTLY, which"
              + " needs a unique index on the view. Elsewhere the refresh never locks them out.")
  private boolean concurrently;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "NAME",
      description = "The materialized view to refresh; all of them when left out.")
  private String name;

  @Override
  public Integer call() {
    List<String> refreshed =
        name == null ? load().refreshAll(concurrently) : load().refresh(name, concurrently);
    PrintWriter out = out();
    if (refreshed.isEmpty()) {
      out.println("Nothing to refresh: no migration created a materialized view.");
    }
    refreshed.forEach(view -> out.println("Refreshed " + view));
    return ExitCodes.OK;
  }
}
