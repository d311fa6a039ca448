// Test input reconstructed here: the JPA mapping of GroupRoleMappingEntity in Keycloak
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
      name = "groupHasRole",
      query =
          "select m from GroupRoleMappingEntity m where m.group = :group and m.roleId = :roleId"),
  @NamedQuery(
      name = "groupRoleMappings",
      query = "select m from GroupRoleMappingEntity m where m.group = :group"),
  @NamedQuery(
      name = "groupRoleMappingIds",
      query = "select m.roleId from GroupRoleMappingEntity m where m.group = :group"),
  @NamedQuery(
      name = "deleteGroupRoleMappingsByRealm",
      query =
          "delete from  GroupRoleMappingEntity mapping where mapping.group IN (select u from GroupEntity u where u.realm=:realm)"),
  @NamedQuery(
      name = "deleteGroupRoleMappingsByRole",
      query = "delete from GroupRoleMappingEntity m where m.roleId = :roleId"),
  @NamedQuery(
      name = "deleteGroupRoleMappingsByGroup",
      query = "delete from GroupRoleMappingEntity m where m.group = :group")
})
@Table(name = "GROUP_ROLE_MAPPING")
@Entity
@IdClass(GroupRoleMappingEntity.Key.class)
public class GroupRoleMappingEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "GROUP_ID")
  protected GroupEntity group;

  @Id
  @Column(name = "ROLE_ID")
  protected String roleId;

  public static class Key implements Serializable {

    protected GroupEntity group;

    protected String roleId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(group, key.group)
          && Objects.equals(roleId, key.roleId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(group, roleId);
    }
  }
}
