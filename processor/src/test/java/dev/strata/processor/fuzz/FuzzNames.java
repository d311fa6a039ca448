package dev.strata.processor.fuzz;

import dev.strata.processor.jpa.ReservedWords;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * The identifiers of one random model, each used once in it: made of syllables, so that they read
 * as names, and drawn again where a database reserves the word, Java does, or another name of the
 * model differs from it only in case or in Spring Boot's snake case.
 */
final class FuzzNames {

  private static final List<String> SYLLABLES =
      List.of(
          "bar", "kol", "mint", "ves", "tor", "lun", "pak", "ril", "sam", "dov", "fen", "gru",
          "hol", "jas", "kem", "lor", "mab", "nox", "pim", "qua", "rux", "sol", "tav", "ulm", "vin",
          "wek", "yar", "zim", "bel", "cor", "dan", "ego", "fal", "gim", "hux", "ink");

  private static final List<ReservedWords> DATABASES =
      List.of(ReservedWords.of("h2"), ReservedWords.of("postgresql"), ReservedWords.of("mariadb"));

  private final Random random;
  private final Set<String> taken = new HashSet<>();

  FuzzNames(Random random) {
    this.random = random;
  }

  /** A new class name: {@code Kolmint}. */
  String type() {
    return unique(() -> capitalized(word()));
  }

  /** A new field, column, table or constraint name in camel case: {@code tavRil}. */
  String member() {
    return unique(() -> random.nextInt(3) == 0 ? word() + capitalized(syllable()) : word());
  }

  /** A new enum constant: {@code LUNPAK}. */
  String constant() {
    return unique(() -> word().toUpperCase(Locale.ROOT));
  }

  private String word() {
    StringBuilder word = new StringBuilder(syllable());
    int more = 1 + random.nextInt(2);
    for (int i = 0; i < more; i++) {
      word.append(syllable());
    }
    return word.toString();
  }

  private String syllable() {
    return SYLLABLES.get(random.nextInt(SYLLABLES.size()));
  }

  private String unique(java.util.function.Supplier<String> draw) {
    while (true) {
      String name = draw.get();
      String key = name.toLowerCase(Locale.ROOT);
      String snake = snake(name);
      if (!taken.contains(key) && !taken.contains(snake) && allowed(name) && allowed(snake)) {
        taken.add(key);
        taken.add(snake);
        return name;
      }
    }
  }

  private static boolean allowed(String name) {
    if (SourceVersion.isKeyword(name.toLowerCase(Locale.ROOT))) {
      return false;
    }
    return DATABASES.stream().noneMatch(words -> words.refuses(name, ReservedWords.Position.TABLE));
  }

  private static String snake(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
