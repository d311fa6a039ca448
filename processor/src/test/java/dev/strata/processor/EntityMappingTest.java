package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.model.ColumnDefinition;
import dev.strata.processor.model.IndexDefinition;
import dev.strata.processor.model.TableDefinition;
import dev.strata.processor.snapshot.SnapshotStore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How JPA mappings become the columns, keys and indexes of a table, as Hibernate maps them. */
class EntityMappingTest {

  @TempDir Path snapshots;

  @Test
  void superclassEmbeddedEnumsIndexesAndUniqueConstraintsMapAsHibernateMapsThem() throws Exception {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.tables=true")
            .compile(
                List.of(
                    JavaFileObjects.forResource("jpa/mapping/Account.java"),
                    JavaFileObjects.forResource("jpa/mapping/Address.java"),
                    JavaFileObjects.forResource("jpa/mapping/Audited.java"),
                    JavaFileObjects.forResource("jpa/mapping/Status.java")));
    assertThat(compilation).succeeded();

    TableDefinition accounts =
        new SnapshotStore(snapshots).read().newestSchema().table("accounts").orElseThrow();

    assertEquals(
        List.of(
            new ColumnDefinition("createdAt", "TIMESTAMP WITH TIME ZONE", true),
            new ColumnDefinition("id", "UUID", false),
            new ColumnDefinition("owner", "VARCHAR(255)", true),
            new ColumnDefinition("opened", "DATE", true),
            new ColumnDefinition("status", "ENUM('ACTIVE','CLOSED')", true),
            new ColumnDefinition("previousStatus", "TINYINT", true),
            new ColumnDefinition("street", "VARCHAR(120)", true),
            new ColumnDefinition("zipCode", "VARCHAR(255)", true)),
        accounts.columns());
    assertEquals(List.of("id"), accounts.primaryKey());
    assertEquals(
        List.of(
            new IndexDefinition("accounts_opened_idx", List.of("opened", "status"), false),
            new IndexDefinition("accounts_owner_opened_key", List.of("owner", "opened"), true)),
        accounts.indexes());
  }

  @Test
  void snakeCaseNamingNamesImplicitTablesAndColumnsAsSpringBootDoes() throws Exception {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.tables=true")
            .withOption("-Astrata.naming=snake_case")
            .compile(
                List.of(
                    JavaFileObjects.forResource("jpa/mapping/Account.java"),
                    JavaFileObjects.forResource("jpa/mapping/Address.java"),
                    JavaFileObjects.forResource("jpa/mapping/Audited.java"),
                    JavaFileObjects.forResource("jpa/mapping/Status.java")));
    assertThat(compilation).succeeded();

    TableDefinition accounts =
        new SnapshotStore(snapshots).read().newestSchema().table("accounts").orElseThrow();

    assertEquals("created_at", accounts.columns().get(0).name());
    assertEquals("previous_status", accounts.columns().get(5).name());
    assertEquals("zip_code", accounts.columns().get(7).name());
  }

  @Test
  void aViewReadingAnAddressColumnIsCheckedOnH2AsItsVarbinary() throws Exception {
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.tables=true")
            .compile(
                List.of(
                    JavaFileObjects.forResource("jpa/types/Server.java"),
                    JavaFileObjects.forResource("jpa/types/ServerAddress.java")));
    assertThat(compilation).succeeded();

    TableDefinition servers =
        new SnapshotStore(snapshots).read().newestSchema().table("Server").orElseThrow();
    assertEquals(
        List.of(
            new ColumnDefinition("id", "BIGINT", false),
            new ColumnDefinition("name", "VARCHAR(255)", true),
            new ColumnDefinition("address", "INET(19)", true)),
        servers.columns());
  }
}
