package dev.strata.benchmarks.profile;

import java.util.List;

/**
 * Decides whose time one stack sample is, from the classes on its stack, executing frame first. The
 * sample belongs to the call Strata made: from the topmost frame of Strata or one of its libraries
 * upwards, the first frame that is not the JDK's decides, with everything it runs above it (a
 * socket wait under the driver is the database's; a file the {@code Filer} opens through javac's
 * file manager is the {@code Filer}'s). When only the JDK runs above Strata's frame, the sample is
 * the JDK's (class loading, waiting, collections), and when Strata's or its libraries' frame is the
 * one executing, it is theirs.
 */
public final class Attribution {

  private static final List<String> DATABASE =
      List.of("org.h2.", "org.postgresql.", "org.mariadb.jdbc.", "com.mysql.");
  private static final List<String> FILER =
      List.of("com.sun.tools.javac.processing.JavacFiler", "javax.annotation.processing.Filer");
  private static final List<String> JAVAC = List.of("com.sun.tools.javac.", "com.sun.source.");
  private static final List<String> LIBRARY =
      List.of(
          "com.fasterxml.jackson.",
          "net.sf.jsqlparser.",
          "com.palantir.javapoet.",
          "com.squareup.javapoet.");
  // the harness wraps Strata (its timed processor, its tools): its frames are not Strata's time
  private static final List<String> HARNESS = List.of("dev.strata.benchmarks.");
  private static final List<String> STRATA = List.of("dev.strata.");
  private static final List<String> JDK = List.of("java.", "javax.", "jdk.", "sun.", "com.sun.");

  private Attribution() {}

  /** The owner of a sample whose stack holds {@code classNames}, the executing frame first. */
  public static Owner of(List<String> classNames) {
    int caller = 0;
    while (caller < classNames.size() && !isStrataOrLibrary(ownerOf(classNames.get(caller)))) {
      caller++;
    }
    if (caller == classNames.size()) {
      return Owner.OTHER;
    }
    for (int i = caller - 1; i >= 0; i--) {
      Owner called = ownerOf(classNames.get(i));
      if (called != Owner.JDK) {
        return called;
      }
    }
    return caller == 0 ? ownerOf(classNames.get(0)) : Owner.JDK;
  }

  private static boolean isStrataOrLibrary(Owner owner) {
    return owner == Owner.STRATA || owner == Owner.LIBRARY;
  }

  /** The owner of one frame's class alone. */
  private static Owner ownerOf(String className) {
    // order matters: the Filer and javac are in JDK packages, the harness in Strata's
    if (startsWithAny(className, FILER)) {
      return Owner.FILER;
    }
    if (startsWithAny(className, JAVAC)) {
      return Owner.JAVAC;
    }
    if (startsWithAny(className, JDK)) {
      return Owner.JDK;
    }
    if (startsWithAny(className, DATABASE)) {
      return Owner.DATABASE;
    }
    if (startsWithAny(className, LIBRARY)) {
      return Owner.LIBRARY;
    }
    if (startsWithAny(className, HARNESS)) {
      return Owner.OTHER;
    }
    return startsWithAny(className, STRATA) ? Owner.STRATA : Owner.OTHER;
  }

  private static boolean startsWithAny(String className, List<String> prefixes) {
    for (String prefix : prefixes) {
      if (className.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
