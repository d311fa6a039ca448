package org.example.helpdeskevolution;

import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;

@Embeddable
public class AssignmentId implements Serializable {
  Long ticketId;

  Long employeeId;

  @Override
  public boolean equals(Object other) {
    return other instanceof AssignmentId id
        && Objects.equals(ticketId, id.ticketId)
        && Objects.equals(employeeId, id.employeeId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ticketId, employeeId);
  }
}
