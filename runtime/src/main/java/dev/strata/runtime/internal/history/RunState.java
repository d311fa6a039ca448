package dev.strata.runtime.internal.history;

import dev.strata.runtime.internal.Direction;

/**
 * Why a history row is not a finished migration ({@code success = false}), as its {@code run_state}
 * column says; written only where DDL commits at once, since elsewhere a migration and its row
 * commit together.
 */
public enum RunState {
  /** The upgrade began and never finished: its process or connection died. */
  UPGRADING(Direction.UPGRADE, true),
  /** The downgrade began and never finished: its process or connection died. */
  DOWNGRADING(Direction.DOWNGRADE, true),
  /** The upgrade failed, and undoing its finished statements failed too. */
  UPGRADE_FAILED(Direction.UPGRADE, false),
  /** The downgrade failed, and undoing its finished statements failed too. */
  DOWNGRADE_FAILED(Direction.DOWNGRADE, false);

  private final Direction direction;
  private final boolean interrupted;

  RunState(Direction direction, boolean interrupted) {
    this.direction = direction;
    this.interrupted = interrupted;
  }

  public static RunState failed(Direction direction) {
    return direction == Direction.UPGRADE ? UPGRADE_FAILED : DOWNGRADE_FAILED;
  }

  public Direction direction() {
    return direction;
  }

  /** Whether the run stopped between or during statements, with nothing undone. */
  public boolean interrupted() {
    return interrupted;
  }
}
