package org.example.renamedroot;

import jakarta.persistence.Entity;

@Entity
public class Parcel extends Consignment {
  String label;
}
