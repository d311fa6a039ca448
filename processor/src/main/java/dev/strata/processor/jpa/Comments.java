package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.TableInheritance.Strategy;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;

/**
 * The comments Hibernate 7 gives the tables and columns it creates, as measured on its export: JPA
 * 3.2's {@code comment} of {@code @Table}, {@code @SecondaryTable}, {@code @Column} and a to-one's
 * {@code @JoinColumn}, of a collection's {@code @JoinTable} and of the {@code @Column} of an
 * element collection of basic values (its value's column), and Hibernate's {@code @Comment} on an
 * entity (its table) or a field (its column), which wins over JPA's. Comments elsewhere, whose
 * table or column Strata does not follow, are reported on their annotation.
 */
final class Comments {

  private static final String HIBERNATE_COMMENT = "org.hibernate.annotations.Comment";

  /** The fields whose own column a comment cannot be given to: Hibernate's maps them elsewhere. */
  private static final String[] ELSEWHERE = {
    "ElementCollection", "OneToMany", "ManyToMany", "Embedded", "EmbeddedId"
  };

  private Comments() {}

  /**
   * The comment of table {@code name} of entity {@code type}: its own table's, or that of the
   * {@code @SecondaryTable} so named.
   */
  static Optional<String> ofTable(TypeElement type, String name, FieldMapper mapper) {
    if (name.equalsIgnoreCase(mapper.tableName(type))) {
      return hibernate(type).or(() -> declared(JpaAnnotations.find(type, "Table")));
    }
    for (AnnotationMirror secondary : SecondaryTables.declared(type)) {
      String logical = AnnotationMirrors.string(secondary, "name", "");
      if (name.equalsIgnoreCase(mapper.naming().physical(logical))) {
        return declared(Optional.of(secondary));
      }
    }
    return Optional.empty();
  }

  /** The comment of the column a field of an entity or mapped superclass maps to, if it has one. */
  static Optional<String> ofColumn(Element field) {
    if (!commentable(field)) {
      return Optional.empty();
    }
    return hibernate(field).or(() -> declared(JpaAnnotations.find(field, columnAnnotation(field))));
  }

  /**
   * Whether JPA's {@code comment} of {@code annotation}, one the element itself carries, names a
   * table or column Strata gives it to.
   */
  static boolean followed(Element element, AnnotationMirror annotation) {
    String name = annotation.getAnnotationType().asElement().getSimpleName().toString();
    if (element instanceof TypeElement type) {
      return ownTable(type) && (name.equals("Table") || name.equals("SecondaryTable"));
    }
    // the field's own, not one of several in @JoinColumns
    boolean own = JpaAnnotations.find(element, name).filter(annotation::equals).isPresent();
    if (name.equals("JoinTable")) {
      return own && ownedBy(element) && JpaAnnotations.has(element, "ManyToMany", "OneToMany");
    }
    if (name.equals("Column") && JpaAnnotations.has(element, "ElementCollection")) {
      return own && ownedBy(element) && !embeddableValue(element);
    }
    return own && commentable(element) && name.equals(columnAnnotation(element));
  }

  /** Whether Hibernate's {@code @Comment} on a class is one Strata follows; reports it if not. */
  static boolean classSupported(TypeElement type, MappingReport report) {
    Optional<AnnotationMirror> comment = AnnotationMirrors.find(type, HIBERNATE_COMMENT);
    if (comment.isEmpty()) {
      return supportedOn(type, report);
    }
    if (!ownTable(type)) {
      report.unsupported(
          JpaMessages.unsupported(
              "@Comment on a class without a table of its own (a mapped superclass, an abstract"
                  + " TABLE_PER_CLASS root, a SINGLE_TABLE subclass): put it on the entity whose"
                  + " table it describes"),
          type,
          comment.get());
      return false;
    }
    return supportedOn(type, report);
  }

  /** Whether Hibernate's {@code @Comment} on a field is one Strata follows; reports it if not. */
  static boolean fieldSupported(Element field, MappingReport report) {
    Optional<AnnotationMirror> comment = AnnotationMirrors.find(field, HIBERNATE_COMMENT);
    if (comment.isPresent() && !commentable(field)) {
      report.unsupported(
          JpaMessages.unsupported(
              "@Comment on a collection, an embedded value or a field of an embeddable, whose"
                  + " columns Hibernate comments unlike its own: comment the columns where they"
                  + " are declared, on an entity's basic or to-one fields"),
          field,
          comment.get());
      return false;
    }
    return supportedOn(field, report);
  }

  // a comment on another table or column, or several: Strata follows a comment where it stands
  private static boolean supportedOn(Element element, MappingReport report) {
    boolean supported = true;
    Optional<AnnotationMirror> comment = AnnotationMirrors.find(element, HIBERNATE_COMMENT);
    if (comment.isPresent() && !AnnotationMirrors.string(comment.get(), "on", "").isEmpty()) {
      report.unsupported(
          JpaMessages.unsupported(
              "@Comment(on = ...), a comment on another table or column: give @SecondaryTable"
                  + " its comment, or comment the column where it is declared"),
          element,
          comment.get());
      supported = false;
    }
    Optional<AnnotationMirror> comments =
        AnnotationMirrors.find(element, "org.hibernate.annotations.Comments");
    if (comments.isPresent()) {
      report.unsupported(
          JpaMessages.unsupported("@Comment repeated, which Hibernate 7 refuses on a class"),
          element,
          comments.get());
      supported = false;
    }
    return supported;
  }

  /** The annotation that declares the field's own column: a to-one's join column, or its column. */
  private static String columnAnnotation(Element field) {
    return JpaAnnotations.has(field, "ManyToOne", "OneToOne") ? "JoinColumn" : "Column";
  }

  private static boolean commentable(Element field) {
    return ownedBy(field) && !JpaAnnotations.has(field, ELSEWHERE);
  }

  /** Whether the field is an entity's or a mapped superclass's, not an embeddable's. */
  private static boolean ownedBy(Element field) {
    Element owner = field.getEnclosingElement();
    return JpaAnnotations.has(owner, "Entity") || JpaAnnotations.has(owner, "MappedSuperclass");
  }

  /** Whether a collection holds embeddables, whose columns are declared in their class. */
  private static boolean embeddableValue(Element field) {
    if (!(field.asType() instanceof DeclaredType declared)
        || declared.getTypeArguments().isEmpty()) {
      return false;
    }
    List<? extends TypeMirror> arguments = declared.getTypeArguments();
    return arguments.get(arguments.size() - 1) instanceof DeclaredType value
        && JpaAnnotations.has(value.asElement(), "Embeddable");
  }

  /** Whether an entity has a table of its own, which a comment on its class describes. */
  private static boolean ownTable(TypeElement type) {
    if (!JpaAnnotations.isEntity(type)) {
      return false;
    }
    Strategy strategy = Hierarchies.strategy(type);
    if (strategy == Strategy.SINGLE_TABLE) {
      return Hierarchies.parent(type).isEmpty();
    }
    return !(strategy == Strategy.TABLE_PER_CLASS
        && type.getModifiers().contains(Modifier.ABSTRACT));
  }

  private static Optional<String> hibernate(Element element) {
    return AnnotationMirrors.find(element, HIBERNATE_COMMENT)
        .map(comment -> AnnotationMirrors.string(comment, "value", ""))
        .filter(text -> !text.isEmpty());
  }

  /** JPA's {@code comment} of {@code declaration}, if it gives one. */
  static Optional<String> declared(Optional<AnnotationMirror> declaration) {
    return declaration
        .map(annotation -> AnnotationMirrors.string(annotation, "comment", ""))
        .filter(text -> !text.isEmpty());
  }
}
