/**
 * Infrastructure every feature module relies on: the embedded defaults (MongoDB wire-protocol
 * server on a durable file, fail-fast checks for an external database), portal settings,
 * translations and startup refusal with a one-line reason.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.shared;
