/** Views of the follow-up module: a centre's follow-up file, partner bodies and the yearly figures. */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.followup.ui;
