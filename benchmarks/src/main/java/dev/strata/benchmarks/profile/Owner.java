package dev.strata.benchmarks.profile;

/**
 * Whose time one stack sample is, as {@link Attribution} decides it: the database, javac, a
 * library, Strata itself, or the JDK that Strata calls directly.
 */
public enum Owner {
  /**
   * The JDBC driver or the database engine (H2 runs inside the JVM), and the sockets under them.
   */
  DATABASE("database and driver"),
  /** javac's {@code Filer}, creating and writing the files the processor hands it. */
  FILER("javac's Filer"),
  /** The rest of javac that the processor calls: its element and type model. */
  JAVAC("javac's model"),
  /** The libraries Strata's processor uses: Jackson, JSqlParser, JavaPoet. */
  LIBRARY("Jackson, JSqlParser, JavaPoet"),
  /** Strata's own code executing. */
  STRATA("Strata"),
  /** The JDK executing for Strata or its libraries: class loading, I/O, waiting, collections. */
  JDK("the JDK, called by Strata"),
  /** Anything else, such as the harness's own frames. */
  OTHER("other");

  private final String label;

  Owner(String label) {
    this.label = label;
  }

  /** How the results file names it. */
  public String label() {
    return label;
  }
}
