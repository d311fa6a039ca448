package org.example.keyrename;

import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;

/**
 * A joined subclass whose key column @PrimaryKeyJoinColumn names code: the name the root's key
 * takes in the next version, which this column had all along.
 */
@Entity
@PrimaryKeyJoinColumn(name = "code")
public class Widget extends Item {
  String shade;
}
