package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class CascadedPet {
  @Id private Long id;

  @ManyToOne
  @OnDelete(action = OnDeleteAction.CASCADE)
  private CascadedPet mother;
}
