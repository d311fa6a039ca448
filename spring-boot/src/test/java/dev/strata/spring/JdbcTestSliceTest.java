package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A {@code @JdbcTest} migrates the embedded database that replaces the application's, as it runs
 * Flyway there: Flyway creates the {@code accounts} table (src/test/resources/db/migration), then
 * Strata the views that read it.
 */
// Liquibase, also on this module's test class path, has no changelog here
@JdbcTest(properties = "spring.liquibase.enabled=false")
class JdbcTestSliceTest {

  @Autowired JdbcTemplate jdbcTemplate;

  @Test
  void readsTheViewsThatStrataCreatedInTheReplacedDatabase() {
    assertThat(
            jdbcTemplate.queryForList(
                "SELECT email FROM active_accounts UNION ALL SELECT email FROM inactive_accounts",
                String.class))
        .containsExactlyInAnyOrder("ada@example.com", "bob@example.com");
  }

  /** What {@code @JdbcTest} starts from: an application with nothing of its own. */
  @SpringBootConfiguration
  static class Application {}
}
