// Test input reconstructed here: the JPA mapping of UserRoleMappingEntity in Keycloak
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
      name = "userHasRole",
      query = "select m from UserRoleMappingEntity m where m.user = :user and m.roleId = :roleId"),
  @NamedQuery(
      name = "userRoleMappings",
      query = "select m from UserRoleMappingEntity m where m.user = :user"),
  @NamedQuery(
      name = "userRoleMappingIds",
      query = "select m.roleId from UserRoleMappingEntity m where m.user = :user"),
  @NamedQuery(
      name = "deleteUserRoleMappingsByRealm",
      query =
          "delete from  UserRoleMappingEntity mapping where mapping.user IN (select u from UserEntity u where u.realmId=:realmId)"),
  @NamedQuery(
      name = "deleteUserRoleMappingsByRealmAndLink",
      query =
          "delete from  UserRoleMappingEntity mapping where mapping.user IN (select u from UserEntity u where u.realmId=:realmId and u.federationLink=:link)"),
  @NamedQuery(
      name = "deleteUserRoleMappingsByRole",
      query = "delete from UserRoleMappingEntity m where m.roleId = :roleId"),
  @NamedQuery(
      name = "deleteUserRoleMappingsByUser",
      query = "delete from UserRoleMappingEntity m where m.user = :user")
})
@Table(name = "USER_ROLE_MAPPING")
@Entity
@IdClass(UserRoleMappingEntity.Key.class)
public class UserRoleMappingEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "USER_ID")
  protected UserEntity user;

  @Id
  @Column(name = "ROLE_ID")
  protected String roleId;

  public static class Key implements Serializable {

    protected UserEntity user;

    protected String roleId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(user, key.user)
          && Objects.equals(roleId, key.roleId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(user, roleId);
    }
  }
}
