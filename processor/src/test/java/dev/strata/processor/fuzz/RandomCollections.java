package dev.strata.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The element collections of a random model: a {@code List} (under an {@code @OrderColumn} or not),
 * a {@code Set} or a {@code Map} of basic values, enums or embeddables, in a
 * {@code @CollectionTable} named or not, the values' column and a map's key column named or not.
 */
final class RandomCollections {

  private static final List<String> VALUE_TYPES = List.of("String", "Integer", "LocalDate", "Long");

  private static final List<String> KEY_TYPES = List.of("String", "Integer");

  private final Random random;
  private final FuzzNames names;
  private final RandomValueTypes values;

  RandomCollections(Random random, FuzzNames names, RandomValueTypes values) {
    this.random = random;
    this.names = names;
    this.values = values;
  }

  /** Adds an element collection to {@code draft}. */
  void addCollection(EntityDraft draft) {
    List<String> annotations = new ArrayList<>(List.of("@ElementCollection"));
    if (random.nextInt(3) == 0) {
      annotations.add("@CollectionTable(name = \"" + names.member() + "\")");
    }
    String element = element(annotations, "@Column", "@Enumerated");
    String type =
        switch (random.nextInt(3)) {
          case 0 -> "Set<" + element + ">";
          case 1 -> list(annotations, element);
          default -> map(annotations, element);
        };
    draft.add(type, names.member(), annotations);
  }

  private String list(List<String> annotations, String element) {
    if (random.nextBoolean()) {
      annotations.add(
          random.nextBoolean()
              ? "@OrderColumn"
              : "@OrderColumn(name = \"" + names.member() + "\")");
    }
    return "List<" + element + ">";
  }

  private String map(List<String> annotations, String element) {
    int kind = random.nextInt(3);
    String key;
    if (kind == 2 && !values.enums.isEmpty()) {
      key = values.enums.get(random.nextInt(values.enums.size()));
      values.enumerated(annotations, "@MapKeyEnumerated");
    } else {
      key = KEY_TYPES.get(random.nextInt(KEY_TYPES.size()));
    }
    if (random.nextBoolean()) {
      annotations.add("@MapKeyColumn(name = \"" + names.member() + "\")");
    }
    return "Map<" + key + ", " + element + ">";
  }

  /**
   * A random element type; for a basic value or an enum, its column's name or its storage added to
   * {@code annotations} now and then.
   */
  private String element(List<String> annotations, String column, String enumerated) {
    int kind = random.nextInt(4);
    if (kind == 0 && !values.embeddables.isEmpty()) {
      return values.embeddables.get(random.nextInt(values.embeddables.size())).name();
    }
    if (kind == 1 && !values.enums.isEmpty()) {
      values.enumerated(annotations, enumerated);
      return values.enums.get(random.nextInt(values.enums.size()));
    }
    if (random.nextBoolean()) {
      annotations.add(column + "(name = \"" + names.member() + "\")");
    }
    return VALUE_TYPES.get(random.nextInt(VALUE_TYPES.size()));
  }
}
