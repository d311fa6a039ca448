package dev.strata.processor.fuzz;

import dev.strata.processor.fuzz.RandomChange.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The renames of {@link RandomChange}, each with {@code @RenamedFrom} as the README describes it: a
 * basic column, an entity of its own or a subclass (whose single table's discriminator values
 * follow), and an association or element collection, after whose name Hibernate names columns and
 * tables.
 */
final class RandomRenames {

  private static final Pattern ASSOCIATION =
      Pattern.compile(
          "@(ManyToOne|OneToOne|OneToMany|ManyToMany|ElementCollection)\\b(?!\\(mappedBy)");

  private final RandomChange change;
  private final RandomModel.Generator model;
  private final Map<String, String> renamedTables;
  private final Map<String, String> renamedColumns;

  RandomRenames(
      RandomChange change,
      RandomModel.Generator model,
      Map<String, String> renamedTables,
      Map<String, String> renamedColumns) {
    this.change = change;
    this.model = model;
    this.renamedTables = renamedTables;
    this.renamedColumns = renamedColumns;
  }

  String renameColumn() {
    Field field = change.anyUnreferenced(change.basicFields());
    if (field == null) {
      return null;
    }
    String renamed = model.names.member();
    String column = field.column();
    List<String> annotations = new ArrayList<>(field.annotations());
    annotations.add(renamedFrom(column));
    String name = field.name();
    if (column.equals(field.name())) {
      name = renamed;
    } else {
      String written = field.columnAnnotation();
      annotations.set(
          annotations.indexOf(written),
          written.replace("name = \"" + column + "\"", "name = \"" + renamed + "\""));
    }
    field.draft().members.set(field.index(), EntityDraft.field(field.type(), name, annotations));
    int indexable = field.draft().indexableColumns.indexOf(column);
    if (indexable >= 0) {
      field.draft().indexableColumns.set(indexable, renamed);
    }
    renamedColumns.put(column, renamed);
    return "rename column " + field.draft().name + "." + column + " to " + renamed;
  }

  /**
   * Renames an entity of its own or a subclass whose table no annotation names; a root of a
   * hierarchy keeps its name, as the README says nothing of its discriminator values.
   */
  String renameEntity() {
    List<EntityDraft> candidates =
        model.drafts.stream()
            .filter(d -> d.isSubclass() || d.strategy == EntityDraft.Strategy.NONE)
            .filter(d -> model.drafts.stream().noneMatch(other -> other.root == d))
            .filter(d -> d.classAnnotations.stream().noneMatch(a -> a.contains("name = ")))
            .filter(d -> !renamedTables.containsValue(d.name) && !change.added.contains(d.name))
            .toList();
    if (candidates.isEmpty()) {
      return null;
    }
    EntityDraft draft = change.any(candidates);
    String before = draft.name;
    String after = model.names.type();
    Pattern word = Pattern.compile("\\b" + before + "\\b");
    for (EntityDraft each : model.drafts) {
      each.members.replaceAll(member -> word.matcher(member).replaceAll(after));
    }
    model.sources.remove(before);
    draft.name = after;
    draft.classAnnotations.add(renamedFrom(before));
    renamedTables.put(before, after);
    return "rename entity " + before + " to " + after;
  }

  /** Renames a to-one, a collection or an element collection that no {@code mappedBy} names. */
  String renameAssociation() {
    List<Field> owned = new ArrayList<>();
    for (EntityDraft draft : model.drafts) {
      for (int i = 0; i < draft.members.size(); i++) {
        Field field = RandomChange.parse(draft, i);
        boolean association =
            field.annotations().stream().anyMatch(a -> ASSOCIATION.matcher(a).find());
        if (association && !change.added.contains(draft.name + "." + field.name())) {
          owned.add(field);
        }
      }
    }
    if (owned.isEmpty()) {
      return null;
    }
    Field field = change.any(owned);
    String renamed = model.names.member();
    List<String> annotations = new ArrayList<>(field.annotations());
    annotations.add(renamedFrom(field.name()));
    field.draft().members.set(field.index(), EntityDraft.field(field.type(), renamed, annotations));
    String mappedBy = "mappedBy = \"" + field.name() + "\"";
    for (EntityDraft each : model.drafts) {
      each.members.replaceAll(member -> member.replace(mappedBy, "mappedBy = \"" + renamed + "\""));
    }
    renamedColumns.put(field.name(), renamed);
    return "rename association " + field.draft().name + "." + field.name() + " to " + renamed;
  }

  private static String renamedFrom(String name) {
    return "@dev.strata.RenamedFrom(\"" + name + "\")";
  }
}
