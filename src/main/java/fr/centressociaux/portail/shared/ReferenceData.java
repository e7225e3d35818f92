package fr.centressociaux.portail.shared;

import org.springframework.dao.DuplicateKeyException;

/**
 * Seeding reference data (territories, funders, support themes) when several nodes start together
 * on one empty database: each document is inserted on its own, and one that another node inserted
 * first (its unique id or key says so) is left as that node wrote it, so every node starts and the
 * data is stored once.
 */
public final class ReferenceData {

    private ReferenceData() {
    }

    /** Runs one insert of reference data; a duplicate key means another node stored it meanwhile. */
    public static void insertUnlessAnotherNodeDid(Runnable insert) {
        try {
            insert.run();
        } catch (DuplicateKeyException seededMeanwhile) {
            // Another node seeding the same empty database stored this one between our count and insert.
        }
    }
}
