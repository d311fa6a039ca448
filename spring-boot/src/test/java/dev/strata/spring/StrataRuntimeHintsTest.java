package dev.strata.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.strata.runtime.JavaStep;
import dev.strata.runtime.Migration;
import dev.strata.runtime.MigrationDescriptor;
import dev.strata.runtime.MigrationSource;
import dev.strata.runtime.Operations;
import dev.strata.runtime.StepContext;
import dev.strata.runtime.Strata;
import dev.strata.spring.fixtures.MainMigrationIndex;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aot.hint.RuntimeHints;
import org.springframework.aot.hint.RuntimeHintsRegistrar;
import org.springframework.aot.hint.predicate.RuntimeHintsPredicates;
import org.springframework.beans.factory.aot.AotServices;

/**
 * A native image (Spring AOT, then GraalVM) reaches by reflection only what hints name: the
 * generated migration indexes that the runtime's {@code ServiceLoader} creates, the service file
 * that lists them, and the JDK proxies the runtime puts around a hand-written step's JDBC objects.
 */
class StrataRuntimeHintsTest {

  private final RuntimeHints hints = hints();

  @Test
  void isRegisteredForAheadOfTimeProcessing() {
    assertThat(AotServices.factories().load(RuntimeHintsRegistrar.class))
        .anyMatch(StrataRuntimeHints.class::isInstance);
  }

  @Test
  void letsTheServiceLoaderFindAndCreateTheGeneratedIndexes() throws NoSuchMethodException {
    assertThat(
            RuntimeHintsPredicates.resource()
                .forResource("META-INF/services/dev.strata.runtime.MigrationSource"))
        .accepts(hints);
    assertThat(
            RuntimeHintsPredicates.reflection()
                .onConstructorInvocation(MainMigrationIndex.class.getConstructor()))
        .accepts(hints);
  }

  @Test
  void coversTheProxiesTheRuntimePutsAroundAStepsJdbcObjects() throws SQLException {
    List<Class<?>[]> proxied = new ArrayList<>();
    try (TestDatabase database = TestDatabases.open(DatabaseKind.H2)) {
      Strata.configure(database.dataSource())
          .sources(new OneStep(new RecordingStep(proxied)))
          .load()
          .upgrade();
    }

    // the oracle is the runtime itself: every proxy it made while the step ran
    assertThat(proxied).hasSize(6);
    for (Class<?>[] interfaces : proxied) {
      assertThat(RuntimeHintsPredicates.proxies().forInterfaces(interfaces))
          .as("a hint for a proxy of %s", List.of(interfaces))
          .accepts(hints);
    }
  }

  private static RuntimeHints hints() {
    RuntimeHints hints = new RuntimeHints();
    new StrataRuntimeHints().registerHints(hints, StrataRuntimeHintsTest.class.getClassLoader());
    return hints;
  }

  /** Reaches each kind of JDBC object through the step's connection, and records its proxy. */
  private record RecordingStep(List<Class<?>[]> proxied) implements JavaStep {

    @Override
    public void upgrade(StepContext step) throws SQLException {
      Connection connection = step.connection();
      record(connection);
      Statement statement = connection.createStatement();
      record(statement);
      ResultSet rows = statement.executeQuery("SELECT 1");
      record(rows);
      rows.close();
      statement.close();
      PreparedStatement prepared = connection.prepareStatement("SELECT 1");
      record(prepared);
      prepared.close();
      CallableStatement callable = connection.prepareCall("CALL 1");
      record(callable);
      callable.close();
      record(connection.getMetaData());
    }

    private void record(Object object) {
      assertThat(Proxy.isProxyClass(object.getClass())).as("%s is a proxy", object).isTrue();
      proxied.add(object.getClass().getInterfaces());
    }
  }

  /** One migration, version 1, that runs {@code step}. */
  private record OneStep(JavaStep step) implements MigrationSource {

    @Override
    public String set() {
      return "main";
    }

    @Override
    public List<MigrationDescriptor> migrations() {
      return List.of(new MigrationDescriptor(1, "Run a step", "1"));
    }

    @Override
    public Migration load(int version) {
      return new Migration() {
        @Override
        public int version() {
          return 1;
        }

        @Override
        public String description() {
          return "Run a step";
        }

        @Override
        public String checksum() {
          return "1";
        }

        @Override
        public void upgrade(Operations ops) {
          ops.runStep(RecordingStep.class.getName(), () -> step);
        }

        @Override
        public void downgrade(Operations ops) {}
      };
    }
  }
}
