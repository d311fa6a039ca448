package org.example.collections;

import jakarta.persistence.Embeddable;
import org.hibernate.annotations.Parent;

/** An embeddable that points back to its owner with Hibernate's {@code @Parent}, no column. */
@Embeddable
public class Badge {
  @Parent private Team team;

  private String motto;

  public Team getTeam() {
    return team;
  }

  public void setTeam(Team team) {
    this.team = team;
  }
}
