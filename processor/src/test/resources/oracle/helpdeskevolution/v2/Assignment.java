package org.example.helpdeskevolution;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import java.time.LocalDateTime;

@Entity
public class Assignment {
  @EmbeddedId AssignmentId id;

  @MapsId("ticketId")
  @ManyToOne
  Ticket ticket;

  @MapsId("employeeId")
  @ManyToOne
  @dev.strata.RenamedFrom("employee")
  Employee agent;

  LocalDateTime assignedAt;

  @Column(length = 30)
  String role;
}
