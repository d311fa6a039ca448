package dev.strata.processor.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.processor.oracle.HibernateOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code -Astrata.naming=snake_case} names as Spring Boot's physical naming strategy (Hibernate's
 * {@code PhysicalNamingStrategySnakeCaseImpl}) does, for implicit and explicit names alike.
 */
class JpaNamingTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "firstName",
        "Customer",
        "PetOwner",
        "first_name",
        "HTTPHomePage",
        "HTTPLog",
        "address2Line",
        "sizeX",
        "xY",
        "a1B2",
        "items_ORDER",
        "Customer_SEQ",
        "stock_KEY",
        "owner.street",
        "Owner.Street",
        "DTYPE",
        "ABc",
        "aBC",
        "vets_specialties",
        "Catalog_notesByKind",
        "ünterÄhnlich",
        "x",
        "x1"
      })
  void snakeCaseIsSpringBootsPhysicalNaming(String logicalName) {
    assertEquals(
        HibernateOracle.springName(logicalName), JpaNaming.SNAKE_CASE.physical(logicalName));
  }

  @Test
  void jpaNamingKeepsNamesAsWritten() {
    assertEquals("firstName", JpaNaming.JPA.physical("firstName"));
    assertEquals("Customer_SEQ", JpaNaming.JPA.physical("", "Customer_SEQ"));
  }

  @Test
  void aGivenNameWinsOverTheImplicitOne() {
    assertEquals("pet_owner", JpaNaming.SNAKE_CASE.physical("PetOwner", "Owner"));
    assertEquals("owner", JpaNaming.SNAKE_CASE.physical("", "Owner"));
  }
}
