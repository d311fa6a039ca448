package org.example.associationrename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import java.util.List;

@Entity
public class Animal {
  @Id Long id;

  @ManyToOne Owner mainOwner;

  @ElementCollection @OrderColumn List<String> vaccineNames;
}
