package fr.centressociaux.portail.accounts;

/** Why a single-use link was mailed. */
public enum LinkPurpose {
    INVITATION,
    PASSWORD_RESET
}
