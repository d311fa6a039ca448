package org.example.generics;

import jakarta.persistence.Entity;

@Entity
public class Post extends Auditable<Account, Long> {
  private String title;
}
