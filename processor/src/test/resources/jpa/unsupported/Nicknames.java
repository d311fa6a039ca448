package com.example.unsupported;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;

@Entity
public class Nicknames {
  @Id private Long id;

  @ElementCollection private Map<Object, String> byLink;
}
