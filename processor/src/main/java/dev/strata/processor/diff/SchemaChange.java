package dev.strata.processor.diff;

import dev.strata.processor.model.ViewDefinition;

/** One difference between two schemas, as the differ reports it. */
public sealed interface SchemaChange {

  /** The name of the view the change is about. */
  String viewName();

  /** A view that exists only in the newer schema. */
  record CreateView(ViewDefinition view) implements SchemaChange {
    @Override
    public String viewName() {
      return view.name();
    }
  }

  /** A view whose query differs between the two schemas. */
  record ReplaceView(ViewDefinition before, ViewDefinition after) implements SchemaChange {
    @Override
    public String viewName() {
      return after.name();
    }
  }

  /** A view that exists only in the older schema. */
  record DropView(ViewDefinition view) implements SchemaChange {
    @Override
    public String viewName() {
      return view.name();
    }
  }
}
