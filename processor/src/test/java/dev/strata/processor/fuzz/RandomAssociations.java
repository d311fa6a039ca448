package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The associations between the entities of a random model: {@code @ManyToOne} and {@code @OneToOne}
 * (optional or not, a {@code @JoinColumn} name or not, a {@code mappedBy} side or not),
 * {@code @OneToMany(mappedBy)}, {@code @OneToMany} through a {@code @JoinColumn} or a join table,
 * and {@code @ManyToMany} with or without its {@code mappedBy} side, self-references included.
 */
final class RandomAssociations {

  private final Random random;
  private final FuzzNames names;
  private final Set<String> joinTables = new HashSet<>();

  RandomAssociations(Random random, FuzzNames names) {
    this.random = random;
    this.names = names;
  }

  /** Adds an association from {@code owner} to {@code target}, and its other side maybe. */
  void add(EntityDraft owner, EntityDraft target) {
    switch (random.nextInt(6)) {
      case 0 -> toOne("@ManyToOne", owner, target, false);
      case 1 -> toOne("@OneToOne", owner, target, random.nextBoolean());
      case 2 -> oneToManyMappedBy(owner, target);
      case 3 -> oneToManyWithoutMappedBy(owner, target);
      default -> {
        if (joinTableFree(owner, target)) {
          manyToMany(owner, target);
        } else {
          toOne("@ManyToOne", owner, target, false);
        }
      }
    }
  }

  /**
   * Whether no join table of the model is named after the tables of {@code owner} and {@code
   * target} yet: two would be one table, which Strata refuses on purpose (README: a table mapped
   * twice), as Hibernate merges them.
   */
  private boolean joinTableFree(EntityDraft owner, EntityDraft target) {
    return joinTables.add(tableHolder(owner) + ">" + tableHolder(target));
  }

  /** The class whose table holds the entity's rows in a single table, else the entity. */
  private static String tableHolder(EntityDraft draft) {
    return draft.strategy == EntityDraft.Strategy.SINGLE_TABLE && draft.isSubclass()
        ? draft.root.name
        : draft.name;
  }

  private String toOne(String kind, EntityDraft owner, EntityDraft target, boolean inverse) {
    String field = names.member();
    List<String> annotations = new ArrayList<>();
    annotations.add(
        random.nextBoolean() ? kind : kind + "(optional = " + random.nextBoolean() + ")");
    if (!target.hasCompositeKey() && random.nextBoolean()) {
      annotations.add("@JoinColumn(name = \"" + names.member() + "\")");
    }
    owner.add(target.name, field, annotations);
    if (inverse) {
      target.add(owner.name, names.member(), List.of("@OneToOne(mappedBy = \"" + field + "\")"));
    }
    return field;
  }

  private void oneToManyMappedBy(EntityDraft owner, EntityDraft target) {
    String field = toOne("@ManyToOne", owner, target, false);
    target.add(
        collection(owner.name),
        names.member(),
        List.of("@OneToMany(mappedBy = \"" + field + "\")"));
  }

  private void oneToManyWithoutMappedBy(EntityDraft owner, EntityDraft target) {
    if (owner.hasCompositeKey() && !joinTableFree(owner, target)) {
      toOne("@ManyToOne", owner, target, false);
      return;
    }
    List<String> annotations = new ArrayList<>(List.of("@OneToMany"));
    if (!owner.hasCompositeKey() && (random.nextInt(3) != 0 || !joinTableFree(owner, target))) {
      annotations.add(
          random.nextBoolean() ? "@JoinColumn" : "@JoinColumn(name = \"" + names.member() + "\")");
    }
    owner.add(collection(target.name), names.member(), annotations);
  }

  private void manyToMany(EntityDraft owner, EntityDraft target) {
    String field = names.member();
    owner.add(collection(target.name), field, List.of("@ManyToMany"));
    if (random.nextBoolean()) {
      target.add(
          collection(owner.name),
          names.member(),
          List.of("@ManyToMany(mappedBy = \"" + field + "\")"));
    }
  }

  private String collection(String element) {
    return (random.nextBoolean() ? "Set<" : "List<") + element + ">";
  }
}
