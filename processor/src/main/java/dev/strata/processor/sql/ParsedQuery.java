package dev.strata.processor.sql;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * What JSqlParser's tree tells about a query.
 *
 * @param reads the lower-case names of the tables and views JSqlParser's finder sees; empty when
 *     the finder fails, as it does on some valid queries (the token scan still finds them)
 * @param columns the canonical text of each select item, when the query is one plain SELECT without
 *     {@code *}
 */
record ParsedQuery(Set<String> reads, Optional<List<String>> columns) {

  ParsedQuery {
    reads = Set.copyOf(reads);
    columns = columns.map(List::copyOf);
  }

  /** Reads the tree; a failure in either reader loses only what that reader would have found. */
  static ParsedQuery of(Select select) {
    Set<String> reads;
    try {
      reads = reads(select);
    } catch (RuntimeException | StackOverflowError e) {
      reads = Set.of();
    }
    Optional<List<String>> columns;
    try {
      columns = columns(select);
    } catch (RuntimeException | StackOverflowError e) {
      columns = Optional.empty();
    }
    return new ParsedQuery(reads, columns);
  }

  /** This query with the marks of {@link ScalarSubqueryOperands} taken out of its columns. */
  ParsedQuery unmarked() {
    return new ParsedQuery(
        reads, columns.map(items -> items.stream().map(ScalarSubqueryOperands::unmarked).toList()));
  }

  private static Set<String> reads(Select select) {
    Set<String> reads = new TreeSet<>();
    for (String table : new TablesNamesFinder<Void>().getTables((Statement) select)) {
      reads.add(table.replace("\"", "").replace("`", "").toLowerCase(Locale.ROOT));
    }
    return reads;
  }

  private static Optional<List<String>> columns(Select select) {
    if (!(select instanceof PlainSelect plain)) {
      return Optional.empty();
    }
    List<String> columns =
        plain.getSelectItems().stream()
            .map(SelectItem::toString)
            .map(item -> QueryReadings.of(item).canonical())
            .toList();
    boolean star = columns.stream().anyMatch(column -> column.endsWith("*"));
    return star ? Optional.empty() : Optional.of(columns);
  }
}
