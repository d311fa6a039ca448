// Test input reconstructed here: the JPA mapping of UserConsentEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Collection;
import java.util.LinkedList;

@Entity
@Table(
    name = "USER_CONSENT",
    uniqueConstraints = {@UniqueConstraint(columnNames = {"USER_ID", "CLIENT_ID"})})
@NamedQueries({
  @NamedQuery(
      name = "userConsentByUserAndClient",
      query =
          "select consent from UserConsentEntity consent where consent.user.id = :userId and consent.clientId = :clientId"),
  @NamedQuery(
      name = "userConsentByUserAndExternalClient",
      query =
          "select consent from UserConsentEntity consent where consent.user.id = :userId and consent.clientStorageProvider = :clientStorageProvider and consent.externalClientId = :externalClientId"),
  @NamedQuery(
      name = "userConsentsByUser",
      query = "select consent from UserConsentEntity consent where consent.user.id = :userId"),
  @NamedQuery(
      name = "deleteUserConsentsByRealm",
      query =
          "delete from UserConsentEntity consent where consent.user IN (select user from UserEntity user where user.realmId = :realmId)"),
  @NamedQuery(
      name = "deleteUserConsentsByRealmAndLink",
      query =
          "delete from UserConsentEntity consent where consent.user IN (select u from UserEntity u where u.realmId=:realmId and u.federationLink=:link)"),
  @NamedQuery(
      name = "deleteUserConsentsByUser",
      query = "delete from UserConsentEntity consent where consent.user = :user"),
  @NamedQuery(
      name = "deleteUserConsentsByClient",
      query = "delete from UserConsentEntity consent where consent.clientId = :clientId"),
  @NamedQuery(
      name = "deleteUserConsentsByExternalClient",
      query =
          "delete from UserConsentEntity consent where consent.clientStorageProvider = :clientStorageProvider and consent.externalClientId = :externalClientId"),
  @NamedQuery(
      name = "deleteUserConsentsByClientStorageProvider",
      query =
          "delete from UserConsentEntity consent where consent.clientStorageProvider = :clientStorageProvider"),
})
public class UserConsentEntity {

  @Id
  @Column(name = "ID", length = 36)
  @Access(AccessType.PROPERTY)
  protected String id;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "USER_ID")
  protected UserEntity user;

  @Column(name = "CLIENT_ID")
  protected String clientId;

  @Column(name = "CLIENT_STORAGE_PROVIDER")
  protected String clientStorageProvider;

  @Column(name = "EXTERNAL_CLIENT_ID")
  protected String externalClientId;

  @OneToMany(
      cascade = {CascadeType.REMOVE},
      orphanRemoval = true,
      mappedBy = "userConsent")
  Collection<UserConsentClientScopeEntity> grantedClientScopes = new LinkedList<>();

  @Column(name = "CREATED_DATE")
  private Long createdDate;

  @Column(name = "LAST_UPDATED_DATE")
  private Long lastUpdatedDate;
}
