/** Screens of the Promeneurs du Net module: the register, a professional's page, events and the yearly figures. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.promeneurs.ui;
