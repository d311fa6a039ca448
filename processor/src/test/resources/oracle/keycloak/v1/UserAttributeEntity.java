// Test input reconstructed here: the JPA mapping of UserAttributeEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQueries;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.Nationalized;

@NamedQueries({
  @NamedQuery(
      name = "deleteUserAttributesByRealm",
      query =
          "delete from  UserAttributeEntity attr where attr.user IN (select u from UserEntity u where u.realmId=:realmId)"),
  @NamedQuery(
      name = "deleteUserAttributesByNameAndUser",
      query =
          "delete from  UserAttributeEntity attr where attr.user.id = :userId and attr.name = :name"),
  @NamedQuery(
      name = "deleteUserAttributesByNameAndUserOtherThan",
      query =
          "delete from  UserAttributeEntity attr where attr.user.id = :userId and attr.name = :name and attr.id <> :attrId"),
  @NamedQuery(
      name = "deleteUserAttributesByRealmAndLink",
      query =
          "delete from  UserAttributeEntity attr where attr.user IN (select u from UserEntity u where u.realmId=:realmId and u.federationLink=:link)")
})
@Table(name = "USER_ATTRIBUTE")
@Entity
public class UserAttributeEntity {

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

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "USER_ID")
  protected UserEntity user;

  @Column(name = "NAME")
  protected String name;

  @Nationalized
  @Column(name = "VALUE")
  protected String value;
}
