package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * Hibernate's {@code @GenericGenerator} (deprecated, still read by Hibernate 7), alone or in
 * {@code @GenericGenerators}, on the key field, its class, the entity or their packages, as
 * Hibernate 7 realises it for a key whose {@code @GeneratedValue} leaves the strategy {@code AUTO}
 * (under {@code SEQUENCE}, {@code TABLE} or {@code IDENTITY} Hibernate ignores it): its {@code
 * type} or, else, its {@code strategy}. A sequence ({@code sequence}, {@code enhanced-sequence},
 * {@code SequenceStyleGenerator}) named by {@code sequence_name}, else the generator's name,
 * starting at {@code initial_value} (1) with increment {@code increment_size} (50); a table ({@code
 * table}, {@code enhanced-table}, {@code TableGenerator}) named by {@code table_name}, else the
 * generator's name, with {@code segment_column_name} ({@code sequence_name}), {@code
 * value_column_name} ({@code next_val}) and the row ({@code segment_value} ({@code default}),
 * {@code initial_value} - 1); an identity column ({@code identity}); nothing in the schema for the
 * generators that compute keys in Java or from a query ({@code assigned}, {@code increment}, {@code
 * uuid}, {@code uuid2}, {@code uuid.hex}, {@code guid}). The others are refused on the annotation:
 * {@code native} (the default strategy: an identity column or a sequence by database), {@code
 * foreign}, {@code select}, another class, and a parameter Strata does not read.
 */
final class GenericGenerators {

  /** What a generic generator needs in the schema. */
  sealed interface Generic {}

  record Sequence(String name, int start, int increment) implements Generic {}

  record Table(
      String table,
      String segmentColumn,
      String valueColumn,
      String segment,
      long initialValue,
      long increment)
      implements Generic {}

  record Identity() implements Generic {}

  /** Keys computed in Java or read from the database, with nothing in the schema. */
  record Computed() implements Generic {}

  /** One Strata does not realise, reported on the annotation. */
  record Refused() implements Generic {}

  private static final String SEQUENCE = "org.hibernate.id.enhanced.SequenceStyleGenerator";
  private static final String TABLE = "org.hibernate.id.enhanced.TableGenerator";

  private enum Kind {
    SEQUENCE,
    TABLE,
    IDENTITY,
    COMPUTED
  }

  /** Hibernate 7's strategy names and generator classes ({@code GeneratorStrategies}), by kind. */
  private static final Map<String, Kind> KINDS = new HashMap<>();

  static {
    for (String sequence : List.of("sequence", "enhanced-sequence", SEQUENCE)) {
      KINDS.put(sequence, Kind.SEQUENCE);
    }
    for (String table : List.of("table", "enhanced-table", TABLE)) {
      KINDS.put(table, Kind.TABLE);
    }
    KINDS.put("identity", Kind.IDENTITY);
    KINDS.put("org.hibernate.id.IdentityGenerator", Kind.IDENTITY);
    for (String computed :
        List.of(
            "assigned",
            "increment",
            "uuid",
            "uuid.hex",
            "uuid2",
            "guid",
            "org.hibernate.id.Assigned",
            "org.hibernate.id.IncrementGenerator",
            "org.hibernate.id.UUIDHexGenerator",
            "org.hibernate.id.UUIDGenerator",
            "org.hibernate.id.GUIDGenerator")) {
      KINDS.put(computed, Kind.COMPUTED);
    }
  }

  private static final Set<String> SEQUENCE_PARAMETERS =
      Set.of("sequence_name", "initial_value", "increment_size");
  private static final Set<String> TABLE_PARAMETERS =
      Set.of(
          "table_name",
          "segment_column_name",
          "value_column_name",
          "segment_value",
          "initial_value",
          "increment_size");

  private GenericGenerators() {}

  /**
   * The generic generator named {@code generator} (for no name, the nearest) in the scope of the
   * key {@code field} of {@code entity}, if its {@code @GeneratedValue} strategy is {@code AUTO};
   * one Strata does not realise is reported on it.
   */
  static Optional<Generic> of(
      VariableElement field, TypeElement entity, String generator, MappingReport report) {
    Optional<AnnotationMirror> generated = JpaAnnotations.find(field, "GeneratedValue");
    if (generated.isEmpty() || !readsGeneric(generated.get())) {
      return Optional.empty();
    }
    return GeneratorScope.declaredGeneric(field, entity, generator)
        .map(declared -> generic(declared, report));
  }

  /**
   * Whether Hibernate reads a {@code @GenericGenerator} for the key of {@code generated}, a
   * {@code @GeneratedValue}: under its strategy {@code AUTO} alone.
   */
  static boolean readsGeneric(AnnotationMirror generated) {
    return AnnotationMirrors.enumConstant(generated, "strategy").orElse("AUTO").equals("AUTO");
  }

  /**
   * Whether the key {@code field} is an identity column by a {@code @GenericGenerator} in its
   * scope, as far as the class declaring it sees; {@link #identity(VariableElement, TypeElement)}
   * also sees the entity's, which a mapped superclass's key needs.
   */
  static boolean identity(VariableElement field) {
    return identity(field, (TypeElement) field.getEnclosingElement());
  }

  /**
   * Whether the key {@code field} of {@code entity}'s table is an identity column by a {@code
   * GenericGenerator} in its scope (the field, its class, the entity and their packages) that no
   * JPA generator of its name there takes over.
   */
  static boolean identity(VariableElement field, TypeElement entity) {
    Optional<AnnotationMirror> generated =
        JpaAnnotations.find(field, "GeneratedValue").filter(GenericGenerators::readsGeneric);
    if (generated.isEmpty()) {
      return false;
    }
    String generator = AnnotationMirrors.string(generated.get(), "generator", "");
    return !GeneratorScope.declaresJpaGenerator(field, entity, generator)
        && GeneratorScope.declaredGeneric(field, entity, generator)
            .filter(declared -> KINDS.get(strategy(declared.annotation())) == Kind.IDENTITY)
            .isPresent();
  }

  /**
   * Warns on a {@code @GenericGenerator} that the key {@code field}'s {@code @GeneratedValue} names
   * and Hibernate ignores, which its author believes is used: under a strategy other than {@code
   * AUTO}, or where a JPA generator of its name is in the key's scope.
   */
  static void reportIgnored(VariableElement field, TypeElement entity, MappingReport report) {
    Optional<AnnotationMirror> generated = JpaAnnotations.find(field, "GeneratedValue");
    String generator = generated.map(g -> AnnotationMirrors.string(g, "generator", "")).orElse("");
    Optional<GeneratorScope.Declared> generic =
        generator.isEmpty()
            ? Optional.empty()
            : GeneratorScope.declaredGeneric(field, entity, generator);
    if (generic.isEmpty()) {
      return;
    }
    String strategy = AnnotationMirrors.enumConstant(generated.get(), "strategy").orElse("AUTO");
    String key = entity.getSimpleName() + "." + field.getSimpleName();
    String message =
        !strategy.equals("AUTO")
            ? GeneratorMessages.genericGeneratorIgnored(
                generator,
                key,
                "as its @GeneratedValue(strategy = " + strategy + ") is not AUTO",
                "remove the strategy to use the generator, or remove the generator")
            : GeneratorScope.declaresJpaGenerator(field, entity, generator)
                ? GeneratorMessages.genericGeneratorIgnored(
                    generator,
                    key,
                    "as a @SequenceGenerator or @TableGenerator of that name in its scope takes"
                        + " over",
                    "remove one of the two, or rename it")
                : "";
    if (!message.isEmpty()) {
      report.ignoredByHibernate(message, generic.get().holder(), generic.get().annotation());
    }
  }

  private static Generic generic(GeneratorScope.Declared declared, MappingReport report) {
    AnnotationMirror annotation = declared.annotation();
    String name = AnnotationMirrors.string(annotation, "name", "");
    String strategy = strategy(annotation);
    Kind kind = KINDS.get(strategy);
    Map<String, String> parameters = parameters(annotation);
    Set<String> known =
        kind == Kind.SEQUENCE
            ? SEQUENCE_PARAMETERS
            : kind == Kind.TABLE ? TABLE_PARAMETERS : Set.of();
    Optional<String> unknown =
        parameters.keySet().stream().filter(p -> !known.contains(p)).sorted().findFirst();
    String problem =
        kind == null
            ? GeneratorMessages.genericGenerator(name, strategy)
            : unknown.map(p -> GeneratorMessages.genericGeneratorParameter(name, p)).orElse("");
    if (problem.isEmpty()) {
      try {
        Generic generic =
            switch (kind) {
              case SEQUENCE ->
                  new Sequence(
                      parameters.getOrDefault("sequence_name", name),
                      Integer.parseInt(parameters.getOrDefault("initial_value", "1")),
                      Integer.parseInt(parameters.getOrDefault("increment_size", "50")));
              case TABLE ->
                  new Table(
                      parameters.getOrDefault("table_name", name),
                      parameters.getOrDefault("segment_column_name", "sequence_name"),
                      parameters.getOrDefault("value_column_name", "next_val"),
                      parameters.getOrDefault("segment_value", "default"),
                      // the row holds the value before the first one given out
                      Long.parseLong(parameters.getOrDefault("initial_value", "1")) - 1,
                      // as for a sequence; a larger one than Hibernate takes only leaves keys
                      // unused when the row is moved past a table's keys
                      Long.parseLong(parameters.getOrDefault("increment_size", "50")));
              case IDENTITY -> new Identity();
              case COMPUTED -> new Computed();
            };
        return writable(generic, declared, report) ? generic : new Refused();
      } catch (NumberFormatException e) {
        problem = GeneratorMessages.genericGeneratorNumber(name);
      }
    }
    report.unsupported(problem, declared.holder(), annotation);
    return new Refused();
  }

  /** Whether Strata can write the names of the sequence or table; reports any it cannot. */
  private static boolean writable(
      Generic generic, GeneratorScope.Declared declared, MappingReport report) {
    List<String> names =
        generic instanceof Sequence sequence
            ? List.of(sequence.name())
            : generic instanceof Table table
                ? List.of(table.table(), table.segmentColumn(), table.valueColumn())
                : List.of();
    return names.stream()
        .allMatch(
            name ->
                KeyGenerators.writable(
                    name, "@GenericGenerator", declared.holder(), declared.annotation(), report));
  }

  /** Its {@code type}, when given, else its {@code strategy}, whose default is {@code native}. */
  private static String strategy(AnnotationMirror annotation) {
    return AnnotationMirrors.value(annotation, "type")
        .filter(type -> type.getValue() instanceof DeclaredType)
        .map(type -> ((TypeElement) ((DeclaredType) type.getValue()).asElement()))
        .map(type -> type.getQualifiedName().toString())
        .filter(type -> !type.equals("org.hibernate.generator.Generator"))
        .orElseGet(() -> AnnotationMirrors.string(annotation, "strategy", "native"));
  }

  private static Map<String, String> parameters(AnnotationMirror annotation) {
    Map<String, String> parameters = new HashMap<>();
    for (AnnotationMirror parameter : AnnotationMirrors.annotations(annotation, "parameters")) {
      parameters.put(
          AnnotationMirrors.string(parameter, "name", ""),
          AnnotationMirrors.string(parameter, "value", ""));
    }
    return parameters;
  }
}
