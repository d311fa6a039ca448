package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Holds an entity's {@code @IdClass} to its {@code @Id} fields, as Hibernate does before it starts:
 * Strata takes the key from the {@code @Id} fields and never reads the id class, so an id class
 * that names other attributes would pass the build and leave Hibernate refusing the entity ("has
 * '@Id' annotated properties ... which do not match properties of the specified '@IdClass'", or
 * "has an '@IdClass' with properties ... which do not match properties of the entity class"), with
 * migrations already written for a key Hibernate never maps.
 */
final class IdClasses {

  private IdClasses() {}

  /**
   * Whether the {@code @IdClass} that gives {@code entity} its key, its own or one a mapped
   * superclass declares, has a field of each {@code @Id} field's name and type and no other;
   * reports each field that breaks the rule.
   */
  static boolean matching(TypeElement entity, MappingReport report) {
    Optional<TypeElement> declaring = declaring(entity);
    if (declaring.isEmpty()) {
      return true;
    }
    AnnotationMirror idClass = JpaAnnotations.find(declaring.get(), "IdClass").orElseThrow();
    TypeElement keyType =
        AnnotationMirrors.value(idClass, "value")
            .map(value -> JpaTypes.typeElement((TypeMirror) value.getValue()))
            .orElse(null);
    if (keyType == null) {
      return true;
    }
    Map<String, VariableElement> attributes = fields(entity, true);
    Map<String, VariableElement> keyFields = fields(keyType, false);
    boolean matching = true;
    for (VariableElement attribute : attributes.values()) {
      Optional<AnnotationMirror> id = JpaAnnotations.find(attribute, "Id");
      if (id.isPresent() && !keyFields.containsKey(name(attribute))) {
        report.unsupported(JpaMessages.idNotInIdClass(attribute, keyType), attribute, id.get());
        matching = false;
      }
    }
    for (VariableElement keyField : keyFields.values()) {
      VariableElement attribute = attributes.get(name(keyField));
      if (attribute == null || JpaAnnotations.find(attribute, "Id").isEmpty()) {
        report.unsupported(
            JpaMessages.idClassFieldNotAnId(keyField, keyType, entity, attribute != null),
            attribute != null ? attribute : declaring.get(),
            attribute != null ? null : idClass);
        matching = false;
      } else if (!sameType(attribute, keyField)) {
        report.unsupported(
            JpaMessages.idClassFieldType(attribute, keyField, keyType),
            attribute,
            JpaAnnotations.find(attribute, "Id").orElseThrow());
        matching = false;
      }
    }
    if (!declaring.get().equals(entity)) {
      matching &= keptByDeclaringClass(entity, declaring.get(), keyType, keyFields, report);
    }
    return matching;
  }

  /**
   * The entity, or the nearest mapped superclass above it, that declares the {@code @IdClass}:
   * Hibernate takes the nearest, and leaves an entity below another entity to its root.
   */
  static Optional<TypeElement> declaring(TypeElement entity) {
    TypeElement current = entity;
    while (current != null) {
      if (JpaAnnotations.has(current, "IdClass")) {
        return Optional.of(current);
      }
      TypeElement parent = JpaTypes.typeElement(current.getSuperclass());
      current = parent != null && JpaAnnotations.has(parent, "MappedSuperclass") ? parent : null;
    }
    return Optional.empty();
  }

  /**
   * Whether a mapped superclass's {@code @IdClass} finds its fields where Hibernate looks for them:
   * in that superclass and the classes above it once they hold any of them (Hibernate 7.2 refuses
   * to start on a key field declared below, "belongs to an '@IdClass' but has no matching property
   * in entity class"), else all in the entity, which it then matches as its own.
   */
  private static boolean keptByDeclaringClass(
      TypeElement entity,
      TypeElement declaring,
      TypeElement keyType,
      Map<String, VariableElement> keyFields,
      MappingReport report) {
    Map<String, VariableElement> declared = fields(declaring, true);
    if (keyFields.keySet().stream().noneMatch(declared::containsKey)) {
      return true;
    }
    Map<String, VariableElement> attributes = fields(entity, true);
    boolean kept = true;
    for (String name : keyFields.keySet()) {
      VariableElement attribute = attributes.get(name);
      // a key field the entity lacks altogether is reported by matching() already
      if (attribute != null && !declared.containsKey(name)) {
        report.unsupported(
            JpaMessages.idBelowIdClass(attribute, keyType, declaring),
            attribute,
            JpaAnnotations.find(attribute, "Id").orElse(null));
        kept = false;
      }
    }
    return kept;
  }

  /**
   * The instance fields of {@code type} by name, its superclasses' first: for an entity, those of
   * the mapped superclasses it extends; for an id class, those of every class it extends.
   */
  private static Map<String, VariableElement> fields(TypeElement type, boolean entity) {
    List<TypeElement> classes = new ArrayList<>();
    for (TypeElement current = type;
        current != null && !current.getQualifiedName().contentEquals("java.lang.Object");
        current = JpaTypes.typeElement(current.getSuperclass())) {
      classes.add(0, current);
      TypeElement parent = JpaTypes.typeElement(current.getSuperclass());
      if (entity && (parent == null || !JpaAnnotations.has(parent, "MappedSuperclass"))) {
        break;
      }
    }
    // sorted by name: the messages come out in one order whatever the declaration order
    Map<String, VariableElement> fields = new TreeMap<>();
    for (TypeElement declaring : classes) {
      for (Element member : declaring.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && !member.getModifiers().contains(Modifier.STATIC)
            && !member.getModifiers().contains(Modifier.TRANSIENT)
            && !JpaAnnotations.has(member, "Transient")) {
          fields.put(name(member), (VariableElement) member);
        }
      }
    }
    return fields;
  }

  /**
   * Whether Hibernate takes the key field's type for the entity field's, as its {@code
   * hasCompatibleType} does: the same name, a primitive and its wrapper alike; a to-one field is
   * held to the target's key instead (a derived identity), and a type variable is left to
   * Hibernate, which resolves it in the entity.
   */
  private static boolean sameType(VariableElement attribute, VariableElement keyField) {
    if (JpaAnnotations.has(attribute, "ManyToOne", "OneToOne")
        || !resolved(attribute.asType())
        || !resolved(keyField.asType())) {
      return true;
    }
    return JpaTypes.boxed(JpaTypes.name(attribute.asType()))
        .equals(JpaTypes.boxed(JpaTypes.name(keyField.asType())));
  }

  private static boolean resolved(TypeMirror type) {
    return type.getKind().isPrimitive()
        || type.getKind() == TypeKind.DECLARED
        || type.getKind() == TypeKind.ARRAY;
  }

  private static String name(Element field) {
    return field.getSimpleName().toString();
  }
}
