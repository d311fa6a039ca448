// Test input reconstructed here: the JPA mapping of UserRequiredActionEntity in Keycloak
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
      name = "deleteUserRequiredActionsByRealm",
      query =
          "delete from UserRequiredActionEntity action where action.user IN (select u from UserEntity u where u.realmId=:realmId)"),
  @NamedQuery(
      name = "deleteUserRequiredActionsByRealmAndLink",
      query =
          "delete from UserRequiredActionEntity action where action.user IN (select u from UserEntity u where u.realmId=:realmId and u.federationLink=:link)")
})
@Entity
@Table(name = "USER_REQUIRED_ACTION")
@IdClass(UserRequiredActionEntity.Key.class)
public class UserRequiredActionEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "USER_ID")
  protected UserEntity user;

  @Id
  @Column(name = "REQUIRED_ACTION")
  protected String action;

  public static class Key implements Serializable {

    protected UserEntity user;

    protected String action;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(user, key.user)
          && Objects.equals(action, key.action);
    }

    @Override
    public int hashCode() {
      return Objects.hash(user, action);
    }
  }
}
