package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A shop as a Spring Boot application maps it, in the mappings such applications use most: a mapped
 * superclass with an identity key, a version and creation and update timestamps; a natural id, Bean
 * Validation, enums by name and by ordinal, an element collection of enums, two embeddings of one
 * embeddable, one overridden, a map of strings, a shared key by {@code @MapsId}, a UUID key, a
 * sequence, a many-to-many through a named join table, JSON, large objects. Version 2 changes it as
 * a team does: a constant added to each enum, a column widened, one renamed by its field's name
 * with {@code @RenamedFrom}, one dropped and one added with a default, an index added, a precision
 * widened, a column made NOT NULL with a default over rows that hold NULL, an element collection
 * added. Hibernate 7.2's export is the oracle at each version, with the rows kept, on each database
 * under each naming. It found the rename that Spring Boot's naming lost ({@link
 * SnakeCaseRenameParityTest}).
 */
class SpringShopEvolutionParityTest {

  private static final List<String> SUPPORT =
      List.of("BaseEntity", "Role", "Address", "OrderStatus");

  private static final List<String> ENTITIES =
      List.of("Customer", "Profile", "Product", "Tag", "PurchaseOrder", "OrderLine");

  @TempDir Path snapshots;
  @TempDir Path classes;
  @TempDir Path laterClasses;

  @ParameterizedTest
  @MethodSource("dev.strata.processor.ParityModel#databasesAndNamings")
  void aShopEvolvesWithItsRows(DatabaseKind kind, boolean spring) throws Exception {
    ParityModel shop =
        new ParityModel("oracle/springshop", "org.example.springshop", SUPPORT, ENTITIES, spring);
    shop.assertEvolution(
        kind,
        snapshots,
        classes,
        laterClasses,
        database -> database.execute(rows(shop)),
        database -> {
          assertEquals(
              List.of(header(shop, "familyName", "loyaltyPoints", "firstName"), "Lee,0,Ann"),
              database.query(
                  select(shop, "customers", "familyName", "loyaltyPoints", "firstName")));
          // the NULL of version 1 took the default that version 2 declares
          assertEquals(
              List.of(header(shop, "unitPrice", "quantity"), "0.00,3"),
              database.query(select(shop, shop.name("OrderLine"), "unitPrice", "quantity")));
        },
        database -> assertCustomer(shop, database));
  }

  private static String[] rows(ParityModel shop) {
    return new String[] {
      "INSERT INTO customers (id, version, "
          + shop.name("createdAt")
          + ", email, "
          + shop.name("firstName")
          + ", "
          + shop.name("lastName")
          + ", active, "
          + shop.name("primaryRole")
          + ") VALUES (1, 0, CURRENT_TIMESTAMP, 'a@b.c', 'Ann', 'Lee', TRUE, 'ADMIN')",
      "INSERT INTO customer_roles (customer_id, role) VALUES (1, 'SUPPORT_AGENT')",
      "INSERT INTO " + shop.name("Profile") + " (" + shop.name("customer_id") + ") VALUES (1)",
      "INSERT INTO " + shop.name("Tag") + " (id, label) VALUES (1, 'red')",
      "INSERT INTO orders (id, version, "
          + shop.name("createdAt")
          + ", customer_id, status) VALUES (5, 0, CURRENT_TIMESTAMP, 1, 2)",
      "INSERT INTO "
          + shop.name("OrderLine")
          + " (id, order_id, position, quantity) VALUES (7, 5, 0, 3)"
    };
  }

  private static void assertCustomer(ParityModel shop, TestDatabase database) throws Exception {
    assertEquals(
        List.of(header(shop, "lastName", "firstName"), "Lee,Ann"),
        database.query(select(shop, "customers", "lastName", "firstName")));
  }

  private static String select(ParityModel shop, String table, String... columns) {
    return "SELECT "
        + String.join(", ", List.of(columns).stream().map(shop::name).toList())
        + " FROM "
        + table;
  }

  private static String header(ParityModel shop, String... columns) {
    return String.join(
        ",", List.of(columns).stream().map(c -> shop.name(c).toLowerCase()).toList());
  }
}
