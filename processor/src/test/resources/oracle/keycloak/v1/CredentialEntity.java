// Test input reconstructed here: the JPA mapping of CredentialEntity in Keycloak
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

@NamedQueries({
  @NamedQuery(
      name = "credentialByUser",
      query =
          "select cred from CredentialEntity cred where cred.user = :user order by cred.priority"),
  @NamedQuery(
      name = "deleteCredentialsByRealm",
      query =
          "delete from CredentialEntity cred where cred.user IN (select u from UserEntity u where u.realmId=:realmId)"),
  @NamedQuery(
      name = "deleteCredentialsByRealmAndLink",
      query =
          "delete from CredentialEntity cred where cred.user IN (select u from UserEntity u where u.realmId=:realmId and u.federationLink=:link)")
})
@Table(name = "CREDENTIAL")
@Entity
public class CredentialEntity {
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

  @Column(name = "TYPE")
  protected String type;

  @Column(name = "USER_LABEL")
  protected String userLabel;

  @Column(name = "CREATED_DATE")
  protected Long createdDate;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "USER_ID")
  protected UserEntity user;

  @Column(name = "SECRET_DATA")
  protected String secretData;

  @Column(name = "CREDENTIAL_DATA")
  protected String credentialData;

  @Column(name = "PRIORITY")
  protected int priority;

  @Deprecated
  @Column(name = "SALT")
  protected byte[] salt;
}
