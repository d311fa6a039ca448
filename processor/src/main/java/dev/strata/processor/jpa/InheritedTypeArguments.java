package dev.strata.processor.jpa;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;

/**
 * The type an entity gives a type variable of a generic class above it, through the classes it
 * extends ({@code Doc} for {@code C} of {@code Parent<C>}, which {@code Folder extends
 * Parent<Doc>}): where a step reads another entity's fields as declared, without the binding the
 * mapping of that entity gives them ({@link BoundFields}).
 */
final class InheritedTypeArguments {

  private InheritedTypeArguments() {}

  /** The entity {@code type} holds, as {@code entity} binds it where it is a type variable. */
  static Optional<TypeElement> entity(TypeElement entity, TypeMirror type) {
    TypeMirror bound =
        type instanceof TypeVariable variable ? bound(entity, variable).orElse(type) : type;
    return bound instanceof DeclaredType declared
        ? Optional.of((TypeElement) declared.asElement())
        : Optional.empty();
  }

  /** The type {@code entity} gives {@code variable} through its superclasses, if one does. */
  static Optional<TypeMirror> bound(TypeElement entity, TypeVariable variable) {
    Element declaring = variable.asElement().getEnclosingElement();
    Map<Element, TypeMirror> given = new HashMap<>();
    TypeElement current = entity;
    while (current.getSuperclass() instanceof DeclaredType superclass) {
      TypeElement above = (TypeElement) superclass.asElement();
      List<? extends TypeMirror> arguments = superclass.getTypeArguments();
      Map<Element, TypeMirror> next = new HashMap<>();
      for (int i = 0; i < arguments.size(); i++) {
        TypeMirror argument = arguments.get(i);
        next.put(
            above.getTypeParameters().get(i),
            argument.getKind() == TypeKind.TYPEVAR
                ? given.getOrDefault(((TypeVariable) argument).asElement(), argument)
                : argument);
      }
      if (above.equals(declaring)) {
        return Optional.ofNullable(next.get(variable.asElement()));
      }
      given = next;
      current = above;
    }
    return Optional.empty();
  }
}
