package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.TableInheritance.Strategy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The entity hierarchies among the entities Strata knows: which entity a class extends (through
 * mapped superclasses, as Hibernate sees it), its root, the root's {@code @Inheritance} strategy
 * ({@code SINGLE_TABLE} when none is given, as JPA says), and the entity subclasses of a class.
 */
final class Hierarchies {

  /** No entity is known to have subclasses: each class is read alone. */
  static final Hierarchies NONE = new Hierarchies(List.of());

  private final List<TypeElement> entities;

  /**
   * @param entities every entity class known to the build, so that subclasses can be found
   */
  Hierarchies(Collection<TypeElement> entities) {
    // sorted: subclasses are listed, and their columns written, in a deterministic order
    this.entities =
        entities.stream()
            .sorted(Comparator.comparing(type -> type.getQualifiedName().toString()))
            .toList();
  }

  /** The nearest superclass that is an entity, skipping mapped superclasses and plain classes. */
  static Optional<TypeElement> parent(TypeElement type) {
    TypeElement superclass = superclass(type);
    while (superclass != null) {
      if (JpaAnnotations.isEntity(superclass)) {
        return Optional.of(superclass);
      }
      superclass = superclass(superclass);
    }
    return Optional.empty();
  }

  static TypeElement root(TypeElement type) {
    TypeElement root = type;
    for (Optional<TypeElement> up = parent(type); up.isPresent(); up = parent(up.get())) {
      root = up.get();
    }
    return root;
  }

  /** The strategy of the hierarchy {@code type} belongs to, which its root declares. */
  static Strategy strategy(TypeElement type) {
    return JpaAnnotations.find(root(type), "Inheritance")
        .flatMap(inheritance -> AnnotationMirrors.enumConstant(inheritance, "strategy"))
        .map(Strategy::valueOf)
        .orElse(Strategy.SINGLE_TABLE);
  }

  /** The entities that extend {@code type} directly, sorted by name. */
  List<TypeElement> subclasses(TypeElement type) {
    return entities.stream().filter(e -> parent(e).filter(type::equals).isPresent()).toList();
  }

  /** Every entity below {@code type}, parents before their subclasses. */
  List<TypeElement> descendants(TypeElement type) {
    List<TypeElement> all = new ArrayList<>();
    for (TypeElement subclass : subclasses(type)) {
      all.add(subclass);
      all.addAll(descendants(subclass));
    }
    return all;
  }

  /** Whether {@code type} extends an entity or is extended by one. */
  boolean inHierarchy(TypeElement type) {
    return parent(type).isPresent() || !subclasses(type).isEmpty();
  }

  /**
   * The table a foreign key to entity {@code target} refers to: the root's single table, the
   * target's own table otherwise; none for a table-per-class entity whose rows spread over several
   * tables (an abstract class, or one with subclasses), as Hibernate writes none.
   */
  Optional<String> referencedTable(TypeElement target, Function<TypeElement, String> tableName) {
    if (!inHierarchy(target)) {
      return Optional.of(tableName.apply(target));
    }
    return switch (strategy(target)) {
      case SINGLE_TABLE -> Optional.of(tableName.apply(root(target)));
      case JOINED -> Optional.of(tableName.apply(target));
      case TABLE_PER_CLASS ->
          spreadOverTables(target) ? Optional.empty() : Optional.of(tableName.apply(target));
    };
  }

  /**
   * Whether the rows of entity {@code type} spread over several tables, so that no foreign key can
   * refer to them: a table-per-class entity that is abstract or has subclasses. Hibernate writes
   * none to it, from a to-one column, a join table or a collection table.
   */
  boolean spreadOverTables(TypeElement type) {
    return inHierarchy(type)
        && strategy(type) == Strategy.TABLE_PER_CLASS
        && (type.getModifiers().contains(Modifier.ABSTRACT) || !subclasses(type).isEmpty());
  }

  /**
   * The name of the key column of a joined subclass's table: {@code @PrimaryKeyJoinColumn(name)},
   * else the name its parent's table gives the key; {@code rootKey} for any other entity.
   */
  static String keyColumn(TypeElement type, String rootKey) {
    if (strategy(type) != Strategy.JOINED || parent(type).isEmpty()) {
      return rootKey;
    }
    String given = JpaAnnotations.name(type, "PrimaryKeyJoinColumn");
    return given.isEmpty() ? keyColumn(parent(type).get(), rootKey) : given;
  }

  /** The class {@code type} extends, or null for {@code Object} and interfaces. */
  static TypeElement superclass(TypeElement type) {
    return type.getSuperclass() instanceof DeclaredType declared
        ? (TypeElement) declared.asElement()
        : null;
  }

  /** How many classes {@code type} extends, {@code Object} left out. */
  static int depth(TypeElement type) {
    int depth = 0;
    for (TypeElement parent = superclass(type); parent != null; parent = superclass(parent)) {
      depth++;
    }
    return depth;
  }

  /**
   * The columns in the order Hibernate reads a class's: a mapped superclass's fields before the
   * class's own, the topmost first, and each class's by name.
   */
  static List<MappedColumn> inReadingOrder(List<MappedColumn> columns) {
    return columns.stream()
        .sorted(
            Comparator.comparingInt(
                    (MappedColumn column) ->
                        depth((TypeElement) column.field().getEnclosingElement()))
                .thenComparing(column -> column.field().getSimpleName().toString()))
        .toList();
  }
}
