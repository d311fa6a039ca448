package dev.strata.processor.plan;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.DialectQuery;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewOptions;
import java.util.List;
import java.util.Optional;

/**
 * Receives the arguments of one {@code Operations} call, in order, each as what it is, so that the
 * writer renders them without knowing which operation it writes.
 */
public interface Arguments {

  /** The name of a view, table, column, index or foreign key. */
  void name(String name);

  /** A view's defining query. */
  void sql(String query);

  /** A view's defining query with the queries of its dialects and its options. */
  void query(String sql, List<DialectQuery> dialects, ViewOptions options);

  void table(TableDefinition table);

  void column(ColumnDefinition column);

  void index(IndexDefinition index);

  void foreignKey(ForeignKeyDefinition foreignKey);

  void check(CheckDefinition check);

  /** A number, such as a sequence's start or increment. */
  void number(long value);

  /**
   * A hand-written step: its class name, and how to create it through its public constructor
   * without parameters, for the runtime to call where it names the step if the constructor throws.
   * The package is given apart, since a canonical name does not tell it from an enclosing class.
   */
  void step(String packageName, String className);

  /** A yes or no, such as whether a materialized view is filled when created. */
  void flag(boolean value);

  /** A table's comment, or none. */
  void comment(Optional<String> text);

  /** Indexes created with what they index, possibly none. */
  void indexes(List<IndexDefinition> indexes);
}
