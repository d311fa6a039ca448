package dev.strata.benchmarks.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whose time a stack sample is; the stacks are cut from real samples, executing frame first. */
class AttributionTest {

  private static final String MIGRATOR = "dev.strata.runtime.internal.MigrationExecutor";
  private static final String EMITTER = "dev.strata.processor.SourceEmitter";

  @Test
  void socketWaitUnderTheDriverIsTheDatabases() {
    assertEquals(
        Owner.DATABASE,
        Attribution.of(
            List.of(
                "sun.nio.ch.Net",
                "sun.nio.ch.NioSocketImpl",
                "java.net.Socket$SocketInputStream",
                "org.postgresql.core.VisibleBufferedInputStream",
                "org.postgresql.core.v3.QueryExecutorImpl",
                "org.postgresql.jdbc.PgStatement",
                "dev.strata.runtime.internal.StatementRunner",
                MIGRATOR,
                "dev.strata.benchmarks.tool.StrataTool")));
  }

  @Test
  void jdkReachedThroughTheJdbcApiIsStillTheDrivers() {
    assertEquals(
        Owner.DATABASE,
        Attribution.of(
            List.of(
                "java.util.HashMap",
                "org.h2.command.Parser",
                "org.h2.jdbc.JdbcConnection",
                "java.sql.DriverManager",
                MIGRATOR)));
  }

  @Test
  void jdkExecutingForStrataIsTheJdks() {
    assertEquals(
        Owner.JDK,
        Attribution.of(
            List.of(
                "java.lang.ClassLoader", "java.lang.ClassLoader", MIGRATOR, "java.lang.Thread")));
  }

  @Test
  void jdkExecutingForALibraryIsTheJdks() {
    assertEquals(
        Owner.JDK,
        Attribution.of(
            List.of(
                "java.lang.String",
                "com.fasterxml.jackson.core.json.ReaderBasedJsonParser",
                "dev.strata.processor.snapshot.SnapshotCodec")));
  }

  @Test
  void strataExecutingIsStratas() {
    assertEquals(Owner.STRATA, Attribution.of(List.of(MIGRATOR, "java.lang.Thread")));
  }

  @Test
  void aLibraryExecutingIsTheLibrarys() {
    assertEquals(
        Owner.LIBRARY,
        Attribution.of(List.of("com.palantir.javapoet.CodeWriter", EMITTER, "java.lang.Thread")));
  }

  @Test
  void aFileOpenedByTheFilerThroughJavacsFileManagerIsTheFilers() {
    assertEquals(
        Owner.FILER,
        Attribution.of(
            List.of(
                "sun.nio.fs.UnixNativeDispatcher",
                "java.nio.file.Files",
                "com.sun.tools.javac.file.PathFileObject",
                "com.sun.tools.javac.api.ClientCodeWrapper$WrappedJavaFileManager",
                "com.sun.tools.javac.processing.JavacFiler",
                "com.palantir.javapoet.JavaFile",
                EMITTER,
                "com.sun.tools.javac.processing.JavacProcessingEnvironment")));
  }

  @Test
  void writingThroughTheFilersWriterIsTheFilers() {
    assertEquals(
        Owner.FILER,
        Attribution.of(
            List.of(
                "sun.nio.cs.UTF_8$Encoder",
                "java.io.OutputStreamWriter",
                "com.sun.tools.javac.processing.JavacFiler$FilerWriter",
                EMITTER)));
  }

  @Test
  void javacsElementModelCalledByTheProcessorIsJavacs() {
    assertEquals(
        Owner.JAVAC,
        Attribution.of(
            List.of(
                "java.util.zip.Inflater",
                "com.sun.tools.javac.jvm.ClassReader",
                "com.sun.tools.javac.model.JavacElements",
                "dev.strata.processor.ViewCollector",
                "com.sun.tools.javac.processing.JavacProcessingEnvironment")));
  }

  @Test
  void theHarnessWrappingStrataIsNotStrata() {
    assertEquals(
        Owner.OTHER,
        Attribution.of(
            List.of(
                "dev.strata.benchmarks.measure.TimedProcessor",
                "com.sun.tools.javac.processing.JavacProcessingEnvironment")));
  }

  @Test
  void generatedMigrationCodeExecutingIsOther() {
    assertEquals(
        Owner.OTHER,
        Attribution.of(List.of("bench.views.V0001_create_view_1", MIGRATOR, "java.lang.Thread")));
  }
}
