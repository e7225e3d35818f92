/**
 * The federation's training offer: the yearly catalogue, sessions (dated days or "sur mesure" in
 * one centre) with their seats and waiting list, the enrolment of named employees and volunteers
 * by their directors, attendance per day and the hours it gives, the attestation de formation,
 * the per-day émargement, the training bilan per department and the FOSFORA table of the
 * volunteer-training fund. Who may see and do what is decided in
 * {@link fr.centressociaux.portail.trainings.TrainingAccess} (DD007).
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.trainings;
