package dev.strata.processor.diff;

import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;

/** One difference between two schemas, as the differ reports it. */
public sealed interface SchemaChange {

  /** The name of the view or table the change is about, in the newer schema if it is there. */
  String name();

  /** A view that exists only in the newer schema. */
  record CreateView(ViewDefinition view) implements SchemaChange {
    @Override
    public String name() {
      return view.name();
    }
  }

  /** A view whose query differs between the two schemas. */
  record ReplaceView(ViewDefinition before, ViewDefinition after) implements SchemaChange {
    @Override
    public String name() {
      return after.name();
    }
  }

  /** A view that exists only in the older schema. */
  record DropView(ViewDefinition view) implements SchemaChange {
    @Override
    public String name() {
      return view.name();
    }
  }

  /** A view declared as renamed; its query may have changed too. */
  record RenameView(ViewDefinition before, ViewDefinition after) implements SchemaChange {
    @Override
    public String name() {
      return after.name();
    }
  }

  /** A table that exists only in the newer schema. */
  record CreateTable(TableDefinition table) implements SchemaChange {
    @Override
    public String name() {
      return table.name();
    }
  }

  /** A table that exists only in the older schema, with the data in it. */
  record DropTable(TableDefinition table) implements SchemaChange {
    @Override
    public String name() {
      return table.name();
    }
  }

  /** A table whose columns, indexes or foreign keys differ, or that was renamed. */
  record AlterTable(TableDefinition before, TableDefinition after) implements SchemaChange {
    @Override
    public String name() {
      return after.name();
    }

    public boolean renamed() {
      return !before.name().equals(after.name());
    }
  }
}
