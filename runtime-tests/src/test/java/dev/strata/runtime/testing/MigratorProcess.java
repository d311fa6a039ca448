package dev.strata.runtime.testing;

import dev.strata.runtime.Configuration;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import dev.strata.testing.DataSources;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * The main class of the separate JVMs that tests start: runs one upgrade against the database at
 * {@code args[0]} and prints {@code APPLIED v1,v2,...}, or the failure, on standard output.
 *
 * <p>Scenarios ({@code args[1]}): {@code upgrade} applies {@link SlowViews}; {@code hang} applies
 * {@link SlowViews#HANGING}, which prints {@code HANGING} after its first statement and then waits
 * to be killed; {@code block} applies {@link SlowViews#BLOCKING}, which prints {@code BLOCKING}
 * before a statement that waits on a table the test locked; {@code drop} applies {@link
 * SlowViews#DROPPING}, which prints {@code DROPPED} once it dropped a view and the views that read
 * it, and waits to be killed; {@code shop} applies {@link ShopHistory}, {@code server-shop} {@link
 * ServerShopHistory}. {@code args[2]}, if given, is the lock lease in milliseconds.
 */
public final class MigratorProcess {

  private MigratorProcess() {}

  public static void main(String[] args) {
    String url = args[0];
    String scenario = args[1];
    Duration lease =
        args.length > 2
            ? Duration.ofMillis(Long.parseLong(args[2]))
            : Configuration.DEFAULT_LOCK_LEASE;
    DataSource dataSource =
        url.startsWith("jdbc:h2:") ? DataSources.of(url, "sa", "") : DataSources.of(url);
    SlowViews.hang = true;
    System.out.println("READY");
    System.out.flush();
    FakeSource source =
        switch (scenario) {
          case "hang" -> SlowViews.HANGING;
          case "wait" -> SlowViews.WAITING;
          case "block" -> SlowViews.BLOCKING;
          case "drop" -> SlowViews.DROPPING;
          case "shop" -> ShopHistory.source();
          case "server-shop" -> ServerShopHistory.source();
          default -> SlowViews.source();
        };
    try {
      List<MigrationInfo> applied =
          Strata.configure(dataSource)
              .sources(source)
              .lockTimeout(Duration.ofSeconds(60))
              .lockLease(lease)
              .load()
              .upgrade();
      System.out.println(
          "APPLIED "
              + applied.stream()
                  .map(m -> Integer.toString(m.version()))
                  .collect(Collectors.joining(",")));
      System.exit(0);
    } catch (StrataException e) {
      System.out.println("FAILED " + e.getMessage().replace('\n', ' '));
      System.exit(1);
    }
  }
}
