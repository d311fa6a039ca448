package dev.strata.processor.fuzz;

import dev.strata.testing.DatabaseKind;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The trials of a fuzzer, each a seed, a database and whether it is named as Spring Boot names,
 * read from the system properties under one prefix: {@code <prefix>.seed=S} replays one seed on
 * every database under both namings; {@code <prefix>.trials=N} runs N more seeds (from {@code
 * <prefix>.start}, random without it) under both namings on the databases {@code
 * <prefix>.databases} lists ({@code H2} by default); without either, the fixed list CI runs.
 */
public final class FuzzTrials {

  private FuzzTrials() {}

  public static Stream<Arguments> of(String prefix, Stream<Arguments> inCi) {
    String seed = System.getProperty(prefix + ".seed");
    if (seed != null) {
      return everywhere(LongStream.of(Long.parseLong(seed)), List.of(DatabaseKind.values()));
    }
    String trials = System.getProperty(prefix + ".trials");
    if (trials == null) {
      return inCi;
    }
    String start = System.getProperty(prefix + ".start");
    Random seeds = new Random(start == null ? System.nanoTime() : Long.parseLong(start));
    List<DatabaseKind> kinds =
        Stream.of(System.getProperty(prefix + ".databases", "H2").split(","))
            .map(String::strip)
            .map(DatabaseKind::valueOf)
            .toList();
    return everywhere(LongStream.generate(seeds::nextLong).limit(Long.parseLong(trials)), kinds);
  }

  /**
   * {@code seeds} on {@code kind}, the namings by turns: Hibernate's first, or Spring Boot's where
   * {@code springFirst}.
   */
  public static Stream<Arguments> byTurns(long[] seeds, DatabaseKind kind, boolean springFirst) {
    return IntStream.range(0, seeds.length)
        .mapToObj(i -> Arguments.of(seeds[i], kind, (i % 2 == 0) == springFirst));
  }

  private static Stream<Arguments> everywhere(LongStream seeds, List<DatabaseKind> kinds) {
    return seeds
        .boxed()
        .flatMap(
            seed ->
                kinds.stream()
                    .flatMap(
                        kind ->
                            Stream.of(
                                Arguments.of(seed, kind, false), Arguments.of(seed, kind, true))));
  }
}
