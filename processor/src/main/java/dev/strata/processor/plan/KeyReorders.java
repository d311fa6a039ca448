package dev.strata.processor.plan;

import dev.strata.processor.diff.Renames;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.Schema;
import dev.strata.processor.model.SqlIdentifiers;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.plan.TableOperation.CreateTable;
import dev.strata.processor.plan.TableOperation.DropTable;
import dev.strata.processor.plan.TableOperation.Execute;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A primary key whose columns stay while Hibernate orders them otherwise: a column widened to
 * another size moves in its order ({@code KeyOrder}), so that a join table's {@code [approvers_id,
 * Invoice_id]} becomes {@code [Invoice_id, approvers_id]}. No database reorders a key in place
 * alike, so the table is built again: its rows go to a table of the new columns, the table is
 * dropped and created in the new order, and the rows come back. Its indexes, foreign keys and
 * checks follow as a new table's (on MariaDB the index a foreign key needs is then the one
 * Hibernate's schema has), and the foreign keys that refer to it are dropped before and added again
 * after (MariaDB refuses a key whose columns do not lead an index of the table it refers to, which
 * Hibernate's key, in the new order, must match). Not a table with a column the database generates
 * ({@code IDENTITY}), whose next number would not follow the rows put back: it keeps its key as it
 * was recorded.
 */
public final class KeyReorders {

  private static final String KEEP_SUFFIX = "_strata_keep";

  private final Schema from;
  private final Renames renames;

  /**
   * The reorders of a migration from {@code from}, the schema recorded last, under {@code renames}.
   */
  public KeyReorders(Schema from, Renames renames) {
    this.from = from;
    this.renames = renames;
  }

  /** Whether {@code after}'s key only orders its columns otherwise than {@code before}'s. */
  public static boolean reorders(TableDefinition before, TableDefinition after, Renames renames) {
    List<String> oldKey =
        lower(
            before.primaryKey().stream()
                .map(column -> renames.columnsOf(after.name()).getOrDefault(column, column))
                .toList());
    List<String> newKey = lower(after.primaryKey());
    return !oldKey.equals(newKey) && oldKey.size() == newKey.size() && oldKey.containsAll(newKey);
  }

  /** Whether the migration builds {@code after}, in the target schema, again in its key order. */
  public boolean rebuilds(TableDefinition after) {
    Optional<TableDefinition> before = from.table(renames.oldTableName(after.name()));
    return before.isPresent()
        && reorders(before.get(), after, renames)
        && after.columns().stream().noneMatch(ColumnDefinition::identity);
  }

  /**
   * The rows of {@code after} kept aside, the table dropped and created again in its key order, the
   * rows put back; its columns are already renamed and changed in place.
   */
  List<Operation> rebuild(TableDefinition after) {
    String table = after.name();
    String keep = keepingTable(table);
    String columns =
        String.join(", ", after.columns().stream().map(ColumnDefinition::name).toList());
    TableDefinition rows =
        TableDefinition.builder(keep, after.declaredBy()).columns(after.columns()).build();
    return List.of(
        new CreateTable(rows),
        new Execute(keep, copy(table, keep, columns)),
        new DropTable(table),
        new CreateTable(after),
        new Execute(table, copy(keep, table, columns)),
        new DropTable(keep));
  }

  /**
   * Whether {@code drop}, among {@code operations}, drops a table whose rows a rebuild keeps: the
   * table built again, whose rows wait in its keeping table, or that keeping table once they are
   * back; neither loses a row.
   */
  public static boolean keepsRows(TableOperation.DropTable drop, List<Operation> operations) {
    String table = drop.table();
    return created(keepingTable(table), operations)
        || table.endsWith(KEEP_SUFFIX) && created(table, operations);
  }

  /**
   * The table that keeps {@code table}'s rows while it is built again, in its schema: the local
   * name cut so that with the suffix it fits the longest name Strata gives a table (the runtime's
   * {@code DroppedDataFinder} knows it by the same rule, by which it counts no rows lost).
   */
  static String keepingTable(String table) {
    int dot = table.indexOf('.');
    String local = table.substring(dot + 1);
    int room = SqlIdentifiers.MAX_LENGTH - KEEP_SUFFIX.length();
    String cut = local.substring(0, Math.min(local.length(), room));
    return table.substring(0, dot + 1) + cut + KEEP_SUFFIX;
  }

  private static boolean created(String table, List<Operation> operations) {
    return operations.stream()
        .anyMatch(op -> op instanceof CreateTable create && create.table().equals(table));
  }

  private static String copy(String source, String target, String columns) {
    return "INSERT INTO " + target + " (" + columns + ") SELECT " + columns + " FROM " + source;
  }

  private static List<String> lower(List<String> names) {
    return names.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
  }
}
