package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
public class CascadedPet {
  @Id private Long id;

  @OneToMany
  @OnDelete(action = OnDeleteAction.CASCADE)
  private List<CascadedPet> litter;
}
