package org.unionaid.people;

/** Urban worker or migrant worker (困难农民工 when filed). */
public enum WorkerType {
    URBAN, MIGRANT
}
