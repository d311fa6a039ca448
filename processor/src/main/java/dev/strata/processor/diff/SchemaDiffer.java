package dev.strata.processor.diff;

import dev.strata.processor.model.Schema;
import dev.strata.processor.model.ViewDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Lists what changed between two schemas, one change per view or table, sorted by name, with the
 * renames among them. A view that declares {@code renamedFrom} a view of the older schema that the
 * newer one lacks is a rename; nothing else is ever guessed to be one.
 */
public final class SchemaDiffer {

  public SchemaDiff diff(Schema from, Schema to) {
    List<SchemaChange> changes = new ArrayList<>();
    Map<String, String> renamedViews = new TreeMap<>();
    for (ViewDefinition after : to.views()) {
      Optional<ViewDefinition> before = from.view(after.name());
      Optional<ViewDefinition> renamed = renameSource(from, to, after);
      if (before.isPresent()) {
        if (!before.get().sameQueryAs(after) || !before.get().sameStorageAs(after)) {
          changes.add(new SchemaChange.ReplaceView(before.get(), after));
        } else if (!before.get().dependsOn().equals(after.dependsOn())) {
          changes.add(new SchemaChange.RedeclareView(before.get(), after));
        }
      } else if (renamed.isPresent()) {
        changes.add(new SchemaChange.RenameView(renamed.get(), after));
        renamedViews.put(renamed.get().name(), after.name());
      } else {
        changes.add(new SchemaChange.CreateView(after));
      }
    }
    for (ViewDefinition before : from.views()) {
      if (to.view(before.name()).isEmpty() && !renamedViews.containsKey(before.name())) {
        changes.add(new SchemaChange.DropView(before));
      }
    }
    TableDiffer.TableDiff tables = TableDiffer.diff(from, to);
    changes.addAll(tables.changes());
    // sorted: the order of changes shows in descriptions and class names
    changes.sort(Comparator.comparing(SchemaChange::name));
    return new SchemaDiff(changes, new Renames(renamedViews, tables.renamed(), tables.columns()));
  }

  /** The older view this one was renamed from, if it declares one that is really gone. */
  private static Optional<ViewDefinition> renameSource(
      Schema from, Schema to, ViewDefinition after) {
    return after.renamedFrom().filter(previous -> to.view(previous).isEmpty()).flatMap(from::view);
  }
}
