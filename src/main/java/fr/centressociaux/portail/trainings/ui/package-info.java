/**
 * The training screens: the yearly catalogue and a training's page with its sessions, the forms
 * staff fill in for trainings and sessions, a session's page (enrolment by directors, the people
 * enrolled, attendance per day, émargement and certificates), the director's home block, the
 * centre page's training history, and the training bilan and FOSFORA table.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.trainings.ui;
