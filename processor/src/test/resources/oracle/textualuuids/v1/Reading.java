package org.example.textualuuids;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

@Entity
public class Reading {

  @Id @GeneratedValue Long id;

  @ManyToOne(optional = false) Device device;
}
