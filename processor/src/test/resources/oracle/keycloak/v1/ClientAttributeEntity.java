// Test input reconstructed here: the JPA mapping of ClientAttributeEntity in Keycloak
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

@Table(name = "CLIENT_ATTRIBUTES")
@Entity
@IdClass(ClientAttributeEntity.Key.class)
public class ClientAttributeEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "CLIENT_ID")
  protected ClientEntity client;

  @Id
  @Column(name = "NAME")
  protected String name;

  @Column(name = "VALUE", length = 4000)
  protected String value;

  public static class Key implements Serializable {

    protected ClientEntity client;

    protected String name;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(client, key.client)
          && Objects.equals(name, key.name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(client, name);
    }
  }
}
