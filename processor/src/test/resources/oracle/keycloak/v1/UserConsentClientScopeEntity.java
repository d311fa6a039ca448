// Test input reconstructed here: the JPA mapping of UserConsentClientScopeEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@NamedQueries({
  @NamedQuery(
      name = "deleteUserConsentClientScopesByRealm",
      query =
          "delete from UserConsentClientScopeEntity grantedScope where grantedScope.userConsent IN (select consent from UserConsentEntity consent where consent.user IN (select user from UserEntity user where user.realmId = :realmId))"),
  @NamedQuery(
      name = "deleteUserConsentClientScopesByRealmAndLink",
      query =
          "delete from UserConsentClientScopeEntity grantedScope where grantedScope.userConsent IN (select consent from UserConsentEntity consent where consent.user IN (select u from UserEntity u where u.realmId=:realmId and u.federationLink=:link))"),
  @NamedQuery(
      name = "deleteUserConsentClientScopesByUser",
      query =
          "delete from UserConsentClientScopeEntity grantedScope where grantedScope.userConsent IN (select consent from UserConsentEntity consent where consent.user = :user)"),
  @NamedQuery(
      name = "deleteUserConsentClientScopesByClientScope",
      query =
          "delete from UserConsentClientScopeEntity grantedScope where grantedScope.scopeId = :scopeId"),
  @NamedQuery(
      name = "deleteUserConsentClientScopesByClient",
      query =
          "delete from UserConsentClientScopeEntity grantedScope where grantedScope.userConsent IN (select consent from UserConsentEntity consent where consent.clientId = :clientId)"),
  @NamedQuery(
      name = "deleteUserConsentClientScopesByExternalClient",
      query =
          "delete from UserConsentClientScopeEntity grantedScope where grantedScope.userConsent IN (select consent from UserConsentEntity consent where consent.clientStorageProvider = :clientStorageProvider and consent.externalClientId = :externalClientId)"),
  @NamedQuery(
      name = "deleteUserConsentClientScopesByClientStorageProvider",
      query =
          "delete from UserConsentClientScopeEntity grantedScope where grantedScope.userConsent IN (select consent from UserConsentEntity consent where consent.clientStorageProvider = :clientStorageProvider)"),
})
@Entity
@Table(name = "USER_CONSENT_CLIENT_SCOPE")
@IdClass(UserConsentClientScopeEntity.Key.class)
public class UserConsentClientScopeEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "USER_CONSENT_ID")
  protected UserConsentEntity userConsent;

  @Id
  @Column(name = "SCOPE_ID")
  protected String scopeId;

  public static class Key implements Serializable {

    protected UserConsentEntity userConsent;

    protected String scopeId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(userConsent, key.userConsent)
          && Objects.equals(scopeId, key.scopeId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(userConsent, scopeId);
    }
  }
}
