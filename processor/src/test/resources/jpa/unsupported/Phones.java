package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import java.util.Map;

@Entity
public class Phones {
  @Id private Long id;

  @OneToMany(mappedBy = "owner")
  @MapKeyColumn(name = "kind")
  private Map<String, Phone> byKind;
}

@Entity
class Phone {
  @Id private Long id;

  @ManyToOne private Phones owner;
}
