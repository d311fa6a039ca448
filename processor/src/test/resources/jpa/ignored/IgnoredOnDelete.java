package com.example.ignored;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

@Entity
@OnDelete(action = OnDeleteAction.CASCADE)
public class IgnoredOnDelete {
  @Id private Long id;

  @OneToOne private IgnoredOnDelete twin;

  @OneToOne(mappedBy = "twin")
  @OnDelete(action = OnDeleteAction.CASCADE)
  private IgnoredOnDelete mirror;

  @OnDelete(action = OnDeleteAction.CASCADE)
  private String name;
}
