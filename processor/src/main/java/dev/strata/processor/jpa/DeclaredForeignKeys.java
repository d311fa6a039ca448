package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ForeignKeyDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The {@code @ForeignKey}s that mappings declare, as Hibernate 7 follows them (measured with its
 * schema export): a {@code name} names the constraint, {@code ConstraintMode.NO_CONSTRAINT} leaves
 * it out (a row may then refer to a missing one), and {@code PROVIDER_DEFAULT} or {@code
 * CONSTRAINT} keep it. Each key is declared by the annotation that holds its join columns, or by
 * one of those columns: {@code @JoinColumns} or a {@code @JoinColumn} of a to-one,
 * {@code @JoinTable(foreignKey)} and {@code (inverseForeignKey)} or their join columns,
 * {@code @CollectionTable(foreignKey)}, {@code @MapKeyJoinColumn(s)},
 * {@code @SecondaryTable(foreignKey)} or its {@code pkJoinColumns}, and a joined subclass's
 * {@code @PrimaryKeyJoinColumn}. A {@code foreignKeyDefinition} or {@code options}, DDL of the
 * user's own, is refused.
 */
final class DeclaredForeignKeys {

  /**
   * The annotations that hold a {@code @ForeignKey}: in the attribute that declares it, and in the
   * join columns listed by the other.
   */
  private record Holder(String annotation, String foreignKey, String joinColumns) {}

  private static final List<Holder> FIELD_HOLDERS =
      List.of(
          new Holder("JoinColumns", "foreignKey", "value"),
          new Holder("JoinColumn", "foreignKey", ""),
          new Holder("JoinTable", "foreignKey", "joinColumns"),
          new Holder("JoinTable", "inverseForeignKey", "inverseJoinColumns"),
          new Holder("CollectionTable", "foreignKey", "joinColumns"),
          new Holder("MapKeyJoinColumns", "foreignKey", "value"),
          new Holder("MapKeyJoinColumn", "foreignKey", ""));

  private static final Holder SECONDARY_TABLE =
      new Holder("SecondaryTable", "foreignKey", "pkJoinColumns");

  private static final Holder PRIMARY_KEY_JOIN =
      new Holder("PrimaryKeyJoinColumn", "foreignKey", "");

  private DeclaredForeignKeys() {}

  /** Whether Hibernate writes the foreign key of a to-one's join columns. */
  static boolean constrained(Element field) {
    return NotFoundAssociations.constrained(field) && kept(toOne(field));
  }

  /** {@code key} under the name the to-one's {@code @ForeignKey} gives it, if it gives one. */
  static ForeignKeyDefinition named(Element field, ForeignKeyDefinition key) {
    return named(toOne(field), key);
  }

  /**
   * The {@code @ForeignKey} of {@code holder}'s {@code attribute}, else the first one of the join
   * columns it lists in {@code joinColumns}.
   */
  static Optional<AnnotationMirror> declaredIn(
      Optional<AnnotationMirror> holder, String attribute, String joinColumns) {
    return holder.flatMap(h -> first(foreignKeys(h, new Holder("", attribute, joinColumns))));
  }

  /** {@code key} as {@code declared} has it: none without a constraint, else under its name. */
  static Optional<ForeignKeyDefinition> as(
      Optional<AnnotationMirror> declared, ForeignKeyDefinition key) {
    return kept(declared) ? Optional.of(named(declared, key)) : Optional.empty();
  }

  /** Whether the field's {@code @ForeignKey}s are ones Strata realises; reports each if not. */
  static boolean fieldSupported(Element field, MappingReport report) {
    List<AnnotationMirror> keys = new ArrayList<>();
    for (Holder holder : FIELD_HOLDERS) {
      JpaAnnotations.find(field, holder.annotation())
          .ifPresent(found -> keys.addAll(foreignKeys(found, holder)));
    }
    return supported(field, keys, report);
  }

  /** The same for a class's secondary tables and its join to its parent's table. */
  static boolean classSupported(TypeElement type, MappingReport report) {
    List<AnnotationMirror> keys = new ArrayList<>();
    for (AnnotationMirror secondary : SecondaryTables.declared(type)) {
      keys.addAll(foreignKeys(secondary, SECONDARY_TABLE));
    }
    JpaAnnotations.find(type, "PrimaryKeyJoinColumn")
        .ifPresent(found -> keys.addAll(foreignKeys(found, PRIMARY_KEY_JOIN)));
    return supported(type, keys, report);
  }

  private static boolean supported(
      Element element, List<AnnotationMirror> keys, MappingReport report) {
    for (AnnotationMirror key : keys) {
      for (String attribute : List.of("foreignKeyDefinition", "options")) {
        if (AnnotationMirrors.value(key, attribute)
            .filter(value -> !value.getValue().toString().isEmpty())
            .filter(value -> !(value.getValue() instanceof List<?> list && list.isEmpty()))
            .isPresent()) {
          report.unsupported(
              JpaMessages.unsupported(
                  "@ForeignKey("
                      + attribute
                      + " = ...), DDL that Hibernate writes as given and Strata does not read"),
              element,
              key);
          return false;
        }
      }
    }
    return true;
  }

  private static boolean kept(Optional<AnnotationMirror> declared) {
    return declared
        .flatMap(key -> AnnotationMirrors.enumConstant(key, "value"))
        .filter("NO_CONSTRAINT"::equals)
        .isEmpty();
  }

  private static ForeignKeyDefinition named(
      Optional<AnnotationMirror> declared, ForeignKeyDefinition key) {
    return declared
        .map(found -> AnnotationMirrors.string(found, "name", ""))
        .filter(name -> !name.isEmpty())
        .map(key::named)
        .orElse(key);
  }

  /**
   * The first {@code @ForeignKey} of a to-one: of {@code @JoinColumns}, or of one of its columns.
   */
  private static Optional<AnnotationMirror> toOne(Element field) {
    Optional<AnnotationMirror> columns = JpaAnnotations.find(field, "JoinColumns");
    if (columns.isPresent()) {
      return declaredIn(columns, "foreignKey", "value");
    }
    return declaredIn(JpaAnnotations.find(field, "JoinColumn"), "foreignKey", "");
  }

  /** The holder's own {@code @ForeignKey}, then those of its join columns, in order. */
  private static List<AnnotationMirror> foreignKeys(AnnotationMirror found, Holder holder) {
    List<AnnotationMirror> keys = new ArrayList<>();
    foreignKey(found, holder.foreignKey()).ifPresent(keys::add);
    if (!holder.joinColumns().isEmpty()) {
      for (AnnotationMirror join : AnnotationMirrors.annotations(found, holder.joinColumns())) {
        foreignKey(join, "foreignKey").ifPresent(keys::add);
      }
    }
    return keys;
  }

  private static Optional<AnnotationMirror> foreignKey(AnnotationMirror holder, String attribute) {
    return AnnotationMirrors.value(holder, attribute)
        .map(value -> (AnnotationMirror) value.getValue());
  }

  private static <T> Optional<T> first(List<T> items) {
    return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
  }
}
