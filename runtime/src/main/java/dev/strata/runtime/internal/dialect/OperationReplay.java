package dev.strata.runtime.internal.dialect;

import dev.strata.runtime.Check;
import dev.strata.runtime.Column;
import dev.strata.runtime.ForeignKey;
import dev.strata.runtime.Index;
import dev.strata.runtime.Operations;
import dev.strata.runtime.Table;
import dev.strata.runtime.ViewQuery;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Reads one call of a stored {@link OperationLog} and makes it on the run's operations. */
final class OperationReplay {

  private OperationReplay() {}

  static void call(String method, Iterator<String> in, Operations ops) {
    switch (method) {
      case "createView" -> ops.createView(in.next(), in.next());
      case "replaceView" -> ops.replaceView(in.next(), in.next());
      case "createViewQuery" -> ops.createView(in.next(), viewQuery(in));
      case "replaceViewQuery" -> ops.replaceView(in.next(), viewQuery(in));
      case "dropView" -> ops.dropView(in.next());
      case "createMaterializedView" ->
          ops.createMaterializedView(
              in.next(), in.next(), Boolean.parseBoolean(in.next()), indexes(in));
      case "createMaterializedViewQuery" ->
          ops.createMaterializedView(
              in.next(),
              new ViewQuery(
                  in.next(),
                  dialects(in),
                  ViewQuery.CheckOption.NONE,
                  ViewQuery.Security.DEFAULT,
                  false,
                  ViewQuery.Algorithm.UNDEFINED),
              Boolean.parseBoolean(in.next()),
              indexes(in));
      case "dropMaterializedView" -> ops.dropMaterializedView(in.next());
      case "createMaterializedViewIndex" -> ops.createMaterializedViewIndex(in.next(), index(in));
      case "dropMaterializedViewIndex" -> ops.dropMaterializedViewIndex(in.next(), in.next());
      case "renameView" -> ops.renameView(in.next(), in.next());
      case "createTable" -> ops.createTable(table(in));
      case "dropTable" -> ops.dropTable(in.next());
      case "renameTable" -> ops.renameTable(in.next(), in.next());
      case "addColumn" -> ops.addColumn(in.next(), column(in));
      case "dropColumn" -> ops.dropColumn(in.next(), in.next());
      case "alterColumn" -> ops.alterColumn(in.next(), column(in));
      case "dropDefault" -> ops.dropDefault(in.next(), in.next());
      case "renameColumn" -> ops.renameColumn(in.next(), in.next(), in.next());
      case "commentOnTable" -> ops.commentOnTable(in.next(), Optional.ofNullable(in.next()));
      case "commentOnColumn" -> ops.commentOnColumn(in.next(), commented(column(in), in.next()));
      case "createIndex" -> ops.createIndex(in.next(), index(in));
      case "dropIndex" -> ops.dropIndex(in.next(), in.next());
      case "addForeignKey" -> ops.addForeignKey(in.next(), foreignKey(in, false));
      case "addForeignKeyOnDelete" -> ops.addForeignKey(in.next(), foreignKey(in, true));
      case "dropForeignKey" -> ops.dropForeignKey(in.next(), in.next());
      case "addCheck" -> ops.addCheck(in.next(), new Check(in.next(), in.next()));
      case "dropCheck" -> ops.dropCheck(in.next(), in.next());
      case "execute" -> ops.execute(in.next());
      case "createSequence" ->
          ops.createSequence(in.next(), Long.parseLong(in.next()), Long.parseLong(in.next()));
      case "dropSequence" -> ops.dropSequence(in.next());
      case "renameSequence" -> ops.renameSequence(in.next(), in.next());
      case "startSequenceAfterKeys" ->
          ops.startSequenceAfterKeys(in.next(), Long.parseLong(in.next()), in.next(), in.next());
      default -> throw new IllegalArgumentException("Unknown stored operation " + method);
    }
  }

  private static ViewQuery viewQuery(Iterator<String> in) {
    String sql = in.next();
    return new ViewQuery(
        sql,
        dialects(in),
        ViewQuery.CheckOption.valueOf(in.next()),
        ViewQuery.Security.valueOf(in.next()),
        Boolean.parseBoolean(in.next()),
        ViewQuery.Algorithm.valueOf(in.next()));
  }

  private static Map<String, String> dialects(Iterator<String> in) {
    int count = Integer.parseInt(in.next());
    Map<String, String> dialects = new TreeMap<>();
    for (int i = 0; i < count; i++) {
      dialects.put(in.next(), in.next());
    }
    return dialects;
  }

  private static Table table(Iterator<String> in) {
    String name = in.next();
    List<String> primaryKey = list(in);
    int count = Integer.parseInt(in.next());
    List<Column> columns = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      columns.add(column(in));
    }
    return new Table(name, columns, primaryKey);
  }

  private static Column column(Iterator<String> in) {
    return new Column(
        in.next(),
        in.next(),
        Boolean.parseBoolean(in.next()),
        Boolean.parseBoolean(in.next()),
        Optional.ofNullable(in.next()));
  }

  private static Column commented(Column column, String comment) {
    return comment == null ? column : column.withComment(comment);
  }

  private static Index index(Iterator<String> in) {
    String name = in.next();
    boolean unique = Boolean.parseBoolean(in.next());
    return Index.ofTerms(name, list(in), unique);
  }

  private static List<Index> indexes(Iterator<String> in) {
    int count = Integer.parseInt(in.next());
    List<Index> indexes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      indexes.add(index(in));
    }
    return indexes;
  }

  private static ForeignKey foreignKey(Iterator<String> in, boolean withRule) {
    String name = in.next();
    String referenced = in.next();
    ForeignKey.OnDelete onDelete =
        withRule ? ForeignKey.OnDelete.valueOf(in.next()) : ForeignKey.OnDelete.NO_ACTION;
    List<String> columns = list(in);
    return new ForeignKey(name, columns, referenced, list(in), onDelete);
  }

  private static List<String> list(Iterator<String> in) {
    int count = Integer.parseInt(in.next());
    List<String> names = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      names.add(in.next());
    }
    return names;
  }
}
