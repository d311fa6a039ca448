package dev.strata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.strata.processor.oracle.HibernateOracle;
import dev.strata.processor.oracle.HibernateParity;
import dev.strata.runtime.Strata;
import dev.strata.testing.DatabaseKind;
import dev.strata.testing.TestDatabase;
import dev.strata.testing.TestDatabases;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A large model nobody here wrote: Keycloak's JPA entities (keycloak/keycloak, {@code
 * model/jpa/src/main/java/org/keycloak/models/jpa/entities}), their mappings reconstructed here as
 * test input in {@code oracle/keycloak/v1} (tables, columns and mapping annotations; no code of
 * theirs), with string keys, {@code @IdClass} keys holding a {@code @ManyToOne}, maps and sets of
 * basic values in collection tables, a {@code @MapKey} map, a converter, {@code @Nationalized},
 * enums by ordinal and by name, unique constraints, a self join table and Keycloak's named queries,
 * which Hibernate checks at startup. Strata's migrations must realise the schema Hibernate's own
 * export creates for it.
 *
 * <p>Where Hibernate itself refuses the model, Strata must refuse it at compile time, on the
 * element at fault: on H2, whose keyword {@code VALUE} Keycloak names nineteen columns after
 * (Keycloak's H2 URL says {@code NON_KEYWORDS=VALUE}), and everywhere on {@code
 * UserGroupMembershipEntity}, whose {@code @IdClass} lacks its {@code @Id} association {@code
 * group}. The parity model leaves that entity out.
 */
class KeycloakParityTest {

  private static final String FOLDER = "oracle/keycloak";

  private static final String PACKAGE = "org.example.keycloak";

  private static final List<String> HELPERS =
      List.of("MapStringConverter", "OutboxEntryStatus", "Requirement");

  private static final List<String> ENTITIES =
      List.of(
          "AuthenticationExecutionEntity",
          "AuthenticationFlowEntity",
          "AuthenticatorConfigEntity",
          "ClientAttributeEntity",
          "ClientEntity",
          "ClientInitialAccessEntity",
          "ClientScopeAttributeEntity",
          "ClientScopeClientMappingEntity",
          "ClientScopeEntity",
          "ComponentConfigEntity",
          "ComponentEntity",
          "CredentialEntity",
          "DefaultClientScopeRealmMappingEntity",
          "FederatedIdentityEntity",
          "GroupAttributeEntity",
          "GroupEntity",
          "GroupRoleMappingEntity",
          "IdentityProviderEntity",
          "IdentityProviderMapperEntity",
          "MigrationModelEntity",
          "OrganizationDomainEntity",
          "OrganizationEntity",
          "OrganizationInvitationEntity",
          "OutboxEntryEntity",
          "ProtocolMapperEntity",
          "RealmAttributeEntity",
          "RealmEntity",
          "RealmLocalizationTextsEntity",
          "RequiredActionProviderEntity",
          "RequiredCredentialEntity",
          "RevokedTokenEntity",
          "RoleAttributeEntity",
          "RoleEntity",
          "UserAttributeEntity",
          "UserConsentClientScopeEntity",
          "UserConsentEntity",
          "UserEntity",
          // UserGroupMembershipEntity: Hibernate refuses it (see above)
          "UserRequiredActionEntity",
          "UserRoleMappingEntity");

  /** The tables with a column named {@code VALUE}: entities' and collection tables. */
  private static final List<String> VALUE_TABLES =
      List.of(
          "AUTHENTICATOR_CONFIG_ENTRY",
          "CLIENT_ATTRIBUTES",
          "CLIENT_NODE_REGISTRATIONS",
          "CLIENT_SCOPE_ATTRIBUTES",
          "COMPONENT_CONFIG",
          "GROUP_ATTRIBUTE",
          "IDENTITY_PROVIDER_CONFIG",
          "IDP_MAPPER_CONFIG",
          "PROTOCOL_MAPPER_CONFIG",
          "REALM_ATTRIBUTE",
          "REALM_ENABLED_EVENT_TYPES",
          "REALM_EVENTS_LISTENERS",
          "REALM_SMTP_CONFIG",
          "REALM_SUPPORTED_LOCALES",
          "REDIRECT_URIS",
          "REQUIRED_ACTION_CONFIG",
          "ROLE_ATTRIBUTE",
          "USER_ATTRIBUTE",
          "WEB_ORIGINS");

  @TempDir Path snapshots;
  @TempDir Path classes;

  @ParameterizedTest
  @EnumSource(
      value = DatabaseKind.class,
      names = {"POSTGRESQL", "MARIADB"})
  void keycloaksEntitiesMigrateToTheSchemaHibernateCreates(DatabaseKind kind) throws Exception {
    String target = "-Astrata.targets=" + kind.name().toLowerCase(Locale.ROOT);
    CompiledHistory history =
        new CompiledHistory(snapshots, classes, "-Astrata.tables=true", target);
    history.compileVersion(FOLDER, 1, sources());
    try (URLClassLoader loader = history.load();
        TestDatabase strata = TestDatabases.open(kind)) {
      Strata.configure(strata.dataSource()).classLoader(loader).load().upgrade();
      HibernateParity.assertHibernatesSchema(
          new HibernateOracle(entities(loader), loader, false), strata);
    }
  }

  @Test
  void onH2EachColumnNamedValueIsAnErrorOnItsField() {
    Compilation compilation =
        new StrataCompiler(snapshots).withOption("-Astrata.tables=true").compile(files(sources()));

    assertThat(compilation).failed();
    for (String table : VALUE_TABLES) {
      assertThat(compilation)
          .hadErrorContaining(
              "The name of column VALUE of table " + table + " is a reserved word of H2");
    }
    assertThat(compilation).hadErrorCount(VALUE_TABLES.size());
  }

  /** Hibernate refuses to start on it; Strata used to pass it and migrate its table. */
  @Test
  void userGroupMembershipsIdClassIsAnErrorAsHibernateRefusesIt() {
    List<String> all = new ArrayList<>(sources());
    all.add("UserGroupMembershipEntity");
    JavaFileObject membership =
        JavaFileObjects.forResource(FOLDER + "/v1/UserGroupMembershipEntity.java");
    Compilation compilation =
        new StrataCompiler(snapshots)
            .withOption("-Astrata.tables=true")
            .withOption("-Astrata.targets=postgresql")
            .compile(files(all));

    assertThat(compilation)
        .hadErrorContaining(
            "Field group is an @Id, but the @IdClass Key has no field group: Hibernate refuses to"
                + " start on it")
        .inFile(membership);
    assertThat(compilation).hadErrorCount(1);
  }

  private static List<JavaFileObject> files(List<String> names) {
    return names.stream()
        .map(name -> JavaFileObjects.forResource(FOLDER + "/v1/" + name + ".java"))
        .toList();
  }

  private static List<String> sources() {
    List<String> all = new ArrayList<>(HELPERS);
    all.addAll(ENTITIES);
    return all;
  }

  private static List<Class<?>> entities(ClassLoader loader) throws ClassNotFoundException {
    List<Class<?>> entities = new ArrayList<>();
    for (String name : ENTITIES) {
      entities.add(loader.loadClass(PACKAGE + "." + name));
    }
    return entities;
  }
}
