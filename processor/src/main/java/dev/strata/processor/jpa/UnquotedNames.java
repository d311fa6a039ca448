package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.SqlIdentifiers;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Finds the names in an entity's mapping that Strata cannot write. It writes table, column, index
 * and sequence names unquoted, so that each database folds their case as it does Hibernate's, and
 * so takes only plain names: letters, digits and underscores, not starting with a digit, at most 63
 * (PostgreSQL cuts longer ones). A quoted name ({@code `order`}, {@code "order"}), one with a space
 * or a dash, or an implicit one from a class or field name with other letters is reported on the
 * annotation or element that gives it, before any table is built of it.
 */
final class UnquotedNames {

  /** The attributes that name a database object, by annotation. */
  private static final Map<String, Set<String>> NAMING =
      Map.ofEntries(
          Map.entry("Table", Set.of("name", "schema")),
          Map.entry("SecondaryTable", Set.of("name", "schema")),
          Map.entry("CollectionTable", Set.of("name", "schema")),
          Map.entry("JoinTable", Set.of("name", "schema")),
          Map.entry("Column", Set.of("name", "table")),
          Map.entry("JoinColumn", Set.of("name", "referencedColumnName", "table")),
          Map.entry("PrimaryKeyJoinColumn", Set.of("name", "referencedColumnName")),
          Map.entry("MapKeyColumn", Set.of("name", "table")),
          Map.entry("MapKeyJoinColumn", Set.of("name", "referencedColumnName", "table")),
          Map.entry("OrderColumn", Set.of("name")),
          Map.entry("DiscriminatorColumn", Set.of("name")),
          Map.entry("Index", Set.of("name", "columnList")),
          Map.entry("UniqueConstraint", Set.of("name", "columnNames")),
          Map.entry("ForeignKey", Set.of("name")),
          Map.entry("SequenceGenerator", Set.of("sequenceName", "schema")),
          Map.entry(
              "TableGenerator", Set.of("table", "schema", "pkColumnName", "valueColumnName")));

  private final MappingReport report;
  private final Set<Element> visited = new HashSet<>();
  private boolean clean = true;

  private UnquotedNames(MappingReport report) {
    this.report = report;
  }

  /**
   * Reports every name of {@code types}' mappings that Strata cannot write; answers whether there
   * was none, so that tables can be built of them.
   */
  static boolean check(List<TypeElement> types, MappingReport report) {
    UnquotedNames names = new UnquotedNames(report);
    types.forEach(names::type);
    return names.clean;
  }

  /** The class, its mapped superclasses and the embeddables its fields hold. */
  private void type(TypeElement type) {
    for (TypeElement current = type;
        current != null && (current == type || mapped(current));
        current = Hierarchies.superclass(current)) {
      if (!visited.add(current)) {
        return;
      }
      boolean entity = JpaAnnotations.find(current, "Entity").isPresent();
      if (entity && JpaAnnotations.find(current, "Table").isEmpty()) {
        implicit(current, current.getSimpleName().toString(), "its class name");
      }
      annotations(current);
      for (Element member : current.getEnclosedElements()) {
        annotations(member);
        if (persistentField(member)) {
          if (!named(member)) {
            implicit(member, member.getSimpleName().toString(), "its field name");
          }
          embeddable(member.asType());
        }
      }
      if (current.getSuperclass() instanceof DeclaredType superclass) {
        // an embeddable the class binds to a variable, a field's type in the superclass
        superclass.getTypeArguments().forEach(this::embeddable);
      }
    }
  }

  private void annotations(Element element) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      annotation(element, annotation, annotation);
    }
  }

  /** One annotation, and those nested in it, reported on the outermost one. */
  private void annotation(Element element, AnnotationMirror outer, AnnotationMirror annotation) {
    String simpleName = annotation.getAnnotationType().asElement().getSimpleName().toString();
    Set<String> naming = isJpa(annotation) ? NAMING.getOrDefault(simpleName, Set.of()) : Set.of();
    for (var entry : annotation.getElementValues().entrySet()) {
      String attribute = entry.getKey().getSimpleName().toString();
      for (AnnotationValue item : AnnotationMirrors.items(entry.getValue())) {
        if (item.getValue() instanceof AnnotationMirror nested) {
          annotation(element, outer, nested);
        } else if (naming.contains(attribute) && item.getValue() instanceof String value) {
          for (String name : names(attribute, value)) {
            if (!name.isEmpty() && !writable(name, simpleName, attribute)) {
              refuse(
                  JpaMessages.unwritableName(name, "@" + simpleName + "(" + attribute + ")"),
                  element,
                  outer);
            }
          }
        }
      }
    }
  }

  private void implicit(Element element, String name, String source) {
    if (!SqlIdentifiers.isValid(name)) {
      refuse(JpaMessages.unwritableName(name, source), element, null);
    }
  }

  private void refuse(String message, Element element, AnnotationMirror annotation) {
    clean = false;
    report.unsupported(message, element, annotation);
  }

  private void embeddable(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED
        && ((DeclaredType) type).asElement() instanceof TypeElement element
        && JpaAnnotations.find(element, "Embeddable").isPresent()) {
      type(element);
    }
  }

  /** The names an attribute's value gives: an index's column list names several. */
  private static List<String> names(String attribute, String value) {
    if (!attribute.equals("columnList")) {
      return List.of(value);
    }
    return List.of(value.split(",")).stream()
        .map(String::strip)
        .map(UnquotedNames::withoutOrder)
        .toList();
  }

  private static String withoutOrder(String column) {
    String upper = column.toUpperCase(Locale.ROOT);
    if (upper.endsWith(" ASC") || upper.endsWith(" DESC")) {
      return column.substring(0, column.lastIndexOf(' ')).strip();
    }
    return column;
  }

  /** A table's name may carry its schema; the others are one plain name. */
  private static boolean writable(String name, String annotation, String attribute) {
    boolean table = annotation.endsWith("Table") && attribute.equals("name");
    return SqlIdentifiers.isValid(name) && (table || !name.contains("."));
  }

  private static boolean mapped(TypeElement type) {
    return JpaAnnotations.find(type, "MappedSuperclass").isPresent()
        || JpaAnnotations.find(type, "Entity").isPresent();
  }

  private static boolean isJpa(AnnotationMirror annotation) {
    String type = annotation.getAnnotationType().toString();
    return type.startsWith("jakarta.persistence.") || type.startsWith("javax.persistence.");
  }

  private static boolean persistentField(Element member) {
    return member.getKind() == ElementKind.FIELD
        && !member.getModifiers().contains(Modifier.STATIC)
        && !member.getModifiers().contains(Modifier.TRANSIENT)
        && JpaAnnotations.find(member, "Transient").isEmpty();
  }

  /** Whether an annotation names the field's column, so that its own name is not used. */
  private static boolean named(Element field) {
    return !JpaAnnotations.name(field, "Column").isEmpty()
        || !JpaAnnotations.name(field, "JoinColumn").isEmpty();
  }
}
