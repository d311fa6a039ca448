package dev.strata.processor;

import java.lang.annotation.Annotation;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ElementVisitor;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.Name;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * A field of a generic class as a class extending it binds it: the declared field, whose type is a
 * type variable, with the type that the extending class's type arguments give it ({@code Long} for
 * {@code @Id ID id} of {@code BaseEntity<ID>} in {@code User extends BaseEntity<Long>}). Everything
 * else is the declared field's, so that the whole mapping reads the bound type wherever it reads a
 * field's type, as Hibernate does in each entity; the compiler knows only the declared field, which
 * {@link #declared} gives back to attach a diagnostic to.
 */
public final class BoundField implements VariableElement {

  private final VariableElement declared;
  private final TypeMirror type;

  public BoundField(VariableElement declared, TypeMirror type) {
    this.declared = declared instanceof BoundField bound ? bound.declared : declared;
    this.type = Objects.requireNonNull(type);
  }

  /** The element the compiler declared: the field behind a bound one, else the element itself. */
  public static Element declared(Element element) {
    return element instanceof BoundField bound ? bound.declared : element;
  }

  @Override
  public TypeMirror asType() {
    return type;
  }

  @Override
  public Object getConstantValue() {
    return declared.getConstantValue();
  }

  @Override
  public Name getSimpleName() {
    return declared.getSimpleName();
  }

  @Override
  public Element getEnclosingElement() {
    return declared.getEnclosingElement();
  }

  @Override
  public ElementKind getKind() {
    return declared.getKind();
  }

  @Override
  public Set<Modifier> getModifiers() {
    return declared.getModifiers();
  }

  @Override
  public List<? extends Element> getEnclosedElements() {
    return declared.getEnclosedElements();
  }

  @Override
  public List<? extends AnnotationMirror> getAnnotationMirrors() {
    return declared.getAnnotationMirrors();
  }

  @Override
  public <A extends Annotation> A getAnnotation(Class<A> annotationType) {
    return declared.getAnnotation(annotationType);
  }

  @Override
  public <A extends Annotation> A[] getAnnotationsByType(Class<A> annotationType) {
    return declared.getAnnotationsByType(annotationType);
  }

  @Override
  public <R, P> R accept(ElementVisitor<R, P> visitor, P parameter) {
    return visitor.visitVariable(this, parameter);
  }

  /** One field bound to one type, however many times an entity's mapping binds it. */
  @Override
  public boolean equals(Object other) {
    // the compiler's types are not values: two bindings to Long are two objects of one name
    return other instanceof BoundField bound
        && bound.declared.equals(declared)
        && bound.type.toString().equals(type.toString());
  }

  @Override
  public int hashCode() {
    return Objects.hash(declared, type.toString());
  }

  @Override
  public String toString() {
    return declared.toString();
  }
}
