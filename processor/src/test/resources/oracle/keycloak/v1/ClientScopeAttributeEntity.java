// Test input reconstructed here: the JPA mapping of ClientScopeAttributeEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@Table(name = "CLIENT_SCOPE_ATTRIBUTES")
@Entity
@IdClass(ClientScopeAttributeEntity.Key.class)
public class ClientScopeAttributeEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "SCOPE_ID")
  protected ClientScopeEntity clientScope;

  @Id
  @Column(name = "NAME")
  protected String name;

  @Column(name = "VALUE", length = 2048)
  protected String value;

  public static class Key implements Serializable {

    protected ClientScopeEntity clientScope;

    protected String name;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(clientScope, key.clientScope)
          && Objects.equals(name, key.name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(clientScope, name);
    }
  }
}
