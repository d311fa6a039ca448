package com.example.crm;

import dev.strata.Step;
import dev.strata.runtime.JavaStep;

@Step(version = 2)
public abstract class AbstractStep implements JavaStep {}
