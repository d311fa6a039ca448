package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * The schema Hibernate derives from Bean Validation constraints when Hibernate Validator is present
 * and {@code hibernate.validator.apply_to_ddl} is true (its default), as its {@code
 * TypeSafeActivator} does: {@code @NotNull}, {@code @NotBlank} and {@code @NotEmpty} make the
 * columns of a non-embedded property NOT NULL; {@code @Size(max)} and Hibernate Validator's
 * {@code @Length(max)} set the length of a {@code String} column; {@code @Digits} sets precision
 * and scale. Only constraints of the {@code Default} group count, and constraints composed into
 * another count as if declared. {@code @Min} and {@code @Max} become check constraints ({@code
 * c>=1}); when composed into another constraint (Hibernate Validator's {@code @Range}) their values
 * come from the composing annotation's overrides, which Strata does not read, so those are reported
 * back.
 *
 * <p>The fields of an embeddable are constrained only where every embedded field on the way down to
 * them is {@code @Valid}, the one way Bean Validation reaches them, and their columns NOT NULL only
 * where each of those embedded fields is itself {@code @NotNull} too: Hibernate leaves a column
 * nullable when the embedded value that holds it may be null ({@link #inside}).
 */
final class BeanValidation {

  private static final List<String> PACKAGES =
      List.of("jakarta.validation.constraints.", "javax.validation.constraints.");
  private static final Set<String> NOT_NULL = Set.of("NotNull", "NotBlank", "NotEmpty");
  private static final String LENGTH = "org.hibernate.validator.constraints.Length";
  private static final String[] VALID = {"jakarta.validation.Valid", "javax.validation.Valid"};

  /** What a field's constraints do to its columns. */
  record Shape(
      boolean notNull,
      OptionalInt maxLength,
      Optional<AnnotationMirror> digits,
      List<AnnotationMirror> checks,
      List<AnnotationMirror> composedChecks) {

    static final Shape NONE =
        new Shape(false, OptionalInt.empty(), Optional.empty(), List.of(), List.of());

    /**
     * The conditions of the {@code @Min} and {@code @Max} declared on the field, as Hibernate's
     * {@code TypeSafeActivator} writes them for {@code column}: {@code column>=min}, {@code
     * column<=max}.
     */
    List<String> conditions(String column) {
      List<String> conditions = new ArrayList<>();
      for (AnnotationMirror check : checks) {
        String simple = check.getAnnotationType().asElement().getSimpleName().toString();
        long value =
            AnnotationMirrors.value(check, "value")
                .map(v -> ((Number) v.getValue()).longValue())
                .orElse(0L);
        conditions.add(column + (simple.equals("Min") ? ">=" : "<=") + value);
      }
      return conditions;
    }
  }

  private static final BeanValidation OFF = new BeanValidation(false, false);

  private final boolean applies;
  private final boolean appliesNotNull;

  private BeanValidation(boolean applies, boolean appliesNotNull) {
    this.applies = applies;
    this.appliesNotNull = appliesNotNull;
  }

  /**
   * @param applyToDdl {@code -Astrata.validator.apply_to_ddl}, Hibernate's switch
   */
  static BeanValidation of(Elements elements, boolean applyToDdl) {
    boolean applies =
        applyToDdl && elements.getTypeElement("org.hibernate.validator.HibernateValidator") != null;
    return new BeanValidation(applies, applies);
  }

  /**
   * The constraints Hibernate applies to the fields of the embeddable that {@code embedding} holds:
   * its {@code TypeSafeActivator} descends into an embedded value only when the field is
   * {@code @Valid}, and sets NOT NULL there only when the field is not null itself, as an embedded
   * value that may be null leaves every column of it null.
   */
  BeanValidation inside(VariableElement embedding) {
    if (!applies || !AnnotationMirrors.has(embedding, VALID)) {
      return OFF;
    }
    return new BeanValidation(true, appliesNotNull && shape(embedding).notNull());
  }

  /** None: Hibernate applies no constraint to a collection table's columns. */
  static BeanValidation none() {
    return OFF;
  }

  /** Whether Hibernate applies the constraints of the fields this maps to their columns. */
  boolean applies() {
    return applies;
  }

  Shape shape(Element field) {
    if (!applies) {
      return Shape.NONE;
    }
    Collected collected = new Collected();
    for (AnnotationMirror annotation : field.getAnnotationMirrors()) {
      if (isConstraint(annotation) && inDefaultGroup(annotation)) {
        collect(annotation, annotation, collected, 0);
      }
    }
    collected.notNull &= appliesNotNull;
    return collected.shape();
  }

  /**
   * @param declared the annotation on the field that {@code annotation} is, or is composed into
   */
  private static void collect(
      AnnotationMirror declared, AnnotationMirror annotation, Collected collected, int depth) {
    String name = qualifiedName(annotation);
    String simple = name.substring(name.lastIndexOf('.') + 1);
    if (standard(name)) {
      collected.notNull |= NOT_NULL.contains(simple);
      if (simple.equals("Size")) {
        collected.lengthFrom(AnnotationMirrors.integer(annotation, "max", Integer.MAX_VALUE));
      } else if (simple.equals("Digits")) {
        collected.digits = Optional.of(annotation);
      } else if (simple.equals("Min") || simple.equals("Max")) {
        if (depth == 0) {
          collected.checks.add(annotation);
        } else if (!collected.composedChecks.contains(declared)) {
          // reported on the constraint the field declares, which is what the user can change
          collected.composedChecks.add(declared);
        }
      }
    } else if (name.equals(LENGTH)) {
      collected.lengthFrom(AnnotationMirrors.integer(annotation, "max", Integer.MAX_VALUE));
    }
    // a constraint composed of others, such as Hibernate Validator's @Range of @Min and @Max
    Element type = annotation.getAnnotationType().asElement();
    if (depth < 8) {
      for (AnnotationMirror composing : type.getAnnotationMirrors()) {
        if (isConstraint(composing)) {
          collect(declared, composing, collected, depth + 1);
        }
      }
    }
  }

  private static boolean standard(String name) {
    return PACKAGES.stream().anyMatch(name::startsWith);
  }

  private static boolean isConstraint(AnnotationMirror annotation) {
    Element type = annotation.getAnnotationType().asElement();
    return AnnotationMirrors.has(
        type, "jakarta.validation.Constraint", "javax.validation.Constraint");
  }

  /** Hibernate applies the constraints of the {@code Default} group to the DDL, no others. */
  private static boolean inDefaultGroup(AnnotationMirror annotation) {
    List<String> groups = AnnotationMirrors.strings(annotation, "groups");
    return groups.isEmpty()
        || groups.stream().anyMatch(group -> group.endsWith("validation.groups.Default"));
  }

  private static String qualifiedName(AnnotationMirror annotation) {
    return ((TypeElement) annotation.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  private static final class Collected {
    boolean notNull;
    OptionalInt maxLength = OptionalInt.empty();
    Optional<AnnotationMirror> digits = Optional.empty();
    final List<AnnotationMirror> checks = new ArrayList<>();
    final List<AnnotationMirror> composedChecks = new ArrayList<>();

    void lengthFrom(int max) {
      if (max < Integer.MAX_VALUE) {
        maxLength = OptionalInt.of(max);
      }
    }

    Shape shape() {
      return new Shape(
          notNull, maxLength, digits, List.copyOf(checks), List.copyOf(composedChecks));
    }
  }
}
