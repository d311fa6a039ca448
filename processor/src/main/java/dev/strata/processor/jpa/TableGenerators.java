package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.GeneratorRow;
import dev.strata.processor.model.KeyUser;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.model.TableInheritance.Strategy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * The tables Hibernate 7 generates keys from for {@code @GeneratedValue(strategy = TABLE)}, as its
 * schema export creates and fills them: without a {@code @TableGenerator}, {@code
 * hibernate_sequences(sequence_name VARCHAR(255) NOT NULL PRIMARY KEY, next_val BIGINT)} with the
 * row {@code ('default', 0)} (named after a {@code generator} that none in scope declares, see
 * {@link GeneratorScope}); with one, its {@code table} (else the generator's name), {@code
 * pkColumnName} and {@code valueColumnName}, and the row {@code (pkColumnValue, initialValue)}
 * where the segment defaults to the entity's table and the value to 0. Entities that share a table
 * share one definition, with a row each.
 */
final class TableGenerators {

  private static final String DEFAULT_TABLE = "hibernate_sequences";
  private static final String DEFAULT_SEGMENT_COLUMN = "sequence_name";
  private static final String DEFAULT_VALUE_COLUMN = "next_val";
  // JPA's allocationSize, which Hibernate also takes for TABLE without a @TableGenerator
  private static final int DEFAULT_INCREMENT = 50;

  private final FieldMapper mapper;

  TableGenerators(FieldMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The generator tables of the entities, one per name in the order first met, each declared by the
   * first entity that uses it.
   */
  List<JoinTables.Declared> tables(List<TypeElement> entities, MappingReport report) {
    Map<String, JoinTables.Declared> byName = new LinkedHashMap<>();
    for (TypeElement entity : entities) {
      for (VariableElement field : idFields(entity)) {
        table(entity, field, report)
            .ifPresent(
                table ->
                    byName.merge(
                        table.name().toLowerCase(Locale.ROOT),
                        new JoinTables.Declared(entity, table, field),
                        (first, next) -> merged(first, next, field, report)));
      }
    }
    return List.copyOf(byName.values());
  }

  private static JoinTables.Declared merged(
      JoinTables.Declared first,
      JoinTables.Declared next,
      VariableElement field,
      MappingReport report) {
    if (!first.table().columns().equals(next.table().columns())) {
      report.unsupported(JpaMessages.generatorTableMismatch(first.table().name()), field, null);
      return first;
    }
    List<GeneratorRow> rows = new ArrayList<>();
    for (GeneratorRow row : first.table().generatorRows()) {
      rows.add(
          next.table().generatorRows().stream()
              .filter(other -> other.segment().equals(row.segment()))
              .findFirst()
              .map(other -> row.withUsers(other.users()))
              .orElse(row));
    }
    next.table().generatorRows().stream()
        .filter(row -> rows.stream().noneMatch(r -> r.segment().equals(row.segment())))
        .forEach(rows::add);
    return new JoinTables.Declared(
        first.owner(), first.table().withGeneratorRows(rows), first.declaring());
  }

  /** The generator table of one key field, if Hibernate generates its values from a table. */
  private Optional<TableDefinition> table(
      TypeElement entity, VariableElement field, MappingReport report) {
    Optional<AnnotationMirror> generated = JpaAnnotations.find(field, "GeneratedValue");
    if (generated.isEmpty()) {
      return Optional.empty();
    }
    String strategy = AnnotationMirrors.enumConstant(generated.get(), "strategy").orElse("AUTO");
    String generatorName = AnnotationMirrors.string(generated.get(), "generator", "");
    Optional<GeneratorScope.Declared> generator =
        GeneratorScope.declared("TableGenerator", field, entity, generatorName);
    boolean table =
        strategy.equals("TABLE")
            || (strategy.equals("AUTO") && !generatorName.isEmpty() && generator.isPresent());
    if (!table) {
      return strategy.equals("AUTO")
              && !GeneratorScope.declaresJpaGenerator(field, entity, generatorName)
          ? GenericGenerators.of(field, entity, generatorName, report)
              .filter(GenericGenerators.Table.class::isInstance)
              .map(GenericGenerators.Table.class::cast)
              .map(
                  generic ->
                      definition(
                          entity,
                          generic.table(),
                          generic.segmentColumn(),
                          generic.valueColumn(),
                          generic.segment(),
                          generic.initialValue(),
                          Optional.of(generic.increment())))
          : Optional.empty();
    }
    // under TABLE, Hibernate ignores a @GenericGenerator of that name
    if (generator.isEmpty()) {
      // none of that name in scope (GeneratorScope): the name is the table's
      if (!generatorName.isEmpty()
          && !KeyGenerators.writable(
              generatorName, "@GeneratedValue(generator)", field, generated.get(), report)) {
        return Optional.empty();
      }
      return Optional.of(
          definition(
              entity,
              generatorName.isEmpty() ? DEFAULT_TABLE : generatorName,
              DEFAULT_SEGMENT_COLUMN,
              DEFAULT_VALUE_COLUMN,
              "default",
              0,
              Optional.of((long) DEFAULT_INCREMENT)));
    }
    AnnotationMirror declared = generator.get().annotation();
    for (String attribute :
        List.of("schema", "catalog", "uniqueConstraints", "indexes", "options")) {
      if (AnnotationMirrors.value(declared, attribute)
          .filter(value -> !value.getValue().toString().isEmpty())
          .filter(value -> !(value.getValue() instanceof List<?> list && list.isEmpty()))
          .isPresent()) {
        report.unsupported(
            JpaMessages.unsupported("@TableGenerator(" + attribute + " = ...)"),
            generator.get().holder(),
            declared);
        return Optional.empty();
      }
    }
    String name = AnnotationMirrors.string(declared, "table", "");
    String tableName =
        name.isEmpty() ? AnnotationMirrors.string(declared, "name", generatorName) : name;
    String segmentColumn =
        AnnotationMirrors.string(declared, "pkColumnName", DEFAULT_SEGMENT_COLUMN);
    String valueColumn =
        AnnotationMirrors.string(declared, "valueColumnName", DEFAULT_VALUE_COLUMN);
    // in package-info.java, or the table named by the generator's name, UnquotedNames misses them
    boolean writable =
        KeyGenerators.writable(
                tableName,
                name.isEmpty()
                    ? "@TableGenerator(name), which names the table when table does not,"
                    : "@TableGenerator(table)",
                generator.get().holder(),
                declared,
                report)
            && KeyGenerators.writable(
                segmentColumn,
                "@TableGenerator(pkColumnName)",
                generator.get().holder(),
                declared,
                report)
            && KeyGenerators.writable(
                valueColumn,
                "@TableGenerator(valueColumnName)",
                generator.get().holder(),
                declared,
                report);
    if (!writable) {
      return Optional.empty();
    }
    return Optional.of(
        definition(
            entity,
            tableName,
            segmentColumn,
            valueColumn,
            AnnotationMirrors.string(declared, "pkColumnValue", mapper.tableName(entity)),
            AnnotationMirrors.integer(declared, "initialValue", 0),
            Optional.of(
                (long) AnnotationMirrors.integer(declared, "allocationSize", DEFAULT_INCREMENT))));
  }

  /**
   * The generator table, named as the naming names tables ({@code keyBlocks} is {@code key_blocks}
   * under Spring Boot's), its two columns as given, as Hibernate 7 exports them.
   */
  private TableDefinition definition(
      TypeElement entity,
      String table,
      String segmentColumn,
      String valueColumn,
      String segment,
      long initialValue,
      Optional<Long> increment) {
    // the entity's tables are the row's users, which the row's start after its keys reads
    List<KeyUser> users =
        increment
            .filter(step -> step > 0)
            .map(step -> keyTables(entity).stream().map(t -> new KeyUser(t, step)).toList())
            .orElse(List.of());
    return TableDefinition.builder(
            mapper.naming().physical(table), entity.getQualifiedName().toString())
        .columns(
            List.of(
                new ColumnDefinition(segmentColumn, "VARCHAR(255)", false),
                new ColumnDefinition(valueColumn, "BIGINT", true)))
        .primaryKey(List.of(segmentColumn))
        .generatorRows(
            List.of(new GeneratorRow(segmentColumn, segment, valueColumn, initialValue, users)))
        .build();
  }

  /**
   * The tables that hold the keys of {@code entity}'s {@code @Id}: its own, and in a {@code
   * TABLE_PER_CLASS} hierarchy those of every concrete class below it, whose rows spread over
   * several tables (in the other strategies, the root's table holds every key).
   */
  private List<String> keyTables(TypeElement entity) {
    List<TypeElement> classes = new ArrayList<>(List.of(entity));
    if (Hierarchies.strategy(entity) == Strategy.TABLE_PER_CLASS) {
      classes.addAll(mapper.hierarchies().descendants(entity));
    }
    return classes.stream()
        .filter(type -> !type.getModifiers().contains(Modifier.ABSTRACT))
        .map(mapper::tableName)
        .toList();
  }

  /** The {@code @Id} fields of an entity and its mapped superclasses. */
  private static List<VariableElement> idFields(TypeElement type) {
    List<VariableElement> fields = new ArrayList<>();
    if (type.getSuperclass() instanceof DeclaredType superclass
        && JpaAnnotations.has(superclass.asElement(), "MappedSuperclass")) {
      fields.addAll(idFields((TypeElement) superclass.asElement()));
    }
    for (Element member : type.getEnclosedElements()) {
      if (member.getKind() == ElementKind.FIELD && JpaAnnotations.has(member, "Id")) {
        fields.add((VariableElement) member);
      }
    }
    return fields;
  }
}
