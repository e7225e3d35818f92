/**
 * Member structures (centres sociaux, espaces de vie sociale): their profile, territory history,
 * membership years, yearly figures and change history; self-registration and its approval; the
 * directory with its exports; imports from spreadsheets. Who may see and change what is decided
 * here, in the service layer.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.centres;
