package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;

@Entity
public class TwoKeeperRefs {
  @Id private Long id;

  // both join tables are implicitly TwoKeeperRefs_Keeper
  @ManyToOne @JoinTable private Keeper keeper;

  @ManyToOne @JoinTable private Keeper backup;

  @Entity
  public static class Keeper {
    @Id private Long id;
  }
}
