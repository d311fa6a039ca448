package dev.strata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The view entity fuzzer: for each seed, a generated base table of every basic type and view
 * entities whose query returns a random expression (a column, a cast, arithmetic, an aggregate, a
 * window function, a literal ...) read by a field of its natural Java type or another. Strata's
 * verdict on each field (error, warning, none) must be Hibernate's on H2, PostgreSQL and MariaDB
 * ({@code hbm2ddl.auto=validate}, then loading every row): no field Strata passes that Hibernate
 * refuses or cannot read, no error on a field Hibernate validates and loads everywhere, and no
 * internal error. Replay: {@code -Dstrata.viewFuzz.seed=S -Dstrata.viewFuzz.trials=N}.
 */
class ViewEntityFuzzTest {

  /** The seeds CI runs, among them those that found a bug. */
  private static final long[] CI_SEEDS = {1012, 1100, 1303, 1305};

  @TempDir Path temp;

  @Test
  void strataAgreesWithHibernateOnGeneratedViewEntities() throws Exception {
    List<String> failures = new ArrayList<>();
    for (long seed : seeds()) {
      ViewFuzzTrial.Findings findings =
          new ViewFuzzTrial(seed, Files.createDirectories(temp.resolve("seed" + seed))).run();
      findings.notes().forEach(note -> System.out.println("NOTE " + note));
      failures.addAll(findings.failures());
    }
    failures.forEach(failure -> System.out.println("FAIL " + failure));
    assertEquals("", String.join("\n", failures));
  }

  private static long[] seeds() {
    String seed = System.getProperty("strata.viewFuzz.seed");
    if (seed == null) {
      return CI_SEEDS;
    }
    int trials = Integer.getInteger("strata.viewFuzz.trials", 1);
    return LongStream.range(Long.parseLong(seed), Long.parseLong(seed) + trials).toArray();
  }
}
