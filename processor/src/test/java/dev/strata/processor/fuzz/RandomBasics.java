package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The basic fields of a random model: a supported Java type under a random {@code @Column} (name,
 * length, precision, scale, nullable, unique), {@code @Lob} now and then, and a {@code @Version}.
 */
final class RandomBasics {

  /** The types a field may have; the first ones also serve in keys of collection tables. */
  private static final List<String> TYPES =
      List.of(
          "String",
          "Integer",
          "Long",
          "LocalDate",
          "Boolean",
          "int",
          "long",
          "short",
          "boolean",
          "BigDecimal",
          "BigInteger",
          "Double",
          "double",
          "Float",
          "LocalDateTime",
          "LocalTime",
          "Instant",
          "OffsetDateTime",
          "UUID",
          "byte[]",
          "Duration",
          "Character");

  /** Types whose column an index or a unique constraint may name on every database. */
  private static final List<String> INDEXABLE =
      List.of("String", "Integer", "Long", "LocalDate", "Boolean", "int", "long", "short", "UUID");

  private final Random random;
  private final FuzzNames names;

  RandomBasics(Random random, FuzzNames names) {
    this.random = random;
    this.names = names;
  }

  /** Adds a basic field to {@code draft}; a column an index may name if it can. */
  void addField(EntityDraft draft) {
    String type = TYPES.get(random.nextInt(TYPES.size()));
    String field = names.member();
    if (random.nextInt(8) == 0 && (type.equals("String") || type.equals("byte[]"))) {
      draft.add(type, field, List.of("@Lob"));
      return;
    }
    String column = random.nextInt(3) == 0 ? names.member() : field;
    List<String> attributes = attributes(type, column.equals(field) ? null : column);
    draft.add(type, field, attributes.isEmpty() ? List.of() : List.of(column(attributes)));
    boolean wide =
        attributes.stream()
            .filter(attribute -> attribute.startsWith("length = "))
            .anyMatch(attribute -> Integer.parseInt(attribute.substring(9)) > 255);
    if (INDEXABLE.contains(type) && !wide) {
      draft.indexableColumns.add(column);
    }
  }

  /** Adds a {@code @Version} field to {@code draft}. */
  void addVersion(EntityDraft draft) {
    String type = List.of("Integer", "Long", "int", "long", "Short").get(random.nextInt(5));
    draft.add(type, names.member(), List.of("@Version"));
    draft.versioned = true;
  }

  /** The attributes of a random {@code @Column} for a value of {@code type}, maybe none. */
  List<String> attributes(String type, String name) {
    List<String> attributes = new ArrayList<>();
    if (name != null) {
      attributes.add("name = \"" + name + "\"");
    }
    if ((type.equals("String") || type.equals("byte[]")) && random.nextInt(3) == 0) {
      attributes.add("length = " + (1 + random.nextInt(120) * random.nextInt(5)));
    }
    if (type.equals("BigDecimal") && random.nextInt(2) == 0) {
      attributes.addAll(numeric());
    }
    if (random.nextInt(5) == 0) {
      attributes.add("nullable = " + random.nextBoolean());
    }
    if (random.nextInt(10) == 0 && !type.equals("byte[]")) {
      attributes.add("unique = true");
    }
    return attributes;
  }

  private List<String> numeric() {
    int precision = 3 + random.nextInt(36);
    if (random.nextBoolean()) {
      return List.of("precision = " + precision);
    }
    return List.of(
        "precision = " + precision, "scale = " + random.nextInt(Math.min(precision, 10)));
  }

  static String column(List<String> attributes) {
    return "@Column(" + String.join(", ", attributes) + ")";
  }
}
