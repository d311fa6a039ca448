package dev.strata.spring.actuate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Strata;
import dev.strata.spring.StrataAutoConfiguration;
import dev.strata.spring.fixtures.Account;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * What Strata contributes to Actuator's health and info endpoints, and when; a run in progress
 * elsewhere is listed as running (on H2, whose DDL commits at once, its unfinished row is visible)
 * and keeps health up.
 */
class StrataActuatorTest {

  private static final Map<String, Object> UP_TO_DATE =
      Map.of("sets", Map.of("main", Map.of("version", 2, "pending", List.of())));

  private TestDatabase database;
  private ApplicationContextRunner runner;

  @BeforeEach
  void openDatabase() throws SQLException {
    database = TestDatabases.open(DatabaseKind.H2);
    database.execute(Account.CREATE_TABLE);
    // the application's own Strata bean keeps the runs free of DataSource configuration
    runner = runner(Strata.configure(database.dataSource()).load());
  }

  @AfterEach
  void closeDatabase() {
    database.close();
  }

  @Test
  void isOutOfServiceWithPendingMigrations() {
    runner.run(
        context -> {
          Health health = context.getBean(StrataHealthIndicator.class).health();
          // the code expects views the database lacks: this instance should take no traffic
          assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
          assertThat(health.getDetails())
              .isEqualTo(
                  Map.of(
                      "sets",
                      Map.of(
                          "main",
                          Map.of(
                              "version",
                              0,
                              "pending",
                              List.of(
                                  "V0001 Create active_accounts",
                                  "V0002 Create inactive_accounts")))));
        });
  }

  @Test
  void reportsTheAppliedVersionInHealthAndInfo() {
    runner.run(
        context -> {
          context.getBean(Strata.class).upgrade();
          assertThat(context.getBean(StrataHealthIndicator.class).health().getDetails())
              .isEqualTo(UP_TO_DATE);
          Info.Builder info = new Info.Builder();
          context.getBean(StrataInfoContributor.class).contribute(info);
          assertThat(info.build().getDetails()).isEqualTo(Map.of("strata", UP_TO_DATE));
        });
  }

  @Test
  void isDownWhileARunHasNotFinished() {
    runner.run(
        context -> {
          context.getBean(Strata.class).upgrade();
          database.execute(
              "UPDATE strata_schema_history SET success = FALSE, run_state = 'UPGRADING',"
                  + " statements_done = 0 WHERE version = 2");
          Health health = context.getBean(StrataHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails())
              .isEqualTo(
                  Map.of(
                      "sets",
                      Map.of(
                          "main",
                          Map.of(
                              "version",
                              1,
                              "pending",
                              List.of(),
                              "failed",
                              List.of("V0002 Create inactive_accounts"))),
                      "driftNotLookedFor",
                      List.of("V0002 Create inactive_accounts of set main: FAILED")));
        });
  }

  /**
   * A run of another application's migration set died half-way: drift is not looked for until it is
   * repaired, and health names it as the reason, where it listed no drift and said nothing.
   */
  @Test
  void namesTheUnfinishedRunOfAnotherSetAsWhyDriftWasNotLookedFor() {
    runner.run(
        context -> {
          context.getBean(Strata.class).upgrade();
          database.execute(
              "CREATE OR REPLACE VIEW active_accounts AS SELECT id FROM accounts WHERE active",
              "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
                  + " installed_by, applied_at, execution_ms, success, run_state,"
                  + " statements_done) VALUES ('reporting', 1, 'Create sales', 'checksum-1',"
                  + " 'killed', CURRENT_TIMESTAMP, 0, FALSE, 'UPGRADING', 1)");
          Health health = context.getBean(StrataHealthIndicator.class).health();
          assertThat(health.getDetails())
              .doesNotContainKey("drift")
              .containsEntry(
                  "driftNotLookedFor", List.of("V0001 Create sales of set reporting: FAILED"));
        });
  }

  /**
   * A run of another application's migration set died half-way: this application's upgrades go on
   * (only that application can repair it), so its health stays UP and lists the run, where it went
   * DOWN and took this instance out of traffic.
   */
  @Test
  void staysUpAndListsTheFailedRunOfASetThisApplicationDoesNotLoad() {
    runner.run(
        context -> {
          context.getBean(Strata.class).upgrade();
          database.execute(
              "INSERT INTO strata_schema_history (migration_set, version, description, checksum,"
                  + " installed_by, applied_at, execution_ms, success, run_state,"
                  + " statements_done) VALUES ('reporting', 1, 'Create sales', 'checksum-1',"
                  + " 'killed', CURRENT_TIMESTAMP, 0, FALSE, 'UPGRADING', 1)");
          Health health = context.getBean(StrataHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(((Map<?, ?>) health.getDetails().get("sets")).get("reporting"))
              .asInstanceOf(MAP)
              .containsEntry("failed", List.of("V0001 Create sales"));
        });
  }

  @Test
  void isDownWhenAnAppliedMigrationChanged() {
    runner.run(
        context -> {
          context.getBean(Strata.class).upgrade();
          database.execute(
              "UPDATE strata_schema_history SET checksum = 'edited' WHERE version = 2");
          Health health = context.getBean(StrataHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(((Map<?, ?>) health.getDetails().get("sets")).get("main"))
              .asInstanceOf(MAP)
              .containsEntry("changed", List.of("V0002 Create inactive_accounts"));
        });
  }

  @Test
  void listsViewsChangedByHandAndStaysUp() {
    runner.run(
        context -> {
          context.getBean(Strata.class).upgrade();
          database.execute(
              "CREATE OR REPLACE VIEW active_accounts AS SELECT id FROM accounts WHERE active");
          Health health = context.getBean(StrataHealthIndicator.class).health();
          // the views still answer: drift is for a person to look at, not a reason to stop traffic
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).containsEntry("sets", UP_TO_DATE.get("sets"));
          assertThat(health.getDetails().get("drift"))
              .asInstanceOf(MAP)
              .containsOnlyKeys("PUBLIC.ACTIVE_ACCOUNTS")
              .containsEntry("PUBLIC.ACTIVE_ACCOUNTS", "CHANGED");
        });
  }

  /**
   * A drift check reads every managed view's definition: its result is shown for its time to live,
   * so a view changed by hand meanwhile appears only once that has passed.
   */
  @Test
  void showsTheDriftItFoundForItsTimeToLive() {
    runner
        .withPropertyValues("management.health.strata.drift.time-to-live=1h")
        .run(
            context -> {
              context.getBean(Strata.class).upgrade();
              StrataHealthIndicator indicator = context.getBean(StrataHealthIndicator.class);
              assertThat(indicator.health().getDetails()).isEqualTo(UP_TO_DATE);
              database.execute(
                  "CREATE OR REPLACE VIEW active_accounts AS SELECT id FROM accounts WHERE active");

              assertThat(indicator.health().getDetails()).isEqualTo(UP_TO_DATE);
            });
  }

  @Test
  void aTimeToLiveOfZeroLooksForDriftAtEveryCheck() {
    runner
        .withPropertyValues("management.health.strata.drift.time-to-live=0")
        .run(
            context -> {
              context.getBean(Strata.class).upgrade();
              StrataHealthIndicator indicator = context.getBean(StrataHealthIndicator.class);
              assertThat(indicator.health().getDetails()).isEqualTo(UP_TO_DATE);
              database.execute(
                  "CREATE OR REPLACE VIEW active_accounts AS SELECT id FROM accounts WHERE active");

              assertThat(indicator.health().getDetails())
                  .containsEntry("drift", Map.of("PUBLIC.ACTIVE_ACCOUNTS", "CHANGED"));
            });
  }

  @Test
  void aDriftCheckTurnedOffListsNoDrift() {
    runner
        .withPropertyValues("management.health.strata.drift.enabled=false")
        .run(
            context -> {
              context.getBean(Strata.class).upgrade();
              database.execute(
                  "CREATE OR REPLACE VIEW active_accounts AS SELECT id FROM accounts WHERE active");

              Health health = context.getBean(StrataHealthIndicator.class).health();

              assertThat(health.getStatus()).isEqualTo(Status.UP);
              assertThat(health.getDetails()).isEqualTo(UP_TO_DATE);
            });
  }

  /**
   * A number without a unit is seconds, as the property's description says and as for {@code
   * strata.lock-timeout}: read as milliseconds, time-to-live=30 read the catalog again after 30 ms,
   * at almost every probe.
   */
  @Test
  void aTimeToLiveWithoutUnitIsSeconds() {
    runner
        .withPropertyValues("management.health.strata.drift.time-to-live=30")
        .run(
            context ->
                assertThat(context.getBean(StrataHealthProperties.class).drift().timeToLive())
                    .isEqualTo(Duration.ofSeconds(30)));
  }

  @Test
  void aNegativeTimeToLiveFailsStartupNamingTheProperty() {
    runner
        .withPropertyValues("management.health.strata.drift.time-to-live=-1s")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("management.health.strata.drift.time-to-live"));
  }

  /**
   * A set may be named as anything health shows beside the sets ({@code drift}, {@code error}):
   * each keeps its own entry.
   */
  @Test
  void aSetNamedDriftAndTheDriftAreBothShown() throws SQLException {
    Strata strata = Strata.configure(database.dataSource()).sources(new Source("drift")).load();
    strata.upgrade("drift", 1);
    database.execute("CREATE VIEW hand_made AS SELECT id FROM accounts");
    runner(strata)
        .run(
            context -> {
              Health health = context.getBean(StrataHealthIndicator.class).health();
              assertThat(health.getDetails())
                  .isEqualTo(
                      Map.of(
                          "sets",
                          Map.of(
                              "drift",
                              Map.of("version", 1, "pending", List.of("V0002 Create two"))),
                          "drift",
                          Map.of("PUBLIC.HAND_MADE", "ADDED")));
            });
  }

  @Test
  void isDownWhenTheHistoryCannotBeRead() throws SQLException {
    database.execute("CREATE TABLE strata_schema_history (id INT)");
    runner.run(
        context -> {
          Health health = context.getBean(StrataHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.DOWN);
          assertThat(health.getDetails()).containsKey("error");
        });
  }

  @Test
  void infoShowsTheErrorWhenTheHistoryCannotBeReadAndKeepsTheOtherContributions()
      throws SQLException {
    database.execute("CREATE TABLE strata_schema_history (id INT)");
    runner.run(
        context -> {
          Info.Builder info = new Info.Builder().withDetail("build", Map.of("version", "1.0"));

          context.getBean(StrataInfoContributor.class).contribute(info);

          Map<String, Object> details = info.build().getDetails();
          assertThat(details).containsEntry("build", Map.of("version", "1.0"));
          assertThat(details.get("strata")).asInstanceOf(MAP).containsOnlyKeys("error");
          assertThat((String) ((Map<?, ?>) details.get("strata")).get("error"))
              .contains("strata_schema_history");
        });
  }

  @Test
  void contributesNothingWithoutActuator() {
    runner
        .withClassLoader(new FilteredClassLoader(HealthIndicator.class, InfoContributor.class))
        .run(
            context -> {
              assertThat(context).hasSingleBean(Strata.class);
              assertThat(context).doesNotHaveBean(StrataHealthIndicator.class);
              assertThat(context).doesNotHaveBean(StrataInfoContributor.class);
            });
  }

  @Test
  void contributesNothingWhenTurnedOff() {
    runner
        .withPropertyValues(
            "management.health.strata.enabled=false", "management.info.strata.enabled=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(StrataHealthIndicator.class);
              assertThat(context).doesNotHaveBean(StrataInfoContributor.class);
            });
  }

  private final CountDownLatch halfWay = new CountDownLatch(1);
  private final CountDownLatch release = new CountDownLatch(1);

  @Test
  void aRunInProgressElsewhereIsListedAsRunningAndKeepsHealthUp() throws Exception {
    Strata strata = Strata.configure(database.dataSource()).sources(new Source("main")).load();
    Thread elsewhere = new Thread(strata::upgrade, "another instance's upgrade");
    elsewhere.start();
    try {
      // bounded only so that a broken run cannot hang the build; no timing is asserted
      assertThat(halfWay.await(60, TimeUnit.SECONDS)).as("version 2 started").isTrue();
      runner(strata)
          .run(
              context -> {
                Health health = context.getBean(StrataHealthIndicator.class).health();
                assertThat(health.getStatus()).isEqualTo(Status.UP);
                Map<String, Object> running =
                    Map.of(
                        "sets",
                        Map.of(
                            "main",
                            Map.of(
                                "version",
                                1,
                                "pending",
                                List.of(),
                                "running",
                                List.of("V0002 Create two"))));
                // its views are the run's own until it finishes: drift is not looked for
                assertThat(health.getDetails())
                    .isEqualTo(
                        Map.of(
                            "sets",
                            running.get("sets"),
                            "driftNotLookedFor",
                            List.of("V0002 Create two of set main: RUNNING")));
                Info.Builder info = new Info.Builder();
                context.getBean(StrataInfoContributor.class).contribute(info);
                assertThat(info.build().getDetails()).isEqualTo(Map.of("strata", running));
              });
    } finally {
      release.countDown();
      elsewhere.join();
    }
    runner(strata)
        .run(
            context ->
                assertThat(context.getBean(StrataHealthIndicator.class).health().getDetails())
                    .isEqualTo(
                        Map.of(
                            "sets", Map.of("main", Map.of("version", 2, "pending", List.of())))));
  }

  private static ApplicationContextRunner runner(Strata strata) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                StrataAutoConfiguration.class,
                StrataHealthAutoConfiguration.class,
                StrataInfoAutoConfiguration.class))
        .withBean(Strata.class, () -> strata);
  }

  /** Two versions of set {@code set}; the second stops half-way until the test releases it. */
  private final class Source implements MigrationSource {

    private final String set;

    Source(String set) {
      this.set = set;
    }

    @Override
    public String set() {
      return set;
    }

    @Override
    public List<MigrationDescriptor> migrations() {
      return List.of(
          new MigrationDescriptor(1, "Create one", "1"),
          new MigrationDescriptor(2, "Create two", "2"));
    }

    @Override
    public Migration load(int version) {
      return new Migration() {
        @Override
        public int version() {
          return version;
        }

        @Override
        public String description() {
          return version == 1 ? "Create one" : "Create two";
        }

        @Override
        public String checksum() {
          return String.valueOf(version);
        }

        @Override
        public void upgrade(Operations ops) {
          ops.createView("view_" + version + "_a", "SELECT " + version + " AS v");
          if (version == 2) {
            halfWay.countDown();
            try {
              release.await();
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          }
          ops.createView("view_" + version + "_b", "SELECT " + version + " AS v");
        }

        @Override
        public void downgrade(Operations ops) {
          ops.dropView("view_" + version + "_b");
          ops.dropView("view_" + version + "_a");
        }
      };
    }
  }
}
