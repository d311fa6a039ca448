package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ForeignKeyDefinition.OnDelete;
import dev.strata.processor.model.TableInheritance.Strategy;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The ON DELETE rule Hibernate's {@code @OnDelete(action = ...)} gives a foreign key, as Hibernate
 * 7 writes it (measured with its schema export): on a to-one, its own key; on a unidirectional
 * {@code @OneToMany @JoinColumn}, the key it puts in the other table; on a {@code @OneToMany} with
 * {@code mappedBy}, the owning to-one's key; on an element collection or a {@code @ManyToMany}, the
 * key from its table to the entity that declares it, on either side of a many-to-many; on a {@code
 * JOINED} subclass, the key from its table to its parent's.
 */
final class DeleteRules {

  static final String ON_DELETE = "org.hibernate.annotations.OnDelete";

  private DeleteRules() {}

  /**
   * Whether a field's {@code @OnDelete} is one Hibernate accepts; warns of one it ignores.
   * Hibernate refuses it on a {@code @OneToMany} through a join table, and writes no rule for it on
   * the inverse side of a {@code @OneToOne} or on a field that is no association.
   */
  static boolean fieldSupported(Element field, MappingReport report) {
    Optional<AnnotationMirror> onDelete = AnnotationMirrors.find(field, ON_DELETE);
    if (onDelete.isEmpty()) {
      return true;
    }
    boolean inverse = !AssociationMapper.mappedBy(field).isEmpty();
    if (JpaAnnotations.has(field, "OneToMany")
        && !inverse
        && !JpaAnnotations.has(field, "JoinColumn", "JoinColumns")) {
      report.unsupported(AssociationMessages.onDeleteThroughJoinTable(), field, onDelete.get());
      return false;
    }
    boolean inverseOneToOne =
        JpaAnnotations.find(field, "OneToOne")
            .filter(c -> !AnnotationMirrors.string(c, "mappedBy", "").isEmpty())
            .isPresent();
    if (inverseOneToOne
        || !JpaAnnotations.has(
            field, "ManyToOne", "OneToOne", "OneToMany", "ManyToMany", "ElementCollection")) {
      report.ignoredByHibernate(
          AssociationMessages.onDeleteIgnored(inverseOneToOne), field, onDelete.get());
    }
    return true;
  }

  /**
   * Warns of a class's {@code @OnDelete} that Hibernate ignores: only a {@code JOINED} subclass has
   * a key, to its parent's table.
   */
  static void reportIgnoredOnClass(TypeElement type, MappingReport report) {
    Optional<AnnotationMirror> onDelete = AnnotationMirrors.find(type, ON_DELETE);
    if (onDelete.isPresent()
        && (Hierarchies.parent(type).isEmpty() || Hierarchies.strategy(type) != Strategy.JOINED)) {
      report.ignoredByHibernate(AssociationMessages.onDeleteIgnoredOnClass(), type, onDelete.get());
    }
  }

  /** The rule {@code annotated}'s own {@code @OnDelete} gives, or none. */
  static OnDelete of(Element annotated) {
    return AnnotationMirrors.find(annotated, ON_DELETE)
        .flatMap(onDelete -> AnnotationMirrors.enumConstant(onDelete, "action"))
        .map(OnDelete::valueOf)
        .orElse(OnDelete.NO_ACTION);
  }

  /** The rule of a to-one's key: its own, else that of the collection mapped by it. */
  static OnDelete toOne(Element field) {
    OnDelete own = of(field);
    return own != OnDelete.NO_ACTION ? own : inverse(field, AssociationMapper.toOneTarget(field));
  }

  /**
   * The rule the collection of {@code target} mapped by owning field {@code field} gives its key to
   * {@code target}: a {@code @OneToMany(mappedBy)} the to-one's key, a
   * {@code @ManyToMany(mappedBy)} the join table's key to {@code target}.
   */
  static OnDelete inverse(Element field, Optional<TypeElement> target) {
    if (target.isEmpty()) {
      return OnDelete.NO_ACTION;
    }
    String name = field.getSimpleName().toString();
    for (VariableElement inverse : AssociationMapper.collectionFields(target.get())) {
      if (AssociationMapper.mappedBy(inverse).equals(name)
          && held(inverse, target.get())
              .filter(held -> declares(held, field.getEnclosingElement()))
              .isPresent()) {
        return of(inverse);
      }
    }
    return OnDelete.NO_ACTION;
  }

  /**
   * The entity the collection {@code inverse} of {@code target} holds, as {@code target} binds it
   * where a generic mapped superclass declares it ({@code List<C> children}).
   */
  private static Optional<TypeElement> held(VariableElement inverse, TypeElement target) {
    Optional<TypeElement> declared = AssociationMapper.target(inverse);
    if (declared.isPresent() || !(inverse.asType() instanceof DeclaredType collection)) {
      return declared;
    }
    List<? extends TypeMirror> arguments = collection.getTypeArguments();
    return arguments.isEmpty()
        ? Optional.empty()
        : InheritedTypeArguments.entity(target, arguments.get(arguments.size() - 1));
  }

  /** Whether {@code declaring} is {@code type} or one of its superclasses. */
  private static boolean declares(TypeElement type, Element declaring) {
    Element current = type;
    while (current instanceof TypeElement element) {
      if (element.equals(declaring)) {
        return true;
      }
      current =
          element.getSuperclass() instanceof DeclaredType superclass
              ? superclass.asElement()
              : null;
    }
    return false;
  }
}
