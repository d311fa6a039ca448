package dev.strata.processor.jpa;

import dev.strata.processor.BoundField;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Binds a field whose type is a type variable of its generic class ({@code @Id ID id} of {@code
 * BaseEntity<ID>}), or holds one ({@code @OneToMany List<T> items}), to the type that the class
 * being mapped gives the variable through the classes it extends, as Hibernate does in each entity:
 * one field bound to {@code Long} in one table and to {@code String} in another, one collection
 * holding {@code Item}s in one entity and {@code Tag}s in another. A variable nothing binds (a raw
 * superclass, a generic entity) is an error, as Hibernate refuses to start on it.
 */
final class BoundFields {

  private final Types types;

  BoundFields(Types types) {
    this.types = types;
  }

  /**
   * {@code field} as {@code seenFrom}, the class being mapped, sees it: the field itself where its
   * type mentions no type variable, else bound to the type arguments that reach it; empty,
   * reported, where none does.
   */
  Optional<VariableElement> seenFrom(
      DeclaredType seenFrom, VariableElement field, MappingReport report) {
    if (!mentionsVariable(field.asType())) {
      return Optional.of(field);
    }
    Optional<DeclaredType> raw = rawSupertype(seenFrom, field.getEnclosingElement());
    if (raw.isPresent()) {
      report.unsupported(JpaMessages.rawSuperclass(field, seenFrom, raw.get()), field, null);
      return Optional.empty();
    }
    TypeMirror bound = types.asMemberOf(seenFrom, field);
    if (mentionsVariable(bound)) {
      report.unsupported(JpaMessages.unboundTypeVariable(field), field, null);
      return Optional.empty();
    }
    return Optional.of(new BoundField(field, bound));
  }

  /**
   * The entity's own view of {@code field}, as {@link #seenFrom(DeclaredType, VariableElement,
   * MappingReport)} gives it for the class {@code entity} declares.
   */
  Optional<VariableElement> seenFrom(
      TypeElement entity, VariableElement field, MappingReport report) {
    return seenFrom((DeclaredType) entity.asType(), field, report);
  }

  /** Whether {@code type} is a type variable or a type with one among its type arguments. */
  static boolean mentionsVariable(TypeMirror type) {
    return type.getKind() == TypeKind.TYPEVAR
        || (type instanceof DeclaredType declared
            && declared.getTypeArguments().stream().anyMatch(BoundFields::mentionsVariable));
  }

  /**
   * The first class on the way from {@code seenFrom} up to {@code declaring} that is extended raw
   * ({@code extends BaseEntity}), which leaves the variables of the classes above it unbound.
   */
  private Optional<DeclaredType> rawSupertype(DeclaredType seenFrom, Element declaring) {
    TypeMirror step = seenFrom;
    while (step instanceof DeclaredType type) {
      TypeElement element = (TypeElement) type.asElement();
      if (type.getTypeArguments().isEmpty() && !element.getTypeParameters().isEmpty()) {
        return Optional.of(type);
      }
      if (element.equals(declaring)) {
        return Optional.empty();
      }
      step = element.getSuperclass().getKind() == TypeKind.NONE ? null : superclass(type);
    }
    return Optional.empty();
  }

  /** The superclass of {@code type} with {@code type}'s type arguments put in. */
  private TypeMirror superclass(DeclaredType type) {
    // a class's direct supertypes begin with its superclass
    return types.directSupertypes(type).get(0);
  }
}
