package org.example.genericcollections;

import jakarta.persistence.Entity;

@Entity
public class Till extends Priced<String> {}
