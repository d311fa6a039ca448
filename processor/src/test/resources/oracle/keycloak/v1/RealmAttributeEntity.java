// Test input reconstructed here: the JPA mapping of RealmAttributeEntity in Keycloak
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
import org.hibernate.annotations.Nationalized;

@NamedQueries({
  @NamedQuery(
      name = "deleteRealmAttributesByRealm",
      query = "delete from RealmAttributeEntity attr where attr.realm = :realm")
})
@Table(name = "REALM_ATTRIBUTE")
@Entity
@IdClass(RealmAttributeEntity.Key.class)
public class RealmAttributeEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "REALM_ID")
  protected RealmEntity realm;

  @Id
  @Column(name = "NAME")
  protected String name;

  @Nationalized
  @Column(name = "VALUE")
  protected String value;

  public static class Key implements Serializable {

    protected RealmEntity realm;

    protected String name;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(realm, key.realm)
          && Objects.equals(name, key.name);
    }

    @Override
    public int hashCode() {
      return Objects.hash(realm, name);
    }
  }
}
