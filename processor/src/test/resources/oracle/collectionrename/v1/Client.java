package org.example.collectionrename;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OrderColumn;
import java.util.List;
import java.util.Set;

@Entity
public class Client {
  @Id private Long id;

  @ElementCollection private Set<String> tags;

  @ElementCollection @OrderColumn private List<String> notes;
}
