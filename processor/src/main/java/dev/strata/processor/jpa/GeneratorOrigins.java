package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Which annotation names a key generator's sequence, table or column: the
 * {@code @SequenceGenerator} or {@code @TableGenerator} in the key's scope ({@link
 * GeneratorScope}), by the attribute that gives the name, or the {@code @GeneratedValue} whose
 * {@code generator} no generator there declares, so that an error about the name points at what
 * gives it rather than at the entity.
 */
final class GeneratorOrigins {

  /**
   * Where a name is given.
   *
   * @param element the field, class or package carrying the annotation
   * @param value the value that gives the name, where a message about it belongs
   * @param written the annotation and the attribute to give another name with, as a message asks
   *     for it: {@code @SequenceGenerator(sequenceName}
   */
  record Origin(
      Element element, AnnotationMirror annotation, AnnotationValue value, String written) {

    /** The name given by {@code attribute} of the JPA generator or {@code @GeneratedValue}. */
    static Origin of(Element element, AnnotationMirror annotation, String attribute) {
      String simpleName = annotation.getAnnotationType().asElement().getSimpleName().toString();
      // a generator's name names a sequence or table only in place of the attribute for it
      String fix =
          !attribute.equals("name")
              ? attribute
              : simpleName.equals("SequenceGenerator") ? "sequenceName" : "table";
      return new Origin(
          element,
          annotation,
          AnnotationMirrors.value(annotation, attribute).orElse(null),
          "@" + simpleName + "(" + fix);
    }
  }

  private GeneratorOrigins() {}

  /** What names {@code sequence}, a sequence one of {@code entity}'s keys is generated from. */
  static Optional<Origin> sequence(TypeElement entity, String sequence) {
    for (VariableElement field : generatedKeys(entity)) {
      Optional<Origin> origin =
          origin(
              "SequenceGenerator",
              entity,
              field,
              sequence,
              List.of("sequenceName", "name"),
              List.of("sequence_name", "name"));
      if (origin.isPresent()) {
        return origin;
      }
    }
    return Optional.empty();
  }

  /** What names {@code table}, a generator table that {@code key}, a key of the entity, uses. */
  static Optional<Origin> table(TypeElement entity, Element key, String table) {
    return key instanceof VariableElement field
        ? origin(
            "TableGenerator",
            entity,
            field,
            table,
            List.of("table", "name"),
            List.of("table_name", "name"))
        : Optional.empty();
  }

  /** What names {@code column}, a column of a generator table that {@code key} uses. */
  static Optional<Origin> column(TypeElement entity, Element key, String column) {
    return key instanceof VariableElement field
        ? origin(
            "TableGenerator",
            entity,
            field,
            column,
            List.of("pkColumnName", "valueColumnName"),
            List.of("segment_column_name", "value_column_name"))
        : Optional.empty();
  }

  /**
   * The first of {@code attributes} of the generator {@code annotation} the key uses that gives
   * {@code name}, such as {@code sequenceName} (the name that a generator without one falls back to
   * is checked second); else the first of {@code parameters} of the {@code @GenericGenerator} it
   * uses ({@code name} standing for the generator's own name); the key's {@code
   * GeneratedValue(generator)} if no generator declares it.
   */
  private static Optional<Origin> origin(
      String annotation,
      TypeElement entity,
      VariableElement field,
      String name,
      List<String> attributes,
      List<String> parameters) {
    Optional<AnnotationMirror> generated = JpaAnnotations.find(field, "GeneratedValue");
    if (generated.isEmpty()) {
      return Optional.empty();
    }
    String generator = AnnotationMirrors.string(generated.get(), "generator", "");
    Optional<GeneratorScope.Declared> declared =
        GeneratorScope.declared(annotation, field, entity, generator);
    if (declared.isPresent()) {
      for (String attribute : attributes) {
        if (sameName(AnnotationMirrors.string(declared.get().annotation(), attribute, ""), name)) {
          return Optional.of(
              Origin.of(declared.get().holder(), declared.get().annotation(), attribute));
        }
      }
      return Optional.empty();
    }
    Optional<GeneratorScope.Declared> generic =
        GenericGenerators.readsGeneric(generated.get())
            ? GeneratorScope.declaredGeneric(field, entity, generator)
            : Optional.empty();
    if (generic.isPresent()) {
      return genericOrigin(generic.get(), name, parameters);
    }
    return sameName(generator, name)
        ? Optional.of(Origin.of(field, generated.get(), "generator"))
        : Optional.empty();
  }

  /** The {@code @Parameter} of a {@code @GenericGenerator} that gives {@code name}, or its name. */
  private static Optional<Origin> genericOrigin(
      GeneratorScope.Declared generic, String name, List<String> parameters) {
    AnnotationMirror annotation = generic.annotation();
    List<AnnotationMirror> given = AnnotationMirrors.annotations(annotation, "parameters");
    for (String parameter : parameters) {
      Optional<AnnotationValue> value =
          parameter.equals("name")
              ? AnnotationMirrors.value(annotation, "name")
                  .filter(v -> sameName(String.valueOf(v.getValue()), name))
              : given.stream()
                  .filter(p -> AnnotationMirrors.string(p, "name", "").equals(parameter))
                  .filter(p -> sameName(AnnotationMirrors.string(p, "value", ""), name))
                  .findFirst()
                  .flatMap(p -> AnnotationMirrors.value(p, "value"));
      if (value.isPresent()) {
        // the generator's own name gives it where no parameter does: another name is a parameter
        String fix = parameter.equals("name") ? parameters.get(0) : parameter;
        return Optional.of(
            new Origin(
                generic.holder(),
                annotation,
                value.get(),
                "@Parameter(name = \"" + fix + "\", value"));
      }
    }
    return Optional.empty();
  }

  /** The generated {@code @Id} fields of the class and the classes above it. */
  private static List<VariableElement> generatedKeys(TypeElement type) {
    List<VariableElement> keys = new ArrayList<>();
    for (TypeElement current = type; current != null; current = Hierarchies.superclass(current)) {
      for (Element member : current.getEnclosedElements()) {
        if (member.getKind() == ElementKind.FIELD
            && JpaAnnotations.has(member, "Id")
            && JpaAnnotations.has(member, "GeneratedValue")) {
          keys.add((VariableElement) member);
        }
      }
    }
    return keys;
  }

  private static boolean sameName(String written, String physical) {
    return !written.isEmpty()
        && (written.equalsIgnoreCase(physical)
            || JpaNaming.SNAKE_CASE.physical(written).equalsIgnoreCase(physical));
  }
}
