package dev.strata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.strata.runtime.testing.DiscoveredSource;
import dev.strata.runtime.testing.FakeSource;
import dev.strata.runtime.testing.TestDatabase;
import dev.strata.runtime.testing.UserViews;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

  private final TestDatabase database = TestDatabase.withUsers();

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void discoversSourcesThroughServiceLoader() {
    Strata strata = Strata.configure(database.dataSource()).load();

    List<MigrationInfo> applied = strata.upgrade();

    assertEquals(3, applied.size());
    assertTrue(applied.stream().allMatch(m -> m.set().equals("discovered")));
    assertEquals(List.of("discovered:1", "discovered:2", "discovered:3"), database.history());
  }

  @Test
  void discoversSourcesInTheGivenClassLoaderOnly() {
    // no parent but the bootstrap loader: it sees no META-INF/services of the test classpath
    ClassLoader empty = new URLClassLoader(new URL[0], null);

    Strata strata = Strata.configure(database.dataSource()).classLoader(empty).load();

    assertEquals(List.of(), strata.upgrade());
    assertEquals(List.of(), strata.status().migrations());
  }

  @Test
  void exposesTheDataSourceItMigratesThroughEveryLaterSetting() {
    DataSource dataSource = database.dataSource();

    Strata strata =
        Strata.configure(dataSource).historyTable("other_history").sources(List.of()).load();

    assertEquals(Optional.of(dataSource), strata.dataSource());
    assertEquals(Optional.empty(), Strata.configure().sources(List.of()).load().dataSource());
  }

  @Test
  void explicitSourcesReplaceDiscovery() {
    Strata strata =
        Strata.configure(database.dataSource()).sources(List.of(UserViews.source())).load();

    strata.upgrade();

    assertEquals(List.of("main:1", "main:2", "main:3"), database.history());
  }

  @Test
  void twoSourcesClaimingTheSameSetFailNamingBothClasses() {
    Configuration configuration =
        Strata.configure(database.dataSource())
            .sources(
                UserViews.source(), new DiscoveredSource(), FakeSource.of("discovered", List.of()));

    StrataException e = assertThrows(StrataException.class, configuration::load);

    assertEquals(
        "Migration set discovered is provided by both "
            + DiscoveredSource.class.getName()
            + " and "
            + FakeSource.class.getName()
            + ": each set is the history of one module. Give one module another set name"
            + " (-Astrata.set=NAME), or remove the stale jar from the classpath.",
        e.getMessage());
  }

  @Test
  void gapInVersionsFailsNamingTheMissingVersion() {
    FakeSource gap = FakeSource.of("main", List.of(UserViews.V1, UserViews.V3));

    StrataException e =
        assertThrows(
            StrataException.class,
            () -> Strata.configure(database.dataSource()).sources(gap).load());

    assertTrue(
        e.getMessage()
            .startsWith(
                "Migration set main (" + FakeSource.class.getName() + ") has no version 2:"),
        e::getMessage);
  }

  @Test
  void setWithoutVersion1FailsNamingIt() {
    FakeSource late = FakeSource.of("main", List.of(UserViews.V2, UserViews.V3));

    StrataException e =
        assertThrows(
            StrataException.class,
            () -> Strata.configure(database.dataSource()).sources(late).load());

    assertTrue(e.getMessage().contains("has no version 1"), e::getMessage);
  }

  @Test
  void versionListedTwiceFails() {
    FakeSource twice = FakeSource.of("main", List.of(UserViews.V1, UserViews.V1));

    StrataException e =
        assertThrows(
            StrataException.class,
            () -> Strata.configure(database.dataSource()).sources(twice).load());

    assertTrue(e.getMessage().contains("lists version 1 twice"), e::getMessage);
  }

  @Test
  void checksumLongerThanItsColumnFailsNamingTheVersion() {
    FakeSource longChecksum =
        FakeSource.of("main", List.of(UserViews.V1.withChecksum("f".repeat(65))));

    StrataException e =
        assertThrows(
            StrataException.class,
            () -> Strata.configure(database.dataSource()).sources(longChecksum).load());

    assertTrue(e.getMessage().startsWith("Migration V0001 \"Create active_users\" of set main"));
  }

  @Test
  void blankSetNameFails() {
    FakeSource blank = FakeSource.of(" ", List.of(UserViews.V1));

    assertThrows(
        StrataException.class, () -> Strata.configure(database.dataSource()).sources(blank).load());
  }

  @Test
  void invalidHistoryTableNameIsRejected() {
    Configuration configuration = Strata.configure(database.dataSource());

    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> configuration.historyTable("history; DROP"));

    assertTrue(e.getMessage().contains("history table name 'history; DROP'"), e::getMessage);
    assertThrows(IllegalArgumentException.class, () -> configuration.historyTable("1st"));
    assertThrows(IllegalArgumentException.class, () -> configuration.historyTable("a.b.c"));
  }

  @Test
  void eachFluentCallReturnsANewConfigurationAndLeavesTheOldOneAsItWas() {
    Configuration base = Strata.configure(database.dataSource()).sources(UserViews.source());

    Configuration renamed = base.historyTable("other_history");
    base.load().upgrade();

    assertTrue(renamed != base);
    assertTrue(database.tableExists("STRATA_SCHEMA_HISTORY"));
    assertTrue(!database.tableExists("OTHER_HISTORY"));
  }

  @Test
  void lockTimeoutDefaultsToTenMinutesAndCannotBeNegative() {
    Configuration configuration = Strata.configure(database.dataSource());

    assertEquals(java.time.Duration.ofMinutes(10), Configuration.DEFAULT_LOCK_TIMEOUT);
    assertThrows(
        IllegalArgumentException.class,
        () -> configuration.lockTimeout(java.time.Duration.ofSeconds(-1)));
  }

  /**
   * A lock timeout or lease longer than about 292 years, the longest that Java counts in
   * nanoseconds, as the lock's wait and the lease's renewal do: the Java API and the Spring starter
   * took it, and the run then failed with ArithmeticException: long overflow (every lock wait for
   * the timeout, a Galera run for the lease). The CLI and the Maven plugin refused it in their own
   * parsing; the runtime refuses it for every entry point, and takes the longest it can count.
   */
  @Test
  void aLockTimeoutOrLeaseLongerThanJavaCountsInNanosecondsIsRefusedSayingSo() {
    Configuration configuration = Strata.configure(database.dataSource());
    java.time.Duration tooLong = java.time.Duration.ofDays(365L * 300);
    java.time.Duration longest = java.time.Duration.ofNanos(Long.MAX_VALUE);

    IllegalArgumentException timeout =
        assertThrows(IllegalArgumentException.class, () -> configuration.lockTimeout(tooLong));
    IllegalArgumentException lease =
        assertThrows(IllegalArgumentException.class, () -> configuration.lockLease(tooLong));
    configuration.lockTimeout(longest).lockLease(longest);

    assertEquals(
        "The lock timeout cannot be longer than about 292 years (PT2562047H47M16.854775807S),"
            + " the longest wait Java counts in nanoseconds: PT2628000H",
        timeout.getMessage());
    assertEquals(
        "The lock lease cannot be longer than about 292 years (PT2562047H47M16.854775807S),"
            + " the longest wait Java counts in nanoseconds: PT2628000H",
        lease.getMessage());
  }

  @Test
  void lockLeaseDefaultsToThirtySecondsAndCannotBeShorterThanOneSecond() {
    Configuration configuration = Strata.configure(database.dataSource());

    assertEquals(java.time.Duration.ofSeconds(30), Configuration.DEFAULT_LOCK_LEASE);
    configuration.lockLease(java.time.Duration.ofSeconds(1));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> configuration.lockLease(java.time.Duration.ofMillis(999)));
    assertTrue(e.getMessage().contains("at least 1 s"), e::getMessage);
  }

  @Test
  void loadConnectsToNoDatabase() {
    DataSource unreachable = unreachableDataSource();

    Strata strata = Strata.configure(unreachable).sources(UserViews.source()).load();

    StrataException e = assertThrows(StrataException.class, strata::upgrade);
    assertTrue(e.getMessage().contains("database is down"), e::getMessage);
  }

  private static DataSource unreachableDataSource() {
    return (DataSource)
        Proxy.newProxyInstance(
            ConfigurationTest.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getLogWriter")) {
                return new PrintWriter(System.err);
              }
              throw new SQLException("database is down");
            });
  }
}
