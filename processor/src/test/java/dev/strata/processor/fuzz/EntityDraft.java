package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * One entity of a random model while its generator adds to it: where it stands in a hierarchy, its
 * class annotations, its members as source text, and the columns of its own table an index may
 * name.
 */
final class EntityDraft {

  /** How an entity's hierarchy maps to tables; {@code NONE} for an entity of its own. */
  enum Strategy {
    NONE,
    SINGLE_TABLE,
    JOINED,
    TABLE_PER_CLASS
  }

  String name;
  final Strategy strategy;
  final EntityDraft root;
  final boolean isAbstract;
  final List<String> classAnnotations = new ArrayList<>();
  final List<String> members = new ArrayList<>();
  final List<String> indexableColumns = new ArrayList<>();
  String superclass;
  boolean compositeKey;
  boolean versioned;

  private EntityDraft(String name, Strategy strategy, EntityDraft root, boolean isAbstract) {
    this.name = name;
    this.strategy = strategy;
    this.root = root;
    this.isAbstract = isAbstract;
  }

  static EntityDraft alone(String name) {
    return new EntityDraft(name, Strategy.NONE, null, false);
  }

  static EntityDraft root(String name, Strategy strategy, boolean isAbstract) {
    return new EntityDraft(name, strategy, null, isAbstract);
  }

  EntityDraft subclass(String name) {
    EntityDraft sub = new EntityDraft(name, strategy, this, false);
    sub.superclass = this.name;
    return sub;
  }

  boolean isSubclass() {
    return root != null;
  }

  /** Whether its key is composite: its own, or its root's. */
  boolean hasCompositeKey() {
    return isSubclass() ? root.hasCompositeKey() : compositeKey;
  }

  /** Whether the entity has a table of its own that its own columns are in. */
  boolean hasOwnTable() {
    // an entity extending another without @Inheritance is in its single table
    if ((strategy == Strategy.SINGLE_TABLE || strategy == Strategy.NONE) && isSubclass()) {
      return false;
    }
    return !(strategy == Strategy.TABLE_PER_CLASS && isAbstract);
  }

  /** Adds the field {@code type name}, under {@code annotations}. */
  void add(String type, String name, List<String> annotations) {
    members.add(field(type, name, annotations));
  }

  /** The source text of a field. */
  static String field(String type, String name, List<String> annotations) {
    StringBuilder text = new StringBuilder();
    annotations.forEach(annotation -> text.append("  ").append(annotation).append('\n'));
    return text.append("  ").append(type).append(' ').append(name).append(";\n").toString();
  }

  String source(String packageName) {
    StringBuilder text = new StringBuilder("package ").append(packageName).append(";\n\n");
    text.append(RandomModel.IMPORTS);
    classAnnotations.forEach(annotation -> text.append(annotation).append('\n'));
    text.append("public ").append(isAbstract ? "abstract " : "").append("class ").append(name);
    if (superclass != null) {
      text.append(" extends ").append(superclass);
    }
    text.append(" {\n");
    members.forEach(member -> text.append('\n').append(member));
    return text.append("}\n").toString();
  }
}
