package dev.strata.processor.diff;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Lists what changed between two schemas, one change per view, sorted by view name. */
public final class SchemaDiffer {

  public List<SchemaChange> diff(Schema from, Schema to) {
    List<SchemaChange> changes = new ArrayList<>();
    for (ViewDefinition after : to.views()) {
      Optional<ViewDefinition> before = from.view(after.name());
      if (before.isEmpty()) {
        changes.add(new SchemaChange.CreateView(after));
      } else if (!before.get().sameDefinitionAs(after)) {
        changes.add(new SchemaChange.ReplaceView(before.get(), after));
      }
    }
    for (ViewDefinition before : from.views()) {
      if (to.view(before.name()).isEmpty()) {
        changes.add(new SchemaChange.DropView(before));
      }
    }
    // sorted: the order of changes shows in descriptions and class names
    changes.sort(Comparator.comparing(SchemaChange::viewName));
    return List.copyOf(changes);
  }
}
