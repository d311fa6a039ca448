package org.example.snakecaserename;

import jakarta.persistence.Entity;

@Entity
public class StaffMember extends Person {
  String badgeCode;
}
