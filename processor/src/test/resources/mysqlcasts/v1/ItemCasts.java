package org.example.casts;

import dev.strata.View;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A view entity on MariaDB's casts, each field of the type MariaDB gives its column. */
@Entity
@Table(name = "item_casts")
@View(
    name = "item_casts",
    sql =
        "SELECT id, CAST(qty AS SIGNED) AS signed_qty, CAST(qty AS SIGNED INTEGER) AS"
            + " signed_integer_qty, CAST(qty AS UNSIGNED) AS unsigned_qty, CAST(qty AS INTEGER)"
            + " AS integer_qty, CONVERT(qty, SIGNED) AS converted_qty, CAST(name AS CHAR(10)) AS"
            + " short_name, CAST(name AS CHAR) AS any_name, CAST(qty AS FLOAT) AS ratio,"
            + " CONVERT(name, CHAR CHARACTER SET utf8mb4) AS utf8_name FROM Item")
public class ItemCasts {
  @Id Long id;
  Long signed_qty;
  Long signed_integer_qty;
  Long unsigned_qty;
  Long integer_qty;
  Long converted_qty;
  String short_name;
  String any_name;
  Float ratio;
  String utf8_name;
}
