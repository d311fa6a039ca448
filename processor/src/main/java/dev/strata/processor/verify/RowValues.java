package dev.strata.processor.verify;

import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.TableDefinition;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row's values for the tables built on H2: for each type, the first of a few literals that H2
 * casts to it, a number first. Every table's row gets the same ones (the number, {@code '1'}), so
 * that a key and the columns referring to it are equal and joins find the row.
 */
final class RowValues {

  private static final List<String> CANDIDATES =
      List.of(
          "'1'",
          "TRUE",
          "DATE '2000-01-01'",
          "TIME '01:00:00'",
          "TIMESTAMP WITH TIME ZONE '2000-01-01 01:00:00+00'",
          "UUID '00000000-0000-0000-0000-000000000001'",
          "X'01'",
          "'POINT (1 1)'",
          "ARRAY[]");
  private static final Pattern FIRST_LITERAL = Pattern.compile("'((?:[^']|'')*)'");

  private final Statement statement;
  private final VerificationDialect dialect;
  private final Map<List<String>, Optional<String>> byType = new HashMap<>();

  RowValues(Statement statement, VerificationDialect dialect) {
    this.statement = statement;
    this.dialect = dialect;
  }

  /**
   * The statement inserting a row into {@code table} with {@code nullColumn} NULL and every other
   * column a value, {@code number} where H2 casts it to the column's type, or empty when H2 takes
   * none of the literals for a column of the table.
   */
  Optional<String> insert(
      TableDefinition table, Optional<NullWitnesses.NullColumn> nullColumn, String number) {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (ColumnDefinition column : table.columns()) {
      boolean held =
          nullColumn.filter(c -> c.table() == table && c.column().equals(column)).isPresent();
      Optional<String> value = held ? Optional.of("NULL") : value(column, number);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      names.add(column.name());
      values.add(value.get());
    }
    return Optional.of(
        "INSERT INTO "
            + table.name()
            + " ("
            + String.join(", ", names)
            + ") VALUES ("
            + String.join(", ", values)
            + ")");
  }

  private Optional<String> value(ColumnDefinition column, String number) {
    String type = QueryVerifier.typeOnH2(column, dialect);
    List<String> key = List.of(type, number);
    Optional<String> known = byType.get(key);
    if (known == null) {
      known = firstCast(type, number);
      byType.put(key, known);
    }
    return known;
  }

  private Optional<String> firstCast(String type, String number) {
    List<String> candidates = new ArrayList<>(CANDIDATES);
    candidates.add(0, number);
    Matcher enumConstant = FIRST_LITERAL.matcher(type);
    if (type.toUpperCase(Locale.ROOT).startsWith("ENUM") && enumConstant.find()) {
      candidates.add(0, enumConstant.group());
    }
    for (String candidate : candidates) {
      String cast = "CAST(" + candidate + " AS " + type + ")";
      try {
        statement.executeQuery("SELECT " + cast).close();
        return Optional.of(cast);
      } catch (SQLException e) {
        // H2 casts no such literal to the type: the next one (a failed statement leaves H2's
        // transaction, and the rows inserted in it, as they were)
      }
    }
    return Optional.empty();
  }
}
