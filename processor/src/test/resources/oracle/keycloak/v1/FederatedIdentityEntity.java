// Test input reconstructed here: the JPA mapping of FederatedIdentityEntity in Keycloak
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
      name = "findFederatedIdentityByUser",
      query = "select link from FederatedIdentityEntity link where link.user = :user"),
  @NamedQuery(
      name = "findFederatedIdentityByUserAndProvider",
      query =
          "select link from FederatedIdentityEntity link where link.user = :user and link.identityProvider = :identityProvider"),
  @NamedQuery(
      name = "findUserByFederatedIdentityAndRealm",
      query =
          "select link.user from FederatedIdentityEntity link where link.realmId = :realmId and link.identityProvider = :identityProvider and link.userId = :userId"),
  @NamedQuery(
      name = "deleteFederatedIdentityByRealm",
      query =
          "delete from FederatedIdentityEntity social where social.user IN (select u from UserEntity u where realmId=:realmId)"),
  @NamedQuery(
      name = "deleteFederatedIdentityByRealmAndLink",
      query =
          "delete from FederatedIdentityEntity social where social.user IN (select u from UserEntity u where realmId=:realmId and u.federationLink=:link)"),
  @NamedQuery(
      name = "deleteFederatedIdentityByUser",
      query = "delete from FederatedIdentityEntity social where social.user = :user")
})
@Table(name = "FEDERATED_IDENTITY")
@Entity
@IdClass(FederatedIdentityEntity.Key.class)
public class FederatedIdentityEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "USER_ID")
  private UserEntity user;

  @Column(name = "REALM_ID")
  protected String realmId;

  @Id
  @Column(name = "IDENTITY_PROVIDER")
  protected String identityProvider;

  @Column(name = "FEDERATED_USER_ID")
  protected String userId;

  @Column(name = "FEDERATED_USERNAME")
  protected String userName;

  @Column(name = "TOKEN")
  protected String token;

  public static class Key implements Serializable {

    protected UserEntity user;

    protected String identityProvider;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(user, key.user)
          && Objects.equals(identityProvider, key.identityProvider);
    }

    @Override
    public int hashCode() {
      return Objects.hash(user, identityProvider);
    }
  }
}
