package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.CheckDefinition;
import dev.strata.processor.model.SqlIdentifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * The check constraints Hibernate 7 writes for an entity's table, read from its own export: one
 * unnamed check per column that joins, as {@code (a) and (b)}, the range of an ordinal enum, JPA's
 * {@code @Column(check)}, Hibernate's {@code @Check} on the field and Bean Validation's
 * {@code @Min} and {@code @Max}, in that order, each distinct text once; a named one of each named
 * {@code @CheckConstraint} or {@code @Check}, the same name and text once; and the table's own from
 * {@code @Table(check)} and {@code @Check} on the class. Strata names the unnamed ones as
 * PostgreSQL would ({@code products_price_check}), so that a migration can drop them again.
 */
final class EntityChecks {

  private static final String HIBERNATE_CHECK = "org.hibernate.annotations.Check";
  private static final String HIBERNATE_CHECKS = "org.hibernate.annotations.Checks";

  private final FieldMapper mapper;

  EntityChecks(FieldMapper mapper) {
    this.mapper = mapper;
  }

  List<CheckDefinition> of(
      TypeElement type, String table, List<MappedColumn> columns, MappingReport report) {
    Names names = new Names(table);
    List<CheckDefinition> checks = new ArrayList<>();
    boolean idClass = hasIdClass(type);
    for (MappedColumn column : columns) {
      // a foreign key column has the checks of the field that writes it, if another field does
      if (column.references().isEmpty() || column.writer().isPresent()) {
        MappedColumn written = column.asWritten();
        // Hibernate validates an @IdClass entity's key through the id class, which maps no column,
        // so the Bean Validation constraints of its @Id fields make no check
        boolean validated = !(idClass && JpaAnnotations.has(written.field(), "Id"));
        checks.addAll(columnChecks(written, names, validated, report));
      }
    }
    List<Condition> tableChecks = new ArrayList<>();
    JpaAnnotations.find(type, "Table")
        .ifPresent(t -> tableChecks.addAll(jpaChecks(type, t, report)));
    tableChecks.addAll(hibernateChecks(type));
    for (Condition check : tableChecks) {
      checks.add(
          new CheckDefinition(
              check.name().orElseGet(() -> names.next(table + "_check")), check.sql()));
    }
    return checks;
  }

  /** Whether the entity's key is an {@code @IdClass}, declared on it or on a class above it. */
  private static boolean hasIdClass(TypeElement type) {
    for (TypeElement t = type; t != null; t = JpaTypes.typeElement(t.getSuperclass())) {
      if (JpaAnnotations.has(t, "IdClass")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The checks of an embeddable's columns in a collection table: those of its fields, without Bean
   * Validation's, which Hibernate applies to the tables of entities only.
   */
  List<CheckDefinition> ofCollection(
      String table, List<MappedColumn> columns, MappingReport report) {
    Names names = new Names(table);
    List<CheckDefinition> checks = new ArrayList<>();
    for (MappedColumn column : columns) {
      if (column.references().isEmpty()) {
        checks.addAll(columnChecks(column, names, false, report));
      }
    }
    return checks;
  }

  private List<CheckDefinition> columnChecks(
      MappedColumn column, Names names, MappingReport report) {
    return columnChecks(column, names, true, report);
  }

  private List<CheckDefinition> columnChecks(
      MappedColumn column, Names names, boolean validated, MappingReport report) {
    VariableElement field = column.field();
    List<String> unnamed = new ArrayList<>();
    List<CheckDefinition> named = new ArrayList<>();
    if (mapper.basicColumns().isOrdinalEnum(field)) {
      unnamed.add(column.name() + " between 0 and " + (constants(field) - 1));
    }
    BooleanConverters.check(field, column.name()).ifPresent(unnamed::add);
    List<Condition> declared = new ArrayList<>();
    JpaAnnotations.find(field, "Column")
        .ifPresent(c -> declared.addAll(jpaChecks(field, c, report)));
    declared.addAll(hibernateChecks(field));
    for (Condition condition : declared) {
      if (condition.name().isPresent()) {
        named.add(new CheckDefinition(condition.name().get(), condition.sql()));
      } else {
        unnamed.add(condition.sql());
      }
    }
    if (validated && column.validated()) {
      unnamed.addAll(mapper.validation().shape(field).conditions(column.name()));
    }
    // Hibernate adds a column's check once however many sources give it the same text (a @Check
    // repeating @Min's or an enum's range, @Column(check) repeating @Check), and a named one once
    List<CheckDefinition> checks = new ArrayList<>(named.stream().distinct().toList());
    if (!unnamed.isEmpty()) {
      String condition =
          String.join(" and ", unnamed.stream().distinct().map(c -> "(" + c + ")").toList());
      String name = TableMapper.constraintName(names.table, column.name(), "check");
      checks.add(new CheckDefinition(names.next(name), condition));
    }
    return checks;
  }

  /** A condition, and its name where the mapping gives one. */
  private record Condition(Optional<String> name, String sql) {}

  /** JPA 3.2's {@code check = @CheckConstraint(...)} of a {@code @Table} or {@code @Column}. */
  private static List<Condition> jpaChecks(
      Element owner, AnnotationMirror annotation, MappingReport report) {
    List<Condition> conditions = new ArrayList<>();
    for (AnnotationMirror check : AnnotationMirrors.annotations(annotation, "check")) {
      if (!AnnotationMirrors.string(check, "options", "").isEmpty()) {
        report.unsupported(
            JpaMessages.unsupported("@CheckConstraint(options = ...)"), owner, annotation);
      }
      conditions.add(
          new Condition(
              Optional.of(AnnotationMirrors.string(check, "name", "")).filter(n -> !n.isEmpty()),
              AnnotationMirrors.string(check, "constraint", "")));
    }
    return conditions;
  }

  /** Hibernate's {@code @Check}, alone or in {@code @Checks}. */
  private static List<Condition> hibernateChecks(Element element) {
    List<AnnotationMirror> checks = new ArrayList<>();
    AnnotationMirrors.find(element, HIBERNATE_CHECK).ifPresent(checks::add);
    AnnotationMirrors.find(element, HIBERNATE_CHECKS)
        .ifPresent(all -> checks.addAll(AnnotationMirrors.annotations(all, "value")));
    return checks.stream()
        .map(
            check ->
                new Condition(
                    Optional.of(AnnotationMirrors.string(check, "name", ""))
                        .filter(n -> !n.isEmpty()),
                    AnnotationMirrors.string(check, "constraints", "")))
        .toList();
  }

  private static long constants(VariableElement field) {
    return ((DeclaredType) field.asType())
        .asElement().getEnclosedElements().stream()
            .filter(member -> member.getKind() == ElementKind.ENUM_CONSTANT)
            .count();
  }

  /** Hands out the names Strata gives unnamed checks: PostgreSQL's, numbered when taken. */
  private static final class Names {
    final String table;
    final Set<String> taken = new HashSet<>();

    Names(String table) {
      this.table = table;
    }

    String next(String base) {
      String name = base.toLowerCase(Locale.ROOT);
      // PostgreSQL's own numbering: products_price_check1
      for (int i = 1; !taken.add(name); i++) {
        name = (base + i).toLowerCase(Locale.ROOT);
        if (name.length() > SqlIdentifiers.MAX_LENGTH) {
          name = TableMapper.constraintName(base.substring(0, 40), String.valueOf(i), "check");
        }
      }
      return name;
    }
  }
}
