package org.example.genericcollections;

import jakarta.persistence.Entity;

@Entity
public class Crate extends Labelled<String> {}
