package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The enums and embeddables of a random model, as sources, and the fields that hold them: an enum
 * by ordinal or by name, and an {@code @Embedded} value (a class or a record) whose columns
 * {@code @AttributeOverride}s name anew wherever the embeddable is embedded more than once.
 */
final class RandomValueTypes {

  /** An embeddable's name and its fields, in order. */
  record Embeddable(String name, List<String> fields) {}

  /** The types an embeddable's field may have: they may all be part of a primary key. */
  private static final List<String> PART_TYPES =
      List.of("String", "Integer", "Long", "LocalDate", "BigDecimal", "Boolean");

  private final Random random;
  private final FuzzNames names;
  private final String packageName;
  private final Map<String, String> sources;
  final List<String> enums = new ArrayList<>();
  final List<Embeddable> embeddables = new ArrayList<>();
  private final List<String> embeddedBare = new ArrayList<>();

  RandomValueTypes(
      Random random, FuzzNames names, String packageName, Map<String, String> sources) {
    this.random = random;
    this.names = names;
    this.packageName = packageName;
    this.sources = sources;
  }

  /** Writes the model's enums and embeddables. */
  void declare() {
    for (int i = random.nextInt(3); i > 0; i--) {
      declareEnum();
    }
    for (int i = random.nextInt(3); i > 0; i--) {
      declareEmbeddable();
    }
  }

  private void declareEnum() {
    String name = names.type();
    List<String> constants = new ArrayList<>();
    for (int i = 2 + random.nextInt(3); i > 0; i--) {
      constants.add(names.constant());
    }
    enums.add(name);
    sources.put(
        name,
        "package "
            + packageName
            + ";\n\npublic enum "
            + name
            + " {\n  "
            + String.join(",\n  ", constants)
            + "\n}\n");
  }

  private void declareEmbeddable() {
    String name = names.type();
    List<String> fields = new ArrayList<>();
    List<String> declarations = new ArrayList<>();
    for (int i = 1 + random.nextInt(3); i > 0; i--) {
      String field = names.member();
      String type = PART_TYPES.get(random.nextInt(PART_TYPES.size()));
      String length =
          type.equals("String") ? "@Column(length = " + (4 + random.nextInt(50)) + ") " : "";
      fields.add(field);
      declarations.add(length + type + " " + field);
    }
    embeddables.add(new Embeddable(name, fields));
    String header = "package " + packageName + ";\n\n" + RandomModel.IMPORTS + "@Embeddable\n";
    if (random.nextBoolean()) {
      sources.put(
          name,
          header
              + "public record "
              + name
              + "(\n    "
              + String.join(",\n    ", declarations)
              + ") {}\n");
    } else {
      sources.put(
          name,
          header
              + "public class "
              + name
              + " {\n"
              + declarations.stream()
                  .map(declaration -> "  " + declaration + ";\n")
                  .reduce("", String::concat)
              + "}\n");
    }
  }

  /** Adds an enum field to {@code draft}, if the model has an enum. */
  void addEnumField(EntityDraft draft) {
    if (enums.isEmpty()) {
      return;
    }
    String type = enums.get(random.nextInt(enums.size()));
    String field = names.member();
    List<String> annotations = new ArrayList<>();
    enumerated(annotations, "@Enumerated");
    draft.add(type, field, annotations);
    draft.indexableColumns.add(field);
  }

  /** Adds {@code annotation(EnumType.X)} to {@code annotations}, or nothing (by ordinal). */
  void enumerated(List<String> annotations, String annotation) {
    switch (random.nextInt(3)) {
      case 0 -> annotations.add(annotation + "(EnumType.STRING)");
      case 1 -> annotations.add(annotation + "(EnumType.ORDINAL)");
      default -> {}
    }
  }

  /** Adds an {@code @Embedded} field to {@code draft}, if the model has an embeddable. */
  void addEmbedded(EntityDraft draft) {
    if (embeddables.isEmpty()) {
      return;
    }
    Embeddable embeddable = embeddables.get(random.nextInt(embeddables.size()));
    List<String> annotations = new ArrayList<>(List.of("@Embedded"));
    // a bare embedding's columns are named after the fields: once per model keeps them apart
    if (embeddedBare.contains(embeddable.name()) || random.nextInt(3) == 0) {
      for (String field : embeddable.fields()) {
        annotations.add(
            "@AttributeOverride(name = \""
                + field
                + "\", column = @Column(name = \""
                + names.member()
                + "\"))");
      }
    } else {
      embeddedBare.add(embeddable.name());
    }
    draft.add(embeddable.name(), names.member(), annotations);
  }
}
