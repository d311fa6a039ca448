package dev.strata.runtime;

import dev.strata.runtime.internal.DriftNotLookedFor;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What {@link Strata#validate()} found comparing the history table with the code: every problem,
 * and how many migrations are applied and pending. Pending migrations are not a problem.
 *
 * <pre>{@code
 * ValidationReport report = strata.validate();   // throws ValidationException if not valid
 * log.info("{} applied, {} pending", report.applied(), report.pending());
 * }</pre>
 *
 * @param problems every problem found, by set, then by version
 * @param applied how many migrations of the loaded sets the database has applied
 * @param pending how many migrations of the loaded sets {@link Strata#upgrade()} would apply, not
 *     counting those of {@code running}
 * @param running the runs that another session is carrying out now: not a problem, since their
 *     holder is alive and upgrades wait for it
 * @param drift the views of the schemas Strata manages that were changed, dropped or added by hand
 *     since Strata wrote them, by name; not looked for while a run is in progress or a run did not
 *     finish (its views are the run's or {@link Strata#repair()}'s to settle: {@code unfinished}
 *     names it), nor in a history table of format 1 (before the first upgrade by a Strata that
 *     records views)
 * @param unfinished the runs, of any set, loaded or not, whose history row says they did not
 *     finish, {@link MigrationState#RUNNING} or {@link MigrationState#FAILED}, by set and version:
 *     while there is one, drift was not looked for. A run of a set that is not loaded is no problem
 *     of this history's, but it keeps drift unseen until the application that loads its set repairs
 *     it
 */
public record ValidationReport(
    List<ValidationProblem> problems,
    int applied,
    int pending,
    List<ActiveRun> running,
    List<ViewDrift> drift,
    List<MigrationInfo> unfinished) {

  public ValidationReport {
    problems = List.copyOf(problems);
    running = List.copyOf(running);
    drift = List.copyOf(drift);
    unfinished = List.copyOf(unfinished);
  }

  /** A report in which every run finished, so that drift was looked for. */
  public ValidationReport(
      List<ValidationProblem> problems,
      int applied,
      int pending,
      List<ActiveRun> running,
      List<ViewDrift> drift) {
    this(problems, applied, pending, running, drift, List.of());
  }

  /** A report without drift. */
  public ValidationReport(
      List<ValidationProblem> problems, int applied, int pending, List<ActiveRun> running) {
    this(problems, applied, pending, running, List.of());
  }

  /** A report in which no run is in progress. */
  public ValidationReport(List<ValidationProblem> problems, int applied, int pending) {
    this(problems, applied, pending, List.of());
  }

  /**
   * Whether the history agrees with the code, so that an upgrade may proceed. Drift does not count:
   * {@link #drifted()} tells it, and {@link Configuration#failOnDrift} makes a start refuse it.
   */
  public boolean valid() {
    return problems.isEmpty();
  }

  /** Whether a view of the schemas Strata manages is not as Strata left it: see {@link #drift}. */
  public boolean drifted() {
    return !drift.isEmpty();
  }

  /**
   * One paragraph per problem and per drifted view, or a one-line summary if there is none; then,
   * if a run did not finish, why drift was not looked for.
   */
  @Override
  public String toString() {
    String report;
    if (valid() && !drifted()) {
      String summary =
          "History agrees with the code: " + applied + " applied, " + pending + " pending.";
      report =
          running.isEmpty()
              ? summary
              : summary
                  + running.stream()
                      .map(run -> "\nIn progress: " + run)
                      .collect(Collectors.joining());
    } else {
      report =
          Stream.concat(
                  problems.stream().map(ValidationProblem::message),
                  drift.stream().map(ViewDrift::message))
              .collect(Collectors.joining("\n\n"));
    }
    return unfinished.isEmpty() ? report : report + "\n\n" + DriftNotLookedFor.because(unfinished);
  }
}
