// Test input reconstructed here: the JPA mapping of ClientEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Collection;
import java.util.LinkedList;
import java.util.Map;
import java.util.Set;
import org.hibernate.annotations.Nationalized;

@Entity
@Table(
    name = "CLIENT",
    uniqueConstraints = {@UniqueConstraint(columnNames = {"REALM_ID", "CLIENT_ID"})})
@NamedQueries({
  @NamedQuery(
      name = "getClientById",
      query =
          "select client from ClientEntity client where client.id = :id and client.realmId = :realm"),
  @NamedQuery(
      name = "getAlwaysDisplayInConsoleClients",
      query =
          "select client.id from ClientEntity client where client.alwaysDisplayInConsole = true and client.realmId = :realm order by client.clientId"),
  @NamedQuery(
      name = "findClientIdByClientId",
      query =
          "select client.id from ClientEntity client where client.clientId = :clientId and client.realmId = :realm"),
  @NamedQuery(
      name = "findClientByClientId",
      query =
          "select client from ClientEntity client where client.clientId = :clientId and client.realmId = :realm"),
  @NamedQuery(
      name = "getAllRedirectUrisOfEnabledClients",
      query =
          "select new map(client as client, r as redirectUri) from ClientEntity client join client.redirectUris r where client.realmId = :realm and client.enabled = true"),
})
public class ClientEntity {

  public static final int ID_MAX_LENGTH = 36;

  @Id
  @Column(name = "ID", length = ID_MAX_LENGTH)
  @Access(AccessType.PROPERTY)
  private String id;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @Nationalized
  @Column(name = "NAME")
  private String name;

  @Nationalized
  @Column(name = "DESCRIPTION")
  private String description;

  @Column(name = "CLIENT_ID")
  private String clientId;

  @Column(name = "ENABLED")
  private boolean enabled;

  @Column(name = "ALWAYS_DISPLAY_IN_CONSOLE")
  private boolean alwaysDisplayInConsole;

  @Column(name = "SECRET")
  private String secret;

  @Column(name = "REGISTRATION_TOKEN")
  private String registrationToken;

  @Column(name = "CLIENT_AUTHENTICATOR_TYPE")
  private String clientAuthenticatorType;

  @Column(name = "NOT_BEFORE")
  private int notBefore;

  @Column(name = "PUBLIC_CLIENT")
  private boolean publicClient;

  @Column(name = "PROTOCOL")
  private String protocol;

  @Column(name = "FRONTCHANNEL_LOGOUT")
  private boolean frontchannelLogout;

  @Column(name = "FULL_SCOPE_ALLOWED")
  private boolean fullScopeAllowed;

  @Column(name = "REALM_ID")
  protected String realmId;

  @ElementCollection
  @Column(name = "VALUE")
  @CollectionTable(
      name = "WEB_ORIGINS",
      joinColumns = {@JoinColumn(name = "CLIENT_ID")})
  protected Set<String> webOrigins;

  @ElementCollection
  @Column(name = "VALUE")
  @CollectionTable(
      name = "REDIRECT_URIS",
      joinColumns = {@JoinColumn(name = "CLIENT_ID")})
  protected Set<String> redirectUris;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "client")
  protected Collection<ClientAttributeEntity> attributes = new LinkedList<>();

  @ElementCollection
  @MapKeyColumn(name = "BINDING_NAME")
  @Column(name = "FLOW_ID", length = 4000)
  @CollectionTable(
      name = "CLIENT_AUTH_FLOW_BINDINGS",
      joinColumns = {@JoinColumn(name = "CLIENT_ID")})
  protected Map<String, String> authFlowBindings;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "client")
  Collection<ProtocolMapperEntity> protocolMappers = new LinkedList<>();

  @Column(name = "SURROGATE_AUTH_REQUIRED")
  private boolean surrogateAuthRequired;

  @Column(name = "ROOT_URL")
  private String rootUrl;

  @Column(name = "BASE_URL")
  private String baseUrl;

  @Column(name = "MANAGEMENT_URL")
  private String managementUrl;

  @Column(name = "BEARER_ONLY")
  private boolean bearerOnly;

  @Column(name = "CONSENT_REQUIRED")
  private boolean consentRequired;

  @Column(name = "STANDARD_FLOW_ENABLED")
  private boolean standardFlowEnabled;

  @Column(name = "IMPLICIT_FLOW_ENABLED")
  private boolean implicitFlowEnabled;

  @Column(name = "DIRECT_ACCESS_GRANTS_ENABLED")
  private boolean directAccessGrantsEnabled;

  @Column(name = "SERVICE_ACCOUNTS_ENABLED")
  private boolean serviceAccountsEnabled;

  @Column(name = "NODE_REREG_TIMEOUT")
  private int nodeReRegistrationTimeout;

  @ElementCollection
  @Column(name = "ROLE_ID")
  @CollectionTable(
      name = "SCOPE_MAPPING",
      joinColumns = {@JoinColumn(name = "CLIENT_ID")})
  private Set<String> scopeMappingIds;

  @ElementCollection
  @MapKeyColumn(name = "NAME")
  @Column(name = "VALUE")
  @CollectionTable(
      name = "CLIENT_NODE_REGISTRATIONS",
      joinColumns = {@JoinColumn(name = "CLIENT_ID")})
  Map<String, Integer> registeredNodes;
}
