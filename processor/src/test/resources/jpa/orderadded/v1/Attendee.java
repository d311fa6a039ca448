package org.example.orderadded;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;

@Entity
public class Attendee {
  @Id Long id;

  @ElementCollection List<String> phones;
}
