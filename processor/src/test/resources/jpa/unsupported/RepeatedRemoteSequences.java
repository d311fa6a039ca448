package com.example.unsupported;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

@Entity
@SequenceGenerator(name = "local", sequenceName = "local_numbers")
@SequenceGenerator(name = "remote", sequenceName = "remote_numbers", schema = "ids")
public class RepeatedRemoteSequences {
  @Id
  @GeneratedValue(generator = "remote")
  private Long id;
}
