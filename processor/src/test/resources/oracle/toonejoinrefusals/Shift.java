package org.example.toonejoinrefusals;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;

/** An @Id to-one through a join table as part of an @IdClass key, which Hibernate 7 refuses. */
@Entity
@IdClass(Shift.Key.class)
public class Shift {
  /** The key: the keeper's and the day. */
  public static class Key implements Serializable {
    Long keeper;
    String day;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(key.keeper, keeper)
          && Objects.equals(key.day, day);
    }

    @Override
    public int hashCode() {
      return Objects.hash(keeper, day);
    }
  }

  @Id
  @ManyToOne
  @JoinTable(name = "shift_keeper")
  Keeper keeper;

  @Id String day;
}
