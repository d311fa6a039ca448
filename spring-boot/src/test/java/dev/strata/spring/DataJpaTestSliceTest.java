package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.spring.fixtures.Account;
import dev.strata.spring.fixtures.ActiveAccount;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/**
 * A {@code @DataJpaTest} migrates the embedded database that replaces the application's before
 * Hibernate validates the view entities: Flyway creates the {@code accounts} table
 * (src/test/resources/db/migration), then Strata the views, then Hibernate starts.
 */
// Liquibase, also on this module's test class path, has no changelog here
@DataJpaTest(
    properties = {"spring.jpa.hibernate.ddl-auto=validate", "spring.liquibase.enabled=false"})
class DataJpaTestSliceTest {

  @Autowired EntityManager entityManager;

  @Test
  void viewEntitiesReadTheViewsThatStrataCreatedInTheReplacedDatabase() {
    assertThat(
            entityManager
                .createQuery("SELECT a.email FROM ActiveAccount a", String.class)
                .getResultList())
        .containsExactly("ada@example.com");
    assertThat(entityManager.find(ActiveAccount.class, 2L)).isNull();
  }

  /** What {@code @DataJpaTest} starts from: the entities' package, nothing else. */
  @SpringBootConfiguration
  @AutoConfigurationPackage(basePackageClasses = Account.class)
  static class Application {}
}
