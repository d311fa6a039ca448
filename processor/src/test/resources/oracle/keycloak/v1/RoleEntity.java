// Test input reconstructed here: the JPA mapping of RoleEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Nationalized;

@Entity
@Table(
    name = "KEYCLOAK_ROLE",
    uniqueConstraints = {@UniqueConstraint(columnNames = {"NAME", "CLIENT_REALM_CONSTRAINT"})})
@NamedQueries({
  @NamedQuery(
      name = "getClientRoles",
      query = "select role from RoleEntity role where role.clientId = :client order by role.name"),
  @NamedQuery(
      name = "getClientRoleIds",
      query = "select role.id from RoleEntity role where role.clientId = :client"),
  @NamedQuery(
      name = "getClientRoleByName",
      query =
          "select role from RoleEntity role where role.name = :name and role.clientId = :client"),
  @NamedQuery(
      name = "getClientRoleIdByName",
      query =
          "select role.id from RoleEntity role where role.name = :name and role.clientId = :client"),
  @NamedQuery(
      name = "searchForClientRoles",
      query =
          "select role from RoleEntity role where role.clientId = :client and ( lower(role.name) like :search or lower(role.description) like :search ) order by role.name"),
  @NamedQuery(
      name = "getRealmRoles",
      query =
          "select role from RoleEntity role where role.clientRole = false and role.realmId = :realm order by role.name"),
  @NamedQuery(
      name = "getRealmRoleIds",
      query =
          "select role.id from RoleEntity role where role.clientRole = false and role.realmId = :realm"),
  @NamedQuery(
      name = "getRealmRoleByName",
      query =
          "select role from RoleEntity role where role.clientRole = false and role.name = :name and role.realmId = :realm"),
  @NamedQuery(
      name = "getRealmRoleIdByName",
      query =
          "select role.id from RoleEntity role where role.clientRole = false and role.name = :name and role.realmId = :realm"),
  @NamedQuery(
      name = "searchForRealmRoles",
      query =
          "select role from RoleEntity role where role.clientRole = false and role.realmId = :realm and ( lower(role.name) like :search or lower(role.description) like :search ) order by role.name"),
  @NamedQuery(
      name = "getRoleIdsFromIdList",
      query =
          "select role.id from RoleEntity role where role.realmId = :realm and role.id in :ids order by role.name ASC"),
  @NamedQuery(
      name = "getRoleIdsByNameContainingFromIdList",
      query =
          "select role.id from RoleEntity role where role.realmId = :realm and lower(role.name) like lower(concat('%',:search,'%')) and role.id in :ids order by role.name ASC"),
})
public class RoleEntity {
  @Id
  @Column(name = "ID", length = 36)
  @Access(AccessType.PROPERTY)
  private String id;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @Nationalized
  @Column(name = "NAME")
  private String name;

  @Nationalized
  @Column(name = "DESCRIPTION")
  private String description;

  @Column(name = "REALM_ID")
  private String realmId;

  @Column(name = "CLIENT_ROLE")
  private boolean clientRole;

  @Column(name = "CLIENT")
  private String clientId;

  @Column(name = "CLIENT_REALM_CONSTRAINT", length = 36)
  private String clientRealmConstraint;

  @ManyToMany(
      fetch = FetchType.LAZY,
      cascade = {})
  @JoinTable(
      name = "COMPOSITE_ROLE",
      joinColumns = @JoinColumn(name = "COMPOSITE"),
      inverseJoinColumns = @JoinColumn(name = "CHILD_ROLE"))
  private Set<RoleEntity> compositeRoles;

  @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "role")
  @Fetch(FetchMode.SELECT)
  @BatchSize(size = 20)
  protected List<RoleAttributeEntity> attributes;
}
