package dev.strata.processor.fuzz;

import dev.strata.processor.fuzz.RandomChange.Field;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The changes of {@link RandomChange} to what a column allows, each with the warning the README
 * says Strata gives for it: a required to-one over rows that all refer to a target (warned of as a
 * column made NOT NULL, whose NULL rows would fail the migration), a text column made shorter than
 * it was but not than the rows' values (warned of as values that do not fit), and a unique
 * constraint dropped (no warning: no row is lost).
 */
final class RandomColumnRules {

  private static final Pattern OWNING_TO_ONE =
      Pattern.compile("@(ManyToOne|OneToOne)\\b(?!\\(mappedBy)(\\(optional = (true|false)\\))?");

  private static final Pattern UNIQUE_CONSTRAINT =
      Pattern.compile("uniqueConstraints = @UniqueConstraint\\([^)]*\\)");

  private static final Pattern JOIN_COLUMN_NAME =
      Pattern.compile("@JoinColumn\\(name = \"(\\w+)\"");

  private final RandomChange change;
  private final RandomModel.Generator model;
  private final Set<String> expectedWarnings;
  private final Set<String> requiredColumns;

  RandomColumnRules(
      RandomChange change,
      RandomModel.Generator model,
      Set<String> expectedWarnings,
      Set<String> requiredColumns) {
    this.change = change;
    this.model = model;
    this.expectedWarnings = expectedWarnings;
    this.requiredColumns = requiredColumns;
  }

  /**
   * Makes an optional to-one required where every row of its entity refers to a target: none of its
   * targets' entities refers back to it, so {@link RandomRows} writes the targets first.
   */
  String makeToOneRequired() {
    List<Field> optional = new ArrayList<>();
    for (EntityDraft draft : model.drafts) {
      for (int i = 0; i < draft.members.size(); i++) {
        Field field = RandomChange.parse(draft, i);
        Matcher toOne = OWNING_TO_ONE.matcher(first(field));
        if (toOne.matches()
            && !"false".equals(toOne.group(3))
            && !change.added.contains(draft.name + "." + field.name())
            && !change.added.contains(draft.name)
            && writtenWithTarget(draft, field.type())) {
          optional.add(field);
        }
      }
    }
    if (optional.isEmpty()) {
      return null;
    }
    Field field = change.any(optional);
    EntityDraft draft = field.draft();
    List<String> annotations = new ArrayList<>(field.annotations());
    String kind = annotations.get(0);
    String how;
    // a single table's subclass: Hibernate checks such a column, nullable for the other classes
    boolean sharedTable = draft.isSubclass() && !draft.hasOwnTable();
    // one @JoinColumn cannot stand for a composite key's columns (README: referencedColumnName)
    boolean composite =
        model.drafts.stream().anyMatch(d -> d.name.equals(field.type()) && d.hasCompositeKey());
    if (sharedTable || composite || change.any(List.of(true, false))) {
      annotations.set(0, kind.replaceAll("\\(.*", "") + "(optional = false)");
      how = "optional = false";
    } else {
      int join = indexOf(annotations, "@JoinColumn");
      if (join < 0) {
        annotations.add("@JoinColumn(nullable = false)");
      } else {
        String column = annotations.get(join);
        annotations.set(join, column.substring(0, column.length() - 1) + ", nullable = false)");
      }
      how = "@JoinColumn(nullable = false)";
    }
    draft.members.set(field.index(), EntityDraft.field(field.type(), field.name(), annotations));
    change.added.add(draft.name + "." + field.name());
    change.added.add(draft.name);
    Matcher named = JOIN_COLUMN_NAME.matcher(String.join(" ", annotations));
    requiredColumns.add(named.find() ? named.group(1) : field.name());
    if (!sharedTable) {
      expectedWarnings.add(" NOT NULL: rows where it is NULL make the migration fail");
    }
    return "make " + draft.name + "." + field.name() + " required, " + how;
  }

  /** Shortens a text column's length, to no less than the one character of the rows' values. */
  String shortenColumn() {
    List<Field> sized =
        change.basicFields().stream()
            .filter(f -> f.type().equals("String") && length(f) >= 2 && length(f) < 100_000)
            .toList();
    if (sized.isEmpty()) {
      return null;
    }
    Field field = change.any(sized);
    int before = length(field);
    int after = 1 + change.below(before - 1);
    String column = field.columnAnnotation();
    List<String> annotations = new ArrayList<>(field.annotations());
    annotations.set(
        annotations.indexOf(column), column.replace("length = " + before, "length = " + after));
    field
        .draft()
        .members
        .set(field.index(), EntityDraft.field(field.type(), field.name(), annotations));
    change.added.add(field.draft().name + "." + field.name());
    expectedWarnings.add(" to VARCHAR(" + after + ")");
    return "shorten "
        + field.draft().name
        + "."
        + field.name()
        + " from "
        + before
        + " to "
        + after;
  }

  /** Drops a unique constraint: a {@code @Column(unique = true)} or a {@code @Table}'s. */
  String dropUniqueConstraint() {
    List<Field> unique =
        change.basicFields().stream()
            .filter(f -> String.valueOf(f.columnAnnotation()).contains("unique = true"))
            .toList();
    List<EntityDraft> tables =
        model.drafts.stream()
            .filter(d -> d.classAnnotations.stream().anyMatch(a -> a.contains("uniqueConstraints")))
            .toList();
    if (unique.isEmpty() && tables.isEmpty()) {
      return null;
    }
    if (tables.isEmpty() || !unique.isEmpty() && change.below(2) == 0) {
      Field field = change.any(unique);
      String column = field.columnAnnotation();
      List<String> annotations = new ArrayList<>(field.annotations());
      annotations.set(annotations.indexOf(column), withoutAttribute(column, "unique = true"));
      field
          .draft()
          .members
          .set(field.index(), EntityDraft.field(field.type(), field.name(), annotations));
      change.added.add(field.draft().name + "." + field.name());
      return "drop unique = true of " + field.draft().name + "." + field.name();
    }
    EntityDraft draft = change.any(tables);
    int table = indexOf(draft.classAnnotations, "@Table(");
    String annotation = draft.classAnnotations.get(table);
    Matcher constraint = UNIQUE_CONSTRAINT.matcher(annotation);
    constraint.find();
    draft.classAnnotations.set(table, withoutAttribute(annotation, constraint.group()));
    return "drop " + constraint.group() + " of " + draft.name;
  }

  /** The annotation without {@code attribute}, the commas around it mended. */
  private static String withoutAttribute(String annotation, String attribute) {
    return annotation
        .replace(", " + attribute, "")
        .replace(attribute + ", ", "")
        .replace(attribute, "");
  }

  /**
   * Whether each row {@link RandomRows} writes of {@code draft} (and of its subclasses) refers to
   * an entity of {@code target}: one of them is concrete, and none of them refers to {@code draft}
   * or its subclasses through to-ones, a cycle that leaves the first rows without a target.
   */
  private boolean writtenWithTarget(EntityDraft draft, String target) {
    List<EntityDraft> targets = concreteOf(target);
    if (targets.isEmpty()) {
      return false;
    }
    Set<EntityDraft> seen = new HashSet<>();
    Deque<EntityDraft> next = new ArrayDeque<>(targets);
    while (!next.isEmpty()) {
      EntityDraft each = next.pop();
      if (descends(each, draft)) {
        return false;
      }
      if (seen.add(each)) {
        toOneTypes(each).forEach(type -> next.addAll(concreteOf(type)));
      }
    }
    return true;
  }

  /** The types of the to-ones an instance of {@code draft} fills, its superclasses' included. */
  private static List<String> toOneTypes(EntityDraft draft) {
    List<String> types = new ArrayList<>();
    for (EntityDraft each = draft; each != null; each = parent(each)) {
      for (int i = 0; i < each.members.size(); i++) {
        Field field = RandomChange.parse(each, i);
        if (OWNING_TO_ONE.matcher(first(field)).matches()) {
          types.add(field.type());
        }
      }
    }
    return types;
  }

  private List<EntityDraft> concreteOf(String type) {
    return model.drafts.stream()
        .filter(d -> !d.isAbstract)
        .filter(d -> model.drafts.stream().anyMatch(t -> t.name.equals(type) && descends(d, t)))
        .toList();
  }

  private static boolean descends(EntityDraft draft, EntityDraft ancestor) {
    for (EntityDraft each = draft; each != null; each = parent(each)) {
      if (each == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The class {@code draft} extends: {@link EntityDraft#subclass} records it as its root. */
  private static EntityDraft parent(EntityDraft draft) {
    return draft.root;
  }

  private static int length(Field field) {
    Matcher value =
        Pattern.compile("length = (\\d+)").matcher(String.valueOf(field.columnAnnotation()));
    return value.find() ? Integer.parseInt(value.group(1)) : 0;
  }

  private static String first(Field field) {
    return field.annotations().isEmpty() ? "" : field.annotations().get(0);
  }

  private static int indexOf(List<String> annotations, String prefix) {
    for (int i = 0; i < annotations.size(); i++) {
      if (annotations.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
