package dev.strata.maven;

import dev.strata.runtime.Configuration;
import dev.strata.runtime.DriverDataSource;
import dev.strata.runtime.DroppedData;
import dev.strata.runtime.MigrationInfo;
import dev.strata.runtime.Strata;
import dev.strata.runtime.StrataException;
import java.net.URLClassLoader;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The base of the goals that work on a database (status, upgrade, downgrade, validate, refresh,
 * repair, baseline, sql): the connection settings, and the runtime's {@link Strata} over the
 * project's compiled migrations. Run them after {@code compile}, such as {@code mvn compile
 * strata:upgrade}.
 */
abstract class DatabaseMojo extends AbstractMojo {

  // fields set by Maven as META-INF/maven/plugin.xml says, which names their -D properties
  private MavenProject project;

  private Settings settings;

  private SettingsDecrypter decrypter;

  /** The JDBC URL of the database. */
  private String url;

  /** The database user; or the username of the {@code serverId} server in settings.xml. */
  private String user;

  /** The password; or the (possibly encrypted) one of the {@code serverId} server. */
  private String password;

  /** The id of a {@code <server>} in settings.xml that holds the user and password. */
  private String serverId;

  /** The history table, as {@code Configuration.historyTable} takes it. */
  private String historyTable;

  /** The migration set to work on, needed only when the project loads several. */
  private String set;

  /** How long the goals that migrate wait for the migration lock ({@code 30s}, {@code PT2M}). */
  private String lockTimeout;

  /** On a Galera cluster, how long a run that died keeps others waiting. */
  private String lockLease;

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    checkParameters();
    if (!ModuleMigrations.present(project, getLog())) {
      return;
    }
    DatabaseLogin login =
        new LoginResolver(settings, decrypter).resolve(url, user, password, serverId);
    try (URLClassLoader loader = ProjectClassLoader.of(project);
        RuntimeLog routed = RuntimeLog.routeTo(getLog())) {
      Strata strata = configure(loader, login);
      run(strata);
    } catch (StrataException | IllegalArgumentException | IllegalStateException e) {
      throw failure(e);
    } catch (MojoFailureException | MojoExecutionException e) {
      throw e;
    } catch (Exception e) {
      throw new MojoExecutionException(
          "Strata could not work on " + login.redactedUrl() + ": " + e.getMessage(), e);
    }
  }

  /**
   * {@code e} as the build's failure, in the goals' words. Maven prints the message of every cause
   * that the failure's message does not contain: a reworded one stands in for {@code e}, with its
   * stack and its causes, so that the runtime's wording is not printed after it.
   */
  private static MojoFailureException failure(RuntimeException e) {
    String worded = MavenWording.of(e.getMessage());
    if (worded == null || worded.equals(e.getMessage())) {
      return new MojoFailureException(e.getMessage(), e);
    }
    MojoFailureException failure = new MojoFailureException(worded, e.getCause());
    failure.setStackTrace(e.getStackTrace());
    return failure;
  }

  /**
   * Refuses the goal's own parameters before anything connects: Maven's refusal of a missing
   * required parameter names neither its {@code -D} property nor what it means.
   */
  void checkParameters() throws MojoFailureException {}

  /** What the goal does with the loaded migrations. */
  abstract void run(Strata strata) throws MojoFailureException;

  /**
   * Runs {@code work}, which applies or reverts migrations and returns them, and logs {@code line}
   * of each, or {@code ifNone} if there were none. A run stops at the first migration that fails
   * and keeps those done before it, which the failure does not name (and the runtime's own lines of
   * them are debug output): they are logged before the failure, as the run told them.
   */
  final void report(
      Supplier<List<MigrationInfo>> work, String ifNone, Function<MigrationInfo, String> line) {
    report(work, () -> ifNone, line);
  }

  /** As {@link #report(Supplier, String, Function)}, with {@code ifNone} worded after the work. */
  final void report(
      Supplier<List<MigrationInfo>> work,
      Supplier<String> ifNone,
      Function<MigrationInfo, String> line) {
    List<MigrationInfo> done;
    try {
      done = work.get();
    } catch (StrataException failure) {
      failure.completedBefore().forEach(migration -> getLog().info(line.apply(migration)));
      throw failure;
    }
    if (done.isEmpty()) {
      getLog().info(ifNone.get());
    }
    done.forEach(migration -> getLog().info(line.apply(migration)));
  }

  /** Warns of the tables and columns a downgrade drops with their data, if any. */
  final void warnOf(List<DroppedData> dropped) {
    if (!dropped.isEmpty()) {
      getLog().warn("This downgrade drops data for good:");
      dropped.forEach(data -> getLog().warn("  " + data));
    }
  }

  /** {@code configuration} with the history table and the lock's timeout and lease, where given. */
  final Configuration settings(Configuration configuration) {
    Configuration set = configuration;
    if (historyTable != null) {
      set = named("strata.historyTable", historyTable, set::historyTable, historyTable);
    }
    if (lockTimeout != null) {
      Duration timeout = LockDurations.parse("strata.lockTimeout", lockTimeout);
      set = named("strata.lockTimeout", lockTimeout, set::lockTimeout, timeout);
    }
    if (lockLease != null) {
      Duration lease = LockDurations.lease("strata.lockLease", lockLease);
      set = named("strata.lockLease", lockLease, set::lockLease, lease);
    }
    return set;
  }

  /**
   * {@code setter} applied to {@code value}; the runtime's refusal of it (a history table name that
   * is no identifier) names the property the user set, which the runtime's message does not.
   */
  private static <T> Configuration named(
      String property, String given, Function<T, Configuration> setter, T value) {
    try {
      return setter.apply(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(property + " is " + given + ": " + e.getMessage(), e);
    }
  }

  /** The set {@code -Dstrata.set} names, or null when it names none. */
  final String requestedSet() {
    return set;
  }

  /**
   * The set {@code -Dstrata.set} names, or null when it names none.
   *
   * @throws IllegalArgumentException if the project loads no such set
   */
  final String requestedSet(Strata strata) {
    if (set != null && !strata.sets().contains(set)) {
      throw new IllegalArgumentException(
          "No migration set " + set + " is loaded; the loaded sets are " + strata.sets());
    }
    return set;
  }

  /** The set to work on: the configured one, else the only one loaded. */
  final String set(Strata strata) {
    if (set != null) {
      return set;
    }
    List<String> sets = strata.sets();
    if (sets.size() != 1) {
      throw new IllegalArgumentException(
          "The project loads the migration sets " + sets + ": name one with -Dstrata.set=NAME");
    }
    return sets.get(0);
  }

  private Strata configure(ClassLoader loader, DatabaseLogin login) throws Exception {
    DriverDataSource dataSource =
        DriverDataSource.of(login.url(), login.user(), login.password(), loader);
    if (dataSource.driver().isEmpty()) {
      throw new IllegalArgumentException(
          "No JDBC driver accepts the URL "
              + dataSource.redactedUrl()
              + ": add the driver to the plugin's <dependencies>, or to the project's dependencies"
              + " in compile or runtime scope (the goals do not load test-scoped ones)");
    }
    return settings(Strata.configure(dataSource).classLoader(loader)).load();
  }
}
