package dev.strata.runtime.internal;

/**
 * Why a history row is not a finished migration ({@code success = false}), as its {@code run_state}
 * column says; written only where DDL commits at once, since elsewhere a migration and its row
 * commit together.
 */
enum RunState {
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

  static RunState running(Direction direction) {
    return direction == Direction.UPGRADE ? UPGRADING : DOWNGRADING;
  }

  static RunState failed(Direction direction) {
    return direction == Direction.UPGRADE ? UPGRADE_FAILED : DOWNGRADE_FAILED;
  }

  Direction direction() {
    return direction;
  }

  /** Whether the run stopped between or during statements, with nothing undone. */
  boolean interrupted() {
    return interrupted;
  }
}
