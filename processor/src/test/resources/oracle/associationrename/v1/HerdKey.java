package org.example.associationrename;

import java.io.Serializable;

public record HerdKey(String farm, int pen) implements Serializable {}
