/**
 * Storage of the territories module: the repository of territories, unique by code.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.territories.internal;
