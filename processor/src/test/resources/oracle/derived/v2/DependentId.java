package org.example.derived;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class DependentId implements Serializable {
  private String name;
  private Long personId;

  @Override
  public boolean equals(Object other) {
    return other instanceof DependentId id
        && Objects.equals(name, id.name)
        && Objects.equals(personId, id.personId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, personId);
  }
}
