// Test input reconstructed here: the JPA mapping of UserEntity in Keycloak
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
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.Nationalized;

@NamedQueries({
  @NamedQuery(
      name = "getRealmUserByUsername",
      query = "select u from UserEntity u where u.username = :username and u.realmId = :realmId"),
  @NamedQuery(
      name = "getRealmUserByEmail",
      query = "select u from UserEntity u where u.email = :email and u.realmId = :realmId"),
  @NamedQuery(
      name = "getRealmUserByLastName",
      query = "select u from UserEntity u where u.lastName = :lastName and u.realmId = :realmId"),
  @NamedQuery(
      name = "getRealmUserByFirstLastName",
      query =
          "select u from UserEntity u where u.firstName = :first and u.lastName = :last and u.realmId = :realmId"),
  @NamedQuery(
      name = "getRealmUserByServiceAccount",
      query =
          "select u from UserEntity u where u.serviceAccountClientLink = :clientInternalId and u.realmId = :realmId"),
  @NamedQuery(
      name = "getRealmUsersByAttributeNameAndValue",
      query =
          "select u from UserEntity u join u.attributes attr "
              + "where u.realmId = :realmId and attr.name = :name and attr.value = :value"),
  @NamedQuery(
      name = "deleteUsersByRealm",
      query = "delete from UserEntity u where u.realmId = :realmId"),
  @NamedQuery(
      name = "deleteUsersByRealmAndLink",
      query = "delete from UserEntity u where u.realmId = :realmId and u.federationLink=:link"),
  @NamedQuery(
      name = "unlinkUsers",
      query =
          "update UserEntity u set u.federationLink = null where u.realmId = :realmId and u.federationLink=:link")
})
@Entity
@Table(
    name = "USER_ENTITY",
    uniqueConstraints = {
      @UniqueConstraint(columnNames = {"REALM_ID", "USERNAME"}),
      @UniqueConstraint(columnNames = {"REALM_ID", "EMAIL_CONSTRAINT"})
    })
public class UserEntity {
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
  @Column(name = "USERNAME")
  protected String username;

  @Nationalized
  @Column(name = "FIRST_NAME")
  protected String firstName;

  @Column(name = "CREATED_TIMESTAMP")
  protected Long createdTimestamp;

  @Nationalized
  @Column(name = "LAST_NAME")
  protected String lastName;

  @Column(name = "EMAIL")
  protected String email;

  @Column(name = "ENABLED")
  protected boolean enabled;

  @Column(name = "EMAIL_VERIFIED")
  protected boolean emailVerified;

  @Column(name = "EMAIL_CONSTRAINT")
  protected String emailConstraint;

  @Column(name = "REALM_ID")
  protected String realmId;

  @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = false, mappedBy = "user")
  @Fetch(FetchMode.SELECT)
  @BatchSize(size = 20)
  protected Collection<UserAttributeEntity> attributes = new LinkedList<>();

  @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "user")
  @Fetch(FetchMode.SELECT)
  @BatchSize(size = 20)
  protected Collection<UserRequiredActionEntity> requiredActions = new LinkedList<>();

  @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "user")
  @Fetch(FetchMode.SELECT)
  @BatchSize(size = 20)
  protected Collection<CredentialEntity> credentials = new LinkedList<>();

  @OneToMany(cascade = CascadeType.REMOVE, orphanRemoval = true, mappedBy = "user")
  @Fetch(FetchMode.SELECT)
  @BatchSize(size = 20)
  protected Collection<FederatedIdentityEntity> federatedIdentities = new LinkedList<>();

  @Column(name = "FEDERATION_LINK")
  protected String federationLink;

  @Column(name = "SERVICE_ACCOUNT_CLIENT_LINK")
  protected String serviceAccountClientLink;

  @Column(name = "NOT_BEFORE")
  protected int notBefore;
}
