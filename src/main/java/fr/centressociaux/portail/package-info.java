/**
 * The member portal of the Fédération des Centres Sociaux du Nord Pas-de-Calais. Each direct
 * sub-package is a feature module (Spring Modulith checks their boundaries): its root package is
 * its public API, {@code internal} its storage and {@code ui} its views; {@code shared} holds what
 * every module relies on.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail;
