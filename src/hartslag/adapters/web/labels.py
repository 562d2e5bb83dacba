# SPDX-License-Identifier: EUPL-1.2
"""How the pages name the domain's vocabulary values (enum values are Dutch words; the
English interface shows English). Marked with ``N_`` so Babel extracts them; translated
when rendered through the ``label`` filter."""

from __future__ import annotations


def N_(bericht: str) -> str:  # gettext's conventional "no-op" marker
    return bericht


LABELS: dict[str, dict[str, str]] = {
    "rol": {
        "frontlinie": N_("frontline"),
        "analist": N_("analyst"),
        "eigenaar": N_("owner"),
        "manager": N_("manager"),
        "beheerder": N_("administrator"),
        "partner": N_("partner"),
    },
    "brontype": {
        "gesprek": N_("conversation"),
        "melding": N_("report"),
        "bericht": N_("message"),
        "vraag": N_("question"),
        "klacht": N_("complaint"),
        "feedback": N_("feedback"),
        "beroep": N_("appeal"),
        "bezwaar": N_("objection"),
        "onderzoek": N_("research"),
        "publicatie": N_("publication"),
        "gedragsregistratie": N_("behaviour registration"),
        "foutmelding": N_("error report"),
        "terugbelverzoek": N_("callback request"),
    },
    "meldertype": {
        "burger": N_("citizen"),
        "ondernemer": N_("entrepreneur"),
        "relatiebeheerder": N_("account manager"),
        "toezichthouder": N_("supervisor"),
        "belangenbehartiger": N_("advocate"),
        "medewerker": N_("employee"),
    },
    "kanaal": {
        "telefoon": N_("phone"),
        "balie": N_("counter"),
        "brief": N_("letter"),
        "email": N_("e-mail"),
        "webformulier": N_("web form"),
        "chat": N_("chat"),
        "sociale-media": N_("social media"),
        "persoonlijk": N_("in person"),
        "intern-systeem": N_("internal system"),
        "overig": N_("other"),
    },
    "polariteit": {
        "positief": N_("positive"),
        "negatief": N_("negative"),
        "neutraal": N_("neutral"),
    },
    "impact": {
        "dienstverlening": N_("service delivery"),
        "beleid": N_("policy"),
        "wetgeving": N_("legislation"),
    },
    "bereik": {"individu": N_("individual"), "groep": N_("group"), "velen": N_("many")},
    "signaalstatus": {
        "nieuw": N_("new"),
        "getriageerd": N_("triaged"),
        "gekoppeld": N_("linked"),
        "gesloten": N_("closed"),
    },
    "knelpuntstatus": {
        "nieuw": N_("new"),
        "in-analyse": N_("in analysis"),
        "geagendeerd": N_("on the agenda"),
        "in-behandeling": N_("in progress"),
        "opgelost": N_("solved"),
        "niet-opgelost": N_("not solved"),
        "samengevoegd": N_("merged"),
    },
    "laag": {
        "interactie": N_("interaction"),
        "organisatie": N_("organisation"),
        "netwerk": N_("network"),
        "systeem": N_("system"),
        "mens-en-wereldbeeld": N_("worldview"),
    },
    "waarschuwingsoort": {
        "piek": N_("spike"),
        "opbouw": N_("build-up"),
        "nieuw-patroon": N_("new pattern"),
    },
    "onderwerpsoort": {
        "patroon": N_("pattern"),
        "thema": N_("theme"),
        "organisatie": N_("organisation"),
    },
    "patroonstatus": {
        "actief": N_("found by the analysis"),
        "bevestigd": N_("confirmed"),
        "samengevoegd": N_("merged"),
        "opgeheven": N_("no longer found"),
    },
    "richting": {
        "uitgaand": N_("outgoing"),
        "inkomend": N_("incoming"),
    },
    "gegevenssoort": {
        "contactgegevens": N_("contact details"),
        "origineel": N_("original texts"),
        "signaal": N_("signals"),
        "bericht": N_("sent e-mails"),
    },
    "publiekestatus": {
        "ontvangen": N_("received"),
        "in-behandeling": N_("being handled"),
        "afgerond": N_("completed"),
    },
    # Bottleneck dossiers, sensemaking sessions and the agenda (web-knelpunten).
    "sessiestatus": {"gepland": N_("planned"), "vastgelegd": N_("recorded")},
    "deelnemersoort": {
        "publieke-organisatie": N_("public organisation"),
        "maatschappelijke-partner": N_("civil-society partner"),
        "ervaringsdeskundige": N_("expert by experience"),
    },
    "knelpunthandeling": {
        "knelpunt.aangemaakt": N_("Dossier created"),
        "knelpunt.gewijzigd": N_("Dossier changed"),
        "knelpunt.status-gewijzigd": N_("Status changed"),
        "knelpunt.signalen-gekoppeld": N_("Signals linked"),
        "knelpunt.besluit-genomen": N_("Decision taken"),
        "knelpunt.actie-toegevoegd": N_("Action added"),
        "knelpunt.gevolgd": N_("Started following"),
        "knelpunt.besproken": N_("Discussed in a session"),
        "knelpunt.opgeschaald": N_("Escalated"),
        "eigenaarschap.aangeboden": N_("Ownership offered"),
        "eigenaarschap.geaccepteerd": N_("Ownership accepted"),
        "eigenaarschap.geweigerd": N_("Ownership declined"),
        "eigenaarschap.antwoord-genegeerd": N_("Late answer on ownership ignored"),
        "knelpuntenbrief.gemaakt": N_("Letter made"),
        "duidingssessie.gepland": N_("Session planned"),
        "duidingssessie.gewijzigd": N_("Session changed"),
        "duidingssessie.vastgelegd": N_("Session recorded"),
    },
}


def label(waarde: object, soort: str) -> str:
    """The (untranslated) English label of a vocabulary value; the value itself if unknown."""
    tekst = str(getattr(waarde, "value", waarde))
    return LABELS.get(soort, {}).get(tekst, tekst)
