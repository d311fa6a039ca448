package dev.strata.processor;

import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A few rows of the Sakila sample database (taken from its data, trimmed to two of most things),
 * inserted into the tables SakilaParityTest's migrations create, so that every view has rows to
 * show.
 */
final class SakilaRows {

  /**
   * The tables, in an order their foreign keys take, store and staff aside (they read each other).
   */
  static final List<String> TABLES =
      List.of(
          "country",
          "city",
          "address",
          "language",
          "category",
          "actor",
          "film",
          "film_actor",
          "film_category",
          "staff",
          "store",
          "customer",
          "inventory",
          "rental",
          "payment");

  private static final String AT = "TIMESTAMP '2006-02-15 04:34:33'";

  private SakilaRows() {}

  /** Inserts the rows, with the foreign keys between store and staff checked only at the end. */
  static void insert(TestDatabase database) throws SQLException {
    List<String> statements = new ArrayList<>();
    statements.add(foreignKeys(database.kind(), false));
    statements.addAll(rows(location(database.kind())));
    statements.add(foreignKeys(database.kind(), true));
    database.execute(statements.toArray(String[]::new));
  }

  /** Every row of every table, each table's sorted, for a comparison before and after. */
  static List<String> everyRow(TestDatabase database, List<String> tables) throws SQLException {
    List<String> rows = new ArrayList<>();
    for (String table : tables) {
      List<String> lines = database.query("SELECT * FROM " + table);
      List<String> sorted = new ArrayList<>(lines.subList(1, lines.size()));
      sorted.sort(null);
      rows.add(table + ": " + lines.get(0));
      sorted.forEach(row -> rows.add(table + ": " + row));
    }
    return rows;
  }

  // store and staff refer to each other, as in Sakila: one of them must come first
  private static String foreignKeys(DatabaseKind kind, boolean on) {
    return switch (kind) {
      case H2 -> "SET REFERENTIAL_INTEGRITY " + (on ? "TRUE" : "FALSE");
      case POSTGRESQL -> "SET session_replication_role = " + (on ? "DEFAULT" : "replica");
      case MARIADB -> "SET FOREIGN_KEY_CHECKS = " + (on ? "1" : "0");
    };
  }

  // address.location is a @Lob byte[]: a blob, or on PostgreSQL the oid of a large object
  private static String location(DatabaseKind kind) {
    return kind == DatabaseKind.POSTGRESQL ? "0" : "X'00'";
  }

  private static List<String> rows(String location) {
    return List.of(
        "INSERT INTO country (country_id, country, last_update) VALUES (1, 'Canada', " + AT + ")",
        "INSERT INTO city (city_id, city, country_id, last_update) VALUES (1, 'Lethbridge', 1, "
            + AT
            + ")",
        "INSERT INTO address (address_id, address, address2, district, city_id, postal_code,"
            + " phone, location, last_update) VALUES"
            + " (1, '47 MySakila Drive', NULL, 'Alberta', 1, NULL, '', "
            + location
            + ", "
            + AT
            + "), (2, '28 MySQL Boulevard', NULL, 'QLD', 1, NULL, '', "
            + location
            + ", "
            + AT
            + "), (3, '1913 Hanoi Way', NULL, 'Nagasaki', 1, '35200', '28303384290', "
            + location
            + ", "
            + AT
            + "), (4, '1121 Loja Avenue', NULL, 'California', 1, '17886', '838635286649', "
            + location
            + ", "
            + AT
            + ")",
        "INSERT INTO language (language_id, name, last_update) VALUES (1, 'English', " + AT + ")",
        "INSERT INTO category (category_id, name, last_update) VALUES (1, 'Documentary', "
            + AT
            + "), (2, 'Horror', "
            + AT
            + ")",
        "INSERT INTO actor (actor_id, first_name, last_name, last_update) VALUES"
            + " (1, 'PENELOPE', 'GUINESS', "
            + AT
            + "), (2, 'NICK', 'WAHLBERG', "
            + AT
            + ")",
        "INSERT INTO film (film_id, title, description, release_year, language_id,"
            + " original_language_id, rental_duration, rental_rate, length, replacement_cost,"
            + " rating, special_features, last_update) VALUES"
            + " (1, 'ACADEMY DINOSAUR', 'A Epic Drama of a Feminist', 2006, 1, 1, 6, 0.99, 86,"
            + " 20.99, 'PG', 'Deleted Scenes,Behind the Scenes', "
            + AT
            + "), (2, 'ACE GOLDFINGER', 'A Astounding Epistle', 2006, 1, 1, 3, 4.99, 48, 12.99,"
            + " 'G', 'Trailers', "
            + AT
            + ")",
        "INSERT INTO film_actor (actor_id, film_id, last_update) VALUES (1, 1, "
            + AT
            + "), (2, 1, "
            + AT
            + "), (1, 2, "
            + AT
            + ")",
        "INSERT INTO film_category (film_id, category_id, last_update) VALUES (1, 1, "
            + AT
            + "), (2, 2, "
            + AT
            + ")",
        "INSERT INTO staff (staff_id, first_name, last_name, address_id, email, store_id, active,"
            + " username, password, last_update) VALUES (1, 'Mike', 'Hillyer', 2,"
            + " 'Mike.Hillyer@sakilastaff.com', 1, 1, 'Mike', NULL, "
            + AT
            + ")",
        "INSERT INTO store (store_id, manager_staff_id, address_id, last_update) VALUES (1, 1, 1, "
            + AT
            + ")",
        "INSERT INTO customer (customer_id, store_id, first_name, last_name, email, address_id,"
            + " active, create_date, last_update) VALUES"
            + " (1, 1, 'MARY', 'SMITH', 'MARY.SMITH@sakilacustomer.org', 3, 1, "
            + AT
            + ", "
            + AT
            + "), (2, 1, 'PATRICIA', 'JOHNSON', NULL, 4, 0, "
            + AT
            + ", "
            + AT
            + ")",
        "INSERT INTO inventory (inventory_id, film_id, store_id, last_update) VALUES (1, 1, 1, "
            + AT
            + "), (2, 2, 1, "
            + AT
            + ")",
        "INSERT INTO rental (rental_id, rental_date, inventory_id, customer_id, return_date,"
            + " staff_id, last_update) VALUES (1, "
            + AT
            + ", 1, 1, NULL, 1, "
            + AT
            + "), (2, "
            + AT
            + ", 2, 2, "
            + AT
            + ", 1, "
            + AT
            + ")",
        "INSERT INTO payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date,"
            + " last_update) VALUES (1, 1, 1, 1, 2.99, "
            + AT
            + ", "
            + AT
            + "), (2, 2, 1, 2, 4.99, "
            + AT
            + ", "
            + AT
            + "), (3, 1, 1, 2, 0.99, "
            + AT
            + ", "
            + AT
            + ")");
  }
}
