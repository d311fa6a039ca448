package com.example.inheritance;

import jakarta.persistence.Entity;
import jakarta.persistence.Version;

@Entity
public class VersionedPart extends VersionedBase {
  @Version private int version;
}
