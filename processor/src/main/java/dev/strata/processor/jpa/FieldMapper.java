package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.validation.ValidationReport;
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
public final class FieldMapper {

  private final JpaNaming naming;

  public FieldMapper(JpaNaming naming) {
    this.naming = naming;
  }

  /**
   * The columns of every persistent field of the class and its mapped superclasses; a field whose
   * column type Strata cannot tell is a warning in {@code report}, of the stage that asked.
   */
  List<MappedColumn> columns(TypeElement type, ValidationReport report) {
    List<MappedColumn> columns = new ArrayList<>();
    TypeElement superclass = typeElement(type.getSuperclass());
    if (superclass != null && JpaAnnotations.has(superclass, "MappedSuperclass", "Entity")) {
      columns.addAll(columns(superclass, report));
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && isPersistent((VariableElement) member)) {
        columns.addAll(map((VariableElement) member, report));
      }
    }
    return columns;
  }

  /** The table an entity maps to: {@code @Table(name)}, else its entity name. */
  String tableName(TypeElement entity) {
    String given = JpaAnnotations.name(entity, "Table");
    if (!given.isEmpty()) {
      return given;
    }
    String entityName = JpaAnnotations.name(entity, "Entity");
    return naming.physical(entityName.isEmpty() ? entity.getSimpleName().toString() : entityName);
  }

  static Optional<String> renamedFrom(Element element) {
    return AnnotationMirrors.find(element, "dev.strata.RenamedFrom")
        .map(c -> AnnotationMirrors.string(c, "value", ""))
        .filter(name -> !name.isEmpty());
  }

  private List<MappedColumn> map(VariableElement field, ValidationReport report) {
    TypeElement fieldType = typeElement(field.asType());
    if (JpaAnnotations.has(field, "Embedded", "EmbeddedId")
        || (fieldType != null && JpaAnnotations.has(fieldType, "Embeddable"))) {
      return fieldType == null ? List.of() : columns(fieldType, report);
    }
    Optional<MappedColumn> column =
        JpaAnnotations.has(field, "ManyToOne", "OneToOne")
            ? joinColumn(field, fieldType, report)
            : basicColumn(field);
    if (column.isEmpty()) {
      report.warning(JpaMessages.unmappedFieldType(field), field, null, null);
    }
    return column.map(List::of).orElse(List.of());
  }

  private Optional<MappedColumn> basicColumn(VariableElement field) {
    Optional<JpaTypes.Mapping> mapping = typeOf(field);
    if (mapping.isEmpty()) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> column = JpaAnnotations.find(field, "Column");
    boolean id = JpaAnnotations.has(field, "Id");
    String sqlType =
        column
            .flatMap(c -> AnnotationMirrors.value(c, "columnDefinition"))
            .map(value -> value.getValue().toString())
            .orElseGet(() -> sized(mapping.get().sqlType(), column));
    boolean nullable =
        !id
            && !field.asType().getKind().isPrimitive()
            && column.map(c -> AnnotationMirrors.bool(c, "nullable", true)).orElse(true);
    return Optional.of(
        new MappedColumn(
            field,
            columnName(column, field.getSimpleName().toString()),
            sqlType,
            mapping.get().category(),
            nullable,
            id,
            isIdentity(field),
            renamedFrom(field),
            Optional.empty()));
  }

  /**
   * The foreign key column of a {@code @ManyToOne} or {@code @OneToOne}: it takes the type of the
   * target entity's id, so the field cannot be mapped when that id cannot.
   */
  private Optional<MappedColumn> joinColumn(
      VariableElement field, TypeElement target, ValidationReport report) {
    Optional<MappedColumn> targetId =
        target == null
            ? Optional.empty()
            : columns(target, report).stream().filter(MappedColumn::id).findFirst();
    if (targetId.isEmpty()) {
      return Optional.empty();
    }
    Optional<AnnotationMirror> join = JpaAnnotations.find(field, "JoinColumn");
    boolean optional =
        JpaAnnotations.find(field, "ManyToOne")
            .or(() -> JpaAnnotations.find(field, "OneToOne"))
            .map(c -> AnnotationMirrors.bool(c, "optional", true))
            .orElse(true);
    boolean nullable =
        optional && join.map(c -> AnnotationMirrors.bool(c, "nullable", true)).orElse(true);
    return Optional.of(
        new MappedColumn(
            field,
            columnName(join, field.getSimpleName() + "_" + targetId.get().name()),
            targetId.get().sqlType(),
            targetId.get().category(),
            nullable,
            JpaAnnotations.has(field, "Id"),
            false,
            renamedFrom(field),
            Optional.of(new MappedColumn.Reference(tableName(target), targetId.get().name()))));
  }

  /** The {@code name} the annotation gives, else the physical form of the implicit name. */
  private String columnName(Optional<AnnotationMirror> annotation, String implicitName) {
    return annotation
        .map(c -> AnnotationMirrors.string(c, "name", ""))
        .filter(given -> !given.isEmpty())
        .orElseGet(() -> naming.physical(implicitName));
  }

  private static Optional<JpaTypes.Mapping> typeOf(VariableElement field) {
    TypeElement type = typeElement(field.asType());
    if (type != null && type.getKind() == ElementKind.ENUM) {
      boolean asString =
          JpaAnnotations.find(field, "Enumerated")
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
    return JpaAnnotations.find(field, "GeneratedValue")
        .flatMap(c -> AnnotationMirrors.enumConstant(c, "strategy"))
        .filter("IDENTITY"::equals)
        .isPresent();
  }

  private static boolean isPersistent(VariableElement field) {
    return !field.getModifiers().contains(Modifier.STATIC)
        && !field.getModifiers().contains(Modifier.TRANSIENT)
        && !JpaAnnotations.has(field, "Transient", "OneToMany", "ManyToMany", "ElementCollection");
  }

  private static TypeElement typeElement(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        ? (TypeElement) ((DeclaredType) type).asElement()
        : null;
  }
}
