// Test input reconstructed here: the JPA mapping of DefaultClientScopeRealmMappingEntity in Keycloak
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
      name = "defaultClientScopeRealmMappingIdsByRealm",
      query =
          "select m.clientScopeId from DefaultClientScopeRealmMappingEntity m where m.realm = :realm and m.defaultScope = :defaultScope"),
  @NamedQuery(
      name = "deleteDefaultClientScopeRealmMapping",
      query =
          "delete from DefaultClientScopeRealmMappingEntity where realm = :realm and clientScopeId = :clientScopeId"),
  @NamedQuery(
      name = "deleteDefaultClientScopeRealmMappingByRealm",
      query = "delete from DefaultClientScopeRealmMappingEntity where realm = :realm")
})
@Entity
@Table(name = "DEFAULT_CLIENT_SCOPE")
@IdClass(DefaultClientScopeRealmMappingEntity.Key.class)
public class DefaultClientScopeRealmMappingEntity {

  @Id
  @Column(name = "SCOPE_ID")
  protected String clientScopeId;

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "REALM_ID")
  protected RealmEntity realm;

  @Column(name = "DEFAULT_SCOPE")
  protected boolean defaultScope;

  public static class Key implements Serializable {

    protected String clientScopeId;

    protected RealmEntity realm;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(clientScopeId, key.clientScopeId)
          && Objects.equals(realm, key.realm);
    }

    @Override
    public int hashCode() {
      return Objects.hash(clientScopeId, realm);
    }
  }
}
