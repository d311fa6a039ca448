package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The changes of how a field is stored, drawn after {@link RandomChange}'s from a random of their
 * own, so that a seed's earlier changes stay what they were: {@code @Lob} added or removed, a
 * {@code @ColumnDefault} added, changed or removed, an {@code @OrderColumn} added to a list or
 * removed, a field moved into a {@code @SecondaryTable} or back. A change that removes what version
 * 1 did not draw first gives it to the field in version 1 too: each applies to a member both
 * versions declare alike.
 */
final class RandomStorage {

  /** The kinds of storage change. */
  enum Kind {
    LOB,
    COLUMN_DEFAULT,
    ORDER_COLUMN,
    SECONDARY_TABLE
  }

  /** A member that both versions declare alike: its draft and index in each. */
  private record Shared(EntityDraft before, EntityDraft after, int beforeIndex, int afterIndex) {

    RandomChange.Field field() {
      return RandomChange.parse(after, afterIndex);
    }

    /** Sets the member's annotations in each version as {@code change} makes them of its own. */
    void annotate(UnaryOperator<List<String>> inBefore, UnaryOperator<List<String>> inAfter) {
      RandomChange.Field field = field();
      before.members.set(
          beforeIndex,
          EntityDraft.field(
              field.type(), field.name(), inBefore.apply(new ArrayList<>(field.annotations()))));
      after.members.set(
          afterIndex,
          EntityDraft.field(
              field.type(), field.name(), inAfter.apply(new ArrayList<>(field.annotations()))));
    }
  }

  private static final Set<String> PRIMITIVES =
      Set.of("int", "long", "short", "boolean", "double", "float", "byte", "char");

  private static final Pattern BASIC = Pattern.compile("@(Column|Lob)\\b.*");

  private static final Map<String, List<String>> DEFAULTS =
      Map.of(
          "String", List.of("'k'", "'zz'"),
          "Integer", List.of("7", "42"),
          "int", List.of("7", "42"),
          "Long", List.of("3", "900"),
          "long", List.of("3", "900"),
          "short", List.of("5", "6"),
          "BigDecimal", List.of("2", "11"),
          "LocalDate", List.of("'2021-02-03'", "'1999-12-31'"));

  private final RandomModel.Generator before;
  private final RandomModel.Generator after;
  private final Set<String> added;
  private final Set<String> refused;
  private final Set<String> expectedWarnings;
  private final Set<String> requiredColumns;
  private final Random random;

  /**
   * Changes {@code after}, and {@code before} where it must have what a change removes; {@code
   * added} holds what earlier changes changed, and takes what these change; {@code refused}, {@code
   * expectedWarnings} and {@code requiredColumns} take what {@link RandomEvolution}'s say.
   */
  RandomStorage(
      RandomModel.Generator before,
      RandomModel.Generator after,
      Set<String> added,
      Set<String> refused,
      Set<String> expectedWarnings,
      Set<String> requiredColumns,
      Random random) {
    this.before = before;
    this.after = after;
    this.added = added;
    this.refused = refused;
    this.expectedWarnings = expectedWarnings;
    this.requiredColumns = requiredColumns;
    this.random = random;
  }

  /** Applies a change of {@code kind}; what it did, or null where the model has nothing for it. */
  String apply(Kind kind) {
    return switch (kind) {
      case LOB -> toggleLob();
      case COLUMN_DEFAULT -> changeColumnDefault();
      case ORDER_COLUMN -> toggleOrderColumn(false);
      case SECONDARY_TABLE -> moveToSecondaryTable();
    };
  }

  private String toggleLob() {
    List<Shared> texts =
        basics().stream()
            .filter(s -> List.of("String", "byte[]").contains(s.field().type()))
            .filter(s -> !String.valueOf(s.field().columnAnnotation()).contains("unique"))
            .toList();
    if (texts.isEmpty()) {
      return null;
    }
    Shared shared = any(texts);
    boolean lob = shared.field().annotations().contains("@Lob");
    boolean removed = lob || random.nextBoolean();
    UnaryOperator<List<String>> withLob = a -> withFirst(a, "@Lob");
    UnaryOperator<List<String>> without = a -> without(a, "@Lob");
    if (removed) {
      shared.annotate(withLob, without);
    } else {
      shared.annotate(without, withLob);
    }
    return (removed ? "remove @Lob of " : "add @Lob to ") + name(shared);
  }

  private String changeColumnDefault() {
    List<Shared> typed =
        basics().stream()
            .filter(s -> DEFAULTS.containsKey(s.field().type()))
            .filter(s -> !s.field().annotations().contains("@Lob"))
            .toList();
    if (typed.isEmpty()) {
      return null;
    }
    Shared shared = any(typed);
    List<String> values = DEFAULTS.get(shared.field().type());
    String first = random.nextInt(3) == 0 ? null : values.get(0);
    String second = first == null || random.nextBoolean() ? values.get(1) : null;
    shared.annotate(a -> withDefault(a, first), a -> withDefault(a, second));
    return "column default of " + name(shared) + " from " + first + " to " + second;
  }

  private static List<String> withDefault(List<String> annotations, String value) {
    if (value != null) {
      annotations.add("@org.hibernate.annotations.ColumnDefault(\"" + value + "\")");
    }
    return annotations;
  }

  /**
   * Adds an {@code @OrderColumn} to a list, or removes it: of a {@code @OneToMany(mappedBy)}, a
   * column of the owning side's table; else, where {@code keyed}, part of the primary key of the
   * list's collection or join table, which the build must refuse, and which {@link RandomEvolution}
   * draws in a version of its own, apart from the others' version 2, so that version 1 stays.
   */
  String toggleOrderColumn(boolean keyed) {
    List<Shared> lists =
        shared().stream()
            .filter(s -> s.field().type().startsWith("List<"))
            .filter(
                s ->
                    keyed
                        ? s.field().annotations().stream().noneMatch(a -> a.contains("mappedBy"))
                        : s.field().annotations().stream()
                            .anyMatch(a -> a.startsWith("@OneToMany(mappedBy")))
            .filter(s -> s.field().annotations().stream().noneMatch(a -> a.startsWith("@Join")))
            .toList();
    if (lists.isEmpty()) {
      return null;
    }
    Shared shared = any(lists);
    String ordered =
        shared.field().annotations().stream()
            .filter(a -> a.startsWith("@OrderColumn"))
            .findFirst()
            .orElse(random.nextBoolean() ? "@OrderColumn" : "@OrderColumn(name = \"slot\")");
    boolean had = shared.field().annotations().contains(ordered);
    boolean removed = had || !keyed && random.nextBoolean();
    UnaryOperator<List<String>> with = a -> a.contains(ordered) ? a : withLast(a, ordered);
    UnaryOperator<List<String>> without = a -> without(a, ordered);
    shared.annotate(removed ? with : without, removed ? without : with);
    if (keyed) {
      refused.add(shared.after().name + "." + shared.field().name());
    }
    return (removed ? "remove " : "add ") + ordered + " of " + name(shared);
  }

  private String moveToSecondaryTable() {
    List<Shared> fields =
        basics().stream()
            .filter(s -> s.after().strategy == EntityDraft.Strategy.NONE)
            .filter(s -> !s.after().isSubclass() && !s.after().hasCompositeKey())
            .toList();
    if (fields.isEmpty()) {
      return null;
    }
    Shared shared = any(fields);
    String table = shared.after().name + "Extra";
    UnaryOperator<List<String>> moved = a -> inTable(a, table);
    boolean back = random.nextBoolean();
    if (back) {
      secondaryTable(shared.before(), table);
      shared.annotate(moved, UnaryOperator.identity());
    } else {
      secondaryTable(shared.after(), table);
      shared.annotate(UnaryOperator.identity(), moved);
    }
    // Strata moves no values between tables: it drops the column or table they were in, and warns
    expectedWarnings.add("Version 2 drops ");
    // a primitive's column is NOT NULL too
    boolean required =
        PRIMITIVES.contains(shared.field().type())
            || shared.field().annotations().stream().anyMatch(a -> a.contains("nullable = false"));
    if (back && required) {
      requiredColumns.add(shared.field().column());
    }
    return (back ? "move back from " : "move into ") + table + " " + name(shared);
  }

  private static void secondaryTable(EntityDraft draft, String table) {
    String annotation = "@SecondaryTable(name = \"" + table + "\")";
    if (!draft.classAnnotations.contains(annotation)) {
      draft.classAnnotations.add(annotation);
    }
  }

  private static List<String> inTable(List<String> annotations, String table) {
    for (int i = 0; i < annotations.size(); i++) {
      if (annotations.get(i).startsWith("@Column(")) {
        annotations.set(
            i, annotations.get(i).replace("@Column(", "@Column(table = \"" + table + "\", "));
        return annotations;
      }
    }
    annotations.add("@Column(table = \"" + table + "\")");
    return annotations;
  }

  /**
   * The shared basic fields whose column no table annotation names, in either version; marked as
   * changed once drawn.
   */
  private List<Shared> basics() {
    return shared().stream()
        .filter(s -> !s.field().type().contains("<"))
        .filter(s -> s.field().annotations().stream().allMatch(a -> BASIC.matcher(a).matches()))
        .filter(s -> !s.field().annotations().contains("@Version"))
        .filter(s -> !named(s.before(), s.field()) && !named(s.after(), s.field()))
        .toList();
  }

  private static boolean named(EntityDraft draft, RandomChange.Field field) {
    return Pattern.compile("\\b" + field.column() + "\\b")
        .matcher(draft.classAnnotations.toString())
        .find();
  }

  /** The members both versions declare alike, of entities of the same name, not changed yet. */
  private List<Shared> shared() {
    List<Shared> shared = new ArrayList<>();
    for (EntityDraft draft : after.drafts) {
      EntityDraft old =
          before.drafts.stream().filter(d -> d.name.equals(draft.name)).findFirst().orElse(null);
      if (old == null || added.contains(draft.name) || old.strategy != draft.strategy) {
        continue;
      }
      for (int i = 0; i < draft.members.size(); i++) {
        int index = old.members.indexOf(draft.members.get(i));
        String field = RandomChange.parse(draft, i).name();
        if (index >= 0 && !added.contains(draft.name + "." + field)) {
          shared.add(new Shared(old, draft, index, i));
        }
      }
    }
    return shared;
  }

  private String name(Shared shared) {
    String name = shared.after().name + "." + shared.field().name();
    added.add(name);
    return name;
  }

  private static List<String> withFirst(List<String> annotations, String annotation) {
    if (!annotations.contains(annotation)) {
      annotations.add(0, annotation);
    }
    return annotations;
  }

  private static List<String> withLast(List<String> annotations, String annotation) {
    annotations.add(annotation);
    return annotations;
  }

  private static List<String> without(List<String> annotations, String annotation) {
    annotations.remove(annotation);
    return annotations;
  }

  private <T> T any(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
