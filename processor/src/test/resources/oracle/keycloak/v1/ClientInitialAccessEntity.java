// Test input reconstructed here: the JPA mapping of ClientInitialAccessEntity in Keycloak
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

@Entity
@Table(name = "CLIENT_INITIAL_ACCESS")
@NamedQueries({
  @NamedQuery(
      name = "findClientInitialAccessByRealm",
      query =
          "select ia from ClientInitialAccessEntity ia where ia.realm = :realm order by timestamp"),
  @NamedQuery(
      name = "removeClientInitialAccessByRealm",
      query = "delete from ClientInitialAccessEntity ia where ia.realm = :realm"),
  @NamedQuery(
      name = "removeExpiredClientInitialAccess",
      query =
          "delete from ClientInitialAccessEntity ia where (ia.expiration > 0 and (ia.timestamp + ia.expiration) < :currentTime) or ia.remainingCount = 0"),
  @NamedQuery(
      name = "decreaseClientInitialAccessRemainingCount",
      query =
          "update ClientInitialAccessEntity ia set ia.remainingCount = ia.remainingCount - 1 where ia.id = :id")
})
public class ClientInitialAccessEntity {

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

  @Column(name = "TIMESTAMP")
  private int timestamp;

  @Column(name = "EXPIRATION")
  private int expiration;

  @Column(name = "COUNT")
  private int count;

  @Column(name = "REMAINING_COUNT")
  private int remainingCount;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "REALM_ID")
  protected RealmEntity realm;
}
