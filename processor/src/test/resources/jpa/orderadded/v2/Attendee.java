package org.example.orderadded;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;

/** An order column added to a list: its table's key becomes the owner's and the position. */
@Entity
public class Attendee {
  @Id Long id;

  @ElementCollection @OrderColumn List<String> phones;
}
