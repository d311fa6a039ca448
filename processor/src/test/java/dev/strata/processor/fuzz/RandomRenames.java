package dev.strata.processor.fuzz;

import dev.strata.processor.fuzz.RandomChange.Field;
import dev.strata.processor.fuzz.RandomValueTypes.Embeddable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
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
    change.added.add(field.draft().name + "." + name); // renamed once a version
    return "rename column " + field.draft().name + "." + column + " to " + renamed;
  }

  /**
   * Renames an entity whose table no annotation names: one of its own, a subclass, or a hierarchy's
   * root, whose subclasses then extend the new name, and whose discriminator value, its entity
   * name, follows it (as a single table's subclass's does).
   */
  String renameEntity() {
    List<EntityDraft> candidates =
        model.drafts.stream()
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
    List<EntityDraft> subclasses =
        model.drafts.stream().filter(each -> before.equals(each.superclass)).toList();
    subclasses.forEach(each -> each.superclass = after);
    draft.name = after;
    draft.classAnnotations.add(renamedFrom(before));
    renamedTables.put(before, after);
    return "rename entity "
        + before
        + " to "
        + after
        + (subclasses.isEmpty() ? "" : " (" + draft.strategy + " root)");
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
    change.added.add(field.draft().name + "." + renamed); // renamed once a version
    return "rename association " + field.draft().name + "." + field.name() + " to " + renamed;
  }

  /**
   * Renames a field of an embeddable with {@code @RenamedFrom}: its column wherever it is embedded
   * without an {@code @AttributeOverride} naming it, and in element collections' tables.
   */
  String renameEmbeddableField() {
    List<Embeddable> embeddables = model.values.embeddables;
    List<String[]> fields = new ArrayList<>();
    for (Embeddable embeddable : embeddables) {
      for (String field : embeddable.fields()) {
        if (!renamedColumns.containsValue(field)) {
          fields.add(new String[] {embeddable.name(), field});
        }
      }
    }
    if (fields.isEmpty()) {
      return null;
    }
    String[] chosen = change.any(fields);
    Embeddable embeddable =
        embeddables.stream().filter(e -> e.name().equals(chosen[0])).findFirst().orElseThrow();
    String before = chosen[1];
    String after = model.names.member();
    Matcher declaration =
        Pattern.compile("(\\w+) " + before + "([,;)])").matcher(model.sources.get(chosen[0]));
    model.sources.put(
        chosen[0], declaration.replaceFirst(renamedFrom(before) + " $1 " + after + "$2"));
    List<String> renamed = new ArrayList<>(embeddable.fields());
    renamed.set(renamed.indexOf(before), after);
    embeddables.set(embeddables.indexOf(embeddable), new Embeddable(embeddable.name(), renamed));
    String override = "@AttributeOverride(name = \"" + before + "\"";
    for (EntityDraft each : model.drafts) {
      each.members.replaceAll(
          member -> member.replace(override, "@AttributeOverride(name = \"" + after + "\""));
    }
    renamedColumns.put(before, after);
    return "rename field " + chosen[0] + "." + before + " to " + after;
  }

  private static String renamedFrom(String name) {
    return "@dev.strata.RenamedFrom(\"" + name + "\")";
  }
}
