package dev.strata.processor.sql;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A parse that never ends for a text containing {@link #STUCK} until the test {@link #release}s it,
 * and is JSqlParser's for any other: a parse over any time limit, whatever the machine's load. It
 * counts the texts it was given.
 */
final class StuckParse extends ParseRun {

  static final String STUCK = "stuck";

  private final CountDownLatch released;
  private final AtomicInteger parses;

  /** Runs that share one release and one count. */
  StuckParse(CountDownLatch released, AtomicInteger parses) {
    this.released = released;
    this.parses = parses;
  }

  @Override
  Optional<ParsedQuery> parse(String text) {
    parses.incrementAndGet();
    while (text.contains(STUCK) && released.getCount() > 0) {
      Thread.onSpinWait();
    }
    return super.parse(text);
  }
}
