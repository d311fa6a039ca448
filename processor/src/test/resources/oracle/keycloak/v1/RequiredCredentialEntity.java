// Test input reconstructed here: the JPA mapping of RequiredCredentialEntity in Keycloak
// (keycloak/keycloak, model/jpa): tables, columns and mapping annotations only.
package org.example.keycloak;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

@Table(name = "REALM_REQUIRED_CREDENTIAL")
@Entity
@IdClass(RequiredCredentialEntity.Key.class)
public class RequiredCredentialEntity {

  @Id
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "REALM_ID")
  protected RealmEntity realm;

  @Id
  @Column(name = "TYPE")
  protected String type;

  @Column(name = "INPUT")
  protected boolean input;

  @Column(name = "SECRET")
  protected boolean secret;

  @Column(name = "FORM_LABEL")
  protected String formLabel;

  public static class Key implements Serializable {

    protected RealmEntity realm;

    protected String type;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key key
          && Objects.equals(realm, key.realm)
          && Objects.equals(type, key.type);
    }

    @Override
    public int hashCode() {
      return Objects.hash(realm, type);
    }
  }
}
