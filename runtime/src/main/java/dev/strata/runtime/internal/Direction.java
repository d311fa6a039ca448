package dev.strata.runtime.internal;

import dev.strata.runtime.Migration;
import dev.strata.runtime.Operations;

/** Which way a migration runs; the rest of the machinery is the same both ways. */
public enum Direction {
  UPGRADE("upgrade", "Applied"),
  DOWNGRADE("downgrade", "Reverted");

  private final String verb;
  private final String done;

  Direction(String verb, String done) {
    this.verb = verb;
    this.done = done;
  }

  public void run(Migration migration, Operations ops) {
    if (this == UPGRADE) {
      migration.upgrade(ops);
    } else {
      migration.downgrade(ops);
    }
  }

  /** The other way. */
  public Direction opposite() {
    return this == UPGRADE ? DOWNGRADE : UPGRADE;
  }

  /** "upgrade" or "downgrade", for messages. */
  public String verb() {
    return verb;
  }

  /** "Applied" or "Reverted", for logs. */
  public String done() {
    return done;
  }
}
