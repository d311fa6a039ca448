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
 * casts to it. Every table's row gets the same ones ({@code 1}, {@code '1'}), so that a key and the
 * columns referring to it are equal and joins find the row.
 */
final class RowValues {

  private static final List<String> CANDIDATES =
      List.of(
          "1",
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
  private final Map<String, Optional<String>> byType = new HashMap<>();

  RowValues(Statement statement, VerificationDialect dialect) {
    this.statement = statement;
    this.dialect = dialect;
  }

  /**
   * The statement inserting a row into {@code table} with {@code nullColumn} NULL and every other
   * column a value, or empty when H2 takes none of the literals for a column of the table.
   */
  Optional<String> insert(TableDefinition table, Optional<NullWitnesses.NullColumn> nullColumn)
      throws SQLException {
    List<String> names = new ArrayList<>();
    List<String> values = new ArrayList<>();
    for (ColumnDefinition column : table.columns()) {
      boolean held =
          nullColumn.filter(c -> c.table() == table && c.column().equals(column)).isPresent();
      Optional<String> value = held ? Optional.of("NULL") : value(column);
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

  private Optional<String> value(ColumnDefinition column) throws SQLException {
    String type = QueryVerifier.typeOnH2(column, dialect);
    Optional<String> known = byType.get(type);
    if (known == null) {
      known = firstCast(type);
      byType.put(type, known);
    }
    return known;
  }

  private Optional<String> firstCast(String type) throws SQLException {
    List<String> candidates = new ArrayList<>(CANDIDATES);
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
