package org.example.keyrename;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

/** A joined subclass under a @PrimaryKeyJoinColumn of defaults: its key is named as its root's. */
@Entity
@PrimaryKeyJoinColumn
public class Gadget extends Item {
  String power;
}
