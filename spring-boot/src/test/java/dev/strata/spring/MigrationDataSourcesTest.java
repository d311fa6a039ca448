package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.Configuration;
import dev.strata.runtime.UnknownMigrations;
import dev.strata.testing.DataSources;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Which databases Strata migrates, as Spring Boot asks before it picks Hibernate's {@code ddl-auto}
 * default: {@code none} for one Strata migrates, {@code create-drop} for another embedded one.
 */
class MigrationDataSourcesTest {

  // every connection to an unnamed in-memory H2 database opens a database of its own
  private static final String UNNAMED = "jdbc:h2:mem:";

  @Test
  void anUnnamedInMemoryStrataUrlIsNotTheApplicationsUnnamedDatabase() {
    DataSource application = DataSources.of(UNNAMED, "sa", "");

    MigrationDataSources sources = new MigrationDataSources(properties(UNNAMED), null, application);

    assertThat(sources.migrates(application)).isFalse();
  }

  @Test
  void anUnnamedInMemoryStrataDataSourceIsNotTheApplicationsUnnamedDatabase() {
    DataSource strata = DataSources.of(UNNAMED, "sa", "");
    DataSource application = DataSources.of(UNNAMED + ";DB_CLOSE_DELAY=-1", "sa", "");

    MigrationDataSources sources = new MigrationDataSources(properties(null), strata, application);

    assertThat(sources.migrates(strata)).isTrue();
    assertThat(sources.migrates(application)).isFalse();
  }

  @Test
  void aNamedInMemoryStrataUrlIsTheApplicationsDatabaseOfThatName() {
    String url = "jdbc:h2:mem:shared_" + System.nanoTime();
    DataSource application = DataSources.of(url + ";DB_CLOSE_DELAY=-1", "sa", "");

    MigrationDataSources sources = new MigrationDataSources(properties(url), null, application);

    assertThat(sources.migrates(application)).isTrue();
  }

  private static StrataProperties properties(String url) {
    return new StrataProperties(
        true,
        url,
        null,
        null,
        Configuration.DEFAULT_HISTORY_TABLE,
        Duration.ofMinutes(10),
        Duration.ofSeconds(30),
        false,
        false,
        1,
        UnknownMigrations.REFUSE,
        false);
  }
}
