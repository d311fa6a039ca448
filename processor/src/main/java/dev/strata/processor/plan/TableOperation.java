package dev.strata.processor.plan;

import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.ForeignKeyDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.TableDefinition;
import java.util.Optional;

/** The operations on tables, their columns, indexes and foreign keys. */
public sealed interface TableOperation extends Operation {

  /** The table it acts on, under the name it has before the call. */
  String table();

  @Override
  default String target() {
    return table();
  }

  /** Creates a table with its columns and primary key; indexes and keys follow on their own. */
  record CreateTable(TableDefinition definition) implements TableOperation {
    @Override
    public String table() {
      return definition.name();
    }

    @Override
    public void writeArguments(Arguments arguments) {
      arguments.table(definition);
    }

    @Override
    public String checksumText() {
      return ChecksumFormat.table(definition);
    }
  }

  record DropTable(String table) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
    }

    @Override
    public String checksumText() {
      return "";
    }
  }

  record RenameTable(String table, String newName) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.name(newName);
    }

    @Override
    public String checksumText() {
      return newName;
    }
  }

  /**
   * Adds a column; a NOT NULL one fills the rows already there with its default, and without one
   * only works where the table has no rows.
   */
  record AddColumn(String table, ColumnDefinition column) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.column(column);
    }

    @Override
    public String checksumText() {
      return ChecksumFormat.column(column);
    }
  }

  record DropColumn(String table, String column) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.name(column);
    }

    @Override
    public String checksumText() {
      return column;
    }
  }

  /** Changes a column's type or nullability to the given definition. */
  record AlterColumn(String table, ColumnDefinition column) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.column(column);
    }

    @Override
    public String checksumText() {
      return ChecksumFormat.column(column);
    }
  }

  /** Gives a table its comment, or removes it. */
  record CommentOnTable(String table, Optional<String> comment) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.comment(comment);
    }

    @Override
    public String checksumText() {
      return comment.orElse("");
    }
  }

  /** Gives a column the comment it holds, or removes its comment when it holds none. */
  record CommentOnColumn(String table, ColumnDefinition column) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.column(column);
    }

    @Override
    public String checksumText() {
      return ChecksumFormat.column(column);
    }
  }

  /** Removes a column's default, which {@link AlterColumn} only sets. */
  record DropDefault(String table, String column) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.name(column);
    }

    @Override
    public String checksumText() {
      return column;
    }
  }

  record RenameColumn(String table, String column, String newName) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.name(column);
      arguments.name(newName);
    }

    @Override
    public String checksumText() {
      return column + " " + newName;
    }
  }

  record CreateIndex(String table, IndexDefinition index) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.index(index);
    }

    @Override
    public String checksumText() {
      return ChecksumFormat.index(index);
    }
  }

  record DropIndex(String table, String index) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.name(index);
    }

    @Override
    public String checksumText() {
      return index;
    }
  }

  record AddForeignKey(String table, ForeignKeyDefinition foreignKey) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.foreignKey(foreignKey);
    }

    @Override
    public String checksumText() {
      return ChecksumFormat.foreignKey(foreignKey);
    }
  }

  /** Creates a sequence that generates a table's keys; {@code table} is the table it serves. */
  record CreateSequence(String table, SequenceDefinition sequence) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(sequence.name());
      arguments.number(sequence.start());
      arguments.number(sequence.increment());
    }

    @Override
    public String checksumText() {
      return ChecksumFormat.sequence(sequence);
    }
  }

  /**
   * Renames a sequence, which keeps its position; {@code table} is the table it serves, renamed
   * before it.
   */
  record RenameSequence(String table, String sequence, String newName) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(sequence);
      arguments.name(newName);
    }

    @Override
    public String checksumText() {
      return sequence + " " + newName;
    }
  }

  /**
   * Moves a sequence the version creates past the keys {@code keyColumn} of {@code table} holds
   * (see {@link KeyGeneratorStarts}); {@code table} under its new name.
   */
  record StartSequenceAfterKeys(String table, String sequence, long increment, String keyColumn)
      implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(sequence);
      arguments.number(increment);
      arguments.name(table);
      arguments.name(keyColumn);
    }

    @Override
    public String checksumText() {
      return sequence + " " + increment + " " + keyColumn;
    }

    @Override
    public String reason() {
      return "the table may hold rows: the keys the sequence gives go on after theirs";
    }
  }

  record DropSequence(String table, String sequence) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(sequence);
    }

    @Override
    public String checksumText() {
      return sequence;
    }
  }

  record DropForeignKey(String table, String foreignKey) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.name(foreignKey);
    }

    @Override
    public String checksumText() {
      return foreignKey;
    }
  }

  /** Adds a check constraint; the rows already there must pass it. */
  record AddCheck(String table, CheckDefinition check) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.check(check);
    }

    @Override
    public String checksumText() {
      return ChecksumFormat.check(check);
    }
  }

  record DropCheck(String table, String check) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.name(table);
      arguments.name(check);
    }

    @Override
    public String checksumText() {
      return check;
    }
  }

  /**
   * Runs a statement on a table that no other operation expresses: the rows a generator's table
   * starts with, inserted after it is created and deleted when their entity goes.
   */
  record Execute(String table, String sql) implements TableOperation {
    @Override
    public void writeArguments(Arguments arguments) {
      arguments.sql(sql);
    }

    @Override
    public String checksumText() {
      return sql;
    }
  }
}
