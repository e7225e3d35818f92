package fr.centressociaux.portail.promeneurs;

/**
 * What a professional may choose to show in the public directory. Nothing else of the record
 * (e-mail, phone, job title, audience) ever leaves the portal through it. French labels are
 * {@code promeneurs.public.field.<NAME>}.
 */
public enum PublicField {
    NAME, STRUCTURE, COMMUNE, NETWORKS;

    public String labelKey() {
        return "promeneurs.public.field." + name();
    }
}
