"""Consent on a person's record (PIPL art. 13–14, 31): who gave it (the person, a guardian —
required for a child under 14 —, or someone else), on which day, and for which purposes.
The signed form itself is an attachment of the person (app.services.attachments).

    set_consent(workspace, person_id, ConsentInput(...)) -> Changes
    consent_of(workspace, person_id) -> ConsentInput
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from app.errors import N_, ValidationError
from app.models.people import CONSENT_GIVERS, CONSENT_PURPOSES
from app.protocol.sensitivity import is_child
from app.services.authorship import live, require_may_edit
from app.services.workspace import Changes, Workspace

GIVER_TEXT = {"self": N_("The person"), "guardian": N_("A guardian"),
              "other": N_("Someone else (e.g. a relative)")}
PURPOSE_TEXT = {"services": N_("Providing services"), "case_records": N_("Case records"),
                "referral": N_("Referral to other services"),
                "county_reporting": N_("Reports to the county"), "photos": N_("Photos")}


@dataclass
class ConsentInput:
    given_by: str = ""            # one of CONSENT_GIVERS ("" = none recorded)
    given_on: str | date = ""     # YYYY-MM-DD
    purposes: list[str] = field(default_factory=list)


def _clean(data: ConsentInput, person, today: date) -> dict:
    if not data.given_by:  # clearing: nothing recorded
        return {"consent_by": "", "consent_on": None, "consent_purposes": []}
    if data.given_by not in CONSENT_GIVERS:
        raise ValidationError(N_("Please choose who gave consent."), field="given_by")
    try:
        given_on = data.given_on if isinstance(data.given_on, date) else \
            date.fromisoformat(str(data.given_on).strip())
    except ValueError:
        raise ValidationError(N_("Please enter the day consent was given as YYYY-MM-DD."),
                              field="given_on") from None
    if given_on > today:
        raise ValidationError(N_("The day consent was given cannot be in the future."),
                              field="given_on")
    purposes = sorted(set(data.purposes))
    if not purposes or set(purposes) - set(CONSENT_PURPOSES):
        raise ValidationError(N_("Please choose what the consent is for."), field="purposes")
    if data.given_by == "self" and is_child({"birth_date": person.birth_date,
                                              "id_number": person.id_number}, today):
        raise ValidationError(N_("For a child under 14, consent is given by a guardian."),
                              field="given_by")
    return {"consent_by": data.given_by, "consent_on": given_on, "consent_purposes": purposes}


def set_consent(workspace: Workspace, person_id: str, data: ConsentInput) -> Changes:
    """Record (or clear, with `given_by` "") the consent on a person's record: the worker who
    recorded the person, the station admin or a supervisor. Errors:
    ValidationError (fields "given_by", "given_on", "purposes"), PermissionDenied, NotFound."""
    with workspace.write() as session:
        person = live(session, "person", person_id)
        if workspace.role != "supervisor":  # the supervisor records consent too (a form
            require_may_edit(workspace, session, "person", person)  # brought to the station)
        values = _clean(data, person, date.today())
        for name, value in values.items():
            setattr(person, name, value)
        workspace.audit(session, "person.consent", "person", person.id,
                        {"given_by": values["consent_by"],
                         "purposes": values["consent_purposes"]})
    return Changes.of("person", person_id)


def consent_of(workspace: Workspace, person_id: str) -> ConsentInput:
    with workspace.read() as session:
        person = live(session, "person", person_id)
        return ConsentInput(person.consent_by, person.consent_on or "",
                            list(person.consent_purposes or []))
