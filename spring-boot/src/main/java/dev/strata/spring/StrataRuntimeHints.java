package dev.strata.spring;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Enumeration;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.TypeReference;

/**
 * Tells Spring AOT what a native image of the application must keep for Strata's runtime: the
 * service file that lists the generated migration indexes and their constructors, which {@code
 * ServiceLoader} calls by reflection, and the JDK proxies the runtime puts around the JDBC objects
 * of a migration and of its hand-written steps. The migrations themselves need nothing: an index
 * creates them with {@code new}. Registered in {@code META-INF/spring/aot.factories}.
 */
final class StrataRuntimeHints implements RuntimeHintsRegistrar {

  private static final String SERVICE_FILE = "META-INF/services/dev.strata.runtime.MigrationSource";

  /**
   * The interfaces of each proxy the runtime makes, in its order: a proxy class is one interface
   * list. Kept with the runtime's {@code GuardedConnection}, {@code HeldStatementRelease} and
   * {@code GuardedObject} ({@code StrataRuntimeHintsTest} records the proxies a step meets).
   */
  private static final Class<?>[][] PROXIES = {
    {Connection.class},
    {CallableStatement.class, PreparedStatement.class, Statement.class},
    {PreparedStatement.class, Statement.class},
    {Statement.class},
    {ResultSet.class},
    {DatabaseMetaData.class}
  };

  @Override
  public void registerHints(RuntimeHints hints, @Nullable ClassLoader classLoader) {
    hints.resources().registerPattern(SERVICE_FILE);
    for (String index : indexes(classLoader)) {
      hints
          .reflection()
          .registerType(TypeReference.of(index), MemberCategory.INVOKE_PUBLIC_CONSTRUCTORS);
    }
    for (Class<?>[] interfaces : PROXIES) {
      hints.proxies().registerJdkProxy(interfaces);
    }
  }

  /** The index classes every service file on the build's class path lists, sorted. */
  private static TreeSet<String> indexes(@Nullable ClassLoader classLoader) {
    ClassLoader loader =
        classLoader != null ? classLoader : StrataRuntimeHints.class.getClassLoader();
    // sorted: the hints AOT writes are the same on every build
    TreeSet<String> indexes = new TreeSet<>();
    try {
      Enumeration<URL> files = loader.getResources(SERVICE_FILE);
      while (files.hasMoreElements()) {
        read(files.nextElement(), indexes);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Strata could not read " + SERVICE_FILE, e);
    }
    return indexes;
  }

  /** Adds the class names {@code file} lists, without its {@code #} comments and blank lines. */
  private static void read(URL file, TreeSet<String> indexes) throws IOException {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        int comment = line.indexOf('#');
        String name = (comment < 0 ? line : line.substring(0, comment)).strip();
        if (!name.isEmpty()) {
          indexes.add(name);
        }
      }
    }
  }
}
