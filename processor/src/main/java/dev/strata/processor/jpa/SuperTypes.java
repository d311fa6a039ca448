package dev.strata.processor.jpa;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The supertypes of a declared type, by qualified name, nearest first: its superclasses and the
 * interfaces it or they implement, which an auto-applied converter of one of them converts too.
 */
final class SuperTypes {

  private SuperTypes() {}

  /** The names of {@code type}'s supertypes, breadth first; none for any other kind of type. */
  static List<String> names(TypeMirror type) {
    Set<String> names = new LinkedHashSet<>();
    Deque<TypeMirror> pending = new ArrayDeque<>(direct(type));
    while (!pending.isEmpty()) {
      TypeMirror next = pending.removeFirst();
      if (names.add(JpaTypes.name(next))) {
        pending.addAll(direct(next));
      }
    }
    return List.copyOf(names);
  }

  private static List<TypeMirror> direct(TypeMirror type) {
    TypeElement element = JpaTypes.typeElement(type);
    if (element == null) {
      return List.of();
    }
    List<TypeMirror> direct = new ArrayList<>();
    if (element.getSuperclass().getKind() == TypeKind.DECLARED) {
      direct.add(element.getSuperclass());
    }
    direct.addAll(element.getInterfaces());
    return direct;
  }
}
