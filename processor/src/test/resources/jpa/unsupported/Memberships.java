package com.example.unsupported;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;

/**
 * Keycloak's UserGroupMembershipEntity, in short: an @Id association beside the @Id column it
 * reads, which the id class does not name. Hibernate refuses to start on it.
 */
@Entity
@IdClass(Memberships.Key.class)
public class Memberships {
  public static class Key implements Serializable {
    String member;
    String groupId;
  }

  @Id private String member;

  @Id @ManyToOne
  @JoinColumn(name = "groupId", insertable = false, updatable = false)
  private Clubs club;

  @Id private String groupId;
}

@Entity
class Clubs {
  @Id private String id;
}

/** An id class naming a field the entity lacks, and one the entity has without @Id. */
@Entity
@IdClass(Badges.Key.class)
class Badges {
  static class Key implements Serializable {
    String holder;
    String kind;
    String serial;
  }

  @Id private String holder;

  @Column(length = 20)
  private String kind;
}
