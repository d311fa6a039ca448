package dev.strata.processor.diff;

import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.ViewDefinition;

/** One difference between two schemas, as the differ reports it. */
public sealed interface SchemaChange {

  /** The name of the view or table the change is about, in the newer schema if it is there. */
  String name();

  /** What happened to it, as a user reads it after its name: {@code was added}. */
  String happened();

  /** A view that exists only in the newer schema. */
  record CreateView(ViewDefinition view) implements SchemaChange {
    @Override
    public String name() {
      return view.name();
    }

    @Override
    public String happened() {
      return "was added";
    }
  }

  /** A view whose query, or whether and how it is materialized, differs between the schemas. */
  record ReplaceView(ViewDefinition before, ViewDefinition after) implements SchemaChange {
    @Override
    public String name() {
      return after.name();
    }

    @Override
    public String happened() {
      return before.sameQueryAs(after) ? "changed how it is materialized" : "changed its SQL";
    }
  }

  /** A view that exists only in the older schema. */
  record DropView(ViewDefinition view) implements SchemaChange {
    @Override
    public String name() {
      return view.name();
    }

    @Override
    public String happened() {
      return "was removed";
    }
  }

  /** A view declared as renamed; its query may have changed too. */
  record RenameView(ViewDefinition before, ViewDefinition after) implements SchemaChange {
    @Override
    public String name() {
      return after.name();
    }

    @Override
    public String happened() {
      return "was renamed from " + before.name();
    }
  }

  /** A table that exists only in the newer schema. */
  record CreateTable(TableDefinition table) implements SchemaChange {
    @Override
    public String name() {
      return table.name();
    }

    @Override
    public String happened() {
      return "was added";
    }
  }

  /** A table that exists only in the older schema, with the data in it. */
  record DropTable(TableDefinition table) implements SchemaChange {
    @Override
    public String name() {
      return table.name();
    }

    @Override
    public String happened() {
      return "was removed";
    }
  }

  /** A table whose columns, indexes or foreign keys differ, or that was renamed. */
  record AlterTable(TableDefinition before, TableDefinition after) implements SchemaChange {
    @Override
    public String name() {
      return after.name();
    }

    @Override
    public String happened() {
      return renamed()
          ? "was renamed from " + before.name()
          : "changed its columns, indexes or keys";
    }

    public boolean renamed() {
      return !before.name().equals(after.name());
    }
  }

  /**
   * A view whose query is the same but whose {@code dependsOn} differs: the database sees no
   * change, but the snapshot must record it, so that later changes are ordered by it.
   */
  record RedeclareView(ViewDefinition before, ViewDefinition after) implements SchemaChange {
    @Override
    public String name() {
      return after.name();
    }

    @Override
    public String happened() {
      return "changed its dependsOn";
    }
  }
}
