/**
 * Territories (assemblées territoriales) and departments: the federation groups its member
 * centres into territories, each animated by delegates. Territories have validity periods because
 * they merge and split over time. Each department may have a funder, whose mention the attendance
 * sheets of its meetings and trainings print.
 */
@org.jspecify.annotations.NullMarked
package fr.centressociaux.portail.territories;
