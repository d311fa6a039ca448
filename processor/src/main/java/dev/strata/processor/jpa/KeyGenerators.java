package dev.strata.processor.jpa;

import dev.strata.processor.AnnotationMirrors;
import dev.strata.processor.model.SequenceDefinition;
import dev.strata.processor.model.SqlIdentifiers;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * The sequence Hibernate 6+ generates a key from: {@code @GeneratedValue} with strategy {@code
 * AUTO} (the default) or {@code SEQUENCE} on a numeric key reads {@code <entity>_SEQ}, starting at
 * 1 with increment 50, or the {@code @SequenceGenerator} it names (or that sits beside it, or in
 * the package's {@code package-info.java}), with that generator's {@code sequenceName}, {@code
 * initialValue} and {@code allocationSize}; a name that no generator there has is the sequence's,
 * starting at 1 with increment 50. {@code AUTO} on a {@code UUID} key needs no sequence, nor does
 * {@code UUID} on a {@code UUID} or {@code String} key. {@code IDENTITY} is a column property, not
 * a sequence.
 */
final class KeyGenerators {

  private static final Set<String> NUMERIC =
      Set.of(
          "long",
          "java.lang.Long",
          "int",
          "java.lang.Integer",
          "short",
          "java.lang.Short",
          "java.math.BigInteger");

  private final JpaNaming naming;

  KeyGenerators(JpaNaming naming) {
    this.naming = naming;
  }

  /** The sequence behind a key field, if Hibernate generates its values from one. */
  Optional<SequenceDefinition> sequence(
      TypeElement entity, String table, VariableElement field, MappingReport report) {
    valueGenerators(field, report);
    GenericGenerators.reportIgnored(field, entity, report);
    Optional<AnnotationMirror> generated = JpaAnnotations.find(field, "GeneratedValue");
    String strategy =
        generated.flatMap(g -> AnnotationMirrors.enumConstant(g, "strategy")).orElse("AUTO");
    if (generated.isEmpty() || strategy.equals("IDENTITY") || strategy.equals("TABLE")) {
      return Optional.empty(); // TABLE reads a table: TableGenerators
    }
    String type = JpaTypes.name(field.asType());
    if (strategy.equals("AUTO") && type.equals("java.util.UUID")) {
      return Optional.empty();
    }
    if (strategy.equals("UUID")) {
      // generated in Java: a UUID, or its text in a String key
      if (!type.equals("java.util.UUID") && !type.equals("java.lang.String")) {
        report.unsupported(JpaMessages.uuidGeneratedNumber(type), field, generated.get());
      }
      return Optional.empty();
    }
    String generator = AnnotationMirrors.string(generated.get(), "generator", "");
    Optional<GenericGenerators.Generic> generic =
        GeneratorScope.declaresJpaGenerator(field, entity, generator)
            ? Optional.empty()
            : GenericGenerators.of(field, entity, generator, report);
    if (generic.isPresent()) {
      // a sequence, or keys from elsewhere (a table, an identity column, Java)
      return generic.get() instanceof GenericGenerators.Sequence sequence
          ? Optional.of(
              new SequenceDefinition(
                  naming.physical(sequence.name()), sequence.start(), sequence.increment()))
          : Optional.empty();
    }
    if (!NUMERIC.contains(type)) {
      report.unsupported(
          JpaMessages.unsupported("@GeneratedValue on a key of type " + type),
          field,
          generated.get());
      return Optional.empty();
    }
    Optional<GeneratorScope.Declared> sequenceGenerator =
        GeneratorScope.declared("SequenceGenerator", field, entity, generator);
    if (sequenceGenerator.isPresent()) {
      return declaredSequence(sequenceGenerator.get(), generator, report);
    }
    if (!generator.isEmpty()
        && GeneratorScope.find("TableGenerator", field, entity, generator).isPresent()) {
      return Optional.empty(); // a @TableGenerator of that name: a table, not a sequence
    }
    if (!generator.isEmpty()) {
      // none of that name in scope (GeneratorScope): the name is the sequence's
      return writable(generator, "@GeneratedValue(generator)", field, generated.get(), report)
          ? Optional.of(new SequenceDefinition(naming.physical(generator), 1, 50))
          : Optional.empty();
    }
    // Hibernate's StandardNamingStrategy: the root table's name, read by the naming strategy again
    return Optional.of(new SequenceDefinition(naming.physical(table + "_SEQ"), 1, 50));
  }

  private Optional<SequenceDefinition> declaredSequence(
      GeneratorScope.Declared declared, String generatorName, MappingReport report) {
    AnnotationMirror generator = declared.annotation();
    String name = AnnotationMirrors.string(generator, "sequenceName", "");
    String source = "@SequenceGenerator(sequenceName)";
    if (name.isEmpty()) {
      name = AnnotationMirrors.string(generator, "name", generatorName);
      source = "@SequenceGenerator(name), which names the sequence when sequenceName does not,";
    }
    if (!writable(name, source, declared.holder(), generator, report)) {
      return Optional.empty();
    }
    return Optional.of(
        new SequenceDefinition(
            naming.physical(name),
            AnnotationMirrors.integer(generator, "initialValue", 1),
            AnnotationMirrors.integer(generator, "allocationSize", 50)));
  }

  /**
   * Reports each of Hibernate's value generators on a key ({@code @CurrentTimestamp},
   * {@code @CreationTimestamp}, any annotation meta-annotated {@code @ValueGenerationType} but not
   * {@code @IdGeneratorType}), on which Hibernate 7 refuses to start: a key takes an
   * {@code @IdGeneratorType} ({@code @UuidGenerator}, which is both).
   */
  private static void valueGenerators(VariableElement field, MappingReport report) {
    for (AnnotationMirror annotation : field.getAnnotationMirrors()) {
      Element type = annotation.getAnnotationType().asElement();
      // @UuidGenerator is both, and a key takes it
      if (AnnotationMirrors.has(type, "org.hibernate.annotations.ValueGenerationType")
          && !AnnotationMirrors.has(type, "org.hibernate.annotations.IdGeneratorType")) {
        report.unsupported(
            GeneratorMessages.valueGeneratorOnKey(type.getSimpleName().toString()),
            field,
            annotation);
      }
    }
  }

  /**
   * Whether Strata can write {@code name} as a sequence's; reports it on the annotation that gives
   * it if not (a generator in {@code package-info.java}, or named by its {@code name}, escapes
   * {@link UnquotedNames}).
   */
  static boolean writable(
      String name,
      String source,
      Element element,
      AnnotationMirror annotation,
      MappingReport report) {
    if (SqlIdentifiers.isValid(name) && !name.contains(".")) {
      return true;
    }
    report.unsupported(JpaMessages.unwritableName(name, source), element, annotation);
    return false;
  }
}
