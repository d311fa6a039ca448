package dev.strata.processor.plan;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.Sha256;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The canonical text of a migration whose SHA-256 is its checksum, written field by field, so that
 * the checksum of a migration a database has applied never moves when Strata's code changes.
 *
 * <p>Format 1, the only format so far, is this text, in UTF-8:
 *
 * <pre>
 * upgrade\n
 * one line per upgrade operation\n
 * downgrade\n
 * one line per downgrade operation\n
 * </pre>
 *
 * where an operation's line is {@code method TAB target TAB length TAB text}: the {@code
 * Operations} method, the view or table, and the operation's own text (its {@link
 * Operation#checksumText()}) preceded by its length in UTF-16 units, with CRLF line ends in it
 * turned into LF (a checkout with CRLF line ends is the same migration). The text is the query of a
 * view's create or replace, the new name of a renamed view or table, {@code old SPACE new} for a
 * renamed column or sequence, the name of what a drop removes, and for a definition the form below.
 * Reasons shown as comments in the generated code are not part of it.
 *
 * <p>Definitions are written as {@code Kind[field=value, ...]} with the fields in the order listed
 * here, lists as {@code [a, b]} and optional names as {@code Optional[name]} or {@code
 * Optional.empty}: a column as {@code ColumnDefinition[name, type, nullable, identity,
 * renamedFrom]}; an index as {@code IndexDefinition[name, columns, unique]}; a foreign key as
 * {@code ForeignKeyDefinition[name, columns, referencedTable, referencedColumns]}; a table as
 * {@code TableDefinition[name, declaredBy, columns, primaryKey, indexes, foreignKeys,
 * renamedFrom]}; a sequence as {@code SequenceDefinition[name, start, increment]}. (This is the
 * form Java's record {@code toString()} gave these records in Strata 0.1, which computed checksums
 * from it; it is now written out here.)
 *
 * <p>A field added to a record after Strata 0.1 enters the text only when it differs from its
 * default, appended as {@code , field=value} before the closing bracket, so that every migration
 * generated from an older snapshot keeps its checksum: a table's {@code sequences} (default: none)
 * as {@code , sequences=[SequenceDefinition[...], ...]}; a table's {@code checks} (default: none)
 * as {@code , checks=[CheckDefinition[name=n, condition=c], ...]}; a column's {@code defaultValue}
 * (default: none) as {@code , defaultValue=expression}. A check constraint on its own, as {@code
 * addCheck} adds it, is {@code CheckDefinition[name=n, condition=c]}. Then a table's {@code
 * generatorRows} (default: none) as {@code , generatorRows=[GeneratorRow[segmentColumn, segment,
 * valueColumn, initialValue], ...]}, and its {@code inheritance} (default: none) as {@code ,
 * inheritance=TableInheritance[strategy=SINGLE_TABLE, subclasses=[a.B, a.C]]}, then its {@code
 * softDelete} (default: none) as {@code , softDelete=SoftDeleteColumn[column=deleted,
 * liveValue=FALSE]}; an index's {@code descending} columns (default: none) as {@code ,
 * descending=[a, b]}; a foreign key's {@code onDelete} (default: {@code NO_ACTION}) as {@code ,
 * onDelete=CASCADE}; a table's and a column's {@code comment} (default: none) as {@code ,
 * comment=text}, and the text of {@code commentOnTable} its comment (empty for none); the text of
 * an {@code execute} call is its SQL. A table's {@code keySequences} and a generator row's {@code
 * users} never enter it: no statement of its own creation reads them, and the sequence's start
 * after its keys is a call ({@code startSequenceAfterKeys}) with the text {@code sequence SPACE
 * increment SPACE keyColumn}.
 *
 * <p>A materialized view's creation ({@code createMaterializedView}, since 0.2) has as its text its
 * query, a line feed, then {@code withData=true} or {@code withData=false}, then {@code ,
 * indexes=[IndexDefinition[...], ...]} with its indexes sorted by name; its drop ({@code
 * dropMaterializedView}) has none. Plain views' operations are as they always were. A materialized
 * view with dialects has them after its query, each {@code \ndialect TAB database TAB length TAB
 * query} as for a plain view below, before the line feed of {@code withData}; one without has its
 * query alone there, as before dialects were carried to it. An index created on a materialized view
 * that stays ({@code createMaterializedViewIndex}) has the index's definition as its text, and its
 * drop ({@code dropMaterializedViewIndex}) the index's name.
 *
 * <p>A hand-written step's call ({@code runStep} in the upgrade, {@code revertStep} in the
 * downgrade) is a line like any other, whose target is the step's class name and whose text is
 * {@code revision N}; its code is not hashed, and whether it has a downgrade is not part of it. A
 * version without steps has no such line, so its checksum is what it always was.
 *
 * <p>The text of a view's create or replace is its query alone when it declares no dialect and no
 * option, as before they existed; else its query, then for each dialect, sorted by database, {@code
 * \ndialect TAB database TAB length TAB query}, then, when it has options, {@code \noptions TAB
 * checkOption TAB security TAB securityBarrier TAB algorithm}, each by its constant's name ({@code
 * LOCAL}, {@code INVOKER}, {@code true}, {@code MERGE}).
 *
 * <p>A later format must begin its text with a line {@code format N}, which no format-1 text can
 * begin with, so that the texts of two formats never coincide.
 */
public final class ChecksumFormat {

  /** The format this class writes. */
  public static final int VERSION = 1;

  private ChecksumFormat() {}

  /** The checksum of a migration: 64 lower-case hex digits. */
  public static String checksum(List<Operation> upgrade, List<Operation> downgrade) {
    return Sha256.hex(text(upgrade, downgrade));
  }

  /** The canonical text the checksum hashes. */
  public static String text(List<Operation> upgrade, List<Operation> downgrade) {
    StringBuilder text = new StringBuilder();
    append(text, "upgrade", upgrade);
    append(text, "downgrade", downgrade);
    return text.toString();
  }

  private static void append(StringBuilder text, String direction, List<Operation> operations) {
    text.append(direction).append('\n');
    for (Operation operation : operations) {
      String own = operation.checksumText().replace("\r\n", "\n");
      text.append(operation.method())
          .append('\t')
          .append(operation.target())
          .append('\t')
          .append(own.length())
          .append('\t')
          .append(own)
          .append('\n');
    }
  }

  static String table(TableDefinition table) {
    return "TableDefinition[name="
        + table.name()
        + ", declaredBy="
        + table.declaredBy()
        + ", columns="
        + list(table.columns(), ChecksumFormat::column)
        + ", primaryKey="
        + list(table.primaryKey(), Function.identity())
        + ", indexes="
        + list(table.indexes(), ChecksumFormat::index)
        + ", foreignKeys="
        + list(table.foreignKeys(), ChecksumFormat::foreignKey)
        + ", renamedFrom="
        + optional(table.renamedFrom())
        + (table.sequences().isEmpty()
            ? ""
            : ", sequences=" + list(table.sequences(), ChecksumFormat::sequence))
        + (table.checks().isEmpty()
            ? ""
            : ", checks=" + list(table.checks(), ChecksumFormat::check))
        + (table.generatorRows().isEmpty()
            ? ""
            : ", generatorRows=" + list(table.generatorRows(), ChecksumFormat::generatorRow))
        + table.inheritance().map(ChecksumFormat::inheritance).orElse("")
        + table
            .softDelete()
            .map(
                flag ->
                    ", softDelete=SoftDeleteColumn[column="
                        + flag.column()
                        + ", liveValue="
                        + flag.liveValue()
                        + "]")
            .orElse("")
        + table.comment().map(text -> ", comment=" + text).orElse("")
        + "]";
  }

  private static String inheritance(TableInheritance inheritance) {
    return ", inheritance=TableInheritance[strategy="
        + inheritance.strategy().name()
        + ", subclasses="
        + list(inheritance.subclasses(), Function.identity())
        + inheritance
            .discriminator()
            .map(d -> ", discriminator=" + d.column() + ", rootValue=" + d.rootValue())
            .orElse("")
        + (inheritance.renamedValues().isEmpty()
            ? ""
            : ", renamedValues="
                + list(
                    inheritance.renamedValues(),
                    r -> r.column() + ":" + r.former() + "->" + r.current()))
        + inheritance
            .subclassRows()
            .map(
                rows ->
                    ", rootTable="
                        + rows.table()
                        + ", rootDiscriminator="
                        + rows.column()
                        + ", ownValue="
                        + rows.value())
            .orElse("")
        + "]";
  }

  static String generatorRow(GeneratorRow row) {
    return "GeneratorRow[segmentColumn="
        + row.segmentColumn()
        + ", segment="
        + row.segment()
        + ", valueColumn="
        + row.valueColumn()
        + ", initialValue="
        + row.initialValue()
        + "]";
  }

  static String sequence(SequenceDefinition sequence) {
    return "SequenceDefinition[name="
        + sequence.name()
        + ", start="
        + sequence.start()
        + ", increment="
        + sequence.increment()
        + "]";
  }

  static String column(ColumnDefinition column) {
    return "ColumnDefinition[name="
        + column.name()
        + ", type="
        + column.type()
        + ", nullable="
        + column.nullable()
        + ", identity="
        + column.identity()
        + ", renamedFrom="
        + optional(column.renamedFrom())
        + column.defaultValue().map(value -> ", defaultValue=" + value).orElse("")
        + column.comment().map(text -> ", comment=" + text).orElse("")
        + "]";
  }

  static String check(CheckDefinition check) {
    return "CheckDefinition[name=" + check.name() + ", condition=" + check.condition() + "]";
  }

  static String index(IndexDefinition index) {
    return "IndexDefinition[name="
        + index.name()
        + ", columns="
        + list(index.columns(), Function.identity())
        + ", unique="
        + index.unique()
        + (index.descending().isEmpty()
            ? ""
            : ", descending=" + list(index.descending(), Function.identity()))
        + "]";
  }

  static String foreignKey(ForeignKeyDefinition key) {
    return "ForeignKeyDefinition[name="
        + key.name()
        + ", columns="
        + list(key.columns(), Function.identity())
        + ", referencedTable="
        + key.referencedTable()
        + ", referencedColumns="
        + list(key.referencedColumns(), Function.identity())
        + (key.onDelete() == ForeignKeyDefinition.OnDelete.NO_ACTION
            ? ""
            : ", onDelete=" + key.onDelete())
        + "]";
  }

  private static <T> String list(List<T> values, Function<T, String> form) {
    StringBuilder text = new StringBuilder("[");
    for (int i = 0; i < values.size(); i++) {
      text.append(i == 0 ? "" : ", ").append(form.apply(values.get(i)));
    }
    return text.append(']').toString();
  }

  private static String optional(Optional<String> value) {
    return value.map(present -> "Optional[" + present + "]").orElse("Optional.empty");
  }
}
