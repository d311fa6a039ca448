// Test input reconstructed here: the JPA mapping of ClientScopeClientMappingEntity in Keycloak
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
      name = "clientScopeClientMappingIdsByClient",
      query =
          "select m.clientScope.id from ClientScopeClientMappingEntity m where m.client = :client and m.defaultScope = :defaultScope"),
  @NamedQuery(
      name = "deleteClientScopeClientMapping",
      query =
          "delete from ClientScopeClientMappingEntity where client = :client and clientScope = :clientScope"),
  @NamedQuery(
      name = "deleteClientScopeClientMappingByClient",
      query = "delete from ClientScopeClientMappingEntity where client = :client")
})
@Entity
@Table(name = "CLIENT_SCOPE_CLIENT")
@IdClass(ClientScopeClientMappingEntity.Key.class)
public class ClientScopeClientMappingEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "SCOPE_ID")
  protected ClientScopeEntity clientScope;

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "CLIENT_ID")
  protected ClientEntity client;

  @Column(name = "DEFAULT_SCOPE")
  protected boolean defaultScope;

  public static class Key implements Serializable {

    protected ClientScopeEntity clientScope;

    protected ClientEntity client;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(clientScope, key.clientScope)
          && Objects.equals(client, key.client);
    }

    @Override
    public int hashCode() {
      return Objects.hash(clientScope, client);
    }
  }
}
