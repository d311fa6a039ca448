package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.testing.DataSources;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Which databases a Strata migrates, as Spring Boot asks before it picks Hibernate's {@code
 * ddl-auto} default: {@code none} for one Strata migrates, {@code create-drop} for another embedded
 * one.
 */
class MigrationDataSourcesTest {

  // every connection to an unnamed in-memory H2 database opens a database of its own
  private static final String UNNAMED = "jdbc:h2:mem:";

  @Test
  void anUnnamedInMemoryDatabaseIsNotTheApplicationsUnnamedDatabase() {
    DataSource strata = DataSources.of(UNNAMED, "sa", "");
    DataSource application = DataSources.of(UNNAMED + ";DB_CLOSE_DELAY=-1", "sa", "");

    assertThat(MigrationDataSources.reaches(strata, strata, new ReportedUrls())).isTrue();
    assertThat(MigrationDataSources.reaches(strata, application, new ReportedUrls())).isFalse();
  }

  @Test
  void aNamedInMemoryDatabaseIsTheApplicationsDatabaseOfThatName() {
    String url = "jdbc:h2:mem:shared_" + System.nanoTime();
    DataSource application = DataSources.of(url + ";DB_CLOSE_DELAY=-1", "sa", "");

    assertThat(
            MigrationDataSources.reaches(
                DataSources.of(url, "sa", ""), application, new ReportedUrls()))
        .isTrue();
  }

  @Test
  void anotherNamedInMemoryDatabaseIsNotTheApplications() {
    String url = "jdbc:h2:mem:shared_" + System.nanoTime();
    DataSource application = DataSources.of(url + ";DB_CLOSE_DELAY=-1", "sa", "");

    assertThat(
            MigrationDataSources.reaches(
                DataSources.of(url + "_other;DB_CLOSE_DELAY=-1", "sa", ""),
                application,
                new ReportedUrls()))
        .isFalse();
  }
}
