package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

@Entity
class GenericOwner {
  @Id private Long id;
}

@MappedSuperclass
abstract class OwnedBase<O> {
  @Id private Long id;

  @ManyToOne @JoinTable private O owner;
}

@Entity
public class GenericJoinTableOwner extends OwnedBase<GenericOwner> {}
