// Test input reconstructed here: the JPA mapping of IdentityProviderEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Map;

@Entity
@Table(name = "IDENTITY_PROVIDER")
@NamedQueries({
  @NamedQuery(
      name = "findIdentityProviderByAlias",
      query =
          "select identityProvider from IdentityProviderEntity identityProvider where identityProvider.alias = :alias")
})
public class IdentityProviderEntity {

  @Id
  @Column(name = "INTERNAL_ID", length = 36)
  @Access(AccessType.PROPERTY)
  protected String internalId;

  public String getInternalId() {
    return internalId;
  }

  public void setInternalId(String internalId) {
    this.internalId = internalId;
  }

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "REALM_ID")
  protected RealmEntity realm;

  @Column(name = "PROVIDER_ID")
  private String providerId;

  @Column(name = "PROVIDER_ALIAS")
  private String alias;

  @Column(name = "PROVIDER_DISPLAY_NAME")
  private String displayName;

  @Column(name = "ENABLED")
  private boolean enabled;

  @Column(name = "TRUST_EMAIL")
  private boolean trustEmail;

  @Column(name = "STORE_TOKEN")
  private boolean storeToken;

  @Column(name = "LINK_ONLY")
  private boolean linkOnly;

  @Column(name = "ADD_TOKEN_ROLE")
  protected boolean addReadTokenRoleOnCreate;

  @Column(name = "AUTHENTICATE_BY_DEFAULT")
  private boolean authenticateByDefault;

  @Column(name = "FIRST_BROKER_LOGIN_FLOW_ID")
  private String firstBrokerLoginFlowId;

  @Column(name = "POST_BROKER_LOGIN_FLOW_ID")
  private String postBrokerLoginFlowId;

  @ElementCollection
  @MapKeyColumn(name = "NAME")
  @Column(name = "VALUE", columnDefinition = "TEXT")
  @CollectionTable(
      name = "IDENTITY_PROVIDER_CONFIG",
      joinColumns = {@JoinColumn(name = "IDENTITY_PROVIDER_ID")})
  private Map<String, String> config;
}
