package dev.strata.processor.jpa;

import dev.strata.processor.verify.TypeCategory;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * The values Hibernate 7 stores as Java serialization writes them, for want of a Java type of its
 * own: a class or interface that is {@code Serializable} (a user's class, a record, {@code URI},
 * {@code File}, {@code BitSet}, an {@code ArrayList} or {@code HashMap}, which unlike a {@code
 * List} or {@code Map} field are no collections to Hibernate), in a {@code varbinary(255)} ({@code
 * bytea} on PostgreSQL) of {@code @Column(length)}, or a {@code @Lob}'s {@code blob}. An entity is
 * left out: Hibernate serializes one that a field holds without {@code @ManyToOne} too, which is
 * rather a missing annotation than a value.
 */
final class SerializedValues {

  private static final String SERIALIZABLE = "java.io.Serializable";

  private SerializedValues() {}

  /** The serialized mapping of {@code type}; empty for a type Hibernate does not serialize. */
  static Optional<JpaTypes.Mapping> of(TypeMirror type) {
    return serialized(type)
        ? Optional.of(new JpaTypes.Mapping("VARBINARY", TypeCategory.BINARY))
        : Optional.empty();
  }

  /** A {@code @Lob} of a serialized value: a binary large object. */
  static Optional<JpaTypes.Mapping> lob(TypeMirror type) {
    return serialized(type)
        ? Optional.of(new JpaTypes.Mapping("BLOB", TypeCategory.BINARY))
        : Optional.empty();
  }

  private static boolean serialized(TypeMirror type) {
    TypeElement element = JpaTypes.typeElement(type);
    return element != null && !JpaAnnotations.has(element, "Entity") && serializable(element);
  }

  /** Whether the class or interface is, or extends or implements, {@code Serializable}. */
  static boolean serializable(TypeElement type) {
    if (type.getQualifiedName().contentEquals(SERIALIZABLE)) {
      return true;
    }
    for (TypeMirror parent : type.getInterfaces()) {
      if (parent instanceof DeclaredType declared
          && serializable((TypeElement) declared.asElement())) {
        return true;
      }
    }
    TypeMirror superclass = type.getSuperclass();
    return superclass.getKind() == TypeKind.DECLARED
        && serializable((TypeElement) ((DeclaredType) superclass).asElement());
  }
}
