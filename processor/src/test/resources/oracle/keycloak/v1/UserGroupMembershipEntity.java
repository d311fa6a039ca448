// Test input reconstructed here: the JPA mapping of UserGroupMembershipEntity in Keycloak
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
      name = "userMemberOf",
      query =
          "select m from UserGroupMembershipEntity m where m.user = :user and m.groupId = :groupId"),
  @NamedQuery(
      name = "userGroupMembership",
      query = "select m from UserGroupMembershipEntity m where m.user = :user"),
  @NamedQuery(
      name = "groupMembership",
      query =
          "select g.user from UserGroupMembershipEntity g where g.groupId = :groupId order by g.user.username"),
  @NamedQuery(
      name = "deleteUserGroupMembershipByRealm",
      query =
          "delete from  UserGroupMembershipEntity mapping where mapping.user IN (select u from UserEntity u where u.realmId=:realmId)"),
  @NamedQuery(
      name = "deleteUserGroupMembershipsByRealmAndLink",
      query =
          "delete from  UserGroupMembershipEntity mapping where mapping.user IN (select u from UserEntity u where u.realmId=:realmId and u.federationLink=:link)"),
  @NamedQuery(
      name = "deleteUserGroupMembershipsByGroup",
      query = "delete from UserGroupMembershipEntity m where m.groupId = :groupId"),
  @NamedQuery(
      name = "deleteUserGroupMembershipsByUser",
      query = "delete from UserGroupMembershipEntity m where m.user = :user"),
  @NamedQuery(
      name = "searchForUserCountInGroups",
      query =
          "select count(m.user) from UserGroupMembershipEntity m where m.user.realmId = :realmId and (m.user.serviceAccountClientLink is null) and "
              + "( lower(m.user.username) like :search or lower(concat(m.user.firstName, ' ', m.user.lastName)) like :search or m.user.email like :search ) and m.group.id in :groupIds"),
  @NamedQuery(
      name = "userCountInGroups",
      query =
          "select count(m.user) from UserGroupMembershipEntity m where m.user.realmId = :realmId and m.group.id in :groupIds")
})
@Table(name = "USER_GROUP_MEMBERSHIP")
@Entity
@IdClass(UserGroupMembershipEntity.Key.class)
public class UserGroupMembershipEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "USER_ID")
  protected UserEntity user;

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "GROUP_ID", insertable = false, updatable = false)
  protected GroupEntity group;

  @Id
  @Column(name = "GROUP_ID")
  protected String groupId;

  public static class Key implements Serializable {

    protected UserEntity user;

    protected String groupId;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(user, key.user)
          && Objects.equals(groupId, key.groupId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(user, groupId);
    }
  }
}
