// Test input reconstructed here: the JPA mapping of GroupEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Collection;
import java.util.LinkedList;
import org.hibernate.annotations.Nationalized;

@NamedQueries({
  @NamedQuery(
      name = "getGroupIdsByParent",
      query =
          "select u.id from GroupEntity u where u.realm = :realm and u.type = 0 and u.parentId = :parent order by u.name ASC"),
  @NamedQuery(
      name = "deleteGroupsByRealm",
      query = "delete from GroupEntity g where g.realm = :realm")
})
@Entity
@Table(
    name = "KEYCLOAK_GROUP",
    uniqueConstraints = {@UniqueConstraint(columnNames = {"REALM_ID", "PARENT_GROUP", "NAME"})})
public class GroupEntity {

  @Id
  @Column(name = "ID", length = 36)
  @Access(AccessType.PROPERTY)
  protected String id;

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  @Nationalized
  @Column(name = "NAME")
  protected String name;

  @Nationalized
  @Column(name = "DESCRIPTION")
  protected String description;

  @Column(name = "PARENT_GROUP")
  private String parentId;

  @Column(name = "REALM_ID")
  private String realm;

  @Column(name = "TYPE")
  private int type;

  @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "group")
  protected Collection<GroupAttributeEntity> attributes = new LinkedList<>();
}
