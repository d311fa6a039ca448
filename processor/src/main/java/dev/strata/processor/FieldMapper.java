package dev.strata.processor;

import dev.strata.processor.verify.TypeCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Maps the persistent fields of a JPA class to the columns they read and write, as Hibernate does
 * with field access: {@code @Column}, {@code @Id}, {@code @GeneratedValue}, {@code @Enumerated},
 * {@code @Embedded} and {@code @ManyToOne} with {@code @JoinColumn}.
 */
final class FieldMapper {

  static final String ENTITY = "jakarta.persistence.Entity";
  private static final String PREFIX = "jakarta.persistence.";

  private final JpaNaming naming;
  private final ValidationReport report;

  FieldMapper(JpaNaming naming, ValidationReport report) {
    this.naming = naming;
    this.report = report;
  }

  /** The columns of every persistent field of the class and its mapped superclasses. */
  List<MappedColumn> columns(TypeElement type) {
    List<MappedColumn> columns = new ArrayList<>();
    TypeElement superclass = superclass(type);
    if (superclass != null && jpa(superclass, "MappedSuperclass", "Entity")) {
      columns.addAll(columns(superclass));
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && isPersistent((VariableElement) member)) {
        columns.addAll(map((VariableElement) member));
      }
    }
    return columns;
  }

  /** The column of the entity's {@code @Id} field, which a foreign key refers to. */
  Optional<MappedColumn> idColumn(TypeElement entity) {
    return columns(entity).stream().filter(MappedColumn::id).findFirst();
  }

  private List<MappedColumn> map(VariableElement field) {
    TypeElement fieldType = typeElement(field.asType());
    if (jpa(field, "Embedded", "EmbeddedId")
        || (fieldType != null && jpa(fieldType, "Embeddable"))) {
      return fieldType == null ? List.of() : columns(fieldType);
    }
    if (jpa(field, "ManyToOne", "OneToOne")) {
      return joinColumn(field, fieldType).map(List::of).orElse(List.of());
    }
    Optional<AnnotationMirror> column = jpaAnnotation(field, "Column");
    Optional<JpaTypes.Mapping> mapping = typeOf(field);
    if (mapping.isEmpty()) {
      report.warning(Messages.unmappedFieldType(field), field, null, null);
      return List.of();
    }
    boolean id = jpa(field, "Id");
    String sqlType =
        column
            .flatMap(c -> AnnotationMirrors.value(c, "columnDefinition"))
            .map(value -> value.getValue().toString())
            .orElseGet(() -> sized(mapping.get().sqlType(), column));
    boolean nullable =
        !id
            && !field.asType().getKind().isPrimitive()
            && column.map(c -> AnnotationMirrors.bool(c, "nullable", true)).orElse(true);
    String name =
        column
            .map(c -> AnnotationMirrors.string(c, "name", ""))
            .filter(given -> !given.isEmpty())
            .orElseGet(() -> naming.physical(field.getSimpleName().toString()));
    return List.of(
        new MappedColumn(
            field,
            name,
            sqlType,
            mapping.get().category(),
            nullable,
            id,
            isIdentity(field),
            renamedFrom(field),
            Optional.empty()));
  }

  private Optional<MappedColumn> joinColumn(VariableElement field, TypeElement target) {
    Optional<MappedColumn> targetId = target == null ? Optional.empty() : idColumn(target);
    if (targetId.isEmpty()) {
      report.warning(Messages.unmappedFieldType(field), field, null, null);
      return Optional.empty();
    }
    Optional<AnnotationMirror> join = jpaAnnotation(field, "JoinColumn");
    String name =
        join.map(c -> AnnotationMirrors.string(c, "name", ""))
            .filter(given -> !given.isEmpty())
            .orElseGet(() -> naming.physical(field.getSimpleName() + "_" + targetId.get().name()));
    boolean optional =
        jpaAnnotation(field, "ManyToOne")
            .or(() -> jpaAnnotation(field, "OneToOne"))
            .map(c -> AnnotationMirrors.bool(c, "optional", true))
            .orElse(true);
    boolean nullable =
        optional && join.map(c -> AnnotationMirrors.bool(c, "nullable", true)).orElse(true);
    String sqlType = targetId.get().sqlType();
    return Optional.of(
        new MappedColumn(
            field,
            name,
            sqlType,
            targetId.get().category(),
            nullable,
            jpa(field, "Id"),
            false,
            renamedFrom(field),
            Optional.of(new MappedColumn.Reference(tableName(target), targetId.get().name()))));
  }

  /** The table an entity maps to: {@code @Table(name)}, else its entity name. */
  String tableName(TypeElement entity) {
    String given =
        jpaAnnotation(entity, "Table").map(c -> AnnotationMirrors.string(c, "name", "")).orElse("");
    if (!given.isEmpty()) {
      return given;
    }
    String entityName =
        jpaAnnotation(entity, "Entity")
            .map(c -> AnnotationMirrors.string(c, "name", ""))
            .orElse("");
    return naming.physical(entityName.isEmpty() ? entity.getSimpleName().toString() : entityName);
  }

  private Optional<JpaTypes.Mapping> typeOf(VariableElement field) {
    TypeElement type = typeElement(field.asType());
    if (type != null && type.getKind() == ElementKind.ENUM) {
      boolean asString =
          jpaAnnotation(field, "Enumerated")
              .flatMap(c -> AnnotationMirrors.enumConstant(c, "value"))
              .filter("STRING"::equals)
              .isPresent();
      return Optional.of(
          asString
              ? new JpaTypes.Mapping("VARCHAR", TypeCategory.STRING)
              : new JpaTypes.Mapping("SMALLINT", TypeCategory.INTEGRAL));
    }
    return JpaTypes.of(field.asType());
  }

  private static String sized(String sqlType, Optional<AnnotationMirror> column) {
    return JpaTypes.sized(
        sqlType,
        column.map(c -> AnnotationMirrors.integer(c, "length", 255)).orElse(255),
        column.map(c -> AnnotationMirrors.integer(c, "precision", 0)).orElse(0),
        column.map(c -> AnnotationMirrors.integer(c, "scale", 0)).orElse(0));
  }

  private static boolean isIdentity(VariableElement field) {
    return jpaAnnotation(field, "GeneratedValue")
        .flatMap(c -> AnnotationMirrors.enumConstant(c, "strategy"))
        .filter("IDENTITY"::equals)
        .isPresent();
  }

  static Optional<String> renamedFrom(Element element) {
    return AnnotationMirrors.find(element, "dev.strata.RenamedFrom")
        .map(c -> AnnotationMirrors.string(c, "value", ""))
        .filter(name -> !name.isEmpty());
  }

  private static boolean isPersistent(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC)
        && !field.getModifiers().contains(Modifier.TRANSIENT)
        && !jpa(field, "Transient", "OneToMany", "ManyToMany", "ElementCollection");
  }

  static boolean jpa(Element element, String... simpleNames) {
    for (String simpleName : simpleNames) {
      if (jpaAnnotation(element, simpleName).isPresent()) {
        return true;
      }
    }
    return false;
  }

  static Optional<AnnotationMirror> jpaAnnotation(Element element, String simpleName) {
    return AnnotationMirrors.find(element, PREFIX + simpleName);
  }

  private static TypeElement typeElement(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement()
        : null;
  }

  private static TypeElement superclass(TypeElement type) {
    return typeElement(type.getSuperclass());
  }
}
