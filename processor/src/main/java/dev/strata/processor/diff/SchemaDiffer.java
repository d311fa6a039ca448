package dev.strata.processor.diff;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lists what changed between two schemas, one change per view, sorted by view name. A view that
 * declares {@code renamedFrom} a view of the older schema that the newer one lacks is a rename;
 * nothing else is ever guessed to be one.
 */
public final class SchemaDiffer {

  public List<SchemaChange> diff(Schema from, Schema to) {
    List<SchemaChange> changes = new ArrayList<>();
    Set<String> renamedAway = new HashSet<>();
    for (ViewDefinition after : to.views()) {
      Optional<ViewDefinition> before = from.view(after.name());
      Optional<ViewDefinition> renamed = renameSource(from, to, after);
      if (before.isPresent()) {
        if (!before.get().sameQueryAs(after)) {
          changes.add(new SchemaChange.ReplaceView(before.get(), after));
        }
      } else if (renamed.isPresent()) {
        changes.add(new SchemaChange.RenameView(renamed.get(), after));
        renamedAway.add(renamed.get().name());
      } else {
        changes.add(new SchemaChange.CreateView(after));
      }
    }
    for (ViewDefinition before : from.views()) {
      if (to.view(before.name()).isEmpty() && !renamedAway.contains(before.name())) {
        changes.add(new SchemaChange.DropView(before));
      }
    }
    changes.addAll(TableDiffer.diff(from, to));
    // sorted: the order of changes shows in descriptions and class names
    changes.sort(Comparator.comparing(SchemaChange::viewName));
    return List.copyOf(changes);
  }

  /** The older view this one was renamed from, if it declares one that is really gone. */
  static Optional<ViewDefinition> renameSource(Schema from, Schema to, ViewDefinition after) {
    return after.renamedFrom().filter(previous -> to.view(previous).isEmpty()).flatMap(from::view);
  }
}
