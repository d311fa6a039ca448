package dev.strata.processor.jpa;

import java.util.List;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;

/**
 * Whether an auto-applied converter of one type converts a value of another, by Hibernate 7's rule
 * (measured on H2, PostgreSQL and MariaDB): the converter's erased type is the value's (its
 * wrapper's, for a primitive) or one of its supertypes; an array matches its own type only; and a
 * converter of a parameterized type needs the value's own type arguments, as many, each matching
 * the converter's by the same rule. So one of {@code Collection<String>} converts an {@code
 * ArrayList<String>} and a {@code Set<String>}, one of {@code List<Number>} a {@code
 * List<Integer>}, one of {@code Number} an {@code int}; none of them a raw {@code List} or a {@code
 * List<Integer>} for {@code List<String>}, nor a class that extends {@code ArrayList<String>} with
 * no arguments of its own.
 */
final class ConverterMatch {

  private ConverterMatch() {}

  /**
   * Whether a converter whose entity side is {@code side} converts a value of {@code value}, a
   * reference type (a primitive's wrapper stands for it).
   */
  static boolean matches(TypeMirror side, TypeMirror value) {
    TypeMirror checked = bound(value);
    String erased = JpaTypes.name(side);
    if (checked.getKind() == TypeKind.ARRAY) {
      return erased.equals(JpaTypes.name(checked));
    }
    if (checked.getKind() == TypeKind.WILDCARD) {
      // an unbounded ?, which Hibernate resolves as Object
      return erased.equals("java.lang.Object");
    }
    if (!erased.equals(JpaTypes.name(checked)) && !SuperTypes.names(checked).contains(erased)) {
      return false;
    }
    List<? extends TypeMirror> wanted = arguments(side);
    if (wanted.isEmpty()) {
      return true;
    }
    List<? extends TypeMirror> own = arguments(checked);
    if (own.size() != wanted.size()) {
      return false;
    }
    for (int i = 0; i < wanted.size(); i++) {
      if (!matches(wanted.get(i), own.get(i))) {
        return false;
      }
    }
    return true;
  }

  private static List<? extends TypeMirror> arguments(TypeMirror type) {
    return type instanceof DeclaredType declared ? declared.getTypeArguments() : List.of();
  }

  /**
   * A type argument as Hibernate resolves it: a wildcard by its upper bound, a type variable by its
   * bound; {@code ?} alone is {@code Object}.
   */
  private static TypeMirror bound(TypeMirror type) {
    if (type instanceof WildcardType wildcard) {
      return wildcard.getExtendsBound() == null ? type : bound(wildcard.getExtendsBound());
    }
    if (type instanceof TypeVariable variable) {
      return bound(variable.getUpperBound());
    }
    return type;
  }
}
